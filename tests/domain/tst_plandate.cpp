// Dates with a precision (models/domain/plandate.h): the interval each covers, the code that is
// stored and exchanged, what parse() understands in Norwegian and English and what it refuses,
// the order they sort in, how they read in each UI language, and the rule that an end counts
// by its last day and a start by its first.
//
// Values in the tables are written as their codes ("2012-H2"; "" for undated), so that a table
// reads like the exchange file it guards.

#include "models/domain/plandate.h"
#include "models/domain/text.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QVector>

#include <algorithm>
#include <initializer_list>

using namespace Domain;

Q_DECLARE_METATYPE(Domain::PlanDate::Precision)

namespace Domain {
// A failed QCOMPARE prints the code, found through argument-dependent lookup.
char *toString(const PlanDate &date)
{
    return qstrdup(date.isNull() ? "undated" : date.toCode().toUtf8().constData());
}
} // namespace Domain

namespace {

const QLocale Norwegian(QLocale::NorwegianBokmal, QLocale::Norway);
const QLocale English(QLocale::English, QLocale::UnitedKingdom);

// A code from a table as a value; "" is undated. A code the table gets wrong stops the test.
PlanDate fromTable(const QString &code)
{
    if (code.isEmpty())
        return {};
    const std::optional<PlanDate> date = PlanDate::fromCode(code);
    if (!date)
        qFatal("not a code: %s", qPrintable(code));
    return *date;
}

// The UI language as App::Language::install() chooses it: QLocale's default and the app's
// compiled translation from :/i18n, for as long as the object lives.
class UiLanguage
{
public:
    explicit UiLanguage(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        loaded = m_translator.load(locale, QStringLiteral("samspill"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n")) &&
                 QCoreApplication::installTranslator(&m_translator);
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    bool loaded = false;

private:
    QTranslator m_translator;
};

// The whole message for text that parse() does not understand, in English.
QString notUnderstood(const QString &shown)
{
    return shown + QStringLiteral(" is not a date Samspill understands; write for example "
                                  "15/09/2012, September 2012, Q3 2012, autumn 2012 or 2012.");
}

} // namespace

class TestPlanDate : public QObject
{
    Q_OBJECT

private slots:
    void intervalRunsFromFirstToLastDayOfThePeriod_data();
    void intervalRunsFromFirstToLastDayOfThePeriod();
    void factoriesGiveTheValueTheirCodeNames();
    void factoriesGiveUndatedForImpossibleValues_data();
    void factoriesGiveUndatedForImpossibleValues();
    void undatedBehavesLikeANullDate();

    void codeRoundTripsExactly_data();
    void codeRoundTripsExactly();
    void nearMissCodesAreRefused_data();
    void nearMissCodesAreRefused();

    void parseUnderstandsWhatPeopleWriteInEitherLanguage_data();
    void parseUnderstandsWhatPeopleWriteInEitherLanguage();
    void parseOfBlankTextIsUndated_data();
    void parseOfBlankTextIsUndated();
    void parseSaysWhatItDidNotUnderstand_data();
    void parseSaysWhatItDidNotUnderstand();
    void parseGivesExamplesInTheUiLanguage();

    void orderIsByFirstDayThenTheMorePrecise_data();
    void orderIsByFirstDayThenTheMorePrecise();
    void sortingPutsTheSharpestCommitmentFirst();

    void textInEnglish_data();
    void textInEnglish();
    void textInNorwegian_data();
    void textInNorwegian();
    void textReadsBackAsTheSameValueInEitherLanguage_data();
    void textReadsBackAsTheSameValueInEitherLanguage();

    void planEndingInAPeriodIsOverdueOnlyAfterItsLastDay_data();
    void planEndingInAPeriodIsOverdueOnlyAfterItsLastDay();
    void planStartingInAPeriodHasStartedFromItsFirstDay_data();
    void planStartingInAPeriodHasStartedFromItsFirstDay();
};

void TestPlanDate::intervalRunsFromFirstToLastDayOfThePeriod_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("day") << "2012-09-15" << QDate(2012, 9, 15) << QDate(2012, 9, 15);
    QTest::newRow("leap day") << "2012-02-29" << QDate(2012, 2, 29) << QDate(2012, 2, 29);
    QTest::newRow("month of 30 days") << "2012-09" << QDate(2012, 9, 1) << QDate(2012, 9, 30);
    QTest::newRow("December") << "2012-12" << QDate(2012, 12, 1) << QDate(2012, 12, 31);
    QTest::newRow("February, leap year") << "2012-02" << QDate(2012, 2, 1) << QDate(2012, 2, 29);
    QTest::newRow("February, common year") << "2013-02" << QDate(2013, 2, 1) << QDate(2013, 2, 28);
    QTest::newRow("February 2000 (leap)") << "2000-02" << QDate(2000, 2, 1) << QDate(2000, 2, 29);
    QTest::newRow("February 1900 (common)") << "1900-02" << QDate(1900, 2, 1) << QDate(1900, 2, 28);
    QTest::newRow("Q1, leap year") << "2012-Q1" << QDate(2012, 1, 1) << QDate(2012, 3, 31);
    QTest::newRow("Q2") << "2012-Q2" << QDate(2012, 4, 1) << QDate(2012, 6, 30);
    QTest::newRow("Q3") << "2012-Q3" << QDate(2012, 7, 1) << QDate(2012, 9, 30);
    QTest::newRow("Q4") << "2012-Q4" << QDate(2012, 10, 1) << QDate(2012, 12, 31);
    QTest::newRow("H1 (spring)") << "2012-H1" << QDate(2012, 1, 1) << QDate(2012, 6, 30);
    QTest::newRow("H2 (autumn)") << "2012-H2" << QDate(2012, 7, 1) << QDate(2012, 12, 31);
    QTest::newRow("year, leap") << "2012" << QDate(2012, 1, 1) << QDate(2012, 12, 31);
    QTest::newRow("year, common") << "2013" << QDate(2013, 1, 1) << QDate(2013, 12, 31);
    QTest::newRow("first year") << "1000" << QDate(1000, 1, 1) << QDate(1000, 12, 31);
    QTest::newRow("last year") << "9999" << QDate(9999, 1, 1) << QDate(9999, 12, 31);
    QTest::newRow("last day") << "9999-12-31" << QDate(9999, 12, 31) << QDate(9999, 12, 31);
}

void TestPlanDate::intervalRunsFromFirstToLastDayOfThePeriod()
{
    QFETCH(QString, code);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const PlanDate date = fromTable(code);

    QCOMPARE(date.first(), first);
    QCOMPARE(date.last(), last);
}

void TestPlanDate::factoriesGiveTheValueTheirCodeNames()
{
    const PlanDate day = PlanDate::day(QDate(2012, 9, 15));
    QCOMPARE(day, fromTable(QStringLiteral("2012-09-15")));
    QCOMPARE(day.precision(), PlanDate::Precision::Day);
    QCOMPARE(day.date(), QDate(2012, 9, 15));
    QCOMPARE(day.month(), 9);

    const PlanDate month = PlanDate::month(2012, 9);
    QCOMPARE(month, fromTable(QStringLiteral("2012-09")));
    QCOMPARE(month.precision(), PlanDate::Precision::Month);
    QCOMPARE(month.month(), 9);
    QCOMPARE(month.date(), QDate());

    const PlanDate quarter = PlanDate::quarter(2012, 3);
    QCOMPARE(quarter, fromTable(QStringLiteral("2012-Q3")));
    QCOMPARE(quarter.precision(), PlanDate::Precision::Quarter);
    QCOMPARE(quarter.quarter(), 3);
    QCOMPARE(quarter.month(), 0);

    const PlanDate half = PlanDate::halfYear(2012, 2);
    QCOMPARE(half, fromTable(QStringLiteral("2012-H2")));
    QCOMPARE(half.precision(), PlanDate::Precision::HalfYear);
    QCOMPARE(half.half(), 2);
    QCOMPARE(half.quarter(), 0);

    const PlanDate year = PlanDate::year(2012);
    QCOMPARE(year, fromTable(QStringLiteral("2012")));
    QCOMPARE(year.precision(), PlanDate::Precision::Year);
    QCOMPARE(year.year(), 2012);
    QCOMPARE(year.half(), 0);
}

void TestPlanDate::factoriesGiveUndatedForImpossibleValues_data()
{
    QTest::addColumn<PlanDate>("date");

    QTest::newRow("null QDate") << PlanDate::day(QDate());
    QTest::newRow("invalid QDate") << PlanDate::day(QDate(2012, 2, 30));
    QTest::newRow("day before year 1000") << PlanDate::day(QDate(999, 12, 31));
    QTest::newRow("day after year 9999") << PlanDate::day(QDate(10000, 1, 1));
    QTest::newRow("month 0") << PlanDate::month(2012, 0);
    QTest::newRow("month 13") << PlanDate::month(2012, 13);
    QTest::newRow("quarter 0") << PlanDate::quarter(2012, 0);
    QTest::newRow("quarter 5") << PlanDate::quarter(2012, 5);
    QTest::newRow("half 0") << PlanDate::halfYear(2012, 0);
    QTest::newRow("half 3") << PlanDate::halfYear(2012, 3);
    QTest::newRow("year 999") << PlanDate::year(999);
    QTest::newRow("year 10000") << PlanDate::year(10000);
    QTest::newRow("year 0") << PlanDate::year(0);
    QTest::newRow("year -2012") << PlanDate::year(-2012);
}

void TestPlanDate::factoriesGiveUndatedForImpossibleValues()
{
    QFETCH(PlanDate, date);

    QVERIFY(date.isNull());
    QCOMPARE(date, PlanDate());
}

void TestPlanDate::undatedBehavesLikeANullDate()
{
    const PlanDate undated;

    QVERIFY(undated.isNull());
    QVERIFY(!undated.isValid());
    QCOMPARE(undated.first(), QDate());
    QCOMPARE(undated.last(), QDate());
    QCOMPARE(undated.date(), QDate());
    QCOMPARE(undated.year(), 0);
    QCOMPARE(undated.month(), 0);
    QCOMPARE(undated.quarter(), 0);
    QCOMPARE(undated.half(), 0);
    QCOMPARE(undated.toCode(), QString());
    QCOMPARE(undated.toText(), QString());
    QVERIFY(!PlanDate::fromCode(QString()));
    QCOMPARE(undated, PlanDate::month(2012, 13));
    QVERIFY(undated != PlanDate::year(2012));
}

void TestPlanDate::codeRoundTripsExactly_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<PlanDate::Precision>("precision");

    QTest::newRow("day") << "2012-09-15" << PlanDate::Precision::Day;
    QTest::newRow("leap day") << "2012-02-29" << PlanDate::Precision::Day;
    QTest::newRow("first day") << "1000-01-01" << PlanDate::Precision::Day;
    QTest::newRow("last day") << "9999-12-31" << PlanDate::Precision::Day;
    QTest::newRow("month") << "2012-09" << PlanDate::Precision::Month;
    QTest::newRow("January") << "2012-01" << PlanDate::Precision::Month;
    QTest::newRow("December") << "2012-12" << PlanDate::Precision::Month;
    QTest::newRow("Q1") << "2012-Q1" << PlanDate::Precision::Quarter;
    QTest::newRow("Q4") << "2012-Q4" << PlanDate::Precision::Quarter;
    QTest::newRow("H1") << "2012-H1" << PlanDate::Precision::HalfYear;
    QTest::newRow("H2") << "2012-H2" << PlanDate::Precision::HalfYear;
    QTest::newRow("year") << "2012" << PlanDate::Precision::Year;
    QTest::newRow("year 1000") << "1000" << PlanDate::Precision::Year;
    QTest::newRow("year 9999") << "9999" << PlanDate::Precision::Year;
}

void TestPlanDate::codeRoundTripsExactly()
{
    QFETCH(QString, code);
    QFETCH(PlanDate::Precision, precision);

    const std::optional<PlanDate> date = PlanDate::fromCode(code);

    QVERIFY(date.has_value());
    QCOMPARE(date->precision(), precision);
    QCOMPARE(date->toCode(), code);
    QCOMPARE(PlanDate::fromCode(date->toCode()).value(), *date);
}

void TestPlanDate::nearMissCodesAreRefused_data()
{
    // Codes are strict, so that a stored value or an exchange file has exactly one spelling:
    // parse() is the place for tolerance. Lower-case q and h are refused too.
    QTest::addColumn<QString>("code");

    const char *const nearMisses[] = {
        "2012-Q0",    "2012-Q5",     "2012-Q10",   "2012-H0",
        "2012-H3",    "2012-q3",     "2012-h2",    "2012-13",
        "2012-00",    "2012-9",      "2012-09-31", "2011-02-29",
        "2012-09-00", "2012-9-15",   "2012-09-5",  "2012-09-15T00:00",
        "2012/09",    "2012.09",     "2012-Q",     "2012-",
        "2012-W37",   "Q3-2012",     "15.09.2012", " 2012",
        "2012 ",      "2012\n",      "\t2012",     "2012-09-15\n",
        "2012-Q3 ",   "0999",        "999",        "10000",
        "12012",      "+2012",       "-2012",      "20l2",
        "2012--09",   "2012-Q+3",    "2012-+9",    "2012-09-+5",
        "2012-09 15", "høsten 2012",
    };
    for (const char *code : nearMisses)
        QTest::newRow(printable(QString::fromUtf8(code)).toUtf8().constData())
            << QString::fromUtf8(code);
    QTest::newRow("empty") << QString();
    QTest::newRow("fullwidth digits") << QStringLiteral("２０１２");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠١٢");
    QTest::newRow("en dash") << QStringLiteral("2012–09");
    QTest::newRow("NUL at the end") << QString(QStringLiteral("2012") + QChar(0));
}

void TestPlanDate::nearMissCodesAreRefused()
{
    QFETCH(QString, code);

    const std::optional<PlanDate> date = PlanDate::fromCode(code);

    QVERIFY2(!date, date ? date->toCode().toUtf8().constData() : "");
}

void TestPlanDate::parseUnderstandsWhatPeopleWriteInEitherLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    const auto row = [](const QString &text, const char *code) {
        QTest::newRow(printable(text).toUtf8().constData()) << text << QString::fromLatin1(code);
    };
    const auto rows = [&row](std::initializer_list<const char *> texts, const char *code) {
        for (const char *text : texts)
            row(QString::fromUtf8(text), code);
    };

    // the codes
    rows({"2012-09-15", "2012-09", "2012-Q3", "2012-H2", "2012"}, nullptr);
    // days
    rows({"15.09.2012", "15.9.2012", "15/9/2012", "15/09/2012", "15-09-2012", "2012-9-15",
          "2012/09/15", " 15 . 09 . 2012 ", "15. september 2012", "15 September 2012",
          "15. sept. 2012", "15 sep 2012"},
         "2012-09-15");
    rows({"1.1.2012", "01.01.2012", "1/1/2012"}, "2012-01-01");
    rows({"29.02.2012"}, "2012-02-29");
    rows({"31.12.9999"}, "9999-12-31");
    // months
    rows({"SEPTEMBER 2012", "sept. 2012", "Sept 2012", "sep 2012", "sep. 2012", "sept.2012",
          "09.2012", "9.2012", "9/2012", "09/2012", "2012-9", "2012/09", "i september 2012",
          "in September 2012"},
         "2012-09");
    const char *const norwegianMonths[] = {"januar",    "februar", "mars",     "april",
                                           "mai",       "juni",    "juli",     "august",
                                           "september", "oktober", "november", "desember"};
    const char *const englishMonths[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    const char *const shortForms[] = {"jan.", "feb", "mar.", "apr",  "mai.", "jun",
                                      "jul.", "aug", "sept", "okt.", "nov",  "des."};
    const char *const englishShortForms[] = {"Jan", "Feb.", "Mar",   "Apr.", "May.", "Jun.",
                                             "Jul", "Aug.", "Sept.", "Oct",  "Nov.", "Dec"};
    for (int month = 1; month <= 12; ++month) {
        const QByteArray code =
            QByteArray("2012-") + QByteArray::number(month).rightJustified(2, '0');
        for (const char *name : {norwegianMonths[month - 1], englishMonths[month - 1],
                                 shortForms[month - 1], englishShortForms[month - 1]}) {
            row(QString::fromUtf8(name) + QStringLiteral(" 2012"), code.constData());
        }
    }
    // half-years
    rows({"høsten 2012", "Høsten 2012", "HØSTEN 2012", "høst 2012", "2. halvår 2012",
          "2 halvår 2012", "2.halvår 2012", "andre halvår 2012", "i løpet av høsten 2012"},
         "2012-H2");
    rows({"autumn 2012", "Autumn 2012", "fall 2012", "second half of 2012", "2nd half 2012",
          "during autumn 2012"},
         "2012-H2");
    rows({"H2 2012", "h2 2012", "H2-2012", "2012 H2", "2012-h2", "2012H2", "2H 2012"}, "2012-H2");
    rows({"høsten\u00A02012", "høsten   2012", "\thøsten 2012\n"}, "2012-H2");
    rows({"våren 2012", "Våren 2012", "VÅREN 2012", "vår 2012", "spring 2012", "1. halvår 2012",
          "første halvår 2012", "H1 2012", "2012 H1", "first half 2012"},
         "2012-H1");
    QTest::newRow("våren 2012, å as a + combining ring")
        << QStringLiteral("va\u030Aren 2012") << QStringLiteral("2012-H1");
    // quarters
    rows({"3. kvartal 2012", "3.kvartal 2012", "3 kvartal 2012", "tredje kvartal 2012",
          "Tredje kvartal 2012", "Q3 2012", "q3 2012", "Q3-2012", "Q3 - 2012", "2012 Q3", "2012-q3",
          "2012 - Q3", "3Q 2012", "third quarter of 2012", "3rd quarter 2012", "i 3. kvartal 2012",
          "in Q3 2012"},
         "2012-Q3");
    rows({"første kvartal 2012", "1. kvartal 2012", "Q1 2012", "first quarter 2012"}, "2012-Q1");
    rows({"andre kvartal 2012", "second quarter 2012", "2Q 2012"}, "2012-Q2");
    rows({"fjerde kvartal 2012", "4. kvartal 2012", "fourth quarter 2012", "4th quarter 2012"},
         "2012-Q4");
    // years
    rows({"i løpet av 2012", "I løpet av 2012", "in 2012", "In 2012", "during 2012", "During 2012",
          "i 2012", "  2012\n"},
         "2012");
    rows({"1000"}, "1000");
    rows({"9999"}, "9999");
}

void TestPlanDate::parseUnderstandsWhatPeopleWriteInEitherLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const PlanDate expected = fromTable(code.isEmpty() ? text : code);

    for (const QLocale &locale : {Norwegian, English}) {
        const UiLanguage language(locale);
        const Result<PlanDate> parsed = PlanDate::parse(text);

        QVERIFY2(parsed.ok(), qPrintable(locale.name() + QStringLiteral(": ") +
                                         (parsed.ok() ? QString() : parsed.error().message)));
        QCOMPARE(parsed.value(), expected);
    }
}

void TestPlanDate::parseOfBlankTextIsUndated_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
    QTest::newRow("no-break space") << QStringLiteral("\u00A0");
}

void TestPlanDate::parseOfBlankTextIsUndated()
{
    QFETCH(QString, text);

    const Result<PlanDate> parsed = PlanDate::parse(text);

    QVERIFY(parsed.ok());
    QVERIFY(parsed.value().isNull());
}

void TestPlanDate::parseSaysWhatItDidNotUnderstand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *text, const QString &message) {
        QTest::newRow(text) << QString::fromUtf8(text) << message;
    };
    const auto shown = [](const char *text) -> QString {
        return QLatin1Char('"') + QString::fromUtf8(text) + QLatin1Char('"');
    };
    const auto notADate = [&shown](const char *text, const char *problem) -> QString {
        return shown(text) + QStringLiteral(" is not a date: ") + QString::fromUtf8(problem);
    };

    for (const char *text :
         {"høst 2O12", "15.09.12", "høsten", "sommer 2012", "ju 2012", "septembre 2012", "12012",
          "2012 2013", "next year", "2012-09-15T10:00", "15.09.2012 – 20.09.2012", "Q 2012",
          "15.9/2012", "2012.", "Q123 2012"}) {
        row(text, notUnderstood(shown(text)));
    }
    QTest::newRow("escape sequence")
        << QStringLiteral("2012\u001b[2J") << notUnderstood(QStringLiteral("\"2012\\u001B[2J\""));

    row("31.02.2012", notADate("31.02.2012", "February 2012 has no day 31."));
    row("29.02.2013", notADate("29.02.2013", "February 2013 has no day 29."));
    row("0.1.2012", notADate("0.1.2012", "January 2012 has no day 0."));
    row("31. april 2012", notADate("31. april 2012", "April 2012 has no day 31."));
    row("2012-09-31", notADate("2012-09-31", "September 2012 has no day 31."));
    for (const char *text : {"13.2012", "2012-13", "15.13.2012"})
        row(text, notADate(text, "there is no month 13; months go from 1 to 12."));
    row("0/2012", notADate("0/2012", "there is no month 0; months go from 1 to 12."));
    for (const char *text : {"Q5 2012", "2012-Q5", "5. kvartal 2012", "5Q 2012"})
        row(text, notADate(text, "there is no quarter 5; quarters go from 1 to 4."));
    row("2012-Q0", notADate("2012-Q0", "there is no quarter 0; quarters go from 1 to 4."));
    for (const char *text : {"H3 2012", "2012 H3", "3. halvår 2012", "tredje halvår 2012"})
        row(text, notADate(text, "there is no half-year 3; a year has the halves 1 and 2."));
    for (const char *text : {"0999", "15.09.0999", "september 0999", "høsten 0999"})
        row(text, notADate(text, "the year must be from 1000 to 9999."));
}

void TestPlanDate::parseSaysWhatItDidNotUnderstand()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const UiLanguage language(English);

    const Result<PlanDate> parsed = PlanDate::parse(text);

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
    QCOMPARE(parsed.error().message, message);
}

void TestPlanDate::parseGivesExamplesInTheUiLanguage()
{
    const UiLanguage language(Norwegian);
    QVERIFY(language.loaded);

    const Result<PlanDate> parsed = PlanDate::parse(QStringLiteral("høst 2O12"));

    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QStringLiteral("15.09.2012, september 2012")),
             qPrintable(parsed.error().message));
}

void TestPlanDate::orderIsByFirstDayThenTheMorePrecise_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    QTest::newRow("earlier day") << "2012-09-15"
                                 << "2012-09-16";
    QTest::newRow("day before month of the same start") << "2012-07-01"
                                                        << "2012-07";
    QTest::newRow("month before quarter") << "2012-07"
                                          << "2012-Q3";
    QTest::newRow("quarter before half-year") << "2012-Q3"
                                              << "2012-H2";
    QTest::newRow("half-year before year") << "2012-H1"
                                           << "2012";
    QTest::newRow("year before its February") << "2012"
                                              << "2012-02";
    QTest::newRow("autumn before a day in it") << "2012-H2"
                                               << "2012-12-31";
    QTest::newRow("last day before next year") << "2012-12-31"
                                               << "2013";
    QTest::newRow("undated before any date") << ""
                                             << "1000-01-01";
}

void TestPlanDate::orderIsByFirstDayThenTheMorePrecise()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const PlanDate a = fromTable(lower);
    const PlanDate b = fromTable(higher);

    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(a != b);
    QVERIFY(!(a < a));
    QVERIFY(!(b < b));
    QCOMPARE(a, fromTable(lower));
    QCOMPARE(b, fromTable(higher));
}

void TestPlanDate::sortingPutsTheSharpestCommitmentFirst()
{
    const QStringList expected = {
        QString(),
        QStringLiteral("2012-01-01"),
        QStringLiteral("2012-01"),
        QStringLiteral("2012-Q1"),
        QStringLiteral("2012-H1"),
        QStringLiteral("2012"),
        QStringLiteral("2012-02"),
        QStringLiteral("2012-07-01"),
        QStringLiteral("2012-07"),
        QStringLiteral("2012-Q3"),
        QStringLiteral("2012-H2"),
        QStringLiteral("2013"),
    };
    QVector<PlanDate> dates;
    for (const QString &code : expected)
        dates.prepend(fromTable(code));
    std::rotate(dates.begin(), dates.begin() + 5, dates.end());

    std::sort(dates.begin(), dates.end());

    QStringList sorted;
    for (const PlanDate &date : dates)
        sorted.append(date.toCode());
    QCOMPARE(sorted, expected);
}

void TestPlanDate::textInEnglish_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");

    QTest::newRow("day") << "2012-09-15"
                         << "15/09/2012";
    QTest::newRow("day, one digit") << "2009-12-01"
                                    << "01/12/2009";
    QTest::newRow("month") << "2012-09"
                           << "September 2012";
    QTest::newRow("May") << "2012-05"
                         << "May 2012";
    QTest::newRow("quarter") << "2012-Q3"
                             << "Q3 2012";
    QTest::newRow("first quarter") << "2013-Q1"
                                   << "Q1 2013";
    QTest::newRow("spring") << "2012-H1"
                            << "spring 2012";
    QTest::newRow("autumn") << "2012-H2"
                            << "autumn 2012";
    QTest::newRow("year") << "2012"
                          << "2012";
    QTest::newRow("undated") << ""
                             << "";
}

void TestPlanDate::textInEnglish()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    const UiLanguage language(English);

    QCOMPARE(fromTable(code).toText(), text);
}

void TestPlanDate::textInNorwegian_data()
{
    // source: the English text a translation gives the Norwegian for; empty where the text
    // comes from QLocale alone (the day format, month names) and must hold today.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");

    QTest::newRow("day") << "2012-09-15"
                         << "15.09.2012"
                         << "";
    QTest::newRow("day, one digit") << "2009-12-01"
                                    << "01.12.2009"
                                    << "";
    QTest::newRow("month in lower case") << "2012-09"
                                         << "september 2012"
                                         << "";
    QTest::newRow("May") << "2012-05"
                         << "mai 2012"
                         << "";
    QTest::newRow("December") << "2012-12"
                              << "desember 2012"
                              << "";
    QTest::newRow("year, no group separator") << "2012"
                                              << "2012"
                                              << "";
    QTest::newRow("quarter") << "2012-Q3"
                             << "3. kvartal 2012"
                             << "Q%1 %2";
    QTest::newRow("spring") << "2012-H1"
                            << "våren 2012"
                            << "spring %1";
    QTest::newRow("autumn") << "2012-H2"
                            << "høsten 2012"
                            << "autumn %1";
}

void TestPlanDate::textInNorwegian()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QString, source);
    const UiLanguage language(Norwegian);
    QVERIFY(language.loaded);

    const QByteArray sourceText = source.toUtf8();
    if (!source.isEmpty() &&
        QCoreApplication::translate("Domain::PlanDate", sourceText.constData()) == source) {
        QEXPECT_FAIL("", "translation added by the lead", Continue);
    }
    QCOMPARE(fromTable(code).toText(), text);
}

void TestPlanDate::textReadsBackAsTheSameValueInEitherLanguage_data()
{
    QTest::addColumn<QString>("code");

    for (const char *code :
         {"2012-09-15", "2009-12-01", "2012-02-29", "2012-01", "2012-05", "2012-09", "2012-12",
          "2012-Q1", "2012-Q3", "2012-H1", "2012-H2", "2012", ""}) {
        QTest::newRow(*code ? code : "undated") << QString::fromLatin1(code);
    }
}

void TestPlanDate::textReadsBackAsTheSameValueInEitherLanguage()
{
    QFETCH(QString, code);
    const PlanDate date = fromTable(code);

    for (const QLocale &locale : {Norwegian, English}) {
        const UiLanguage language(locale);
        const Result<PlanDate> parsed = PlanDate::parse(date.toText());

        QVERIFY2(parsed.ok(), qPrintable(locale.name() + QStringLiteral(": ") + date.toText()));
        QCOMPARE(parsed.value(), date);
    }
}

void TestPlanDate::planEndingInAPeriodIsOverdueOnlyAfterItsLastDay_data()
{
    // The overdue rule with a PlanDate end: open work is overdue once today is past the last
    // day of its planned end; undated work never is.
    QTest::addColumn<QString>("end");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("autumn, on its last day") << "2012-H2" << QDate(2012, 12, 31) << false;
    QTest::newRow("autumn, the day after") << "2012-H2" << QDate(2013, 1, 1) << true;
    QTest::newRow("autumn, on its first day") << "2012-H2" << QDate(2012, 7, 1) << false;
    QTest::newRow("spring, on 30 June") << "2012-H1" << QDate(2012, 6, 30) << false;
    QTest::newRow("spring, on 1 July") << "2012-H1" << QDate(2012, 7, 1) << true;
    QTest::newRow("Q3, on 30 September") << "2012-Q3" << QDate(2012, 9, 30) << false;
    QTest::newRow("Q3, on 1 October") << "2012-Q3" << QDate(2012, 10, 1) << true;
    QTest::newRow("Q4, on 31 December") << "2012-Q4" << QDate(2012, 12, 31) << false;
    QTest::newRow("Q4, on 1 January") << "2012-Q4" << QDate(2013, 1, 1) << true;
    QTest::newRow("February, on the 29th") << "2012-02" << QDate(2012, 2, 29) << false;
    QTest::newRow("February, on 1 March") << "2012-02" << QDate(2012, 3, 1) << true;
    QTest::newRow("year, on 31 December") << "2012" << QDate(2012, 12, 31) << false;
    QTest::newRow("year, on 1 January") << "2012" << QDate(2013, 1, 1) << true;
    QTest::newRow("day, on the day") << "2012-09-15" << QDate(2012, 9, 15) << false;
    QTest::newRow("day, the day after") << "2012-09-15" << QDate(2012, 9, 16) << true;
    QTest::newRow("undated") << "" << QDate(9999, 12, 31) << false;
}

void TestPlanDate::planEndingInAPeriodIsOverdueOnlyAfterItsLastDay()
{
    QFETCH(QString, end);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    const PlanDate plannedEnd = fromTable(end);

    QCOMPARE(!plannedEnd.isNull() && plannedEnd.last() < today, overdue);
}

void TestPlanDate::planStartingInAPeriodHasStartedFromItsFirstDay_data()
{
    // "Still planned after its planned start" counts from the first day of the start.
    QTest::addColumn<QString>("start");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("started");

    QTest::newRow("autumn, on 30 June") << "2012-H2" << QDate(2012, 6, 30) << false;
    QTest::newRow("autumn, on 1 July") << "2012-H2" << QDate(2012, 7, 1) << true;
    QTest::newRow("Q3, on 30 June") << "2012-Q3" << QDate(2012, 6, 30) << false;
    QTest::newRow("Q3, on 1 July") << "2012-Q3" << QDate(2012, 7, 1) << true;
    QTest::newRow("month, on the last day before") << "2012-09" << QDate(2012, 8, 31) << false;
    QTest::newRow("month, on its first day") << "2012-09" << QDate(2012, 9, 1) << true;
    QTest::newRow("year, on 31 December before") << "2012" << QDate(2011, 12, 31) << false;
    QTest::newRow("year, on 1 January") << "2012" << QDate(2012, 1, 1) << true;
    QTest::newRow("day, the day before") << "2012-09-15" << QDate(2012, 9, 14) << false;
    QTest::newRow("day, on the day") << "2012-09-15" << QDate(2012, 9, 15) << true;
    QTest::newRow("undated") << "" << QDate(9999, 12, 31) << false;
}

void TestPlanDate::planStartingInAPeriodHasStartedFromItsFirstDay()
{
    QFETCH(QString, start);
    QFETCH(QDate, today);
    QFETCH(bool, started);
    const PlanDate plannedStart = fromTable(start);

    QCOMPARE(!plannedStart.isNull() && plannedStart.first() <= today, started);
}

QTEST_GUILESS_MAIN(TestPlanDate)
#include "tst_plandate.moc"
