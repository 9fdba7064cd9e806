#include "app/importer.h"

#include "app/workspace.h"
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

} // namespace

Domain::Result<Domain::ImportSummary> Importer::run(Workspace &workspace, QFile &file,
                                                    const Exchange::JsonReader::Progress &progress,
                                                    const std::atomic<bool> *cancelled)
{
    return Storage::retried([&]() -> Domain::Result<Domain::ImportSummary> {
        if (!file.seek(0))
            return Domain::Error{Domain::Error::Kind::Io, Domain::printable(file.errorString())};
        auto import = workspace.portfolio().beginImport();
        if (!import->started())
            return import->started().error();
        CancellableSink sink(*import, cancelled);
        if (auto read = Exchange::JsonReader::read(file, sink, progress); !read)
            return read.error();
        return import->commit();
    });
}

} // namespace App
