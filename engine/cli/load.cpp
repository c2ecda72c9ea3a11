#include "cli/load.hpp"

#include "input/convention_reader.hpp"

namespace lkjip::cli {

std::vector<OptionSpec> convention_options() {
    return {{"config", true, false}, {"set", true, true}};
}

Loaded load_folder(const std::string& dir, const ParsedArguments& args) {
    Loaded loaded;
    loaded.folder = input::read_folder(dir, loaded.diagnostics);
    input::ConventionOverrides overrides;
    overrides.config_file = args.value("config");
    overrides.profile_section = loaded.folder.konvensi;
    overrides.set_arguments = args.all("set");
    try {
        loaded.conventions = input::load_conventions(overrides);
    } catch (const InputErrors& e) {
        for (const Diagnostic& d : e.diagnostics())
            loaded.diagnostics.add(d);
    } catch (const InputError& e) {
        loaded.diagnostics.add(e.diagnostic());
    }
    // Weighted means need a bobot on every IKU.
    if (loaded.conventions && loaded.conventions->aggregation.weighting == model::Weighting::ByBobot) {
        for (const model::Indicator& ind : loaded.folder.opd.indicators) {
            if (ind.level == model::IndicatorLevel::Sasaran && !ind.bobot) {
                loaded.diagnostics.error(ind.where, "konvensi agregasi.bobot = bobot, tetapi IKU \"" +
                                                        ind.kode + "\" tidak memiliki bobot");
            }
        }
    }
    return loaded;
}

model::Conventions load_conventions_only(const ParsedArguments& args) {
    input::ConventionOverrides overrides;
    overrides.config_file = args.value("config");
    overrides.set_arguments = args.all("set");
    return input::load_conventions(overrides);
}

}  // namespace lkjip::cli
