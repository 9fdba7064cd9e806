#include "views/reportdialog.h"

#include "models/domain/text.h"
#include "models/report/generator.h"
#include "models/report/pages.h"
#include "views/filename.h"
#include "views/reportservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace Views {
namespace {

using Report::Request;

const QString scopeKey = QStringLiteral("report/scope");
const QString projectsKey = QStringLiteral("report/projects");
const QString periodKey = QStringLiteral("report/period");
const QString fromKey = QStringLiteral("report/from");
const QString toKey = QStringLiteral("report/to");
const QString sectionsKey = QStringLiteral("report/sections");
const QString formatKey = QStringLiteral("report/format");
const QString languageKey = QStringLiteral("report/language");
const QString openKey = QStringLiteral("report/openWhenDone");
const QString folderKey = QStringLiteral("report/folder");

const Request::Section sectionOrder[] = {
    Request::Section::Summary,    Request::Section::Goals,      Request::Section::Measures,
    Request::Section::Activity,   Request::Section::Deviations, Request::Section::Decisions,
    Request::Section::Milestones, Request::Section::Risks,      Request::Section::Organisations,
    Request::Section::Budget,     Request::Section::Timeline,
};

QString sectionName(Request::Section section)
{
    switch (section) {
    case Request::Section::Summary:
        return ReportDialog::tr("Summary figures");
    case Request::Section::Goals:
        return ReportDialog::tr("Goals and indicators");
    case Request::Section::Measures:
        return ReportDialog::tr("Measures");
    case Request::Section::Activity:
        return ReportDialog::tr("What happened in the period");
    case Request::Section::Deviations:
        return ReportDialog::tr("Deviations");
    case Request::Section::Decisions:
        return ReportDialog::tr("Decisions needed");
    case Request::Section::Milestones:
        return ReportDialog::tr("Milestones ahead");
    case Request::Section::Risks:
        return ReportDialog::tr("Risks");
    case Request::Section::Organisations:
        return ReportDialog::tr("What each organisation is responsible for");
    case Request::Section::Budget:
        return ReportDialog::tr("Budget against accounts");
    case Request::Section::Timeline:
        return ReportDialog::tr("Timeline");
    }
    return {};
}

// The page the PDF is written on (Report::Pages::pdf), so that the preview and the printout
// look as the file does.
void prepare(QPrinter &printer, const QString &title)
{
    printer.setPageLayout(Report::Pages::pageLayout());
    printer.setDocName(title);
}

QString projectName(const Domain::Project &project)
{
    return project.shortName.isEmpty() ? project.name : project.shortName;
}

} // namespace

ReportDialog::ReportDialog(ReportService *service, const QUuid &shown, QDate today,
                           FileChooser chooser, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_shown(shown)
    , m_today(today)
    , m_chooser(std::move(chooser))
    , m_scopeProject(new QRadioButton(this))
    , m_scopePortfolio(new QRadioButton(tr("The &whole portfolio"), this))
    , m_scopeChosen(new QRadioButton(tr("C&hosen projects:"), this))
    , m_projectList(new QListWidget(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_openWhenDone(new QCheckBox(tr("&Open when done"), this))
    , m_message(new QLabel(this))
    , m_issue(new QPushButton(tr("&Issue..."), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report"));
    if (auto projects = m_service->projects())
        m_projects = std::move(projects).value();
    else
        m_message->setText(projects.error().message);

    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("reportButtons"));
    auto *previewButton = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    auto *printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("reportPrintButton"));
    auto *draftButton = buttons->addButton(tr("Save as &draft..."), QDialogButtonBox::ActionRole);
    draftButton->setObjectName(QStringLiteral("reportDraftButton"));
    draftButton->setToolTip(tr("Write the file without keeping it in the report archive"));
    m_issue->setObjectName(QStringLiteral("reportIssueButton"));
    m_issue->setToolTip(tr("Write the file and keep exactly what it says in the report archive"));
    buttons->addButton(m_issue, QDialogButtonBox::ActionRole);
    m_issue->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(draftButton, &QPushButton::clicked, this, &ReportDialog::saveDraft);
    connect(m_issue, &QPushButton::clicked, this, &ReportDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (auto possible = m_service->canIssue(); !possible) {
        m_issue->setEnabled(false);
        m_message->setText(possible.error().message);
    }

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(createScope(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(createPeriod());
    right->addWidget(createOutput());
    right->addStretch(1);
    top->addLayout(right, 1);
    layout->addLayout(top, 1);
    layout->addWidget(createSections());
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    restore();
    connect(this, &QDialog::finished, this, &ReportDialog::remember);
}

QWidget *ReportDialog::createScope()
{
    auto *box = new QGroupBox(tr("Report on"), this);
    const auto shown = std::find_if(m_projects.cbegin(), m_projects.cend(),
                                    [this](const Domain::Project &p) { return p.uuid == m_shown; });
    m_scopeProject->setObjectName(QStringLiteral("reportProjectRadio"));
    m_scopeProject->setText(shown == m_projects.cend()
                                ? tr("The project shown")
                                : tr("The p&roject shown: %1").arg(projectName(*shown)));
    m_scopeProject->setEnabled(shown != m_projects.cend());
    m_scopePortfolio->setObjectName(QStringLiteral("reportPortfolioRadio"));
    m_scopeChosen->setObjectName(QStringLiteral("reportChosenRadio"));
    m_projectList->setObjectName(QStringLiteral("reportProjectList"));
    for (const Domain::Project &project : std::as_const(m_projects)) {
        auto *item = new QListWidgetItem(projectName(project), m_projectList);
        item->setData(Qt::UserRole, project.uuid);
        item->setToolTip(project.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_scopeProject);
    layout->addWidget(m_scopePortfolio);
    layout->addWidget(m_scopeChosen);
    layout->addWidget(m_projectList, 1);
    for (QRadioButton *button : {m_scopeProject, m_scopePortfolio, m_scopeChosen})
        connect(button, &QRadioButton::toggled, this, &ReportDialog::followScope);
    connect(m_projectList, &QListWidget::itemChanged, this, &ReportDialog::applyPreset);
    return box;
}

QWidget *ReportDialog::createPeriod()
{
    auto *box = new QGroupBox(tr("Period"), this);
    m_preset->setObjectName(QStringLiteral("reportPeriodCombo"));
    for (ReportPeriod::Preset preset : ReportPeriod::presets)
        m_preset->addItem(ReportPeriod::name(preset), int(preset));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMinimumDate(QDate(1000, 1, 1));
        // A day typed or picked is a period of one's own.
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_preset->setCurrentIndex(m_preset->findData(int(ReportPeriod::Preset::Custom)));
        });
    }
    m_from->setObjectName(QStringLiteral("reportFromEdit"));
    m_to->setObjectName(QStringLiteral("reportToEdit"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportDialog::applyPreset);

    auto *form = new QFormLayout(box);
    form->addRow(tr("P&eriod:"), m_preset);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    return box;
}

QWidget *ReportDialog::createSections()
{
    auto *box = new QGroupBox(tr("Sections (the title block is always there)"), this);
    auto *grid = new QGridLayout(box);
    int index = 0;
    for (Request::Section section : sectionOrder) {
        auto *check = new QCheckBox(sectionName(section), box);
        check->setObjectName(Request::sectionCode(section) + QStringLiteral("SectionCheck"));
        m_sections.insert(section, check);
        grid->addWidget(check, index / 3, index % 3);
        ++index;
    }
    return box;
}

QWidget *ReportDialog::createOutput()
{
    auto *box = new QGroupBox(tr("File"), this);
    m_format->setObjectName(QStringLiteral("reportFormatCombo"));
    m_format->addItem(tr("PDF"), int(Request::Format::Pdf));
    m_format->addItem(tr("ODT (LibreOffice, Word)"), int(Request::Format::Odt));
    m_format->addItem(tr("HTML (one file for a web browser)"), int(Request::Format::Html));
    m_format->addItem(tr("Markdown"), int(Request::Format::Markdown));
    m_format->addItem(tr("CSV (the measures, for a spreadsheet)"), int(Request::Format::Csv));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::followFormat);
    m_language->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_language->addItem(tr("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_openWhenDone->setObjectName(QStringLiteral("reportOpenWhenDone"));

    auto *form = new QFormLayout(box);
    form->addRow(tr("For&mat:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_openWhenDone);
    return box;
}

void ReportDialog::restore()
{
    const QSettings settings;
    const QString scope = settings.value(scopeKey).toString();
    QRadioButton *chosenScope = scope == QLatin1String("portfolio") ? m_scopePortfolio
                                : scope == QLatin1String("chosen")  ? m_scopeChosen
                                                                    : m_scopeProject;
    if (!chosenScope->isEnabled())
        chosenScope = m_scopePortfolio;
    const QStringList chosen = settings.value(projectsKey).toStringList();
    for (int row = 0; row < m_projectList->count(); ++row) {
        QListWidgetItem *item = m_projectList->item(row);
        const QString uuid = item->data(Qt::UserRole).toUuid().toString(QUuid::WithoutBraces);
        item->setCheckState(chosen.contains(uuid) ? Qt::Checked : Qt::Unchecked);
    }
    chosenScope->setChecked(true);

    QStringList sections = settings.value(sectionsKey, Request::sectionCodes()).toStringList();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(sections.contains(Request::sectionCode(it.key())));
    const auto format = Request::formatFromCode(settings.value(formatKey).toString())
                            .value_or(Request::Format::Pdf);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    followFormat();
    const QString windowLanguage =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nb");
    const int language = m_language->findData(settings.value(languageKey, windowLanguage));
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_openWhenDone->setChecked(settings.value(openKey, false).toBool());

    const auto preset = ReportPeriod::fromCode(settings.value(periodKey).toString())
                            .value_or(ReportPeriod::Preset::LastQuarter);
    if (preset == ReportPeriod::Preset::Custom) {
        const QDate from = settings.value(fromKey).toDate();
        const QDate to = settings.value(toKey).toDate();
        m_from->setDate(from.isValid() ? from : m_today);
        m_to->setDate(to.isValid() ? to : m_today);
    }
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    applyPreset();
}

void ReportDialog::remember() const
{
    QSettings settings;
    settings.setValue(scopeKey, m_scopePortfolio->isChecked() ? QStringLiteral("portfolio")
                                : m_scopeChosen->isChecked()  ? QStringLiteral("chosen")
                                                              : QStringLiteral("project"));
    QStringList chosen;
    for (int row = 0; row < m_projectList->count(); ++row) {
        const QListWidgetItem *item = m_projectList->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(item->data(Qt::UserRole).toUuid().toString(QUuid::WithoutBraces));
    }
    settings.setValue(projectsKey, chosen);
    settings.setValue(periodKey,
                      ReportPeriod::code(ReportPeriod::Preset(m_preset->currentData().toInt())));
    settings.setValue(fromKey, m_from->date());
    settings.setValue(toKey, m_to->date());
    QStringList sections;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            sections.append(Request::sectionCode(it.key()));
    }
    settings.setValue(sectionsKey, sections);
    settings.setValue(formatKey,
                      Request::formatCode(Request::Format(m_format->currentData().toInt())));
    settings.setValue(languageKey, m_language->currentData());
    settings.setValue(openKey, m_openWhenDone->isChecked());
}

void ReportDialog::followScope()
{
    m_projectList->setEnabled(m_scopeChosen->isChecked());
    applyPreset();
}

void ReportDialog::followFormat()
{
    // CSV holds the measures only.
    const bool csv = Request::Format(m_format->currentData().toInt()) == Request::Format::Csv;
    for (QCheckBox *check : std::as_const(m_sections)) {
        check->setEnabled(!csv);
        check->setToolTip(csv ? tr("A CSV file holds the measures only") : QString());
    }
}

QVector<Domain::Project> ReportDialog::coveredProjects() const
{
    if (m_scopePortfolio->isChecked())
        return m_projects;
    const Request asked = request();
    QVector<Domain::Project> covered;
    for (const Domain::Project &project : m_projects) {
        if (asked.projects.contains(project.uuid))
            covered.append(project);
    }
    return covered;
}

// The period of the preset chosen, for the projects chosen; "The whole project" is offered
// only while one of them has a start.
void ReportDialog::applyPreset()
{
    const auto preset = ReportPeriod::Preset(m_preset->currentData().toInt());
    const QVector<Domain::Project> covered = coveredProjects();
    const bool datedProject =
        ReportPeriod::of(ReportPeriod::Preset::WholeProject, m_today, covered).has_value();
    if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model())) {
        if (QStandardItem *item =
                model->item(m_preset->findData(int(ReportPeriod::Preset::WholeProject))))
            item->setEnabled(datedProject);
    }
    const auto period = ReportPeriod::of(preset, m_today, covered);
    if (!period)
        return;
    const QSignalBlocker quietFrom(m_from);
    const QSignalBlocker quietTo(m_to);
    m_from->setDate(period->from);
    m_to->setDate(period->to);
}

Request ReportDialog::request() const
{
    Request request;
    if (m_scopePortfolio->isChecked()) {
        request.allProjects = true;
    } else if (m_scopeChosen->isChecked()) {
        for (int row = 0; row < m_projectList->count(); ++row) {
            const QListWidgetItem *item = m_projectList->item(row);
            if (item->checkState() == Qt::Checked)
                request.projects.append(item->data(Qt::UserRole).toUuid());
        }
    } else if (!m_shown.isNull()) {
        request.projects = {m_shown};
    }
    request.from = m_from->date();
    request.to = m_to->date();
    request.sections = {};
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            request.sections |= it.key();
    }
    request.language = m_language->currentData().toString();
    request.format = Request::Format(m_format->currentData().toInt());
    request.today = m_today;
    return request;
}

QString ReportDialog::suggestedFile() const
{
    const Request asked = request();
    QString name = tr("Portfolio");
    if (!asked.isPortfolio()) {
        for (const Domain::Project &project : m_projects) {
            if (asked.projects.contains(project.uuid))
                name = projectName(project);
        }
    }
    const QString file = safeFileName(QStringLiteral("%1 %2–%3")
                                          .arg(name, asked.from.toString(Qt::ISODate),
                                               asked.to.toString(Qt::ISODate))) +
                         QLatin1Char('.') + Request::suffix(asked.format);
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    return QDir(folder).filePath(file);
}

bool ReportDialog::make(const Request &request, const Then &then)
{
    if (!request.allProjects && request.projects.isEmpty()) {
        showError(tr("Choose the projects to report on."));
        return false;
    }
    m_message->clear();
    std::unique_ptr<QProgressDialog> progress;
    if (request.isPortfolio()) {
        progress =
            std::make_unique<QProgressDialog>(tr("Making the report..."), tr("Stop"), 0, 0, this);
        progress->setObjectName(QStringLiteral("reportProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<Domain::Error> failed;
    m_service->inLanguage(request.language, [&] {
        auto made = m_service->content(request, [&](int done, int total) {
            if (progress) {
                progress->setMaximum(total);
                progress->setValue(done);
                progress->setLabelText(
                    tr("Making the report: %1 of %n project(s)...", nullptr, total)
                        .arg(QString::number(done)));
                QCoreApplication::processEvents();
                emit progressed(done, total);
                QCoreApplication::processEvents();
                return !progress->wasCanceled();
            }
            return true;
        });
        if (!made) {
            failed = made.error();
            return;
        }
        if (progress) {
            progress->setLabelText(tr("Writing the report..."));
            QCoreApplication::processEvents();
        }
        // The pages of a long report take seconds: shown as they are laid out and painted, at
        // most once a percent (events are processed at each), and Stop works on.
        int shown = -1;
        then(made.value(), [&](int done, int total) {
            if (!progress)
                return true;
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
            if (percent == shown)
                return true;
            if (shown < 0)
                progress->setLabelText(tr("Laying out the pages..."));
            shown = percent;
            progress->setMaximum(total);
            progress->setValue(done);
            QCoreApplication::processEvents();
            emit pagesProgressed(done, total);
            QCoreApplication::processEvents();
            return !progress->wasCanceled();
        });
    });
    QGuiApplication::restoreOverrideCursor();
    const bool stopped = progress && progress->wasCanceled();
    progress.reset();
    if (stopped) {
        m_message->setText(tr("The report was stopped; nothing was written."));
        return false;
    }
    if (failed) {
        showError(failed->message);
        return false;
    }
    return true;
}

void ReportDialog::preview()
{
    Request asked = request();
    asked.format = Request::Format::Pdf; // the report as printed, with its figures
    Report::Content made;
    if (!make(asked, [&made](const Report::Content &content, const Report::Pages::Progress &) {
            made = content;
        }))
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, made.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(made.title));
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *target) { printOn(made, asked.language, target); });
    dialog.exec();
}

void ReportDialog::print()
{
    Request asked = request();
    asked.format = Request::Format::Pdf;
    Report::Content made;
    if (!make(asked, [&made](const Report::Content &content, const Report::Pages::Progress &) {
            made = content;
        }))
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, made.title);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(made, asked.language, &printer);
}

// The report's pages painted onto printer, in the report's language (the page numbers).
void ReportDialog::printOn(const Report::Content &content, const QString &language,
                           QPrinter *printer)
{
    Domain::Result<int> printed = 0;
    m_service->inLanguage(language, [&] { printed = Report::Generator::print(content, printer); });
    if (!printed)
        showError(printed.error().message);
}

void ReportDialog::saveDraft()
{
    write(false);
}

void ReportDialog::issue()
{
    write(true);
}

// Asks for the file first, then makes the report and writes it: issued, also into the
// archive, as `samspill report` does.
void ReportDialog::write(bool issue)
{
    const Request asked = request();
    if (issue) {
        if (auto possible = m_service->canIssue(); !possible) {
            showError(possible.error().message);
            return;
        }
    }
    const QString file = m_chooser(suggestedFile(), asked.format);
    if (file.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
    remember();
    Domain::Result<QByteArray> bytes = QByteArray();
    QString title;
    if (!make(asked, [&](const Report::Content &content, const Report::Pages::Progress &pages) {
            bytes = Report::Generator::render(content, asked.format, pages);
            title = content.title;
        }))
        return;
    if (!bytes) {
        showError(bytes.error().message);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto stored = m_service->write(file, asked, title, bytes.value(), issue);
    QGuiApplication::restoreOverrideCursor();
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    emit written(file, issue);
    if (m_openWhenDone->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()));
    accept();
}

void ReportDialog::showError(const QString &message)
{
    m_message->setText(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Report"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // a file's name is not markup
    box->setObjectName(QStringLiteral("reportFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a loop of its own
}

} // namespace Views
