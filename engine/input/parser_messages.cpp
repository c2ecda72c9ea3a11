#include "input/parser_messages.hpp"

#include <array>
#include <utility>

namespace lkjip::input {

namespace {

// Every message in boost/property_tree/json_parser/detail/parser.hpp, ini_parser.hpp and
// detail/rapidxml.hpp (Boost 1.74, Debian 12).
constexpr std::array<std::pair<std::string_view, std::string_view>, 36> kMessages{{
    // JSON
    {"garbage after data", "ada teks lain setelah akhir data JSON"},
    {"expected value", "nilai diharapkan: angka, teks bertanda kutip, true, false, null, { } atau [ ]"},
    {"expected 'null'", "null diharapkan"},
    {"expected 'true'", "true diharapkan"},
    {"expected 'false'", "false diharapkan"},
    {"expected digits after -", "angka diharapkan setelah tanda minus"},
    {"need at least one digit after '.'", "angka diharapkan setelah titik desimal"},
    {"need at least one digit in exponent", "angka diharapkan pada eksponen"},
    {"unterminated string", "teks tidak ditutup dengan tanda kutip"},
    {"invalid code sequence", "urutan byte tidak sah di dalam teks"},
    {"invalid escape sequence",
     "urutan escape tidak sah (yang sah: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"},
    {"invalid codepoint, stray low surrogate", "kode \\u tidak sah: surrogate rendah tanpa pasangan"},
    {"invalid codepoint, stray high surrogate", "kode \\u tidak sah: surrogate tinggi tanpa pasangan"},
    {"expected codepoint reference after high surrogate",
     "kode \\u tidak sah: surrogate tinggi tanpa pasangan"},
    {"expected low surrogate after high surrogate", "kode \\u tidak sah: surrogate tinggi tanpa pasangan"},
    {"expected ']' or ','", "',' atau ']' diharapkan (koma di antara isi daftar?)"},
    {"expected '}' or ','", "',' atau '}' diharapkan (koma di antara pasangan kunci dan nilai?)"},
    {"expected key string", "nama kunci dalam tanda kutip diharapkan (koma berlebih sebelum '}'?)"},
    {"expected ':'", "':' diharapkan setelah nama kunci"},
    // INI
    {"unmatched '['", "nama bagian tidak ditutup dengan ']'"},
    {"duplicate section name", "nama bagian ganda"},
    {"'=' character not found in line", "tanda '=' tidak ditemukan pada baris ini (kunci = nilai)"},
    {"key expected", "nama kunci diharapkan sebelum '='"},
    {"duplicate key name", "nama kunci ganda"},
    // XML (rapidxml)
    {"unexpected end of data", "data berakhir sebelum semua elemen ditutup"},
    {"expected >", "'>' diharapkan"},
    {"expected <", "'<' diharapkan"},
    {"expected =", "'=' diharapkan setelah nama atribut"},
    {"expected ;", "';' diharapkan di akhir entitas (&amp; &lt; &gt; &quot; &apos;)"},
    {"expected ?>", "'?>' diharapkan"},
    {"expected ' or \"", "tanda kutip diharapkan di awal nilai atribut"},
    {"expected PI target", "nama instruksi pemrosesan diharapkan setelah '<?'"},
    {"expected attribute name", "nama atribut diharapkan"},
    {"expected element name", "nama elemen diharapkan"},
    {"invalid closing tag name", "tag penutup tidak cocok dengan tag pembukanya"},
    {"invalid numeric character entity", "entitas angka tidak sah (&#...;)"},
}};

}  // namespace

std::string parser_message_in_indonesian(std::string_view boost_message) {
    for (const auto& [english, indonesian] : kMessages) {
        if (boost_message == english)
            return std::string(indonesian);
    }
    return "kesalahan sintaks (pesan pengurai: " + std::string(boost_message) + ")";
}

}  // namespace lkjip::input
