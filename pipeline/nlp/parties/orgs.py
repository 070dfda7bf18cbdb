"""Reading an organization name out of running text: where it starts, where it ends, what to trim."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import lexicon
from ..names import (
    is_org_name,
    squash,
)
from .base import FLAGS

_GAP = r"(?:[ \t]*\n?[ \t]*)"
_SUFFIX = r"(?:Inc|Ltd|LLC|L\.L\.C|Corp|Corporation|Company|Limited|L\.P|plc|PLC|INC|LTD|CORP)\b"
_ORG_RUN = re.compile(
    rf"(?:(?<!\w)\d+[A-Za-z][\w'’&.\-!]*|(?<![\w-])[A-Z][\w'’&.\-!]*(?:/[A-Z][\w'’&.\-!]*)?|&"  # '3M', 'MFS/Sun'
    rf"|(?<![\w-])[a-z]{{1,2}}[A-Z][\w'’&.\-!]*)"  # 'eBay', 'iRobot'
    rf"(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*|{_GAP},{_GAP}|,?\s*\n[ \t]*\n\s*(?={_SUFFIX}))"  # 'Health,' / '' / 'Inc.'
    r"(?:[A-Z][\w'’&.\-!]*(?:/[A-Z][\w'’&.\-!]*)?|&|\([A-Z][\w]*\)|and|of|for|de|the|du|des|oHG|plc"
    r"|n(?=[ \t]+[A-Z])"  # 'The Steak n Shake Company'
    r"|\d{1,4}(?=[ \t]+[A-Z])))*"  # 'Pier 1 Imports, Inc.'
)
_BOUNDARY = re.compile(
    r"\b(?:POWER\s+OF\s+ATTORNEY|KNOW\s+ALL|WHEREAS|RESOLVED|(?:DO\s+)?HEREBY|EXHIBIT\s+[\d.]+|RELATING\s+TO|WITH\s+RESPECT\s+TO|"
    r"IN\s+RESPECT\s+OF|REGISTRATION\s+STATEMENTS?(?:\s+ON\s+FORM\s+[\w-]+)?"
    r"|FORMS?\s+(?:[A-Z]{1,2}-?\d+[A-Z]?|\d{1,2}-[A-Z]{1,2})(?:\s+(?:FOR|OF|BY)(?:\s+THE)?)?)\b,?",
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
        text = trim_org(raw[skip:])
        if re.search(r",\s*an?\s+$", chunk[: match.start()]) and _description().match(text):
            continue  # '..., a Virginia Corporation (the "Company")' describes the name before it
        # a list read as one run: 'the Securities and Exchange Commission, the New York Stock Exchange, Ambac
        # Financial Group, Inc.': the name before ``end`` is the last item (only a name's span is located: each
        # search for one compiles a pattern)
        if text and is_org_name(text):
            text = _after_a_term(view, text)
            a, b = _locate(raw, text, skip)
            a, b, text = (_last_item(raw, b) if b < len(raw.rstrip(" ,")) else None) or (a, b, text)
            best = (squash(text), start + match.start() + a, start + match.start() + b)
        elif "," in raw[skip:] and (item := _last_item(raw, skip)):
            best = (squash(item[2]), start + match.start() + item[0], start + match.start() + item[1])
    return best


def _after_a_term(view: str, text: str) -> str:
    """'by and between the Authorizer, Shanghai Qiyue Co., Ltd. (the "WFOE")': a party named by the term the text
    defines for it ('(the "Authorizer")') ahead of the name of the next."""
    head, _, rest = text.partition(", ")
    if " " in head or len(rest.split()) < 3 or not is_org_name(rest):
        return text
    return rest if f"“{head}”" in view or f'"{head}"' in view else text


def _last_item(raw: str, after: int) -> tuple[int, int, str] | None:
    """The last organization of a comma-separated run that begins past ``after``: its span and its name."""
    for sep in reversed(list(re.finditer(r",\s*(?:and\s+)?(?:the\s+)?(?!(?i:an?\s))(?=[A-Z])", raw[after:]))):
        text = trim_org(raw[after + sep.end() :])
        if len(text.split()) > 1 and is_org_name(text) and not _description().match(text):
            a, b = _locate(raw, text, after + sep.end())
            return a, b, text
    return None


@cache
def _description() -> re.Pattern[str]:
    """'Virginia Corporation', 'Delaware Limited Liability Company': a place and a kind of entity."""
    lex = lexicon()
    places = "|".join(re.escape(p) for p in (*lex.states, *lex.state_adjectives))
    kinds = r"(?:limited\s+|general\s+|business\s+|statutory\s+)*(?:corporation|company|partnership|trust|liability)"
    return re.compile(rf"(?:{places})\s+{kinds}\b", FLAGS)


def spaced(text: str) -> str:
    """A regex for ``text`` whose words may be parted by any white space (a line break in a name)."""
    return r"\s+".join(re.escape(w) for w in text.split())


def _locate(raw: str, text: str, at: int = 0) -> tuple[int, int]:
    """Where a trimmed name (words re-joined by single spaces) stands in the raw run it was cut from."""
    found = re.compile(spaced(text)).search(raw, at)
    return found.span() if found else (at, at + len(text))


def org_after(view: str, start: int) -> tuple[str, int, int] | None:
    """The organization name that begins at ``start`` ('POZEN\\nInc. (the "Company")')."""
    match = _ORG_RUN.match(view, start)
    if not match:
        return None
    text = trim_org(_BOUNDARY.split(match.group())[0])
    # 'Validus Holdings, Ltd. held by' and 'CIGNA Corporation, a Delaware corporation' end at the suffix
    if text and is_org_name(text):
        a, b = _locate(match.group(), text)
        return squash(text), start + a, start + b
    # 'the Annual Report of PacifiCorp on Form 10-K': one word with a capital inside, a firm's coined name
    if re.fullmatch(r"[A-Z][a-z]{3,}[A-Z][A-Za-z]+", text):
        a, b = _locate(match.group(), text)
        return text, start + a, start + b
    # 'KeyCorp, an Ohio corporation': no suffix, but described as one
    if text and text[0].isupper() and len(text.split()) <= 4:
        a, b = _locate(match.group(), text)
        article = _ARTICLE.match(view, start + b)
        if article and _description().match(view, article.end()):
            return squash(text), start + a, start + b
    return None


_ARTICLE = re.compile(r",?\s+an?\s+")


def org_at(view: str, start: int) -> tuple[str, int, int] | None:
    """The organization name that begins exactly at ``start`` (``org_after`` may skip a leading word)."""
    org = org_after(view, start)
    return org if org and org[1] == start else None


_HOLDER_WORDS = {"owner", "owners", "holder", "holders", "stockholder", "shareholder", "capacity", "behalf", "insider"}
_HOLDER_WORDS |= {
    "shares",
    "interest",
    "interests",
    "units",
    "securities",
    "stock",
}  # 'Shares of Beneficial Interest of X'
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


_DEPARTMENT_OF = re.compile(
    r"(?:Finance|Accounting|Operations|Marketing|Sales|Human\s+Resources|Investor\s+Relations|Tax(?:ation)?|Treasury"
    r"|Legal(?:\s+Affairs)?|Compliance|Administration|Engineering|Research(?:\s+and\s+Development)?|Manufacturing"
    r"|(?:Corporate|Business)\s+Development|Communications|External\s+Reporting|Financial\s+Reporting)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


# the securities a name is read with: 'ownership of Common Stock of Nanometrics Incorporated'
STOCK_OF_PREFIX = re.compile(
    r"^(?:Class\s+[A-Z]\s+)?(?:Common|Preferred|Ordinary)\s+(?:Stock|Shares)\s+of\s+(?=\S)", re.IGNORECASE
)
_TICKER = re.compile(rf"(\b{_SUFFIX}\.?)\s*\([A-Z]{{2,5}}\)$")  # 'The Toro Company (TTC)'


def trim_org(text: str) -> str:
    text = re.sub(r",(?=(?:Inc|Ltd|LLC|Corp|L\.P)\b)", ", ", text.rstrip(" ,&"))  # 'Lydall,Inc.'
    for sentence in re.finditer(r"\.\s+(\w+)", text):
        if sentence.group(1).lower() in _SENTENCE_STARTS:  # 'Corvallis Corporation. This authorization ...'
            head = text[: sentence.start()]
            abbreviated = re.search(r"\b(?:Inc|Corp|Ltd|Co|Bhd|L\.P|N\.V|S\.A|L\.L\.C|P\.C|A\.G)$", head, FLAGS)
            text = head + "." if abbreviated else head
            break
    # 'Director of Arzencor Medical Group, Inc.', 'IN THE UNDERSIGNED'S CAPACITY AS A DIRECTOR OF ALSOLCOR LTD.':
    # what comes before an office's 'of' is not part of the name (but 'Bank of America Corporation' is one name)
    # ('Group President-Electrical, of Thomas & Betts Corporation': no name has a comma before its 'of')
    for office in reversed(list(re.finditer(r"([\w'’-]+)(,?)\s+of\s+(?:(?-i:the)\s+)?", text, FLAGS))):
        word = re.sub(r"ies$", "y", office.group(1).lower())  # 'Assistant Secretaries of X', 'Officers of X'
        word = word[:-1] if word.endswith("s") and word[:-1] in lexicon().title_words else word
        if (word in lexicon().title_words or word in _HOLDER_WORDS or office.group(2)) and office.end() < len(text):
            text = text[office.end() :]
            # ... and an office's department: 'Director of Finance of Novavax, Inc.'
            department = _DEPARTMENT_OF.match(text)
            text = text[department.end() :] if department and department.end() < len(text) else text
            break
    text = _TICKER.sub(r"\1", STOCK_OF_PREFIX.sub("", text))
    text = re.split(r",\s+(?:an?|the)\s+(?=[A-Z])", text, maxsplit=1, flags=FLAGS)[0]  # ', A DELAWARE CORPORATION'
    # '... director of Celgene Corporation, Forms 3, 4, and 5 in accordance with ...': what the sentence goes on to
    # ... or to its securities: 'holdings of Universal Health Services, Inc., Common Stock'
    text = re.split(
        r",\s+(?:Forms?|Schedules?|Sections?|Rules?|Common\s+Stock|Ordinary\s+Shares|Preferred\s+Stock)\b",
        text,
        maxsplit=1,
        flags=FLAGS,
    )[0]
    # a list the name ends: 'submit to the SEC, Tidewater Inc. (the "Company")'
    text = re.sub(r"^(?:the\s+)?(?:SEC|Commission|Securities\s+and\s+Exchange\s+Commission)\s*,\s*(?=\S)", "", text)
    # a definition whose brackets and quotes were lost: 'Black Hills Corporation the Company, Forms 3, 4, and 5'
    text = re.sub(r"\s+the\s+(?:Company|Corporation|Issuer|Registrant)$", "", text.rstrip(" ,"))
    last = re.search(r"(\w+)\.$", text)
    if last and len(last.group(1)) >= 4 and last.group(1).lower() not in {"corp", "intl", "assn"}:
        text = text[:-1]  # the sentence's period: 'Holdings Corporation.' (but 'Corp.', 'Inc.', 'L.P.' keep theirs)
    # 'The Trust and FRANKLIN ADVISERS, INC.': two names joined by 'and', told apart by their case
    parts = re.split(r"\s+and\s+", text)
    if len(parts) == 2 and parts[0].isupper() != parts[1].isupper() and is_org_name(parts[1]):
        text = parts[1]
    words = text.split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # a heading printed again as the next line begins: 'X FUNDS' / 'X FUNDS, a trust'
    while words and words[-1].lower().strip(",") in {"and", "of", "for", "the", "de", "du", "des", "&"}:
        words.pop()
    # 'The Kroger Co.' and 'THE KROGER CO.' keep their article; 'the' in running text is not part of the name
    while words and words[0].lower() in {"and", "of", "for", "the", "&"} and words[0] not in {"The", "THE"}:
        words.pop(0)
    text = " ".join(words)
    # stop at the corporate suffix when words follow it ('Arch Capital Group Ltd. 2005 Long Term')
    plan = re.match(r"(.*?\b(?:Inc|Ltd|LLC|Corp|Corporation|Company)\b\.?),?\s+(?:19|20)\d\d\s+(?-i:[A-Z])", text)
    if plan:
        return plan.group(1)  # a plan named after the company: 'PathoGenesis Corporation 1999 Employee Stock Option'
    m = re.search(r"^(.*?\b(?:Inc|Ltd|LLC|L\.L\.C|L\.P|LP|plc|PLC|Corp|INC|LTD|CORP)\b\.?)", text)
    if not m or len(m.group(1)) == len(text):
        return text
    rest = text[len(m.group(1)) :].strip(" ,.")
    if re.fullmatch(r"[IVX]{1,4}|\d{1,3}|[A-Z]", rest):
        return text  # a series: 'Social Capital Hedosophia Holdings Corp. IV'
    # 'Acme Inc. Holdings' goes on; 'Westbrook Partners, L.P. This authority ...' is the next sentence
    first = rest.split()[0].lower() if rest.split() else ""
    next_sentence = m.group(1).endswith(".") and first in _SENTENCE_STARTS
    other_case = m.group(1).isupper() and not rest.isupper()  # 'RECKITT BENCKISER GROUP PLC / Was hereunto'
    if re.match(r"(?:S\.?E\.?C\.?|Commission)?\s*(?:File|Registration)\s+No", rest, FLAGS):
        return m.group(1)  # '... Companies, Inc., S.E.C. File No. 1-6686'
    return m.group(1) if next_sentence or other_case or not rest.istitle() else text
