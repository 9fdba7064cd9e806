#include "models/editor.h"

#include <QUndoCommand>

namespace Models {
namespace {

using Domain::EditRepository;
using Domain::EntityKind;
using Domain::Result;

// Each kind of entity as the editor handles it: its kind, and the repository's calls for it.
// Overloads rather than a traits template: the compiler picks by the entity's type.

EntityKind kindOf(const Domain::Organisation &)
{
    return EntityKind::Organisation;
}
EntityKind kindOf(const Domain::KnowledgeSource &)
{
    return EntityKind::KnowledgeSource;
}
EntityKind kindOf(const Domain::Project &)
{
    return EntityKind::Project;
}
EntityKind kindOf(const Domain::Participant &)
{
    return EntityKind::Participant;
}
EntityKind kindOf(const Domain::Member &)
{
    return EntityKind::Member;
}
EntityKind kindOf(const Domain::Goal &)
{
    return EntityKind::Goal;
}
EntityKind kindOf(const Domain::Indicator &)
{
    return EntityKind::Indicator;
}
EntityKind kindOf(const Domain::Measure &)
{
    return EntityKind::Measure;
}
EntityKind kindOf(const Domain::Activity &)
{
    return EntityKind::Activity;
}
EntityKind kindOf(const Domain::Milestone &)
{
    return EntityKind::Milestone;
}
EntityKind kindOf(const Domain::StatusUpdate &)
{
    return EntityKind::StatusUpdate;
}
EntityKind kindOf(const Domain::Risk &)
{
    return EntityKind::Risk;
}
EntityKind kindOf(const Domain::BudgetLine &)
{
    return EntityKind::BudgetLine;
}

Result<Domain::Organisation> createIn(EditRepository &r, const QUuid &,
                                      const Domain::Organisation &e, int)
{
    return r.createOrganisation(e);
}
Result<Domain::KnowledgeSource> createIn(EditRepository &r, const QUuid &,
                                         const Domain::KnowledgeSource &e, int)
{
    return r.createKnowledgeSource(e);
}
Result<Domain::Project> createIn(EditRepository &r, const QUuid &, const Domain::Project &e, int)
{
    return r.createProject(e);
}
Result<Domain::Participant> createIn(EditRepository &r, const QUuid &owner,
                                     const Domain::Participant &e, int position)
{
    return r.createParticipant(owner, e, position);
}
Result<Domain::Member> createIn(EditRepository &r, const QUuid &owner, const Domain::Member &e,
                                int position)
{
    return r.createMember(owner, e, position);
}
Result<Domain::Goal> createIn(EditRepository &r, const QUuid &owner, const Domain::Goal &e,
                              int position)
{
    return r.createGoal(owner, e, position);
}
Result<Domain::Indicator> createIn(EditRepository &r, const QUuid &owner,
                                   const Domain::Indicator &e, int position)
{
    return r.createIndicator(owner, e, position);
}
Result<Domain::Measure> createIn(EditRepository &r, const QUuid &owner, const Domain::Measure &e,
                                 int position)
{
    return r.createMeasure(owner, e, position);
}
Result<Domain::Activity> createIn(EditRepository &r, const QUuid &owner, const Domain::Activity &e,
                                  int position)
{
    return r.createActivity(owner, e, position);
}
Result<Domain::Milestone> createIn(EditRepository &r, const QUuid &owner,
                                   const Domain::Milestone &e, int position)
{
    return r.createMilestone(owner, e, position);
}
Result<Domain::Risk> createIn(EditRepository &r, const QUuid &owner, const Domain::Risk &e,
                              int position)
{
    return r.createRisk(owner, e, position);
}
Result<Domain::BudgetLine> createIn(EditRepository &r, const QUuid &owner,
                                    const Domain::BudgetLine &e, int position)
{
    return r.createBudgetLine(owner, e, position);
}

Result<Domain::Organisation> updateIn(EditRepository &r, const Domain::Organisation &e)
{
    return r.updateOrganisation(e);
}
Result<Domain::KnowledgeSource> updateIn(EditRepository &r, const Domain::KnowledgeSource &e)
{
    return r.updateKnowledgeSource(e);
}
Result<Domain::Project> updateIn(EditRepository &r, const Domain::Project &e)
{
    return r.updateProject(e);
}
Result<Domain::Participant> updateIn(EditRepository &r, const Domain::Participant &e)
{
    return r.updateParticipant(e);
}
Result<Domain::Member> updateIn(EditRepository &r, const Domain::Member &e)
{
    return r.updateMember(e);
}
Result<Domain::Goal> updateIn(EditRepository &r, const Domain::Goal &e)
{
    return r.updateGoal(e);
}
Result<Domain::Indicator> updateIn(EditRepository &r, const Domain::Indicator &e)
{
    return r.updateIndicator(e);
}
Result<Domain::Measure> updateIn(EditRepository &r, const Domain::Measure &e)
{
    return r.updateMeasure(e);
}
Result<Domain::Activity> updateIn(EditRepository &r, const Domain::Activity &e)
{
    return r.updateActivity(e);
}
Result<Domain::Milestone> updateIn(EditRepository &r, const Domain::Milestone &e)
{
    return r.updateMilestone(e);
}
Result<Domain::StatusUpdate> updateIn(EditRepository &r, const Domain::StatusUpdate &e)
{
    return r.updateStatusUpdate(e);
}
Result<Domain::Risk> updateIn(EditRepository &r, const Domain::Risk &e)
{
    return r.updateRisk(e);
}
Result<Domain::BudgetLine> updateIn(EditRepository &r, const Domain::BudgetLine &e)
{
    return r.updateBudgetLine(e);
}

// What is stored now, by UUID.
Result<Domain::Organisation> readIn(EditRepository &r, const Domain::Organisation &e)
{
    return r.organisation(e.uuid);
}
Result<Domain::KnowledgeSource> readIn(EditRepository &r, const Domain::KnowledgeSource &e)
{
    return r.knowledgeSource(e.uuid);
}
Result<Domain::Project> readIn(EditRepository &r, const Domain::Project &e)
{
    return r.project(e.uuid);
}
Result<Domain::Participant> readIn(EditRepository &r, const Domain::Participant &e)
{
    return r.participant(e.uuid);
}
Result<Domain::Member> readIn(EditRepository &r, const Domain::Member &e)
{
    return r.member(e.uuid);
}
Result<Domain::Goal> readIn(EditRepository &r, const Domain::Goal &e)
{
    return r.goal(e.uuid);
}
Result<Domain::Indicator> readIn(EditRepository &r, const Domain::Indicator &e)
{
    return r.indicator(e.uuid);
}
Result<Domain::Measure> readIn(EditRepository &r, const Domain::Measure &e)
{
    return r.measure(e.uuid);
}
Result<Domain::Activity> readIn(EditRepository &r, const Domain::Activity &e)
{
    return r.activity(e.uuid);
}
Result<Domain::Milestone> readIn(EditRepository &r, const Domain::Milestone &e)
{
    return r.milestone(e.uuid);
}
Result<Domain::StatusUpdate> readIn(EditRepository &r, const Domain::StatusUpdate &e)
{
    return r.statusUpdate(e.uuid);
}
Result<Domain::Risk> readIn(EditRepository &r, const Domain::Risk &e)
{
    return r.risk(e.uuid);
}
Result<Domain::BudgetLine> readIn(EditRepository &r, const Domain::BudgetLine &e)
{
    return r.budgetLine(e.uuid);
}

// The name of an entity in a sentence; some kinds are named through what they refer to.
template <typename T>
QString nameOf(const T &entity, const EntityFields::Names &)
{
    return EntityFields::name(entity);
}
QString nameOf(const Domain::Participant &entity, const EntityFields::Names &names)
{
    return EntityFields::name(entity, names);
}
QString nameOf(const Domain::Member &entity, const EntityFields::Names &names)
{
    return EntityFields::name(entity, names);
}

// The parts an entity's update writes with it, and so carries versions of.
template <typename T, typename Visit>
void forEachPart(T &, Visit &&)
{}
template <typename Visit>
void forEachPart(Domain::Measure &measure, Visit &&visit)
{
    for (Domain::Activity &activity : measure.activities)
        visit(activity.uuid, activity.version);
}
template <typename Visit>
void forEachPart(Domain::Goal &goal, Visit &&visit)
{
    for (Domain::Indicator &indicator : goal.indicators)
        visit(indicator.uuid, indicator.version);
}

// entity on the versions of source, parts included: parts source lacks keep theirs.
template <typename T>
T onVersionsOf(T entity, T source)
{
    entity.version = source.version;
    QHash<QUuid, int> versions;
    forEachPart(source,
                [&versions](const QUuid &uuid, int &version) { versions.insert(uuid, version); });
    forEachPart(entity, [&versions](const QUuid &uuid, int &version) {
        version = versions.value(uuid, version);
    });
    return entity;
}

QString describe(const QString &what, const Domain::Error &error)
{
    //: %1 says what could not be done ("Undo: Change status of “Hospitering”"), %2 why.
    return Editor::tr("%1 was not possible: %2").arg(what, error.message);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The commands. Each reports a failed step to the editor and then makes itself obsolete, so
// that QUndoStack drops it: a step the database refused is not on the stack.

class EditCommand : public QUndoCommand
{
public:
    EditCommand(Editor &editor, const QString &text)
        : m_editor(editor)
    {
        setText(text);
    }

    void redo() final
    {
        const bool first = !m_done;
        m_done = true;
        if (!apply(first))
            setObsolete(true); // QUndoStack drops it
    }
    void undo() final
    {
        if (!revert())
            setObsolete(true);
    }

protected:
    // Does (first: for the first time) or takes back the change; false when refused, after
    // reporting it.
    virtual bool apply(bool first) = 0;
    virtual bool revert() = 0;

    bool failed(const Domain::Error &error, bool first, bool undoing)
    {
        if (first) {
            // Reported by the editor's call that pushed it, as it sees fit.
            m_editor.m_refusal = error;
            return false;
        }
        const QString what =
            undoing ? Editor::tr("Undo: %1").arg(text()) : Editor::tr("Redo: %1").arg(text());
        emit m_editor.refused(describe(what, error));
        return false;
    }

    Editor &m_editor;

private:
    bool m_done = false;
};

template <typename T>
class CreateCommand : public EditCommand
{
public:
    CreateCommand(Editor &editor, const QUuid &owner, const T &entity, int position)
        : EditCommand(editor, Editor::tr("Add %1 %2")
                                  .arg(EntityFields::kindName(kindOf(entity)),
                                       EntityFields::quoted(nameOf(entity, editor.names()))))
        , m_owner(owner)
        , m_entity(entity)
        , m_position(position)
    {}

    bool apply(bool first) override
    {
        if (m_removal) {
            if (auto restored = m_editor.m_repository.restore(*m_removal); !restored)
                return failed(restored.error(), first, false);
            m_editor.learn(*m_removal);
        } else {
            auto created = createIn(m_editor.m_repository, m_owner, m_entity, m_position);
            if (!created)
                return failed(created.error(), first, false);
            m_editor.learn(created.value());
        }
        emit m_editor.changed(kindOf(m_entity), m_entity.uuid);
        return true;
    }

    bool revert() override
    {
        auto removed = m_editor.m_repository.remove(kindOf(m_entity), m_entity.uuid,
                                                    m_editor.versionOf(m_entity.uuid, 1));
        if (!removed)
            return failed(removed.error(), false, true);
        m_removal = std::move(removed).value();
        m_editor.learn(*m_removal);
        emit m_editor.changed(kindOf(m_entity), m_entity.uuid);
        return true;
    }

private:
    QUuid m_owner;
    T m_entity;
    int m_position;
    std::optional<Domain::Removal> m_removal; // once undone: what redo puts back
};

template <typename T>
class UpdateCommand : public EditCommand
{
public:
    UpdateCommand(Editor &editor, const T &before, const T &after, int field)
        : EditCommand(editor, QString())
        , m_before(before)
        , m_after(after)
        , m_field(field)
    {
        setText(describeChange());
    }

    int id() const override { return 1000 + int(kindOf(m_before)); }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        const auto *next = static_cast<const UpdateCommand *>(other);
        if (m_field == Editor::NoMerge || next->m_field != m_field ||
            next->m_before.uuid != m_before.uuid) {
            return false;
        }
        m_after = next->m_after;
        setText(describeChange());
        // Typed back to where it was: nothing left to undo.
        if (EntityFields::changed(m_before, m_after, m_editor.names()).isEmpty())
            setObsolete(true);
        return true;
    }

    bool apply(bool first) override
    {
        // The first time, over the version one's edit was made on; later, over the one the
        // editor's last step left.
        const T target = first ? m_after : m_editor.withKnownVersions(m_after);
        auto stored = updateIn(m_editor.m_repository, target);
        if (!stored)
            return failed(stored.error(), first, false);
        m_editor.learn(stored.value());
        emit m_editor.changed(kindOf(m_before), m_before.uuid);
        return true;
    }

    bool revert() override
    {
        auto stored = updateIn(m_editor.m_repository, m_editor.withKnownVersions(m_before));
        if (!stored)
            return failed(stored.error(), false, true);
        m_editor.learn(stored.value());
        emit m_editor.changed(kindOf(m_before), m_before.uuid);
        return true;
    }

private:
    QString describeChange() const
    {
        const QVector<FieldText> fields =
            EntityFields::changed(m_before, m_after, m_editor.names());
        const QString name = EntityFields::quoted(nameOf(m_after, m_editor.names()));
        if (fields.size() == 1) {
            //: An undo step: %1 the field ("status"), %2 the entity's name in quotes.
            return Editor::tr("Change %1 of %2").arg(fields.first().label.toLower(), name);
        }
        return Editor::tr("Change %1 %2").arg(EntityFields::kindName(kindOf(m_before)), name);
    }

    T m_before;
    T m_after;
    int m_field;
};

template <typename T>
class RemoveCommand : public EditCommand
{
public:
    RemoveCommand(Editor &editor, const T &entity)
        : EditCommand(editor, Editor::tr("Delete %1 %2")
                                  .arg(EntityFields::kindName(kindOf(entity)),
                                       EntityFields::quoted(nameOf(entity, editor.names()))))
        , m_entity(entity)
    {}

    bool apply(bool first) override
    {
        const int version =
            first ? m_entity.version : m_editor.versionOf(m_entity.uuid, m_entity.version);
        auto removed = m_editor.m_repository.remove(kindOf(m_entity), m_entity.uuid, version);
        if (!removed)
            return failed(removed.error(), first, false);
        m_removal = std::move(removed).value();
        m_editor.learn(*m_removal);
        emit m_editor.changed(kindOf(m_entity), m_entity.uuid);
        return true;
    }

    bool revert() override
    {
        if (auto restored = m_editor.m_repository.restore(*m_removal); !restored)
            return failed(restored.error(), false, true);
        m_editor.learn(*m_removal);
        emit m_editor.changed(kindOf(m_entity), m_entity.uuid);
        return true;
    }

private:
    T m_entity;
    std::optional<Domain::Removal> m_removal;
};

template <typename T>
class MoveCommand : public EditCommand
{
public:
    MoveCommand(Editor &editor, const T &entity, int position)
        : EditCommand(editor, Editor::tr("Move %1 %2")
                                  .arg(EntityFields::kindName(kindOf(entity)),
                                       EntityFields::quoted(nameOf(entity, editor.names()))))
        , m_entity(entity)
        , m_position(position)
    {}

    bool apply(bool first) override
    {
        auto before = m_editor.m_repository.move(kindOf(m_entity), m_entity.uuid, m_position);
        if (!before)
            return failed(before.error(), first, false);
        m_before = before.value();
        emit m_editor.changed(kindOf(m_entity), m_entity.uuid);
        return true;
    }

    bool revert() override
    {
        auto moved = m_editor.m_repository.move(kindOf(m_entity), m_entity.uuid, m_before.position);
        if (!moved)
            return failed(moved.error(), false, true);
        emit m_editor.changed(kindOf(m_entity), m_entity.uuid);
        return true;
    }

private:
    T m_entity;
    int m_position;
    Domain::Place m_before;
};

class MoveGoalCommand : public EditCommand
{
public:
    MoveGoalCommand(Editor &editor, const Domain::Goal &goal, const QUuid &parent, int position)
        : EditCommand(editor, Editor::tr("Move %1 %2")
                                  .arg(EntityFields::kindName(EntityKind::Goal),
                                       EntityFields::quoted(EntityFields::name(goal))))
        , m_goal(goal.uuid)
        , m_to{parent, position}
    {}

    bool apply(bool first) override
    {
        auto before = m_editor.m_repository.moveGoal(m_goal, m_to.parent, m_to.position);
        if (!before)
            return failed(before.error(), first, false);
        m_before = before.value();
        emit m_editor.changed(EntityKind::Goal, m_goal);
        return true;
    }

    bool revert() override
    {
        auto moved = m_editor.m_repository.moveGoal(m_goal, m_before.parent, m_before.position);
        if (!moved)
            return failed(moved.error(), false, true);
        emit m_editor.changed(EntityKind::Goal, m_goal);
        return true;
    }

private:
    QUuid m_goal;
    Domain::Place m_to;
    Domain::Place m_before;
};

class StatusUpdateCommand : public EditCommand
{
public:
    StatusUpdateCommand(Editor &editor, const QUuid &project, const Domain::StatusUpdate &update,
                        int version, const QString &subject)
        : EditCommand(editor,
                      Editor::tr("New status update for %1").arg(EntityFields::quoted(subject)))
        , m_project(project)
        , m_update(update)
        , m_version(version)
    {}

    bool apply(bool first) override
    {
        const QUuid subject = m_update.measureUuid.isNull() ? m_project : m_update.measureUuid;
        const int version = first ? m_version : m_editor.versionOf(subject, m_version);
        auto recorded = m_editor.m_repository.recordStatusUpdate(m_project, m_update, version);
        if (!recorded)
            return failed(recorded.error(), first, false);
        m_recorded = recorded.value();
        m_editor.learn(m_recorded);
        emit m_editor.changed(EntityKind::StatusUpdate, m_update.uuid);
        return true;
    }

    bool revert() override
    {
        auto withdrawn = m_editor.m_repository.withdrawStatusUpdate(m_recorded);
        if (!withdrawn)
            return failed(withdrawn.error(), false, true);
        m_editor.learn(withdrawn.value());
        emit m_editor.changed(EntityKind::StatusUpdate, m_update.uuid);
        return true;
    }

private:
    QUuid m_project;
    Domain::StatusUpdate m_update;
    int m_version;
    Domain::StatusChange m_recorded;
};

// ---------------------------------------------------------------------------------------------

Editor::Editor(Domain::EditRepository &repository, EntityFields::Names names, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_names(std::move(names))
{}

Editor::~Editor() = default;

int Editor::versionOf(const QUuid &uuid, int fallback) const
{
    return m_versions.value(uuid, fallback);
}

bool Editor::push(EditCommand *command)
{
    m_refusal.reset();
    m_stack.push(command); // runs its redo; deletes it when that was refused
    if (!m_refusal)
        return true;
    emit refused(m_refusal->message);
    return false;
}

template <typename T>
bool Editor::create(const QUuid &owner, const T &entity, int position)
{
    return push(new CreateCommand<T>(*this, owner, entity, position));
}

template <typename T>
bool Editor::update(const T &before, const T &after, int field)
{
    m_refusal.reset();
    m_stack.push(new UpdateCommand<T>(*this, before, after, field));
    if (!m_refusal)
        return true;
    if (m_refusal->kind == Domain::Error::Kind::Conflict)
        reportConflict(after);
    else
        emit refused(m_refusal->message);
    return false;
}

template <typename T>
bool Editor::remove(const T &entity)
{
    return push(new RemoveCommand<T>(*this, entity));
}

template <typename T>
bool Editor::move(const T &entity, int position)
{
    return push(new MoveCommand<T>(*this, entity, position));
}

bool Editor::moveGoal(const Domain::Goal &goal, const QUuid &parent, int position)
{
    return push(new MoveGoalCommand(*this, goal, parent, position));
}

bool Editor::recordStatusUpdate(const QUuid &project, const Domain::StatusUpdate &update,
                                int version, const QString &subject)
{
    return push(new StatusUpdateCommand(*this, project, update, version, subject));
}

template <typename T>
void Editor::reportConflict(const T &mine)
{
    Conflict conflict;
    conflict.kind = kindOf(mine);
    conflict.uuid = mine.uuid;
    conflict.name = nameOf(mine, m_names);
    // Who and when are for the words only: without them the choice is the same, and the
    // dialog says "someone else".
    if (auto last = m_repository.lastChange(mine.uuid); last && last.value()) {
        conflict.changedBy = last.value()->author;
        conflict.changedAt = last.value()->changedAt;
    }
    conflict.mine = EntityFields::of(mine, m_names);
    if (auto theirs = readIn(m_repository, mine)) {
        const T stored = std::move(theirs).value();
        conflict.theirs = EntityFields::of(stored, m_names);
        // One's own edit over theirs: every field as one left it, on their versions; its undo
        // brings theirs back.
        conflict.keepMine = [this, stored, mine] {
            return update(stored, onVersionsOf(mine, stored));
        };
    }
    emit conflicted(conflict);
}

void Editor::learn(const QUuid &uuid, int version)
{
    if (!uuid.isNull())
        m_versions.insert(uuid, version);
}

template <typename T>
void Editor::learn(const T &entity)
{
    learn(entity.uuid, entity.version);
    T copy = entity;
    forEachPart(copy, [this](const QUuid &uuid, int &version) { learn(uuid, version); });
}

void Editor::learn(const Domain::Removal &removal)
{
    const Domain::ProjectBundle &contents = removal.contents;
    if (removal.kind == EntityKind::Project)
        learn(contents.project);
    for (const auto &e : contents.participants)
        learn(e);
    for (const auto &e : contents.members)
        learn(e);
    for (const auto &e : contents.goals)
        learn(e);
    for (const auto &e : contents.measures)
        learn(e);
    for (const auto &e : contents.milestones)
        learn(e);
    for (const auto &e : contents.statusUpdates)
        learn(e);
    for (const auto &e : contents.risks)
        learn(e);
    for (const auto &e : contents.budgetLines)
        learn(e);
    if (removal.organisation)
        learn(*removal.organisation);
    if (removal.knowledgeSource)
        learn(*removal.knowledgeSource);
    if (removal.indicator)
        learn(*removal.indicator);
    if (removal.activity)
        learn(*removal.activity);
    // The entities that stay got a new version when their reference was taken or put back.
    for (const Domain::RemovedLink &link : removal.links) {
        if (link.kind == EntityKind::Measure) {
            if (auto measure = m_repository.measure(link.entity))
                learn(measure.value());
        } else if (link.kind == EntityKind::Milestone) {
            if (auto milestone = m_repository.milestone(link.entity))
                learn(milestone.value());
        }
    }
}

void Editor::learn(const Domain::StatusChange &change)
{
    learn(change.update);
    if (change.measureAfter)
        learn(*change.measureAfter);
    if (change.projectAfter)
        learn(*change.projectAfter);
}

template <typename T>
T Editor::withKnownVersions(T entity) const
{
    entity.version = versionOf(entity.uuid, entity.version);
    forEachPart(entity,
                [this](const QUuid &uuid, int &version) { version = versionOf(uuid, version); });
    return entity;
}

// Every kind the window edits.
#define SAMSPILL_EDITOR_KIND(T)                                                                    \
    template bool Editor::update<T>(const T &, const T &, int);                                    \
    template bool Editor::remove<T>(const T &);
#define SAMSPILL_EDITOR_CREATABLE(T)                                                               \
    SAMSPILL_EDITOR_KIND(T)                                                                        \
    template bool Editor::create<T>(const QUuid &, const T &, int);
#define SAMSPILL_EDITOR_MOVABLE(T)                                                                 \
    SAMSPILL_EDITOR_CREATABLE(T)                                                                   \
    template bool Editor::move<T>(const T &, int);

SAMSPILL_EDITOR_CREATABLE(Domain::Organisation)
SAMSPILL_EDITOR_CREATABLE(Domain::KnowledgeSource)
SAMSPILL_EDITOR_CREATABLE(Domain::Project)
SAMSPILL_EDITOR_CREATABLE(Domain::Goal)
SAMSPILL_EDITOR_MOVABLE(Domain::Participant)
SAMSPILL_EDITOR_MOVABLE(Domain::Member)
SAMSPILL_EDITOR_MOVABLE(Domain::Indicator)
SAMSPILL_EDITOR_MOVABLE(Domain::Measure)
SAMSPILL_EDITOR_MOVABLE(Domain::Activity)
SAMSPILL_EDITOR_MOVABLE(Domain::Milestone)
SAMSPILL_EDITOR_MOVABLE(Domain::Risk)
SAMSPILL_EDITOR_MOVABLE(Domain::BudgetLine)
SAMSPILL_EDITOR_KIND(Domain::StatusUpdate)

#undef SAMSPILL_EDITOR_MOVABLE
#undef SAMSPILL_EDITOR_CREATABLE
#undef SAMSPILL_EDITOR_KIND

} // namespace Models
