// The exchange reader under fire (exchange_fuzz): hundreds of documents derived from valid ones
// (the seed files and the sample portfolio) by a deterministic mutator, which swaps types,
// drops and invents fields, spoils UUIDs, repeats keys, writes escapes, huge numbers, huge
// strings and deep nesting, cuts the file short, flips bits and breaks UTF-8. For each one the
// reader must not crash and must either
//  - refuse it with a message in which every line names a place (a path, or line and column)
//    and holds no character that could steer a terminal, or
//  - accept it, and then the portfolio must keep its meaning: JsonWriter's document of it
//    reads as the same portfolio, and that, stored in a new SQLite database, reads back the
//    same (each project's bundle, the organisations and the knowledge sources).
// Every mutant is also read from a device that hands out its bytes in small pieces, which must
// read the same. The seed is fixed, so a failure names the same mutant on every run.

#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "models/storage/sqlknowledgesourcerepository.h"
#include "models/storage/sqlorganisationrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/support/chunkeddevice.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/testportfolios.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Domain;

namespace {

constexpr quint32 Seed = 0x5a3b0511;
constexpr int MutantCount = 600;
const QDateTime ExportedAt(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);

// --- places in a QJsonValue tree

struct Step
{
    QString key;    // a member of an object, or
    int index = -1; // an item of an array
};
using Path = QVector<Step>;

QString text(const Path &path)
{
    QString out;
    for (const Step &step : path) {
        if (step.index >= 0)
            out += QStringLiteral("[%1]").arg(step.index);
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return out;
}

// The key of the member the path ends in, or of the list it ends in an item of.
QString lastKey(const Path &path)
{
    for (auto it = path.crbegin(); it != path.crend(); ++it) {
        if (it->index < 0)
            return it->key;
    }
    return {};
}

void collect(const QJsonValue &node, Path &path, QVector<Path> &out)
{
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(Step{it.key()});
            out.append(path);
            collect(it.value(), path, out);
            path.removeLast();
        }
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (int i = 0; i < array.size(); ++i) {
            path.append(Step{QString(), i});
            out.append(path);
            collect(array.at(i), path, out);
            path.removeLast();
        }
    }
}

QJsonValue valueAt(QJsonValue node, const Path &path)
{
    for (const Step &step : path)
        node = step.index < 0 ? node.toObject().value(step.key) : node.toArray().at(step.index);
    return node;
}

// node with the value at path[i...] replaced by value, or removed when there is none.
QJsonValue replaced(const QJsonValue &node, const Path &path, qsizetype i,
                    const std::optional<QJsonValue> &value)
{
    const Step &step = path.at(i);
    const bool last = i + 1 == path.size();
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (!last)
            object.insert(step.key, replaced(object.value(step.key), path, i + 1, value));
        else if (value)
            object.insert(step.key, *value);
        else
            object.remove(step.key);
        return object;
    }
    QJsonArray array = node.toArray();
    if (!last)
        array.replace(step.index, replaced(array.at(step.index), path, i + 1, value));
    else if (value)
        array.replace(step.index, *value);
    else
        array.removeAt(step.index);
    return array;
}

// --- the mutator

const QStringList TextFields{
    QStringLiteral("name"),         QStringLiteral("title"),     QStringLiteral("description"),
    QStringLiteral("text"),         QStringLiteral("shortName"), QStringLiteral("region"),
    QStringLiteral("fundingNotes"), QStringLiteral("theme"),     QStringLiteral("author"),
    QStringLiteral("mitigation"),   QStringLiteral("owner"),     QStringLiteral("publisher"),
    QStringLiteral("authors"),      QStringLiteral("reference"), QStringLiteral("link"),
    QStringLiteral("summary"),      QStringLiteral("label"),     QStringLiteral("unit")};
const QStringList DateFields{
    QStringLiteral("start"),      QStringLiteral("end"),         QStringLiteral("plannedStart"),
    QStringLiteral("plannedEnd"), QStringLiteral("actualStart"), QStringLiteral("actualEnd"),
    QStringLiteral("due"),        QStringLiteral("date"),        QStringLiteral("measuredOn")};

// JSON text of a string, as a document would spell it.
QByteArray quotedJson(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Makes mutants of valid documents, deterministically from its seed. Each mutant is one or two
// changes to the document's tree (written back with QJsonDocument, then with raw JSON text put
// in where QJsonDocument cannot write it), or a change to its bytes.
class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_random(seed)
    {}

    // A mutant of base, and what was done to it.
    std::pair<QByteArray, QString> mutate(const QByteArray &base)
    {
        m_root = QJsonDocument::fromJson(base).object();
        m_raw.clear();
        QStringList done;
        const int changes = below(10) < 8 ? 1 : 2;
        QVector<Kind> onBytes;
        for (int i = 0; i < changes; ++i) {
            for (;;) {
                const Kind kind = pickKind();
                if (kind >= Kind::Truncate) {
                    onBytes.append(kind);
                    break;
                }
                const QString what = mutateTree(kind);
                if (!what.isEmpty()) {
                    done.append(what);
                    break;
                }
            }
        }
        QByteArray bytes = QJsonDocument(m_root.toObject())
                               .toJson(below(2) ? QJsonDocument::Indented : QJsonDocument::Compact);
        // A second change may have dropped or copied a marker: each one left is replaced.
        for (const auto &[marker, raw] : m_raw)
            bytes.replace(marker, raw);
        for (const Kind kind : onBytes)
            done.append(mutateBytes(kind, bytes));
        return {bytes, done.join(QStringLiteral("; "))};
    }

    int below(int n) { return int(m_random.bounded(n)); }

private:
    enum class Kind {
        TypeSwap,
        Remove,
        Null,
        Unknown,
        Uuid,
        Duplicate,
        Escape,
        Number,
        Huge,
        Deep,
        Goals,
        Date,
        Time,
        Shuffle,
        Repeat,
        Text,
        Header,
        Truncate, // from here on: changes to the bytes
        Flip,
        Utf8,
    };

    Kind pickKind()
    {
        static const QVector<std::pair<Kind, int>> weights{
            {Kind::TypeSwap, 6}, {Kind::Remove, 8},    {Kind::Null, 6},   {Kind::Unknown, 4},
            {Kind::Uuid, 8},     {Kind::Duplicate, 4}, {Kind::Escape, 9}, {Kind::Number, 8},
            {Kind::Huge, 3},     {Kind::Deep, 2},      {Kind::Goals, 3},  {Kind::Date, 5},
            {Kind::Time, 4},     {Kind::Shuffle, 5},   {Kind::Repeat, 3}, {Kind::Text, 12},
            {Kind::Header, 2},   {Kind::Truncate, 3},  {Kind::Flip, 4},   {Kind::Utf8, 4}};
        int total = 0;
        for (const auto &weight : weights)
            total += weight.second;
        int roll = below(total);
        for (const auto &[kind, weight] : weights) {
            if (roll < weight)
                return kind;
            roll -= weight;
        }
        Q_UNREACHABLE();
        return Kind::Text;
    }

    template <typename T>
    const T &pick(const QVector<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // A random place whose value satisfies accept; empty when there is none.
    std::optional<Path> place(const std::function<bool(const Path &, const QJsonValue &)> &accept)
    {
        QVector<Path> all;
        Path path;
        collect(m_root, path, all);
        QVector<Path> candidates;
        for (const Path &candidate : all) {
            if (accept(candidate, valueAt(m_root, candidate)))
                candidates.append(candidate);
        }
        if (candidates.isEmpty())
            return std::nullopt;
        return pick(candidates);
    }

    void set(const Path &path, const std::optional<QJsonValue> &value)
    {
        m_root = replaced(m_root, path, 0, value);
    }

    // A value written as raw JSON text: a marker string now, the text after serialisation.
    QJsonValue raw(const QByteArray &json)
    {
        const QString marker = QStringLiteral("@@raw%1@@").arg(m_raw.size());
        m_raw.emplace_back(quotedJson(marker), json);
        return marker;
    }

    QString freshUuid()
    {
        return QUuid(m_random.generate(), quint16(m_random.generate()),
                     quint16(m_random.generate()), uchar(below(256)), uchar(below(256)),
                     uchar(below(256)), uchar(below(256)), uchar(below(256)), uchar(below(256)),
                     uchar(below(256)), uchar(below(256)))
            .toString(QUuid::WithoutBraces);
    }

    QString mutateTree(Kind kind)
    {
        static const QRegularExpression uuidForm(
            QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
        const auto any = [](const Path &, const QJsonValue &) { return true; };
        const auto member = [](const Path &path, const QJsonValue &) {
            return path.constLast().index < 0;
        };
        const auto string = [](const Path &, const QJsonValue &value) { return value.isString(); };
        const auto keyed = [](const QStringList &keys) {
            return [keys](const Path &path, const QJsonValue &value) {
                return value.isString() && keys.contains(lastKey(path));
            };
        };
        // Free text: also a member's role, which elsewhere is a code.
        const auto freeText = [](const Path &path, const QJsonValue &value) {
            return value.isString() &&
                   (TextFields.contains(lastKey(path)) ||
                    (lastKey(path) == QLatin1String("role") && path.size() > 2 &&
                     path.at(path.size() - 3).key == QLatin1String("members")));
        };

        switch (kind) {
        case Kind::TypeSwap: {
            const auto path = place(any);
            if (!path)
                return {};
            static const QVector<QJsonValue> values{QStringLiteral("text"),
                                                    0,
                                                    -1,
                                                    1.5,
                                                    true,
                                                    false,
                                                    QJsonValue(),
                                                    QJsonArray(),
                                                    QJsonObject(),
                                                    QJsonArray{QStringLiteral("x")},
                                                    QJsonObject{{QStringLiteral("a"), 1}}};
            set(*path, pick(values));
            return QStringLiteral("type swap at ") + text(*path);
        }
        case Kind::Remove:
        case Kind::Null: {
            const auto path = place(member);
            if (!path)
                return {};
            set(*path, kind == Kind::Null ? std::optional<QJsonValue>(QJsonValue()) : std::nullopt);
            return (kind == Kind::Null ? QStringLiteral("null at ") : QStringLiteral("removed ")) +
                   text(*path);
        }
        case Kind::Unknown: {
            const auto path =
                place([](const Path &, const QJsonValue &value) { return value.isObject(); });
            static const QStringList keys{
                QStringLiteral("colour"),      QStringLiteral("Uuid"),      QStringLiteral("uuid "),
                QStringLiteral("ti\u0000tle"), QStringLiteral("\x1b[2J"),   QStringLiteral("%1%2"),
                QStringLiteral("name\u200b"),  QStringLiteral("prosjekter")};
            const QString key = pick(keys);
            set(path.value_or(Path()) + Path{Step{key}}, 1);
            return QStringLiteral("unknown field at ") + text(path.value_or(Path()));
        }
        case Kind::Uuid: {
            const auto path = place([](const Path &, const QJsonValue &value) {
                return value.isString() && uuidForm.match(value.toString()).hasMatch();
            });
            if (!path)
                return {};
            const QString uuid = valueAt(m_root, *path).toString();
            const auto other = place([&](const Path &, const QJsonValue &value) {
                return value.isString() && uuidForm.match(value.toString()).hasMatch() &&
                       value.toString() != uuid;
            });
            const QStringList variants{uuid.toUpper(),
                                       QLatin1Char('{') + uuid + QLatin1Char('}'),
                                       uuid + QLatin1Char(' '),
                                       uuid + QLatin1Char('0'),
                                       uuid.left(35),
                                       QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                       QLatin1Char('g') + uuid.mid(1),
                                       other ? valueAt(m_root, *other).toString() : uuid,
                                       freshUuid(),
                                       freshUuid()};
            const QString variant = pick(variants);
            set(*path, variant);
            return QStringLiteral("uuid %1 at %2").arg(variant, text(*path));
        }
        case Kind::Duplicate: {
            const auto path = place([](const Path &, const QJsonValue &value) {
                return value.isObject() && !value.toObject().isEmpty();
            });
            const QJsonObject object = valueAt(m_root, path.value_or(Path())).toObject();
            const QStringList keys = object.keys();
            const QString key = pick(keys);
            const QString marker = QStringLiteral("@@dup%1@@").arg(m_raw.size());
            m_raw.emplace_back(quotedJson(marker), quotedJson(key));
            set(path.value_or(Path()) + Path{Step{marker}},
                below(2) ? object.value(key) : QJsonValue(QStringLiteral("other")));
            return QStringLiteral("duplicate key %1 at %2").arg(key, text(path.value_or(Path())));
        }
        case Kind::Escape: {
            const auto path = below(4) > 0 ? place(freeText) : place(string);
            if (!path)
                return {};
            static const QVector<QByteArray> escapes{R"("Tr\u00f8ndelag")",
                                                     R"("\ud83d\ude42 glad")",
                                                     R"("tab\tand\nline\r\nend")",
                                                     R"("%1 %2 %n %L1")",
                                                     R"("\\u001b is no escape")",
                                                     R"("\u200bx")",
                                                     R"("\u202eabc")",
                                                     R"("quote \" and slash \/")",
                                                     R"("\u0000")",
                                                     R"("a\u001b[2Jb")",
                                                     R"("\ud800")",
                                                     R"("\udc00x")",
                                                     R"("\uffff")",
                                                     R"("\ufffe")",
                                                     R"("\u007f")",
                                                     R"("\u0007bell")",
                                                     R"("\u200b")",
                                                     R"("\u001b]0;title\u0007")",
                                                     "\"a\x01b\"",
                                                     "\"\x1b[2J\"",
                                                     R"("\x41")",
                                                     R"("\u12")"};
            const QByteArray escape = pick(escapes);
            set(*path, raw(escape));
            return QStringLiteral("escape %1 at %2").arg(QString::fromUtf8(escape), text(*path));
        }
        case Kind::Number: {
            const auto path = place([this](const Path &, const QJsonValue &value) {
                return value.isDouble() || (!value.isArray() && !value.isObject() && below(4) == 0);
            });
            if (!path)
                return {};
            static const QVector<QByteArray> numbers{"0",
                                                     "-0",
                                                     "1e2",
                                                     "4e1",
                                                     "100.0",
                                                     "2",
                                                     "3",
                                                     "2012",
                                                     "9007199254740992",
                                                     "-9007199254740992",
                                                     "1.5",
                                                     "1e308",
                                                     "5e-324",
                                                     "2.2250738585072014e-308",
                                                     "9007199254740993",
                                                     "-9007199254740993",
                                                     "1e400",
                                                     "-1e400",
                                                     "1e-400",
                                                     "123456789012345678901234567890",
                                                     "0.30000000000000004",
                                                     ".5",
                                                     "01",
                                                     "+1",
                                                     "1.",
                                                     "NaN",
                                                     "Infinity",
                                                     "-Infinity",
                                                     "1e",
                                                     "0x1F",
                                                     "--1",
                                                     "1E+2",
                                                     "-12.5e-1"};
            // Half the time a form that fits the field, so that some are read.
            static const QHash<QString, QVector<QByteArray>> fitting{
                {QStringLiteral("progress"), {"0", "100", "4e1", "100.0", "-0", "5E1"}},
                {QStringLiteral("newProgress"), {"0", "100", "4e1", "100.0", "-0", "5E1"}},
                {QStringLiteral("likelihood"), {"1", "5", "3.0", "2e0"}},
                {QStringLiteral("impact"), {"1", "5", "3.0", "2e0"}},
                {QStringLiteral("year"), {"2010", "2.012e3", "2200", "1900.0"}},
                {QStringLiteral("budgetOre"), {"9007199254740992", "-9007199254740992", "1e15"}},
                {QStringLiteral("accountsOre"), {"0", "-12345", "9.007199254740991e15"}},
                {QStringLiteral("ownContributionOre"), {"1", "-0", "100.00"}},
                {QStringLiteral("baseline"), {"1e308", "5e-324", "-0", "0.1", "-12.5e-1"}},
                {QStringLiteral("target"), {"123456789012345678901234567890", "1E-7", "2"}},
                {QStringLiteral("current"), {"0.30000000000000004", "-1e300", "7"}},
                {QStringLiteral("formatVersion"), {"1", "1.0", "1e0"}}};
            const QVector<QByteArray> forField = fitting.value(lastKey(*path));
            const QByteArray number =
                !forField.isEmpty() && below(2) ? pick(forField) : pick(numbers);
            set(*path, raw(number));
            return QStringLiteral("number %1 at %2").arg(QString::fromLatin1(number), text(*path));
        }
        case Kind::Huge: {
            const auto path = place(string);
            if (!path)
                return {};
            const int choice = below(3);
            if (choice == 0) {
                set(*path, QString::fromUtf8("Æø\xf0\x9f\x99\x82 ab ").repeated(20000));
            } else if (choice == 1) {
                set(*path, raw(QByteArray("\"") + QByteArray("abc").repeated(40000) +
                               QByteArray("\\u0000\"")));
            } else {
                Path parent = *path;
                parent.removeLast();
                set(parent + Path{Step{QStringLiteral("k").repeated(10000)}}, 1);
            }
            return QStringLiteral("huge text (%1) at %2").arg(choice).arg(text(*path));
        }
        case Kind::Deep: {
            const auto path = place(any);
            if (!path)
                return {};
            static const QVector<int> depths{8, 40, 58, 59, 60, 64, 300, 100000};
            const int depth = pick(depths);
            const bool arrays = below(2);
            QByteArray nested;
            nested.reserve(depth * 8 + 8);
            for (int i = 0; i < depth; ++i)
                nested += arrays ? QByteArray("[") : QByteArray("{\"a\":");
            nested += "1";
            for (int i = 0; i < depth; ++i)
                nested += arrays ? ']' : '}';
            set(*path, raw(nested));
            return QStringLiteral("nesting %1 deep at %2").arg(depth).arg(text(*path));
        }
        case Kind::Goals: {
            const Path goalsPath{Step{QStringLiteral("projects")}, Step{QString(), 0},
                                 Step{QStringLiteral("goals")}};
            if (!valueAt(m_root, goalsPath).isArray())
                return {};
            static const QVector<int> depths{1, 15, 16, 16, 17, 30};
            const int depth = pick(depths);
            QJsonArray chain;
            for (int level = depth; level >= 1; --level) {
                QJsonObject goal{{QStringLiteral("uuid"), freshUuid()},
                                 {QStringLiteral("text"), QStringLiteral("Nivå %1").arg(level)}};
                if (!chain.isEmpty() || below(2))
                    goal.insert(QStringLiteral("subGoals"), chain);
                chain = QJsonArray{goal};
            }
            QJsonArray goals = valueAt(m_root, goalsPath).toArray();
            goals.append(chain.at(0));
            set(goalsPath, goals);
            return QStringLiteral("goal tree %1 deep").arg(depth);
        }
        case Kind::Date: {
            const auto path = place(keyed(DateFields));
            if (!path)
                return {};
            static const QStringList dates{QStringLiteral("0001-01-01"),
                                           QStringLiteral("9999-12-31"),
                                           QStringLiteral("2012-02-29"),
                                           QStringLiteral("2012-09-01\n"),
                                           QStringLiteral(" 2012-09-01"),
                                           QStringLiteral("2012-02-30"),
                                           QStringLiteral("2012-9-1"),
                                           QStringLiteral("2013-06-30"),
                                           QStringLiteral("2010-01-01"),
                                           QStringLiteral("٢٠١٢-٠٩-٠١"),
                                           QStringLiteral("2012-09-01T00:00:00Z"),
                                           QStringLiteral("0000-01-01")};
            const QString date = pick(dates);
            set(*path, date);
            return QStringLiteral("date %1 at %2").arg(date, text(*path));
        }
        case Kind::Time: {
            const auto path =
                place(keyed({QStringLiteral("recordedAt"), QStringLiteral("exportedAt")}));
            if (!path)
                return {};
            static const QStringList times{QStringLiteral("0001-01-01T00:00:00Z"),
                                           QStringLiteral("9999-12-31T23:59:59.999Z"),
                                           QStringLiteral("2020-02-29T12:00:00+14:00"),
                                           QStringLiteral("2012-03-01T09:00:00.5-03:30"),
                                           QStringLiteral("2012-03-01T09:00Z"),
                                           QStringLiteral("0001-01-01T00:30:00+01:00"),
                                           QStringLiteral("9999-12-31T23:30:00-01:00"),
                                           QStringLiteral("2012-03-01T09:00:00"),
                                           QStringLiteral("2012-03-01 09:00:00Z"),
                                           QStringLiteral("2012-03-01T09:00:00Z\n")};
            const QString time = pick(times);
            set(*path, time);
            return QStringLiteral("time %1 at %2").arg(time, text(*path));
        }
        case Kind::Shuffle: {
            const auto path = place([](const Path &, const QJsonValue &value) {
                return value.isArray() && value.toArray().size() > 1;
            });
            if (!path)
                return {};
            QJsonArray array = valueAt(m_root, *path).toArray();
            for (qsizetype i = array.size() - 1; i > 0; --i) {
                const qsizetype j = below(int(i + 1));
                const QJsonValue swapped = array.at(i);
                array.replace(i, array.at(j));
                array.replace(j, swapped);
            }
            set(*path, array);
            return QStringLiteral("shuffled ") + text(*path);
        }
        case Kind::Repeat: {
            const auto path = place([](const Path &, const QJsonValue &value) {
                return value.isArray() && !value.toArray().isEmpty();
            });
            if (!path)
                return {};
            QJsonArray array = valueAt(m_root, *path).toArray();
            array.insert(below(int(array.size()) + 1), array.at(below(int(array.size()))));
            set(*path, array);
            return QStringLiteral("an item repeated in ") + text(*path);
        }
        case Kind::Text: {
            const auto path = place(freeText);
            if (!path)
                return {};
            static const QStringList texts{
                QStringLiteral("Ny tekst"),
                QStringLiteral("Samhandling på tvers – «brukerstemmen»"),
                QString::fromUtf8("Emoji \xf0\x9f\x99\x82 og \xe2\x9c\x94"),
                QStringLiteral("Linje 1\nLinje 2\r\n\tinnrykk"),
                QStringLiteral("Прогресс · 進捗 · تقدم"),
                QStringLiteral("%1 %2 %n %L1 %%"),
                QStringLiteral("C:\\mappe\\fil"),
                QStringLiteral("x").repeated(5000),
                QStringLiteral("a\u200bb"),
                QStringLiteral("  mellomrom  ")};
            const QString value = pick(texts);
            set(*path, value);
            return QStringLiteral("text at ") + text(*path);
        }
        case Kind::Header: {
            static const QVector<std::pair<QString, QJsonValue>> headers{
                {QStringLiteral("formatVersion"), 2},
                {QStringLiteral("formatVersion"), 0},
                {QStringLiteral("formatVersion"), QStringLiteral("1")},
                {QStringLiteral("formatVersion"), 1.0},
                {QStringLiteral("format"), QStringLiteral("other")},
                {QStringLiteral("exportedAt"), QJsonValue()}};
            const auto &[key, value] = pick(headers);
            set(Path{Step{key}}, value);
            return QStringLiteral("header %1").arg(key);
        }
        case Kind::Truncate:
        case Kind::Flip:
        case Kind::Utf8:
            break;
        }
        return {};
    }

    QString mutateBytes(Kind kind, QByteArray &bytes)
    {
        switch (kind) {
        case Kind::Truncate: {
            const int at = below(int(bytes.size()));
            bytes.truncate(at);
            return QStringLiteral("cut at byte %1").arg(at);
        }
        case Kind::Flip: {
            QStringList flips;
            for (int i = 0, n = 1 + below(3); i < n; ++i) {
                const int at = below(int(bytes.size()));
                const int bit = below(8);
                bytes[at] = char(bytes.at(at) ^ (1 << bit));
                flips.append(QStringLiteral("%1:%2").arg(at).arg(bit));
            }
            return QStringLiteral("flipped ") + flips.join(QLatin1Char(','));
        }
        case Kind::Utf8: {
            static const QVector<QByteArray> broken{
                "\xff",     "\xc0\xaf",         "\xed\xa0\x80",         "\x80",
                "\xe2\x82", "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "\xc3"};
            // Inside a string, mostly: just after one of the document's quotes.
            qsizetype at = below(int(bytes.size()));
            const qsizetype quote = bytes.indexOf('"', at);
            if (quote >= 0 && below(4) > 0)
                at = quote + 1;
            bytes.insert(at, pick(broken));
            return QStringLiteral("broken UTF-8 at byte %1").arg(at);
        }
        default:
            break;
        }
        Q_UNREACHABLE();
        return {};
    }

    QRandomGenerator m_random;
    QJsonValue m_root;
    std::vector<std::pair<QByteArray, QByteArray>> m_raw; // marker -> raw JSON text
};

// --- judging what the reader did

// The first line of a refusal that names no place or could steer a terminal; empty when none.
QString badLine(const QString &message)
{
    static const QRegularExpression syntax(QStringLiteral("\\Aline \\d+, column \\d+: "));
    static const QRegularExpression located(QStringLiteral(
        "\\A(?:organisations|knowledgeSources|projects|reports|format|formatVersion|exportedAt)"
        "(?:[.\\[][^\\n]*?)?: "));
    static const QRegularExpression unknownAtTheTop(
        QStringLiteral("\\A\\S[^\\n]*?: is (?:not a field of this format|given twice)"));
    static const QRegularExpression more(QStringLiteral("\\A\\.\\.\\. and \\d+ more problem"));
    const QString notAnObject =
        QStringLiteral("The document is not a JSON object, so not a Samspill exchange file.");
    for (const QString &line : message.split(QLatin1Char('\n'))) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c.isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) {
                ++i; // a character beyond the BMP, such as an emoji
                continue;
            }
            const char16_t unit = c.unicode();
            if (unit < 0x20 || (unit >= 0x7F && unit < 0xA0) || c.isSurrogate() || unit == 0xFFFE ||
                unit == 0xFFFF || (unit >= 0x202A && unit <= 0x202E) ||
                (unit >= 0x2066 && unit <= 0x2069))
                return line;
        }
        if (!syntax.match(line).hasMatch() && !located.match(line).hasMatch() &&
            !unknownAtTheTop.match(line).hasMatch() && !more.match(line).hasMatch() &&
            line != notAnObject)
            return line;
    }
    return {};
}

// The project as storage keeps it: the status log in the order of its times (a stable sort,
// so equal times keep the document's order).
ProjectBundle asStored(ProjectBundle bundle)
{
    std::stable_sort(
        bundle.statusUpdates.begin(), bundle.statusUpdates.end(),
        [](const StatusUpdate &a, const StatusUpdate &b) { return a.recordedAt < b.recordedAt; });
    return bundle;
}

QByteArray seedFile(const char *name)
{
    QFile file(TestSupport::seedFile(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutatedDocumentsAreRefusedClearlyOrKeepTheirMeaning();

private:
    // Empty when portfolio keeps its meaning through the writer and the database; otherwise
    // what went wrong. stored tells whether it reached the database (a document may refer to
    // organisations and knowledge sources it does not carry, which a new database lacks).
    QString roundTrip(const Portfolio &portfolio, bool &stored);

    QTemporaryDir m_folder;
    QString m_template; // a migrated, empty SQLite database, copied for each accepted mutant
};

void TestFuzz::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_template = m_folder.filePath(QStringLiteral("template.sqlite"));
    auto database = Storage::Database::open(Storage::ConnectionSettings::sqlite(m_template));
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    auto migrated = Storage::Migrations::migrate(*database.value());
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
    database.value().reset(); // closed: the file alone is the whole database
}

QString TestFuzz::roundTrip(const Portfolio &portfolio, bool &stored)
{
    stored = false;
    // Through the writer
    const auto again =
        Exchange::JsonReader::read(Exchange::JsonWriter::toJson(portfolio, ExportedAt));
    if (!again)
        return QStringLiteral("its export is refused: ") + again.error().message;
    QStringList differences = TestSupport::differences(portfolio, again.value());
    if (!differences.isEmpty())
        return QStringLiteral("its export reads differently: ") +
               differences.join(QLatin1Char('\n'));

    // Into a new database and back
    TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    if (!QFile::copy(m_template, scratch.settings().file))
        return QStringLiteral("cannot copy the template database");
    auto database = Storage::Database::open(scratch.settings());
    if (!database)
        return database.error().message;
    auto migrated = Storage::Migrations::migrate(*database.value());
    if (!migrated)
        return migrated.error().message;
    // A scratch file need not survive a power cut: without waiting for the disk, the few
    // hundred databases take a second instead of several.
    QSqlQuery(database.value()->connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    auto imported =
        Storage::SqlPortfolioRepository(*database.value()).importPortfolio(again.value());
    if (!imported) {
        static const QRegularExpression outside(QStringLiteral(
            "\\A\\S+: refers to the (?:organisation|knowledge source) [0-9a-f-]{36}, "
            "which does not exist\\z"));
        for (const QString &line : imported.error().message.split(QLatin1Char('\n'))) {
            if (!outside.match(line).hasMatch())
                return QStringLiteral("the database refuses it: ") + imported.error().message;
        }
        return {}; // it refers to what only another database holds
    }
    stored = true;

    for (const ProjectBundle &expected : portfolio.projects) {
        auto project =
            Storage::SqlProjectRepository(*database.value()).projectByUuid(expected.project.uuid);
        if (!project)
            return project.error().message;
        auto bundle = Storage::SqlPortfolioRepository(*database.value()).projectBundle(project->id);
        if (!bundle)
            return bundle.error().message;
        differences += TestSupport::differences(asStored(expected), bundle.value());
    }
    auto organisations = Storage::SqlOrganisationRepository(*database.value()).organisations();
    auto sources = Storage::SqlKnowledgeSourceRepository(*database.value()).knowledgeSources();
    if (!organisations || !sources)
        return QStringLiteral("cannot read the organisations or knowledge sources back");
    differences += TestSupport::differences(TestSupport::sortedByUuid(portfolio.organisations),
                                            TestSupport::sortedByUuid(organisations.value()));
    differences += TestSupport::differences(TestSupport::sortedByUuid(portfolio.knowledgeSources),
                                            TestSupport::sortedByUuid(sources.value()));
    if (!differences.isEmpty())
        return QStringLiteral("it reads back differently from the database: ") +
               differences.join(QLatin1Char('\n'));
    return {};
}

void TestFuzz::mutatedDocumentsAreRefusedClearlyOrKeepTheirMeaning()
{
    // GIVEN valid documents: the two seed files and the sample portfolio as the writer writes it
    const QVector<QByteArray> bases{
        seedFile("nord-trondelag.json"), seedFile("knowledge-library.json"),
        Exchange::JsonWriter::toJson(TestSupport::samplePortfolio(), ExportedAt)};
    for (const QByteArray &base : bases)
        QVERIFY(Exchange::JsonReader::read(base));

    Mutator mutator(Seed);
    int accepted = 0;
    int stored = 0;
    int refused = 0;
    for (int i = 0; i < MutantCount; ++i) {
        // WHEN a mutant is read, at once and from a device in small pieces
        const auto [document, what] = mutator.mutate(bases.at(i % bases.size()));
        const QString mutant = QStringLiteral("mutant %1 (%2)").arg(i).arg(what);
        const auto read = Exchange::JsonReader::read(document);
        TestSupport::ChunkedDevice device(document, 1 + mutator.below(4096));
        const auto pieces = Exchange::JsonReader::read(device);
        QVERIFY2(bool(pieces) == bool(read) &&
                     (read ? TestSupport::differences(read.value(), pieces.value()).isEmpty()
                           : pieces.error().message == read.error().message),
                 qPrintable(mutant + QStringLiteral(": read in pieces, it reads differently")));

        // THEN it is refused, every line naming a place and nothing that steers a terminal
        if (!read) {
            ++refused;
            QCOMPARE(read.error().kind, Error::Kind::Format);
            const QString line = badLine(read.error().message);
            QVERIFY2(
                line.isEmpty(),
                qPrintable(mutant +
                           QStringLiteral(": a bad line in the "
                                          "refusal: ") +
                           QString::fromLatin1(line.toUtf8().toPercentEncoding(" :[]().,\"'"))));
            continue;
        }
        // OR it is accepted and keeps its meaning through the writer and the database
        ++accepted;
        bool reachedDatabase = false;
        const QString failure = roundTrip(read.value(), reachedDatabase);
        QVERIFY2(failure.isEmpty(), qPrintable(mutant + QStringLiteral(": ") + failure));
        stored += reachedDatabase ? 1 : 0;
    }

    qInfo("%d mutants: %d accepted (%d of them stored and read back, the others refer to "
          "entities outside the file), %d refused",
          MutantCount, accepted, stored, refused);
    // A good share must be accepted, or the round trip is hardly tested.
    QVERIFY2(accepted * 5 >= MutantCount, "fewer than 20 % of the mutants were accepted");
    QVERIFY2(stored * 2 >= accepted, "fewer than half of the accepted mutants were stored");
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
