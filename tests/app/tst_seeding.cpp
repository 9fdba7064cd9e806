// The built-in demo project goes into a database once, when Samspill creates the database and
// nothing was imported into it; the decision is recorded, so that it is never taken again. Run
// through the samspill binary, as a user meets it.

#include "tests/support/samspillprogram.h"
#include "tests/support/scratchdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::SamspillProgram;

class TestSeeding : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void initCreatesADatabaseWithTheDemoProject();
    void initEmptyCreatesADatabaseThatStaysEmpty();
    void initRefusesADatabaseThatExists();
    void importOfAnEmptyPortfolioIntoANewDatabaseStaysEmpty();
    void deletedDemoProjectNeverComesBack();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    // The names of the projects an export of database holds; an empty list when the export
    // failed (with a warning).
    QStringList exportedProjects(const QString &database);

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<SamspillProgram> m_program;
};

namespace {

const QString demoProject = QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag");

QStringList on(const QString &database, const QStringList &command)
{
    return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                       database} +
           command;
}

} // namespace

void TestSeeding::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_program = std::make_unique<SamspillProgram>(m_folder->path());
}

QStringList TestSeeding::exportedProjects(const QString &database)
{
    const auto exported = m_program->run(on(database, {QStringLiteral("export")}));
    if (exported.exitCode != 0) {
        qWarning("export failed: %s", qPrintable(exported.err));
        return {};
    }
    QStringList names;
    const QJsonArray projects = QJsonDocument::fromJson(exported.rawOut)
                                    .object()
                                    .value(QStringLiteral("projects"))
                                    .toArray();
    for (const QJsonValue &project : projects)
        names.append(project.toObject().value(QStringLiteral("name")).toString());
    return names;
}

void TestSeeding::initCreatesADatabaseWithTheDemoProject()
{
    const QString database = path(QStringLiteral("new.sqlite"));
    const auto created = m_program->run(on(database, {QStringLiteral("init")}));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.contains(QLatin1String("with the demo project")), qPrintable(created.out));
    QCOMPARE(exportedProjects(database), QStringList{demoProject});
}

void TestSeeding::initEmptyCreatesADatabaseThatStaysEmpty()
{
    // GIVEN a database created empty on purpose
    const QString database = path(QStringLiteral("empty.sqlite"));
    const auto created =
        m_program->run(on(database, {QStringLiteral("init"), QStringLiteral("--empty")}));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.contains(QLatin1String("empty")), qPrintable(created.out));

    // WHEN it is opened again and again (every command but check opens it as the window does)
    // THEN the demo project never appears
    QCOMPARE(exportedProjects(database), QStringList());
    QCOMPARE(exportedProjects(database), QStringList());
    QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                   QStringLiteral("SELECT COUNT(*) FROM organisation")),
             QStringList{QStringLiteral("0")});
}

void TestSeeding::initRefusesADatabaseThatExists()
{
    const QString database = path(QStringLiteral("team.sqlite"));
    QCOMPARE(m_program->run(on(database, {QStringLiteral("init")})).exitCode, 0);
    const QByteArray before = TestSupport::fileContents(database);

    const auto again =
        m_program->run(on(database, {QStringLiteral("init"), QStringLiteral("--empty")}));

    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("is a Samspill database already")),
             qPrintable(again.err));
    QCOMPARE(TestSupport::fileContents(database), before);
    QCOMPARE(exportedProjects(database), QStringList{demoProject});
}

void TestSeeding::importOfAnEmptyPortfolioIntoANewDatabaseStaysEmpty()
{
    // GIVEN an exchange file with nothing in it, imported into a database that does not exist
    const QString database = path(QStringLiteral("imported.sqlite"));
    QFile file(path(QStringLiteral("nothing.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "samspill-exchange", "formatVersion": 2, "organisations": [],)"
               R"( "knowledgeSources": [], "projects": []})");
    file.close();
    const auto imported = m_program->run(on(database, {QStringLiteral("import"), file.fileName()}));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // THEN the database it made holds what the file held: nothing, also when opened again
    QCOMPARE(exportedProjects(database), QStringList());
    QCOMPARE(exportedProjects(database), QStringList());
}

void TestSeeding::deletedDemoProjectNeverComesBack()
{
    // GIVEN a seeded database whose user has removed the demo project and its organisations
    const QString database = path(QStringLiteral("team.sqlite"));
    QCOMPARE(m_program->run(on(database, {QStringLiteral("init")})).exitCode, 0);
    QCOMPARE(TestSupport::executeRaw(Storage::ConnectionSettings::sqlite(database),
                                     {QStringLiteral("PRAGMA foreign_keys = ON"),
                                      QStringLiteral("DELETE FROM project"),
                                      QStringLiteral("DELETE FROM organisation"),
                                      QStringLiteral("DELETE FROM knowledge_source")}),
             QString());

    // WHEN Samspill opens it again
    // THEN it stays as the user left it
    QCOMPARE(exportedProjects(database), QStringList());
    QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                   QStringLiteral("SELECT COUNT(*) FROM organisation")),
             QStringList{QStringLiteral("0")});
}

QTEST_GUILESS_MAIN(TestSeeding)
#include "tst_seeding.moc"
