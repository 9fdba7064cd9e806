#include "app/desktop.h"
#include "app/language.h"
#include "models/budgettablemodel.h"
#include "models/editor.h"
#include "models/entityfields.h"
#include "models/goaltreemodel.h"
#include "models/knowledgesourcetablemodel.h"
#include "models/risktablemodel.h"
#include "models/statuslogmodel.h"
#include "tests/models/seededworkspace.h"
#include "tests/views/modaldialog.h"
#include "views/entityform.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <functional>
#include <memory>

using namespace TestSupport;

// Receives what the window asks the desktop to open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// The forms of the project's other lists as a user works them: each list's entries created by
// keyboard (Ctrl+N in the list), edited (F2), deleted (Delete) and brought back (Ctrl+Z) with
// everything they held, and one invalid input refused with its message; what is stored is read
// back from the SQLite database after each step. And the lists themselves: the seed's status log
// newest first, its knowledge sources' links opened in the browser, everything shown but nothing
// editable while an earlier day is shown.
class TestListEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void milestones();
    void risks();
    void budgetLines();
    void indicators();
    void participants();
    void members();
    void organisations();
    void knowledgeSources();
    void followUpListsShowTheProject();
    void seedStatusLogAndLinksAreShown();
    void nothingIsEditableWhileThePastIsShown();

private:
    // One list worked through by a user.
    struct Case
    {
        const char *tabAction;
        const char *table;
        // What is stored of the list, one line an entity, every field.
        std::function<QStringList()> stored;
        // Fills the form of a new entry; and of an edit of it.
        std::function<void(QDialog &)> fillNew;
        std::function<void(QDialog &)> fillEdit;
        // Checks what was stored of the new entry, and after the edit.
        std::function<void()> checkNew;
        std::function<void()> checkEdited;
        // Fills a new entry's form with something invalid: the message begins with the label of
        // the field problemField, and holds what was typed (problemValue, if given).
        std::function<void(QDialog &)> fillInvalid;
        const char *problemField = nullptr;
        QString problemValue;
        // Chooses where the list's entries belong (the goal of the indicators), if anywhere.
        std::function<void()> prepare;
    };
    void work(const Case &list);
    bool inForm(QWidget *focus, int key, Qt::KeyboardModifiers modifiers,
                const std::function<void(QDialog &)> &act);
    Domain::ProjectBundle bundle();
    void choose(const QString &project);

    QTemporaryDir m_settingsFolder;
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<App::Desktop> m_desktop;
};

namespace {

template <typename Widget>
Widget *child(QObject &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void clickOk(QDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void type(QDialog &dialog, const char *name, const QString &text)
{
    QWidget *field = child<QWidget>(dialog, name);
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Backspace);
    }
    QTest::keyClicks(field, text);
}

void pick(QDialog &dialog, const char *name, const QString &text)
{
    auto *box = child<QComboBox>(dialog, name);
    box->setCurrentIndex(box->findText(text));
}

// With SAMSPILL_SCREENSHOTS=DIR, the forms as the tests fill them are saved there as pictures.
void shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SAMSPILL_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layout settled, as a user sees it
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

template <typename T>
QStringList lines(const QVector<T> &entities)
{
    QStringList result;
    for (const T &entity : entities) {
        QStringList values;
        for (const Models::FieldText &field : Models::EntityFields::of(entity, {}))
            values.append(field.value);
        result.append(entity.uuid.toString() + QLatin1Char('|') + values.join(QLatin1Char('|')));
    }
    return result;
}

template <typename T>
const T *named(const QVector<T> &entities, const std::function<bool(const T &)> &is)
{
    for (const T &entity : entities) {
        if (is(entity))
            return &entity;
    }
    return nullptr;
}

} // namespace

void TestListEditing::initTestCase()
{
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(QStringLiteral("views_lists"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));
}

void TestListEditing::init()
{
    m_desktop.reset();
    m_seeded.reset();
    QSettings().clear();
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(FollowUpProject::json()), QString());
    m_desktop = std::make_unique<App::Desktop>(m_seeded->workspace());
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
    m_desktop->window().resize(1280, 800);
    m_desktop->window().show();
    m_desktop->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_desktop->window()));
    m_desktop->setToday(FollowUpProject::today);
    choose(FollowUpProject::name);
}

void TestListEditing::cleanup()
{
    m_desktop.reset();
    m_seeded.reset();
}

void TestListEditing::choose(const QString &project)
{
    auto *list = child<QListView>(m_desktop->window(), "projectList");
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                       project, 1, Qt::MatchContains);
    QCOMPARE(found.size(), 1);
    list->setCurrentIndex(found.first());
    QVERIFY(m_desktop->projectData().project().name.contains(project));
}

Domain::ProjectBundle TestListEditing::bundle()
{
    auto read = m_seeded->workspace().portfolio().projectBundle(
        m_seeded->projectId(m_desktop->projectData().project().uuid));
    if (!read)
        qFatal("cannot read the project: %s", qPrintable(read.error().message));
    return read.value();
}

bool TestListEditing::inForm(QWidget *focus, int key, Qt::KeyboardModifiers modifiers,
                             const std::function<void(QDialog &)> &act)
{
    const bool seen = inModalDialog<Views::EntityForm>(
        this, [focus, key, modifiers] { QTest::keyClick(focus, Qt::Key(key), modifiers); },
        [&act](Views::EntityForm &form) { act(form); });
    m_desktop->window().activateWindow();
    return seen && QTest::qWaitForWindowActive(&m_desktop->window());
}

void TestListEditing::work(const Case &list)
{
    QMainWindow &window = m_desktop->window();
    child<QAction>(window, list.tabAction)->trigger();
    if (list.prepare)
        list.prepare();
    auto *table = child<QTableView>(window, list.table);
    QVERIFY(table && table->isVisible());
    table->setFocus();
    const QStringList before = list.stored();

    // Created by keyboard, and the current row of its list
    QVERIFY(inForm(table, Qt::Key_N, Qt::ControlModifier, [&list](QDialog &form) {
        list.fillNew(form);
        shoot(form, form.objectName());
        auto *ok = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(),
                 qPrintable(static_cast<Views::EntityForm &>(form).problems().join(u'\n')));
        clickOk(form);
    }));
    QCOMPARE(list.stored().size(), before.size() + 1);
    list.checkNew();
    QVERIFY(table->currentIndex().isValid());
    shoot(window, QLatin1String(list.table));
    QVERIFY(m_desktop->editor().undoStack().undoText().startsWith(QStringLiteral("Legg til ")));

    // Moved up by Alt+Up in an ordered list: one place earlier in the stored order; undone,
    // redone and undone again, each time exactly that order
    const auto action = [table](const char *verb) -> QAction * {
        for (QAction *candidate : table->actions()) {
            if (candidate->objectName().startsWith(QLatin1String(verb)))
                return candidate;
        }
        return nullptr;
    };
    QAction *up = action("moveUp");
    QAction *down = action("moveDown");
    QCOMPARE(!up, !down);
    if (up && list.stored().size() >= 2) {
        const QStringList created = list.stored();
        const int row = table->currentIndex().row();
        QStringList moved = created;
        moved.move(moved.size() - 1, moved.size() - 2);
        QVERIFY(up->isEnabled());
        QVERIFY(!down->isEnabled()); // the last one goes no further
        QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(list.stored(), moved);
        QVERIFY2(m_desktop->editor().undoStack().undoText().startsWith(QStringLiteral("Flytt ")),
                 qPrintable(m_desktop->editor().undoStack().undoText()));
        QVERIFY(down->isEnabled());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list.stored(), created);
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(list.stored(), moved);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list.stored(), created);
        QCOMPARE(table->currentIndex().row(), row); // the same entry current again
    }

    // Edited with F2
    QVERIFY(inForm(table, Qt::Key_F2, Qt::NoModifier, [&list](QDialog &form) {
        list.fillEdit(form);
        clickOk(form);
    }));
    list.checkEdited();
    QVERIFY2(m_desktop->editor().undoStack().undoText().startsWith(QStringLiteral("Endre ")),
             qPrintable(m_desktop->editor().undoStack().undoText()));
    const QStringList edited = list.stored();

    // Deleted with Delete, no question asked; Ctrl+Z brings back every field of it
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(list.stored(), before);
    QVERIFY(m_desktop->editor().undoStack().undoText().startsWith(QStringLiteral("Slett ")));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list.stored(), edited);

    // Something invalid is said, in words, and nothing is stored
    const int steps = m_desktop->editor().undoStack().count();
    QVERIFY(inForm(table, Qt::Key_N, Qt::ControlModifier, [&list](QDialog &form) {
        list.fillInvalid(form);
        auto *problems = form.findChild<QLabel *>(
            form.objectName().replace(QStringLiteral("Form"), QStringLiteral("Problems")));
        QVERIFY(problems && problems->isVisible());
        // In the words of the form: its label for the field
        auto *label = qobject_cast<QLabel *>(form.findChild<QFormLayout *>()->labelForField(
            child<QWidget>(form, list.problemField)));
        QVERIFY(label);
        const QString field = label->text().remove(u'&').chopped(1);
        QVERIFY2(problems->text().startsWith(field + QStringLiteral(": ")),
                 qPrintable(problems->text()));
        QVERIFY2(problems->text().section(u'\n', 0, 0).contains(list.problemValue),
                 qPrintable(problems->text()));
        shoot(form, form.objectName() + QStringLiteral("-invalid"));
        auto *ok = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        ok->click();
        QVERIFY(form.isVisible());
    }));
    QCOMPARE(list.stored(), edited);
    QCOMPARE(m_desktop->editor().undoStack().count(), steps);
}

void TestListEditing::milestones()
{
    const auto milestone = [this](const QString &title) {
        const Domain::ProjectBundle read = bundle();
        const auto *found = named<Domain::Milestone>(
            read.milestones, [&title](const auto &m) { return m.title == title; });
        return found ? std::optional<Domain::Milestone>(*found) : std::nullopt;
    };
    Case list;
    list.tabAction = "showFollowUpAction";
    list.table = "milestoneTable";
    list.stored = [this] { return lines(bundle().milestones); };
    list.fillNew = [](QDialog &form) {
        type(form, "milestoneTitleEdit", QStringLiteral("Seminar for alle kommunene"));
        type(form, "milestoneDateEdit", QStringLiteral("høsten 2012"));
        pick(form, "milestoneMeasureCombo", QStringLiteral("Kurs"));
    };
    list.checkNew = [&milestone] {
        const auto stored = milestone(QStringLiteral("Seminar for alle kommunene"));
        QVERIFY(stored);
        QCOMPARE(stored->date, Domain::PlanDate::halfYear(2012, 2));
        QVERIFY(!stored->measureUuid.isNull());
    };
    list.fillEdit = [](QDialog &form) {
        type(form, "milestoneTitleEdit", QStringLiteral("Seminar i Steinkjer"));
        child<QCheckBox>(form, "milestoneDoneCheck")->click();
    };
    list.checkEdited = [&milestone] {
        const auto stored = milestone(QStringLiteral("Seminar i Steinkjer"));
        QVERIFY(stored && stored->done);
    };
    list.fillInvalid = [](QDialog &form) {
        type(form, "milestoneTitleEdit", QStringLiteral("Ny"));
        type(form, "milestoneDateEdit", QStringLiteral("høsten 20x2"));
    };
    list.problemField = "milestoneDateEdit";
    list.problemValue = QStringLiteral("20x2");
    work(list);
}

void TestListEditing::risks()
{
    Case list;
    list.tabAction = "showFollowUpAction";
    list.table = "riskTable";
    list.stored = [this] { return lines(bundle().risks); };
    const auto risk = [this](const QString &text) {
        const Domain::ProjectBundle read = bundle();
        const auto *found = named<Domain::Risk>(
            read.risks, [&text](const auto &r) { return r.description == text; });
        return found ? std::optional<Domain::Risk>(*found) : std::nullopt;
    };
    list.fillNew = [](QDialog &form) {
        type(form, "riskDescriptionEdit", QStringLiteral("Fastlegene har ikke tid"));
        auto *likelihood = child<QSpinBox>(form, "riskLikelihoodSpin");
        likelihood->selectAll();
        QTest::keyClicks(likelihood, QStringLiteral("4"));
        child<QSpinBox>(form, "riskImpactSpin")->setValue(5);
        type(form, "riskOwnerEdit", QStringLiteral("Prosjektleder"));
    };
    list.checkNew = [&risk] {
        const auto stored = risk(QStringLiteral("Fastlegene har ikke tid"));
        QVERIFY(stored);
        QCOMPARE(stored->likelihood, 4);
        QCOMPARE(stored->impact, 5);
        QCOMPARE(stored->owner, QStringLiteral("Prosjektleder"));
    };
    list.fillEdit = [](QDialog &form) {
        type(form, "riskMitigationEdit", QStringLiteral("Korte møter ved legekontorene"));
    };
    list.checkEdited = [&risk] {
        const auto stored = risk(QStringLiteral("Fastlegene har ikke tid"));
        QVERIFY(stored);
        QCOMPARE(stored->mitigation, QStringLiteral("Korte møter ved legekontorene"));
    };
    list.fillInvalid = [](QDialog &form) { type(form, "riskOwnerEdit", QStringLiteral("Noen")); };
    list.problemField = "riskDescriptionEdit";
    work(list);
}

void TestListEditing::budgetLines()
{
    Case list;
    list.tabAction = "showBudgetAction";
    list.table = "budgetTable";
    list.stored = [this] { return lines(bundle().budgetLines); };
    const auto line = [this](const QString &label) {
        const Domain::ProjectBundle read = bundle();
        const auto *found = named<Domain::BudgetLine>(
            read.budgetLines, [&label](const auto &l) { return l.label == label; });
        return found ? std::optional<Domain::BudgetLine>(*found) : std::nullopt;
    };
    list.fillNew = [](QDialog &form) {
        child<QSpinBox>(form, "budgetLineYearSpin")->setValue(2013);
        type(form, "budgetLineLabelEdit", QStringLiteral("Kurs"));
        type(form, "budgetLineBudgetEdit", QStringLiteral("25 000"));
        type(form, "budgetLineAccountsEdit", QStringLiteral("24 999,50"));
    };
    list.checkNew = [&line] {
        const auto stored = line(QStringLiteral("Kurs"));
        QVERIFY(stored);
        QCOMPARE(stored->year, 2013);
        QCOMPARE(stored->budgetOre, qint64(2500000));
        QCOMPARE(stored->accountsOre, qint64(2499950));
        QCOMPARE(stored->ownContributionOre, qint64(0));
    };
    list.fillEdit = [](QDialog &form) {
        type(form, "budgetLineOwnContributionEdit", QStringLiteral("1000"));
    };
    list.checkEdited = [&line] {
        const auto stored = line(QStringLiteral("Kurs"));
        QVERIFY(stored);
        QCOMPARE(stored->ownContributionOre, qint64(100000));
        QCOMPARE(stored->accountsOre, qint64(2499950)); // the edit showed it and kept it
    };
    list.fillInvalid = [](QDialog &form) {
        type(form, "budgetLineLabelEdit", QStringLiteral("Reise"));
        type(form, "budgetLineBudgetEdit", QStringLiteral("12,345"));
    };
    list.problemField = "budgetLineBudgetEdit";
    list.problemValue = QStringLiteral("12,345");
    work(list);
}

void TestListEditing::indicators()
{
    QMainWindow &window = m_desktop->window();
    Case list;
    list.tabAction = "showGoalsAction";
    list.table = "indicatorTable";
    list.prepare = [&window] {
        auto *tree = child<QTreeView>(window, "goalTree");
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Models::GoalTreeModel::UuidRole,
                                 FollowUpProject::goal, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        tree->setCurrentIndex(found.first());
    };
    const auto goal = [this] {
        const Domain::ProjectBundle read = bundle();
        const Domain::Goal *found = named<Domain::Goal>(
            read.goals, [](const auto &g) { return g.uuid == FollowUpProject::goal; });
        return found ? *found : Domain::Goal{};
    };
    list.stored = [&goal] { return lines(goal().indicators); };
    list.fillNew = [](QDialog &form) {
        type(form, "indicatorNameEdit", QStringLiteral("Hospiteringer"));
        type(form, "indicatorUnitEdit", QStringLiteral("antall"));
        type(form, "indicatorBaselineEdit", QStringLiteral("0"));
        type(form, "indicatorTargetEdit", QStringLiteral("20"));
        type(form, "indicatorCurrentEdit", QStringLiteral("7,5"));
        type(form, "indicatorMeasuredOnEdit", QStringLiteral("mai 2012"));
    };
    list.checkNew = [&goal] {
        const Domain::Indicator &added = goal().indicators.constLast();
        QCOMPARE(added.name, QStringLiteral("Hospiteringer"));
        QCOMPARE(added.baseline, std::optional<double>(0));
        QCOMPARE(added.target, std::optional<double>(20));
        QCOMPARE(added.current, std::optional<double>(7.5));
        QCOMPARE(added.measuredOn, Domain::PlanDate::month(2012, 5));
    };
    list.fillEdit = [](QDialog &form) {
        QCOMPARE(child<QLineEdit>(form, "indicatorCurrentEdit")->text(), QStringLiteral("7,5"));
        type(form, "indicatorCurrentEdit", QStringLiteral("12"));
    };
    list.checkEdited = [&goal] {
        QCOMPARE(goal().indicators.constLast().current, std::optional<double>(12));
    };
    list.fillInvalid = [](QDialog &form) {
        type(form, "indicatorNameEdit", QStringLiteral("Ny"));
        type(form, "indicatorTargetEdit", QStringLiteral("mye"));
    };
    list.problemField = "indicatorTargetEdit";
    list.problemValue = QStringLiteral("mye");
    work(list);
}

void TestListEditing::participants()
{
    Case list;
    list.tabAction = "showParticipantsAction";
    list.table = "participantTable";
    list.stored = [this] { return lines(bundle().participants); };
    list.fillNew = [](QDialog &form) {
        pick(form, "participantOrganisationCombo", QStringLiteral("NAV"));
        pick(form, "participantRoleCombo", QStringLiteral("partner"));
    };
    list.checkNew = [this] { QCOMPARE(bundle().participants.size(), 2); };
    list.fillEdit = [](QDialog &form) {
        QCOMPARE(child<QComboBox>(form, "participantOrganisationCombo")->currentText(),
                 QStringLiteral("NAV"));
        pick(form, "participantRoleCombo", QStringLiteral("samarbeidspart"));
    };
    list.checkEdited = [this] {
        QCOMPARE(bundle().participants.constLast().role, Domain::ParticipantRole::Collaborator);
    };
    list.fillInvalid = [](QDialog &) {}; // no organisation chosen
    list.problemField = "participantOrganisationCombo";
    work(list);
}

void TestListEditing::members()
{
    Case list;
    list.tabAction = "showParticipantsAction";
    list.table = "memberTable";
    list.stored = [this] { return lines(bundle().members); };
    list.fillNew = [](QDialog &form) {
        // by role and organisation alone
        type(form, "memberRoleEdit", QStringLiteral("Brukerrepresentant"));
        pick(form, "memberOrganisationCombo", QStringLiteral("Mental Helse"));
        pick(form, "memberGroupCombo", QStringLiteral("styringsgruppe"));
    };
    list.checkNew = [this] {
        const Domain::Member member = bundle().members.constLast();
        QVERIFY(member.name.isEmpty());
        QCOMPARE(member.role, QStringLiteral("Brukerrepresentant"));
        QCOMPARE(member.group, Domain::Group::SteeringGroup);
        QVERIFY(!member.organisationUuid.isNull());
    };
    list.fillEdit = [](QDialog &form) {
        type(form, "memberNameEdit", QStringLiteral("Kari Nordmann"));
    };
    list.checkEdited = [this] {
        QCOMPARE(bundle().members.constLast().name, QStringLiteral("Kari Nordmann"));
    };
    list.fillInvalid = [](QDialog &form) {
        pick(form, "memberOrganisationCombo", QStringLiteral("NAV"));
    };
    list.problemField = "memberRoleEdit";
    work(list);
}

void TestListEditing::organisations()
{
    const auto stored = [this] {
        auto read = m_seeded->workspace().organisations().organisations();
        return read ? lines(read.value()) : QStringList();
    };
    Case list;
    list.tabAction = "showParticipantsAction";
    list.table = "allOrganisationsTable";
    list.stored = stored;
    list.fillNew = [](QDialog &form) {
        type(form, "organisationNameEdit", QStringLiteral("Levanger kommune"));
    };
    list.checkNew = [stored] {
        QVERIFY(stored().join(u'\n').contains(QStringLiteral("|Levanger kommune|")));
    };
    list.fillEdit = [](QDialog &form) {
        QCOMPARE(child<QLineEdit>(form, "organisationNameEdit")->text(),
                 QStringLiteral("Levanger kommune"));
        pick(form, "organisationKindCombo", QStringLiteral("helseforetak"));
    };
    list.checkEdited = [stored] {
        QVERIFY(stored().join(u'\n').contains(QStringLiteral("|Levanger kommune|helseforetak")));
    };
    list.fillInvalid = [](QDialog &form) {
        type(form, "organisationNameEdit", QStringLiteral("   "));
    };
    list.problemField = "organisationNameEdit";
    work(list);
}

void TestListEditing::knowledgeSources()
{
    const auto stored = [this] {
        auto read = m_seeded->workspace().knowledgeSources().knowledgeSources();
        return read ? lines(read.value()) : QStringList();
    };
    Case list;
    list.tabAction = "showBudgetAction";
    list.table = "knowledgeSourceTable";
    list.stored = stored;
    list.fillNew = [](QDialog &form) {
        type(form, "knowledgeSourceTitleEdit", QStringLiteral("Veileder for samhandling"));
        type(form, "knowledgeSourceYearEdit", QStringLiteral("2011"));
        type(form, "knowledgeSourceLinkEdit", QStringLiteral("www.example.no"));
        // kept, but said not to open
        QVERIFY(!static_cast<Views::EntityForm &>(form).warnings().isEmpty());
        type(form, "knowledgeSourceLinkEdit", QStringLiteral("https://www.example.no/veileder"));
        QVERIFY(static_cast<Views::EntityForm &>(form).warnings().isEmpty());
    };
    list.checkNew = [stored] {
        QVERIFY(stored().join(u'\n').contains(
            QStringLiteral("|Veileder for samhandling|||2011||https://www.example.no/veileder|")));
    };
    list.fillEdit = [](QDialog &form) {
        type(form, "knowledgeSourceReferenceEdit", QStringLiteral("IS-1234"));
    };
    list.checkEdited = [stored] {
        QVERIFY(stored().join(u'\n').contains(QStringLiteral("|2011|IS-1234|https://")));
    };
    list.fillInvalid = [](QDialog &form) {
        type(form, "knowledgeSourceTitleEdit", QStringLiteral("Ny"));
        type(form, "knowledgeSourceYearEdit", QStringLiteral("tjue"));
    };
    list.problemField = "knowledgeSourceYearEdit";
    list.problemValue = QStringLiteral("tjue");
    work(list);
}

void TestListEditing::followUpListsShowTheProject()
{
    QMainWindow &window = m_desktop->window();
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    auto *milestones = child<QTableView>(window, "milestoneTable");
    QVERIFY(milestones->isVisible());
    QCOMPARE(milestones->model()->rowCount(), 3);
    // The risks beside the milestones at 1280 x 800 fit their width: nothing to scroll sideways,
    // the short headings of the figures whole in their tool tips.
    auto *risks = child<QTableView>(window, "riskTable");
    QCOMPARE(risks->model()->rowCount(), 2);
    QCOMPARE(window.size(), QSize(1280, 800));
    QTRY_VERIFY2(risks->horizontalHeader()->length() <= risks->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(risks->horizontalHeader()->length())
                                .arg(risks->viewport()->width())));
    QVERIFY(!risks->horizontalScrollBar()->isVisible());
    QCOMPARE(
        risks->model()
            ->headerData(Models::RiskTableModel::LikelihoodColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString(),
        Models::RiskTableModel::tr("Likelihood"));
    auto *log = child<QTableView>(window, "statusLogTable");
    QCOMPARE(log->model()->rowCount(), 2);
    QCOMPARE(log->model()->index(0, Models::StatusLogModel::TextColumn).data().toString(),
             QStringLiteral("Styringsgruppa må velge neste kommune."));
    QVERIFY(!child<QLabel>(window, "milestoneTableEmpty")->isVisible());
    shoot(window, QStringLiteral("follow-up-tab"));

    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    auto *budget = child<QTableView>(window, "budgetTable");
    QVERIFY(budget->isVisible());
    QCOMPARE(budget->model()->rowCount(), 6);
    QCOMPARE(budget->model()->index(5, 1).data().toString(),
             Models::BudgetTableModel::tr("Sum of all years"));
    shoot(window, QStringLiteral("budget-tab"));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto *tree = child<QTreeView>(window, "goalTree");
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QCOMPARE(child<QTableView>(window, "indicatorTable")->model()->rowCount(), 2);
    shoot(window, QStringLiteral("goals-tab"));
}

void TestListEditing::seedStatusLogAndLinksAreShown()
{
    QMainWindow &window = m_desktop->window();
    choose(Seed::projectShortName);
    child<QAction>(window, "showFollowUpAction")->trigger();
    auto *log = child<QTableView>(window, "statusLogTable");
    QCOMPARE(log->model()->rowCount(), 5);
    QCOMPARE(log->model()->index(0, Models::StatusLogModel::AuthorColumn).data().toString(),
             QStringLiteral("Samspill (lesning av kildene)"));
    // The seed has no milestones or risks: each list says so and how to add one.
    QVERIFY(child<QLabel>(window, "milestoneTableEmpty")->isVisible());
    QVERIFY(child<QLabel>(window, "riskTableEmpty")->isVisible());
    shoot(window, QStringLiteral("seed-follow-up"));

    // A web link opens in the browser: Ctrl+Return, or Enter on the link.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    child<QAction>(window, "showBudgetAction")->trigger();
    auto *sources = child<QTableView>(window, "knowledgeSourceTable");
    const QModelIndexList kpa =
        sources->model()->match(sources->model()->index(0, 0), Qt::DisplayRole,
                                QStringLiteral("KPA-modellen"), 1, Qt::MatchExactly);
    QCOMPARE(kpa.size(), 1);
    sources->setFocus();
    sources->setCurrentIndex(kpa.first());
    QVERIFY(child<QLabel>(window, "knowledgeSourceLink")->text().contains(QStringLiteral("href=")));
    shoot(window, QStringLiteral("seed-sources"));
    QTest::keyClick(sources, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(catcher.opened.size(), 1);
    QCOMPARE(catcher.opened.first().host(), QStringLiteral("www.helsetilsynet.no"));
    sources->setCurrentIndex(
        kpa.first().siblingAtColumn(Models::KnowledgeSourceTableModel::LinkColumn));
    QTest::keyClick(sources, Qt::Key_Return);
    QCOMPARE(catcher.opened.size(), 2);
    // A source without a web link opens nothing.
    const QModelIndexList plain = sources->model()->match(
        sources->model()->index(0, 0), Qt::DisplayRole,
        QStringLiteral("Ni suksesshistorier – samhandling om psykisk helse"), 1, Qt::MatchExactly);
    QCOMPARE(plain.size(), 1);
    sources->setCurrentIndex(plain.first());
    QTest::keyClick(sources, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(catcher.opened.size(), 2);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestListEditing::nothingIsEditableWhileThePastIsShown()
{
    QMainWindow &window = m_desktop->window();
    const char *actions[] = {"newMilestoneAction",    "editMilestoneAction",
                             "deleteRiskAction",      "newBudgetLineAction",
                             "newOrganisationAction", "newKnowledgeSourceAction",
                             "newParticipantAction",  "newMemberAction"};
    child<QAction>(window, "showFollowUpAction")->trigger();
    auto *milestones = child<QTableView>(window, "milestoneTable");
    milestones->setCurrentIndex(milestones->model()->index(0, 0));
    QVERIFY(child<QAction>(window, "editMilestoneAction")->isEnabled());
    QVERIFY(m_desktop->projectData().setAsOf(QDate(2012, 3, 1)).ok());
    for (const char *name : actions)
        QVERIFY2(!child<QAction>(window, name)->isEnabled(), name);
    // Shown, read-only: the log as it stood then
    QCOMPARE(child<QTableView>(window, "statusLogTable")->model()->rowCount(), 1);
    QCOMPARE(milestones->model()->rowCount(), 3);
    QVERIFY(m_desktop->projectData().setAsOf(QDate()).ok());
    QVERIFY(child<QAction>(window, "newMilestoneAction")->isEnabled());
}

QTEST_MAIN(TestListEditing)
#include "tst_listediting.moc"
