"""Score predictions against gold labels with LABELING.md's matching rules.

Names and companies are compared without case, punctuation or spaces; forms, statutes and rules as
canonical strings; dates as ISO dates. A document whose gold says it is not a POA counts for is_poa and
kind only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .nlp.names import norm_key

CORE = ("grantors", "company", "agents", "forms", "statutes", "execution_date")
LIST_FIELDS = ("grantors", "agents", "forms", "statutes", "rules")
SCALAR_FIELDS = ("company", "company_state", "execution_date", "expiration_date")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=dict)
    documents: int = 0
    poa_documents: int = 0
    exact: int = 0
    kind_right: int = 0
    missing: list[str] = field(default_factory=list)
    failures: dict[str, list[str]] = field(default_factory=dict)

    @property
    def core_f1(self) -> float:
        return sum(self.fields[f].f1 for f in CORE) / len(CORE)

    @property
    def exact_share(self) -> float:
        return self.exact / self.poa_documents if self.poa_documents else 0.0

    def table(self) -> str:
        lines = [f"{'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for name, s in self.fields.items():
            mark = " *" if name in CORE else ""
            lines.append(f"{name + mark:<18}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        lines.append(f"kind accuracy     {self.kind_right / max(self.documents, 1):.3f}")
        lines.append(f"core F1 (macro over * fields)  {self.core_f1:.3f}")
        lines.append(
            f"documents with all core fields right  {self.exact}/{self.poa_documents} = {self.exact_share:.3f}"
        )
        if self.missing:
            lines.append(f"no prediction for {len(self.missing)} gold documents (counted as empty)")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "fields": {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1} for k, v in self.fields.items()},
            "core_f1": self.core_f1,
            "exact_share": self.exact_share,
            "documents": self.documents,
        }


def _keys(name: str, values: Iterable) -> set[str]:
    if name in ("grantors", "agents"):
        return {norm_key(v["name"] if isinstance(v, dict) else v) for v in values if v}
    return {str(v).strip() for v in values if v}


def _scalar(name: str, value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if name in ("company", "company_state"):
        return norm_key(str(value)) or None
    return str(value)[:10]


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_predictions(path: str | Path) -> dict[str, dict]:
    """Predictions keyed by document name (file name without extension)."""
    path = Path(path)
    if path.is_dir():
        path = path / "documents.parquet" if (path / "documents.parquet").exists() else path / "documents.jsonl"
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        rows = pd.read_parquet(path).to_dict("records")
    out = {}
    for row in rows:
        for key in ("grantors", "agents", "forms", "statutes", "rules"):
            value = row.get(key)
            row[key] = [] if value is None else list(value)
        out[Path(str(row["source"])).name.split(".")[0]] = row
    return out


def evaluate(gold: list[dict], predictions: dict[str, dict]) -> Report:
    report = Report(fields={name: Score() for name in (*LIST_FIELDS, *SCALAR_FIELDS, "is_poa", "grantor_titles")})
    for item in gold:
        pred = predictions.get(item["id"])
        if pred is None:
            report.missing.append(item["id"])
            pred = {}
        report.documents += 1
        is_poa = bool(pred.get("is_poa", False))
        s = report.fields["is_poa"]
        s.tp += is_poa and item["is_poa"]
        s.fp += is_poa and not item["is_poa"]
        s.fn += (not is_poa) and item["is_poa"]
        report.kind_right += pred.get("kind") == item["kind"]
        if not item["is_poa"]:
            continue
        report.poa_documents += 1
        all_right = True
        for name in LIST_FIELDS:
            g, p = _keys(name, item[name]), _keys(name, pred.get(name) or [])
            sc = report.fields[name]
            sc.tp, sc.fp, sc.fn = sc.tp + len(g & p), sc.fp + len(p - g), sc.fn + len(g - p)
            if g != p:
                report.failures.setdefault(name, []).append(item["id"])
                all_right &= name not in CORE
        for name in SCALAR_FIELDS:
            g, p = _scalar(name, item[name]), _scalar(name, pred.get(name))
            sc = report.fields[name]
            if g is not None and p == g:
                sc.tp += 1
            else:
                sc.fp += p is not None
                sc.fn += g is not None
            if g != p:
                report.failures.setdefault(name, []).append(item["id"])
                all_right &= name not in CORE
        titles = report.fields["grantor_titles"]
        gold_titles = {norm_key(g["name"]): norm_key(g["title"] or "") for g in item["grantors"]}
        for grantor in pred.get("grantors") or []:
            key = norm_key(grantor["name"])
            if key in gold_titles:
                want, got = gold_titles[key], norm_key(grantor.get("title") or "")
                titles.tp += bool(want) and want == got
                titles.fp += bool(got) and want != got
                titles.fn += bool(want) and want != got
        report.exact += all_right
    return report
