#pragma once

#include "models/domain/project.h"
#include "models/domain/projectrepository.h"

#include <QAbstractListModel>
#include <QVector>

namespace Models {

class PortfolioData;

// All projects of the portfolio, for the project navigator: each by its short name (its name
// when it has none) and, once a PortfolioData is given, with its traffic light and why. Holds
// the projects' own fields only; nothing of their measures. The repository and the
// PortfolioData outlive the model.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        UuidRole,
        StatusRole,
        NameRole,   // the full name
        SearchRole, // what a filter matches: name, short name and region
        RagRole,    // Domain::Rag as int; none until a PortfolioData is given
    };

    explicit ProjectListModel(Domain::ProjectRepository *repository, QObject *parent = nullptr);

    // The lights come from here from now on.
    void setPortfolio(const PortfolioData *portfolio);

    // Reads the projects again; on failure the list stays as it was.
    Domain::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of the project with this uuid, or -1.
    int rowOf(const QUuid &uuid) const;

private:
    Domain::ProjectRepository *m_repository;
    const PortfolioData *m_portfolio = nullptr;
    QVector<Domain::Project> m_projects;
};

} // namespace Models
