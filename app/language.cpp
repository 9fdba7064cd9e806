#include "app/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace App {

bool Language::install(QCoreApplication &application, const QString &code)
{
    const QLocale locale = code == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&application);
    if (!translator->load(locale, QStringLiteral("samspill"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace App
