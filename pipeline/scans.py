"""Synthetic documents for tests and benchmarks: text-layer PDFs and degraded scans of a plain text.

Scans are rendered with PIL in a TrueType font, then damaged the way office scanners and fax
copies damage pages (slight rotation, blur, speckle, JPEG artefacts), so OCR can be measured on
pages whose true text is known.  ``reportlab`` is needed only by ``render_text_pdf`` and is
imported there.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

LETTER_IN = (8.5, 11.0)
MARGIN_IN = 1.0
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
)


@lru_cache(maxsize=16)
def _font(px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A TrueType font of ``px`` pixels; Pillow's bundled font when no system font is installed."""
    for path in _FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, px)
    return ImageFont.load_default(size=px)


def _wrap(text: str, fits) -> list[list[str]]:
    """Split ``text`` into pages ('\\f' forces a break) of lines, wrapping words where ``fits`` says no."""
    pages: list[list[str]] = []
    for page_text in text.split("\f"):
        lines: list[str] = []
        for para in page_text.split("\n"):
            words = para.split(" ")
            line = ""
            for word in words:
                candidate = f"{line} {word}" if line else word
                if line and not fits(candidate):
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        pages.append(lines)
    return pages


def render_text_pdf(text: str, path: str | Path, *, font: str = "Helvetica", size: float = 10.0) -> int:
    """Write ``text`` as a letter-size PDF with a real text layer; returns the number of pages."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    width, height = letter
    margin = MARGIN_IN * 72
    leading = size * 1.3
    per_page = int((height - 2 * margin) // leading)
    canvas = Canvas(str(path), pagesize=letter)
    count = 0
    text = text.expandtabs(8)  # a tab has no glyph: the typewriter's stops, as a text exhibit means them
    for lines in _wrap(text, lambda s: stringWidth(s, font, size) <= width - 2 * margin):
        for start in range(0, max(len(lines), 1), per_page):
            canvas.setFont(font, size)
            y = height - margin - size
            for line in lines[start : start + per_page]:
                canvas.drawString(margin, y, line)
                y -= leading
            canvas.showPage()
            count += 1
    canvas.save()
    return count


def render_pages(text: str, *, dpi: int = 200, font_pt: float = 11.0) -> list[Image.Image]:
    """Clean grayscale letter-size page images of ``text`` (1-inch margins, several pages if needed)."""
    width, height = int(LETTER_IN[0] * dpi), int(LETTER_IN[1] * dpi)
    margin = int(MARGIN_IN * dpi)
    font = _font(round(font_pt * dpi / 72))
    leading = round(font_pt * 1.35 * dpi / 72)
    per_page = max((height - 2 * margin) // leading, 1)
    images = []
    text = text.expandtabs(8)  # a tab has no glyph: the typewriter's stops
    for lines in _wrap(text, lambda s: font.getlength(s) <= width - 2 * margin):
        for start in range(0, max(len(lines), 1), per_page):
            img = Image.new("L", (width, height), 255)
            draw = ImageDraw.Draw(img)
            for i, line in enumerate(lines[start : start + per_page]):
                draw.text((margin, margin + i * leading), line, fill=0, font=font)
            images.append(img)
    return images


def degrade(
    img: Image.Image,
    *,
    rotate_deg: float = 0.0,
    blur: float = 0.0,
    speckle: float = 0.0,
    jpeg_quality: int | None = None,
    seed: int = 0,
) -> Image.Image:
    """Damage a clean page like a scanner: rotate (degrees, counter-clockwise), blur (Gaussian radius
    in pixels), speckle (share of pixels flipped to black or white), then a JPEG round-trip."""
    rng = random.Random(seed)
    out = img.convert("L")
    if rotate_deg:
        out = out.rotate(rotate_deg, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if speckle:
        import numpy as np

        arr = np.asarray(out).copy()
        gen = np.random.default_rng(rng.randrange(2**32))
        mask = gen.random(arr.shape) < speckle
        arr[mask] = np.where(gen.random(int(mask.sum())) < 0.5, 0, 255).astype(arr.dtype)
        out = Image.fromarray(arr, mode="L")
    if jpeg_quality:
        import io

        buf = io.BytesIO()
        out.save(buf, format="JPEG", quality=jpeg_quality)
        buf.seek(0)
        out = Image.open(buf)
        out.load()
    return out


def render_scan(
    text: str,
    *,
    dpi: int = 200,
    rotate_deg: float = 0.0,
    blur: float = 0.0,
    speckle: float = 0.0,
    jpeg_quality: int | None = None,
    seed: int = 0,
    font_pt: float = 11.0,
) -> list[Image.Image]:
    """Scanned-looking page images of ``text``: ``render_pages`` then ``degrade`` (each page its own seed)."""
    return [
        degrade(page, rotate_deg=rotate_deg, blur=blur, speckle=speckle, jpeg_quality=jpeg_quality, seed=seed + i)
        for i, page in enumerate(render_pages(text, dpi=dpi, font_pt=font_pt))
    ]


def save_scan(images: Sequence[Image.Image], path: str | Path, *, dpi: int = 200) -> Path:
    """Save page images as .png/.jpg (first page only), .tif/.tiff or .pdf (every page; an image-only PDF)."""
    path = Path(path)
    suffix = path.suffix.lower()
    first, rest = images[0], list(images[1:])
    if suffix in (".pdf", ".tif", ".tiff", ".gif"):
        first.save(path, save_all=True, append_images=rest, resolution=float(dpi), dpi=(dpi, dpi))
    elif suffix in (".jpg", ".jpeg"):
        first.convert("L").save(path, quality=90, dpi=(dpi, dpi))
    else:
        first.save(path, dpi=(dpi, dpi))
    return path


_GRANTORS = (
    "Margaret A. Ellison",
    "Thomas R. Okafor",
    "Priya Venkataraman",
    "Daniel J. Whitcombe",
    "Helen Marchetti",
    "Samuel K. Dorsey",
    "Yuki Tanabe",
    "Robert L. Ashford",
)
_AGENTS = (
    "Laura Chen",
    "Michael O'Hara",
    "Jennifer P. Alvarez",
    "Steven Kowalski",
    "Rachel M. Burke",
    "David Nakamura",
    "Angela Frost",
    "Christopher Lund",
)
_COMPANIES = (
    "Northwind Therapeutics, Inc.",
    "Bluegate Capital Holdings Corp.",
    "Harbor Lane Energy, Inc.",
    "Quillon Systems Incorporated",
    "Meridian Valley Bancorp",
    "Stonebridge Materials Co.",
)
_STATES = ("Delaware", "Nevada", "Maryland", "New York", "California")
_MONTHS = tuple(calendar.month_name[1:])


def sample_poa_text(seed: int = 0, paragraphs: int = 5) -> str:
    """A power-of-attorney-like exhibit (invented names and prose) for tests and benchmarks."""
    rng = random.Random(seed)
    grantor = rng.choice(_GRANTORS)
    agents = rng.sample(_AGENTS, 2)
    company = rng.choice(_COMPANIES)
    state = rng.choice(_STATES)
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2004, 2024)}"
    body = [
        f"Know all persons by these presents that the undersigned, {grantor}, hereby makes, constitutes "
        f"and appoints each of {agents[0]} and {agents[1]}, signing singly, as the undersigned's true and "
        "lawful attorney-in-fact to act in the name, place and stead of the undersigned.",
        f"The attorney-in-fact may prepare, execute and file for the undersigned, in the undersigned's "
        f"capacity as an officer or director of {company}, a {state} corporation (the Company), any "
        "statement on Form 3, Form 4 or Form 5 and any amendment thereto, in accordance with Section 16(a) "
        "of the Securities Exchange Act of 1934 and the rules thereunder.",
        "The undersigned grants to each attorney-in-fact full power and authority to do and perform every "
        "act requisite, necessary or proper to be done in the exercise of any of the rights and powers "
        "herein granted, as fully as the undersigned might or could do if personally present, with full "
        "power of substitution and revocation.",
        "The undersigned acknowledges that the attorneys-in-fact, in serving in such capacity at the request "
        "of the undersigned, are not assuming any of the undersigned's responsibilities to comply with "
        "Section 16 of the Securities Exchange Act of 1934 or with Rule 144 under the Securities Act.",
        "This Power of Attorney shall remain in full force and effect until the undersigned is no longer "
        "required to file Forms 3, 4 and 5 with respect to holdings of and transactions in securities "
        "issued by the Company, unless earlier revoked by the undersigned in a signed writing delivered "
        "to the foregoing attorneys-in-fact.",
        "Each attorney-in-fact may also obtain from the Securities and Exchange Commission the codes and "
        "passwords enabling the undersigned to make electronic filings, including a Form ID application, "
        "and may take any other action which in the opinion of such attorney-in-fact may be of benefit to "
        "the undersigned.",
    ]
    rng.shuffle(body)
    parts = ["POWER OF ATTORNEY", *body[: max(paragraphs, 1)]]
    parts.append(f"IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of {date}.")
    parts.append(f"/s/ {grantor}\n{grantor}")
    return "\n\n".join(parts)
