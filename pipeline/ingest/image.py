"""Scanned exhibits as images (.png .jpg .gif .tif, multi-page TIFF) read with Tesseract OCR.

``ocr_image`` is shared with the PDF reader, which renders pages without a usable text layer and OCRs
them here.  Per page: grayscale; whiten speckle noise when there is some; straighten skew of 1.4 to 5
degrees (projection profiles); one Tesseract pass (``--oem 1 --psm 3``).  Only when that pass does not
look like English text is Tesseract's OSD asked for the orientation (it costs ~0.8 s a page, so it is
not run on every page) and the page OCRed again, turned upright.  Word boxes always refer to the image
as given.  The measurements behind each choice are noted where the choice is made.
"""

from __future__ import annotations

import io
import math
import os
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pytesseract
from PIL import Image, ImageOps, UnidentifiedImageError

from ..types import Box, ExtractedText, Page, TextBox
from . import register
from .base import ReadError, ReadOptions, page_done

# Tesseract's OpenMP threads only contend with the batch's worker processes; one page, one core.
# pytesseract spawns the binary with os.environ, so this reaches every call.
os.environ["OMP_THREAD_LIMIT"] = "1"

TESSERACT_CONFIG = "--oem 1 --psm 3"
TESSERACT_TIMEOUT = 180  # seconds per call; a page that takes longer is hostile or broken
SKEW_LIMIT = 5.0  # degrees searched either way
# Smaller skew is left alone: measured on dense 200-dpi pages, Tesseract read 1.5 degrees perfectly but
# interleaved neighbouring lines from 2 degrees on (word accuracy 0.90 at 2, 0.74 at 2.5; 1.00 deskewed),
# and a turned page costs ~10% more time (resampling, a larger canvas).
SKEW_MIN = 1.4
SPECKLE_SHARE = 0.02  # despeckle when this share of the dark pixels have no dark neighbour
OSD_MIN_CONFIDENCE = 2.0
_OCR_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff")

# Frequent English and legal words: a page whose tokens include none of these is not readable text.
_COMMON = """
a about above act after all also an and any are as at attorney attorneys be been before being by can
company corporation could date day do does each effect every exchange execute fact file filed for
form forms from full has have he her herein hereby his i if in including into is it its made make
may no not of on or other our power powers proper rule rules said section securities shall she
should signed such than that the their them then there thereof these they this those to under
undersigned until upon was we were which who will with would year you
"""
COMMON_WORDS = frozenset(_COMMON.split())
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{5,}", re.IGNORECASE)
_ALPHA_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


@dataclass(frozen=True)
class TextQuality:
    """How much a stretch of text looks like English: counts of word characters and tokens."""

    word_chars: int
    tokens: int  # alphabetic tokens of two letters or more
    wordlike: int  # of those, common words or pronounceable ones (a vowel, no five-consonant run)
    common: int  # of those, in COMMON_WORDS

    @property
    def wordlike_share(self) -> float:
        return self.wordlike / self.tokens if self.tokens else 0.0

    @property
    def common_share(self) -> float:
        return self.common / self.tokens if self.tokens else 0.0


def text_quality(text: str) -> TextQuality:
    """Measure ``text`` (pdfminer's ``(cid:N)`` placeholders count as garbage tokens, not words)."""
    cids = text.count("(cid:")
    if cids:
        text = re.sub(r"\(cid:\d+\)", " ", text)
    tokens = [t for t in _ALPHA_TOKEN.findall(text) if len(t) >= 2]
    common = sum(1 for t in tokens if t.lower() in COMMON_WORDS)
    wordlike = sum(
        1 for t in tokens if t.lower() in COMMON_WORDS or (_VOWEL.search(t) and not _CONSONANT_RUN.search(t))
    )
    word_chars = sum(1 for c in text if c.isalnum())
    return TextQuality(word_chars, len(tokens) + cids, wordlike, common)


@dataclass
class OcrPage:
    """One OCRed page: text (lines by '\\n', paragraphs by a blank line) and word boxes whose offsets
    are relative to ``text``; boxes scaled by the caller's ``scale`` (1.0: pixels of the image given)."""

    text: str
    boxes: list[TextBox] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    rotation: float = 0.0  # degrees (counter-clockwise) the image was turned before OCR

    @property
    def confidences(self) -> list[float]:
        return [b.confidence for b in self.boxes if b.confidence is not None]

    @property
    def mean_confidence(self) -> float | None:
        conf = self.confidences
        return sum(conf) / len(conf) if conf else None


def to_gray(img: Image.Image) -> Image.Image:
    """8-bit grayscale; transparency becomes white paper and 16-bit/float scans are stretched to 0..255."""
    if img.mode == "L":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("L")
    if img.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        arr = np.asarray(img, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        scaled = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.full(arr.shape, 255.0)
        return Image.fromarray(scaled.astype(np.uint8), mode="L")
    return img.convert("L")


def _otsu(gray: Image.Image) -> int:
    """Otsu's threshold of an 8-bit image (from PIL's histogram: ten times faster than numpy's bincount)."""
    hist = np.asarray(gray.histogram()[:256], dtype=np.float64)
    total = hist.sum()
    weights = np.cumsum(hist)
    means = np.cumsum(hist * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (means[-1] * weights / total - means) ** 2 / (weights * (total - weights))
    between = np.nan_to_num(between[:-1], nan=-1.0)
    return int(np.argmax(between)) if total and between.max() > 0 else 128


def estimate_skew(gray: Image.Image, limit: float = SKEW_LIMIT) -> float:
    """Angle (degrees, counter-clockwise as ``Image.rotate`` takes it) that makes text lines level.

    Projection profiles: dark pixels of a ~1000-pixel-wide binarized copy are projected on the
    vertical (or, for a sideways page, horizontal) axis at each trial angle; level lines give the
    sharpest profile (largest sum of squared differences between neighbouring bins).
    """
    factor = max(gray.width, gray.height) / 1000
    small = (
        gray
        if factor <= 1
        else gray.resize((max(int(gray.width / factor), 1), max(int(gray.height / factor), 1)), Image.Resampling.BOX)
    )
    arr = np.asarray(small)
    ink = arr < min(_otsu(small), 160)
    ys, xs = np.nonzero(ink)
    if len(ys) < 200 or len(ys) > 0.5 * arr.size:
        return 0.0
    if len(ys) > 150_000:
        pick = np.random.default_rng(0).choice(len(ys), 150_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    x = xs - arr.shape[1] / 2.0
    y = ys - arr.shape[0] / 2.0

    def sharpness(angle: float, sideways: bool) -> float:
        t = math.radians(angle)
        # Row (or column) of each ink pixel after Image.rotate(angle): y' = -x sin t + y cos t.
        pos = x * math.cos(t) + y * math.sin(t) if sideways else -x * math.sin(t) + y * math.cos(t)
        hist = np.bincount((pos - pos.min()).astype(np.int64))
        return float(np.sum(np.diff(hist.astype(np.float64)) ** 2))

    # Level lines give a peak ~1 degree wide: a 0.5-degree grid, then 0.05 around the best; both axes
    # are tried because a sideways page has its lines along the other one.
    grid = np.arange(-limit, limit + 1e-9, 0.5)
    _, best, sideways = max((sharpness(a, s), float(a), s) for s in (False, True) for a in grid)
    fine = np.arange(best - 0.3, best + 0.3 + 1e-9, 0.05)
    best = max(fine, key=lambda a: sharpness(a, sideways))
    return round(float(best), 2)


def _ink_neighbours(arr: np.ndarray, threshold: int) -> tuple[np.ndarray, np.ndarray]:
    """Ink mask (darker than ``threshold``) and, per pixel, how many of its 8 neighbours are ink."""
    ink = arr < threshold
    # 3x3 box sums of the mask (separable: rows then columns), minus the pixel itself.
    padded = np.pad(ink.view(np.uint8), 1)
    rows = padded[:, :-2] + padded[:, 1:-1] + padded[:, 2:]
    return ink, rows[:-2] + rows[1:-1] + rows[2:] - ink


def despeckle(gray: Image.Image) -> tuple[Image.Image, float]:
    """Whiten specks (dark pixels with at most one dark neighbour) when isolated dark pixels are over
    ``SPECKLE_SHARE`` of the ink; returns the image and the share of ink whitened.

    Unlike a 3x3 median this never thins strokes: on 8-pt print at 150 dpi the median cost 13-17 points
    of word accuracy, this cost none, and both fixed speckled 11-pt pages equally well."""
    arr = np.asarray(gray)
    threshold = _otsu(gray)
    # Noise is spread over the page: its middle half tells (at half the cost of the whole).
    middle = arr[arr.shape[0] // 4 : 3 * arr.shape[0] // 4]
    ink, neighbours = _ink_neighbours(middle, threshold)
    total = int(ink.sum())
    if not total or float((ink & (neighbours == 0)).sum()) / total < SPECKLE_SHARE:
        return gray, 0.0
    ink, neighbours = _ink_neighbours(arr, threshold)
    specks = ink & (neighbours <= 1)
    share = float(specks.sum()) / max(int(ink.sum()), 1)
    cleaned = arr.copy()
    cleaned[specks] = 255
    return Image.fromarray(cleaned, mode="L"), share


def _rotate(gray: Image.Image, angle: float) -> Image.Image:
    if angle % 360 == 0:
        return gray
    # Bilinear: measured as accurate as bicubic (or better) and faster, for Tesseract too.
    return gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)


def _unrotate_box(
    box: tuple[float, float, float, float], angle: float, size: tuple[int, int], rotated: tuple[int, int]
) -> tuple[float, float, float, float]:
    """Map a box of ``_rotate(img, angle)`` (size ``rotated``) back to ``img`` (size ``size``)."""
    if angle % 360 == 0:
        return box
    t = math.radians(angle)
    cos, sin = math.cos(t), math.sin(t)
    cx, cy = size[0] / 2, size[1] / 2
    rx, ry = rotated[0] / 2, rotated[1] / 2
    x0, y0, x1, y1 = box
    pts = []
    for px, py in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        dx, dy = px - rx, py - ry
        pts.append((cx + dx * cos - dy * sin, cy + dx * sin + dy * cos))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (
        min(max(min(xs), 0.0), size[0]),
        min(max(min(ys), 0.0), size[1]),
        min(max(max(xs), 0.0), size[0]),
        min(max(max(ys), 0.0), size[1]),
    )


@dataclass
class _Word:
    key: tuple[int, int, int]  # block, paragraph, line
    text: str
    box: tuple[float, float, float, float]
    conf: float


def _tesseract_words(img: Image.Image) -> list[_Word]:
    """Words of one Tesseract run (``image_to_data``), in Tesseract's reading order."""
    img = img.copy()
    # pytesseract hands the image over in img.format. Measured per 200-dpi page: PNG costs ~0.1 s to write;
    # PGM writes in ms but Tesseract reads it ~0.08 s slower; uncompressed TIFF is fast both ways.
    img.format = "TIFF"
    try:
        data = pytesseract.image_to_data(
            img, config=TESSERACT_CONFIG, output_type=pytesseract.Output.DICT, timeout=TESSERACT_TIMEOUT
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise ReadError("ocr", f"OCR timed out after {TESSERACT_TIMEOUT} s on one page") from exc
    except pytesseract.TesseractError as exc:
        raise ReadError("ocr", f"Tesseract failed: {str(exc.message).strip()[:200]}") from exc
    words = []
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        conf = float(data["conf"][i])
        if data["level"][i] != 5 or not text or conf < 0:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append(_Word(key, text, box, conf))
    return words


def _score(words: list[_Word]) -> float:
    """Total confidence of the words that look like words: higher for the right orientation."""
    return sum(w.conf for w in words if text_quality(w.text).wordlike)


def _looks_wrong(words: list[_Word]) -> bool:
    """A pass worth retrying with OSD: hardly any words, low confidence, or no common English words."""
    if len(words) < 5:
        return True
    quality = text_quality(" ".join(w.text for w in words))
    mean = sum(w.conf for w in words) / len(words)
    return mean < 60 or (quality.tokens >= 10 and quality.common_share < 0.08)


def _osd_rotation(img: Image.Image) -> int:
    """Clockwise degrees (0/90/180/270) to turn ``img`` upright per Tesseract OSD; 0 when unsure."""
    img = img.copy()
    img.format = "TIFF"
    try:
        osd = pytesseract.image_to_osd(img, output_type=pytesseract.Output.DICT, timeout=TESSERACT_TIMEOUT)
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too few characters on the page to tell, or OSD data missing
    rotate = int(osd.get("rotate", 0)) % 360
    return rotate if osd.get("orientation_conf", 0.0) >= OSD_MIN_CONFIDENCE else 0


def ocr_image(
    img: Image.Image,
    page_number: int,
    scale: float = 1.0,
    *,
    deskew: bool = True,
    orient: bool = True,
    clean: bool = True,
) -> OcrPage:
    """OCR one page image; box coordinates are pixels of ``img`` times ``scale`` (72/dpi gives points)."""
    gray = to_gray(img)
    if clean:
        gray, _ = despeckle(gray)
    angle = estimate_skew(gray) if deskew else 0.0
    if abs(angle) < SKEW_MIN:
        angle = 0.0
    work = _rotate(gray, angle)
    words = _tesseract_words(work)
    if orient and _looks_wrong(words):
        turn = _osd_rotation(work)
        if turn:
            turned = _rotate(gray, angle - turn)
            retry = _tesseract_words(turned)
            if _score(retry) > _score(words):
                angle, work, words = angle - turn, turned, retry
    page_done()  # a batch worker's heartbeat: this file is still moving
    return _assemble(words, page_number, scale, angle, gray.size, work.size)


def _assemble(
    words: list[_Word],
    page_number: int,
    scale: float,
    angle: float,
    size: tuple[int, int],
    rotated: tuple[int, int],
) -> OcrPage:
    """Text from words: ' ' within a line, '\\n' between lines, a blank line between paragraphs."""
    parts: list[str] = []
    boxes: list[TextBox] = []
    pos = 0
    prev: tuple[int, int, int] | None = None
    for w in words:
        if prev is not None:
            sep = " " if w.key == prev else "\n" if w.key[:2] == prev[:2] else "\n\n"
            parts.append(sep)
            pos += len(sep)
        x0, top, x1, bottom = _unrotate_box(w.box, angle, size, rotated)
        box = Box(page_number, x0 * scale, top * scale, x1 * scale, bottom * scale)
        boxes.append(TextBox(pos, pos + len(w.text), box, round(w.conf, 2)))
        parts.append(w.text)
        pos += len(w.text)
        prev = w.key
    return OcrPage("".join(parts), boxes, size[0] * scale, size[1] * scale, angle)


def shift_boxes(boxes: list[TextBox], offset: int) -> list[TextBox]:
    """Boxes of a page's text moved to where that text starts in the whole document."""
    return [TextBox(b.start + offset, b.end + offset, b.box, b.confidence) for b in boxes]


@contextmanager
def _image_errors(options: ReadOptions) -> Iterator[None]:
    """Pillow's exceptions as ReadErrors; its decompression-bomb warning (the image is over
    ``max_pixels`` but under twice that) as an error too."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        claimed = re.search(r"\((\d+) pixels\)", str(exc))
        size = f" ({int(claimed.group(1)):,} pixels)" if claimed else ""
        raise ReadError("read", f"image is over the {options.max_pixels:,}-pixel limit{size}") from None
    except UnidentifiedImageError:
        raise ReadError("read", "not a readable image: unknown or corrupt image format") from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        raise ReadError("read", f"not a readable image: {str(exc)[:160] or type(exc).__name__}") from None


def _frames(data: bytes, options: ReadOptions) -> Iterator[Image.Image]:
    """The pages of an image file (every frame of a TIFF), decoded one at a time, after every page's
    size has been checked from the headers alone (``Image.open`` and ``seek`` decode no pixels)."""
    Image.MAX_IMAGE_PIXELS = options.max_pixels  # Pillow's own guard as a second line
    with _image_errors(options):
        img = Image.open(io.BytesIO(data))
        pages = getattr(img, "n_frames", 1) if img.format == "TIFF" else 1
        if pages > options.max_pages:
            raise ReadError("read", f"image has {pages} pages, over the {options.max_pages}-page limit")
        for i in range(pages):
            img.seek(i)
            width, height = img.size
            if width * height > options.max_pixels:
                raise ReadError(
                    "read",
                    f"image page {i + 1} is {width}x{height} pixels, over the {options.max_pixels:,}-pixel limit",
                )
    for i in range(pages):
        with _image_errors(options):
            img.seek(i)
            frame = ImageOps.exif_transpose(img) if i == 0 else img.copy()
            frame.load()
        yield frame


def read_image(data: bytes, options: ReadOptions) -> ExtractedText:
    """OCR every page of an image file; boxes and page sizes in pixels of the image."""
    if not data:
        raise ReadError("read", "empty file (no image data)")
    if options.ocr == "never":
        raise ReadError("ocr", "image file needs OCR, which is switched off (ocr=never)")
    frames = _frames(data, options)  # a generator: a 200-page TIFF is never in memory at once
    parts: list[str] = []
    pages: list[Page] = []
    boxes: list[TextBox] = []
    pos = 0
    for number, frame in enumerate(frames, start=1):
        if number > 1:
            parts.append("\n\n")
            pos += 2
        ocr = ocr_image(frame, number)
        pages.append(Page(number, pos, pos + len(ocr.text), ocr.width, ocr.height, source="ocr"))
        boxes.extend(shift_boxes(ocr.boxes, pos))
        parts.append(ocr.text)
        pos += len(ocr.text)
    conf = [b.confidence for b in boxes if b.confidence is not None]
    return ExtractedText(
        text="".join(parts),
        text_source="ocr",
        pages=pages,
        boxes=boxes,
        ocr_confidence=round(sum(conf) / len(conf), 2) if conf else 0.0,
        meta={"format": "image", "ocr_engine": f"tesseract {pytesseract.get_tesseract_version()}"},
    )


register(_OCR_SUFFIXES, read_image)
