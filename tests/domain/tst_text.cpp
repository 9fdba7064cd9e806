#include "models/domain/text.h"

#include <QTest>

// Text from outside shown in messages: nothing in it may steer a terminal or forge a line.
class TestText : public QObject
{
    Q_OBJECT

private slots:
    void printableEscapesWhatCouldSteerATerminal_data();
    void printableEscapesWhatCouldSteerATerminal();
    void invisibleTextIsNotText_data();
    void invisibleTextIsNotText();
    void forbiddenCharactersAreFound_data();
    void forbiddenCharactersAreFound();
};

void TestText::printableEscapesWhatCouldSteerATerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain Norwegian") << QStringLiteral("Tiltak på Levanger, Ørland og Åfjord")
                                     << QStringLiteral("Tiltak på Levanger, Ørland og Åfjord");
    QTest::newRow("clear screen") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\u001B[2Jb");
    QTest::newRow("forged line") << QStringLiteral("x\nError: y") << QStringLiteral("x\\nError: y");
    QTest::newRow("carriage return") << QStringLiteral("x\ry") << QStringLiteral("x\\ry");
    QTest::newRow("backslash") << QStringLiteral("C:\\n") << QStringLiteral("C:\\\\n");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\u0000");
    QTest::newRow("DEL and C1") << (QString(QChar(0x7f)) + QChar(0x9b))
                                << QStringLiteral("\\u007F\\u009B");
    QTest::newRow("right-to-left override")
        << (QStringLiteral("abc") + QChar(0x202e) + QStringLiteral("fdp.exe"))
        << QStringLiteral("abc\\u202Efdp.exe");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("\\uD800");
    QTest::newRow("non-characters") << (QStringLiteral("a") + QChar(0xfffe) + QChar(0xffff))
                                    << QStringLiteral("a\\uFFFE\\uFFFF");
    QTest::newRow("emoji is kept")
        << QString::fromUtf8("\xf0\x9f\x99\x82") << QString::fromUtf8("\xf0\x9f\x99\x82");
}

void TestText::printableEscapesWhatCouldSteerATerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Domain::printable(text), expected);
    QCOMPARE(Domain::quoted(text), QLatin1Char('"') + expected + QLatin1Char('"'));
}

void TestText::invisibleTextIsNotText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("visible");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("  \t\n") << false;
    QTest::newRow("zero-width space") << QString(QChar(0x200b)) << false;
    QTest::newRow("byte order mark and no-break space")
        << (QString(QChar(0xfeff)) + QChar(0xa0)) << false;
    QTest::newRow("a letter") << QStringLiteral(" å ") << true;
    QTest::newRow("a letter after a zero-width space")
        << (QString(QChar(0x200b)) + QStringLiteral("x")) << true;
}

void TestText::invisibleTextIsNotText()
{
    QFETCH(QString, text);
    QFETCH(bool, visible);
    QCOMPARE(Domain::hasVisibleText(text), visible);
}

void TestText::forbiddenCharactersAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::newRow("ordinary text with lines and tabs")
        << QStringLiteral("Linje 1\n\tLinje 2\r\n") << qsizetype(-1);
    QTest::newRow("NUL") << (QStringLiteral("ab") + QChar(0)) << qsizetype(2);
    QTest::newRow("escape") << QStringLiteral("\x1b[2J") << qsizetype(0);
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d)) << qsizetype(1);
    QTest::newRow("lone low surrogate") << (QChar(0xde42) + QStringLiteral("a")) << qsizetype(0);
    QTest::newRow("a pair is a character")
        << QString::fromUtf8("\xf0\x9f\x99\x82") << qsizetype(-1);
    QTest::newRow("U+FFFF") << (QStringLiteral("x") + QChar(0xffff)) << qsizetype(1);
    QTest::newRow("DEL") << QString(QChar(0x7f)) << qsizetype(0);
}

void TestText::forbiddenCharactersAreFound()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QCOMPARE(Domain::forbiddenCharacter(text), position);
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
