#pragma once

#include "models/report/content.h"
#include "models/report/pages.h"
#include "models/report/request.h"
#include "views/reportperiod.h"

#include <QDate>
#include <QDialog>
#include <QMap>
#include <QUuid>
#include <QVector>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

class QPrinter;

namespace Views {

class ReportService;

// File > Report...: a status report of the project shown, the whole portfolio or chosen
// projects for a period (presets or from–to), with the sections, format and language chosen;
// previewed and printed, saved as a draft, or issued: written and kept in the report archive,
// as `samspill report` does (through the ReportService). A portfolio report shows how far it
// has come, project by project, and can be stopped. The choices are remembered (QSettings
// "report/..."). Nothing is written when anything fails, and the message says why.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks for the file to write, suggesting one; empty when none was chosen.
    using FileChooser =
        std::function<QString(const QString &suggestion, Report::Request::Format format)>;

    // shown: the project the window shows (null when none); today: the day the presets and
    // the report count from.
    ReportDialog(ReportService *service, const QUuid &shown, QDate today, FileChooser chooser,
                 QWidget *parent = nullptr);

    // The report the choices ask for.
    Report::Request request() const;

    void preview();
    void print();
    void saveDraft();
    void issue();

signals:
    // A portfolio report has come done of total projects (after processing events).
    void progressed(int done, int total);
    // The pages of a portfolio report's PDF are laid out and painted done of total steps (see
    // Report::Pages::Progress; after processing events).
    void pagesProgressed(int done, int total);
    // A report was written to file; issued: and kept in the archive.
    void written(const QString &file, bool issued);

private:
    QWidget *createScope();
    QWidget *createPeriod();
    QWidget *createSections();
    QWidget *createOutput();
    void restore();
    void remember() const;
    void applyPreset();
    void followScope();
    void followFormat();
    QVector<Domain::Project> coveredProjects() const;
    QString suggestedFile() const;
    // Makes the content of request and hands it to then, both in the report's language, with
    // the progress to lay out and paint its pages with (shown and stoppable as the projects
    // are); false (with the reason said) when it could not be made or was stopped.
    using Then = std::function<void(const Report::Content &, const Report::Pages::Progress &)>;
    bool make(const Report::Request &request, const Then &then);
    void write(bool issue);
    void printOn(const Report::Content &content, const QString &language, QPrinter *printer);
    void showError(const QString &message);

    ReportService *m_service;
    QUuid m_shown;
    QDate m_today;
    FileChooser m_chooser;
    QVector<Domain::Project> m_projects;
    QRadioButton *m_scopeProject;
    QRadioButton *m_scopePortfolio;
    QRadioButton *m_scopeChosen;
    QListWidget *m_projectList;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QMap<Report::Request::Section, QCheckBox *> m_sections;
    QComboBox *m_format;
    QComboBox *m_language;
    QCheckBox *m_openWhenDone;
    QLabel *m_message;
    QPushButton *m_issue;
};

} // namespace Views
