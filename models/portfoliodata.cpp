#include "models/portfoliodata.h"

namespace Models {

PortfolioData::PortfolioData(Overview::Source::Repositories repositories, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
{}

Domain::Result<void> PortfolioData::reload()
{
    return read(m_asOf, m_today);
}

Domain::Result<void> PortfolioData::setAsOf(QDate day)
{
    return read(day, m_today);
}

Domain::Result<void> PortfolioData::setToday(QDate date)
{
    return read(m_asOf, date);
}

Domain::Result<void> PortfolioData::read(QDate asOf, QDate today)
{
    Overview::Source source(m_repositories);
    const QDate day = asOf.isValid() ? asOf : (today.isValid() ? today : QDate::currentDate());
    // As stored, through the rows kept from the reads before: only the projects changed since
    // (here or by another client) are computed again.
    auto figures = asOf.isValid() ? source.portfolio({day}, Overview::Source::State::AsOfDay)
                                  : source.portfolio({day}, m_cache);
    if (!figures)
        return figures.error();
    emit aboutToReset();
    m_asOf = asOf;
    m_today = today;
    m_figures = std::move(figures).value();
    m_rowOf.clear();
    for (int i = 0; i < m_figures.rows.size(); ++i)
        m_rowOf.insert(m_figures.rows.at(i).project.uuid, i);
    emit reset();
    return {};
}

const Overview::PortfolioRow *PortfolioData::row(const QUuid &project) const
{
    const auto found = m_rowOf.constFind(project);
    return found == m_rowOf.cend() ? nullptr : &m_figures.rows.at(found.value());
}

} // namespace Models
