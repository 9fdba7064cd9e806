// Part of tst_seed (tst_seed.h): every quotation of the seed known, in the database and in the
// source texts, the facts of our own readings in the source texts, and the repository's copies
// of the texts the same as ../shared/seeds.

#include "tests/app/tst_seed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <set>
#include <utility>

#ifndef SAMSPILL_SOURCE_DIR
#error "SAMSPILL_SOURCE_DIR must name the source tree"
#endif

using namespace SeedTest;

namespace {

// The two source texts. They are kept beside the repository (../shared/seeds, DESIGN.md), which
// a clean clone (CI) does not have, so a byte-for-byte copy of each is kept in the repository
// (tests/app/data/seed-sources) and read here; sourceCopiesAreTheSharedTexts checks the copies
// against ../shared/seeds wherever that is found.

QString sourceFileName(Source source)
{
    return source == Source::Article ? QStringLiteral("000_0930ef63bad22e38.txt")
                                     : QStringLiteral("003_728ec253911b155c.txt");
}

QString sourceFile(Source source)
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/tests/app/data/seed-sources/") +
           sourceFileName(source);
}

QString sharedSourceFile(Source source)
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/../shared/seeds/") + sourceFileName(source);
}

// The source text as a reader sees it (normalised below), or an empty string when it cannot be
// read; the callers fail with the file's name.
QString sourceText(Source source)
{
    QFile file(sourceFile(source));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    return QString::fromUtf8(file.readAll()).simplified();
}

QString sourceName(Source source)
{
    return source == Source::Article ? QStringLiteral("NAPHA's article")
                                     : QStringLiteral("Omsorgsbiblioteket's page");
}

// Every sentence the seed takes word for word from a source: the goals, the measures'
// descriptions (sentence by sentence) and whatever stands in «» anywhere (the project's
// description, the status updates, the knowledge sources' summaries). Kept here as literals so
// that the facts are checked against the database on every run, and against the source texts
// wherever those are found (quotesAreInTheSourceTexts).
struct Quote
{
    Source source;
    const char *text;
};

const Quote quotes[] = {
    // The project's lead-in (description) and its goals.
    {Source::Article, "Hvis vi ikke hadde vært to forvaltningsnivå, kommune og "
                      "spesialisthelsetjeneste – hva ville vi egentlig gjort da?"},
    {Source::Article, "Å gi mennesker med langvarige og sammensatte behov for tjenester innen "
                      "psykisk helse og rus et bedre helsetilbud."},
    {Source::Article,
     "Å utvikle forpliktende samhandlingsmodeller mellom kommuner, helseforetak og NAV."},
    // Hospitering.
    {Source::Article, "Det skal legges til rette for gjensidige hospiteringsordninger mellom "
                      "kommune, helseforetak og NAV."},
    {Source::Article, "Målet er at de ansatte i de ulike organisasjonene skal kunne hospitere hos "
                      "hverandre for kortere eller lengre tid."},
    {Source::Article, "Det jobbes med å lage en oversikt over temaer som skal være utgangspunkt "
                      "for hospiteringen."},
    {Source::Article, "Ordningen skal ledelsesforankres."},
    // Utfyllende henvisninger til spesialisthelsetjenesten.
    {Source::Article, "Et tiltak for å styrke samarbeidet mellom fastlege og psykisk "
                      "helsetjeneste i kommunene."},
    {Source::Article, "Fastlegen får beskrivelse av brukerens funksjon fra hjemmetjenesten, i et "
                      "henvisningsskjema som han legger ved sin henvisning til "
                      "spesialisthelsetjenesten."},
    {Source::Article, "Dette gjør informasjonen spesialisthelsetjenesten får om brukeren presis "
                      "og utfyllende, slik at tiltakene fra psykiatrisk klinikk kan bli gode og "
                      "målrettede i forhold til brukerens behov for hjelp."},
    {Source::Article, "Målet er at brukerens styrke skal komme frem i henvisningene."},
    {Source::Article, "Bruk av skjemaet kan styrke dialogen mellom ansatte i kommunene og "
                      "psykiatrisk klinikk, siden det gir psykiatrisk klinikk mer helhetlig "
                      "informasjon om hvordan det arbeides i kommunene."},
    {Source::Article, "Fastleger melder om positive erfaringer ved å bruke skjemaet."},
    {Source::Article, "Skjemaet er tilgjengelig på internett"},
    {Source::Article, "Skjemaet er tilgjengelig på internett: "
                      "/content/3548/Gode-henvisninger-til-spesialisthelsetjenesten."},
    // Løfter frem koordinatorrollen.
    {Source::Article, "Det planlegges et felles opplæringsprogram for ansatte i kommunen, NAV og "
                      "helseforetaket, i samarbeid med Høgskolen i Nord-Trøndelag høsten 2012."},
    {Source::Article, "Man ønsker å skape et tettere nettverk mellom samarbeidspartnerne."},
    {Source::Article, "Brukere og pårørende vil bli invitert til å delta med sine erfaringer."},
    {Source::Article, "KPA-modellen er en inspirasjonskilde for prosjektgruppa i dette arbeidet."},
    {Source::Article, "Recovery er et sentralt tema når prosjektgruppa arbeider med å utvikle en "
                      "felles forståelse mellom de ulike samhandlingspartene og konkretisering av "
                      "tiltak."},
    // The project at publication.
    {Source::Article, "Har satt i gang helt konkrete tiltak, både på individ- og systemnivå."},
    {Source::Article, "Prosjektperiode: 01.12.09 – 31.12.2013"},
    // The knowledge library.
    {Source::Library, "Hjelp til personer med ROP-lidelser er den målgruppen kommunene selv "
                      "prioriterer høyest på kompetansebehov"},
    {Source::Library, "I dei 88 tilsynsrapportane vi har gått gjennom, har fylkesmannen "
                      "konkludert med lovbrot i sju av ti kommunar"},
};

// Text compared as a reader sees it: every run of white space (a line break, a no-break space
// in the source texts) counts as one space.
QString normalised(const QString &text)
{
    return text.simplified();
}

using QuoteSet = std::set<std::pair<Source, QString>>;

QuoteSet knownQuotes()
{
    QuoteSet known;
    for (const Quote &quote : quotes)
        known.insert({quote.source, normalised(QString::fromUtf8(quote.text))});
    return known;
}

// Adds the sentences of text: split after a full stop that a capital letter follows.
void addSentences(QuoteSet &out, Source source, const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=\\.)\\s+(?=\\p{Lu})"));
    for (const QString &sentence : text.split(boundary, Qt::SkipEmptyParts))
        out.insert({source, normalised(sentence)});
}

// What stands in «» anywhere in value, at any depth.
void addGuillemets(QuoteSet &out, Source source, const QJsonValue &value)
{
    static const QRegularExpression quoted(QStringLiteral("«([^»]*)»"));
    if (value.isString()) {
        auto it = quoted.globalMatch(value.toString());
        while (it.hasNext())
            out.insert({source, normalised(it.next().captured(1))});
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            addGuillemets(out, source, item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addGuillemets(out, source, it.value());
    }
}

void addGoals(QuoteSet &out, Source source, const QJsonArray &goals)
{
    for (const QJsonValue &goal : goals) {
        out.insert({source, normalised(goal[QLatin1String("text")].toString())});
        addGoals(out, source, goal[QLatin1String("subGoals")].toArray());
    }
}

// Every quotation the seed files hold, by the source it is taken from.
QuoteSet quotesOfTheSeed()
{
    QuoteSet found;
    for (const auto &[name, source] : seedFiles) {
        const QJsonObject document = seedDocument(QString::fromLatin1(name));
        addGuillemets(found, source, document);
        for (const QJsonValue &project : document[QLatin1String("projects")].toArray()) {
            addGoals(found, source, project[QLatin1String("goals")].toArray());
            for (const QJsonValue &measure : project[QLatin1String("measures")].toArray())
                addSentences(found, source, measure[QLatin1String("description")].toString());
        }
    }
    return found;
}

} // namespace

void TestSeed::everyQuoteOfTheSeedIsKnown()
{
    // Whatever the seed files quote is one of the literals above (so that the database and the
    // source texts are checked for it), and every literal is quoted in the seed.
    const QuoteSet known = knownQuotes();
    const QuoteSet found = quotesOfTheSeed();
    QVERIFY(found.size() >= 20);
    for (const auto &[source, text] : found) {
        QVERIFY2(known.count({source, text}),
                 qPrintable(QStringLiteral("not among the quotes checked (%1): %2")
                                .arg(sourceName(source), text)));
    }
    for (const auto &[source, text] : known) {
        QVERIFY2(found.count({source, text}),
                 qPrintable(QStringLiteral("no longer quoted by the seed: ") + text));
    }
}

void TestSeed::quotesAreInTheDatabase()
{
    const auto bundle = valueOr(m_workspace->portfolio().projectBundle(m_project.id), "bundle");
    QStringList texts{normalised(bundle.project.description)};
    for (const Domain::Goal &goal : bundle.goals)
        texts.append(normalised(goal.text));
    for (const Domain::Measure &measure : bundle.measures)
        texts.append(normalised(measure.description));
    for (const Domain::StatusUpdate &update : bundle.statusUpdates)
        texts.append(normalised(update.text));
    for (const Domain::KnowledgeSource &source : m_sources)
        texts.append(normalised(source.summary));

    for (const Quote &quote : quotes) {
        const QString text = normalised(QString::fromUtf8(quote.text));
        const bool stored = std::any_of(texts.cbegin(), texts.cend(),
                                        [&](const QString &held) { return held.contains(text); });
        QVERIFY2(stored, qPrintable(text));
    }
}

void TestSeed::quotesAreInTheSourceTexts()
{
    QMap<Source, QString> sources;
    for (Source source : {Source::Article, Source::Library}) {
        const QString text = sourceText(source);
        QVERIFY2(!text.isEmpty(),
                 qPrintable(QStringLiteral("cannot read the source text ") + sourceFile(source)));
        sources.insert(source, normalised(text));
    }
    // The literals, and straight from the seed files whatever they quote.
    QuoteSet all = knownQuotes();
    all.merge(quotesOfTheSeed());
    for (const auto &[source, text] : all) {
        QVERIFY2(sources.value(source).contains(text),
                 qPrintable(QStringLiteral("not in %1: %2").arg(sourceName(source), text)));
    }
}

void TestSeed::factsAreInTheSourceTexts()
{
    // The names, dates, years and references of the seed, each beside the words of the source
    // text it is taken from (README, "Seed data", says how each was read).
    const QString text = sourceText(Source::Article);
    const QString page = sourceText(Source::Library);
    QVERIFY2(!text.isEmpty(),
             qPrintable(QStringLiteral("cannot read ") + sourceFile(Source::Article)));
    QVERIFY2(!page.isEmpty(),
             qPrintable(QStringLiteral("cannot read ") + sourceFile(Source::Library)));
    const auto says = [](const QString &source, const QString &words) {
        return source.contains(words.simplified());
    };
#define IN_ARTICLE(words)                                                                          \
    QVERIFY2(says(text, words), qPrintable(QStringLiteral("not in NAPHA's article: ") + (words)))
#define IN_LIBRARY(words)                                                                          \
    QVERIFY2(says(page, words),                                                                    \
             qPrintable(QStringLiteral("not in Omsorgsbiblioteket's page: ") + (words)))

    // The project, its period and the day the article was published (the snapshot's day).
    IN_ARTICLE(m_project.name);
    IN_ARTICLE(QStringLiteral("Prosjektgruppa for ") + m_project.shortName);
    IN_ARTICLE(QStringLiteral("Prosjektperiode: 01.12.09 – 31.12.2013"));
    QCOMPARE(m_project.start, QDate(2009, 12, 1));
    QCOMPARE(m_project.end, QDate(2013, 12, 31));
    IN_ARTICLE(QStringLiteral("Publisert: 26. juni 2013."));
    QCOMPARE(published, QDate(2013, 6, 26));
    QVERIFY(citation.contains(QStringLiteral("26.06.2013")));
    int atPublication = 0;
    for (const Domain::StatusUpdate &update : statusUpdates()) {
        if (update.recordedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Oslo"))).date() ==
            published)
            ++atPublication;
    }
    QCOMPARE(atPublication, 4);

    // The measures, by the headings the article gives them.
    for (const Domain::Measure &measure : m_measures)
        QVERIFY2(text.contains(measure.title, Qt::CaseInsensitive), qPrintable(measure.title));

    // The organisations the text names by name; the others are our labels (README).
    for (const QString &name : {nav, mentalHelse, hogskole})
        IN_ARTICLE(name);

    // "høsten 2012", the only planning date, is the training programme's.
    IN_ARTICLE(QStringLiteral("i samarbeid med Høgskolen i Nord-Trøndelag høsten 2012."));
    const Domain::Measure &coordinator = measureTitled(koordinatorrollen);
    QVERIFY(coordinator.plannedStart == Domain::PlanDate::halfYear(2012, 2));
    QVERIFY(coordinator.activities.at(0).due == Domain::PlanDate::halfYear(2012, 2));

    // The tips booklet: title, publisher, year, reference and address as the fact box gives them.
    const Domain::KnowledgeSource *tips = sourceTitled(
        QStringLiteral("Fysisk aktivitet og psykisk helse – et tipshefte for helsepersonell"));
    QVERIFY(tips);
    IN_ARTICLE(tips->title);
    IN_ARTICLE(QStringLiteral("%1 (%2), %3. ")
                   .arg(tips->publisher, QString::number(tips->year.value_or(0)), tips->reference));
    QVERIFY(tips->link.startsWith(QLatin1String("https://")));
    IN_ARTICLE(tips->link.mid(8));

    // The booklet, with its year; the article itself, with the year of its publication.
    IN_ARTICLE(QStringLiteral("Ni suksesshistorier - samhandling om psykisk helse (2012)"));
    const Domain::KnowledgeSource *stories = sourceTitled(booklet);
    QVERIFY(stories);
    QCOMPARE(stories->year, std::optional<int>(2012));
    QCOMPARE(QString(stories->title).replace(QStringLiteral(" – "), QStringLiteral(" - ")),
             QStringLiteral("Ni suksesshistorier - samhandling om psykisk helse"));
    IN_ARTICLE(QStringLiteral("Med heftet vil NAPHA inspirere"));
    QCOMPARE(stories->publisher, QStringLiteral("NAPHA"));
    IN_ARTICLE(article);

    // The KPA document: only what the text says (its name for it, its address); the rest is read
    // from the address.
    const Domain::KnowledgeSource *kpa = sourceTitled(QStringLiteral("KPA-modellen"));
    QVERIFY(kpa);
    IN_ARTICLE(kpa->title + QStringLiteral(" er en inspirasjonskilde"));
    IN_ARTICLE(QStringLiteral("Les mer her: ") + kpa->link);
    QVERIFY(kpa->link.contains(kpa->reference, Qt::CaseInsensitive));
    QVERIFY(QUrl(kpa->link).host().contains(kpa->publisher, Qt::CaseInsensitive));

    // The referral form: its title read from the path the text gives.
    const Domain::KnowledgeSource *form =
        sourceTitled(QStringLiteral("Gode henvisninger til spesialisthelsetjenesten"));
    QVERIFY(form);
    IN_ARTICLE(QStringLiteral("Skjemaet er tilgjengelig på internett: /content/3548/") +
               QString(form->title).replace(u' ', u'-'));

    // The knowledge library: every title, author and year on the page.
    QFile file(QStringLiteral(":/seed/knowledge-library.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray library = QJsonDocument::fromJson(file.readAll())
                                   .object()[QLatin1String("knowledgeSources")]
                                   .toArray();
    for (const QJsonValue &entry : library) {
        IN_LIBRARY(entry[QLatin1String("title")].toString());
        const QString authors = entry[QLatin1String("authors")].toString();
        for (const QString &author : authors.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            IN_LIBRARY(author);
        const QString publisher = entry[QLatin1String("publisher")].toString();
        if (!publisher.isEmpty())
            IN_LIBRARY(publisher);
    }
    IN_LIBRARY(QStringLiteral("PASOPP-RAPPORT NR 2018: 115"));
    const Domain::KnowledgeSource *pasopp =
        sourceTitled(QStringLiteral("Pakkeforløp for psykisk helse og rus. Resultater fra en "
                                    "spørreskjemaundersøkelse i befolkningen"));
    QVERIFY(pasopp);
    QCOMPARE(pasopp->year, std::optional<int>(2018));
    QCOMPARE(pasopp->reference, QStringLiteral("PasOpp-rapport nr. 2018:115"));
    IN_LIBRARY(QStringLiteral("Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)"));
    IN_LIBRARY(QStringLiteral("fylkesmennene i 2017 og 2018"));
    IN_LIBRARY(QStringLiteral("svar fra over 300 kommunale rus- og psykisk helsetjenester"));
    IN_LIBRARY(QStringLiteral("Mosseregionen høsten 2007"));
#undef IN_ARTICLE
#undef IN_LIBRARY
}

void TestSeed::sourceCopiesAreTheSharedTexts()
{
    // The copies in the repository are the texts beside it, byte for byte.
    if (!QDir(QStringLiteral(SAMSPILL_SOURCE_DIR "/../shared/seeds")).exists()) {
        QSKIP("../shared/seeds is not beside the source tree: the copies in "
              "tests/app/data/seed-sources were read, but not compared with it.");
    }
    for (Source source : {Source::Article, Source::Library}) {
        QFile copy(sourceFile(source));
        QFile shared(sharedSourceFile(source));
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(copy.fileName()));
        QVERIFY2(shared.open(QIODevice::ReadOnly), qPrintable(shared.fileName()));
        QVERIFY2(
            copy.readAll() == shared.readAll(),
            qPrintable(copy.fileName() + QStringLiteral(" differs from ") + shared.fileName()));
    }
}
