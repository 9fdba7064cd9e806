#include "app/importer.h"

#include "app/workspace.h"
#include "models/domain/identitynumber.h"
#include "models/domain/text.h"
#include "models/storage/transaction.h"

#include <QFile>

namespace App {
namespace {

// Hands everything on to the import, unless the user asked to stop.
class CancellableSink : public Domain::PortfolioSink
{
public:
    CancellableSink(Domain::PortfolioSink &sink, const std::atomic<bool> *cancelled)
        : m_sink(sink)
        , m_cancelled(cancelled)
    {}

    Domain::Result<void> shared(const QVector<Domain::Organisation> &organisations,
                                const QVector<Domain::KnowledgeSource> &sources) override
    {
        if (auto stopped = check(); !stopped)
            return stopped;
        return m_sink.shared(organisations, sources);
    }
    Domain::Result<void> project(const Domain::ProjectBundle &bundle, const QString &path) override
    {
        if (auto stopped = check(); !stopped)
            return stopped;
        return m_sink.project(bundle, path);
    }
    Domain::Result<void> reports(const QVector<Domain::ArchivedReport> &reports) override
    {
        if (auto stopped = check(); !stopped)
            return stopped;
        return m_sink.reports(reports);
    }

private:
    Domain::Result<void> check() const
    {
        if (m_cancelled && m_cancelled->load())
            return Domain::Error{Domain::Error::Kind::Invalid,
                                 Importer::tr("The import was stopped.")};
        return {};
    }

    Domain::PortfolioSink &m_sink;
    const std::atomic<bool> *m_cancelled;
};

// Looks at everything on its way to the import for what looks like a national identity number,
// and notes the fields in outcome. When such a file is refused, nothing more is handed on once
// one is found, while the reader goes on to the end so that every field is noted; the import is
// then never committed, so what it received before is rolled back.
class IdentityNumberGuard : public Domain::PortfolioSink
{
public:
    IdentityNumberGuard(Domain::PortfolioSink &sink, Importer::PersonalData personalData,
                        Importer::Outcome &outcome)
        : m_sink(sink)
        , m_personalData(personalData)
        , m_outcome(outcome)
    {}

    Domain::Result<void> shared(const QVector<Domain::Organisation> &organisations,
                                const QVector<Domain::KnowledgeSource> &sources) override
    {
        // Paths from the top of the document: "organisations[0].name".
        note(QString(), QString(),
             Domain::identityNumberFields(Domain::Portfolio{organisations, sources, {}, {}}));
        return refused() ? Domain::Result<void>() : m_sink.shared(organisations, sources);
    }
    Domain::Result<void> project(const Domain::ProjectBundle &bundle, const QString &path) override
    {
        const QString &name = bundle.project.name;
        note(path, Domain::containsIdentityNumber(name) ? QString() : name,
             Domain::identityNumberFields(bundle));
        return refused() ? Domain::Result<void>() : m_sink.project(bundle, path);
    }
    Domain::Result<void> reports(const QVector<Domain::ArchivedReport> &reports) override
    {
        return refused() ? Domain::Result<void>() : m_sink.reports(reports);
    }

    bool refused() const
    {
        return m_personalData == Importer::PersonalData::Refuse &&
               m_outcome.identityNumberFieldCount > 0;
    }

private:
    // fields are relative to path, their entity's place in the document; project is the name
    // of the project they are in, empty when there is none to show.
    void note(const QString &path, const QString &project, const QStringList &fields)
    {
        for (const QString &field : fields) {
            if (++m_outcome.identityNumberFieldCount <= Importer::MaxFieldsNamed) {
                m_outcome.identityNumberFields.append(Importer::Outcome::Field{
                    path.isEmpty() ? field : path + QLatin1Char('.') + field, project});
            }
        }
    }

    Domain::PortfolioSink &m_sink;
    const Importer::PersonalData m_personalData;
    Importer::Outcome &m_outcome;
};

} // namespace

QString Importer::Outcome::description() const
{
    // The paths are made of the format's field names and indexes: nothing in them comes from
    // the file, so they need no escaping; a project's name does.
    QStringList lines{tr("These fields hold what looks like a Norwegian national identity number "
                         "(fødselsnummer or D-number):")};
    for (const Field &field : identityNumberFields) {
        lines.append(
            QStringLiteral("  ") +
            (field.project.isEmpty()
                 ? field.path
                 : tr("%1 in the project %2").arg(field.path, Domain::quoted(field.project))));
    }
    if (const int more = identityNumberFieldCount - int(identityNumberFields.size()); more > 0)
        lines.append(QStringLiteral("  ") + tr("... and %1 more").arg(QString::number(more)));
    lines.append(tr("Samspill holds project data, never information about patients."));
    return lines.join(QLatin1Char('\n'));
}

Domain::Result<Importer::Outcome> Importer::run(Workspace &workspace, QFile &file,
                                                PersonalData personalData,
                                                const Exchange::JsonReader::Progress &progress,
                                                const std::atomic<bool> *cancelled)
{
    return Storage::retried([&]() -> Domain::Result<Outcome> {
        if (!file.seek(0))
            return Domain::Error{Domain::Error::Kind::Io, Domain::printable(file.errorString())};
        auto import = workspace.portfolio().beginImport();
        if (!import->started())
            return import->started().error();
        Outcome outcome;
        IdentityNumberGuard guard(*import, personalData, outcome);
        CancellableSink sink(guard, cancelled);
        if (auto read = Exchange::JsonReader::read(file, sink, progress); !read)
            return read.error();
        if (guard.refused())
            return outcome; // never committed: the import's transaction rolls back
        auto summary = import->commit();
        if (!summary)
            return summary.error();
        outcome.summary = summary.value();
        return outcome;
    });
}

} // namespace App
