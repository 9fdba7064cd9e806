#pragma once

#include <QObject>
#include <QUuid>

namespace Models {

// The measure the user is looking at, shared by the views that show measures (the table, the
// timeline), so that choosing one in either chooses it in both. Holds a UUID, not a row: it
// survives sorting, filtering and reading the project again. Lives on the GUI thread.
class MeasureSelection : public QObject
{
    Q_OBJECT

public:
    explicit MeasureSelection(QObject *parent = nullptr);

    QUuid current() const { return m_current; }
    // Emits currentChanged() when the measure is another one; a null UUID: none.
    void setCurrent(const QUuid &measure);

signals:
    void currentChanged(const QUuid &measure);

private:
    QUuid m_current;
};

} // namespace Models
