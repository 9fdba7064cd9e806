#pragma once

// What the parts of tst_cli share (tst_cli.cpp, tst_cli_messages.cpp, tst_cli_timeline.cpp):
// the test class, which runs the program, and the projects the tests name.

#include <QByteArray>
#include <QDir>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The samspill executable run as a user runs it from a shell: real files, real exit codes, and
// no display at all (QT_QPA_PLATFORM and DISPLAY are removed), which proves that the headless
// commands never create a window.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void exportOfANewDatabaseHoldsTheSeed();
    void exportWithoutOutputWritesJsonToStandardOutput();
    void importWithABadDateIsRefusedAndChangesNothing();
    void importRefusedByTheDatabaseChangesNothing();
    void importOfANewProjectAddsIt();
    void exportOfWhatWasImportedIsTheSameFile();
    void importIntoANewDatabaseHoldsOnlyWhatWasImported();
    void twoProgramsOpeningANewDatabaseAtOnceSeedItOnce();
    void exportToAFullDeviceFails();
    void exportOfNamedProjectsCarriesOnlyWhatTheyReferTo_data();
    void exportOfNamedProjectsCarriesOnlyWhatTheyReferTo();
    void exportOfAnUnknownProjectFailsWithoutAFile();
    void exportToAMissingFolderFailsWithoutAFile();
    void checkPassesASeededDatabaseAndChangesNothing();
    void checkRefusesATextFileAndLeavesItAlone();
    void checkOfAMissingFileCreatesNothing();
    void noCommandWritesToAFileThatIsNotADatabase_data();
    void noCommandWritesToAFileThatIsNotADatabase();
    void unknownOptionIsAUsageError();
    void messagesShowTextFromOutsideEscapedAndWhole_data();
    void messagesShowTextFromOutsideEscapedAndWhole();
    void checkShowsTheFilesOwnTextEscaped();
    void theWindowWithoutADisplayIsAClearError();
    void exportOfAnAmbiguousProjectNameNamesTheCandidates();
    void helpPrintsUsage();
    void commandHelpPrintsTheCommandsOptions();
    void anOptionGivenTwiceIsAUsageErrorThatNamesIt_data();
    void anOptionGivenTwiceIsAUsageErrorThatNamesIt();
    void versionPrintsTheVersion();
    void messagesAreNorwegianUnlessEnglishIsAsked();
    void timelineWritesAPictureOfTheProjectThatIsNotBlank();
    void timelineOfAShorterRangeIsANarrowerPicture();
    void timelineWritesSvgAndPdf();
    void timelineRefusesToWriteOntoTheDatabase();
    void timelineThatFailsLeavesNoFile();
    void timelineWithAnUnknownFormatIsAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray rawOut;
    };

    Run run(const QStringList &arguments);
    QString path(const QString &name) const { return m_folder.filePath(name); }
    // A database file created and seeded by the program itself on first use; empty when that
    // failed (with a warning saying why).
    QString seededDatabase();
    QString writeFile(const QString &name, const QByteArray &content);
    static QJsonObject readJson(const QString &file);
    static QJsonObject parseJson(const QByteArray &json);

    std::unique_ptr<QTemporaryDir> m_ownFolder;
    QDir m_folder;
};

namespace CliTest {

// The seed's project, by uuid.
inline const QString seedProject = QStringLiteral("621b2f72-2cbd-4395-b101-3c07c86a3ed8");

// A second project: its own municipality, NAV from the seed, one undated measure.
QByteArray secondProjectJson();

} // namespace CliTest
