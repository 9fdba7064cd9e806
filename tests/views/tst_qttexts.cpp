#include "views/mainwindow.h"

#include "app/desktop.h"
#include "app/language.h"
#include "tests/models/seededworkspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <memory>

#ifndef SAMSPILL_SOURCE_DIR
#error "SAMSPILL_SOURCE_DIR must name the source tree"
#endif

using namespace TestSupport;

// Qt's own texts in the window: Qt ships no Bokmål catalogue of them, so Samspill carries one
// (resources/translations/qtbase_nb.ts), and nothing Qt shows in the Norwegian window may be
// left in English: not the context menus of its scroll bars, line edits, text edits and spin
// boxes, not the buttons of its dialogs, not the file dialog, the undo view or a key's name.
class TestQtTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void norwegianTranslatesEveryQtText_data();
    void norwegianTranslatesEveryQtText();
    void englishShowsQtTextsAsQtWroteThem();
    void nothingQtShowsInTheWindowIsLeftInEnglish();
    void translatedKeyNamesStillReadAsShortcuts();

private:
    QTemporaryDir m_settingsFolder;
    QLocale m_initialLocale;
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<App::Desktop> m_desktop;
};

namespace {

// One of Qt's texts as tests/views/data/qt-texts.tsv lists it.
struct QtText
{
    QByteArray context;
    QByteArray source;
    bool sameInBokmal = false;
};

QList<QtText> qtTexts()
{
    QList<QtText> texts;
    QFile file(QStringLiteral(SAMSPILL_SOURCE_DIR "/tests/views/data/qt-texts.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().chopped(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        texts.append(
            {fields.value(0), fields.value(1).replace("\\n", "\n"), fields.value(2) == "same"});
    }
    return texts;
}

QString translated(const QtText &text)
{
    return QCoreApplication::translate(text.context.constData(), text.source.constData());
}

// Undoes App::Language::install, whose translators are children of the application.
void uninstallLanguages()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(
        QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A text Qt showed, and where.
struct Shown
{
    QString where;
    QString text;
};

void appendMenu(QList<Shown> &shown, const QString &where, const QMenu &menu)
{
    const auto actions = menu.actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        shown.append({where, action->text()});
        if (action->menu())
            appendMenu(shown, where, *action->menu());
    }
}

// The context menu a user opens on WIDGET with the mouse, read and closed again. Scroll bars
// and spin boxes run theirs with exec(), so they are read from inside its event loop; line and
// text edits open theirs with popup(), so they are still open when the event has been handled.
QList<Shown> contextMenu(QWidget &widget, const QString &where)
{
    QList<Shown> shown;
    const auto readOpenMenu = [&shown, &where] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            appendMenu(shown, where, *menu);
            menu->close();
        }
    };
    QTimer whileOpen;
    whileOpen.setSingleShot(true);
    QObject::connect(&whileOpen, &QTimer::timeout, readOpenMenu);
    whileOpen.start(0);
    // A scroll area takes a mouse's context menu through its viewport.
    auto *area = qobject_cast<QAbstractScrollArea *>(&widget);
    QWidget &target = area ? *area->viewport() : widget;
    const QPoint inside = target.rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, inside, target.mapToGlobal(inside));
    QCoreApplication::sendEvent(&target, &event);
    whileOpen.stop();
    if (shown.isEmpty())
        readOpenMenu();
    return shown;
}

QString describe(const QWidget &widget)
{
    const QString name = widget.objectName();
    return QString::fromLatin1(widget.metaObject()->className()) +
           (name.isEmpty() ? QString() : QLatin1Char(' ') + name);
}

// The context menus of every scroll bar, line edit, text edit and spin box in the window.
QList<Shown> contextMenusIn(QWidget &window)
{
    QList<Shown> shown;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget))
            shown += contextMenu(*widget, QStringLiteral("window: ") + describe(*widget));
    }
    return shown;
}

void appendButtons(QList<Shown> &shown, const QString &where, const QWidget &parent)
{
    const auto buttons = parent.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->text().isEmpty())
            shown.append({where, button->text()});
        if (!button->toolTip().isEmpty())
            shown.append({where, button->toolTip()});
    }
}

QList<Shown> fileDialog(QFileDialog::AcceptMode acceptMode, QFileDialog::FileMode fileMode)
{
    QTemporaryDir folder;
    QFileDialog dialog(nullptr, QString(), folder.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(acceptMode);
    dialog.setFileMode(fileMode);
    const QString where = QStringLiteral("file dialog");
    QList<Shown> shown{{where, dialog.windowTitle()}};
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().isEmpty())
            shown.append({where, label->text()});
    }
    appendButtons(shown, where, dialog);
    const auto actions = dialog.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->text().isEmpty())
            shown.append({where, action->text()});
    }
    if (const auto *types = dialog.findChild<QComboBox *>(QStringLiteral("fileTypeCombo"))) {
        for (int i = 0; i < types->count(); ++i)
            shown.append({where, types->itemText(i)});
    }
    if (const auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        for (int column = 0; column < details->model()->columnCount(); ++column)
            shown.append({where, details->model()->headerData(column, Qt::Horizontal).toString()});
    }
    return shown;
}

// What Qt's widgets and dialogs show, built afresh in the language now installed.
QList<Shown> qtWidgetsAndDialogs()
{
    QList<Shown> shown;
    QLineEdit lineEdit;
    QTextEdit textEdit;
    QPlainTextEdit plainTextEdit;
    QTextEdit readOnlyText;
    readOnlyText.setReadOnly(true);
    QSpinBox spinBox;
    QScrollBar horizontal(Qt::Horizontal);
    QScrollBar vertical(Qt::Vertical);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             &lineEdit, &textEdit, &plainTextEdit, &readOnlyText, &spinBox, &horizontal, &vertical})
        shown += contextMenu(*widget, describe(*widget));

    QDialogButtonBox buttonBox;
    for (int button = QDialogButtonBox::FirstButton; button <= QDialogButtonBox::LastButton;
         button <<= 1) {
        if (const auto *pushButton =
                buttonBox.addButton(static_cast<QDialogButtonBox::StandardButton>(button)))
            shown.append({QStringLiteral("button box"), pushButton->text()});
    }

    QMessageBox messageBox(QMessageBox::Question, QString(), QString(),
                           QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No |
                               QMessageBox::NoToAll | QMessageBox::Cancel);
    messageBox.setDetailedText(QStringLiteral("-"));
    appendButtons(shown, QStringLiteral("message box"), messageBox);

    QProgressDialog progress;
    appendButtons(shown, QStringLiteral("progress dialog"), progress);

    QInputDialog input;
    input.adjustSize(); // lays the dialog out, which gives it its label
    const auto inputLabels = input.findChildren<QLabel *>();
    for (const QLabel *label : inputLabels)
        shown.append({QStringLiteral("input dialog"), label->text()});
    appendButtons(shown, QStringLiteral("input dialog"), input);

    QUndoStack stack;
    QUndoView undoView(&stack);
    const QString undo = QStringLiteral("undo");
    shown.append({undo, undoView.model()->index(0, 0).data().toString()});
    const std::unique_ptr<QAction> undoAction(stack.createUndoAction(nullptr));
    const std::unique_ptr<QAction> redoAction(stack.createRedoAction(nullptr));
    shown.append({undo, undoAction->text()});
    shown.append({undo, redoAction->text()});
    stack.push(new QUndoCommand(QStringLiteral("X")));
    shown.append({undo, undoAction->text()});
    stack.undo();
    shown.append({undo, redoAction->text()});

    shown += fileDialog(QFileDialog::AcceptOpen, QFileDialog::ExistingFile);
    shown += fileDialog(QFileDialog::AcceptSave, QFileDialog::AnyFile);
    shown += fileDialog(QFileDialog::AcceptOpen, QFileDialog::Directory);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::ALT | Qt::Key_Left),
          QKeySequence(Qt::CTRL | Qt::Key_Space), QKeySequence(Qt::Key_Backspace)})
        shown.append({QStringLiteral("key"), keys.toString(QKeySequence::NativeText)});
    return shown;
}

// The offscreen platform the tests run on warns so each time a window is shown or resized.
void expectSizeHintWarning()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
}

} // namespace

void TestQtTexts::initTestCase()
{
    m_initialLocale = QLocale();
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(QStringLiteral("views_qttexts"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(!qtTexts().isEmpty());

    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    m_desktop = std::make_unique<App::Desktop>(m_seeded->workspace());
    expectSizeHintWarning();
    m_desktop->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_desktop->window()));
}

void TestQtTexts::cleanupTestCase()
{
    m_desktop.reset(); // the window goes before the database it shows
    m_seeded.reset();
}

void TestQtTexts::cleanup()
{
    uninstallLanguages();
    QLocale::setDefault(m_initialLocale);
}

void TestQtTexts::norwegianTranslatesEveryQtText_data()
{
    QTest::addColumn<QByteArray>("context");
    QByteArray previous;
    const auto texts = qtTexts();
    for (const QtText &text : texts) {
        if (text.context != previous)
            QTest::newRow(text.context.constData()) << text.context;
        previous = text.context;
    }
}

void TestQtTexts::norwegianTranslatesEveryQtText()
{
    QFETCH(QByteArray, context);
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral(":/i18n/qtbase_nb.qm")));

    QStringList problems;
    const auto texts = qtTexts();
    for (const QtText &text : texts) {
        if (text.context != context)
            continue;
        const QString source = QString::fromUtf8(text.source);
        const QString shown = translated(text);
        if (catalogue.translate(text.context.constData(), text.source.constData()).isEmpty())
            problems << QStringLiteral("not in qtbase_nb.ts: ") + source;
        else if (!text.sameInBokmal && shown == source)
            problems << QStringLiteral("left in English: ") + source;
        else if (text.sameInBokmal && shown != source)
            problems << QStringLiteral("marked the same in Bokmål, but shown as %1: %2")
                            .arg(shown, source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestQtTexts::englishShowsQtTextsAsQtWroteThem()
{
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("en")));

    QCOMPARE(QLocale().language(), QLocale::English);
    const auto texts = qtTexts();
    for (const QtText &text : texts)
        QCOMPARE(translated(text), QString::fromUtf8(text.source));
}

void TestQtTexts::nothingQtShowsInTheWindowIsLeftInEnglish()
{
    QWidget &window = m_desktop->window();
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("en")));
    const QList<Shown> english = contextMenusIn(window) + qtWidgetsAndDialogs();
    uninstallLanguages();
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));
    const QList<Shown> norwegian = contextMenusIn(window) + qtWidgetsAndDialogs();

    // Every kind of widget was looked at, the window's own among them.
    const auto saw = [&english](const QString &where, const QString &text) {
        return std::any_of(english.cbegin(), english.cend(), [&](const Shown &shown) {
            return shown.where.startsWith(where) && shown.text.startsWith(text);
        });
    };
    QVERIFY(saw(QStringLiteral("window: QScrollBar"), QStringLiteral("Scroll here")));
    QVERIFY(saw(QStringLiteral("window: QLineEdit"), QStringLiteral("&Undo")));
    QVERIFY(saw(QStringLiteral("window: QTextBrowser"), QStringLiteral("Select All")));
    QVERIFY(saw(QStringLiteral("QSpinBox"), QStringLiteral("Step &down")));
    QVERIFY(saw(QStringLiteral("button box"), QStringLiteral("Restore Defaults")));
    QVERIFY(saw(QStringLiteral("message box"), QStringLiteral("Show Details...")));
    QVERIFY(saw(QStringLiteral("undo"), QStringLiteral("<empty>")));
    QVERIFY(saw(QStringLiteral("file dialog"), QStringLiteral("Look in:")));

    // The same widgets, in the same order, each text different in Norwegian unless Bokmål
    // writes it the same (qt-texts.tsv marks those).
    QSet<QString> sameInBokmal;
    const auto texts = qtTexts();
    for (const QtText &text : texts) {
        if (text.sameInBokmal)
            sameInBokmal.insert(QString::fromUtf8(text.source));
    }
    QCOMPARE(norwegian.size(), english.size());
    QStringList leftInEnglish;
    for (qsizetype i = 0; i < english.size(); ++i) {
        QCOMPARE(norwegian.at(i).where, english.at(i).where);
        if (norwegian.at(i).text == english.at(i).text &&
            !sameInBokmal.contains(english.at(i).text))
            leftInEnglish << english.at(i).where + QStringLiteral(": ") + english.at(i).text;
    }
    QVERIFY2(leftInEnglish.isEmpty(), qPrintable(leftInEnglish.join(QLatin1Char('\n'))));
}

void TestQtTexts::translatedKeyNamesStillReadAsShortcuts()
{
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));

    QList<QKeySequence> sequences{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                  QKeySequence(Qt::ALT | Qt::Key_Left),
                                  QKeySequence(Qt::ALT | Qt::Key_Right),
                                  QKeySequence(Qt::ALT | Qt::Key_Up),
                                  QKeySequence(Qt::CTRL | Qt::Key_Down),
                                  QKeySequence(Qt::SHIFT | Qt::Key_Tab),
                                  QKeySequence(Qt::CTRL | Qt::Key_Backspace),
                                  QKeySequence(Qt::CTRL | Qt::Key_Space),
                                  QKeySequence(Qt::META | Qt::Key_PageDown),
                                  QKeySequence(Qt::Key_Delete),
                                  QKeySequence(Qt::Key_F2)};
    const auto actions = m_desktop->window().findChildren<QAction *>();
    for (const QAction *action : actions)
        sequences += action->shortcuts();
    for (const QKeySequence &keys : std::as_const(sequences)) {
        const QString text = keys.toString(QKeySequence::NativeText);
        QCOMPARE(QKeySequence::fromString(text, QKeySequence::NativeText), keys);
    }
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText),
             QStringLiteral("Ctrl+Skift+Z"));
    // The file dialog reads its shortcuts from translated text.
    QCOMPARE(QKeySequence(QCoreApplication::translate("QFileDialog", "Alt+Left")),
             QKeySequence(Qt::ALT | Qt::Key_Left));
    QCOMPARE(QKeySequence(QCoreApplication::translate("QFileDialog", "Alt+Up")),
             QKeySequence(Qt::ALT | Qt::Key_Up));
}

QTEST_MAIN(TestQtTexts)
#include "tst_qttexts.moc"
