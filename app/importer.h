#pragma once

#include "models/domain/portfoliorepository.h"
#include "models/domain/result.h"
#include "models/exchange/jsonreader.h"

#include <QCoreApplication>

#include <atomic>

class QFile;

namespace App {

class Workspace;

// Reads an exchange file into an open workspace as it is read: each project goes to the
// database as soon as it is read, in one transaction that any problem of the file rolls back,
// so that even a very large file is never whole in memory. What PostgreSQL refused for a
// concurrent change is tried again from the start of the file. The command line and the window
// import the same way.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(App::Importer)

public:
    // progress hears how many bytes of the file are read; cancelled, when given, is asked
    // after each project, and a set flag rolls the import back.
    static Domain::Result<Domain::ImportSummary>
    run(Workspace &workspace, QFile &file, const Exchange::JsonReader::Progress &progress = {},
        const std::atomic<bool> *cancelled = nullptr);
};

} // namespace App
