"""The CLI end to end on data/samples and on a folder of bad inputs; the library API."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.tables import SCHEMAS

from .conftest import GOLD_DIR, SAMPLES


def poa(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    done = poa("extract", str(SAMPLES), "--out", str(out), "--format", "jsonl", "--workers", "2")
    assert done.returncode == 0, done.stderr
    return out, done.stdout


def test_summary_and_tables_written(sample_out):
    out, stdout = sample_out
    assert "documents" in stdout and "POAs found" in stdout and "docs/s" in stdout and str(out) in stdout
    for name, schema in SCHEMAS.items():
        table = pq.read_table(out / f"{name}.parquet")
        assert table.schema.equals(schema), name
    assert (out / "documents.jsonl").exists()


def test_every_sample_is_accounted_for(sample_out):
    out, _ = sample_out
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    errors = pq.read_table(out / "errors.parquet").to_pandas()
    files = sorted(p for p in SAMPLES.rglob("*") if p.is_file())
    assert len(docs) + len(errors) == len(files)
    assert docs["doc_id"].str.fullmatch(r"[0-9a-f]{64}").all()


def test_cigna_letter_values_and_evidence(sample_out):
    out, _ = sample_out
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    row = docs[docs["source"].str.endswith("dev_000.txt")].iloc[0]
    assert row["is_poa"] and row["kind"] == "section16"
    assert list(row["agents"]) == ["Nicole S. Jones", "Carol Ann Petren", "DanThu Thi Phan"]
    assert list(row["forms"]) == ["3", "4", "5", "144"]
    assert str(row["execution_date"]) == "2006-10-09"
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    texts = pq.read_table(out / "texts.parquet").to_pandas().set_index("doc_id")["text"]
    mine = mentions[mentions["doc_id"] == row["doc_id"]]
    assert {"agent", "grantor", "company", "forms", "statutes", "execution_date"} <= set(mine["field"])
    for m in mine.itertuples():
        assert texts[m.doc_id][m.start : m.end] == m.text  # evidence offsets point into the kept text


def test_parties_table_matches_documents(sample_out):
    out, _ = sample_out
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    parties = pq.read_table(out / "parties.parquet").to_pandas()
    for row in docs.itertuples():
        agents = parties[(parties.doc_id == row.doc_id) & (parties.role == "agent")]["name"].tolist()
        assert agents == list(row.agents)


def test_samples_score_against_their_gold(sample_out):
    out, _ = sample_out
    done = poa("evaluate", str(GOLD_DIR / "samples.jsonl"), str(out / "documents.jsonl"))
    assert done.returncode == 0
    core = float(done.stdout.split("core F1 (macro over * fields)")[1].split()[0])
    assert core >= 0.9


def test_same_input_gives_identical_tables(sample_out, tmp_path):
    out, _ = sample_out
    assert poa("extract", str(SAMPLES), "--out", str(tmp_path), "--workers", "1", "--quiet").returncode == 0
    for name in ("documents", "parties", "mentions", "errors"):
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(out / f"{name}.parquet")), name


def test_bad_files_become_error_rows_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLES / "dev_000.txt", inputs / "good.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "junk.txt").write_bytes(bytes(range(256)) * 50)
    (inputs / "nobody.html").write_bytes(b"<html><head><title>t</title></head></html>")
    (inputs / "letter.docx").write_bytes(b"PK\x03\x04 not really")
    (inputs / "notes.json").write_text(json.dumps({"a": 1}))
    out = tmp_path / "out"
    done = poa("extract", str(inputs), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    errors = pq.read_table(out / "errors.parquet").to_pandas()
    assert docs["source"].str.endswith("good.txt").tolist() == [True]
    by_name = {Path(s).name: e for s, e in zip(errors["source"], errors["error"], strict=True)}
    assert set(by_name) == {"empty.txt", "junk.txt", "nobody.html", "letter.docx", "notes.json"}
    assert "empty" in by_name["empty.txt"]
    assert "binary" in by_name["junk.txt"]
    assert by_name["letter.docx"] == "unsupported file type .docx"
    assert all("\n" not in e for e in by_name.values())


def test_library_api(tmp_path):
    import pipeline

    record = pipeline.extract_file(SAMPLES / "dev_000.txt")
    assert record.to_dict()["company"] == "CIGNA Corporation"
    result = pipeline.extract_folder(SAMPLES, workers=1)
    tables = result.tables()
    assert set(tables) >= {"documents", "parties", "mentions", "errors", "texts"}
    assert len(tables["documents"]) == len(result.records)
    nlp = pipeline.load()
    doc = next(nlp.pipe(["KNOW ALL BY THESE PRESENTS that the undersigned appoints Ann Lee as attorney-in-fact."]))
    assert [a.name for a in doc._.poa.parties.agents] == ["Ann Lee"]
