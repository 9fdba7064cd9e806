#pragma once

namespace Exchange {

// The exchange format is Samspill's contract with other databases and programs: a JSON
// document with "format": FormatName and "formatVersion": FormatVersion. The README documents
// it field by field. A change that an older reader would misread raises FormatVersion.
inline constexpr const char *FormatName = "samspill-exchange";
inline constexpr int FormatVersion = 3;
// Version 2 writes planning dates at their precision ("2012-H2", "2012-Q3", "2012-09", "2012"
// beside "2012-09-15") and lets a project refer to knowledge sources; version 1 had days only.
// Version 3 carries the report archive: each project's archived reports in its "reports", and
// those of no project in the file in the document's own "reports". The reader reads all three.

// How many levels a goal tree may have: main goals are level 1, their sub-goals level 2, and
// so on. The reader refuses a goal below level MaxGoalDepth (an empty subGoals list there is
// fine: the writer writes one for every goal), so what Samspill writes it also reads.
inline constexpr int MaxGoalDepth = 16;

// How deeply objects and lists may nest in a document before the parser refuses it, so that a
// hostile file cannot exhaust the stack. The format itself needs 2 * MaxGoalDepth + 5 levels
// (document, projects, project, then goal lists and goals, indicators); the rest leaves room to
// report a goal tree that goes too deep by its path.
inline constexpr int MaxNesting = 64;
static_assert(MaxNesting >= 2 * MaxGoalDepth + 5 + 8);

} // namespace Exchange
