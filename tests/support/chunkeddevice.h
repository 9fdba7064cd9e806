#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>

namespace TestSupport {

// A read-only sequential device that hands out its bytes a few at a time (1, 2, ...,
// largestChunk bytes per read, then again from 1), as a pipe may: the boundaries of a reader's
// chunks then fall anywhere, also inside UTF-8 sequences, escapes and numbers. With failAt set,
// reading fails (returns -1, with an error string) once that many bytes have been handed out,
// as a disk that goes away would.
class ChunkedDevice : public QIODevice
{
public:
    explicit ChunkedDevice(QByteArray bytes, qint64 largestChunk = 7, qint64 failAt = -1)
        : m_bytes(std::move(bytes))
        , m_largestChunk(largestChunk)
        , m_failAt(failAt)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    // How often the device was read from.
    int reads() const { return m_reads; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAt >= 0 && m_position >= m_failAt) {
            setErrorString(QStringLiteral("the disk went away"));
            return -1;
        }
        const qint64 size =
            std::min({maxSize, 1 + m_reads % m_largestChunk, m_bytes.size() - m_position});
        ++m_reads;
        std::copy_n(m_bytes.constData() + m_position, size, data);
        m_position += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_largestChunk;
    qint64 m_failAt;
    qint64 m_position = 0;
    int m_reads = 0;
};

} // namespace TestSupport
