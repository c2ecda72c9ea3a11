#pragma once
// "Maksud Anda ...?": the closest known name to an unknown one (a template field, a command, a column, a
// convention key), so that every message about a typo can offer the right spelling.
#include <string>
#include <string_view>
#include <vector>

namespace lkjip {

// The closest known key by edit distance, or "" when none is close.
std::string suggest(std::string_view key, const std::vector<std::string>& known);

// The "did you mean" for an unknown dotted key path (its list indexes already removed by key_shape): a
// typo of the whole path; else the keys that the path begins ("capaian.batas" -> "capaian.batas_bawah,
// capaian.batas_atas atau capaian.batas_atas_berlaku"); else the same last part in another section
// ("desimal" -> "tampilan.desimal"); each also after correcting a misspelt section. "" when nothing fits.
// A whole-path edit distance alone missed the first two: the limit grows with the path, a third of it,
// and "capaian.batas" is 5 edits from its nearest key.
std::string suggest_key(std::string_view key, const std::vector<std::string>& known);

}  // namespace lkjip
