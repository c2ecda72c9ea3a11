#include "input/xlsx/xml_events.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

using namespace lkjip::input::xlsx;

namespace {

// Records the events as "<name attr=value>", "</name>" and the text between them.
class Recorder : public XmlHandler {
  public:
    void start_element(std::string_view name, const XmlAttributes& attributes) override {
        std::string e = "<" + std::string(name);
        for (const char* a : {"r", "id", "t"}) {
            if (const auto v = attributes.get(a))
                e += " " + std::string(a) + "=" + std::string(*v);
        }
        events.push_back(e + ">");
    }
    void end_element(std::string_view name) override { events.push_back("</" + std::string(name) + ">"); }
    void characters(std::string_view text) override {
        if (!events.empty() && events.back().front() != '<')
            events.back() += text;
        else
            events.emplace_back(text);
    }
    std::vector<std::string> events;
};

std::string error_of(std::string_view document, XmlHandler& handler) {
    try {
        parse_xml(document, "buku.xlsx", "xl/a.xml", handler);
    } catch (const lkjip::InputError& e) {
        CHECK(e.diagnostic().where.file == "buku.xlsx");
        return e.diagnostic().message;
    }
    return "(tidak ada galat)";
}

}  // namespace

TEST_CASE("events carry local names; attributes are found by local name") {
    Recorder r;
    parse_xml(
        R"(<?xml version="1.0"?><x:a xmlns:x="urn:x" xmlns:r="urn:r"><x:b r="D7" r:id="rId1">t&amp;u</x:b><c/></x:a>)",
        "buku.xlsx", "xl/a.xml", r);
    CHECK(r.events ==
          std::vector<std::string>{"<a>", "<b r=D7 id=rId1>", "t&u", "</b>", "<c>", "</c>", "</a>"});
}

TEST_CASE("characters arrive whole across CDATA and character references, line ends normalised") {
    Recorder r;
    parse_xml("<a>x<![CDATA[<y>]]>&#x41;\r\nz</a>", "buku.xlsx", "xl/a.xml", r);
    CHECK(r.events == std::vector<std::string>{"<a>", "x<y>A\nz", "</a>"});
}

TEST_CASE("malformed XML, DOCTYPE and handler exceptions") {
    Recorder r;
    CHECK(error_of("<a>\n  <b></a>", r) == "xl/a.xml:2:8: XML rusak: mismatched tag");
    CHECK(error_of("<a>", r) == "xl/a.xml:1:4: XML rusak: no element found");
    CHECK(error_of("<a/><b/>", r) == "xl/a.xml:1:5: XML rusak: junk after document element");
    CHECK(error_of("<a>\xFF</a>", r) == "xl/a.xml:1:4: XML rusak: not well-formed (invalid token)");
    CHECK(error_of("<!DOCTYPE a><a/>", r) == "xl/a.xml: DOCTYPE tidak diizinkan");
    CHECK(error_of(R"(<!DOCTYPE a SYSTEM "http://example.org/a.dtd"><a/>)", r) ==
          "xl/a.xml: DOCTYPE tidak diizinkan");

    struct Throwing : XmlHandler {
        void start_element(std::string_view name, const XmlAttributes&) override {
            if (name == "b")
                throw std::length_error("dari handler");
        }
        void end_element(std::string_view) override {}
        void characters(std::string_view) override {}
    } throwing;
    CHECK_THROWS_WITH_AS(parse_xml("<a><b/><c/></a>", "buku.xlsx", "xl/a.xml", throwing), "dari handler",
                         std::length_error);
}
