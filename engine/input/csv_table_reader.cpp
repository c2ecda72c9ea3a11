#include "input/csv_table_reader.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <system_error>

#include "core/text.hpp"
#include "input/number_parser.hpp"
#include "input/property_file.hpp"

namespace lkjip::input {

CsvTableReader::CsvTableReader(const CsvTable& table, std::vector<ColumnSpec> columns,
                               Diagnostics& diagnostics, const std::vector<std::string>& extra_allowed)
    : table_(table), columns_(std::move(columns)), diagnostics_(diagnostics) {
    std::vector<std::string> known;
    for (const ColumnSpec& c : columns_)
        known.push_back(c.name);
    for (std::size_t i = 0; i < table_.header.size(); ++i) {
        const std::string& name = table_.header[i];
        if (std::find(known.begin(), known.end(), name) != known.end())
            continue;
        if (std::find(extra_allowed.begin(), extra_allowed.end(), name) != extra_allowed.end())
            continue;
        std::string message = "kolom \"" + name + "\" tidak dikenal";
        const std::string hint = suggest(name, known);
        if (!hint.empty())
            message += "; maksud Anda \"" + hint + "\"?";
        diagnostics_.error(table_.at(table_.header_line, table_.header_column(i)), message);
    }
    for (const ColumnSpec& c : columns_) {
        if (c.required && table_.column_index(c.name) < 0) {
            diagnostics_.error(table_.at(table_.header_line), "kolom wajib \"" + c.name + "\" tidak ada");
            usable_ = false;
        }
    }
}

const CsvCell* CsvTableReader::cell(const CsvRow& row, const std::string& column) const {
    const int index = table_.column_index(column);
    if (index < 0 || static_cast<std::size_t>(index) >= row.cells.size())
        return nullptr;
    return &row.cells[static_cast<std::size_t>(index)];
}

std::string CsvTableReader::text(const CsvRow& row, const std::string& column) const {
    const CsvCell* c = cell(row, column);
    return c ? c->text : std::string();
}

SourceLocation CsvTableReader::where(const CsvRow& row, const std::string& column) const {
    const CsvCell* c = column.empty() ? nullptr : cell(row, column);
    return table_.at(c ? c->line : row.line, c ? c->column : 0);
}

void CsvTableReader::error(const CsvRow& row, const std::string& column, std::string message) {
    diagnostics_.error(where(row, column), column.empty() ? message : "kolom \"" + column + "\": " + message);
}

void CsvTableReader::warning(const CsvRow& row, const std::string& column, std::string message) {
    diagnostics_.warning(where(row, column),
                         column.empty() ? message : "kolom \"" + column + "\": " + message);
}

std::string CsvTableReader::required_text(const CsvRow& row, const std::string& column) {
    std::string value = text(row, column);
    if (value.empty())
        error(row, column, "nilai wajib diisi");
    return value;
}

std::optional<double> CsvTableReader::decimal(const CsvRow& row, const std::string& column, int* decimals) {
    const std::string raw = text(row, column);
    const DecimalParse parsed = parse_decimal(raw);
    if (parsed.status == ParseStatus::Error) {
        error(row, column, parsed.error);
        return std::nullopt;
    }
    if (parsed.status == ParseStatus::Empty)
        return std::nullopt;
    if (decimals)
        *decimals = parsed.decimals;
    return parsed.value;
}

std::optional<std::int64_t> CsvTableReader::rupiah(const CsvRow& row, const std::string& column) {
    const RupiahParse parsed = parse_rupiah(text(row, column));
    if (parsed.status == ParseStatus::Error) {
        error(row, column, parsed.error);
        return std::nullopt;
    }
    if (parsed.status == ParseStatus::Empty)
        return std::nullopt;
    if (parsed.rupiah < 0) {
        error(row, column, "jumlah rupiah tidak boleh negatif, ditemukan \"" + text(row, column) + "\"");
        return std::nullopt;
    }
    return parsed.rupiah;
}

std::optional<int> CsvTableReader::integer(const CsvRow& row, const std::string& column) {
    const std::string raw = text(row, column);
    if (raw.empty())
        return std::nullopt;
    int value = 0;
    const char* end = raw.data() + raw.size();
    auto [ptr, ec] = std::from_chars(raw.data(), end, value);
    if (ec != std::errc() || ptr != end) {
        error(row, column, "bilangan bulat diharapkan, ditemukan \"" + raw + "\"");
        return std::nullopt;
    }
    return value;
}

std::optional<int> CsvTableReader::year(const CsvRow& row, const std::string& column) {
    const auto v = integer(row, column);
    if (v && (*v < 1990 || *v > 2100)) {
        error(row, column, "tahun 1990-2100 diharapkan, ditemukan \"" + text(row, column) + "\"");
        return std::nullopt;
    }
    return v;
}

std::optional<std::string> CsvTableReader::date(const CsvRow& row, const std::string& column) {
    const std::string raw(text::trim(text(row, column)));
    if (raw.empty())
        return std::nullopt;
    const auto digits = [&](std::size_t from, std::size_t count) -> std::optional<unsigned> {
        unsigned n = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (raw[i] < '0' || raw[i] > '9')
                return std::nullopt;
            n = n * 10 + static_cast<unsigned>(raw[i] - '0');
        }
        return n;
    };
    const bool shaped = raw.size() == 10 && raw[4] == '-' && raw[7] == '-';
    const auto y = shaped ? digits(0, 4) : std::nullopt;
    const auto m = shaped ? digits(5, 2) : std::nullopt;
    const auto d = shaped ? digits(8, 2) : std::nullopt;
    if (!y || !m || !d) {
        error(row, column, "tanggal TTTT-BB-HH diharapkan (mis. 2023-01-31), ditemukan \"" + raw + "\"");
        return std::nullopt;
    }
    static const char* const kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                                          "Mei",       "Juni",     "Juli",     "Agustus",
                                          "September", "Oktober",  "November", "Desember"};
    if (*m < 1 || *m > 12) {
        error(row, column,
              "tanggal \"" + raw + "\" tidak ada: bulan " + std::to_string(*m) + " (1 sampai 12)");
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year(static_cast<int>(*y)), std::chrono::month(*m),
                                          std::chrono::day(*d)};
    if (!ymd.ok()) {
        const unsigned last = static_cast<unsigned>(
            std::chrono::year_month_day_last(ymd.year(), std::chrono::month_day_last(ymd.month())).day());
        error(row, column,
              "tanggal \"" + raw + "\" tidak ada: " + kMonths[*m - 1] + " " + std::to_string(*y) +
                  " memiliki " + std::to_string(last) + " hari");
        return std::nullopt;
    }
    return raw;
}

std::optional<model::Target> CsvTableReader::target(const CsvRow& row, const std::string& column) {
    return parse_target_text(row, column, text(row, column));
}

std::optional<model::Target> CsvTableReader::parse_target_text(const CsvRow& row, const std::string& column,
                                                               const std::string& raw) {
    const TargetParse parsed = parse_target(raw);
    if (parsed.status == ParseStatus::Error) {
        error(row, column, parsed.error);
        return std::nullopt;
    }
    if (parsed.status == ParseStatus::Empty)
        return std::nullopt;
    return model::Target{parsed.lower, parsed.upper, parsed.decimals};
}

}  // namespace lkjip::input
