"""A cleaned view of the extracted text for matching, of the same length so offsets map one to one.

EDGAR artefacts (``<PAGE>`` markers, ``-----`` rules, table pipes, curly quotes, non-breaking spaces) are
blanked or unified character by character; the original text is never edited.
"""

from __future__ import annotations

import re

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


def clean_view(text: str) -> str:
    """Same-length copy of ``text`` with layout artefacts turned into spaces."""
    view = text.translate(_SAME_LENGTH)
    view = _BLANK_LINES.sub(lambda m: " " * len(m.group()), view)
    return _RULE_RUNS.sub(lambda m: " " * len(m.group()), view)


def flatten(view: str) -> str:
    """Same-length copy with line breaks as spaces: prose that EDGAR wrapped mid-sentence reads as one line."""
    return view.replace("\n", " ")
