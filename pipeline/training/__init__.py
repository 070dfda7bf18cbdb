"""Training data and training for the POA NER model (models/poa_ner).

Three steps, each reproducible from the repository alone:

- ``annotate``: span annotations for the dev exhibits, derived from their gold labels and the text;
- ``generate``: synthetic POAs from templates with Faker names, spans known by construction;
- ``train``: a small spaCy NER pipeline (hash-embedding CNN + ner) trained on both, with a ``check`` that the
  committed model is what the committed data and config produce, and a cross-validation over the dev set.

Labels: PERSON and ORG mark the parties of a POA (grantors, agents, the company) wherever their names are
written; TITLE marks a grantor's office. Other people (notaries, witnesses, officers signing for an entity)
are not labelled, as in the gold labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN_DIR = ROOT / "data" / "train"
GOLD_DIR = ROOT / "data" / "gold"
DEV_ANNOTATIONS = TRAIN_DIR / "dev_annotations.jsonl"
GENERATED = TRAIN_DIR / "generated.jsonl"
MODEL_DIR = ROOT / "models" / "poa_ner"
LABELS = ("PERSON", "ORG", "TITLE")


def read_jsonl(path: str | Path) -> list[dict]:
    """Rows of a JSONL file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: str | Path, rows: Iterable[dict]) -> int:
    """Write rows one per line (sorted keys, so the same rows give the same bytes); returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n
