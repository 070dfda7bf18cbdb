"""Records -> tables: documents, parties, mentions, texts and errors as pandas DataFrames and Parquet files."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .types import FileError, PoaRecord

GRANTOR = pa.struct([("name", pa.string()), ("title", pa.string())])
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", pa.string()),
            ("source", pa.string()),
            ("text_source", pa.string()),
            ("n_chars", pa.int64()),
            ("pages", pa.int32()),
            ("ocr_confidence", pa.float64()),
            ("is_poa", pa.bool_()),
            ("kind", pa.string()),
            ("grantors", pa.list_(GRANTOR)),
            ("company", pa.string()),
            ("company_state", pa.string()),
            ("agents", pa.list_(pa.string())),
            ("forms", pa.list_(pa.string())),
            ("statutes", pa.list_(pa.string())),
            ("rules", pa.list_(pa.string())),
            ("execution_date", pa.date32()),
            ("expiration_date", pa.date32()),
            ("truncated", pa.bool_()),
            ("pipeline_version", pa.string()),
            ("model_version", pa.string()),
            ("accession_number", pa.string()),
            ("submission_type", pa.string()),
            ("filing_date", pa.date32()),
            ("member_sequence", pa.int32()),
            ("member_filename", pa.string()),
            ("member_type", pa.string()),
            ("issuer_name", pa.string()),
            ("issuer_cik", pa.string()),
            ("reporting_owners", pa.list_(pa.struct([("name", pa.string()), ("cik", pa.string())]))),
            ("checks", pa.list_(pa.string())),
        ]
    ),
    "parties": pa.schema(
        [
            ("doc_id", pa.string()),
            ("role", pa.string()),
            ("name", pa.string()),
            ("title", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("method", pa.string()),
            ("confidence", pa.float64()),
        ]
    ),
    "mentions": pa.schema(
        [
            ("doc_id", pa.string()),
            ("field", pa.string()),
            ("value", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("method", pa.string()),
            ("confidence", pa.float64()),
            ("page", pa.int32()),
            ("x0", pa.float64()),
            ("top", pa.float64()),
            ("x1", pa.float64()),
            ("bottom", pa.float64()),
        ]
    ),
    "texts": pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("text", pa.string())]),
    "errors": pa.schema([("source", pa.string()), ("stage", pa.string()), ("error", pa.string())]),
}


def safe_str(value: str | None) -> str | None:
    """Parquet strings must be valid UTF-8: lone surrogates (from undecodable file names) are replaced."""
    if value is None:
        return None
    return value.encode("utf-8", "replace").decode("utf-8")


def rows_for(record: PoaRecord) -> dict[str, list[dict]]:
    """One record's rows for every table."""
    doc = record.to_dict()
    doc["source"] = safe_str(doc["source"])
    parties = [{"doc_id": record.doc_id, **asdict(p)} for p in record.parties()]
    mentions = [{"doc_id": record.doc_id, **m} for m in record.evidence()]
    return {
        "documents": [doc],
        "parties": parties,
        "mentions": mentions,
        "texts": [{"doc_id": record.doc_id, "source": safe_str(record.source), "text": safe_str(record.text)}],
    }


def error_rows(errors: Iterable[FileError]) -> list[dict]:
    return [{"source": safe_str(e.source), "stage": e.stage, "error": safe_str(e.error)} for e in errors]


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    schema = SCHEMAS[name]
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.Table.from_pydict(columns, schema=schema)


def tables_from(records: Iterable[PoaRecord], errors: Iterable[FileError]) -> dict[str, pa.Table]:
    """All tables of a batch, in the order the records come."""
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for record in records:
        for name, part in rows_for(record).items():
            rows[name].extend(part)
    rows["errors"] = error_rows(errors)
    return {name: to_arrow(name, part) for name, part in rows.items()}


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write Parquet to a temporary file and rename it: never a half-written table."""
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_tables(tables: dict[str, pa.Table], out_dir: str | Path, fmt: str = "parquet") -> dict[str, Path]:
    """Write every table as DIR/<name>.parquet (and documents.jsonl with ``fmt='jsonl'``)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, table in tables.items():
        path = out / f"{name}.parquet"
        write_atomic(table, path)
        written[name] = path
    if fmt == "jsonl":
        written["documents_jsonl"] = write_jsonl(written["documents"], out / "documents.jsonl")
    return written


def write_jsonl(parquet_path: Path, path: Path) -> Path:
    """documents.jsonl beside documents.parquet: one JSON object a line, same names, streamed by row group."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for batch in pq.ParquetFile(parquet_path).iter_batches(batch_size=2000):
            for row in batch.to_pylist():
                handle.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def read_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Load a batch's tables back as DataFrames (list columns as Python lists)."""
    out = Path(out_dir)
    return {
        name: pq.read_table(out / f"{name}.parquet").to_pandas()
        for name in SCHEMAS
        if (out / f"{name}.parquet").exists()
    }
