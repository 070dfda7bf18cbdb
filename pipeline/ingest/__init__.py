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


def reader_for(name: str | Path) -> Reader:
    """The reader for a file name's extension; an unsupported one is a ReadError."""
    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise ReadError("read", f"unsupported file type {suffix or '(no extension)'}")
    return reader


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> ExtractedText:
    """Read one input's bytes; ``name`` only chooses the reader (its extension)."""
    return reader_for(name)(data, options or ReadOptions())


def load_bytes(path: Path, options: ReadOptions) -> bytes:
    """A file's bytes, refused before reading when it is over the size limit."""
    size = path.stat().st_size
    if size > options.max_bytes:
        raise ReadError("read", f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit")
    return path.read_bytes()


def read_path(path: str | Path, options: ReadOptions | None = None) -> ExtractedText:
    """Read one file from disk."""
    path = Path(path)
    options = options or ReadOptions()
    reader = reader_for(path)
    return reader(load_bytes(path, options), options)


def _register_optional() -> None:
    """The PDF and image readers register themselves on import (kept apart: they import heavier libraries)."""
    from . import image, pdf  # noqa: F401


_register_optional()

__all__ = [
    "READERS",
    "ReadError",
    "ReadOptions",
    "load_bytes",
    "read_bytes",
    "read_path",
    "reader_for",
    "register",
    "supported_suffixes",
]
