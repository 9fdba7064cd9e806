#include "views/followupview.h"

#include "models/milestonetablemodel.h"
#include "models/risktablemodel.h"
#include "models/statuslogmodel.h"
#include "views/listsection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

namespace Views {

FollowUpView::FollowUpView(Models::MilestoneTableModel *milestones, Models::RiskTableModel *risks,
                           Models::StatusLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_milestones(new ListSection(tr("Milestones"), QStringLiteral("milestoneTable"), milestones,
                                   Models::MilestoneTableModel::SortRole,
                                   tr("No milestones yet: Ctrl+N in this list adds one."), this))
    , m_risks(new ListSection(tr("Risks"), QStringLiteral("riskTable"), risks,
                              Models::RiskTableModel::SortRole,
                              tr("No risks recorded yet: Ctrl+N in this list adds one."), this))
    , m_log(new ListSection(tr("Status log, newest first"), QStringLiteral("statusLogTable"), log,
                            ListSection::Unsorted,
                            tr("Nothing logged yet: Ctrl+Shift+U writes a status update for the "
                               "project, Ctrl+U one for the chosen measure."),
                            this))
{
    using Models::MilestoneTableModel;
    using Models::RiskTableModel;
    using Models::StatusLogModel;
    m_milestones->setColumns(MilestoneTableModel::TitleColumn,
                             {{MilestoneTableModel::DateColumn, 100},
                              {MilestoneTableModel::MeasureColumn, 110},
                              {MilestoneTableModel::ReachedColumn, 80}});
    // The risks share the width with the milestones: at 1280 pixels the table has some 480, so
    // nothing may widen it past that. The risk and its mitigation share the room left and wrap
    // (whole in the tool tip); the three figures are headed short, whole in their tool tips.
    m_risks->setColumns(RiskTableModel::DescriptionColumn, {{RiskTableModel::OwnerColumn, 100}},
                        {RiskTableModel::LikelihoodColumn, RiskTableModel::ImpactColumn,
                         RiskTableModel::ScoreColumn},
                        {RiskTableModel::MitigationColumn});
    m_risks->table()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->setColumns(StatusLogModel::TextColumn, {{StatusLogModel::RecordedColumn, 120},
                                                   {StatusLogModel::AboutColumn, 130},
                                                   {StatusLogModel::AuthorColumn, 110},
                                                   {StatusLogModel::ChangeColumn, 90},
                                                   {StatusLogModel::FlagsColumn, 110}});
    // Texts of the log are long: whole rows, wrapped.
    m_log->table()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The milestones and risks side by side above, the log (long texts) across the whole width.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(m_milestones);
    top->addWidget(m_risks);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("followUpSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
}

} // namespace Views
