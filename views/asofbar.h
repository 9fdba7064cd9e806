#pragma once

#include <QWidget>

class QDateEdit;
class QTimer;
class QToolButton;

namespace Models {
class AsOfDay;
}

namespace Views {

// Chooses the day the window shows: a date field (a day, today at the latest) and a button
// back to today. A date typed or picked takes effect when the field is left, on Enter, or
// after a short pause, so that reading the past is not started for every digit typed.
class AsOfBar : public QWidget
{
    Q_OBJECT

public:
    explicit AsOfBar(Models::AsOfDay *asOf, QWidget *parent = nullptr);

private:
    void apply();
    void showDay();

    Models::AsOfDay *m_asOf;
    QDateEdit *m_date;
    QToolButton *m_today;
    QTimer *m_pause;
};

} // namespace Views
