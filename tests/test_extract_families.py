"""Families of misses found on articles the recognisers were not written on, one rule each.

Each rule is tested with sentences written for it, in Vietnamese and in English.
"""

from __future__ import annotations

import pytest

import vnlao_events as ve
from vnlao_events.extract import extract


def _sessions(text: str, published: str | None = None) -> list[ve.Mention]:
    doc = ve.Document.from_text(
        text, id="a.txt", published=ve.PartialDate.parse_iso(published) if published else None
    )
    return [m for m in extract(doc) if m.kind == "session"]


# --- a month with no year anywhere stays a month whose year is open ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese: a strong frame, the month alone
        "Hai bên đã tổ chức thành công cuộc tham vấn chính trị cấp Bộ trưởng Ngoại giao trực tuyến"
        " vào tháng 10.",
        # Vietnamese: "trong tháng" and a part of the month
        "Trong tháng 10, hai bên đã tổ chức thành công cuộc tham vấn chính trị cấp Bộ trưởng Ngoại"
        " giao.",
        # English: the month after the mechanism
        "The two sides successfully held an online political consultation at the foreign"
        " ministerial level in October.",
        # English: the month first
        "In early October, the two sides successfully held a political consultation at the"
        " foreign ministerial level.",
    ],
)
def test_month_without_a_year_is_an_open_year_month(text):
    """'in October' with no year in the text or header gives the month, its year left open."""
    (session,) = _sessions(text)
    assert session.date is not None
    assert session.date.window is None
    assert session.date.format_iso() == "--10"
    assert any("not the year" in d for d in session.derivation)


@pytest.mark.parametrize(
    ("first", "second", "date", "conflicts"),
    [
        ("vào tháng 10", "Sáng 5/10", "--10-05", 0),  # Vietnamese: the day within the month
        ("vào tháng 10", "Sáng 5/11", "--11-05", 1),  # Vietnamese: another month clashes
        ("in October", "On October 5", "--10-05", 0),  # English: the day within the month
        ("in October", "On November 5", "--11-05", 1),  # English: another month clashes
    ],
)
def test_open_year_month_and_day_of_one_session(first, second, date, conflicts):
    """An open-year month holds any of its days: the day wins, another month is a conflict."""
    if first.startswith("vào"):
        text = (
            "Hai bên đã tổ chức thành công cuộc tham vấn chính trị cấp Bộ trưởng Ngoại giao"
            f" {first}. {second}, hai bên đã tổ chức thành công cuộc tham vấn chính trị cấp"
            " Bộ trưởng Ngoại giao."
        )
    else:
        text = (
            "The two sides successfully held a political consultation at the foreign ministerial"
            f" level {first}. {second}, the two sides successfully held a political consultation"
            " at the foreign ministerial level."
        )
    timeline = ve.build_timeline([ve.Document.from_text(text, id="a.txt")], infer=False)
    (session,) = timeline.sessions()
    assert session.date is not None
    assert session.date.format_iso() == date
    assert len(timeline.conflicts) == conflicts


# --- a stray full stop inside a list of chairs ends no sentence --------------------------------


def _split(text: str) -> list[str]:
    from vnlao_events._text import FoldedText
    from vnlao_events.extract.sentences import sentences

    return [s.text for s in sentences(FoldedText.of(text))]


STRAY_STOPS = [
    (  # Vietnamese: the stop falls inside the first chair's apposition
        "Sáng 12/9, Hội nghị giữa kỳ Ủy ban Hợp tác Việt Nam - Lào diễn ra dưới sự đồng chủ trì"
        " của Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng, Chủ tịch Ủy ban. Ủy ban Hợp tác"
        " Việt Nam - Lào và Bộ trưởng Bộ Kế hoạch và Đầu tư Lào Khamchen Vongphosy, Chủ tịch Ủy"
        " ban Hợp tác Lào - Việt Nam.",
        "Hai bên đã ký kết biên bản.",
        ("Nguyễn Chí Dũng", "Khamchen Vongphosy"),
    ),
    (  # English: the same list, cut after the first chair's title
        "On September 12, 2023, the mid-term conference of the Vietnam - Laos Cooperation"
        " Committee took place under the co-chairing of Minister of Planning and Investment"
        " Nguyen Chi Dung, Chairman of the Committee. Vietnam - Laos Cooperation Committee and"
        " Lao Minister of Planning and Investment Khamchen Vongphosy, Chairman of the Laos -"
        " Vietnam Cooperation Committee.",
        "The two sides signed the minutes.",
        ("Nguyen Chi Dung", "Khamchen Vongphosy"),
    ),
    (  # English: "chaired by", the list cut inside an organisation's name
        "The 9th political consultation was co-chaired by Deputy Minister Le Thi Thu Hang, Head"
        " of the Ministry."
        " Foreign Affairs Committee and his Lao counterpart Phoxay Khaykhamphithoune in Hanoi on"
        " 5 March 2024.",
        "Both sides reviewed the cooperation.",
        ("Le Thi Thu Hang", "Phoxay Khaykhamphithoune"),
    ),
]


@pytest.mark.parametrize(("listed", "next_sentence", "chairs"), STRAY_STOPS)
def test_stray_full_stop_in_a_list_of_chairs_ends_no_sentence(listed, next_sentence, chairs):
    """A stop between a chair's apposition and 'and <title> Y' is inside the list."""
    assert _split(listed + " " + next_sentence) == [listed, next_sentence]


@pytest.mark.parametrize(("listed", "next_sentence", "chairs"), STRAY_STOPS)
def test_both_chairs_across_a_stray_full_stop(listed, next_sentence, chairs):
    """The two chairs of a list cut by a stray stop are both co-chairs of the session."""
    (session,) = _sessions(listed + " " + next_sentence)
    assert tuple(p.written for p in session.co_chairs) == chairs


@pytest.mark.parametrize(
    "text",
    [
        # English: the next sentence has its own verb
        "The meeting was chaired by Minister Nguyen Chi Dung, Chairman of the Committee."
        " The Prime Minister and Minister Tran Van Binh attended.",
        # Vietnamese: the same, with "đã tham dự"
        "Hội nghị diễn ra dưới sự chủ trì của Bộ trưởng Nguyễn Chí Dũng, Chủ tịch Ủy ban."
        " Thủ tướng và Bộ trưởng Trần Văn Bình đã tham dự.",
        # English: the list already has its second chair before the stop
        "The meeting was co-chaired by Minister Nguyen Chi Dung, Chairman of the Committee, and"
        " Lao Minister Khamchen Vongphosy. Vietnam - Laos Committee and Lao Minister Sonexay"
        " Siphandone, guests.",
        # Vietnamese: no apposition after the first chair
        "Hội nghị diễn ra dưới sự chủ trì của Bộ trưởng Nguyễn Chí Dũng. Ủy ban Hợp tác và Bộ"
        " trưởng Khamchen Vongphosy.",
        # English: a comma before the coordinated title, so a sentence of its own
        "The meeting was chaired by Minister Nguyen Chi Dung, Chairman of the Committee."
        " Meanwhile, and Minister Khamchen Vongphosy.",
    ],
)
def test_full_stop_outside_a_list_of_chairs_ends_the_sentence(text):
    """A stop after an open list still ends the sentence when what follows is a clause."""
    assert len(_split(text)) == 2
