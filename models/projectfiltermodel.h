#pragma once

#include "models/domain/codes.h"
#include "models/sortfiltermodel.h"

#include <optional>

namespace Models {

// The project list sorted in the UI language's order and filtered by a text (matched against
// the name, short name and region, ProjectListModel::SearchRole) and optionally by one status.
class ProjectFilterModel : public SortFilterModel
{
    Q_OBJECT

public:
    explicit ProjectFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<Domain::Status> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<Domain::Status> m_status;
};

} // namespace Models
