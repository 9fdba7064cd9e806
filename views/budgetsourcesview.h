#pragma once

#include <QWidget>

class QLabel;
class QUrl;

namespace Models {
class BudgetTableModel;
class KnowledgeSourceTableModel;
} // namespace Models

namespace Views {

class ListSection;

// The project's budget against its accounts year by year, with the sums, and the portfolio's
// library of knowledge sources with what of the project uses each. A source's web link is
// shown beneath the list and opens in the browser (only http and https: openWebLink).
class BudgetSourcesView : public QWidget
{
    Q_OBJECT

public:
    BudgetSourcesView(Models::BudgetTableModel *budget, Models::KnowledgeSourceTableModel *sources,
                      QWidget *parent = nullptr);

    ListSection *budget() const { return m_budget; }
    ListSection *sources() const { return m_sources; }
    // Opens the current source's web link, if it has one; whether it did.
    bool openCurrentLink();

private:
    void showCurrentLink();

    ListSection *m_budget;
    ListSection *m_sources;
    QLabel *m_link;
};

// Asks the desktop to open url, provided it is an http or https address; whether it was asked.
bool openWebLink(const QUrl &url);

} // namespace Views
