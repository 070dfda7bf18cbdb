"""OCR throughput: the pipeline's image reader against the bare ``tesseract`` command, and its scaling.

Generates ~30 scanned-looking one-page POA exhibits (``pipeline.scans``: slight rotation, blur,
speckle, JPEG artefacts; 200 dpi), then times

  (a) ``tesseract page.png stdout`` per page, one after another (OMP_THREAD_LIMIT=1);
  (b) ``read_image`` per page in a pool of 1 worker process (its start-up and imports included);
  (c) the same with 2 worker processes: the speed-up over (b).

Word accuracy (matched words / true words, in order) is shown beside (a) and (b).  Targets on a
2-core machine: (b) <= 1.25 x (a), (c) >= 1.7 x.  Run: ``python bench/ocr_bench.py [--pages 30]``.
"""

from __future__ import annotations

import argparse
import difflib
import multiprocessing
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def word_accuracy(truth: str, got: str) -> float:
    """Share of the true words that OCR got, in order (longest matching blocks)."""
    a, b = _words(truth), _words(got)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / max(len(a), 1)


def make_pages(folder: Path, count: int, seed: int = 7) -> list[tuple[Path, str]]:
    """``count`` degraded one-page scans as PNG files, with their true text."""
    from pipeline.scans import render_pages, render_scan, sample_poa_text

    rng = random.Random(seed)
    pages = []
    for i in range(count):
        paragraphs = 6
        text = sample_poa_text(seed * 1000 + i, paragraphs=paragraphs)
        while len(render_pages(text)) > 1 and paragraphs > 1:  # one page each, so the truth is known
            paragraphs -= 1
            text = sample_poa_text(seed * 1000 + i, paragraphs=paragraphs)
        image = render_scan(
            text,
            dpi=200,
            rotate_deg=rng.uniform(-2.5, 2.5),
            blur=rng.uniform(0.3, 1.0),
            speckle=rng.choice([0.0, 0.0, 0.002, 0.006]),
            jpeg_quality=rng.randint(40, 85),
            seed=i,
        )[0]
        path = folder / f"page{i:02d}.png"
        image.save(path)
        pages.append((path, text))
    return pages


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished, waited-for children and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(paths: list[Path]) -> tuple[float, float, list[str]]:
    """(a): the bare command per page, sequentially; wall seconds, CPU seconds and texts."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cpu, started = _children_cpu(), time.perf_counter()
    texts = [
        subprocess.run(["tesseract", str(p), "stdout"], env=env, capture_output=True, check=True).stdout.decode()
        for p in paths
    ]
    return time.perf_counter() - started, _children_cpu() - cpu, texts


def _read_one(path: str) -> str:
    """Worker: read one page image with the pipeline's reader (imports on first use, in the worker)."""
    from pipeline.ingest import ReadOptions
    from pipeline.ingest.image import read_image

    return read_image(Path(path).read_bytes(), ReadOptions()).text


def run_pool(paths: list[Path], workers: int) -> tuple[float, float, list[str]]:
    """(b)/(c): a fresh pool of ``workers`` spawned processes, one page per task; wall seconds, CPU seconds
    (workers and their Tesseract runs, counted once the pool has closed and reaped them) and texts."""
    context = multiprocessing.get_context("spawn")
    cpu, started = _children_cpu(), time.perf_counter()
    pool = context.Pool(workers)
    texts = pool.map(_read_one, [str(p) for p in paths], chunksize=1)
    pool.close()
    pool.join()
    return time.perf_counter() - started, _children_cpu() - cpu, texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1, help="repeat each timing, keep the fastest")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ocr_bench_") as tmp:
        pages = make_pages(Path(tmp), args.pages)
        paths = [p for p, _ in pages]
        truths = [t for _, t in pages]
        print(f"{len(pages)} pages, 200 dpi, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        cli = pool1 = pool2 = (float("inf"), float("inf"), [])
        for _ in range(args.rounds):
            cli = min(cli, run_cli(paths), key=lambda r: r[0])
            pool1 = min(pool1, run_pool(paths, 1), key=lambda r: r[0])
            pool2 = min(pool2, run_pool(paths, 2), key=lambda r: r[0])
        load = os.getloadavg()[0]

    def acc(texts: list[str]) -> float:
        return sum(word_accuracy(t, g) for t, g in zip(truths, texts, strict=True)) / len(truths)

    n = len(pages)
    rows = [
        ("(a) tesseract CLI, sequential", cli, "1.00x of (a)"),
        (
            "(b) read_image, 1 worker",
            pool1,
            f"{pool1[0] / cli[0]:.2f}x of (a) wall, {pool1[1] / cli[1]:.2f}x CPU",
        ),
        ("(c) read_image, 2 workers", pool2, f"speed-up {pool1[0] / pool2[0]:.2f}x over (b)"),
    ]
    print(f"{'run':32s} {'wall s':>7s} {'s/page':>7s} {'CPU s':>7s} {'word acc':>9s}  ratio")
    for name, (wall, cpu, texts), ratio in rows:
        print(f"{name:32s} {wall:7.2f} {wall / n:7.3f} {cpu:7.2f} {acc(texts):9.4f}  {ratio}")
    ok_b = pool1[0] <= 1.25 * cli[0]
    ok_c = pool1[0] / pool2[0] >= 1.7
    print(f"targets: (b) <= 1.25x (a): {'met' if ok_b else 'MISSED'}; (c) >= 1.7x: {'met' if ok_c else 'MISSED'}")
    print(f"load average at the end {load:.2f} (wall-clock figures mean little on a busy machine; the CPU ones hold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
