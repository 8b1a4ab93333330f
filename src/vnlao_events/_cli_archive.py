"""Command-line options for archives: ``--jobs``, ``--cache``, progress, JSON Lines output.

The options every command that reads articles has, and ``timeline --format jsonl``; the
work itself is in :mod:`vnlao_events.archive` and :mod:`vnlao_events.export.jsonl`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from ._catalogue import Catalogue
from ._documents import Document, DocumentFile
from ._io import write_atomic
from ._model import Timeline
from .archive.cache import MentionCache
from .archive.pool import default_jobs, read_archive
from .archive.progress import Progress
from .exceptions import DocumentError
from .export.jsonl import mention_lines, timeline_lines

__all__ = ["add_archive_options", "add_jsonl_option", "progress_for", "run_jsonl"]

_FOUND, _NOT_FOUND = 0, 1


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number (got {text!r})") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {text!r})")
    return value


def add_archive_options(p: argparse.ArgumentParser) -> None:
    """``--jobs N`` and ``--cache PATH``."""
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help="processes that read the articles (default: one per processor)",
    )
    p.add_argument(
        "--cache",
        metavar="PATH",
        help="an SQLite file keeping each article's findings: a re-run reads only new or changed"
        " articles, with the same result",
    )


def add_jsonl_option(p: argparse.ArgumentParser) -> None:
    """``--records``: what ``--format jsonl`` writes."""
    p.add_argument(
        "--records",
        choices=("sessions", "mentions"),
        default="sessions",
        help="with --format jsonl: the timeline's records (default), or every mention as it is"
        " read, before assembly",
    )


def progress_for(args: argparse.Namespace, stream: TextIO | None = None) -> Progress | None:
    """A progress line on standard error when it is a terminal and ``-q`` is not given."""
    if getattr(args, "quiet", False):
        return None
    progress = Progress(sys.stderr if stream is None else stream)
    return progress if progress.active else None


def run_jsonl(
    args: argparse.Namespace,
    stdout: TextIO,
    catalogue: Catalogue,
    timeline_of: Callable[[argparse.Namespace, Catalogue], Timeline],
    documents_of: Callable[[argparse.Namespace], Iterable[Document | DocumentFile]],
) -> int:
    """Write ``timeline --format jsonl``; the exit status (1 when nothing was found).

    With ``--cache``, ``documents_of`` may give text files unread (a cached file is not
    read as a document).
    """
    lines: Iterator[str]
    if args.records == "sessions":
        timeline = timeline_of(args, catalogue)
        lines = timeline_lines(timeline, catalogue)
        found = any(timeline.sessions()) or bool(timeline.events)
        wrote = _write(args, stdout, lines)
        return _FOUND if wrote and found else _NOT_FOUND
    read = 0

    def counted() -> Iterator[Document | DocumentFile]:
        nonlocal read
        for document in documents_of(args):
            read += 1
            yield document

    store = MentionCache(args.cache, catalogue) if args.cache else None
    records = read_archive(
        counted(),
        catalogue,
        jobs=args.jobs or default_jobs(),
        cache=store,
        progress=getattr(args, "progress", None),
    )
    keep = set(args.series) if getattr(args, "series", None) else None
    try:
        wrote = _write(args, stdout, mention_lines(records, keep))
    finally:
        if store is not None:
            store.close()
            for warning in store.warnings:
                if not args.quiet:
                    sys.stderr.write(f"vnlao-events: warning: {warning}\n")
    if not read:
        raise DocumentError("no document could be read.")
    return _FOUND if wrote else _NOT_FOUND


def _write(args: argparse.Namespace, stdout: TextIO, lines: Iterable[str]) -> bool:
    """Write lines to ``-o FILE`` (atomically) or standard output as they come."""
    target = getattr(args, "output", None)
    if target and target != "-":  # streamed to a temporary file, renamed when whole
        return write_atomic(target, lines) > 0
    wrote = False
    for line in lines:
        stdout.write(line)
        wrote = True
    stdout.flush()
    return wrote
