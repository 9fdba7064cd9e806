// The mutator of exchange_fuzz (jsonmutator.h): the kinds of change it makes to a valid
// document's tree (types swapped, fields dropped and invented, UUIDs spoilt, keys repeated,
// escapes, huge numbers and strings, deep nesting) and to its bytes (cut short, bits flipped,
// UTF-8 broken), and how it picks where.

#include "tests/exchange/jsonmutator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace TestSupport {
namespace {

using Path = JsonPath;
using Step = JsonStep;

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

} // namespace

std::pair<QByteArray, QString> Mutator::mutate(const QByteArray &base)
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

Mutator::Kind Mutator::pickKind()
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

std::optional<Path>
Mutator::place(const std::function<bool(const Path &, const QJsonValue &)> &accept)
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

void Mutator::set(const Path &path, const std::optional<QJsonValue> &value)
{
    m_root = replacedAt(m_root, path, 0, value);
}

QJsonValue Mutator::raw(const QByteArray &json)
{
    const QString marker = QStringLiteral("@@raw%1@@").arg(m_raw.size());
    m_raw.emplace_back(quotedJson(marker), json);
    return marker;
}

QString Mutator::freshUuid()
{
    return QUuid(m_random.generate(), quint16(m_random.generate()), quint16(m_random.generate()),
                 uchar(below(256)), uchar(below(256)), uchar(below(256)), uchar(below(256)),
                 uchar(below(256)), uchar(below(256)), uchar(below(256)), uchar(below(256)))
        .toString(QUuid::WithoutBraces);
}

QString Mutator::mutateTree(Kind kind)
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
        return value.isString() && (TextFields.contains(lastKey(path)) ||
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
        return QStringLiteral("type swap at ") + jsonPathText(*path);
    }
    case Kind::Remove:
    case Kind::Null: {
        const auto path = place(member);
        if (!path)
            return {};
        set(*path, kind == Kind::Null ? std::optional<QJsonValue>(QJsonValue()) : std::nullopt);
        return (kind == Kind::Null ? QStringLiteral("null at ") : QStringLiteral("removed ")) +
               jsonPathText(*path);
    }
    case Kind::Unknown: {
        const auto path =
            place([](const Path &, const QJsonValue &value) { return value.isObject(); });
        static const QStringList keys{QStringLiteral("colour"),     QStringLiteral("Uuid"),
                                      QStringLiteral("uuid "),      QStringLiteral("ti\u0000tle"),
                                      QStringLiteral("\x1b[2J"),    QStringLiteral("%1%2"),
                                      QStringLiteral("name\u200b"), QStringLiteral("prosjekter")};
        const QString key = pick(keys);
        set(path.value_or(Path()) + Path{Step{key}}, 1);
        return QStringLiteral("unknown field at ") + jsonPathText(path.value_or(Path()));
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
        return QStringLiteral("uuid %1 at %2").arg(variant, jsonPathText(*path));
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
        return QStringLiteral("duplicate key %1 at %2")
            .arg(key, jsonPathText(path.value_or(Path())));
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
        return QStringLiteral("escape %1 at %2")
            .arg(QString::fromUtf8(escape), jsonPathText(*path));
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
        const QByteArray number = !forField.isEmpty() && below(2) ? pick(forField) : pick(numbers);
        set(*path, raw(number));
        return QStringLiteral("number %1 at %2")
            .arg(QString::fromLatin1(number), jsonPathText(*path));
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
        return QStringLiteral("huge text (%1) at %2").arg(choice).arg(jsonPathText(*path));
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
        return QStringLiteral("nesting %1 deep at %2").arg(depth).arg(jsonPathText(*path));
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
        return QStringLiteral("date %1 at %2").arg(date, jsonPathText(*path));
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
        return QStringLiteral("time %1 at %2").arg(time, jsonPathText(*path));
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
        return QStringLiteral("shuffled ") + jsonPathText(*path);
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
        return QStringLiteral("an item repeated in ") + jsonPathText(*path);
    }
    case Kind::Text: {
        const auto path = place(freeText);
        if (!path)
            return {};
        static const QStringList texts{QStringLiteral("Ny tekst"),
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
        return QStringLiteral("text at ") + jsonPathText(*path);
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

QString Mutator::mutateBytes(Kind kind, QByteArray &bytes)
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

} // namespace TestSupport
