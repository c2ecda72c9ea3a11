#include "output/json_writer.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using lkjip::output::json_escape;
using lkjip::output::JsonWriter;

TEST_CASE("json_escape") {
    SUBCASE("plain text is quoted") {
        CHECK(json_escape("Sangat Tinggi") == "\"Sangat Tinggi\"");
        CHECK(json_escape("") == "\"\"");
    }
    SUBCASE("quotes and backslashes") {
        CHECK(json_escape("a \"b\" c") == R"("a \"b\" c")");
        CHECK(json_escape("C:\\data\\x") == R"("C:\\data\\x")");
    }
    SUBCASE("named control characters") {
        CHECK(json_escape("a\nb") == R"("a\nb")");
        CHECK(json_escape("a\rb") == R"("a\rb")");
        CHECK(json_escape("a\tb") == R"("a\tb")");
    }
    SUBCASE("other control characters as \\u00XX") {
        CHECK(json_escape(std::string("\x01", 1)) == R"("\u0001")");
        CHECK(json_escape(std::string("\x1f", 1)) == R"("\u001f")");
        CHECK(json_escape(std::string("\b\f", 2)) == R"("\u0008\u000c")");
        CHECK(json_escape(std::string("a\0b", 3)) == R"("a\u0000b")");
    }
    SUBCASE("UTF-8 is passed through unchanged") {
        CHECK(json_escape("Rp 8.729.827.382 — ≥ 90 é") == "\"Rp 8.729.827.382 — ≥ 90 é\"");
        CHECK(json_escape("/") == "\"/\"");
        CHECK(json_escape("\x7f") == "\"\x7f\"");
    }
}

TEST_CASE("JsonWriter: nesting, commas and indentation") {
    JsonWriter w;
    w.begin_object();
    w.field("nama", "Dinas Koperasi");
    w.field("tahun", 2023);
    w.key("sasaran").begin_array();
    w.begin_object().field("kode", "S1").field("capaian", 92.32).end_object();
    w.begin_object().field("kode", "S2").field("capaian", std::optional<double>()).end_object();
    w.end_array();
    w.key("ok").value(true);
    w.key("gagal").value(false);
    w.key("kosong").null();
    w.end_object();
    CHECK(w.str() ==
          "{\n"
          "  \"nama\": \"Dinas Koperasi\",\n"
          "  \"tahun\": 2023,\n"
          "  \"sasaran\": [\n"
          "    {\n"
          "      \"kode\": \"S1\",\n"
          "      \"capaian\": 92.32\n"
          "    },\n"
          "    {\n"
          "      \"kode\": \"S2\",\n"
          "      \"capaian\": null\n"
          "    }\n"
          "  ],\n"
          "  \"ok\": true,\n"
          "  \"gagal\": false,\n"
          "  \"kosong\": null\n"
          "}\n");
}

TEST_CASE("JsonWriter: empty containers") {
    SUBCASE("empty top-level object") {
        JsonWriter w;
        w.begin_object().end_object();
        CHECK(w.str() == "{}\n");
    }
    SUBCASE("empty object and array as values") {
        JsonWriter w;
        w.begin_object();
        w.key("a").begin_object().end_object();
        w.key("b").begin_array().end_array();
        w.key("c").strings({});
        w.end_object();
        CHECK(w.str() == "{\n  \"a\": {},\n  \"b\": [],\n  \"c\": []\n}\n");
    }
    SUBCASE("nested empty array inside an array") {
        JsonWriter w;
        w.begin_object().key("x").begin_array();
        w.begin_array().end_array();
        w.value(1);
        w.end_array().end_object();
        CHECK(w.str() == "{\n  \"x\": [\n    [],\n    1\n  ]\n}\n");
    }
}

TEST_CASE("JsonWriter: strings() and escaped keys") {
    JsonWriter w;
    w.begin_object();
    w.key("program").strings({"2.17.03", "2.17.04"});
    w.field("ku\"n\\ci", "nilai\x01");
    w.field("ketua", std::optional<std::string>("Drs. H. Ali"));
    w.field("wakil", std::optional<std::string>());
    w.end_object();
    CHECK(w.str() ==
          "{\n"
          "  \"program\": [\n"
          "    \"2.17.03\",\n"
          "    \"2.17.04\"\n"
          "  ],\n"
          "  \"ku\\\"n\\\\ci\": \"nilai\\u0001\",\n"
          "  \"ketua\": \"Drs. H. Ali\",\n"
          "  \"wakil\": null\n"
          "}\n");
}

TEST_CASE("JsonWriter: numbers") {
    const auto one = [](auto v) {
        JsonWriter w;
        w.begin_object().field("v", v).end_object();
        const std::string& s = w.str();
        const std::string prefix = "{\n  \"v\": ";
        REQUIRE(s.compare(0, prefix.size(), prefix) == 0);
        return s.substr(prefix.size(), s.size() - prefix.size() - 3);  // drop "\n}\n"
    };
    SUBCASE("shortest round-trip doubles") {
        CHECK(one(202.0 * 100.0 / 310.0) == "65.16129032258064");
        CHECK(one(92.32) == "92.32");
        CHECK(one(0.1) == "0.1");
        CHECK(one(100.0) == "100");
        CHECK(one(-3.5) == "-3.5");
        CHECK(one(0.0) == "0");
    }
    SUBCASE("integers") {
        CHECK(one(std::int64_t{8'729'827'382}) == "8729827382");
        CHECK(one(std::int64_t{-5}) == "-5");
        CHECK(one(std::numeric_limits<std::int64_t>::max()) == "9223372036854775807");
        CHECK(one(std::optional<std::int64_t>(42)) == "42");
        CHECK(one(std::optional<std::int64_t>()) == "null");
    }
    SUBCASE("undefined values are null, never NaN or inf") {
        CHECK(one(std::numeric_limits<double>::quiet_NaN()) == "null");
        CHECK(one(std::numeric_limits<double>::infinity()) == "null");
        CHECK(one(-std::numeric_limits<double>::infinity()) == "null");
        CHECK(one(std::optional<double>()) == "null");
        CHECK(one(std::optional<double>(101.77)) == "101.77");
    }
}

TEST_CASE("JsonWriter: misuse is a logic error") {
    SUBCASE("a value without a key inside an object") {
        JsonWriter w;
        w.begin_object();
        CHECK_THROWS_AS(w.value(1), std::logic_error);
    }
    SUBCASE("a key inside an array") {
        JsonWriter w;
        w.begin_array();
        CHECK_THROWS_AS(w.key("k"), std::logic_error);
    }
    SUBCASE("a key at the top level") {
        JsonWriter w;
        CHECK_THROWS_AS(w.key("k"), std::logic_error);
    }
}
