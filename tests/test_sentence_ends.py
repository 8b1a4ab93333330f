"""Sentence ends are looked for only after a sentence mark or at a newline."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events._text import FoldedText
from vnlao_events.extract.phrases import Phrases, using
from vnlao_events.extract.sentences import _sentence_end, _sentence_ends, sentences

_PIECES = [
    "Mr.", "Ms.", "dr.", "H.E.", "TP.", " ", "  ", ".", "!", "?", ";", "\n", "\n\n", "A", "Kỳ",
    "ab", "x",
    '"', "”", "(", "2", "Hà", "họp.", "Đ", "met.", "The", "Dec.", "Sept.", "ba.", " 9",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_sentence_ends_are_those_a_scan_of_every_position_finds(pieces):
    """Trying the end pattern only after a mark or at a newline finds every end."""
    text = "".join(pieces)
    assert [m.span() for m in _sentence_ends(text)] == [
        m.span() for m in _sentence_end().finditer(text)
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


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was co-chaired by H.E. Saleumxay Kommasith and Mr. Bui Thanh Son.",
        "Dr. Khamla Phommachanh and Ms. Nguyen Thi Lan attended the session.",
        "Assoc. Prof. Dr. Nguyen Viet Thao opened the theory workshop.",
        "Prof. Nguyen Xuan Thang and Mrs. Bui Thi Ha spoke at the session.",
        "Kỳ họp diễn ra tại TP. Hồ Chí Minh ngày 5/1.",
        "PGS. TS. Nguyễn Văn A phát biểu tại hội thảo lý luận.",
        "GS. Nguyễn Văn B và ThS. Lê Thị C dự cuộc họp.",
    ],
)
def test_an_abbreviation_ends_no_sentence(text):
    """The full stop of an abbreviated title or of "TP." ends no sentence, in both languages."""
    assert len(list(sentences(FoldedText.of(text)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Hanoi. Mr. Son spoke first.",
        "Cuộc họp diễn ra tại Hà Nội. TS. Phạm Văn B phát biểu.",
    ],
)
def test_a_sentence_still_ends_before_an_abbreviation(text):
    """A stop before the abbreviation still ends the sentence before it."""
    assert len(list(sentences(FoldedText.of(text)))) == 2


def test_the_abbreviations_are_the_phrase_files():
    """A phrase set without abbreviations splits after "Mr." as after any word."""
    text = "It was co-chaired by Mr. Bui Thanh Son."
    assert len(list(sentences(FoldedText.of(text)))) == 1
    tables = {
        lang: {**t, "body": {k: v for k, v in t.get("body", {}).items() if k != "abbreviations"}}
        for lang, t in Phrases.default().tables.items()
    }
    with using(Phrases.from_tables(tables)):
        assert len(list(sentences(FoldedText.of(text)))) == 2
