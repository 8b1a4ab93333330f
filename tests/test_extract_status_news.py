"""Status from the wordings of news reports.

Verbs, signed minutes, what was done on a session's sidelines: each row is a sentence of its
own, in both languages where the language has it.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions


def _statuses(text: str) -> list[str]:
    return [m.status.value for m in session_mentions(text, None)]


@pytest.mark.parametrize(
    "verb", ["kicked off", "closed", "is underway", "is under way", "wrapped up", "convened"]
)
def test_an_english_report_verb_after_the_session_says_it_was_held(verb):
    """'The 10th consultation kicked off in Hanoi': it took place."""
    assert _statuses(f"The 10th political consultation {verb} in Hanoi on Monday.") == ["held"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The two sides signed the minutes of the 33rd meeting of the Intergovernmental "
         "Committee.", "held"),
        ("They signed minutes of the 33rd meeting of the Intergovernmental Committee.", "held"),
        ("The draft minutes of the 33rd meeting of the Intergovernmental Committee were "
         "prepared.", "planned"),
        ("Hai bên đã ký biên bản Kỳ họp lần thứ 33 Ủy ban liên Chính phủ.", "held"),
        ("Hai bên thống nhất dự thảo biên bản Kỳ họp lần thứ 33 Ủy ban liên Chính phủ.",
         "planned"),
    ],
)  # fmt: skip
def test_signed_minutes_were_of_a_session_held_drafts_of_one_to_come(text, status):
    """Minutes are signed at the end of a session; drafts are prepared ahead of it."""
    assert _statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Documents signed on the occasion of the 40th meeting of the Intergovernmental "
        "Committee were reviewed.",
        "Các văn kiện hai Bên đã ký nhân kỳ họp lần thứ 40 Ủy ban liên Chính phủ.",
        "Các văn kiện đã ký kết nhân Kỳ họp lần thứ 40 Ủy ban liên Chính phủ được rà soát.",
        "Các văn kiện đã ký tại Kỳ họp lần thứ 40 Ủy ban liên Chính phủ được rà soát.",
        "Các văn kiện đã ký kết tại Kỳ họp lần thứ 40 Ủy ban liên Chính phủ được rà soát.",
    ],
)
def test_what_was_signed_at_a_session_says_it_was_held(text):
    """'signed on the occasion of / at the 40th meeting': that session took place."""
    assert _statuses(text) == ["held"]


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the 10th political consultation, the ministers met reporters.",
        "On the occasion of the 10th political consultation, the two ministers launched a book.",
        "Bên lề Tham khảo chính trị lần thứ 10, hai Thứ trưởng đã gặp báo chí.",
        "Nhân dịp Tham khảo chính trị lần thứ 10, hai Thứ trưởng đã ra mắt sách.",
    ],
)
def test_what_was_done_on_a_sessions_sidelines_says_it_was_held(text):
    """A past main verb on the session's sidelines or occasion: it was taking place."""
    assert _statuses(text) == ["held"]


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the 10th political consultation, the ministers will meet reporters.",
        "Nhân dịp Tham khảo chính trị lần thứ 10, hai Thứ trưởng sẽ ra mắt sách.",
        "Ahead of the 10th political consultation, the ministers met reporters.",
    ],
)
def test_an_occasion_without_a_past_main_verb_is_not_held(text):
    """A future main verb, or 'ahead of': not held."""
    assert "held" not in _statuses(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hai bên đã ký nhân Cuộc họp Uỷ ban liên Chính phủ Việt Nam - Lào lần thứ 2.", "held"),
        ("Các văn kiện đã ký kết nhân Cuộc họp Uỷ ban liên Chính phủ lần thứ 40.", "held"),
        ("The two sides signed documents on the occasion of the 2nd meeting of the "
         "Vietnam-Laos Intergovernmental Committee.", "held"),
        # a past verb about something else "on the eve of" the session: as "ahead of" in
        # English, the session is still to come
        ("Trước thềm Cuộc họp Uỷ ban liên Chính phủ Việt Nam - Lào lần thứ 2, hai bên đã tổ "
         "chức hội thảo.", "planned"),
        # an occasion frame with a past verb about something else says nothing of it
        ("Trong khuôn khổ Cuộc họp Uỷ ban liên Chính phủ Việt Nam - Lào lần thứ 2, hai bên đã "
         "tổ chức hội thảo.", "held-or-planned"),
    ],
)  # fmt: skip
def test_what_was_signed_on_a_sessions_occasion_says_it_was_held(text, status):
    """'đã ký nhân Cuộc họp … lần thứ 2', head before the core: the session took place."""
    assert _statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên đã triển khai các thỏa thuận cấp cao; các nội dung tại Kỳ họp lần thứ 39 Ủy ban"
        " liên Chính phủ.",
        "Hai bên thực hiện các thỏa thuận đạt được tại Kỳ họp lần thứ 39 Ủy ban liên Chính phủ.",
        "Hai bên rà soát việc thực hiện kết luận của Kỳ họp lần thứ 39 Ủy ban liên Chính phủ.",
        "The two sides reviewed the implementation of the conclusions of the 39th meeting of the"
        " Intergovernmental Committee.",
    ],
)
def test_what_was_agreed_or_concluded_at_a_session_says_it_was_held(text):
    """'các nội dung tại Kỳ họp lần thứ 39', 'the conclusions of the 39th meeting': held."""
    assert _statuses(text) == ["held"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Năm qua, hai Bộ phối hợp tổ chức thành công Tham khảo chính trị lần thứ 9.", "held"),
        ("Thời gian vừa qua, hai bên phối hợp tổ chức thành công Kỳ họp lần thứ 44 Ủy ban liên"
         " Chính phủ.", "held"),
        # a year before the article's: the result was achieved
        ("Trong năm 2022, hai bên phối hợp tổ chức thành công Kỳ họp lần thứ 44 Ủy ban liên"
         " Chính phủ.", "held"),
        # the article's own year, or a future marker: still a goal
        ("Năm 2023, hai bên phối hợp tổ chức thành công Kỳ họp lần thứ 45 Ủy ban liên Chính"
         " phủ.", "planned"),
        ("Năm qua, hai bên nhất trí sẽ phối hợp tổ chức thành công Kỳ họp lần thứ 45 Ủy ban liên"
         " Chính phủ.", "planned"),
        ("Hai bên nhất trí phối hợp tổ chức thành công Kỳ họp lần thứ 45 Ủy ban liên Chính phủ.",
         "planned"),
    ],
)  # fmt: skip
def test_a_result_form_in_a_past_frame_was_achieved(text, status):
    """'Năm qua, … tổ chức thành công Tham khảo … lần thứ 9': done, not a goal."""
    found = session_mentions(text, "2023-02-10")
    assert [m.status.value for m in found] == [status]


def test_a_result_achieved_in_a_stated_year_keeps_that_year_as_its_date():
    """'Trong năm 2022, … tổ chức thành công Kỳ họp lần thứ 44': held in 2022."""
    (found,) = session_mentions(
        "Trong năm 2022, hai bên phối hợp tổ chức thành công Kỳ họp lần thứ 44 Ủy ban liên"
        " Chính phủ.",
        "2023-02-10",
    )
    assert found.date is not None
    assert found.date.window is not None
    assert str(found.date.window) == 'DateWindow("2022-01-01/2022-12-31", year)'


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 14/12, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào"
        " Saleumxay Kommasith đồng chủ trì Tham vấn chính trị cấp Bộ trưởng Ngoại giao lần thứ"
        " 10. Hai Bộ trưởng nhất trí Tham vấn chính trị lần thứ 11 sẽ diễn ra tại Lào năm 2024.",
        "Foreign Minister Bui Thanh Son and his Lao counterpart Saleumxay Kommasith co-chaired the"
        " 10th ministerial-level political consultation in Hanoi on December 14. The two"
        " ministers agreed that the 11th political consultation will take place in Laos in 2024.",
    ],
)
def test_a_sibling_named_with_no_level_is_at_the_level_of_the_articles_session(text):
    """The 11th consultation the ministers plan is the ministers' series, like the 10th."""
    found = {(m.series, m.ordinal) for m in session_mentions(text, "2023-12-15")}
    assert found == {
        ("ministerial-political-consultation", 10),
        ("ministerial-political-consultation", 11),
    }


def test_a_sibling_whose_own_sentence_names_its_level_keeps_it():
    """A level named in the sentence wins over the article's: "the deputy ministers' 9th"."""
    text = (
        "Foreign Minister Bui Thanh Son and his Lao counterpart Saleumxay Kommasith co-chaired the"
        " 10th ministerial-level political consultation in Hanoi on December 14. They welcomed"
        " the results of the 9th political consultation at deputy foreign minister level."
    )
    found = {(m.series, m.ordinal) for m in session_mentions(text, "2023-12-15")}
    assert ("political-consultation", 9) in found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sáng nay, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đón Thủ tướng Lào sang thăm Việt Nam,"
         " và đồng chủ trì kỳ họp lần thứ 42, Uỷ ban liên Chính phủ Việt Nam – Lào.", "held"),
        ("This morning, the two Prime Ministers co-chair the 42nd meeting of the"
         " Intergovernmental Committee in Hanoi.", "held"),
        # tomorrow, after the report: still to come
        ("Sáng mai, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 42 Ủy ban liên Chính phủ.",
         "planned"),
    ],
)  # fmt: skip
def test_an_untensed_report_of_today_with_no_published_day_is_of_a_session_held(text, status):
    """'Sáng nay, … đồng chủ trì kỳ họp lần thứ 42': the report's own day, held."""
    assert _statuses(text) == [status]
