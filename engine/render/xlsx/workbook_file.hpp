#pragma once
// A libxlsxwriter workbook being built for one file. If building throws, the destructor frees the workbook
// without writing it and removes whatever was written; close() writes it, and a failure to write names the
// file. Every workbook lkjip writes (reports, recaps, reviews, input workbooks) goes through it.
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
};

}  // namespace lkjip::render::xlsx
