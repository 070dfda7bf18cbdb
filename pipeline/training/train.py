"""Train, check and cross-validate the POA NER model (models/poa_ner).

The model is trained from committed files only (data/train/*.jsonl and ner.cfg next to this module) with a
fixed seed; meta.json records their sha256, the seed and the number of update steps, so ``check`` can prove
the committed model is what the committed data and config produce: the hashes always, and with ``full`` a
retrain whose weights must be byte-identical (training is deterministic on one machine and thread count).

    python -m pipeline.training.train                 # train models/poa_ner from the committed data
    python -m pipeline.training.train --check [--full]
    python -m pipeline.training.train --cv 5          # k-fold over the 55 dev exhibits, full pipeline scores
    python -m pipeline.training.train --prepare       # rebuild data/train/*.jsonl (annotate + generate)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    fix_random_seed,
    load_config,
    load_model_from_config,
    registry,
)

from ..nlp.view import clean_view
from . import DEV_ANNOTATIONS, GENERATED, GOLD_DIR, LABELS, MODEL_DIR, ROOT, read_jsonl

CONFIG = Path(__file__).with_name("ner.cfg")
DATA = (GENERATED, DEV_ANNOTATIONS)
MODEL_NAME = "poa_ner"
MODEL_VERSION = "0.1.0"
_CHUNK = 4000  # longer training texts are cut at line breaks into pieces of about this size


# ------------------------------------------------------------------------------------------ building


def poa_tokenizer(nlp: Language) -> Language:
    """spaCy's English rules, plus '|' (a table cell mark in EDGAR text) always a token of its own.

    'Heenan|Director' would otherwise be one token and no entity could end inside it. The rules are saved
    with the model's tokenizer, so the loaded pipeline tokenizes the same way.
    """
    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex([r"\|", *defaults.prefixes]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([r"\|", *defaults.suffixes]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex([r"\|", *defaults.infixes]).finditer
    return nlp


def make_nlp() -> Language:
    """The tokenizer the annotations are aligned to (and the model uses)."""
    return poa_tokenizer(spacy.blank("en"))


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _rel(path: Path) -> str:
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _chunks(text: str, spans: list) -> Iterable[tuple[str, list]]:
    """Long texts in pieces cut at line breaks outside every span, spans moved to each piece's offsets."""
    start = 0
    while len(text) - start > _CHUNK:
        cut = text.find("\n", start + _CHUNK)
        while cut >= 0 and any(a < cut < b for a, b, _ in spans):
            cut = text.find("\n", cut + 1)
        if cut < 0:
            break
        yield text[start:cut], [[a - start, b - start, la] for a, b, la in spans if start <= a and b <= cut]
        start = cut + 1
    yield text[start:], [[a - start, b - start, la] for a, b, la in spans if a >= start]


def examples_from(nlp: Language, rows: Iterable[dict], view_every: int = 2) -> list[Example]:
    """spaCy Examples from {"text", "spans"} rows; tokens outside every span are gold 'O'.

    Every ``view_every``-th row is given as the rule components' cleaned view of its text (same length, so the
    spans hold), since the parties component asks the model about stretches of that view."""
    examples = []
    for n, row in enumerate(rows):
        whole = clean_view(row["text"]) if view_every and n % view_every == 1 else row["text"]
        for text, spans in _chunks(whole, row["spans"]):
            ref = nlp.make_doc(text)
            ents = [ref.char_span(a, b, label=label) for a, b, label in spans]
            ref.ents = [e for e in ents if e is not None]
            examples.append(Example(nlp.make_doc(text), ref))
    return examples


def load_rows(paths: Sequence[Path], exclude_ids: Iterable[str] = (), limit: dict[str, int] | None = None) -> list:
    """Rows of the training files, without ``exclude_ids``; ``limit`` keeps the first n rows of a file."""
    skip = set(exclude_ids)
    rows = []
    for path in paths:
        kept = [r for r in read_jsonl(path) if r["id"] not in skip]
        n = (limit or {}).get(Path(path).name)
        rows.extend(kept[:n] if n is not None else kept)
    return rows


# ------------------------------------------------------------------------------------------ training


def train(
    out_dir: str | Path = MODEL_DIR,
    data_paths: Sequence[str | Path] = DATA,
    seed: int = 0,
    max_minutes: float = 25.0,
    exclude_ids: Iterable[str] = (),
    *,
    steps: int | None = None,
    max_epochs: int | None = None,
    limit: dict[str, int] | None = None,
    config_path: Path = CONFIG,
    verbose: bool = True,
) -> dict:
    """Train the NER pipeline on the JSONL files and write it to ``out_dir``; returns its training record.

    The order of updates depends only on the data, the config and ``seed``. Training stops after the
    config's epochs, after exactly ``steps`` updates when given (``check --full`` uses the recorded count),
    or when ``max_minutes`` run out; meta.json records the steps taken, so a run cut short by time is
    still reproduced exactly.
    """
    started = time.perf_counter()
    paths = [Path(p) for p in data_paths]
    exclude_ids = sorted(set(exclude_ids))
    fix_random_seed(seed)
    config = load_config(config_path)
    nlp = poa_tokenizer(load_model_from_config(config, auto_fill=True, validate=True))
    training = config["training"]
    optimizer = registry.resolve({"x": training["optimizer"]})["x"]
    batcher = registry.resolve({"x": training["batcher"]})["x"]
    epochs = max_epochs if max_epochs is not None else int(training["max_epochs"])
    max_steps = steps if steps is not None else int(training.get("max_steps") or 0)
    dropout = float(training["dropout"])

    examples = examples_from(nlp, load_rows(paths, exclude_ids, limit))
    nlp.initialize(lambda: examples, sgd=optimizer)
    rng = random.Random(seed)
    step, epoch, losses, stopped_by_time = 0, 0, {}, False
    deadline = started + max_minutes * 60 if steps is None else float("inf")
    done = False
    while not done and (steps is not None or epoch < epochs):
        order = list(examples)
        rng.shuffle(order)
        losses = {}
        for batch in batcher(order):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            step += 1
            if max_steps and step >= max_steps:
                done = True
                break
            if time.perf_counter() > deadline:
                done = stopped_by_time = True
                break
        epoch += 1
        if verbose:
            elapsed = (time.perf_counter() - started) / 60
            print(f"  epoch {epoch} step {step} loss {losses.get('ner', 0.0):.1f} ({elapsed:.1f} min)", flush=True)

    record = {
        "seed": seed,
        "steps": step,
        "epochs": epoch,
        "stopped_by_time": stopped_by_time,
        "exclude_ids": exclude_ids,
        "limit": limit or {},
        "data": {_rel(p): sha256(p) for p in paths},
        "data_sha256": _combined(paths),
        "config": _rel(config_path),
        "config_sha256": sha256(config_path),
        "examples": len(examples),
        "minutes": round((time.perf_counter() - started) / 60, 2),
        "spacy": spacy.__version__,
    }
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "NER for power-of-attorney exhibits: PERSON/ORG parties (grantors, agents, company) "
            "and TITLE (grantor offices). Trained by pipeline/training/train.py.",
            "labels": {"ner": list(LABELS)},
            "poa_training": record,
        }
    )
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        if not (out / "meta.json").exists():
            raise FileExistsError(f"{out} is not empty and holds no spaCy model: not overwriting it")
        shutil.rmtree(out)
    nlp.to_disk(out)
    if verbose:
        print(f"trained {step} steps in {record['minutes']} min -> {out} ({_size(out) / 1e6:.1f} MB)")
    return record


def _combined(paths: Sequence[Path]) -> str:
    """One hash over the training files' hashes, in the order given."""
    return hashlib.sha256("".join(sha256(p) for p in paths).encode()).hexdigest()


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


# ------------------------------------------------------------------------------------------ checking


def check(
    model_dir: str | Path = MODEL_DIR, data_paths: Sequence[str | Path] = DATA, full: bool = False, verbose: bool = True
) -> bool:
    """Is the model in ``model_dir`` the one the current data and config produce?

    Always: the sha256 of each data file and of the config match meta.json. With ``full``: a retrain with
    the recorded seed and step count gives byte-identical weights (ner/model).
    """
    model_dir = Path(model_dir)
    meta_path = model_dir / "meta.json"
    if not meta_path.exists():
        return _say(verbose, f"no model at {model_dir}")
    record = json.loads(meta_path.read_text(encoding="utf-8")).get("poa_training")
    if not record:
        return _say(verbose, "meta.json has no poa_training record")
    paths = [Path(p) for p in data_paths]
    now = {_rel(p): sha256(p) for p in paths if p.exists()}
    if now != record["data"]:
        changed = sorted(set(now.items()) ^ set(record["data"].items()))
        return _say(verbose, f"training data differ from the model's record: {changed}")
    config_path = ROOT / record["config"]
    if not config_path.exists() or sha256(config_path) != record["config_sha256"]:
        return _say(verbose, f"config {record['config']} differs from the model's record")
    if not full:
        return _say(verbose, "data and config hashes match the model's meta.json", True)
    with tempfile.TemporaryDirectory() as tmp:
        train(
            tmp,
            paths,
            seed=record["seed"],
            exclude_ids=record["exclude_ids"],
            steps=record["steps"],
            limit=record.get("limit") or None,
            config_path=config_path,
            verbose=verbose,
        )
        same = (Path(tmp) / "ner" / "model").read_bytes() == (model_dir / "ner" / "model").read_bytes()
    return _say(verbose, "retrained weights are byte-identical" if same else "retrained weights differ", same)


def _say(verbose: bool, message: str, ok: bool = False) -> bool:
    if verbose:
        print(("OK: " if ok else "FAIL: ") + message)
    return ok


# ------------------------------------------------------------------------------------------ scoring


def ner_counts(nlp: Language, rows: Iterable[dict]) -> dict[str, list[int]]:
    """Exact-span entity counts [tp, fp, fn] per label of ``nlp`` on annotated rows."""
    counts = {label: [0, 0, 0] for label in LABELS}
    rows = list(rows)
    docs = nlp.pipe((r["text"] for r in rows), batch_size=8)
    for row, doc in zip(rows, docs, strict=True):
        gold = {(a, b, la) for a, b, la in row["spans"]}
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            counts[label][0] += len(g & p)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    return counts


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ner_table(counts: dict[str, list[int]]) -> str:
    lines = [f"{'label':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for label, c in [*counts.items(), ("ALL", total)]:
        p, r, f = prf(*c)
        lines.append(f"{label:<8}{p:>7.3f}{r:>7.3f}{f:>7.3f}{c[0]:>6}{c[1]:>6}{c[2]:>6}")
    return "\n".join(lines)


def pipeline_predictions(model_dir: Path | None, ids: Iterable[str], use_model: bool = True) -> dict[str, dict]:
    """The full pipeline (trained NER + rule components) over dev exhibits, as evaluate() wants them."""
    from ..extract import build_record
    from ..ingest import read_path
    from ..nlp import build

    nlp = build(model_dir=model_dir, use_model=use_model)
    out = {}
    for doc_id in ids:
        path = GOLD_DIR / "dev" / f"{doc_id}.txt"
        out[doc_id] = build_record(read_path(path), doc_id=doc_id, source=str(path), nlp=nlp).to_dict()
    return out


def cross_validate(
    k: int = 5,
    seed: int = 0,
    data_paths: Sequence[str | Path] = DATA,
    max_minutes: float = 8.0,
    generated_docs: int | None = 1200,
    max_epochs: int | None = 4,
    verbose: bool = True,
) -> dict:
    """k folds over the dev exhibits: train on generated + the other folds' dev annotations, then score the
    held-out exhibits with the full pipeline (per field, core F1) and the NER alone (per label)."""
    from ..evaluate import evaluate, load_gold

    gold = load_gold(GOLD_DIR / "dev.jsonl")
    ids = sorted(g["id"] for g in gold)
    random.Random(seed).shuffle(ids)
    folds = [sorted(ids[i::k]) for i in range(k)]
    annotations = {r["id"]: r for r in read_jsonl(DEV_ANNOTATIONS)}
    limit = {Path(GENERATED).name: generated_docs} if generated_docs else None
    pooled_predictions: dict[str, dict] = {}
    pooled_ner = {label: [0, 0, 0] for label in LABELS}
    result: dict = {"folds": []}
    for n, held_out in enumerate(folds):
        with tempfile.TemporaryDirectory() as tmp:
            record = train(
                tmp, data_paths, seed=seed, max_minutes=max_minutes, exclude_ids=held_out, limit=limit,
                max_epochs=max_epochs, verbose=False,
            )  # fmt: skip
            predictions = pipeline_predictions(Path(tmp), held_out)
            counts = ner_counts(spacy.load(tmp), [annotations[i] for i in held_out])
        report = evaluate([g for g in gold if g["id"] in held_out], predictions)
        pooled_predictions.update(predictions)
        for label in LABELS:
            pooled_ner[label] = [a + b for a, b in zip(pooled_ner[label], counts[label], strict=True)]
        fold = {"fold": n, "ids": held_out, "steps": record["steps"], "minutes": record["minutes"]}
        fold.update(report.to_dict())
        fold["ner"] = {label: dict(zip("PRF", prf(*c), strict=True)) for label, c in counts.items()}
        result["folds"].append(fold)
        if verbose:
            f1 = " ".join(f"{name}={s.f1:.3f}" for name, s in report.fields.items())
            ner_f = prf(*[sum(c[i] for c in counts.values()) for i in range(3)])[2]
            print(
                f"fold {n}: {len(held_out)} docs, {record['steps']} steps, {record['minutes']} min; "
                f"core F1 {report.core_f1:.3f}; NER F1 {ner_f:.3f}; {f1}",
                flush=True,
            )
    pooled = evaluate(gold, pooled_predictions)
    rules_only = evaluate(gold, pipeline_predictions(None, ids, use_model=False))
    result["pooled"] = pooled.to_dict()
    result["rules_only"] = rules_only.to_dict()
    result["ner_pooled"] = {label: list(c) for label, c in pooled_ner.items()}
    if verbose:
        print("\npooled over folds (full pipeline, held-out exhibits):")
        print(pooled.table())
        print(f"\nrules only, same exhibits: core F1 {rules_only.core_f1:.3f}")
        print("\nNER alone on held-out dev annotations (exact spans), pooled:")
        print(ner_table(pooled_ner))
    return result


# ------------------------------------------------------------------------------------------ command


def prepare(n_generated: int = 2000, seed: int = 0) -> None:
    """Rebuild data/train/: span annotations of the dev exhibits and the generated POAs."""
    from . import annotate, generate

    annotate.main([])
    generate.main(["--n", str(n_generated), "--seed", str(seed)])


def main(argv: list[str] | None = None) -> int:
    """``poa train [--check [--full]] [--cv K] [--prepare]``; without options, train models/poa_ner."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        argv = argv[1:]
    parser = argparse.ArgumentParser(prog="poa train", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="does the model match the committed data and config")
    parser.add_argument("--full", action="store_true", help="with --check: retrain and compare the weights")
    parser.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation over the dev exhibits")
    parser.add_argument("--cv-generated", type=int, default=1200, help="generated documents per CV fold")
    parser.add_argument("--cv-epochs", type=int, default=4, help="epochs per CV fold")
    parser.add_argument("--cv-minutes", type=float, default=8.0, help="time limit per CV fold")
    parser.add_argument("--prepare", action="store_true", help="rebuild data/train/*.jsonl first")
    parser.add_argument("--out", default=str(MODEL_DIR), help="model folder (default: models/poa_ner)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-minutes", type=float, default=25.0)
    parser.add_argument("--data", nargs="+", default=[str(p) for p in DATA], help="training JSONL files")
    args = parser.parse_args(argv)
    data = [Path(p) for p in args.data]
    if args.prepare:
        prepare(seed=args.seed)
    if args.check:
        return 0 if check(args.out, data, full=args.full) else 1
    if args.cv:
        cross_validate(args.cv, args.seed, data, args.cv_minutes, args.cv_generated or None, args.cv_epochs)
        return 0
    train(args.out, data, seed=args.seed, max_minutes=args.max_minutes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
