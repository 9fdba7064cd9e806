#pragma once

#include "models/domain/project.h"
#include "models/domain/projectrepository.h"

#include <QAbstractListModel>
#include <QVector>

namespace Models {

// All projects of the portfolio, by name, for the project navigator. Holds the projects' own
// fields only; nothing of their measures. The repository outlives the model.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole, UuidRole, StatusRole };

    explicit ProjectListModel(Domain::ProjectRepository *repository, QObject *parent = nullptr);

    // Reads the projects again; on failure the list stays as it was.
    Domain::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of the project with this uuid, or -1.
    int rowOf(const QUuid &uuid) const;

private:
    Domain::ProjectRepository *m_repository;
    QVector<Domain::Project> m_projects;
};

} // namespace Models
