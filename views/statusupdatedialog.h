#pragma once

#include "models/domain/statusupdate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Views {

// "Ny statusoppdatering": what happened, on which day, signed by whom, with an optional new
// status and progress and the flags a leader looks for (deviation, decision needed). For a
// measure (with its status and progress now) or for the project as a whole (status only: a
// project's progress is rolled up from its measures).
class StatusUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    struct Subject
    {
        QUuid measureUuid; // null: the project
        QString name;
        Domain::Status status = Domain::Status::Planned;
        std::optional<int> progress;
    };

    explicit StatusUpdateDialog(const Subject &subject, QWidget *parent = nullptr);

    // The update as the form has it, with a new UUID and the time it is recorded at.
    Domain::StatusUpdate update() const;
    QStringList problems() const { return m_problems; }

private:
    void check();

    Subject m_subject;
    QUuid m_uuid = QUuid::createUuid();
    QDateEdit *m_date;
    QLineEdit *m_author;
    QPlainTextEdit *m_text;
    QComboBox *m_status;
    QSpinBox *m_progress;
    QCheckBox *m_deviation;
    QCheckBox *m_decisionNeeded;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    bool m_personalData = false; // what looks like an identity number is in the text
};

} // namespace Views
