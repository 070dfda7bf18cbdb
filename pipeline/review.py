"""Review a batch's output: a self-contained HTML page, and the helpers the exploration notebook uses.

``render_review(out_dir, html_path)`` writes one HTML file (inline CSS and JavaScript, no network) listing
every document with its fields, with filters, and each document's text with every extracted value
highlighted by field, displaCy-style. The data is embedded as JSON and put into the page with DOM text
nodes only, so document text (untrusted) can never become markup. The other helpers (``highlight_html``,
``document_html``, ``summary_counts``, ``review_queue``, ``draw_boxes``) serve ``notebooks/explore.ipynb``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .tables import read_tables

if TYPE_CHECKING:
    from PIL import Image

# Mention fields in legend order, with displaCy-like pastel colours; unknown fields get OTHER_COLOUR.
FIELD_COLOURS: dict[str, str] = {
    "grantor": "#aa9cfc",
    "grantor_title": "#f2c6ec",
    "agent": "#7aecec",
    "company": "#feca74",
    "company_state": "#ffeb80",
    "forms": "#bfeeb7",
    "statutes": "#9cc9f5",
    "rules": "#d9e38f",
    "execution_date": "#bfe1d9",
    "expiration_date": "#ff9561",
}
OTHER_COLOUR = "#dddddd"
# Stronger shades of the same hues for boxes drawn on page images (pastels vanish on white paper).
BOX_COLOURS: dict[str, str] = {
    "grantor": "#6a4cf0",
    "grantor_title": "#c04bb0",
    "agent": "#0f9d9d",
    "company": "#e08a00",
    "company_state": "#b59a00",
    "forms": "#2e9e2e",
    "statutes": "#2a6fc9",
    "rules": "#7f8f00",
    "execution_date": "#2f8f77",
    "expiration_date": "#e0451b",
}
# Document-level fields a POA may have or lack (filters, coverage plot, review queue).
DOC_FIELDS = (
    "grantors",
    "grantor_titles",
    "company",
    "company_state",
    "agents",
    "forms",
    "statutes",
    "rules",
    "execution_date",
    "expiration_date",
)
REQUIRED_FIELDS = ("grantors", "agents", "execution_date")
LOW_CONFIDENCE = 0.8


# ---------------------------------------------------------------------------------------------------------
# Plain values out of pandas rows
# ---------------------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A pandas/numpy/Arrow cell as plain JSON-able Python: None for NaN/NaT/NA, lists, ISO dates."""
    if value is None:
        return None
    if isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (dt.date, dt.datetime, pd.Timestamp)):
        return None if pd.isna(value) else value.isoformat()[:10]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):  # numpy arrays and scalars
        return plain(value.tolist())
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def as_list(value: Any) -> list:
    """A list cell (list, numpy array or missing) as a Python list."""
    value = plain(value)
    return value if isinstance(value, list) else []


def present_fields(doc: dict[str, Any]) -> list[str]:
    """The DOC_FIELDS (and ``checks``) a documents row has a value for."""
    found = []
    grantors = as_list(doc.get("grantors"))
    for name in DOC_FIELDS:
        if name == "grantor_titles":
            has = any(isinstance(g, dict) and g.get("title") for g in grantors)
        else:
            value = plain(doc.get(name))
            has = bool(value) if isinstance(value, list) else value not in (None, "")
        if has:
            found.append(name)
    if as_list(doc.get("checks")):
        found.append("checks")
    return found


def find_document(tables: dict[str, pd.DataFrame], key: str) -> dict[str, Any]:
    """The documents row whose doc_id, source, or source's file name is ``key`` (first match)."""
    docs = tables["documents"]
    for column in ("doc_id", "source"):
        hit = docs[docs[column] == key]
        if len(hit):
            return {k: plain(v) for k, v in hit.iloc[0].items()}
    hit = docs[docs["source"].map(lambda s: Path(str(s)).name == key)]
    if len(hit):
        return {k: plain(v) for k, v in hit.iloc[0].items()}
    raise KeyError(f"no document with doc_id or source {key!r}")


def doc_mentions(tables: dict[str, pd.DataFrame], doc_id: str) -> pd.DataFrame:
    """One document's mentions, duplicates dropped (a file given twice repeats its rows), in text order."""
    mentions = tables.get("mentions")
    if mentions is None or mentions.empty:
        return pd.DataFrame(columns=["field", "value", "text", "start", "end", "method", "confidence", "page"])
    return _tidy(mentions[mentions["doc_id"] == doc_id])


def _tidy(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions without repeats, in text order (outer spans before the spans they contain)."""
    rows = mentions.drop_duplicates(["doc_id", "field", "value", "start", "end"])
    return rows.sort_values(["start", "end"], ascending=[True, False], kind="stable").reset_index(drop=True)


def mentions_by_doc(tables: dict[str, pd.DataFrame]) -> dict[str, list[dict[str, Any]]]:
    """Every document's mentions as plain dicts, in one pass over the table (fast for big batches)."""
    mentions = tables.get("mentions")
    if mentions is None or mentions.empty:
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    for record in _tidy(mentions).to_dict("records"):
        doc_id = record.pop("doc_id")
        out.setdefault(doc_id, []).append({k: plain(v) for k, v in record.items()})
    return out


def doc_text(tables: dict[str, pd.DataFrame], doc_id: str) -> str | None:
    """The extracted text every offset of ``doc_id`` points into (None when texts.parquet lacks it)."""
    texts = tables.get("texts")
    if texts is None or texts.empty:
        return None
    hit = texts[texts["doc_id"] == doc_id]
    return None if hit.empty else plain(hit.iloc[0]["text"])


# ---------------------------------------------------------------------------------------------------------
# Highlighting: cut the text at every span boundary, so nested and overlapping mentions both show
# ---------------------------------------------------------------------------------------------------------


def segments(text: str, spans: Sequence[tuple[Any, Any]]) -> list[tuple[str, list[int], list[int]]]:
    """Pieces of ``text`` cut at every span boundary: (piece, spans covering it innermost first, spans ending).

    Spans with missing or out-of-range offsets are left out, so bad evidence never breaks a page.
    """
    n = len(text)
    valid = {}
    for i, (start, end) in enumerate(spans):
        start, end = plain(start), plain(end)
        if isinstance(start, (int, float)) and isinstance(end, (int, float)) and 0 <= start < end <= n:
            valid[i] = (int(start), int(end))
    bounds = sorted({0, n, *(s for s, _ in valid.values()), *(e for _, e in valid.values())})
    starts: dict[int, list[int]] = {}
    for i, (s, _) in valid.items():
        starts.setdefault(s, []).append(i)
    active: list[int] = []
    out: list[tuple[str, list[int], list[int]]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [i for i in active if valid[i][1] > a] + starts.get(a, [])
        if not active and out and not out[-1][1]:  # merge consecutive plain pieces
            out[-1] = (out[-1][0] + text[a:b], [], [])
            continue
        cover = sorted(active, key=lambda i: (valid[i][1] - valid[i][0], i))
        out.append((text[a:b], cover, [i for i in cover if valid[i][1] == b]))
    return out


def _colour(field: str) -> str:
    return FIELD_COLOURS.get(field, OTHER_COLOUR)


def _tip(m: dict[str, Any]) -> str:
    """Tooltip line of one mention: field, value, confidence, method, page and box when known."""
    conf = m.get("confidence")
    line = f"{m.get('field')}: {m.get('value')} (confidence {'?' if conf is None else f'{conf:.2f}'}, {m.get('method')}"
    if m.get("page") is not None and m.get("x0") is not None:
        line += f", page {m['page']} box {m['x0']:.0f},{m['top']:.0f}-{m['x1']:.0f},{m['bottom']:.0f}"
    return line + ")"


def legend_html(fields: Iterable[str] | None = None) -> str:
    """The colour legend as an HTML fragment (inline styles, for notebooks)."""
    names = list(fields) if fields is not None else list(FIELD_COLOURS)
    chips = "".join(
        f'<span style="background:{_colour(f)};padding:2px 6px;margin:2px;border-radius:4px;'
        f'font:600 11px sans-serif;display:inline-block">{html.escape(f)}</span>'
        for f in names
    )
    return f'<div style="margin:4px 0">{chips}</div>'


def highlight_html(text: str, mentions: pd.DataFrame | Sequence[dict[str, Any]], threshold: float = 0.0) -> str:
    """``text`` as HTML with every mention marked in its field's colour, labelled where it ends (displaCy-style).

    Everything from the document is escaped; inline styles only, so the fragment renders in any notebook.
    Mentions under ``threshold`` confidence get a red dashed outline.
    """
    rows = mentions.to_dict("records") if isinstance(mentions, pd.DataFrame) else list(mentions)
    rows = [{k: plain(v) for k, v in r.items()} for r in rows]
    parts = []
    for piece, cover, ending in segments(text, [(r.get("start"), r.get("end")) for r in rows]):
        if not cover:
            parts.append(html.escape(piece))
            continue
        inner, outer = rows[cover[0]], rows[cover[-1]]
        low = any((rows[i].get("confidence") or 0) < threshold for i in cover)
        style = f"background:{_colour(inner['field'])};padding:1px 2px;border-radius:3px;line-height:2.2"
        if len(cover) > 1:
            style += f";box-shadow:inset 0 -3px 0 {_colour(outer['field'])}"
        if low:
            style += ";outline:2px dashed #d00"
        labels = "".join(
            '<span style="font:600 9px sans-serif;text-transform:uppercase;margin-left:4px;'
            f'vertical-align:middle">{html.escape(str(rows[i]["field"]))}</span>'
            for i in ending
        )
        tip = html.escape("\n".join(_tip(rows[i]) for i in cover), quote=True)
        parts.append(f'<mark style="{style}" title="{tip}">{html.escape(piece)}{labels}</mark>')
    return (
        "<div style=\"white-space:pre-wrap;font:13px/2.2 ui-monospace,'DejaVu Sans Mono',monospace;"
        'border:1px solid #ddd;padding:8px;max-height:600px;overflow:auto">' + "".join(parts) + "</div>"
    )


def _fields_summary(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) pairs of a documents row's fields, for the notebook view of one document."""
    grantors = "; ".join(
        f"{g.get('name')} ({g.get('title')})" if g.get("title") else str(g.get("name"))
        for g in as_list(doc.get("grantors"))
    )
    company = doc.get("company") or ""
    if doc.get("company_state"):
        company += f" ({doc['company_state']})"
    pairs = [
        ("kind", f"{doc.get('kind')}, {'POA' if doc.get('is_poa') else 'not a POA'}"),
        ("grantors", grantors),
        ("company", company),
        ("agents", "; ".join(map(str, as_list(doc.get("agents"))))),
        ("forms", ", ".join(map(str, as_list(doc.get("forms"))))),
        ("statutes", "; ".join(map(str, as_list(doc.get("statutes"))))),
        ("rules", ", ".join(map(str, as_list(doc.get("rules"))))),
        ("executed", doc.get("execution_date") or ""),
        ("expires", doc.get("expiration_date") or ""),
    ]
    if as_list(doc.get("checks")):
        pairs.append(("checks", "; ".join(map(str, as_list(doc.get("checks"))))))
    return pairs


def document_html(tables: dict[str, pd.DataFrame], key: str, threshold: float = LOW_CONFIDENCE) -> str:
    """One document for a notebook: its fields, a legend and its text with every mention highlighted."""
    doc = find_document(tables, key)
    mentions = doc_mentions(tables, doc["doc_id"])
    text = doc_text(tables, doc["doc_id"])
    rows = "".join(
        f'<tr><th style="text-align:left;padding-right:12px">{html.escape(label)}</th>'
        f'<td style="text-align:left">{html.escape(str(value)) or "<i>—</i>"}</td></tr>'
        for label, value in _fields_summary(doc)
    )
    fields = [f for f in FIELD_COLOURS if f in set(mentions["field"])] + sorted(
        set(mentions["field"]) - set(FIELD_COLOURS)
    )
    body = highlight_html(text, mentions, threshold) if text is not None else "<p><i>no text in texts.parquet</i></p>"
    return f"<h4>{html.escape(str(doc['source']))}</h4><table>{rows}</table>{legend_html(fields)}{body}"


# ---------------------------------------------------------------------------------------------------------
# Notebook helpers: load (or make) a batch, summary counts, the review queue, boxes on page images
# ---------------------------------------------------------------------------------------------------------


def load_or_extract(
    out_dir: str | Path, inputs: Sequence[str | Path], workers: int | None = None
) -> dict[str, pd.DataFrame]:
    """The batch's tables from ``out_dir``; extracts ``inputs`` into it first when documents.parquet is missing."""
    out = Path(out_dir)
    if not (out / "documents.parquet").exists():
        from .batch import run_batch
        from .tables import tables_from, write_tables

        result = run_batch(list(inputs), workers=workers)
        write_tables(tables_from(result.records, result.errors), out)
    return read_tables(out)


def summary_counts(documents: pd.DataFrame, top: int = 10) -> dict[str, pd.Series]:
    """What the summary plots show, over the POA documents: citations, agents per POA, years, companies, coverage."""
    poas = documents[documents["is_poa"].fillna(False).astype(bool)]

    def cited(column: str) -> pd.Series:
        values = poas[column].map(lambda v: sorted(set(as_list(v)))).explode().dropna()
        return values.value_counts().sort_values(ascending=True)

    years = pd.to_datetime(poas["execution_date"], errors="coerce").dt.year.dropna().astype(int)
    present = poas.apply(lambda row: present_fields(row.to_dict()), axis=1)
    coverage = pd.Series(
        {name: float(present.map(lambda p, n=name: n in p).mean()) if len(poas) else 0.0 for name in DOC_FIELDS}
    )
    return {
        "forms": cited("forms"),
        "statutes": cited("statutes"),
        "agents_per_poa": poas["agents"].map(lambda v: len(as_list(v))).value_counts().sort_index(),
        "poas_per_year": years.value_counts().sort_index(),
        "top_companies": poas["company"].dropna().value_counts().head(top).sort_values(ascending=True),
        "field_coverage": coverage.sort_values(ascending=True),
    }


def confidence_by_doc(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per doc_id: number of mentions, lowest and mean confidence."""
    mentions = tables.get("mentions")
    if mentions is None or mentions.empty:
        return pd.DataFrame(columns=["n_mentions", "min_conf", "mean_conf"])
    return mentions.groupby("doc_id")["confidence"].agg(n_mentions="size", min_conf="min", mean_conf="mean")


def review_queue(tables: dict[str, pd.DataFrame], threshold: float = LOW_CONFIDENCE) -> pd.DataFrame:
    """Documents that need a look, with why: POAs missing grantors/agents/execution date, mentions under
    ``threshold`` confidence, failed cross-checks (the ``checks`` column, when the batch has one)."""
    docs = tables["documents"]
    mentions = tables.get("mentions", pd.DataFrame(columns=["doc_id", "field", "value", "start", "end", "confidence"]))
    low: dict[str, list[str]] = {}
    for m in _tidy(mentions[mentions["confidence"] < threshold]).itertuples():
        low.setdefault(m.doc_id, []).append(f"low confidence {m.confidence:.2f}: {m.field} {m.value!r}")
    conf = confidence_by_doc(tables)
    rows = []
    for _, row in docs.iterrows():
        doc = {k: plain(v) for k, v in row.items()}
        reasons = []
        if doc.get("is_poa"):
            have = present_fields(doc)
            reasons += [f"no {name.replace('_', ' ')}" for name in REQUIRED_FIELDS if name not in have]
        reasons += low.get(doc["doc_id"], [])
        reasons += [f"check: {c}" for c in as_list(doc.get("checks"))]
        if reasons:
            min_conf = conf["min_conf"].get(doc["doc_id"]) if len(conf) else None
            rows.append(
                {
                    "source": doc["source"],
                    "kind": doc.get("kind"),
                    "is_poa": doc.get("is_poa"),
                    "min_conf": plain(min_conf),
                    "n_reasons": len(reasons),
                    "reasons": "; ".join(reasons),
                    "doc_id": doc["doc_id"],
                }
            )
    columns = ["source", "kind", "is_poa", "min_conf", "n_reasons", "reasons", "doc_id"]
    return pd.DataFrame(rows, columns=columns).sort_values(["n_reasons", "source"], ascending=[False, True])


def boxed_documents(tables: dict[str, pd.DataFrame]) -> list[str]:
    """doc_ids with at least one mention located on a page (PDFs and scans), in table order."""
    mentions = tables.get("mentions")
    if mentions is None or mentions.empty:
        return []
    has_box = mentions.dropna(subset=["page", "x0", "top", "x1", "bottom"])
    return list(dict.fromkeys(has_box["doc_id"]))


def page_image(path: str | Path, page: int, resolution: int = 100) -> tuple[Image.Image, float]:
    """Page ``page`` (1-based) of a PDF or image file as an RGB image, and the box-units-to-pixels scale.

    PDF boxes are in points, so the scale is pixels per point. Image files keep the OCR reader's units
    (pipeline/ingest/image.py: pixels of the image), so their scale is 1.
    """
    from PIL import Image

    path = Path(path)
    if path.suffix.lower() == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            pdf_page = pdf.pages[page - 1]
            img = pdf_page.to_image(resolution=resolution).original.convert("RGB")
            return img, img.width / float(pdf_page.width)
    with Image.open(path) as img:
        img.seek(page - 1)
        return img.convert("RGB"), 1.0


def draw_boxes(
    tables: dict[str, pd.DataFrame],
    key: str,
    page: int | None = None,
    resolution: int = 100,
    root: str | Path = ".",
) -> Image.Image:
    """The page image of a PDF/scanned document with a rectangle, coloured by field, around each extracted value.

    ``root`` resolves relative ``source`` paths (they are as given to ``poa extract``). ``page`` defaults to
    the first page that has boxes.
    """
    from PIL import ImageDraw, ImageFont

    doc = find_document(tables, key)
    mentions = doc_mentions(tables, doc["doc_id"]).dropna(subset=["page", "x0", "top", "x1", "bottom"])
    if mentions.empty:
        raise ValueError(f"{doc['source']}: no mention has a page box (not a PDF or scan)")
    page = int(page if page is not None else mentions["page"].min())
    path = Path(doc["source"])
    path = path if path.is_absolute() else Path(root) / path
    img, scale = page_image(path, page, resolution)
    draw = ImageDraw.Draw(img)
    size = max(9, round(7 * scale))
    try:
        font = ImageFont.load_default(size=size)
    except TypeError:  # Pillow before 10.1: the fixed-size bitmap font
        font = ImageFont.load_default()
    for m in mentions[mentions["page"] == page].itertuples():
        colour = BOX_COLOURS.get(m.field, "#888888")
        x0, top, x1, bottom = (v * scale for v in (m.x0, m.top, m.x1, m.bottom))
        draw.rectangle([x0 - 2, top - 2, x1 + 2, bottom + 2], outline=colour, width=2)
        draw.text((x0, max(0.0, top - size - 3)), str(m.field), fill=colour, font=font)
    return img


# ---------------------------------------------------------------------------------------------------------
# The review page
# ---------------------------------------------------------------------------------------------------------


def page_data(tables: dict[str, pd.DataFrame], title: str = "POA review") -> dict[str, Any]:
    """Everything the review page shows, as plain JSON-able data.

    Texts go in as pieces already cut at mention boundaries (``segments``), so the page never has to map
    Python character offsets onto JavaScript's UTF-16 strings.
    """
    docs = tables["documents"]
    by_doc = mentions_by_doc(tables)
    text_of = (
        {} if tables.get("texts") is None else tables["texts"].drop_duplicates("doc_id").set_index("doc_id")["text"]
    )
    has_checks = "checks" in docs.columns and bool(docs["checks"].map(lambda v: len(as_list(v)) > 0).any())
    documents, texts, mentions = [], {}, {}
    keep = ("doc_id", "source", "text_source", "pages", "ocr_confidence", "is_poa", "kind", "grantors", "company")
    keep += ("company_state", "agents", "forms", "statutes", "rules", "execution_date", "expiration_date")
    keep += ("truncated", "checks")
    for i, (_, row) in enumerate(docs.iterrows()):
        doc = {k: plain(row.get(k)) for k in keep}
        doc["i"] = i
        doc["present"] = present_fields(doc)
        doc_id = doc["doc_id"]
        rows = by_doc.get(doc_id, [])
        confs = [r["confidence"] for r in rows if r.get("confidence") is not None]
        doc["n_mentions"] = len(rows)
        doc["min_conf"] = min(confs) if confs else None
        doc["mean_conf"] = sum(confs) / len(confs) if confs else None
        documents.append(doc)
        if doc_id in mentions:  # the same file given twice: one text, one set of mentions
            continue
        mentions[doc_id] = rows
        text = plain(text_of.get(doc_id))
        if text is not None:
            texts[doc_id] = [
                piece if not cover else [piece, cover, ending]
                for piece, cover, ending in segments(text, [(r["start"], r["end"]) for r in rows])
            ]
    errors = tables.get("errors")
    return {
        "title": title,
        "fields": [{"name": f, "colour": c} for f, c in FIELD_COLOURS.items()],
        "other_colour": OTHER_COLOUR,
        "doc_fields": [*DOC_FIELDS, *(["checks"] if has_checks else [])],
        "has_checks": has_checks,
        "threshold": LOW_CONFIDENCE,
        "documents": documents,
        "mentions": mentions,
        "texts": texts,
        "errors": [] if errors is None else [{k: plain(v) for k, v in r.items()} for r in errors.to_dict("records")],
    }


def embed_json(data: Any) -> str:
    """JSON safe inside a <script> element: every ``<``, ``>`` and ``&`` (so ``</script>`` and ``<!--``) escaped."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def review_page(tables: dict[str, pd.DataFrame], title: str = "POA review") -> str:
    """The whole review page as one HTML string."""
    return (
        _PAGE.replace("__TITLE__", html.escape(title))
        .replace("__CSS__", _CSS)
        .replace("__JS__", _JS)
        .replace("__DATA__", embed_json(page_data(tables, title)))
    )


def render_review(out_dir: str | Path, html_path: str | Path) -> Path:
    """Write the review page for the batch in ``out_dir`` to ``html_path``; returns its path."""
    out = Path(out_dir)
    tables = read_tables(out)
    if "documents" not in tables:
        raise FileNotFoundError(f"{out}: no documents.parquet (run `poa extract ... --out {out}` first)")
    path = Path(html_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(review_page(tables, title=f"POA review: {out.resolve().name}"), encoding="utf-8")
    return path


def review_command(out_dir: str, html: str) -> int:
    """``poa review DIR --html report.html``: write the page, print where it is; 2 when DIR holds no tables."""
    try:
        path = render_review(out_dir, html)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"review page: {path.resolve()}")
    return 0


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>__CSS__</style>
</head>
<body>
<header>
  <h1>__TITLE__</h1>
  <div id="summary"></div>
  <form id="filters" onsubmit="return false">
    <label>search <input id="f-search" type="search" placeholder="source, name, company"></label>
    <label>field <select id="f-field"><option value="">(any)</option></select></label>
    <label><select id="f-presence"><option value="present">present</option>
      <option value="missing">missing</option></select></label>
    <label>kind <select id="f-kind"><option value="">(all)</option></select></label>
    <label>POA <select id="f-poa"><option value="">(all)</option><option value="true">yes</option>
      <option value="false">no</option></select></label>
    <label>confidence <select id="f-conf"><option value="">(any)</option>
      <option value="below">lowest below</option><option value="atleast">lowest at least</option></select></label>
    <label><input id="f-threshold" type="number" min="0" max="1" step="0.05"></label>
    <span id="f-count"></span>
  </form>
</header>
<main>
  <section id="list"><table id="docs"><thead></thead><tbody></tbody></table></section>
  <section id="detail"><p class="hint">Click a document to see its text with the extracted values.</p></section>
  <section id="errors"></section>
</main>
<div id="tooltip" hidden></div>
<pre id="js-errors" hidden></pre>
<script type="application/json" id="poa-data">__DATA__</script>
<script>__JS__</script>
</body>
</html>
"""

_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #222; }
header { position: sticky; top: 0; z-index: 2; background: #f7f7f9; border-bottom: 1px solid #ddd;
  padding: 8px 16px; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 8px 0; word-break: break-all; }
#summary { color: #555; margin-bottom: 6px; }
#filters { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
#filters input[type=number] { width: 5em; }
#f-count { color: #555; font-weight: 600; }
main { padding: 8px 16px; }
#list { max-height: 45vh; overflow: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; }
#docs th { position: sticky; top: 0; background: #eef; cursor: pointer; user-select: none; white-space: nowrap; }
#docs th, #docs td { border-bottom: 1px solid #eee; padding: 3px 6px; text-align: left; vertical-align: top; }
#docs td { max-width: 24em; min-width: 6em; overflow-wrap: break-word; }
#docs td.nowrap { white-space: nowrap; min-width: 0; }
#docs tbody tr { cursor: pointer; }
#docs tbody tr:hover { background: #f3f7ff; }
#docs tbody tr.selected { background: #dfe9ff; }
.missing { color: #aaa; }
.low-conf { color: #c00; font-weight: 600; }
.check { color: #a40; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
#detail { margin-top: 12px; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.fields dt { font-weight: 600; color: #555; }
dl.fields dd { margin: 0; }
.meta { color: #666; font-size: 12px; word-break: break-all; }
.legend { margin: 8px 0; }
.legend span { display: inline-block; padding: 2px 8px; margin: 2px; border-radius: 4px; font-size: 12px;
  font-weight: 600; }
.doc-text { white-space: pre-wrap; font: 13px/2.3 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  border: 1px solid #ddd; padding: 10px; background: #fff; overflow-wrap: anywhere; }
mark.ent { padding: 2px 3px; border-radius: 4px; color: inherit; }
mark.ent[data-label]::after { content: attr(data-label); font: 700 9px system-ui, sans-serif;
  text-transform: uppercase; margin-left: 5px; vertical-align: middle; opacity: .8; }
mark.ent.low { outline: 2px dashed #d00; }
mark.ent.focus { outline: 2px solid #000; }
#tooltip { position: fixed; z-index: 5; background: #222; color: #fff; font-size: 12px; padding: 6px 8px;
  border-radius: 4px; white-space: pre; pointer-events: none; max-width: 80vw; overflow: hidden; }
table.evidence td, table.evidence th { border-bottom: 1px solid #eee; padding: 2px 6px; text-align: left;
  font-size: 12px; vertical-align: top; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.hint { color: #777; }
.gtitle { color: #666; font-size: 12px; }
#docs td.wide { min-width: 16em; }
"""

_JS = r"""
"use strict";
window.addEventListener("error", (e) => {
  const box = document.getElementById("js-errors");
  box.hidden = false;
  box.textContent += String(e.message) + "\n";
});
const DATA = JSON.parse(document.getElementById("poa-data").textContent);
const COLOURS = Object.fromEntries(DATA.fields.map((f) => [f.name, f.colour]));
const byId = (id) => document.getElementById(id);
const colour = (field) => COLOURS[field] || DATA.other_colour;
const state = { sortKey: null, sortDir: 1, selected: null };

// Build elements from text only: data never goes through innerHTML.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const missing = () => el("span", { class: "missing" }, "—");
const fmt = (x) => (x === null || x === undefined ? "—" : Number(x).toFixed(2));
const threshold = () => {
  const t = parseFloat(byId("f-threshold").value);
  return Number.isFinite(t) ? t : DATA.threshold;
};
const list = (xs, sep) => (xs && xs.length ? xs.join(sep) : null);
function grantorLines(d) {
  return (d.grantors || []).map((g) =>
    el("div", {}, g.name || "?", g.title ? el("span", { class: "gtitle" }, " — " + g.title) : null));
}
function companyText(d) {
  if (!d.company) return null;
  return d.company_state ? d.company + " (" + d.company_state + ")" : d.company;
}

const COLUMNS = [
  { key: "source", label: "source", nowrap: true, value: (d) => d.source },
  { key: "kind", label: "kind", nowrap: true, value: (d) => d.kind },
  { key: "is_poa", label: "POA", value: (d) => (d.is_poa ? "yes" : "no") },
  { key: "grantors", label: "grantors (title)", wide: true,
    value: (d) => (d.grantors || []).map((g) => g.name).join("; "),
    cell: (d) => (d.grantors && d.grantors.length ? grantorLines(d) : missing()) },
  { key: "company", label: "company", value: companyText },
  { key: "agents", label: "agents", value: (d) => list(d.agents, "; ") },
  { key: "forms", label: "forms", value: (d) => list(d.forms, ", ") },
  { key: "statutes", label: "statutes", value: (d) => list(d.statutes, "; ") },
  { key: "rules", label: "rules", value: (d) => list(d.rules, ", ") },
  { key: "execution_date", label: "executed", nowrap: true, value: (d) => d.execution_date },
  { key: "expiration_date", label: "expires", nowrap: true, value: (d) => d.expiration_date },
  { key: "min_conf", label: "min conf", num: true, value: (d) => d.min_conf },
  { key: "mean_conf", label: "mean conf", num: true, value: (d) => d.mean_conf },
];
if (DATA.has_checks) {
  COLUMNS.push({ key: "checks", label: "checks", value: (d) => list(d.checks, "; "),
    cell: (d) => (d.checks && d.checks.length ? el("span", { class: "check" }, d.checks.join("; ")) : missing()) });
}

const columnClass = (c) => (c.num ? "num" : c.nowrap ? "nowrap" : c.wide ? "wide" : "");

function cellFor(col, d) {
  if (col.cell) return col.cell(d);
  const v = col.value(d);
  if (v === null || v === undefined || v === "") return missing();
  if (col.num) return el("span", { class: v < threshold() ? "low-conf" : "" }, fmt(v));
  return String(v);
}

function matches(d) {
  const q = byId("f-search").value.trim().toLowerCase();
  if (q) {
    const hay = [d.source, d.company, ...(d.agents || []), ...(d.grantors || []).map((g) => g.name)]
      .filter(Boolean).join(" ").toLowerCase();
    if (!hay.includes(q)) return false;
  }
  const field = byId("f-field").value;
  if (field && (byId("f-presence").value === "present") !== d.present.includes(field)) return false;
  const kind = byId("f-kind").value;
  if (kind && d.kind !== kind) return false;
  const poa = byId("f-poa").value;
  if (poa && String(Boolean(d.is_poa)) !== poa) return false;
  const mode = byId("f-conf").value;
  if (mode === "below" && !(d.min_conf !== null && d.min_conf < threshold())) return false;
  if (mode === "atleast" && !(d.min_conf !== null && d.min_conf >= threshold())) return false;
  return true;
}

function renderTable() {
  const head = byId("docs").tHead;
  head.replaceChildren(el("tr", {}, COLUMNS.map((c) => {
    const arrow = state.sortKey === c.key ? (state.sortDir > 0 ? " ▲" : " ▼") : "";
    const th = el("th", { "data-key": c.key, class: c.num ? "num" : "" }, c.label + arrow);
    th.addEventListener("click", () => {
      state.sortDir = state.sortKey === c.key ? -state.sortDir : 1;
      state.sortKey = c.key;
      renderTable();
    });
    return th;
  })));
  let rows = DATA.documents.filter(matches);
  if (state.sortKey) {
    const col = COLUMNS.find((c) => c.key === state.sortKey);
    const key = (d) => { const v = col.value(d); return v === null || v === undefined ? "" : v; };
    rows = rows.slice().sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
      return (x < y ? -1 : x > y ? 1 : 0) * state.sortDir;
    });
  }
  const body = byId("docs").tBodies[0];
  body.replaceChildren(...rows.map((d) => {
    const tr = el("tr", { "data-doc": d.doc_id, "data-i": d.i, class: state.selected === d.i ? "selected" : "" },
      COLUMNS.map((c) => el("td", { class: columnClass(c) }, cellFor(c, d))));
    tr.addEventListener("click", () => select(d.i, true));
    return tr;
  }));
  byId("f-count").textContent = rows.length + " of " + DATA.documents.length + " documents";
}

function tip(m) {
  let s = m.field + ": " + m.value + "\nconfidence " + fmt(m.confidence) + ", " + m.method;
  s += "\ntext " + JSON.stringify(m.text) + " [" + m.start + ":" + m.end + "]";
  if (m.page !== null && m.x0 !== null) {
    s += "\npage " + m.page + ", box " + [m.x0, m.top, m.x1, m.bottom].map((v) => v.toFixed(1)).join(", ");
  }
  return s;
}

function renderText(d) {
  const ms = DATA.mentions[d.doc_id] || [];
  const pieces = DATA.texts[d.doc_id];
  if (!pieces) return el("p", { class: "missing" }, "no text for this document in texts.parquet");
  const t = threshold();
  const box = el("div", { class: "doc-text", id: "doc-text" });
  for (const p of pieces) {
    if (typeof p === "string") { box.append(p); continue; }
    const [text, cover, ending] = p;
    const inner = ms[cover[0]];
    const fields = [...new Set(cover.map((i) => ms[i].field))];
    const low = cover.some((i) => ms[i].confidence !== null && ms[i].confidence < t);
    const mark = el("mark", {
      class: "ent" + (low ? " low" : ""),
      "data-field": inner.field,
      "data-fields": fields.join(" "),
      "data-mentions": cover.join(" "),
      "data-label": ending.length ? ending.map((i) => ms[i].field).join(" · ") : null,
      "data-tip": cover.map((i) => tip(ms[i])).join("\n\n"),
    }, text);
    mark.style.background = colour(inner.field);
    if (cover.length > 1) mark.style.boxShadow = "inset 0 -3px 0 " + colour(ms[cover[cover.length - 1]].field);
    box.append(mark);
  }
  return box;
}

function legend(ms) {
  const counts = {};
  for (const m of ms) counts[m.field] = (counts[m.field] || 0) + 1;
  const names = [...DATA.fields.map((f) => f.name), ...Object.keys(counts).filter((f) => !(f in COLOURS)).sort()];
  return el("div", { class: "legend" }, names.map((f) =>
    el("span", { style: "background:" + colour(f) + (counts[f] ? "" : ";opacity:.35"), "data-field": f },
      f + " " + (counts[f] || 0))));
}

function evidence(ms) {
  const t = threshold();
  const head = el("tr", {}, ["field", "value", "text", "start", "end", "method", "confidence", "page", "box"]
    .map((h) => el("th", {}, h)));
  const rows = ms.map((m, i) => {
    const tr = el("tr", { "data-mention": i },
      el("td", {}, el("span", { class: "swatch", style: "background:" + colour(m.field) }), m.field),
      el("td", {}, m.value), el("td", {}, m.text),
      el("td", { class: "num" }, m.start), el("td", { class: "num" }, m.end),
      el("td", {}, m.method),
      el("td", { class: "num" + (m.confidence !== null && m.confidence < t ? " low-conf" : "") }, fmt(m.confidence)),
      el("td", {}, m.page === null ? "—" : m.page),
      el("td", {}, m.x0 === null ? "—" : [m.x0, m.top, m.x1, m.bottom].map((v) => v.toFixed(1)).join(", ")));
    tr.addEventListener("mouseenter", () => focusMention(i, true));
    tr.addEventListener("mouseleave", () => focusMention(i, false));
    return tr;
  });
  return el("details", {}, el("summary", {}, "evidence: " + ms.length + " mentions"),
    el("table", { class: "evidence" }, el("thead", {}, head), el("tbody", {}, rows)));
}

function focusMention(i, on) {
  for (const mark of document.querySelectorAll("#doc-text mark")) {
    if (mark.dataset.mentions.split(" ").includes(String(i))) mark.classList.toggle("focus", on);
  }
}

function select(i, updateHash) {
  const d = DATA.documents[i];
  if (!d) return;
  state.selected = i;
  for (const tr of byId("docs").tBodies[0].rows) tr.classList.toggle("selected", tr.dataset.i === String(i));
  const ms = DATA.mentions[d.doc_id] || [];
  const fields = [
    ["kind", d.kind + (d.is_poa ? ", POA" : ", not a POA")],
    ["grantors", d.grantors && d.grantors.length ? grantorLines(d) : null],
    ["company", companyText(d)],
    ["agents", list(d.agents, "; ")],
    ["forms", list(d.forms, ", ")],
    ["statutes", list(d.statutes, "; ")],
    ["rules", list(d.rules, ", ")],
    ["executed", d.execution_date],
    ["expires", d.expiration_date],
    ["confidence", d.n_mentions
      ? "min " + fmt(d.min_conf) + ", mean " + fmt(d.mean_conf) + " over " + d.n_mentions + " mentions" : null],
  ];
  if (d.checks && d.checks.length) fields.push(["checks", el("span", { class: "check" }, d.checks.join("; "))]);
  const meta = "doc_id " + d.doc_id + " · " + d.text_source + (d.pages ? " · " + d.pages + " page(s)" : "") +
    (d.ocr_confidence !== null ? " · OCR confidence " + fmt(d.ocr_confidence) : "") +
    (d.truncated ? " · truncated" : "");
  byId("detail").replaceChildren(
    el("h2", {}, d.source),
    el("div", { class: "meta" }, meta),
    el("dl", { class: "fields" }, fields.map(([k, v]) =>
      [el("dt", {}, k), el("dd", {}, v === null || v === undefined || v === "" ? missing() : v)])),
    legend(ms),
    renderText(d),
    evidence(ms));
  if (updateHash) history.replaceState(null, "", "#doc=" + encodeURIComponent(d.doc_id));
}

function renderErrors() {
  if (!DATA.errors.length) return;
  byId("errors").replaceChildren(el("h2", {}, DATA.errors.length + " input(s) could not be processed"),
    el("table", { class: "evidence" }, el("tr", {}, ["source", "stage", "error"].map((h) => el("th", {}, h))),
      DATA.errors.map((e) => el("tr", {}, el("td", {}, e.source), el("td", {}, e.stage), el("td", {}, e.error)))));
}

function fromHash() {
  const m = /^#doc=(.+)$/.exec(location.hash);
  if (!m) return null;
  const id = decodeURIComponent(m[1]);
  const d = DATA.documents.find((x) => x.doc_id === id || x.source === id);
  return d ? d.i : null;
}

function showTooltip(e) {
  const mark = e.target.closest && e.target.closest("mark.ent");
  const tt = byId("tooltip");
  if (!mark) { tt.hidden = true; return; }
  tt.textContent = mark.dataset.tip;
  tt.hidden = false;
  tt.style.left = Math.min(e.clientX + 12, window.innerWidth - tt.offsetWidth - 8) + "px";
  tt.style.top = Math.min(e.clientY + 14, window.innerHeight - tt.offsetHeight - 8) + "px";
}

function init() {
  const n = DATA.documents.length;
  const poas = DATA.documents.filter((d) => d.is_poa).length;
  const nm = Object.values(DATA.mentions).reduce((s, ms) => s + ms.length, 0);
  byId("summary").textContent =
    n + " documents, " + poas + " POAs, " + nm + " mentions, " + DATA.errors.length + " errors";
  for (const f of DATA.doc_fields) byId("f-field").append(el("option", { value: f }, f.replace(/_/g, " ")));
  for (const k of [...new Set(DATA.documents.map((d) => d.kind).filter(Boolean))].sort()) {
    byId("f-kind").append(el("option", { value: k }, k));
  }
  byId("f-threshold").value = DATA.threshold;
  for (const id of ["f-search", "f-field", "f-presence", "f-kind", "f-poa", "f-conf", "f-threshold"]) {
    byId(id).addEventListener("input", () => {
      renderTable();
      if (id === "f-threshold" && state.selected !== null) select(state.selected, false);
    });
  }
  document.addEventListener("mousemove", showTooltip);
  window.addEventListener("hashchange", () => { const i = fromHash(); if (i !== null) select(i, false); });
  renderTable();
  renderErrors();
  const first = fromHash();
  if (first !== null) select(first, false);
  else if (n) select(0, false);
  else byId("detail").replaceChildren(el("p", { class: "hint" }, "This batch has no documents."));
  document.body.dataset.ready = "1";
}
init();
"""
