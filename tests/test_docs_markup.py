"""The documentation pages build: nothing in them that the site's Markdown reader rejects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])

# Python-Markdown reads "<!" as the start of an HTML declaration, even inside inline code, and
# stops the strict site build on anything but a comment; a regex look-behind is the usual case.
_DECLARATION = re.compile(r"<!(?!--)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_page_holds_an_html_declaration_the_site_build_rejects(page):
    """Write a look-behind in words ("a negative look-behind on a digit"), never as regex."""
    text = page.read_text(encoding="utf-8")
    found = [text.count("\n", 0, m.start()) + 1 for m in _DECLARATION.finditer(text)]
    assert not found, f"{page.name}: '<!' on line(s) {found}"
