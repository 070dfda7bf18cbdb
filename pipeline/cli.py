"""The ``poa`` command: extract tables from exhibits, and evaluate them against gold labels."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .ingest import ReadOptions


def _extract(args: argparse.Namespace) -> int:
    from .batch import run_batch
    from .tables import tables_from, write_tables

    inputs = args.inputs or ["data/samples"]
    result = run_batch(
        inputs,
        workers=args.workers,
        options=ReadOptions(ocr=args.ocr),
        use_model=not args.no_model,
        progress=not args.quiet and sys.stderr.isatty(),
    )
    written = write_tables(tables_from(result.records, result.errors), args.out, args.format)
    n_docs = len(result.records)
    n_poa = sum(r.is_poa for r in result.records)
    rate = n_docs / result.seconds if result.seconds else 0.0
    if not args.quiet:
        print(
            f"{n_docs} documents, {n_poa} POAs found, {len(result.errors)} errors "
            f"in {result.seconds:.1f} s ({rate:.1f} docs/s)"
        )
        print(f"tables in {Path(args.out).resolve()}: " + ", ".join(p.name for p in written.values()))
        for error in result.errors[:20]:
            print(f"  error: {error.source}: {error.error}", file=sys.stderr)
        if len(result.errors) > 20:
            print(f"  ... and {len(result.errors) - 20} more in errors.parquet", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, load_gold, load_predictions

    report = evaluate(load_gold(args.gold), load_predictions(args.predictions))
    print(report.table())
    if args.failures:
        for name, ids in report.failures.items():
            print(f"{name}: {' '.join(ids)}")
    return 0


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
    ext.add_argument("--quiet", action="store_true")
    ext.set_defaults(func=_extract)

    ev = sub.add_parser("evaluate", help="per-field precision/recall/F1 against gold labels")
    ev.add_argument("gold", help="gold labels (.jsonl)")
    ev.add_argument("predictions", help="an output folder, documents.parquet or documents.jsonl")
    ev.add_argument("--failures", action="store_true", help="list the documents each field gets wrong")
    ev.set_defaults(func=_evaluate)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
