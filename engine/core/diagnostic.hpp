#pragma once
// Where a problem is and what it is. Every reader reports through these types so that messages name the
// file, line, column or key path, and so that `lkjip check` can list every problem in one pass.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace lkjip {

struct SourceLocation {
    std::string file;        // as the user named it (relative to the input folder when possible)
    std::size_t line = 0;    // 1-based; 0 = not applicable
    std::size_t column = 0;  // 1-based field number in a CSV row, or character column elsewhere; 0 = none
    std::string key_path;    // e.g. "konvensi.capaian.batas_atas" for configuration files
    std::string sheet;       // a workbook sheet: then line is its row and column its column ("IKU!D7")

    static SourceLocation in_file(std::string f) { return SourceLocation{std::move(f), 0, 0, {}, {}}; }
    static SourceLocation at(std::string f, std::size_t l, std::size_t c = 0) {
        return SourceLocation{std::move(f), l, c, {}, {}};
    }
    static SourceLocation key(std::string f, std::string k) {
        return SourceLocation{std::move(f), 0, 0, std::move(k), {}};
    }
};

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;  // in Bahasa Indonesia
};

// "realisasi.csv:7:4: galat: ..." / "profil.ini: kunci opd.tahun: galat: ..." / "lkjip: galat: ..." /
// "masukan.xlsx: Indikator!D7: galat: ..." (a sheet's cell, written as Excel writes references)
std::string format_diagnostic(const Diagnostic& d);
// The location part alone: "realisasi.csv:7:4", "masukan.xlsx: Indikator!D7", "masukan.xlsx: lembar Belanja".
std::string format_location(const SourceLocation& where);

// Invalid input: data, configuration or template the user gave. Exit code 3.
class InputError : public std::runtime_error {
  public:
    explicit InputError(Diagnostic d);
    InputError(SourceLocation where, const std::string& message);
    const Diagnostic& diagnostic() const { return diagnostic_; }

  private:
    Diagnostic diagnostic_;
};

// Several input errors found in one pass (what `check` lists; what `compute` refuses to go on with).
class InputErrors : public std::runtime_error {
  public:
    explicit InputErrors(std::vector<Diagnostic> all);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  private:
    std::vector<Diagnostic> diagnostics_;
};

// An output file could not be written. Exit code 4.
class OutputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Collects problems instead of stopping at the first one.
class Diagnostics {
  public:
    void error(SourceLocation where, std::string message);
    void warning(SourceLocation where, std::string message);
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    bool has_errors() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    // Throws InputErrors holding every diagnostic when any is an error.
    void throw_if_errors() const;

  private:
    std::vector<Diagnostic> items_;
};

}  // namespace lkjip
