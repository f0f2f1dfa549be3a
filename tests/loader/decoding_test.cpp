// Bytes to UTF-8 text with the way back to the bytes: UTF-8 with or without a BOM, UTF-16 with
// a BOM, legacy 8-bit text found by ICU's charset detector, and binary data refused.
#include <catch2/catch.hpp>

#include <plenary/communique.h>

#include "decoding.h"
#include "formats/html_charset.h"

#include <random>
#include <string>

using namespace plenary;
using namespace plenary::loader;

namespace {

std::string utf16le(const std::string& ascii) {
    std::string bytes = "\xFF\xFE";
    for (const char c : ascii) bytes += std::string{c, '\0'};
    return bytes;
}

std::string decode_error(std::string_view bytes) {
    try {
        decode_text(bytes);
    } catch (const LoadError& error) {
        return error.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("UTF-8 keeps its offsets, with or without a byte order mark") {
    const DecodedText plain = decode_text("Z\xC3\xBCrich met.\n");
    CHECK(plain.encoding == "UTF-8");
    CHECK_FALSE(plain.guessed);
    CHECK(plain.source_offsets.empty());
    CHECK(plain.source_offset(3) == 3);
    const DecodedText marked = decode_text("\xEF\xBB\xBFZ\xC3\xBCrich met.\n");
    CHECK(marked.encoding == "UTF-8");
    CHECK(marked.text == "\xEF\xBB\xBFZ\xC3\xBCrich met.\n");
}

TEST_CASE("UTF-16 with a byte order mark maps every UTF-8 byte back to its code unit") {
    const DecodedText little = decode_text(utf16le("Rome\r\n"));
    CHECK(little.encoding == "UTF-16LE");
    CHECK(little.text == "Rome\r\n");
    CHECK(little.source_offset(0) == 2);
    CHECK(little.source_offset(1) == 4);
    CHECK(little.source_offset(little.text.size()) == 14);
    const DecodedText big = decode_text(std::string("\xFE\xFF\0Z\0\xFC\0r", 8));
    CHECK(big.encoding == "UTF-16BE");
    CHECK(big.text == "Z\xC3\xBCr");
    CHECK(big.source_offset(1) == 4);  // both bytes of "ü" come from its code unit
    CHECK(big.source_offset(2) == 4);
    CHECK(big.source_offset(3) == 6);
}

TEST_CASE("legacy 8-bit text is detected, converted and reported as guessed") {
    const DecodedText latin1 = decode_text("The Plenary met in Reykjav\xEDk and Z\xFCrich, then in S\xE3o Paulo.\n");
    CHECK(latin1.guessed);
    CHECK(latin1.encoding.starts_with("ISO-8859"));
    CHECK(latin1.text == "The Plenary met in Reykjav\xC3\xADk and Z\xC3\xBCrich, then in S\xC3\xA3o Paulo.\n");
    CHECK(latin1.source_offset(std::string("The Plenary met in Reykjav\xC3\xAD").size()) == 27);
    const DecodedText cp1252 = decode_text("The Group\x92s \x93" "common control lists\x94 \x96 as agreed.\n");
    CHECK(cp1252.guessed);
    CHECK(cp1252.encoding == "windows-1252");
    CHECK(cp1252.text == "The Group\xE2\x80\x99s \xE2\x80\x9C" "common control lists\xE2\x80\x9D \xE2\x80\x93 as agreed.\n");
    CHECK(cp1252.invalid_bytes == 0);
}

TEST_CASE("an HTML page's charset is read from its <meta> or XML declaration in its first 1024 bytes") {
    CHECK(declared_html_charset("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>") == "windows-1252");
    CHECK(declared_html_charset("<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">") ==
          "ISO-8859-1");
    CHECK(declared_html_charset("<meta content='text/html;charset=utf-8' http-equiv='content-type'>") == "utf-8");
    CHECK(declared_html_charset("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>\n<html>") == "iso-8859-15");
    CHECK(declared_html_charset("<html><head><title>Plenary</title></head><body>charset=koi8-r</body>") == "");
    CHECK(declared_html_charset("<html><head>" + std::string(1024, ' ') + "<meta charset=\"windows-1252\">") == "");
}

TEST_CASE("a declared charset is used and reported as declared; bytes that contradict it are read as if undeclared") {
    const std::string cp1252 = "The Group\x92s \x93" "catch-all\x94 controls \x96 agreed in Berlin.\n";
    const DecodedText declared = decode_text(cp1252, "windows-1252");
    CHECK(declared.encoding == "windows-1252");
    CHECK(declared.declared);
    CHECK_FALSE(declared.guessed);
    CHECK(declared.text == "The Group\xE2\x80\x99s \xE2\x80\x9C" "catch-all\xE2\x80\x9D controls \xE2\x80\x93 agreed in Berlin.\n");
    // As in browsers, a page labelled ISO-8859-1 or ASCII is read as windows-1252.
    CHECK(decode_text(cp1252, "latin1").text == declared.text);
    CHECK(decode_text(cp1252, "ISO-8859-1").encoding == "windows-1252");
    const DecodedText cyrillic = decode_text("\xCF\xEB\xE5\xED\xE0\xF0\xED\xEE\xE5 \xE7\xE0\xF1\xE5\xE4\xE0\xED\xE8\xE5", "cp1251");
    CHECK(cyrillic.encoding == "windows-1251");
    CHECK(cyrillic.declared);
    // Valid UTF-8 wins over a declared 8-bit charset; UTF-8 or an unknown label declared over
    // 8-bit bytes leaves the detector to guess, as does a charset the bytes are invalid in.
    const DecodedText utf8 = decode_text("Z\xC3\xBCrich met.\n", "windows-1252");
    CHECK(utf8.encoding == "UTF-8");
    CHECK_FALSE(utf8.declared);
    const DecodedText damaged_utf8 = decode_text("Z\xC3\xBCrich, S\xC3\xA3o Paulo and one bad \xE9 byte.", "windows-1252");
    CHECK(damaged_utf8.encoding == "UTF-8");
    CHECK(damaged_utf8.invalid_bytes == 1);
    for (const char* label : {"utf-8", "x-unknown-charset", "shift_jis"}) {
        INFO(label);
        const DecodedText guessed = decode_text("The Plenary met in Reykjav\xEDk and Z\xFCrich.\n", label);
        CHECK(guessed.guessed);
        CHECK_FALSE(guessed.declared);
        CHECK(guessed.encoding.starts_with("ISO-8859"));
    }
}

TEST_CASE("stray invalid bytes in UTF-8 text stay invalid bytes, not a legacy encoding") {
    const DecodedText damaged = decode_text("The plenary met in Rome.\xFF\xFE It agreed \xC3 on export controls.\n");
    CHECK(damaged.encoding == "UTF-8");
    CHECK_FALSE(damaged.guessed);
    CHECK(damaged.invalid_bytes == 3);
    const DecodedText mostly_utf8 = decode_text("Z\xC3\xBCrich, S\xC3\xA3o Paulo, Reykjav\xC3\xADk and one bad \xE9 byte.");
    CHECK(mostly_utf8.encoding == "UTF-8");
    CHECK(mostly_utf8.invalid_bytes == 1);
}

TEST_CASE("binary data is refused after the byte order marks are read") {
    CHECK(decode_error(std::string("PK\x03\x04\0\0 data", 12)) == "binary file (NUL bytes)");
    CHECK(decode_error(utf16le("UTF-16 has NUL bytes and is text.")) == "no error");
    std::string noise(4096, '\0');
    std::mt19937 random(42);
    for (char& byte : noise) byte = static_cast<char>(0x80 | (random() & 0x7F));
    CHECK(decode_error(noise).starts_with("binary file"));
}
