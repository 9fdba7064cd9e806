#pragma once

#include <QFrame>

class QLabel;

namespace Models {
class AsOfDay;
}

namespace Views {

// Across the top of the window while an earlier day is shown: which day, that it is the state
// rebuilt from the history, that nothing can be edited, and a button back to today. Hidden
// while today is shown. In the palette's highlight colours, so it stands out in light and dark
// palettes alike.
class AsOfBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AsOfBanner(Models::AsOfDay *asOf, QWidget *parent = nullptr);

private:
    void showDay();

    Models::AsOfDay *m_asOf;
    QLabel *m_text;
};

} // namespace Views
