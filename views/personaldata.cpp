#include "views/personaldata.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Views {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Views::PersonalData)
};

} // namespace

bool confirmPersonalData(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Warning, Text::tr("Save anyway?"),
                    Text::tr("%1 holds what looks like a Norwegian national identity number "
                             "(fødselsnummer or D-number).\nSamspill holds project data, never "
                             "information about patients. Save it anyway?")
                        .arg(what),
                    QMessageBox::Save | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("personalDataBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

} // namespace Views
