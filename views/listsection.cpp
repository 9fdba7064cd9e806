#include "views/listsection.h"

#include "models/sortfiltermodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace Views {

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

ListSection::ListSection(const QString &heading, const QString &tableName,
                         QAbstractItemModel *model, int sortRole, const QString &emptyText,
                         QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_empty(new QLabel(emptyText, this))
{
    m_table->setObjectName(tableName);
    if (sortRole == Unsorted) {
        m_table->setModel(model);
    } else {
        auto *proxy = new Models::SortFilterModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(sortRole);
        m_table->setModel(proxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(-1, Qt::AscendingOrder); // the stored order until one is chosen
    }
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table for the next field (the arrows move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Lists share their page: each may be made small, a few rows high.
    m_table->setMinimumHeight(3 * m_table->fontMetrics().height());
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(tableName + QStringLiteral("Empty"));
    m_empty->setEnabled(false); // greyed: a hint, not content
    // One line that never widens the window nor, wrapped in a narrow one, makes it taller; cut
    // where it does not fit, whole in the tool tip.
    m_empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_empty->setToolTip(emptyText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(heading, this));
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ListSection::updateEmpty);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, &ListSection::applyColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListSection::updateEmpty);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListSection::updateEmpty);
    updateEmpty();
}

void ListSection::updateEmpty()
{
    m_empty->setVisible(m_table->model()->rowCount() == 0);
}

void ListSection::setColumns(int stretch, const QList<QPair<int, int>> &widths,
                             const QList<int> &fitted, const QList<int> &alsoStretched)
{
    m_stretch = stretch;
    m_widths = widths;
    m_fitted = fitted;
    m_alsoStretched = alsoStretched;
    applyColumns();
}

void ListSection::applyColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_stretch < 0 || header->count() == 0)
        return;
    header->setStretchLastSection(false);
    for (const auto &[column, width] : std::as_const(m_widths)) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    for (int column : std::as_const(m_fitted))
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    for (int column : std::as_const(m_alsoStretched))
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

QUuid ListSection::currentUuid(int role) const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(role).toUuid() : QUuid();
}

void ListSection::select(const QUuid &uuid, int role)
{
    QAbstractItemModel *model = m_table->model();
    if (uuid.isNull() || model->rowCount() == 0)
        return;
    const QModelIndexList found = model->match(model->index(0, 0), role, uuid, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_table->setCurrentIndex(found.first());
}

} // namespace Views
