// The exchange reader under fire (exchange_fuzz): hundreds of documents derived from valid ones
// (the seed files and the sample portfolio) by a deterministic mutator, which swaps types,
// drops and invents fields, spoils UUIDs, repeats keys, writes escapes, huge numbers, huge
// strings and deep nesting, cuts the file short, flips bits and breaks UTF-8. For each one the
// reader must not crash and must either
//  - refuse it with a message in which every line names a place (a path, or line and column)
//    and holds no character that could steer a terminal, or
//  - accept it, and then the portfolio must keep its meaning: JsonWriter's document of it
//    reads as the same portfolio, and that, stored in a new SQLite database, reads back the
//    same (each project's bundle, the organisations and the knowledge sources).
// Every mutant is also read from a device that hands out its bytes in small pieces, which must
// read the same. The seed is fixed, so a failure names the same mutant on every run.

#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "models/storage/sqlknowledgesourcerepository.h"
#include "models/storage/sqlorganisationrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/exchange/jsonmutator.h"
#include "tests/support/chunkeddevice.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/testportfolios.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Domain;

namespace {

constexpr quint32 Seed = 0x5a3b0511;
constexpr int MutantCount = 600;
const QDateTime ExportedAt(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);

// --- judging what the reader did

// The first line of a refusal that names no place or could steer a terminal; empty when none.
QString badLine(const QString &message)
{
    static const QRegularExpression syntax(QStringLiteral("\\Aline \\d+, column \\d+: "));
    static const QRegularExpression located(QStringLiteral(
        "\\A(?:organisations|knowledgeSources|projects|reports|format|formatVersion|exportedAt)"
        "(?:[.\\[][^\\n]*?)?: "));
    static const QRegularExpression unknownAtTheTop(
        QStringLiteral("\\A\\S[^\\n]*?: is (?:not a field of this format|given twice)"));
    static const QRegularExpression more(QStringLiteral("\\A\\.\\.\\. and \\d+ more problem"));
    const QString notAnObject =
        QStringLiteral("The document is not a JSON object, so not a Samspill exchange file.");
    for (const QString &line : message.split(QLatin1Char('\n'))) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c.isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) {
                ++i; // a character beyond the BMP, such as an emoji
                continue;
            }
            const char16_t unit = c.unicode();
            if (unit < 0x20 || (unit >= 0x7F && unit < 0xA0) || c.isSurrogate() || unit == 0xFFFE ||
                unit == 0xFFFF || (unit >= 0x202A && unit <= 0x202E) ||
                (unit >= 0x2066 && unit <= 0x2069))
                return line;
        }
        if (!syntax.match(line).hasMatch() && !located.match(line).hasMatch() &&
            !unknownAtTheTop.match(line).hasMatch() && !more.match(line).hasMatch() &&
            line != notAnObject)
            return line;
    }
    return {};
}

// The project as storage keeps it: the status log in the order of its times (a stable sort,
// so equal times keep the document's order).
ProjectBundle asStored(ProjectBundle bundle)
{
    std::stable_sort(
        bundle.statusUpdates.begin(), bundle.statusUpdates.end(),
        [](const StatusUpdate &a, const StatusUpdate &b) { return a.recordedAt < b.recordedAt; });
    return bundle;
}

QByteArray seedFile(const char *name)
{
    QFile file(TestSupport::seedFile(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutatedDocumentsAreRefusedClearlyOrKeepTheirMeaning();

private:
    // Empty when portfolio keeps its meaning through the writer and the database; otherwise
    // what went wrong. stored tells whether it reached the database (a document may refer to
    // organisations and knowledge sources it does not carry, which a new database lacks).
    QString roundTrip(const Portfolio &portfolio, bool &stored);

    QTemporaryDir m_folder;
    QString m_template; // a migrated, empty SQLite database, copied for each accepted mutant
};

void TestFuzz::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_template = m_folder.filePath(QStringLiteral("template.sqlite"));
    auto database = Storage::Database::open(Storage::ConnectionSettings::sqlite(m_template));
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    auto migrated = Storage::Migrations::migrate(*database.value());
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
    database.value().reset(); // closed: the file alone is the whole database
}

QString TestFuzz::roundTrip(const Portfolio &portfolio, bool &stored)
{
    stored = false;
    // Through the writer
    const auto again =
        Exchange::JsonReader::read(Exchange::JsonWriter::toJson(portfolio, ExportedAt));
    if (!again)
        return QStringLiteral("its export is refused: ") + again.error().message;
    QStringList differences = TestSupport::differences(portfolio, again.value());
    if (!differences.isEmpty())
        return QStringLiteral("its export reads differently: ") +
               differences.join(QLatin1Char('\n'));

    // Into a new database and back
    TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    if (!QFile::copy(m_template, scratch.settings().file))
        return QStringLiteral("cannot copy the template database");
    auto database = Storage::Database::open(scratch.settings());
    if (!database)
        return database.error().message;
    auto migrated = Storage::Migrations::migrate(*database.value());
    if (!migrated)
        return migrated.error().message;
    // A scratch file need not survive a power cut: without waiting for the disk, the few
    // hundred databases take a second instead of several.
    QSqlQuery(database.value()->connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    auto imported =
        Storage::SqlPortfolioRepository(*database.value()).importPortfolio(again.value());
    if (!imported) {
        static const QRegularExpression outside(QStringLiteral(
            "\\A\\S+: refers to the (?:organisation|knowledge source) [0-9a-f-]{36}, "
            "which does not exist\\z"));
        for (const QString &line : imported.error().message.split(QLatin1Char('\n'))) {
            if (!outside.match(line).hasMatch())
                return QStringLiteral("the database refuses it: ") + imported.error().message;
        }
        return {}; // it refers to what only another database holds
    }
    stored = true;

    for (const ProjectBundle &expected : portfolio.projects) {
        auto project =
            Storage::SqlProjectRepository(*database.value()).projectByUuid(expected.project.uuid);
        if (!project)
            return project.error().message;
        auto bundle = Storage::SqlPortfolioRepository(*database.value()).projectBundle(project->id);
        if (!bundle)
            return bundle.error().message;
        differences += TestSupport::differences(asStored(expected), bundle.value());
    }
    auto organisations = Storage::SqlOrganisationRepository(*database.value()).organisations();
    auto sources = Storage::SqlKnowledgeSourceRepository(*database.value()).knowledgeSources();
    if (!organisations || !sources)
        return QStringLiteral("cannot read the organisations or knowledge sources back");
    differences += TestSupport::differences(TestSupport::sortedByUuid(portfolio.organisations),
                                            TestSupport::sortedByUuid(organisations.value()));
    differences += TestSupport::differences(TestSupport::sortedByUuid(portfolio.knowledgeSources),
                                            TestSupport::sortedByUuid(sources.value()));
    if (!differences.isEmpty())
        return QStringLiteral("it reads back differently from the database: ") +
               differences.join(QLatin1Char('\n'));
    return {};
}

void TestFuzz::mutatedDocumentsAreRefusedClearlyOrKeepTheirMeaning()
{
    // GIVEN valid documents: the two seed files and the sample portfolio as the writer writes it
    const QVector<QByteArray> bases{
        seedFile("nord-trondelag.json"), seedFile("knowledge-library.json"),
        Exchange::JsonWriter::toJson(TestSupport::samplePortfolio(), ExportedAt)};
    for (const QByteArray &base : bases)
        QVERIFY(Exchange::JsonReader::read(base));

    TestSupport::Mutator mutator(Seed);
    int accepted = 0;
    int stored = 0;
    int refused = 0;
    for (int i = 0; i < MutantCount; ++i) {
        // WHEN a mutant is read, at once and from a device in small pieces
        const auto [document, what] = mutator.mutate(bases.at(i % bases.size()));
        const QString mutant = QStringLiteral("mutant %1 (%2)").arg(i).arg(what);
        const auto read = Exchange::JsonReader::read(document);
        TestSupport::ChunkedDevice device(document, 1 + mutator.below(4096));
        const auto pieces = Exchange::JsonReader::read(device);
        QVERIFY2(bool(pieces) == bool(read) &&
                     (read ? TestSupport::differences(read.value(), pieces.value()).isEmpty()
                           : pieces.error().message == read.error().message),
                 qPrintable(mutant + QStringLiteral(": read in pieces, it reads differently")));

        // THEN it is refused, every line naming a place and nothing that steers a terminal
        if (!read) {
            ++refused;
            QCOMPARE(read.error().kind, Error::Kind::Format);
            const QString line = badLine(read.error().message);
            QVERIFY2(
                line.isEmpty(),
                qPrintable(mutant +
                           QStringLiteral(": a bad line in the "
                                          "refusal: ") +
                           QString::fromLatin1(line.toUtf8().toPercentEncoding(" :[]().,\"'"))));
            continue;
        }
        // OR it is accepted and keeps its meaning through the writer and the database
        ++accepted;
        bool reachedDatabase = false;
        const QString failure = roundTrip(read.value(), reachedDatabase);
        QVERIFY2(failure.isEmpty(), qPrintable(mutant + QStringLiteral(": ") + failure));
        stored += reachedDatabase ? 1 : 0;
    }

    qInfo("%d mutants: %d accepted (%d of them stored and read back, the others refer to "
          "entities outside the file), %d refused",
          MutantCount, accepted, stored, refused);
    // A good share must be accepted, or the round trip is hardly tested.
    QVERIFY2(accepted * 5 >= MutantCount, "fewer than 20 % of the mutants were accepted");
    QVERIFY2(stored * 2 >= accepted, "fewer than half of the accepted mutants were stored");
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
