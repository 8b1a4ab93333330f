"""A one-line progress report on a terminal: documents read, sessions found, time.

Quiet unless the stream is a terminal, so logs and pipes get nothing.

>>> import io
>>> progress = Progress(io.StringIO(), total=10)
>>> progress.active
False
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TextIO

__all__ = ["Progress"]

_EVERY = 0.2  # seconds between two redraws
_AFTER = 0.5  # seconds before the first: a quick run shows nothing...
_MANY = 36  # ...unless it has this many files or more to read


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts documents and sessions; redraws one line on a terminal at most 5 times a second.

    Args:
        stream: where to draw (standard error in the command line).
        total: how many files are to be read, when known (count them with
            :meth:`file_read`): then a bar and the time left are shown.
        label: the line's prefix.
        force: draw even when ``stream`` is not a terminal (for tests).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total: int | None = None,
        label: str = "vnlao-events",
        force: bool = False,
    ) -> None:
        self.stream = stream
        self.total = total
        self.label = label
        self.active = force or (hasattr(stream, "isatty") and stream.isatty())
        self.documents = 0
        self.files = 0
        self.numbered: set[tuple[str, int]] = set()
        self.unnumbered = 0
        self._start = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def add(self, documents: int, sessions: Iterable[tuple[str, int | None]] = ()) -> None:
        """Count documents read and the sessions (series, ordinal) they mention."""
        self.documents += documents
        for series, ordinal in sessions:
            if ordinal is None:
                self.unnumbered += 1
            else:
                self.numbered.add((series, ordinal))
        now = time.monotonic()
        if self.active and now - self._drawn >= _EVERY and self._worth_it(now):
            self._drawn = now
            self._draw(now)

    def file_read(self) -> None:
        """Count a file read (of :attr:`total`)."""
        self.files += 1
        self.add(0)

    def _worth_it(self, now: float) -> bool:
        return now - self._start >= _AFTER or (self.total or 0) >= _MANY

    def line(self, now: float | None = None) -> str:
        """The text of the progress line."""
        elapsed = (time.monotonic() if now is None else now) - self._start
        found = len(self.numbered) + self.unnumbered
        parts = [f"{self.documents} documents read", f"{found} sessions found"]
        parts.append(f"{_clock(elapsed)} elapsed")
        if self.total:
            done = min(self.files, self.total)
            filled = round(30 * done / self.total)
            parts.insert(0, f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total} files")
        if self.total and self.files:
            left = max(self.total - self.files, 0) * elapsed / self.files
            parts.append(f"about {_clock(left)} left")
        return f"{self.label}: " + ", ".join(parts)

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = max(self._width - len(text), 0)
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        """Draw the last state and end the line (when it was worth drawing)."""
        if self.active and (self._width or self._worth_it(time.monotonic())):
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
