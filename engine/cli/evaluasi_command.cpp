// lkjip evaluasi MASUKAN --triwulan N -o KELUARAN [--name NAMA] [--force] [--font TTF] [--font-bold TTF]
//                [--config FILE] [--set KEY=VALUE]...
// lkjip evaluasi MASUKAN --triwulan N --dump
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "compute/performance.hpp"
#include "output/output_set.hpp"
#include "pipeline/arguments.hpp"
#include "pipeline/load.hpp"
#include "pipeline/report_output.hpp"
#include "report/evaluasi_form.hpp"
#include "table/table_text.hpp"

namespace lkjip::cli {

namespace {

// --triwulan: 1, 2, 3 or 4, nothing else (not " 2", not "02", not "II").
int triwulan_of(const ParsedArguments& parsed) {
    if (!parsed.has("triwulan"))
        throw UsageError("evaluasi: --triwulan wajib diisi (1, 2, 3 atau 4)");
    const std::string v = parsed.value("triwulan");
    if (v.size() != 1 || v[0] < '1' || v[0] > '4')
        throw UsageError("evaluasi: --triwulan harus 1, 2, 3 atau 4, ditemukan \"" + v + "\"");
    return v[0] - '0';
}

}  // namespace

const Command& evaluasi_command_info() {
    static const Command command{
        .name = "evaluasi",
        .summary = "evaluasi hasil Renja per triwulan (Permendagri 86/2017) sebagai XLSX dan PDF",
        .usage = {"MASUKAN --triwulan N -o KELUARAN [--name NAMA] [--force] [--font TTF] [--font-bold TTF]",
                  "MASUKAN --triwulan N --dump"},
        .description =
            "Menulis formulir evaluasi terhadap hasil Renja Perangkat Daerah (Permendagri 86/2017) untuk "
            "triwulan N (1 sampai 4) tahun laporan: program, kegiatan dan sub kegiatan dari anggaran.csv "
            "dengan indikatornya, pasangan K (kinerja) dan Rp (anggaran) untuk kolom 6 sampai 15 (target "
            "akhir Renstra, realisasi Renstra sampai tahun lalu, target Renja, realisasi triwulan I-IV, "
            "realisasi tahun berjalan, realisasi Renstra sampai tahun ini, tingkat capaian Renstra), unit "
            "penanggung jawab dan keterangan (evaluasi_renja.csv), rata-rata capaian dan predikat untuk K "
            "dan "
            "Rp, serta faktor pendorong, penghambat dan tindak lanjut dari narasi.csv (bagian evaluasi_*, "
            "kode "
            "= triwulan). Buku kerja memuat rumus yang menghitung ulang setiap nilai turunan. Nilai yang "
            "tidak "
            "ada ditulis n/a dengan alasannya, tidak pernah nol. Berkas ditulis bersama atau tidak sama "
            "sekali; berkas yang ada hanya diganti dengan --force, tidak pernah berkas masukan.",
        .options = with_convention_options(with_font_options(
            {{.name = "triwulan",
              .takes_value = true,
              .value_name = "N",
              .help = "triwulan yang dievaluasi: 1, 2, 3 atau 4 (wajib)",
              .kind = ValueKind::Text},
             {.name = "output",
              .takes_value = true,
              .short_name = 'o',
              .value_name = "KELUARAN",
              .help = "folder keluaran",
              .kind = ValueKind::Folder},
             {.name = "name",
              .takes_value = true,
              .value_name = "NAMA",
              .help = "nama berkas tanpa akhiran (bawaan: dari profil OPD dan triwulan)",
              .kind = ValueKind::Text},
             {.name = "force", .help = "ganti berkas keluaran yang sudah ada (tidak pernah berkas masukan)"},
             {.name = "dump", .help = "tampilkan formulir sebagai teks alih-alih menulis berkas"}})),
        .operands = ValueKind::Input,
        .run = evaluasi_command};
    return command;
}

int evaluasi_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArguments parsed = parse_arguments(args, evaluasi_command_info().options);
    if (parsed.positional.size() != 1 || (!parsed.has("output") && !parsed.has("dump")))
        throw usage_error(evaluasi_command_info());
    const int triwulan = triwulan_of(parsed);
    const std::string& input_folder = parsed.positional.front();
    const std::vector<std::string> inputs = {input_folder, parsed.value("config"), parsed.value("font"),
                                             parsed.value("font-bold")};
    check_outputs_before_reading(parsed, inputs);

    const Loaded loaded = load_input(input_folder, parsed);
    const compute::Performance performance = compute_loaded(loaded);
    const table::Report model = report::build_evaluasi_renja(performance, triwulan);
    print_diagnostics(performance.diagnostics, err);
    if (parsed.has("dump")) {
        for (const table::Table& t : model.tables)
            out << table::to_text(t) << '\n';
        return kOk;
    }
    ReportFiles files;
    files.folder = parsed.value("output");
    files.name = parsed.has("name") ? parsed.value("name")
                                    : default_report_name(loaded.input.opd.profile) + "-evaluasi-renja-tw" +
                                          std::to_string(triwulan);
    files.inputs = inputs;
    files.replace_existing = parsed.has("force");
    files.font_regular = parsed.value("font");
    files.font_bold = parsed.value("font-bold");
    files.a3_paper = true;  // 27 columns: A4 landscape breaks every amount (seen in pdftoppm)
    files.document_name = "Evaluasi Renja " + model::triwulan_name(triwulan);
    const std::vector<std::string> written = write_report_files(model, files);
    out << "Evaluasi Renja triwulan " << triwulan << " ditulis:\n";
    for (const std::string& path : written)
        out << "  " << path << '\n';
    return kOk;
}

}  // namespace lkjip::cli
