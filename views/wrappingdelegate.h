#pragma once

#include "views/lightdelegate.h"

class QTreeView;

namespace Views {

// Lets a tree view wrap long texts over several lines: the default delegate measures a row
// without knowing its column's width, so wrapped rows would be cut to one line. Lights are
// drawn as LightDelegate draws them.
class WrappingDelegate : public LightDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace Views
