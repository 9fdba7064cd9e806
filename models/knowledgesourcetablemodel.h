#pragma once

#include "models/projecttablemodel.h"

#include <QUuid>
#include <QVector>

namespace Models {

// The portfolio's library of knowledge sources, by title, with what in the loaded project uses
// each (the project itself, its measures). A link that is a web address (http, https) is
// given in LinkRole, for a view to open; any other link is shown as text only.
class KnowledgeSourceTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        PublisherColumn,
        YearColumn,
        ReferenceColumn,
        LinkColumn,
        UsedByColumn,
        ColumnCount
    };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole, LinkRole, UsedRole };

    explicit KnowledgeSourceTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void arrange() override;

private:
    QStringList usedBy(const QUuid &source) const;

    QVector<QUuid> m_sources;
};

} // namespace Models
