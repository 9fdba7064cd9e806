#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Models {
class MeasureFilterModel;
class ProjectData;
} // namespace Models

namespace Views {

// What the measure table is filtered by: a text, status, organisation, level, goal, overdue
// and "no status update for N days" (the last two by the project's figures, as the overview
// counts them). It sets them on the Models::MeasureFilterModel and remembers them per project
// (QSettings, "measureFilters/<project UUID>"), so that each project shows again as the user
// left it, after switching projects and after a restart. Enter or Down in the text field asks
// for the first measure shown.
class MeasureFilterBar : public QWidget
{
    Q_OBJECT

public:
    MeasureFilterBar(const Models::ProjectData *projectData, Models::MeasureFilterModel *filter,
                     QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    // Shows every measure again (and remembers that for the project).
    void clear();

signals:
    // Enter (open: true) or Down (open: false) in the text field.
    void firstHitRequested(bool open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // After the project was read (again): the organisations and goals to choose from, and,
    // when another project is shown, the filters remembered for it.
    void followProject();
    void fillChoices();
    void apply();
    void save() const;
    void restore();

    const Models::ProjectData *m_data;
    Models::MeasureFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_organisation;
    QComboBox *m_level;
    QComboBox *m_goal;
    QCheckBox *m_overdue;
    QCheckBox *m_stale;
    QSpinBox *m_staleDays;
    QUuid m_project;      // whose filters are shown
    bool m_quiet = false; // while the widgets are set from what was remembered
};

} // namespace Views
