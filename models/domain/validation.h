#pragma once

#include "models/domain/portfolio.h"

#include <QString>
#include <QVector>

namespace Domain {

// One broken rule. field is the exchange-format name of the offending field, relative to the
// entity ("plannedEnd", "activities[2].title"), so callers can prefix the entity's own path.
// message is translated and says what is wrong with the value.
struct Violation
{
    QString field;
    QString message;
};

using Violations = QVector<Violation>;

// The rules every stored entity satisfies. Storage refuses to write an entity that breaks one,
// and the importer reports each one with its path.
Violations validate(const Organisation &organisation);
Violations validate(const Project &project);
Violations validate(const Participant &participant);
Violations validate(const Member &member);
Violations validate(const Goal &goal); // with its indicators
Violations validate(const Indicator &indicator);
Violations validate(const Measure &measure); // with its activities
Violations validate(const Activity &activity);
Violations validate(const Milestone &milestone);
Violations validate(const StatusUpdate &update);
Violations validate(const Risk &risk);
Violations validate(const KnowledgeSource &source);
Violations validate(const BudgetLine &line);
Violations validate(const ArchivedReport &report); // with its bytes

// "field: message; field: message" — for an Error built from violations.
QString describe(const Violations &violations);

} // namespace Domain
