#pragma once

#include "models/overview/portfoliofigures.h"
#include "models/overview/rowcache.h"
#include "models/overview/source.h"

#include <QHash>
#include <QObject>

namespace Models {

// Every project's row of the portfolio (Overview::PortfolioFigures), read once and shared by
// the portfolio table, the project list's lights and the status bar, so that all of them show
// the same day. As stored now, or as of an earlier day. The repositories are owned by the
// composition root and outlive this object. GUI thread.
class PortfolioData : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioData(Overview::Source::Repositories repositories, QObject *parent = nullptr);

    // Reads the projects again: as stored, only those whose history moved since the last read
    // are computed again (Overview::RowCache); the first read takes the rows an earlier program
    // kept in the database for the day, when the repositories include Source::Repositories::kept.
    // On failure the rows stay as they were.
    Domain::Result<void> reload();

    // The earlier day shown, or null for the state stored now; reads again. On failure
    // nothing changes.
    QDate asOf() const { return m_asOf; }
    Domain::Result<void> setAsOf(QDate day);

    // Today's date for the state stored now: the clock's unless set (tests). Reads again.
    Domain::Result<void> setToday(QDate date);

    const Overview::PortfolioFigures &figures() const { return m_figures; }
    // How many rows the last read as stored computed (the others were kept).
    int computed() const { return m_cache.computed(); }
    // The row of the project with this UUID, or null.
    const Overview::PortfolioRow *row(const QUuid &project) const;

signals:
    void aboutToReset();
    void reset();

private:
    Domain::Result<void> read(QDate asOf, QDate today);

    Overview::Source::Repositories m_repositories;
    QDate m_asOf;
    QDate m_today;
    Overview::RowCache m_cache;
    Overview::PortfolioFigures m_figures;
    QHash<QUuid, int> m_rowOf;
};

} // namespace Models
