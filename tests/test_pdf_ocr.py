"""PDF and image readers against the real pdfplumber and the real Tesseract, on files made here."""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from pipeline.ingest import ReadError, ReadOptions, read_path
from pipeline.ingest.image import despeckle, estimate_skew, text_quality
from pipeline.scans import render_pages, render_scan, render_text_pdf, sample_poa_text, save_scan

GRANTOR_TEXT = (
    "POWER OF ATTORNEY\n\n"
    "Know all persons by these presents that the undersigned, Margaret Ellison, hereby appoints "
    "Laura Chen as attorney-in-fact to sign any Form 4 for Northwind Therapeutics, Inc. and to file "
    "it with the Securities and Exchange Commission."
)
SECOND_PAGE = "Signed this tenth day of March. The undersigned revokes all earlier powers granted to Quillon."


def _words(text: str) -> set[str]:
    return {w.strip(".,;:()").lower() for w in text.split()}


def _scan_png(text: str, **kw) -> Image.Image:
    return render_scan(text, dpi=200, blur=0.5, jpeg_quality=70, seed=3, **kw)[0]


def _image_pdf_page(canvas, image: Image.Image, dpi: int = 200) -> None:
    """Draw a page-size scan on a reportlab canvas page (an image-only page like a scanner's)."""
    from reportlab.lib.utils import ImageReader

    width, height = image.width * 72 / dpi, image.height * 72 / dpi
    canvas.setPageSize((width, height))
    canvas.drawImage(ImageReader(image), 0, 0, width, height)


@pytest.fixture(scope="module")
def scan() -> Image.Image:
    return _scan_png(GRANTOR_TEXT)


def test_text_pdf_gives_text_and_boxes_on_the_right_page(tmp_path: Path) -> None:
    path = tmp_path / "text.pdf"
    assert render_text_pdf(f"{GRANTOR_TEXT}\f{SECOND_PAGE}", path) == 2
    doc = read_path(path)
    assert doc.text_source == "pdf"
    assert [p.source for p in doc.pages] == ["pdf", "pdf"]
    assert doc.ocr_confidence is None
    assert "Margaret Ellison, hereby appoints" in doc.text
    start = doc.text.index("Quillon")
    page, box = doc.locate(start, start + len("Quillon"))
    assert page == 2 and box is not None and box.page == 2
    assert 72 <= box.x0 < box.x1 <= 612 - 72 and 72 <= box.top < box.bottom < 200
    first = doc.pages[0]
    assert doc.text[first.start : first.end].startswith("POWER OF ATTORNEY\n\nKnow all")
    # every box covers exactly its word
    for tb in doc.boxes[:50]:
        assert " " not in doc.text[tb.start : tb.end] and tb.end > tb.start


def test_a_pdf_signature_table_keeps_its_columns(tmp_path: Path) -> None:
    """Words across a column gap are parted by three spaces, as a text exhibit lays the table out, so the office
    beside a signing line stays a cell of its own; a tab in the text drawn is a stop, not a glyph."""
    from pipeline import extract_file

    path = tmp_path / "table.pdf"
    render_text_pdf(
        "Each person whose signature appears below appoints Dana Whitfield his attorney-in-fact to sign a "
        "Registration Statement on Form S-8.\n\n"
        "_________________________          Director\nGilbert Lane\n\n"
        "_________________________          Chief Financial Officer\nMaria T. Ostrowski\n\n\t\t/s/ Max R. Lowe\n",
        path,
    )
    doc = read_path(path)
    assert "_________________________   Director" in doc.text
    assert "\t" not in doc.text and "/s/ Max R. Lowe" in doc.text
    assert [(g.name, g.title) for g in extract_file(path).grantors] == [
        ("Gilbert Lane", "Director"),
        ("Maria T. Ostrowski", "Chief Financial Officer"),
        ("Max R. Lowe", None),
    ]


def test_image_only_pdf_is_ocred_with_confidence(tmp_path: Path, scan: Image.Image) -> None:
    path = save_scan([scan], tmp_path / "scan.pdf")
    doc = read_path(path)
    assert doc.text_source == "ocr" and doc.pages[0].source == "ocr"
    assert {"margaret", "ellison", "attorney-in-fact", "northwind", "commission"} <= _words(doc.text)
    assert doc.ocr_confidence is not None and doc.ocr_confidence > 80
    start = doc.text.index("Northwind")
    page, box = doc.locate(start, start + 9)
    # boxes in PDF points: the 200-dpi page is 612 x 792 points, the text starts 1 inch in
    assert page == 1 and box is not None and 60 < box.x0 < box.x1 < 612 and 72 < box.top < 792 / 2
    assert all(b.confidence is not None for b in doc.boxes)


def test_mixed_pdf_page_by_page_and_stray_text_does_not_stop_ocr(tmp_path: Path, scan: Image.Image) -> None:
    from reportlab.pdfgen.canvas import Canvas

    second = _scan_png(SECOND_PAGE)
    path = tmp_path / "mixed.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 11)
    for i, line in enumerate(GRANTOR_TEXT.replace("\n\n", "\n").split(". ")):
        canvas.drawString(72, 720 - 14 * i, line)
    canvas.showPage()
    _image_pdf_page(canvas, scan)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(540, 20, "Exhibit 24")  # a stamp in the text layer over the scan: too little text
    canvas.showPage()
    _image_pdf_page(canvas, second)
    canvas.setFont("Helvetica", 9)
    # a longer stamp, English enough, but on a page-size image with hardly any text layer: a scan
    canvas.drawString(300, 20, "EX-24 Power of Attorney for Section 16 filings")
    canvas.showPage()
    canvas.save()

    doc = read_path(path)
    assert [p.source for p in doc.pages] == ["pdf", "ocr", "ocr"]
    assert doc.text_source == "mixed"
    assert doc.meta["ocr_pages"] == [2, 3]
    page3 = doc.text[doc.pages[2].start : doc.pages[2].end]
    assert {"tenth", "march", "revokes", "quillon"} <= _words(page3)
    page2 = doc.text[doc.pages[1].start : doc.pages[1].end]
    assert "Ellison" in page2 and "Ellison" in doc.text[: doc.pages[0].end]
    assert doc.ocr_confidence is not None and doc.ocr_confidence > 80
    start = doc.text.index("revokes")
    assert doc.locate(start, start + 7)[0] == 3


def test_ocr_never_leaves_scanned_pages_empty(tmp_path: Path, scan: Image.Image) -> None:
    path = save_scan([scan], tmp_path / "scan.pdf")
    doc = read_path(path, ReadOptions(ocr="never"))
    assert doc.text.strip() == "" and doc.boxes == []
    assert doc.text_source == "pdf" and doc.ocr_confidence is None
    png = save_scan([scan], tmp_path / "scan.png")
    with pytest.raises(ReadError) as err:
        read_path(png, ReadOptions(ocr="never"))
    assert err.value.stage == "ocr"


def test_ocr_always_reads_a_text_pdf_by_ocr(tmp_path: Path) -> None:
    path = tmp_path / "short.pdf"
    render_text_pdf("POWER OF ATTORNEY\n\nThe undersigned appoints Laura Chen.", path, size=14)
    doc = read_path(path, ReadOptions(ocr="always"))
    assert doc.text_source == "ocr"
    assert {"undersigned", "appoints", "laura", "chen"} <= _words(doc.text)


def test_sideways_text_layer_of_a_rotated_page_is_ocred_in_reading_order(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "rotated.pdf"
    canvas = Canvas(str(path), pagesize=(842, 595))  # landscape content, shown portrait by /Rotate 90
    canvas.setPageRotation(90)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 500, "The undersigned appoints Laura Chen as attorney-in-fact")
    canvas.drawString(72, 470, "to sign every Form 4 for the undersigned.")
    canvas.showPage()
    canvas.save()
    doc = read_path(path)
    assert doc.pages[0].source == "ocr"
    assert "The undersigned appoints Laura Chen as attorney-in-fact" in doc.text
    never = read_path(path, ReadOptions(ocr="never"))  # the text layer, however jumbled, is kept
    assert never.pages[0].source == "pdf" and "Laura" in never.text


def test_upside_down_scan_is_read_and_boxes_refer_to_the_image(tmp_path: Path, scan: Image.Image) -> None:
    path = save_scan([scan.rotate(180)], tmp_path / "upside_down.png")
    doc = read_path(path)
    assert {"margaret", "ellison", "northwind", "commission"} <= _words(doc.text)
    assert doc.text.startswith("POWER OF ATTORNEY")
    page = doc.pages[0]
    assert (page.width, page.height) == scan.size
    start = doc.text.index("POWER")
    _, box = doc.locate(start, start + 5)
    # the title, upright at the top left, is at the bottom right of the upside-down image
    assert box is not None and box.top > page.height * 0.75 and box.x0 > page.width * 0.6


def test_skewed_scan_is_straightened(tmp_path: Path) -> None:
    text = sample_poa_text(4, paragraphs=2)
    image = render_scan(text, dpi=150, rotate_deg=3.5, blur=0.5, seed=4)[0]
    assert estimate_skew(image) == pytest.approx(-3.5, abs=0.2)
    doc = read_path(save_scan([image], tmp_path / "skewed.png"))
    # lines read in order (unstraightened, Tesseract mixes words of neighbouring lines at 3.5 degrees)
    opening = " ".join(text.split("\n\n")[1].split()[:14])
    assert opening in " ".join(doc.text.split())


def test_multi_page_tiff_gives_every_frame_a_page(tmp_path: Path) -> None:
    frames = [_scan_png(GRANTOR_TEXT), _scan_png(SECOND_PAGE)]
    path = save_scan(frames, tmp_path / "two.tif")
    doc = read_path(path)
    assert len(doc.pages) == 2 and all(p.source == "ocr" for p in doc.pages)
    second = doc.text[doc.pages[1].start : doc.pages[1].end]
    assert "revokes" in second and "Ellison" not in second
    assert {b.box.page for b in doc.boxes} == {1, 2}
    assert doc.text_source == "ocr" and doc.ocr_confidence > 80


def test_encrypted_pdf_is_a_read_error(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt="s3cret")
    canvas.drawString(72, 720, "Power of attorney granted to the undersigned's attorneys-in-fact.")
    canvas.showPage()
    canvas.save()
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.stage == "read" and "encrypted" in err.value.message


def test_truncated_and_corrupt_pdfs_are_read_errors(tmp_path: Path) -> None:
    path = tmp_path / "whole.pdf"
    render_text_pdf(GRANTOR_TEXT * 20, path)
    data = path.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_path(cut)
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_path(junk)
    html = tmp_path / "page.pdf"
    html.write_bytes(b"<html><body>Power of attorney</body></html>")
    with pytest.raises(ReadError, match="no %PDF header"):
        read_path(html)


def test_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    render_text_pdf(f"{GRANTOR_TEXT}\f{SECOND_PAGE}", path)
    with pytest.raises(ReadError, match="2 pages"):
        read_path(path, ReadOptions(max_pages=1))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims ``width`` x ``height`` but whose data is a few bytes (one row at most)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def test_huge_image_is_refused_from_its_header(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(60000, 60000))
    started = time.perf_counter()
    with pytest.raises(ReadError, match="pixel") as err:
        read_path(path)
    # refused on the header's claim: decoding would have failed differently ("not a readable image")
    assert err.value.stage == "read" and time.perf_counter() - started < 2
    # just over the limit (Pillow only warns below twice its limit): refused too
    small = tmp_path / "small.png"
    Image.new("L", (40, 40), 255).save(small)
    with pytest.raises(ReadError, match="pixel"):
        read_path(small, ReadOptions(max_pixels=1000))


def test_unreadable_image_is_a_read_error(tmp_path: Path, scan: Image.Image) -> None:
    buf = io.BytesIO()
    scan.save(buf, format="PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buf.getvalue()[:5000])
    with pytest.raises(ReadError, match="not a readable image"):
        read_path(path)
    garbage = tmp_path / "garbage.jpg"
    garbage.write_bytes(b"this is not a JPEG at all" * 10)
    with pytest.raises(ReadError, match="not a readable image"):
        read_path(garbage)


def test_text_quality_tells_words_from_garbage() -> None:
    assert text_quality("(cid:12)(cid:7)(cid:44) (cid:3)" * 10).wordlike_share < 0.5
    upside_down = "ueuleleyeyue PALIg peynoexe aq 0} Asul0jyV Jo Iemog SIY} pesnes sey poubisiepun oy}"
    assert text_quality(upside_down).common_share == 0
    english = text_quality("The undersigned hereby appoints each of them as attorney-in-fact")
    assert english.wordlike_share == 1 and english.common_share > 0.4
    assert text_quality("3").word_chars == 1


def test_despeckle_only_touches_speckled_pages() -> None:
    clean = render_pages(GRANTOR_TEXT, dpi=150)[0]
    same, share = despeckle(clean)
    assert same is clean and share == 0
    noisy = render_scan(GRANTOR_TEXT, dpi=150, speckle=0.01, seed=1)[0]
    cleaned, share = despeckle(noisy)
    assert share > 0.05 and cleaned is not noisy
