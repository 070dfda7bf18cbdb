"""Canonical values: names and titles as written but tidied, lists without repeats in first-seen order."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .nlp.names import norm_key, squash


def clean_name(name: str) -> str:
    """One space between words, no stray punctuation at the ends, hyphenated line breaks joined."""
    name = squash(name).strip(" ,;:")
    return re.sub(r"(\w)- (\w)", r"\1\2", name)


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = squash(title).strip(" ,;:")
    return title or None


def unique_in_order(values: Iterable[str], key: Callable[[str], str] = norm_key) -> list[str]:
    """Each distinct value once (compared by ``key``), in order of first appearance."""
    seen: set[str] = set()
    out = []
    for value in values:
        k = key(value)
        if k and k not in seen:
            seen.add(k)
            out.append(value)
    return out
