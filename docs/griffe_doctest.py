"""A griffe extension: ``>>>`` examples in docstrings become fenced ``pycon`` blocks.

The docstrings keep plain doctest examples (pytest runs them); fencing them for the site
keeps Markdown from reading ``x["a"][0]`` as a link.
"""

from __future__ import annotations

import griffe


def fence(text: str) -> str:
    """Wrap every run of ``>>>``/``...`` lines and their output in a ``pycon`` fence."""
    out: list[str] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.lstrip().startswith(">>>"):
            out.append(line)
            index += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.append(f"{indent}```pycon")
        while index < len(lines) and lines[index].strip() and lines[index].startswith(indent):
            out.append(lines[index])
            index += 1
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fences the doctest examples of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: object) -> None:
        """Rewrite the object's docstring, once."""
        docstring = obj.docstring
        if docstring is not None and ">>>" in docstring.value and "```pycon" not in docstring.value:
            docstring.value = fence(docstring.value)
