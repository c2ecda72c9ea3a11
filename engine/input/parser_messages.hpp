#pragma once
// Boost.PropertyTree's parsers (JSON, INI, and rapidxml for XML) report syntax errors in English. Users
// read every message in Bahasa Indonesia, so each message Boost 1.74 can give is said again here.
#include <string>
#include <string_view>

namespace lkjip::input {

// The Indonesian form of one of Boost's parser messages ("expected ':'" -> "':' diharapkan setelah nama
// kunci"). A message not in the list (a later Boost) is kept, marked as the parser's own words.
std::string parser_message_in_indonesian(std::string_view boost_message);

}  // namespace lkjip::input
