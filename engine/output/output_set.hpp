#pragma once
// Several output files that appear together or not at all. Each is first written under a temporary name
// in its final folder; commit() renames them all into place. If anything fails before, the destructor
// removes every temporary file, so a failed run leaves nothing behind. A path that is one of the user's
// inputs is refused outright; an existing file is replaced only when the user asked (--force).
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
    // Renames every temporary file into place. Throws OutputError (and removes what is left) on failure.
    void commit();
    const std::vector<std::string>& final_paths() const { return finals_; }

  private:
    std::vector<std::string> inputs_;
    bool replace_existing_;
    std::vector<std::string> finals_;
    std::vector<std::string> temps_;
    bool committed_ = false;
};

// Creates the output folder (and its parents) when missing. Throws OutputError.
void ensure_output_folder(const std::string& folder);

}  // namespace lkjip::output
