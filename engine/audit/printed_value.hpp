#pragma once
// A printed figure's text read as a reviewer reads it: "49,17%", "Rp. 6.210.455.282,00", "91.13%" (a
// decimal point where a comma belongs), "Rp.29,970.000" (a comma where a dot belongs), "SANGAT EFISIEN".
// Irregular writing is noted, not refused: the figure is still compared, and the note becomes a finding.
#include <optional>
#include <string>

namespace lkjip::audit {

enum class ValueKind { Number, Money, Count, Label };

struct PrintedValue {
    std::optional<double> number;  // Number, Money, Count; nullopt when unreadable
    int decimals = 0;              // digits after the decimal mark as printed, at most format::kMaxDecimals
    std::string label;             // Label: trimmed, spaces collapsed
    std::string irregular;         // why the writing is irregular ("" when it is not)
};

// The kind of value a besaran holds.
ValueKind kind_of(const std::string& besaran);

PrintedValue read_printed_value(const std::string& text, ValueKind kind);

}  // namespace lkjip::audit
