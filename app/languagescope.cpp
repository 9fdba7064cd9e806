#include "app/languagescope.h"

#include "app/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTranslator>
#include <QWidget>

namespace App {

QString LanguageScope::current()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nb");
}

LanguageScope::LanguageScope(const QString &code)
    : m_locale(QLocale())
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || code == current())
        return;
    m_active = true;
    application->installEventFilter(this);
    // App::Language installs its translators as children of the application, first installed
    // first among them: taken out and put back in that order.
    m_taken = application->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : std::as_const(m_taken))
        QCoreApplication::removeTranslator(translator);
    const QList<QTranslator *> before =
        application->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    Language::install(*application, code);
    for (QTranslator *translator :
         application->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!before.contains(translator)) {
            translator->setParent(this);
            m_installed.append(translator);
        }
    }
}

LanguageScope::~LanguageScope()
{
    if (!m_active)
        return;
    for (QTranslator *translator : std::as_const(m_installed))
        QCoreApplication::removeTranslator(translator);
    for (QTranslator *translator : std::as_const(m_taken))
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(m_locale);
    QCoreApplication::instance()->removeEventFilter(this);
}

// While the scope lives, the windows keep their language: the change is for the report.
bool LanguageScope::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched->isWidgetType())
        return true;
    return QObject::eventFilter(watched, event);
}

} // namespace App
