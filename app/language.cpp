#include "app/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace App {
namespace {

const QString languageKey = QStringLiteral("language");

// Loads the catalogue NAME_<language>.qm that the build embedded under :/i18n and installs it
// for as long as the application lives.
bool installCatalogue(QCoreApplication &application, const QLocale &locale, const QString &name)
{
    auto *translator = new QTranslator(&application);
    if (!translator->load(locale, name, QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

bool Language::install(QCoreApplication &application, const QString &code)
{
    const bool english = code == QLatin1String("en");
    const QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    QLocale::setDefault(locale);
    // Qt's own texts are English already. Qt ships no Bokmål catalogue of them, so Samspill
    // carries one (resources/translations/qtbase_nb.ts). Samspill's catalogue is installed last
    // and so is looked up first.
    if (!english && !installCatalogue(application, locale, QStringLiteral("qtbase")))
        return false;
    return installCatalogue(application, locale, QStringLiteral("samspill"));
}

QString Language::remembered()
{
    const QString code = QSettings().value(languageKey).toString();
    return code == QLatin1String("en") ? code : QStringLiteral("nb");
}

void Language::remember(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

} // namespace App
