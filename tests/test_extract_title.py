"""A title the body does not repeat tells which session the body's words refer to."""

from __future__ import annotations

import pytest

import vnlao_events as ve

_TITLED = [
    ("Việt Nam - Lào tổ chức Tham vấn chính trị lần thứ 11",
     "Chiều 5/6/2024, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Hùng Việt và Thứ trưởng Ngoại giao "
     "Lào Phongsavanh Sithavong đã đồng chủ trì cuộc tham vấn.",
     "political-consultation", 11, "2024-06-05"),
    ("Vietnam, Laos hold 10th political consultation",
     "The consultation took place in Vientiane on July 8, 2025 under the chair of Deputy "
     "Foreign Minister Nguyen Manh Cuong and his Lao counterpart Phongsamouth Anlavan.",
     "political-consultation", 10, "2025-07-08"),
    ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào",
     "Sáng 9/1/2024, tại Hà Nội, hai Thủ tướng đã đồng chủ trì kỳ họp.",
     "intergovernmental-committee", 46, "2024-01-09"),
    ("Vietnamese, Lao border delegations convene 32nd meeting",
     "The meeting was held in Luang Prabang on December 19, 2022.",
     "border-annual-meeting", 32, "2022-12-19"),
]  # fmt: skip


def _sessions(document: ve.Document) -> list[ve.SessionMention]:
    return [m for m in ve.extract(document) if isinstance(m, ve.SessionMention)]


@pytest.mark.parametrize(("title", "text", "series", "ordinal", "day"), _TITLED)
def test_the_body_s_session_is_the_one_its_title_names(title, text, series, ordinal, day):
    """Evidence from the body, ordinal from the title: "cuộc tham vấn" is the 11th."""
    document = ve.Document(id="a", text=text, title=title, published=ve.PartialDate(2025, 12, 1))
    (mention,) = _sessions(document)
    assert (mention.series, mention.ordinal) == (series, ordinal)
    assert mention.date is not None
    assert mention.date.format_iso() == day
    assert mention.evidence.quote in text  # the body's words, never the title's


@pytest.mark.parametrize(("title", "text", "series", "ordinal", "day"), _TITLED)
def test_a_body_that_repeats_its_title_reads_it_once(title, text, series, ordinal, day):
    """A saved page that begins with its title reads it as its first sentence, as before."""
    titled = ve.Document(
        id="a", text=f"{title}\n\n{text}", title=title, published=ve.PartialDate(2025, 12, 1)
    )
    plain = ve.Document(id="a", text=f"{title}\n\n{text}", published=ve.PartialDate(2025, 12, 1))
    assert ve.extract(titled) == ve.extract(plain)


def test_without_a_title_the_bare_anaphor_names_no_session():
    """The title is what names the session: the same body alone reports none."""
    _, text, *_ = _TITLED[0]
    assert _sessions(ve.Document(id="a", text=text, published=ve.PartialDate(2025, 12, 1))) == []


def test_a_title_of_two_sessions_names_none():
    """A title of the 11th and the 12th consultations: no single session for the body."""
    document = ve.Document(
        id="a",
        text="The meeting was held in Hanoi on June 5, 2024.",
        title="Vietnam, Laos review 11th political consultation, prepare 12th political "
        "consultation",
        published=ve.PartialDate(2025, 12, 1),
    )
    assert [m.ordinal for m in _sessions(document)] == []
