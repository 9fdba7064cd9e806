#pragma once

#include "models/domain/result.h"
#include "models/projectdata.h"
#include "models/report/content.h"
#include "models/report/request.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;

namespace Report {

// Produces a report: reads the projects through the repositories, takes every figure from
// Overview::ProjectFigures (through Models::ProjectData, as the window shows them) and the
// domain's rules, never computing one of its own, and writes it in the format asked for.
//
// The texts are in the language of the translator installed (App::Language); the request's
// language says which was asked for, and the generator refuses nothing for it. PDF, ODT, the
// document and the timeline figure need a QGuiApplication (fonts); HTML, Markdown and CSV
// without the timeline need only a QCoreApplication. The repositories belong to the caller and
// are used on the thread of their connection; a Generator is used on that thread.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Report::Generator)

public:
    using Repositories = Models::ProjectData::Repositories;
    // How far it has come: `done` of `total` projects. Returning false stops the report (an
    // Error is returned, nothing is produced).
    using Progress = std::function<bool(int done, int total)>;

    explicit Generator(Repositories repositories);

    // What the report says, in plain blocks (see Content).
    Domain::Result<Content> content(const Request &request, const Progress &progress = {});
    // The report as the bytes of a file in request.format.
    Domain::Result<QByteArray> render(const Request &request, const Progress &progress = {});

    // The same from content already made (the archive keeps what was reported).
    // Paints the report onto device (a QPrinter for the print preview and printing, a
    // QPdfWriter), page by page, in the device's page layout (see Pages); the number of pages.
    static Domain::Result<int> print(const Content &content, QPagedPaintDevice *device);
    // pages: how far a PDF's pages are laid out and painted (see Pages::Progress; the other
    // formats are written at once).
    static Domain::Result<QByteArray> render(const Content &content, Request::Format format,
                                             const Progress &pages = {});

private:
    Repositories m_repositories;
};

} // namespace Report
