"""Score the dev exhibits as text, HTML, text-layer PDF, degraded scans (PNG, JPEG, image-only PDF) and EDGAR
submissions, with the same gold labels, to show what each input path costs in accuracy.

    python bench/formats_eval.py [--formats txt html pdf png jpg scanpdf nc] [--workers 2]

Scans are made by pipeline.scans: 200 dpi, a slight rotation, blur, speckle and JPEG artefacts (seeded).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_batch  # noqa: E402
from pipeline.evaluate import evaluate, load_gold  # noqa: E402
from pipeline.scans import render_scan, render_text_pdf, save_scan  # noqa: E402
from pipeline.tables import tables_from  # noqa: E402
from tests.tools.edgar_wrap import wrap_submission  # noqa: E402
from tests.tools.html_render import text_to_html  # noqa: E402

DEV = ROOT / "data" / "gold" / "dev"


def render(fmt: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, path in enumerate(sorted(DEV.glob("*.txt"))):
        text = path.read_text(encoding="utf-8", errors="replace")
        target = folder / f"{path.stem}.{ {'scanpdf': 'pdf'}.get(fmt, fmt) }"
        if fmt == "txt":
            target.write_text(text, encoding="utf-8")
        elif fmt == "html":
            target.write_text(text_to_html(text), encoding="utf-8")
        elif fmt == "pdf":
            render_text_pdf(text, target)
        elif fmt == "nc":
            target.write_bytes(
                wrap_submission(
                    text,
                    owner_name="DOE JANE",
                    owner_cik="0000000001",
                    issuer_name="EXAMPLE CORP",
                    issuer_cik="0000000002",
                    accession=f"0000000002-24-{n:06d}",
                    filing_date="2024-01-02",
                )
            )
        else:
            pages = render_scan(
                text,
                dpi=200,
                rotate_deg=(-1.5 + 3 * ((n * 37) % 11) / 10),
                blur=0.6,
                speckle=0.01,
                jpeg_quality=55 if fmt != "png" else None,
                seed=n,
            )
            if len(pages) > 1 and fmt in ("png", "jpg"):
                target = target.with_suffix(".tif")  # one image file holds one page: a multi-page TIFF instead
            save_scan(pages, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--formats", nargs="+", default=["txt", "html", "pdf", "nc", "png", "jpg", "scanpdf"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--failures", action="store_true", help="list the documents each field gets wrong")
    parser.add_argument("--keep", help="keep the rendered inputs in this folder")
    args = parser.parse_args()
    gold = load_gold(ROOT / "data" / "gold" / "dev.jsonl")
    rows = []
    with tempfile.TemporaryDirectory(prefix="poa-formats-") as tmp:
        for fmt in args.formats:
            folder = Path(tmp) / fmt
            render(fmt, folder)
            started = time.perf_counter()
            result = run_batch([folder], workers=args.workers)
            seconds = time.perf_counter() - started
            docs = tables_from(result.records, []).get("documents").to_pylist()
            predictions = {Path(d["source"]).name.split(".")[0]: d for d in docs}
            report = evaluate(gold, predictions)
            rows.append((fmt, report, seconds, len(result.errors)))
            print(f"{fmt}: core F1 {report.core_f1:.3f}, exact {report.exact_share:.3f}, {seconds:.1f} s", flush=True)
            if args.failures:
                for name, ids in report.failures.items():
                    print(f"  {name}: {' '.join(ids)}")
            if args.keep:
                import shutil

                shutil.copytree(folder, Path(args.keep) / fmt, dirs_exist_ok=True)
    print(f"\n{'format':<8}{'core F1':>9}{'exact':>7}" + "".join(f"{f[:10]:>11}" for f in rows[0][1].fields))
    for fmt, report, seconds, errors in rows:
        cells = "".join(f"{s.f1:>11.3f}" for s in report.fields.values())
        print(f"{fmt:<8}{report.core_f1:>9.3f}{report.exact_share:>7.3f}{cells}   ({seconds:.0f} s, {errors} errors)")


if __name__ == "__main__":
    main()
