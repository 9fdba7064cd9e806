#pragma once

#include "models/domain/project.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Views {

class PlanDateEdit;

// A project's own fields in a form that checks as one types: name, short name, region,
// description, period (days), status and funding. OK stays off while something is wrong.
class ProjectEditor : public QDialog
{
    Q_OBJECT

public:
    // project: as stored (to edit) or a new one with its UUID (to create).
    ProjectEditor(const Domain::Project &project, bool isNew, QWidget *parent = nullptr);

    Domain::Project project() const;
    QStringList problems() const { return m_problems; }

private:
    void check();

    Domain::Project m_original;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QLineEdit *m_region;
    QPlainTextEdit *m_description;
    PlanDateEdit *m_start;
    PlanDateEdit *m_end;
    QComboBox *m_status;
    QLineEdit *m_funding;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
};

} // namespace Views
