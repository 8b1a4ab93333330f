"""Write docs/api.md from the public docstrings and copy CHANGELOG.md to docs/changelog.md.

Run ``python docs/gen_api.py``; a test keeps both files current.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import vnlao_events as ve

TARGET = Path(__file__).with_name("api.md")
CHANGELOG = Path(__file__).parent.parent / "CHANGELOG.md"
CHANGELOG_COPY = Path(__file__).with_name("changelog.md")


def _signature(obj: object) -> str:
    try:
        return str(inspect.signature(obj))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""


def render() -> str:
    """The API reference as Markdown."""
    lines = [
        "# API reference",
        "",
        "Generated from the docstrings by `python docs/gen_api.py`; a test keeps it current.",
        "Everything here is importable from `vnlao_events`.",
        "",
    ]
    for name in ve.__all__:
        obj = getattr(ve, name)
        if not callable(obj):
            lines += [f"## `{name}`", "", f"`{obj!r}`", ""]
            continue
        kind = "class" if inspect.isclass(obj) else "function"
        signature = "" if kind == "class" and issubclass(obj, Exception) else _signature(obj)
        lines += [f"## {kind} `{name}{signature}`", ""]
        doc = inspect.getdoc(obj) or ""
        lines += ["```text", doc, "```", ""]
    return "\n".join(lines)


def changelog() -> str:
    """The changelog, copied into the documentation site."""
    return CHANGELOG.read_text(encoding="utf-8")


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    CHANGELOG_COPY.write_text(changelog(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET} and {CHANGELOG_COPY}\n")
