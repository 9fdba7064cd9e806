#pragma once

#include "models/domain/historyrepository.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVector>

namespace Domain {

// Rows computed from the projects as stored (the portfolio's, Overview::PortfolioRow), kept in
// the database beside what they were computed from, so that the next program to open the
// portfolio (another start of the window, another client of the same PostgreSQL server) takes
// them instead of computing every project again. Each row carries the stamp its project's
// history had when it was computed (HistoryRepository::projectStamps) and a key for what else
// it was computed for (the language, the rules' settings); a reader takes a row only while both
// still match, so a row is never trusted past a change (for which days a row holds is in its
// payload). What a row holds is the reader's (payload); the
// store keeps its bytes. The rows are derived: losing them costs time, never data.
class KeptRows
{
public:
    struct Row
    {
        QUuid project;
        HistoryRepository::Stamp stamp;
        QByteArray payload;
    };

    virtual ~KeptRows() = default;

    // The rows kept under key, by project.
    virtual Result<QHash<QUuid, Row>> rows(const QString &key) = 0;
    // Keeps these rows under key, each in place of its project's row kept before, in one
    // transaction. Rows kept under another key, and rows of projects no longer stored, go.
    virtual Result<void> keep(const QString &key, const QVector<Row> &rows) = 0;
};

} // namespace Domain
