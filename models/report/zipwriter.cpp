#include "models/report/zipwriter.h"

#include <array>

namespace Report {
namespace {

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

constexpr quint32 dosTime = 0;                         // 00:00:00
constexpr quint32 dosDate = (0u << 9) | (1u << 5) | 1; // 1980-01-01
constexpr quint32 version = 20;                        // ZIP 2.0

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> values{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            values[i] = c;
        }
        return values;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void ZipWriter::add(const QByteArray &name, const QByteArray &data)
{
    Entry entry{name, crc32(data), quint32(data.size()), quint32(m_data.size())};
    put32(m_data, 0x04034b50);
    put16(m_data, version);
    put16(m_data, 0); // flags
    put16(m_data, 0); // stored
    put16(m_data, dosTime);
    put16(m_data, dosDate);
    put32(m_data, entry.crc);
    put32(m_data, entry.size);
    put32(m_data, entry.size);
    put16(m_data, quint32(name.size()));
    put16(m_data, 0); // no extra field
    m_data.append(name);
    m_data.append(data);
    m_entries.append(entry);
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directory = quint32(out.size());
    for (const Entry &entry : m_entries) {
        put32(out, 0x02014b50);
        put16(out, version); // made by
        put16(out, version); // needed
        put16(out, 0);
        put16(out, 0);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, entry.crc);
        put32(out, entry.size);
        put32(out, entry.size);
        put16(out, quint32(entry.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, entry.offset);
        out.append(entry.name);
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0); // comment
    return out;
}

} // namespace Report
