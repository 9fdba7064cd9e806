#pragma once

#include "models/domain/codes.h"
#include "models/timeline/chartgeometry.h"
#include "models/timeline/rowlayout.h"

#include <QColor>
#include <QFont>

namespace Timeline {

// How a chart looks: fonts, sizes and colours, in logical pixels (1/96 inch). The widget makes
// one from its own font, so that text follows the desktop's font and HiDPI scaling; exports use
// forPaper(), a font in pixels that reads at 9 points on paper and in images. Sizes grow with
// the font, so that a larger font never crowds its rows.
struct Style
{
    QFont font;
    QFont headerFont;
    QFont smallFont;
    RowLayout::Metrics rows;
    ChartGeometry::Metrics bars;
    double axisHeight = 46; // two bands: the major divisions above, the minor below
    double labelWidth = 260;
    double padding = 6;

    QColor background{0xff, 0xff, 0xff};
    QColor text{0x21, 0x21, 0x21};
    QColor mutedText{0x61, 0x61, 0x61};
    QColor axisBackground{0xf5, 0xf5, 0xf5};
    QColor headerBackground{0xe8, 0xea, 0xf0};
    QColor outsideProject{0xee, 0xee, 0xee};
    QColor gridLine{0xee, 0xee, 0xee};
    QColor minorLine{0xdd, 0xdd, 0xdd};
    QColor majorLine{0xb0, 0xb0, 0xb0};
    QColor projectBound{0x45, 0x5a, 0x64};
    QColor today{0xd3, 0x2f, 0x2f};
    QColor selection{0x19, 0x76, 0xd2, 0x38};
    QColor milestone{0x37, 0x47, 0x4f};

    // The fill of a bar by the measure's status; the outline carries its traffic light.
    static QColor statusColor(Domain::Status status);

    static Style forFont(const QFont &font);
    static Style forPaper();
};

} // namespace Timeline
