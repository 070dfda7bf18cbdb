"""PDF exhibits: the text layer where it is usable, OCR of the rendered page where it is not.

EDGAR PDFs are often scans, sometimes with a stray text-layer glyph or a stamped header over the
scanned image, sometimes with a text layer whose font encoding is broken (``(cid:N)`` or gibberish).
Each page is judged on its own, so a document can come out ``mixed``.  Boxes are PDF points from the
page's top-left corner (pdfplumber's convention), for text-layer and OCR words alike.
"""

from __future__ import annotations

import io
import math
import statistics
from dataclasses import dataclass

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image

from ..types import Box, ExtractedText, Page, TextBox
from . import register
from .base import ReadError, ReadOptions
from .image import ocr_image, shift_boxes, text_quality

MIN_WORD_CHARS = 20  # fewer letters and digits than this on a page: the text layer is a stray, not the page
MIN_WORDLIKE_SHARE = 0.5  # below this share of word-like tokens the text layer is gibberish
SCAN_COVERAGE = 0.5  # images over this share of the page ...
SCAN_MAX_WORD_CHARS = 200  # ... with fewer text-layer characters than this: a scan with a stamp, OCR it


@dataclass
class _PageText:
    text: str
    boxes: list[TextBox]  # offsets relative to text
    source: str  # pdf | ocr
    confidences: list[float]


def _describe(exc: BaseException) -> str:
    """One sentence for why pdfminer could not open the file."""
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(inner, PDFPasswordIncorrect):
        return "PDF is encrypted (password required)"
    if isinstance(inner, PDFEncryptionError):
        return f"PDF is encrypted with an unsupported method ({str(inner)[:100]})"
    message = str(inner).strip().splitlines()[0][:160] if str(inner).strip() else type(inner).__name__
    if "encrypt" in message.lower() or "password" in message.lower():
        return f"PDF is encrypted ({message})"
    return f"not a readable PDF: {message}"


def _page_count(pdf: pdfplumber.PDF) -> int:
    """Page count from the page tree's /Count (cheap), else by walking the pages."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
        if isinstance(count, int) and count >= 0:
            return count
    except Exception:  # a broken page tree: the walk below finds out
        pass
    return len(pdf.pages)


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines by their ``top`` (within ~40% of the word height), each line left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        tol = max(2.0, 0.4 * (word["bottom"] - word["top"]))
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= tol:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _text_layer(page: pdfplumber.page.Page, number: int) -> _PageText:
    """The page's text layer in reading order: ' ' between words, three spaces across a column gap (as a text
    exhibit lays out a signature table), '\\n' between lines, and a blank line where the gap to the next line is
    well over the usual line pitch (a paragraph break)."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines = _lines(words)
    tops = [line[0]["top"] for line in lines]
    pitches = [b - a for a, b in zip(tops, tops[1:], strict=False) if b > a]
    pitch = statistics.median(pitches) if len(pitches) >= 2 else None
    parts: list[str] = []
    boxes: list[TextBox] = []
    pos = 0
    for i, line in enumerate(lines):
        if i:
            sep = "\n\n" if pitch and tops[i] - tops[i - 1] > 1.6 * pitch else "\n"
            parts.append(sep)
            pos += len(sep)
        for j, word in enumerate(line):
            if j:
                sep = "   " if _column_gap(line[j - 1], word) else " "
                parts.append(sep)
                pos += len(sep)
            text = word["text"]
            box = Box(number, float(word["x0"]), float(word["top"]), float(word["x1"]), float(word["bottom"]))
            boxes.append(TextBox(pos, pos + len(text), box))
            parts.append(text)
            pos += len(text)
    return _PageText("".join(parts), boxes, "pdf", [])


def _column_gap(left: dict, right: dict) -> bool:
    """Is the space between two words of a line wider than any word space, even in justified text (about three
    spaces of the font)?"""
    return right["x0"] - left["x1"] > 0.8 * (right["bottom"] - right["top"])


def _image_area(im: dict) -> float:
    return max(0.0, float(im["x1"]) - float(im["x0"])) * max(0.0, float(im["bottom"]) - float(im["top"]))


def _needs_ocr(page: pdfplumber.page.Page, layer: _PageText) -> bool:
    """Whether the text layer falls short of the page: too little text, gibberish, a scan with a stamp, or
    text running sideways (a /Rotate'd page: the words come out in no usable order; OSD turns the OCR)."""
    quality = text_quality(layer.text)
    if quality.word_chars < MIN_WORD_CHARS or quality.wordlike_share < MIN_WORDLIKE_SHARE:
        return True
    if sum(1 for c in page.chars if not c.get("upright", True)) > len(page.chars) / 2:
        return True
    covered = sum(_image_area(im) for im in page.images) / (float(page.width * page.height) or 1.0)
    return covered >= SCAN_COVERAGE and quality.word_chars < SCAN_MAX_WORD_CHARS


def _scan_dpi(page: pdfplumber.page.Page) -> float | None:
    """Resolution of the scan filling the page (its largest image, if that covers half the page or more)."""
    images = [im for im in page.images if im.get("srcsize") and _image_area(im) > 0]
    if not images:
        return None
    biggest = max(images, key=_image_area)
    if _image_area(biggest) < SCAN_COVERAGE * float(page.width * page.height):
        return None
    width_px, height_px = (float(v) for v in biggest["srcsize"])
    width_pt = float(biggest["x1"]) - float(biggest["x0"])
    height_pt = float(biggest["bottom"]) - float(biggest["top"])
    return max(width_px * 72 / width_pt, height_px * 72 / height_pt)


def _is_blank(page: pdfplumber.page.Page) -> bool:
    """Nothing drawn at all: no characters, images or vector paths (nothing OCR could read)."""
    return not (page.chars or page.images or page.curves or page.rects or page.lines)


def _embedded_scan(
    pdfium_page: pypdfium2.PdfPage, options: ReadOptions
) -> tuple[Image.Image, float, float, float] | None:
    """The page's scan as stored (its largest image, placed upright), with the scale and offset that map its
    pixels to page points; None when it cannot be taken as it is (rotated, skewed, too large, undecodable)."""
    try:
        images = [o for o in pdfium_page.get_objects() if o.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]
        if not images:
            return None
        biggest = max(
            images, key=lambda o: (o.get_bounds()[2] - o.get_bounds()[0]) * (o.get_bounds()[3] - o.get_bounds()[1])
        )
        matrix = biggest.get_matrix().get()
        if abs(matrix[1]) > 1e-6 or abs(matrix[2]) > 1e-6 or matrix[0] <= 0 or matrix[3] <= 0:
            return None
        width_px, height_px = biggest.get_px_size()
        if width_px * height_px > options.max_pixels or not width_px or not height_px:
            return None
        image = biggest.get_bitmap(render=False).to_pil().convert("L")
    except (pypdfium2.PdfiumError, OSError, ValueError):
        return None
    left, bottom, right, top = biggest.get_bounds()
    scale_x, scale_y = (right - left) / width_px, (top - bottom) / height_px
    if abs(scale_x - scale_y) > 0.02 * scale_x:
        return None  # stretched: one scale factor would misplace the boxes
    media = pdfium_page.get_mediabox()
    return image, scale_x, left - media[0], media[3] - top


def _ocr_page(
    document: pypdfium2.PdfDocument, page: pdfplumber.page.Page, number: int, options: ReadOptions
) -> _PageText:
    """Render the page and OCR it: at ``options.dpi``, or at the scan's own resolution when that is lower
    (measured: rendering a 150/200-dpi scan at 300 dpi lost 5-7 points of word accuracy and took 1.5x the
    time), and lowered further to stay within ``max_pixels``."""
    width, height = float(page.width), float(page.height)
    dpi = float(options.dpi)
    scan_dpi = _scan_dpi(page)
    pdfium_page = document[number - 1]
    # the scan's own pixels when it can be taken as stored: rendering resamples and smooths them (measured: OCR
    # confidence 85 -> 95 on degraded scans)
    scan = _embedded_scan(pdfium_page, options) if scan_dpi else None
    if scan is None:
        if scan_dpi:
            dpi = min(dpi, max(scan_dpi, 72.0))
        if width * height * (dpi / 72) ** 2 > options.max_pixels:
            dpi = 72 * math.sqrt(options.max_pixels / (width * height))
        image = pdfium_page.render(scale=dpi / 72, grayscale=True).to_pil()
        # pdfium renders the crop box; pdfplumber measures from the media box's top-left corner.
        crop, media = pdfium_page.get_cropbox(), pdfium_page.get_mediabox()
        scan = (image, 72 / dpi, crop[0] - media[0], media[3] - crop[3])
    image, scale, dx, dy = scan
    ocr = ocr_image(image, number, scale=scale)
    boxes = [
        TextBox(
            b.start,
            b.end,
            Box(number, b.box.x0 + dx, b.box.top + dy, b.box.x1 + dx, b.box.bottom + dy),
            b.confidence,
        )
        for b in ocr.boxes
    ]
    return _PageText(ocr.text, boxes, "ocr", ocr.confidences)


def read_pdf(data: bytes, options: ReadOptions) -> ExtractedText:
    """Text of every page of a PDF, from its text layer or by OCR, decided page by page."""
    if not data.strip():
        raise ReadError("read", "empty file (no PDF data)")
    if b"%PDF-" not in data[:1024]:
        raise ReadError("read", "not a readable PDF: no %PDF header")
    if b"%%EOF" not in data[-4096:]:
        raise ReadError("read", "not a readable PDF: file is truncated (no end-of-file marker)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's errors; hostile input can raise others
        raise ReadError("read", _describe(exc)) from None
    with pdf:
        count = _page_count(pdf)
        if count > options.max_pages:
            raise ReadError("read", f"PDF has {count} pages, over the {options.max_pages}-page limit")
        try:
            pages = list(pdf.pages)
        except Exception as exc:  # a broken page tree
            raise ReadError("read", _describe(exc)) from None
        if not pages:
            raise ReadError("read", "not a readable PDF: no pages")
        if len(pages) > options.max_pages:
            raise ReadError("read", f"PDF has {len(pages)} pages, over the {options.max_pages}-page limit")
        document: pypdfium2.PdfDocument | None = None
        results: list[_PageText] = []
        sizes: list[tuple[float, float]] = []
        try:
            for number, page in enumerate(pages, start=1):
                layer = _text_layer(page, number)
                wants_ocr = options.ocr == "always" or (
                    options.ocr == "auto" and not _is_blank(page) and _needs_ocr(page, layer)
                )
                if wants_ocr:
                    if document is None:
                        document = pypdfium2.PdfDocument(data)
                    layer = _ocr_page(document, page, number, options)
                results.append(layer)
                sizes.append((float(page.width), float(page.height)))
                page.close()  # drop the page's parsed objects: memory stays flat over long documents
        except ReadError:
            raise
        except Exception as exc:  # broken content streams or fonts, or a render failure
            raise ReadError("read", _describe(exc)) from None
        finally:
            if document is not None:
                document.close()
    return _assemble(results, sizes)


def _mean(values: list[float]) -> float:
    """Mean word confidence; 0.0 when OCR ran and found no words."""
    return round(sum(values) / len(values), 2) if values else 0.0


def _assemble(results: list[_PageText], sizes: list[tuple[float, float]]) -> ExtractedText:
    """Join pages with a blank line; page spans, shifted boxes, text source and mean OCR confidence."""
    parts: list[str] = []
    pages: list[Page] = []
    boxes: list[TextBox] = []
    confidences: list[float] = []
    pos = 0
    for number, (result, (width, height)) in enumerate(zip(results, sizes, strict=True), start=1):
        if number > 1:
            parts.append("\n\n")
            pos += 2
        pages.append(Page(number, pos, pos + len(result.text), width, height, source=result.source))
        boxes.extend(shift_boxes(result.boxes, pos))
        confidences.extend(result.confidences)
        parts.append(result.text)
        pos += len(result.text)
    sources = {p.source for p in pages}
    text_source = "pdf" if sources == {"pdf"} else "ocr" if sources == {"ocr"} else "mixed"
    ocr_pages = [p.number for p in pages if p.source == "ocr"]
    return ExtractedText(
        text="".join(parts),
        text_source=text_source,
        pages=pages,
        boxes=boxes,
        ocr_confidence=_mean(confidences) if ocr_pages else None,
        meta={"format": "pdf", "ocr_pages": ocr_pages},
    )


register((".pdf",), read_pdf)
