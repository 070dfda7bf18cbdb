"""Who grants the power, who receives it, and which company it concerns.

Rules follow how POAs are written: an appointment clause ("constitutes and appoints A, B and C, and each
of them, ... true and lawful attorneys-in-fact") names the agents; signature blocks ("/s/ Name", "By:"
lines under an entity, "Name:"/"Title:" cells, signature tables) and the opening ("I, Name,") name the
grantors; "(the "Company")" definitions, "officer of X" and "securities of X" name the issuer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from .lexicon import lexicon
from .names import (
    ListItem,
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

FLAGS = re.IGNORECASE
_VERB = r"(?:constitute|designate|appoint|authori[sz]e|retain|nominate)(?:s|d|ed)?"
APPOINT = re.compile(rf"(?:\b{_VERB}|(?<=hereby\s)names?)\b(?:\s*,?\s*(?:and|&)?\s*(?:{_VERB}|make|makes)\b)*", FLAGS)
_LEAD = re.compile(
    r"\s*(?:(?:hereby|irrevocably|severally|jointly(?:\s+and\s+severally)?)\s+)*"
    r"(?:(?:each|any|all|both)\s+(?:and\s+every\s+)?(?:one\s+|two\s+|three\s+)?(?:of\s+)?)?"
    r"(?:the\s+following(?:\s+persons?)?\s*:?\s*)?",
    FLAGS,
)
_STOP = re.compile(
    r",?\s*(?:and\s+|or\s+)?\b(?:each|any|either|all|both)\s+(?:(?:or|and)\s+(?:any|either|each)\s+)?(?:one\s+)?of\s+(?:them|us)\b"
    r"|,?\s*(?:each\s+)?(?:signing|acting)\s+(?:singly|individually|alone|jointly|severally|together)"
    r"|,?\s*(?:jointly|severally|individually)\b"
    r"|,?\s+as\s+(?:his|her|its|their|the|my|our|true|attorneys?|agents?|such|each|a|an|proxy|proxies)\b"
    r"|,?\s+(?:his|her|its|their|my|our|your|the\s+undersigned['’]?s?|said|such|its)(?:\s+or\s+(?:her|his)|/(?:her|his))?\s+"
    r"(?:true|lawful|attorneys?|agents?|exclusive|proxy|sole|full|attorney-in-fact)"
    r"|\s+to\s+(?:be|act|sign|execute|exercise|file|do|make|prepare|take|vote|negotiate|serve)\b"
    r"|,?\s+(?:with|without|having)\s+(?:full\s+)?(?:power|authority)"
    r"|,\s+with\b|\s+(?:is|are)\s+(?:hereby\s+)?(?:duly\s+)?(?:authori|design|appoint|empower)"
    r"|\((?:together|each|with|and|collectively|hereinafter|individually|as|or|in)\b|\(\s*(?:the\s+)?[\"“]"
    r"|:|;(?!\s*(?:and|or)\s+(?-i:[A-Z]))(?=\s*(?:and\s+|or\s+)?(?-i:\(?[a-z0-9]{1,3}\)|[a-z]))|(?<=[a-z]{3})\.(?:\s|$)|,\s+whose\b|\s+who\b|,\s+each\s+of\s+|\s+and\s+(?:his|her|their|its)\s+"
    r"|\s+and\s+any\s+other\b|\s+for\s+(?:the|him|her|me|us|it)\b|\s+in\s+(?:my|his|her|its|the)\b"
    r"|(?<=[a-z]{2}[.:;])\s*\n\s*\n",
    FLAGS,
)
# '... authorizes and directs the following persons to file the Form on his behalf: A, B or C.'
_FOLLOWING = re.compile(
    r"\bthe\s+following\s+(?:persons?|individuals?|attorneys?(?:-in-fact)?)\b[^:.;]{0,80}:\s*", FLAGS
)
_CONFIRM = re.compile(r"\bconfirms?\s+that\s+", FLAGS)
_CONFIRM_END = re.compile(r"\s+(?:is|are)\s+(?:hereby\s+)?(?:duly\s+)?(?:authori[sz]ed|designated|appointed)", FLAGS)
# '/s/' as typed, and as OCR reads it at a margin or through a speck: 's/ Name', '/sJames', '\/s/'
# ... and the '*' of a conformed signature table whose signers signed through an attorney-in-fact
# ... and a conformed signature typed in quotes on a line of its own ('“David W. Leebron”')
SIG = re.compile(
    r"(?<![\w/])(?:[/|\\]?s/|/s(?=[A-Z]))\s*|(?m:^[ \t|]*\*(?=[ \t]{2,}\S|[ \t|]*$))"
    r"|(?m:^[ \t|]*[“\"](?=[A-Z][^”\"\n]{2,60}[”\"][ \t|]*$))"
    r"|[“\"](?=(?P<quoted>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*,?){1,4})[”\"][ \t|]+(?P=quoted)\b)",
    FLAGS,
)
_CLOSING = re.compile(
    r"^\s*(?:sincerely|very truly yours|yours truly|truly yours|respectfully(?: submitted)?|"
    r"regards|best regards|cordially)\s*,?\s*$",
    FLAGS | re.MULTILINE,
)
# a defined term: '(the "Company")', or ', hereinafter referred to as the "Corporation,"'
_DEF = (
    r"(?:\((?:[^()]{{0,40}}?\bor\s+)?\s*(?:the\s+)?[\"“']?\s*{term}\s*[\"”']?\s*\)"
    r"|\b(?:hereinafter\s+)?(?:referred\s+to\s+as|called)\s+(?:the\s+)?[\"“]{term}[\"”,]{{1,2}})"
)
_COMPANY_TERMS = ("Company", "Corporation", "Issuer", "Registrant", "Fund", "Trust", "Partnership", "Bank")
_TERMS = "|".join(_COMPANY_TERMS)
_COMPANY_DEF = re.compile(  # _DEF for every company term in one pass
    _DEF.replace("{term}", f"(?P<t1>{_TERMS})", 1)
    .replace("{term}", f"(?P<t2>{_TERMS})", 1)
    .replace("{{", "{")
    .replace("}}", "}"),
    FLAGS,
)
_OFFICER_OF = re.compile(
    r"\b(?:officers?|directors?|trustees?|(?:and/or\s+)?directors?|(?:share|stock)holders?|managers?|general\s+partner|"
    r"(?:section\s+16\s+)?(?:reporting\s+persons?|insiders?))"
    r"\s+(?:and/or\s+(?:officers?|directors?|trustees?)\s+)?of\s+(?:each\s+of\s+)?",
    FLAGS,
)
# 'the Registration Statement on Form S-8 of Fabrikam Corporation', 'this Annual Report on Form 10-K of ...'
_FILING_OF = re.compile(
    r"\b(?:registration\s+statement|annual\s+report|quarterly\s+report|report|statement)"
    r"(?:\s+on\s+Form\s+[\w-]+)?\s*,?\s+(?:of|for)\s+(?:said\s+)?(?!the\b|such\b|any\b|each\b)",
    FLAGS,
)
# 'NRG Energy, Inc.'s (and the NRG Companies' (as Co-Registrants)) Registration Statement on Form S-4'
_OWN_STATEMENT = re.compile(
    r"['’]s\s+(?:\([^;.]{0,80}?\)\)?\s+)?(?:registration\s+statement|annual\s+report|quarterly\s+report|Form\s+\d)",
    FLAGS,
)
# 'a statement under Section 16(a) ... with respect to the Blue Harbor Fund, Inc., a Maryland corporation'
_CONCERNING = re.compile(
    r"\b(?:with\s+respect\s+to|in\s+respect\s+of|relating\s+to|concerning)\s+(?:the\s+)?"
    r"(?!(?:securities|shares|stock|such|any|its|his|her|their|my|our|each|all|this|that|these|those|company|"
    r"corporation|issuer|registrant|undersigned)\b)",
    FLAGS,
)
# 'the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly
# authorized.' followed by the registrant's name above its 'By:' line
_REGISTRANT_BLOCK = re.compile(
    r"registrant\s+has\s+duly\s+caused\s+this\b[^.]{0,300}?\bduly\s+authori[sz]ed\b[^.]{0,200}?\.\s*", FLAGS
)
_SECURITIES_OF = re.compile(
    r"\b(?:securities|(?:common\s+|ordinary\s+|preferred\s+)?(?:shares|stock)|units|common\s+units|interests)"
    r"\s+(?:issued\s+by|of)\s+(?!the\b|such\b|any\b|each\b|beneficial\b)",
    FLAGS,
)
# a cell of a line: text up to a '|' or a column gap of three spaces or more
_CELL = re.compile(r"(?:[^|\s]|\s(?!\s\s))+")
_DATE_WORDS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
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


# --------------------------------------------------------------------------------------------- agents


Entity = tuple[int, int, str]  # start, end, label of a span the NER model found
Tagger = Callable[[str, int, int], list[Entity]]  # (view, start, end) -> entities with offsets into the view


def find_agents(view: str, ents: Tagger | None = None) -> list[Found]:
    """Agents named in every appointment clause, in order, each once."""
    found: list[Found] = []
    for match in APPOINT.finditer(view):
        if _YOU.match(view, match.end()):
            found.extend(_addressees(view, match.start(), ents))  # a letter that appoints 'each of you'
            continue
        found.extend(_agents_after(view, match.end(), ents))
    for match in _FOLLOWING.finditer(view):
        found.extend(_agents_after(view, match.end(), ents))
    for match in _CONFIRM.finditer(view):
        end = _CONFIRM_END.search(view, match.end(), match.end() + 600)
        if end:
            found.extend(_names_in(view, match.end(), end.start(), ents))
    return _unique(found)


_YOU = re.compile(r"\s+(?:(?:each|both|any|either)\s+(?:one\s+)?of\s+)?you\b", FLAGS)
_SALUTATION = re.compile(
    r"^[ \t|]*(?:dear\b[^\n]*|(?:ladies\s+and\s+)?gentlemen|[^\n]{0,60}\b(?:mr|ms|mrs|messrs)\.?[^\n]{0,60}):[ \t]*$",
    FLAGS | re.M,
)


def _addressees(view: str, before: int, ents: Tagger | None) -> list[Found]:
    """The people a letter is addressed to, named on a line above its salutation ('Dear Sirs:')."""
    salutations = list(_SALUTATION.finditer(view, 0, before))
    if not salutations:
        return []
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
    names = _names_in(view, start, end, ents)
    # 'A and B, each of Orion Corp. (the "Company"), and C of Baker LLP': the list goes on after a definition
    more = _LIST_GOES_ON.match(view, stop.start()) if stop and depth < 2 else None
    if more:
        names += _agents_after(view, more.end(), ents, depth + 1)
    return names


# where a list stops at a description of the names before ('..., each of Orion Corp. (the "Company"),') and goes on
_LIST_GOES_ON = re.compile(
    r"(?:,?\s*(?:each|all|both)\s+of\s+(?-i:[A-Z])[^,;()\n]{2,80}?)?\s*(?:\([^()]{0,60}\))?"
    r"\s*,?\s*(?:and|or)\s+(?=(?-i:[A-Z][a-z]))",
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


def _names_in(view: str, start: int, end: int, ents: Tagger | None = None) -> list[Found]:
    """Names in a list region; an address after a name ('X of 3 Main Street, ...') is skipped. Where the rules
    cannot read an item (an unusual name, OCR noise), the NER model's person or organization there is taken."""
    names: list[Found] = []
    in_address = False
    misses = 0  # unreadable items in a row: OCR noise inside a list ('KRISTIN H. [VES') is skipped
    for item in _list_items(view, start, end):
        text = squash(re.sub(r"\s*\((?=[a-z])[^)]*\)", "", item.text))  # '(the Company's General Counsel)'
        before = view[max(start, item.start - 12) : item.start].lower()
        joined = bool(re.search(r"\b(?:or|and)\W*$|failing\s+\w+\W*$", before))
        match = re.match(r"^(.*?)\s*,?\s+of\s+(.+)$", text)
        if text.lower().startswith("of "):
            in_address = True
            continue
        if match and is_person_name(strip_person(match.group(1))):
            text, in_address = match.group(1), True
        elif in_address and not joined:
            continue
        text = re.sub(r"\b([A-Z]) ([a-z]{2,})", r"\1\2", text)  # OCR splits a word: 'S.E. F underburg'
        candidate = _resolve_defined(view, text) or text
        person = strip_person(candidate)
        if is_person_name(person):
            names.append(_found(view, item, person, 0.9))
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
    """'the Investment Manager' -> the organization defined as (the "Investment Manager")."""
    match = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})", text)
    if not match or text[:1].isupper() and not text.lower().startswith("the "):
        return None
    return defined_entity(view, match.group(1))


def defined_entity(view: str, term: str) -> str | None:
    """The organization a defined term stands for: 'FRANKLIN ADVISERS, INC. (the "Investment Manager")'."""
    pattern = re.compile(_DEF.format(term=re.escape(term).replace(r"\ ", r"\s+")))
    for match in pattern.finditer(view):
        org = org_before(view, match.start())
        if org:
            return org[0]
    return None


# ---------------------------------------------------------------------------------------- organizations

_GAP = r"(?:[ \t]*\n?[ \t]*)"
_SUFFIX = r"(?:Inc|Ltd|LLC|L\.L\.C|Corp|Corporation|Company|Limited|L\.P|plc|PLC|INC|LTD|CORP)\b"
_ORG_RUN = re.compile(
    rf"(?:[A-Z][\w'’&.\-]*|&)(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*|{_GAP},{_GAP}|\s*\n[ \t]*\n\s*(?={_SUFFIX}))"
    r"(?:[A-Z][\w'’&.\-]*|&|\([A-Z][\w]*\)|and|of|for|de|the|du|des|oHG|plc))*"
)
_BOUNDARY = re.compile(
    r"\b(?:POWER\s+OF\s+ATTORNEY|KNOW\s+ALL|WHEREAS|RESOLVED|EXHIBIT\s+[\d.]+|RELATING\s+TO|WITH\s+RESPECT\s+TO|"
    r"IN\s+RESPECT\s+OF|REGISTRATION\s+STATEMENTS?(?:\s+ON\s+FORM\s+[\w-]+)?)\b,?",
    re.IGNORECASE,
)


def org_before(view: str, end: int, window: int = 260, across_blank: bool = False) -> tuple[str, int, int] | None:
    """The last organization name that ends before ``end`` within the same sentence (or title block)."""
    start = max(0, end - window)
    chunk = view[start:end]
    if not across_blank:
        # a blank line ends the sentence, unless the text goes on in lower case (OCR breaks blocks mid-sentence)
        blank = [
            m
            for m in re.finditer(r"\n[ \t]*\n\s*", chunk)
            if m.end() < len(chunk) and not re.match(rf"[a-z(]|{_SUFFIX}", chunk[m.end() :])
        ]
        if blank:
            start, chunk = start + blank[-1].end(), chunk[blank[-1].end() :]
    cut = max(chunk.rfind(". "), chunk.rfind(".\n"), chunk.rfind(";"))
    while cut >= 0 and re.search(r"\b(?:Inc|Ltd|Co|Corp|L\.P|N\.V|S\.A|Jr|No|U\.S|[A-Z])$", chunk[:cut], FLAGS):
        cut = max(chunk.rfind(". ", 0, cut), chunk.rfind(".\n", 0, cut), chunk.rfind(";", 0, cut))
    if cut >= 0:
        start, chunk = start + cut + 1, chunk[cut + 1 :]
    best = None
    for match in _ORG_RUN.finditer(chunk):
        raw = match.group()
        parts = list(_BOUNDARY.finditer(raw))
        skip = parts[-1].end() if parts else 0
        skip += len(raw[skip:]) - len(raw[skip:].lstrip())
        text = _trim_org(raw[skip:])
        if text and is_org_name(text):
            a, b = _locate(raw, text, skip)
            best = (squash(text), start + match.start() + a, start + match.start() + b)
    return best


def _spaced(text: str) -> str:
    """A regex for ``text`` whose words may be parted by any white space (a line break in a name)."""
    return r"\s+".join(re.escape(w) for w in text.split())


def _locate(raw: str, text: str, at: int = 0) -> tuple[int, int]:
    """Where a trimmed name (words re-joined by single spaces) stands in the raw run it was cut from."""
    found = re.compile(_spaced(text)).search(raw, at)
    return found.span() if found else (at, at + len(text))


def org_after(view: str, start: int) -> tuple[str, int, int] | None:
    """The organization name that begins at ``start`` ('POZEN\\nInc. (the "Company")')."""
    match = _ORG_RUN.match(view, start)
    if not match:
        return None
    text = _trim_org(_BOUNDARY.split(match.group())[0])
    # 'Validus Holdings, Ltd. held by' and 'CIGNA Corporation, a Delaware corporation' end at the suffix
    if text and is_org_name(text):
        a, b = _locate(match.group(), text)
        return squash(text), start + a, start + b
    return None


_HOLDER_WORDS = {"owner", "owners", "holder", "holders", "stockholder", "shareholder", "capacity", "behalf", "insider"}
_SENTENCE_STARTS = {
    "this",
    "the",
    "such",
    "each",
    "any",
    "all",
    "in",
    "it",
    "its",
    "if",
    "upon",
    "as",
    "by",
    "on",
    "i",
    "we",
    "he",
    "she",
    "these",
    "that",
    "said",
    "to",
    "for",
    "unless",
    "notwithstanding",
    "date",
    "dated",
}


def _trim_org(text: str) -> str:
    text = text.rstrip(" ,&")
    for sentence in re.finditer(r"\.\s+(\w+)", text):
        if sentence.group(1).lower() in _SENTENCE_STARTS:  # 'Corvallis Corporation. This authorization ...'
            head = text[: sentence.start()]
            abbreviated = re.search(r"\b(?:Inc|Corp|Ltd|Co|Bhd|L\.P|N\.V|S\.A|L\.L\.C|P\.C|A\.G)$", head, FLAGS)
            text = head + "." if abbreviated else head
            break
    # 'Director of Arzencor Medical Group, Inc.', 'IN THE UNDERSIGNED'S CAPACITY AS A DIRECTOR OF ALSOLCOR LTD.':
    # what comes before an office's 'of' is not part of the name (but 'Bank of America Corporation' is one name)
    for office in reversed(list(re.finditer(r"([\w'’-]+)\s+of\s+(?:the\s+)?", text, FLAGS))):
        word = office.group(1).lower()
        if (word in lexicon().title_words or word in _HOLDER_WORDS) and office.end() < len(text):
            text = text[office.end() :]
            break
    text = re.split(r",\s+(?:an?|the)\s+(?=[A-Z])", text, maxsplit=1, flags=FLAGS)[0]  # ', A DELAWARE CORPORATION'
    last = re.search(r"(\w+)\.$", text)
    if last and len(last.group(1)) >= 4 and last.group(1).lower() not in {"corp", "intl", "assn"}:
        text = text[:-1]  # the sentence's period: 'Holdings Corporation.' (but 'Corp.', 'Inc.', 'L.P.' keep theirs)
    # 'The Trust and FRANKLIN ADVISERS, INC.': two names joined by 'and', told apart by their case
    parts = re.split(r"\s+and\s+", text)
    if len(parts) == 2 and parts[0].isupper() != parts[1].isupper() and is_org_name(parts[1]):
        text = parts[1]
    words = text.split()
    while words and words[-1].lower().strip(",") in {"and", "of", "for", "the", "de", "du", "des", "&"}:
        words.pop()
    while words and words[0].lower() in {"and", "of", "for", "the", "&"} and words[0] != "The":
        words.pop(0)
    text = " ".join(words)
    # stop at the corporate suffix when words follow it ('Arch Capital Group Ltd. 2005 Long Term')
    m = re.search(r"^(.*?\b(?:Inc|Ltd|LLC|L\.L\.C|L\.P|LP|plc|PLC|Corp|INC|LTD|CORP)\b\.?)", text)
    if not m or len(m.group(1)) == len(text):
        return text
    rest = text[len(m.group(1)) :].strip(" ,.")
    # 'Acme Inc. Holdings' goes on; 'Westbrook Partners, L.P. This authority ...' is the next sentence
    first = rest.split()[0].lower() if rest.split() else ""
    next_sentence = m.group(1).endswith(".") and first in _SENTENCE_STARTS
    return m.group(1) if next_sentence or not rest.istitle() else text


# ------------------------------------------------------------------------------------------- company


def find_company(
    view: str, grantor_keys: set[str], agents: list[Found] | None = None
) -> tuple[Found | None, Found | None]:
    """The issuer and its state of incorporation. An office named right after an agent describes the agent
    ('Kathryn Burns, Vice President, Director of Finance of Monroe Bank'), not the grantor's issuer."""
    candidates: list[tuple[float, str, int, int]] = []
    described = [(a.end, a.end + 80) for a in agents or []]
    for match in _COMPANY_DEF.finditer(view):
        term = next(t for t in _COMPANY_TERMS if t.lower() == (match.group("t1") or match.group("t2")).lower())
        org = (
            org_before(view, match.start())
            or _named_with_term(view, match.start(), term)
            or _defined_run(view, match.start())
        )
        appointing = _is_appointing(view, match.end()) and not re.search(
            r"\b(?:of|in|by|for)\s+(?:the\s+)?$", view[: org[1]] if org else ""
        )
        issuer_term = term in ("Company", "Issuer", "Corporation", "Registrant")
        # a grantor that the text itself calls 'the Company' is the company (a fund that grants is not the issuer)
        if org and (issuer_term or norm_key(org[0]) not in grantor_keys) and not appointing:
            candidates.append((3.0 if term in ("Company", "Issuer", "Corporation") else 2.0, *org))
    for match in _OFFICER_OF.finditer(view):
        org = org_after(view, match.end())
        if org and not any(a <= match.start() < b and "," in view[a : match.start()] for a, b in described):
            candidates.append((2.5, *org))
    for match in _SECURITIES_OF.finditer(view):
        org = org_after(view, match.end())
        if org and norm_key(org[0]) not in grantor_keys:
            candidates.append((2.0, *org))
    for match in _OWN_STATEMENT.finditer(view):
        org = org_before(view, match.start())
        if org and org[2] == match.start():
            candidates.append((2.0, *org))
    for match in _FILING_OF.finditer(view):
        org = org_after(view, match.end())
        if org:  # a report of its own: an entity that grants the power for it is still the issuer
            candidates.append((2.0, *org))
    for match in _CONCERNING.finditer(view):
        org = org_after(view, match.end())
        if org and norm_key(org[0]) not in grantor_keys:
            candidates.append((1.8, *org))
    registrant = _registrant_block_org(view)
    if registrant:
        candidates.append((2.5, *registrant))
    letterhead = _letterhead_org(view)
    if letterhead and norm_key(letterhead[0]) not in grantor_keys:
        candidates.append((1.0, *letterhead))
    heading = _heading_org(view)
    if heading:
        candidates.append((1.5, *heading))
    candidates = [
        c
        for c in candidates
        if not _not_the_issuer(view, c[3]) and "securitiesandexchangecommission" not in norm_key(c[1])
    ]
    if not candidates:
        return None, _registrant_state(view)
    best = max(candidates, key=lambda c: (c[0], -c[2]))
    name, start, end = best[1:]
    # the fullest mention of the chosen company ('VIACOM INC.' vs 'Viacom Inc.' are the same)
    company = Found(name, start, end, confidence=min(1.0, best[0] / 3))
    return company, _state_after(view, end) or _state_after_any(view, name) or _registrant_state(view)


def _state_after_any(view: str, name: str) -> Found | None:
    """The state written after another mention of the company ('Duke Energy Corporation, a Delaware corporation')."""
    pattern = _spaced(name)
    for mention in re.finditer(pattern, view, FLAGS):
        state = _state_after(view, mention.end())
        if state:
            return state
    return None


_NOT_ISSUER = re.compile(
    r"\s*(?:and/or|or)\s+(?-i:[A-Z])|,?\s*(?:the\s+)?(?:issuer|company|fund|registrant)['’]s\s", FLAGS
)


def _defined_run(view: str, end: int) -> tuple[str, int, int] | None:
    """'USA INTERACTIVE, a Delaware corporation (the "Company")': a name without a corporate suffix, known for an
    organization by the definition (and the description) that follow it."""
    base = max(0, end - 160)
    head = view[base:end]
    described = re.search(
        r",\s*an?\s+[\w\s]{0,40}?(?:corporation|company|partnership|trust|association)\s*,?\s*$", head, FLAGS
    )
    if described:
        head = head[: described.start()]
    match = re.search(r"(?-i:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|for|the))*)\s*,?\s*$", head)
    if not match:
        return None
    words = match.group().strip(" ,").split()
    while words and (
        words[0] in {"The", "THE"} or is_title_text(words[0]) or _bare_word(words[0]) in lexicon().not_names
    ):
        words.pop(0)
    name = " ".join(words)
    if not words or not (name.isupper() or len(words) >= 2):
        return None
    start = base + match.start() + match.group().find(words[0])
    return squash(name), start, start + len(name)


def _named_with_term(view: str, end: int, term: str) -> tuple[str, int, int] | None:
    """'the Trust for Professional Managers (the "Trust")': a name that holds its own defined term."""
    match = re.search(
        r"(?-i:(?:[A-Z][\w&'’.-]*|for|of|and|the)(?:\s+(?:[A-Z][\w&'’.-]*|for|of|and|the)){1,8})\s*$",
        view[max(0, end - 120) : end],
    )
    if not match:
        return None
    words = match.group().split()
    while words and (words[0].lower() in {"the", "of", "for", "and"} or is_title_text(words[0])):
        words.pop(0)  # 'Trustees of the Trust for ...': the office and the article are not the name
    name = _trim_org(" ".join(words))  # 'Sole Trustee of the Eleventh ... Trust': the office is not the name
    words = name.split()
    if len(words) < 2 or term.lower() not in name.lower().split() or not name[:1].isupper():
        return None
    start = view.rfind(" ".join(words[:2]), 0, end)
    return (squash(name), start, start + len(name)) if start >= 0 else None


def _not_the_issuer(view: str, end: int) -> bool:
    """'Putnam Investment Management, LLC and/or Putnam, LLC, the Issuer's Investment Adviser': one of several
    organizations, or one described by its relation to the issuer, is not the issuer."""
    return bool(_NOT_ISSUER.match(view, end))


def _is_appointing(view: str, at: int) -> bool:
    """Is the defined entity the one that appoints ('... L.P. (the "Company") does hereby make ...')?"""
    return bool(re.match(rf"\s*,?\s*(?:does\s+|do\s+)?(?:hereby\s+)?(?:make|{_VERB})", view[at : at + 60], FLAGS))


def _registrant_block_org(view: str) -> tuple[str, int, int] | None:
    """The registrant's name printed above its 'By:' line after 'the registrant has duly caused this ...'."""
    match = _REGISTRANT_BLOCK.search(view)
    if not match:
        return None
    for cell in re.finditer(r"(?:[^|\s]|[ \t](?![ \t][ \t]))+", view[match.end() : match.end() + 400]):
        text = cell.group().strip(" |\t")  # cells of a line, or of a table: '| Date: ... |   | Apple Inc. |'
        if not text or _DATE_WORDS.match(text) or re.match(r"(?:date|dated)\b", text, FLAGS):
            continue
        if re.match(r"by\b|/s/", text, FLAGS):
            return None
        start = match.end() + cell.start() + cell.group().index(text[0])
        org = org_after(view, start)
        if org:
            return org
        if is_entity_line(text):
            return squash(text), start, start + len(text)
        return None
    return None


def _letterhead_org(view: str) -> tuple[str, int, int] | None:
    """A letter's head: an organization's name on the first line of a letter ('Re:', 'Dear ...', 'To whom ...')."""
    if not re.search(
        r"^\s*(?:re\s*:|dear\b|to\s+whom\b|ladies\s+and\s+gentlemen\b|gentlemen\s*:)", view[:1500], FLAGS | re.M
    ):
        return None
    first = re.search(r"\S[^\n]*", view)
    if not first:
        return None
    text = first.group().strip(" |")
    if not is_org_name(text) or "securitiesandexchangecommission" in norm_key(text):
        return None
    start = first.start() + first.group().find(text)
    return squash(text), start, start + len(text)


def _heading_org(view: str) -> tuple[str, int, int] | None:
    """An organization named in the title block, above or on the 'POWER OF ATTORNEY' heading."""
    for heading in re.finditer(r"POWER\s+OF\s+ATTORNEY", view[:1500], FLAGS):
        line_start = view.rfind("\n", 0, heading.start()) + 1
        line_end = view.find("\n", heading.end())
        alone = not re.sub(r"(?i)limited|special|durable", "", view[line_start : heading.start()]).strip(" |") and (
            line_end < 0 or not view[heading.end() : line_end].strip(" |")
        )
        if not view[heading.start() : heading.end()].isupper() and not alone:
            continue  # a heading: in capitals, or on a line of its own
        org = org_before(view, heading.start(), window=200, across_blank=True)
        if not org:
            continue
        line_start = view.rfind("\n", 0, org[1]) + 1
        line_end = view.find("\n", org[2])
        own_line = not view[line_start : org[1]].strip(" |") and not view[org[2] : line_end].strip(" |.")
        if "\n" in view[org[1] : org[2]] and all(
            is_org_name(part.strip()) for part in view[org[1] : org[2]].split("\n")
        ):
            return None  # two organizations on two title lines ('NUVEEN INVESTMENT TRUST / ... TRUST II'): several
        if view[org[1] : org[2]].isupper() or own_line:  # in capitals, or a title line of its own
            return org
    return None


@cache
def _state_pattern() -> re.Pattern[str]:
    lex = lexicon()
    names = "|".join(re.escape(s) for s in (*lex.states, *sorted(lex.state_adjectives, key=len, reverse=True)))
    return re.compile(
        rf",?\s*(?:an?\s+(?:[^\W\d_][\w.-]*\s+){{0,3}}?"  # 'a Delaware corporation', 'a société anonyme organized'
        rf"(?:(?:formed|organized|organised|incorporated|existing|registered)\s+(?:and\s+existing\s+)?(?:under\s+the\s+laws\s+of|in)\s+"
        rf"(?:the\s+(?:State|Commonwealth|Province|Republic|Kingdom|Grand\s+Duchy)\s+of\s+)?)?({names})\b)",
        FLAGS,
    )


def _state_after(view: str, end: int) -> Found | None:
    end = _skip_definition(view, end)  # 'GlaxoSmithKline plc (the "Company"), a company registered in England'
    match = _state_pattern().match(view, end)
    if not match:
        return None
    value = match.group(1)
    lex = lexicon()
    canonical = next((s for s in lex.states if s.lower() == value.lower()), None)
    canonical = canonical or lex.state_adjectives.get(value) or value
    return Found(canonical, match.start(1), match.end(1), confidence=0.9)


def _registrant_state(view: str) -> Found | None:
    """'the Registrant, a Bermuda limited liability company': the issuer's state without its name."""
    for match in re.finditer(r"\bthe\s+(?:Registrant|Company|Corporation|Issuer)\b", view):
        state = _state_after(view, match.end())
        if state:
            return state
    return None


# ------------------------------------------------------------------------------------------ grantors


@dataclass
class _Line:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        if not hasattr(self, "_key"):
            self._key = norm_key(self.text)
        return self._key


def _lines(view: str) -> list[_Line]:
    return [_Line(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\n]*", view) if m.group().strip(" |")]


def find_grantors(view: str, text: str | None = None) -> tuple[list[Found], int | None]:
    """Grantors from signature blocks, entity blocks and the opening; and where signatures begin."""
    lines = _lines(view)
    grantors: list[Found] = []
    sigs = list(SIG.finditer(view))
    signature_start = view.rfind("\n", 0, sigs[0].start()) + 1 if sigs else None
    entity_found = False
    for sig in sigs:
        entity = _entity_above(view, lines, sig.start())
        if entity is not None:
            grantors.extend(entity)  # the officer signing for it is not a grantor
            entity_found = entity_found or bool(entity)
            continue
        person = _signer(view, lines, sig)
        if person:
            grantors.append(person)
    if sigs:
        signed = [norm_key(g.name) for g in grantors]
        rows = _unsigned_rows(view, lines, sigs, text or view)
        grantors.extend(r for r in rows if not any(norm_key(r.name) in key for key in signed))
    grantors.extend(_by_blocks(view, lines))
    grantors.extend(_opening_grantors(view))
    if not sigs:
        grantors.extend(_unsigned_signers(view, lines, text or view))
    if not grantors:
        grantors.extend(_closing_grantor(view, lines) or _heading_grantor(view))
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
    grantors = sorted(_unique(grantors), key=lambda g: first[norm_key(g.name)])  # in order of appearance
    keys = [norm_key(g.name) for g in grantors]
    suffixed = {k for k in keys if re.search(r"(?:jr|sr|ii|iii|iv)$", k)}
    grantors = [g for g, k in zip(grantors, keys, strict=True) if not any(o.startswith(k) and o != k for o in suffixed)]
    keys = [norm_key(g.name) for g in grantors]  # 'Bradford J. Bomba' is 'Bradford J. Bomba, Jr.' signing
    grantors = [  # 'CRX' / 'ACQUISITION LTD.' read once whole and once from its second line
        g
        for g, k in zip(grantors, keys, strict=True)
        if not (is_org_name(g.name) and any(o != k and o.endswith(k) for o in keys))
    ]
    for g in grantors:
        g.name = _fullest(view, g.name)
    _fill_titles(view, lines, grantors)
    return grantors, signature_start


def _fullest(view: str, name: str) -> str:
    """The name at its fullest mention: '/s/ Nolan Altman' signs for 'Nolan T. Altman' named above."""
    words = name.split()
    if len(words) != 2 or is_org_name(name):
        return name
    pattern = rf"\b{re.escape(words[0])}\s+((?:[A-Z]\.\s*){{1,2}})\s*{re.escape(words[1])}\b"
    match = re.search(pattern, view, FLAGS)
    return f"{words[0]} {squash(match.group(1))} {words[1]}" if match else name


_SIGN_ROW = re.compile(r"^[ \t|]*(?:_{8,}|-{8,})[ \t|]{3,}(?P<title>[^|\n]+?)(?:[ \t|]{3,}|$)")


def _unsigned_rows(view: str, lines: list[_Line], sigs: list[re.Match[str]], raw: str) -> list[Found]:
    """Rows of a signature table that have a name and an office but no '/s/' yet (a conformed copy printed before
    every signer signed): 'Winfield M. Kelly, Jr.' / 'Chairman of the Board and Director' between signed rows."""
    first, last = _line_index(lines, sigs[0].start()), _line_index(lines, sigs[-1].start())
    found = []  # 'raw' is the text: the rules of '______' lines are blanked in the view
    for i in range(max(1, first - 10), min(len(lines), last + 60)):  # from the header row on
        text = strip_person(lines[i].text.strip(" |"))
        if re.search(r"\bnotary\b|\bsworn\b|\bstate\s+of\b|\bcounty\s+of\b", lines[i].text, FLAGS):
            break  # the signature table has ended
        office = re.match(r"^([^,]+?),\s+(.+)$", text)  # 'William J. Rainer, Director' on one line
        sign_line = _SIGN_ROW.match(raw[lines[i - 1].start : lines[i - 1].end])  # '-------   Director   June __, 2000'
        if office and is_person_name(office.group(1)) and _title_like(office.group(2)):
            text, nxt = office.group(1), office.group(2)
        elif sign_line and is_person_name(text):
            nxt = sign_line.group("title")
        else:
            nxt = next((ln.text.strip(" |") for ln in lines[i + 1 : i + 3] if ln.text.strip(" |")), "")
        if SIG.search(lines[i].text) or not is_person_name(text) or SIG.search(lines[i - 1].text):
            continue  # a signature, or the name printed under one
        context = " ".join(ln.text for ln in lines[max(0, i - 3) : i + 3])
        if _title_like(nxt) and not re.search(
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


def _signs_under_entity(lines: list[_Line], person: Found) -> bool:
    """Does this signature stand right under an entity's name (an officer signing for it whose 'By:' OCR or the
    layout lost)? A person who signs on a line of their own, below the entities' blocks, grants for themself."""
    if person.anchor is None:
        return True
    i = _line_index(lines, person.anchor)
    above = [ln.text.strip(" |") for ln in lines[max(0, i - 2) : i]]
    return any(
        is_org_name(text)
        or (is_entity_line(text) and not is_person_name(text) and not SIG.search(text))
        or _BY.match(text)
        or (re.match(r"by\b", text, FLAGS) and not SIG.search(text))  # not another block's 'By: /s/ Name'
        for text in above
    )


def _line_index(lines: list[_Line], pos: int) -> int:
    for i, line in enumerate(lines):
        if line.start <= pos <= line.end:
            return i
    return max(0, len([ln for ln in lines if ln.start < pos]) - 1)


_WITNESS_LINE = re.compile(r"^\W*(?:witness(?:ed)?(?:\s+by)?|attest(?:ed)?(?:\s+by)?)\s*:?\s*$", FLAGS)


def _signer(view: str, lines: list[_Line], sig: re.Match[str]) -> Found | None:
    """The person who signs at a '/s/' mark, unless a witness or a notary signs there."""
    i = _line_index(lines, sig.start())
    rest = view[sig.end() : lines[i].end]
    cell = re.split(r"\s{3,}|\||\t|(?i:/s/)", rest)[0]
    if re.search(r"[\"“]", view[sig.start() : sig.end() + 1]):
        cell = re.split(r"[\"”]", cell)[0]  # a conformed signature in quotes: '“David W. Leebron” David W. Leebron'
    name = strip_person(leading_name(cell))
    broken = name and not is_person_name(name, strict=False) and cell.strip() == rest.strip() and len(name) < 25
    if (not name or broken) and i + 1 < len(lines):
        # the name below, or the rest of it, perhaps over short lines ('/s/' / 'R. John' / 'Fletcher';
        # '/s/ Peter A.' / 'Lankau')
        head = cell.strip() if broken else ""
        for k in (3, 2, 1):
            below = " ".join(re.split(r"\s{3,}|\||\t", ln.text.strip(" |"))[0] for ln in lines[i + 1 : i + 1 + k])
            joined = strip_person(leading_name(f"{head} {below}"))
            if is_person_name(joined, strict=False):
                name = joined
                break
    if not name or not is_person_name(name, strict=False):
        if name and is_org_name(name):
            return Found(squash(name), sig.end(), sig.end() + len(name), confidence=0.8)
        return None
    before = " ".join(ln.text for ln in lines[max(0, i - 2) : i]) + " " + view[lines[i].start : sig.start()]
    after = " ".join(ln.text for ln in lines[i + 1 : i + 3])
    if _WITNESS_LINE.search(lines[i - 1].text.strip(" |") if i else "") or re.search(r"\bnotary\b", after, FLAGS):
        return None
    if re.search(r"\b(?:witness(?:ed)?|attest(?:ed)?)\s*(?:by)?\s*:\s*$", before.strip(), FLAGS):
        return None
    if _as_attorney(lines, i, name):
        return None  # '*By: /s/ Henry Gold, Attorney-in-fact' signs for others under the power; he grants nothing
    typed = _typed_name(lines, i, name)
    start = view.find(name.split()[0], sig.end())
    found = Found(
        typed[0] if typed else name, sig.end() if start < 0 else start, 0, confidence=0.95, anchor=sig.start()
    )
    found.end = found.start + len(name)
    if typed:
        found.start, found.end = typed[1], typed[2]
    return found


def _as_attorney(lines: list[_Line], i: int, name: str) -> bool:
    """Is the name signed or printed as an attorney-in-fact ('Henry P. Gold, Attorney-in-fact')?"""
    window = squash(" ".join(ln.text for ln in lines[i : i + 2]))
    return bool(re.search(rf"{re.escape(name)}\W*(?:as\s+)?attorneys?[\s-]+in[\s-]+fact", window, FLAGS))


def _typed_name(lines: list[_Line], i: int, name: str) -> tuple[str, int, int] | None:
    """The printed name under a signature ('/s/ W. G. REED, JR.' -> 'W. G. Reed, Jr.')."""
    key = norm_key(name)
    for line in lines[i + 1 : i + 5]:
        for cell in re.finditer(r"[^|\t]+?(?=\s{3,}|\||\t|$)", line.text):
            text = re.sub(r"^\s*(?:printed\s+)?name\s*:\s*", "", cell.group(), flags=FLAGS)
            candidate = strip_person(leading_name(text)) if text.strip() else ""
            if candidate and (norm_key(candidate) == key or _fuller_name(name, candidate)):
                at = line.start + cell.start() + cell.group().find(candidate.split()[0])
                return candidate, at, at + len(candidate)
        if SIG.search(line.text):
            break
    return None


def _fuller_name(signed: str, printed: str) -> bool:
    """'/s/ THAYER BIGELOW' over 'E. Thayer Bigelow': the printed name has the signed words and more."""
    short = [norm_key(w) for w in signed.split() if norm_key(w)]
    full = [norm_key(w) for w in printed.split() if norm_key(w)]
    core = full[:-1] if full and full[-1] in {"jr", "sr", "ii", "iii", "iv"} else full  # '..., Jr.' is fuller too
    if len(full) <= len(short) or len(short) < 2 or short[-1] != core[-1] or not is_person_name(printed):
        return False
    rest = iter(full)
    return all(word in rest for word in short)  # the signed words, in order, within the printed name


_BY = re.compile(r"^\W*by?\W*$", FLAGS)  # 'By', or 'B' as OCR sometimes reads it
_REGISTRANT_SIGNS = re.compile(r"registrant\s+has\s+duly\s+caused\s+this", FLAGS)
_NEXT_SIGNER = re.compile(r"^[ \t|]*signature\s*:", FLAGS)
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


def _entity_above(view: str, lines: list[_Line], at: int) -> list[Found] | None:
    """Entities that sign through an officer: 'FUND X, L.P. / By: GP LLC, its General Partner / By: /s/ ...'."""
    i = _line_index(lines, at)
    head = view[lines[i].start : at]
    j = i - 1
    inline = _entity_inline(view, lines[i].start, at)
    if inline is not None:
        return inline
    if not re.search(r"\bby\s*:?\s*$", head, FLAGS):
        # 'By' and ':' may stand in cells of their own just above the signature
        while j >= 0 and lines[j].text.strip(" |:") == "":
            j -= 1
        if j >= 0 and _officer_signs_for(lines, j, i):
            return _entity_line(lines[j])
        if j < 0 or not _BY.match(lines[j].text.strip(" |")):
            return None
        j -= 1
    entities: list[Found] = []
    while j >= 0:
        text = lines[j].text.strip(" |")
        prev = lines[j - 1].text.strip(" |") if j > 0 else ""
        side_by_side = (
            SIG.search(text)
            or re.match(r"(?:name|title)\s*:", text, FLAGS)
            or (is_title_text(text) and not is_org_name(text))
        )  # the blocks of co-signers for the same entities, one beside or after the other
        if not text.strip(":") or _BY.match(text) or _CHAIN.search(text) or _DESCRIPTION.match(text) or side_by_side:
            j -= 1
            continue
        if is_entity_line(text.split("  ")[0]):
            if _BY.match(prev) or re.match(r"^\W*by\s*:?\s*$", prev, FLAGS):
                j -= 1  # a general partner or manager in the chain, not the grantor
                continue
            name = re.sub(r",\s*an?\s+.*$", "", text.split("  ")[0]).strip(" ,")
            entities.append(Found(squash(name), lines[j].start + lines[j].text.find(name[:5]), 0, confidence=0.85))
            entities[-1].end = entities[-1].start + len(name)
            j -= 1
            continue
        break
    entities.reverse()
    if entities and _REGISTRANT_SIGNS.search(view, max(0, entities[0].start - 400), entities[0].start):
        return []  # the registrant signing its filing under the POA, not a grantor of it; nor is its officer
    return entities or None


_CHAIN_TAIL = re.compile(
    r"\s*by\s*:?\s*[^:/]{3,120}?,\s*(?:its|their)\s+(?:sole\s+)?(?:general\s+partner|managing\s+member|manager|member|"
    r"trustee|investment\s+(?:manager|adviser|advisor)|attorney-in-fact)\s*$",
    FLAGS,
)


_OFFICER = re.compile(
    r"\b(?:president|officer|secretary|treasurer|partner|member|manager|chairman|controller)\b", FLAGS
)


def _officer_signs_for(lines: list[_Line], j: int, i: int) -> bool:
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
    return bool(_OFFICER.search(below)) and not re.search(r"\bdirector\b|\btrustee\b", below, FLAGS)


def _entity_line(line: _Line) -> list[Found]:
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
    if not name:
        return None
    text = re.split(r"(?<=[a-z0-9]{2})[.:;]\s+(?=[A-Z])", name.group().strip(" ,"))[-1]  # '..., 2009. LZHH Fund'
    words = text.split()
    upper = words[-1].isupper() if words else False
    while words and (is_title_text(words[0]) or words[0].endswith(":") or upper and not words[0].isupper()):
        words.pop(0)  # 'Title: Chief Financial Officer TEKTRISTAR INVESTMENTS V LLC': the office before is not it
    while words and not is_entity_line(" ".join(words)):
        words.pop(0)  # 'Date: June 2nd, 2001 ALLUMSOFT FOUNDATION': the longest tail that names an entity
    if len(words) < 2:
        return None
    entity = " ".join(words)
    start = view.rfind(words[0], 0, at - len(head) + by.start() + 1)
    return [Found(squash(entity), start, start + len(entity), confidence=0.8)]


def _by_blocks(view: str, lines: list[_Line]) -> list[Found]:
    """Deed style: a line 'BY' followed by the grantor's name ('BY / WPX Energy, Inc., a corporation ...')."""
    found = []
    for i, line in enumerate(lines[:-1]):
        if re.fullmatch(r"\W*BY\W*", line.text.strip()):
            nxt = lines[i + 1]
            org = org_after(view, nxt.start + len(nxt.text) - len(nxt.text.lstrip(" |")))
            if org:
                found.append(Found(org[0], org[1], org[2], confidence=0.8))
    return found


_OPENING = re.compile(
    r"\b(?:I|We),\s+(?:the\s+undersigned,\s+)?(?P<name>[A-Z][^,()\n]{2,60}?)\s*(?:,|\(|\s+of\s+|\s+do\s+|\s+hereby)"
    r"|\b[Tt]he\s+(?:undersigned|reporting\s+person|principal),\s+(?P<name2>[A-Z][^,()]{2,60}?)(?:,|\s+hereby\b)"
    r"|\bthat\s+(?P<name4>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}))\s+(?:does|do)\s+hereby\b"
    r"|(?:^|\n)\s*(?P<name5>(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4}))\s+(?:has|have)\s+(?:hereby\s+)?"
    r"(?:authori[sz]ed|appointed|designated|constituted)\b"
    r"|\bmade\s+(?:on|as\s+of)\s+[^()]{4,30}?\s+by\s+(?P<name3>[A-Z][A-Z .'-]{2,60}?)\s*[,(]",
)


def _opening_grantors(view: str) -> list[Found]:
    found = []
    for match in _OPENING.finditer(view[:3000]):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5") if match.group(g))
        name = strip_person(match.group(group))
        if is_person_name(name, strict=False):
            start = match.start(group) + match.group(group).find(name.split()[0])
            found.append(Found(name, start, start + len(name), confidence=0.85))
    subject = re.search(
        r"(?:^|[.;]\s+|that\s+)(?P<term>The\s+[A-Z][a-z]+)\s*,[^.;]{0,100},\s+(?:does\s+)?hereby\s+" + _VERB, view
    )
    if subject:
        entity = defined_entity(view, subject.group("term")[4:])
        if entity:
            at = view.find(entity)
            found.append(Found(entity, at, at + len(entity), confidence=0.7))
    made = _MADE_BY.search(view[:1500])  # 'This power of attorney is made on January 18, 2008 by SAP France S.A.'
    org = org_after(view, made.end()) if made else None
    if org:
        found.append(Found(org[0], org[1], org[2], confidence=0.8))
    # the entity as the subject of the grant: after 'that', or opening a paragraph or a sentence, before the grant
    grant = _GRANTING_AHEAD.search(view, 0, 3000)
    region = view[: grant.start()] if grant else ""
    for entity_subject in re.finditer(
        r"\bthat\s+(?=[A-Z])|(?:\A|\n[ \t]*\n|(?:(?<=[a-z]{3})|(?<=[\d)]))[.:;][ \t]+)\s*(?=[A-Z])", region
    ):
        if not _GRANTING_AHEAD.search(view, entity_subject.end(), entity_subject.end() + 400):
            continue  # no grant follows: not the subject of one (and org_after is not cheap)
        org = org_after(view, entity_subject.end())
        if not org or org[1] != entity_subject.end():
            continue  # the subject itself must be the organization, not one named later in its phrase
        after = _skip_definition(view, org[2])
        if _is_appointing(view, after) or _JOINT_SUBJECT.match(view, after):
            found.append(Found(org[0], org[1], org[2], confidence=0.8))
            break
    return found


_MADE_BY = re.compile(r"\b(?:made|granted|given|executed)\s+(?:on|as\s+of)\s+[^()]{4,30}?\s+by\s+", FLAGS)
_GRANTING_AHEAD = re.compile(rf"\bhereby\b|\b(?:do|does)\s+(?:each\s+)?(?:make|{_VERB})", FLAGS)
# 'PepsiCo, Inc. ("PepsiCo") and each other undersigned, an officer or director ..., do hereby appoint';
# 'SIUK plc and the undersigned directors and officers of said Company ... hereby make, constitute and appoint'
_JOINT_SUBJECT = re.compile(
    rf"(?:\s*,\s*an?\s+[^,.;]{{3,60}},)?\s*and\s+(?:each|all|certain|the)\b[^.;]{{0,60}}?"
    rf"\b(?:undersigned|officers?|directors?|trustees?)\b[^.;]{{0,200}}?\bhereby\s+(?:make|{_VERB})",
    FLAGS,
)


def _skip_definition(view: str, at: int) -> int:
    match = re.match(r"\s*\([^)]{0,40}\)", view[at:])
    return at + match.end() if match else at


_NAME_LABEL = re.compile(
    r"^[ \t|]*(?:print(?:ed)?\s+|typed\s+)?name\s*:(?:[ \t|]*\n){0,3}[ \t|]*(?P<name>[^\n|]+?)[ \t|]*$", FLAGS | re.M
)
# a line to sign on, or two side by side: '______', 'By__________', '--------      --------'
_SIGN_LINE = re.compile(r"^[ \t|]*(?:by\s*:?\s*)?(?:_{5,}|-{12,})(?:[ \t|]+(?:_{5,}|-{12,}))*[ \t|]*$", FLAGS | re.M)


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


def _unsigned_signers(view: str, lines: list[_Line], text: str) -> list[Found]:
    """Signature blocks without '/s/': 'Name: X' cells, a name printed under a '______' signature line, or
    'NAME, Director' lines after the testimonium ('IN WITNESS WHEREOF ...') of a conformed copy."""
    found = []
    witness = list(re.finditer(r"in\s+witness\s+whereof", view, FLAGS))
    if witness:
        for match in _NAME_COMMA_TITLE.finditer(view, witness[-1].end()):
            name = squash(match.group("name"))
            if is_person_name(name, strict=False):
                found.append(Found(name, match.start("name"), match.end("name"), confidence=0.7))
    starts = [(m.end("name") - len(m.group("name")), m.end("name")) for m in _NAME_LABEL.finditer(view)]
    for m in _NAME_OVER_LINE.finditer(text):  # 'Jude T. Driscoll ------------ Jude T. Driscoll' flattened
        starts.append((m.start("name"), m.end("name")))
    for rule in _SIGN_LINE.finditer(text):
        i = _line_index(lines, rule.end() + 1)
        if i < len(lines) and lines[i].start > rule.end():
            for cell in _CELL.finditer(lines[i].text):  # a name under each line
                starts.append((lines[i].start + cell.start(), lines[i].start + cell.end()))
    for at, end in sorted(set(starts)):
        i = _line_index(lines, at)
        context = " ".join(ln.text for ln in lines[max(0, i - 3) : i + 2])
        if re.search(r"\bnotary\b|\bwitness(?:ed)?\s*(?:by)?\s*:", context, FLAGS):
            continue
        name = strip_person(leading_name(view[at:end]))
        if name and is_person_name(name, strict=False):
            found.append(Found(name, at, at + len(name), confidence=0.8, anchor=lines[i].start))
    return found


def _heading_grantor(view: str) -> list[Found]:
    """'LIMITED POWER OF ATTORNEY FOR JEFFREY D. SMITH / SECTION 16(A) FILINGS': the grantor named in the title."""
    match = re.search(r"POWER\s+OF\s+ATTORNEY\s+(?:FOR|OF)\s+", view[:600], FLAGS)
    if not match:
        return []
    head = view[match.end() : match.end() + 80]
    name = strip_person(leading_name(head))
    if not is_person_name(name):
        return []
    start = match.end() + len(head) - len(head.lstrip())
    return [Found(name, start, start + len(name), confidence=0.7)]


def _closing_grantor(view: str, lines: list[_Line]) -> list[Found]:
    """A letter signed under 'Sincerely,' with no '/s/' mark."""
    for match in _CLOSING.finditer(view):
        i = _line_index(lines, match.start())
        for line in lines[i + 1 : i + 3]:
            name = strip_person(leading_name(line.text.strip(" |")))
            if is_person_name(name, strict=False):
                at = line.start + line.text.find(name)
                return [Found(name, at, at + len(name), confidence=0.8)]
    return []


# -------------------------------------------------------------------------------------------- titles


def _fill_titles(view: str, lines: list[_Line], grantors: list[Found]) -> None:
    for grantor in grantors:
        if is_org_name(grantor.name):
            continue
        title = (
            _title_on_name_line(view, lines, grantor)
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
            grantor.title, grantor.title_span = text, (a, b)
    if len(grantors) == 1 and grantors[0].title is None and not is_org_name(grantors[0].name):
        # 'I, the undersigned President/Chief Executive Officer and member of the Board of Trustees of X, hereby ...'
        office = re.search(
            r"\bundersigned\s*,?\s+(?:an?\s+|as\s+(?:an?\s+)?)?((?-i:[A-Z])[^,;()\n]{2,120})\s+of\s+(?:the\s+)?(?-i:[A-Z])",
            view,
            FLAGS,
        )
        if office and _title_like(office.group(1)):
            grantors[0].title, grantors[0].title_span = squash(office.group(1)), office.span(1)
            return
        match = re.search(
            r"\b(?:undersigned|being)\s*,?\s+(?:an?\s+|as\s+(?:an?\s+)?|the\s+)?(director|officer|trustee|executive\s+officer|"
            r"president|chief\s+executive\s+officer|chairman|secretary|treasurer)\s+(?:and/or\s+\w+\s+)?of\b",
            view,
            FLAGS,
        )
        if match:
            grantors[0].title = squash(match.group(1)).title()
            grantors[0].title_span = match.span(1)


def _title_on_name_line(view: str, lines: list[_Line], grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """'Philip R. McLoughlin, Director' / 'Name, Ph.D, President and CEO' / 'Name, Jr., Director' in one cell."""
    key = norm_key(grantor.name)
    for line in lines:
        if key[:4] not in line.key:
            continue
        for cell in _CELL.finditer(line.text):  # cells: '|' or a column gap between
            raw = re.sub(r"^\s*/s/\s*", "", cell.group(), flags=FLAGS)
            for comma in re.finditer(r",\s*|\s+[–—-]{1,2}\s+", raw):  # 'Name, Director' or 'Name – Trustee'
                head = raw[: comma.start()]
                after_date = re.search(r"\d\s+(.+)$", head)  # '... January 31, 2001 R. D. FAGAN, CHAIRMAN ...'
                if norm_key(strip_person(head)) != key and not (after_date and norm_key(after_date.group(1)) == key):
                    continue
                rest = re.sub(r"^(?:Jr|Sr|Ph\.?\s?D|Esq|M\.?D|J\.?D|CPA|CFA)\.?\s*,\s*", "", raw[comma.end() :].strip())
                rest = re.split(r"\s{3,}|(?i:/s/)|-{4,}", rest)[0].strip()  # a flattened table goes on after it
                if rest and is_title_text(rest) and not _DATE_WORDS.search(rest) and len(rest) < 160:
                    at = line.start + cell.start() + cell.group().find(rest)
                    return squash(rest), (at, at + len(rest))
    return None


def _defined_title(view: str, grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """'MALCOLM COHEN (the "Liquidator")': an office given as the grantor's defined term."""
    match = re.match(r"\s*\(\s*the\s+[\"“]([A-Z][\w -]{2,40})[\"”]\s*\)", view[grantor.end : grantor.end + 60])
    if match and is_title_text(match.group(1)):
        at = grantor.end + match.start(1)
        return match.group(1), (at, at + len(match.group(1)))
    return None


def _apposition_title(view: str, grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """'I, Margaret Hayes, Senior Vice President and Chief Accounting Officer of Delmarva Bancorp, ...'."""
    name = _spaced(grantor.name)
    for mention in re.finditer(rf"\b{name}\b", view, FLAGS):
        match = _APPOSITION.match(view, mention.end())
        office = match.group(1) if match else ""
        words = [_bare_word(w) for w in office.split()]
        if office.islower() and all(w in lexicon().title_words or w in _TITLE_CONNECTORS for w in words):
            return squash(office).title(), match.span(1)  # 'I, Samuel Prentiss, a director of ...'
        if match and is_title_text(office) and _title_like(office):
            return squash(office), match.span(1)
    return None


_APPOSITION = re.compile(
    r"\s*,\s*(?:as\s+)?(?:(?:an?|the)\s+(?=[a-z]))?((?-i:[A-Za-z])[^,;()\n]{2,100}?)\s*,?\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    FLAGS,
)


def _title_in_block(
    view: str, lines: list[_Line], grantor: Found, grantors: list[Found]
) -> tuple[str, tuple[int, int]] | None:
    """Title cells beside or below a signature, up to the next signature ('Title: Manager', table columns)."""
    i = _line_index(lines, grantor.anchor if grantor.anchor is not None else grantor.start)
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
            or _WITNESS_LINE.search(line.text.strip(" |"))
            or _NEXT_SIGNER.match(line.text)
            or re.search(r"witness|notary|state\s+of|county\s+of|whereof|\bhereby\b", line.text, FLAGS)
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
            value = _DATE_WORDS.sub("", value).strip(" ,")
            if value and _title_like(value) and not re.search(r"/s/", value, FLAGS):
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
        and (_bare_word(last_text) not in lexicon().title_words or re.search(r"\b(?:of|the|and|&)$", last_text))
    ):
        cells = cells[:-1]  # the text stops inside this cell: the title is cut off
        if not cells:
            return None
    start = cells[0][1]
    if re.match(r"(?:and|&|of)\b", cells[0][0]) and i > 0 and (head := _cell_above(view, lines[i - 1], start)):
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
    for cell in _CELL.finditer(view[grantor.end : end]):  # cells: '|' or a column gap
        value = re.sub(r"^[\"”]\s*", "", cell.group().strip())
        name = leading_name(value)
        if name and norm_key(strip_person(name)) in keys:
            value = value[len(name) :].strip()  # the printed name before the office
        value = _DATE_WORDS.split(value)[0].strip(" ,")  # 'Director August 31, 2000 Carl S. Ledbetter'
        if value and _title_like(value):
            at = grantor.end + cell.start() + cell.group().find(value)
            if at + len(value) >= len(view.rstrip()):
                return None  # the text stops in this cell: the office is cut off
            return squash(value), (at, at + len(value))
    return None


def _cell_above(view: str, line: _Line, at: int) -> tuple[str, int] | None:
    """The title-like cell of ``line`` that stands in the same column as position ``at`` of the next line."""
    column = at - (view.rfind("\n", 0, at) + 1)
    for cell in _CELL.finditer(line.text):
        if (
            cell.start() <= column + 2
            and column < cell.end()
            and _title_like(cell.group())
            and not SIG.search(cell.group())
        ):
            return cell.group(), line.start + cell.start()
    return None


_TITLE_CONNECTORS = {"of", "and", "the", "for", "to", "in", "on", "at", "&", "-", "and/or", "de"}


def _title_like(text: str) -> bool:
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


def _bare_word(text: str) -> str:
    words = re.findall(r"[\w-]+", text.lower())
    return words[-1] if words else ""


def _name_end(view: str, line: _Line) -> int:
    """Where the signed name ends on a signature line ('/s/ Jan Leschly      Member, ...')."""
    sig = SIG.search(view, line.start, line.end)
    if not sig:
        return line.start
    name = leading_name(re.split(r"\s{3,}|\|", view[sig.end() : line.end])[0])
    at = view.find(name, sig.end(), line.end) if name else -1
    return at + len(name) if at >= 0 else sig.end()


def _letterhead_title(view: str, lines: list[_Line], grantor: Found) -> tuple[str, tuple[int, int]] | None:
    """A letter's head: the writer's name on a line of its own, the office on the next lines."""
    for i, line in enumerate(lines[:12]):
        if norm_key(line.text) != norm_key(grantor.name):
            continue
        parts: list[_Line] = []
        for nxt in lines[i + 1 : i + 4]:
            text = nxt.text.strip(" |")
            if not parts and _title_like(text) or parts and re.match(r"(?:and|of|&)\b|[a-z]", text):
                parts.append(nxt)
            else:
                break
        if parts:
            title = squash(" ".join(p.text for p in parts))
            return title, (parts[0].start, parts[-1].end)
    return None


def _unique(found: list[Found]) -> list[Found]:
    seen: dict[str, Found] = {}
    for item in found:
        key = norm_key(item.name)
        if key and key not in seen:
            seen[key] = item
    return list(seen.values())


def find_parties(view: str, text: str | None = None, ents: Tagger | None = None) -> Parties:
    agents = find_agents(view, ents)
    grantors, signature_start = find_grantors(view, text)
    # an insider fund that grants a Section 16 power is not the issuer; a registrant that grants one for its own
    # filings is
    own_filing = _OWN_FILING.search(view) and not _INSIDER_FILING.search(view)
    company, state = find_company(view, set() if own_filing else {norm_key(g.name) for g in grantors}, agents)
    if company is None and own_filing:
        entities = [g for g in grantors if is_org_name(g.name)]
        if len(entities) == 1:
            company = Found(entities[0].name, entities[0].start, entities[0].end, confidence=0.6)
    return Parties(agents, grantors, company, state, signature_start)


_OWN_FILING = re.compile(
    r"\b(?:registration\s+statements?|annual\s+reports?|quarterly\s+reports?|Form\s+(?:10-[KQ]|S-\d|F-\d|N-\w+|20-F))",
    FLAGS,
)
_INSIDER_FILING = re.compile(
    r"\bForms?\s+3\b|\bForms?\s+4\b|\bSection\s+16|\bSchedules?\s+13[DG]|\bForm\s+144\b|\bForm\s+ID\b", FLAGS
)
