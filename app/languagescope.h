#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace App {

// The texts, dates and numbers in another language for as long as it lives: a report in
// English from the Norwegian window (or the other way round). The application's translators
// (App::Language's) are taken out and the language's catalogues put in their place, and the
// locale is set to match; all of it is put back as it was at the end. Meanwhile the windows are
// not retranslated: the language change is meant for the report being made, not for them.
// Nothing changes when the language asked for is the one installed. On the GUI thread.
class LanguageScope : public QObject
{
public:
    explicit LanguageScope(const QString &code);
    ~LanguageScope() override;

    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    // The language the application speaks now: "nb" or "en".
    static QString current();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_active = false;
    QLocale m_locale;
    QList<QTranslator *> m_taken;     // the application's, back in this order at the end
    QList<QTranslator *> m_installed; // the language's, children of this scope
};

} // namespace App
