// lkjip_docs: writes the files made from lkjip's command table at build time, so the help is written once.
//   lkjip_docs man FILE          the manual page (lkjip.1)
//   lkjip_docs completion FILE   the bash completion script
#include <fstream>
#include <iostream>
#include <string>

#include "cli/completion.hpp"
#include "cli/man_page.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "pemakaian: lkjip_docs man|completion BERKAS\n";
        return 2;
    }
    const std::string what = argv[1];
    if (what != "man" && what != "completion") {
        std::cerr << "lkjip_docs: man atau completion diharapkan, ditemukan " << what << '\n';
        return 2;
    }
    std::ofstream out(argv[2], std::ios::binary);
    out << (what == "man" ? lkjip::cli::man_page() : lkjip::cli::bash_completion());
    out.close();
    if (!out) {
        std::cerr << "lkjip_docs: gagal menulis " << argv[2] << '\n';
        return 4;
    }
    return 0;
}
