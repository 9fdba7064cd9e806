#pragma once

#include <QAbstractTableModel>

namespace Models {

class ProjectData;

// Base of the tables that show one part of the loaded project: resets with the ProjectData
// it observes. The ProjectData outlives the model.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ProjectTableModel(const ProjectData *data, QObject *parent = nullptr);

    // The project shown, with its figures (for filters over the table).
    const ProjectData &projectData() const { return *m_data; }
    // Called inside every reset, after the data changed and before views read it again: for a
    // model that arranges its rows itself.
    virtual void arrange() {}

private:
    const ProjectData *m_data;
};

} // namespace Models
