// libFuzzer target: arbitrary bytes as angka_tercetak.csv, audited against the computed Dumai fixture the
// way `lkjip audit` does it (figures read without error go to the audit), then written as text, JSON and
// the lembar reviu table. Reading may only report diagnostics; the audit and its outputs must not throw,
// whatever was printed: a figure with forty decimals, a rupiah amount beyond int64, a label in any script.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "input/printed_figures_reader.hpp"
#include "output/audit_output.hpp"
#include "report/audit_tables.hpp"
#include "test_support.hpp"

using namespace lkjip;
using fuzz::require;
using fuzz::valid_utf8;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    const std::vector<model::PrintedFigure> printed =
        input::read_printed_figures(content, "angka_tercetak.csv", diagnostics);
    for (const Diagnostic& d : diagnostics.items()) {
        require(d.where.file == "angka_tercetak.csv", "diagnostics name the file");
        require(valid_utf8(d.message), "diagnostics are UTF-8");
    }
    if (diagnostics.error_count() > 0)
        return 0;  // `lkjip audit` stops here with the diagnostics
    const compute::Performance& p = test::dumai_performance();
    const audit::Result result = audit::audit(printed, p);
    for (const audit::Finding& f : result.findings) {
        require(f.where.file == "angka_tercetak.csv", "findings point into the printed figures");
        require(valid_utf8(f.pesan) && valid_utf8(f.seharusnya), "findings are UTF-8");
    }
    for (const audit::Note& n : result.notes)
        require(valid_utf8(n.pesan), "notes are UTF-8");
    require(valid_utf8(output::audit_text(result, printed.size(), p)), "audit text is UTF-8");
    require(valid_utf8(output::audit_json(result, printed.size(), p)), "audit JSON is UTF-8");
    const table::Report sheet = report::audit_report(result, printed.size(), p);
    require(!sheet.tables.empty(), "the lembar reviu has its tables");
    return 0;
}
