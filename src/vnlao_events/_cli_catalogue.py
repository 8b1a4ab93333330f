"""The ``catalogue`` subcommand: check a catalogue file, show what the library knows, the schema.

``catalogue check FILE…`` lists every problem of each file, one line each naming the file,
the entry and the field (exit 1 when there is one); ``catalogue show [KEY]`` prints the
built-in catalogue merged with ``--catalogue FILE``: a list of the mechanisms, or one entry
as the TOML a file would hold; ``catalogue schema`` prints the JSON Schema editors use;
``catalogue example [NAME]`` prints one of the example catalogues (or lists them).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TextIO

from ._catalogue import Catalogue, catalogue_schema
from .exceptions import CatalogueError

__all__ = ["add_catalogue", "run_catalogue", "toml_entry"]


def add_catalogue(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``catalogue check FILE…``, ``catalogue show [KEY]`` and ``catalogue schema``."""
    del common  # the catalogue's commands read no articles
    parser = sub.add_parser(
        "catalogue", help="check a catalogue file, show the catalogue, print its JSON Schema"
    )
    actions = parser.add_subparsers(
        dest="action",
        metavar="ACTION",
        parser_class=type(parser),
        required=True,
        help="check, show, schema or example",
    )
    check = actions.add_parser(
        "check", help="list every problem of catalogue files (exit status 1 when there is one)"
    )
    check.add_argument("paths", nargs="+", metavar="FILE", help="TOML catalogue files")
    show = actions.add_parser(
        "show", help="the mechanisms the library knows, or one entry (built-in + --catalogue)"
    )
    show.add_argument("key", nargs="?", metavar="KEY", help="a mechanism, place or person key")
    show.add_argument(
        "--catalogue", metavar="FILE", help="a TOML file adding or overriding catalogue entries"
    )
    show.add_argument(
        "--format", choices=("toml", "json"), default="toml", help="output format of an entry"
    )
    actions.add_parser("schema", help="the JSON Schema of a catalogue file")
    example = actions.add_parser(
        "example", help="print an example catalogue shipped with the package (or list them)"
    )
    example.add_argument("name", nargs="?", metavar="NAME", help="the example's name")


def _value(value: Any) -> str:
    """A TOML value: strings, numbers, booleans, arrays and inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + "}"


def toml_entry(section: str, key: str, entry: dict[str, Any]) -> str:
    """One catalogue entry as the TOML a file would hold.

    >>> print(toml_entry("places", "x", {"kind": "city", "names": {"en": "X"}}), end="")
    [places.x]
    kind = "city"
    names.en = "X"
    """
    lines = [f"[{section}.{key}]"]
    for field, value in entry.items():
        if isinstance(value, dict) and field != "anchor":
            lines.extend(f"{field}.{k} = {_value(v)}" for k, v in value.items())
        else:
            lines.append(f"{field} = {_value(value)}")
    return "\n".join(lines) + "\n"


def _check(paths: list[str], stdout: TextIO) -> int:
    status = 0
    base = Catalogue.default()
    for path in paths:
        problems = Catalogue.check(path, base)
        for problem in problems:
            stdout.write(f"{problem}\n")
        if problems:
            status = 1
            continue
        catalogue = base.load(path)
        stdout.write(
            f"{path}: ok ({len(catalogue.mechanisms)} mechanisms, {len(catalogue.places)} places,"
            f" {len(catalogue.people)} people with the built-in catalogue)\n"
        )
    return status


def _list(catalogue: Catalogue) -> str:
    rows = [("key", "members", "host rule", "name")]
    for key, m in sorted(catalogue.mechanisms.items()):
        rule = m.host_rule.value
        if m.host_rule.value == "rotate":
            rule += f" by {m.rotation.value}"
        rows.append((key, " ".join(m.members) or "-", rule, m.name("en")))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "".join(
        "  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3] + "\n"
        for r in rows
    )


def _show(args: argparse.Namespace, stdout: TextIO) -> int:
    catalogue = Catalogue.default()
    if args.catalogue:
        catalogue = catalogue.load(args.catalogue)
    if args.key is None:
        stdout.write(_list(catalogue))
        return 0
    data = catalogue.to_dict()
    found = [
        (s, data[s][args.key])
        for s in ("mechanisms", "places", "people")
        if args.key in data.get(s, {})
    ]
    if not found:
        raise CatalogueError(
            f"no catalogue entry {args.key!r} (mechanisms:"
            f" {', '.join(sorted(catalogue.mechanisms))}; or a place or person key)",
            entry=args.key,
        )
    if args.format == "json":
        stdout.write(
            json.dumps({s: {args.key: e} for s, e in found}, ensure_ascii=False, indent=2) + "\n"
        )
    else:
        stdout.write("\n".join(toml_entry(s, args.key, e) for s, e in found))
    return 0


def run_catalogue(args: argparse.Namespace, stdout: TextIO) -> int:
    """Run the subcommand; returns the exit status (1 when a checked file has a problem)."""
    if args.action == "check":
        return _check(args.paths, stdout)
    if args.action == "show":
        return _show(args, stdout)
    if args.action == "example":
        examples = Catalogue.examples()
        if args.name is None:
            stdout.write("".join(f"{name}\n" for name in examples))
            return 0
        if args.name not in examples:
            Catalogue.example(args.name)  # raises, naming the choices
        stdout.write(examples[args.name])
        return 0
    stdout.write(json.dumps(catalogue_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0
