"""Training the NER model from scratch works, and the committed model is the one the committed data produce."""

from __future__ import annotations

from pipeline.nlp import build, model_version
from pipeline.training import DEV_ANNOTATIONS, GENERATED, MODEL_DIR, read_jsonl, write_jsonl
from pipeline.training.generate import fit, generate
from pipeline.training.train import DATA, check, train

TEXT = (
    "POWER OF ATTORNEY\n\nKNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints each of "
    "Laura M. Becker and Thomas R. Whitfield, signing singly, the undersigned's true and lawful attorney-in-fact "
    'to execute, in the undersigned\'s capacity as a director of Halvorsen Instruments, Inc. (the "Company"), '
    "Forms 3, 4 and 5.\n\nDated: May 4, 2012\n\n/s/ Daniel K. Ostrowski\nDaniel K. Ostrowski\nDirector\n"
)


def test_generated_spans_fit_their_text():
    rows, lost = fit(generate(20, seed=5))
    assert lost == 0
    for row in rows:
        for start, end, label in row["spans"]:
            assert label in ("PERSON", "ORG", "TITLE")
            assert row["text"][start:end].strip() == row["text"][start:end]


def test_train_tiny_corpus_from_scratch(tmp_path):
    rows, _ = fit(generate(30, seed=7))
    data = tmp_path / "tiny.jsonl"
    write_jsonl(data, rows)
    record = train(tmp_path / "model", [data], seed=0, max_epochs=3, verbose=False)
    assert record["steps"] > 0 and not record["stopped_by_time"]
    nlp = build(model_dir=tmp_path / "model")
    assert model_version(nlp) == "poa_ner-0.1.0"
    ner = nlp.get_pipe("poa_parties_v1").ner
    assert ner is not None and ner.pipe_names == ["ner"]
    found = [e for row in rows[:10] for e in ner(row["text"]).ents]
    assert found and {e.label_ for e in found} <= {"PERSON", "ORG", "TITLE"}
    assert check(tmp_path / "model", [data], verbose=False)
    write_jsonl(data, rows[:-1])
    assert not check(tmp_path / "model", [data], verbose=False)


def test_committed_model_matches_committed_data():
    assert [p.name for p in DATA] == [GENERATED.name, DEV_ANNOTATIONS.name]
    assert check(MODEL_DIR, DATA, verbose=False)
    assert len(read_jsonl(DEV_ANNOTATIONS)) == 55


def test_committed_model_loads_and_tags():
    nlp = build()
    assert model_version(nlp) is not None
    ner = nlp.get_pipe("poa_parties_v1").ner
    ents = ner(TEXT).ents
    people = {e.text for e in ents if e.label_ == "PERSON"}
    assert {"Laura M. Becker", "Thomas R. Whitfield", "Daniel K. Ostrowski"} <= people
    assert any(e.label_ == "ORG" and e.text.startswith("Halvorsen") for e in ents)
    assert [a.name for a in nlp(TEXT)._.poa.parties.agents] == ["Laura M. Becker", "Thomas R. Whitfield"]


def test_model_loads_from_a_non_editable_install(tmp_path):
    """pip install . (not editable) carries the model; pipeline.load() finds it outside the repo."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    prefix = tmp_path / "prefix"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--ignore-installed",  # never uninstall the checkout's own (editable) install
            "--prefix",
            str(prefix),
            str(root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    site = next(prefix.glob("lib/python*/site-packages"))
    sample = str(root / "data" / "samples" / "dev_000.txt")
    probe = (
        "import pipeline, pipeline.nlp as n; from pipeline.extract import extract_text; "
        f"nlp = pipeline.load(); r = extract_text(open({sample!r}).read(), nlp=nlp); "
        "print(pipeline.__file__); print(n.model_version(nlp)); print(r.agents[0].name)"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    where, version, agent = run.stdout.split("\n")[:3]
    assert where.startswith(str(prefix))
    assert version == "poa_ner-0.1.0"
    assert agent == "Nicole S. Jones"
