"""Plain-text exhibits as EDGAR holds them: UTF-8, Windows-1252 or Latin-1, sometimes with a BOM."""

from __future__ import annotations

import codecs
import re

from ..types import ExtractedText, Page
from .base import ReadError, ReadOptions

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in a text exhibit (tab, newline, carriage return, form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_PAGE_MARK = re.compile(r"^[ \t]*<PAGE>[ \t]*\d*[ \t]*$", re.IGNORECASE | re.MULTILINE)


def decode(data: bytes) -> str:
    """Decode bytes by BOM, else UTF-8, else Windows-1252, else Latin-1; reject binary content."""
    if not data.strip():
        raise ReadError("read", "empty file (no text)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise ReadError("decode", f"bytes do not match their {codec} byte-order mark ({exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise ReadError("decode", "binary content (NUL bytes), not a text document")
    for codec in ("utf-8", "cp1252"):
        try:
            return _check_text(data.decode(codec))
        except UnicodeDecodeError:
            continue
    return _check_text(data.decode("latin-1"))


def _check_text(text: str) -> str:
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    if bad > max(8, len(sample) // 50):
        raise ReadError("decode", f"binary content ({bad} control characters in the first {len(sample)}), not text")
    return text


def normalize_newlines(text: str) -> str:
    """Unify line ends (CRLF, CR, form feed) to '\\n' so offsets count one character per line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def split_pages(text: str, source: str = "text") -> list[Page]:
    """Pages delimited by EDGAR's ``<PAGE>`` markers (one page when there are none)."""
    cuts = [m.start() for m in _PAGE_MARK.finditer(text) if m.start() > 0]
    bounds = [0, *cuts, len(text)]
    return [Page(i + 1, a, b, source=source) for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]


def read_text(data: bytes, options: ReadOptions) -> ExtractedText:
    text = normalize_newlines(decode(data))
    if not text.strip():
        raise ReadError("read", "empty file (only white space)")
    return ExtractedText(text=text, text_source="txt", pages=split_pages(text))
