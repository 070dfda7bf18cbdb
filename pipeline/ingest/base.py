"""What every reader shares: options and the one error type a reader raises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class ReadError(Exception):
    """An input that cannot be read; ``stage`` and a one-sentence ``message`` go to the errors table."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.message = message


_progress: list[Callable[[], None]] = []


def page_done() -> None:
    """Readers call this after each page they OCR: a batch worker then knows the file is still moving."""
    for callback in _progress:
        callback()


def on_page_done(callback: Callable[[], None]) -> None:
    """Register the one progress callback of this process (a batch worker's heartbeat)."""
    _progress[:] = [callback]


@dataclass(frozen=True)
class ReadOptions:
    """Reader settings; limits keep one hostile file from hurting a batch."""

    ocr: str = "auto"  # auto | always | never
    max_bytes: int = 50_000_000
    max_pages: int = 200
    max_pixels: int = 60_000_000
    dpi: int = 300
