#include "views/checklist.h"

#include <QListWidget>

namespace Views {
namespace {

constexpr int UuidRole = Qt::UserRole;

} // namespace

QListWidget *makeCheckList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setUniformItemSizes(true);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QUuid &uuid, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(UuidRole, uuid);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QVector<QUuid> checkedUuids(const QListWidget *list)
{
    QVector<QUuid> uuids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            uuids.append(list->item(row)->data(UuidRole).toUuid());
    }
    return uuids;
}

} // namespace Views
