#pragma once
// Several output files that appear together or not at all. Each is first written under a temporary name
// in its final folder; commit() moves them all into place, and if one cannot be placed, those already
// placed are taken back (and, with --force, the files they replaced restored), so the folder holds the
// whole set or none of it. Until commit, the destructor removes every temporary file, and an interruption
// (engine/cli/interrupt.cpp) does the same. A path that is one of the user's inputs is refused outright;
// an existing file is replaced only when the user asked (--force), and without it the final move never
// replaces a file, even one that another run put there a moment before.
#include <string>
#include <vector>

namespace lkjip::output {

class OutputSet {
  public:
    // `inputs`: files and folders the run reads; no output may be, or be inside, one of them.
    OutputSet(std::vector<std::string> inputs, bool replace_existing);
    ~OutputSet();
    OutputSet(const OutputSet&) = delete;
    OutputSet& operator=(const OutputSet&) = delete;

    // Checks `final_path` and returns the temporary path to write instead. Throws OutputError.
    std::string reserve(const std::string& final_path);
    // Moves every temporary file into place, all or none. Throws OutputError naming the file that could
    // not be placed (and removes what is left) on failure.
    void commit();
    const std::vector<std::string>& final_paths() const { return finals_; }

  private:
    void discard();

    std::vector<std::string> inputs_;
    bool replace_existing_;
    std::vector<std::string> finals_;
    std::vector<std::string> temps_;
    std::vector<std::string> backups_;  // with --force: the replaced files, kept until the set is in place
    bool committed_ = false;
};

// Throws OutputError when `output` is one of `inputs` or inside an input folder: checked for every output
// of a run before anything is written.
void refuse_output_into_inputs(const std::string& output, const std::vector<std::string>& inputs);

// Creates the output folder (and its parents) when missing; returns whether it was created. A folder it
// creates is registered, under the name given, as a temporary that an interruption removes while it is
// empty: forget_temporary(folder) once the run is over. Throws OutputError.
bool ensure_output_folder(const std::string& folder);

}  // namespace lkjip::output
