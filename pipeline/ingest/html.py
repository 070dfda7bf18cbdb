"""HTML exhibits: block elements and ``<br>`` become line breaks, table cells stay apart, entities decoded.

Uses the standard library's tokenizing parser: it never resolves external entities, DTDs or URLs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..types import ExtractedText
from .base import ReadError, ReadOptions
from .text import decode, normalize_newlines, read_text, split_pages

_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "page",
}
_CELL = {"td", "th"}
_SKIP = {"script", "style", "head", "title", "noscript", "template", "xml"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_MAX_DEPTH = 2000
_MARKUP = re.compile(r"<\s*(?:[a-zA-Z][\w:-]*|/[a-zA-Z]|!)")


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.depth = 0

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """'<![' without a section name: the standard parser asserts on it; read it as text instead."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ReadError("read", f"HTML nesting deeper than {_MAX_DEPTH} elements")
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _CELL:
            self.newline()
            self.parts.append("|")
        elif tag in _BLOCK:
            self.newline()
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.newline()

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self.newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.parts.append(data.replace("\xa0", " "))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one block per line."""
    builder = _TextBuilder()
    builder.feed(markup)
    builder.close()
    text = normalize_newlines("".join(builder.parts))
    lines = [line.strip(" ") for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def read_html(data: bytes, options: ReadOptions) -> ExtractedText:
    match = _CHARSET.search(data[:4096])
    markup = None
    if match:
        try:
            markup = data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            markup = None
    if markup is None:
        markup = decode(data)
    if not _MARKUP.search(markup):
        # an '.htm' that holds plain text (a page saved as text): its line breaks are its layout, keep them
        return read_text(data, options)
    text = html_to_text(markup)
    if not text.strip():
        raise ReadError("read", "HTML has no visible text (no body content)")
    return ExtractedText(text=text, text_source="html", pages=split_pages(text))
