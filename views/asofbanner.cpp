#include "views/asofbanner.h"

#include "models/asofday.h"
#include "models/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Views {

AsOfBanner::AsOfBanner(Models::AsOfDay *asOf, QWidget *parent)
    : QFrame(parent)
    , m_asOf(asOf)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("asOfBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, colors.color(QPalette::Highlight));
    colors.setColor(QPalette::WindowText, colors.color(QPalette::HighlightedText));
    setPalette(colors);

    m_text->setObjectName(QStringLiteral("asOfBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto *back = new QPushButton(tr("Back to today"), this);
    back->setObjectName(QStringLiteral("asOfBackButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(back);

    connect(back, &QPushButton::clicked, m_asOf, &Models::AsOfDay::returnToToday);
    connect(m_asOf, &Models::AsOfDay::changed, this, &AsOfBanner::showDay);
    showDay();
}

void AsOfBanner::showDay()
{
    setVisible(m_asOf->isPast());
    m_text->setText(m_asOf->isPast()
                        ? tr("Looking back: the projects as they stood at the end of %1, rebuilt "
                             "from the change history and the status log. Nothing can be "
                             "edited.")
                              .arg(Models::Labels::date(m_asOf->date()))
                        : QString());
    setAccessibleName(m_text->text());
}

} // namespace Views
