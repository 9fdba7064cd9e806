#pragma once

#include "models/domain/result.h"
#include "models/domain/validation.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Exchange {

// Everything wrong with one document, each as "path: what is wrong", in the order found.
// The first JsonReader::MaxProblems are kept word for word; the rest are only counted, so the
// reader can go on to the end and still say how many there were.
class Problems
{
public:
    void add(const QString &path, const QString &message);
    // A domain rule's violations of the entity at path (each field relative to it).
    void add(const QString &path, const Domain::Violations &violations);

    bool isEmpty() const { return m_count == 0; }
    bool hasProblemAt(const QString &path) const { return m_paths.contains(path); }
    // All of them as one Error of kind Format, one problem per line.
    Domain::Error error() const;

private:
    QStringList m_lines;
    QSet<QString> m_paths;
    int m_count = 0;
};

} // namespace Exchange
