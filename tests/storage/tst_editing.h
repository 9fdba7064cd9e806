#pragma once

// What the parts of tst_editing share (tst_editing.cpp, tst_editing_update.cpp,
// tst_editing_move.cpp, tst_editing_remove.cpp): the test class, and the helpers that check
// what every step stored, defined in tst_editing.cpp.

#include "models/storage/sqleditrepository.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QObject>
#include <QSet>
#include <QTest>

#include <functional>
#include <optional>

using Edit =
    std::function<Domain::Result<void>(Domain::EditRepository &, const Domain::ProjectBundle &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Domain::EntityKind)

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyEntityIsCreatedWhereItWasAskedFor();
    void subGoalsAreCreatedAmongTheirSiblingsInPreOrder();
    void everyEntityIsUpdatedAndReadsBackWithANewVersion();
    void savingWithoutChangesWritesNothing();
    void staleUpdatesAreRefusedSayingWhoAndNothingIsWritten_data();
    void staleUpdatesAreRefusedSayingWhoAndNothingIsWritten();
    void invalidEditsAreRefusedAndNothingIsWritten_data();
    void invalidEditsAreRefusedAndNothingIsWritten();
    void goalsAreIndentedOutdentedAndMovedBackExactly();
    void goalsCannotBeMovedUnderThemselvesNorTooDeep();
    void listsAreReorderedAndStayNumberedFromZero();
    void changedPartsGiveTheirOwnerANewVersion();
    void statusUpdateSetsTheMeasureInTheSameTransaction();
    void statusUpdateThatBreaksARuleOrMeetsANewerMeasureWritesNothing();
    void projectStatusUpdateSetsTheProjectStatus();
    void statusLogsAreNewestFirst();
    void removedGoalComesBackWithItsSubGoalsAndTheMeasuresThatServedIt();
    void removedMeasureComesBackWithItsActivitiesLogAndMilestones();
    void removedProjectComesBackWhole();
    void removedListEntriesComeBackInTheirPlace_data();
    void removedListEntriesComeBackInTheirPlace();
    void sharedEntitiesInUseAreNotRemoved();
    void unusedSharedEntitiesAreRemovedAndRestored();
    void staleRemovalIsRefusedAndNothingIsWritten();
    void restoreIsRefusedWhenItsPlaceIsGoneOrItIsBackAlready();
};

namespace EditingTest {

using namespace Domain;
using namespace StorageHelpers;

QUuid newUuid(int n);

ProjectBundle readBack(Storage::Database &database, const QUuid &project);

template <typename T>
qsizetype indexOf(const QVector<T> &items, const QUuid &uuid)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

// Every list whose places are not 0..n-1, as "table of owner: position p where q belongs".
QStringList gapsIn(const Storage::ConnectionSettings &settings);

// Goals out of pre-order: a sub-goal not inside its parent's run of descendants.
QStringList preOrderProblems(const QVector<Goal> &goals);

#define SAMSPILL_VERIFY_PLACES(fixture, project)                                                   \
    do {                                                                                           \
        const QStringList gaps_ = gapsIn((fixture).settings()) +                                   \
                                  preOrderProblems(readBack((fixture).database(), project).goals); \
        QVERIFY2(gaps_.isEmpty(), qPrintable(gaps_.join(QLatin1Char('\n'))));                      \
    } while (false)

// What is stored, but the history (which only grows), as dump lines; the version of the
// entities named is left out (entities that stay but whose links a removal took and a restore
// put back get a new version each time).
QStringList storedContent(const StorageFixture &fixture, const QSet<QUuid> &withoutVersion = {});

// The project as saved after each write, and when: for checking that the project rebuilt from
// the history as of each moment (and just before it) is what was saved then.
class Timeline
{
public:
    Timeline(StorageFixture &fixture, const QUuid &project);

    // Notes what is stored now, at the time of the newest change set (a step that wrote
    // nothing notes the moment of the step before again).
    void note();

    // Every moment where the rebuilt project is not what was saved.
    QStringList differences() const;

private:
    struct Moment
    {
        QDateTime at;
        int changeSets = 0; // stored up to then
        std::optional<ProjectBundle> saved;
    };
    StorageFixture &m_fixture;
    QUuid m_project;
    QVector<Moment> m_moments;
};

#define SAMSPILL_VERIFY_HISTORY(timeline)                                                          \
    do {                                                                                           \
        const QStringList problems_ = (timeline).differences();                                    \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(QLatin1Char('\n'))));              \
    } while (false)

Portfolio importedSample(StorageFixture &fixture);

#define SAMSPILL_SAMPLE(fixture, sample)                                                           \
    SAMSPILL_FIXTURE(fixture);                                                                     \
    const Portfolio sample = importedSample(fixture);                                              \
    QVERIFY2(!sample.projects.isEmpty(), "the sample portfolio was not imported")

template <typename T>
Result<void> asVoid(const Result<T> &result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

} // namespace EditingTest
