#pragma once

#include "models/domain/editrepository.h"
#include "models/entityfields.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace Models {

// One's own edit that met a newer version stored by someone else (another window, another user
// of a shared database): both, field by field, and the way to store one's own over theirs.
struct Conflict
{
    Domain::EntityKind kind = Domain::EntityKind::Measure;
    QUuid uuid;
    QString name; // of the entity, as one's own edit has it
    // Who stored theirs (or removed it) and when, as the change history says; empty and null
    // when it does not.
    QString changedBy;
    QDateTime changedAt;
    QVector<FieldText> mine;
    QVector<FieldText> theirs; // empty when it has been removed meanwhile
    // Stores one's own edit over theirs as a new step on the undo stack (its undo brings back
    // theirs); false when that was refused too. Null when theirs is gone.
    std::function<bool()> keepMine;
};

// Every change the window makes to the database, each as one command on one undo stack, so
// that Ctrl+Z takes back exactly what was stored, a deletion with everything that hung on it.
//
// Each call does its change at once (through Domain::EditRepository: one transaction, checked,
// recorded in the history) and returns whether it was done; a refused change leaves nothing on
// the stack and is reported through refused() or, when someone else's newer version was in
// the way, conflicted(). Undo and redo run the repository's calls too; one that is refused
// (someone changed or removed the entity since) is reported and the step leaves the stack.
//
// Versions: an entity's version goes up with every write, undo and redo included. The editor
// keeps the version of every entity as its own last step left it, so that a step deep in the
// stack still names the version it expects, and a change someone else made meanwhile is found
// rather than overwritten.
class Editor : public QObject
{
    Q_OBJECT

public:
    // Updates of one entity and field that follow each other on the stack are merged into one
    // step when they name a field (typing in a field); NoMerge keeps every update a step.
    static constexpr int NoMerge = -1;

    Editor(Domain::EditRepository &repository, EntityFields::Names names,
           QObject *parent = nullptr);
    ~Editor() override;

    QUndoStack &undoStack() { return m_stack; }
    Domain::EditRepository &repository() { return m_repository; }
    const EntityFields::Names &names() const { return m_names; }

    // Creates entity (with its own UUID) under owner: the project of a part of a project, the
    // goal of an indicator (or the parent goal given in the goal itself), the measure of an
    // activity; null for a project, organisation or knowledge source.
    template <typename T>
    bool create(const QUuid &owner, const T &entity, int position = Domain::AtEnd);
    // Stores after over before (as read, with its version). field: see NoMerge.
    template <typename T>
    bool update(const T &before, const T &after, int field = NoMerge);
    // Removes entity (as read, with its version) with everything that hangs on it.
    template <typename T>
    bool remove(const T &entity);
    // Moves entity to position in its list.
    template <typename T>
    bool move(const T &entity, int position);
    // Moves a goal, with its sub-goals, under parent (null: a main goal) at position.
    bool moveGoal(const Domain::Goal &goal, const QUuid &parent, int position);
    // Appends update to the status log and sets its new status and progress on its measure (or
    // the project), expected at version; subject names the measure or project in the text.
    bool recordStatusUpdate(const QUuid &project, const Domain::StatusUpdate &update, int version,
                            const QString &subject);

    // The version the editor's last step left uuid at; fallback when it wrote nothing of it.
    int versionOf(const QUuid &uuid, int fallback) const;

signals:
    // After every step done, undone or redone: what it was about (for a window to read again).
    void changed(Domain::EntityKind kind, const QUuid &uuid);
    // A change, undo or redo that could not be made; message says what and why.
    void refused(const QString &message);
    void conflicted(const Models::Conflict &conflict);

private:
    friend class EditCommand;
    template <typename T>
    friend class CreateCommand;
    template <typename T>
    friend class UpdateCommand;
    template <typename T>
    friend class RemoveCommand;
    template <typename T>
    friend class MoveCommand;
    friend class MoveGoalCommand;
    friend class StatusUpdateCommand;

    // Pushes command, whose redo does the change; whether it was done.
    bool push(class EditCommand *command);
    template <typename T>
    void reportConflict(const T &mine);

    // What the editor knows of versions, from its own steps.
    void learn(const QUuid &uuid, int version);
    template <typename T>
    void learn(const T &entity);
    void learn(const Domain::Removal &removal);
    void learn(const Domain::StatusChange &change);
    template <typename T>
    T withKnownVersions(T entity) const;

    Domain::EditRepository &m_repository;
    EntityFields::Names m_names;
    QUndoStack m_stack;
    QHash<QUuid, int> m_versions;
    std::optional<Domain::Error> m_refusal; // why the command being pushed was refused
};

} // namespace Models

Q_DECLARE_METATYPE(Models::Conflict)
