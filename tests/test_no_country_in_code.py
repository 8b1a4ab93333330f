"""The catalogue alone knows Vietnam–Laos: not the extractor, inference, plot or calendar.

The check reads the code of those modules (string literals and names, not comments or
docstrings, whose examples are documentation) and looks for the catalogue's country codes,
country names and people, folded as the extractor folds text.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

import vnlao_events as ve
from vnlao_events._text import fold_plain

SRC = Path(ve.__file__).parent
CHECKED = [
    *sorted((SRC / "extract").glob("*.py")),
    SRC / "_infer.py",
    SRC / "export" / "plot.py",
    SRC / "export" / "ics.py",
]


def _docstrings(tree: ast.AST) -> set[int]:
    """The line numbers where docstrings start."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                lines.add(body[0].lineno)
    return lines


def code_texts(path: Path) -> list[tuple[int, str]]:
    """The string literals (docstrings left out) and names of a module, with their lines."""
    source = path.read_text("utf-8")
    docstrings = _docstrings(ast.parse(source))
    found: list[tuple[int, str]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        literal = token.type == tokenize.STRING and token.start[0] not in docstrings
        if literal or token.type == tokenize.NAME:
            found.append((token.start[0], token.string))
    return found


def _terms() -> tuple[set[str], list[str]]:
    catalogue = ve.Catalogue.default()
    codes = {p.country for p in catalogue.places.values() if p.kind == "country" and p.country}
    names = {
        fold_plain(name)
        for p in catalogue.places.values()
        if p.kind == "country"
        for name in (*p.names.values(), *p.aliases)
    } | {"viet", "lao", "vietnamese"}
    for person in catalogue.people.values():
        names.update(fold_plain(n) for n in (person.name, *person.aliases))
    return codes, sorted(names, key=len, reverse=True)


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(SRC)))
def test_no_country_or_person_in_code(path):
    """No country code, country name or catalogue person in the module's code."""
    codes, names = _terms()
    name_pattern = re.compile(r"(?<![a-z_])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z_])")
    code_pattern = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(codes)) + r")(?![A-Za-z])")
    problems = []
    for line, text in code_texts(path):
        if text.startswith(("'", '"', "r'", 'r"', "f'", 'f"', "rf", "fr")):
            body = text
            if code_pattern.search(body) or name_pattern.search(fold_plain(body).lower()):
                problems.append((line, text))
        elif text.lower() in {"vn", "la", "vietnam", "laos"}:
            problems.append((line, text))
    assert not problems, problems


def test_the_check_finds_what_it_looks_for(tmp_path):
    """The check itself catches a country code, a country name and a person in code."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Docstrings may say Vietnam."""\n'
        'HOSTS = ("VN", "LA")\n'
        'WORDS = "của Việt Nam"\n'
        'CHAIR = "Pham Minh Chinh"\n'
        "# a comment about Laos\n",
        encoding="utf-8",
    )
    codes, names = _terms()
    literal = [t for _, t in code_texts(sample) if t.startswith('"')]
    assert literal == ['"VN"', '"LA"', '"của Việt Nam"', '"Pham Minh Chinh"']
    assert all(
        re.search("|".join(codes), t) or any(n in fold_plain(t).lower() for n in names)
        for t in literal
    )
