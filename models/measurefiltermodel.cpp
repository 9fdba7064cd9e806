#include "models/measurefiltermodel.h"

#include "models/measuretablemodel.h"
#include "models/projectdata.h"

#include <algorithm>

namespace Models {

MeasureFilterModel::MeasureFilterModel(QObject *parent)
    : SortFilterModel(parent)
{
    setSortRole(MeasureTableModel::SortRole);
}

template <typename Value>
void MeasureFilterModel::change(Value &member, const Value &value)
{
    if (member == value)
        return;
    member = value;
    invalidateRowsFilter();
}

void MeasureFilterModel::setText(const QString &text)
{
    change(m_text, text.trimmed());
}

void MeasureFilterModel::setStatus(std::optional<Domain::Status> status)
{
    change(m_status, status);
}

void MeasureFilterModel::setLevel(std::optional<Domain::MeasureLevel> level)
{
    change(m_level, level);
}

void MeasureFilterModel::setOrganisation(const QUuid &organisation)
{
    change(m_organisation, organisation);
}

void MeasureFilterModel::setGoal(const QUuid &goal)
{
    change(m_goal, goal);
}

void MeasureFilterModel::setOverdueOnly(bool overdueOnly)
{
    change(m_overdueOnly, overdueOnly);
}

void MeasureFilterModel::setWithoutUpdateFor(std::optional<int> days)
{
    change(m_withoutUpdateFor, days);
}

void MeasureFilterModel::setMeasures(const std::optional<QSet<QUuid>> &measures)
{
    change(m_measures, measures);
}

bool MeasureFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || m_status || m_level || !m_organisation.isNull() ||
           !m_goal.isNull() || m_overdueOnly || m_withoutUpdateFor || m_measures;
}

bool MeasureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *measures = qobject_cast<const MeasureTableModel *>(sourceModel());
    if (!measures || sourceParent.isValid())
        return true;
    const Domain::Measure *measure = measures->measureAt(sourceRow);
    if (!measure)
        return false;
    if (m_status && measure->status != *m_status)
        return false;
    if (m_level && measure->level != *m_level)
        return false;
    if (m_measures && !m_measures->contains(measure->uuid))
        return false;
    if (!m_organisation.isNull() &&
        !measure->responsibleOrganisationUuids.contains(m_organisation) &&
        !measure->participatingOrganisationUuids.contains(m_organisation))
        return false;

    // What the rules say of it on the day shown, as the overview counts it.
    const Overview::ProjectFigures &figures = measures->projectData().figures();
    if (m_overdueOnly || m_withoutUpdateFor) {
        // The figures list the measures in the table's order; look it up only if not.
        const bool inStep = sourceRow < figures.measures.size() &&
                            figures.measures.at(sourceRow).uuid == measure->uuid;
        const Overview::ProjectFigures::Measure *standing =
            inStep ? &figures.measures.at(sourceRow) : figures.measure(measure->uuid);
        if (!standing || (m_overdueOnly && !standing->overdue) ||
            (m_withoutUpdateFor && !standing->isStale(figures.day, *m_withoutUpdateFor)))
            return false;
    }
    if (!m_goal.isNull()) {
        const auto goal = std::find_if(
            figures.goals.cbegin(), figures.goals.cend(),
            [this](const Overview::ProjectFigures::Goal &each) { return each.uuid == m_goal; });
        if (goal == figures.goals.cend() || !goal->measures.contains(measure->uuid))
            return false;
    }

    if (m_text.isEmpty())
        return true;
    // The organisations' names, not the placeholder shown when there are none.
    const QString responsible = measures->index(sourceRow, MeasureTableModel::ResponsibleColumn)
                                    .data(MeasureTableModel::SortRole)
                                    .toString();
    for (const QString &haystack :
         {measure->title, measure->description, measure->theme, responsible}) {
        if (haystack.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Models
