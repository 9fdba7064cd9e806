#pragma once

#include "models/projecttablemodel.h"

#include <QUuid>
#include <QVector>

namespace Models {

// Every organisation of the portfolio (organisations are shared by all projects), by name, with
// its kind, administrative level and its role in the loaded project, if it takes part.
class OrganisationTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, LevelColumn, ProjectRoleColumn, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole };

    explicit OrganisationTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void arrange() override;

private:
    QVector<QUuid> m_organisations;
};

} // namespace Models
