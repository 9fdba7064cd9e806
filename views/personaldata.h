#pragma once

#include <QString>

class QWidget;

namespace Views {

// Asks, before a form stores it, whether what looks like a national identity number in what
// (the fields named, or the whole entry) is to be stored anyway; Cancel is the default. True to
// store it.
bool confirmPersonalData(QWidget *parent, const QString &what);

} // namespace Views
