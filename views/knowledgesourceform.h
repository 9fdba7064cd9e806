#pragma once

#include "models/domain/knowledgesource.h"
#include "views/entityform.h"

class QLineEdit;
class QPlainTextEdit;

namespace Views {

// A knowledge source of the portfolio's library: title, publisher, authors, year, reference
// ("IS-1670"), link and summary. A link that is no web address is kept, with a warning that it will
// not open in the browser.
class KnowledgeSourceForm : public EntityForm
{
    Q_OBJECT

public:
    // source: as stored (to edit) or a new one with its UUID (to create).
    KnowledgeSourceForm(const Models::ProjectData &projectData,
                        const Domain::KnowledgeSource &source, bool isNew,
                        QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::KnowledgeSource value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::KnowledgeSource m_original;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_authors;
    QLineEdit *m_year;
    QLineEdit *m_reference;
    QLineEdit *m_link;
    QPlainTextEdit *m_summary;
};

} // namespace Views
