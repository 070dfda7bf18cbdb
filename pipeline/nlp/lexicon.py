"""Pattern and word-list data files of the rule components (pipeline/nlp/patterns/)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PATTERN_DIR = Path(__file__).parent / "patterns"


@dataclass(frozen=True)
class Lexicon:
    title_words: frozenset[str]
    org_suffixes: frozenset[str]
    org_words: frozenset[str]
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    drop_suffixes: frozenset[str]
    name_particles: frozenset[str]
    not_names: frozenset[str]
    states: tuple[str, ...]
    state_adjectives: dict[str, str]


@dataclass(frozen=True)
class RegexPattern:
    label: str
    regex: re.Pattern[str]
    value: str | None = None
    prefix: str | None = None


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def lexicon(directory: Path = PATTERN_DIR) -> Lexicon:
    data = json.loads((directory / "lexicon.json").read_text(encoding="utf-8"))
    sets = {k: frozenset(w.lower() for w in v) for k, v in data.items() if isinstance(v, list) and k != "states"}
    return Lexicon(
        **sets,
        states=tuple(sorted(data["states"], key=len, reverse=True)),
        state_adjectives=dict(data["state_adjectives"]),
    )


@cache
def code_patterns(directory: Path = PATTERN_DIR) -> dict[str, str]:
    """The regexes of one form code, section number and rule number (``codes.json``)."""
    return json.loads((directory / "codes.json").read_text(encoding="utf-8"))


@cache
def reference_patterns(directory: Path = PATTERN_DIR) -> tuple[RegexPattern, ...]:
    """Form, section and rule patterns, with their ``{code}``-style placeholders filled in."""
    codes = code_patterns(directory)
    patterns = []
    for row in read_jsonl(directory / "references.jsonl"):
        source = row["regex"]
        for name, sub in codes.items():
            source = source.replace("{" + name + "}", sub)
        flags = re.IGNORECASE if "i" in row.get("flags", "") else 0
        patterns.append(
            RegexPattern(row["label"], re.compile(source, flags), value=row.get("value"), prefix=row.get("prefix"))
        )
    return tuple(patterns)


@cache
def statute_patterns(directory: Path = PATTERN_DIR) -> tuple[RegexPattern, ...]:
    return tuple(
        RegexPattern("STATUTE", re.compile(r"\b" + row["regex"] + r"\b", re.IGNORECASE), value=row["value"])
        for row in read_jsonl(directory / "statutes.jsonl")
    )
