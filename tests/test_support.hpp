#pragma once
// What several test files share: the Dumai fixture read and computed once per test run.
#include <string>

#include "compute/performance.hpp"
#include "core/diagnostic.hpp"
#include "input/convention_reader.hpp"
#include "input/folder_reader.hpp"

namespace lkjip::test {

inline const compute::Performance& dumai_performance() {
    struct Dumai {
        Diagnostics diagnostics;
        input::InputRead folder;
        compute::Performance performance;
        Dumai() {
            folder = input::read_folder(std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023", diagnostics);
            performance = compute::compute(folder.opd, input::load_conventions({}));
        }
    };
    static const Dumai d;
    return d.performance;
}

}  // namespace lkjip::test
