#include "core/diagnostic.hpp"

#include <algorithm>

#include "core/cell_reference.hpp"

namespace lkjip {

std::string format_location(const SourceLocation& where) {
    if (!where.sheet.empty()) {
        if (where.line > 0 && where.column > 0)
            return where.file + ": " + sheet_cell_reference(where.sheet, where.line, where.column);
        if (where.line > 0)
            return where.file + ": " + where.sheet + ", baris " + std::to_string(where.line);
        return where.file + ": lembar " + where.sheet;
    }
    std::string out = where.file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0)
            out += ':' + std::to_string(where.column);
    }
    return out;
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file.empty() ? std::string("lkjip") : format_location(d.where);
    out += ": ";
    if (!d.where.key_path.empty())
        out += "kunci " + d.where.key_path + ": ";
    out += d.severity == Severity::Error ? "galat: " : "peringatan: ";
    out += d.message;
    return out;
}

InputError::InputError(Diagnostic d) : std::runtime_error(format_diagnostic(d)), diagnostic_(std::move(d)) {}

InputError::InputError(SourceLocation where, const std::string& message)
    : InputError(Diagnostic{Severity::Error, std::move(where), message}) {}

namespace {
std::string join_errors(const std::vector<Diagnostic>& all) {
    std::string out;
    for (const Diagnostic& d : all) {
        if (!out.empty())
            out += '\n';
        out += format_diagnostic(d);
    }
    return out;
}
}  // namespace

InputErrors::InputErrors(std::vector<Diagnostic> all)
    : std::runtime_error(join_errors(all)), diagnostics_(std::move(all)) {}

void Diagnostics::error(SourceLocation where, std::string message) {
    items_.push_back(Diagnostic{Severity::Error, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
    items_.push_back(Diagnostic{Severity::Warning, std::move(where), std::move(message)});
}

bool Diagnostics::has_errors() const {
    return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
    return items_.size() - error_count();
}

void Diagnostics::throw_if_errors() const {
    if (has_errors())
        throw InputErrors(items_);
}

}  // namespace lkjip
