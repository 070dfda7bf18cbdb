"""A cleaned view of the extracted text for matching, of the same length so offsets map one to one.

EDGAR artefacts (``<PAGE>`` markers, ``-----`` rules, table pipes, curly quotes, non-breaking spaces) are
blanked or unified character by character; the original text is never edited.
"""

from __future__ import annotations

import json
import re
from functools import cache

from .lexicon import PATTERN_DIR

_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\t": " ",
        "|": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u00ad": "-",
        "\u2010": "-",
    }
)
_BLANK_LINES = re.compile(
    r"^[ \t]*(?:<PAGE>[ \t]*\d*|</?(?:TABLE|CAPTION|S|C|FN)>.*|[-_=*~. \t]{3,}|-?\s*\d{1,3}\s*-?"
    r"|Page\s+\d+(?:\s+of\s+\d+)?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_RULE_RUNS = re.compile(r"[-_=]{4,}")
# a name typed onto the signing line: '/s/_E._Linn_Draper,_Jr._______' is '/s/ E. Linn Draper, Jr.'
_ON_THE_LINE = re.compile(r"(?i:/s/)_[^\n]*")
# a form's blank filled in: 'DATED: __November 10__ , 2020', 'this _5th_ day of'
_FILLED_BLANK = re.compile(r"(?<=[\s:(])_{1,3}(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.])_{1,3}(?=[\s,.)])")
# a non-breaking space lost to a '?' by a codepage conversion: 'Section?16(a)', 'Form?4'
_LOST_SPACE = re.compile(r"(?<=[A-Za-z]{3})\?(?=\d)")
# a lone mark between spaces: OCR specks and stray cell marks ('executive officer :\n\nof CIGNA')
_STRAY = re.compile(r"(?<=\s)[:;~·•°^*_=`'\"]{1,2}(?=\s)")


def _signature_star(view: str, mark: re.Match[str]) -> bool:
    """A '*' that opens a line stands for a signature made through an attorney-in-fact; it is kept."""
    return mark.group() == "*" and not view[view.rfind("\n", 0, mark.start()) + 1 : mark.start()].strip(" \t|")


def clean_view(text: str) -> str:
    """Same-length copy of ``text`` with layout artefacts turned into spaces."""
    view = text.translate(_SAME_LENGTH)
    view = _BLANK_LINES.sub(lambda m: " " * len(m.group()), view)
    view = _RULE_RUNS.sub(lambda m: " " * len(m.group()), view)
    view = _ON_THE_LINE.sub(lambda m: m.group().replace("_", " "), view)
    view = _FILLED_BLANK.sub(lambda m: " " * len(m.group()), view)
    view = _LOST_SPACE.sub(" ", view)
    view = _STRAY.sub(lambda m: m.group() if _signature_star(view, m) else " " * len(m.group()), view)
    for pattern, replacement in _ocr_fixes():
        view = pattern.sub(replacement, view)
    return view


@cache
def _ocr_fixes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Same-length repairs of common OCR confusions (patterns/ocr_fixes.jsonl): 'Fonns' -> 'Forms', 'l44' -> '144'."""
    fixes = []
    for line in (PATTERN_DIR / "ocr_fixes.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            fixes.append((re.compile(row["regex"]), row["replacement"]))
    return tuple(fixes)
