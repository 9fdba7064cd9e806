#pragma once

#include <QDate>
#include <QObject>

namespace Models {

// The day the window shows: today, the state stored now, or an earlier day ("as of"), when the
// project and the portfolio are shown as they stood then, rebuilt from the change history.
// Looking at the past is looking only: while a past day is shown, editing is not allowed, and
// every action that writes follows editingAllowed(). Owned by the composition root, which
// tells the data objects when the day changes; views read it to mark the past. GUI thread.
class AsOfDay : public QObject
{
    Q_OBJECT

public:
    explicit AsOfDay(QObject *parent = nullptr);

    // The earlier day shown; null while today is shown.
    QDate date() const { return m_date; }
    bool isPast() const { return m_date.isValid(); }
    bool editingAllowed() const { return !isPast(); }
    // The day whose figures are shown: the earlier day, or today.
    QDate day() const { return isPast() ? m_date : today(); }

    // Shows an earlier day. Today (or a null date) returns to today; a day after today is
    // refused, since nothing is known of it yet: returns whether the day is shown.
    bool setDate(QDate day);
    void returnToToday() { setDate({}); }

    // Today: the clock's date unless set (tests).
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(QDate date) { m_today = date; }

signals:
    // date: the earlier day now shown, or null for today.
    void changed(QDate date);

private:
    QDate m_date;
    QDate m_today;
};

} // namespace Models
