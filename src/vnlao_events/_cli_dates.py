"""The ``vnlao-events dates`` command: the date tagger over files, as a table, JSON or TIMEX3.

Each document's dates are found with :func:`vnlao_events.find_dates`, anchored to the
document's published date (its header, or ``--published``).
"""

from __future__ import annotations

import argparse
import html
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ._documents import Document
from ._tagger import DateMention, find_dates, to_timex3
from .exceptions import DocumentError

__all__ = ["add_dates_parser", "run_dates"]


def add_dates_parser(sub: Any) -> None:
    """Add the ``dates`` subcommand to the command line's subparsers."""
    parser = sub.add_parser("dates", help="the date expressions of each text, anchored")
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILES",
        help="text files, folders (*.txt, *.jsonl) or '-' for standard input;"
        " the bundled seed articles when none are given",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "timex3"),
        default="table",
        help="output format (default: table)",
    )
    parser.add_argument(
        "--text-lang",
        choices=("vi", "en"),
        help="only this language's date rules (default: both)",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="published date for files that carry none (YYYY[-MM[-DD]])",
    )
    parser.add_argument(
        "--strict", action="store_true", help="stop at the first file that cannot be read"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings on stderr")


def _row(mention: DateMention) -> dict[str, Any]:
    when = mention.when
    return {
        "start": mention.start,
        "end": mention.end,
        "quote": mention.quote,
        "kind": mention.kind.value,
        "date": when.format_iso() if when else None,
        "precision": mention.precision.value if mention.precision else None,
        "part_of_day": mention.part_of_day.value if mention.part_of_day else None,
        "anchoring": mention.anchoring.value,
        "why": mention.why,
        "timex3": {"type": mention.timex_type, "value": mention.timex_value}
        | ({"mod": mention.timex_mod} if mention.timex_mod else {}),
    }


def _table(document: Document, mentions: list[DateMention]) -> str:
    header = ("span", "quote", "kind", "date", "part", "anchored")
    rows = [
        (
            f"{m.start}-{m.end}",
            " ".join(m.quote.split()),
            m.kind.value,
            m.when.format_iso() if m.when else "?",
            m.part_of_day.value if m.part_of_day else "",
            m.anchoring.value,
        )
        for m in mentions
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    published = document.published.format_iso() if document.published else "no published date"
    lines = [f"{document.id} ({published})"]
    for row in (header, *rows):
        lines.append("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def run_dates(
    args: argparse.Namespace,
    documents: Iterable[Document],
    stdout: TextIO,
    emit: Callable[[str], None] | None = None,
) -> int:
    """Tag every document's dates and write them in ``args.format``; returns the exit status."""
    write = emit or stdout.write
    items = []
    for document in documents:
        mentions = find_dates(document.text, published=document.published, lang=args.text_lang)
        items.append((document, mentions))
    if not items:
        raise DocumentError("no document could be read.")
    if args.format == "json":
        data = [
            {
                "document": document.id,
                "published": document.published.format_iso() if document.published else None,
                "dates": [_row(m) for m in mentions],
            }
            for document, mentions in items
        ]
        write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "timex3":
        for document, mentions in items:
            dct = ""
            if document.published is not None:
                value = document.published.format_iso()
                dct = (
                    f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}"'
                    ' functionInDocument="CREATION_TIME" /></DCT>\n'
                )
            write(
                f"<TimeML>\n<DOCID>{html.escape(document.id)}</DOCID>\n{dct}"
                f"<TEXT>{to_timex3(document.text, mentions)}</TEXT>\n</TimeML>\n"
            )
    else:
        write("\n".join(_table(document, mentions) for document, mentions in items))
    return 0
