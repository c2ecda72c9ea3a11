#pragma once
// lkjip's temporary files: their names, a registry of those that exist right now (so that an interrupted
// run can remove them: engine/cli/interrupt.cpp), their creation, and the removal of those left by a run
// that died without cleaning up (kill -9, a power cut).
//
// A temporary is a hidden sibling of its final file, ".<name>.lkjip-tmp-<pid>", so that moving it into
// place never crosses a file system, and so that the process it belongs to can be told from its name.
// Every temporary is created through create_temporary_file / create_temporary_folder, which wait for the
// end of the process once an interruption has begun: a thread still working cannot create a file after
// the interruption removed the temporaries (a file already open is then written to a name that is gone).
#include <mutex>
#include <string>
#include <string_view>

namespace lkjip {

// ".<name>.lkjip-tmp-<pid>" beside `final_path`; `role` tells two temporaries of one file apart ("bak").
std::string temporary_path_for(const std::string& final_path, const std::string& role = "tmp");

enum class TemporaryKind {
    File,
    Folder,       // removed with everything in it (a folder being filled before it is renamed into place)
    EmptyFolder,  // an output folder this run created: removed only while nothing is in it
};

// Remembers a temporary until it is forgotten.
void register_temporary(const std::string& path, TemporaryKind kind = TemporaryKind::File);
void forget_temporary(const std::string& path);

// Creates (or empties) a file to write; returns its descriptor, or -1 with errno set.
int create_temporary_file(const std::string& path);

// Creates `path` as above and writes all of `bytes` into it. On failure the file is removed and the result
// says which step failed and the errno.
struct TemporaryWrite {
    enum class Failed { Nothing, Creating, Writing } failed = Failed::Nothing;
    int error = 0;
};
TemporaryWrite write_temporary_file(const std::string& path, std::string_view bytes);
// Creates a folder (not its parents) and registers it as `kind`; returns 0, or the errno.
int create_temporary_folder(const std::string& path, TemporaryKind kind);

// Held while temporaries are renamed into place, so that an interruption waits until an output set is
// complete (or rolled back) instead of cutting it in half.
std::unique_lock<std::mutex> hold_temporaries();

// Removes every registered temporary. For the interruption handler: the caller holds the lock taken by
// hold_temporaries() and ends the process without releasing it.
void remove_registered_temporaries_locked();

// Removes the temporaries in `folder` named as lkjip names them whose process is no longer alive
// (and those of earlier lkjip versions, ".<name>.xlsx.tmp-<pid>" / ".pdf.tmp-<pid>"). Never throws.
void remove_stale_temporaries(const std::string& folder);

}  // namespace lkjip
