#pragma once

#include "models/domain/knowledgesource.h"
#include "models/domain/project.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Views {

class PlanDateEdit;

// A project's own fields in a form that checks as one types: name, short name, region,
// description, period (days), status, funding and the knowledge sources it builds on or is
// described in (ticked in the database's library). OK stays off while something is wrong.
class ProjectEditor : public QDialog
{
    Q_OBJECT

public:
    // project: as stored (to edit) or a new one with its UUID (to create); sources: the
    // library to tick the project's own in.
    ProjectEditor(const Domain::Project &project,
                  const QVector<const Domain::KnowledgeSource *> &sources, bool isNew,
                  QWidget *parent = nullptr);

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
    QListWidget *m_sources;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
};

} // namespace Views
