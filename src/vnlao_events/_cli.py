"""The ``vnlao-events`` command line.

With no input files every subcommand runs on the seed articles bundled with the
package. Errors are one line on stderr (``vnlao-events: error: …``) with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import attrs

from ._catalogue import Catalogue
from ._cli_backtest import add_backtest, run_backtest
from ._cli_dates import add_dates_parser, run_dates
from ._documents import Document, bundled_seeds, expand_paths, load_documents, parse_published
from ._infer import conflict_report, explain
from ._io import write_atomic
from ._model import Timeline
from ._pipeline import build_timeline
from .exceptions import DocumentError, VnlaoEventsError
from .export.ics import write_ics
from .export.json import dumps
from .export.table import table
from .export.tabular import to_csv
from .export.timelinejs import timelinejs

__all__ = ["main"]

PROG = "vnlao-events"
_PROGRESS_FROM = 36  # files: below this a progress bar only flickers


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Turn news about recurring Vietnam–Laos mechanisms into a timeline.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "files",
            nargs="*",
            metavar="FILES",
            help="text files, folders (*.txt, *.jsonl) or '-' for standard input;"
            " the bundled seed articles when none are given",
        )
        p.add_argument(
            "--lang",
            choices=("vi", "en"),
            default="en",
            help="language of names and summaries (default: en)",
        )
        p.add_argument(
            "--catalogue", metavar="FILE", help="a TOML file adding or overriding catalogue entries"
        )
        p.add_argument(
            "--published",
            metavar="DATE",
            help="published date for files that carry none (YYYY[-MM[-DD]])",
        )
        p.add_argument(
            "--series", metavar="KEY", action="append", help="only this series (repeatable)"
        )
        p.add_argument(
            "--no-infer", action="store_true", help="only what the articles state, no inference"
        )
        p.add_argument(
            "--strict", action="store_true", help="stop at the first file that cannot be read"
        )
        p.add_argument("-q", "--quiet", action="store_true", help="no warnings on stderr")

    timeline = sub.add_parser("timeline", help="print the timeline")
    common(timeline)
    timeline.add_argument(
        "--format",
        choices=("table", "json", "csv", "timelinejs"),
        default="table",
        help="output format (default: table)",
    )
    timeline.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")

    ics = sub.add_parser("ics", help="write an iCalendar file")
    common(ics)
    ics.add_argument("-o", "--output", metavar="OUT.ics", required=True)
    ics.add_argument(
        "--imprecise",
        choices=("tentative", "omit"),
        default="tentative",
        help="dates wider than a day: a tentative span, or left out",
    )
    ics.add_argument(
        "--no-inferred", action="store_true", help="leave out inferred sessions and forecasts"
    )

    why = sub.add_parser("explain", help="why a session has its date, place and status")
    why.add_argument("key", metavar="SERIES", help="the series key, e.g. political-consultation")
    why.add_argument("number", metavar="ORDINAL", type=int, help="the session's number")
    common(why)

    check = sub.add_parser("check", help="conflicts and warnings; exit 1 on a conflict")
    common(check)

    plot = sub.add_parser("plot", help="draw the timeline (needs vnlao-events[plot])")
    common(plot)
    plot.add_argument("-o", "--output", metavar="OUT.png|OUT.svg", required=True)
    add_dates_parser(sub)
    add_backtest(sub, common)
    return parser


def _warn(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"{PROG}: warning: {message}", file=sys.stderr)


def _read_stdin() -> str:
    """Standard input as UTF-8 text; other bytes are an error naming the line."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream without bytes underneath (tests, embedding)
        return sys.stdin.read()
    data = stream.read()
    try:
        return str(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DocumentError(
            f"<stdin>:{line}: not UTF-8 text.", document="<stdin>", line=line
        ) from None


def _documents(args: argparse.Namespace) -> Iterator[Document]:
    if not args.files:
        yield from bundled_seeds()
        return
    errors: list[DocumentError] | None = None if args.strict else []
    published = parse_published(args.published, "--published") if args.published else None
    paths = []
    for name in args.files:
        if name == "-":
            yield Document.from_text(_read_stdin(), id="<stdin>", published=published)
            continue
        if not Path(name).exists():
            raise DocumentError(f"{name}: no such file or folder.", document=name)
        paths.append(name)
    files = list(expand_paths(paths, errors=errors))
    seen: set[str] = set()
    progress = len(files) > _PROGRESS_FROM and sys.stderr.isatty() and not args.quiet
    for number, path in enumerate(files, start=1):
        yield from load_documents([path], published=published, errors=errors, seen_ids=seen)
        if progress:
            done = round(30 * number / len(files))
            bar = "#" * done + "." * (30 - done)
            print(f"\r{PROG}: [{bar}] {number}/{len(files)} files", end="", file=sys.stderr)
    if progress:
        print(file=sys.stderr)
    for error in errors or ():
        _warn(args, str(error))


def _timeline(args: argparse.Namespace) -> Timeline:
    catalogue = Catalogue.default()
    if args.catalogue:
        catalogue = catalogue.load(args.catalogue)
    read: list[Document] = []

    def counted() -> Iterator[Document]:
        for document in _documents(args):
            read.append(document)
            yield document

    timeline = build_timeline(counted(), catalogue, infer=not args.no_infer)
    if not read:
        raise DocumentError("no document could be read.")
    args._urls = {d.id: d.url for d in read if d.url}
    if args.series:
        unknown = [k for k in args.series if k not in catalogue.mechanisms]
        if unknown:
            raise _UsageError(
                f"unknown series {unknown[0]!r} (choose from"
                f" {', '.join(sorted(catalogue.mechanisms))})"
            )
        keep = set(args.series)
        timeline = attrs.evolve(
            timeline,
            series=[s for s in timeline.series if s.key in keep],
            events=[e for e in timeline.events if e.related_to and e.related_to[0] in keep],
            conflicts=[c for c in timeline.conflicts if c.series in keep],
        )
    args._catalogue = catalogue
    return timeline


def _emit(args: argparse.Namespace, text: str, stdout: TextIO) -> None:
    if getattr(args, "output", None):
        write_atomic(args.output, text)
    else:
        stdout.write(text)


def _run(argv: Sequence[str] | None, stdout: TextIO) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        raise _UsageError("choose a command: timeline, ics, explain, check, plot")
    if args.command == "dates":
        return run_dates(args, _documents(args), stdout)
    if args.published:
        parse_published(args.published, "--published")
    if args.command == "plot":
        try:
            from .export.plot import plot_timeline  # noqa: PLC0415 - optional dependency
        except ImportError as error:
            raise _UsageError(
                f"plotting needs matplotlib: pip install 'vnlao-events[plot]' ({error})"
            ) from None
        suffix = Path(args.output).suffix.lower()
        if suffix not in (".png", ".svg"):
            raise _UsageError(f"plot output must end in .png or .svg (got {args.output!r})")
        drawn = _timeline(args)
        for warning in drawn.warnings:
            _warn(args, warning)
        plot_timeline(drawn, args.output, lang=args.lang)
        return 0
    if args.command == "backtest":
        return run_backtest(args, _documents(args), stdout)
    timeline = _timeline(args)
    for warning in timeline.warnings:
        _warn(args, warning)
    if args.command == "timeline":
        if args.format == "json":
            _emit(args, dumps(timeline), stdout)
        elif args.format == "csv":
            _emit(args, to_csv(timeline), stdout)
        elif args.format == "timelinejs":
            _emit(args, timelinejs(timeline, args.lang), stdout)
        else:
            _emit(args, table(timeline, args.lang), stdout)
        return 0
    if args.command == "ics":
        suffix = Path(args.output).suffix.lower()
        if suffix not in (".ics", ".ical", ".ifb", ".icalendar"):
            raise _UsageError(f"the calendar file must end in .ics (got {args.output!r})")
        write_ics(
            timeline,
            args.output,
            lang=args.lang,
            include_inferred=not args.no_inferred,
            imprecise=args.imprecise,
            urls=args._urls,
            catalogue=args._catalogue,
        )
        if not args.quiet:
            count = sum(1 for _ in timeline.sessions()) + len(timeline.events)
            print(
                f"{PROG}: wrote {args.output} ({count} sessions and events considered)",
                file=sys.stderr,
            )
        return 0
    if args.command == "explain":
        if args.key not in args._catalogue.mechanisms:
            raise _UsageError(
                f"unknown series {args.key!r} (choose from"
                f" {', '.join(sorted(args._catalogue.mechanisms))})"
            )
        stdout.write(explain(timeline, args.key, args.number, args.lang) + "\n")
        return 0
    # check
    stdout.write(conflict_report(timeline))
    if not timeline.conflicts:
        stdout.write("no conflicts\n")
    return 1 if timeline.conflicts else 0


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 conflicts found, 2 error)."""
    out = stdout or sys.stdout
    try:
        return _run(argv, out)
    except _UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except VnlaoEventsError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
