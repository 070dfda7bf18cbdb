"""Throughput and memory of text-exhibit batches: docs/s with 1 and 2 workers, peak RSS at several sizes.

    python bench/throughput.py --sizes 1000 10000 100000 --workers 1 2 [--no-model]

The corpus is made from the dev exhibits (data/gold/dev), each copy made distinct by a numbered line, so
every document has its own hash. Each run is a fresh process streaming to its own output folder; peak RSS is
the largest resident set of the run's main process and of its largest worker process (sampled from /proc
every 0.25 s).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, size: int) -> None:
    texts = sorted((ROOT / "data" / "gold" / "dev").glob("*.txt"))
    blobs = [t.read_bytes() for t in texts]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{n:06d}.txt").write_bytes(blobs[n % len(blobs)] + f"\n{n}\n".encode())


def _descendants_rss_mb(root: int) -> dict[int, float]:
    """Resident memory of every process below ``root`` (workers run under a fork server, not as children)."""
    parents, rss = {}, {}
    for stat in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in stat.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid] = int(fields.get("PPid", "0").strip())
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
    below, frontier = set(), {root}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier and p not in below}
        below |= frontier
    return {p: rss[p] for p in below}


def run_once(corpus: Path, out: Path, workers: int, use_model: bool = True) -> dict:
    """One batch in this (fresh) process; prints a JSON line of figures."""
    import threading

    sys.path.insert(0, str(ROOT))
    from pipeline.batch import run_batch

    peak = {"worker": 0.0}
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.25):
            sizes = _descendants_rss_mb(os.getpid())
            if sizes:
                peak["worker"] = max(peak["worker"], max(sizes.values()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    result = run_batch([corpus], workers=workers, out_dir=out, use_model=use_model)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = max(peak["worker"], resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {
        "documents": result.documents_written,
        "errors": result.errors_written,
        "seconds": round(seconds, 2),
        "docs_per_s": round(result.documents_written / seconds, 1),
        "peak_rss_main_mb": round(own, 1),
        "peak_rss_worker_mb": round(children, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-model", action="store_true", help="rules only, without the trained NER model")
    parser.add_argument("--run", nargs=3, metavar=("CORPUS", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_once(Path(args.run[0]), Path(args.run[1]), int(args.run[2]), not args.no_model)))
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="poa-bench-") as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}"
            make_corpus(corpus, size)
            for workers in args.workers:
                out = Path(tmp) / f"out-{size}-{workers}"
                done = subprocess.run(
                    [sys.executable, __file__, "--run", str(corpus), str(out), str(workers)]
                    + (["--no-model"] if args.no_model else []),
                    capture_output=True,
                    text=True,
                    check=True,
                )
                row = {"size": size, "workers": workers, **json.loads(done.stdout.strip().splitlines()[-1])}
                rows.append(row)
                print(json.dumps(row), flush=True)
                shutil.rmtree(out)
            shutil.rmtree(corpus)
    print(f"\n{'docs':>8} {'workers':>7} {'docs/s':>8} {'seconds':>8} {'main MB':>8} {'worker MB':>9}")
    for r in rows:
        print(
            f"{r['size']:>8} {r['workers']:>7} {r['docs_per_s']:>8} {r['seconds']:>8} "
            f"{r['peak_rss_main_mb']:>8} {r['peak_rss_worker_mb']:>9}"
        )


if __name__ == "__main__":
    main()
