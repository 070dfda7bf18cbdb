"""The data model every stage shares: extracted text, evidence spans, parties and the POA record."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in PDF points from the page's top-left corner (pdfplumber's convention)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class TextBox:
    """Where the characters ``text[start:end]`` stand on a page (a word of a PDF text layer or of OCR)."""

    start: int
    end: int
    box: Box
    confidence: float | None = None


@dataclass(frozen=True)
class Page:
    """One page of a document: ``text[start:end]`` came from it; width/height in points when known."""

    number: int
    start: int
    end: int
    width: float | None = None
    height: float | None = None
    source: str = "text"  # text | pdf | ocr


@dataclass
class ExtractedText:
    """What a reader makes of an input's bytes: the text every offset refers to, plus page geometry."""

    text: str
    text_source: str  # txt | html | pdf | ocr | mixed
    pages: list[Page] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)
    ocr_confidence: float | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def locate(self, start: int, end: int) -> tuple[int | None, Box | None]:
        """Page number and bounding box of ``text[start:end]`` (None where the text has no geometry)."""
        page = next((p.number for p in self.pages if p.start <= start < max(p.end, p.start + 1)), None)
        hits = [b.box for b in self.boxes if b.start < end and b.end > start]
        if not hits:
            return page, None
        first = hits[0].page
        same = [h for h in hits if h.page == first]
        return first, Box(
            first,
            min(h.x0 for h in same),
            min(h.top for h in same),
            max(h.x1 for h in same),
            max(h.bottom for h in same),
        )


@dataclass(frozen=True)
class Span:
    """A stretch of the extracted text: ``start`` inclusive, ``end`` exclusive (character offsets)."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class Mention:
    """One extracted value with the evidence it came from."""

    field: str
    value: str
    text: str
    start: int
    end: int
    method: str = "rule"  # rule | ner
    confidence: float = 1.0
    page: int | None = None
    box: Box | None = None


@dataclass
class Party:
    """A grantor or an agent: a person or an entity named in the POA."""

    role: str  # grantor | agent
    name: str
    title: str | None
    start: int
    end: int
    method: str = "rule"
    confidence: float = 1.0


@dataclass
class Filing:
    """Where a document sits in an EDGAR submission, and what the submission says about its parties."""

    accession_number: str | None = None
    submission_type: str | None = None
    filing_date: dt.date | None = None
    member_sequence: int | None = None
    member_filename: str | None = None
    member_type: str | None = None
    issuer_name: str | None = None
    issuer_cik: str | None = None
    reporting_owners: list[dict[str, str | None]] = field(default_factory=list)  # [{"name", "cik"}]


@dataclass
class PoaRecord:
    """Everything extracted from one document; ``to_dict`` gives the documents-table row."""

    doc_id: str
    source: str
    text_source: str
    n_chars: int
    is_poa: bool = False
    kind: str = "other"
    grantors: list[Party] = field(default_factory=list)
    agents: list[Party] = field(default_factory=list)
    company: str | None = None
    company_state: str | None = None
    forms: list[str] = field(default_factory=list)
    statutes: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    execution_date: dt.date | None = None
    expiration_date: dt.date | None = None
    truncated: bool = False
    pages: int | None = None
    ocr_confidence: float | None = None
    pipeline_version: str = ""
    model_version: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    filing: Filing | None = None
    checks: list[str] = field(default_factory=list)
    text: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The documents-table row: grantors as {name, title}, agents as names, dates as ``date``."""
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "text_source": self.text_source,
            "n_chars": self.n_chars,
            "pages": self.pages,
            "ocr_confidence": self.ocr_confidence,
            "is_poa": self.is_poa,
            "kind": self.kind,
            "grantors": [{"name": g.name, "title": g.title} for g in self.grantors],
            "company": self.company,
            "company_state": self.company_state,
            "agents": [a.name for a in self.agents],
            "forms": list(self.forms),
            "statutes": list(self.statutes),
            "rules": list(self.rules),
            "execution_date": self.execution_date,
            "expiration_date": self.expiration_date,
            "truncated": self.truncated,
            "pipeline_version": self.pipeline_version,
            "model_version": self.model_version,
            **asdict(self.filing or Filing()),
            "checks": list(self.checks),
        }

    def parties(self) -> list[Party]:
        return [*self.grantors, *self.agents]

    def evidence(self) -> list[dict[str, Any]]:
        """The mentions as plain dicts (boxes flattened), for tables and review pages."""
        rows = []
        for m in self.mentions:
            row = asdict(m)
            box = row.pop("box")
            row.update({k: (box or {}).get(k) for k in ("x0", "top", "x1", "bottom")})
            rows.append(row)
        return rows


@dataclass
class FileError:
    """An input that could not be processed: which file, at which stage, and why (one sentence)."""

    source: str
    stage: str
    error: str
