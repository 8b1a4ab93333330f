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


# --- invisible characters (zero-width, soft hyphen) change no reading -------------------------

ZW, SHY = "\u200b", "\u00ad"  # zero-width space, soft hyphen


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Đồng chí Somsavath Leng{SHY}savad phát biểu.", "Somsavath Lengsavad"),  # Vietnamese
        (  # Vietnamese: an organisation's lower-case words between title and name, invisibles
            f"Bộ trưởng Bộ Kế{SHY} hoạch và Đầu tư Lào Khamchen Vong{SHY}phosy phát biểu.",
            "Khamchen Vongphosy",
        ),
        (f"Deputy Foreign Minister Phon{SHY}savan Sisou{SHY}lath spoke.", "Phonsavan Sisoulath"),
        (  # English: a zero-width space before a name's second word
            f"Lao Minister of Planning and Investment Khamchen{ZW} Vongphosy spoke.",
            "Khamchen Vongphosy",
        ),
    ],
)
def test_titled_name_with_invisible_characters(text, name):
    """A name after a title is found through invisible characters, and written without them."""
    from vnlao_events.extract.context import DocumentView
    from vnlao_events.extract.people import find_people
    from vnlao_events.extract.sentences import Sentence

    sentence = Sentence.of(0, text)
    found, _ = find_people(sentence, DocumentView.of(ve.Document.from_text(text)), ())
    assert [p.written for _, _, p in found] == [name]
    start, end, _ = found[0]
    quoted = sentence.original(start, end)
    assert quoted in text  # the span still quotes the original, invisibles and all
    assert quoted.replace(SHY, "").replace(ZW, "") == name


def _named(text: str, kind: str) -> list[tuple[str, str]]:
    doc = ve.Document.from_text(text, id="a.txt", published="2022-06-01")
    found = []
    for m in extract(doc):
        value = m.period if kind == "period" else m.anniversary
        if m.kind == kind and value is not None:
            found.append((value.name, m.evidence.quote))
    return found


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (  # Vietnamese: a themed year with a soft hyphen in its name
            f"Hai bên tổ chức các hoạt động Năm Đoàn{SHY}kết Hữu nghị Việt Nam - Lào 2022.",
            "period",
            "Năm Đoànkết Hữu nghị Việt Nam - Lào",
        ),
        (  # Vietnamese: a themed year whose capital follows a zero-width space
            f"Hai bên tổ chức các hoạt động {ZW}Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022.",
            "period",
            "Năm Đoàn kết Hữu nghị Việt Nam - Lào",
        ),
        (  # English: a themed year
            f"Both sides held activities of the Vietnam - Laos Soli{SHY}darity and Friendship"
            " Year 2022.",
            "period",
            "Vietnam - Laos Solidarity and Friendship Year",
        ),
        (  # Vietnamese: a plan for a period
            f"Hai bên ký Kế hoạch hợp tác giữa hai Bộ Ngoại giao giai đoạn 2021{SHY}-2025.",
            "period",
            "Kế hoạch hợp tác giữa hai Bộ Ngoại giao",
        ),
        (  # English: a plan for a period
            f"The two sides signed the Coopera{SHY}tion Plan between the two Foreign Ministries"
            " for 2021-2025.",
            "period",
            "Plan between the two Foreign Ministries",
        ),
        (  # Vietnamese: an anniversary
            f"Hai bên kỷ niệm 60 năm Ngày thiết{SHY} lập quan hệ ngoại giao.",
            "anniversary",
            "Ngày thiết lập quan hệ ngoại giao",
        ),
        (  # English: an anniversary
            f"Both sides marked the 60th anniversary of diplo{SHY}matic relations.",
            "anniversary",
            "diplomatic relations",
        ),
    ],
)
def test_period_names_with_invisible_characters(text, kind, name):
    """Period and anniversary names read through invisibles; their evidence quotes the text."""
    ((found, quote),) = _named(text, kind)
    assert found == name
    assert quote in text
