#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace Views {

// Horizontal bars, one row each: a label, the bar, and its value written beside it, so that
// every number is there as text as well as length. A bar is activated by a click, or by the
// arrow keys and Enter; the chart's accessible description lists every label with its value
// for screen readers. Painted with QPainter in logical coordinates, sharp at any device pixel
// ratio; text and lines take the palette's colours, so it reads in light and dark palettes.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText; // as written beside the bar: "3", "40 %"
        QColor color;
        QString toolTip; // plain text
    };

    explicit BarChart(QWidget *parent = nullptr);

    // maximum: the value of a full-length bar; 0 for the largest value given.
    void setBars(const QVector<Bar> &bars, double maximum = 0);
    const QVector<Bar> &bars() const { return m_bars; }
    // The text shown when there are no bars.
    void setEmptyText(const QString &text);
    // Where the bar of index lies, for a user (or a test) to click on it.
    QRect barRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barActivated(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF plot() const;
    double labelWidth() const;
    double valueWidth() const;
    int rowHeight() const;
    int rowAt(const QPoint &point) const;

    QVector<Bar> m_bars;
    double m_maximum = 0;
    QString m_emptyText;
    int m_current = -1; // the bar the keyboard is on
};

} // namespace Views
