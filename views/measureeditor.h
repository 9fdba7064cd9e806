#pragma once

#include "models/domain/measure.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace Models {
class ProjectData;
}

namespace Views {

class PlanDateEdit;

// A measure in full, in a form that checks as one types: every field, the organisations
// responsible and taking part, the goals it serves, its knowledge sources, and its activities
// as a checklist with due dates. The OK button stays off while something is wrong, and the
// form says what in plain words; a plan outside the project's period is a warning only.
class MeasureEditor : public QDialog
{
    Q_OBJECT

public:
    // measure: as stored (to edit) or a new one with its UUID (to create).
    MeasureEditor(const Models::ProjectData &data, const Domain::Measure &measure, bool isNew,
                  QWidget *parent = nullptr);

    // The measure as the form has it now (its version is the one it was opened with).
    Domain::Measure measure() const;
    // What is wrong now, one line each; empty when the measure can be saved.
    QStringList problems() const { return m_problems; }
    QStringList warnings() const { return m_warnings; }

private:
    void fill();
    void addActivity(const Domain::Activity &activity);
    void check();
    static QString fieldLabel(const QString &field);

    const Models::ProjectData &m_data;
    Domain::Measure m_original;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_level;
    QLineEdit *m_theme;
    QComboBox *m_status;
    QSpinBox *m_progress;
    PlanDateEdit *m_plannedStart;
    PlanDateEdit *m_plannedEnd;
    PlanDateEdit *m_actualStart;
    PlanDateEdit *m_actualEnd;
    QComboBox *m_anchoring;
    PlanDateEdit *m_anchoredOn;
    QListWidget *m_responsible;
    QListWidget *m_participating;
    QListWidget *m_goals;
    QListWidget *m_sources;
    QTableWidget *m_activities;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    QStringList m_warnings;
    QStringList m_personalFields; // labels of the fields with an identity number
};

} // namespace Views
