"""Sentence ends are looked for only after a sentence mark or at a newline."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events._text import FoldedText
from vnlao_events.extract.sentences import _SENTENCE_END, _sentence_ends, sentences

_PIECES = [
    "Mr.", "Ms.", "dr.", " ", "  ", ".", "!", "?", ";", "\n", "\n\n", "A", "Kỳ", "ab", "x",
    '"', "”", "(", "2", "Hà", "họp.", "Đ", "met.", "The", "Dec.", "Sept.", "ba.", " 9",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_sentence_ends_are_those_a_scan_of_every_position_finds(pieces):
    """Trying the end pattern only after a mark or at a newline finds every end."""
    text = "".join(pieces)
    assert [m.span() for m in _sentence_ends(text)] == [
        m.span() for m in _SENTENCE_END.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviated month before its day ends no sentence
        ("It took place on Dec. 9 in Vientiane. It ended.", 2),
        ("Held on Sept. 12, 2023 in Hanoi. Next.", 2),
        ("They met on Jan. 7. The talks went well.", 2),
        # the month at a sentence's end still ends it
        ("It ended in Dec. The next one is due.", 2),
        # a Vietnamese month word is a full name, never an abbreviation
        ("Kỳ họp diễn ra vào tháng ba. 5 đoàn tham dự.", 2),
        ("Hội nghị họp tháng mười hai. 3 bên ký kết.", 2),
    ],
)
def test_abbreviated_month_before_its_day(text, expected):
    """'Dec. 9' stays in its sentence; month words that are full names end one as before."""
    assert len(list(sentences(FoldedText.of(text)))) == expected


def test_a_session_on_an_abbreviated_month_keeps_its_day():
    """'took place on Dec. 9' dates the session it reports (the day is in its sentence)."""
    doc = ve.Document.from_text(
        "The 27th annual meeting between the Vietnamese and Lao border delegations took "
        "place on Dec. 9 in Vientiane.",
        published=ve.PartialDate(2023, 12, 11),
    )
    (found,) = [m for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]
    assert found.date is not None
    assert found.date.window == ve.DateWindow.day(date(2023, 12, 9))
