"""Forms, statutes and rules cited in a POA: exact patterns, canonical values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import code_patterns, reference_patterns, statute_patterns

_LIST_ITEM_FORM = re.compile(r"(?<![\w-])" + code_patterns()["code"], re.IGNORECASE)
_LIST_ITEM_NUMBER = re.compile(r"(?<![\w(-])\d{1,3}[a-z]?(?:-\d{1,2}[a-z]?)?(?: ?\( ?[a-z0-9]{1,4} ?\))*")


@dataclass(frozen=True)
class Reference:
    """A cited form, statute or rule: canonical ``value`` and where its text stands."""

    field: str  # forms | statutes | rules
    value: str
    start: int
    end: int


def canonical_form(code: str) -> str:
    """'s-8' -> 'S-8', '4' -> '4', 'id' -> 'ID', '13-F' -> '13F' (Schedules 13D/13G and Form 13F have no dash),
    'Form 10-' at a line end and 'K' on the next -> '10-K', the common slip 'N1-A' -> 'N-1A'."""
    code = re.sub(r"^13-([DGFH])\b", r"13\1", re.sub(r"\s+", "", code).upper())
    return re.sub(r"^N(\d{1,2})-([A-Z])$", r"N-\1\2", code)


# the SEC forms numbered without letters
_NUMBER_FORMS = {"3", "4", "5", "10", "144"}
_HEADING = re.compile(r"\.[ \t]+(?-i:[A-Z][a-z])")


def _at_line_start(view: str, match: re.Match[str]) -> bool:
    return not view[view.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" \t|")


_PART_OF = re.compile(r"\b(?:paragraph|subsection|subparagraph|clause)\s+\(([a-z0-9]{1,4})\)\s+of\s+$", re.IGNORECASE)


def find_references(view: str) -> list[Reference]:
    """All references in order of appearance (duplicates kept; the record keeps the first of each)."""
    found: list[Reference] = []
    for pattern in reference_patterns():
        for match in pattern.regex.finditer(view):
            start, _ = match.span("list")
            if pattern.value:  # a form named by its title: 'the Uniform Application for Access Codes' is Form ID
                found.append(Reference("forms", pattern.value, start, match.end("list")))
                continue
            items = _LIST_ITEM_FORM if pattern.label == "FORM" else _LIST_ITEM_NUMBER
            listed = view[start : match.end("list")]
            if pattern.prefix == "Section" and _HEADING.match(view, match.end("list")) and _at_line_start(view, match):
                continue  # the exhibit's own numbered parts: 'SECTION 1. Appointment and Authority'
            for item in items.finditer(listed):
                if pattern.label == "FORM" and re.fullmatch(r"(?i)and|or|forms?|schedules?", item.group()):
                    continue
                a, b = start + item.start(), start + item.end()
                if pattern.label == "FORM" and item.group().isdigit() and item.group() not in _NUMBER_FORMS:
                    continue  # 'Schedules 13D and 130' (13G misread), FERC's 'Form 561': no SEC form
                if pattern.label == "FORM":
                    found.append(Reference("forms", canonical_form(item.group()), a, b))
                else:
                    number = item.group().replace(" ", "")  # 'Section 16 (a)' is Section 16(a)
                    if pattern.prefix == "Section":  # 'Sections 13d and 16a' are Section 13(d) and Section 16(a)
                        number = re.sub(r"^(\d+)([a-z])$", r"\1(\2)", number)
                    part = _PART_OF.search(view, max(0, match.start() - 40), match.start())
                    if part and "(" not in number:  # 'paragraph (b) of Rule 462' is Rule 462(b)
                        number += f"({part.group(1)})"
                    found.append(Reference("rules", f"{pattern.prefix} {number}", a, b))
    for pattern in statute_patterns():
        for match in pattern.regex.finditer(view):
            found.append(Reference("statutes", pattern.value or match.group(), match.start(), match.end()))
    # a code matched both as 'Form S-8' and as a bare 'S-8' is one reference
    unique = {(r.field, r.value, r.start): r for r in found}
    return sorted(unique.values(), key=lambda r: (r.start, r.field))
