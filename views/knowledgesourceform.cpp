#include "views/knowledgesourceform.h"

#include "models/domain/identitynumber.h"
#include "models/domain/text.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace Views {

KnowledgeSourceForm::KnowledgeSourceForm(const Models::ProjectData &,
                                         const Domain::KnowledgeSource &source, bool isNew,
                                         QWidget *parent)
    : EntityForm(QStringLiteral("knowledgeSource"),
                 isNew ? tr("New knowledge source") : tr("Edit knowledge source"), parent)
    , m_original(source)
    , m_title(addField("title", tr("&Title:"), new QLineEdit(source.title, this),
                       "knowledgeSourceTitleEdit"))
    , m_publisher(addField("publisher", tr("&Publisher:"), new QLineEdit(source.publisher, this),
                           "knowledgeSourcePublisherEdit"))
    , m_authors(addField("authors", tr("&Authors:"), new QLineEdit(source.authors, this),
                         "knowledgeSourceAuthorsEdit"))
    , m_year(addField("year", tr("&Year:"),
                      new QLineEdit(source.year ? QString::number(*source.year) : QString(), this),
                      "knowledgeSourceYearEdit"))
    , m_reference(addField("reference", tr("&Reference:"), new QLineEdit(source.reference, this),
                           "knowledgeSourceReferenceEdit"))
    , m_link(addField("link", tr("&Link:"), new QLineEdit(source.link, this),
                      "knowledgeSourceLinkEdit"))
    , m_summary(addField("summary", tr("&Summary:"), new QPlainTextEdit(source.summary, this),
                         "knowledgeSourceSummaryEdit"))
{
    m_reference->setPlaceholderText(tr("the publisher's number, e.g. IS-1670"));
    m_link->setPlaceholderText(tr("a web address, e.g. https://www.helsedirektoratet.no/"));
    startChecking();
}

Domain::KnowledgeSource KnowledgeSourceForm::value() const
{
    Domain::KnowledgeSource source = m_original;
    source.title = m_title->text().trimmed();
    source.publisher = m_publisher->text().trimmed();
    source.authors = m_authors->text().trimmed();
    bool whole = false;
    const int year = m_year->text().trimmed().toInt(&whole);
    source.year = whole ? std::optional<int>(year) : std::nullopt;
    source.reference = m_reference->text().trimmed();
    source.link = m_link->text().trimmed();
    source.summary = m_summary->toPlainText().trimmed();
    return source;
}

void KnowledgeSourceForm::collect(Findings &findings) const
{
    const QString year = m_year->text().trimmed();
    bool whole = false;
    year.toInt(&whole);
    if (!year.isEmpty() && !whole)
        findings.problems.append(
            tr("%1: %2 is not a year").arg(labelOf(QStringLiteral("year")), year));
    const Domain::KnowledgeSource source = value();
    addRules(findings, Domain::validate(source), Domain::identityNumberFields(source));
    if (!source.link.isEmpty() && !Domain::isWebAddress(source.link))
        findings.warnings.append(tr("%1: not a web address (http:// or https://), so it is kept "
                                    "as text and does not open in the browser.")
                                     .arg(labelOf(QStringLiteral("link"))));
}

} // namespace Views
