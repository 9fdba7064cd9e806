#pragma once

#include "models/domain/validation.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Models {
class ProjectData;
}

namespace Views {

class PlanDateEdit;

// The frame of the small forms for one entity (an organisation, participant, member,
// indicator, milestone, risk, knowledge source or budget line): fields in a form layout, a
// line of messages under them and OK / Cancel. It checks as one types: each subclass says
// what is wrong through collect(), mostly the domain's own rules (Domain::validate) in the
// words of the form's labels; OK stays off while anything is, and a field that holds what looks
// like a national identity number is flagged and saved only after the user confirms it.
class EntityForm : public QDialog
{
    Q_OBJECT

public:
    // What is wrong now, one line each; empty when it can be saved. Warnings do not stop it.
    QStringList problems() const { return m_problems; }
    QStringList warnings() const { return m_warnings; }

protected:
    // name: the prefix of the objectNames ("milestone": "milestoneForm", "milestoneButtons",
    // "milestoneProblems").
    EntityForm(const QString &name, const QString &title, QWidget *parent);

    struct Findings
    {
        QStringList problems;
        QStringList warnings;
        QStringList personalFields; // labels of the fields with an identity number
    };

    // Adds a row for the exchange format's field (its rules' messages name it by label).
    template <typename W>
    W *addField(const char *field, const QString &label, W *widget, const char *objectName)
    {
        widget->setObjectName(QLatin1String(objectName));
        addRow(QLatin1String(field), label, widget);
        return widget;
    }
    // Fills in what is wrong now; called on every change of a field.
    virtual void collect(Findings &findings) const = 0;
    // The domain's violations and the identity-number fields, in the form's words.
    void addRules(Findings &findings, const Domain::Violations &violations,
                  const QStringList &personalFields) const;
    // The problem of a date field that could not be read.
    void addDateProblem(Findings &findings, const PlanDateEdit *edit, const char *field) const;
    QString labelOf(const QString &field) const;
    // Checks now, and after every change of a field of the form. Call at the end of the
    // subclass's constructor.
    void startChecking();

    // The database's organisations to choose from, by name, but those in skip; with an entry
    // for none (null) first when noneText is given; current chosen.
    static void addOrganisations(QComboBox *box, const Models::ProjectData &projectData,
                                 const QUuid &current, const QVector<QUuid> &skip = {},
                                 const QString &noneText = {});

private:
    void addRow(const QString &field, const QString &label, QWidget *widget);
    void check();

    QFormLayout *m_form;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_labels; // exchange-format field -> the form's label
    QStringList m_problems;
    QStringList m_warnings;
    QStringList m_personalFields;
};

} // namespace Views
