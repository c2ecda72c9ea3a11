#include "cli/help.hpp"

#include "cli/exit_codes.hpp"

namespace lkjip::cli {

namespace {

constexpr std::size_t kWidth = 80;
constexpr std::size_t kOptionColumn = 26;  // where an option's description starts

// UTF-8 text is measured in characters, not bytes, so "−" or "ë" does not shorten a line.
std::size_t columns(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

void append_options(std::string& out, const std::vector<OptionSpec>& options) {
    for (const OptionSpec& o : options) {
        std::string left = "  " + option_synopsis(o);
        if (columns(left) + 2 > kOptionColumn) {
            out += left + '\n' + std::string(kOptionColumn, ' ');
        } else {
            left.append(kOptionColumn - columns(left), ' ');
            out += left;
        }
        out += wrap(o.help, kWidth, kOptionColumn, kOptionColumn) + '\n';
    }
}

}  // namespace

const char* const kProgramSummary = "menghitung dan memeriksa Laporan Kinerja Instansi Pemerintah (LKjIP)";

const std::vector<ExitCodeHelp>& exit_code_help() {
    static const std::vector<ExitCodeHelp> codes = {
        {kOk, "sukses; untuk check: tidak ada masalah"},
        {kFindings, "check: hanya ada peringatan (data dapat diolah)"},
        {kUsage, "salah pemakaian (opsi tidak dikenal, argumen kurang)"},
        {kInvalidInput, "masukan tidak sah: data, profil atau konvensi (setiap masalah didaftar)"},
        {kOutputFailed, "keluaran gagal ditulis (tidak ada berkas setengah jadi)"},
        {kInternal, "galat internal lkjip"},
        {kAuditFindings, "audit menemukan temuan pada angka tercetak"},
        {kBatchFailures, "batch: satu masukan atau lebih gagal dan dilewati"},
        {kHangup, "dihentikan oleh SIGHUP (terminal ditutup); berkas sementara dihapus"},
        {kInterrupt, "dihentikan oleh SIGINT (Ctrl-C); berkas sementara dihapus"},
        {kTerminate, "dihentikan oleh SIGTERM; berkas sementara dihapus"},
    };
    return codes;
}

const OptionSpec& help_option() {
    static const OptionSpec help{.name = "help", .short_name = 'h', .help = "tampilkan bantuan ini"};
    return help;
}

std::string option_synopsis(const OptionSpec& option) {
    std::string s;
    if (option.short_name != 0)
        s += std::string("-") + option.short_name + ", ";
    s += "--" + option.name;
    if (option.takes_value)
        s += " " + option.value_name;
    return s;
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent, std::size_t first_column) {
    std::string out;
    std::size_t column = first_column;
    bool line_empty = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] == '\n') {  // an explicit break (a paragraph, or a list)
            out += '\n';
            ++pos;
            if (pos < text.size() && text[pos] != '\n') {
                out.append(indent, ' ');
                column = indent;
            } else {
                column = 0;
            }
            line_empty = true;
            continue;
        }
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        std::size_t end = text.find_first_of(" \n", pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view word = text.substr(pos, end - pos);
        if (!line_empty && column + 1 + columns(word) > width) {
            out += '\n';
            out.append(indent, ' ');
            column = indent;
            line_empty = true;
        }
        if (!line_empty) {
            out += ' ';
            ++column;
        }
        out += word;
        column += columns(word);
        line_empty = false;
        pos = end;
    }
    return out;
}

std::string command_help(const Command& command) {
    std::string out = "lkjip " + command.name + ": " + command.summary + "\n\nPemakaian:\n";
    const std::string prefix = "  lkjip " + command.name + " ";
    for (const std::string& line : command.usage)
        out += prefix + wrap(line, kWidth, prefix.size() + 2, prefix.size()) + '\n';
    out += '\n' + wrap(command.description, kWidth, 0, 0) + "\n\nOpsi:\n";
    append_options(out, command.options);
    append_options(out, {help_option()});
    return out;
}

std::string overview_help() {
    std::string out =
        std::string("lkjip: ") + kProgramSummary +
        "\n"
        "\nPemakaian: lkjip PERINTAH [OPSI]... (MASUKAN: folder masukan, atau buku kerja .xlsx)\n"
        "\nPerintah:\n";
    for (const Command* c : all_commands()) {
        std::string left = "  " + c->name;
        left.append(kOptionColumn > columns(left) ? kOptionColumn - columns(left) : 1, ' ');
        out += left + wrap(c->summary, kWidth, kOptionColumn, kOptionColumn) + '\n';
    }
    out +=
        "\nBantuan satu perintah: lkjip help PERINTAH, atau lkjip PERINTAH --help.\n"
        "Versi: lkjip --version. Format masukan: fixtures/README.md; panduan lengkap: man lkjip.\n"
        "\nKode keluar:\n";
    for (const ExitCodeHelp& e : exit_code_help())
        out += "  " + std::to_string(e.code) + "  " + e.meaning + '\n';
    return out;
}

}  // namespace lkjip::cli
