#pragma once

#include <QUuid>
#include <QVector>

class QListWidget;
class QString;
class QWidget;

namespace Views {

// A list of things to tick (organisations, goals, knowledge sources linked to a measure or a
// project): the arrows move, Space ticks, each entry carries the UUID it stands for.
QListWidget *makeCheckList(const QString &objectName, QWidget *parent);
void addCheckItem(QListWidget *list, const QString &text, const QUuid &uuid, bool checked);
// The UUIDs of the ticked entries, in the list's order.
QVector<QUuid> checkedUuids(const QListWidget *list);

} // namespace Views
