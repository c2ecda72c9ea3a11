#include "input/parser_messages.hpp"

#include <doctest/doctest.h>

#include <string>

using lkjip::input::parser_message_in_indonesian;

TEST_CASE("parser messages: Boost's English said in Indonesian, unknown ones kept and marked") {
    CHECK(parser_message_in_indonesian("expected ':'") == "':' diharapkan setelah nama kunci");
    CHECK(parser_message_in_indonesian("garbage after data") == "ada teks lain setelah akhir data JSON");
    CHECK(parser_message_in_indonesian("'=' character not found in line") ==
          "tanda '=' tidak ditemukan pada baris ini (kunci = nilai)");
    CHECK(parser_message_in_indonesian("expected ' or \"") == "tanda kutip diharapkan di awal nilai atribut");
    CHECK(parser_message_in_indonesian("invalid numeric character entity") ==
          "entitas angka tidak sah (&#...;)");
    CHECK(parser_message_in_indonesian("something new in Boost 1.90") ==
          "kesalahan sintaks (pesan pengurai: something new in Boost 1.90)");
    // The lookup is exact: a message that only starts like a known one is not taken for it.
    CHECK(parser_message_in_indonesian("expected") == "kesalahan sintaks (pesan pengurai: expected)");
}
