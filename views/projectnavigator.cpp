#include "views/projectnavigator.h"

#include "models/labels.h"
#include "models/projectfiltermodel.h"
#include "models/projectlistmodel.h"
#include "views/firsthitkey.h"
#include "views/lightdelegate.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QVBoxLayout>

namespace Views {

ProjectNavigator::ProjectNavigator(Models::ProjectListModel *projects, QWidget *parent)
    : QWidget(parent)
    , m_projects(projects)
    , m_filter(new Models::ProjectFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_list(new QListView(this))
    , m_noMatch(new QLabel(tr("No project matches the filter."), this))
{
    m_filter->setSourceModel(projects);
    m_filter->sort(0);

    auto *heading = new QLabel(tr("Projects"), this);
    heading->setObjectName(QStringLiteral("projectsHeading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_filterEdit->setObjectName(QStringLiteral("projectFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter projects"));
    m_filterEdit->setToolTip(tr("Name, short name or region; Enter opens the first project"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    heading->setBuddy(m_filterEdit);

    m_statusFilter->setObjectName(QStringLiteral("projectStatusFilter"));
    m_statusFilter->setToolTip(tr("Show projects with this status"));
    m_statusFilter->setAccessibleName(m_statusFilter->toolTip());
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        m_statusFilter->addItem(Models::Labels::status(status), int(status));
    }

    m_noMatch->setObjectName(QStringLiteral("projectNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();

    m_list->setObjectName(QStringLiteral("projectList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new LightDelegate(m_list));
    const int dot = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(dot, dot)); // the light as small as everywhere else
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_list, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &ProjectNavigator::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ProjectNavigator::applyFilter);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_noMatch->setVisible(m_filter->rowCount() == 0 && m_projects->rowCount() > 0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectNavigator::emitCurrent);
    connect(m_list, &QListView::clicked, this, &ProjectNavigator::projectClicked);
    connect(m_list, &QListView::activated, this, &ProjectNavigator::projectClicked);
}

void ProjectNavigator::select(const QUuid &uuid)
{
    int row = m_projects->rowOf(uuid);
    QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_projects->index(row)) : QModelIndex();
    if (!index.isValid())
        index = m_filter->index(0, 0);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

QUuid ProjectNavigator::selectedProject() const
{
    return m_chosen;
}

bool ProjectNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit) {
        if (const FirstHit hit = firstHitKey(event); hit != FirstHit::None) {
            const QModelIndex first = m_filter->index(0, 0);
            if (first.isValid()) {
                m_list->setCurrentIndex(first);
                m_list->setFocus(Qt::OtherFocusReason);
                if (hit == FirstHit::Open)
                    emit projectClicked(); // opens it, on the project page
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectNavigator::applyFilter()
{
    m_filtering = true;
    const int status = m_statusFilter->currentData().toInt();
    m_filter->setText(m_filterEdit->text());
    m_filter->setStatus(status < 0 ? std::nullopt
                                   : std::optional<Domain::Status>(Domain::Status(status)));
    m_noMatch->setVisible(m_filter->rowCount() == 0 && m_projects->rowCount() > 0);
    const int row = m_projects->rowOf(m_chosen);
    const QModelIndex chosen =
        row >= 0 ? m_filter->mapFromSource(m_projects->index(row)) : QModelIndex();
    if (chosen.isValid())
        m_list->setCurrentIndex(chosen);
    else
        m_list->selectionModel()->clear();
    m_filtering = false;
}

void ProjectNavigator::emitCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_filtering || !current.isValid())
        return;
    const QUuid uuid = current.data(Models::ProjectListModel::UuidRole).toUuid();
    if (uuid == m_chosen)
        return;
    m_chosen = uuid;
    emit projectChosen(current.data(Models::ProjectListModel::IdRole).toLongLong(), uuid);
}

} // namespace Views
