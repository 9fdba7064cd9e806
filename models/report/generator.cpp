#include "models/report/generator.h"

#include "models/domain/text.h"
#include "models/labels.h"
#include "models/overview/periodfigures.h"
#include "models/overview/portfoliofigures.h"
#include "models/report/csvwriter.h"
#include "models/report/htmlwriter.h"
#include "models/report/markdownwriter.h"
#include "models/report/odtwriter.h"
#include "models/report/pages.h"
#include "models/report/projectsection.h"
#include "models/report/timelinefigure.h"
#include "models/statustext.h"

namespace Report {
namespace {

using Models::Labels;

QVector<Block> portfolioSummary(const Overview::PortfolioFigures &portfolio, const Request &request)
{
    QVector<Block> blocks;
    blocks.append(Block::heading(1, Generator::tr("Portfolio: status report")));
    blocks.append(Block::bullets(
        {Generator::tr("Period: %1").arg(Labels::period(request.from, request.to)),
         Generator::tr("Produced: %1").arg(Labels::date(request.effectiveProducedOn())),
         Models::StatusText::summary(portfolio)}));
    Table table{{Generator::tr("Project"), Generator::tr("Light"), Generator::tr("Progress"),
                 Generator::tr("Measures"), Generator::tr("Red"), Generator::tr("Amber"),
                 Generator::tr("Overdue"), Generator::tr("Last update"),
                 Generator::tr("Next deadline")},
                {},
                {2, 3, 4, 5, 6}};
    QStringList why;
    for (const Overview::PortfolioRow &row : portfolio.rows) {
        const QString name =
            row.project.shortName.isEmpty() ? row.project.name : row.project.shortName;
        table.rows.append({name, Labels::rag(row.rag), Labels::progress(row.progress),
                           QString::number(row.measures), QString::number(row.red),
                           QString::number(row.amber), QString::number(row.overdue),
                           Labels::timestampDate(row.lastUpdate),
                           row.nextDeadline ? Labels::deadline(*row.nextDeadline)
                                            : Generator::tr("nothing open is dated")});
        why.append(Generator::tr("%1: %2").arg(name, Labels::ragWithReason(row.rag, row.reason)));
    }
    blocks.append(Block::tableOf(table));
    if (!why.isEmpty()) {
        blocks.append(Block::heading(2, Generator::tr("Why each project has its light")));
        blocks.append(Block::bullets(why));
    }
    return blocks;
}

} // namespace

Generator::Generator(Repositories repositories)
    : m_repositories(repositories)
{}

Domain::Result<Content> Generator::content(const Request &request, const Progress &progress)
{
    if (!request.from.isValid() || !request.to.isValid()) {
        return Domain::Error{Domain::Error::Kind::Invalid,
                             tr("A report needs the first and the last day of its period.")};
    }
    if (request.to < request.from) {
        return Domain::Error{Domain::Error::Kind::Invalid,
                             tr("The period cannot end (%1) before it begins (%2).")
                                 .arg(Labels::date(request.to), Labels::date(request.from))};
    }
    auto stored = m_repositories.projects->projects();
    if (!stored)
        return stored.error();
    QVector<Domain::Project> projects;
    if (request.allProjects) {
        projects = stored.value();
    } else {
        for (const QUuid &uuid : request.projects) {
            const auto found = std::find_if(
                stored->cbegin(), stored->cend(),
                [&uuid](const Domain::Project &project) { return project.uuid == uuid; });
            if (found == stored->cend()) {
                return Domain::Error{
                    Domain::Error::Kind::NotFound,
                    tr("There is no project %1 in this database.")
                        .arg(Domain::printable(uuid.toString(QUuid::WithoutBraces)))};
            }
            projects.append(*found);
        }
    }
    if (projects.isEmpty()) {
        return Domain::Error{Domain::Error::Kind::NotFound,
                             tr("There is no project to report on.")};
    }

    const bool portfolioReport = request.isPortfolio();
    Content content;
    content.language = request.language;
    content.title =
        portfolioReport
            ? tr("Portfolio status report %1").arg(Labels::period(request.from, request.to))
            : ProjectSection::title(request, projects.constFirst());
    content.measures = {};
    Overview::PortfolioFigures portfolio;
    portfolio.day = request.figuresDay();
    portfolio.asOf = request.looksBack();
    QVector<Block> projectBlocks;
    const int total = int(projects.size());
    for (int done = 0; done < total; ++done) {
        if (progress && !progress(done, total))
            return Domain::Error{Domain::Error::Kind::Invalid, tr("The report was stopped.")};
        const Domain::Project &project = projects.at(done);
        Models::ProjectData data(m_repositories);
        data.setToday(request.effectiveToday());
        if (request.looksBack()) {
            if (auto set = data.setAsOf(request.to); !set)
                return set.error();
        }
        if (auto loaded = data.load(project.id); !loaded)
            return loaded.error();
        QVector<Domain::ChangeEvent> changes;
        if (request.has(Request::Section::Activity)) {
            auto read = m_repositories.history->changesOfProject(
                project.uuid, Overview::PeriodFigures::start(request.from),
                Overview::PeriodFigures::end(request.to));
            if (!read)
                return read.error();
            changes = std::move(read).value();
        }
        std::shared_ptr<const Figure> figure;
        if (request.has(Request::Section::Timeline) && request.format != Request::Format::Csv)
            figure = std::make_shared<TimelineFigure>(data, request.from, request.to);
        if (portfolioReport) {
            portfolio.rows.append(Overview::PortfolioRow::of(data.figures()));
            projectBlocks.append(Block::pageBreak());
        }
        projectBlocks += ProjectSection::build(data, changes, figure, request);
        const Table rows = ProjectSection::measureRows(data, true);
        if (content.measures.header.isEmpty())
            content.measures.header = rows.header;
        content.measures.rows += rows.rows;
    }
    if (progress && !progress(total, total))
        return Domain::Error{Domain::Error::Kind::Invalid, tr("The report was stopped.")};
    if (portfolioReport)
        content.blocks = portfolioSummary(portfolio, request);
    content.blocks += projectBlocks;
    return content;
}

Domain::Result<int> Generator::print(const Content &content, QPagedPaintDevice *device)
{
    return Pages::print(content, device);
}

Domain::Result<QByteArray> Generator::render(const Content &content, Request::Format format,
                                             const Progress &pages)
{
    switch (format) {
    case Request::Format::Pdf:
        return Pages::pdf(content, pages);
    case Request::Format::Odt:
        return OdtWriter::write(content);
    case Request::Format::Html:
        return HtmlWriter::write(content);
    case Request::Format::Markdown:
        return MarkdownWriter::write(content);
    case Request::Format::Csv:
        return CsvWriter::write(content.measures);
    }
    return QByteArray();
}

Domain::Result<QByteArray> Generator::render(const Request &request, const Progress &progress)
{
    auto made = content(request, progress);
    if (!made)
        return made.error();
    return render(made.value(), request.format);
}

} // namespace Report
