#pragma once
// A zip archive held in memory, read with minizip through I/O callbacks over the bytes (no temporary
// file). Reading is bounded: an entry's declared size is checked before it is opened, and its output is
// counted while it is inflated, against a per-entry and a whole-archive budget, so that a zip bomb is
// refused before it can exhaust memory.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lkjip::input::xlsx {

struct ZipBudget {
    std::size_t max_entry_bytes = 0;  // each entry, uncompressed
    std::size_t max_total_bytes =
        0;  // every entry read, uncompressed, added up (an entry read twice counts twice)
};

class ZipArchive {
  public:
    // nullptr when the bytes are not a zip archive minizip can read: the caller words that message, which
    // depends on what the bytes are instead. `file` names the workbook in messages.
    static std::unique_ptr<ZipArchive> open(std::string_view bytes, const std::string& file,
                                            ZipBudget budget);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const std::string& file() const;

    // Whether an entry is named `name` exactly or, as a fallback, ignoring ASCII case (tools differ in the
    // case they write; the first such entry wins).
    bool contains(std::string_view name) const;

    // Every entry's name as stored, in the archive's order (directories included, with their final '/').
    std::vector<std::string> names() const;

    // Streams the uncompressed bytes of entry `name` to `sink` in chunks. Throws InputError with `name` in
    // the message when the entry is missing, encrypted, compressed with an unknown method, corrupt (CRC,
    // inflate error, a size other than declared) or beyond the budget. Exceptions from `sink` pass through.
    void read(std::string_view name, const std::function<void(std::string_view)>& sink);
    std::string read_all(std::string_view name);

    // Inflates entry `name` once more, discarding the bytes, and throws the same InputError as read()
    // when it is damaged; does nothing for an entry read() would refuse for another reason. Not counted
    // against the whole-archive budget (the entry has already been counted once).
    void verify(std::string_view name);

  private:
    void read_entry(std::string_view name, const std::function<void(std::string_view)>& sink, bool counted);
    struct Impl;
    explicit ZipArchive(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace lkjip::input::xlsx
