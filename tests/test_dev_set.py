"""The seed letter exact, and the score bar on the dev set as text and as HTML."""

from __future__ import annotations

import json

import pytest

from pipeline.batch import run_batch
from pipeline.evaluate import evaluate, load_gold
from pipeline.tables import tables_from

from .conftest import GOLD_DIR
from .tools.html_render import text_to_html

DEV = GOLD_DIR / "dev"


def predictions(folder) -> dict[str, dict]:
    result = run_batch([folder], workers=2)
    assert not result.errors, result.errors
    rows = tables_from(result.records, []).get("documents").to_pylist()
    return {row["source"].rsplit("/", 1)[-1].split(".")[0]: row for row in rows}


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD_DIR / "dev.jsonl")


@pytest.fixture(scope="module")
def text_report(gold):
    return evaluate(gold, predictions(DEV))


def test_seed_letter_is_exact(extract):
    gold = json.loads((GOLD_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record = extract((DEV / "dev_000.txt").read_text(encoding="utf-8")).to_dict()
    assert record["is_poa"] == gold["is_poa"] and record["kind"] == gold["kind"]
    assert [{"name": g["name"].title(), "title": g["title"]} for g in record["grantors"]] == gold["grantors"]
    for field in ("company", "company_state", "agents", "forms", "statutes", "rules"):
        assert record[field] == gold[field], field
    assert record["execution_date"].isoformat() == gold["execution_date"]
    assert record["expiration_date"] is None


def test_dev_text_core_f1(text_report):
    print(text_report.table())
    assert text_report.core_f1 >= 0.90
    assert text_report.exact_share >= 0.75


def test_dev_html_scores_like_text(gold, text_report, tmp_path):
    for path in sorted(DEV.glob("*.txt")):
        html = text_to_html(path.read_text(encoding="utf-8", errors="replace"))
        (tmp_path / f"{path.stem}.htm").write_text(html, encoding="utf-8")
    html_report = evaluate(gold, predictions(tmp_path))
    assert abs(html_report.core_f1 - text_report.core_f1) <= 0.01


def test_dev_text_pdfs_score_like_text(gold, text_report, tmp_path):
    from pipeline.scans import render_text_pdf

    for path in sorted(DEV.glob("*.txt")):
        render_text_pdf(path.read_text(encoding="utf-8", errors="replace"), tmp_path / f"{path.stem}.pdf")
    pdf_report = evaluate(gold, predictions(tmp_path))
    assert abs(pdf_report.core_f1 - text_report.core_f1) <= 0.01


def test_dev_scans_score_close_to_text(gold, tmp_path):
    """Degraded scans (200 dpi, rotation, blur, speckle, JPEG) of a spread of dev exhibits, OCRed by tesseract."""
    from pipeline.scans import render_scan, save_scan

    chosen = sorted(DEV.glob("*.txt"))[::7]
    ids = {p.stem for p in chosen}
    subset = [g for g in gold if g["id"] in ids]
    (tmp_path / "txt").mkdir()
    (tmp_path / "scan").mkdir()
    for n, path in enumerate(chosen):
        text = path.read_text(encoding="utf-8", errors="replace")
        (tmp_path / "txt" / path.name).write_text(text, encoding="utf-8")
        pages = render_scan(text, dpi=200, rotate_deg=1.0 - n * 0.3, blur=0.6, speckle=0.01, jpeg_quality=55, seed=n)
        suffix = [".png", ".jpg", ".pdf"][n % 3] if len(pages) == 1 else [".tif", ".pdf"][n % 2]
        save_scan(pages, tmp_path / "scan" / f"{path.stem}{suffix}")
    text_score = evaluate(subset, predictions(tmp_path / "txt")).core_f1
    scan_score = evaluate(subset, predictions(tmp_path / "scan")).core_f1
    assert scan_score >= text_score - 0.04
