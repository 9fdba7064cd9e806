#include "models/measurefiltermodel.h"

#include "models/measuretablemodel.h"

namespace Models {

MeasureFilterModel::MeasureFilterModel(QObject *parent)
    : SortFilterModel(parent)
{
    setSortRole(MeasureTableModel::SortRole);
}

void MeasureFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void MeasureFilterModel::setStatus(std::optional<Domain::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void MeasureFilterModel::setMeasures(const std::optional<QSet<QUuid>> &measures)
{
    if (measures == m_measures)
        return;
    m_measures = measures;
    invalidateRowsFilter();
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
    if (m_measures && !m_measures->contains(measure->uuid))
        return false;
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
