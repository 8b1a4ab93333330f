"""The ``backtest`` subcommand: how often the windows hold a known day, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ._backtest import Backtest, backtest
from ._catalogue import Catalogue
from ._documents import Document
from .exceptions import DocumentError

__all__ = ["add_backtest", "backtest_table", "run_backtest"]


def add_backtest(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``backtest [FILES…] [--series KEY] [--format table|json]`` to the subparsers."""
    parser = sub.add_parser(
        "backtest",
        help="hide the documents naming each session of known day, infer it back, and report"
        " how often the hard and likely windows hold it",
    )
    common(parser)
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format"
    )


def _yes(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def _number(value: float | None, form: str) -> str:
    return "" if value is None else format(value, form)


def _aligned(rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  "
        + "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ).rstrip()
        for r in rows
    ]


def backtest_table(result: Backtest) -> str:
    """The backtest as text: one line per session, then the summary per series.

    >>> print(backtest_table(Backtest(rows=())).splitlines()[0])
    Backtest: each session of known day inferred back with every document naming it hidden
    """
    lines = [
        "Backtest: each session of known day inferred back with every document naming it hidden"
    ]
    rows: list[tuple[str, ...]] = [
        ("series", "#", "true day", "hard window", "days", "holds", "likely window", "days",
         "holds", "basis"),
    ]  # fmt: skip
    for r in result.rows:
        rows.append(
            (
                r.series,
                str(r.ordinal),
                r.true_day.isoformat(),
                r.hard.format_iso() if r.hard else "none",
                _number(r.hard_days, "d"),
                _yes(r.hard_holds),
                r.likely.format_iso() if r.likely else "none",
                _number(r.likely_days, "d"),
                _yes(r.likely_holds),
                r.likely.basis.value if r.likely else "",
            )
        )
    lines.extend(_aligned(rows, {1, 4, 7}))
    lines.append("")
    lines.append(f"Summary (likely windows at a nominal {result.level:.0%})")
    summary: list[tuple[str, ...]] = [
        ("series", "sessions", "hard", "coverage", "median days", "likely", "coverage",
         "median days"),
    ]  # fmt: skip
    for s in result.summaries():
        summary.append(
            (
                s.series,
                str(s.sessions),
                str(s.hard_windows),
                _number(s.hard_coverage, ".2f"),
                _number(s.hard_median_days, ".0f"),
                str(s.likely_windows),
                _number(s.likely_coverage, ".2f"),
                _number(s.likely_median_days, ".0f"),
            )
        )
    lines.extend(_aligned(summary, {1, 2, 3, 4, 5, 6, 7}))
    lines.append("")
    lines.append(
        "hard/likely: sessions given such a window; coverage: the share of those windows"
        " holding the true day"
    )
    return "\n".join(lines) + "\n"


def run_backtest(args: argparse.Namespace, documents: Iterable[Document], stdout: TextIO) -> int:
    """Run the subcommand; returns the exit status (2 for an unknown series)."""
    catalogue = Catalogue.default()
    if args.catalogue:
        catalogue = catalogue.load(args.catalogue)
    unknown = [k for k in args.series or () if k not in catalogue.mechanisms]
    if unknown:
        sys.stderr.write(
            f"vnlao-events: error: unknown series {unknown[0]!r} (choose from"
            f" {', '.join(sorted(catalogue.mechanisms))})\n"
        )
        return 2
    read: list[Document] = []

    def counted() -> Iterable[Document]:
        for document in documents:
            read.append(document)
            yield document

    result = backtest(counted(), catalogue, series=args.series)
    if not read:
        raise DocumentError("no document could be read.")
    if args.format == "json":
        stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(backtest_table(result))
    return 0
