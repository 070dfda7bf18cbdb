"""What a person's or an organization's name looks like in a POA, and how lists of names are split."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon

# Latin letters with their accents: 'José', 'Müller', 'Jähn' are names too
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_INITIAL = rf"[{_UP}]\.?(?:[{_UP}]\.)*"
# (an accent typed as an apostrophe after the vowel: 'Steve A. Cosse’' for Cossé)
_WORD = rf"[{_UP}][{_UP}{_LOW}'’\-]*[{_UP}{_LOW}](?:(?<=[aeiouAEIOU])[’'](?![A-Za-z]))?"
_GLUED = rf"[{_UP}]\.[{_UP}](?:[{_LOW}]+|[{_UP}]+)"  # 'S.Abrams', 'W.PLIMPTON' as EDGAR sometimes has it
_NICK = rf"\(?[\"“'‘][{_UP}](?:[{_LOW}]+|[{_UP}]+)[\"”'’]\)?"  # 'James "Jim" Roe', 'Argeris (“JERRY”) N. KARABELAS'
# given names written short, as older filings do: 'Wm. Michael Warren, Jr.', 'Chas. E. Hughes'
_SHORT = r"(?i:Wm|Chas|Thos|Jas|Geo|Robt|Saml|Benj|Edw|Jos|Jno|Danl|Fredk|Richd)\."
_PAREN_NICK = re.compile(rf"\([{_UP}][{_LOW}]+\)")
_GLUED_PARTICLE = rf"(?:de|da|di|du|le|la|van|von|del)[{_UP}][{_LOW}]+"  # 'Simon deBree'
NAME_TOKEN = re.compile(rf"(?:{_GLUED}|{_SHORT}|{_WORD}|{_INITIAL}|{_NICK}|{_GLUED_PARTICLE})")
_ORG_TAIL = re.compile(
    r"(?:,?\s+(?:Inc|Ltd|L\.?L\.?C|L\.?P|L\.?L\.?P|N\.?A|Co|Corp|S\.?A|N\.?V|AG|GmbH|KG|plc|PLC|LLC|LP|LTD|INC)\.?)+$"
)


_NOT_WORD = re.compile(r"[\W_]+")


def norm_key(name: str) -> str:
    """Comparison key: no case, punctuation or spaces ('W.G. Jurgensen' == 'W. G. JURGENSEN')."""
    return _NOT_WORD.sub("", name).lower()


def squash(text: str) -> str:
    """One space between words; no '|' cell marks; straight quotes kept as written."""
    return " ".join(text.replace("|", " ").split())


def _bare(token: str) -> str:
    return token.strip(".,;:()[]\"'“”‘’").lower()


def is_title_text(text: str) -> bool:
    """Does this read like an office ('Executive Vice President and CFO', 'Director')?"""
    words = [_bare(w) for w in re.split(r"[\s,/()-]+", text) if w]
    return bool(words) and any(w in lexicon().title_words for w in words)


_ORG_CONNECTORS = {
    "n",  # 'Steak n Shake'
    "of",
    "and",
    "the",
    "for",
    "de",
    "du",
    "des",
    "la",
    "le",
    "del",
    "der",
    "van",
    "von",
    "in",
    "on",
    "a",
}


_LEGAL_FORMS = {
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "limited",
    "llc",
    "lp",
    "llp",
    "plc",
}


def _surname_like_a_word(text: str) -> bool:
    """'Jane E. Trust', 'Kathryn S. Head': a given name, an initial and a surname that is also an organization or
    office word (but not a legal form: 'Smith B. Corporation' is no one)."""
    if not _GIVEN_INITIAL_SURNAME.fullmatch(text):
        return False
    words = text.split()
    lex = lexicon()
    last, first = _bare(words[-1]), _bare(words[0])
    return (
        (last in lex.org_suffixes or last in lex.org_words or last in lex.title_words or last in lex.not_names)
        and last not in _LEGAL_FORMS
        and first not in lex.not_names
        and first not in lex.title_words
    )


_POA_WORDS = re.compile(r"\bpowers?\s+of\s+attorney\b", re.IGNORECASE)
_GIVEN_INITIAL_SURNAME = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+")


def is_org_name(text: str) -> bool:
    """A capitalized name ending in a corporate suffix or containing organization words."""
    text = squash(text)
    numbered = re.match(r"\d{1,4}\s+[A-Z]", text)  # '2012 Retention Plan Trust', '1345 Holdings LLC'
    if not text or not (text[0].isupper() or numbered or re.match(r"\d+[A-Za-z]|[a-z]{1,2}[A-Z]", text)):
        return False  # 'Acme Corp.', '3M Company', '23andMe Holding Co.', 'eBay Inc.'
    if len(text) > 150:
        return False
    if numbered:
        return has_org_suffix(text) and is_org_name(text.split(None, 1)[1])
    place = re.fullmatch(r"(.+?)\s+\(([A-Z][a-z]+)\)", text)
    if place and place.group(2) in lexicon().states:
        return is_org_name(place.group(1))  # 'Schroder Capital Funds (Delaware)': a place that tells it apart
    lowered = [w for w in text.split() if w[0].islower() and w not in _ORG_CONNECTORS]
    if len(lowered) > 2:
        return False  # a sentence that ends in a name ('... may rely on a certificate of Johnson LLP.')
    words = [_bare(w) for w in text.split()]
    lex = lexicon()
    if _POA_WORDS.search(text):
        return False  # 'LIMITED POWER OF ATTORNEY': the exhibit's heading
    if len(words) == 1 and (words[0] in lex.org_suffixes or words[0] in lex.org_words):
        return False  # 'LIMITED', 'Trust': a suffix or an organization word alone names nothing
    place = re.match(r"^(.+?)\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}$", text)
    if place and _bare(place.group(1).split()[-1]) in lex.org_suffixes and len(place.group(1).split()) >= 2:
        return True  # 'The Manufacturers Life Insurance Company of New York', 'The Bank of New York'
    if len(words) >= 3 and re.fullmatch(r"[ivx]{1,4}|\d{1,4}|[a-z]", words[-1]) and words[-2] in lex.org_suffixes:
        return True  # 'Delaware Group Equity Funds IV', 'Sequoia Fund 2', 'Reinvent Technology Partners Y'
    if _surname_like_a_word(text):
        return False
    if words[-1] in lex.org_suffixes or _ORG_TAIL.search(text):
        return True
    return sum(w in lex.org_words for w in words) >= 1 and len(words) >= 2 and text.isupper()


def has_org_suffix(text: str) -> bool:
    """Does the name end in a corporate suffix or an organization word ('... Inc.', '... FUNDS', '... Trust')?"""
    words = squash(text).split()
    return bool(words) and (_bare(words[-1]) in lexicon().org_suffixes or _ORG_TAIL.search(squash(text)) is not None)


def is_entity_line(text: str) -> bool:
    """A signature-block line naming an entity: an organization name, or an all-capitals name of a fund."""
    text = squash(text).rstrip(",")
    if not text or len(text) > 150 or is_title_text(text) and not is_org_name(text):
        return False
    if is_org_name(text):
        return True
    letters = [c for c in text if c.isalpha()]
    words = text.split()
    return (
        len(words) >= 2
        and bool(letters)
        and all(c.isupper() for c in letters)
        and not any(_bare(w) in lexicon().not_names for w in words)
    )


def strip_person(text: str) -> str:
    """Drop honorifics ('Mr', 'Sir') and degrees ('Esq.', 'Ph.D') around a person's name."""
    lex = lexicon()
    text = squash(text).strip(" ,;:")
    words = text.split()
    # (a degree left over from the name before: 'Esquire' / 'Steven A. Thomas' when a comma is missing)
    while words and (_bare(words[0]) in lex.honorifics or _bare(words[0]) in {"esq", "esquire", "ph.d", "phd"}):
        words = words[1:]
    text = " ".join(words)
    while True:
        match = re.search(r",?\s+([A-Za-z.]+)\.?$", text)
        if match and _bare(match.group(1)).replace(".", "") in {s.replace(".", "") for s in lex.drop_suffixes}:
            text = text[: match.start()].rstrip(" ,")
            continue
        return text


def is_person_name(text: str, strict: bool = True) -> bool:
    """Two to six name tokens (initials, capitalized words, particles, Jr./III), none a common word.

    ``strict`` also rejects office words, so 'Managing Director' is not taken for a person in a list of
    agents; a signature line is read with ``strict=False`` ('David Officer' signs his own name).
    """
    lex = lexicon()
    text = squash(text)
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    words = re.sub(r",\s*(?=(?:Jr|Sr|I{1,3}|IV)\b)", " ", text).split()
    if not 2 <= len(words) <= 6 and not (len(words) == 1 and _GLUED_FULL.fullmatch(words[0])):
        return False
    last = words[-1].rstrip(",")
    # an initial ends no name ('Edith E. H' is cut off), but a maternal one may: 'C. Fernandez G.' (not the name
    # printed again after the signature: '/s/ L. Michelle Wilson L. MICHELLE WILSON')
    maternal = (
        len(words) >= 3
        and re.fullmatch(r"[A-Z]\.", last)
        and re.fullmatch(r"[A-Z][a-z]{2,}", words[-2])
        and last[0] != words[0][0]
    )
    if _bare(last) not in lex.name_suffixes and re.fullmatch(r"[A-Z]\.?", last) and not maternal:
        return False
    if all(_bare(word) in lex.title_words for word in words):
        return False  # 'Chairman, Chief Executive': a signature line may hold an office word, not only those
    if _surname_like_a_word(text):
        return True
    has_word = False
    for i, word in enumerate(words):
        bare = _bare(word)
        if bare in lex.name_suffixes and i > 0:
            continue
        if bare in lex.name_particles and 0 < i < len(words) - 1:
            continue
        if _PAREN_NICK.fullmatch(word) and 0 < i < len(words) - 1:
            continue  # 'A.S. (Pat) MacMillan, Jr.': a nickname in brackets between the names
        if not NAME_TOKEN.fullmatch(word.rstrip(",")):
            return False
        if bare in _ALSO_NAMES:
            has_word |= i > 0  # 'L. J. May, Jr.', 'Gilbert Lane'; a first word alone ('June') is not enough
            continue
        if bare in lex.not_names or (strict and bare in lex.title_words):
            return False
        if len(bare.replace(".", "")) >= 2 and not re.fullmatch(r"(?:[a-z]\.)+[a-z]?", bare):
            has_word = True
    return has_word


# Common words of a POA page (months, 'Lane' of an address, 'Page 2') that are also first names or surnames.
_ALSO_NAMES = {"april", "may", "june", "march", "august", "lane", "page"}
_GLUED_FULL = re.compile(r"[A-Z]\.[A-Z]\.?\s?[A-Z][a-z]+")


def leading_name(text: str) -> str:
    """The person's name at the start of a signature cell ('/s/ NORMAN E. GAUT Chief Executive ...').

    Tokens are taken while they look like name tokens in the case style of the first word, so an
    upper-case name stops where a title-case office begins; the name keeps its commas ('Rogers, Jr.').
    """
    lex = lexicon()
    words = squash(text).split()
    taken: list[str] = []
    upper = None
    for index, word in enumerate(words):
        core = word.rstrip(",;:")
        bare = _bare(core)
        next_word = _bare(words[index + 1]) if index + 1 < len(words) else ""
        if not taken and (bare in lex.honorifics or bare == "the" and next_word in lex.honorifics):
            continue  # 'Dr. Jane Roe', 'THE REV. DR. HOLLIS W.PLIMPTON, JR.'
        if taken and bare in lex.name_suffixes:
            taken.append(word)
            continue
        if taken and bare.replace(".", "") in {s.replace(".", "") for s in lex.drop_suffixes}:
            break
        if taken and _PAREN_NICK.fullmatch(core) and index + 1 < len(words):
            taken.append(word)  # 'A.S. (Pat) MacMillan, Jr.'
            continue
        if not (NAME_TOKEN.fullmatch(core) or (taken and bare in lex.name_particles)):
            break
        # 'McCRACKEN', 'DeWITT': a capitalized prefix on an upper-case surname is still upper case
        letters = [c for c in re.sub(r"^[A-Z][a-z]{1,2}(?=[A-Z]{2})", "", core) if c.isalpha()]
        is_upper = all(c.isupper() for c in letters)
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", core):
            letters = letters[:1]  # initials ('F.Z.') carry no case style
        if upper is None and len(letters) > 1:
            upper = is_upper
        elif upper is not None and len(letters) > 1 and is_upper != upper:
            break
        if bare in lex.title_words and len(taken) >= 2:
            break
        followed_by_day = index + 1 < len(words) and words[index + 1][:1].isdigit()
        also_a_name = bare in _ALSO_NAMES and not followed_by_day and (taken or index + 1 < len(words))
        firm_surname = len(taken) == 2 and _surname_like_a_word(" ".join([*taken, core]))  # 'Jane E. Trust'
        if bare in lex.not_names and not also_a_name and not firm_surname:
            break
        taken.append(word)
        if word.endswith((",", ";")) and not _next_is_suffix(words, index + 1):
            break
    half = len(taken) // 2
    if (
        half >= 2
        and len(taken) % 2 == 0
        and [w.lower().rstrip(",;") for w in taken[:half]] == [w.lower().rstrip(",;") for w in taken[half:]]
    ):
        taken = taken[:half]  # '/s/ Jane Roe Jane Roe': the signature and the printed name on one line
    return " ".join(taken).rstrip(",;:")


def _next_is_suffix(words: list[str], index: int) -> bool:
    return index < len(words) and _bare(words[index]) in lexicon().name_suffixes


@dataclass
class ListItem:
    text: str
    start: int
    end: int


_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:and/or|and|or|&)\s+|,\s*|;\s*|\s+(?:and/or|and|or|&)\s+)\s*", re.IGNORECASE)


def split_names(region: str, offset: int = 0) -> list[ListItem]:
    """Split 'A, B and C', 'X and/or Y', 'A, Jr., B' into items, keeping organization names whole."""
    lex = lexicon()
    items: list[ListItem] = []
    pos = 0
    pieces: list[tuple[str, int, int, str]] = []
    for sep in _SEPARATOR.finditer(region):
        pieces.append((region[pos : sep.start()], pos, sep.start(), sep.group()))
        pos = sep.end()
    pieces.append((region[pos:], pos, len(region), ""))
    previous_sep = ""
    joined_by: list[str] = []  # the separator before each item
    for text, a, b, sep in pieces:
        word = _bare(text.strip())
        tail = re.match(r"(\s*)(\S+)(\s+of\s.*)$", text, re.S)  # 'Theodore K. Whitfield' + ', Jr. of Signal Mountain'
        if items and tail and _bare(tail.group(2)) in lex.name_suffixes:
            end = a + tail.end(2)
            items[-1] = ListItem(region[items[-1].start - offset : end], items[-1].start, offset + end)
            rest = tail.group(3).strip()
            at = a + tail.start(3) + tail.group(3).find(rest)
            items.append(ListItem(rest, offset + at, offset + at + len(rest)))
            joined_by.append(previous_sep)
        elif items and (word in lex.name_suffixes or _ORG_TAIL.fullmatch(" " + text.strip())):
            b = a + len(text.rstrip())
            items[-1] = ListItem(region[items[-1].start - offset : b], items[-1].start, offset + b)
            if len(items) > 1 and "&" in joined_by[-1] and _joins_org(items[-2].text, items[-1].text, True):
                # 'Kleiner Perkins Caufield & Byers XIII' + ', LLC': only now a firm's name, joined to its first half
                items[-2:] = [ListItem(region[items[-2].start - offset : b], items[-2].start, offset + b)]
                joined_by.pop()
        elif items and word.replace(".", "") in {s.replace(".", "") for s in lex.drop_suffixes}:
            pass
        elif (
            items
            and re.search(r"\band\b|&", previous_sep, re.IGNORECASE)
            and _joins_org(items[-1].text, text, "&" in previous_sep)
        ):
            items[-1] = ListItem(region[items[-1].start - offset : b], items[-1].start, offset + b)
        elif text.strip():
            lead = len(text) - len(text.lstrip())
            items.append(ListItem(text.strip(), offset + a + lead, offset + a + lead + len(text.strip())))
            joined_by.append(previous_sep)
        previous_sep = sep
    return items


def _joins_org(left: str, right: str, ampersand: bool = False) -> bool:
    """'Beijing Didi Infinity Technology' + 'Development Co., Ltd.' are one organization, not two names; so are
    'Kleiner Perkins Caufield' & 'Byers XIII, LLC' ('&' binds a firm's name, 'and' separates list items)."""
    org_words = lexicon().org_words
    if any(is_title_text(part) and not is_org_name(part) for part in (left, right)):
        return False  # 'Executive Vice President and Chief Financial Officer': offices between names, not a firm
    if (ampersand or len(left.split()) == 1) and left[:1].isupper() and is_org_name(right):
        return True  # 'Perez & Davis LLP', 'Smith and Jones LLC': partners' names in a firm's name
    if is_org_name(left) and is_person_name(right):
        return False  # 'Byers XIII, LLC and Susan Biglieri': a firm, then a person
    if is_person_name(left) and is_org_name(right) and not any(_bare(w) in org_words for w in left.split()):
        return False  # 'James Terry and Mendoza Trust Company': a person, then a firm
    person, of, _ = right.partition(" of ")
    if of and is_person_name(left) and is_person_name(person):
        return False  # 'Andrew Stephens and Sophie Hubscher of Hartwell Systems, Inc.': two people, then their firm
    return any(_bare(w) in org_words for w in (left + " " + right).split()) and not (
        is_person_name(left) and is_person_name(right) and not is_org_name(right)
    )
