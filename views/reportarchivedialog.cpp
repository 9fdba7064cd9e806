#include "views/reportarchivedialog.h"

#include "models/domain/text.h"
#include "models/labels.h"
#include "models/report/request.h"
#include "views/filename.h"
#include "views/reportservice.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Views {
namespace {

enum Column { ProjectColumn, TitleColumn, PeriodColumn, IssuedColumn, FormatColumn, SizeColumn };

// The file name a report is opened or saved under: its title and format.
QString fileNameOf(const Domain::ArchivedReport &report)
{
    const auto format = Report::Request::formatFromCode(Domain::toCode(report.format));
    return safeFileName(report.title) + QLatin1Char('.') +
           Report::Request::suffix(format.value_or(Report::Request::Format::Pdf));
}

} // namespace

ReportArchiveDialog::ReportArchiveDialog(ReportService *service, FileChooser chooser,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_chooser(std::move(chooser))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_save(new QPushButton(tr("&Save a copy..."), this))
{
    setObjectName(QStringLiteral("reportArchiveDialog"));
    setWindowTitle(tr("Report archive"));
    resize(960, 480);
    m_list->setObjectName(QStringLiteral("reportArchiveList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Project"), tr("Title"), tr("Period"), tr("Issued"), tr("Format"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("reportArchiveMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setText(tr("Every report issued is kept here exactly as it was issued; it can "
                          "be opened and copied, never changed or deleted."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("reportArchiveButtons"));
    m_open->setObjectName(QStringLiteral("archiveOpenButton"));
    m_save->setObjectName(QStringLiteral("archiveSaveButton"));
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ReportArchiveDialog::openReport);
    connect(m_save, &QPushButton::clicked, this, &ReportArchiveDialog::saveCopy);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReportArchiveDialog::openReport);
    const auto follow = [this] {
        const bool any = m_list->currentItem() != nullptr;
        m_open->setEnabled(any);
        m_save->setEnabled(any);
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, follow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    fill();
    follow();
}

void ReportArchiveDialog::fill()
{
    auto reports = m_service->archived();
    if (!reports) {
        m_message->setText(reports.error().message);
        return;
    }
    QHash<QUuid, QString> names;
    if (auto projects = m_service->projects()) {
        for (const Domain::Project &project : projects.value())
            names.insert(project.uuid,
                         project.shortName.isEmpty() ? project.name : project.shortName);
    }
    const QLocale locale;
    for (const Domain::ArchivedReport &report : reports.value()) {
        QString project;
        if (report.project.isNull())
            project = tr("Portfolio (%n project(s))", nullptr, int(report.projects.size()));
        else
            project = names.value(
                report.project,
                tr("Deleted project %1").arg(report.project.toString(QUuid::WithoutBraces)));
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ProjectColumn, Domain::printable(project));
        item->setText(TitleColumn, Domain::printable(report.title));
        item->setToolTip(TitleColumn, Domain::printable(report.title));
        item->setText(PeriodColumn, Models::Labels::period(report.from, report.to));
        item->setText(IssuedColumn,
                      locale.toString(report.issuedAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(IssuedColumn, tr("by %1").arg(Domain::printable(report.author)));
        item->setText(FormatColumn, Domain::toCode(report.format).toUpper());
        item->setText(SizeColumn, locale.formattedDataSize(report.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, report.uuid);
    }
    if (m_list->topLevelItemCount() == 0)
        m_message->setText(tr("No report has been issued yet. Issue one from File > Report..."));
    else
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = 0; column < m_list->columnCount(); ++column) {
        if (column != TitleColumn)
            m_list->resizeColumnToContents(column);
    }
}

std::optional<Domain::ArchivedReport> ReportArchiveDialog::chosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    auto report = m_service->archivedReport(item->data(0, Qt::UserRole).toUuid());
    if (!report) {
        showError(report.error().message);
        return std::nullopt;
    }
    return std::move(report).value();
}

// Opened as issued: its exact bytes in a file of its own (named by its title and UUID, so that
// two reports of one title do not meet), handed to the program the desktop opens such files
// with.
void ReportArchiveDialog::openReport()
{
    const auto report = chosen();
    if (!report)
        return;
    QDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    const QString subfolder = QStringLiteral("samspill-archive");
    if (!folder.mkpath(subfolder) || !folder.cd(subfolder)) {
        showError(tr("Cannot make a folder for the report in %1.")
                      .arg(QDir::toNativeSeparators(folder.path())));
        return;
    }
    const QString file = folder.filePath(report->uuid.toString(QUuid::WithoutBraces).left(8) +
                                         QLatin1Char(' ') + fileNameOf(*report));
    if (auto written = m_service->save(file, report->content); !written) {
        showError(written.error().message);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        showError(tr("No program on this computer opens %1.").arg(QDir::toNativeSeparators(file)));
}

void ReportArchiveDialog::saveCopy()
{
    const auto report = chosen();
    if (!report)
        return;
    const QString file = m_chooser(QDir::home().filePath(fileNameOf(*report)));
    if (file.isEmpty())
        return;
    if (auto written = m_service->save(file, report->content); !written) {
        showError(written.error().message);
        return;
    }
    m_message->setText(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(file)));
    emit saved(file);
}

void ReportArchiveDialog::showError(const QString &message)
{
    m_message->setText(message);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Report archive"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("archiveFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a loop of its own
}

} // namespace Views
