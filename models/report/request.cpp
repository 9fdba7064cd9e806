#include "models/report/request.h"

#include <array>

namespace Report {
namespace {

struct SectionCode
{
    Request::Section section;
    QLatin1String code;
};

const std::array<SectionCode, 11> sectionTable{{
    {Request::Section::Summary, QLatin1String("summary")},
    {Request::Section::Goals, QLatin1String("goals")},
    {Request::Section::Measures, QLatin1String("measures")},
    {Request::Section::Activity, QLatin1String("activity")},
    {Request::Section::Deviations, QLatin1String("deviations")},
    {Request::Section::Decisions, QLatin1String("decisions")},
    {Request::Section::Milestones, QLatin1String("milestones")},
    {Request::Section::Risks, QLatin1String("risks")},
    {Request::Section::Organisations, QLatin1String("organisations")},
    {Request::Section::Budget, QLatin1String("budget")},
    {Request::Section::Timeline, QLatin1String("timeline")},
}};

struct FormatCode
{
    Request::Format format;
    QLatin1String code;
    QLatin1String mime;
};

const std::array<FormatCode, 5> formatTable{{
    {Request::Format::Pdf, QLatin1String("pdf"), QLatin1String("application/pdf")},
    {Request::Format::Odt, QLatin1String("odt"),
     QLatin1String("application/vnd.oasis.opendocument.text")},
    {Request::Format::Html, QLatin1String("html"), QLatin1String("text/html")},
    {Request::Format::Markdown, QLatin1String("md"), QLatin1String("text/markdown")},
    {Request::Format::Csv, QLatin1String("csv"), QLatin1String("text/csv")},
}};

} // namespace

QDate Request::effectiveToday() const
{
    return today.isValid() ? today : QDate::currentDate();
}

QDate Request::effectiveProducedOn() const
{
    return producedOn.isValid() ? producedOn : QDate::currentDate();
}

bool Request::looksBack() const
{
    return to.isValid() && to < effectiveToday();
}

QDate Request::figuresDay() const
{
    return looksBack() ? to : effectiveToday();
}

std::optional<Request::Format> Request::formatFromCode(const QString &code)
{
    const QString lower = code.toLower();
    for (const FormatCode &entry : formatTable) {
        if (lower == entry.code)
            return entry.format;
    }
    if (lower == QLatin1String("htm"))
        return Format::Html;
    if (lower == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QString Request::formatCode(Format format)
{
    for (const FormatCode &entry : formatTable) {
        if (entry.format == format)
            return entry.code;
    }
    return {};
}

QString Request::suffix(Format format)
{
    return formatCode(format);
}

QString Request::mimeType(Format format)
{
    for (const FormatCode &entry : formatTable) {
        if (entry.format == format)
            return entry.mime;
    }
    return {};
}

std::optional<Request::Section> Request::sectionFromCode(const QString &code)
{
    for (const SectionCode &entry : sectionTable) {
        if (code.compare(entry.code, Qt::CaseInsensitive) == 0)
            return entry.section;
    }
    return std::nullopt;
}

QString Request::sectionCode(Section section)
{
    for (const SectionCode &entry : sectionTable) {
        if (entry.section == section)
            return entry.code;
    }
    return {};
}

QStringList Request::sectionCodes()
{
    QStringList codes;
    for (const SectionCode &entry : sectionTable)
        codes.append(entry.code);
    return codes;
}

} // namespace Report
