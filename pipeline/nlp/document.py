"""Document-level judgements: is this a POA at all, what kind, and was the text cut off."""

from __future__ import annotations

import re

_GRANT = re.compile(
    r"\b(?:constitutes?|appoints?|designates?|authori[sz]es?|retains?|authori[sz]ed\s+and\s+designated)\b"
    r"[\s\S]{0,700}?\b(?:atto(?:rn|m|rm)eys?(?:-|\s+)in(?:-|\s+)fact|true\s+and\s+lawful|attorneys?|agents?|proxy)\b"
    r"|\bconfirms?(?:\s*,[^,.;]{1,80},)?\s+that\b[\s\S]{0,300}?\b(?:authori[sz]ed|designated)\b"
    # 'the persons below hereby appointed X as attorney-in-fact', 'I have granted to X a power of attorney', 'does
    # hereby grant X ... the widest powers'
    r"|\bhereby\s+appointed\b[\s\S]{0,200}?\batto(?:rn|m|rm)eys?(?:-|\s+)in(?:-|\s+)fact\b"
    r"|\b(?:have|has)\s+granted\s+to\b[\s\S]{0,300}?\bpower\s+of\s+attorney\b"
    r"|\bhereby\s+grants?\b[\s\S]{0,400}?\b(?:the\s+)?(?:widest\s+)?(?:powers?|proxy)\b"
    # 'This letter is to confirm the authority of Mr. Avera to execute that Form, as my agent'
    r"|\bauthority\s+of\b[^;]{0,120}?\bas\s+(?:my|his|her|its|our)\s+(?:agent|attorney)"
    r"|\b(?:authori[sz]e|designate|appoint)s?\b[\s\S]{0,300}?\b(?:to\s+(?:sign|execute|file)\b|on\s+(?:my|his|her|its|"
    r"their|our|the\s+undersigned['’]s)\s+behalf)",
    re.IGNORECASE,
)
# a power described, not granted: 'The Trustees shall have the power to appoint ... agents of the Trust'
_DESCRIBED_POWER = re.compile(r"\b(?:(?:power|authority|right)\s+to|may|shall|will|can)\s+$", re.IGNORECASE)
_ATTORNEY_IN_FACT = re.compile(
    r"\batto(?:rn|m|rm)eys?(?:-|\s+)in(?:-|\s+)fact\b|\bpower\s+of\s+attorney\b", re.IGNORECASE
)
_NOT_A_GRANT = re.compile(
    r"pursuant\s+to\s+(?:a|the)?\s*powers?\s+of\s+attorney|already\s+on\s+file|by\s+power\s+of\s+attorney\s+previously"
    r"|\bas\s+attorney-in-fact\s+for\b|\bsigned\s+(?:on\s+behalf|pursuant)"  # (not "the undersigned pursuant to")
    # a secretary's certified copy of the board's resolutions, a joint filing agreement: they grant nothing themselves
    r"|\bcertif(?:y|ies|ied)\b[^.]{0,200}?\b(?:true|correct|exact|complete)\b[^.]{0,60}?\bcop(?:y|ies)\b[^.]{0,120}?"
    r"\bresolutions?\b|\bjoint\s+filing\s+agreement\b"
    r"|\bcertified\s+cop(?:y|ies)\s+of\s+(?:the\s+)?resolutions?\b"  # 'CERTIFIED COPY OF RESOLUTION ... adopted'
    r"|\bcertify\s+that\b[^.]{0,200}?\bresolutions?\s+(?:were|was)\s+(?:duly\s+)?adopted\b"
    r"|\bincorporated\s+(?:herein\s+)?by\s+reference\b",  # an earlier power, filed before, only referred to
    re.IGNORECASE,
)
SECTION16_FORMS = {"3", "4", "5", "144", "ID", "13D", "13G", "13F", "13H"}
_SECTION16_RULES = re.compile(r"^(?:Section\s+16|Section\s+13\([dg]\)|Section\s+13$|Rule\s+144$|Rule\s+16)")
_REGISTRATION_FORM = re.compile(r"^(?:[SFN]-(?:\d|[A-Z]{2})|\d{1,2}-[KQ]|20-F|40-F|8-K|11-K)")
_REGISTRATION = re.compile(
    r"\b(?:sign|execute|file|filed|filing|amend|approve|register)\w*\b[^.;]{0,160}?"
    r"\b(?:registration\s+statements?|post-effective\s+amendments?|annual\s+reports?)\b"
    r"|\bregistration\s+statements?\b[^.;]{0,60}?\bhas\s+been\s+signed",
    re.IGNORECASE,
)


def poa_score(view: str) -> int:
    """Evidence that this document grants a power of attorney (>= 1 means it does)."""
    score = 0
    negatives = len(_NOT_A_GRANT.findall(view))
    if any(not _DESCRIBED_POWER.search(view, max(0, m.start() - 40), m.start()) for m in _GRANT.finditer(view)):
        score += 2
    mentions = len(_ATTORNEY_IN_FACT.findall(view)) - negatives
    score += 1 if mentions > 0 else 0
    return score - (2 if negatives and score < 3 else 0)


def poa_kind(view: str, forms: list[str], rules: list[str], statutes: list[str]) -> str:
    """section16 (insider ownership reports), registration (company filings) or other."""
    periodic = "Section 15(d)" in rules  # 'Section 13 or 15(d)': a company's own periodic reports
    insider_rules = any(_SECTION16_RULES.match(r) and not (r == "Section 13" and periodic) for r in rules)
    if SECTION16_FORMS.intersection(forms) or insider_rules:
        return "section16"
    if any(_REGISTRATION_FORM.match(f) for f in forms) or _REGISTRATION.search(view):
        return "registration"
    if re.search(r"\breporting\s+person\b", view, re.IGNORECASE):
        return "section16"  # an insider's (or holder's) ownership reports
    if "Securities Exchange Act of 1934" in statutes and re.search(
        r"\b(?:filings?|reports?)\b[^.;]{0,200}(?:beneficial|ownership|owned|Exchange\s+Act)", view, re.IGNORECASE
    ):
        return "section16"
    return "other"


def looks_truncated(text: str) -> bool:
    """A text that stops mid-sentence or mid-word, not at a signature, date or closing mark."""
    tail = text.rstrip()
    if not tail:
        return False
    last = tail.splitlines()[-1].strip(" |")
    if tail.endswith((".", ")", '"', "”", ":", ";", "]")) or re.search(r"/s/|\(SEAL\)|^[-_=]+$", last, re.IGNORECASE):
        return False
    # a printed name or a date line closes many exhibits
    return not re.fullmatch(r"(?:[A-Z][\w.'’-]*\s*){2,5}|[\w ,.]*\d{4}", last)
