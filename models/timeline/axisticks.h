#pragma once

#include "models/timeline/datescale.h"
#include "models/timeline/zoom.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace Timeline {

// One division of the axis: the day it begins, its x, and the text that names the stretch of
// time from it to the next tick (empty for grid lines).
struct Tick
{
    QDate date;
    double x = 0;
    QString label;

    friend bool operator==(const Tick &a, const Tick &b)
    {
        return a.date == b.date && a.x == b.x && a.label == b.label;
    }
};

// The divisions of a stretch of the axis for a zoom level, in two labelled bands and a grid:
//
//   level    major (upper band)   minor (lower band)         grid (lines only)
//   Week     months "mars 2012"   weeks from Monday "week 11" days
//   Month    years "2012"         months "jan."              -
//   Quarter  years                quarters "Q1"              months
//   Year     years                quarters "Q1"              -
//
// Each list begins with the division that holds first (which may begin before it), so that the
// stretch at the left edge is named too, and ends with the last one that begins by last.
struct Axis
{
    QVector<Tick> major;
    QVector<Tick> minor;
    QVector<Tick> grid;
};

class AxisTicks
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::AxisTicks)

public:
    static Axis generate(const DateScale &scale, Zoom zoom, QDate first, QDate last);

    // Where a label of labelWidth naming the division [start, end) is drawn when the view
    // begins at viewLeft: at start + padding while that is in view; otherwise pinned to the
    // view's left edge (a "sticky" label, so that the year or month stays named while the user
    // scrolls), until the end of its division pushes it out to the left.
    static double stickyLabelX(double start, double end, double labelWidth, double viewLeft,
                               double padding);
};

} // namespace Timeline
