#pragma once

#include "models/domain/codes.h"

#include "models/sortfiltermodel.h"

#include <optional>

namespace Models {

// Sorts the measure table (see SortFilterModel: undated and unassessed measures last) and
// filters it by a text (matched against title, description, theme and the names of the
// responsible organisations) and optionally by one status.
class MeasureFilterModel : public SortFilterModel
{
    Q_OBJECT

public:
    explicit MeasureFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<Domain::Status> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<Domain::Status> m_status;
};

} // namespace Models
