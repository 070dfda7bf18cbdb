"""The review page: built from real batch output, rendered by a real headless Chromium, checked on its DOM."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.review import (
    boxed_documents,
    document_html,
    draw_boxes,
    embed_json,
    render_review,
    review_command,
    review_queue,
    segments,
    summary_counts,
)
from pipeline.tables import read_tables, tables_from, write_tables

from .conftest import SAMPLES

CIGNA_AGENTS = {"Nicole S. Jones", "Carol Ann Petren", "DanThu Thi Phan"}
HOSTILE = '</script><script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'"><!--'
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


@pytest.fixture(scope="session")
def chromium() -> str:
    """A headless-capable Chromium: the installed one, or Debian's ``chromium`` installed now (root + apt-get)."""
    found = _find_browser()
    if found:
        return found
    if not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")):
        pytest.skip("Chromium is not installed and cannot be installed here (needs root and apt-get): install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]
    done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:  # stale or missing package lists: refresh once and retry
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=300)
        done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=900)
    found = _find_browser()
    if done.returncode != 0 or not found:
        pytest.skip(f"Chromium could not be installed with apt-get: {done.stderr.strip()[-300:]}")
    return found


def _browser_args(chromium: str, profile: Path) -> list[str]:
    """Headless, sandbox-free (root in containers), and nothing fetched: no updates, sync or first-run."""
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",
    ]


def dump_dom(chromium: str, page: Path, fragment: str, tmp: Path) -> str:
    """The page's DOM after its JavaScript ran, as Chromium serialises it."""
    url = page.resolve().as_uri() + fragment
    run = subprocess.run(
        [*_browser_args(chromium, tmp / "profile"), "--dump-dom", url], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


class Marks(HTMLParser):
    """Collects the highlight <mark> elements (their attributes and text) and the document-list rows."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self.rows = 0
        self.images = 0
        self.body: dict = {}
        self.errors_hidden = False
        self._open: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            self._open = {**a, "text": ""}
            self.marks.append(self._open)
        elif tag == "tr" and "data-doc" in a:
            self.rows += 1
        elif tag == "img":
            self.images += 1
        elif tag == "body":
            self.body = a
        elif tag == "pre" and a.get("id") == "js-errors":
            self.errors_hidden = "hidden" in a

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def texts(self, field: str) -> set[str]:
        return {m["text"] for m in self.marks if field in m.get("data-fields", "").split()}


def parse(dom: str) -> Marks:
    marks = Marks()
    marks.feed(dom)
    return marks


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/samples extracted into Parquet tables, as ``poa extract`` writes them."""
    out = tmp_path_factory.mktemp("sample_out")
    result = run_batch([SAMPLES], workers=2)
    write_tables(tables_from(result.records, result.errors), out)
    return out


@pytest.fixture(scope="module")
def sample_page(sample_out: Path) -> Path:
    return render_review(sample_out, sample_out / "review.html")


def _cigna_id(out: Path) -> str:
    docs = read_tables(out)["documents"]
    return docs.loc[docs["source"].str.endswith("dev_000.txt"), "doc_id"].iloc[0]


def test_segments_cut_nested_and_overlapping_spans() -> None:
    text = "Jane Roe, Chief Executive Officer"
    pieces = segments(text, [(0, 33), (0, 8), (20, 99), (10, 15), (10, 15)])
    assert "".join(p for p, _, _ in pieces) == text
    assert pieces[0] == ("Jane Roe", [1, 0], [1])  # innermost first; span 1 ends here
    assert pieces[-1] == (" Executive Officer", [0], [0])  # the out-of-range span (20, 99) is left out
    assert [c for p, c, _ in pieces if p == "Chief"] == [[3, 4, 0]]


def test_embedded_json_cannot_close_the_script() -> None:
    text = embed_json({"t": HOSTILE + "&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": HOSTILE + "&"}


def test_page_is_self_contained(sample_page: Path) -> None:
    page = sample_page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(link|img|iframe)\b|<script[^>]+src=|@import|url\(", page)
    data = re.search(r'<script type="application/json" id="poa-data">(.*?)</script>', page, re.S)
    assert data and "</" not in data.group(1)
    loaded = json.loads(data.group(1))
    n_docs = len(read_tables(sample_page.parent)["documents"])
    assert len(loaded["documents"]) == n_docs and set(loaded["texts"]) == {d["doc_id"] for d in loaded["documents"]}


def test_review_command(sample_out: Path, tmp_path: Path) -> None:
    assert review_command(str(sample_out), str(tmp_path / "r" / "report.html")) == 0
    assert (tmp_path / "r" / "report.html").stat().st_size > 10_000
    assert review_command(str(tmp_path / "empty"), str(tmp_path / "x.html")) == 2


def test_cigna_letter_highlights_in_chromium(
    chromium: str, sample_page: Path, sample_out: Path, tmp_path: Path
) -> None:
    dom = parse(dump_dom(chromium, sample_page, f"#doc={_cigna_id(sample_out)}", tmp_path))
    assert dom.body.get("data-ready") == "1" and dom.errors_hidden, "the page's script did not finish"
    assert dom.rows == len(read_tables(sample_out)["documents"])
    mentions = read_tables(sample_out)["mentions"]
    cigna = mentions[mentions["doc_id"] == _cigna_id(sample_out)]
    assert dom.texts("agent") == CIGNA_AGENTS
    grantors = set(cigna.loc[cigna["field"] == "grantor", "text"])
    assert grantors and dom.texts("grantor") == grantors
    assert {"3", "4", "5", "144"} <= dom.texts("forms")
    assert "Securities Act of 1933" in dom.texts("statutes")
    agent_marks = [m for m in dom.marks if m.get("data-field") == "agent"]
    assert all("#7aecec" in m["style"] or "122, 236, 236" in m["style"] for m in agent_marks)
    assert all("agent: " in m["data-tip"] and "confidence" in m["data-tip"] for m in agent_marks)
    assert any(m.get("data-label") == "agent" for m in agent_marks)


def test_screenshot_shows_the_page(chromium: str, sample_page: Path, sample_out: Path, tmp_path: Path) -> None:
    from PIL import Image

    png = tmp_path / "review.png"
    url = sample_page.resolve().as_uri() + f"#doc={_cigna_id(sample_out)}"
    args = [*_browser_args(chromium, tmp_path / "profile"), "--window-size=1280,1600", f"--screenshot={png}", url]
    run = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and png.exists(), run.stderr[-2000:]
    with Image.open(png) as img:
        assert img.size == (1280, 1600)
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000) or []
    agent_rgb = (0x7A, 0xEC, 0xEC)
    assert len(colours) > 50 and any(rgb == agent_rgb and n > 200 for n, rgb in colours)


@pytest.fixture(scope="module")
def odd_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hostile text exhibit, a missing input and (with reportlab) a text PDF, extracted into tables."""
    folder = tmp_path_factory.mktemp("odd_in")
    (folder / "hostile.txt").write_text(
        "POWER OF ATTORNEY\n\nKnow all by these presents that the undersigned hereby constitutes and appoints "
        f"Jane Doe {HOSTILE} as attorney-in-fact to execute Forms 3, 4 and 5.\n\n/s/ John Q. Public\n"
        "Date: March 3, 2011\n",
        encoding="utf-8",
    )
    try:
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfgen.canvas import Canvas

        canvas = Canvas(str(folder / "letter.pdf"), pagesize=letter)
        lines = [
            "POWER OF ATTORNEY",
            "Know all by these presents, that the undersigned hereby constitutes and appoints",
            "Laura Chen and Omar Haddad, signing singly, as the undersigned's true and lawful attorney-in-fact",
            "to execute Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934.",
            "Dated: May 2, 2019",
            "/s/ Margaret Ellison",
        ]
        for i, line in enumerate(lines):
            canvas.drawString(72, 700 - 18 * i, line)
        canvas.save()
    except ImportError:
        pass
    out = tmp_path_factory.mktemp("odd_out")
    result = run_batch([folder, folder / "not-there.txt"], workers=1)
    write_tables(tables_from(result.records, result.errors), out)
    return out


def test_hostile_text_stays_text(chromium: str, odd_out: Path, tmp_path: Path) -> None:
    page = render_review(odd_out, tmp_path / "odd.html")
    docs = read_tables(odd_out)["documents"]
    hostile = docs.loc[docs["source"].str.endswith("hostile.txt"), "doc_id"].iloc[0]
    dump = dump_dom(chromium, page, f"#doc={hostile}", tmp_path)
    dom = parse(dump)
    assert dom.body.get("data-ready") == "1" and dom.errors_hidden
    assert dom.images == 0 and "pwned" not in re.search(r"<title>(.*?)</title>", dump, re.S).group(1)
    assert "&lt;/script&gt;&lt;script&gt;document.title" in dump  # shown as text, escaped by the browser
    assert "input path does not exist" in dump  # the errors table is shown
    assert {"3", "4", "5"} <= dom.texts("forms")  # the hostile document is the one shown, highlighted


def test_pdf_boxes_are_drawn(odd_out: Path) -> None:
    pytest.importorskip("reportlab", reason="reportlab makes the test PDF")
    tables = read_tables(odd_out)
    boxed = boxed_documents(tables)
    assert len(boxed) == 1
    img = draw_boxes(tables, boxed[0], resolution=72)
    assert img.size == (612, 792)
    colours = {rgb for _, rgb in img.getcolors(maxcolors=1_000_000) or []}
    assert (0x0F, 0x9D, 0x9D) in colours  # an agent's box
    assert "page 1 box" in document_html(tables, boxed[0])


def test_review_helpers_on_samples(sample_out: Path) -> None:
    tables = read_tables(sample_out)
    queue = review_queue(tables, threshold=1.01)  # every mention counts as low: the mechanism, not the model
    assert set(queue.columns) >= {"source", "reasons"} and queue["reasons"].str.len().min() > 0
    assert queue["reasons"].str.contains("low confidence").any()
    counts = summary_counts(tables["documents"])
    assert counts["forms"]["4"] >= 2 and counts["agents_per_poa"].sum() == tables["documents"]["is_poa"].sum()
    assert 0 < counts["field_coverage"]["agents"] <= 1
    fragment = document_html(tables, "dev_000.txt")
    assert fragment.count("<mark") >= 10 and "DanThu Thi Phan" in fragment


PROBE = """<script>
const set = (id, value) => {
  const node = document.getElementById(id);
  node.value = value;
  node.dispatchEvent(new Event("input"));
};
const rows = () => document.querySelectorAll("#docs tbody tr").length;
const seen = {};
set("f-field", "company"); set("f-presence", "missing"); seen.no_company = rows();
set("f-presence", "present"); seen.company = rows(); set("f-field", "");
set("f-kind", "section16"); seen.section16 = rows(); set("f-kind", "");
set("f-poa", "false"); seen.not_poa = rows(); set("f-poa", "");
set("f-threshold", "0.85"); set("f-conf", "below"); seen.below = rows(); set("f-conf", "");
set("f-search", "cigna"); seen.search = rows(); set("f-search", "");
document.querySelectorAll("#docs tbody tr")[1].click();
seen.clicked = document.querySelector("#detail h2").textContent;
seen.hash = decodeURIComponent(location.hash);
const probe = document.createElement("pre");
probe.id = "probe";
probe.textContent = JSON.stringify(seen);
document.body.append(probe);
</script>"""


def test_filters_and_clicks_in_chromium(chromium: str, sample_page: Path, sample_out: Path, tmp_path: Path) -> None:
    """The page's own controls, driven by a script added to a copy of the page."""
    page = tmp_path / "probe.html"
    page.write_text(sample_page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dump = dump_dom(chromium, page, "", tmp_path)
    seen = json.loads(html.unescape(re.search(r'<pre id="probe">(.*?)</pre>', dump, re.S).group(1)))
    tables = read_tables(sample_out)
    docs = tables["documents"]
    low = tables["mentions"].groupby("doc_id")["confidence"].min() < 0.85
    assert seen["no_company"] == docs["company"].isna().sum() and seen["company"] == docs["company"].notna().sum()
    assert seen["section16"] == (docs["kind"] == "section16").sum()
    assert seen["not_poa"] == (~docs["is_poa"]).sum()
    assert seen["below"] == docs["doc_id"].map(low).fillna(False).sum()
    assert seen["search"] == 1
    assert seen["clicked"] == docs["source"].iloc[1] and seen["hash"] == f"#doc={docs['doc_id'].iloc[1]}"
