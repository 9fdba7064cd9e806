#include "views/measuresview.h"

#include "models/labels.h"
#include "models/measurefiltermodel.h"
#include "models/measureselection.h"
#include "models/measuresummary.h"
#include "models/measuretablemodel.h"
#include "models/projectdata.h"
#include "views/lightdelegate.h"
#include "views/measurefilterbar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Views {

MeasuresView::MeasuresView(const Models::ProjectData *projectData,
                           Models::MeasureTableModel *measures, QWidget *parent)
    : QWidget(parent)
    , m_data(projectData)
    , m_measures(measures)
    , m_filter(new Models::MeasureFilterModel(this))
    , m_filterBar(new MeasureFilterBar(projectData, m_filter, this))
    , m_count(new QLabel(this))
    , m_noMatch(new QWidget(this))
    , m_selectionBar(new QWidget(this))
    , m_selectionLabel(new QLabel(m_selectionBar))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_filter->setSourceModel(measures);

    m_count->setObjectName(QStringLiteral("measureCount"));

    // Said in words when the filters leave nothing, with the way back to every measure.
    m_noMatch->setObjectName(QStringLiteral("measureNoMatch"));
    auto *noMatchText = new QLabel(tr("No measure matches these filters."), m_noMatch);
    noMatchText->setObjectName(QStringLiteral("measureNoMatchText"));
    auto *clearFilters = new QToolButton(m_noMatch);
    clearFilters->setObjectName(QStringLiteral("noMatchShowAllButton"));
    clearFilters->setText(tr("Clear the filters"));
    auto *noMatchLayout = new QHBoxLayout(m_noMatch);
    noMatchLayout->setContentsMargins(0, 0, 0, 0);
    noMatchLayout->addWidget(noMatchText);
    noMatchLayout->addWidget(clearFilters);
    noMatchLayout->addStretch(1);
    m_noMatch->hide();
    connect(clearFilters, &QToolButton::clicked, this, [this] {
        m_filterBar->clear();
        showAll();
        m_table->setFocus(Qt::OtherFocusReason);
    });

    // The figure of the overview whose measures are shown, and the way back to all of them.
    m_selectionBar->setObjectName(QStringLiteral("measureSelectionBar"));
    m_selectionLabel->setObjectName(QStringLiteral("measureSelection"));
    m_selectionLabel->setTextFormat(Qt::PlainText);
    m_selectionLabel->setWordWrap(true);
    auto *showAllButton = new QToolButton(m_selectionBar);
    showAllButton->setObjectName(QStringLiteral("showAllMeasuresButton"));
    showAllButton->setText(tr("Show all measures"));
    auto *selectionLayout = new QHBoxLayout(m_selectionBar);
    selectionLayout->setContentsMargins(0, 0, 0, 0);
    selectionLayout->addWidget(m_selectionLabel, 1);
    selectionLayout->addWidget(showAllButton);
    m_selectionBar->hide();
    connect(showAllButton, &QToolButton::clicked, this, &MeasuresView::showAll);

    m_table->setObjectName(QStringLiteral("measureTable"));
    // Tab leaves the table for the next field (the arrows move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new LightDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // stored order until the user sorts
    // The table's own actions (edit, delete, move) on a right click or the menu key.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MeasuresView::showContextMenu);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Long titles and organisation names wrap within their columns instead of being cut, and
    // each row is as high as its longest cell.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Titles and organisation names share the width; the short columns fit their content.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true); // the order is the user's, and remembered
    // Ascending, descending, and on the third click the project's own order again.
    header->setSortIndicatorClearable(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Models::MeasureTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Models::MeasureTableModel::ResponsibleColumn,
                                 QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("measureDetails"));
    m_details->setOpenExternalLinks(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterBar, 1);
    bar->addWidget(m_count, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("measureSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_selectionBar);
    layout->addWidget(m_noMatch);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &MeasureFilterBar::firstHitRequested, this, &MeasuresView::goToFirstHit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeasuresView::showCurrent);
    connect(m_measures, &QAbstractItemModel::modelReset, this, &MeasuresView::showAll);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        // The measure chosen before, if the project read again still has it; else the first.
        const bool kept = m_selection && selectMeasure(m_selection->current());
        if (!kept && m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
        showCurrent();
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit measureActivated(index.data(Models::MeasureTableModel::UuidRole).toUuid());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MeasuresView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MeasuresView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MeasuresView::updateCount);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MeasuresView::rowsShownChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MeasuresView::rowsShownChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MeasuresView::rowsShownChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MeasuresView::rowsShownChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MeasuresView::rowsShownChanged);
    updateCount();
}

QUuid MeasuresView::currentMeasure() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(Models::MeasureTableModel::UuidRole).toUuid() : QUuid();
}

bool MeasuresView::inProjectOrder() const
{
    return m_table->horizontalHeader()->sortIndicatorSection() < 0;
}

QUuid MeasuresView::shownBeside(int steps) const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const QModelIndex beside = current.siblingAtRow(current.row() + steps);
    return beside.isValid() ? beside.data(Models::MeasureTableModel::UuidRole).toUuid() : QUuid();
}

void MeasuresView::showContextMenu(const QPoint &at)
{
    auto *menu = new QMenu(m_table);
    menu->setObjectName(QStringLiteral("measureContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true); // why an action is off, where it says so
    menu->addActions(m_table->actions());
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

void MeasuresView::setSelection(Models::MeasureSelection *selection)
{
    m_selection = selection;
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_selection->setCurrent(current.data(Models::MeasureTableModel::UuidRole).toUuid());
            });
    connect(selection, &Models::MeasureSelection::currentChanged, this,
            &MeasuresView::selectMeasure);
}

bool MeasuresView::selectMeasure(const QUuid &measure)
{
    if (measure.isNull())
        return false;
    const QModelIndexList found = m_filter->match(
        m_filter->index(0, 0), Models::MeasureTableModel::UuidRole, measure, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    if (m_table->currentIndex().row() != found.first().row())
        m_table->setCurrentIndex(found.first());
    m_table->scrollTo(found.first());
    return true;
}

void MeasuresView::focusFilter()
{
    m_filterBar->textField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->textField()->selectAll();
}

void MeasuresView::goToFirstHit(bool open)
{
    if (m_filter->rowCount() == 0)
        return;
    const QModelIndex first = m_filter->index(0, 0);
    m_table->setCurrentIndex(first);
    m_table->scrollTo(first);
    m_table->setFocus(Qt::OtherFocusReason);
    if (open)
        emit measureActivated(first.data(Models::MeasureTableModel::UuidRole).toUuid());
}

void MeasuresView::showOnly(const QString &title, const QList<QUuid> &measures)
{
    m_filterBar->clear();
    m_filter->setMeasures(QSet<QUuid>(measures.cbegin(), measures.cend()));
    m_selectionLabel->setText(
        tr("Showing: %1 (%n measure(s))", nullptr, int(measures.size())).arg(title));
    m_selectionBar->show();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
    updateCount();
}

void MeasuresView::showAll()
{
    m_filter->setMeasures(std::nullopt);
    m_selectionBar->hide();
    updateCount();
}

QByteArray MeasuresView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void MeasuresView::restoreState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void MeasuresView::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const Domain::Measure *measure =
        current.isValid() ? m_measures->measureAt(current.row()) : nullptr;
    if (!measure) {
        m_details->setHtml(QStringLiteral("<p style=\"color:#555\">%1</p>")
                               .arg(tr("Select a measure to see it in full.").toHtmlEscaped()));
        return;
    }
    m_details->setHtml(Models::MeasureSummary::html(*m_data, *measure));
}

void MeasuresView::updateCount()
{
    m_count->setText(
        tr("%n of %1 measure(s)", nullptr, m_filter->rowCount()).arg(m_measures->rowCount()));
    m_noMatch->setVisible(m_filter->rowCount() == 0 && m_measures->rowCount() > 0);
}

} // namespace Views
