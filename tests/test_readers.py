"""Text and HTML readers: encodings, EDGAR artefacts, bad input."""

from __future__ import annotations

import codecs

import pytest

from pipeline.ingest import ReadError, read_bytes, read_path
from pipeline.ingest.html import html_to_text
from pipeline.nlp.view import clean_view


def test_utf8_cp1252_latin1_and_bom_are_decoded():
    assert read_bytes("Ren\u00e9 \u201cCompany\u201d".encode(), "a.txt").text == "Ren\u00e9 \u201cCompany\u201d"
    assert read_bytes("\u201cCompany\u201d \u2013 x".encode("cp1252"), "a.txt").text == "\u201cCompany\u201d \u2013 x"
    assert read_bytes(b"Jos\xe9 \x81", "a.txt").text.startswith("Jos\u00e9")
    utf16 = codecs.BOM_UTF16_LE + "Power of Attorney".encode("utf-16-le")
    assert read_bytes(utf16, "a.txt").text == "Power of Attorney"
    assert read_bytes(codecs.BOM_UTF8 + b"KNOW ALL", "a.txt").text == "KNOW ALL"


def test_line_ends_are_unified_and_pages_split_on_page_markers():
    text = read_bytes(b"one\r\ntwo\r\n<PAGE>\r\nthree\r\n", "a.txt")
    assert text.text == "one\ntwo\n<PAGE>\nthree\n"
    assert [p.number for p in text.pages] == [1, 2]
    assert text.text[text.pages[1].start :].startswith("<PAGE>")


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (b"", "empty.txt", "empty"),
        (b"   \n\n ", "blank.txt", "empty"),
        (bytes(range(256)) * 20, "junk.txt", "binary"),
        (b"\x00\x01\x02PK\x03\x04" * 100, "zip.txt", "binary"),
        (b"<html><head><title>x</title></head></html>", "nobody.htm", "no visible text"),
        (b"PK\x03\x04", "letter.docx", "unsupported file type .docx"),
    ],
)
def test_bad_input_raises_a_one_sentence_error(data, name, words):
    with pytest.raises(ReadError) as err:
        read_bytes(data, name)
    assert words in err.value.message
    assert "\n" not in err.value.message


def test_html_blocks_breaks_cells_and_entities():
    text = html_to_text(
        "<html><head><style>p{color:red}</style><script>var x=1;</script></head><body>"
        "<p>KNOW ALL&nbsp;PERSONS &amp; <b>ENTITIES</b></p><div>line one<br>line two</div>"
        "<table><tr><td>/s/ Jane Q. Public</td><td>Director</td></tr></table></body></html>"
    )
    assert text.splitlines() == [
        "KNOW ALL PERSONS & ENTITIES",
        "line one",
        "line two",
        "|/s/ Jane Q. Public",
        "|Director",
    ]


def test_an_htm_file_without_markup_is_read_as_the_text_it_is():
    data = b"December 30, 2002\nPower of Attorney\n/s/ Jane Q. Public\nDirector\n"
    extracted = read_bytes(data, "ex24.htm")
    assert extracted.text.splitlines() == ["December 30, 2002", "Power of Attorney", "/s/ Jane Q. Public", "Director"]
    assert read_bytes(b"<p>December 30, 2002\nPower of Attorney</p>", "ex24.htm").text == (
        "December 30, 2002 Power of Attorney"
    )


def test_html_never_resolves_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    markup = (
        f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><p>Hello &xxe; world</p></body></html>"
    )
    text = read_bytes(markup.encode(), "x.html").text
    assert "TOP-SECRET" not in text
    assert "Hello" in text


def test_clean_view_keeps_offsets(tmp_path):
    raw = "<PAGE>\nKNOW ALL |x|\n-----------\n\u201cCompany\u201d\n   2\n"
    view = clean_view(raw)
    assert len(view) == len(raw)
    assert "<PAGE>" not in view and "---" not in view and "|" not in view
    assert view.index('"Company"') == raw.index("\u201cCompany\u201d")


def test_read_path_refuses_oversized_files(tmp_path):
    from pipeline.ingest import ReadOptions

    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(ReadError, match="over the 1,000-byte limit"):
        read_path(big, ReadOptions(max_bytes=1000))


def test_clean_view_repairs_common_ocr_confusions_in_place():
    raw = "Fonns 3, 4 and 5 under Rule l44 dated 2OO6 by Crocodile Group ple (the Company)"
    view = clean_view(raw)
    assert len(view) == len(raw)
    assert view == "Forms 3, 4 and 5 under Rule 144 dated 2006 by Crocodile Group plc (the Company)"


def test_a_marked_section_without_a_name_is_read_as_text():
    """'<![' alone makes the standard HTML parser assert (found by the reader fuzz test); it is text here."""
    assert html_to_text("<html><body><p><![</p><table><tr><td>Ann Roe</td></tr></table></body></html>") == (
        "<![\n|Ann Roe"
    )
