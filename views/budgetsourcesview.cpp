#include "views/budgetsourcesview.h"

#include "models/budgettablemodel.h"
#include "models/domain/text.h"
#include "models/knowledgesourcetablemodel.h"
#include "views/listsection.h"

#include <QDesktopServices>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Views {

bool openWebLink(const QUrl &url)
{
    if (!url.isValid() || !Domain::isWebAddress(url.toString()))
        return false;
    return QDesktopServices::openUrl(url);
}

BudgetSourcesView::BudgetSourcesView(Models::BudgetTableModel *budget,
                                     Models::KnowledgeSourceTableModel *sources, QWidget *parent)
    : QWidget(parent)
    , m_budget(new ListSection(tr("Budget and accounts per year"), QStringLiteral("budgetTable"),
                               budget, ListSection::Unsorted,
                               tr("No budget lines yet: Ctrl+N in this list adds one."), this))
    , m_sources(new ListSection(
          tr("Knowledge sources (shared by every project)"), QStringLiteral("knowledgeSourceTable"),
          sources, Models::KnowledgeSourceTableModel::SortRole,
          tr("The library is empty: Ctrl+N in this list adds a source."), this))
    , m_link(new QLabel(this))
{
    using Models::BudgetTableModel;
    using Models::KnowledgeSourceTableModel;
    m_budget->setColumns(BudgetTableModel::LabelColumn,
                         {{BudgetTableModel::YearColumn, 70},
                          {BudgetTableModel::BudgetColumn, 140},
                          {BudgetTableModel::AccountsColumn, 140},
                          {BudgetTableModel::DifferenceColumn, 150},
                          {BudgetTableModel::OwnContributionColumn, 140}});
    m_sources->setColumns(KnowledgeSourceTableModel::TitleColumn,
                          {{KnowledgeSourceTableModel::PublisherColumn, 170},
                           {KnowledgeSourceTableModel::YearColumn, 60},
                           {KnowledgeSourceTableModel::ReferenceColumn, 100},
                           {KnowledgeSourceTableModel::LinkColumn, 220},
                           {KnowledgeSourceTableModel::UsedByColumn, 170}});
    m_sources->table()->setTextElideMode(Qt::ElideMiddle); // a link's end says most

    m_link->setObjectName(QStringLiteral("knowledgeSourceLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setOpenExternalLinks(false); // through openWebLink, which refuses other schemes
    m_link->setWordWrap(true);
    connect(m_link, &QLabel::linkActivated, this,
            [](const QString &link) { openWebLink(QUrl(link)); });
    connect(m_sources->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BudgetSourcesView::showCurrentLink);
    connect(m_sources->table()->model(), &QAbstractItemModel::modelReset, this,
            &BudgetSourcesView::showCurrentLink);

    auto *sourcesPane = new QWidget(this);
    auto *sourcesLayout = new QVBoxLayout(sourcesPane);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    sourcesLayout->addWidget(m_sources, 1);
    sourcesLayout->addWidget(m_link);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("budgetSourcesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_budget);
    splitter->addWidget(sourcesPane);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    showCurrentLink();
}

void BudgetSourcesView::showCurrentLink()
{
    const QModelIndex current = m_sources->table()->currentIndex();
    const QUrl url =
        current.isValid()
            ? current.siblingAtColumn(0).data(Models::KnowledgeSourceTableModel::LinkRole).toUrl()
            : QUrl();
    if (!current.isValid()) {
        m_link->setText(tr("Choose a source to see its link; Ctrl+Return opens it."));
        return;
    }
    if (url.isEmpty()) {
        m_link->setText(tr("This source has no web link."));
        return;
    }
    const QString shown = url.toDisplayString().toHtmlEscaped();
    m_link->setText(tr("Link: %1 (Ctrl+Return opens it in the browser)")
                        .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), shown)));
}

bool BudgetSourcesView::openCurrentLink()
{
    const QModelIndex current = m_sources->table()->currentIndex();
    if (!current.isValid())
        return false;
    return openWebLink(
        current.siblingAtColumn(0).data(Models::KnowledgeSourceTableModel::LinkRole).toUrl());
}

} // namespace Views
