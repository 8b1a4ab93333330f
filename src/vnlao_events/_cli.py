"""The ``vnlao-events`` command line.

With no input files every subcommand runs on the seed articles bundled with the
package. Exit status, as grep's: 0 when something was found, 1 when nothing was found
(or, for ``check``, when there is a conflict), 2 for an error, which is one line on
stderr (``vnlao-events: error: …``), never a traceback.

A subcommand is a pair of functions: ``add_<name>(commands, inputs)`` adds its parser,
and ``run_<name>(args, stdout)`` runs it and returns the exit status; :data:`COMMANDS`
lists them in the order ``--help`` shows them. A subcommand that grows lives in its own
module ``_cli_<name>.py`` with the same pair, imported and listed in :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO, TypeAlias, cast

import attrs

from ._catalogue import Catalogue
from ._cli_archive import add_archive_options, add_jsonl_option, progress_for, run_jsonl
from ._cli_backtest import add_backtest, run_backtest
from ._cli_catalogue import add_catalogue, run_catalogue
from ._cli_dates import add_dates_parser, run_dates
from ._dates import PartialDate
from ._documents import (
    Document,
    DocumentFile,
    bundled_seeds,
    expand_paths,
    load_documents,
    load_sources,
    parse_published,
)
from ._infer import conflict_report, explain
from ._io import write_atomic
from ._model import Series, Session, Timeline
from ._pipeline import build_timeline, unique_documents
from .archive.heap import long_lived
from .archive.pool import Reading, build
from .exceptions import DocumentError, ParseError, VnlaoEventsError
from .export.json import iter_json
from .export.tabular import to_csv
from .export.timelinejs import to_timelinejs

__all__ = ["COMMANDS", "main"]

PROG = "vnlao-events"
EXIT_OK, EXIT_NOT_FOUND, EXIT_ERROR = 0, 1, 2
_EPILOG = (
    "exit status: 0 when something was found, 1 when nothing was found (check: a conflict),"
    " 2 for an error. With no FILES the bundled seed articles are read."
)


class _UsageError(Exception):
    pass


class _NotFoundError(Exception):
    """Nothing to show: said on stderr, exit status 1 (as grep does)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


# ------------------------------------------------------------------------------ options

Adder = Callable[[argparse.ArgumentParser], None]


def _inputs(p: argparse.ArgumentParser) -> None:
    """The options every command that reads articles has."""
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILES",
        help="text files, folders (*.txt, *.jsonl) or '-' for standard input;"
        " the bundled seed articles when none are given",
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
        "--strict", action="store_true", help="stop at the first file that cannot be read"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no warnings or notes on stderr")
    add_archive_options(p)


def _series_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--series", metavar="KEY", action="append", help="only this series (repeatable)")


def _selection(p: argparse.ArgumentParser) -> None:
    """Options that choose what part of the timeline a command shows."""
    _series_option(p)
    p.add_argument(
        "--no-infer",
        action="store_true",
        help="only what the articles state: no inferred sessions, windows or forecasts",
    )


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang",
        choices=("en", "vi"),
        default="en",
        help="language of names, places and labels (default: en, as in the Python API)",
    )


def _output(p: argparse.ArgumentParser, metavar: str, *, required: bool = False) -> None:
    p.add_argument(
        "-o",
        "--output",
        metavar=metavar,
        required=required,
        help="the file to write ('-' for standard output)"
        + ("" if required else "; standard output by default"),
    )


# ------------------------------------------------------------------------------ reading


def _warn(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"{PROG}: warning: {message}", file=sys.stderr)


def _note(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"{PROG}: {message}", file=sys.stderr)


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
    return cast("Iterator[Document]", _sources(args, files=False))


def _sources(args: argparse.Namespace, *, files: bool = True) -> Iterator[Document | DocumentFile]:
    """The command's articles; with ``files``, text files as checked, unread files."""
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
    paths_read = list(expand_paths(paths, errors=errors))
    seen: set[str] = set()
    if getattr(args, "progress", None) and not any(f.endswith(".jsonl") for f in paths_read):
        args.progress.total = len(paths_read)  # the time left is shown
    for path in paths_read:
        if files:
            yield from load_sources(
                [path], published=published, errors=errors, seen_ids=seen, expanded=True
            )
        else:
            yield from load_documents([path], published=published, errors=errors, seen_ids=seen)
        if getattr(args, "progress", None):
            args.progress.file_read()
    for error in errors or ():
        _warn(args, str(error))


def _unknown_series(key: str, catalogue: Catalogue) -> _UsageError:
    keys = sorted(catalogue.mechanisms)
    import difflib  # noqa: PLC0415 - loaded for a mistyped key only

    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else f" (choose from {', '.join(keys)})"
    return _UsageError(f"unknown series {key!r}{hint}")


def _catalogue(args: argparse.Namespace) -> Catalogue:
    catalogue = Catalogue.default()
    if args.catalogue:
        catalogue = catalogue.load(args.catalogue)
    return catalogue


def _timeline(args: argparse.Namespace, catalogue: Catalogue) -> Timeline:
    """The timeline of the command's articles, with the selection options applied."""
    keep = getattr(args, "series", None)
    for key in keep or ():
        if key not in catalogue.mechanisms:
            raise _unknown_series(key, catalogue)
    read: list[Document] = []
    repeats: list[tuple[str, str]] = []

    def counted() -> Iterator[Document]:
        for document in unique_documents(_documents(args), repeats):
            read.append(document)
            yield document

    args.progress = getattr(args, "progress", None) or progress_for(args)
    infer = not getattr(args, "no_infer", False)
    if getattr(args, "cache", None):  # a cached file is not read as a document
        reading = Reading()
        timeline = build(
            _sources(args),
            catalogue,
            infer=infer,
            jobs=getattr(args, "jobs", 1),
            cache=args.cache,
            progress=args.progress,
            reading=reading,
        )
        count, repeats, args.urls = reading.documents, reading.repeats, reading.urls
    else:
        timeline = build_timeline(
            counted(),
            catalogue,
            infer=infer,
            jobs=getattr(args, "jobs", 1),
            progress=args.progress,
        )
        count, args.urls = len(read), {d.id: d.url for d in read if d.url}
    if not count:
        raise DocumentError("no document could be read.")
    if repeats:
        first, kept = repeats[0]
        _note(
            args,
            f"{len(repeats)} document(s) repeat another word for word and count once"
            f" (e.g. {first} = {kept}).",
        )
    args.documents_read = count
    for warning in timeline.warnings:
        _warn(args, warning)
    if keep:
        wanted = set(keep)
        timeline = attrs.evolve(
            timeline,
            series=[s for s in timeline.series if s.key in wanted],
            events=[e for e in timeline.events if e.related_to and e.related_to[0] in wanted],
            periods=(),
            anniversaries=(),
            conflicts=[c for c in timeline.conflicts if c.series in wanted],
        )
    return timeline


def _found_or_raise(args: argparse.Namespace, timeline: Timeline) -> None:
    """Raise :class:`_NotFoundError` when the articles hold nothing to show."""
    if any(timeline.sessions()) or timeline.events:
        return
    if timeline.periods or timeline.anniversaries:
        return
    what = "of the chosen series" if getattr(args, "series", None) else "of a known mechanism"
    raise _NotFoundError(
        f"nothing found: no session or event {what} in {args.documents_read} document(s)"
    )


def _emit(args: argparse.Namespace, data: str | bytes | Iterator[str], stdout: TextIO) -> None:
    """Write to ``-o FILE`` atomically, or to standard output for ``-o -`` or no ``-o``.

    Text given in pieces is written piece by piece, to the file or to standard output.
    """
    target = getattr(args, "output", None)
    if target and target != "-":
        write_atomic(target, data)
    elif not isinstance(data, str | bytes):
        for piece in data:
            stdout.write(piece)
    elif isinstance(data, bytes):
        stdout.flush()
        buffer = getattr(stdout, "buffer", None)
        if buffer is None:
            raise _UsageError("binary output needs a file: give -o FILE")
        buffer.write(data)
        buffer.flush()
    else:
        stdout.write(data)


# ------------------------------------------------------------------------------ commands


def add_timeline(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``timeline`` parser."""
    p = commands.add_parser("timeline", help="print the timeline", epilog=_EPILOG)
    inputs(p)
    _selection(p)
    _lang(p)
    p.add_argument(
        "--format",
        choices=("table", "json", "csv", "timelinejs", "jsonl"),
        default="table",
        help="output format (default: table); csv written to a file starts with a byte-order"
        " mark for spreadsheets, as write_csv does",
    )
    add_jsonl_option(p)
    _output(p, "FILE")


def run_timeline(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print or write the timeline."""
    catalogue = _catalogue(args)
    if args.format == "jsonl":
        args.progress = progress_for(args)
        return run_jsonl(args, stdout, catalogue, _timeline, _sources if args.cache else _documents)
    timeline = _timeline(args, catalogue)
    to_file = bool(args.output) and args.output != "-"
    text: str | Iterator[str]
    if args.format == "json":
        text = iter_json(timeline, catalogue=catalogue)
    elif args.format == "csv":
        text = ("\ufeff" if to_file else "") + to_csv(timeline)
    elif args.format == "timelinejs":
        text = to_timelinejs(timeline, args.lang, catalogue=catalogue)
    else:
        from .export.table import table  # noqa: PLC0415 - loaded when first used

        text = table(timeline, args.lang, catalogue=catalogue)
    _emit(args, text, stdout)
    _found_or_raise(args, timeline)
    return EXIT_OK


def add_ics(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``ics`` parser."""
    p = commands.add_parser("ics", help="write an iCalendar file", epilog=_EPILOG)
    inputs(p)
    _selection(p)
    _lang(p)
    _output(p, "OUT.ics", required=True)
    p.add_argument(
        "--imprecise",
        choices=("tentative", "omit"),
        default="tentative",
        help="dates wider than a day: a tentative all-day span (default), or left out",
    )


def run_ics(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the calendar."""
    if args.output != "-" and Path(args.output).suffix.lower() not in (
        ".ics",
        ".ical",
        ".ifb",
        ".icalendar",
    ):
        raise _UsageError(f"the calendar file must end in .ics (got {args.output!r})")
    catalogue = _catalogue(args)
    timeline = _timeline(args, catalogue)
    from .export.ics import to_ics  # noqa: PLC0415 - icalendar, loaded when first used

    text = to_ics(
        timeline,
        lang=args.lang,
        imprecise=args.imprecise,
        urls=args.urls,
        catalogue=catalogue,
    )
    _emit(args, text, stdout)
    if args.output != "-":
        _note(args, f"wrote {args.output} ({text.count('BEGIN:VEVENT')} events)")
    _found_or_raise(args, timeline)
    return EXIT_OK


def add_html(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``html`` parser."""
    p = commands.add_parser(
        "html", help="write the timeline as one self-contained web page", epilog=_EPILOG
    )
    inputs(p)
    _selection(p)
    _lang(p)
    _output(p, "OUT.html", required=True)


def run_html(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the web page."""
    from .export.html import to_html  # noqa: PLC0415 - only this command needs it

    catalogue = _catalogue(args)
    timeline = _timeline(args, catalogue)
    _emit(args, to_html(timeline, lang=args.lang, urls=args.urls, catalogue=catalogue), stdout)
    if args.output != "-":
        _note(args, f"wrote {args.output}")
    _found_or_raise(args, timeline)
    return EXIT_OK


_PLOT_TYPES = ("png", "svg", "pdf")


def add_plot(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``plot`` parser."""
    p = commands.add_parser(
        "plot", help="draw the timeline (needs vnlao-events[plot])", epilog=_EPILOG
    )
    inputs(p)
    _selection(p)
    _lang(p)
    _output(p, "OUT.png|OUT.svg|OUT.pdf", required=True)
    p.add_argument(
        "--format",
        choices=_PLOT_TYPES,
        help="the picture's type (default: from the file name; png on standard output)",
    )


def run_plot(args: argparse.Namespace, stdout: TextIO) -> int:
    """Draw the picture."""
    try:
        from .export.plot import plot_bytes  # noqa: PLC0415 - optional dependency
    except ImportError as error:
        raise _UsageError(
            f"plotting needs matplotlib: pip install 'vnlao-events[plot]' ({error})"
        ) from None
    kind = args.format
    if kind is None:
        suffix = "png" if args.output == "-" else Path(args.output).suffix.lower().lstrip(".")
        if suffix not in _PLOT_TYPES:
            raise _UsageError(f"plot output must end in .png, .svg or .pdf (got {args.output!r})")
        kind = suffix
    catalogue = _catalogue(args)
    timeline = _timeline(args, catalogue)
    _emit(args, plot_bytes(timeline, kind, lang=args.lang, catalogue=catalogue), stdout)
    _found_or_raise(args, timeline)
    return EXIT_OK


def add_explain(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``explain`` parser."""
    p = commands.add_parser(
        "explain", help="why a session has its date, place and status", epilog=_EPILOG
    )
    p.add_argument("key", metavar="SERIES", help="the series key, e.g. political-consultation")
    p.add_argument(
        "which",
        metavar="SESSION",
        help="the session's ordinal (8), or for any session a date it falls on"
        " (2024-08-29, 2024-08 or 2024), or MM-DD for a session whose year is open",
    )
    inputs(p)
    _lang(p)


def _by_date(series: Series, text: str) -> list[Session]:
    """The sessions whose date or window meets the date ``text``.

    ``MM-DD`` (a day without a year) finds sessions whose year the articles leave open.
    """
    usage = _UsageError(
        f"SESSION must be an ordinal, a date YYYY[-MM[-DD]] or a day MM-DD (got {text!r})"
    )
    try:
        wanted = PartialDate.parse_iso("--" + text if len(text) == 5 else text)
    except (ParseError, ValueError):
        raise usage from None
    first, last = wanted.earliest, wanted.latest
    found = []
    for session in series.sessions:
        if first is None or last is None:  # a day of an open year
            day = session.when.month_day if session.when else None
            if day is not None and (day.month, day.day) == (wanted.month, wanted.day):
                found.append(session)
            continue
        window = session.when.window if session.when else None
        window = window or session.series_window
        if window is not None and window.earliest <= last and first <= window.latest:
            found.append(session)
    return found


def _explain_one(timeline: Timeline, session: Session, lang: str) -> str:
    if session.number is not None:
        return explain(timeline, session.series, session.number, lang)
    # An unnumbered session: explain it alone, under a stand-in number, then name it.
    alone = Timeline(
        series=[Series(key=session.series, sessions=[attrs.evolve(session, ordinal=1)])]
    )
    lines = explain(alone, session.series, 1, lang).splitlines()
    return "\n".join([session.label(), *lines[1:]])


def run_explain(args: argparse.Namespace, stdout: TextIO) -> int:
    """Explain one session (or every session on the date given)."""
    catalogue = _catalogue(args)
    if args.key not in catalogue.mechanisms:
        raise _unknown_series(args.key, catalogue)
    timeline = _timeline(args, catalogue)
    series = timeline.get_series(args.key) or Series(key=args.key)
    if args.which.isdigit():
        session = series.session(int(args.which))
        sessions = [] if session is None else [session]
        wanted = f"session {args.which}"
    else:
        sessions = _by_date(series, args.which)
        wanted = f"session on {args.which}"
    if not sessions:
        held = [s.label().split(" ", 1)[1] for s in series.sessions]
        has = f"it has {', '.join(held)}" if held else "it has none"
        raise _NotFoundError(f"not found: no {wanted} of {args.key} ({has})")
    stdout.write("\n\n".join(_explain_one(timeline, s, args.lang) for s in sessions) + "\n")
    return EXIT_OK


def add_check(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``check`` parser."""
    p = commands.add_parser(
        "check",
        help="conflicts and warnings; exit status 1 on a conflict",
        epilog="exit status: 0 without conflicts, 1 with one, 2 for an error.",
    )
    inputs(p)
    _selection(p)


def run_check(args: argparse.Namespace, stdout: TextIO) -> int:
    """List conflicts; exit status 1 when there is one."""
    timeline = _timeline(args, _catalogue(args))
    stdout.write(conflict_report(timeline))
    if not timeline.conflicts:
        stdout.write("no conflicts\n")
    return 1 if timeline.conflicts else EXIT_OK


def add_completion(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``completion`` parser."""
    p = commands.add_parser(
        "completion",
        help="print a shell completion script",
        description='Print a completion script. bash: eval "$(vnlao-events completion bash)";'
        " zsh: vnlao-events completion zsh > ~/.zfunc/_vnlao-events;"
        " fish: vnlao-events completion fish > ~/.config/fish/completions/vnlao-events.fish",
    )
    p.add_argument("shell", choices=("bash", "zsh", "fish"), help="the shell")


def run_completion(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print the completion script."""
    from ._cli_completion import script  # noqa: PLC0415

    stdout.write(script(_parser(), args.shell))
    return EXIT_OK


def add_dates(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``dates`` parser (its options are its own: see ``_cli_dates.py``)."""
    add_dates_parser(commands)


def run_dates_command(args: argparse.Namespace, stdout: TextIO) -> int:
    """Tag the dates of the command's documents."""
    return run_dates(args, _documents(args), stdout)


def _backtest_inputs(p: argparse.ArgumentParser) -> None:
    _inputs(p)
    _series_option(p)  # a backtest always infers: --no-infer would mean nothing


def add_backtest_command(commands: argparse._SubParsersAction[_Parser], inputs: Adder) -> None:
    """The ``backtest`` parser."""
    add_backtest(commands, _backtest_inputs)


def run_backtest_command(args: argparse.Namespace, stdout: TextIO) -> int:
    """Hide, infer back and score each session of known day."""
    catalogue = _catalogue(args)
    for key in args.series or ():
        if key not in catalogue.mechanisms:
            raise _unknown_series(key, catalogue)
    return run_backtest(args, _documents(args), stdout)


Runner = Callable[[argparse.Namespace, TextIO], int]
Command: TypeAlias = (
    "tuple[str, Callable[[argparse._SubParsersAction[_Parser], Adder], None], Runner]"
)

#: Every subcommand: its name, the function adding its parser, the function running it.
COMMANDS: list[Command] = [
    ("timeline", add_timeline, run_timeline),
    ("ics", add_ics, run_ics),
    ("html", add_html, run_html),
    ("explain", add_explain, run_explain),
    ("check", add_check, run_check),
    ("plot", add_plot, run_plot),
    ("dates", add_dates, run_dates_command),
    ("backtest", add_backtest_command, run_backtest_command),
    ("catalogue", add_catalogue, run_catalogue),
    ("completion", add_completion, run_completion),
]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Turn news about recurring Vietnam–Laos mechanisms into a timeline.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} 0.1.0")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for _, add, _ in COMMANDS:
        add(commands, _inputs)
    return parser


def _run(argv: Sequence[str] | None, stdout: TextIO) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        raise _UsageError(f"choose a command: {', '.join(name for name, _, _ in COMMANDS)}")
    if getattr(args, "published", None):
        parse_published(args.published, "--published")
    runner = next(run for name, _, run in COMMANDS if name == args.command)
    with long_lived():  # the modules, the cached mentions and the timeline last the run
        return runner(args, stdout)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 found, 1 nothing found, 2 error)."""
    out = stdout or sys.stdout
    try:
        return _run(argv, out)
    except _NotFoundError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except (_UsageError, VnlaoEventsError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
