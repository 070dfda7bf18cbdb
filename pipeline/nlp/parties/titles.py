"""The office a grantor signs in: printed beside, under or above the name, or stated in the text."""

from __future__ import annotations

import re

from ..lexicon import lexicon
from ..names import (
    is_org_name,
    is_person_name,
    is_title_text,
    leading_name,
    norm_key,
    squash,
    strip_person,
)
from .base import CELL, DATE_WORDS, FLAGS, NEXT_SIGNER, SIG, WITNESS_LINE, Found, Line, line_cells, line_index
from .orgs import spaced


def fill_titles(view: str, lines: list[Line], grantors: list[Found]) -> None:
    for grantor in grantors:
        if is_org_name(grantor.name) or grantor.title:
            continue  # an entity has no office; a rule that read the signer's row has read the office too
        title = (
            _title_in_column(view, lines, grantor)
            or _title_in_cell_rows(view, lines, grantor, grantors)
            or _title_on_name_line(view, lines, grantor)
            or _defined_title(view, grantor)
            or _apposition_title(view, grantor)
        )
        if not title and grantor.anchor is not None:
            title = _title_in_block(view, lines, grantor, grantors)
        if not title:
            title = _letterhead_title(view, lines, grantor)
        if title:
            text, (a, b) = title
            if re.fullmatch(r"\([^()]+\)", text):
                text, a, b = text[1:-1].strip(), a + 1, b - 1  # '(Director)' under a signature
            last = re.escape(grantor.name.split()[-1].strip(",")) if grantor.name.split() else "$^"
            # what is left of a name broken over the cells: 'Ph.D. Director', 'D. Executive ...', 'Lankau Senior ...'
            lead = re.match(rf"^(?:(?:Ph\.?\s?D|M\.?D|J\.?D|Esq|Jr|Sr|[A-Z]|{last})\.?,?\s+)+(?=[A-Z])", text)
            if lead and is_title_text(text[lead.end() :]):
                text, a = text[lead.end() :], a + lead.end()
            text, b = _carried_over(view, text, b, grantor.name)
            grantor.title, grantor.title_span = text, (a, b)
    if len(grantors) == 1 and grantors[0].title is None and not is_org_name(grantors[0].name):
        # 'I, the undersigned President/Chief Executive Officer and member of the Board of Trustees of X, hereby ...'
        office = re.search(
            r"\bundersigned\s*,?\s+(?:an?\s+|as\s+(?:an?\s+)?)?((?-i:[A-Z])[^,;()\n]{2,120})\s+of\s+(?:the\s+)?(?-i:[A-Z])"
            # 'I am the Chairman, President and Chief Executive Officer of Genworth Financial, Inc.'
            r"|\bI\s+am\s+(?:the\s+|an?\s+)?((?-i:[A-Z])[^;()\n.]{2,120}?)\s+of\s+(?:the\s+)?(?-i:[A-Z])",
            view,
            FLAGS,
        )
        group = office.lastindex if office else 0
        if office and title_like(office.group(group)):
            grantors[0].title, grantors[0].title_span = squash(office.group(group)), office.span(group)
            return
        # 'the undersigned, a director of X', 'in the undersigned's capacity as a director of X' (not an entity's 'in
        # its capacity as a trustee of the Trust', nor 'an officer and/or director of X', which names no one office)
        match = re.search(
            r"\b(?:undersigned|being|I\s+am|(?<!its\s)capacity)\s*,?\s+(?:an?\s+|as\s+(?:an?\s+)?|the\s+)?"
            r"(director|officer|trustee|executive\s+officer|president|chief\s+executive\s+officer|chairman|secretary"
            r"|treasurer)\s+of\b",
            view,
            FLAGS,
        )
        if match:
            grantors[0].title = squash(match.group(1)).title()
            grantors[0].title_span = match.span(1)
    elif len(grantors) > 1:
        _office_of_all(view, grantors)


def _office_of_all(view: str, grantors: list[Found]) -> None:
    """'Each of the undersigned directors of X hereby appoints ...': the office of every signer printed without one."""
    if any(is_org_name(g.name) for g in grantors):
        return
    match = _UNDERSIGNED_OFFICE.search(view, 0, min(g.start for g in grantors))
    if match:
        office = match.group(1).title()
        for grantor in grantors:
            if grantor.title is None:
                grantor.title, grantor.title_span = office, match.span(1)


# the office every signer holds, stated in the grant: not 'directors and/or officers', which leaves it open
_UNDERSIGNED_OFFICE = re.compile(
    r"\bundersigned\s*,?\s+(?:being\s+)?(?:an?\s+)?(director|trustee)s?\b"
    r"(?!\s*(?:,|and|or|and/or)\s+(?:an?\s+)?(?:officer|executive|trustee|director))\s*,?\s+of\b",
    FLAGS,
)


def _carried_over(view: str, text: str, end: int, name: str = "") -> tuple[str, int]:
    """'President and' / 'Chief Executive Officer': an office that ends on a connector or a word no office ends
    with goes on at the next line, perhaps after the printed name ('and Chief Financial' / 'W. J. Galvin Officer
    and Director')."""
    for _ in range(4):
        following = _NEXT_LINE.match(view, end)
        if not following:
            break
        more, at = following.group("more"), following.start("more")
        # (right on the next line, an office also goes on at a connector or in brackets: 'Gary W. Miller, Chairman' /
        # 'of the Board and CEO' / '(Principal Executive Officer)')
        adjacent = view.count("\n", end, at) == 1
        goes_on = adjacent and (_GOES_ON.match(more) is not None or text.count("(") > text.count(")"))
        if not (_UNFINISHED.search(text) or goes_on):
            break
        if name and norm_key(more).startswith(norm_key(name)) and (rest := _after_name(more, name)):
            more, at = rest, at + more.find(rest)
        if not is_title_text(more) or SIG.search(more):
            break
        text, end = squash(f"{text} {more}"), at + len(more)
    return text, end


_GOES_ON = re.compile(r"(?:of|and|&)\s|\(", FLAGS)
_UNFINISHED = re.compile(
    r"(?:\band|\bof|\bthe|&|,|\b(?:Chief|Financial|Accounting|Operating|Vice|Senior|Assistant))$", FLAGS
)


def _after_name(text: str, name: str) -> str:
    """What follows a printed name at the start of a line ('W. J. Galvin Officer and Director' -> 'Officer and
    Director')."""
    words = text.split()
    for k in range(1, len(words)):
        if norm_key(" ".join(words[:k])) == norm_key(name):
            return " ".join(words[k:])
    return ""


_NEXT_LINE = re.compile(r"[ \t|]*\n[\s|]*(?P<more>[^\n|]+?)[ \t|]*(?:\n|$)")


def _title_in_column(view: str, lines: list[Line], grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """Signers side by side ('/s/ A<TAB><TAB>/s/ B'): each one's office is the cells under its signature, in its
    column, up to a blank line; printed names and dates are passed over."""
    if grantor.anchor is None:
        return None
    i = line_index(lines, grantor.anchor)
    marks = [(a, b) for text, a, b in line_cells(lines[i]) if SIG.match(text)]
    column = next((k for k, (a, b) in enumerate(marks) if a <= grantor.anchor < b), -1)
    if len(marks) < 2 or column < 0:
        return None
    parts: list[tuple[str, int, int]] = []
    for k in range(i + 1, min(len(lines), i + 8)):
        if view.count("\n", lines[k - 1].end, lines[k].start) > 1 or SIG.search(lines[k].text):
            break  # a blank line or the next row of signatures ends the block
        cells = line_cells(lines[k])
        if len(cells) == len(marks):
            cell = cells[column]
        elif len(cells) == 1 and len(marks) == 2:  # one column filled: which one, by the gap before it
            cell = cells[0] if (cells[0][1] > lines[k].start + 2) == (column == 1) else None
        else:
            continue
        if cell is None:
            continue
        if DATE_WORDS.search(cell[0]):
            continue
        name = strip_person(leading_name(cell[0]))
        printed = re.match(spaced(name) + r"[\s,]*", cell[0]) if is_person_name(name) else None
        if printed:  # the printed name, alone or before its office ('Robert L. Ginsberg, Trustee')
            cell = (cell[0][printed.end() :], cell[1] + printed.end(), cell[2])
        if cell[0]:
            parts.append(cell)
    if not parts or not is_title_text(" ".join(p[0] for p in parts)):
        return None
    return squash(" ".join(p[0] for p in parts)), (parts[0][1], parts[-1][2])


def _title_in_cell_rows(
    view: str, lines: list[Line], grantor: Found, grantors: list[Found]
) -> tuple[str, tuple[int, int]] | None:
    """A signature table read one cell to a line: k signatures, then k printed names, then k offices, row by row.
    The grantor's office is the cell of its column in the row of offices."""
    if grantor.anchor is None:
        return None
    i = line_index(lines, grantor.anchor)
    if not _one_signature(lines[i]):
        return None
    first = i
    while first > 0 and _one_signature(lines[first - 1]):
        first -= 1
    last = i
    while last + 1 < len(lines) and _one_signature(lines[last + 1]):
        last += 1
    k, column = last - first + 1, i - first
    if k < 2:
        return None
    row = lines[last + 1 : last + 1 + k]
    keys = {norm_key(g.name) for g in grantors}
    if all(is_person_name(strip_person(line.text.strip(" |"))) or norm_key(line.text) in keys for line in row):
        row = lines[last + 1 + k : last + 1 + 2 * k]  # the printed names: the offices are the row after them
    offices = [line.text.strip(" |") for line in row]
    if len(offices) < k or not all(title_like(o) and not SIG.search(o) and not DATE_WORDS.search(o) for o in offices):
        return None
    if any(any(norm_key(o).startswith(key) for key in keys) for o in offices):
        return None  # 'Harris J. Ashton, Trustee': names and offices in one cell, read elsewhere
    after = lines.index(row[-1]) + 1
    if after < len(lines) and title_like(lines[after].text.strip(" |")) and not SIG.search(lines[after].text):
        return None  # an office goes on over more lines than the row has cells: the cells are not one to a line
    cell = row[column]
    at = cell.start + cell.text.find(offices[column])
    return squash(offices[column]), (at, at + len(offices[column]))


def _one_signature(line: Line) -> bool:
    """A line that is one signature cell ('|/s/ Leonard L. Berry')."""
    return bool(SIG.match(line.text.lstrip(" |"))) and len(SIG.findall(line.text)) == 1 and len(line_cells(line)) == 1


def _title_on_name_line(view: str, lines: list[Line], grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """'Philip R. McLoughlin, Director' / 'Name, Ph.D, President and CEO' / 'Name, Jr., Director' in one cell."""
    key = norm_key(grantor.name)
    for line in lines:
        if key[:4] not in line.key:
            continue
        for cell in CELL.finditer(line.text):  # cells: '|' or a column gap between
            raw = re.sub(r"^\s*/s/\s*", "", cell.group(), flags=FLAGS)
            for comma in re.finditer(r",\s*|\s+[–—-]{1,2}\s+", raw):  # 'Name, Director' or 'Name – Trustee'
                head = raw[: comma.start()]
                after_date = re.search(r"\d\s+(.+)$", head)  # '... January 31, 2001 R. D. FAGAN, CHAIRMAN ...'
                if norm_key(strip_person(head)) != key and not (after_date and norm_key(after_date.group(1)) == key):
                    continue
                rest = re.sub(r"^(?:Jr|Sr|Ph\.?\s?D|Esq|M\.?D|J\.?D|CPA|CFA)\.?\s*,\s*", "", raw[comma.end() :].strip())
                rest = re.split(r"\s{3,}|(?i:/s/)|-{4,}", rest)[0].strip()  # a flattened table goes on after it
                verb = rest[:1].islower() and bare_word(rest.split()[0]) not in lexicon().title_words
                if rest and not verb and is_title_text(rest) and not DATE_WORDS.search(rest) and len(rest) < 160:
                    at = line.start + cell.start() + cell.group().find(rest)
                    return squash(rest), (at, at + len(rest))
    return None


def _defined_title(view: str, grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """'MALCOLM COHEN (the "Liquidator")': an office given as the grantor's defined term."""
    match = re.match(r"\s*\(\s*the\s+[\"“]([A-Z][\w -]{2,40})[\"”]\s*\)", view[grantor.end : grantor.end + 60])
    if match and is_title_text(match.group(1)) and match.group(1).lower() not in {"principal", "grantor", "agent"}:
        at = grantor.end + match.start(1)
        return match.group(1), (at, at + len(match.group(1)))
    return None


def _apposition_title(view: str, grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """'I, Margaret Hayes, Senior Vice President and Chief Accounting Officer of Delmarva Bancorp, ...'."""
    name = spaced(grantor.name)
    for mention in re.finditer(rf"\b{name}(?!\w)", view, FLAGS):
        match = _APPOSITION.match(view, mention.end())
        office = match.group(1) if match else ""
        words = [bare_word(w) for w in office.split()]
        if re.search(r"\bor\b|/or\b", office, FLAGS):
            continue  # 'an officer and/or director of X': a choice of offices states none
        if office.islower() and all(w in lexicon().title_words or w in _TITLE_CONNECTORS for w in words):
            return squash(office).title(), match.span(1)  # 'I, Samuel Prentiss, a director of ...'
        if match and is_title_text(office) and title_like(office):
            return squash(office), match.span(1)
    return None


_APPOSITION = re.compile(
    r"\s*,\s*(?:as\s+)?(?:(?:an?|the)\s+(?=[a-z]))?((?-i:[A-Za-z])[^,;()\n]{2,100}?)\s*,?\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    FLAGS,
)


# lines that end a signature block: a witness's or notary's, the testimonium, the next POA's heading
_BLOCK_ENDS = re.compile(
    r"witness|notary|state\s+of|county\s+of|whereof|\bhereby\b|power\s+of\s+attorney|\(the\s+[\"“]", FLAGS
)


def _title_in_block(
    view: str, lines: list[Line], grantor: Found, grantors: list[Found]
) -> tuple[str, tuple[int, int]] | None:
    """Title cells beside or below a signature, up to the next signature ('Title: Manager', table columns)."""
    i = line_index(lines, grantor.anchor if grantor.anchor is not None else grantor.start)
    sig_line = lines[i]
    keys = {norm_key(g.name) for g in grantors}
    if len(SIG.findall(sig_line.text)) > 1:
        if len(sig_line.text) < 300:
            return None  # signatures side by side: which title belongs to whom is not settled by lines
        return _title_in_run(view, grantor, keys)  # a table flattened onto one line: cells up to the next signature
    cells: list[tuple[str, int]] = []
    pending: tuple[str, int, int] | None = None
    label_title = None
    block = [sig_line]
    others = keys - {norm_key(grantor.name)}
    for line in lines[i + 1 : i + 8]:
        if (
            SIG.search(line.text)
            or norm_key(line.text) in others  # the next signer's row
            or WITNESS_LINE.search(line.text.strip(" |"))
            or NEXT_SIGNER.match(line.text)
            or _BLOCK_ENDS.search(line.text)
        ):
            break
        block.append(line)
    for n, line in enumerate(block):
        name_end = grantor.end if sig_line.start <= grantor.end <= sig_line.end else _name_end(view, sig_line)
        segment = line.text if n else view[name_end : line.end]
        offset = line.start if n else name_end
        for cell in re.finditer(r"[^|]+?(?=\s{3,}|\||$)", segment):
            raw = cell.group().strip()
            if not raw:
                continue
            at = offset + cell.start() + cell.group().find(raw)
            labelled = re.match(r"^(?:title|capacity)\s*:\s*(.*)$", raw, FLAGS)
            if labelled:
                if not label_title:
                    label_title = labelled.group(1).strip()
                    if label_title:
                        cells.append((label_title, at + labelled.start(1)))
                continue
            if label_title == "":
                label_title = raw
                cells.append((raw, at))
                continue
            value = re.sub(r"^(?:name|by|signature|printed\s+name|date)\s*:?\s*", "", raw, flags=FLAGS).strip()
            if not value or norm_key(strip_person(leading_name(value))) in keys:
                continue  # a printed name, ours or another signer's
            value = DATE_WORDS.sub("", value).strip(" ,")
            if value and title_like(value) and not re.search(r"/s/", value, FLAGS):
                if pending and pending[2] == n - 1 and not cells:
                    cells.append(pending[:2])  # 'Independent' + 'Trustee' on the next line: one title
                comma = "," if raw.rstrip().endswith(",") else ""  # 'Chairperson,' / 'Trustee and President'
                cells.append((value + comma, at + max(0, raw.find(value))))
            elif (
                value
                and value[:1].isupper()
                and len(value.split()) <= 2
                and not re.search(r"\d|/s/|\b[A-Z]\.", value)
                and not any(norm_key(value) in k for k in keys)
            ):
                pending = (raw.rstrip(), at, n)  # a title's first words, broken off by the layout
    if label_title:
        at = next((pos for text, pos in cells if text == label_title), grantor.end)
        return squash(label_title), (at, at + len(label_title))
    if not cells:
        return None
    last_text, last_at = cells[-1]
    if (
        last_at + len(last_text) >= len(view.rstrip())
        and not last_text.endswith(")")
        and (bare_word(last_text) not in lexicon().title_words or re.search(r"\b(?:of|the|and|&)$", last_text))
    ):
        cells = cells[:-1]  # the text stops inside this cell: the title is cut off
        if not cells:
            return None
    start = cells[0][1]
    column = start - (view.rfind("\n", 0, start) + 1)
    if re.match(r"(?:and|&|of)\b", cells[0][0]) and i > 0 and (head := column_cell(lines[i - 1], column, column + 3)):
        cells.insert(0, head)  # 'Chairman, President' printed above '/s/ X   and Director': one title
        start = head[1]
    text = squash(" ".join(c for c, _ in cells)).rstrip(",")
    if len(text) > 160 or not is_title_text(text):
        return None
    return text, (start, cells[-1][1] + len(cells[-1][0]))


def _title_in_run(view: str, grantor: Found, keys: set[str]) -> tuple[str, tuple[int, int]] | None:
    """'/s/ Garth M. Girvan | Garth M. Girvan | | Director | | /s/ ...': the office cell before the next signature."""
    nxt = SIG.search(view, grantor.end)
    end = nxt.start() if nxt else min(len(view), grantor.end + 200)
    for cell in CELL.finditer(view[grantor.end : end]):  # cells: '|' or a column gap
        value = re.sub(r"^[\"”]\s*", "", cell.group().strip())
        name = leading_name(value)
        if name and norm_key(strip_person(name)) in keys:
            value = value[len(name) :].strip()  # the printed name before the office
        value = DATE_WORDS.split(value)[0].strip(" ,")  # 'Director August 31, 2000 Carl S. Ledbetter'
        if value and title_like(value):
            at = grantor.end + cell.start() + cell.group().find(value)
            if at + len(value) >= len(view.rstrip()):
                return None  # the text stops in this cell: the office is cut off
            return squash(value), (at, at + len(value))
    return None


def column_cell(line: Line, a: int, b: int) -> tuple[str, int] | None:
    """The office cell of ``line`` that overlaps columns ``a``..``b``: the line above or below a signer's cell."""
    for cell in CELL.finditer(line.text):
        text = cell.group().strip()
        if text and cell.start() < b and a < cell.end() and title_like(text) and not SIG.search(text):
            return text, line.start + cell.start() + cell.group().find(text)
    return None


_TITLE_CONNECTORS = {"of", "and", "the", "for", "to", "in", "on", "at", "&", "-", "and/or", "de"}


def title_like(text: str) -> bool:
    """An office as printed under a signature: a few capitalized words ('Chief Executive Officer and Director')."""
    words = re.findall(r"[\w&/'-]+", text)
    return (
        is_title_text(text)
        and len(words) <= 14
        and all(
            w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_CONNECTORS or w.lower() in lexicon().title_words
            for w in words
        )
    )


def bare_word(text: str) -> str:
    words = re.findall(r"[\w-]+", text.lower())
    return words[-1] if words else ""


def _name_end(view: str, line: Line) -> int:
    """Where the signed name ends on a signature line ('/s/ Jan Leschly      Member, ...')."""
    sig = SIG.search(view, line.start, line.end)
    if not sig:
        return line.start
    name = leading_name(re.split(r"\s{3,}|\|", view[sig.end() : line.end])[0])
    at = view.find(name, sig.end(), line.end) if name else -1
    return at + len(name) if at >= 0 else sig.end()


def _letterhead_title(view: str, lines: list[Line], grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """A letter's head: the writer's name on a line of its own, the office on the next lines."""
    for i, line in enumerate(lines[:12]):
        if norm_key(line.text) != norm_key(grantor.name):
            continue
        parts: list[Line] = []
        for nxt in lines[i + 1 : i + 4]:
            text = nxt.text.strip(" |")
            if not parts and title_like(text) or parts and re.match(r"(?:and|of|&)\b|[a-z]", text):
                parts.append(nxt)
            else:
                break
        if parts:
            title = squash(" ".join(p.text for p in parts))
            return title, (parts[0].start, parts[-1].end)
    return None
