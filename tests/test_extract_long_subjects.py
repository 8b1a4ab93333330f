"""A session's name stretched by an aside or a long subject, and what its verb says of it."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve

LONG_PARTIES = (
    "the Communist Party of Vietnam and the Lao People's Revolutionary Party",
    "the Communist Party of Vietnam and the Lao People’s Revolutionary Party",  # curly mark
    "the CPV and the LPRP",
)


def _one(text: str, published: str) -> ve.SessionMention:
    found = session_mentions(text, published)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(
    "aside",
    [
        "chaired by Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone",
        "held in Hanoi on Tuesday",
        "which opened in the capital this morning",
    ],
)
def test_an_aside_between_the_ordinal_and_the_series_keeps_the_ordinal(aside):
    """'The 46th meeting, <aside>, of the … Committee': the ordinal is the Committee's."""
    text = (
        f"The 46th meeting, {aside}, of the Vietnam - Laos Intergovernmental Committee "
        "reviewed cooperation in 2023."
    )
    mention = _one(text, "2024-01-10")
    assert (mention.series, mention.ordinal) == ("intergovernmental-committee", 46)


def test_an_aside_does_not_give_another_body_s_ordinal():
    """The aside's 'of' must lead to the series: another body's session keeps its number."""
    text = (
        "The 12th session, which ended on Friday, of the joint committee between Vietnam and "
        "Thailand came before the 46th meeting of the Vietnam-Laos Intergovernmental Committee."
    )
    assert [m.ordinal for m in session_mentions(text, "2024-01-10")] == [46]


@pytest.mark.parametrize("parties", LONG_PARTIES)
def test_a_long_subject_keeps_its_verb_and_the_year_after_it(parties):
    """Twenty words of party names between the workshop and 'will take place in 2025'."""
    text = f"The 11th theoretical workshop between {parties} will take place in Vientiane in 2025."
    mention = _one(text, "2024-12-01")
    assert mention.status is ve.Status.PLANNED
    assert mention.date is not None
    assert mention.date.window == ve.DateWindow.year(2025)


@pytest.mark.parametrize(
    ("text", "status", "year"),
    [
        (
            "Hội thảo lý luận lần thứ 11 giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng"
            " Lào sẽ được tổ chức tại Thủ đô Viêng Chăn vào năm 2025.",
            ve.Status.PLANNED,
            2025,
        ),
        (
            "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ về hợp tác song phương giữa Chính phủ nước"
            " Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa dân chủ nhân dân Lào"
            " đã diễn ra tại Hà Nội trong năm 2024.",
            ve.Status.HELD,
            2024,
        ),
        (
            "The 46th session of the Inter-Governmental Committee for Bilateral Cooperation "
            "between the Government of the Socialist Republic of Vietnam and the Government of "
            "the Lao People's Democratic Republic was held in Hanoi in 2024.",
            ve.Status.HELD,
            2024,
        ),
    ],
)
def test_the_year_after_a_long_subject_s_verb_is_the_session_s(text, status, year):
    """The year is far from the mention's head but just after its own verb, in its clause."""
    mention = _one(text, "2025-03-01" if year == 2024 else "2024-12-01")
    assert mention.status is status
    assert mention.date is not None
    assert mention.date.window == ve.DateWindow.year(year)


def test_a_year_after_a_clause_mark_past_the_verb_is_not_the_session_s():
    """After the verb, a comma opens another clause: its year is that clause's."""
    text = (
        "The 11th theoretical workshop between the Communist Party of Vietnam and the Lao "
        "People's Revolutionary Party took place in Vientiane, a city that will host a "
        "regional festival in 2026."
    )
    mention = _one(text, "2024-12-01")
    assert mention.date is None or mention.date.window != ve.DateWindow.year(2026)
