#pragma once

#include <QDate>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

#include <optional>

namespace Report {

// What a report covers and how it is written: the projects, the period, the sections, the
// language and the format, and the days it is produced on and evaluated for. A plain value, so
// that the window, the command line and the archive can keep and repeat exactly one request.
struct Request
{
    // The parts of a report that can be switched off. The title block is always there.
    enum class Section {
        Summary = 0x001,       // measures by status, overdue, completed in the period, progress
        Goals = 0x002,         // goals with their indicators and linked measures
        Measures = 0x004,      // the measures table
        Activity = 0x008,      // what happened in the period: status updates and changes
        Deviations = 0x010,    // open deviations
        Decisions = 0x020,     // decisions needed
        Milestones = 0x040,    // milestones in the next period
        Risks = 0x080,         // the highest risks
        Organisations = 0x100, // what each organisation is responsible for
        Budget = 0x200,        // budget against accounts for the years in the period
        Timeline = 0x400,      // the project's timeline as a figure
    };
    Q_DECLARE_FLAGS(Sections, Section)

    enum class Format { Pdf, Odt, Html, Markdown, Csv };

    static constexpr Sections allSections() { return Sections(0x7ff); }

    // The projects reported on, in this order; empty with allProjects for the whole portfolio
    // (a portfolio report: one summary page first, then each project).
    QVector<QUuid> projects;
    bool allProjects = false;
    QDate from; // the first and last day of the period, both included
    QDate to;
    Sections sections = allSections();
    // "nb" (the default) or "en". The texts come from the translator installed for it; see
    // Generator.
    QString language = QStringLiteral("nb");
    Format format = Format::Pdf;
    // The day printed as "produced on". Null: the day it is rendered.
    QDate producedOn;
    // The day the report is made on: a period that ends before it is reported as it stood at
    // the end of its last day (rebuilt from the history, as the overview's "as of"); a period
    // that reaches it, as stored now, evaluated for this day. Null: the day it is rendered.
    QDate today;

    bool isPortfolio() const { return allProjects || projects.size() > 1; }
    bool has(Section section) const { return sections.testFlag(section); }
    // The day the figures are computed for: the period's last day, or today when that is
    // earlier.
    QDate figuresDay() const;
    // Whether the figures are rebuilt as they stood at the end of the period.
    bool looksBack() const;
    QDate effectiveToday() const;
    QDate effectiveProducedOn() const;

    // The codes of the command line: "pdf", "odt", "html", "md", "csv"; a file's suffix in
    // any case.
    static std::optional<Format> formatFromCode(const QString &code);
    static QString formatCode(Format format);
    // "summary", "goals", "measures", "activity", "deviations", "decisions", "milestones",
    // "risks", "organisations", "budget", "timeline".
    static std::optional<Section> sectionFromCode(const QString &code);
    static QString sectionCode(Section section);
    static QStringList sectionCodes();
    // The MIME type and suffix of a format, for a save dialog and the archive.
    static QString mimeType(Format format);
    static QString suffix(Format format);
};

} // namespace Report

Q_DECLARE_OPERATORS_FOR_FLAGS(Report::Request::Sections)
