#pragma once

#include "models/domain/codes.h"

#include "models/sortfiltermodel.h"

#include <QSet>
#include <QUuid>

#include <optional>

namespace Models {

// Sorts the measure table (see SortFilterModel: undated and unassessed measures last) and
// filters it by a text (matched against title, description, theme and the names of the
// responsible organisations), optionally by one status, and optionally to the measures behind
// one figure of the overview (a set of UUIDs).
class MeasureFilterModel : public SortFilterModel
{
    Q_OBJECT

public:
    explicit MeasureFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<Domain::Status> status);
    // Only these measures; std::nullopt for all.
    void setMeasures(const std::optional<QSet<QUuid>> &measures);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<Domain::Status> m_status;
    std::optional<QSet<QUuid>> m_measures;
};

} // namespace Models
