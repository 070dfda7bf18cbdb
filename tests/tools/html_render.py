"""Render a plain-text exhibit as the HTML an EDGAR filer would submit: paragraphs, line breaks and tables.

Used to check that the HTML reader gives the same fields as the text reader on the same exhibits.
"""

from __future__ import annotations

import html
import re


def _cells(line: str) -> list[str]:
    if line.lstrip().startswith("|"):
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [c.strip() for c in re.split(r"\s{3,}", line.strip())]


def text_to_html(text: str, title: str = "Exhibit") -> str:
    """Blank-line paragraphs become <p> (lines joined by <br>), '|' and column-aligned lines become table rows."""
    out = [f"<html><head><title>{html.escape(title)}</title><style>td{{padding:2px}}</style></head><body>"]
    block: list[str] = []
    table: list[list[str]] = []

    def flush_block() -> None:
        if block:
            out.append("<p>" + "<br>\n".join(html.escape(b.strip()) for b in block) + "</p>")
            block.clear()

    def flush_table() -> None:
        if table:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table)
            out.append(f"<table>{rows}</table>")
            table.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            flush_block()
            flush_table()
        elif line.lstrip().startswith("|") or re.search(r"\S\s{3,}\S", line.strip()):
            flush_block()
            table.append(_cells(line))
        else:
            flush_table()
            block.append(line)
    flush_block()
    flush_table()
    out.append("</body></html>")
    return "\n".join(out)
