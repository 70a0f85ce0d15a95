"""The error a single-file reader raises for a file it cannot read."""
from __future__ import annotations


class ReadError(Exception):
    """An unreadable article file: `line` is 1-based in the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message
