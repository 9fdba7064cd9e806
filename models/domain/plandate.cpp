#include "models/domain/plandate.h"

#include "models/domain/text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace Domain {
namespace {

using Precision = PlanDate::Precision;

constexpr int FirstYear = 1000; // four digits, so that every value has a code of fixed form
constexpr int LastYear = 9999;

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

// The ASCII digits code[from, from + count) as a number; -1 when any is something else.
int digits(QStringView code, qsizetype from, qsizetype count)
{
    int value = 0;
    for (const QChar c : code.mid(from, count)) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<PlanDate> unlessNull(const PlanDate &date)
{
    return date.isNull() ? std::nullopt : std::optional<PlanDate>(date);
}

// The month a Norwegian or English word names: its full name or any beginning of it from three
// letters on ("sep", "sept", "okt", "des"), which covers QLocale's short forms of both
// languages. The three-letter beginnings of the 24 names never name two different months.
int monthNamed(const QString &word)
{
    static const QStringList names = [] {
        QStringList all;
        for (const QLocale &locale : {QLocale(QLocale::NorwegianBokmal), QLocale(QLocale::English)})
            for (int month = 1; month <= 12; ++month)
                all.append(locale.standaloneMonthName(month).toLower());
        return all;
    }();
    if (word.size() < 3)
        return 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).startsWith(word))
            return int(i % 12) + 1;
    }
    return 0;
}

// 1–4 for "første"/"first" … "fjerde"/"fourth", otherwise the number written in digits.
int ordinal(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("første"), QStringLiteral("andre"),  QStringLiteral("tredje"),
        QStringLiteral("fjerde"), QStringLiteral("first"),  QStringLiteral("second"),
        QStringLiteral("third"),  QStringLiteral("fourth"),
    };
    const qsizetype index = words.indexOf(word);
    return index >= 0 ? int(index % 4) + 1 : word.toInt();
}

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

// The value that was read, or the translated reason why it is impossible. text is what the
// user typed.
Result<PlanDate> checked(const QString &text, Precision precision, int year, int part, int day = 1)
{
    if (year < FirstYear || year > LastYear) {
        //: %1 is what the user typed, in quotation marks.
        return invalid(
            PlanDate::tr("%1 is not a date: the year must be from %2 to %3.")
                .arg(quoted(text), QString::number(FirstYear), QString::number(LastYear)));
    }
    switch (precision) {
    case Precision::Day:
    case Precision::Month:
        if (part < 1 || part > 12) {
            //: %1 is what the user typed, in quotation marks; %2 a month number such as 13.
            return invalid(PlanDate::tr("%1 is not a date: there is no month %2; months go from "
                                        "1 to 12.")
                               .arg(quoted(text), QString::number(part)));
        }
        if (precision == Precision::Month)
            return PlanDate::month(year, part);
        if (!QDate::isValid(year, part, day)) {
            //: %1 is what the user typed, in quotation marks; %2 a month and year such as
            //: "februar 2012"; %3 the day that month does not have, such as 31.
            return invalid(
                PlanDate::tr("%1 is not a date: %2 has no day %3.")
                    .arg(quoted(text), PlanDate::month(year, part).toText(), QString::number(day)));
        }
        return PlanDate::day(QDate(year, part, day));
    case Precision::Quarter:
        if (part < 1 || part > 4) {
            //: %1 is what the user typed, in quotation marks; %2 a quarter number such as 5.
            return invalid(PlanDate::tr("%1 is not a date: there is no quarter %2; quarters go "
                                        "from 1 to 4.")
                               .arg(quoted(text), QString::number(part)));
        }
        return PlanDate::quarter(year, part);
    case Precision::HalfYear:
        if (part < 1 || part > 2) {
            //: %1 is what the user typed, in quotation marks; %2 a half-year number such as 3.
            return invalid(PlanDate::tr("%1 is not a date: there is no half-year %2; a year has "
                                        "the halves 1 and 2.")
                               .arg(quoted(text), QString::number(part)));
        }
        return PlanDate::halfYear(year, part);
    case Precision::Year:
        break;
    }
    return PlanDate::year(year);
}

Error notUnderstood(const QString &text)
{
    //: %1 is what the user typed, in quotation marks; %2 to %6 are the same date written as a
    //: day, a month, a quarter, a half-year and a year, in the words of the UI language.
    return invalid(PlanDate::tr("%1 is not a date Samspill understands; write for example %2, "
                                "%3, %4, %5 or %6.")
                       .arg(quoted(text), PlanDate::day(QDate(2012, 9, 15)).toText(),
                            PlanDate::month(2012, 9).toText(), PlanDate::quarter(2012, 3).toText(),
                            PlanDate::halfYear(2012, 2).toText(), PlanDate::year(2012).toText()));
}

// What stands before the year in "høsten 2012", "3. kvartal 2012", "15. sept. 2012",
// "i løpet av 2012" (lower case, white space simplified); nullopt when it is none of those.
std::optional<Result<PlanDate>> beforeYear(const QString &text, QString words, int year)
{
    static const QRegularExpression during =
        anchored(QStringLiteral("(?:i løpet av|i|in|during)(?: (.*))?"));
    static const QRegularExpression letterAndNumber =
        anchored(QStringLiteral("([hq])([0-9]{1,2})|([0-9]{1,2})([hq])"));
    static const QRegularExpression ordinalPart = anchored(QStringLiteral(
        "([0-9]{1,2}|første|andre|tredje|fjerde|first|second|third|fourth)(?:\\.|st|nd|rd|th)? ?"
        "(kvartal|quarter|halvår|half|half-year|half year)(?: of)?"));
    static const QRegularExpression dayAndMonth =
        anchored(QStringLiteral("(?:([0-9]{1,2})\\.? ?)?(\\p{L}+)\\.?"));
    static const QStringList spring = {QStringLiteral("våren"), QStringLiteral("vår"),
                                       QStringLiteral("spring")};
    static const QStringList autumn = {QStringLiteral("høsten"), QStringLiteral("høst"),
                                       QStringLiteral("autumn"), QStringLiteral("fall")};

    if (const auto match = during.match(words); match.hasMatch())
        words = match.captured(1);
    if (words.isEmpty())
        return checked(text, Precision::Year, year, 0);
    if (spring.contains(words) || autumn.contains(words))
        return checked(text, Precision::HalfYear, year, spring.contains(words) ? 1 : 2);
    if (const auto match = letterAndNumber.match(words); match.hasMatch()) {
        const bool first = match.hasCaptured(1);
        const bool half = match.captured(first ? 1 : 4) == QLatin1String("h");
        return checked(text, half ? Precision::HalfYear : Precision::Quarter, year,
                       match.captured(first ? 2 : 3).toInt());
    }
    if (const auto match = ordinalPart.match(words); match.hasMatch()) {
        const bool quarter = match.captured(2) == QLatin1String("kvartal") ||
                             match.captured(2) == QLatin1String("quarter");
        return checked(text, quarter ? Precision::Quarter : Precision::HalfYear, year,
                       ordinal(match.captured(1)));
    }
    if (const auto match = dayAndMonth.match(words); match.hasMatch()) {
        if (const int month = monthNamed(match.captured(2))) {
            if (!match.hasCaptured(1))
                return checked(text, Precision::Month, year, month);
            return checked(text, Precision::Day, year, month, match.captured(1).toInt());
        }
    }
    return std::nullopt;
}

} // namespace

PlanDate::PlanDate(Precision precision, QDate first)
    : m_precision(precision)
    , m_first(first.isValid() && first.year() >= FirstYear && first.year() <= LastYear ? first
                                                                                       : QDate())
{}

PlanDate PlanDate::day(QDate date)
{
    return PlanDate(Precision::Day, date);
}

PlanDate PlanDate::month(int year, int month)
{
    return month >= 1 && month <= 12 ? PlanDate(Precision::Month, QDate(year, month, 1))
                                     : PlanDate();
}

PlanDate PlanDate::quarter(int year, int quarter)
{
    return quarter >= 1 && quarter <= 4
               ? PlanDate(Precision::Quarter, QDate(year, quarter * 3 - 2, 1))
               : PlanDate();
}

PlanDate PlanDate::halfYear(int year, int half)
{
    return half >= 1 && half <= 2 ? PlanDate(Precision::HalfYear, QDate(year, half * 6 - 5, 1))
                                  : PlanDate();
}

PlanDate PlanDate::year(int year)
{
    return PlanDate(Precision::Year, QDate(year, 1, 1));
}

int PlanDate::month() const
{
    const bool hasMonth = m_precision == Precision::Day || m_precision == Precision::Month;
    return hasMonth ? m_first.month() : 0; // QDate gives 0 when null
}

int PlanDate::quarter() const
{
    return !isNull() && m_precision == Precision::Quarter ? (m_first.month() + 2) / 3 : 0;
}

int PlanDate::half() const
{
    return !isNull() && m_precision == Precision::HalfYear ? (m_first.month() + 5) / 6 : 0;
}

QDate PlanDate::date() const
{
    return m_precision == Precision::Day ? m_first : QDate();
}

QDate PlanDate::last() const
{
    if (isNull())
        return {};
    switch (m_precision) {
    case Precision::Day:
        return m_first;
    case Precision::Month:
        return m_first.addMonths(1).addDays(-1);
    case Precision::Quarter:
        return m_first.addMonths(3).addDays(-1);
    case Precision::HalfYear:
        return m_first.addMonths(6).addDays(-1);
    case Precision::Year:
        break;
    }
    return m_first.addYears(1).addDays(-1);
}

QString PlanDate::toCode() const
{
    if (isNull())
        return {};
    const QString year = QString::number(m_first.year());
    switch (m_precision) {
    case Precision::Day:
        return m_first.toString(Qt::ISODate);
    case Precision::Month:
        return year + QStringLiteral("-%1").arg(month(), 2, 10, QLatin1Char('0'));
    case Precision::Quarter:
        return year + QStringLiteral("-Q") + QString::number(quarter());
    case Precision::HalfYear:
        return year + QStringLiteral("-H") + QString::number(half());
    case Precision::Year:
        break;
    }
    return year;
}

std::optional<PlanDate> PlanDate::fromCode(QStringView code)
{
    // yyyy, yyyy-MM, yyyy-Qn, yyyy-Hn or yyyy-MM-dd, by length and separators.
    const int year = code.size() >= 4 ? digits(code, 0, 4) : -1;
    if (year < FirstYear)
        return std::nullopt;
    if (code.size() == 4)
        return PlanDate::year(year);
    if (code.at(4) != u'-')
        return std::nullopt;
    if (code.size() == 7) {
        if (code.at(5) == u'Q')
            return unlessNull(PlanDate::quarter(year, digits(code, 6, 1)));
        if (code.at(5) == u'H')
            return unlessNull(PlanDate::halfYear(year, digits(code, 6, 1)));
        return unlessNull(PlanDate::month(year, digits(code, 5, 2)));
    }
    if (code.size() == 10 && code.at(7) == u'-')
        return unlessNull(PlanDate::day(QDate(year, digits(code, 5, 2), digits(code, 8, 2))));
    return std::nullopt;
}

QString PlanDate::toText() const
{
    if (isNull())
        return {};
    const QString year = QString::number(m_first.year()); // never "2 012"
    switch (m_precision) {
    case Precision::Day:
        return QLocale().toString(m_first, QLocale::ShortFormat);
    case Precision::Month:
        //: A month of a year, "september 2012": %1 is the month's name as QLocale gives it for
        //: the UI language, %2 the year.
        return tr("%1 %2", "month year").arg(QLocale().standaloneMonthName(month()), year);
    case Precision::Quarter:
        //: A quarter of a year as plans say it, "3. kvartal 2012": %1 is the quarter (1-4), %2
        //: the year.
        return tr("Q%1 %2").arg(QString::number(quarter()), year);
    case Precision::HalfYear:
        if (half() == 1) {
            //: The first half of a year (January-June) as plans say it, "våren 2012": %1 is
            //: the year.
            return tr("spring %1").arg(year);
        }
        //: The second half of a year (July-December) as plans say it, "høsten 2012": %1 is the
        //: year.
        return tr("autumn %1").arg(year);
    case Precision::Year:
        break;
    }
    return year;
}

Result<PlanDate> PlanDate::parse(const QString &text)
{
    // Numbers first (a day is always day before month unless the year leads), then the words
    // before a year, then a half-year or quarter after it. A form that is recognised but
    // impossible (31.02.2012, 13.2012, Q5 2012) says why.
    static const QRegularExpression dayFirst =
        anchored(QStringLiteral("([0-9]{1,2}) ?([./-]) ?([0-9]{1,2}) ?\\2 ?([0-9]{4})"));
    static const QRegularExpression yearFirst =
        anchored(QStringLiteral("([0-9]{4}) ?([./-]) ?([0-9]{1,2}) ?\\2 ?([0-9]{1,2})"));
    static const QRegularExpression monthFirst =
        anchored(QStringLiteral("([0-9]{1,2}) ?[./-] ?([0-9]{4})"));
    static const QRegularExpression monthLast =
        anchored(QStringLiteral("([0-9]{4}) ?[./-] ?([0-9]{1,2})"));
    static const QRegularExpression yearLast = anchored(QStringLiteral("(.*?) ?-? ?([0-9]{4})"));
    static const QRegularExpression partLast =
        anchored(QStringLiteral("([0-9]{4}) ?-? ?([hq])([0-9]{1,2})"));

    const QString words = text.normalized(QString::NormalizationForm_C).simplified().toLower();
    if (words.isEmpty())
        return PlanDate();
    const auto number = [](const QRegularExpressionMatch &match, int group) {
        return match.captured(group).toInt();
    };
    if (const auto match = dayFirst.match(words); match.hasMatch())
        return checked(text, Precision::Day, number(match, 4), number(match, 3), number(match, 1));
    if (const auto match = yearFirst.match(words); match.hasMatch())
        return checked(text, Precision::Day, number(match, 1), number(match, 3), number(match, 4));
    if (const auto match = monthFirst.match(words); match.hasMatch())
        return checked(text, Precision::Month, number(match, 2), number(match, 1));
    if (const auto match = monthLast.match(words); match.hasMatch())
        return checked(text, Precision::Month, number(match, 1), number(match, 2));
    if (const auto match = yearLast.match(words); match.hasMatch()) {
        if (auto result = beforeYear(text, match.captured(1), number(match, 2)))
            return std::move(*result);
    }
    if (const auto match = partLast.match(words); match.hasMatch()) {
        return checked(text,
                       match.captured(2) == QLatin1String("h") ? Precision::HalfYear
                                                               : Precision::Quarter,
                       number(match, 1), number(match, 3));
    }
    return notUnderstood(text);
}

} // namespace Domain
