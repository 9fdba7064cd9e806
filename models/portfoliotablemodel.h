#pragma once

#include <QAbstractTableModel>

namespace Models {

class PortfolioData;

// Every project of the portfolio in one table, one row each, for a leader comparing them: the
// light and why, the short name, region, period, progress, red and amber measures, overdue
// measures, the last status update and the next deadline. Raw values in SortRole (missing ones
// null, so SortFilterModel puts them last). The PortfolioData outlives the model.
class PortfolioTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RagColumn,
        ShortNameColumn,
        RegionColumn,
        PeriodColumn,
        ProgressColumn,
        RedColumn,
        AmberColumn,
        OverdueColumn,
        LastUpdateColumn,
        NextDeadlineColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 key of the project
        SortRole,
        UuidRole,
        RagRole, // Domain::Rag as int
    };

    explicit PortfolioTableModel(const PortfolioData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const PortfolioData *m_data;
};

} // namespace Models
