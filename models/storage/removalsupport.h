#pragma once

// What the two halves of Storage::EntityRemover share: entityremover.cpp, which removes, and
// entityrestore.cpp, which puts back. Inside the storage library only.

#include "models/domain/removal.h"
#include "models/domain/result.h"
#include "models/storage/entityreaders.h"

#include <QCoreApplication>
#include <QUuid>
#include <QVector>

#include <algorithm>

namespace Storage::RemovalSupport {

using Domain::EntityKind;
using Domain::Error;
using Domain::Removal;
using Domain::RemovedLink;
using Domain::Result;
using Readers::Location;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::EntityRemover)
};

// A row that hangs on the entity changed or went between this transaction's read and its write
// (PostgreSQL lets another program's commit in between): the removal starts again from a fresh
// read.
Error settled(const Error &error);

// A Removal that does not hold what its kind needs to be put back.
Error malformed();

template <typename T>
qsizetype indexOf(const QVector<T> &items, const QUuid &uuid)
{
    const auto found = std::find_if(items.cbegin(), items.cend(),
                                    [&uuid](const T &item) { return item.uuid == uuid; });
    return found == items.cend() ? -1 : found - items.cbegin();
}

} // namespace Storage::RemovalSupport
