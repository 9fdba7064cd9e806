#include "models/projecttablemodel.h"

#include "models/projectdata.h"

namespace Models {

ProjectTableModel::ProjectTableModel(const ProjectData *data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(data)
{
    connect(data, &ProjectData::aboutToReset, this, &ProjectTableModel::beginResetModel);
    connect(data, &ProjectData::reset, this, [this] {
        arrange();
        endResetModel();
    });
}

} // namespace Models
