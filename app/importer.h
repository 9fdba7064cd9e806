#pragma once

#include "models/domain/portfoliorepository.h"
#include "models/domain/result.h"
#include "models/exchange/jsonreader.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <optional>

class QFile;

namespace App {

class Workspace;

// Reads an exchange file into an open workspace as it is read: each project goes to the
// database as soon as it is read, in one transaction that any problem of the file rolls back,
// so that even a very large file is never whole in memory. What PostgreSQL refused for a
// concurrent change is tried again from the start of the file. The command line and the window
// import the same way.
//
// Samspill holds project data, never information about patients: every free-text field is
// looked at for what looks like a national identity number (Domain::containsIdentityNumber).
// Unless the caller accepts personal data, a file that holds one is read to its end, so that
// every such field is known, but nothing of it is committed.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(App::Importer)

public:
    // What happens to a file that holds what looks like a national identity number.
    enum class PersonalData { Refuse, Accept };

    // How many fields an outcome names; the others are only counted.
    static constexpr int MaxFieldsNamed = 20;

    struct Outcome
    {
        // What was stored; empty when the file was refused for what looks like personal data,
        // and then nothing was stored.
        std::optional<Domain::ImportSummary> summary;
        // A field that holds what looks like a national identity number: its place in the file
        // ("projects[0].measures[2].description"), and the name of the project it is in, so
        // that a user finds it; never what is in it.
        struct Field
        {
            QString path;
            // Empty outside a project, and when the project's name itself holds what looks
            // like a national identity number.
            QString project;
        };
        // The first MaxFieldsNamed of them, in the order of the file.
        QVector<Field> identityNumberFields;
        int identityNumberFieldCount = 0; // all of them

        // For a message: that these fields hold what looks like a national identity number,
        // each on a line of its own (and how many more there are), and that Samspill is not
        // meant for information about patients. Several lines, plain text.
        QString description() const;
    };

    // progress hears how many bytes of the file are read; cancelled, when given, is asked
    // after each project, and a set flag rolls the import back.
    static Domain::Result<Outcome> run(Workspace &workspace, QFile &file, PersonalData personalData,
                                       const Exchange::JsonReader::Progress &progress = {},
                                       const std::atomic<bool> *cancelled = nullptr);
};

} // namespace App
