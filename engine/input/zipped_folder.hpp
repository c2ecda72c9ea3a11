#pragma once
// An input folder sent as one .zip file (what `lkjip serve` accepts besides an input workbook): told apart
// from a workbook by its content, never by its name, and unpacked with the limits of the workbook reader.
#include <cstddef>
#include <string>
#include <string_view>

namespace lkjip::input {

enum class UploadKind {
    Workbook,      // a zip holding xl/workbook.xml: an .xlsx input workbook
    ZippedFolder,  // any other zip: the files of an input folder
    Unknown,       // not a zip at all
};

UploadKind upload_kind(std::string_view bytes);

struct ZippedFolderLimits {
    std::size_t max_entries = 64;                        // an input folder has a dozen files
    std::size_t max_entry_bytes = 64u * 1024u * 1024u;   // each file, uncompressed (the 64 MiB file rule)
    std::size_t max_total_bytes = 256u * 1024u * 1024u;  // all files, uncompressed (zip bombs)
};

// Writes the files of a zipped input folder into `folder` (which exists and is empty). Entries may sit at
// the top of the archive or in one folder (a zipped folder "dumai-2023/"); each is written under its base
// name only. Throws InputError located at `display_name` for a path that leaves the folder (absolute, "..",
// a drive letter, a backslash), a deeper or unexpected name, two entries with the same name, too many or
// too large entries, or a damaged archive; the caller removes `folder` in any case.
void extract_zipped_folder(std::string_view bytes, const std::string& display_name, const std::string& folder,
                           const ZippedFolderLimits& limits = {});

}  // namespace lkjip::input
