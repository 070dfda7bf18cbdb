"""spaCy pipeline: English tokenizer and the POA rule components, which consult the project's NER model when present.

Components are registered by versioned name and share one cleaned, same-length view of the text
(``doc.user_data["poa_view"]``); results go to ``doc._.poa`` and, as spans for display, ``doc.spans``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .dates import DateMention, execution_date, expiration_date, find_dates
from .document import looks_truncated, poa_kind, poa_score
from .parties import Found, Parties, find_parties
from .references import Reference, find_references
from .view import clean_view

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "poa_ner"
# an installed package: <prefix>/lib/pythonX.Y/site-packages/pipeline/nlp -> <prefix>/share/poa-pipeline/...
_HERE = Path(__file__).resolve()
_INSTALLED_MODEL = (
    _HERE.parents[5] / "share" / "poa-pipeline" / "models" / "poa_ner" if len(_HERE.parents) > 5 else None
)


@dataclass
class PoaAnnotations:
    """What the rule components found in one Doc."""

    references: list[Reference] = field(default_factory=list)
    parties: Parties = field(default_factory=Parties)
    dates: list[DateMention] = field(default_factory=list)
    executed: DateMention | None = None
    expires: DateMention | None = None
    is_poa: bool = False
    kind: str = "other"
    truncated: bool = False


if not Doc.has_extension("poa"):
    Doc.set_extension("poa", default=None)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins the tokens anew on every access."""
    if "poa_text" not in doc.user_data:
        doc.user_data["poa_text"] = doc.text
    return doc.user_data["poa_text"]


def view_of(doc: Doc) -> str:
    if "poa_view" not in doc.user_data:
        doc.user_data["poa_view"] = clean_view(text_of(doc))
    return doc.user_data["poa_view"]


def _annotations(doc: Doc) -> PoaAnnotations:
    if doc._.poa is None:
        doc._.poa = PoaAnnotations()
    return doc._.poa


def _spans(doc: Doc, key: str, items: list[tuple[int, int, str]]) -> None:
    spans = []
    for start, end, label in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans


@Language.factory("poa_references_v1")
def make_references(nlp: Language, name: str) -> PoaReferences:
    return PoaReferences()


class PoaReferences:
    """Forms, statutes and rules cited (exact patterns from pipeline/nlp/patterns/)."""

    def __call__(self, doc: Doc) -> Doc:
        refs = find_references(view_of(doc))
        _annotations(doc).references = refs
        _spans(doc, "poa_references", [(r.start, r.end, r.field.upper()) for r in refs])
        return doc


@Language.factory("poa_parties_v1")
def make_parties(nlp: Language, name: str) -> PoaParties:
    return PoaParties()


class PoaParties:
    """Grantors, agents, company: appointment clauses, signature blocks and company definitions.

    ``ner`` is the project's trained NER pipeline when one is installed: it is asked only about the stretches
    of text the rules cannot read (see parties.agents._entity_in)."""

    ner: Language | None = None

    def tag(self, view: str, start: int, end: int) -> list[tuple[int, int, str]]:
        doc = self.ner(view[start:end])
        return [(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents]

    def __call__(self, doc: Doc) -> Doc:
        parties = find_parties(view_of(doc), text_of(doc), self.tag if self.ner is not None else None)
        _annotations(doc).parties = parties
        items = [(a.start, a.end, "AGENT") for a in parties.agents]
        items += [(g.start, g.end, "GRANTOR") for g in parties.grantors]
        if parties.company:
            items.append((parties.company.start, parties.company.end, "COMPANY"))
        _spans(doc, "poa_parties", items)
        return doc


@Language.factory("poa_dates_v1")
def make_dates(nlp: Language, name: str) -> PoaDates:
    return PoaDates()


class PoaDates:
    """Dates with their role: executed, expires, other."""

    def __call__(self, doc: Doc) -> Doc:
        notes = _annotations(doc)
        notes.dates = find_dates(view_of(doc), notes.parties.signature_start)
        notes.executed = execution_date(notes.dates)
        notes.expires = expiration_date(notes.dates)
        _spans(doc, "poa_dates", [(d.start, d.end, d.role.upper()) for d in notes.dates])
        return doc


@Language.factory("poa_document_v1")
def make_document(nlp: Language, name: str) -> PoaDocument:
    return PoaDocument()


class PoaDocument:
    """Is it a POA, which kind, is the text cut off."""

    def __call__(self, doc: Doc) -> Doc:
        notes = _annotations(doc)
        view = view_of(doc)
        forms = [r.value for r in notes.references if r.field == "forms"]
        rules = [r.value for r in notes.references if r.field == "rules"]
        statutes = [r.value for r in notes.references if r.field == "statutes"]
        notes.is_poa = poa_score(view) >= 1
        notes.kind = poa_kind(view, forms, rules, statutes) if notes.is_poa else "other"
        notes.truncated = looks_truncated(text_of(doc))
        return doc


RULE_COMPONENTS = ("poa_references_v1", "poa_parties_v1", "poa_dates_v1", "poa_document_v1")


def find_model(model_dir: Path | None = None) -> Path | None:
    """The trained NER pipeline: an explicit path, the repo's models/poa_ner, or the installed copy."""
    for candidate in (model_dir, MODEL_DIR, _INSTALLED_MODEL):
        if candidate is not None and (candidate / "meta.json").exists():
            return candidate
    return None


def build(model_dir: Path | None = None, use_model: bool = True) -> Language:
    """English tokenizer (+ the trained NER when found) + the rule components."""
    path = find_model(model_dir) if use_model else None
    nlp = spacy.blank("en")
    nlp.max_length = 20_000_000
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    if path is not None:
        ner = spacy.load(path)
        nlp.get_pipe("poa_parties_v1").ner = ner
        nlp.meta["poa_model"] = f"{ner.meta.get('name', 'poa_ner')}-{ner.meta.get('version', '0')}"
        nlp.meta["poa_model_path"] = str(path)
    return nlp


def model_version(nlp: Language) -> str | None:
    """'name-version' of the trained model the pipeline uses, None for rules only."""
    return nlp.meta.get("poa_model")


@cache
def load(model_dir: str | None = None, use_model: bool = True) -> Language:
    """The pipeline, built once per process."""
    return build(Path(model_dir) if model_dir else None, use_model)


__all__ = ["Found", "PoaAnnotations", "build", "load", "model_version"]
