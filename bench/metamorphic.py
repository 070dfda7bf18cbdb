"""Metamorphic check: change what should not matter in labelled exhibits and see whether the scores hold.

    python bench/metamorphic.py [--gold data/gold/dev.jsonl] [--docs data/gold/dev] [--seeds 3] [--failures]

Variants, each scored against gold labels transformed the same way:
- names: each word of every labelled person's name (grantor or agent) becomes a generated first name or
  surname wherever it stands, as written or in capitals; initials, "Jr." and office words stay;
- company: the labelled issuer, when it ends in a corporate suffix, gets a generated name with that suffix;
- wrap60 / wrap100: prose paragraphs of plain-text exhibits are re-wrapped at 60 and 100 columns;
- caps: the labelled people's names printed in capitals;
- dates: 'March 14, 2024' written '14 March 2024', 'the 14th day of March, 2024' written 'March 14, 2024';
- html: plain-text exhibits laid out with spaces rendered as a filer's HTML (paragraphs, line breaks, tables);
- pdf: the same exhibits printed to a PDF with a text layer and read back through pdfplumber.

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
from pipeline.nlp.lexicon import lexicon  # noqa: E402
from pipeline.scans import render_text_pdf  # noqa: E402
from pipeline.tables import tables_from  # noqa: E402
from tests.tools.html_render import text_to_html  # noqa: E402

_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|V|Esq|M\.?D|Ph\.?D)\.?,?$", re.I)
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")  # 'T.', 'S.Q.', 'JB' are left as they are
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
    """``word`` in capitals when the word it replaces is written so."""
    return word.upper() if like.isupper() and len(like) > 1 else word


def fake_company(name: str, fake: Faker, rng: random.Random) -> str | None:
    """A generated issuer name that keeps ``name``'s corporate suffix ('Inc.', ', Ltd.'); None without one."""
    match = _CO_SUFFIX.match(name.strip())
    if not match:
        return None
    stem = f"{fake.last_name()} {rng.choice(_INDUSTRY)}"
    return _styled(stem, match["stem"]) + match["suffix"]


def _replacer(pairs: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every old string, as written and in capitals, longest first, on word boundaries."""
    table = {}
    for old, new in pairs.items():
        table[" ".join(old.split())] = new
        table.setdefault(" ".join(old.upper().split()), new.upper())
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(_loose(k) for k in keys) + r")(?!\w)"), table


def _loose(name: str) -> str:
    """``name`` as a pattern that also matches it broken over a line end."""
    return r"\s+".join(re.escape(token) for token in name.split())


def _found(text: str, name: str) -> bool:
    return re.search(r"(?<!\w)(?:" + _loose(name) + "|" + _loose(name.upper()) + r")(?!\w)", text) is not None


def swap_names(text: str, item: dict, seed: int) -> tuple[str, dict]:
    """Each word of a labelled person's name (not initials, suffixes or office words) becomes a generated first
    name or surname, everywhere in the text and the labels alike, so 'Nolan Altman' signing for 'Nolan T.
    Altman' or 'THAYER BIGELOW' printed in capitals change with the label."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    item = copy.deepcopy(item)
    people = [
        n for n in [g["name"] for g in item["grantors"]] + list(item["agents"]) if not _ORG.search(n) and "&" not in n
    ]
    words: dict[str, str] = {}
    for name in people:
        tokens = [t.strip(",") for t in name.split()]
        core = [t for t in tokens if not _INITIALS.fullmatch(t) and not _SUFFIX.match(t) and _plain(t) not in _KEEP]
        for n, token in enumerate(core):
            if token not in words and _found(text, token):
                new = fake.last_name() if n == len(core) - 1 else fake.first_name()
                words[token] = _styled(new.replace(" ", ""), token)
    if not words:
        return text, item
    pattern, table = _replacer(words)

    def swap(value: str | None) -> str | None:
        return pattern.sub(lambda m: table[m.group(0)], value) if value else value

    for grantor in item["grantors"]:
        grantor["name"], grantor["title"] = swap(grantor["name"]), swap(grantor["title"])
    item["agents"] = [swap(a) for a in item["agents"]]
    item["company"] = swap(item["company"])
    return swap(text), item


def _plain(word: str) -> str:
    return word.strip(".,'’").lower()


# words a name may hold that are also the words a POA is made of: they stay, so only the names change
_KEEP = set().union(*(getattr(lexicon(), f) for f in ("title_words", "org_words", "not_names", "honorifics")))


def swap_company(text: str, item: dict, seed: int) -> tuple[str, dict]:
    """The labelled issuer, in whatever case the text writes it, becomes a generated name with its suffix."""
    fake, rng = Faker("en_US"), random.Random(seed)
    fake.seed_instance(seed)
    item = copy.deepcopy(item)
    company = item.get("company")
    pattern = re.compile(r"(?<!\w)" + _loose(company) + r"(?!\w)", re.IGNORECASE) if company else None
    new = fake_company(company.title() if company.isupper() else company, fake, rng) if pattern else None
    if not new or not pattern.search(text):
        return text, item
    item["company"] = new
    for grantor in item["grantors"]:
        if grantor["name"] == company:
            grantor["name"] = new
    return pattern.sub(lambda m: new.upper() if m.group(0).isupper() else new, text), item


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
        prose = (
            len(line.strip()) >= 45
            and "\t" not in line
            and not re.search(r"\S\s{3,}\S|[-_=*]{5,}", line.strip())  # table rows, rules
        )
        if prose:
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def _plain_layout(suffix: str, text: str) -> bool:
    """A text exhibit laid out with spaces: not one already flattened from HTML ('|' cells) or SGML (<TABLE>)."""
    return suffix == ".txt" and "<TABLE" not in text.upper() and not re.search(r"^\s*\|", text, re.M)


def capitals(text: str, item: dict) -> str:
    """Every labelled person's name printed in capitals, as many signature pages print them."""
    people = [n for n in [g["name"] for g in item["grantors"]] + list(item["agents"]) if not _ORG.search(n)]
    if not people:
        return text
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(_loose(n) for n in sorted(people, key=len, reverse=True)) + r")(?!\w)"
    )
    return pattern.sub(lambda m: m.group(0).upper(), text)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_US_DATE = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}}),\s*(\d{{4}})\b")
_DAY_OF = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+({_MONTHS}),?\s+(\d{{4}})\b")


def redate(text: str) -> str:
    """The same dates written the other common ways: 'March 14, 2024' as '14 March 2024', 'the 14th day of
    March, 2024' as 'March 14, 2024'."""
    text = _US_DATE.sub(lambda m: f"{m[2]} {m[1]} {m[3]}", text)
    return _DAY_OF.sub(lambda m: f"{m[2]} {m[1]}, {m[3]}", text)


def score(docs: dict[str, tuple[str, str]], gold: list[dict], workers: int) -> Report:
    with tempfile.TemporaryDirectory(prefix="poa-meta-") as tmp:
        for doc_id, (suffix, text) in docs.items():
            if suffix == ".pdf":
                render_text_pdf(text, Path(tmp) / f"{doc_id}.pdf")  # a real text layer, read back by pdfplumber
            else:
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
    parser.add_argument("--variants", nargs="+", help="only these (names company wrap60 wrap100 caps dates html pdf)")
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
    by_id = {g["id"]: g for g in gold}
    variants.append(("caps", {k: (s, capitals(t, by_id[k])) for k, (s, t) in texts.items()}, gold))
    variants.append(("dates", {k: (s, redate(t)) for k, (s, t) in texts.items()}, gold))
    html = {k: (".htm", text_to_html(t)) if _plain_layout(s, t) else (s, t) for k, (s, t) in texts.items()}
    variants.append(("html", html, gold))
    pdf = {k: (".pdf", t) if _plain_layout(s, t) else (s, t) for k, (s, t) in texts.items()}
    variants.append(("pdf", pdf, gold))
    if args.variants:
        variants = [v for v in variants if v[0] == "original" or v[0].split("-")[0] in args.variants]

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
