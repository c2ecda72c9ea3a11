#pragma once
// One function per lkjip command, and its entry in the command table. Each returns its exit code or throws
// (UsageError, InputError(s), OutputError), which app.cpp turns into a message and an exit code in one place.
#include <ostream>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace lkjip::cli {

int compute_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int calc_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int batch_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int evaluasi_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Each command's entry in the command table (name, help, options), defined beside its code.
const Command& compute_command_info();
const Command& check_command_info();
const Command& calc_command_info();
const Command& report_command_info();
const Command& audit_command_info();
const Command& batch_command_info();
const Command& init_command_info();
const Command& serve_command_info();
const Command& evaluasi_command_info();

}  // namespace lkjip::cli
