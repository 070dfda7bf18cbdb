"""Batches: find the input files, extract each in worker processes, keep every file accounted for."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from .ingest import ReadError, ReadOptions
from .types import FileError, PoaRecord


@dataclass(frozen=True)
class InputFile:
    path: Path
    source: str  # path relative to the input root it was found under, as given


@dataclass
class BatchResult:
    """Records and errors of a batch, and its tables as pandas DataFrames."""

    records: list[PoaRecord] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    seconds: float = 0.0

    def tables(self) -> dict[str, pd.DataFrame]:
        from .tables import tables_from

        return {name: table.to_pandas() for name, table in tables_from(self.records, self.errors).items()}

    @property
    def documents(self) -> pd.DataFrame:
        return self.tables()["documents"]


def _source_name(path: Path) -> str:
    return os.fsdecode(path).encode("utf-8", "replace").decode("utf-8")


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
                errors.append(
                    FileError(
                        _source_name(Path(exc.filename or root)),
                        "find",
                        f"folder cannot be listed ({exc.strerror or exc})",
                    )
                )

        for folder, dirs, files in os.walk(root, onerror=walk_error, followlinks=False):
            dirs.sort()
            for name in files:
                found.append(Path(folder) / name)
        for path in sorted(found):
            if path.is_symlink() and not path.exists():
                if errors is not None:
                    errors.append(
                        FileError(_source_name(Path(given) / path.relative_to(root)), "find", "broken symbolic link")
                    )
                continue
            yield InputFile(path, _source_name(Path(given) / path.relative_to(root)))


_WORKER: dict = {}


def _init_worker(options: ReadOptions, use_model: bool) -> None:
    from .nlp import load

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    _WORKER["options"] = options
    _WORKER["nlp"] = load(use_model=use_model)


def process(item: InputFile) -> list[PoaRecord] | FileError:
    """Extract one file; any failure becomes an errors row naming the file and the cause."""
    from .extract import extract_path

    try:
        return extract_path(item.path, source=item.source, options=_WORKER.get("options"), nlp=_WORKER.get("nlp"))
    except ReadError as exc:
        return FileError(item.source, exc.stage, exc.message)
    except MemoryError:
        return FileError(item.source, "extract", "ran out of memory while extracting")
    except OSError as exc:
        return FileError(item.source, "read", f"file cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a batch
        message = str(exc).splitlines()[0][:200] if str(exc) else ""
        return FileError(item.source, "extract", f"{type(exc).__name__}: {message}".rstrip(": "))


def run_batch(
    paths: Sequence[str | Path],
    *,
    workers: int | None = None,
    options: ReadOptions | None = None,
    use_model: bool = True,
    progress: bool = False,
) -> BatchResult:
    """Extract every input; results keep the input order, so the same inputs give identical tables."""
    started = time.perf_counter()
    result = BatchResult()
    items = list(iter_inputs(paths, result.errors))
    options = options or ReadOptions()
    workers = max(1, min(workers or os.cpu_count() or 1, len(items) or 1))
    bar = _Progress(len(items)) if progress else None
    if workers == 1:
        _init_worker(options, use_model)
        outputs: Iterator[list[PoaRecord] | FileError] = map(process, items)
        pool = None
    else:
        pool = get_context("fork" if sys.platform == "linux" else "spawn").Pool(
            workers, initializer=_init_worker, initargs=(options, use_model)
        )
        outputs = pool.imap(process, items, chunksize=4)
    try:
        for output in outputs:
            if isinstance(output, FileError):
                result.errors.append(output)
            else:
                result.records.extend(output)
            if bar:
                bar.step()
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if bar:
            bar.close()
    result.seconds = time.perf_counter() - started
    return result


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
