#include "views/wrappingdelegate.h"

#include <QApplication>
#include <QTreeView>

namespace Views {

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : LightDelegate(view)
    , m_view(view)
{}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    item.rect = QRect(0, 0, qMax(width, 1), 1); // the style wraps only within a valid rectangle
    item.features |= QStyleOptionViewItem::WrapText;
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &item, QSize(), widget);
}

} // namespace Views
