#include "audit/draft_narrative.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>

#include "audit/draft_matching.hpp"

namespace lkjip::audit {
namespace {

// The indicator a sentence names: the longest name of the data found in it, an IKU before others.
std::optional<std::string> named_indicator(const std::string& sentence, const compute::Performance& p) {
    const std::string n = " " + normalized_name(sentence) + " ";
    std::optional<std::string> best;
    std::size_t best_length = 0;
    bool best_iku = false;
    for (const compute::IndicatorResult& r : p.indicators) {
        const std::string name = normalized_name(r.indicator->nama);
        const bool iku = r.indicator->level == model::IndicatorLevel::Sasaran;
        if (name.empty() || n.find(" " + name + " ") == std::string::npos)
            continue;
        if (!best || name.size() > best_length || (name.size() == best_length && iku && !best_iku)) {
            best = r.indicator->kode;
            best_length = name.size();
            best_iku = iku;
        }
    }
    return best;
}

// The year a figure of the sentence is about: the last "tahun YYYY" before it, else the report's.
int year_before(const std::string& sentence, std::size_t position, int fallback) {
    static const std::regex year(R"(tahun\s+((?:19|20)[0-9]{2}))", std::regex::icase);
    int found = fallback;
    const std::string before = sentence.substr(0, position);
    for (auto it = std::sregex_iterator(before.begin(), before.end(), year); it != std::sregex_iterator();
         ++it)
        found = std::stoi((*it)[1].str());
    return found;
}

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::vector<std::string> sentences_of(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        const bool stop = text[i] == '.' && i + 2 < text.size() && text[i + 1] == ' ' &&
                          (std::isupper(static_cast<unsigned char>(text[i + 2])) ||
                           std::isdigit(static_cast<unsigned char>(text[i + 2])));
        if (stop) {
            out.push_back(current);
            current.clear();
            ++i;  // the space
        }
    }
    if (current.find_first_not_of(' ') != std::string::npos)
        out.push_back(current);
    return out;
}

std::vector<model::PrintedFigure> narrative_figures(const model::DraftDocument& draft,
                                                    const compute::Performance& p) {
    std::vector<model::PrintedFigure> out;
    const int report_year = p.opd ? p.opd->profile.tahun : 0;
    // The paragraphs of one page (a PDF gives one per line) are one text.
    std::map<int, std::string> pages;
    for (const model::DraftParagraph& para : draft.paragraphs)
        pages[para.page] += (pages[para.page].empty() ? "" : " ") + para.text;

    static const std::regex unfilled(
        R"(meningkat\s*/\s*menurun(\s*/\s*tetap)?|menurun\s*/\s*meningkat(\s*/\s*tetap)?)",
        std::regex::icase);
    static const std::regex change(R"(\b(meningkat|menurun|naik|turun)\s+sebesar\s+([0-9][0-9.,]*\s*%?))",
                                   std::regex::icase);
    // "capaian ... meningkat" stating only the direction (a number after "sebesar" is read as the change).
    static const std::regex direction(
        R"(\bcapaian\b[^.;]{0,80}?\b(meningkat|menurun|naik|turun|tetap)\b(?!\s*/)(?!\s+sebesar))",
        std::regex::icase);
    static const std::regex reached(R"(\btercapai\s+sebesar\s+([0-9][0-9.,]*\s*%?))", std::regex::icase);
    // "Capaian IKU Persentase Koperasi Aktif tahun 2023 sebesar 92,32% dengan predikat Sedang": the capaian
    // stated without "tercapai". Not when the words between say it is another figure (an increase, the
    // realisasi, the budget's serapan, a target).
    static const std::regex stated(R"(\bcapaian\b([^.;]{0,120}?)\bsebesar\s+([0-9][0-9.,]*\s*%?))",
                                   std::regex::icase);
    static const std::regex other_figure(
        R"(\b(meningkat|menurun|naik|turun|realisasi|anggaran|serapan|target|rata|tercapai|selisih)\b)",
        std::regex::icase);
    static const std::regex target(R"(\btarget\b[^.;]{0,60}?\b(?:adalah|sebesar)\s+([0-9][0-9.,]*\s*%?))",
                                   std::regex::icase);
    static const std::regex realised(
        R"(\brealisasi\s+(?:tahun\s+([0-9]{4})\s+)?sebesar\s+([0-9][0-9.,]*\s*%?))", std::regex::icase);
    std::vector<std::string> labels;
    for (const auto& band : p.conventions.predikat.bands)
        labels.push_back(band.label);
    std::sort(labels.begin(), labels.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });

    for (const auto& entry : pages) {
        // Named, not a structured binding: the lambda below captures it (clang 14 refuses captured bindings).
        const auto page = entry.first;
        const auto& text = entry.second;
        std::optional<std::string> indicator;
        // A sentence about a sasaran names no indicator of its own: the indicator named before it no longer
        // carries over (a DOCX is one page of text, so "Sasaran S1 ... predikat Sedang" would else be read as
        // about the last IKU named above it).
        static const std::regex about_sasaran(R"(\bsasaran\b)", std::regex::icase);
        for (const std::string& sentence : sentences_of(text)) {
            if (auto named = named_indicator(sentence, p))
                indicator = named;
            else if (std::regex_search(sentence, about_sasaran))
                indicator.reset();
            if (!indicator)
                continue;
            auto add = [&](const std::string& besaran, int tahun, const std::string& nilai) {
                model::PrintedFigure f;
                f.tabel = "teks:" + (page > 0 ? std::to_string(page) : std::string("draf"));
                f.halaman = page > 0 ? std::to_string(page) : "";
                f.objek = *indicator;
                f.besaran = besaran;
                f.tahun = tahun;
                f.nilai = nilai;
                std::string excerpt = sentence.size() > 160 ? sentence.substr(0, 157) + "..." : sentence;
                f.catatan = "draf: kalimat \"" + excerpt + "\"";
                f.where = SourceLocation::in_file(draft.file);
                out.push_back(std::move(f));
            };
            std::smatch m;
            if (std::regex_search(sentence, m, unfilled)) {
                add("perubahan_capaian", report_year, m[0].str());
            } else if (std::regex_search(sentence, m, direction)) {
                add("perubahan_capaian",
                    year_before(sentence, static_cast<std::size_t>(m.position(1)), report_year), m[1].str());
            }
            for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), change);
                 it != std::sregex_iterator(); ++it)
                add("perubahan_capaian", year_before(sentence, it->position(), report_year), (*it)[2].str());
            for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), reached);
                 it != std::sregex_iterator(); ++it)
                add("capaian", year_before(sentence, it->position(), report_year), (*it)[1].str());
            for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), stated);
                 it != std::sregex_iterator(); ++it) {
                const std::string between = (*it)[1].str();
                if (!std::regex_search(between, other_figure))
                    add("capaian",
                        year_before(sentence, static_cast<std::size_t>(it->position(2)), report_year),
                        (*it)[2].str());
            }
            if (std::regex_search(sentence, m, target)) {
                // "target akhir Renstra tahun 2026 sebesar 73%" is the Renstra end target, not the year's.
                const bool end_of_renstra = lower(sentence).find("target akhir") != std::string::npos;
                add(end_of_renstra ? "target_akhir_renstra" : "target",
                    end_of_renstra
                        ? report_year
                        : year_before(sentence, static_cast<std::size_t>(m.position(1)), report_year),
                    m[1].str());
            }
            for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), realised);
                 it != std::sregex_iterator(); ++it) {
                const int tahun =
                    (*it)[1].matched
                        ? std::stoi((*it)[1].str())
                        : year_before(sentence, static_cast<std::size_t>(it->position()), report_year);
                add("realisasi", tahun, (*it)[2].str());
            }
            // "tercapai Sedang", "dengan predikat Sangat Tinggi".
            const std::string low = lower(sentence);
            for (const char* lead : {"tercapai ", "predikat "}) {
                for (std::size_t at = low.find(lead); at != std::string::npos; at = low.find(lead, at + 1)) {
                    const std::size_t start = at + std::string(lead).size();
                    for (const std::string& label : labels) {
                        const std::string l = lower(label);
                        if (low.compare(start, l.size(), l) == 0 &&
                            (start + l.size() == low.size() ||
                             !std::isalpha(static_cast<unsigned char>(low[start + l.size()])))) {
                            add("predikat", year_before(sentence, at, report_year),
                                sentence.substr(start, l.size()));
                            break;
                        }
                    }
                }
            }
        }
    }
    return out;
}

}  // namespace lkjip::audit
