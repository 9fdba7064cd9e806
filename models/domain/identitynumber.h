#pragma once

#include "models/domain/portfolio.h"

#include <QStringList>
#include <QStringView>

namespace Domain {

// Samspill holds project data, never information about patients. The surest sign that a text
// holds someone's personal data is a Norwegian national identity number (fødselsnummer,
// D-number), so every free-text field can be asked whether it holds what looks like one: an
// import refuses such a file unless the user accepts it, and names the fields, never the number;
// an editing form flags a field as it is typed (findIdentityNumber selects it) and asks before
// it saves an entity whose identityNumberFields() are not empty.
//
// What looks like one, decided here once for every caller:
// - 11 ASCII digits that are not part of a longer run of digits, written together
//   ("31123950057") or as the common forms DDMMYY NNNNN and DDMMYY-NNNNN: the first six and
//   the last five parted by one space (U+0020, or a no-break space U+00A0 / U+202F as word
//   processors put in) or one hyphen (U+002D, or U+2010, U+2011, U+2013). Each group must then
//   be a run of exactly six and five digits. Other groupings (dots, several spaces, 3+3+5) are
//   not recognised. Letters or punctuation next to the digits do not matter ("fnr:31123950057").
// - Both control digits valid, modulo 11: k1 from the first nine digits with the weights
//   3 7 6 1 8 9 4 5 2, k2 from the first ten with 5 4 3 2 7 6 5 4 3 2; the control digit is 11
//   minus the weighted sum's remainder, a remainder of 0 gives 0, and a result of 10 means the
//   number cannot be valid.
// - No date is required: the first six digits are not checked to be a day. D-numbers (day + 40),
//   the health services' H-numbers (month + 40) and synthetic test numbers (month + 80) all
//   stand for people and carry the same control digits, and a date check would only let some
//   of them through. The price is a false alarm now and then, which costs the user one
//   confirmation: about one in 120 random runs of 11 digits passes both control digits, and
//   about one in 11 Norwegian bank account numbers written as 11 plain digits does (its single
//   control digit is computed as k2 is). Account numbers written as banks write them
//   (1503.12.34562) are never taken for one.
bool containsIdentityNumber(QStringView text);

// Where the first thing in text that looks like a national identity number is, for a form to
// select it: from start, length characters (11, or 12 in a written form with its separator).
// Not found: start -1, length 0.
struct TextSpan
{
    qsizetype start = -1;
    qsizetype length = 0;

    bool found() const { return start >= 0; }
};
TextSpan findIdentityNumber(QStringView text);

// The free-text fields of an entity that hold what looks like a national identity number, by
// the names the exchange format gives them relative to the entity, in the order of the format
// ("description", "activities[2].title"): the same form as Violation::field, so that callers
// prefix the entity's own path. Fields that are not free text (UUIDs, codes, dates, numbers)
// are not looked at. Participants have no free text.
QStringList identityNumberFields(const Organisation &organisation);
QStringList identityNumberFields(const KnowledgeSource &source);
QStringList identityNumberFields(const Project &project);
QStringList identityNumberFields(const Member &member);
QStringList identityNumberFields(const Indicator &indicator);
QStringList identityNumberFields(const Goal &goal); // and its indicators, not its sub-goals
QStringList identityNumberFields(const Activity &activity);
QStringList identityNumberFields(const Measure &measure); // and its activities
QStringList identityNumberFields(const Milestone &milestone);
QStringList identityNumberFields(const StatusUpdate &update);
QStringList identityNumberFields(const Risk &risk);
QStringList identityNumberFields(const BudgetLine &line);

// The same over a whole project, relative to it: "name", "measures[2].description",
// "goals[0].subGoals[1].text" (goals nested as the exchange format nests them; a goal whose
// parent is not in the bundle counts as a main goal).
QStringList identityNumberFields(const ProjectBundle &bundle);

// The same over a portfolio, as the exchange reader names places in a document:
// "organisations[0].name", "knowledgeSources[1].summary", "projects[0].measures[2].description".
QStringList identityNumberFields(const Portfolio &portfolio);

} // namespace Domain
