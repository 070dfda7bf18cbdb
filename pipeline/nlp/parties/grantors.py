"""Who grants the power: each signer of the signature block, the entity an officer signs for, and the
undersigned named in the opening or the closing."""

from __future__ import annotations

import re
from itertools import pairwise

from ..lexicon import lexicon
from ..names import (
    has_org_suffix,
    is_entity_line,
    is_org_name,
    is_person_name,
    is_title_text,
    leading_name,
    norm_key,
    split_names,
    squash,
    strip_person,
)
from .agents import defined_entity
from .base import (
    APPOINT,
    CELL,
    DATE_WORDS,
    FLAGS,
    SIG,
    TERM_DEF,
    VERB,
    WITNESS_LINE,
    Found,
    Line,
    is_appointing,
    line_cells,
    line_index,
    skip_definition,
    split_lines,
    unique,
)
from .orgs import org_after, org_at, spaced
from .titles import column_cell, fill_titles, title_like

_CLOSING = re.compile(
    r"^[\s|]*(?:sincerely|very truly yours|yours truly|truly yours|respectfully(?: submitted)?|"
    r"regards|best regards|cordially)\s*,?\s*$",
    FLAGS | re.MULTILINE,
)


def find_grantors(view: str, text: str | None = None) -> tuple[list[Found], int | None]:
    """Grantors from signature blocks, entity blocks and the opening; and where signatures begin."""
    if text and "\t" in text:
        view = _tab_cells(view, text)
    lines = split_lines(view)
    grantors: list[Found] = []
    sigs = list(SIG.finditer(view))
    signature_start = view.rfind("\n", 0, sigs[0].start()) + 1 if sigs else None
    entity_found = False
    officers: list[str] = []  # who signs for an entity: printed again below, still not a grantor
    for sig in sigs:
        entity = _entity_above(view, lines, sig.start())
        if entity is not None:
            grantors.extend(entity)  # the officer signing for it is not a grantor
            entity_found = entity_found or bool(entity)
            officer = _signer(view, lines, sig)
            if officer:
                officers.append(norm_key(officer.name))
            continue
        person = _signer(view, lines, sig)
        if person:
            grantors.append(person)
    if sigs:
        signed = [norm_key(g.name) for g in grantors] + officers
        rows = _unsigned_rows(view, lines, sigs, text or view) + _unsigned_columns(lines)
        grantors.extend(r for r in rows if not any(norm_key(r.name) in key for key in signed))
    grantors.extend(_by_blocks(view, lines))
    grantors.extend(_opening_grantors(view))
    grantors.extend(_listed_above(view, lines))
    grantors.extend(_labelled_principal(view))
    if not sigs:
        unsigned = _unsigned_signers(view, lines, text or view) or ([] if grantors else _last_line_signer(view, lines))
        if unsigned:  # a conformed copy's signature block begins at its first printed signer
            signature_start = view.rfind("\n", 0, min(u.start for u in unsigned)) + 1
        grantors.extend(unsigned)
    if not grantors:
        grantors.extend(_closing_grantor(view, lines) or _heading_grantor(view) or _acknowledged(view))
    grantors = _granted_through_others(view, grantors)
    grantors = [g for g in grantors if not _accepts_appointment(view, g)]
    if entity_found:
        # entities grant through their officers; a person found beside them is one more officer whose 'By:' OCR
        # or the layout lost (not after a registrant's own signing block: its signers below are grantors)
        grantors = [
            g for g in grantors if is_org_name(g.name) or is_entity_line(g.name) or not _signs_under_entity(lines, g)
        ] or grantors
    first: dict[str, int] = {}
    for g in grantors:
        at = g.anchor if g.anchor is not None else g.start
        first[norm_key(g.name)] = min(at, first.get(norm_key(g.name), at))
    grantors = sorted(unique(grantors), key=lambda g: first[norm_key(g.name)])  # in order of appearance
    keys = [norm_key(g.name) for g in grantors]
    suffixed = {k for k in keys if re.search(r"(?:jr|sr|ii|iii|iv)$", k)}
    grantors = [  # ('HIGHLAND FUNDS I' and 'HIGHLAND FUNDS II' are two funds)
        g
        for g, k in zip(grantors, keys, strict=True)
        if is_org_name(g.name) or not any(o.startswith(k) and o != k for o in suffixed)
    ]
    keys = [norm_key(g.name) for g in grantors]  # 'Bradford J. Bomba' is 'Bradford J. Bomba, Jr.' signing
    grantors = [  # 'CRX' / 'ACQUISITION LTD.' read once whole and once from its second line
        g
        for g, k in zip(grantors, keys, strict=True)
        if not (is_org_name(g.name) and any(o != k and o.endswith(k) for o in keys))
    ]
    grantors = _drop_misspelt(view, _drop_short_forms(grantors))
    for g in grantors:
        g.name = _fullest(view, g.name)
    grantors = unique(grantors)  # 'I, William Haddon,' is '/s/ William C. Haddon' at his fullest
    fill_titles(view, lines, grantors)
    return grantors, signature_start


# 'WE ACCEPT THIS APPOINTMENT AND SUBSTITUTION:' over the substitute attorneys' signatures
# ... or 'The undersigned, A, B and C hereby affirm that we are the persons named herein as attorneys-in-fact'
_ACCEPTANCE = re.compile(
    r"\b(?:we|I)\s+(?:hereby\s+)?accept\b|\baccept(?:s|ed)?\s+(?:this|such|the\s+foregoing|the)\s+(?:appointment|power)"
    r"|\b(?:affirm|acknowledge|confirm)s?\s+that\s+(?:we\s+are|I\s+am)\s+the\s+persons?\s+named\s+(?:herein|above)\s+as\b",
    FLAGS,
)


def _accepts_appointment(view: str, person: Found) -> bool:
    """Does this signer sign under an agent's acceptance of the appointment, not as a grantor?"""
    if person.anchor is None:
        return False
    accepted = next(reversed(list(_ACCEPTANCE.finditer(view, max(0, person.anchor - 600), person.anchor))), None)
    between = view[accepted.end() : person.anchor] if accepted else ""
    return bool(accepted) and not re.search(r"power\s+of\s+attorney|witness\s+whereof|\bby\s*:", between, FLAGS)


def _labelled_principal(view: str) -> list[Found]:
    """A form's 'PRINCIPAL:   James H. Michael' cell, or the name under a 'Principal:' label."""
    principal = _PRINCIPAL_LABEL.search(view)
    name = strip_person(CELL.search(principal.group("cell")).group().strip()) if principal else ""
    if not (is_person_name(name) or is_org_name(name)):
        return []
    at = principal.start("cell") + principal.group("cell").find(name)
    return [Found(name, at, at + len(name), confidence=0.85)]


def _granted_through_others(view: str, grantors: list[Found]) -> list[Found]:
    """An entity that grants through a person (its executor, its agent) or under its seal is the grantor; the
    people who sign for it or attest its seal are not."""
    represented = _represented(view) or _officer_for(view)
    if represented:  # ('I, Name, individually and as trustee of X': both grant)
        both = re.search(r"\bindividually\b", view[max(0, represented.start - 80) : represented.start], FLAGS)
        grantors = [represented] + [g for g in grantors if both or is_org_name(g.name) or is_entity_line(g.name)]
    seal = _COMMON_SEAL.search(view)
    sealed = org_after(view, seal.end()) if seal else None
    if sealed:
        grantors = [Found(sealed[0], sealed[1], sealed[2], confidence=0.8)] + [
            g for g in grantors if g.start < seal.start() or is_org_name(g.name)
        ]
    return grantors


def _tab_cells(view: str, text: str) -> str:
    """The view with each tab of the text as a cell border ('|'): a signature page typed in two columns
    ('/s/ Gilbert F. Amelio<TAB><TAB>/s/ Fred D. Anderson') keeps its columns apart. Same length."""
    chars = list(view)
    for tab in re.finditer(r"\t", text):
        chars[tab.start()] = "|"
    return "".join(chars)


def _drop_short_forms(grantors: list[Found]) -> list[Found]:
    """'Jeff J. O'Neill' signs a second row for 'Jeffrey J. O'Neill': the same middle and last names, and a
    first name that is the start of the other's, is one person, kept under the longer first name."""
    words = [g.name.split() for g in grantors]
    drop = set()
    for i, a in enumerate(words):
        for j, b in enumerate(words):
            if i == j or len(a) < 3 or len(a) != len(b) or is_org_name(grantors[i].name):
                continue
            first_a, first_b = norm_key(a[0]), norm_key(b[0])
            same_rest = [norm_key(w) for w in a[1:]] == [norm_key(w) for w in b[1:]]
            if same_rest and len(first_a) >= 3 and first_a != first_b and first_b.startswith(first_a):
                drop.add(i)
    return [g for i, g in enumerate(grantors) if i not in drop]


def _one_edit(a: str, b: str) -> bool:
    """Do two different words differ by one letter changed, added or left out, or two swapped ('Bekenstein',
    'Beckenstein'; 'Anderson', 'Adnerson')?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    swapped = len(a) == len(b) and a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]  # 'ADNERSON'
    return swapped or a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def _drop_misspelt(view: str, grantors: list[Found]) -> list[Found]:
    """'Josh Bekenstein' printed in a row that he signs '/s/ Josh Beckenstein': two names alike but for one slip
    in one long word are one person, kept as printed (or as first met when both are signatures)."""
    if len(grantors) > 200:
        return grantors  # (pairwise: a page of thousands of signers is left as read)
    keys = [[norm_key(w) for w in g.name.split()] for g in grantors]
    signed = [bool(SIG.search(view[max(0, g.start - 6) : g.start])) for g in grantors]
    drop = set()
    for i, a in enumerate(keys):
        for j, b in enumerate(keys[:i]):
            if j in drop or len(a) != len(b) or len(a) < 2 or is_org_name(grantors[i].name):
                continue
            differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
            if len(differ) == 1 and min(map(len, differ[0])) >= 6 and _one_edit(*differ[0]):
                drop.add(j if signed[j] and not signed[i] else i)
    return [g for i, g in enumerate(grantors) if i not in drop]


def _fullest(view: str, name: str) -> str:
    """The name at its fullest mention: '/s/ Nolan Altman' signs for 'Nolan T. Altman' named above, 'M. L. DeBacker'
    for 'Michael L. DeBacker'."""
    words = name.split()
    if len(words) < 2 or is_org_name(name):
        return name
    if len(words) == 2:
        # ('Richard L. Baird, Jr.' printed for '/s/ Richard Baird' keeps its suffix)
        pattern = rf"\b{re.escape(words[0])}\s+((?:[A-Z]\.\s*){{1,2}})\s*{re.escape(words[1])}\b({_NAME_SUFFIX})"
        match = re.search(pattern, view, FLAGS)
        suffix = squash(match.group(2) or "") if match else ""
        return f"{words[0]} {squash(match.group(1))} {words[1]}{suffix}" if match else name
    if not re.fullmatch(r"[A-Z]\.", words[0]) or len(words) > 4:
        return name
    # each initial spelled out or not, the other words as they are: 'M. J. Hardman' -> 'M. Jean Hardman'
    parts = [rf"{w[0]}(?:\.|[a-z]{{2,}}\.?)" if re.fullmatch(r"[A-Z]\.", w) else re.escape(w) for w in words]
    mentions = [squash(m.group()) for m in re.finditer(r"\b" + r"\s+".join(parts) + r"(?!\w)", view)]
    return max(mentions, key=len) if mentions else name


_SIGN_ROW = re.compile(r"^[ \t|]*(?:_{8,}|-{8,})[ \t|]{3,}(?P<title>[^|\n]+?)(?:[ \t|]{3,}|$)")


def _in_paragraph(view: str, lines: list[Line], i: int) -> bool:
    """Does line ``i`` go on a sentence from the line before (a long line, no blank line between, no full stop)?"""
    before = lines[i - 1]
    return (
        view.count("\n", before.end, lines[i].start) <= 1
        and len(before.text.strip()) >= 45
        and re.search(r"[\w,;]$", before.text.rstrip(" |")) is not None
        and re.search(r"\S\s{3,}\S|\|", before.text.strip(" |")) is None  # not a table row
    )


def _printed_under_signature(lines: list[Line], i: int, name: str) -> bool:
    """Is the name on line ``i`` the one printed under the signature on the line before? Not when a flattened
    two-column row prints the signer's name second ('/s/ B' / 'A, Director' / 'B, Director'): A has not signed."""
    sig = SIG.search(lines[i - 1].text)
    if not sig:
        return False
    signed = _signed_key(lines[i - 1], sig)
    after = lines[i + 1].text.strip(" |").split(",")[0] if i + 1 < len(lines) else ""
    return not signed or norm_key(name) == signed or norm_key(strip_person(after)) != signed


def _unsigned_rows(view: str, lines: list[Line], sigs: list[re.Match[str]], raw: str) -> list[Found]:
    """Rows of a signature table that have a name and an office but no '/s/' yet (a conformed copy printed before
    every signer signed): 'Winfield M. Kelly, Jr.' / 'Chairman of the Board and Director' between signed rows."""
    first, last = line_index(lines, sigs[0].start()), line_index(lines, sigs[-1].start())
    found = []  # 'raw' is the text: the rules of '______' lines are blanked in the view
    for i in range(max(1, first - 10), min(len(lines), last + 60)):  # from the header row on
        text = strip_person(lines[i].text.strip(" |"))
        if re.search(r"\bnotary\b|\bsworn\b|\bstate\s+of\b|\bcounty\s+of\b", lines[i].text, FLAGS):
            break  # the signature table has ended
        if i < first and (_in_paragraph(view, lines, i) or _appointed_list(lines, i)):
            continue  # '... and/or Lucy' / 'A. Rutishauser, Executive Vice President ...': a sentence wrapped
        cells = line_cells(lines[i])
        if len(cells) > 1 and not SIG.search(lines[i - 1].text + lines[i].text):
            found.extend(_unsigned_cells(lines, i, cells))  # 'Mario J. Gabelli     John D. Gabelli' under rules
            continue
        office = re.match(
            r"^([^,]+?),\s+(?!(?:Inc|Corp|Ltd|LLC|L\.?P|Co)\b)(.+)$", text
        )  # 'William J. Rainer, Director'
        sign_line = _SIGN_ROW.match(raw[lines[i - 1].start : lines[i - 1].end])  # '-------   Director   June __, 2000'
        if office and is_person_name(office.group(1)) and title_like(office.group(2)):
            text, nxt = office.group(1), office.group(2)
        elif sign_line and is_person_name(text):
            nxt = sign_line.group("title")
        else:
            nxt = next((ln.text.strip(" |") for ln in lines[i + 1 : i + 3] if ln.text.strip(" |")), "")
        if (
            SIG.search(lines[i].text)
            or not is_person_name(text)
            or is_org_name(text)  # ('MTS SYSTEMS CORPORATION' / 'Power of Attorney of Director': the next POA's head)
            or _printed_under_signature(lines, i, text)
        ):
            continue  # a signature, or the name printed under one
        context = " ".join(ln.text for ln in lines[max(0, i - 3) : i + 3])
        # a printed name alone between two signed rows: '/s/ A' / 'A' / 'B' / '/s/ C' (B has not signed yet)
        between = (
            i >= 2
            and first < i < last
            and SIG.search(lines[i - 2].text)
            and norm_key(strip_person(lines[i - 1].text.strip(" |"))) != norm_key(text)
            and i + 1 < len(lines)
            and SIG.match(lines[i + 1].text.strip(" |"))
            and norm_key(text) == norm_key(lines[i].text.strip(" |").split(",")[0])
        )
        if (title_like(nxt) or between) and not re.search(
            r"notary|witness(?:ed)?\s*(?:by)?\s*:|attest|commission\s+expires", context, FLAGS
        ):
            at = lines[i].start + lines[i].text.find(text)
            row = Found(text, at, at + len(text), confidence=0.7, anchor=lines[i].start)
            if sign_line and not office:
                row.title = squash(nxt)
                row.title_span = (
                    lines[i - 1].start + sign_line.start("title"),
                    lines[i - 1].start + sign_line.end("title"),
                )
            found.append(row)
    return found


def _appointed_list(lines: list[Line], i: int) -> bool:
    """Is line ``i`` in the list an appointment introduces with a colon ('This letter authorizes the following
    representatives ...:' / 'Laura Stein, Senior Vice President - General Counsel')? Those are the agents."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if lines[k].text.rstrip(" |").endswith(":"):
            return APPOINT.search(" ".join(ln.text for ln in lines[max(0, k - 3) : k + 1])) is not None
    return False


def _unsigned_cells(lines: list[Line], i: int, cells: list[tuple[str, int, int]]) -> list[Found]:
    """Printed names side by side with an office under each ('Mario J. Gabelli     John D. Gabelli' / 'President
    ...     Trustee'), none signed yet."""
    if i + 1 >= len(lines) or not all(is_person_name(strip_person(c)) and not is_org_name(c) for c, _, _ in cells):
        return []
    found = []
    for text, a, b in cells:
        office = column_cell(lines[i + 1], a - lines[i].start, b - lines[i].start)
        if office:
            name = strip_person(text)
            at = a + text.find(name)
            # the office goes on in the same column below ('President, Chief Investment' / 'Officer and Trustee')
            more = column_cell(lines[i + 2], a - lines[i].start, b - lines[i].start) if i + 2 < len(lines) else None
            title = f"{office[0]} {more[0]}" if more else office[0]
            end = (more[1] + len(more[0])) if more else office[1] + len(office[0])
            found.append(Found(name, at, at + len(name), title, 0.7, (office[1], end), anchor=lines[i].start))
    return found if len(found) == len(cells) else []


def _unsigned_columns(lines: list[Line]) -> list[Found]:
    """A row of printed names in columns under a row with fewer signatures: 'Edward G. Hill, Trustee     Steven S.
    Robson, Trustee' under '/s/ EDWARD G. HILL' alone. Each printed name is a signer; who has not signed yet is one
    too (the row's signed names are dropped by the caller)."""
    found = []
    for i, line in enumerate(lines):
        cells = [(c.group().strip(), c.start()) for c in CELL.finditer(line.text) if c.group().strip()]
        if len(cells) < 2 or i == 0:
            continue
        marks = next((len(SIG.findall(ln.text)) for ln in reversed(lines[max(0, i - 3) : i]) if SIG.search(ln.text)), 0)
        if not 0 < marks < len(cells):
            continue
        people = []
        for cell, at in cells:
            name, _, office = (part.strip() for part in cell.partition(","))
            if re.fullmatch(r"(?:Jr|Sr|I{2,3}|IV)\.?", office.split(",")[0].strip()):
                name, office = f"{name}, {office.split(',')[0].strip()}", ",".join(office.split(",")[1:]).strip()
            if not is_person_name(name) or (office and not title_like(office.rstrip(","))):
                break  # (strict: 'A.E. Tellez     Information Officer' is a name and an office's second line)
            start = line.start + at + cell.find(name)
            person = Found(name, start, start + len(name), office.rstrip(",") or None, 0.7, anchor=line.start)
            below = column_cell(lines[i + 1], at, at + len(cell)) if not office and i + 1 < len(lines) else None
            if below:
                person.title, person.title_span = below[0], (below[1], below[1] + len(below[0]))
            people.append(person)
        else:
            found.extend(people)
    return found


def _signs_under_entity(lines: list[Line], person: Found) -> bool:
    """Does this signature stand right under an entity's name (an officer signing for it whose 'By:' OCR or the
    layout lost)? A person who signs on a line of their own, below the entities' blocks, grants for themself."""
    if person.anchor is None:
        return True
    i = line_index(lines, person.anchor)
    above = [ln.text.strip(" |") for ln in lines[max(0, i - 2) : i]]
    above += [cell for ln in lines[max(0, i - 2) : i] for cell, _, _ in line_cells(ln)][1:]  # 'Date: ...  |  FUND X'
    titled = any(re.match(r"title\s*:", ln.text.strip(" |"), FLAGS) for ln in lines[i + 1 : i + 4])
    if i + 1 < len(lines) and re.fullmatch(r"by\s*:?\s*_{5,}", lines[i + 1].text.strip(" |"), FLAGS):
        return True  # signed over the entity's 'By: ______' line
    return any(
        is_org_name(text)
        or (is_entity_line(text) and not is_person_name(text) and not SIG.search(text))
        or _BY.match(text)
        or (re.match(r"by\b", text, FLAGS) and not SIG.search(text))  # not another block's 'By: /s/ Name'
        or (re.match(r"title\s*:", text, FLAGS) and titled)  # a co-signer under the officer before, as an officer
        for text in above
    )


def _signer(view: str, lines: list[Line], sig: re.Match[str]) -> Found | None:
    """The person who signs at a '/s/' mark, unless a witness or a notary signs there."""
    i = line_index(lines, sig.start())
    rest = view[sig.end() : min(lines[i].end, sig.end() + _NEAR)]  # (bounded: a line may hold many signatures)
    # (a conformed mark's '*' and a signing line's '__' are no part of the name: '/s/ M. KEITH WEIKEL*', '/s/Carty__')
    cell = re.sub(r"\*+(?=\s|$)", "", re.split(r"\s{3,}|\||\t|(?i:/s/)|_{2,}", rest)[0])
    if re.search(r"[\"“]", view[sig.start() : sig.end() + 1]):
        cell = re.split(r"[\"”]", cell)[0]  # a conformed signature in quotes: '“David W. Leebron” David W. Leebron'
    name = strip_person(leading_name(cell))
    broken = name and not is_person_name(name, strict=False) and cell.strip() == rest.strip() and len(name) < 25
    if (not name or broken) and i + 1 < len(lines):
        # the name below, or the rest of it, perhaps over short lines ('/s/' / 'R. John' / 'Fletcher';
        # '/s/ Peter A.' / 'Lankau')
        head = cell.strip() if broken else ""
        # ('/s/' / 'Print Name:T. Bellanger': the label before the name is no part of it)
        cells = [_PRINTED.sub("", re.split(r"\s{3,}|\||\t", ln.text.strip(" |"))[0]) for ln in lines[i + 1 : i + 4]]
        # an office carried over from the title column where the name column is blank ('Officer, President and')
        if not head:  # (a broken name goes on in the first cell below: '/s/ CARL S.' / 'LEDBETTER Director')
            cells = [c for c in cells if not is_title_text(c) or is_person_name(leading_name(c), strict=False)]
        # a whole name on the first line below, its words printed again under it: not 'Julie H. Edwards Julie'
        first = strip_person(leading_name(cells[0])) if cells and not head else ""
        words = {norm_key(w) for w in first.split()}
        whole = is_person_name(first, strict=False) and all(norm_key(w) in words for c in cells[1:3] for w in c.split())
        for k in (1,) if whole else (3, 2, 1):
            below = " ".join(cells[:k])
            joined = strip_person(leading_name(f"{head} {below}"))
            if is_person_name(joined, strict=False):
                name = joined
                break
    if name and i + 2 < len(lines) and cell.strip() == rest.strip():
        name = _wrapped_surname(lines, i, name)
    if not name or not is_person_name(name, strict=False):
        if name and is_org_name(name):
            return Found(squash(name), sig.end(), sig.end() + len(name), confidence=0.8)
        return None
    before = " ".join(ln.text[-_NEAR:] for ln in lines[max(0, i - 2) : i])
    before += " " + view[max(lines[i].start, sig.start() - _NEAR) : sig.start()]
    # 'Notary Public' printed under the signature (not the next certificate: 'I, Name, a Notary Public in and for ...')
    notary_label = any(
        re.search(
            r"\bnotary\b|\bcommission\s+expires\b|\bwitness\s+(?:signature|name)\b|\bsignature\s+of\s+witness\b",
            label,
            FLAGS,
        )
        and len(label.strip(" |")) < 60
        and not re.match(r"[\s|]*I\b|.*\b(?:hereby|certify)\b", label, FLAGS)  # the certificate's opening
        # (a label under the next line's own signature is that signer's: '/s/ Charles W. Noble, Sr.' / '/s/ Leda J.
        # Rutledge,' / 'Notary Public')
        for label in (
            _own_label(lines, i, k, sig)
            for k in (i + 1, i + 2)
            if k < len(lines) and not (k == i + 2 and SIG.match(lines[i + 1].text.strip(" |\t")))
        )
    )
    # 'WITNESS' printed right under the signature (not 'Witness:' over the witness's own signature below)
    notary_label |= i + 1 < len(lines) and re.fullmatch(r"[\s|]*witness[\s|]*", lines[i + 1].text, FLAGS) is not None
    if notary_label or _witnesses_above(lines, i) or _in_witness_column(lines, i, sig.start()):
        return None
    if re.search(r"\b(?:witness(?:ed)?|attest(?:ed)?)\s*(?:by)?\s*:\s*$", before.strip(), FLAGS):
        return None
    if _notarial(view, lines, i):
        return None  # the notary signs under the acknowledgment
    if _certifies(view, sig.start()):
        return None  # a secretary certifies the board's resolution before the powers themselves
    if _as_attorney(view, sig, name):
        return None  # '*By: /s/ Henry Gold, Attorney-in-fact' signs for others under the power; he grants nothing
    typed = _typed_name(lines, i, name)
    if typed and _slip_in_print(view, name, typed[0]):
        typed = None
    start = view.find(name.split()[0], sig.end())
    found = Found(
        typed[0] if typed else name, sig.end() if start < 0 else start, 0, confidence=0.95, anchor=sig.start()
    )
    found.end = found.start + len(name)
    if typed:
        found.start, found.end = typed[1], typed[2]
    return found


_NEAR = 300  # characters around a signature that hold its name, office and labels


_WITNESS_HEAD = re.compile(
    r"^(?P<pad>[ \t|]*)(?:signed\s+)?(?:in\s+the\s+presence\s+of|witness(?:es|ed\s+by)?)\s*:?(?P<gap>[ \t|]{3,})\S",
    FLAGS,
)


def _in_witness_column(lines: list[Line], i: int, at: int) -> bool:
    """Does the signature at ``at`` stand in the column a table's header gives its witnesses ('Signed in the
    presence of:    SIGNATURE    DATE' over '/s/Charee Francis-Vogelsang    ____')?"""
    for line in lines[max(0, i - 12) : i]:
        head = _WITNESS_HEAD.match(line.text)
        if head and len(head.group("pad")) <= at - lines[i].start < head.end("gap"):
            # ... beside or under a signature in the signers' column, which it witnesses
            return any(
                m.start() >= head.end("gap") - 2 for k in (i - 1, i) for m in SIG.finditer(lines[k].text) if k >= 0
            )
    return False


def _witnesses_above(lines: list[Line], i: int) -> bool:
    """Does the signature on line ``i`` stand under a line of witness labels, right above it or over the other
    signatures before it ('WITNESS:' / '/s/ Spencer LeRoy, III' / '/s/ John S. Adams')? Then each of them witnesses."""
    for k in range(i - 1, max(-1, i - 7), -1):
        text = lines[k].text.strip(" |")
        if WITNESS_LINE.search(text):
            return True
        if not (SIG.match(text) or (is_person_name(strip_person(text), strict=False) and len(text) < 40)):
            return False
    return False


# a notary's certificate: 'I certify that I know or have satisfactory evidence that ...', 'before me appeared'
_ACKNOWLEDGMENT = re.compile(
    r"\bbefore\s+me\b|\bI\s+(?:hereby\s+)?certify\s+that\b|\backnowledged\s+(?:that|to\s+me|before)\b"
    r"|\b(?:sworn|subscribed)\s+(?:to\s+)?(?:and\s+(?:sworn|subscribed)\s+)?(?:to\s+)?(?:before|me)\b",
    FLAGS,
)


def _wrapped_surname(lines: list[Line], i: int, name: str) -> str:
    """'/s/ W. Dillaway' / 'Ayres' / 'W.' / 'Dillaway Ayres': a whole signed name wrapped over the line end, its last
    word alone on the next line, as the printed name below it shows."""
    word = lines[i + 1].text.strip(" |")
    office = word.lower() in lexicon().title_words
    if office or not re.fullmatch(r"[A-Z][a-z'’-]+(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?", word):
        return name
    longer = f"{name} {word}"
    printed = norm_key(" ".join(ln.text for ln in lines[i + 2 : i + 5]))
    return longer if norm_key(longer) in printed and is_person_name(longer, strict=False) else name


def _own_label(lines: list[Line], i: int, k: int, sig: re.Match[str]) -> str:
    """Line ``k`` below a line of signatures, or, when it labels each of them ('/s/ Karen Becker /s/ Ronald M.
    Wolfsheimer' over 'Signature of Witness Signature of Officer'), only the label of this one."""
    if len(lines[k].text) > 200:
        return lines[k].text  # (labels are short; not a line of many signatures' text)
    marks = [m.start() for m in SIG.finditer(lines[i].text)]
    labels = [part for part in re.split(r"(?i)(?=\bsignature\b)", lines[k].text) if part.strip(" |")]
    at = sig.start() - lines[i].start
    if len(marks) < 2 or len(labels) != len(marks) or at not in marks:
        return lines[k].text
    return labels[marks.index(at)]


def _notarial(view: str, lines: list[Line], i: int) -> bool:
    """Is the signature on line ``i`` the notary's, under an acknowledgment a few lines above it?"""
    above = lines[max(0, i - 8) : i]
    if not above:
        return False
    text = view[above[0].start : lines[i].start]
    cues = list(_ACKNOWLEDGMENT.finditer(text))
    if not cues:
        return False
    rest = text[cues[-1].end() :]  # nothing signed or granted between the acknowledgment and this signature
    return not SIG.search(rest) and not re.search(r"in\s+witness\s+whereof", rest, FLAGS)


_CERTIFY = re.compile(r"\bhereby\s+certif(?:y|ies)\b", FLAGS)
_OWN_GRANT = re.compile(
    r"\bhereby\s+(?:[\w-]+\s*,?\s+){0,4}?(?:make|makes|constitutes?|appoints?|designates?|authori[sz]es?|grants?)\b",
    FLAGS,
)


def _certifies(view: str, at: int) -> bool:
    """Is the signature at ``at`` under a certificate that grants nothing ('I, Walter T. Gangl, Assistant Secretary
    of X, do hereby certify that ... the following resolution was adopted')?"""
    window = max(0, at - 2500)  # (bounded: a page may hold thousands of signatures)
    if not _CERTIFY.search(view, window, at):
        return False
    before = [m.end() for m in SIG.finditer(view, window, at)]
    text = view[before[-1] if before else window : at]
    return bool(_CERTIFY.search(text)) and not _OWN_GRANT.search(text)


def _as_attorney(view: str, sig: re.Match[str], name: str) -> bool:
    """Is the name signed or printed as an attorney-in-fact ('Henry P. Gold, Attorney-in-fact', 'Lisa M. Ibarra,
    by Power of Attorney')?"""
    window, key = squash(view[sig.start() : sig.end() + _NEAR]).lower(), name.lower()
    at = window.find(key)
    while at >= 0:  # (no pattern compiled for each name)
        if _SIGNS_AS_ATTORNEY.match(window, at + len(key)):
            return True
        at = window.find(key, at + 1)
    return False


# the agent signs for the grantor under the power: ', Attorney-in-fact', ', by Power of Attorney'
_SIGNS_AS_ATTORNEY = re.compile(
    r"\W*(?:(?:as\s+)?attorneys?[\s-]+in[\s-]+fact|(?:by|under|pursuant\s+to)\s+(?:a\s+)?power\s+of\s+attorney)",
    FLAGS,
)


_PRINTED = re.compile(r"^\s*(?:(?:print(?:ed)?|typed)\s+)?name\s*:\s*", FLAGS)


def _typed_name(lines: list[Line], i: int, name: str) -> tuple[str, int, int] | None:
    """The printed name under a signature ('/s/ W. G. REED, JR.' -> 'W. G. Reed, Jr.')."""
    key = norm_key(name)
    for line in lines[i + 1 : i + 5]:
        for cell in re.finditer(r"[^|\t]+?(?=\s{3,}|\||\t|$)", line.text):
            text = _PRINTED.sub("", cell.group())
            candidate = strip_person(leading_name(text)) if text.strip() else ""
            if candidate and (
                norm_key(candidate) == key or _fuller_name(name, candidate) or _spelled_out(name, candidate)
            ):
                at = line.start + cell.start() + cell.group().find(candidate.split()[0])
                return candidate, at, at + len(candidate)
        if SIG.search(line.text):
            break
    return None


def _slip_in_print(view: str, signed: str, printed: str) -> bool:
    """'/s/ William J. Higley' over 'Name: Wiliam J. Higley': the slip is in the print when the text names him
    more often as he signed."""
    pairs = [(a, b) for a, b in zip(signed.split(), printed.split(), strict=False) if norm_key(a) != norm_key(b)]
    same_shape = len(signed.split()) == len(printed.split()) and len(pairs) == 1
    return same_shape and min(len(pairs[0][0]), len(pairs[0][1])) >= 3 and view.count(signed) > view.count(printed)


def _spelled_out(signed: str, printed: str) -> bool:
    """'/s/ W. U. Parfet' over 'William U. Parfet', '/s/ Laurue J. Olson' over 'Laurie J. Olson': word for word the
    same shape, each signed word the printed one, its initial (not the last word), or (once) a slip of the pen."""
    short, full = signed.split(), printed.split()
    if len(short) != len(full) or len(short) < 2 or not is_person_name(printed):
        return False
    slips = 0
    for k, (a, b) in enumerate(zip(short, full, strict=True)):
        a, b = norm_key(a), norm_key(b)
        initial = len(a) == 1 and b.startswith(a) and k < len(short) - 1
        changed = len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) == 1
        slip = a != b and (changed or (min(len(a), len(b)) >= 6 and _one_edit(a, b)))
        slips += slip
        if a != b and not initial and not slip:
            return False
    # one slip of the pen: 'Laurue J. Olson', 'Leo E. Linback, Jr.' over 'Leo E. Linbeck, Jr.', 'KERRII B. ADNERSON'
    return slips <= 1


def _fuller_name(signed: str, printed: str) -> bool:
    """'/s/ THAYER BIGELOW' over 'E. Thayer Bigelow': the printed name has the signed words and more."""
    short = [norm_key(w) for w in signed.split() if norm_key(w)]
    full = [norm_key(w) for w in printed.split() if norm_key(w)]
    suffixes = {"jr", "sr", "ii", "iii", "iv"}
    core = full[:-1] if full and full[-1] in suffixes else full  # '..., Jr.' is fuller too
    last = short[-2] if len(short) > 2 and short[-1] in suffixes else short[-1] if short else ""
    if len(full) <= len(short) or len(short) < 2 or last != core[-1] or not is_person_name(printed):
        return False
    rest = iter(full)
    if not all(word in rest for word in short):  # the signed words, in order, within the printed name
        return False
    extra = [w for w in printed.split() if norm_key(w) not in short]
    # 'Thomas P. Bostick Robert A. Lawrence': two printed names run together, not one fuller name
    return len(extra) < 2 or not is_person_name(" ".join(extra))


_BY = re.compile(r"^\W*by?\W*$", FLAGS)  # 'By', or 'B' as OCR sometimes reads it
_DATE_LINE = re.compile(rf"(?:dated?\s*:?\s*)?(?:{DATE_WORDS.pattern})", FLAGS)  # 'May 22, 2003', 'Dated: ...'
_REGISTRANT_SIGNS = re.compile(r"registrant\s+has\s+duly\s+caused\s+this", FLAGS)
_CHAIN = re.compile(
    r"^\W*by\s*:?\s+\S|its\s+(?:general\s+partner|manager|managing\s+member|sole\s+member|trustee)"
    r"|general\s+partner\s+of|^\W*an?\s+[A-Z]?\w+\s+(?:limited|corporation|company|partnership)|"
    r"^\W*an?\s+(?:delaware|cayman|new york|bermuda|[a-z]+)\s+",
    FLAGS,
)
# a description under an entity's name, as written or as OCR reads it ('ja Delaware Limited Liability Company')
_DESCRIPTION = re.compile(
    r"^\W*(?-i:[a-z])[^.]*\b(?:limited|company|corporation|partnership|partner|manager|member|trust)\b[^.]*$"
    r"|^\W*\w{0,2}\s+(?:[A-Z][a-z]+\s+){1,2}(?:limited\s+(?:liability\s+)?(?:company|partnership)|corporation"
    r"|general\s+partnership|statutory\s+trust)\s*$",
    re.IGNORECASE,
)


def _printed_under_mark(lines: list[Line], j: int, text: str) -> bool:
    """Is ``text`` on line ``j`` the name signed at a '/s/' mark on one of the two lines above it?"""
    key = norm_key(strip_person(text))
    return bool(key) and any(
        _signed_key(line, mark) == key for line in lines[max(0, j - 2) : j] for mark in SIG.finditer(line.text)
    )


def _signed_key(line: Line, mark: re.Match[str]) -> str:
    """The name signed at a '/s/' mark on ``line``, as a comparison key."""
    return norm_key(strip_person(leading_name(line.text[mark.end() :])))


_DATED_CELL = re.compile(rf"^(?:{DATE_WORDS.pattern})[ \t]{{2,}}(?=\S)", FLAGS)
_BY_PARTNER = re.compile(
    r"^[\s|]*by\s*:?\s+\S.*?,?\s*(?:its\s+)?(?:general\s+partner|managing\s+member|sole\s+member|manager|trustee)\b",
    FLAGS,
)


def _entity_above(view: str, lines: list[Line], at: int) -> list[Found] | None:
    """Entities that sign through an officer: 'FUND X, L.P. / By: GP LLC, its General Partner / By: /s/ ...'."""
    i = line_index(lines, at)
    head = view[max(lines[i].start, at - _NEAR) : at]
    j = i - 1
    inline = _entity_inline(view, max(lines[i].start, at - _NEAR), at)
    if inline is not None:
        return inline
    trustees = _trustees_above(lines, i)
    if trustees is not None:
        return trustees
    if not re.search(r"\bby\s*:?\s*$", head, FLAGS):
        # 'By' and ':' may stand in cells of their own just above the signature
        while j >= 0 and lines[j].text.strip(" |:") == "":
            j -= 1
        if j >= 0 and _officer_signs_for(lines, j, i):
            return _entity_line(lines[j])
        signing = _undersigned_entity_cell(view, lines[j]) if j >= 0 else None
        if signing:
            return signing
        if j < 0 or not (_BY.match(lines[j].text.strip(" |")) or _BY_PARTNER.match(lines[j].text)):
            return None  # (a 'By: FGCG Inc., General Partner' line above: the officer signs for it, and it for ...)
        j -= 1
    entities: list[Found] = []
    while j >= max(0, i - 100):  # the blocks of co-signing entities, not a whole long file above
        text = _DATED_CELL.sub("", lines[j].text.strip(" |"))  # 'February 8, 2001       ABBEVILLE ..., L.P.'
        if len(text) > 300:
            break  # a paragraph of the text: the signature block has ended above
        prev = lines[j - 1].text.strip(" |") if j > 0 else ""
        side_by_side = (
            SIG.search(text)
            or re.match(r"(?:name|title)\s*:", text, FLAGS)
            or (is_title_text(text) and not is_org_name(text))
        )  # the blocks of co-signers for the same entities, one beside or after the other
        # a date between the entity and its 'By:' ('May 22, 2003'); above the entity, the block has ended
        dated = _DATE_LINE.fullmatch(text)
        if dated and entities:
            break
        if (
            not text.strip(":")
            or _BY.match(text)
            or _CHAIN.search(text)
            or _DESCRIPTION.match(text)
            or side_by_side
            or dated
        ):
            j -= 1
            continue
        chain = _chain_line_above(lines, j)
        if chain is not None:
            j = chain - 1  # the lines that go on describing a 'By: X Bank, N.A.,' in the chain ('solely in its ...')
            continue
        if _printed_under_mark(lines, j, text.split("  ")[0]):
            break  # 'LEONARD L. BERRY' printed in capitals under his own '/s/': the row above, not an entity
        if is_entity_line(text.split("  ")[0]):
            if _BY.match(prev) or re.match(r"^\W*by\s*:?\s*$", prev, FLAGS):
                j -= 1  # a general partner or manager in the chain, not the grantor
                continue
            name = re.sub(r",\s*an?\s+.*$", "", text.split("  ")[0]).strip(" ,")
            start = lines[j].start + lines[j].text.find(name[:5])
            if j > 0 and _name_goes_on(view, lines[j - 1], lines[j]):
                j -= 1  # 'THE REID HOFFMAN AND MICHELLE YEE LIVING / TRUST DATED OCTOBER 27, 2009'
                name = f"{prev} {name}"
                start = lines[j].start + lines[j].text.find(prev)
            entities.append(Found(squash(name), start, 0, confidence=0.85))
            entities[-1].end = entities[-1].start + len(name)
            j -= 1
            continue
        break
    entities.reverse()
    if entities and _REGISTRANT_SIGNS.search(view, max(0, entities[0].start - 400), entities[0].start):
        return []  # the registrant signing its filing under the POA, not a grantor of it; nor is its officer
    return entities or None


def _chain_line_above(lines: list[Line], j: int) -> int | None:
    """The 'By: Mellon Trust of New England, N.A.,' line a few lines above ``j`` whose description runs on to ``j``
    ('solely in its capacity as Trustee for the' / '... Master Pension' / 'Trust, (as directed ...)' / 'capacity')."""
    for k in range(j - 1, max(-1, j - 7), -1):
        if SIG.search(lines[k].text):
            return None
        if re.match(r"^\W*by\s*:?\s+(?!/s/)\S.*,\s*$", lines[k].text.strip(" |"), FLAGS):
            return k
    return None


def _name_goes_on(view: str, above: Line, line: Line) -> bool:
    """Is the capitalized line right above an entity's name its first line (no blank line, no punctuation)?"""
    text = above.text.strip(" |")
    # ('FIRST INVESTORS LIFE' / 'SERIES FUNDS': no suffix above, and below only the name's last words)
    lower = line.text.strip(" |")
    tail = len(lower.split()) <= 2 and has_org_suffix(lower) and not has_org_suffix(text)
    # ... or a few capitalized words over the rest of a mixed-case name: 'The Hearst' / 'Family Trust'
    capitalized = all(w[0].isupper() for w in text.split()) and len(text.split()) <= 3 and not is_title_text(text)
    return (
        (text.isupper() or (capitalized and has_org_suffix(lower) and not lower.isupper()))
        and len(text) < 60
        and not re.search(r"[.,:;]$|\d", text)
        and (not is_entity_line(text) or tail)
        and not SIG.search(text)
        and view.count("\n", above.end, line.start) == 1
    )


_CHAIN_TAIL = re.compile(
    r"\s*by\s*:?\s*[^:/]{3,120}?,\s*(?:its|their)\s+(?:sole\s+)?(?:general\s+partner|managing\s+member|manager|member|"
    r"trustee|investment\s+(?:manager|adviser|advisor)|attorney-in-fact)\s*$",
    FLAGS,
)


_OFFICER = re.compile(
    r"\b(?:president|officer|secretary|treasurer|partner|member|manager|chairman|controller|signatory)\b", FLAGS
)


# 'Successor Trustees of The Edward W. Scripps Trust' over the trustees' signatures
_TRUSTEES_OF = re.compile(
    r"^(?:the\s+)?(?:successor\s+|co-?)?trustees\s+of\s+(?P<org>(?-i:[A-Z])[^\n]{2,120}?)[\s,.:]*$", FLAGS
)


def _trustees_above(lines: list[Line], i: int) -> list[Found] | None:
    """A trust signing through its trustees, whose signatures stand under 'Trustees of X': X grants, they do not."""
    j = i - 1
    while j >= 0 and SIG.match(lines[j].text.strip(" |")):
        j -= 1
    label = _TRUSTEES_OF.match(lines[j].text.strip(" |")) if j >= 0 and i - j <= 8 else None
    if not label or not is_org_name(label.group("org")):
        return None
    name = squash(label.group("org"))
    start = lines[j].start + lines[j].text.find(label.group("org"))
    return [Found(name, start, start + len(name), confidence=0.85)]


def _officer_signs_for(lines: list[Line], j: int, i: int) -> bool:
    """'Waddell & Reed Financial Services, Inc.' / '/s/ Henry J. Herrmann' / 'Executive Vice President': an
    organization's name right above a signature whose signer prints an officer's title signs through him."""
    text = lines[j].text.strip(" |")
    if (
        not is_org_name(text)
        or SIG.search(text)
        or _REGISTRANT_SIGNS.search(" ".join(ln.text for ln in lines[max(0, j - 4) : j]))
    ):
        return False
    below = " ".join(ln.text for ln in lines[i + 1 : i + 3])
    if re.search(r"\btitle\s*:\s*$", below, FLAGS) and i + 3 < len(lines):
        below += " " + lines[i + 3].text  # 'Title:' and its value in cells of their own lines
    return bool(_OFFICER.search(below)) and not re.search(r"\bdirector\b|\btrustee\b", below, FLAGS)


def _undersigned_entity_cell(view: str, line: Line) -> list[Found] | None:
    """'That the undersigned, GOLD & APPEL TRANSFER, S.A., ... DOES HEREBY APPOINT ...' and the same name printed
    right above a signature (perhaps beside the date): the entity signs there through whoever signs, no office
    printed."""
    lead = _UNDERSIGNED_ENTITY.search(view, 0, 1500)
    org = org_at(view, lead.end()) if lead else None
    for text, at, _ in line_cells(line) if org else ():
        if norm_key(org[0]) == norm_key(text) and not SIG.search(text):
            return [Found(squash(text), at, at + len(text), confidence=0.8)]
    return None


def _entity_line(line: Line) -> list[Found]:
    text = line.text.strip(" |")
    start = line.start + line.text.find(text)
    return [Found(squash(text), start, start + len(text), confidence=0.8)]


def _entity_inline(view: str, line_start: int, at: int) -> list[Found] | None:
    """'... ALLUMSOFT FOUNDATION By: /s/ Stefanie Robinson' on one line, as flattened HTML has it: the entity
    named just before 'By:' grants; the officer signing for it does not."""
    head = view[max(line_start, at - 400) : at]
    by = re.search(r"(?:^|\s)by\s*:?\s*$", head, FLAGS)
    if not by or not head[: by.start()].strip():
        return None
    before = head[: by.start()]
    while chain := _CHAIN_TAIL.search(before):
        before = before[: chain.start()]  # 'By: Ricor Partners GP, L.P., its General Partner'
    name = re.search(r"(?-i:[A-Z][\w.,&'’-]*(?:\s+(?:[A-Z0-9][\w.,&'’-]*|&|of|and|the))*)\s*$", before)
    if not name or SIG.search(before[max(0, name.start() - 6) : name.start() + 1]):
        return None  # 'By: /s/ LEONARD L. BERRY      By: /s/ ...': the name signed beside, not an entity
    text = re.split(r"(?<=[a-z0-9]{2})[.:;]\s+(?=[A-Z])", name.group().strip(" ,"))[-1]  # '..., 2009. LZHH Fund'
    words = text.split()
    upper = words[-1].isupper() if words else False
    if upper:  # the run of capitals that ends the line: not 'CFA, Vice President' before 'SHAMROCK ... FUND, L.L.C.'
        k = len(words)
        while k > 0 and (words[k - 1].isupper() or not any(c.isalpha() for c in words[k - 1])):
            k -= 1
        words = words[k:] if len(words) - k >= 2 else words
    while words and (is_title_text(words[0]) or words[0].endswith(":") or upper and not words[0].isupper()):
        words.pop(0)  # 'Title: Chief Financial Officer TEKTRISTAR INVESTMENTS V LLC': the office before is not it
    while words and not is_entity_line(" ".join(words)):
        words.pop(0)  # 'Date: June 2nd, 2001 ALLUMSOFT FOUNDATION': the longest tail that names an entity
    if len(words) < 2:
        return None
    entity = " ".join(words)
    start = view.rfind(words[0], 0, at - len(head) + by.start() + 1)
    return [Found(squash(entity), start, start + len(entity), confidence=0.8)]


def _by_blocks(view: str, lines: list[Line]) -> list[Found]:
    """Deed style: a line 'BY' followed by the grantor's name ('BY / WPX Energy, Inc., a corporation ...')."""
    found = []
    for i, line in enumerate(lines[:-1]):
        if re.fullmatch(r"\W*BY\W*", line.text.strip()):
            nxt = lines[i + 1]
            org = org_after(view, nxt.start + len(nxt.text) - len(nxt.text.lstrip(" |")))
            if org:
                found.append(Found(org[0], org[1], org[2], confidence=0.8))
    return found


_NAME_SUFFIX = r"(?:,\s*(?:Jr|Sr|I{2,3}|IV)\b\.?)?"  # 'I, Erroll B. Davis, Jr., a Director of ...'
_OPENING = re.compile(
    rf"\b(?:I|We),\s+(?:the\s+undersigned,?\s+)?(?P<name>[A-Z](?:[^,()\n]|\n(?![ \t]*\n)){{2,60}}?{_NAME_SUFFIX})"
    r"\s*(?:,|\(|\s+of\s+|\s+do\s+|\s+hereby)"
    rf"|\b[Tt]he\s+(?:undersigned|reporting\s+person|principal),\s+(?P<name2>[A-Z][^,()]{{2,60}}?{_NAME_SUFFIX})"
    r"(?:\s*\((?:the\s+)?[\"“][^()]{2,30}[\"”]\))?(?:,|\s+hereby\b)"  # '(the "Principal")'
    r"|\bthat\s+(?P<name4>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}))\s+(?:,?\s*the\s+undersigned\s*,?\s+)?"
    r"(?:(?:does|do)\s+)?hereby\b"  # 'that G. Robert Lucas II the undersigned hereby constitutes'
    r"|(?:^|\n)\s*(?P<name5>(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4}))\s+(?:has|have)\s+(?:hereby\s+)?"
    r"(?:authori[sz]ed|appointed|designated|constituted)\b"
    r"|\bmade\s+(?:on|as\s+of)\s+[^()]{4,30}?\s+by\s+(?P<name3>[A-Z](?:[A-Z .'-]|\n(?![ \t]*\n)){2,60}?)\s*[,(]"
    # a form filled in without commas: 'That I / Diane Marcus Gershowitz / hereby constitute and appoint', 'the
    # undersigned     Dianna F. Morgan     hereby constitutes'
    rf"|\b(?:I|[Tt]he\s+undersigned)\s+(?P<name6>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,4}}))"
    # ... with its defined term, quotes lost: 'the undersigned Joseph F. Larkin, (the Reporting Person) hereby'
    rf"(?:\s*,?\s*\((?:the\s+)?[^()]{{2,40}}\))?\s+(?:(?:do|does)\s+)?hereby\s+{VERB}"
    # 'Fergus Reid, III, whose signature appears below, hereby constitutes and appoints'
    rf"|(?:^|\n)\s*(?P<name7>(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{1,4}}){_NAME_SUFFIX})\s*,\s*whose\s+"
    rf"signature\s+appears\s+below\s*,?\s+(?:(?:does|do)\s+)?hereby\s+{VERB}",
)
# a person who grants for the grantor: 'Charles Ardai, acting for Schrodinger Equity Holdings, LLC (the "LLC") ...',
# 'Jim C. Walton as executor of the Estate of Helen R. Walton (the "Estate") designates ...'
_ALIAS = re.compile(r"\s+(?:a/k/a|aka|f/k/a|also\s+known\s+as)\s+", FLAGS)
_ACTING_FOR = re.compile(
    r"\b(?:acting\s+(?:for|on\s+behalf\s+of)|as\s+(?:the\s+)?(?:co-)?(?:executor|executrix|administrator|trustee"
    r"|personal\s+representative|general\s+partner|managing\s+member|manager)\s+(?:of|for))\s+(?:the\s+)?"
    r"(?=(?-i:[A-Z]))",
    FLAGS,
)
# ... or in the grant itself: 'We, the undersigned ..., hereby grant in the name and on behalf of Vorwerk & Co. KG
# full power and authority to: ...'
_GRANTS_FOR = re.compile(r"\bgrants?\s+in\s+the\s+name\s+and\s+on\s+behalf\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", FLAGS)
# ... or its value on the next line: '|Principal:' / '|Novel-Tongfang Information Engineering Co., Ltd.'
_PRINCIPAL_LABEL = re.compile(
    r"^[ \t|]*(?:principal|grantor)[ \t]*:[ \t|]*(?:\n[ \t|]*)?(?P<cell>[^\s|][^\n]*)", FLAGS | re.M
)
# 'THE COMMON SEAL OF RECKITT BENCKISER GROUP PLC was hereunto affixed in the presence of: Director /s/ ...'
_COMMON_SEAL = re.compile(r"\bcommon\s+seal\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", FLAGS)
_ESTATE = re.compile(r"Estate\s+of\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4})")


def _represented(view: str) -> Found | None:
    """The entity a person grants for, named before the grant: then that person signs as its agent, not as a grantor."""
    grant = APPOINT.search(view)
    lead = _ACTING_FOR.search(view, 0, grant.start()) if grant else None
    if not lead or grant.start() - lead.end() > 400:
        lead = _GRANTS_FOR.search(view, 0, 3000)
    if not lead:
        return None
    estate = _ESTATE.match(view, lead.end())
    if estate:
        return Found(squash(estate.group()), estate.start(), estate.end(), confidence=0.8)
    org = org_at(view, lead.end())
    if org:
        return Found(org[0], org[1], org[2], confidence=0.8)
    return None


# 'I, Jerry Moyes, as President of Interstate Equipment Leasing, Inc., ... ("Interstate"), hereby authorize ... to
# execute and file, on behalf of Interstate all Schedules 13D ...': an officer granting for the holder he heads
_AS_OFFICER_OF = re.compile(
    r"\bI,\s+[^,\n]{3,60},\s+as\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+){1,4})of\s+(?=(?-i:[A-Z]))", FLAGS
)
_TERM_AFTER = re.compile(r"[^()]{0,80}?" + TERM_DEF.pattern)  # ', an Arizona corporation ("Interstate")'


def _officer_for(view: str) -> Found | None:
    """The entity an officer names in the opening and grants for ('on behalf of Interstate'), not the issuer."""
    lead = _AS_OFFICER_OF.search(view, 0, 3000)
    org = org_at(view, lead.end()) if lead else None
    if not org or not is_org_name(org[0]):
        return None
    term = _TERM_AFTER.match(view, org[2])
    names = [org[0], term.group("term")] if term else [org[0]]
    behalf = (re.search(rf"\bon\s+behalf\s+of\s+(?:the\s+)?{spaced(n)}\b", view, FLAGS) for n in names)
    return Found(org[0], org[1], org[2], confidence=0.75) if any(behalf) else None


# ... or is named as the undersigned: 'that the undersigned, T.O. RICHARDSON TRUST, a business trust ..., do hereby'
_UNDERSIGNED_ENTITY = re.compile(r"\bthe\s+undersigned\s*,?\s+(?:(?-i:the)\s+)?(?=(?-i:[A-Z]))", FLAGS)


_UNDERSIGNED_TERM = re.compile(
    rf"\bthe\s+undersigned\s+(?P<term>(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}}))\s+(?:does\s+)?(?:hereby\s+)?{VERB}\b",
    FLAGS,
)


# 'RESOLVED, that each of the above listed Corporations ... do hereby constitute and authorize ...'
_ABOVE_LISTED = re.compile(
    rf"(?:\bthe\s+above[-\s]+(?:listed\s+|named\s+)?(?:corporations|companies|funds|trusts|registrants)\b"
    rf"[^.;]{{0,200}}?\b(?:do|does)\s+(?:hereby\s+)?"
    # ... or by each of them, named by the term the list defines: 'HIGHLAND FUNDS I' / ... / '(each a "Registrant"
    # ...)' / 'Each Registrant, and each of its undersigned officers and trustees hereby nominates'
    rf"|(?m:^)[ \t]*each\s+(?-i:Registrant|Fund|Trust|Corporation|Company)\b[^.;]{{0,200}}?\bhereby\s+){VERB}",
    FLAGS,
)


def _listed_above(view: str, lines: list[Line]) -> list[Found]:
    """The entities listed, one to a line, in the heading above a grant made by 'the above listed Corporations'."""
    grant = _ABOVE_LISTED.search(view)
    if not grant:
        return []
    found = []
    for line in lines[: line_index(lines, grant.start())]:
        name = squash(line.text.strip(" |"))
        if re.fullmatch(r"on\s+behalf\s+of", name, FLAGS) and found:
            return found[:1]  # 'X Funds, Inc.' / 'on behalf of' / its series: the corporation grants
        if is_org_name(name) and len(name) < 100:
            at = line.start + line.text.find(name.split()[0])
            found.append(Found(name, at, at + len(name), confidence=0.8))
    return found if len(found) > 1 else []


def _opening_grantors(view: str) -> list[Found]:
    found = []
    for match in _OPENING.finditer(view):
        if match.start() > 3000 and not APPOINT.search(view, match.end() - 40, match.end() + 120):
            continue  # far down, only a second POA's opening ('I, Name, hereby appoint'), not a notary's 'I, Name,'
        if re.match(r"[\s,]*(?:an?\s+)?notary\b", view[match.end() - 1 : match.end() + 40], FLAGS):
            continue  # 'I, Harriet B. Biggers, a Notary Public in and for the foregoing State'
        certify = _CERTIFY.search(view, match.end(), match.end() + 300)
        if certify and not _OWN_GRANT.search(view, match.end(), certify.start()):
            continue  # 'I, Walter T. Gangl, Assistant Secretary of X, do hereby certify that ...': he grants nothing
        if _ACCEPTANCE.search(view, match.end(), match.end() + 300):
            continue  # 'The undersigned, Alan B. Miller, Steve Filton ... hereby affirm that we are the persons named
        group = next(g for g in ("name", "name2", "name3", "name4", "name5", "name6", "name7") if match.group(g))
        # the name before its alias: 'Jose E. Cabrera-Lazaro a/k/a Jose E. Cabrera'
        name = strip_person(_ALIAS.split(match.group(group))[0])
        org = org_at(view, match.start(group))
        if org and org[2] > match.end(group) and len(org[0]) <= 80:  # 'The undersigned, HOSEA II, LLC, constitutes'
            found.append(Found(org[0], org[1], org[2], confidence=0.8))
            continue
        # (not 'The undersigned, Abbot Family Partnership, L.P., does hereby': a firm, read whole below; nor 'the
        # undersigned Texas Gas does hereby', the term a firm is defined by)
        if is_person_name(name, strict=False) and not is_org_name(name) and not defined_entity(view, name):
            start = match.start(group) + match.group(group).find(name.split()[0])
            found.append(Found(name, start, start + len(name), confidence=0.85))
    # 'The Trust, ..., hereby appoints'; 'THEREFORE, the Authorizer hereby irrevocably selects, entrusts and appoints'
    subject = re.search(
        r"(?:^|[.;]\s+|that\s+|THEREFORE,\s+)(?P<term>[Tt]he\s+[A-Z][a-z]+)\s*(?:,[^.;]{0,100},)?\s+(?:does\s+)?hereby\s+"
        r"(?:irrevocably\s+)?(?:(?:selects|entrusts)\s*,?\s*(?:and\s+)?)*" + VERB,
        view,
    )
    if subject:
        entity = defined_entity(view, subject.group("term")[4:])
        if entity:
            at = view.find(entity)
            found.append(Found(entity, at, at + len(entity), confidence=0.7))
    # 'each of the undersigned, WADDELL & REED ADVISORS ... FUND, INC., ... AND W&R FUNDS, INC. (each ...)'
    listed = _UNDERSIGNED_LIST.search(view, 0, 3000)
    if listed:
        end = re.compile(r"\(|,?\s+and\s+(?:certain|each|the)\b|\bhereby\b").search(
            view, listed.end(), listed.end() + 3000
        )
        region = view[listed.end() : end.start()] if end else ""
        orgs = []
        for item in split_names(region, listed.end()):
            at = 0
            for part in re.split(r"\s+AND\s+", item.text):  # '..., INC. AND WADDELL & REED ..., INC.'
                at = item.text.find(part, at)
                if is_org_name(part):
                    orgs.append(Found(squash(part), item.start + at, item.start + at + len(part), confidence=0.75))
                at += len(part)
        if len(orgs) > 1:
            found.extend(orgs)
    # 'for and on behalf of Trian Fund Management, L.P. ("Principal")': the principal of a power grants it
    principal = defined_entity(view, "Principal") if "Principal" in view else None
    if principal and is_org_name(principal):
        at = view.find(principal)
        found.append(Found(principal, at, at + len(principal), confidence=0.75))
    # '... the undersigned as trustees and/or officers of X (the "Trust"), a Delaware statutory trust, and the Trust,
    # hereby constitutes': the entity grants beside its officers
    also = _AND_THE_ENTITY.search(view, 0, 3000)
    entity = defined_entity(view, also.group("term")) if also else None
    if entity and is_org_name(entity):
        at = view.find(entity)
        found.append(Found(entity, at, at + len(entity), confidence=0.7))
    # 'each of the undersigned trustees of the X Endowment (the "Trust") hereby appoints ... the Trust's true and
    # lawful attorney-in-fact': the trustees grant for the trust
    trust = _TRUSTEES_FOR_TRUST.search(view, 0, 3000)
    if trust and _TRUST_APPOINTS.search(view):
        name = squash(trust.group("name"))
        found.append(Found(name, trust.start("name"), trust.start("name") + len(name), confidence=0.7))
    # 'THAT the undersigned Williams does hereby constitute and appoint ...': an organization, by its defined term
    for named in _UNDERSIGNED_TERM.finditer(view):
        entity = defined_entity(view, named.group("term"))
        if entity and is_org_name(entity):
            at = view.find(entity)
            found.append(Found(entity, at, at + len(entity), confidence=0.7))
    lead = _UNDERSIGNED_ENTITY.search(view, 0, 1500)
    org = org_at(view, lead.end()) if lead else None
    if org and _GRANTING_AHEAD.search(view, org[2], org[2] + 800):
        found.append(Found(org[0], org[1], org[2], confidence=0.8))
    made = _MADE_BY.search(view[:1500])  # 'This power of attorney is made on January 18, 2008 by SAP France S.A.'
    org = org_after(view, made.end()) if made else None
    if org:
        found.append(Found(org[0], org[1], org[2], confidence=0.8))
    # the entity as the subject of the grant: after 'that', or opening a paragraph or a sentence, before the grant
    grant = _GRANTING_AHEAD.search(view, 0, 3000)
    region = view[: grant.start()] if grant else ""
    for entity_subject in re.finditer(
        r"\bthat\s+(?:each\s+of\s+|the\s+)?(?=[A-Z])"
        r"|(?:\A|\n[ \t]*\n|(?:(?<=[a-z]{3})|(?<=[\d)]))[.:;][ \t]+)\s*(?=[A-Z])",
        region,
    ):
        if not _GRANTING_AHEAD.search(view, entity_subject.end(), entity_subject.end() + 400):
            continue  # no grant follows: not the subject of one (and org_after is not cheap)
        org = org_at(view, entity_subject.end())
        if not org or re.search(r"\bundersigned\b", org[0], FLAGS):
            continue  # the subject itself must be the organization, not one named later in its phrase
        described = _DESCRIBED.match(view, org[2])  # 'X, a Michigan nonprofit corporation ("Foundation"), hereby'
        after = skip_definition(view, described.end() if described else org[2])
        if not (is_appointing(view, after) or _JOINT_SUBJECT.match(view, after)):
            continue
        term = re.fullmatch(r"the\s+(Company|Corporation|Trust|Fund|Partnership|Registrant)", org[0], FLAGS)
        if term:  # 'The Company and the undersigned directors ... hereby make': the name the term stands for
            entity = defined_entity(view, term.group(1))
            at = view.find(entity) if entity and is_org_name(entity) else -1
            if at < 0:
                break
            org = (entity, at, at + len(entity))
        found.append(Found(org[0], org[1], org[2], confidence=0.8))
        break
    return found


_TRUSTEES_FOR_TRUST = re.compile(
    r"\bundersigned\s*,?\s+(?:as\s+)?(?:co-)?trustees\s+of\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[^()\"“;]{3,120}?)"
    r"(?:,?\s+dated\s+[^()]{4,30}?)?\s*\((?:the\s+)?[\"“]Trust[\"”]\)",
    FLAGS,
)
_AND_THE_ENTITY = re.compile(
    r"\bundersigned\b[^.;]{0,300}?,\s*and\s+the\s+(?P<term>Trust|Fund|Company|Corporation|Partnership)\s*,?\s+"
    r"(?:hereby|do|does)\b",
    FLAGS,
)
_TRUST_APPOINTS = re.compile(r"\bthe\s+Trust['’]s\s+(?:true|lawful|attorneys?)", FLAGS)
_DESCRIBED = re.compile(r"\s*,\s*an?\s+[^,.;()]{3,80}?(?=\s*[,(])", FLAGS)
_UNDERSIGNED_LIST = re.compile(r"\beach\s+of\s+the\s+undersigned\s*,\s*(?=(?-i:[A-Z]))", FLAGS)
_MADE_BY = re.compile(r"\b(?:made|granted|given|executed)\s+(?:on|as\s+of)\s+[^()]{4,30}?\s+by\s+", FLAGS)
_GRANTING_AHEAD = re.compile(rf"\bhereby\b|\b(?:do|does)\s+(?:each\s+)?(?:make|{VERB})", FLAGS)
# 'PepsiCo, Inc. ("PepsiCo") and each other undersigned, an officer or director ..., do hereby appoint';
# 'SIUK plc and the undersigned directors and officers of said Company ... hereby make, constitute and appoint'
_JOINT_SUBJECT = re.compile(
    rf"(?:\s*,\s*an?\s+[^,.;()]{{3,60}},?)?\s*(?:\([^()]{{0,40}}\)\s*)?,?\s*and\s+(?:each|all|certain|the|its)\b[^.;]{{0,60}}?"
    rf"\b(?:undersigned|officers?|directors?|trustees?)\b[^.;]{{0,200}}?\bhereby\s+(?:make|{VERB})",
    FLAGS,
)


# a 'Name:' cell, or a 'Signature:' cell holding a conformed name; the value is never the next label (its signing
# line blanked in the view)
_NAME_LABEL = re.compile(
    r"^[ \t|]*(?:(?:print(?:ed)?\s+|typed\s+)?(?:name|signature)|typed|printed)\s*:(?:[ \t|]*\n){0,3}"
    r"[ \t|]*(?P<name>(?![\w ]{1,12}:)[^\n|]+?)[ \t|]*$",
    FLAGS | re.M,
)
# a line to sign on, or two side by side: '______', 'By__________', '--------      --------'; a table row may
# carry the signer's office or the date in the next column ('_____________     Director')
_SIGN_LINE = re.compile(
    r"^[ \t|]*(?:by\s*:?\s*)?(?:_{5,}|-{12,})(?:[ \t|]+(?:_{5,}|-{12,}))*"
    r"(?:(?:[ \t]{2,}|\t|[ \t]*\|)(?P<office>[^\n_|]{1,80}))?[ \t|]*$",
    FLAGS | re.M,
)


_NAME_OVER_LINE = re.compile(
    r"(?P<name>(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4}))[ \t]+[-_]{5,}[ \t]+(?P=name)\b", FLAGS
)
_NAME_COMMA_TITLE = re.compile(
    r"(?:^|\n)[ \t|]*(?P<name>(?:[A-Z][\w.'’-]*[ \t]*\n?[ \t]*){1,4}[A-Z][\w'’-]+"
    r"(?:,\s+(?:Jr|Sr|III|II|IV)\.?)?),[ \t]+"
    r"(?=(?:Director|President|Chairman|Chairwoman|Chief|Vice|Trustee|Secretary|Treasurer|Controller|Manager|Member"
    r"|Officer|General|Executive|Senior|Managing|Principal)\b)",
    re.IGNORECASE,
)


def _unsigned_signers(view: str, lines: list[Line], text: str) -> list[Found]:
    """Signature blocks without '/s/': 'Name: X' cells, a name printed under a '______' signature line, or
    'NAME, Director' lines after the testimonium ('IN WITNESS WHEREOF ...') of a conformed copy."""
    found = []
    witness = list(re.finditer(r"in\s+witness\s+whereof", view, FLAGS))
    for n, testimonium in enumerate(witness):  # each POA of an exhibit that holds several (the last may be cut off)
        end = witness[n + 1].start() if n + 1 < len(witness) else len(view)
        for match in _NAME_COMMA_TITLE.finditer(view, testimonium.end(), end):
            head, _, tail = match.group("name").rpartition("\n")  # not 'George L. Chapman' / 'Director, Chairman'
            name = squash(head if head.strip() and is_title_text(tail.strip()) else match.group("name"))
            if is_person_name(name, strict=False):
                found.append(Found(name, match.start("name"), match.end("name"), confidence=0.7))
        found.extend(_names_after_testimonium(view, lines, testimonium.end()))
    starts = [
        (m.end("name") - len(m.group("name")), _name_goes_on_below(view, m.end("name")))
        for m in _NAME_LABEL.finditer(view)
    ]
    for m in _NAME_OVER_LINE.finditer(text):  # 'Jude T. Driscoll ------------ Jude T. Driscoll' flattened
        starts.append((m.start("name"), m.end("name")))
    # conformed signatures in capitals over the printed names: 'CECIL D. CONLEE' (each line's cells read once)
    cells = [line_cells(line) for line in lines]
    for above, below in pairwise(cells):
        if len(above) != len(below):
            continue
        for (signed, _, _), (printed, at, _) in zip(above, below, strict=True):
            conformed = signed.isupper() and not printed.isupper() and norm_key(signed) == norm_key(printed)
            if conformed and is_person_name(printed):
                starts.append((at, at + len(printed)))
    for j in range(1, len(lines)):  # a form's label under the name: 'Barbara D. Boyan' / 'Signature'
        cell = lines[j - 1].text.strip(" \t|")
        if _LABEL_BELOW.fullmatch(lines[j].text) and is_person_name(strip_person(cell), strict=False):
            at = lines[j - 1].start + lines[j - 1].text.find(cell)
            starts.append((at, at + len(cell)))
    offices = _under_sign_lines(view, lines, text, starts)
    found.extend(_table_of_signers(view, lines))
    for at, end in sorted(set(starts)):
        i = line_index(lines, at)
        context = " ".join(ln.text for ln in lines[max(0, i - 3) : i + 2])
        if re.search(r"\bnotary\b|\bwitness(?:ed)?\s*(?:by)?\s*:", context, FLAGS):
            continue
        name = strip_person(leading_name(view[at:end]))
        if name and is_person_name(name, strict=False) and not _SIGNS_AS_ATTORNEY.match(view, at + len(name)):
            title, span = offices.get(at, (None, None))
            found.append(Found(name, at, at + len(name), title, 0.8, span, anchor=lines[i].start))
    return found


_LABEL_BELOW = re.compile(
    r"[ \t|(]*(?:signature|(?:type|print)(?:\s+or\s+print)?(?:ed)?\s+name|name\s+\(print(?:ed)?\))[ \t|)]*", FLAGS
)


# the head of a table of signers: 'INDIVIDUAL      TITLE      DATE OF APPOINTMENT', 'Name    Capacity    Date'
_TABLE_HEAD = re.compile(
    r"^[ \t|]*(?:name|individual|signature|signatory)s?[ \t|]{3,}(?:title|capacity|position)s?(?:[ \t|]{3,}[^\n]*)?$",
    FLAGS | re.M,
)


def _table_of_signers(view: str, lines: list[Line]) -> list[Found]:
    """The rows of a table of signers under its head: a name and an office in each row ('Eric K. Aasmundstad
    Director    3/31/2000')."""
    found = []
    for head in _TABLE_HEAD.finditer(view):
        for line in lines[line_index(lines, head.end()) + 1 :]:
            cells = [c for c in (c.strip() for c in re.split(r"\s{3,}|\|", line.text)) if c]
            name = strip_person(cells[0]) if cells else ""
            if len(cells) < 2 or not is_person_name(name, strict=False) or not title_like(cells[1]):
                break
            at = line.start + line.text.find(cells[0])
            office_at = line.start + line.text.find(cells[1], len(cells[0]))
            span = (office_at, office_at + len(cells[1]))
            found.append(Found(name, at, at + len(name), cells[1], 0.8, span, anchor=line.start))
    return found


def _name_goes_on_below(view: str, end: int) -> int:
    """'Printed Name:  Marshall Dwain' / 'Wilcox': a surname alone on the next line, before a blank line, ends the
    name."""
    tail = re.match(r"[ \t|]*\n[ \t|]*(?P<word>(?-i:[A-Z][a-z'’-]+))[ \t|]*(?:\n[ \t|]*\n|\n?$)", view[end : end + 60])
    word = tail.group("word").lower() if tail else ""
    if tail and word not in lexicon().not_names and word not in lexicon().title_words:
        return end + tail.end("word")
    return end


def _under_sign_lines(
    view: str, lines: list[Line], text: str, starts: list[tuple[int, int]]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """Add to ``starts`` the cells printed under each '______' line to sign on; return the offices printed beside
    those lines, by where the name starts."""
    offices: dict[int, tuple[str, tuple[int, int]]] = {}
    previous_end, column = -1, 0
    for rule in _SIGN_LINE.finditer(text):
        # two lines side by side read one cell to a line: '|______' / '|______' / '|Paul Roe' / '|Richard Owen'
        column = column + 1 if text[previous_end : rule.start()] == "\n" else 0
        previous_end = rule.end()
        i = line_index(lines, rule.end() + 1)
        if i + 1 < len(lines) and lines[i].start <= rule.end() and _SIGN_LINE.match(text, rule.end() + 1):
            i += 1  # the next line is the line beside it (blank in the view): the names come after both
        if column and i + column < len(lines) and _cell_line(text, lines[i + column]):
            i += column
        if i >= len(lines) or lines[i].start <= rule.end():
            continue
        k = _past_office_cells(text, lines, i)
        if k > i:  # a table read one cell to a line: '|______' / '|Director' / 'Charles E. Bunch'
            cell = CELL.search(lines[k].text)
            starts.append((lines[k].start + cell.start(), lines[k].start + cell.end()))
            parts = [ln for ln in lines[i:k] if title_like(ln.text.strip(" |"))]
            if parts:
                title = squash(" ".join(ln.text.strip(" |") for ln in parts))
                offices[starts[-1][0]] = title, (parts[0].start, parts[-1].end)
            continue
        for n, cell in enumerate(CELL.finditer(lines[i].text)):  # a name under each line
            starts.append((lines[i].start + cell.start(), lines[i].start + cell.end()))
            office = _office_beside(view, lines, rule, i) if n == 0 else None
            if office:
                offices[starts[-1][0]] = office
    return offices


def _cell_line(text: str, line: Line) -> bool:
    """A line that holds one table cell, as the HTML reader writes it ('|Director'); the view blanks the '|'."""
    return text[line.start : line.end].lstrip().startswith("|")


def _past_office_cells(text: str, lines: list[Line], i: int) -> int:
    """The line of the printed name after the office and date cells of a signature row read one cell to a line
    ('|Director' / '|June 15, 2000' / 'Charles E. Bunch'); ``i`` itself when the row is not laid out so."""
    k = i
    while k < min(len(lines) - 1, i + 3):
        value = lines[k].text.strip(" |")
        if (
            not _cell_line(text, lines[k])
            or is_person_name(value)
            or not (title_like(value) or DATE_WORDS.search(value))
        ):
            break
        k += 1
    name = strip_person(leading_name(lines[k].text.strip(" |"))) if k > i else ""
    return k if name and is_person_name(name, strict=False) else i


def _office_beside(view: str, lines: list[Line], rule: re.Match[str], i: int) -> tuple[str, tuple[int, int]] | None:
    """A 'Signature / Title' table row: the office printed beside the line to sign on, going on down its column
    beside and under the printed name ('______    Chairman of the Board, President,' / 'William R. Johnson    Chief
    Executive Officer and Director' / '    (Principal Executive Officer)'), up to a blank line."""
    if not rule.group("office") or DATE_WORDS.search(rule.group("office")) or not title_like(rule.group("office")):
        return None
    column = rule.start("office") - view.rfind("\n", 0, rule.start("office")) - 1
    parts = [(squash(rule.group("office")), rule.start("office"), rule.end("office"))]
    for k in range(i, min(len(lines), i + 4)):
        if view.count("\n", lines[k - 1].end, lines[k].start) > 1 and k > i:
            break  # a blank line ends the row
        cells = [c for c in CELL.finditer(lines[k].text) if abs(c.start() - column) <= 2]
        more = squash(cells[0].group()) if cells else ""
        if not more or DATE_WORDS.search(more) or not (title_like(more) or re.fullmatch(r"\([^()]+\)", more)):
            break
        parts.append((more, lines[k].start + cells[0].start(), lines[k].start + cells[0].end()))
    return " ".join(p[0] for p in parts), (parts[0][1], parts[-1][2])


_NOTARY_BLOCK = re.compile(r"notary|state\s+of|county\s+of|commonwealth\s+of|sworn|subscribed|acknowledg", FLAGS)


def _names_after_testimonium(view: str, lines: list[Line], at: int) -> list[Found]:
    """A conformed copy's signers: names on lines of their own (or opening a table row) below 'IN WITNESS
    WHEREOF ... this 14th day of November, 2003.', up to the notary's block."""
    end = re.compile(r"[.:]\s*$|\d{4}\W*$")  # the testimonium's sentence ends at a line end
    i = line_index(lines, at)
    while i < len(lines) and not end.search(lines[i].text):
        i += 1
    found = []
    for line in lines[i + 1 : i + 13]:
        if _NOTARY_BLOCK.search(line.text):
            break
        cell = CELL.search(line.text)
        name = strip_person(cell.group()) if cell else ""
        if name and is_person_name(name) and norm_key(name) == norm_key(cell.group()):
            start = line.start + cell.start()
            found.append(Found(name, start, start + len(name), confidence=0.7, anchor=line.start))
    return found


_APPEARED = re.compile(
    r"(?:\bbefore\s+me\s+(?:personally\s+)?(?:came|appeared)|\b(?:came|appeared)\s+before\s+me\s*,?)"
    r"\s+(?:the\s+said\s+|the\s+above[-\s]named\s+)?(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4})"
    r"\s*,?\s*(?:to\s+me\s+known|known\s+to\s+me|personally\s+known|who\b)",
    FLAGS,
)


def _acknowledged(view: str) -> list[Found]:
    """A conformed copy without a signature: the grantor the notary saw ('before me appeared Marsha J. Evans, to me
    known to be the person who executed the foregoing instrument'; 'personally appeared before me, the said Lloyd M.
    Yates to me known')."""
    match = _APPEARED.search(view)
    name = squash(match.group("name")) if match else ""
    if not is_person_name(name):
        return []
    return [Found(name, match.start("name"), match.end("name"), confidence=0.7)]


def _last_line_signer(view: str, lines: list[Line]) -> list[Found]:
    """A first-person letter signed with a typed name at its end ('... provided to the Commission.' / 'Jacques
    Tapiero' / 'January 8, 2010'), with no '/s/' mark and no closing word; or the undersigned's power or
    confirming statement so ended, its name set apart under the last sentence."""
    first_person = re.search(r"\bI\s+(?:hereby|do\s+hereby)\b", view, FLAGS)
    if not first_person and not re.search(r"\bthe\s+undersigned\b", view, FLAGS):
        return []
    tail = max(0, len(lines) - 4)
    title = None
    for n, line in reversed(list(enumerate(lines[tail:], start=tail))):
        text = line.text.strip(" |\t")
        if re.search(r"notary|witness|commission\s+expires", text, FLAGS):
            return []
        if _DATE_LINE.fullmatch(text):
            continue
        if n == len(lines) - 1 and is_title_text(text) and not is_person_name(text, strict=False):
            title = text  # the office printed under the name ('James M. Micali' / 'Director')
            continue
        cells = [cell for cell, _, _ in line_cells(line)]
        if len(cells) > 1 and all(_DATE_LINE.fullmatch(c) for c in cells[:-1]):
            text = cells[-1]  # the date beside it: 'Dated:  12/14/2007          James M. Micali'
        name = strip_person(text)
        # ('the undersigned': a name set apart under the last sentence, not a cut-off line of text)
        apart = first_person or (
            n > 0 and re.search(r"\.\s*$", lines[n - 1].text) and not re.search(r",(?!\s*(?:Jr|Sr|I{2,3}|IV)\b)", name)
        )
        if is_person_name(name) and norm_key(name) == norm_key(text) and apart:
            start = line.start + line.text.find(name)
            return [Found(name, start, start + len(name), title=title, confidence=0.7)]
        return []
    return []


_NAME_OVER_TITLE = re.compile(
    r"(?:^|\.(?:htm|txt)\s+)[ \t|]*"
    r"(?P<name>(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4})(?:,[ \t]*(?:Jr\.|Sr\.|I{2,3}))?)"
    r"(?:,[ \t]*(?:Ph\.D\.|M\.D\.))?(?:[ \t|]*\n){0,2}[ \t|]*"  # 'France A. Cordova, Ph.D.' (degrees left out)
    r"(?:(?:LIMITED|SPECIAL|STATUTORY|DURABLE|GENERAL|IRREVOCABLE|CONFIRMING)\s+)*POWER\s+OF\s+ATTORNEY\b",
    re.M,
)


def _heading_grantor(view: str) -> list[Found]:
    """'LIMITED POWER OF ATTORNEY FOR JEFFREY D. SMITH / SECTION 16(A) FILINGS': the grantor named in the title."""
    match = re.search(r"POWER\s+OF\s+ATTORNEY\s+(?:FOR|OF)\s+", view[:600], FLAGS)
    head = view[match.end() : match.end() + 80] if match else ""
    name = strip_person(leading_name(head))
    at = re.search(spaced(name), head) if name else None
    ends_line = at is not None and re.match(r"[ \t|,.]*(?:\n|$)", head[at.end() :]) is not None
    # (not 'For Executing Reports under Section 16(a)'; nor 'FOR / AmeriGroup Corporation', the issuer)
    if match and is_person_name(name) and not is_org_name(name) and ends_line:
        start = match.end() + len(head) - len(head.lstrip())
        return [Found(name, start, start + len(name), confidence=0.7)]
    # 'POWER OF ATTORNEY OF NBGE MANAGER, LLC': an entity, its suffix ending the name (not 'FOR' the issuer)
    entity = org_at(view, match.end()) if match and match.group().rstrip().upper().endswith("OF") else None
    if entity and has_org_suffix(entity[0]) and not is_title_text(entity[0].split()[0]):
        return [Found(entity[0], entity[1], entity[2], confidence=0.6)]
    # 'KEVIN P. WALGREEN POWER OF ATTORNEY', 'J. WILLIAM RICHARDSON' / 'LIMITED POWER OF ATTORNEY FOR ...'
    before = _NAME_OVER_TITLE.search(view[:400])
    name = strip_person(before.group("name")) if before else ""
    qualifier = bool(name) and name.split()[-1].lower() in {"limited", "special", "statutory", "durable", "general"}
    if not is_person_name(name) or has_org_suffix(name) or qualifier:
        return []  # (not 'AUGUST CAPITAL POWER OF ATTORNEY': a firm's heading over its entities' grant)
    return [Found(name, before.start("name"), before.start("name") + len(name), confidence=0.6)]


def _closing_grantor(view: str, lines: list[Line]) -> list[Found]:
    """A letter signed under 'Sincerely,' with no '/s/' mark."""
    for match in _CLOSING.finditer(view):
        i = line_index(lines, match.start())
        for line in lines[i + 1 : i + 3]:
            name = strip_person(leading_name(line.text.strip(" |")))
            if is_person_name(name, strict=False):
                at = line.start + line.text.find(name)
                return [Found(name, at, at + len(name), confidence=0.8)]
    return []
