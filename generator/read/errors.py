"""The error a single-file reader raises for a file it cannot read, and the warnings it gives
for a bad value it leaves out (the rest of the file is still read)."""
from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Iterator

log = logging.getLogger("generator.read")

_WARNINGS: contextvars.ContextVar[list[tuple[int, str]] | None] = contextvars.ContextVar(
    "reportsite_read_warnings", default=None
)


class ReadError(Exception):
    """An unreadable article file: `line` is 1-based in the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


def warn(path: str, line: int, message: str) -> None:
    """A bad value left out of an article: collected as (line, message) while a folder is read
    (see `collect_warnings`), logged as `path:line: message` otherwise."""
    collected = _WARNINGS.get()
    if collected is None:
        log.warning("%s:%d: %s", path, line, message)
    else:
        collected.append((line, message))


@contextlib.contextmanager
def collect_warnings() -> Iterator[list[tuple[int, str]]]:
    """Collect the (line, message) warnings of the readers called inside the block."""
    collected: list[tuple[int, str]] = []
    token = _WARNINGS.set(collected)
    try:
        yield collected
    finally:
        _WARNINGS.reset(token)
