"""Which organization is the issuer, and the state it is organized in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..lexicon import lexicon
from ..names import (
    has_org_suffix,
    is_entity_line,
    is_org_name,
    is_title_text,
    norm_key,
    squash,
)
from .agents import defined_entity
from .base import DATE_WORDS, DEF, FLAGS, TERM_DEF, Found, is_appointing, skip_definition
from .orgs import STOCK_OF_PREFIX, org_after, org_at, org_before, spaced, trim_org
from .titles import bare_word

_COMPANY_TERMS = ("Company", "Corporation", "Issuer", "Registrant", "Fund", "Trust", "Partnership", "Bank")
_TERMS = "|".join(_COMPANY_TERMS)
_COMPANY_DEF = re.compile(  # DEF for every company term in one pass
    DEF.replace("{term}", f"(?P<t1>{_TERMS})", 1)
    .replace("{term}", f"(?P<t2>{_TERMS})", 1)
    .replace("{term}", f"(?P<t3>{_TERMS})", 1)
    .replace("{{", "{")
    .replace("}}", "}"),
    FLAGS,
)
_OFFICER_OF = re.compile(
    r"\b(?:officers?|directors?|trustees?|(?:and/or\s+)?directors?|(?:share|stock)?holders?|managers?|general\s+partner|"
    r"(?:assistant\s+)?secretar(?:y|ies)(?:\(ies\))?|"  # 'the Secretary and Assistant Secretaries of X'
    r"(?:section\s+16\s+)?(?:reporting\s+persons?|insiders?))"
    r"\s+(?:(?:and/or|or)\s+(?:officers?|directors?|trustees?)\s*)?(?:,?\s*or\s+both\s*,?\s*)?(?:,?\s*as\s+the\s+case\s+may\s+be\s*,?)?"
    r"\s*of\s+(?:each\s+of\s+)?",
    FLAGS,
)
# 'any instruments ... to enable Sky Financial Group, Inc. to comply with the Securities Act of 1933'
_ENABLE = re.compile(r"\benable\s+(?=(?-i:[A-Z]))", FLAGS)
# 'in any and all of his offices and capacities with National Semiconductor Corporation', 'in connection with my
# association with St. Jude Medical, Inc.'
_CAPACITY_WITH = re.compile(
    r"\b(?:capacit(?:y|ies)|(?:my|his|her|the\s+undersigned['’]s)\s+(?:association|affiliation|employment|relationship))"
    r"\s+with\s+(?=(?-i:[A-Z]))",
    FLAGS,
)
# 'the Registration Statement on Form S-8 of Fabrikam Corporation', 'this Annual Report on Form 10-K of ...',
# 'amendments to registration statements of Fabrikam Corporation on Form S-8',
# 'the Registration Statement on Form N-2 (Registration No. 333-163279) of Golub Capital BDC LLC', 'the Annual
# Report on Form 10-K for the fiscal year ended June 30, 2002 of The Estee Lauder Companies Inc.'
_FILING_OF = re.compile(
    r"\b(?:(?:registration\s+statement|annual\s+report|quarterly\s+report)s(?=\s+(?:of|under)\s)"
    r"|registration\s+statement|annual\s+report|quarterly\s+report|report|statement"
    r"|(?-i:the\s+)?Form\s+(?:\d{1,2}-[A-Z]{1,2}|[SFN]-\d{1,2}[A-Z]?)\b)"  # 'the Form 10-K of Vista Gold Corp.'
    r"(?:\s+on\s+Form\s+[\w-]+)?(?:\s*\([^()]{0,60}\))?"
    # 'Registration Statements under the Securities Act of 1933 and the Investment Company Act of 1940 for X Trust'
    r"(?:\s+under\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,120}?\bAct\s+of\s+\d{4}(?:,?\s+as\s+amended,?)?)?"
    r"(?:\s+for\s+the\s+(?:fiscal\s+)?(?:year|quarter|period)\s+ended\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+,?)\s+\d{4})?"
    r"\s*,?\s+(?:of|for)\s+(?:said\s+)?"
    r"(?!(?:the|such|any|each)\s+(?-i:[a-z])|(?:the\s+|such\s+|any\s+|each\s+)?(?:company|registrant|corporation|trust|fund)\b)",
    FLAGS,
)
# 'NRG Energy, Inc.'s (and the NRG Companies' (as Co-Registrants)) Registration Statement on Form S-4'
_OWN_STATEMENT = re.compile(
    r"['’]s\s+(?:\([^;.]{0,80}?\)\)?\s+)?(?:registration\s+statement|annual\s+report|quarterly\s+report|Form\s+\d)",
    FLAGS,
)
# 'a statement under Section 16(a) ... with respect to the Blue Harbor Fund, Inc., a Maryland corporation'
_CONCERNING = re.compile(
    r"\b(?:with\s+respect\s+to|in\s+respect\s+of|relating\s+to|concerning|regarding|applicable\s+to|pertaining\s+to)"
    r"\s+(?:(?-i:the)\s+)?"  # ('with respect to The Cushing Royalty & Income Fund' keeps its article)
    r"(?!(?:the\s+)?(?:securities|shares|stock|such|any|its|his|her|their|my|our|each|all|this|that|these|those"
    r"|company|corporation|issuer|registrant|undersigned)\b)",
    FLAGS,
)
# 'the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly
# authorized.' followed by the registrant's name above its 'By:' line
_REGISTRANT_BLOCK = re.compile(
    r"registrant\s+has\s+duly\s+caused\s+this\b[^.]{0,300}?\bduly\s+authori[sz]ed\b[^.]{0,200}?\.\s*", FLAGS
)
_SECURITIES_OF = re.compile(
    r"\b(?:securit(?:ies|y)|(?:common\s+|ordinary\s+|preferred\s+)?(?:shares?|stock)|units|common\s+units|interests"
    r"|contracts|policies|notes|debentures|certificates|(?-i:holdings))"  # 'my reporting of holdings of X'
    r"(?:\s*,\s*(?:\$?\d*\.?\d+\s+)?par\s+value(?:\s+\$?\d*\.?\d+)?(?:\s+per\s+share)?\s*,)?"  # ', par value $0.01'
    r"(?:\s*\([^()]{1,60}\))?"  # 'equity Securities (including derivative securities) of John B. Sanfilippo ...'
    r"\s*,?\s+(?:issued\s+by|of)\s+"  # 'securities of The Hershey Company', not 'of the Company' / 'of such issuer'
    r"(?!(?:the|such|any|each)\s+(?-i:[a-z])|(?:the\s+|such\s+)?(?:company|issuer|corporation|registrant|trust|fund)\b"
    r"|beneficial\b)",
    FLAGS,
)
# ... or named before them: 'transactions in Microsoft Corporation securities'
_ISSUER_SECURITIES = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Ltd|LLC|plc|N\.V|S\.A|AG|SE)\b\.?"
    r"(?=(?:['’]s)?\s+(?i:equity\s+|common\s+|ordinary\s+)?(?i:securities|stock|shares)\b)"
)
# ... or before the report it files: 'to sign the Columbia Sportswear Company Annual Report on Form 10-K'
_ISSUER_REPORT = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Ltd|LLC|plc|N\.V|S\.A|AG|SE|Trust|Fund)\b\.?"
    r"(?=\s+(?i:annual\s+report|quarterly\s+report|registration\s+statement)\b)"
)
# ... or, weakest, named without a corporate suffix, as whose securities they are: 'reporting transactions in General
# Mills' securities', 'securities issued by General Mills' (taken when nothing else names the issuer)
_BARE_ISSUER = re.compile(
    r"\b(?:securities|shares|stock)\s+(?:issued\s+by|of)\s+"
    r"(?P<after>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))(?=[\s,;)]|\.\s|\.?$)"
    r"|(?P<before>(?-i:[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}))['’]s?\s+"
    r"(?:common\s+|equity\s+)?(?:securities|stock|shares)\b",
    FLAGS,
)
_SHARE_CLASS = re.compile(r"\s+(?=(?:Class|Series|Common|Preferred|Ordinary|Voting|Non-Voting)\b)")
# ... or in the name of the plan a registration statement is for: 'the General Mills, Inc. 2016 Compensation Plan',
# 'securities to be issued pursuant to the Norfolk Southern Corporation Long-Term Incentive Plan'
_PLAN_OF = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Ltd|LLC|plc|N\.V|S\.A|AG|SE|Co)\b\.?"
    r"(?=,?\s+(?:\d{4}\s+)?(?:(?-i:[A-Z])[\w'&-]*\s+){0,6}Plans?\b)"
)
# ... or as the employer of whoever receives a revocation: 'until revoked by writing delivered to the General
# Counsel of Harrah's Entertainment, Inc.'
_COUNSEL_OF = re.compile(
    r"\b(?:delivered|sent|given|furnished|provided)\s+to\s+(?:the\s+)?(?:general\s+counsel|(?:corporate\s+)?secretary"
    r"|chief\s+legal\s+officer)\s+of\s+(?=(?-i:[A-Z]))",
    FLAGS,
)
# ... or as the filer of the statement or report: 'a registration statement on Form S-4 to be filed by Pacific
# Financial Corporation', 'for filing with the Securities and Exchange Commission by Packaging Corporation of America'
_FILED_BY = re.compile(
    r"\b(?:filed|filings?)\s+(?:with\s+the\s+(?:Securities\s+and\s+Exchange\s+Commission|SEC|Commission)\s+)?"
    r"(?:by|on\s+behalf\s+of)\s+(?=(?-i:[A-Z]))",  # 'the Form S-4 to be filed on behalf of HORNBECK-LEEVAC ...'
    FLAGS,
)
# ... or in a letter's subject line: 'Re: Microsoft Corporation - Power of Attorney'
_SUBJECT_LINE = re.compile(r"^[ \t]*Re\s*:\s*(?=[A-Z])", re.M)


# ... or as the holder of the offices its signers hold: 'each of the undersigned holds the office or offices in
# LOUISVILLE GAS AND ELECTRIC COMPANY set opposite his or her name'
_OFFICES_IN = re.compile(
    r"\bhold(?:s|ing)?\s+the\s+offices?(?:\s+or\s+offices)?\s+(?:in|with|of)\s+(?=(?-i:[A-Z]))", FLAGS
)
# ... or as the subject of the recital that it is to file: 'WHEREAS, LOUISVILLE GAS AND ELECTRIC COMPANY, a Kentucky
# corporation, is to file with the Securities and Exchange Commission ... its Annual Report on Form 10-K'
_WHEREAS = re.compile(r"\bWHEREAS\s*,?\s+(?:the\s+)?(?=(?-i:[A-Z]))", FLAGS)
_TO_FILE = re.compile(
    r"(?:\s*,\s*an?\s+[^,.;()]{3,60}?)?(?:\s*\([^()]{0,80}\))?\s*,?\s+(?:is\s+about\s+to|is\s+to|intends\s+to"
    r"|proposes\s+to|will|plans\s+to|desires\s+to|contemplates\s+filing)\s+(?:file|filing)\b",
    FLAGS,
)

# ... or as the one that, like the attorneys, takes on none of the insider's duties: 'the Attorneys ... are not
# assuming, nor is H. J. Heinz Company assuming, any of my responsibilities to comply with Section 16'
_NOR_IS = re.compile(r"\bnor\s+is\s+(?=(?-i:[A-Z])[^,;]{2,80}?\s+assuming\b)", FLAGS)
# ... or, weakest, as the grantor's firm in the opening: 'I, Steven D. Berns, of The Interpublic Group of Companies,
# Inc. authorize' (a town there is no organization: 'I, Leslie Denend, of Palo Alto, California'); a firm named so
# may be the grantor's own, with the issuer named elsewhere
_OF_GRANTOR = re.compile(r"\bI,\s+(?:the\s+undersigned,?\s+)?(?-i:[A-Z])[^,\n]{2,60},\s+of\s+(?=(?-i:[A-Z]))", FLAGS)

# cues after which the issuer is named; the grantor's firm and the revocation's recipient are the weakest
_CUES_BEFORE_ISSUER = (
    (_SECURITIES_OF, 2.0),
    (_OF_GRANTOR, 1.0),
    (_FILED_BY, 2.0),
    (_OFFICES_IN, 2.0),
    (_CONCERNING, 1.8),
    (_NOR_IS, 1.8),
    (_COUNSEL_OF, 1.5),
)


def find_company(
    view: str, grantor_keys: set[str], agents: list[Found] | None = None
) -> tuple[Found | None, Found | None]:
    """The issuer and its state of incorporation. An office named right after an agent describes the agent
    ('Kathryn Burns, Vice President, Director of Finance of Monroe Bank'), not the grantor's issuer."""
    candidates: list[tuple[float, str, int, int]] = []
    described = [(a.end, a.end + 80) for a in agents or []]
    for match in _COMPANY_DEF.finditer(view):
        term = next(
            t
            for t in _COMPANY_TERMS
            if t.lower() == (match.group("t1") or match.group("t2") or match.group("t3")).lower()
        )
        org = (
            _before_former_name(view, org_before(view, match.start()))
            or _named_with_term(view, match.start(), term)
            or _defined_run(view, match.start())
            or _lowercase_brand(view, match.start())
        )
        appointing = is_appointing(view, match.end()) and not re.search(
            r"\b(?:of|in|by|for)\s+(?:the\s+)?$", view[: org[1]] if org else ""
        )
        issuer_term = term in ("Company", "Issuer", "Corporation", "Registrant")
        # a grantor that the text itself calls 'the Company' is the company (a fund that grants is not the issuer)
        if org and (issuer_term or norm_key(org[0]) not in grantor_keys) and not appointing:
            candidates.append((3.0 if term in ("Company", "Issuer", "Corporation") else 2.0, *org))
    for match in _ENABLE.finditer(view):
        org = org_at(view, match.end())
        if org and re.match(r"\s+to\s+comply\b", view[org[2] : org[2] + 20], FLAGS):
            candidates.append((2.5, *org))
    for match in _CAPACITY_WITH.finditer(view):
        org = org_at(view, match.end())
        if org:
            candidates.append((2.5, *org))
    offices = [(m, org_after(view, m.end())) for m in _OFFICER_OF.finditer(view)]
    # ('officer of Expeditors', its defined term; not when the terms name several: 'of Growth Trust', 'of Series Trust')
    by_term = {m.end(): _named_by_term(view, m.end()) for m, org in offices[:20] if not org}
    one_term = len({org[0] for org in by_term.values() if org}) == 1
    for match, org in offices:
        org = org or (by_term.get(match.end()) if one_term else None)
        after_agent = any(a <= match.start() < b and "," in view[a : match.start()] for a, b in described)
        # ('Successor Trustees of The Edward W. Scripps Trust' when the trust itself grants: a holder, no issuer)
        holder = (
            org and norm_key(org[0]) in grantor_keys and re.search(r"\b(?:trust|foundation|estate)$", org[0], FLAGS)
        )
        if org and not after_agent and not holder and not _agents_employer(view, match.start(), agents or []):
            candidates.append((2.5, *org))
            # 'an officer of X LLC (the "General Partner") and the general partner of Y L.P.': the partnership issues
            partner = _GENERAL_PARTNER_OF.match(view, org[2])
            partnership = org_after(view, partner.end()) if partner else None
            if partnership:
                candidates.append((2.6, *partnership))
    for cue, score in _CUES_BEFORE_ISSUER:  # the issuer begins after the cue, and is not the grantor
        for match in cue.finditer(view):
            org = org_after(view, match.end())
            if org and norm_key(org[0]) not in grantor_keys and not _and_another_issuer(view, org[2]):
                candidates.append((score, *org))
    # the issuer whose suffix ends right before its securities, its report or its plan (a plan's name in a quoted
    # title names a document, not the filing)
    for pattern, score, unquoted in (
        (_ISSUER_SECURITIES, 1.8, False),
        (_ISSUER_REPORT, 2.0, False),
        (_PLAN_OF, 1.2, True),
    ):
        for match in pattern.finditer(view):
            org = org_before(view, match.end())
            quoted = unquoted and view.count('"', max(0, match.start() - 300), match.start()) % 2
            if org and org[2] == match.end() and not quoted and norm_key(org[0]) not in grantor_keys:
                candidates.append((score, *org))
    candidates.extend(_bare_issuers(view, grantor_keys | {norm_key(a.name) for a in agents or []}))
    candidates.extend(_term_before_stock(view, grantor_keys))
    subject = _SUBJECT_LINE.search(view, 0, 1500)
    # (the subject is one line: 'Re: ALLTEL Corporation' / 'Commission File No. 1-4996')
    line_end = view.find("\n", subject.end()) if subject else -1
    org = org_at(view[: line_end if line_end >= 0 else None], subject.end()) if subject else None
    if org:
        candidates.append((1.5, *org))
    for match in _OWN_STATEMENT.finditer(view):
        org = org_before(view, match.start())
        if org and org[2] == match.start():
            candidates.append((2.0, *org))
    for match in _FILING_OF.finditer(view):
        org = org_after(view, match.end())
        if org:  # a report of its own: an entity that grants the power for it is still the issuer
            candidates.append((2.0, *org))
    for match in _WHEREAS.finditer(view):
        org = org_at(view, match.end())
        if org and _TO_FILE.match(view, org[2]):
            candidates.append((2.5, *org))
    registrant = _registrant_block_org(view)
    if registrant:
        candidates.append((2.5, *registrant))
    letterhead = _letterhead_org(view)
    if letterhead and norm_key(letterhead[0]) not in grantor_keys:
        candidates.append((1.0, *letterhead))
    heading = _heading_org(view, grantor_keys)
    if heading:
        candidates.append((1.5, *heading))
    candidates = [
        _past_agents(view, c, agents or [])
        for c in candidates
        if not _not_the_issuer(view, c[3])
        and "securitiesandexchangecommission" not in norm_key(c[1])
        and not _PREPARED_BY.search(view, max(0, c[2] - 40), c[2])
    ]
    candidates = [c for c in candidates if c[1] and not _FAMILY.search(c[1])]
    # (family trusts that themselves appoint are grantors, not issuers; their trustees who appoint are not)
    several = _two_issuers(view, offices) or any(
        ("Trusts" not in m.group() or not is_appointing(view, m.end()) or _trustees_of(view, m.start()))
        and not _one_named_plural(view, m)
        for m in _SEVERAL_ISSUERS.finditer(view)
    )
    if not candidates or several:
        return None, _registrant_state(view)
    best = max(candidates, key=lambda c: (c[0], -c[2]))
    name, start, end = best[1:]
    if _EACH_ONE.match(view, end):  # 'A, B and C, each a Maryland corporation': several issuers
        return None, _registrant_state(view)
    if len([part for part in _ITEMS.split(name) if is_org_name(part)]) > 1:
        return None, _registrant_state(view)  # 'Rydex Series Trust, Rydex Variable Trust, and NewCo Trust': several
    # the fullest mention of the chosen company: 'PepsiCo' named elsewhere as 'PepsiCo, Inc.'
    fuller = [c for c in candidates if c[1].lower().startswith(name.lower() + ",") and is_org_name(c[1])]
    if fuller and not is_org_name(name):
        name, start, end = min(fuller, key=lambda c: c[2])[1:]
    elif not is_org_name(name) and (full := defined_entity(view, name)) and is_org_name(full):
        # 'PepsiCo, Inc. ("PepsiCo") and each other undersigned, an officer or director, or both, of PepsiCo'
        at = re.search(spaced(full), view)
        name, start, end = full, *(at.span() if at else (start, end))
    company = Found(name, start, end, confidence=min(1.0, best[0] / 3))
    return company, _state_after(view, end) or _state_after_any(view, name) or _registrant_state(view)


# the items of a list of names ('X FUNDS, Y SERIES, INC. and Z TRUST'; a suffix after its comma is no item)
_ITEMS = re.compile(r",(?!\s*(?:Inc|Ltd|LLC|L\.P|LP|Corp|Co|N\.V|S\.A|plc|Limited)\b)\s*(?:and\s+)?", FLAGS)
_TERM_WORDS = re.compile(r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2}")
_MORE_NAMES = re.compile(r"\s*(?:,|\band\b)\s*(?:and\s+)?(?!Forms?\b|Schedules?\b)[A-Z]")


def _named_by_term(view: str, at: int) -> tuple[str, int, int] | None:
    """'an executive officer and/or director of Expeditors': a term the text defines ('Expeditors International of
    Washington, Inc. ("Expeditors")'), read as the organization it stands for, or a name's short form."""
    word = _TERM_WORDS.match(view, at)
    if not word or _MORE_NAMES.match(view, word.end()):
        return None  # 'officer of Growth Trust, Mutual Funds Trust, ...': one of several
    defined = re.search(DEF.format(term=spaced(word.group())), view)
    if defined:
        return org_before(view, defined.start())
    if word.group() in _COMPANY_TERMS:
        return None
    # ... or a short form of a name written out elsewhere: 'director of First Citizens' and 'First Citizens Banc
    # Corp's merger'
    size = len(word.group())
    for at in _word_starts(view, word.group()):
        org = org_at(view, at) if view[at + size : at + size + 1].isspace() else None
        if org and org[0] != word.group() and is_org_name(org[0]):
            return org
    return None


def _bare_issuers(view: str, people: set[str]) -> list[tuple[float, str, int, int]]:
    """Issuers named without a suffix before or after 'securities', named more than once in the text, and not
    one of the people the text names as grantor or agent."""
    found = []
    for match in _BARE_ISSUER.finditer(view):
        group = "after" if match.group("after") else "before"
        name = re.sub(r"^(?:The|THE)\s+(?=\S)", "", match.group(group)).rstrip(".")
        name = _SHARE_CLASS.split(name, 1)[0]  # 'shares of NACCO Class A Common Stock': the issuer is NACCO
        words = [w.lower() for w in name.split()]
        if (
            not words
            or _SHARE_CLASS.match(f" {name}")  # 'shares of Class B Common Stock': no issuer named
            or words[-1] in {t.lower() for t in _COMPANY_TERMS} | {"issuer", "registrant", "undersigned"}
            or norm_key(name) in people
            or len(re.findall(rf"\b{re.escape(name)}\b", view)) < 2
        ):
            continue
        defined = re.search(DEF.format(term=re.escape(name)), view)
        if defined:  # 'AXIS Capital Holdings Limited ("AXIS")': the name the term stands for, if any
            org = org_before(view, defined.start())
            if org:
                found.append((1.2, *org))
            continue
        if re.search(r"\b(?:the|such|each|any|a)\s+$", view[max(0, match.start(group) - 6) : match.start(group)]):
            continue  # 'the Reporting Entity's securities': a term, not a name
        start = match.start(group) + match.group(group).find(name)
        found.append((1.2, name, start, start + len(name)))
    return found


_GENERAL_PARTNER_OF = re.compile(
    r"(?:\s*,?\s*an?\s+[^,.;()]{3,80}?)?(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:and\s+)?(?:the|its|which\s+is\s+the)\s+"
    r"general\s+partner\s+of\s+(?=(?-i:[A-Z]))",
    FLAGS,
)


# '... for such time that Stephanie J. Brown shall continue to be an officer of Fidelity Management & Research'
_BE_AN = re.compile(
    r"\b(?:(?:continues?|ceases?)\s+to\s+be|remains?|is|are|be|being|employed\s+by)\s+(?:an?\s+|the\s+)?$", FLAGS
)


_FORMERLY = re.compile(r"[(,]\s*(?:(?:previously|formerly)(?:\s+known\s+as|\s+named|\s+called)?|f/k/a)\s+$", FLAGS)


def _before_former_name(view: str, org: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """'Dean Foods Company (previously known as Suiza Foods Corporation) (the "Company")', 'TCF Financial
    Corporation, formerly known as Chemical Financial Corporation (the "Company")': the present name."""
    former = _FORMERLY.search(view, max(0, org[1] - 40), org[1]) if org else None
    return (org_before(view, former.start()) or org) if former else org


def _term_before_stock(view: str, grantor_keys: set[str]) -> list[tuple[float, str, int, int]]:
    """'Group 1 Software, Inc. ("Group 1") ... my purchase or sale of Group 1 stock': the organization a term stands
    for, named as whose stock is traded."""
    found = []
    for match in TERM_DEF.finditer(view[:5000]):
        term = match.group("term")
        if term in _COMPANY_TERMS or not _before_stock(view, term):
            continue
        org = org_before(view, match.start())
        if org and org[2] >= match.start() - 3 and norm_key(org[0]) not in grantor_keys:
            found.append((1.8, *org))
    return found


_STOCK_AFTER = re.compile(r"(?:['’]s?)?\s+(?:common\s+|ordinary\s+|equity\s+)?(?:stock|shares|securities)\b", FLAGS)


def _before_stock(view: str, term: str) -> bool:
    """Does ``term`` stand as a word right before 'stock', 'shares' or 'securities'?"""
    return any(_STOCK_AFTER.match(view, at + len(term)) for at in _word_starts(view, term))


def _word_starts(view: str, word: str) -> Iterator[int]:
    """Where ``word`` begins a word of the view. (Found with str.find: a pattern built for each word would crowd
    the compiled patterns out of the regex cache.)"""
    at = view.find(word)
    while at >= 0:
        if not (at and view[at - 1].isalnum()):
            yield at
        at = view.find(word, at + 1)


def _agents_employer(view: str, at: int, agents: list[Found]) -> bool:
    """Is the office at ``at`` said of an agent ('X shall continue to be an officer of ...')? Then its
    organization employs the agent, and is not the grantor's issuer."""
    if not _BE_AN.search(view[max(0, at - 30) : at]):
        return False
    before = squash(view[max(0, at - 90) : at])
    return any(a.name in before for a in agents)


def _past_agents(view: str, candidate: tuple[float, str, int, int], agents: list[Found]) -> tuple[float, str, int, int]:
    """'Julia Hartz and Kristin Johnston of Eventbrite, Inc. (the "Company")': a name run read back from a
    definition can take in the agents that work for the company; the company begins after their 'of'."""
    score, name, start, end = candidate
    inside = [a.start for a in agents if start <= a.start < end]
    if not inside:
        return candidate
    of = re.search(r"\s+of\s+", view[max(inside) : end])
    if not of:
        return score, "", start, end
    start = max(inside) + of.end()
    return score, squash(view[start:end]), start, end


def _state_after_any(view: str, name: str) -> Found | None:
    """The state written after another mention of the company ('Duke Energy Corporation, a Delaware corporation')."""
    pattern = spaced(name)
    for mention in re.finditer(pattern, view, FLAGS):
        state = _state_after(view, mention.end())
        if state:
            return state
    return None


# a power for several issuers names no single one: '(collectively, the "Companies")', '(the "Trusts")', 'the
# companies listed on Exhibit A'
_SEVERAL_ISSUERS = re.compile(
    r"\((?:[^()]{0,60}\bcollectively\s*,?\s*)?(?:the\s+)?[\"“](?:Companies|Registrants|Issuers|Corporations|Trusts|Funds)[\"”]"
    r"\s*\)"
    r"|(?i:\bthe\s+(?:companies|issuers|registrants)\s+(?:listed|named|set\s+forth|identified)\s+(?:on|in|below)\b)"
    # '..., Legg Mason Partners Money Market Trust (...) and ... (each a "Trust")'
    r"|\(\s*each\s*,?\s+(?:a|an)\s+[\"“](?:Trust|Fund|Company|Corporation|Registrant|Issuer)[\"”]\s*\)"
    # '(collectively the "Corporations" and individually the "Corporation")', '("BNY" and collectively with MQY,
    # MHD and BLE, the "Funds")'
    r"|\b(?:collectively|together)(?:\s+with\s+[^()\"“]{1,80}?)?\s*,?\s*(?:the\s+)?[\"“]"
    r"(?:Companies|Registrants|Issuers|Corporations|Trusts|Funds)[\"”]"
)
# nor does a fund family: 'Delaware Investments Family of Funds', 'the Fund Complex'
_FAMILY = re.compile(r"\bfamily\s+of\s+funds\b|\bfund\s+complex\b", FLAGS)
_NOT_ISSUER = re.compile(
    r"\s*(?:and/or|or)\s+(?-i:[A-Z])|,?\s*(?:the\s+)?(?:issuer|company|fund|registrant)['’]s\s", FLAGS
)


_BRAND = re.compile(
    r"\b(?:of|by|in|for)\s+(?P<name>(?-i:[a-z][\w&'’.-]*(?:\s+[a-z][\w&'’.-]*){0,2}),?\s+"
    r"(?-i:Inc|inc|Corp|corp|Ltd|ltd|LLC|plc)\.?)"
    r"(?:\s*,\s*an?\s+[^,.;()]{3,60}?)?\s*,?\s*$",
    FLAGS,
)


def _lowercase_brand(view: str, end: int) -> tuple[str, int, int] | None:
    """'of bluebird bio, Inc., a Delaware corporation (the "Company")': a brand written in lower case."""
    match = _BRAND.search(view[max(0, end - 160) : end])
    if not match:
        return None
    start = max(0, end - 160) + match.start("name")
    return squash(match.group("name")), start, start + len(match.group("name"))


# two issuers side by side: 'for the Trust and the Company', 'directors and/or officers of X, a Pennsylvania
# corporation, and Y, a Delaware corporation, which have filed'
_TWO_TERMS = re.compile(
    r"\bthe\s+(?P<a>Trust|Company|Fund|Corporation)\s+and\s+the\s+(?P<b>Trust|Company|Fund|Corporation)\b"
)
_NAMED_THEN_ANOTHER = re.compile(
    r"\s*\(\s*(?:the\s+)?[\"“](?P<term>[^\"”()]{1,30})[\"”]\s*\)\s*,\s*(?:and\s+)?(?=(?-i:[A-Z]))", FLAGS
)
_OWN_TERM = re.compile(r"\s*\(\s*(?:the\s+)?[\"“]", FLAGS)
_AND_ANOTHER = re.compile(r"\s*,\s*an?\s+[^,;()]{3,60}?,\s*and\s+(?=(?-i:[A-Z]))", FLAGS)


def _two_issuers(view: str, offices: list[tuple[re.Match[str], tuple[str, int, int] | None]]) -> bool:
    """Does the text name two issuers on the same footing, so that no one of them is the company? ``offices``: the
    'officer of' cues with the organization read after each."""
    for pair in _TWO_TERMS.finditer(view):
        a, b = (defined_entity(view, pair.group(k)) for k in ("a", "b"))
        if pair.group("a") != pair.group("b") and a and b and norm_key(a) != norm_key(b):
            return True
    for first in [org for match, org in offices if match.end() <= 2000][:5]:
        another = _AND_ANOTHER.match(view, first[2]) if first else None
        second = org_after(view, another.end()) if another else None
        if second and second[1] == another.end():
            return True
        # 'officer of SCANA Corporation ("SCANA"), South Carolina Electric & Gas Company ("SCE&G") and ...': each
        # issuer with a short name of its own (not 'X Inc. (the "Company"), Forms 3, 4 and 5')
        named = _NAMED_THEN_ANOTHER.match(view, first[2]) if first else None
        second = org_after(view, named.end()) if named and named.group("term") not in _COMPANY_TERMS else None
        if second and second[1] == named.end() and _OWN_TERM.match(view, second[2]):
            return True
    return False


_AND = re.compile(r"\s+and\s+(?=(?-i:[A-Z]))", FLAGS)


def _and_another_issuer(view: str, end: int) -> bool:
    """'securities of Armstrong Holdings, Inc. and Armstrong World Industries, Inc.': two issuers, neither the one."""
    joined = _AND.match(view, end)
    second = org_after(view, joined.end()) if joined else None
    return bool(second and second[1] == joined.end() and has_org_suffix(second[0]))


def _one_named_plural(view: str, term: re.Match[str]) -> bool:
    """'The Huntington Funds (the "Funds")': one registrant whose own name ends in the plural term."""
    plural = re.search(r"(Companies|Registrants|Issuers|Corporations|Trusts|Funds)[\"”]\s*\)$", term.group())
    org = org_before(view, term.start()) if plural else None
    return bool(org and org[2] >= term.start() - 3 and org[0].lower().endswith(plural.group(1).lower()))


def _trustees_of(view: str, at: int) -> bool:
    """'The undersigned trustees of THE X FUNDS, THE X FUNDS II and ... (the "Trusts") hereby appoint'."""
    sentence = re.split(r"[.;]\s", view[max(0, at - 300) : at])[-1]
    return _OFFICER_OF.search(sentence) is not None


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
        words[0] in {"The", "THE"} or is_title_text(words[0]) or bare_word(words[0]) in lexicon().not_names
    ):
        words.pop(0)
    name = STOCK_OF_PREFIX.sub("", " ".join(words))
    words = name.split()
    start = base + match.start() + match.group().find(words[0]) if words else 0
    # one mixed-case word, named after an office or a filing: 'an officer and/or director of PacifiCorp (the "Company")'
    after_of = len(words) == 1 and re.search(r"\b(?:of|by)\s+$", view[max(0, start - 5) : start]) is not None
    if not words or not (name.isupper() or len(words) >= 2 or (after_of and words[0] not in _COMPANY_TERMS)):
        return None
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
    name = trim_org(" ".join(words))  # 'Sole Trustee of the Eleventh ... Trust': the office is not the name
    words = name.split()
    if len(words) < 2 or term.lower() not in name.lower().split() or not name[:1].isupper():
        return None
    start = view.rfind(" ".join(words[:2]), 0, end)
    return (squash(name), start, start + len(name)) if start >= 0 else None


# the law firm that drew up the instrument: 'This Instrument Prepared by: / MILLER & MARTIN, PLLC'
_PREPARED_BY = re.compile(r"\b(?:prepared\s+by|return\s+to|mail\s+to)\s*:?\s*$", FLAGS)


def _not_the_issuer(view: str, end: int) -> bool:
    """'Putnam Investment Management, LLC and/or Putnam, LLC, the Issuer's Investment Adviser': one of several
    organizations, or one described by its relation to the issuer, is not the issuer."""
    return bool(_NOT_ISSUER.match(view, end))


def _registrant_block_org(view: str) -> tuple[str, int, int] | None:
    """The registrant's name printed above its 'By:' line after 'the registrant has duly caused this ...'."""
    match = _REGISTRANT_BLOCK.search(view)
    if not match:
        return None
    for cell in re.finditer(r"(?:[^|\s]|[ \t](?![ \t][ \t]))+", view[match.end() : match.end() + 400]):
        text = cell.group().strip(" |\t")  # cells of a line, or of a table: '| Date: ... |   | Apple Inc. |'
        if not text or DATE_WORDS.match(text) or re.match(r"(?:date|dated)\b", text, FLAGS):
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


_HEADING = re.compile(
    r"(?:(?:limited|special|durable|irrevocable|general|specific)\s+)*(?P<words>POWER\s+OF\s+ATTORNEY)", FLAGS
)


# a title line of its own, a blank line under it: 'Scudder Floating Rate Fund' (not a sentence, not a list of names)
_TITLE_WORD = r"(?:[A-Z][\w&.,'’-]*|of|and|the|for|&)"
_NEXT_LINE = re.compile(r"\s*(?P<line>[^\n]*)")
_TITLE_LINE = re.compile(
    rf"(?:[ \t|]*\n)+[ \t|]*(?P<name>{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{1,8}})[ \t|]*\n[ \t|]*\n"
)


def _org_under_heading(view: str, line_end: int, grantor_keys: set[str]) -> tuple[str, int, int] | None:
    """The organization on the title line under the heading: 'POWER OF ATTORNEY' / 'Scudder Floating Rate Fund'. Not
    the first of a list of names ('Tata Sons Limited' / 'Tata Finance Limited' / ...: the entities that grant), nor a
    grantor."""
    below = _TITLE_LINE.match(view, line_end)
    if not below:
        return None
    name = below.group("name")
    after = _NEXT_LINE.match(view, below.end())
    listed = is_org_name(after.group("line").strip(" |\\"))
    if is_org_name(name) and not _HEADING.search(name) and not listed and norm_key(name) not in grantor_keys:
        return squash(name), below.start("name"), below.end("name")
    return None


def _heading_org(view: str, grantor_keys: set[str]) -> tuple[str, int, int] | None:
    """An organization named in the title block, above or on the 'POWER OF ATTORNEY' heading."""
    for heading in _HEADING.finditer(view[:1500]):
        line_start = view.rfind("\n", 0, heading.start()) + 1
        line_end = view.find("\n", heading.end())
        alone = not view[line_start : heading.start()].strip(" |") and (
            line_end < 0 or not view[heading.end() : line_end].strip(" |")
        )
        if not view[heading.start("words") : heading.end()].isupper() and not alone:
            continue  # a heading: in capitals, or on a line of its own
        # the organization ends before the heading's own qualifier: not 'FORM OF / LIMITED' in 'LIMITED POWER ...'
        org = org_before(view, heading.start(), window=200, across_blank=True)
        if not org and alone and line_end >= 0:
            under = _org_under_heading(view, line_end, grantor_keys)
            if under:
                return under
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
    names = "|".join(  # ('a New' / 'York corporation': a name may break over lines)
        spaced(s) for s in (*lex.states, *sorted(lex.state_adjectives, key=len, reverse=True))
    )
    return re.compile(
        rf",?\s*(?:an?\s+(?:[^\W\d_][\w.-]*\s+){{0,3}}?"  # 'a Delaware corporation', 'a société anonyme organized'
        rf"(?:(?:formed|organized|organised|incorporated|existing|registered)\s+(?:and\s+existing\s+)?(?:under\s+the\s+laws\s+of|in)\s+"
        rf"(?:the\s+(?:State|Commonwealth|Province|Republic|Kingdom|Grand\s+Duchy)\s+of\s+)?)?({names})\b)",
        FLAGS,
    )


def _state_after(view: str, end: int) -> Found | None:
    end = skip_definition(view, end)  # 'GlaxoSmithKline plc (the "Company"), a company registered in England'
    match = _state_pattern().match(view, end)
    if not match:
        return None
    value = squash(match.group(1))
    lex = lexicon()
    canonical = next((s for s in lex.states if s.lower() == value.lower()), None)
    canonical = canonical or lex.state_adjectives.get(value) or value
    return Found(canonical, match.start(1), match.end(1), confidence=0.9)


# the first of several organizations that share their description: 'with respect to SELIGMAN LASALLE INTERNATIONAL
# REAL ESTATE FUND, INC., TRI-CONTINENTAL CORPORATION AND SELIGMAN SELECT MUNICIPAL FUND, each a Maryland Corporation'
_EACH_ONE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[^.;:()]{0,160}?,?\s+each\s+(?=an?\s+(?-i:[A-Z]))", FLAGS
)


def _registrant_state(view: str) -> Found | None:
    """'the Registrant, a Bermuda limited liability company': the issuer's state without its name; or the state
    several issuers share ('..., each a Maryland corporation')."""
    for match in re.finditer(r"\bthe\s+(?:Registrant|Company|Corporation|Issuer)\b|,\s*each\b(?=\s+an?\s)", view):
        state = _state_after(view, match.end())
        if state:
            return state
    return None
