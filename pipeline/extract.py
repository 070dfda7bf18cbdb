"""Spans -> record: run the spaCy pipeline over extracted text and build the typed ``PoaRecord``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language

from . import __version__
from .checks import cross_checks
from .ingest import ReadError, ReadOptions, load_bytes, read_bytes, reader_for
from .ingest.edgar import is_submission, parse_submission, poa_members
from .nlp import load, model_version
from .normalize import clean_name, clean_title, unique_in_order
from .types import ExtractedText, Mention, Party, PoaRecord


def doc_id_of(data: bytes) -> str:
    """Documents are identified by the sha256 of their input bytes."""
    return hashlib.sha256(data).hexdigest()


def build_record(extracted: ExtractedText, *, doc_id: str, source: str, nlp: Language | None = None) -> PoaRecord:
    """Run the pipeline over one extracted text and collect every value with its evidence."""
    nlp = nlp or load()
    doc = nlp(extracted.text)
    notes = doc._.poa
    record = PoaRecord(
        doc_id=doc_id,
        source=source,
        text_source=extracted.text_source,
        n_chars=len(extracted.text),
        is_poa=notes.is_poa,
        kind=notes.kind,
        truncated=notes.truncated,
        pages=len(extracted.pages) or None,
        ocr_confidence=extracted.ocr_confidence,
        pipeline_version=__version__,
        model_version=model_version(nlp),
        text=extracted.text,
    )

    def mention(field: str, value: str, start: int, end: int, confidence: float = 1.0, method: str = "rule") -> None:
        page, box = extracted.locate(start, end)
        record.mentions.append(
            Mention(field, value, extracted.text[start:end], start, end, method, round(confidence, 3), page, box)
        )

    for ref in notes.references:
        mention(ref.field, ref.value, ref.start, ref.end)
    record.forms = unique_in_order((r.value for r in notes.references if r.field == "forms"), key=str)
    record.statutes = unique_in_order((r.value for r in notes.references if r.field == "statutes"), key=str)
    record.rules = unique_in_order((r.value for r in notes.references if r.field == "rules"), key=str)

    parties = notes.parties
    for found in parties.grantors:
        party = Party(
            "grantor",
            clean_name(found.name),
            clean_title(found.title),
            found.start,
            found.end,
            found.method,
            found.confidence,
        )
        record.grantors.append(party)
        mention("grantor", party.name, found.start, found.end, found.confidence, found.method)
        if found.title and found.title_span:
            mention("grantor_title", party.title or "", *found.title_span, found.confidence)
    for found in parties.agents:
        party = Party("agent", clean_name(found.name), None, found.start, found.end, found.method, found.confidence)
        record.agents.append(party)
        mention("agent", party.name, found.start, found.end, found.confidence, found.method)
    if parties.company:
        record.company = clean_name(parties.company.name)
        mention("company", record.company, parties.company.start, parties.company.end, parties.company.confidence)
    if parties.company_state:
        record.company_state = parties.company_state.name
        mention("company_state", record.company_state, parties.company_state.start, parties.company_state.end)
    if notes.executed:
        record.execution_date = notes.executed.value
        mention(
            "execution_date",
            notes.executed.value.isoformat(),
            notes.executed.start,
            notes.executed.end,
            min(1.0, 0.5 + notes.executed.score / 6),
        )
    if notes.expires:
        record.expiration_date = notes.expires.value
        mention("expiration_date", notes.expires.value.isoformat(), notes.expires.start, notes.expires.end, 0.8)
    return record


def extract_text(text: str, *, source: str = "<string>", nlp: Language | None = None) -> PoaRecord:
    """Extract the fields of one POA given as a string."""
    extracted = ExtractedText(text=text, text_source="txt")
    return build_record(extracted, doc_id=doc_id_of(text.encode("utf-8")), source=source, nlp=nlp)


def extract_file(
    path: str | Path, *, source: str | None = None, options: ReadOptions | None = None, nlp: Language | None = None
) -> PoaRecord:
    """Read one file (any supported format) and extract its fields; raises ``ReadError`` if unreadable."""
    path = Path(path)
    options = options or ReadOptions()
    reader = reader_for(path)
    data = load_bytes(path, options)  # read once: for the reader and for the document's id
    return build_record(reader(data, options), doc_id=doc_id_of(data), source=source or str(path), nlp=nlp)


def extract_path(
    path: str | Path, *, source: str | None = None, options: ReadOptions | None = None, nlp: Language | None = None
) -> list[PoaRecord]:
    """All documents in one file: one for an exhibit, one per POA exhibit of an EDGAR submission."""
    path = Path(path)
    options = options or ReadOptions()
    source = source or str(path)
    if path.suffix.lower() in (".txt", ".nc", ".sgml", ".sgm"):
        with path.open("rb") as handle:
            head = handle.read(4096)
        if is_submission(head):
            return records_from_submission(load_bytes(path, options), source=source, options=options, nlp=nlp)
    return [extract_file(path, source=source, options=options, nlp=nlp)]


def records_from_submission(
    data: bytes, *, source: str, options: ReadOptions | None = None, nlp: Language | None = None
) -> list[PoaRecord]:
    """Every power-of-attorney exhibit of an EDGAR full-submission file, each with its filing context."""
    options = options or ReadOptions()
    parsed = parse_submission(data, options)
    members = poa_members(parsed)
    if not members:
        raise ReadError("read", "EDGAR submission has no power-of-attorney exhibit (no EX-24 document)")
    records = []
    for member in members:
        extracted = read_bytes(member.data, f"member{member.suffix}", options)
        record = build_record(extracted, doc_id=doc_id_of(member.data), source=source, nlp=nlp)
        record.filing = parsed.filing_for(member)
        record.checks = cross_checks(record, record.filing)
        records.append(record)
    return records
