#include "audit/expected_value.hpp"

namespace lkjip::audit {

Expected expected_value(const model::PrintedFigure& f, const compute::Performance& p) {
    const std::optional<quantity::Subject> subject = quantity::subject_of(f.objek, p);
    if (!subject)
        return Expected{};
    Expected e = quantity::value_of(*subject, f.besaran, f.tahun, p);
    // A printed single figure cannot be checked against a range target: the audit has no one value for it.
    if (e.upper && e.number && *e.upper != *e.number) {
        e.number.reset();
        e.upper.reset();
        e.na_reason = "target tahun " + std::to_string(f.tahun) + " berupa rentang";
        e.missing_data = true;
    }
    return e;
}

}  // namespace lkjip::audit
