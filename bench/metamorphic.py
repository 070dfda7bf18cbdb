"""Metamorphic check: change what should not matter in labelled exhibits and see whether the scores hold.

    python bench/metamorphic.py [--gold data/gold/dev.jsonl] [--docs data/gold/dev] [--seeds 3] [--failures]

Variants, each scored against gold labels transformed the same way:
- names: every labelled person (grantor or agent) found verbatim in the text, as written or in capitals, is
  replaced everywhere by a generated name of the same shape (initials stay initials, "Jr." stays, capitals stay);
- company: the labelled issuer, when it ends in a corporate suffix, gets a generated name with that suffix;
- wrap60 / wrap100: prose paragraphs of plain-text exhibits are re-wrapped at 60 and 100 columns.

A rule tuned to the names or line breaks of the exhibits it was written on drops here; one that follows how
POAs are phrased does not. Documents that are exact in the original but not in a variant are listed.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
import tempfile
import textwrap
import zlib
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_batch  # noqa: E402
from pipeline.evaluate import CORE, Report, evaluate, load_gold  # noqa: E402
from pipeline.tables import tables_from  # noqa: E402

_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|V|Esq|M\.?D|Ph\.?D)\.?,?$", re.I)
_INITIAL = re.compile(r"^[A-Z]\.,?$", re.I)
_ORG = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Co|LLC|L\.?L\.?C|L\.?P|Ltd|Limited|Trust|Fund|Funds|Partners|Holdings|"
    r"Bank|Bancorp|Capital|Management|Estate|Foundation|Group|plc|N\.A|S\.A|AG|GmbH|Associates|Advis[eo]rs)\b",
    re.I,
)
_CO_SUFFIX = re.compile(
    r"^(?P<stem>.+?)(?P<suffix>,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|L\.P\.|LLC|"
    r"plc|N\.A\.|Bancorp|Holdings|Group)(?:,\s*Inc\.?)?)$",
    re.I,
)
_INDUSTRY = ("Technologies", "Industries", "Financial", "Energy", "Resources", "Therapeutics", "Systems", "Brands")


def _styled(word: str, like: str) -> str:
    return word.upper() if like.isupper() and len(like) > 1 else word


def fake_person(name: str, fake: Faker, rng: random.Random) -> str:
    """A generated name with the shape of ``name``: same token count, initials, suffixes and capitals."""
    tokens = name.split()
    core = [i for i, t in enumerate(tokens) if not _SUFFIX.match(t)]
    out = []
    for i, token in enumerate(tokens):
        tail = "," if token.endswith(",") else ""
        if _SUFFIX.match(token):
            out.append(token)
        elif _INITIAL.match(token):
            out.append(_styled(rng.choice("ABCDEFGHJKLMNPRSTW"), token.upper()) + "." + tail)
        elif core and i == core[-1]:
            out.append(_styled(fake.last_name().replace(" ", ""), token) + tail)
        else:
            out.append(_styled(fake.first_name(), token) + tail)
    return " ".join(out)


def fake_company(name: str, fake: Faker, rng: random.Random) -> str | None:
    match = _CO_SUFFIX.match(name.strip())
    if not match:
        return None
    stem = f"{fake.last_name()} {rng.choice(_INDUSTRY)}"
    return _styled(stem, match["stem"]) + match["suffix"]


def _replace_all(text: str, pairs: dict[str, str]) -> str:
    """Replace every old string (as written and in capitals) at once, longest first, on word boundaries."""
    table = {}
    for old, new in pairs.items():
        table[" ".join(old.split())] = new
        table.setdefault(" ".join(old.upper().split()), new.upper())
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(_loose(k) for k in keys) + r")(?!\w)")
    return pattern.sub(lambda m: table[" ".join(m.group(0).split())], text)


def _loose(name: str) -> str:
    """``name`` as a pattern that also matches it broken over a line end."""
    return r"\s+".join(re.escape(token) for token in name.split())


def _found(text: str, name: str) -> bool:
    return re.search(r"(?<!\w)(?:" + _loose(name) + "|" + _loose(name.upper()) + r")(?!\w)", text) is not None


def swap_names(text: str, item: dict, seed: int) -> tuple[str, dict]:
    fake, rng = Faker("en_US"), random.Random(seed)
    fake.seed_instance(seed)
    item = copy.deepcopy(item)
    people = [n for n in [g["name"] for g in item["grantors"]] + list(item["agents"]) if not _ORG.search(n)]
    pairs: dict[str, str] = {}
    for name in people:
        if name not in pairs and _found(text, name):
            pairs[name] = fake_person(name, fake, rng)
    if not pairs:
        return text, item
    for grantor in item["grantors"]:
        grantor["name"] = pairs.get(grantor["name"], grantor["name"])
    item["agents"] = [pairs.get(a, a) for a in item["agents"]]
    return _replace_all(text, pairs), item


def swap_company(text: str, item: dict, seed: int) -> tuple[str, dict]:
    fake, rng = Faker("en_US"), random.Random(seed)
    fake.seed_instance(seed)
    item = copy.deepcopy(item)
    company = item.get("company")
    new = fake_company(company, fake, rng) if company and _found(text, company) else None
    if not new:
        return text, item
    item["company"] = new
    for grantor in item["grantors"]:
        if grantor["name"] == company:
            grantor["name"] = new
    return _replace_all(text, {company: new}), item


def rewrap(text: str, width: int) -> str:
    """Re-wrap runs of two or more long prose lines; signature blocks and tables (short or spaced lines) stay."""
    lines, out, run = text.split("\n"), [], []

    def flush() -> None:
        if len(run) >= 2:
            indent = re.match(r"\s*", run[0]).group(0)
            joined = " ".join(line.strip() for line in run)
            out.extend(textwrap.wrap(joined, width=width, initial_indent=indent, break_on_hyphens=False))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        prose = len(line.strip()) >= 45 and "\t" not in line and not re.search(r"\S\s{3,}\S", line.strip())
        if prose:
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def score(docs: dict[str, tuple[str, str]], gold: list[dict], workers: int) -> Report:
    with tempfile.TemporaryDirectory(prefix="poa-meta-") as tmp:
        for doc_id, (suffix, text) in docs.items():
            (Path(tmp) / f"{doc_id}{suffix}").write_text(text, encoding="utf-8")
        result = run_batch([Path(tmp)], workers=workers)
    rows = tables_from(result.records, []).get("documents").to_pylist()
    return evaluate(gold, {Path(d["source"]).name.split(".")[0]: d for d in rows})


def _exact_ids(report: Report, gold: list[dict]) -> set[str]:
    wrong = {i for name, ids in report.failures.items() if name in CORE for i in ids}
    return {g["id"] for g in gold if g["is_poa"]} - wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default=str(ROOT / "data" / "gold" / "dev.jsonl"))
    parser.add_argument("--docs", default=str(ROOT / "data" / "gold" / "dev"))
    parser.add_argument("--seeds", type=int, default=3, help="name and company variants per document")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--failures", action="store_true", help="list the documents a variant breaks")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    texts = {}
    for item in gold:
        path = next(Path(args.docs).glob(f"{item['id']}.*"), None)
        if path is not None:
            texts[item["id"]] = (path.suffix, path.read_text(encoding="utf-8", errors="replace"))
    gold = [g for g in gold if g["id"] in texts]

    variants: list[tuple[str, dict, list[dict]]] = [("original", texts, gold)]
    for seed in range(args.seeds):
        for label, swap in (("names", swap_names), ("company", swap_company)):
            docs, labels = {}, []
            for item in gold:
                suffix, text = texts[item["id"]]
                new_text, new_item = swap(text, item, seed * 1000 + zlib.crc32(item["id"].encode()) % 997)
                docs[item["id"]] = (suffix, new_text)
                labels.append(new_item)
            variants.append((f"{label}-{seed}", docs, labels))
    for width in (60, 100):
        docs = {k: (s, rewrap(t, width) if s == ".txt" else t) for k, (s, t) in texts.items()}
        variants.append((f"wrap{width}", docs, gold))

    base_exact: set[str] = set()
    print(f"{'variant':<11}{'core F1':>9}{'exact':>7}" + "".join(f"{f[:9]:>10}" for f in CORE))
    for label, docs, labels in variants:
        report = score(docs, labels, args.workers)
        exact = _exact_ids(report, labels)
        if label == "original":
            base_exact = exact
        cells = "".join(f"{report.fields[f].f1:>10.3f}" for f in CORE)
        print(f"{label:<11}{report.core_f1:>9.3f}{report.exact_share:>7.3f}{cells}", flush=True)
        if args.failures and label != "original" and base_exact - exact:
            print(f"  broken: {' '.join(sorted(base_exact - exact))}")


if __name__ == "__main__":
    main()
