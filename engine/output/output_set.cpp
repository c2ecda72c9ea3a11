#include "output/output_set.hpp"

#include <unistd.h>

#include <filesystem>

#include "core/diagnostic.hpp"

namespace lkjip::output {

namespace fs = std::filesystem;

namespace {

fs::path canonical_or_absolute(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? fs::absolute(p, ec) : c;
}

bool inside(const fs::path& path, const fs::path& folder) {
    auto f = folder.begin();
    auto p = path.begin();
    for (; f != folder.end(); ++f, ++p) {
        if (p == path.end() || *p != *f)
            return false;
    }
    return true;
}

}  // namespace

OutputSet::OutputSet(std::vector<std::string> inputs, bool replace_existing)
    : inputs_(std::move(inputs)), replace_existing_(replace_existing) {}

OutputSet::~OutputSet() {
    if (committed_)
        return;
    std::error_code ec;
    for (const std::string& t : temps_)
        fs::remove(t, ec);
}

std::string OutputSet::reserve(const std::string& final_path) {
    const fs::path target = canonical_or_absolute(final_path);
    for (const std::string& input : inputs_) {
        if (input.empty())
            continue;
        const fs::path in = canonical_or_absolute(input);
        std::error_code ec;
        const bool is_folder = fs::is_directory(in, ec);
        if (target == in || (is_folder && inside(target, in))) {
            throw OutputError(final_path + ": galat: keluaran akan menimpa atau masuk ke masukan (" + input +
                              "); pilih folder keluaran lain");
        }
    }
    std::error_code ec;
    if (fs::exists(target, ec)) {
        if (fs::is_directory(target, ec))
            throw OutputError(final_path + ": galat: sudah ada folder dengan nama ini");
        if (!replace_existing_)
            throw OutputError(
                final_path +
                ": galat: berkas sudah ada; lkjip tidak menimpanya (pakai --force untuk mengganti)");
    }
    for (const std::string& f : finals_) {
        if (canonical_or_absolute(f) == target)
            throw OutputError(final_path + ": galat: dua keluaran dengan nama yang sama");
    }
    const fs::path temp =
        target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    finals_.push_back(final_path);
    temps_.push_back(temp.string());
    return temp.string();
}

void OutputSet::commit() {
    for (std::size_t i = 0; i < temps_.size(); ++i) {
        std::error_code ec;
        if (!fs::exists(temps_[i], ec))
            throw OutputError(finals_[i] + ": galat: berkas keluaran tidak terbentuk");
    }
    for (std::size_t i = 0; i < temps_.size(); ++i) {
        std::error_code ec;
        fs::rename(temps_[i], finals_[i], ec);
        if (ec)
            throw OutputError(finals_[i] + ": galat: tidak dapat menulis berkas (" + ec.message() + ")");
    }
    committed_ = true;
}

void ensure_output_folder(const std::string& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec))
        return;
    if (fs::exists(folder, ec))
        throw OutputError(folder + ": galat: bukan folder");
    fs::create_directories(folder, ec);
    if (ec)
        throw OutputError(folder + ": galat: folder keluaran tidak dapat dibuat (" + ec.message() + ")");
}

}  // namespace lkjip::output
