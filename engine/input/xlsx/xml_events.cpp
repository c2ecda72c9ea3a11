#include "input/xlsx/xml_events.hpp"

#include <charconv>

#include <expat.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <new>

#include "input/xlsx/error.hpp"
#include "input/xlsx/zip_archive.hpp"

namespace lkjip::input::xlsx {

namespace {

std::string_view local_name(const char* name) {
    const char* colon = std::strrchr(name, ':');
    return colon == nullptr ? std::string_view(name) : std::string_view(colon + 1);
}

// One document parse. Handler exceptions must not unwind through expat's C frames: they are caught in
// the callback, the parser is stopped, and the exception is rethrown once XML_Parse has returned.
class Parser {
  public:
    Parser(const std::string& file, const std::string& entry, XmlHandler& handler)
        : file_(file), entry_(entry), handler_(handler), parser_(XML_ParserCreate(nullptr)) {
        if (parser_ == nullptr)
            throw std::bad_alloc();
        XML_SetUserData(parser_, this);
        XML_SetElementHandler(parser_, on_start, on_end);
        XML_SetCharacterDataHandler(parser_, on_characters);
        XML_SetStartDoctypeDeclHandler(parser_, on_doctype);
        // Belt and braces: even if a DOCTYPE got through, no external DTD or entity would be read
        // (expat loads nothing itself without an external entity handler, and none is set).
        XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
    }
    ~Parser() { XML_ParserFree(parser_); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    void feed(std::string_view chunk, bool last) {
        // XML_Parse takes an int length: feed large documents in pieces.
        constexpr std::size_t max_piece = 1u << 30;
        do {
            const std::size_t n = std::min(chunk.size(), max_piece);
            const bool final_piece = last && n == chunk.size();
            if (XML_Parse(parser_, chunk.data(), static_cast<int>(n), final_piece ? XML_TRUE : XML_FALSE) !=
                XML_STATUS_OK)
                report();
            chunk.remove_prefix(n);
        } while (!chunk.empty());
    }

  private:
    [[noreturn]] void report() {
        if (pending_)
            std::rethrow_exception(pending_);
        if (doctype_)
            fail(file_, entry_ + ": DOCTYPE tidak diizinkan");
        const auto line = XML_GetCurrentLineNumber(parser_);
        const auto column = XML_GetCurrentColumnNumber(parser_) + 1;
        const XML_LChar* what = XML_ErrorString(XML_GetErrorCode(parser_));
        fail(file_, entry_ + ":" + std::to_string(line) + ":" + std::to_string(column) +
                        ": XML rusak: " + (what != nullptr ? what : "galat tidak dikenal"));
    }

    void stop() {
        stopped_ = true;
        XML_StopParser(parser_, XML_FALSE);
    }

    template <typename F>
    static void guarded(void* user_data, F&& f) {
        auto* self = static_cast<Parser*>(user_data);
        // Expat may deliver a few more events after XML_StopParser; they are dropped.
        if (self->stopped_)
            return;
        try {
            f(*self);
        } catch (...) {
            self->pending_ = std::current_exception();
            self->stop();
        }
    }

    static void XMLCALL on_start(void* user_data, const XML_Char* name, const XML_Char** attributes) {
        guarded(user_data,
                [&](Parser& p) { p.handler_.start_element(local_name(name), XmlAttributes(attributes)); });
    }
    static void XMLCALL on_end(void* user_data, const XML_Char* name) {
        guarded(user_data, [&](Parser& p) { p.handler_.end_element(local_name(name)); });
    }
    static void XMLCALL on_characters(void* user_data, const XML_Char* text, int length) {
        guarded(user_data, [&](Parser& p) {
            p.handler_.characters(std::string_view(text, static_cast<std::size_t>(length)));
        });
    }
    static void XMLCALL on_doctype(void* user_data, const XML_Char* /*name*/, const XML_Char* /*sysid*/,
                                   const XML_Char* /*pubid*/, int /*has_internal_subset*/) {
        auto* self = static_cast<Parser*>(user_data);
        if (self->stopped_)
            return;
        self->doctype_ = true;
        self->stop();
    }

    const std::string& file_;
    const std::string& entry_;
    XmlHandler& handler_;
    XML_Parser parser_;
    std::exception_ptr pending_;
    bool stopped_ = false;
    bool doctype_ = false;
};

}  // namespace

std::optional<std::string_view> XmlAttributes::get(std::string_view local) const {
    for (const char** a = attributes_; a != nullptr && *a != nullptr; a += 2) {
        // Namespace declarations are not attributes: "xmlns:r" must not be found as "r".
        const std::string_view name(a[0]);
        if (name == "xmlns" || name.starts_with("xmlns:"))
            continue;
        if (local_name(a[0]) == local)
            return std::string_view(a[1]);
    }
    return std::nullopt;
}

void parse_xml_entry(ZipArchive& zip, const std::string& entry, XmlHandler& handler) {
    Parser parser(zip.file(), entry, handler);
    try {
        zip.read(entry, [&parser](std::string_view chunk) { parser.feed(chunk, false); });
        parser.feed({}, true);
    } catch (const InputError&) {
        // The entry is parsed as it is inflated, before its CRC can be checked at the end: when damaged
        // bytes made the XML or a cell look wrong, the damage is the problem to report.
        zip.verify(entry);
        throw;
    }
}

void parse_xml(std::string_view document, const std::string& file, const std::string& entry,
               XmlHandler& handler) {
    Parser parser(file, entry, handler);
    parser.feed(document, true);
}

std::optional<std::size_t> parse_index(std::string_view text) {
    std::size_t n = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return n;
}

}  // namespace lkjip::input::xlsx
