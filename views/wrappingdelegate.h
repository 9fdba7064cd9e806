#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Views {

// Lets a tree view wrap long texts over several lines: the default delegate measures a row
// without knowing its column's width, so wrapped rows would be cut to one line.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace Views
