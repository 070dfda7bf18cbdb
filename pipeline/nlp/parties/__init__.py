"""Who grants the power, who receives it, and which company it concerns.

Rules follow how POAs are written: an appointment clause ("constitutes and appoints A, B and C, and each
of them, ... true and lawful attorneys-in-fact") names the agents; signature blocks ("/s/ Name", "By:"
lines under an entity, "Name:"/"Title:" cells, signature tables) and the opening ("I, Name,") name the
grantors; "(the "Company")" definitions, "officer of X" and "securities of X" name the issuer.

The rules live in one module per question: `agents`, `grantors`, `titles` and `company`; `orgs` reads
organization names and `base` holds the patterns and line helpers they share.
"""

from __future__ import annotations

import re

from ..names import is_org_name, norm_key
from .agents import find_agents, listed_block
from .base import FLAGS, Found, Parties, Tagger
from .company import find_company
from .grantors import find_grantors

__all__ = ["Found", "Parties", "Tagger", "find_agents", "find_company", "find_grantors", "find_parties"]


def find_parties(view: str, text: str | None = None, ents: Tagger | None = None) -> Parties:
    agents = find_agents(view, ents)
    grantors, signature_start = find_grantors(view, text)
    block = listed_block(view)
    if block:  # the agents sign their own list under its heading; they grant nothing there
        grantors = [g for g in grantors if not block[0] <= (g.anchor if g.anchor is not None else g.start) < block[1]]
    # a name the appointment lists, one to a block with its office ('Jennifer Patrick' / 'Financial Associate'), is
    # an agent there, not an unsigned signer
    listed = {a.start for a in agents}
    grantors = [g for g in grantors if g.start not in listed or g.anchor not in (None, g.start)]
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
