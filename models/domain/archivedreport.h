#pragma once

#include "models/domain/codes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVector>

namespace Domain {

// A report as it was issued: the exact bytes of the file that went to the steering group or
// the grant giver, with what it covered and when it was issued. A frozen copy: once stored,
// nothing about it changes (the database refuses UPDATE and DELETE of it), so that the archive
// shows what was said, not what the data says now.
struct ArchivedReport
{
    QUuid uuid;
    QUuid project;           // the project it reports on; null for a portfolio report
    QVector<QUuid> projects; // the projects it covers, as issued (the one project, or several)
    QDateTime issuedAt;      // UTC, to the millisecond
    QString author;          // as the change history names who writes (OS user or database role)
    QDate from;              // the period reported on, both days included
    QDate to;
    QString language; // "nb" or "en"
    ReportFormat format = ReportFormat::Pdf;
    QString title;
    QByteArray content; // the file's bytes; empty in a list (ReportArchive::list)
    qint64 size = 0;    // the number of bytes, also in a list
};

// The languages a report is issued in.
inline bool isReportLanguage(const QString &code)
{
    return code == QLatin1String("nb") || code == QLatin1String("en");
}

} // namespace Domain
