#pragma once

#include "models/domain/codes.h"

#include "models/sortfiltermodel.h"

#include <QSet>
#include <QUuid>

#include <optional>

namespace Models {

// Sorts the measure table (see SortFilterModel: undated and unassessed measures last) and
// filters it by what the user asks for, all of it combined:
// - a text, matched against title, description, theme and the names of the responsible
//   organisations;
// - a status, a level;
// - an organisation, responsible for the measure or taking part in it;
// - a goal, which the measure serves directly or through one of its sub-goals;
// - overdue, and "no status update for N days", both as the project's figures say
//   (Overview::ProjectFigures, for the day the project is shown on), never decided here;
// - the measures behind one figure of the overview (a set of UUIDs).
// The source model is a MeasureTableModel; its ProjectData gives the figures.
class MeasureFilterModel : public SortFilterModel
{
    Q_OBJECT

public:
    explicit MeasureFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<Domain::Status> status);
    void setLevel(std::optional<Domain::MeasureLevel> level);
    // A null UUID for any.
    void setOrganisation(const QUuid &organisation);
    void setGoal(const QUuid &goal);
    void setOverdueOnly(bool overdueOnly);
    // Only measures without a status update for this many days; std::nullopt for all.
    void setWithoutUpdateFor(std::optional<int> days);
    // Only these measures; std::nullopt for all.
    void setMeasures(const std::optional<QSet<QUuid>> &measures);

    // Whether anything but the sorting narrows the list.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    template <typename Value>
    void change(Value &member, const Value &value);

    QString m_text;
    std::optional<Domain::Status> m_status;
    std::optional<Domain::MeasureLevel> m_level;
    QUuid m_organisation;
    QUuid m_goal;
    bool m_overdueOnly = false;
    std::optional<int> m_withoutUpdateFor;
    std::optional<QSet<QUuid>> m_measures;
};

} // namespace Models
