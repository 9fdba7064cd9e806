#pragma once

#include "models/domain/codes.h"
#include "models/domain/plandate.h"
#include "models/overview/deadline.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Models {

// Translated names of the domain's codes and the formatting every view and report shares, so
// that "pågår" or "udatert" reads the same everywhere.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Models::Labels)

public:
    static QString status(Domain::Status status);
    static QString level(Domain::MeasureLevel level);
    static QString organisationKind(Domain::OrganisationKind kind);
    static QString administrativeLevel(Domain::AdministrativeLevel level);
    static QString participantRole(Domain::ParticipantRole role);
    static QString group(Domain::Group group);
    static QString anchoring(Domain::Anchoring anchoring);
    static QString rag(Domain::Rag rag);
    static QColor ragColor(Domain::Rag rag);
    // A colour per status for charts; apart from the lights' colours, so that a status is not
    // taken for a light.
    static QColor statusColor(Domain::Status status);

    // A planning date in the UI language's short format; "udatert"/"undated" when unknown.
    static QString date(QDate date);
    // "01.12.2009 – 31.12.2013", with undated ends shown as such.
    static QString period(QDate start, QDate end);
    // A planning date at its precision: "15.09.2012", "høsten 2012", "3. kvartal 2012", ...;
    // "udatert"/"undated" when unknown.
    static QString date(const Domain::PlanDate &date);
    static QString period(const Domain::PlanDate &start, const Domain::PlanDate &end);
    // A value that sorts planning dates as Domain::PlanDate orders them; invalid when undated.
    static QVariant sortValue(const Domain::PlanDate &date);
    // "40 %"; "ikke vurdert"/"not assessed" when unknown.
    static QString progress(const std::optional<int> &percent);
    // An amount of whole øre in kroner with two decimals: "1 500 000,00 kr"; amount() without
    // the unit, as a form's field for kroner shows it.
    static QString money(qint64 ore);
    static QString amount(qint64 ore);
    // Reads an amount in kroner as people write it ("12 500", "12 500,50", "-300", with the
    // UI language's or a plain decimal point, at most two decimals) into whole øre; empty text
    // is 0. False when the text is no such amount.
    static bool readMoney(const QString &text, qint64 &ore);
    // Reads a number in the UI language's or the plain notation; empty text is none. False when
    // the text is no number.
    static bool readNumber(const QString &text, std::optional<double> &value);
    // A measured value of an indicator, in the UI language's digits; empty when not known.
    static QString number(const std::optional<double> &value);

    // The local day of a UTC timestamp in the short format; "ingen"/"none" when null.
    static QString timestampDate(const QDateTime &at);
    // A light with why it has its colour: "red: 2 measures overdue".
    static QString ragWithReason(Domain::Rag light, const QString &reason);
    // What is due and by when, with the date as planned: "milestone "Seminar": høsten 2012
    // (by 31.12.2012)".
    static QString deadline(const Overview::Deadline &deadline);

    // Plain text as a tool tip: escaped, so that markup in imported data is shown, never
    // interpreted, and wrapped like a paragraph. Empty for empty text.
    static QString toolTip(const QString &text);
};

} // namespace Models
