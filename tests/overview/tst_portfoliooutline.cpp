#include "app/workspace.h"
#include "models/overview/portfoliorow.h"
#include "models/overview/rowcache.h"
#include "models/overview/source.h"
#include "models/overview/statusjson.h"
#include "models/storage/transaction.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/generatedportfolio.h"
#include "tests/support/overviewfixture.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/testportfolios.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace TestSupport;

// The portfolio read in outline (every project at once, PortfolioRepository::projectOutlines)
// gives exactly the figures of the portfolio read one whole project at a time: every row, and
// every figure of the status command's summary of each project, on many days, for the seed,
// the sample portfolio, the overview's fixture and a generated portfolio, before and after
// edits; on SQLite and on PostgreSQL (SAMSPILL_TEST_DRIVER). And the rows kept between reads
// (Overview::RowCache) are those of a whole read after every change, made through this
// connection or another one, while only the changed projects' rows are computed again.
class TestPortfolioOutline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outlinesHaveTheFiguresOfWholeProjects_data();
    void outlinesHaveTheFiguresOfWholeProjects();
    void afterEditsTooTheyAgree();
    void keptRowsFollowEveryChange();
    void rowsKeptBetweenPrograms();
    void keptRowsReadBackExactly();
    void aReaderWithoutWriteAccessKeepsNone();
    void aRowHoldsUntilItsHorizon();
    void keptRowsHoldUntilTheirHorizon();

private:
    struct Tally
    {
        int projects = 0;
        int red = 0;
        int flagged = 0; // open decisions and deviations
        int dated = 0;   // projects with a status update
    };
    // The rows and summaries read in outline equal those read whole, on the day, in the state.
    void agree(const Overview::Settings &settings, Overview::Source::State state, Tally *tally);
    void compareOnEveryDay();
    // The rows read through the cache equal those read whole, and so many were computed.
    // With keptIn, through the rows kept in that workspace's database (Domain::KeptRows);
    // computed -1: any number.
    void keptAgree(Overview::RowCache &cache, const Overview::Settings &settings, int computed,
                   App::Workspace *keptIn = nullptr);
    Overview::Source source(App::Workspace *keptIn = nullptr);
    int keptRows(const QString &where = QString()) const;

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<App::Workspace> m_workspace;
};

namespace {

QString deadlineText(const std::optional<Overview::Deadline> &deadline)
{
    if (!deadline)
        return QStringLiteral("none");
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(int(deadline->kind))
        .arg(deadline->date.toCode(), deadline->title, deadline->uuid.toString(),
             deadline->measure.toString());
}

// Every field of a row, as text.
QString rowText(const Overview::PortfolioRow &row)
{
    const Domain::Project &p = row.project;
    QStringList sources;
    for (const QUuid &uuid : p.knowledgeSourceUuids)
        sources.append(uuid.toString());
    return QStringList{p.uuid.toString(),
                       QString::number(p.id.value),
                       p.name,
                       p.shortName,
                       p.region,
                       p.description,
                       p.start.toString(Qt::ISODate),
                       p.end.toString(Qt::ISODate),
                       Domain::toCode(p.status),
                       p.fundingNotes,
                       QString::number(p.version),
                       sources.join(QLatin1Char(',')),
                       Domain::toCode(row.rag),
                       row.reason,
                       row.progress ? QString::number(*row.progress) : QStringLiteral("-"),
                       QString::number(row.measures),
                       QString::number(row.red),
                       QString::number(row.amber),
                       QString::number(row.overdue),
                       QString::number(row.notRated),
                       row.lastUpdate.toString(Qt::ISODateWithMs),
                       deadlineText(row.nextDeadline),
                       row.recordedFrom.toString(Qt::ISODateWithMs)}
        .join(QStringLiteral(" | "));
}

QString summaryText(const Overview::ProjectFigures &figures)
{
    return QString::fromUtf8(
        QJsonDocument(Overview::StatusJson::project(figures, Overview::StatusJson::Detail::Summary))
            .toJson(QJsonDocument::Compact));
}

// Status updates as text, with every field.
QStringList updates(const QVector<Domain::StatusUpdate> &list)
{
    QStringList result;
    for (const Domain::StatusUpdate &u : list) {
        result.append(QStringList{u.uuid.toString(), u.measureUuid.toString(),
                                  u.recordedAt.toString(Qt::ISODateWithMs), u.author, u.text,
                                  u.newStatus ? Domain::toCode(*u.newStatus) : QString(),
                                  QString::number(u.newProgress.value_or(-1)),
                                  QString::number(u.deviation), QString::number(u.decisionNeeded)}
                          .join(QLatin1Char('|')));
    }
    return result;
}

QString failureOf(const Domain::Result<Overview::PortfolioFigures> &result)
{
    return result ? QString() : result.error().message;
}

Domain::StatusUpdate update(const QUuid &measure, const QDateTime &at)
{
    Domain::StatusUpdate update;
    update.uuid = QUuid::createUuid();
    update.measureUuid = measure;
    update.recordedAt = at;
    update.author = QStringLiteral("Prosjektleder");
    update.text = QStringLiteral("Statusmøte");
    return update;
}

QDateTime utc(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

} // namespace

Overview::Source TestPortfolioOutline::source(App::Workspace *keptIn)
{
    return Overview::Source({&m_workspace->projects(), &m_workspace->portfolio(),
                             &m_workspace->history(), &m_workspace->organisations(),
                             keptIn ? &keptIn->keptRows() : nullptr});
}

int TestPortfolioOutline::keptRows(const QString &where) const
{
    return StorageHelpers::countOf(
        m_scratch->settings(),
        QStringLiteral("SELECT COUNT(*) FROM portfolio_row") +
            (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
}

void TestPortfolioOutline::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
    m_scratch = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    auto workspace = App::Workspace::open(m_scratch->settings()); // with the seed
    QVERIFY2(workspace, failure(workspace));
    m_workspace = std::move(workspace).value();
    auto sample = m_workspace->portfolio().importPortfolio(samplePortfolio());
    QVERIFY2(sample, failure(sample));
    auto fixture = m_workspace->portfolio().importPortfolio(OverviewFixture::portfolio());
    QVERIFY2(fixture, failure(fixture));
    auto generated = m_workspace->portfolio().importPortfolio(generatedPortfolio(12, 25));
    QVERIFY2(generated, failure(generated));
}

void TestPortfolioOutline::outlinesHaveTheFiguresOfWholeProjects_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("staleDays");
    // The seed's period, the fixture's day, the generated projects' periods, after all of
    // them, and today.
    QTest::newRow("2010-06-30") << QDate(2010, 6, 30) << 90;
    QTest::newRow("fixture's day") << OverviewFixture::day << 90;
    QTest::newRow("fixture's day, 30 days stale") << OverviewFixture::day << 30;
    QTest::newRow("2021-06-15") << QDate(2021, 6, 15) << 90;
    QTest::newRow("2022-03-01, 30 days stale") << QDate(2022, 3, 1) << 30;
    QTest::newRow("2030-01-01") << QDate(2030, 1, 1) << 90;
    QTest::newRow("today") << QDate::currentDate() << 90;
}

void TestPortfolioOutline::outlinesHaveTheFiguresOfWholeProjects()
{
    QFETCH(QDate, day);
    QFETCH(int, staleDays);
    for (const auto state : {Overview::Source::State::Stored, Overview::Source::State::AsOfDay}) {
        Tally tally;
        agree({day, staleDays}, state, &tally);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(tally.projects, 1 + 2 + 1 + 12); // the seed, sample, fixture, generated
        // Not agreement on nothing: the portfolio has red measures, open flags and logs.
        if (day >= OverviewFixture::day)
            QVERIFY(tally.red > 0);
        if (day >= QDate(2021, 6, 15))
            QVERIFY(tally.flagged > 0 && tally.dated >= 12);
    }
}

void TestPortfolioOutline::afterEditsTooTheyAgree()
{
    Domain::EditRepository &edits = m_workspace->edits();
    auto projects = m_workspace->projects().projects();
    QVERIFY2(projects, failure(projects));
    const auto find = [&](const QString &name) {
        for (const Domain::Project &p : projects.value()) {
            if (p.name == name)
                return p;
        }
        return Domain::Project();
    };
    const Domain::Project fixture = find(OverviewFixture::name);
    QVERIFY(fixture.id.isValid());
    auto fixtureBundle = m_workspace->portfolio().projectBundle(fixture.id);
    QVERIFY2(fixtureBundle, failure(fixtureBundle));
    const Domain::Project generated = projects->constLast();
    auto generatedBundle = m_workspace->portfolio().projectBundle(generated.id);
    QVERIFY2(generatedBundle, failure(generatedBundle));
    QVERIFY(generatedBundle->measures.size() >= 3);

    // A measure completed by a status update that asks for a decision.
    const Domain::Measure first = fixtureBundle->measures.constFirst();
    Domain::StatusUpdate completed = update(first.uuid, utc(OverviewFixture::day, 9));
    completed.newStatus = Domain::Status::Completed;
    completed.newProgress = 100;
    completed.decisionNeeded = true;
    auto recorded = edits.recordStatusUpdate(fixture.uuid, completed, first.version);
    QVERIFY2(recorded, failure(recorded));
    // Two updates about the project as a whole at the same moment, the later stored with a
    // deviation; and two about one measure at the same moment, the later closing its flag.
    Domain::StatusUpdate whole = update(QUuid(), utc(OverviewFixture::day, 8));
    QVERIFY(edits.recordStatusUpdate(fixture.uuid, whole, fixture.version));
    whole.uuid = QUuid::createUuid();
    whole.deviation = true;
    QVERIFY(edits.recordStatusUpdate(fixture.uuid, whole, fixture.version));
    const Domain::Measure other = generatedBundle->measures.at(1);
    Domain::StatusUpdate flagged = update(other.uuid, utc(QDate(2022, 2, 1), 12));
    flagged.decisionNeeded = true;
    QVERIFY(edits.recordStatusUpdate(generated.uuid, flagged, other.version));
    flagged.uuid = QUuid::createUuid();
    flagged.decisionNeeded = false;
    flagged.deviation = true;
    QVERIFY(edits.recordStatusUpdate(generated.uuid, flagged, other.version));
    // An update dated after today counts only from its day on.
    const auto running = std::find_if(
        generatedBundle->measures.cbegin() + 2, generatedBundle->measures.cend(),
        [](const Domain::Measure &m) { return m.status == Domain::Status::InProgress; });
    QVERIFY(running != generatedBundle->measures.cend());
    Domain::StatusUpdate later = update(running->uuid, utc(QDate::currentDate().addDays(10), 12));
    later.newProgress = 95;
    auto laterRecorded = edits.recordStatusUpdate(generated.uuid, later, running->version);
    QVERIFY2(laterRecorded, failure(laterRecorded));
    // An open activity done, a measure's end moved, a measure removed.
    const Domain::Measure withActivities = *running;
    auto stored = edits.measure(withActivities.uuid);
    QVERIFY2(stored, failure(stored));
    for (Domain::Activity activity : stored->activities) {
        if (activity.done)
            continue;
        activity.done = true;
        auto done = edits.updateActivity(activity);
        QVERIFY2(done, failure(done));
        break;
    }
    stored = edits.measure(withActivities.uuid);
    QVERIFY2(stored, failure(stored));
    Domain::Measure moved = stored.value();
    moved.plannedEnd = Domain::PlanDate::halfYear(2021, 2);
    auto saved = edits.updateMeasure(moved);
    QVERIFY2(saved, failure(saved));
    const Domain::Measure gone = generatedBundle->measures.constFirst();
    auto removed = edits.remove(Domain::EntityKind::Measure, gone.uuid, gone.version);
    QVERIFY2(removed, failure(removed));

    compareOnEveryDay();
    if (QTest::currentTestFailed())
        return;
    // Undone again, the figures still agree.
    QVERIFY(edits.restore(removed.value()));
    QVERIFY(edits.withdrawStatusUpdate(recorded.value()));
    compareOnEveryDay();
}

void TestPortfolioOutline::keptRowsFollowEveryChange()
{
    auto projects = m_workspace->projects().projects();
    QVERIFY2(projects, failure(projects));
    const int all = int(projects->size());
    Overview::RowCache cache;
    const Overview::Settings day{QDate(2022, 2, 1), 60};
    keptAgree(cache, day, all); // the first read computes every row
    if (QTest::currentTestFailed())
        return;
    keptAgree(cache, day, 0); // nothing changed: every row kept
    if (QTest::currentTestFailed())
        return;

    // A status update through this connection: that project alone.
    const Domain::Project generated = projects->constLast();
    auto bundle = m_workspace->portfolio().projectBundle(generated.id);
    QVERIFY2(bundle, failure(bundle));
    QVERIFY(bundle->measures.size() >= 3);
    const Domain::Measure measure = bundle->measures.at(2);
    Domain::StatusUpdate flagged = update(measure.uuid, utc(QDate(2022, 1, 20), 12));
    flagged.newStatus = Domain::Status::Postponed;
    flagged.decisionNeeded = true;
    auto recorded =
        m_workspace->edits().recordStatusUpdate(generated.uuid, flagged, measure.version);
    QVERIFY2(recorded, failure(recorded));
    keptAgree(cache, day, 1);
    if (QTest::currentTestFailed())
        return;

    // Through another connection to the same database: a measure's end moved in one project,
    // a measure removed from another, and a project brought in.
    auto other = App::Workspace::open(m_scratch->settings(), App::Workspace::Seeding::Never);
    QVERIFY2(other, failure(other));
    Domain::EditRepository &edits = other.value()->edits();
    const Domain::Project seed = projects->constFirst();
    auto seedBundle = other.value()->portfolio().projectBundle(seed.id);
    QVERIFY2(seedBundle, failure(seedBundle));
    QVERIFY(!seedBundle->measures.isEmpty());
    auto moved = edits.measure(seedBundle->measures.constFirst().uuid);
    QVERIFY2(moved, failure(moved));
    moved->plannedEnd = Domain::PlanDate::day(QDate(2021, 12, 31));
    moved->status = Domain::Status::InProgress;
    QVERIFY(edits.updateMeasure(moved.value()));
    const Domain::Project sample = projects->at(1);
    auto sampleBundle = other.value()->portfolio().projectBundle(sample.id);
    QVERIFY2(sampleBundle, failure(sampleBundle));
    QVERIFY(!sampleBundle->measures.isEmpty());
    const Domain::Measure gone = sampleBundle->measures.constLast();
    auto removed = edits.remove(Domain::EntityKind::Measure, gone.uuid, gone.version);
    QVERIFY2(removed, failure(removed));
    auto added = other.value()->portfolio().importPortfolio(generatedPortfolio(1, 10, 40));
    QVERIFY2(added, failure(added));
    keptAgree(cache, day, 3);
    if (QTest::currentTestFailed())
        return;

    // Undone here, and a whole project removed there: the one left is computed again.
    QVERIFY(m_workspace->edits().restore(removed.value()));
    QVERIFY(m_workspace->edits().withdrawStatusUpdate(recorded.value()));
    auto latest = other.value()->projects().projects();
    QVERIFY2(latest, failure(latest));
    const Domain::Project newest = latest->constLast();
    QVERIFY(edits.remove(Domain::EntityKind::Project, newest.uuid, newest.version));
    keptAgree(cache, day, 2);
    if (QTest::currentTestFailed())
        return;
    auto after = m_workspace->projects().projects();
    QVERIFY2(after, failure(after));
    QCOMPARE(int(after->size()), all);

    // Another day, or another number of stale days: every row again.
    keptAgree(cache, {QDate::currentDate(), 60}, all);
    if (QTest::currentTestFailed())
        return;
    keptAgree(cache, {QDate::currentDate(), 90}, all);
    if (QTest::currentTestFailed())
        return;
    keptAgree(cache, {QDate::currentDate(), 90}, 0);
}

// What one program computes is kept in the database, and the next program (another connection
// with a cache of its own) takes it: computing only what changed since, wherever it changed.
void TestPortfolioOutline::rowsKeptBetweenPrograms()
{
    auto projects = m_workspace->projects().projects();
    QVERIFY2(projects, failure(projects));
    const int all = int(projects->size());
    const Overview::Settings day{QDate(2022, 3, 1), 60};
    Overview::RowCache first;
    keptAgree(first, day, all, m_workspace.get()); // nothing kept yet: every row computed
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keptRows(), all);

    auto other = App::Workspace::open(m_scratch->settings(), App::Workspace::Seeding::Never);
    QVERIFY2(other, failure(other));
    App::Workspace *next = other.value().get();
    Overview::RowCache second;
    keptAgree(second, day, 0, next); // the next program: every row kept
    if (QTest::currentTestFailed())
        return;

    // A measure moved on in one project, here: the next program computes that one alone, and
    // keeps it for the one after.
    const Domain::Project changing = projects->at(1);
    auto bundle = m_workspace->portfolio().projectBundle(changing.id);
    QVERIFY2(bundle, failure(bundle));
    QVERIFY(!bundle->measures.isEmpty());
    Domain::Measure measure = bundle->measures.constFirst();
    measure.status = Domain::Status::Completed;
    measure.progress = 100;
    auto saved = m_workspace->edits().updateMeasure(measure);
    QVERIFY2(saved, failure(saved));
    keptAgree(second, day, 1, next);
    if (QTest::currentTestFailed())
        return;
    Overview::RowCache third;
    keptAgree(third, day, 0, m_workspace.get());
    if (QTest::currentTestFailed())
        return;

    // A kept row cut short (a damaged page, another program's write): computed again.
    const QString changed =
        QStringLiteral("project_uuid = '%1'").arg(changing.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(executeRaw(m_scratch->settings(),
                        {QStringLiteral("UPDATE portfolio_row SET payload = substr(payload, 1, 9)"
                                        " WHERE ") +
                         changed}),
             QString());
    Overview::RowCache fourth;
    keptAgree(fourth, day, 1, next);
    if (QTest::currentTestFailed())
        return;

    // The reasons are words and the dates are the locale's: in another language every row is
    // computed again, and only that language's rows are kept.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom) == before
                            ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    Overview::RowCache otherLanguage;
    keptAgree(otherLanguage, day, all, next);
    QLocale::setDefault(before);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keptRows(), all);

    Overview::RowCache back; // and back in this one: every row again
    keptAgree(back, day, all, next);
    if (QTest::currentTestFailed())
        return;

    // The next day: only the rows whose horizon has come are computed again. A project removed
    // meanwhile takes its kept row along at the next keeping.
    Overview::RowCache nextDay;
    keptAgree(nextDay, {day.day.addDays(1), 60}, -1, next);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(nextDay.computed() < all, qPrintable(QString::number(nextDay.computed())));

    auto added = m_workspace->portfolio().importPortfolio(generatedPortfolio(1, 5, 77));
    QVERIFY2(added, failure(added));
    Overview::RowCache withAdded;
    keptAgree(withAdded, {day.day.addDays(1), 60}, 1, m_workspace.get());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keptRows(), all + 1);
    auto latest = m_workspace->projects().projects();
    QVERIFY2(latest, failure(latest));
    const Domain::Project newest = latest->constLast();
    QVERIFY(m_workspace->edits().remove(Domain::EntityKind::Project, newest.uuid, newest.version));
    keptAgree(withAdded, {day.day.addDays(1), 60}, 0, m_workspace.get());
    if (QTest::currentTestFailed())
        return;
    Domain::Measure again = saved.value();
    again.status = Domain::Status::InProgress;
    again.progress = 90;
    QVERIFY(m_workspace->edits().updateMeasure(again));
    keptAgree(withAdded, {day.day.addDays(1), 60}, 1, m_workspace.get());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keptRows(), all);
}

// A kept row reads back as the row it was, and bytes that are no such row are not taken for one.
void TestPortfolioOutline::keptRowsReadBackExactly()
{
    auto whole = source().portfolio({QDate(2022, 2, 1), 60}, Overview::Source::State::Stored,
                                    [](const Overview::ProjectFigures &) {});
    QVERIFY2(whole, qPrintable(failureOf(whole)));
    int withDeadline = 0;
    for (const Overview::PortfolioRow &row : std::as_const(whole->rows)) {
        const auto back = Overview::PortfolioRow::fromKept(row.toKept(), row.project);
        QVERIFY(back);
        QCOMPARE(rowText(back.value()), rowText(row));
        withDeadline += row.nextDeadline ? 1 : 0;
    }
    QVERIFY(withDeadline > 0);

    Overview::PortfolioRow sample = whole->rows.constFirst();
    sample.progress = 40;
    sample.nextDeadline = Overview::Deadline{
        Overview::Deadline::Kind::Activity, Domain::PlanDate::halfYear(2012, 2),
        QStringLiteral("Kurs <b>høsten</b>"), QUuid::createUuid(), QUuid::createUuid()};
    const QByteArray bytes = sample.toKept();
    QVERIFY(Overview::PortfolioRow::fromKept(bytes, sample.project));
    const QCborMap map = QCborValue::fromCbor(bytes).toMap();
    const QCborMap deadline = map.value(9).toMap();
    const auto changed = [&map](int key, const QCborValue &value) {
        QCborMap copy = map;
        copy.insert(key, value);
        return copy.toCborValue().toCbor();
    };
    const auto deadlineChanged = [&](int key, const QCborValue &value) {
        QCborMap copy = deadline;
        copy.insert(key, value);
        return changed(9, copy);
    };
    const QVector<QByteArray> hostile{
        {},
        QByteArray("not a row"),
        bytes.left(bytes.size() / 2),
        QCborArray{1, 2, 3}.toCborValue().toCbor(),
        changed(0, 7),                           // no such light
        changed(0, QStringLiteral("red")),       // not a number
        changed(1, 3),                           // a reason that is no text
        changed(2, 101),                         // progress past 100
        changed(4, -1),                          // a negative count
        changed(3, QCborValue(qint64(1) << 40)), // more measures than a count holds
        changed(8, QStringLiteral("yesterday")), // no time
        deadlineChanged(1, QStringLiteral("2012-H3")),
        deadlineChanged(0, 9),
        deadlineChanged(3, QStringLiteral("no uuid")),
    };
    for (const QByteArray &bad : hostile)
        QVERIFY2(!Overview::PortfolioRow::fromKept(bad, sample.project), bad.toHex().constData());
}

// A database this program may only read: the rows kept there are taken, what is computed is
// shown and not kept, and nothing fails. The same while another program holds SQLite's write
// lock: the rows are not kept, and the read does not wait for the other program.
void TestPortfolioOutline::aReaderWithoutWriteAccessKeepsNone()
{
    auto opened =
        Storage::Database::open(m_scratch->settings(), Storage::Database::Access::ReadOnly);
    QVERIFY2(opened, failure(opened));
    Storage::Database &database = *opened.value();
    Storage::SqlProjectRepository projects(database);
    Storage::SqlPortfolioRepository portfolio(database);
    Storage::SqlHistoryRepository history(database);
    Storage::SqlOrganisationRepository organisations(database);
    Storage::SqlKeptRows kept(database);
    Overview::Source reader({&projects, &portfolio, &history, &organisations, &kept});
    QCOMPARE(executeRaw(m_scratch->settings(), {QStringLiteral("DELETE FROM portfolio_row")}),
             QString());
    const int before = keptRows();
    const QStringList dumped = dumpData(m_scratch->settings());
    const Overview::Settings day{QDate(2022, 4, 1), 60};
    Overview::RowCache cache;
    auto read = reader.portfolio(day, cache);
    QVERIFY2(read, qPrintable(failureOf(read)));
    QCOMPARE(cache.computed(), int(read->rows.size()));
    auto whole = source().portfolio(day, Overview::Source::State::Stored,
                                    [](const Overview::ProjectFigures &) {});
    QVERIFY2(whole, qPrintable(failureOf(whole)));
    QCOMPARE(read->rows.size(), whole->rows.size());
    for (int i = 0; i < whole->rows.size(); ++i)
        QCOMPARE(rowText(read->rows.at(i)), rowText(whole->rows.at(i)));
    QCOMPARE(dumpData(m_scratch->settings()), dumped);
    QCOMPARE(keptRows(), before);

    if (driverUnderTest() != Storage::ConnectionSettings::Driver::Sqlite)
        return;
    auto writer = App::Workspace::open(m_scratch->settings(), App::Workspace::Seeding::Never);
    QVERIFY2(writer, failure(writer));
    Storage::Transaction writing(writer.value()->database());
    QVERIFY(writing.started());
    QVERIFY(writer.value()->edits().updateProject(whole->rows.constFirst().project));
    Overview::RowCache whileWriting;
    keptAgree(whileWriting, {QDate(2022, 4, 2), 60}, int(whole->rows.size()), m_workspace.get());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(dumpData(m_scratch->settings()), dumped);
}

// A project's row is the same on every day from the day it was computed for until the day
// before its horizon (RowHorizon): computed day by day, for up to 400 days, from eight days.
void TestPortfolioOutline::aRowHoldsUntilItsHorizon()
{
    auto projects = m_workspace->projects().projects();
    QVERIFY2(projects, failure(projects));
    int held = 0;
    int bounded = 0;
    for (const Domain::Project &project : projects.value()) {
        auto bundle = m_workspace->portfolio().projectBundle(project.id);
        QVERIFY2(bundle, failure(bundle));
        for (const QDate from :
             {OverviewFixture::day, QDate(2010, 3, 1), QDate(2012, 6, 30), QDate(2012, 10, 15),
              QDate(2013, 6, 15), QDate(2022, 2, 1), QDate(2022, 6, 1), QDate::currentDate()}) {
            const Overview::ProjectFigures figures =
                Overview::ProjectFigures::of(bundle.value(), {}, {from, 60});
            const QString first = rowText(Overview::PortfolioRow::of(figures));
            QDate last = from.addDays(400);
            if (figures.rowUntil.isValid()) {
                QVERIFY(figures.rowUntil > from);
                last = std::min(last, figures.rowUntil.addDays(-1));
                ++bounded;
            }
            for (QDate day = from.addDays(1); day <= last; day = day.addDays(1)) {
                const QString later = rowText(Overview::PortfolioRow::of(
                    Overview::ProjectFigures::of(bundle.value(), {}, {day, 60})));
                QVERIFY2(
                    later == first,
                    qPrintable(QStringLiteral("%1 from %2, on %3 (horizon %4):\n%5\n%6")
                                   .arg(project.shortName, from.toString(Qt::ISODate),
                                        day.toString(Qt::ISODate),
                                        figures.rowUntil.toString(Qt::ISODate), first, later)));
                ++held;
            }
        }
    }
    QVERIFY2(held > 1000, qPrintable(QString::number(held)));
    QVERIFY(bounded > 0);
}

// Rows kept on one day are taken on the days after it until their horizon, agreeing with a
// whole read on each of them; a status update dated later (which an outline leaves out) ends
// its project's rows on the day it is shown.
void TestPortfolioOutline::keptRowsHoldUntilTheirHorizon()
{
    QCOMPARE(executeRaw(m_scratch->settings(), {QStringLiteral("DELETE FROM portfolio_row")}),
             QString());
    auto projects = m_workspace->projects().projects();
    QVERIFY2(projects, failure(projects));
    const int all = int(projects->size());
    const QDate from(2022, 3, 10);
    const Domain::Project generated = projects->constLast();
    auto bundle = m_workspace->portfolio().projectBundle(generated.id);
    QVERIFY2(bundle, failure(bundle));
    QVERIFY(!bundle->measures.isEmpty());
    const Domain::Measure measure = bundle->measures.constFirst();
    Domain::StatusUpdate later = update(measure.uuid, utc(from.addDays(10), 12));
    later.decisionNeeded = true;
    auto recorded = m_workspace->edits().recordStatusUpdate(generated.uuid, later, measure.version);
    QVERIFY2(recorded, failure(recorded));

    Overview::RowCache first;
    keptAgree(first, {from, 60}, all, m_workspace.get());
    if (QTest::currentTestFailed())
        return;
    int taken = 0;
    for (const int days : {1, 2, 9, 10, 11, 30, 61, 200, 400}) {
        Overview::RowCache cache;
        keptAgree(cache, {from.addDays(days), 60}, -1, m_workspace.get());
        if (QTest::currentTestFailed())
            return;
        taken += all - cache.computed();
    }
    QVERIFY2(taken > all, qPrintable(QString::number(taken)));
    QVERIFY(m_workspace->edits().withdrawStatusUpdate(recorded.value()));
}

void TestPortfolioOutline::keptAgree(Overview::RowCache &cache, const Overview::Settings &settings,
                                     int computed, App::Workspace *keptIn)
{
    Overview::Source reader = source();
    auto kept =
        keptIn ? source(keptIn).portfolio(settings, cache) : reader.portfolio(settings, cache);
    QVERIFY2(kept, qPrintable(failureOf(kept)));
    if (computed >= 0)
        QCOMPARE(cache.computed(), computed);
    auto whole = reader.portfolio(settings, Overview::Source::State::Stored,
                                  [](const Overview::ProjectFigures &) {});
    QVERIFY2(whole, qPrintable(failureOf(whole)));
    QCOMPARE(kept->day, settings.day);
    QVERIFY(!kept->asOf);
    QCOMPARE(kept->rows.size(), whole->rows.size());
    for (int i = 0; i < whole->rows.size(); ++i)
        QCOMPARE(rowText(kept->rows.at(i)), rowText(whole->rows.at(i)));
}

void TestPortfolioOutline::compareOnEveryDay()
{
    for (const QDate day : {OverviewFixture::day, QDate(2022, 2, 1), QDate(2022, 6, 1),
                            QDate::currentDate().addDays(-1), QDate::currentDate(),
                            QDate::currentDate().addDays(30)}) {
        for (const auto state :
             {Overview::Source::State::Stored, Overview::Source::State::AsOfDay}) {
            agree({day, 60}, state, nullptr);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestPortfolioOutline::agree(const Overview::Settings &settings, Overview::Source::State state,
                                 Tally *tally)
{
    Overview::Source reader = source();
    QVector<Overview::ProjectFigures> whole;
    auto slow = reader.portfolio(settings, state,
                                 [&whole](const Overview::ProjectFigures &f) { whole.append(f); });
    QVERIFY2(slow, qPrintable(failureOf(slow)));
    QVector<Overview::ProjectFigures> outlined;
    auto fast = reader.portfolio(
        settings, state, [&outlined](const Overview::ProjectFigures &f) { outlined.append(f); },
        Overview::Source::Depth::Outline);
    QVERIFY2(fast, qPrintable(failureOf(fast)));
    auto rows = reader.portfolio(settings, state); // as the window reads it
    QVERIFY2(rows, qPrintable(failureOf(rows)));

    QCOMPARE(fast->rows.size(), slow->rows.size());
    QCOMPARE(rows->rows.size(), slow->rows.size());
    QCOMPARE(outlined.size(), whole.size());
    QCOMPARE(fast->day, settings.day);
    QCOMPARE(fast->asOf, state == Overview::Source::State::AsOfDay);
    for (int i = 0; i < slow->rows.size(); ++i) {
        const QString expected = rowText(slow->rows.at(i));
        QCOMPARE(rowText(fast->rows.at(i)), expected);
        QCOMPARE(rowText(rows->rows.at(i)), expected);
        QCOMPARE(summaryText(outlined.at(i)), summaryText(whole.at(i)));
        // Each measure as the rules see it on the day.
        QCOMPARE(outlined.at(i).measures.size(), whole.at(i).measures.size());
        for (int m = 0; m < whole.at(i).measures.size(); ++m) {
            const Overview::ProjectFigures::Measure &a = outlined.at(i).measures.at(m);
            const Overview::ProjectFigures::Measure &b = whole.at(i).measures.at(m);
            QCOMPARE(a.uuid, b.uuid);
            QCOMPARE(a.reason, b.reason);
            QCOMPARE(a.stale, b.stale);
            QCOMPARE(a.lastUpdate, b.lastUpdate);
        }
        QCOMPARE(updates(outlined.at(i).decisionsNeeded), updates(whole.at(i).decisionsNeeded));
        QCOMPARE(updates(outlined.at(i).deviations), updates(whole.at(i).deviations));
        QCOMPARE(outlined.at(i).upcomingMilestones.size(), whole.at(i).upcomingMilestones.size());
        QCOMPARE(outlined.at(i).overdueMilestones.size(), whole.at(i).overdueMilestones.size());
        // What an outline does not hold is left empty, never computed from part of it.
        QVERIFY(outlined.at(i).goals.isEmpty());
        QVERIFY(outlined.at(i).organisations.isEmpty());
        QVERIFY(outlined.at(i).progressOverTime.isEmpty());
        if (tally) {
            ++tally->projects;
            tally->red += slow->rows.at(i).red;
            tally->flagged +=
                int(whole.at(i).decisionsNeeded.size() + whole.at(i).deviations.size());
            tally->dated += slow->rows.at(i).lastUpdate.isValid() ? 1 : 0;
        }
    }
}

QTEST_GUILESS_MAIN(TestPortfolioOutline)
#include "tst_portfoliooutline.moc"
