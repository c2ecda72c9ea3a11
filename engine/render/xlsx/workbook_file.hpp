#pragma once
// A libxlsxwriter workbook being built for one file. If building throws, the destructor frees the workbook
// without writing it and removes whatever was written; close() writes it, and a failure to write names the
// file and the system's reason in Bahasa Indonesia. Every workbook lkjip writes (reports, recaps, reviews,
// input workbooks) goes through it. libxlsxwriter reports its failures in English on stderr by itself:
// here the file is created first (so that the usual failures are found and told before it runs) and its
// own stderr output is silenced while it writes.
#include <string>

#include "render/xlsx/xlsxwriter.hpp"

namespace lkjip::render::xlsx {

class WorkbookFile {
  public:
    explicit WorkbookFile(std::string path);  // throws OutputError when the file cannot be created
    ~WorkbookFile();
    WorkbookFile(const WorkbookFile&) = delete;
    WorkbookFile& operator=(const WorkbookFile&) = delete;

    lxw_workbook* get() const { return workbook_; }
    const std::string& path() const { return path_; }
    // Writes the file. Throws OutputError (and removes the file) on failure.
    void close();

  private:
    std::string path_;
    lxw_workbook* workbook_ = nullptr;
    int fd_ = -1;  // the file, open from construction to close()
};

// A libxlsxwriter error in Bahasa Indonesia ("teks melebihi batas sel Excel 32.767 karakter").
std::string xlsx_reason(lxw_error error);

}  // namespace lkjip::render::xlsx
