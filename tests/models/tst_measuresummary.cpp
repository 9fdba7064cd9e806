#include "models/measuresummary.h"

#include "tests/models/seededworkspace.h"

#include <QTest>
#include <QTextDocument>

using namespace TestSupport;

class TestMeasureSummary : public QObject
{
    Q_OBJECT

private slots:
    void everyValueIsEscaped();
    void describesASeededMeasureInFull();
    void namesTheKnowledgeSourcesWithPublisher();
    void datesAndAnchoringAreShown();
};

namespace {

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

const QUuid markupProject{QStringLiteral("9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0001")};

// Every text field carries markup, as a careless or hostile exchange file might.
QByteArray markupJson()
{
    return QByteArray(R"json({
    "format": "samspill-exchange", "formatVersion": 1,
    "organisations": [
        {"uuid": "9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0002", "name": "A&B <i>kommune</i>", "kind": "municipality"}
    ],
    "knowledgeSources": [
        {"uuid": "9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0003", "title": "<a href=\"http://example.org\">Lenke</a>",
         "publisher": "P&Q <s>forlag</s>"}
    ],
    "projects": [{
        "uuid": "9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0001", "name": "Markup", "status": "in_progress",
        "goals": [{"uuid": "9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0004", "text": "<h1>Stort mål</h1>"}],
        "measures": [{
            "uuid": "9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0005",
            "title": "Tiltak <b>fet</b> & \"sitat\"",
            "level": "individual",
            "description": "<script>alert(1)</script> 3 < 4",
            "theme": "<u>tema</u>",
            "status": "in_progress",
            "goals": ["9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0004"],
            "responsibleOrganisations": ["9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0002"],
            "activities": [{"uuid": "9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0006", "title": "<img src=x onerror=alert(1)>"}],
            "knowledgeSources": ["9a4e2a1c-0f7b-4f7e-b3a2-6c1d2e3f0003"]
        }]
    }]
})json");
}

} // namespace

void TestMeasureSummary::everyValueIsEscaped()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(markupJson()), QString());
    Models::ProjectData data(seeded.repositories());
    data.setToday(QDate(2012, 6, 1));
    QVERIFY(data.load(seeded.projectId(markupProject)).ok());
    QCOMPARE(data.measures().size(), 1);

    const QString html = Models::MeasureSummary::html(data, data.measures().constFirst());

    for (const char *raw :
         {"<b>fet", "<script", "<i>kommune", "<h1>", "<u>tema", "<img", "<a href", "<s>forlag"}) {
        QVERIFY2(!html.contains(QLatin1String(raw)), raw);
    }
    QVERIFY(html.contains(QStringLiteral("Tiltak &lt;b&gt;fet&lt;/b&gt; &amp; &quot;sitat&quot;")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; 3 &lt; 4")));

    // What the reader sees is the text exactly as it was entered.
    const QString text = plainText(html);
    for (const QString &value :
         {QStringLiteral("Tiltak <b>fet</b> & \"sitat\""),
          QStringLiteral("<script>alert(1)</script> 3 < 4"), QStringLiteral("<u>tema</u>"),
          QStringLiteral("A&B <i>kommune</i>"), QStringLiteral("<h1>Stort mål</h1>"),
          QStringLiteral("<img src=x onerror=alert(1)>"),
          QStringLiteral("<a href=\"http://example.org\">Lenke</a>"),
          QStringLiteral("P&Q <s>forlag</s>")}) {
        QVERIFY2(text.contains(value), qPrintable(value + QStringLiteral(" in:\n") + text));
    }
}

void TestMeasureSummary::describesASeededMeasureInFull()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    data.setToday(QDate(2012, 6, 1));
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QVERIFY(norwegian.isLoaded());
    const Domain::Measure &referral = data.measures().at(1);
    QCOMPARE(referral.title, Seed::referralMeasure);

    const QString text = plainText(Models::MeasureSummary::html(data, referral));

    for (const QString &expected :
         {Seed::referralMeasure, referral.description, QStringLiteral("fullført"),
          QStringLiteral("individnivå"), Seed::betterServicesGoalText, Seed::collaborationGoalText,
          QStringLiteral("Kommunene i Nord-Trøndelag"), QStringLiteral("Fastlegene"),
          QStringLiteral("Helseforetaket (spesialisthelsetjenesten)"),
          QStringLiteral("Henvisningsskjema der hjemmetjenesten beskriver brukerens funksjon"),
          QStringLiteral("Gjøre skjemaet tilgjengelig på internett"),
          QStringLiteral("Gode henvisninger til spesialisthelsetjenesten")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + text));
    }
    // All three activities are done: three ticked boxes, no empty one.
    QCOMPARE(text.count(QChar(0x2611)), 3);
    QCOMPARE(text.count(QChar(0x2610)), 0);
}

void TestMeasureSummary::namesTheKnowledgeSourcesWithPublisher()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    const Domain::Measure &coordinator = data.measures().at(2);
    QCOMPARE(coordinator.title, Seed::coordinatorMeasure);

    const QString text = plainText(Models::MeasureSummary::html(data, coordinator));

    // The article calls the document only "KPA-modellen" (README, "Seed data").
    QVERIFY2(text.contains(QStringLiteral("KPA-modellen (Helsetilsynet, IK-2692)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Høgskolen i Nord-Trøndelag")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Recovery")), qPrintable(text));
    QCOMPARE(text.count(QChar(0x2610)), 3);
}

void TestMeasureSummary::datesAndAnchoringAreShown()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectData data(seeded.repositories());
    data.setToday(DatedProject::today);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    ScopedLanguage english(QStringLiteral("en"));

    // The seed gives no dates: the planned period is undated at both ends, with no actual row.
    const QString hospitering =
        plainText(Models::MeasureSummary::html(data, data.measures().at(0)));
    QVERIFY2(hospitering.contains(QStringLiteral("undated – undated")), qPrintable(hospitering));
    QVERIFY2(!hospitering.contains(QStringLiteral("Actual")), qPrintable(hospitering));
    QVERIFY2(hospitering.contains(QStringLiteral("not yet anchored")), qPrintable(hospitering));

    QVERIFY(data.load(seeded.projectId(DatedProject::project)).ok());
    const Domain::Measure &alfa = data.measures().at(0);
    QCOMPARE(alfa.title, QStringLiteral("Alfa"));
    const QString text = plainText(Models::MeasureSummary::html(data, alfa));
    QVERIFY2(text.contains(QStringLiteral("01/01/2011 – 31/12/2011")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("50 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("red")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("No activities recorded.")), qPrintable(text));
}

QTEST_MAIN(TestMeasureSummary)
#include "tst_measuresummary.moc"
