"""Every label the outputs print comes from the phrase table, in both languages."""

from __future__ import annotations

import string

import pytest

import vnlao_events as ve
from vnlao_events import _infer
from vnlao_events._derivation import word
from vnlao_events.export import html, ics, plot, table

# Each label with where it is printed; a label is English, its own language's text.
LABELS = sorted(
    {
        *((label, "explain") for label in _infer.EXPLAIN_LABELS),
        *((label, "explain: likely basis") for label in _infer._BASIS.values()),
        *((label, "explain: rejected rule") for label in _infer._RULE.values()),
        *((status.value, "explain, table: status") for status in ve.Status),
        *((part.value, "table: part of day") for part in ve.PartOfDay),
        *((label, "page") for label in html.LABELS.values()),
        *((label, "table") for label in table.LABELS.values()),
        *((label, "calendar") for label in ics.LABELS.values()),
        *((label, "calendar: summary note") for label in ics._SUMMARY_NOTE),
        *((label, "plot") for label in plot.LABELS.values()),
        ("likely", "table"),
        ("rejected: see conflicts", "table"),
    }
)


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize(("label", "where"), LABELS)
def test_label_is_its_own_english(label, where):
    """In English a label prints as written: the code holds the English side only."""
    assert word(label, "en") == label, where


@pytest.mark.parametrize(("label", "where"), LABELS)
def test_label_has_a_vietnamese_phrase_with_the_same_fields(label, where):
    """Every label has a Vietnamese phrase, with the same {fields} when it is a template."""
    vietnamese = word(label, "vi")
    assert vietnamese != label, (label, where)
    assert _fields(vietnamese) == _fields(label), (label, where)


def test_vietnamese_explain_prints_no_english_label(seeds_timeline):
    """explain(lang="vi") of every seeds session carries none of the English labels."""
    english = {f"  {label}:" for label in _infer.EXPLAIN_LABELS}
    for session in seeds_timeline.sessions():
        if session.number is None:
            continue
        text = ve.explain(seeds_timeline, session.series, session.number, "vi")
        assert not [line for line in text.splitlines() if line.startswith(tuple(english))]
        assert text.splitlines()[1].startswith(f"  {word('status', 'vi')}: ")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "The timeline has no session 99 of x."),  # the English template
        ("vi", "Không có phiên 99 của x trong dòng thời gian."),  # the Vietnamese one
    ],
)
def test_a_session_the_timeline_lacks_is_said_in_each_language(lang, expected):
    """The 'no such session' sentence is a phrase of the table, filled with the ordinal."""
    assert ve.explain(ve.Timeline(), "x", 99, lang) == expected


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("en", "#  date"), ("vi", "#  thời gian")],  # the header's first two columns
)
def test_table_header_in_each_language(seeds_timeline, lang, heading):
    """The table's header comes from the phrase table's words."""
    text = table.table(seeds_timeline, lang=lang)
    assert any(line.strip().startswith(heading) for line in text.splitlines())
