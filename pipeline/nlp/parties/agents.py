"""Who is appointed: the names in an appointment clause, a confirming statement or a letter's salutation."""

from __future__ import annotations

import re

from ..names import (
    ListItem,
    is_org_name,
    is_person_name,
    is_title_text,
    leading_name,
    split_names,
    squash,
    strip_person,
)
from .base import APPOINT, DEF, FLAGS, SIG, Found, Tagger, unique
from .orgs import org_before

_LEAD = re.compile(
    r"\s*(?:\((?:as\s+of|effective)\b[^()]{0,120}\)\s*)?"  # 'appoints (as of the date set forth below) A'
    # 'appoints to be the undersigned's true and lawful attorney-in-fact, Sheila Moody and ...'
    # ... or 'appoints as his true and lawful attorney-in-fact, Mike Brooks, James E. McDonald, and ...'
    r"(?:(?:to\s+be|as)\s+(?:the\s+undersigned['’]s|his|her|its|my|our|their)(?:\s+or\s+her|/her)?\s+"
    r"(?:true\s+and\s+lawful\s+)?(?:attorneys?|agents?)(?:[- ]in[- ]fact)?(?:\s+and\s+agents?)?\s*,\s*)?"
    r"(?:(?:my|his|her|our|their)\s+(?:sister|brother|wife|husband|spouse|son|daughter|sons|daughters|children|child"
    r"|father|mother|friend|partner|lawyers?|counsel|accountants?)\b\s*,?\s*)?"  # 'appoint my sister, Kim Carrier, of'
    r"(?:,?\s*(?:hereby|irrevocably|severally|individually|jointly(?:\s+and\s+severally)?)\s*,?\s+)*"
    # a confirming statement: 'designates, appoints, and constitutes, and hereby confirms the designation, appointment
    # and constitution of, each of A and B'
    r"(?:,?\s*and\s+(?:hereby\s+)?(?:confirms?|ratif(?:y|ies))\s+the\s+(?:designation|appointment|constitution)"
    r"(?:\s*,?\s*(?:and\s+)?(?:designation|appointment|constitution))*\s+of\s*,?\s+)?"
    r"(?:,?\s*(?:each|any|all|both)\s*,?\s+(?:and\s+every\s+)?(?:one\s+|two\s+|three\s+)?(?:of\s*[:,]?\s+)?)?"
    r"(?:the\s+following(?:\s+persons?)?\s*:?\s*)?"
    r"(?:(?:Messrs|Mmes|Mesdames)\.?\s+)?"  # 'appoint Messrs. James Abbott, Doyle L. Arnold and ...'
    r"(?:of\s+(?=(?-i:[A-Z])))?",  # a stray 'of': 'authorize and designate of Mark D. Funston, ...'
    FLAGS,
)
_STOP = re.compile(
    r",?\s*(?:and\s+|or\s+)?\b(?:each|any|either|all|both)\s+(?:(?:or|and)\s+(?:any|either|each)\s+)?(?:one\s+)?of\s+(?:them|us)\b"
    r"|,?\s*(?:each\s+)?(?:signing|acting)\s+(?:singly|individually|alone|jointly|severally|together)"
    r"|,?\s*(?:jointly|severally|individually)\b"
    r"|,?\s+as\s+(?:his|her|its|their|the|my|our|true|attorneys?|agents?|such|each|a|an|proxy|proxies)\b"
    r"|,?\s+(?:his|her|its|their|my|our|your|the\s+undersigned['’]?s?|said|such|its)(?:\s+or\s+(?:her|his)|/(?:her|his))?\s+"
    r"(?:true|lawful|attorneys?|agents?|exclusive|proxy|sole|full|attorney-in-fact)"
    r"|\s+to\s*,?\s+(?:be|act|sign|execute|exercise|file|do|make|prepare|take|vote|negotiate|serve|on)\b"
    r"|,?\s+(?:with|without|having)\s+(?:full\s+)?(?:power|authority)"
    r"|,\s+with\b|\s+(?:is|are)\s+(?:hereby\s+)?(?:duly\s+)?(?:authori|design|appoint|empower)"
    r"|\((?:together|each|with|and|collectively|hereinafter|individually|as|or|in)\b|\(\s*(?:the\s+)?[\"“]"
    r"|:|;(?!\s*(?:and|or)\s+(?-i:[A-Z]))(?=\s*(?:and\s+|or\s+)?(?-i:\(?[a-z0-9]{1,3}\)|[a-z]))|(?<=[a-z]{3})(?<!Inc|Ltd|orp|ros)\.(?!(?<=Esq\.)\s+(?:and|or)\s)(?:\s|$)|,\s+whose\b|\s+who\b|,\s+each\s+of\s+|\s+and\s+(?:his|her|their|its)\s+"
    r"|\s+and\s+any\s+other\b|\s+for\s+(?:the|him|her|me|us|it)\b|\s+in\s+(?:my|his|her|its|the)\b"
    r"|(?<=[a-z]{2}[.:;])\s*\n\s*\n",
    FLAGS,
)
# '... authorizes and directs the following persons to file the Form on his behalf: A, B or C.'
# ... 'appoints each of the following officers of LifePoint Hospitals, Inc. (the "Company"):' (an abbreviation's
# period is no sentence end)
_FOLLOWING = re.compile(
    r"\bthe\s+following\s+(?:persons?|individuals?|attorneys?(?:-in-fact)?|officers?|employees?|representatives?)\b"
    r"(?:[^:.;]|\.(?=\s*[(,])){0,300}:\s*",
    FLAGS,
)
# 'hereby grants Power of Attorney to Thomas Dyrberg', 'hereby grant powers to A, B and C', 'appoints and grants
# full authority to Kenneth T. Koehler, ...', 'I have granted to Pamela S. Krop, ..., a limited power of attorney'
_GRANTS_POWER_TO = re.compile(
    r"\bgrant(?:s|ed)?\s+(?:in\s+the\s+name\s+and\s+on\s+behalf\s+of\s+[^;:]{3,80}?\s+)?"  # '... of X KG full power'
    r"(?:(?:a|the|full|such)\s+)*(?:powers?(?:\s+of\s+attorney)?|authority|power\s+and\s+authority)"
    r"\s+to\s*:?\s+(?=(?-i:[A-Z]))"
    # a grant without its object only in the grantor's own words (not 'options granted to Thomas P. Rice')
    r"|\b(?:hereby|have|has|do|does)\s+grant(?:s|ed)?\s+to\s*:?\s+(?=(?-i:[A-Z]))",
    FLAGS,
)
_EACH_OF = re.compile(r"\s*(?:(?:each|all|any)\s+of\s+)?", FLAGS)
_CONFIRM = re.compile(r"\bconfirms?\s+that\s+", FLAGS)
_CONFIRM_END = re.compile(r"\s+(?:is|are)\s+(?:hereby\s+)?(?:duly\s+)?(?:authori[sz]ed|designated|appointed)", FLAGS)


def find_agents(view: str, ents: Tagger | None = None) -> list[Found]:
    """Agents named in every appointment clause, in order, each once."""
    found: list[Found] = []
    for match in APPOINT.finditer(view):
        if re.fullmatch(r"[A-Z][a-z]+ed", match.group()) and re.match(
            r"[ \t]+[A-Z]", view[match.end() : match.end() + 9]
        ):
            continue  # 'Re: ... Authorized Representatives': a heading's adjective, not an appointment
        if _FOLLOWING.match(view, match.end() + len(_EACH_OF.match(view, match.end()).group())):
            continue  # 'appoints each of the following officers of X:' / one to a line: read below
        if _YOU.match(view, match.end()):
            found.extend(_addressees(view, match.start(), ents))  # a letter that appoints 'each of you'
            continue
        colon = re.match(r"[ \t]*:[ \t]*\n", view[match.end() : match.end() + 40])
        listed = _name_lines(view, match.end() + colon.end(), 200) if colon else []
        # a stray period or a colon before the names on the same line: 'constitutes and appoints. David A.
        # Westerlund, ...', 'designates, constitutes and appoints: JEFFREY J. YIN acting, as my ...'
        stray = re.match(r"[ \t]*[.:](?=[ \t]+[A-Z])", view[match.end() : match.end() + 10])
        skip = stray.end() if stray and (":" in stray.group() or match.group().lower().endswith("appoints")) else 0
        found.extend(listed or _agents_after(view, match.end() + skip, ents))  # 'appoints:' / 'Stephen M. Lacy' / ...
    for match in _FOLLOWING.finditer(view):
        # one to a line, perhaps with an address: 'Robert A. Armitage, Lilly Corporate Center, Indianapolis'
        line_end = view.find("\n", match.end())
        first = view[match.end() : line_end if line_end >= 0 else len(view)]
        after_colon = view[view.rfind(":", 0, match.end()) : match.end()]
        office = first.partition(",")[2].strip(" ;")  # 'Mary Kim E. Shipp, Vice President and Corporate Secretary'
        one_a_line = "\n" in after_colon and (not re.search(r";|\band\b|\bor\b", first) or is_title_text(office))
        listed = _name_lines(view, match.end(), 0) if one_a_line else []
        found.extend(listed if len(listed) > 1 else _agents_after(view, match.end(), ents))
    for match in _GRANTS_POWER_TO.finditer(view):
        found.extend(_agents_after(view, match.end(), ents))
    for match in _CONFIRM.finditer(view):
        end = _CONFIRM_END.search(view, match.end(), match.end() + 600)
        if end:
            found.extend(_names_in(view, match.end(), end.start(), ents))
    for match in _AGENT_LABEL.finditer(view):  # a form's 'ATTORNEY(S)-IN-FACT:  Name     Name' line
        for cell in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", match.group("cells")):
            for item in split_names(cell.group(), match.start("cells") + cell.start()):  # 'Mark Kaplow and Kevin Korsh'
                name = strip_person(item.text)
                if is_person_name(name):
                    found.append(Found(name, item.start, item.start + len(name), confidence=0.85))
    for match in _HELD_BY.finditer(view):  # agents appointed by office, with who holds it now
        name = strip_person(match.group("name"))
        if is_person_name(name):
            found.append(Found(name, match.start("name"), match.start("name") + len(name), confidence=0.8))
    if not found:
        found.extend(_listed_agents(view))
    return unique(found)


# 'each of the General Counsel of Landstar System, Inc. (the "Company") (a position currently held by Michael K.
# Kneller), the Chief Financial Officer of the Company (a position currently held by L. Kevin Stout) and ...'
_HELD_BY = re.compile(
    r"\(\s*(?:a|which)\s+(?:position|office)\s+(?:is\s+)?(?:currently\s+|presently\s+|now\s+)?held\s+by\s+"
    r"(?P<name>(?-i:[A-Z])[^()\n]{2,60}?)\s*\)",
    FLAGS,
)


_AGENT_LABEL = re.compile(
    r"^[ \t]*(?:names?\s+of\s+)?(?:attorneys?(?:\(s\))?(?:[- ]in[- ]fact)?|agents?(?:\(s\))?)[ \t]*:[ \t]*"
    r"(?P<cells>[^\n]+)",
    FLAGS | re.M,
)


# agents named elsewhere: 'each of the persons listed on Exhibit A attached hereto', 'the individuals listed below'
_LISTED = re.compile(
    r"\b(?:named|listed|identified|set\s+forth)\s+(?:(?:on|in)\s+(?P<ref>(?:Schedule|Exhibit|Annex|Appendix|Attachment)"
    r"\s+[A-Z0-9]{1,3})\b|below\b)"
    r"|\b(?:designate|appoint|authori[sz]e)\s+(?P<below>the\s+below)\b(?!-)",  # 'designate the below'
    FLAGS,
)
_NAME_LINE = re.compile(
    r"[ \t|]*(?:\(?(?:\d{1,2}|[a-z])[.)][ \t]+|[•·*-][ \t]+)?"  # '1. Kate DeHoff', '(a) ...', '• ...'
    r"(?P<name>(?-i:[A-Z])[^\n|,]{2,60}?(?:,[ \t]*(?:Jr|Sr|II|III|IV)\.?)?)[ \t|]*(?:(?:,|[ \t]{3,}|\|)[^\n]*)?"
)


_PEOPLE_BEFORE = re.compile(
    r"\b(?:persons?|individuals?|attorneys?(?:-in-fact)?|agents?|officers?|employees?|representatives?|designees?)\b"
    r"[^.;]{0,40}$",
    FLAGS,
)


def _listed_agents(view: str) -> list[Found]:
    """The names, one to a line, of the schedule or the list an appointment refers to."""
    for ref in _LISTED.finditer(view):
        start = ref.end()
        people = ref.group("below") or _PEOPLE_BEFORE.search(view, max(0, ref.start() - 80), ref.start())
        if not ref.group("ref") and not people:
            continue  # 'as of the date set forth below': not a list of people
        heading = _list_heading(view, ref)
        if ref.group("ref") and not heading:
            continue
        names = _name_lines(view, heading.end() if heading else start, 1000, signed=bool(heading))
        blocks = _name_blocks(view, start) if not ref.group("ref") else []
        if names or blocks:  # (blocks when as many: 'Owen Bradley' / 'Staff Accountant' is one person)
            return blocks if len(blocks) >= len(names) else names
    return []


_LIST_ENDS = re.compile(r"in\s+witness|sincerely|very\s+truly|cordially|signature|dated?\s*:|" + SIG.pattern, FLAGS)


def _name_blocks(view: str, start: int) -> list[Found]:
    """The people listed below the grant, each in a block of short lines that begins with the name, perhaps
    after the rest of the grant ('Jennifer Patrick' / 'Financial Associate' / 'Mid-America Apartment Communities,
    Inc.' / '' / 'Leslie B.C. Wolfgang' / ...); not past the signature."""
    names: list[Found] = []
    for block in re.finditer(r"(?:^[ \t|]*\S[^\n]*\n?)+", view[start : start + 4000], re.M):
        lines = block.group().strip("\n").split("\n")
        first = lines[0].strip(" \t|")
        name = strip_person(first)
        if len(lines) <= 4 and all(len(ln) < 100 for ln in lines) and is_person_name(name) and not is_org_name(name):
            at = start + block.start() + block.group().find(first)
            names.append(Found(name, at, at + len(name), confidence=0.75))
            continue
        if names or _LIST_ENDS.search(block.group()):
            break
    return names


def listed_block(view: str) -> tuple[int, int] | None:
    """Where the agents' list stands under a heading of its own ('each of the "Authorized Representatives" named
    below' ... 'Authorized Representatives' / '/s/ Lincoln E. Bleveans' / ...): they sign there, not as grantors."""
    for ref in _LISTED.finditer(view):
        heading = _list_heading(view, ref)
        names = _name_lines(view, heading.end(), 0, signed=True) if heading else []
        if names:
            return heading.start(), names[-1].end
    return None


def _list_heading(view: str, ref: re.Match[str]) -> re.Match[str] | None:
    """The heading of the list a reference points to: its schedule ('Exhibit A'), or the term it defines for the
    people in it ('the "Authorized Representatives" named below')."""
    term = ref.group("ref")
    if not term:
        quoted = re.search(r"[\"“](?P<term>[A-Z][^\"”\n]{2,40})[\"”]\s*$", view[max(0, ref.start() - 60) : ref.start()])
        term = quoted.group("term") if quoted else None
    if not term:
        return None
    words = r"\s+".join(re.escape(word) for word in term.split())
    return re.compile(rf"^[ \t|]*{words}[ \t|:]*$", FLAGS | re.M).search(view, ref.end())


def _name_lines(view: str, start: int, search: int, signed: bool = False) -> list[Found]:
    """Names one to a line from ``start`` (after up to ``search`` characters of other lines), to the first line that
    is not a name; ``signed``: a list the agents sign ('/s/ Lincoln E. Bleveans' / 'Lincoln E. Bleveans')."""
    names: list[Found] = []
    for line in re.finditer(r"^[^\n]*\S[^\n]*$", view[start : start + 5000], re.M):
        text = line.group()
        mark = SIG.match(text, len(text) - len(text.lstrip(" \t|"))) if signed else None
        match = _NAME_LINE.fullmatch(text, mark.end() if mark else 0)
        name = strip_person(match.group("name").strip()) if match else ""
        if name and is_person_name(name) and not is_org_name(name):
            at = start + line.start() + match.start("name")
            names.append(Found(name, at, at + len(name), confidence=0.8))
        elif names or line.start() > search:
            break
    return names


_YOU = re.compile(r"\s+(?:(?:each|both|any|either)\s+(?:one\s+)?of\s+)?you\b", FLAGS)
_SALUTATION = re.compile(
    # ('Dear Sirs' in the British style has no colon)
    r"^[ \t|]*(?:(?:dear\b[^\n:,]*|(?:ladies\s+and\s+)?gentlemen)[:,]?"
    r"|[^\n]{0,60}\b(?:mr|ms|mrs|messrs)\.?[^\n]{0,60}:)[ \t]*$",
    FLAGS | re.M,
)


_ADDRESSEE = re.compile(r"^[ \t|]*(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+(?P<name>[A-Z][^\n,|]{2,50}?)[ \t|]*$", re.M)


def _addressees(view: str, before: int, ents: Tagger | None) -> list[Found]:
    """The people a letter is addressed to, named on a line above its salutation ('Dear Sirs:')."""
    salutations = list(_SALUTATION.finditer(view, 0, before))
    if not salutations:
        return []
    # an inside address per addressee: 'Mr. Gary Kerr' / 'Southern Power Company' / ... / 'Ms. Melissa K. Caen' / ...
    head = view[max(0, salutations[-1].start() - 1500) : salutations[-1].start()]
    offset = salutations[-1].start() - len(head)
    addressed = [
        Found(m.group("name"), offset + m.start("name"), offset + m.end("name"), confidence=0.85)
        for m in _ADDRESSEE.finditer(head)
        if is_person_name(m.group("name"))
    ]
    if len(addressed) > 1:
        return addressed
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", view[: salutations[-1].start()])][-6:]
    for line in reversed(lines):
        names = [n for n in _names_in(view, line.start(), line.end(), ents) if is_person_name(n.name)]
        if names:
            return names
    return []


def _agents_after(view: str, start: int, ents: Tagger | None, depth: int = 0) -> list[Found]:
    lead = _LEAD.match(view, start)
    start = lead.end() if lead else start
    stop = _STOP.search(view, start, min(len(view), start + 1500))
    end = stop.start() if stop else min(len(view), start + 400)
    names = _names_in(_without_descriptions(view, start, end), start, end, ents)
    # 'A and B, each of Orion Corp. (the "Company"), and C of Baker LLP': the list goes on after a definition
    more = _LIST_GOES_ON.match(view, stop.start()) if stop and depth < 2 else None
    if more:
        names += _agents_after(view, more.end(), ents, depth + 1)
    return names


def _without_descriptions(view: str, start: int, end: int) -> str:
    """The view with each name's description in brackets (and an 'Esq.') blanked, same length: 'Leon E. Roday
    (Genworth's Senior Vice President, General Counsel and Secretary), and ...'."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group()[1:-1]
        described = re.search(r"['’]s\b", inner) or is_title_text(inner)
        return " " * len(match.group()) if described else match.group()

    region = re.sub(r"\([^()\"“”]{3,160}\)", blank, view[start:end])
    # a lawyer's 'Esq.' after each name: 'Jane Owens, Esq., Kyle A. Bettigole, Esq. and Keith Higgins, Esq.'
    region = re.sub(r"(?<=,)(\s*)(Esq\.?|Esquire)(?![\w-])", lambda m: m.group(1) + " " * len(m.group(2)), region)
    return view[:start] + region + view[end:]


# where a list stops at a description of the names before ('..., each of Orion Corp. (the "Company"),') and goes on
_LIST_GOES_ON = re.compile(
    r"(?:,?\s*(?:each|all|both)\s+of\s+(?-i:[A-Z])[^,;()\n]{2,80}?)?\s*(?:\([^()]{0,60}\))?"
    r"\s*,?\s*(?:and|or)\s+(?:(?:certain|other|the\s+following)\s+(?:individuals|persons)\s*[,:]?\s*)?"
    r"(?=(?-i:[A-Z][A-Za-z]))"  # '... of X, Inc. (the "Company"), and certain individuals, Annita M. Menogan, ...'
    # ... or at a choice between them: 'Steven F. Crooke or, in the alternative, Jerry W. Fanska', 'Ronald E.
    # Christian, or, in his absence, Robert E. Heidorn', 'A or, in the case of his absence or inability to act as
    # such, B'
    r"|\s*in\s+(?:the\s+alternative|(?:his|her|their)\s+absence"
    r"|the\s+(?:case|event)\s+of\s+(?:his|her|their)\s+(?:absence|death|disability|inability|incapacity)[^,;()]{0,60})"
    r"\s*,\s*(?=(?-i:[A-Z][A-Za-z]))"
    # ... or at a definition after an office: 'A or the General Counsel of X ("MSA"), B or the Treasurer of MSA and C'
    r"|\s*\(\s*(?:the\s+)?[\"“][^()]{1,40}\)\s*,\s*(?=(?-i:[A-Z][a-z]*\.?[ \t]+[A-Z]))"
    # ... or at a name's capacity: 'A, in his role and capacity as corporate secretary, B (in her capacity as X) and C'
    r"|,?\s*\(?\s*in\s+(?:his|her|its|their)\s+(?:role\s+and\s+)?(?:official\s+)?capacit(?:y|ies)\s+as\s+"
    r"(?:(?!\b(?:each|them|undersigned|to|with|for)\b)[^;()\n]){2,80}?\)?"
    r"\s*,?\s*(?:(?:and|or)\s+)?(?=(?-i:[A-Z][A-Za-z]))",
    FLAGS,
)


def _entity_in(view: str, item: ListItem, tagger: Tagger | None) -> Found | None:
    """The NER model's person or organization that covers most of a list item the rules could not read.

    The model runs only here, on the item and a little context, so documents the rules read in full cost
    nothing extra."""
    if tagger is None:
        return None
    size = len(item.text.replace(" ", "")) or 1
    for start, end, label in tagger(view, max(0, item.start - 60), min(len(view), item.end + 60)):
        if label in ("PERSON", "ORG") and start >= item.start - 1 and end <= item.end + 1:
            text = squash(view[start:end])
            if len(text.replace(" ", "")) >= 0.6 * size:
                return Found(text, start, end, confidence=0.75, method="ner")
    return None


_ADDRESS_OPENS = re.compile(r"(?:of|residing\s+at|resident\s+of|with\s+(?:an\s+)?address\s+at)\s", FLAGS)


def _names_in(view: str, start: int, end: int, ents: Tagger | None = None) -> list[Found]:
    """Names in a list region; an address after a name ('X of 3 Main Street, ...') is skipped. Where the rules
    cannot read an item (an unusual name, OCR noise), the NER model's person or organization there is taken."""
    names: list[Found] = []
    in_address = False
    misses = 0  # unreadable items in a row: OCR noise inside a list ('KRISTIN H. [VES') is skipped
    of_office = False
    for item in _list_items(view, start, end):
        text = squash(re.sub(r"\s*\((?=[a-z])[^)]*\)", "", item.text))  # '(the Company's General Counsel)'
        text = re.sub(r"^(?:any|each|either)\s+(?:one\s+)?of\s+(?=[A-Z])", "", text)  # '..., and failing her, any of B'
        before = view[max(start, item.start - 12) : item.start].lower()
        joined = bool(re.search(r"\b(?:or|and)\W*$|failing\s+\w+\W*$", before))
        match = re.match(r"^(.*?)\s*,?\s+[Oo]f\s+(.+)$", text)  # ('Hugh F. Sharber' / 'Of Chattanooga, Tennessee')
        if _ADDRESS_OPENS.match(text):  # 'Of Chattanooga, ...', 'residing at 6 Wintergreen Dr. West, ...'
            in_address = True
            continue
        if match and is_person_name(strip_person(match.group(1))):
            text, in_address = match.group(1), True
        elif in_address and not joined:
            continue
        if match and is_title_text(re.sub(r"^the\s+", "", match.group(1), flags=FLAGS)):
            of_office = True  # 'the Secretary and Assistant Secretaries of A, B, INC. and C': offices, no names
            continue
        text = re.sub(r"\b([A-Z]) ([a-z]{2,})", r"\1\2", text)  # OCR splits a word: 'S.E. F underburg'
        candidate = _resolve_defined(view, text) or text
        person = strip_person(candidate)
        if not is_person_name(person) and re.search(r"\s[a-z]", candidate):
            person = _name_before_the_rest(candidate) or person
        if not is_person_name(person):
            person = _name_before_office(candidate) or person
        if is_person_name(person) and (pair := _run_together(person)):
            first = _found(view, item, pair[0], 0.85)
            second_at = view.find(pair[1].split()[0], first.end, item.end + 1)
            names.append(first)
            names.append(Found(pair[1], second_at, second_at + len(pair[1]), confidence=0.85))
        elif is_person_name(person):
            names.append(_found(view, item, person, 0.9))
        elif of_office and is_org_name(candidate):
            continue  # the next of the organizations whose officers are appointed
        elif is_org_name(candidate) and not is_title_text(candidate):
            names.append(_found(view, item, squash(candidate), 0.8))
        elif is_title_text(candidate) and len(candidate) < 80:
            continue  # an office between names: 'John Roe, General Counsel, and Mary Poe'
        elif not in_address and (entity := _entity_in(view, item, ents)):
            names.append(entity)
        elif not in_address:
            misses += 1
            if not names or misses > 1 or len(text) > 40:
                break
            continue
        else:
            continue
        misses = 0
        in_address = in_address and not joined or bool(match)
    return names


def _name_before_the_rest(candidate: str) -> str | None:
    """'or Angela P. Winter full power to act': the name, then the sentence goes on (a 'with' left out). Not two
    names run together before a verb ('William R. Hambrecht Anthony J. Vinciquerra has appointed me')."""
    lead = strip_person(leading_name(candidate))
    rest = re.match(r"\s+(?!(?:has|have|is|are|was|were|shall|will|may)\b)[a-z]", candidate[len(lead) :])
    if rest and len(lead.split()) <= 4 and is_person_name(lead) and not is_org_name(candidate):
        return lead
    return None


def _name_before_office(candidate: str) -> str | None:
    """'Dale A. Thatcher Executive Vice President': a name and its office with the comma between left out."""
    lead = strip_person(leading_name(candidate))
    rest = candidate[candidate.find(lead) + len(lead) :] if lead else ""
    if lead and rest.strip() and is_person_name(lead) and is_title_text(rest) and not is_person_name(rest.strip()):
        return lead
    return None


def _run_together(name: str) -> tuple[str, str] | None:
    """Two names a missing comma ran together: 'KINGA KAPUSCINSKI NICHOLAS J. KOLOKITHAS', 'James D. Staley J.
    Dawson Cunningham'. The second begins 'Given I.' or, after a name with its own initial, with an initial."""
    words = name.split()
    if len(words) < 5:
        return None
    initial = re.compile(r"[A-Z]\.")
    for k in range(2, len(words) - 1):
        left, right = words[:k], words[k:]
        if len(right) < 2 or initial.fullmatch(left[-1]) or not is_person_name(" ".join(left)):
            continue
        right_given_initial = len(right) >= 3 and initial.fullmatch(right[1]) and not initial.fullmatch(right[0])
        left_has_initial = any(initial.fullmatch(w) for w in left[1:])
        if (right_given_initial or (left_has_initial and initial.fullmatch(right[0]))) and is_person_name(
            " ".join(right)
        ):
            return " ".join(left), " ".join(right)
    return None


def _list_items(view: str, start: int, end: int) -> list[ListItem]:
    """Items of a list region; one name per line when every line of the region is a name."""
    region = view[start:end]
    lines = [m for m in re.finditer(r"[^\n]+", region) if m.group().strip(" ,;")]
    names = [m.group().strip(" ,;") for m in lines[:-1]]
    last = re.sub(r"^(?:and|or)\s+", "", lines[-1].group().strip(" ,;"), flags=FLAGS) if lines else ""
    if (
        len(lines) >= 2
        and all("," not in n and is_person_name(strip_person(n)) for n in names)
        and not re.search(r",|\s(?:and|or)\s", last)  # 'Avery S. Cohen, Suzanne K. Hanselman and William Hull'
        and is_person_name(strip_person(last))  # not 'appoint C. Jerome' / 'Dill': one name wrapped over a line end
    ):
        items = []
        for m in lines:
            text = m.group().strip(" ,;")
            text = re.sub(r"^(?:and|or)\s+", "", text, flags=FLAGS)
            at = start + m.start() + m.group().find(text)
            items.append(ListItem(text, at, at + len(text)))
        return items
    return split_names(region, start)


def _found(view: str, item: ListItem, name: str, confidence: float) -> Found:
    at = view.find(name.split()[0], item.start, item.end + 1)
    start = at if at >= 0 else item.start
    return Found(name, start, max(start, item.end), confidence=confidence)


def _resolve_defined(view: str, text: str) -> str | None:
    """'the Investment Manager' -> the organization defined as (the "Investment Manager"); 'WFOE' as ("WFOE")."""
    match = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})", text)
    acronym = re.fullmatch(r"[A-Z][A-Z&]{1,7}", text)  # 'appoints WFOE or its designated person'
    if not match or text[:1].isupper() and not text.lower().startswith("the ") and not acronym:
        return None
    return defined_entity(view, match.group(1))


def defined_entity(view: str, term: str) -> str | None:
    """The organization a defined term stands for: 'FRANKLIN ADVISERS, INC. (the "Investment Manager")'."""
    pattern = re.compile(DEF.format(term=re.escape(term).replace(r"\ ", r"\s+")))
    for match in pattern.finditer(view):
        org = org_before(view, match.start())
        if org:
            return org[0]
    return None
