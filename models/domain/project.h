#pragma once

#include "models/domain/codes.h"
#include "models/domain/id.h"

#include <QDate>
#include <QString>
#include <QUuid>
#include <QVector>

namespace Domain {

struct Project
{
    ProjectId id;
    QUuid uuid;
    QString name;
    QString shortName;
    QString region;
    QString description;
    QDate start; // null: not known
    QDate end;   // null: not known
    Status status = Status::Planned;
    QString fundingNotes;
    QVector<QUuid> knowledgeSourceUuids; // what the project builds on or is described in
    int version = 0;
};

} // namespace Domain
