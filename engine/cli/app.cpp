#include "cli/app.hpp"

#include <clocale>
#include <exception>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/diagnostic.hpp"
#include "input/property_file.hpp"

namespace lkjip::cli {

namespace {

constexpr const char* kVersion = "0.1.0";

const char* const kHelp =
    "lkjip: menghitung dan memeriksa Laporan Kinerja Instansi Pemerintah (LKjIP)\n"
    "\n"
    "Pemakaian (MASUKAN: folder masukan, atau buku kerja masukan .xlsx):\n"
    "  lkjip compute MASUKAN [--json]  capaian, predikat, atribut, serapan, efisiensi dari data primer\n"
    "  lkjip check MASUKAN             periksa semua data masukan dan daftar setiap masalah\n"
    "  lkjip calc --target T --realisasi R [--arah positif|negatif]\n"
    "             [--pagu P --realisasi-anggaran RA] [--json]   hitung satu indikator\n"
    "  lkjip report MASUKAN -o KELUARAN [--templates FOLDER] [--name NAMA] [--force]\n"
    "               [--font TTF] [--font-bold TTF]\n"
    "                                  tulis laporan LKjIP (XLSX dan PDF) dari templat tabel;\n"
    "                                  huruf PDF bawaan: DejaVu Sans yang tertanam di lkjip\n"
    "  lkjip audit MASUKAN [--json] [-o KELUARAN]\n"
    "                                  reviu angka tercetak (angka_tercetak.csv) terhadap data primer\n"
    "  lkjip batch MASUKAN... -o KELUARAN [-j N] [--audit]\n"
    "                                  laporan (dan reviu) banyak OPD sekaligus, dengan rekap\n"
    "  lkjip init FOLDER               buat kerangka berkas masukan yang berisi contoh\n"
    "  lkjip init --xlsx BUKU.xlsx [--from FOLDER] [--force]\n"
    "                                  buat buku kerja masukan untuk diisi di Excel/LibreOffice\n"
    "  lkjip init --templates FOLDER   salin templat tabel laporan bawaan untuk diubah\n"
    "\n"
    "Opsi konvensi (compute, check, calc, report, audit):\n"
    "  --config BERKAS     set konvensi (JSON/INI/XML) yang menimpa config/konvensi-bawaan.json\n"
    "  --set KUNCI=NILAI   ganti satu konvensi, mis. --set capaian.batas_atas=100\n"
    "  --max-file-mb N     batas ukuran satu berkas masukan (bawaan 64 MiB)\n"
    "  --max-rows N        batas baris per tabel CSV atau lembar (bawaan 1.000.000)\n"
    "\n"
    "Kode keluar: 0 sukses/bersih, 1 ada peringatan (check), 2 salah pemakaian,\n"
    "             3 masukan tidak sah, 4 keluaran gagal ditulis, 5 galat internal,\n"
    "             6 audit menemukan temuan, 7 batch: ada masukan yang gagal,\n"
    "             129/130/143 dihentikan (SIGHUP/SIGINT/SIGTERM; berkas sementara dihapus).\n"
    "Format masukan: fixtures/README.md\n";

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Numbers are formatted by lkjip itself; the C library must never write "82,5" into a file.
    std::setlocale(LC_NUMERIC, "C");
    try {
        if (args.empty() || args.front() == "--help" || args.front() == "-h" || args.front() == "help") {
            out << kHelp;
            return args.empty() ? kUsage : kOk;
        }
        if (args.front() == "--version") {
            out << "lkjip " << kVersion << '\n';
            return kOk;
        }
        const std::string& command = args.front();
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (command == "compute")
            return compute_command(rest, out, err);
        if (command == "check")
            return check_command(rest, out, err);
        if (command == "calc")
            return calc_command(rest, out, err);
        if (command == "batch")
            return batch_command(rest, out, err);
        if (command == "audit")
            return audit_command(rest, out, err);
        if (command == "report")
            return report_command(rest, out, err);
        if (command == "init")
            return init_command(rest, out, err);
        std::string message = "perintah tidak dikenal: " + command;
        if (const std::string hint =
                input::suggest(command, {"compute", "check", "calc", "report", "audit", "batch", "init"});
            !hint.empty()) {
            message += "; maksud Anda " + hint + "?";
        }
        throw UsageError(message);
    } catch (const UsageError& e) {
        err << "lkjip: " << e.what() << "\n(lihat lkjip --help)\n";
        return kUsage;
    } catch (const InputErrors& e) {
        for (const Diagnostic& d : e.diagnostics())
            err << format_diagnostic(d) << '\n';
        return kInvalidInput;
    } catch (const InputError& e) {
        err << format_diagnostic(e.diagnostic()) << '\n';
        return kInvalidInput;
    } catch (const OutputError& e) {
        err << e.what() << '\n';
        return kOutputFailed;
    } catch (const std::exception& e) {
        err << "lkjip: galat internal: " << e.what()
            << "\nMohon laporkan beserta masukan yang menyebabkannya.\n";
        return kInternal;
    }
}

}  // namespace lkjip::cli
