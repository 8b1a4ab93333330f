"""Mechanism readings on unseen wording: compounds, titles without a classifier, references.

A core written against its head ("theory workshops", "hội thảo lý luận") is the head's
compound and outranks a core reached across a frame ("between the two Parties"); a title
or an address drops the classifier ("họp thường niên lần thứ 25" for "cuộc họp …"); a
session reviewed in passing leaves the article about its own; "the meeting took place"
never refers back to a session still to come.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


def _found(text: str, published: str | None = "2024-06-01") -> list[tuple[str, int | None]]:
    return [(m.series, m.ordinal) for m in session_mentions(text, published)]


# ------------------------------------------------------------------ compound beats a frame


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("The two Parties co-hosted the 9th to 12th theory workshops between the two Parties.",
         [9, 10, 11, 12]),
        ("Experts reviewed the 7th and 8th theoretical workshops between the two Parties.",
         [7, 8]),
        ("Hai bên đã tổ chức các Hội thảo lý luận lần thứ 9 đến 12 giữa hai Đảng tại Hà Nội.",
         [9, 10, 11, 12]),
        ("Các hội thảo lý luận giữa hai Đảng lần thứ 5 và 6 đã diễn ra tại Viêng Chăn.",
         [5, 6]),
    ],
)  # fmt: skip
def test_a_core_against_its_head_outranks_a_core_across_a_frame(text, ordinals):
    """'theory workshops between the two Parties' are the workshops, not the Party summit."""
    found = _found(text)
    assert found == [("party-theoretical-workshop", n) for n in ordinals]


@pytest.mark.parametrize(
    "text",
    [
        "The annual meeting between the two Parties took place in Hanoi on May 5, 2024.",
        "Cuộc gặp thường niên giữa hai Đảng đã diễn ra tại Hà Nội ngày 5/5/2024.",
    ],
)
def test_a_core_across_a_frame_still_names_the_mechanism_alone(text):
    """With no core against the head, the frame's core names the mechanism as before."""
    assert _found(text) == [("party-high-level-meeting", None)]


# ------------------------------------------------------------------ a title drops "cuộc"


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        ("https://example.vn/thoi-su/hop-thuong-nien-lan-thu-25-doan-dai-bieu-bien-gioi"
         "-viet-nam-lao-20160620161240022.htm",
         "Cuộc họp lần này là dịp để hai bên đánh giá kết quả thực hiện Hiệp định về quy chế "
         "biên giới. Trong hai ngày diễn ra cuộc họp (20-21/6), hai bên tập trung bàn bạc.",
         ("border-annual-meeting", 25)),
        ("https://example.vn/hop-thuong-nien-lan-thu-31-bien-gioi-viet-lao-123456.html",
         "Cuộc họp thường niên giữa hai đoàn đại biểu biên giới diễn ra ngày 8/3 tại Viêng "
         "Chăn.", ("border-annual-meeting", 31)),
    ],
)  # fmt: skip
def test_an_address_without_the_classifier_numbers_the_session(url, text, expected):
    """'…/hop-thuong-nien-lan-thu-25-…-bien-gioi…': the body's meeting is the 25th."""
    doc = ve.Document(id="t.txt", text=text, url=url, published=ve.PartialDate.parse_iso(
        "2016-06-22"))  # fmt: skip
    found = [(m.series, m.ordinal) for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]
    assert expected in found
    assert all(n == expected[1] for _, n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Họp thường niên lần thứ 25 giữa hai đoàn đại biểu biên giới Việt Nam - Lào đã diễn ra "
        "tại Hà Nội.",
        "Hai bên ký biên bản họp thường niên lần thứ 25 giữa hai đoàn đại biểu biên giới.",
    ],
)
def test_a_title_without_the_classifier_names_the_session(text):
    """'Họp thường niên lần thứ 25 …': a headline's form of 'Cuộc họp thường niên …'."""
    assert _found(text) == [("border-annual-meeting", 25)]


# ------------------------------------------------------------------ the article's own session


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        ("https://example.vn/cuoc-hop-thuong-nien-lan-thu-25-doan-dai-bieu-bien-gioi.htm",
         "Ông Lê Hoài Trung làm trưởng đoàn Việt Nam. Cuộc họp lần này là dịp để hai bên đánh "
         "giá kết quả cuộc họp thường niên lần thứ 24 giữa hai đoàn đại biểu biên giới. "
         "Trong hai ngày diễn ra cuộc họp (20-21/6), hai bên tập trung bàn bạc 5 nội dung.",
         [("border-annual-meeting", 25), ("border-annual-meeting", 24),
          ("border-annual-meeting", 25)]),
        ("https://example.com/vietnam-laos-hold-10th-political-consultation.html",
         "Deputy Foreign Minister Do Hung Viet led the Vietnamese side. The two sides reviewed "
         "the results of the 9th political consultation. The consultation took place in Hanoi "
         "on May 4.",
         [("political-consultation", 10), ("political-consultation", 9),
          ("political-consultation", 10)]),
    ],
)  # fmt: skip
def test_a_session_whose_results_are_reviewed_leaves_the_focus(url, text, expected):
    """Once the body names the article's session, a reviewed one does not take its place."""
    doc = ve.Document(id="t.txt", text=text, url=url, published=ve.PartialDate.parse_iso(
        "2024-06-22"))  # fmt: skip
    found = [(m.series, m.ordinal) for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Vientiane on August 9. They agreed to organise the sixth political"
        " consultation at the end of this year. The meeting took place within the framework of "
        "the official visit to Laos.",
        "Hai Bộ trưởng đã gặp nhau tại Viêng Chăn ngày 9/8. Hai bên nhất trí tổ chức Tham khảo "
        "chính trị lần thứ 6 vào cuối năm nay. Cuộc họp đã diễn ra trong khuôn khổ chuyến thăm "
        "chính thức Lào.",
    ],
)
def test_the_meeting_that_took_place_is_not_the_one_still_to_come(text):
    """'The meeting took place …' after a planned session refers to another meeting."""
    found = session_mentions(text, "2021-08-09")
    assert [(m.series, m.ordinal, m.status) for m in found] == [
        ("political-consultation", 6, ve.Status.PLANNED)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 46th meeting will be held in Hanoi on January 9. The meeting will review the plan.",
        "Kỳ họp lần thứ 46 sẽ diễn ra tại Hà Nội ngày 9/1. Kỳ họp sẽ đánh giá kế hoạch.",
    ],
)
def test_a_reference_back_in_the_same_tense_still_joins_the_planned_session(text):
    """'… will be held …. The meeting will review …': the same session, still to come."""
    text = text.replace("46th meeting", "46th meeting of the Intergovernmental Committee")
    text = text.replace("thứ 46", "thứ 46 Ủy ban liên Chính phủ")
    found = session_mentions(text, "2024-01-02")
    assert [m.ordinal for m in found] == [46, 46]
    assert found[0].status is ve.Status.PLANNED
    assert ve.Status.HELD not in {m.status for m in found}


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("The 7th foreign minister-level political consultation took place in Vientiane.",
         "ministerial-political-consultation"),
        ("The 7th deputy foreign minister-level political consultation took place in Vientiane.",
         "political-consultation"),
        ("Tham vấn chính trị cấp Bộ trưởng Ngoại giao lần thứ 7 đã diễn ra tại Viêng Chăn.",
         "ministerial-political-consultation"),
        ("Tham khảo chính trị cấp Thứ trưởng Ngoại giao lần thứ 7 đã diễn ra tại Viêng Chăn.",
         "political-consultation"),
    ],
)  # fmt: skip
def test_a_hyphened_minister_level_names_its_sibling(text, series):
    """'foreign minister-level' is the ministers' series; 'deputy …-level' the deputies'."""
    assert [m.series for m in session_mentions(text, "2024-02-27")] == [series]


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers co-chaired the annual consultation between the two foreign "
        "ministries in Vientiane on February 26, 2024.",
        "Hai Bộ trưởng Ngoại giao đồng chủ trì Tham vấn thường niên giữa hai Bộ Ngoại giao tại "
        "Viêng Chăn ngày 26/2/2024.",
    ],
)
def test_the_two_foreign_ministries_name_the_consultation(text):
    """'the annual consultation between the two foreign ministries': the ministers' one."""
    found = session_mentions(text, "2024-02-27")
    assert [(m.series, m.status) for m in found] == [
        ("ministerial-political-consultation", ve.Status.HELD)
    ]
