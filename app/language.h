#pragma once

#include <QString>

class QCoreApplication;

namespace App {

// Installs the user-interface language: Norwegian Bokmål ("nb", the default) or English
// ("en"), with the matching locale for dates and numbers. The source strings are English; the
// translations come from resources/translations/*.ts, embedded at build time: samspill_*.ts for
// Samspill's texts and, in Norwegian, qtbase_nb.ts for Qt's own (buttons, context menus,
// dialogs, key names). The translators are children of the application.
class Language
{
public:
    static bool install(QCoreApplication &application, const QString &code);

    // The language chosen in the window's menu for the next start ("nb" or "en"; "nb" when
    // none was), kept in QSettings ("language"). The command line's --lang wins over it.
    static QString remembered();
    static void remember(const QString &code);
};

} // namespace App
