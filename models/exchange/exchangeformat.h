#pragma once

namespace Exchange {

// The exchange format is Samspill's contract with other databases and programs: a JSON
// document with "format": FormatName and "formatVersion": FormatVersion. The README documents
// it field by field. A change that an older reader would misread raises FormatVersion.
inline constexpr const char *FormatName = "samspill-exchange";
inline constexpr int FormatVersion = 1;

// Nesting of sub-goals deeper than this is refused, so a hostile file cannot exhaust the stack.
inline constexpr int MaxGoalDepth = 16;

} // namespace Exchange
