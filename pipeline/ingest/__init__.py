"""Readers: bytes of one input -> ``ExtractedText`` (text with offsets, and page geometry where there is some).

One module per format; ``read_bytes`` picks the reader by file extension.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..types import ExtractedText
from .base import ReadError, ReadOptions
from .html import read_html
from .text import read_text

Reader = Callable[[bytes, ReadOptions], ExtractedText]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".htm": read_html,
    ".html": read_html,
}


def register(suffixes: tuple[str, ...], reader: Reader) -> None:
    """Make ``reader`` handle files with these extensions (lower-case, with the dot)."""
    for suffix in suffixes:
        READERS[suffix] = reader


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> ExtractedText:
    """Read one input's bytes; ``name`` only chooses the reader (its extension)."""
    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise ReadError("read", f"unsupported file type {suffix or '(no extension)'}")
    return reader(data, options or ReadOptions())


def read_path(path: str | Path, options: ReadOptions | None = None) -> ExtractedText:
    """Read one file from disk."""
    path = Path(path)
    options = options or ReadOptions()
    if path.suffix.lower() not in READERS:
        raise ReadError("read", f"unsupported file type {path.suffix.lower() or '(no extension)'}")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise ReadError("read", f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit")
    return read_bytes(path.read_bytes(), path.name, options)


def _register_optional() -> None:
    """The PDF and image readers register themselves on import (kept apart: they import heavier libraries)."""
    from . import image, pdf  # noqa: F401


_register_optional()

__all__ = ["READERS", "ReadError", "ReadOptions", "read_bytes", "read_path", "register", "supported_suffixes"]
