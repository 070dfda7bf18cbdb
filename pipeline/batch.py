"""Batches: find the input files, extract each in worker processes, keep every file accounted for.

A batch written to a folder streams its results in parts (``DIR/.parts/part-NNNNNN/``, each written
atomically with a ledger of the files it holds), so memory stays flat, a killed run can be resumed, and the
final tables are assembled part by part at the end and renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import connection, get_context
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .ingest import ReadError, ReadOptions
from .types import FileError, PoaRecord

Output = list[PoaRecord] | FileError
PARTS = ".parts"
LEDGER = "_ledger.parquet"
LEDGER_SCHEMA = pa.schema([("source", pa.string()), ("sha256", pa.string())])


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source: str  # the path as given on the command line, joined with the path below it


@dataclass
class BatchResult:
    """A batch's outcome: records and errors (kept in memory unless the batch streamed to a folder)."""

    records: list[PoaRecord] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    seconds: float = 0.0
    documents_written: int = 0
    poas_found: int = 0
    errors_written: int = 0
    skipped: int = 0
    out_dir: Path | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables as DataFrames: from memory, or read back from the output folder."""
        from .tables import read_tables, tables_from

        if self.out_dir is not None and not self.records:
            return read_tables(self.out_dir)
        return {name: table.to_pandas() for name, table in tables_from(self.records, self.errors).items()}

    @property
    def documents(self) -> pd.DataFrame:
        return self.tables()["documents"]


def _source_name(path: Path) -> str:
    """The path as text; bytes that are not UTF-8 (a file name from another system) become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def iter_inputs(paths: Sequence[str | Path], errors: list[FileError] | None = None) -> Iterator[InputFile]:
    """Every file under the given files and folders, recursively, sorted; symlinked folders are not followed."""
    for given in paths:
        root = Path(given)
        if root.is_file():
            yield InputFile(root, _source_name(root))
            continue
        if not root.is_dir():
            if errors is not None:
                errors.append(FileError(_source_name(root), "find", "input path does not exist"))
            continue
        found: list[Path] = []

        def walk_error(exc: OSError, root: Path = root) -> None:
            if errors is not None:
                where = _source_name(Path(exc.filename or root))
                errors.append(FileError(where, "find", f"folder cannot be listed ({exc.strerror or exc})"))

        for folder, dirs, files in os.walk(root, onerror=walk_error, followlinks=False):
            dirs.sort()
            found.extend(Path(folder) / name for name in files)
        for path in sorted(found):
            source = _source_name(Path(given) / path.relative_to(root))
            if path.is_symlink() and not path.exists():
                if errors is not None:
                    errors.append(FileError(source, "find", "broken or looping symbolic link"))
                continue
            yield InputFile(path, source)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ------------------------------------------------------------------------------------------ one file

_WORKER: dict = {}


def _init_worker(options: ReadOptions, use_model: bool) -> None:
    from .nlp import load

    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract: one thread per process, processes across cores
    _WORKER["options"] = options
    _WORKER["nlp"] = load(use_model=use_model)


def process(item: InputFile) -> tuple[Output, str | None]:
    """Extract one file; any failure becomes an errors row naming the file and the cause."""
    from .extract import extract_path

    try:
        sha = file_sha256(item.path)
        records = extract_path(item.path, source=item.source, options=_WORKER.get("options"), nlp=_WORKER.get("nlp"))
        return records, sha
    except ReadError as exc:
        return FileError(item.source, exc.stage, exc.message), _safe_hash(item.path)
    except MemoryError:
        return FileError(item.source, "extract", "ran out of memory while extracting"), _safe_hash(item.path)
    except OSError as exc:
        return FileError(item.source, "read", f"file cannot be read ({exc.strerror or exc})"), None
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a batch
        message = str(exc).splitlines()[0][:200] if str(exc) else ""
        error = FileError(item.source, "extract", f"{type(exc).__name__}: {message}".rstrip(": "))
        return error, _safe_hash(item.path)


def _safe_hash(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None


# -------------------------------------------------------------------------------------- worker pool


def _worker_loop(conn: connection.Connection, options: ReadOptions, use_model: bool) -> None:
    from .ingest.base import on_page_done

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _init_worker(options, use_model)
    current = [-1]
    on_page_done(lambda: conn.send(("alive", current[0], None)))
    while True:
        task = conn.recv()
        if task is None:
            return
        index, item = task
        current[0] = index
        conn.send(("done", index, process(item)))


class WorkerPool:
    """Processes that each load the pipeline once; a file that runs past ``timeout`` seconds (or crashes its
    process) becomes an errors row, and its worker is replaced. Each OCRed page restarts the clock, so a long
    scanned PDF is judged page by page. A worker is also replaced after ``recycle_after`` files: spaCy's
    vocabulary only grows, so a long-lived worker's memory would grow with the batch."""

    def __init__(
        self, workers: int, options: ReadOptions, use_model: bool, timeout: float | None, recycle_after: int = 2000
    ) -> None:
        self.ctx = get_context("forkserver" if sys.platform == "linux" else "spawn")
        self.options, self.use_model, self.timeout = options, use_model, timeout
        self.recycle_after = recycle_after
        self.slots = [self._start() for _ in range(workers)]

    def _start(self) -> dict:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_loop, args=(child, self.options, self.use_model), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "task": None, "deadline": None, "started": None, "done": 0}

    def _retire(self, slot: dict) -> None:
        """Stop a worker that has done its share and start a fresh one in its place."""
        with contextlib.suppress(OSError, ValueError):
            slot["conn"].send(None)
        slot["proc"].join(10)
        if slot["proc"].is_alive():
            slot["proc"].kill()
        slot["conn"].close()
        slot.update(self._start())

    def _replace(self, slot: dict) -> None:
        slot["proc"].kill()
        slot["proc"].join(5)
        slot["conn"].close()
        slot.update(self._start())

    def map(self, items: Iterable[InputFile]) -> Iterator[tuple[InputFile, Output, str | None]]:
        """Results in input order."""
        pending = iter(enumerate(items))
        done: dict[int, tuple[InputFile, Output, str | None]] = {}
        next_out, exhausted = 0, False
        while True:
            for slot in self.slots:
                if slot["task"] is None and not exhausted:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    slot["task"] = task
                    slot["started"] = time.monotonic()
                    slot["deadline"] = slot["started"] + (self.timeout or 10**9)
                    slot["conn"].send(task)
            busy = [s for s in self.slots if s["task"] is not None]
            if not busy:
                break
            wait = max(0.0, min(s["deadline"] for s in busy) - time.monotonic())
            ready = connection.wait([s["conn"] for s in busy] + [s["proc"].sentinel for s in busy], timeout=wait)
            now = time.monotonic()
            for slot in busy:
                index, item = slot["task"]
                if slot["conn"] in ready:
                    try:
                        kind, _, payload = slot["conn"].recv()
                    except (EOFError, OSError):
                        kind, payload = "done", (FileError(item.source, "extract", "worker process died"), None)
                        self._replace(slot)
                    if kind == "alive":
                        slot["deadline"] = now + (self.timeout or 10**9)
                        continue
                    output, sha = payload
                    done[index] = (item, output, sha)
                    slot["task"] = None
                    slot["done"] += 1
                    if slot["done"] >= self.recycle_after:
                        self._retire(slot)
                elif slot["proc"].sentinel in ready or now >= slot["deadline"]:
                    if now >= slot["deadline"]:
                        reason = f"extraction took longer than {self.timeout:g} s and was stopped"
                    else:
                        reason = f"worker process died while extracting (exit code {slot['proc'].exitcode})"
                    done[index] = (item, FileError(item.source, "extract", reason), _safe_hash(item.path))
                    slot["task"] = None
                    self._replace(slot)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1

    def close(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(OSError, ValueError):
                slot["conn"].send(None)
        for slot in self.slots:
            slot["proc"].join(5)
            if slot["proc"].is_alive():
                slot["proc"].kill()


def _in_process(
    items: Iterable[InputFile], options: ReadOptions, use_model: bool, timeout: float | None
) -> Iterator[tuple[InputFile, Output, str | None]]:
    """One worker, in this process: an alarm stops a file that runs too long (main thread only)."""
    _init_worker(options, use_model)
    use_alarm = bool(timeout) and threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError

    if use_alarm:
        from .ingest.base import on_page_done

        on_page_done(lambda: signal.setitimer(signal.ITIMER_REAL, float(timeout)))

    for item in items:
        if use_alarm:
            previous = signal.signal(signal.SIGALRM, on_alarm)
            signal.setitimer(signal.ITIMER_REAL, float(timeout))
        try:
            output, sha = process(item)
        except TimeoutError:
            output = FileError(item.source, "extract", f"extraction took longer than {timeout:g} s and was stopped")
            sha = _safe_hash(item.path)
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
        yield item, output, sha


# ------------------------------------------------------------------------------------- streaming output


class PartWriter:
    """Buffers results and writes them as numbered parts, each atomically: tables plus a ledger of files."""

    def __init__(self, out_dir: Path, part_size: int, first_part: int = 1) -> None:
        self.parts = out_dir / PARTS
        self.parts.mkdir(parents=True, exist_ok=True)
        self.part_size, self.number = part_size, first_part
        self.records: list[PoaRecord] = []
        self.errors: list[FileError] = []
        self.ledger: list[dict] = []

    def add(self, item: InputFile, output: Output, sha: str | None) -> None:
        if isinstance(output, FileError):
            self.errors.append(output)
        else:
            self.records.extend(output)
        self.ledger.append({"source": item.source, "sha256": sha})
        if len(self.ledger) >= self.part_size:
            self.flush()

    def flush(self) -> None:
        if not self.ledger and not self.errors:
            return
        write_part(self.parts, self.number, self.records, self.errors, self.ledger)
        self.number += 1
        self.records, self.errors, self.ledger = [], [], []


def write_part(parts: Path, number: int, records: list[PoaRecord], errors: list[FileError], ledger: list[dict]) -> Path:
    """Write one part folder atomically (a temporary folder renamed into place)."""
    from .tables import tables_from

    final = parts / f"part-{number:06d}"
    tmp = parts / f".tmp-{number:06d}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, table in tables_from(records, errors).items():
        pq.write_table(table, tmp / f"{name}.parquet", compression="zstd")
    pq.write_table(pa.Table.from_pylist(ledger, schema=LEDGER_SCHEMA), tmp / LEDGER)
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    return final


def _part_dirs(out_dir: Path) -> list[Path]:
    parts = out_dir / PARTS
    return sorted(p for p in parts.glob("part-*") if p.is_dir()) if parts.exists() else []


def finished(out_dir: Path) -> set[tuple[str, str | None]]:
    """(source, sha256) of every file already in the final tables or in a written part."""
    keys: set[tuple[str, str | None]] = set()
    for ledger in [out_dir / LEDGER, *(p / LEDGER for p in _part_dirs(out_dir))]:
        if ledger.exists():
            keys.update((row["source"], row["sha256"]) for row in pq.read_table(ledger).to_pylist())
    return keys


def compact(out_dir: Path, fmt: str = "parquet") -> dict[str, int]:
    """Assemble the final tables from the previous final tables and the parts, one part in memory at a time."""
    from .tables import SCHEMAS, write_jsonl

    parts = _part_dirs(out_dir)
    sources = ([out_dir] if (out_dir / LEDGER).exists() else []) + parts
    counts = {}
    for name, schema in {**SCHEMAS, LEDGER: LEDGER_SCHEMA}.items():
        filename = name if name == LEDGER else f"{name}.parquet"
        tmp = out_dir / f".{filename}.tmp"
        rows = 0
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for folder in sources:
                path = folder / filename
                if path.exists():
                    table = pq.read_table(path).cast(schema)
                    writer.write_table(table)
                    rows += table.num_rows
        os.replace(tmp, out_dir / filename)
        counts[name] = rows
    if fmt == "jsonl":
        write_jsonl(out_dir / "documents.parquet", out_dir / "documents.jsonl")
    shutil.rmtree(out_dir / PARTS, ignore_errors=True)
    return counts


# ---------------------------------------------------------------------------------------------- runs


def run_batch(
    paths: Sequence[str | Path],
    *,
    workers: int | None = None,
    options: ReadOptions | None = None,
    use_model: bool = True,
    progress: bool = False,
    timeout: float | None = 60.0,
    out_dir: str | Path | None = None,
    resume: bool = False,
    fmt: str = "parquet",
    part_size: int = 500,
    recycle_after: int = 2000,
) -> BatchResult:
    """Extract every input. Without ``out_dir`` records stay in memory; with it they stream to the folder.

    Results keep the input order, so the same inputs give identical tables.
    """
    started = time.perf_counter()
    result = BatchResult(out_dir=Path(out_dir) if out_dir else None)
    find_errors: list[FileError] = []
    items = list(iter_inputs(paths, find_errors))
    options = options or ReadOptions()
    writer = None
    if result.out_dir is not None:
        result.out_dir.mkdir(parents=True, exist_ok=True)
        if not resume:
            shutil.rmtree(result.out_dir / PARTS, ignore_errors=True)
            (result.out_dir / LEDGER).unlink(missing_ok=True)
        done = finished(result.out_dir) if resume else set()
        if done:
            done_sources = {source for source, _ in done}
            before = len(items)
            items = [i for i in items if i.source not in done_sources or (i.source, _safe_hash(i.path)) not in done]
            result.skipped = before - len(items)
        known = {source for source, _ in done}
        find_errors = [e for e in find_errors if e.source not in known]
        writer = PartWriter(result.out_dir, part_size, first_part=len(_part_dirs(result.out_dir)) + 1)
    workers = max(1, min(workers or os.cpu_count() or 1, len(items) or 1))
    bar = _Progress(len(items)) if progress else None
    pool = WorkerPool(workers, options, use_model, timeout, recycle_after) if workers > 1 else None
    outputs = pool.map(items) if pool else _in_process(items, options, use_model, timeout)
    try:
        for item, output, sha in outputs:
            _count(result, output)
            if writer is not None:
                writer.add(item, output, sha)
            elif isinstance(output, FileError):
                result.errors.append(output)
            else:
                result.records.extend(output)
            if bar:
                bar.step()
        for error in find_errors:
            result.errors_written += 1
            if writer is not None:
                writer.add(InputFile(Path(error.source), error.source), error, None)
            else:
                result.errors.append(error)
        if writer is not None:
            writer.flush()
            compact(result.out_dir, fmt)
    finally:
        if pool is not None:
            pool.close()
        if bar:
            bar.close()
    result.seconds = time.perf_counter() - started
    return result


def _count(result: BatchResult, output: Output) -> None:
    if isinstance(output, FileError):
        result.errors_written += 1
    else:
        result.documents_written += len(output)
        result.poas_found += sum(r.is_poa for r in output)


class _Progress:
    """A one-line progress bar on stderr (only drawn on a terminal)."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self.start = total, 0, time.perf_counter()
        self.live = sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.live and (self.done == self.total or self.done % 10 == 0):
            rate = self.done / max(time.perf_counter() - self.start, 1e-9)
            filled = int(30 * self.done / max(self.total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} {rate:.1f} docs/s")
            sys.stderr.flush()

    def close(self) -> None:
        if self.live:
            sys.stderr.write("\n")


__all__ = ["BatchResult", "InputFile", "WorkerPool", "compact", "iter_inputs", "process", "run_batch"]
