#include "views/portfolioview.h"

#include "models/labels.h"
#include "models/portfoliodata.h"
#include "models/portfoliotablemodel.h"
#include "models/sortfiltermodel.h"
#include "models/statustext.h"
#include "views/barchart.h"
#include "views/lightdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Views {
namespace {

constexpr Domain::Rag lights[] = {Domain::Rag::Red, Domain::Rag::Amber, Domain::Rag::Green,
                                  Domain::Rag::None};

} // namespace

PortfolioView::PortfolioView(const Models::PortfolioData *portfolio,
                             Models::PortfolioTableModel *table, QWidget *parent)
    : QWidget(parent)
    , m_data(portfolio)
    , m_summary(new QLabel(this))
    , m_lights(new BarChart(this))
    , m_filterEdit(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_lightFilter(new QSortFilterProxyModel(this))
    , m_sorted(new Models::SortFilterModel(this))
    , m_table(new QTableView(this))
{
    auto *heading = new QLabel(tr("Portfolio"), this);
    heading->setObjectName(QStringLiteral("portfolioHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_lights->setObjectName(QStringLiteral("portfolioLightsChart"));
    m_lights->setAccessibleName(tr("Projects by traffic light"));
    m_lights->setEmptyText(tr("No projects"));
    m_lights->setToolTip(tr("Click a light to see only its projects"));

    m_filterEdit->setObjectName(QStringLiteral("portfolioFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter projects by name or region"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *allLights = new QToolButton(this);
    allLights->setObjectName(QStringLiteral("portfolioAllLightsButton"));
    allLights->setText(tr("All lights"));
    m_shown->setObjectName(QStringLiteral("portfolioShown"));

    // The light filter first, then the text filter and the sorting on raw values.
    m_lightFilter->setSourceModel(table);
    m_lightFilter->setFilterRole(Models::PortfolioTableModel::RagRole);
    m_sorted->setSourceModel(m_lightFilter);
    m_sorted->setSortRole(Models::PortfolioTableModel::SortRole);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("portfolioTable"));
    // Tab leaves the table for the next field (the arrows move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_sorted);
    m_table->setItemDelegate(new LightDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // stored order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // The names, periods and reasons wrap, so that the reason stays in sight at 1280 pixels; a
    // row is at most three lines tall, a longer reason cut with "…" (its cell's tooltip holds
    // it whole), so that a screen shows many projects rather than a few tall rows.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMaximumSectionSize(3 * m_table->fontMetrics().lineSpacing() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true); // the order is the user's, and remembered
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column :
         {Models::PortfolioTableModel::ShortNameColumn, Models::PortfolioTableModel::PeriodColumn,
          Models::PortfolioTableModel::ReasonColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(allLights);
    bar->addWidget(m_shown);
    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(m_summary);
    texts->addStretch(1);
    top->addLayout(texts, 1);
    top->addWidget(m_lights, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_sorted,
            &Models::SortFilterModel::setFilterFixedString);
    connect(m_lights, &BarChart::barActivated, this,
            [this](int index) { showLight(int(lights[index])); });
    connect(allLights, &QToolButton::clicked, this, [this] { showLight(-1); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit projectActivated(index.data(Models::PortfolioTableModel::UuidRole).toUuid());
    });
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &PortfolioView::updateShown);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &PortfolioView::updateShown);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &PortfolioView::updateShown);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &PortfolioView::updateShown);
    connect(portfolio, &Models::PortfolioData::reset, this, &PortfolioView::refresh);
    refresh();
}

void PortfolioView::showLight(int light)
{
    m_lightFilter->setFilterRegularExpression(
        light < 0 ? QRegularExpression() : QRegularExpression(QStringLiteral("^%1$").arg(light)));
}

void PortfolioView::refresh()
{
    const Overview::PortfolioFigures &figures = m_data->figures();
    m_summary->setText(Models::StatusText::summary(figures));
    QVector<BarChart::Bar> bars;
    for (Domain::Rag rag : lights) {
        const int count = figures.withRag(rag);
        bars.append({Models::Labels::rag(rag), double(count), QString::number(count),
                     Models::Labels::ragColor(rag),
                     tr("%1: %n project(s)", nullptr, count).arg(Models::Labels::rag(rag))});
    }
    m_lights->setBars(figures.rows.isEmpty() ? QVector<BarChart::Bar>() : bars);
    updateShown();
}

void PortfolioView::updateShown()
{
    m_shown->setText(
        tr("%1 of %n project(s)", nullptr, m_data->figures().projects()).arg(m_sorted->rowCount()));
}

QByteArray PortfolioView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void PortfolioView::restoreState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace Views
