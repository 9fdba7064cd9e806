#pragma once

#include "models/domain/codes.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Models {

// Sorts the measure table on raw values, with missing values (undated, not assessed) after the
// present ones in either direction, and filters it by a text (matched against title,
// description, theme and the names of the responsible organisations) and optionally by one
// status.
class MeasureFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasureFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<Domain::Status> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<Domain::Status> m_status;
};

} // namespace Models
