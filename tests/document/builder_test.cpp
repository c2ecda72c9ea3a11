#include <doctest/doctest.h>

#include <regex>

#include "document/builder.hpp"
#include "document/document_text.hpp"
#include "document/pk_revisions.hpp"
#include "input/outline_reader.hpp"
#include "input/template_reader.hpp"
#include "report/report_builder.hpp"
#include "test_support.hpp"

using namespace lkjip;
using namespace lkjip::document;

namespace {

const templates::DocumentOutline& default_outline() {
    static const templates::DocumentOutline outline = [] {
        Diagnostics d;
        templates::DocumentOutline o = input::default_document_outline(d);
        REQUIRE_FALSE(d.has_errors());
        return o;
    }();
    return outline;
}

const Document& dumai_document() {
    static const Document doc = [] {
        const compute::Performance& p = test::dumai_performance();
        Diagnostics d;
        const auto templates = input::default_table_templates(d);
        return build_document(p, report::build_report(templates, p), SentenceTemplates::defaults(),
                              default_outline());
    }();
    return doc;
}

std::vector<const Paragraph*> paragraphs(const Document& doc) {
    std::vector<const Paragraph*> out;
    for (const Section& s : doc.sections) {
        for (const Block& b : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&b))
                out.push_back(p);
            if (const auto* l = std::get_if<List>(&b)) {
                for (const Paragraph& item : l->items)
                    out.push_back(&item);
            }
        }
    }
    return out;
}

const Paragraph* sentence_with(const Document& doc, const std::string& text) {
    for (const Paragraph* p : paragraphs(doc)) {
        if (p->origin == Origin::Generated && p->text().find(text) != std::string::npos)
            return p;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("document: every number a generated sentence states is a figure read from the model") {
    // A decimal (65,16) or a grouped amount (8.729.827.382): nothing else in a sentence may look like one.
    const std::regex number(R"(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)");
    int sentences = 0;
    for (const Paragraph* p : paragraphs(dumai_document())) {
        if (p->origin != Origin::Generated)
            continue;
        ++sentences;
        const std::string text = p->text();
        for (const Figure& f : p->figures)
            CHECK_MESSAGE(text.find(f.text) != std::string::npos, (text + " lacks " + f.text));
        for (std::sregex_iterator m(text.begin(), text.end(), number), end; m != end; ++m) {
            const std::string n = m->str();
            const bool read = std::any_of(p->figures.begin(), p->figures.end(), [&](const Figure& f) {
                return f.text.find(n) != std::string::npos;
            });
            CHECK_MESSAGE(read, (text + ": " + n + " is not a figure of the model"));
        }
    }
    CHECK(sentences > 30);
}

TEST_CASE("document: the Dumai IKU1.1 sentences, hand-checked against the tables") {
    const Document& doc = dumai_document();
    const Paragraph* capaian = sentence_with(doc, "Persentase Koperasi Aktif ditargetkan");
    REQUIRE(capaian);
    CHECK(capaian->text() ==
          "Pada tahun 2023 indikator Persentase Koperasi Aktif ditargetkan 70,58% dan terealisasi 65,16%, "
          "sehingga capaiannya 92,32% (predikat Sangat Tinggi), artinya belum tercapai.");
    const Paragraph* last_year = sentence_with(doc, "dari 62,50% menjadi 65,16%");
    REQUIRE(last_year);
    CHECK(last_year->text().find("realisasi meningkat") != std::string::npos);
    CHECK(last_year->text().find("membaik") != std::string::npos);
    // IKU1.2 fell from 25,79 to 22,13: a positive indicator, so worse.
    const Paragraph* fell = sentence_with(doc, "dari 25,79% menjadi 22,13%");
    REQUIRE(fell);
    CHECK(fell->text().find("menurun") != std::string::npos);
    CHECK(fell->text().find("memburuk") != std::string::npos);
    // No national target: said so, not left blank.
    CHECK(sentence_with(doc, "tidak ada target nasional"));
    // IKU2.1 has no supporting program: n/a with its reason.
    CHECK(sentence_with(doc, "tidak dapat dihitung (tidak ada anggaran yang mendukung)"));
}

TEST_CASE("document: a narrative block the input lacks is a visible placeholder") {
    const Document& doc = dumai_document();
    int placeholders = 0;
    for (const Paragraph* p : paragraphs(doc)) {
        if (p->origin == Origin::Placeholder) {
            ++placeholders;
            CHECK(p->text().rfind("[BELUM DIISI: ", 0) == 0);
        }
    }
    CHECK(placeholders == 1);  // tindak_lanjut_evaluasi: the seed has none (the PK names are inline)
    CHECK(to_text(doc).find(
              "[BELUM DIISI: Tindak Lanjut Hasil Evaluasi (LHE) Tahun Lalu — tulis di narasi.csv, "
              "bagian tindak_lanjut_evaluasi]") != std::string::npos);
}

TEST_CASE("document: every report table is placed, the PK table again in the Lampiran") {
    const Document& doc = dumai_document();
    std::vector<int> seen(doc.report.tables.size(), 0);
    for (const Section& s : doc.sections) {
        for (const Block& b : s.blocks) {
            if (const auto* t = std::get_if<TableRef>(&b))
                ++seen[t->index];
        }
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        CHECK_MESSAGE(seen[i] == (doc.report.tables[i].nomor == "2.4.1" ? 2 : 1), doc.report.tables[i].nomor);
}

TEST_CASE("document: a negative indicator, worked by hand (Dumai IKU1.2 read as lower-is-better)") {
    Diagnostics d;
    input::InputRead folder = input::read_folder(std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023", d);
    for (model::Indicator& i : folder.opd.indicators) {
        if (i.kode == "IKU1.2")
            i.arah = model::Arah::Negatif;
    }
    const compute::Performance p = compute::compute(folder.opd, input::load_conventions({}));
    const auto templates = input::default_table_templates(d);
    const Document doc = build_document(p, report::build_report(templates, p), SentenceTemplates::defaults(),
                                        default_outline());
    // (2 × 45 − 22,13) / 45 × 100 = 150,822… → 150,82%: above 100, the target is exceeded.
    const Paragraph* capaian = sentence_with(doc, "Persentase Usaha Mikro dan Kecil ditargetkan");
    REQUIRE(capaian);
    CHECK(capaian->text().find("capaiannya 150,82%") != std::string::npos);
    CHECK(capaian->text().find("artinya melampaui target.") != std::string::npos);
    CHECK(capaian->text().find("bersifat negatif") != std::string::npos);
    // 25,79 → 22,13: the realisasi fell, which for this indicator is an improvement.
    const Paragraph* last_year = sentence_with(doc, "dari 25,79% menjadi 22,13%");
    REQUIRE(last_year);
    CHECK(last_year->text().find("realisasi menurun") != std::string::npos);
    CHECK(last_year->text().find("kinerja indikator ini membaik") != std::string::npos);
}

TEST_CASE("document: earlier years are stated when the data hold them, and nothing is said otherwise") {
    Diagnostics d;
    input::InputRead folder = input::read_folder(std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023", d);
    for (model::Indicator& i : folder.opd.indicators) {
        if (i.kode == "IKU1.1") {
            i.years[2021].realisasi = 60.5;
            i.years[2021].realisasi_decimals = 1;
        }
    }
    const compute::Performance p = compute::compute(folder.opd, input::load_conventions({}));
    const auto templates = input::default_table_templates(d);
    const Document doc = build_document(p, report::build_report(templates, p), SentenceTemplates::defaults(),
                                        default_outline());
    const Paragraph* earlier = sentence_with(doc, "Realisasi tahun-tahun sebelum 2022");
    REQUIRE(earlier);
    CHECK(earlier->text() == "Realisasi tahun-tahun sebelum 2022: 2021 60,50%.");
    REQUIRE(earlier->figures.size() == 1);
    CHECK(earlier->figures[0].tahun == 2021);
    CHECK_FALSE(sentence_with(dumai_document(), "Realisasi tahun-tahun sebelum"));
}

TEST_CASE("document: the outline decides the order; a reordered outline reorders the document") {
    // BAB IV before the Kata Pengantar, the IKU before their sasaran sentence, and a table placed twice
    // by prefix only once.
    Diagnostics d;
    const templates::DocumentOutline outline = input::read_document_outline(R"({"halaman": [
        {"isi": [{"judul": "Penutup", "nomor": "BAB IV"}, {"kalimat": "penutup"}]},
        {"isi": [{"judul": "Kata Pengantar {{tahun}}"}, {"narasi": "kata_pengantar"}, {"tabel": "3.1"},
                 {"tabel": ["3.1", "L"]}]},
        {"isi": [{"per_sasaran": [{"per_iku": [{"judul": "{{urut_sasaran}}.{{urut_iku}} {{kode_iku}}",
                                                "tingkat": 3}]},
                                  {"kalimat": "sasaran"}]}]}
    ]})",
                                                                            "urutan.json", d);
    REQUIRE(d.items().empty());
    const compute::Performance& p = test::dumai_performance();
    const auto templates = input::default_table_templates(d);
    const Document doc =
        build_document(p, report::build_report(templates, p), SentenceTemplates::defaults(), outline);
    REQUIRE(doc.sections.size() == 3);
    const auto& bab_iv = std::get<Heading>(doc.sections[0].blocks.at(0));
    CHECK(bab_iv.number == "BAB IV");
    CHECK(std::get<Paragraph>(doc.sections[0].blocks.at(1)).origin == Origin::Generated);
    CHECK(std::get<Heading>(doc.sections[1].blocks.at(0)).text == "Kata Pengantar 2023");
    // "3.1" places 3.1.1 once; the second block adds only the L tables (L.1, L.2).
    std::vector<std::string> placed;
    for (const Block& b : doc.sections[1].blocks) {
        if (const auto* t = std::get_if<TableRef>(&b))
            placed.push_back(doc.report.tables[t->index].nomor);
    }
    CHECK(placed == std::vector<std::string>{"3.1.1", "L.1", "L.2"});
    // Dumai: sasaran 1 holds IKU1.1 and IKU1.2, sasaran 2 holds IKU2.1 and IKU2.2; each sasaran's IKU
    // headings come before its sentence.
    const std::vector<Block>& third = doc.sections[2].blocks;
    REQUIRE(third.size() == 6);
    CHECK(std::get<Heading>(third[0]).text == "1.1 IKU1.1");
    CHECK(std::get<Heading>(third[1]).text == "1.2 IKU1.2");
    CHECK(std::get<Paragraph>(third[2]).text().rfind("Sasaran", 0) == 0);
    CHECK(std::get<Heading>(third[3]).text == "2.1 IKU2.1");
}

TEST_CASE("document: PK revisions listed from the data, old and new target; the annex says which revision") {
    Diagnostics d;
    input::InputRead folder = input::read_folder(std::string(LKJIP_SOURCE_DIR) + "/fixtures/dumai-2023", d);
    for (model::Indicator& i : folder.opd.indicators) {
        if (i.kode == "IKU1.1")  // synthetic: a second revision raising the target from 70,58 to 72,5
            i.years[2023].pk.push_back(
                model::PkRevision{2, "2023-11-06", model::Target::single(72.5, 1), {}});
    }
    const compute::Performance p = compute::compute(folder.opd, input::load_conventions({}));
    const auto templates = input::default_table_templates(d);
    const Document doc = build_document(p, report::build_report(templates, p), SentenceTemplates::defaults(),
                                        default_outline());
    const Paragraph* count = sentence_with(doc, "telah direvisi");
    REQUIRE(count);
    CHECK(count->text().find("tahun 2023 telah direvisi 2 kali") != std::string::npos);
    const Paragraph* first = sentence_with(doc, "Revisi 1 tanggal 25 September 2023");
    REQUIRE(first);
    CHECK(first->text() == "Revisi 1 tanggal 25 September 2023 tidak mengubah target indikator mana pun.");
    const Paragraph* second = sentence_with(doc, "Revisi 2 tanggal 6 November 2023");
    REQUIRE(second);
    CHECK(second->text() == "Revisi 2 tanggal 6 November 2023 mengubah target 1 indikator:");
    const Paragraph* changed = sentence_with(doc, "IKU1.1 Persentase Koperasi Aktif: target");
    REQUIRE(changed);
    CHECK(changed->text() == "IKU1.1 Persentase Koperasi Aktif: target 70,58% (revisi 1) menjadi 72,50%.");
    REQUIRE(changed->figures.size() == 2);
    CHECK(changed->figures[0].text == "70,58");
    CHECK(changed->figures[1].text == "72,50");
    // The last revision is the one the tables use: 65,16 / 72,5 = 89,88%.
    CHECK(sentence_with(doc, "ditargetkan 72,50% dan terealisasi 65,16%, sehingga capaiannya 89,88%"));
    const Paragraph* annex = sentence_with(doc, "Target dalam lampiran ini");
    REQUIRE(annex);
    CHECK(annex->text().find("revisi 2 tanggal 6 November 2023, revisi terakhir.") != std::string::npos);
    // Dumai itself: one revision that changed nothing.
    CHECK(sentence_with(dumai_document(), "tidak mengubah target indikator mana pun"));
    CHECK_FALSE(sentence_with(dumai_document(), "(revisi 1) menjadi"));
}

TEST_CASE("document: PK dates in words") {
    CHECK(tanggal_text("2023-09-25") == "25 September 2023");
    CHECK(tanggal_text("2024-01-05") == "5 Januari 2024");
    CHECK(tanggal_text("2024-12-31") == "31 Desember 2024");
    CHECK(tanggal_text("2024-13-01") == "2024-13-01");
    CHECK(tanggal_text("") == "");
}
