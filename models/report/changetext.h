#pragma once

#include "models/domain/changeevent.h"
#include "models/domain/portfolio.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

namespace Report {

// The change history of a period (HistoryRepository::changesOfProject) in words, by measure:
// "14.03.2012 · kari: status planlagt → pågår; planlagt slutt høsten 2012 → 2013". Status
// updates, and the status and progress they set in the same transaction, are left out (the
// report lists the status log itself); an activity's change is told with its measure,
// everything else with the project.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(Report::ChangeText)

public:
    struct Group
    {
        QUuid measure; // null: the project and everything not of one measure
        QString title; // the measure's title as it is, or as it was when removed
        QStringList lines;
    };

    // Groups in the order of the project's measures, the project's own first; groups with
    // nothing to tell are left out.
    static QVector<Group> of(const QVector<Domain::ChangeEvent> &events,
                             const Domain::ProjectBundle &bundle);

private:
    static QString describe(const Domain::ChangeEvent &event);
    static QString fieldLabel(const QString &entity, const QString &field);
    static QString value(const QString &field, const QJsonValue &value);
    static QString entityName(const QString &entity);
};

} // namespace Report
