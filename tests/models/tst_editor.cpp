// Models::Editor against a real database: SQLite (models_editor_sqlite) and PostgreSQL
// (models_editor_postgresql). Every kind of command is done, undone and redone, and after each
// step what is stored is compared with what was stored before it or after it, field by field.
// Then what a user meets: typing merged into one step, a change refused and not on the stack,
// someone else's change met on saving and on undoing.

#include "models/editor.h"
#include "models/storage/sqleditrepository.h"
#include "models/storage/sqlknowledgesourcerepository.h"
#include "models/storage/sqlorganisationrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Domain;
using Models::Editor;

namespace {

QUuid fixed(int n)
{
    return QUuid::fromString(
        QStringLiteral("5a3b0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

const QUuid ProjectA = fixed(100);
const QUuid ProjectB = fixed(300);

// Everything stored, as the exchange format sees it.
Portfolio stored(Storage::Database &database)
{
    Portfolio portfolio;
    if (auto organisations = Storage::SqlOrganisationRepository(database).organisations())
        portfolio.organisations = organisations.value();
    if (auto sources = Storage::SqlKnowledgeSourceRepository(database).knowledgeSources())
        portfolio.knowledgeSources = sources.value();
    auto projects = Storage::SqlProjectRepository(database).projects();
    if (!projects)
        return portfolio;
    for (const Project &project : projects.value()) {
        if (auto bundle = Storage::SqlPortfolioRepository(database).projectBundle(project.id))
            portfolio.projects.append(bundle.value());
    }
    return portfolio;
}

// An edit as the window makes one: reads what it changes through the repository (with its
// version), and asks the editor.
using Action = std::function<bool(Editor &, EditRepository &)>;

template <typename T>
T value(Result<T> result)
{
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result ? std::move(result).value() : T();
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStepIsUndoneAndRedoneExactly_data();
    void everyStepIsUndoneAndRedoneExactly();
    void typingInOneFieldIsOneStep();
    void typingBackToWhatWasStoredLeavesNoStep();
    void refusedChangeIsReportedAndNotOnTheStack();
    void stepsDeepInTheStackUndoInOrder();
    void someoneElsesChangeIsShownAndMineCanBeKept();
    void undoOfWhatSomeoneElseChangedSinceIsRefused();
    void textsNameTheFieldAndTheEntity();
};

void TestEditor::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

void TestEditor::everyStepIsUndoneAndRedoneExactly_data()
{
    QTest::addColumn<Action>("action");

    auto measure = [](EditRepository &r, int n) { return value(r.measure(fixed(n))); };
    auto goal = [](EditRepository &r, int n) { return value(r.goal(fixed(n))); };

    // --- create
    QTest::newRow("create organisation") << Action([](Editor &e, EditRepository &) {
        return e.create(QUuid(), Organisation{{},
                                              QUuid::createUuid(),
                                              QStringLiteral("Ny kommune"),
                                              OrganisationKind::Municipality,
                                              0});
    });
    QTest::newRow("create knowledge source") << Action([](Editor &e, EditRepository &) {
        KnowledgeSource source;
        source.uuid = QUuid::createUuid();
        source.title = QStringLiteral("Ny rapport");
        source.year = 2012;
        return e.create(QUuid(), source);
    });
    QTest::newRow("create project") << Action([](Editor &e, EditRepository &) {
        Project project;
        project.uuid = QUuid::createUuid();
        project.name = QStringLiteral("Nytt prosjekt");
        project.start = QDate(2025, 1, 1);
        return e.create(QUuid(), project);
    });
    QTest::newRow("create participant") << Action([](Editor &e, EditRepository &) {
        return e.create(
            ProjectB, Participant{{}, QUuid::createUuid(), fixed(2), ParticipantRole::Owner, 0}, 0);
    });
    QTest::newRow("create member by role alone") << Action([](Editor &e, EditRepository &) {
        return e.create(ProjectA, Member{{},
                                         QUuid::createUuid(),
                                         QString(),
                                         QStringLiteral("Fastlege"),
                                         fixed(1),
                                         Group::ReferenceGroup,
                                         0});
    });
    QTest::newRow("create sub-goal") << Action([](Editor &e, EditRepository &) {
        Goal sub{{}, QUuid::createUuid(), fixed(133), QStringLiteral("Delmål 1.1.2"), {}, 0};
        sub.indicators = {{{},
                           QUuid::createUuid(),
                           QStringLiteral("Antall"),
                           QString(),
                           0.0,
                           10.0,
                           std::nullopt,
                           PlanDate(),
                           0}};
        return e.create(ProjectA, sub, 0);
    });
    QTest::newRow("create indicator") << Action([](Editor &e, EditRepository &) {
        return e.create(fixed(136), Indicator{{},
                                              QUuid::createUuid(),
                                              QStringLiteral("Andel"),
                                              QStringLiteral("%"),
                                              5.0,
                                              50.0,
                                              20.0,
                                              PlanDate::quarter(2021, 2),
                                              0});
    });
    QTest::newRow("create measure") << Action([](Editor &e, EditRepository &) {
        Measure m;
        m.uuid = QUuid::createUuid();
        m.title = QStringLiteral("Hospitering");
        m.goalUuids = {fixed(135)};
        m.responsibleOrganisationUuids = {fixed(2)};
        m.plannedStart = PlanDate::halfYear(2021, 2);
        m.activities = {{{}, QUuid::createUuid(), QStringLiteral("Avtale"), PlanDate(), false, 0}};
        m.knowledgeSourceUuids = {fixed(11)};
        return e.create(ProjectA, m, 1);
    });
    QTest::newRow("create activity") << Action([](Editor &e, EditRepository &) {
        return e.create(fixed(150), Activity{{},
                                             QUuid::createUuid(),
                                             QStringLiteral("Ringe"),
                                             PlanDate::month(2021, 3),
                                             false,
                                             0});
    });
    QTest::newRow("create milestone") << Action([](Editor &e, EditRepository &) {
        return e.create(ProjectA, Milestone{{},
                                            QUuid::createUuid(),
                                            PlanDate::year(2022),
                                            QStringLiteral("Konferanse"),
                                            fixed(150),
                                            false,
                                            0});
    });
    QTest::newRow("create risk") << Action([](Editor &e, EditRepository &) {
        return e.create(ProjectA, Risk{{},
                                       QUuid::createUuid(),
                                       QStringLiteral("Lite tid"),
                                       4,
                                       2,
                                       QString(),
                                       QString(),
                                       0});
    });
    QTest::newRow("create budget line") << Action([](Editor &e, EditRepository &) {
        return e.create(
            ProjectA,
            BudgetLine{{}, QUuid::createUuid(), 2022, QStringLiteral("Kurs"), 1000000, 0, 0, 0});
    });

    // --- update
    QTest::newRow("update organisation") << Action([](Editor &e, EditRepository &r) {
        const Organisation before = value(r.organisation(fixed(1)));
        Organisation after = before;
        after.name = QStringLiteral("Testkommune Ås og Vestby");
        return e.update(before, after);
    });
    QTest::newRow("update knowledge source") << Action([](Editor &e, EditRepository &r) {
        const KnowledgeSource before = value(r.knowledgeSource(fixed(10)));
        KnowledgeSource after = before;
        after.year.reset();
        after.link.clear();
        return e.update(before, after);
    });
    QTest::newRow("update project") << Action([](Editor &e, EditRepository &r) {
        const Project before = value(r.project(ProjectA));
        Project after = before;
        after.end = QDate(2023, 6, 30);
        after.knowledgeSourceUuids = {fixed(11)};
        return e.update(before, after);
    });
    QTest::newRow("update participant") << Action([](Editor &e, EditRepository &r) {
        const Participant before = value(r.participant(fixed(111)));
        Participant after = before;
        after.role = ParticipantRole::Collaborator;
        return e.update(before, after);
    });
    QTest::newRow("update member") << Action([](Editor &e, EditRepository &r) {
        const Member before = value(r.member(fixed(121)));
        Member after = before;
        after.group = Group::ProjectGroup;
        after.name = QStringLiteral("Per");
        return e.update(before, after);
    });
    QTest::newRow("update goal with its indicators")
        << Action([goal](Editor &e, EditRepository &r) {
               const Goal before = goal(r, 130);
               Goal after = before;
               after.text = QStringLiteral("Hovedmål én, omskrevet");
               after.indicators.removeFirst();
               after.indicators.first().target = 99.5;
               return e.update(before, after);
           });
    QTest::newRow("update indicator") << Action([](Editor &e, EditRepository &r) {
        const Indicator before = value(r.indicator(fixed(132)));
        Indicator after = before;
        after.current = 7;
        after.measuredOn = PlanDate::halfYear(2021, 2);
        return e.update(before, after);
    });
    QTest::newRow("update measure with its activities")
        << Action([measure](Editor &e, EditRepository &r) {
               const Measure before = measure(r, 140);
               Measure after = before;
               after.status = Status::Postponed;
               after.plannedEnd = PlanDate::halfYear(2021, 2);
               after.goalUuids = {fixed(130)};
               after.activities[0].done = false;
               after.activities.removeAt(1);
               after.activities.append(
                   {{}, QUuid::createUuid(), QStringLiteral("Ny"), PlanDate(), true, 0});
               std::swap(after.activities[0], after.activities[1]);
               return e.update(before, after);
           });
    QTest::newRow("update activity") << Action([](Editor &e, EditRepository &r) {
        const Activity before = value(r.activity(fixed(142)));
        Activity after = before;
        after.done = true;
        return e.update(before, after);
    });
    QTest::newRow("update milestone") << Action([](Editor &e, EditRepository &r) {
        const Milestone before = value(r.milestone(fixed(171)));
        Milestone after = before;
        after.date = PlanDate::halfYear(2022, 2);
        after.measureUuid = fixed(160);
        return e.update(before, after);
    });
    QTest::newRow("update status update's words") << Action([](Editor &e, EditRepository &r) {
        const StatusUpdate before = value(r.statusUpdate(fixed(181)));
        StatusUpdate after = before;
        after.text = QStringLiteral("Forsinket – avvik meldt til styringsgruppa.");
        after.decisionNeeded = true;
        return e.update(before, after);
    });
    QTest::newRow("update risk") << Action([](Editor &e, EditRepository &r) {
        const Risk before = value(r.risk(fixed(190)));
        Risk after = before;
        after.impact = 2;
        return e.update(before, after);
    });
    QTest::newRow("update budget line") << Action([](Editor &e, EditRepository &r) {
        const BudgetLine before = value(r.budgetLine(fixed(201)));
        BudgetLine after = before;
        after.accountsOre = 2400050;
        return e.update(before, after);
    });

    // --- remove, with everything that hangs on it
    QTest::newRow("remove project") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.project(ProjectA))); });
    QTest::newRow("remove unused organisation") << Action([](Editor &e, EditRepository &) {
        const Organisation spare{
            {}, QUuid::createUuid(), QStringLiteral("Ubrukt"), OrganisationKind::Other, 0};
        return e.create(QUuid(), spare) && e.remove(value(e.repository().organisation(spare.uuid)));
    });
    QTest::newRow("remove participant") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.participant(fixed(110)))); });
    QTest::newRow("remove member") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.member(fixed(120)))); });
    QTest::newRow("remove goal with sub-goals and linked measures")
        << Action([goal](Editor &e, EditRepository &r) { return e.remove(goal(r, 130)); });
    QTest::newRow("remove indicator") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.indicator(fixed(131)))); });
    QTest::newRow("remove measure with activities, log and milestone")
        << Action([measure](Editor &e, EditRepository &r) { return e.remove(measure(r, 140)); });
    QTest::newRow("remove activity") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.activity(fixed(141)))); });
    QTest::newRow("remove milestone") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.milestone(fixed(170)))); });
    QTest::newRow("remove status update") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.statusUpdate(fixed(180)))); });
    QTest::newRow("remove risk") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.risk(fixed(190)))); });
    QTest::newRow("remove budget line") << Action(
        [](Editor &e, EditRepository &r) { return e.remove(value(r.budgetLine(fixed(200)))); });

    // --- move
    QTest::newRow("move measure") << Action(
        [measure](Editor &e, EditRepository &r) { return e.move(measure(r, 160), 0); });
    QTest::newRow("move activity") << Action(
        [](Editor &e, EditRepository &r) { return e.move(value(r.activity(fixed(143))), 0); });
    QTest::newRow("move member") << Action(
        [](Editor &e, EditRepository &r) { return e.move(value(r.member(fixed(122))), 1); });
    QTest::newRow("move participant") << Action(
        [](Editor &e, EditRepository &r) { return e.move(value(r.participant(fixed(112))), 0); });
    QTest::newRow("move indicator") << Action(
        [](Editor &e, EditRepository &r) { return e.move(value(r.indicator(fixed(132))), 0); });
    QTest::newRow("move milestone") << Action(
        [](Editor &e, EditRepository &r) { return e.move(value(r.milestone(fixed(171))), 0); });
    QTest::newRow("move risk") << Action([](Editor &e, EditRepository &r) {
        Risk second;
        second.uuid = QUuid::createUuid();
        second.description = QStringLiteral("Lite tid i kommunene");
        second.likelihood = 2;
        second.impact = 3;
        return e.create(ProjectA, second) && e.move(value(r.risk(fixed(190))), 1);
    });
    QTest::newRow("move budget line") << Action(
        [](Editor &e, EditRepository &r) { return e.move(value(r.budgetLine(fixed(201))), 0); });
    QTest::newRow("move goal under another (indent)")
        << Action([goal](Editor &e, EditRepository &r) {
               return e.moveGoal(goal(r, 136), fixed(130), Domain::AtEnd);
           });
    QTest::newRow("move sub-goal to the main goals (outdent)") << Action(
        [goal](Editor &e, EditRepository &r) { return e.moveGoal(goal(r, 133), QUuid(), 1); });

    // --- status updates
    QTest::newRow("status update of a measure") << Action([measure](Editor &e, EditRepository &r) {
        const Measure m = measure(r, 150);
        StatusUpdate update;
        update.uuid = QUuid::createUuid();
        update.measureUuid = m.uuid;
        update.recordedAt = QDateTime(QDate(2021, 5, 3), QTime(9, 15), Qt::UTC);
        update.author = QStringLiteral("Prosjektleder");
        update.text = QStringLiteral("Startet; halvveis.");
        update.newStatus = Status::InProgress;
        update.newProgress = 50;
        update.deviation = true;
        return e.recordStatusUpdate(ProjectA, update, m.version, m.title);
    });
    QTest::newRow("status update of the project") << Action([](Editor &e, EditRepository &r) {
        const Project p = value(r.project(ProjectB));
        StatusUpdate update;
        update.uuid = QUuid::createUuid();
        update.recordedAt = QDateTime(QDate(2021, 5, 3), QTime(9, 15), Qt::UTC);
        update.text = QStringLiteral("Prosjektet er i gang.");
        update.newStatus = Status::InProgress;
        update.decisionNeeded = true;
        return e.recordStatusUpdate(ProjectB, update, p.version, p.name);
    });
}

void TestEditor::everyStepIsUndoneAndRedoneExactly()
{
    QFETCH(Action, action);
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});
    QSignalSpy refused(&editor, &Editor::refused);
    const Portfolio before = stored(fixture.database());

    // done
    QVERIFY2(action(editor, repository),
             refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
    const Portfolio after = stored(fixture.database());
    // Every row changes what is stored, but one that creates an organisation and removes it
    // again ends where it began; its first undo brings the organisation back.
    const bool roundTrip = qstrcmp(QTest::currentDataTag(), "remove unused organisation") == 0;
    QCOMPARE(TestSupport::differences(before, after).isEmpty(), roundTrip);
    const int steps = editor.undoStack().count();
    if (roundTrip) {
        editor.undoStack().undo();
        QVERIFY(!TestSupport::differences(before, stored(fixture.database())).isEmpty());
        editor.undoStack().redo();
    }
    QVERIFY(steps >= 1);

    // undone, redone, undone, redone: each time exactly what was stored then
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < steps; ++i)
            editor.undoStack().undo();
        SAMSPILL_COMPARE_CONTENT(stored(fixture.database()), before);
        for (int i = 0; i < steps; ++i)
            editor.undoStack().redo();
        SAMSPILL_COMPARE_CONTENT(stored(fixture.database()), after);
    }
    QCOMPARE(refused.count(), 0);
    QCOMPARE(editor.undoStack().count(), steps);
}

void TestEditor::typingInOneFieldIsOneStep()
{
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});
    constexpr int TitleField = 0;

    const QString original = value(repository.measure(fixed(150))).title;
    for (const QString &typed :
         {QStringLiteral("U"), QStringLiteral("Ut"), QStringLiteral("Ute")}) {
        const Measure before = value(repository.measure(fixed(150)));
        Measure after = before;
        after.title = typed;
        QVERIFY(editor.update(before, after, TitleField));
    }
    QCOMPARE(editor.undoStack().count(), 1);
    QCOMPARE(value(repository.measure(fixed(150))).title, QStringLiteral("Ute"));

    // another field is a step of its own
    const Measure before = value(repository.measure(fixed(150)));
    Measure after = before;
    after.theme = QStringLiteral("Tema");
    QVERIFY(editor.update(before, after, 1));
    QCOMPARE(editor.undoStack().count(), 2);

    editor.undoStack().undo();
    editor.undoStack().undo();
    QCOMPARE(value(repository.measure(fixed(150))).title, original);
    editor.undoStack().redo();
    QCOMPARE(value(repository.measure(fixed(150))).title, QStringLiteral("Ute"));
}

void TestEditor::typingBackToWhatWasStoredLeavesNoStep()
{
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});

    const QString original = value(repository.measure(fixed(150))).title;
    for (const QString &typed : QStringList{original + QStringLiteral("x"), original}) {
        const Measure before = value(repository.measure(fixed(150)));
        Measure after = before;
        after.title = typed;
        QVERIFY(editor.update(before, after, 0));
    }
    QCOMPARE(editor.undoStack().count(), 0);
    QCOMPARE(value(repository.measure(fixed(150))).title, original);
}

void TestEditor::refusedChangeIsReportedAndNotOnTheStack()
{
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});
    QSignalSpy refused(&editor, &Editor::refused);
    QSignalSpy changed(&editor, &Editor::changed);
    const QStringList rows = fixture.dump();

    // a completed measure below 100 %
    const Measure before = value(repository.measure(fixed(150)));
    Measure after = before;
    after.status = Status::Completed;
    after.progress = 50;
    QVERIFY(!editor.update(before, after));
    // an organisation that projects still refer to
    QVERIFY(!editor.remove(value(repository.organisation(fixed(1)))));

    QCOMPARE(refused.count(), 2);
    QVERIFY(!refused.at(0).first().toString().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(editor.undoStack().count(), 0);
    QCOMPARE(fixture.dump(), rows);
}

void TestEditor::stepsDeepInTheStackUndoInOrder()
{
    // Versions go up with every write, undo included: each step must still find its own.
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});
    QSignalSpy refused(&editor, &Editor::refused);
    const Portfolio original = stored(fixture.database());

    Measure created;
    created.uuid = QUuid::createUuid();
    created.title = QStringLiteral("Nytt");
    QVERIFY(editor.create(ProjectA, created));
    for (int progress : {10, 20, 30}) {
        const Measure before = value(repository.measure(created.uuid));
        Measure after = before;
        after.status = Status::InProgress;
        after.progress = progress;
        QVERIFY(editor.update(before, after));
    }
    const Measure current = value(repository.measure(created.uuid));
    StatusUpdate update;
    update.uuid = QUuid::createUuid();
    update.measureUuid = created.uuid;
    update.recordedAt = QDateTime::currentDateTimeUtc();
    update.text = QStringLiteral("Ferdig");
    update.newStatus = Status::Completed;
    update.newProgress = 100;
    QVERIFY(editor.recordStatusUpdate(ProjectA, update, current.version, current.title));
    QVERIFY(editor.remove(value(repository.goal(fixed(130)))));
    const Portfolio last = stored(fixture.database());

    while (editor.undoStack().canUndo())
        editor.undoStack().undo();
    SAMSPILL_COMPARE_CONTENT(stored(fixture.database()), original);
    while (editor.undoStack().canRedo())
        editor.undoStack().redo();
    SAMSPILL_COMPARE_CONTENT(stored(fixture.database()), last);
    QCOMPARE(refused.count(), 0);
}

void TestEditor::someoneElsesChangeIsShownAndMineCanBeKept()
{
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});
    QSignalSpy conflicted(&editor, &Editor::conflicted);

    // I read the measure; someone else, through a connection of their own, changes it
    const Measure mineBefore = value(repository.measure(fixed(150)));
    auto other = Storage::Database::open(fixture.settings());
    QVERIFY2(other, failure(other));
    Storage::SqlEditRepository theirRepository(*other.value());
    Measure theirs = mineBefore;
    theirs.theme = QStringLiteral("Deres tema");
    const QDateTime beforeTheirs = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(theirRepository.updateMeasure(theirs));
    const QDateTime afterTheirs = QDateTime::currentDateTimeUtc().addMSecs(1);

    // my save meets their version: nothing of mine is stored, both are shown
    Measure mine = mineBefore;
    mine.title = QStringLiteral("Mitt navn");
    QVERIFY(!editor.update(mineBefore, mine));
    QCOMPARE(conflicted.count(), 1);
    const auto conflict = conflicted.first().first().value<Models::Conflict>();
    QCOMPARE(conflict.uuid, mine.uuid);
    // who stored theirs and when, as the history has it, for the window to say in its words
    QCOMPARE(conflict.changedBy, other.value()->author());
    QVERIFY2(conflict.changedAt >= beforeTheirs && conflict.changedAt <= afterTheirs,
             qPrintable(conflict.changedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(conflict.mine.size(), conflict.theirs.size());
    auto field = [](const QVector<Models::FieldText> &fields, const QString &label) {
        for (const Models::FieldText &f : fields) {
            if (f.label == label)
                return f.value;
        }
        return QString();
    };
    QCOMPARE(field(conflict.mine, QStringLiteral("Title")), QStringLiteral("Mitt navn"));
    QCOMPARE(field(conflict.theirs, QStringLiteral("Theme")), QStringLiteral("Deres tema"));
    QCOMPARE(value(repository.measure(fixed(150))).title, mineBefore.title);
    QCOMPARE(editor.undoStack().count(), 0);

    // keeping mine stores every field as I left it, as one step whose undo brings theirs back
    QVERIFY(conflict.keepMine);
    QVERIFY(conflict.keepMine());
    Measure now = value(repository.measure(fixed(150)));
    QCOMPARE(now.title, QStringLiteral("Mitt navn"));
    QCOMPARE(now.theme, mineBefore.theme);
    QCOMPARE(editor.undoStack().count(), 1);
    editor.undoStack().undo();
    now = value(repository.measure(fixed(150)));
    QCOMPARE(now.title, mineBefore.title);
    QCOMPARE(now.theme, QStringLiteral("Deres tema"));
}

void TestEditor::undoOfWhatSomeoneElseChangedSinceIsRefused()
{
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, {});
    QSignalSpy refused(&editor, &Editor::refused);

    const Measure before = value(repository.measure(fixed(150)));
    Measure after = before;
    after.title = QStringLiteral("Mitt");
    QVERIFY(editor.update(before, after));

    auto other = Storage::Database::open(fixture.settings());
    QVERIFY2(other, failure(other));
    Storage::SqlEditRepository theirRepository(*other.value());
    Measure theirs = value(theirRepository.measure(fixed(150)));
    theirs.title = QStringLiteral("Deres");
    QVERIFY(theirRepository.updateMeasure(theirs));

    editor.undoStack().undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().startsWith(QStringLiteral("Undo: ")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(value(repository.measure(fixed(150))).title, QStringLiteral("Deres"));
    QCOMPARE(editor.undoStack().count(), 0); // the step is gone, not waiting to overwrite
}

void TestEditor::textsNameTheFieldAndTheEntity()
{
    SAMSPILL_FIXTURE(fixture);
    auto imported = Storage::SqlPortfolioRepository(fixture.database())
                        .importPortfolio(TestSupport::samplePortfolio());
    QVERIFY2(imported, failure(imported));
    Storage::SqlEditRepository repository(fixture.database());
    Editor editor(repository, [](const QUuid &uuid) {
        return uuid == fixed(2) ? QStringLiteral("Testforetaket HF") : QString();
    });

    const Measure before = value(repository.measure(fixed(140)));
    Measure after = before;
    after.status = Status::Postponed;
    QVERIFY(editor.update(before, after));
    QCOMPARE(editor.undoStack().undoText(), QStringLiteral("Change status of “Felles opplæring”"));

    const Measure again = value(repository.measure(fixed(140)));
    Measure twoFields = again;
    twoFields.theme = QStringLiteral("Nytt");
    twoFields.progress = 45;
    QVERIFY(editor.update(again, twoFields));
    QCOMPARE(editor.undoStack().undoText(), QStringLiteral("Change measure “Felles opplæring”"));

    QVERIFY(editor.remove(value(repository.participant(fixed(111)))));
    QCOMPARE(editor.undoStack().undoText(),
             QStringLiteral("Delete participant “Testforetaket HF”"));
}

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
