#include "models/measureselection.h"

namespace Models {

MeasureSelection::MeasureSelection(QObject *parent)
    : QObject(parent)
{}

void MeasureSelection::setCurrent(const QUuid &measure)
{
    if (measure == m_current)
        return;
    m_current = measure;
    emit currentChanged(measure);
}

} // namespace Models
