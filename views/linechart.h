#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <QWidget>

namespace Views {

// A percentage over time: points joined by a line on a 0–100 % axis, from the first point's
// day to the last day shown. Painted in logical coordinates (sharp at any device pixel ratio)
// with the palette's colours; its accessible description lists every point with its value.
class LineChart : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDate date;
        double percent = 0;
        QString label; // the point as text: "26.06.2013: 40 %"
    };

    explicit LineChart(QWidget *parent = nullptr);

    // last: the right end of the time axis (the day shown), at least the last point's day.
    void setPoints(const QVector<Point> &points, QDate last);
    const QVector<Point> &points() const { return m_points; }
    void setEmptyText(const QString &text);
    void setColor(const QColor &color);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plot() const;

    QVector<Point> m_points;
    QDate m_first;
    QDate m_last;
    QString m_emptyText;
    QColor m_color;
};

} // namespace Views
