"""Turn SEC EDGAR power-of-attorney exhibits into normalized records and tables, with evidence.

import pipeline
record = pipeline.extract_file("ex24.txt")        # a typed PoaRecord; record.to_dict()
result = pipeline.extract_folder("exhibits/")     # result.tables()["documents"] is a DataFrame
nlp = pipeline.load()                              # the spaCy Language, for nlp.pipe(...)
"""

from __future__ import annotations

__version__ = "0.1.0"

from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

    from .batch import BatchResult
    from .types import PoaRecord


def load(use_model: bool = True) -> Language:
    """The spaCy pipeline (tokenizer, the trained NER when present, the POA rule components)."""
    from .nlp import load as _load

    return _load(use_model=use_model)


def extract_text(text: str, *, source: str = "<string>") -> PoaRecord:
    """Extract the fields of one POA given as a string."""
    from .extract import extract_text as _extract_text

    return _extract_text(text, source=source)


def extract_file(path: str | Path) -> PoaRecord:
    """Read one file (.txt, .htm/.html, .pdf, images) and extract its fields; raises ReadError if unreadable."""
    from .extract import extract_file as _extract_file

    return _extract_file(path)


def extract_folder(path: str | Path, *, workers: int | None = None) -> BatchResult:
    """Every file under ``path``; ``result.tables()`` gives documents, parties, mentions, texts and errors."""
    from .batch import run_batch

    return run_batch([path], workers=workers)


__all__ = ["__version__", "extract_file", "extract_folder", "extract_text", "load"]
