"""Write docs/api.md (mkdocstrings directives for the public names), copy CHANGELOG.md to
docs/changelog.md, and rewrite the README's sample output from a real run.

Run ``python docs/gen_api.py``; tests keep all three current, so a change in extraction
that changes the README's sample fails a test until this command is run again.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import vnlao_events as ve
from vnlao_events._cli import main

TARGET = Path(__file__).with_name("api.md")
ROOT = Path(__file__).parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
CHANGELOG_COPY = Path(__file__).with_name("changelog.md")
README = ROOT / "README.md"
# A sample is a fenced block right after a comment naming the command that prints it.
SAMPLE = re.compile(r"(<!-- sample: vnlao-events (?P<args>[^>]*?) -->\n```text\n)(.*?)(```)", re.S)


def render() -> str:
    """The API reference page: one mkdocstrings directive per public name, in __all__ order."""
    lines = [
        "# API reference",
        "",
        "Everything here is importable from `vnlao_events`. Generated from the docstrings by",
        "[mkdocstrings](https://mkdocstrings.github.io/); `python docs/gen_api.py` lists the",
        "names and a test keeps the list current.",
        "",
    ]
    for name in ve.__all__:
        lines += [f"::: vnlao_events.{name}", ""]
    return "\n".join(lines)


def changelog() -> str:
    """The changelog, copied into the documentation site."""
    return CHANGELOG.read_text(encoding="utf-8")


def run_sample(args: str) -> str:
    """What ``vnlao-events ARGS`` prints on standard output."""
    out = io.StringIO()
    main([*args.split(), "--quiet"], stdout=out)
    return out.getvalue()


def readme() -> str:
    """README.md with every sample block replaced by the output of its command."""
    text = README.read_text(encoding="utf-8")
    return SAMPLE.sub(lambda m: m.group(1) + run_sample(m.group("args")) + m.group(4), text)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    CHANGELOG_COPY.write_text(changelog(), encoding="utf-8")
    README.write_text(readme(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}, {CHANGELOG_COPY} and the samples in {README}\n")
