"""The ``poa`` command: extract tables from exhibits, and evaluate them against gold labels."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .ingest import ReadOptions


def _extract(args: argparse.Namespace) -> int:
    import pyarrow.parquet as pq

    from .batch import run_batch

    inputs = args.inputs or ["data/samples"]
    options = ReadOptions(ocr=args.ocr)
    common = {"options": options, "use_model": not args.no_model, "resume": args.resume, "fmt": args.format}
    if args.engine == "dask":
        from .dask_engine import run_dask

        result = run_dask(
            inputs,
            out_dir=args.out,
            scheduler=args.scheduler,
            workers=args.workers,
            chunk_size=args.part_size,
            **common,
        )
    else:
        result = run_batch(
            inputs,
            workers=args.workers,
            progress=not args.quiet and sys.stderr.isatty(),
            timeout=args.timeout or None,
            out_dir=args.out,
            part_size=args.part_size,
            **common,
        )
    out = Path(args.out).resolve()
    if not args.quiet:
        rate = result.documents_written / result.seconds if result.seconds else 0.0
        skipped = f", {result.skipped} already done" if result.skipped else ""
        print(
            f"{result.documents_written} documents, {result.poas_found} POAs found, {result.errors_written} errors"
            f"{skipped} in {result.seconds:.1f} s ({rate:.1f} docs/s)"
        )
        print(f"tables in {out}: " + ", ".join(sorted(p.name for p in out.glob("*.parquet") if p.name[0] != "_")))
        errors = pq.read_table(out / "errors.parquet").to_pylist()[:20]
        for error in errors:
            print(f"  error: {error['source']}: {error['error']}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, load_gold, load_predictions

    report = evaluate(load_gold(args.gold), load_predictions(args.predictions))
    print(report.table())
    if args.failures:
        for name, ids in report.failures.items():
            print(f"{name}: {' '.join(ids)}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from .review import review_command

    return review_command(args.out_dir, args.html)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="poa", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="extract POA fields from files and folders into tables")
    ext.add_argument("inputs", nargs="*", help="files or folders (default: data/samples)")
    ext.add_argument("--out", default="out", help="output folder (default: out/)")
    ext.add_argument("--format", choices=["parquet", "jsonl"], default="parquet")
    ext.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    ext.add_argument("--ocr", choices=["auto", "always", "never"], default="auto")
    ext.add_argument("--no-model", action="store_true", help="rules only, without the trained NER model")
    ext.add_argument("--resume", action="store_true", help="skip files already finished in DIR (after a crash)")
    ext.add_argument("--timeout", type=float, default=60.0, help="seconds per file before it is stopped (0: none)")
    ext.add_argument("--part-size", type=int, default=500, help="files per streamed Parquet part (default 500)")
    ext.add_argument("--engine", choices=["local", "dask"], default="local")
    ext.add_argument("--scheduler", help="address of an existing Dask scheduler, e.g. tcp://HOST:8786")
    ext.add_argument("--quiet", action="store_true")
    ext.set_defaults(func=_extract)

    # 'poa train ...' is handed whole to pipeline.training.train (see main); listed here for --help
    sub.add_parser("train", help="train the NER model in models/poa_ner (--check, --cv K: see 'poa train --help')")

    rev = sub.add_parser("review", help="write a self-contained HTML page to review a batch's extractions")
    rev.add_argument("out_dir", help="a folder written by 'poa extract'")
    rev.add_argument("--html", default="review.html", help="where to write the page (default: review.html)")
    rev.set_defaults(func=_review)

    ev = sub.add_parser("evaluate", help="per-field precision/recall/F1 against gold labels")
    ev.add_argument("gold", help="gold labels (.jsonl)")
    ev.add_argument("predictions", help="an output folder, documents.parquet or documents.jsonl")
    ev.add_argument("--failures", action="store_true", help="list the documents each field gets wrong")
    ev.set_defaults(func=_evaluate)
    return top


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["train"]:
        from .training.train import main as train_main

        return train_main(argv[1:])
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
