"""Patterns, records and line helpers that every party rule shares."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from ..names import norm_key

FLAGS = re.IGNORECASE
VERB = r"(?:constitute|designate|appoint|authori[sz]e|retain|nominate)(?:s|d|ed)?"
APPOINT = re.compile(rf"(?:\b{VERB}|(?<=hereby\s)names?)\b(?:\s*,?\s*(?:and|&)?\s*(?:{VERB}|make|makes)\b)*", FLAGS)
# '/s/' as typed ('//s//', '-s-' too, and backslashed), and as OCR reads it at a margin or through a speck: 's/ Name',
# '/sJames', '\/s/'
# ... and the '*' of a conformed signature table whose signers signed through an attorney-in-fact
# ... and a conformed signature typed in quotes on a line of its own ('“David W. Leebron”')
SIG = re.compile(
    r"(?<![^\W_]|/)(?://s//|[/|\\]?s/|/s(?=[A-Z])|\\s\\|-s-(?=\s))\s*|(?m:^[ \t|]*\*(?=[ \t]{2,}\S|[ \t|]*$))"
    r"|(?m:^[ \t|]*[“\"](?=[A-Z][^”\"\n]{2,60}[”\"][ \t|]*$))"
    r"|[“\"](?=(?P<quoted>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*,?){1,4})[”\"][ \t|]+(?P=quoted)\b)",
    FLAGS,
)
# a term the text defines for a name: '(the "Company")', '("Group 1")'
TERM_DEF = re.compile(r"\(\s*(?:the\s+)?[\"“](?P<term>(?-i:[A-Z])[^\"”\n]{1,40}?)[\"”]\s*\)")
# a defined term: '(the "Company")', or ', hereinafter referred to as the "Corporation,"'
DEF = (
    # quotes as typed, or as old conversions left them: '(the `Corporation`)', '(the ?Company?)'
    r"(?:\((?:[^()]{{0,40}}?\bor\s+)?\s*(?:the\s+)?[\"“'`?]?\s*{term}\s*[\"”'`?]?\s*\)"
    r"|\b(?:hereinafter\s+)?(?:referred\s+to\s+as|called)\s+(?:the\s+)?[\"“]{term}[\"”,]{{1,2}}"
    r"|\bhereinafter\s+[\"“]the\s+{term}[\"”])"  # ', hereinafter "the Company",'
)
# a cell of a line: text up to a '|' or a column gap of three spaces or more
CELL = re.compile(r"(?:[^|\s]|\s(?!\s\s))+")
# 'May 22, 2003', '5/22/03', '22 May 2003'
DATE_WORDS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}",
    FLAGS,
)


@dataclass
class Found:
    """A name found by a rule, with its span in the text and how sure the rule is."""

    name: str
    start: int
    end: int
    title: str | None = None
    confidence: float = 0.9
    title_span: tuple[int, int] | None = None
    anchor: int | None = None  # where its signature mark stands, for names read from a signature
    method: str = "rule"  # rule | ner


@dataclass
class Parties:
    agents: list[Found] = field(default_factory=list)
    grantors: list[Found] = field(default_factory=list)
    company: Found | None = None
    company_state: Found | None = None
    signature_start: int | None = None


Entity = tuple[int, int, str]  # start, end, label of a span the NER model found
Tagger = Callable[[str, int, int], list[Entity]]  # (view, start, end) -> entities with offsets into the view


def is_appointing(view: str, at: int) -> bool:
    """Is the defined entity the one that appoints ('... L.P. (the "Company") does hereby make ...')?"""
    return bool(re.match(rf"\s*,?\s*(?:does\s+|do\s+)?(?:hereby\s+)?(?:make|{VERB})", view[at : at + 60], FLAGS))


@dataclass
class Line:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        if not hasattr(self, "_key"):
            self._key = norm_key(self.text)
        return self._key


def split_lines(view: str) -> list[Line]:
    return [Line(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\n]*", view) if m.group().strip(" |")]


def line_cells(line: Line) -> list[tuple[str, int, int]]:
    """The non-empty cells of a line (parted by '|' or a wide gap), stripped, with their spans in the view."""
    found = []
    for cell in CELL.finditer(line.text):
        text = cell.group().strip()
        if text:
            start = line.start + cell.start() + cell.group().find(text)
            found.append((text, start, start + len(text)))
    return found


def line_index(lines: list[Line], pos: int) -> int:
    """The line that holds ``pos``, or the last one before it (``lines`` are in order and do not overlap)."""
    return max(0, bisect_right(lines, pos, key=lambda line: line.start) - 1)


# a line of witness labels over the witnesses' signatures, one per column ('in the presence of:    Witness:')
WITNESS_LINE = re.compile(
    r"^(?:\W*(?:witness(?:ed)?(?:\s+by)?|attest(?:ed)?(?:\s+by)?|in\s+the\s+presence\s+of)\s*:?)+\s*$", FLAGS
)
NEXT_SIGNER = re.compile(r"^[ \t|]*signature\s*:", FLAGS)


def skip_definition(view: str, at: int) -> int:
    match = re.match(r"\s*\([^)]{0,40}\)", view[at:])
    return at + match.end() if match else at


def unique(found: list[Found]) -> list[Found]:
    """Each name once, as first found; an office printed at a later mention is kept ('I, George L. Chapman, ...'
    and 'George L. Chapman' / 'Director, Chairman of the Board' under the signature)."""
    seen: dict[str, Found] = {}
    for item in found:
        key = norm_key(item.name)
        if key and key not in seen:
            seen[key] = item
        elif key and seen[key].title is None and item.title:
            seen[key].title, seen[key].title_span = item.title, item.title_span
    return list(seen.values())
