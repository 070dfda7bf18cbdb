"""Span annotations for the dev exhibits, derived from the gold labels and the text.

Every gold grantor, agent and company name is looked up in the text the pipeline reads (tolerant of case,
EDGAR line breaks, runs of spaces, ``|`` table marks and punctuation between name tokens), and so is each
grantor's title (verbatim up to white space and case, near one of that grantor's mentions). Spans are then
fitted to the tokenizer's boundaries and overlaps are dropped, longest first.

    python -m pipeline.training.annotate            # writes data/train/dev_annotations.jsonl
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from spacy.language import Language

from ..evaluate import load_gold
from ..ingest import read_path
from ..nlp.lexicon import lexicon
from ..nlp.names import is_org_name, is_person_name
from . import DEV_ANNOTATIONS, GOLD_DIR, write_jsonl

Span = tuple[int, int, str]

_SEP = r"[\s|.,'’‘\"“”()\-]{0,12}?"  # what may stand between two tokens of a name in EDGAR text
_TOKEN = re.compile(r"[^\W_]+|&")


def is_org(name: str) -> bool:
    """An organization's name rather than a person's ('Sequoia Capital Growth Partners III' is one)."""
    lex = lexicon()
    words = {w.strip(".,()").lower() for w in name.split()}
    return is_org_name(name) or bool(words & (lex.org_words | lex.org_suffixes)) or not is_person_name(name, False)


def name_pattern(name: str) -> re.Pattern[str] | None:
    """A regex for a name as EDGAR may write it: 'W. G. Reed, Jr.' matches 'W.G. REED,\\nJR.'."""
    tokens = _TOKEN.findall(name)
    if not tokens:
        return None
    body = _SEP.join(re.escape(t) for t in tokens)
    tail = r"\.?" if name.rstrip().endswith(".") else ""
    return re.compile(rf"(?<![^\W_@]){body}{tail}(?![^\W_]|@)", re.IGNORECASE)


def name_variants(name: str, org: bool) -> list[str]:
    """The name, and for a person the same name without middle initials or generational suffix."""
    variants = [name]
    if org:
        return variants
    words = name.replace(",", " ").split()
    suffixes = lexicon().name_suffixes
    core = [w for w in words if w.strip(".").lower() not in suffixes]
    if len(core) >= 2 and core != words:
        variants.append(" ".join(core))
    bare = [core[0], *[w for w in core[1:-1] if len(w.strip(".")) > 1], core[-1]] if len(core) >= 2 else core
    if len(bare) >= 2 and bare != core:
        variants.append(" ".join(bare))
    return variants


def find_name(text: str, name: str, org: bool) -> list[tuple[int, int]]:
    """Every mention of ``name`` in ``text`` (its fuller variants first)."""
    found: list[tuple[int, int]] = []
    for variant in name_variants(name, org):
        pattern = name_pattern(variant)
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            if not any(a < match.end() and match.start() < b for a, b in found):
                found.append(match.span())
    return sorted(found)


def title_pattern(title: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in title.split()]
    return re.compile(r"(?<!\w)" + r"[\s|]+".join(words) + r"(?!\w)", re.IGNORECASE)


def find_titles(text: str, title: str, mentions: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple]:
    """Where a grantor's title is written: the nearest occurrence after each mention of the grantor (within
    400 characters and before another party's mention), else just before it, else after 'undersigned'."""
    spots = [m.span() for m in title_pattern(title).finditer(text)]
    if not spots:
        return []
    chosen: set[tuple[int, int]] = set()
    for start, end in mentions:
        after = [s for s in spots if end <= s[0] <= end + 400 and not any(end <= o[0] < s[0] for o in others)]
        before = [s for s in spots if start - 200 <= s[1] <= start and not any(s[1] <= o[0] < start for o in others)]
        if after:
            chosen.add(after[0])
        elif before:
            chosen.add(before[-1])
    if not chosen:
        for spot in spots:
            before = text[max(0, spot[0] - 30) : spot[0]]
            if re.search(r"\b(?:undersigned|being|as)\s*,?\s+(?:an?\s+|the\s+)?$", before):
                chosen.add(spot)
                break
    return sorted(chosen)


def annotate(text: str, gold: dict) -> list[Span]:
    """Character spans (start, end, label) for one document's gold parties and grantor titles."""
    spans: list[Span] = []
    names: dict[str, str] = {}
    for grantor in gold.get("grantors") or []:
        names.setdefault(grantor["name"], "ORG" if is_org(grantor["name"]) else "PERSON")
    for agent in gold.get("agents") or []:
        names.setdefault(agent, "ORG" if is_org(agent) else "PERSON")
    if gold.get("company"):
        names.setdefault(gold["company"], "ORG")
    mentions = {name: find_name(text, name, label == "ORG") for name, label in names.items()}
    for name, label in names.items():
        spans.extend((a, b, label) for a, b in mentions[name])
    for grantor in gold.get("grantors") or []:
        if not grantor.get("title"):
            continue
        own = mentions[grantor["name"]]
        others = [m for n, ms in mentions.items() if n != grantor["name"] for m in ms]
        spans.extend((a, b, "TITLE") for a, b in find_titles(text, grantor["title"], own, others))
    return spans


def align(nlp: Language, text: str, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """Spans fitted to token boundaries, overlaps dropped (longer first); and the spans that could not fit.

    A span that cuts a token is widened when the extra characters are only punctuation, else narrowed when
    that loses no letters or digits; otherwise it is dropped and reported ('Scott.Storrer' in an e-mail
    address is one token with '@cigna.com').
    """
    doc = nlp.make_doc(text)
    fitted: list[Span] = []
    lost: list[Span] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        span = doc.char_span(start, end, label=label)
        if span is None:
            wide = doc.char_span(start, end, label=label, alignment_mode="expand")
            narrow = doc.char_span(start, end, label=label, alignment_mode="contract")
            extra = text[wide.start_char : start] + text[end : wide.end_char] if wide is not None else "x"
            if wide is not None and not re.search(r"[^\W_]", extra):
                span = wide
            elif narrow is not None and not re.search(
                r"[^\W_]", text[start : narrow.start_char] + text[narrow.end_char : end]
            ):
                span = narrow
        if span is None or any(span.start_char < b and a < span.end_char for a, b, _ in fitted):
            lost.append((start, end, label))
            continue
        fitted.append((span.start_char, span.end_char, label))
    return sorted(fitted), lost


def build(gold_path: Path = GOLD_DIR / "dev.jsonl", text_dir: Path = GOLD_DIR / "dev", verbose: bool = True) -> list:
    """One row per gold document: {"id", "text", "spans"}; prints what could not be found or fitted."""
    from .train import make_nlp

    nlp = make_nlp()
    rows = []
    counts: Counter[str] = Counter()
    for gold in load_gold(gold_path):
        text = read_path(text_dir / f"{gold['id']}.txt").text
        spans, lost = align(nlp, text, annotate(text, gold))
        keys = {s[:2] for s in spans}
        for s in lost:
            counts["lost"] += 1
            if verbose and s[:2] not in keys:
                print(f"  {gold['id']}: not on token boundaries: {text[s[0] : s[1]]!r} {s[2]}", file=sys.stderr)
        expected = [g["name"] for g in gold.get("grantors") or []] + list(gold.get("agents") or [])
        expected += [gold["company"]] if gold.get("company") else []
        found = {re.sub(r"\W+", "", text[a:b]).lower() for a, b, _ in spans}
        for name in expected:
            if not any(re.sub(r"\W+", "", v).lower() in found for v in name_variants(name, is_org(name))):
                counts["unfound"] += 1
                if verbose:
                    print(f"  {gold['id']}: not in text: {name!r}", file=sys.stderr)
        counts.update(label for _, _, label in spans)
        rows.append({"id": gold["id"], "text": text, "spans": [list(s) for s in spans]})
    if verbose:
        print(f"{len(rows)} documents; spans: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return rows


def main(argv: list[str] | None = None) -> int:
    out = Path(argv[0]) if argv else DEV_ANNOTATIONS
    n = write_jsonl(out, build())
    print(f"wrote {n} rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
