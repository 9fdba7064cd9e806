#include "views/asofbar.h"

#include "models/asofday.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace Views {

AsOfBar::AsOfBar(Models::AsOfDay *asOf, QWidget *parent)
    : QWidget(parent)
    , m_asOf(asOf)
    , m_date(new QDateEdit(this))
    , m_today(new QToolButton(this))
    , m_pause(new QTimer(this))
{
    auto *label = new QLabel(tr("&As of:"), this);
    label->setObjectName(QStringLiteral("asOfLabel"));
    label->setBuddy(m_date);
    m_date->setObjectName(QStringLiteral("asOfDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(QDate(1000, 1, 1));
    m_date->setToolTip(tr("Show the projects as they stood at the end of an earlier day"));
    m_today->setObjectName(QStringLiteral("asOfTodayButton"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Back to the projects as they are now"));
    m_pause->setObjectName(QStringLiteral("asOfPause"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(600);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_date);
    layout->addWidget(m_today);

    connect(m_date, &QDateEdit::dateChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_date, &QDateEdit::editingFinished, this, &AsOfBar::apply);
    connect(m_pause, &QTimer::timeout, this, &AsOfBar::apply);
    connect(m_today, &QToolButton::clicked, m_asOf, &Models::AsOfDay::returnToToday);
    connect(m_asOf, &Models::AsOfDay::changed, this, &AsOfBar::showDay);
    showDay();
}

void AsOfBar::apply()
{
    m_pause->stop();
    if (!m_asOf->setDate(m_date->date()))
        showDay(); // a day after today: back to the day shown
}

void AsOfBar::showDay()
{
    const QSignalBlocker quiet(m_date);
    m_date->setMaximumDate(m_asOf->today());
    m_date->setDate(m_asOf->day());
    m_today->setEnabled(m_asOf->isPast());
}

} // namespace Views
