#pragma once

#include "models/projecttablemodel.h"

#include <QVector>

namespace Models {

// The loaded project's status log, newest first: the project's own entries and its measures',
// each with when, what it is about, who signed it, what it says, what it changed and its flags
// (deviation, decision needed). As of an earlier day, the log as it stood then.
class StatusLogModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        RecordedColumn,
        AboutColumn,
        AuthorColumn,
        TextColumn,
        ChangeColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole };

    explicit StatusLogModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void arrange() override;

private:
    QVector<int> m_order; // indexes into ProjectData::statusUpdates(), newest first
};

} // namespace Models
