"""notebooks/explore.ipynb runs top to bottom in a real Jupyter kernel (the venv's Python) and draws figures."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel", reason="the notebook runs in an ipykernel kernel")
pytest.importorskip("matplotlib")

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
BUDGET_S = 120


def test_explore_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Executes a working copy with cwd at the repo root; its tables go to tmp_path, not out/."""
    copy = tmp_path / NOTEBOOK.name
    shutil.copy(NOTEBOOK, copy)
    nb = nbformat.read(copy, as_version=4)
    # One extra cell, in the copy only: which Python environment the kernel runs in.
    nb.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.prefix)"))
    monkeypatch.setenv("POA_NOTEBOOK_OUT", str(tmp_path / "out"))
    client = nbclient.NotebookClient(nb, timeout=90, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}})
    started = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - started
    nbformat.write(nb, copy)  # the executed copy, for a look when this fails

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    errors = [f"{o.get('ename')}: {o.get('evalue')}" for o in outputs if o.get("output_type") == "error"]
    assert not errors, errors
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, "no figure was drawn"
    assert (tmp_path / "out" / "documents.parquet").exists() and (tmp_path / "out" / "review.html").exists()
    html = "".join(o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {}))
    assert "Nicole S. Jones" in html and "<mark" in html  # the evidence view of the CIGNA letter
    stdout = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "no scanned document in this batch" in stdout or len(images) >= 2  # boxes drawn when there are scans
    assert Path(stdout.strip().splitlines()[-1]) == Path(sys.prefix), "the kernel is not this environment's Python"
    assert seconds < BUDGET_S, f"notebook took {seconds:.0f} s"
