"""The same batch on a Dask cluster: the file list is split into chunks, each worker process loads the spaCy
pipeline once and writes its chunk as a Parquet part; the client assembles the final tables.

With a remote scheduler the output folder must be on storage every worker can reach.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from .batch import (
    LEDGER,
    PARTS,
    BatchResult,
    InputFile,
    _in_process,
    _part_dirs,
    compact,
    finished,
    iter_inputs,
    write_part,
)
from .ingest import ReadOptions
from .types import FileError


def _run_chunk(
    number: int, items: list[InputFile], parts: str, options: ReadOptions, use_model: bool
) -> tuple[int, int, int]:
    """On a worker: extract a chunk and write it as part ``number``; returns (documents, POAs, errors)."""
    records, errors, ledger = [], [], []
    for item, output, sha in _in_process(items, options, use_model, timeout=None):
        if isinstance(output, FileError):
            errors.append(output)
        else:
            records.extend(output)
        ledger.append({"source": item.source, "sha256": sha})
    write_part(Path(parts), number, records, errors, ledger)
    return len(records), sum(r.is_poa for r in records), len(errors)


def run_dask(
    paths: Sequence[str | Path],
    *,
    out_dir: str | Path,
    scheduler: str | None = None,
    workers: int | None = None,
    options: ReadOptions | None = None,
    use_model: bool = True,
    resume: bool = False,
    fmt: str = "parquet",
    chunk_size: int = 200,
) -> BatchResult:
    """Run the batch on a local Dask cluster (``workers`` processes) or on the one at ``scheduler``."""
    import shutil

    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if not resume:
        shutil.rmtree(out / PARTS, ignore_errors=True)
        (out / LEDGER).unlink(missing_ok=True)
    result = BatchResult(out_dir=out)
    find_errors: list[FileError] = []
    items = list(iter_inputs(paths, find_errors))
    done = finished(out) if resume else set()
    if done:
        sources = {s for s, _ in done}
        before = len(items)
        items = [i for i in items if i.source not in sources]
        result.skipped = before - len(items)
    options = options or ReadOptions()
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    first = len(_part_dirs(out)) + 1
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        parts = str(out / PARTS)
        Path(parts).mkdir(parents=True, exist_ok=True)
        futures = [
            client.submit(_run_chunk, first + n, chunk, parts, options, use_model, pure=False)
            for n, chunk in enumerate(chunks)
        ]
        for docs, poas, errors in client.gather(futures):
            result.documents_written += docs
            result.poas_found += poas
            result.errors_written += errors
        if find_errors:
            write_part(Path(parts), first + len(chunks), [], find_errors, [])
            result.errors_written += len(find_errors)
        compact(out, fmt)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    result.seconds = time.perf_counter() - started
    return result
