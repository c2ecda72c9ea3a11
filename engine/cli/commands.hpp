#pragma once
// One function per lkjip command. Each returns its exit code or throws (UsageError, InputError(s),
// OutputError), which app.cpp turns into a message and an exit code in one place.
#include <ostream>
#include <string>
#include <vector>

namespace lkjip::cli {

int compute_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int calc_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int batch_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace lkjip::cli
