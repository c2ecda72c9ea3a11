#include "output/output_set.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "core/diagnostic.hpp"
#include "core/system_error.hpp"
#include "core/temporary_files.hpp"
#include "output/atomic_output.hpp"

namespace lkjip::output {

namespace fs = std::filesystem;

namespace {

fs::path canonical_or_absolute(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? fs::absolute(p, ec).lexically_normal() : c;
}

bool inside(const fs::path& path, const fs::path& folder) {
    auto f = folder.begin();
    auto p = path.begin();
    for (; f != folder.end(); ++f, ++p) {
        if (f->empty() && std::next(f) == folder.end())
            break;  // "a/b/" ends in an empty element
        if (p == path.end() || *p != *f)
            return false;
    }
    return true;
}

}  // namespace

void refuse_output_into_inputs(const std::string& output, const std::vector<std::string>& inputs) {
    const fs::path target = canonical_or_absolute(output);
    for (const std::string& input : inputs) {
        if (input.empty())
            continue;
        const fs::path in = canonical_or_absolute(input);
        std::error_code ec;
        const bool is_folder = fs::is_directory(in, ec);
        if (target == in || (is_folder && inside(target, in))) {
            throw OutputError(output + ": galat: keluaran akan menimpa atau masuk ke masukan (" + input +
                              "); pilih folder keluaran lain");
        }
    }
}

OutputSet::OutputSet(std::vector<std::string> inputs, bool replace_existing)
    : inputs_(std::move(inputs)), replace_existing_(replace_existing) {}

OutputSet::~OutputSet() {
    if (!committed_)
        discard();
}

void OutputSet::discard() {
    std::error_code ec;
    for (const std::string& t : temps_) {
        fs::remove(t, ec);
        forget_temporary(t);
    }
    for (const std::string& b : backups_)
        forget_temporary(b);  // never made outside commit(), which removes them itself
    temps_.clear();
    backups_.clear();
}

std::string OutputSet::reserve(const std::string& final_path) {
    refuse_output_into_inputs(final_path, inputs_);
    const fs::path target = canonical_or_absolute(final_path);
    std::error_code ec;
    const fs::file_status existing = fs::symlink_status(final_path, ec);
    if (fs::exists(existing)) {
        if (fs::is_directory(existing))
            throw OutputError(final_path + ": galat: sudah ada folder dengan nama ini");
        if (!replace_existing_)
            throw OutputError(placing_failed(final_path, EEXIST));
    }
    for (const std::string& f : finals_) {
        if (canonical_or_absolute(f) == target)
            throw OutputError(final_path + ": galat: dua keluaran dengan nama yang sama");
    }
    const std::string temp = temporary_path_for(final_path);
    const std::string backup = temporary_path_for(final_path, "bak");
    register_temporary(temp);
    register_temporary(backup);
    finals_.push_back(final_path);
    temps_.push_back(temp);
    backups_.push_back(backup);
    return temp;
}

void OutputSet::commit() {
    for (std::size_t i = 0; i < temps_.size(); ++i) {
        std::error_code ec;
        if (!fs::exists(temps_[i], ec))
            throw OutputError(finals_[i] + ": galat: berkas keluaran tidak terbentuk");
    }
    const std::size_t n = temps_.size();
    std::vector<bool> backed_up(n, false);
    std::size_t placed = 0;
    int error = 0;
    {
        // An interruption waits until the set is whole, or rolled back.
        const auto lock = hold_temporaries();
        for (; placed < n; ++placed) {
            const std::string& final_path = finals_[placed];
            if (replace_existing_) {
                // The old file stays reachable under the backup name until every new one is in place.
                backed_up[placed] = ::link(final_path.c_str(), backups_[placed].c_str()) == 0;
                error = std::rename(temps_[placed].c_str(), final_path.c_str()) == 0 ? 0 : errno;
            } else {
                error = rename_without_replacing(temps_[placed], final_path);
            }
            if (error != 0)
                break;
        }
        if (error != 0) {
            for (std::size_t i = 0; i < placed; ++i) {
                if (backed_up[i])
                    std::rename(backups_[i].c_str(), finals_[i].c_str());
                else
                    ::unlink(finals_[i].c_str());
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (backed_up[i])
                ::unlink(backups_[i].c_str());  // no-op for one restored above
        }
    }
    if (error != 0) {
        const std::string failed = finals_[placed];
        discard();
        throw OutputError(placing_failed(failed, error));
    }
    for (std::size_t i = 0; i < n; ++i) {
        forget_temporary(temps_[i]);
        forget_temporary(backups_[i]);
    }
    committed_ = true;
}

bool ensure_output_folder(const std::string& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec))
        return false;
    if (fs::exists(fs::symlink_status(folder, ec))) {
        // Another thread of a batch may have made it between the two looks: a folder now is no error.
        if (fs::is_directory(folder, ec))
            return false;
        throw OutputError(folder + ": galat: bukan folder");
    }
    // The parents stay; the folder itself is this run's until something is written into it.
    const fs::path leaf = fs::path(folder).lexically_normal();
    const fs::path parent = (leaf.has_filename() ? leaf : leaf.parent_path()).parent_path();
    if (!parent.empty())
        fs::create_directories(parent, ec);  // a failure is told by the next step
    const int error = create_temporary_folder(folder, TemporaryKind::EmptyFolder);
    if (error == EEXIST && fs::is_directory(folder, ec))
        return false;  // another thread of a batch made it a moment ago
    if (error != 0)
        throw OutputError(folder + ": galat: folder keluaran tidak dapat dibuat: " + system_reason(error));
    return true;
}

}  // namespace lkjip::output
