#pragma once

#include <QByteArray>
#include <QVector>

namespace Report {

// A ZIP archive of stored (uncompressed) entries, as an OpenDocument package needs one: the
// first entry its "mimetype", uncompressed, and each entry's name in ASCII. Entries carry a fixed
// time (1 January 1980), so that the same document gives the same bytes.
class ZipWriter
{
public:
    void add(const QByteArray &name, const QByteArray &data);
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QVector<Entry> m_entries;
};

} // namespace Report
