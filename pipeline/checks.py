"""Cross-checks of an extracted POA against its EDGAR filing: do the grantors and the company match the header?

A mismatch is a note for review, not an error: EDGAR writes people as "LAST FIRST MIDDLE" and companies in
upper case with abbreviated suffixes, so names are compared by tokens, initials and suffixes aside.
"""

from __future__ import annotations

import re

from .types import Filing, PoaRecord

_CORPORATE = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "lp", "llp", "plc",
    "sa", "nv", "ag", "the", "and",
}  # fmt: skip
_HONORIFICS = {"mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "iv", "esq"}


def _tokens(name: str) -> list[str]:
    """Lower-case word tokens; EDGAR's state tags ("CIGNA CORP /DE/") and "&" dropped."""
    name = re.sub(r"/[A-Za-z ]{1,12}/", " ", name)
    return re.findall(r"[a-z0-9]+", name.lower().replace("&", " "))


def _company_key(name: str) -> list[str]:
    return [t for t in _tokens(name) if t not in _CORPORATE]


def same_company(a: str, b: str) -> bool:
    """Equal after case, punctuation and corporate suffixes, or one name's words all within the other's."""
    ka, kb = _company_key(a), _company_key(b)
    if not ka or not kb:
        return "".join(_tokens(a)) == "".join(_tokens(b))
    return "".join(ka) == "".join(kb) or set(ka) <= set(kb) or set(kb) <= set(ka)


def same_person(a: str, b: str) -> bool:
    """Token sets in any order ("STORRER SCOTT A" == "Scott A. Storrer"); an initial matches its full name."""
    ta = [t for t in _tokens(a) if t not in _HONORIFICS and t not in _CORPORATE]
    tb = [t for t in _tokens(b) if t not in _HONORIFICS and t not in _CORPORATE]
    if not ta or not tb:
        return False
    short, long = sorted((ta, tb), key=len)
    left = list(long)
    full_match = False
    for token in short:
        hit = next((t for t in left if t == token), None) or next(
            (t for t in left if (len(token) == 1 or len(t) == 1) and t[0] == token[0]), None
        )
        if hit is None:
            return False
        full_match |= hit == token and len(token) > 1
        left.remove(hit)
    return full_match


def cross_checks(record: PoaRecord, filing: Filing) -> list[str]:
    """Notes where the POA disagrees with its filing's header; [] when they agree or there is nothing to compare."""
    notes = []
    owners = [o.get("name") for o in filing.reporting_owners if o.get("name")]
    grantors = [g.name for g in record.grantors if g.name]
    if owners and grantors and not any(same_person(g, o) for g in grantors for o in owners):
        notes.append("grantor not among reporting owners")
    if record.company and filing.issuer_name and not same_company(record.company, filing.issuer_name):
        notes.append("company differs from issuer")
    return notes
