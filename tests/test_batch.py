"""Batches: streaming parts, resume after kill -9, per-file timeout, the Dask engine, hostile inputs."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.batch import PARTS, run_batch

from .conftest import GOLD_DIR, ROOT

DEV = GOLD_DIR / "dev"


def corpus(folder: Path, copies: int) -> list[Path]:
    """Distinct documents made from the dev exhibits (a numbered line keeps every file's hash unique)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = sorted(DEV.glob("*.txt"))
    made = []
    for n in range(copies):
        src = texts[n % len(texts)]
        path = folder / f"doc{n:04d}.txt"
        path.write_bytes(src.read_bytes() + f"\n{n}\n".encode())
        made.append(path)
    return made


def poa(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "extract", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        **kwargs,
    )


def test_streamed_parts_are_compacted_into_the_final_tables(tmp_path):
    files = corpus(tmp_path / "in", 23)
    result = run_batch([tmp_path / "in"], workers=2, out_dir=tmp_path / "out", part_size=5)
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pandas()
    assert len(docs) == len(files) == result.documents_written
    assert docs["source"].tolist() == sorted(docs["source"].tolist())  # input order
    assert not (tmp_path / "out" / PARTS).exists()
    assert pq.ParquetFile(tmp_path / "out" / "documents.parquet").metadata.num_row_groups >= 5


def test_kill_minus_9_then_resume_gives_every_document_exactly_once(tmp_path):
    files = corpus(tmp_path / "in", 80)
    out = tmp_path / "out"
    run = poa(str(tmp_path / "in"), "--out", str(out), "--workers", "2", "--part-size", "4", "--quiet")
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / PARTS).glob("part-*"))) < 2:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    assert not (out / "documents.parquet").exists()  # never a half-written final table
    parts_before = len(list((out / PARTS).glob("part-*")))
    assert parts_before >= 2
    again = poa(str(tmp_path / "in"), "--out", str(out), "--workers", "2", "--resume")
    stdout, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr
    assert "already done" in stdout
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    errors = pq.read_table(out / "errors.parquet").to_pandas()
    sources = docs["source"].tolist() + errors["source"].tolist()
    assert sorted(sources) == sorted(str(tmp_path / "in" / f.name) for f in files)
    assert len(set(sources)) == len(sources)


def test_recycled_workers_give_the_same_results(tmp_path):
    corpus(tmp_path / "in", 12)
    steady = run_batch([tmp_path / "in"], workers=2)
    recycled = run_batch([tmp_path / "in"], workers=2, recycle_after=2)
    assert [r.to_dict() for r in recycled.records] == [r.to_dict() for r in steady.records]


def test_a_file_past_its_timeout_becomes_an_error_and_the_batch_goes_on(tmp_path):
    corpus(tmp_path / "in", 4)
    result = run_batch([tmp_path / "in"], workers=2, timeout=0.0001)
    assert len(result.errors) == 4
    assert all("took longer than" in e.error for e in result.errors)
    result = run_batch([tmp_path / "in"], workers=2, timeout=60)
    assert len(result.records) == 4 and not result.errors


def test_dask_engine_gives_the_same_documents_table(tmp_path):
    pytest.importorskip("dask.distributed")
    from pipeline.dask_engine import run_dask

    corpus(tmp_path / "in", 30)
    run_batch([tmp_path / "in"], workers=2, out_dir=tmp_path / "local")
    result = run_dask([tmp_path / "in"], out_dir=tmp_path / "dask", workers=2, chunk_size=7)
    assert result.documents_written == 30
    for name in ("documents", "parties", "mentions", "errors"):
        local = pq.read_table(tmp_path / "local" / f"{name}.parquet")
        dask = pq.read_table(tmp_path / "dask" / f"{name}.parquet")
        assert dask.equals(local), name


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def test_hostile_folder_completes_with_every_file_accounted_for(tmp_path):
    bad = tmp_path / "hostile"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.txt").write_bytes(os.urandom(5000))
    (bad / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    (bad / "huge.png").write_bytes(_png_header(60000, 60000))
    laughs = "".join(f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" * 1 if i else "lol"}' for i in range(10))
    (bad / "laughs.htm").write_text(f'<?xml version="1.0"?><!DOCTYPE lolz [{laughs}]><p>&lol9;</p>')
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT-XYZ")
    (bad / "xxe.html").write_text(f'<!DOCTYPE p [<!ENTITY x SYSTEM "file://{secret}">]><html><p>a &x; b</p></html>')
    with (bad / "big.txt").open("wb") as handle:
        handle.truncate(60_000_000)
    os.symlink(bad, bad / "loop")
    (bad / os.fsdecode(b"caf\xe9-\xff.txt")).write_bytes(
        b"KNOW ALL BY THESE PRESENTS that the undersigned appoints Ann Lee."
    )
    (bad / "good.txt").write_bytes((DEV / "dev_000.txt").read_bytes())
    out = tmp_path / "out"
    run = poa(str(bad), "--out", str(out), "--workers", "2")
    stdout, stderr = run.communicate(timeout=300)
    assert run.returncode == 0, stderr
    assert "Traceback" not in stderr
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    errors = pq.read_table(out / "errors.parquet").to_pandas()
    names = {Path(s).name for s in docs["source"]} | {Path(s).name for s in errors["source"]}
    expected = {p.name for p in bad.iterdir() if p.name != "loop"} | {"loop"}
    expected = {n.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for n in expected}
    assert expected - {"loop"} <= names
    texts = pq.read_table(out / "texts.parquet").to_pandas()
    assert not texts["text"].str.contains("SECRET-CONTENT-XYZ").any()
    by_name = {Path(s).name: e for s, e in zip(errors["source"], errors["error"], strict=True)}
    assert "limit" in by_name["big.txt"]
    assert "pixel" in by_name["huge.png"] or "image" in by_name["huge.png"]
    assert all("\n" not in e for e in errors["error"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile", "out", "secret.txt"]
