#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QUuid>

// The project of tests/timeline/data/every-precision.json: dates of every precision (days,
// months, quarters, half-years, a year, an open end), milestones of the project and of a
// measure, and a measure and a milestone without any date. The view tests, the export tests
// and the screenshots use it.
namespace EveryPrecision {

inline const QUuid project{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0001")};
inline const QString name = QStringLiteral("Tidslinjeprosjektet");
inline const QUuid days{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0401")};
inline const QUuid months{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0402")};
inline const QUuid quarters{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0403")};
inline const QUuid halfYears{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0404")};
inline const QUuid year{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0405")};
inline const QUuid openEnd{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0406")};
inline const QUuid cancelled{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0407")};
inline const QUuid undated{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0408")};
inline const QUuid training{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0502")};
inline const QUuid interimReport{QStringLiteral("6e2d4b58-3b54-4f8e-8e66-2c9f1f2b0505")};
inline const QString undatedTitle = QStringLiteral("Udatert tiltak");
inline const QString undatedMilestoneTitle = QStringLiteral("Evalueringsmøte");

inline QString file()
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/tests/timeline/data/every-precision.json");
}

inline QByteArray json()
{
    QFile in(file());
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace EveryPrecision
