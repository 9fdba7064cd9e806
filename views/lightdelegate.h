#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace Views {

// One symbol for a traffic light everywhere: the round dot (●) that the project's header, the
// overview and a measure's details show. An item whose decoration is a colour (how the item
// models give a light) is drawn with a dot of that colour instead of Qt's square, ringed so
// that it stands out on any background, and the same in a selected row as in any other.
class LightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon dot(const QColor &color, const QSize &size, qreal pixelRatio) const;

    mutable QHash<QString, QIcon> m_dots; // by colour, size and pixel ratio
};

} // namespace Views
