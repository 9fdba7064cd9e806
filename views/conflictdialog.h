#pragma once

#include <QDialog>

class QTableWidget;

namespace Models {
struct Conflict;
}

namespace Views {

// Someone else saved the same entity first. Says who and when, and lets the user keep their
// own edit (stored over the other, undoable), take the stored one, or look at both field by
// field before choosing. Nothing is decided without the user.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepMine = QDialog::Accepted + 1, TakeStored };

    ConflictDialog(const Models::Conflict &conflict, QWidget *parent = nullptr);

private:
    static QString explanation(const Models::Conflict &conflict);

    QTableWidget *m_fields;
};

} // namespace Views
