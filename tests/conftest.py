"""Shared fixtures: the repo's data folders and one loaded pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
GOLD_DIR = ROOT / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load

    return load()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract_text with the session's pipeline."""
    from pipeline.extract import extract_text

    return lambda text: extract_text(text, nlp=nlp)
