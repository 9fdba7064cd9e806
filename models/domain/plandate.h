#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace Domain {

// A planning date as plans are written: a day, a month, a quarter, a half-year ("høsten 2012")
// or a year. It stands for the interval of days it covers, and the rules use that interval: an
// end counts by its last day (a plan ending "høsten 2012" is overdue from 2013-01-01), a start
// by its first day.
//
// Invariants:
// - A null PlanDate means "not known" (undated), as a null QDate does: isNull(), first() and
//   last() are null, toCode() and toText() are empty. Every null PlanDate equals every other.
// - Otherwise the value is its precision and the first day of its interval, and that first day
//   is aligned to the precision (the 1st of a month, of January/April/July/October for a
//   quarter, of January/July for a half-year, 1 January for a year). The year is 1000–9999, so
//   that every value has a four-digit code. The factories give a null PlanDate for anything
//   else (month 13, quarter 5, half 3, an invalid QDate, year 999), as QDate(2012, 2, 31) is
//   null.
// - Ordering is total and agrees with ==: by first day, then the more precise before the less
//   precise of the same start (2012-01-01 < 2012-01 < 2012-Q1 < 2012-H1 < 2012), so that a
//   list sorted by start shows the sharpest commitment first. Null sorts before every date, as
//   a null QDate does.
// - toCode() and fromCode() are exact inverses; the code is the stored form and the encoding of
//   exchange format version 2. Codes are strict (see fromCode()); parse() is what is tolerant.
class PlanDate
{
    Q_DECLARE_TR_FUNCTIONS(Domain::PlanDate)

public:
    // From the most precise to the least; ordering relies on this order.
    enum class Precision { Day, Month, Quarter, HalfYear, Year };

    PlanDate() = default; // null: undated

    static PlanDate day(QDate date);
    static PlanDate month(int year, int month);     // month 1–12
    static PlanDate quarter(int year, int quarter); // quarter 1–4
    static PlanDate halfYear(int year, int half);   // half 1 (spring) or 2 (autumn)
    static PlanDate year(int year);

    bool isNull() const { return m_first.isNull(); }
    bool isValid() const { return !isNull(); }

    // Meaningful only when not null.
    Precision precision() const { return m_precision; }
    int year() const { return m_first.year(); } // 0 when null
    // The part of the year for its own precision, 0 for the others and when null.
    int month() const;   // Day and Month
    int quarter() const; // Quarter
    int half() const;    // HalfYear
    QDate date() const;  // Day; null otherwise

    // The interval covered, both days included; null when undated.
    QDate first() const { return m_first; }
    QDate last() const;

    // "2012-09-15", "2012-09", "2012-Q3", "2012-H2", "2012"; empty when null (the caller
    // stores NULL or leaves the field out).
    QString toCode() const;
    // Exactly the forms toCode() writes, with years 1000–9999: upper-case Q and H, two-digit
    // months and days, no white space anywhere. Anything else, the empty text included, is
    // nullopt.
    static std::optional<PlanDate> fromCode(QStringView code);

    // For people, in the UI language and QLocale(): "15.09.2012" (QLocale's short format, as
    // Models::Labels::date shows days), "september 2012", "3. kvartal 2012", "høsten 2012",
    // "2012". Empty when null, so that parse(toText()) gives the value back in either language.
    QString toText() const;

    // What people type, in Norwegian or English whatever the UI language, in any case and with
    // any white space: the codes, days (15.09.2012, 15.9.2012, 15/9/2012, 2012-09-15,
    // 15. september 2012), months (september 2012, sept. 2012, 09.2012, 9/2012), half-years
    // (høsten 2012, vår 2012, autumn/fall/spring 2012, 2. halvår 2012, H2 2012, 2012 H2),
    // quarters (3. kvartal 2012, tredje kvartal 2012, Q3 2012, 2012 Q3, 3Q 2012) and years
    // (2012, i løpet av 2012, in 2012, during 2012). Days are always day before month; years
    // have four digits. Empty text is a null PlanDate; anything else is Error::Kind::Invalid
    // with a translated message naming what was wrong.
    static Result<PlanDate> parse(const QString &text);

    friend bool operator==(const PlanDate &a, const PlanDate &b)
    {
        return a.m_first == b.m_first && (a.isNull() || a.m_precision == b.m_precision);
    }
    friend bool operator!=(const PlanDate &a, const PlanDate &b) { return !(a == b); }
    friend bool operator<(const PlanDate &a, const PlanDate &b)
    {
        if (a.m_first != b.m_first)
            return a.m_first < b.m_first;
        return !a.isNull() && a.m_precision < b.m_precision;
    }

private:
    PlanDate(Precision precision, QDate first);

    Precision m_precision = Precision::Day;
    QDate m_first; // null when undated
};

} // namespace Domain
