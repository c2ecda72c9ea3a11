#include "render/xlsx/workbook_file.hpp"

#include <cstdio>

#include "core/diagnostic.hpp"

namespace lkjip::render::xlsx {

WorkbookFile::WorkbookFile(std::string path) : path_(std::move(path)) {
    lxw_workbook_options options = {};
    workbook_ = workbook_new_opt(path_.c_str(), &options);
    if (!workbook_)
        throw OutputError(path_ + ": buku kerja tidak dapat dibuat");
}

WorkbookFile::~WorkbookFile() {
    if (workbook_) {
        lxw_workbook_free(workbook_);
        std::remove(path_.c_str());
    }
}

void WorkbookFile::close() {
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;
    const lxw_error closed = workbook_close(workbook);  // writes and frees
    if (closed != LXW_NO_ERROR) {
        std::remove(path_.c_str());
        throw OutputError(path_ + ": buku kerja gagal ditulis: " + lxw_strerror(closed));
    }
}

}  // namespace lkjip::render::xlsx
