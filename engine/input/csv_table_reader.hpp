#pragma once
// Typed access to the rows of one CSV table: declared columns (unknown ones are errors with a
// suggestion), and cell parsers that report problems with file, line, column and column name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "model/opd.hpp"

namespace lkjip::input {

struct ColumnSpec {
    std::string name;
    bool required = false;
};

class CsvTableReader {
  public:
    // Checks the header against `columns` (plus any `extra_allowed`, e.g. year columns).
    CsvTableReader(const CsvTable& table, std::vector<ColumnSpec> columns, Diagnostics& diagnostics,
                   const std::vector<std::string>& extra_allowed = {});

    bool usable() const { return usable_; }  // false when a required column is missing
    const CsvTable& table() const { return table_; }

    // Cell text ("" when the column is absent).
    std::string text(const CsvRow& row, const std::string& column) const;
    const CsvCell* cell(const CsvRow& row, const std::string& column) const;
    SourceLocation where(const CsvRow& row, const std::string& column = "") const;

    // Required text: reports an error when empty.
    std::string required_text(const CsvRow& row, const std::string& column);
    std::optional<double> decimal(const CsvRow& row, const std::string& column, int* decimals = nullptr);
    std::optional<std::int64_t> rupiah(const CsvRow& row, const std::string& column);
    std::optional<int> year(const CsvRow& row, const std::string& column);
    std::optional<int> integer(const CsvRow& row, const std::string& column);
    // A calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no); nullopt when empty or invalid
    // (then reported).
    std::optional<std::string> date(const CsvRow& row, const std::string& column);
    // A target: a number or a range "80 - 90", "80 s.d. 90", "80–90".
    std::optional<model::Target> target(const CsvRow& row, const std::string& column);

    void error(const CsvRow& row, const std::string& column, std::string message);
    void warning(const CsvRow& row, const std::string& column, std::string message);

  private:
    std::optional<model::Target> parse_target_text(const CsvRow& row, const std::string& column,
                                                   const std::string& raw);

    const CsvTable& table_;
    std::vector<ColumnSpec> columns_;
    Diagnostics& diagnostics_;
    bool usable_ = true;
};

}  // namespace lkjip::input
