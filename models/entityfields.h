#pragma once

#include "models/domain/entitykind.h"
#include "models/domain/portfolio.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

#include <functional>

namespace Models {

// One field of an entity as a user reads it: its translated label and its value as text.
struct FieldText
{
    int field = 0; // the field's number within its kind of entity, stable between calls
    QString label;
    QString value;
};

// The fields of every kind of entity as a user reads them, with references shown by name: for
// the texts of undo commands ("Endre status for «Hospitering»"), and for showing one's own
// edit beside the one someone else stored.
class EntityFields
{
    Q_DECLARE_TR_FUNCTIONS(Models::EntityFields)

public:
    // The name of what a UUID refers to (an organisation, goal, measure or knowledge source);
    // empty when it is not known.
    using Names = std::function<QString(const QUuid &)>;

    static QVector<FieldText> of(const Domain::Organisation &organisation, const Names &names);
    static QVector<FieldText> of(const Domain::KnowledgeSource &source, const Names &names);
    static QVector<FieldText> of(const Domain::Project &project, const Names &names);
    static QVector<FieldText> of(const Domain::Participant &participant, const Names &names);
    static QVector<FieldText> of(const Domain::Member &member, const Names &names);
    static QVector<FieldText> of(const Domain::Goal &goal, const Names &names);
    static QVector<FieldText> of(const Domain::Indicator &indicator, const Names &names);
    static QVector<FieldText> of(const Domain::Measure &measure, const Names &names);
    static QVector<FieldText> of(const Domain::Activity &activity, const Names &names);
    static QVector<FieldText> of(const Domain::Milestone &milestone, const Names &names);
    static QVector<FieldText> of(const Domain::StatusUpdate &update, const Names &names);
    static QVector<FieldText> of(const Domain::Risk &risk, const Names &names);
    static QVector<FieldText> of(const Domain::BudgetLine &line, const Names &names);

    // The fields whose text differs between two versions of one entity, as they read in a.
    template <typename T>
    static QVector<FieldText> changed(const T &a, const T &b, const Names &names)
    {
        const QVector<FieldText> before = of(a, names);
        const QVector<FieldText> after = of(b, names);
        QVector<FieldText> result;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).value != after.at(i).value)
                result.append(before.at(i));
        }
        return result;
    }

    // What an entity is called in a sentence: a measure's title, a member's name or role, a
    // risk's description; cut to a readable length.
    static QString name(const Domain::Organisation &organisation);
    static QString name(const Domain::KnowledgeSource &source);
    static QString name(const Domain::Project &project);
    static QString name(const Domain::Participant &participant, const Names &names);
    static QString name(const Domain::Member &member, const Names &names);
    static QString name(const Domain::Goal &goal);
    static QString name(const Domain::Indicator &indicator);
    static QString name(const Domain::Measure &measure);
    static QString name(const Domain::Activity &activity);
    static QString name(const Domain::Milestone &milestone);
    static QString name(const Domain::StatusUpdate &update);
    static QString name(const Domain::Risk &risk);
    static QString name(const Domain::BudgetLine &line);

    // A name in the quotation marks of the UI language: «Hospitering», “Hospitering”.
    static QString quoted(const QString &name);
    // "measure", "tiltaket": a kind of entity as the object of a sentence (an undo text).
    static QString kindName(Domain::EntityKind kind);
};

} // namespace Models
