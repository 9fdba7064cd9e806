#pragma once

#include "models/domain/archivedreport.h"

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Views {

class ReportService;

// File > Report archive...: the reports issued, newest first (project, title, period, when
// issued, format, size). Each opens exactly as issued (its bytes written to a file of its own
// in the temporary folder and handed to the desktop) or is saved as a copy elsewhere; a report
// whose bytes no longer match their SHA-256 is refused as damaged, as `samspill archive show`
// refuses it, and nothing is written.
class ReportArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks where to save a copy, suggesting a file; empty when none was chosen.
    using FileChooser = std::function<QString(const QString &suggestion)>;

    ReportArchiveDialog(ReportService *service, FileChooser chooser, QWidget *parent = nullptr);

    // The report chosen in the list: opened, or saved as a copy where the user says.
    void openReport();
    void saveCopy();

signals:
    // A copy of a report was written to file.
    void saved(const QString &file);

private:
    void fill();
    // The report chosen, with its bytes, checked; nullopt (with the reason said) otherwise.
    std::optional<Domain::ArchivedReport> chosen();
    void showError(const QString &message);

    ReportService *m_service;
    FileChooser m_chooser;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_save;
};

} // namespace Views
