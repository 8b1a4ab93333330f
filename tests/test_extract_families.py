"""Families of misses found on articles the recognisers were not written on, one rule each.

Each rule is tested with sentences written for it, in Vietnamese and in English.
"""

from __future__ import annotations

import pytest

import vnlao_events as ve
from vnlao_events.extract import extract


def _sessions(text: str, published: str | None = None) -> list[ve.SessionMention]:
    doc = ve.Document.from_text(
        text, id="a.txt", published=ve.PartialDate.parse_iso(published) if published else None
    )
    return [m for m in extract(doc) if isinstance(m, ve.SessionMention)]


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
    assert [d.rule for d in session.derivation] == [ve.Rule.DATE_MONTH_NO_YEAR]
    assert "not the year" in str(session.derivation[0])


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
        match m:
            case ve.PeriodMention(period=value) if kind == "period":
                found.append((value.name, m.evidence.quote))
            case ve.AnniversaryMention(anniversary=value) if kind == "anniversary":
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


# --- "will take place" after a long subject ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # English: ten words of subject between the mechanism and its verb
        "The tenth Political Consultation between the Vietnamese and Lao foreign ministries at"
        " deputy-minister level will take place in Hanoi on September 28.",
        # English: "will be held" after a long "of" phrase
        "The 48th meeting of the Intergovernmental Committee for Economic and Cultural"
        " Cooperation between the two countries will be held in Vientiane on September 28.",
        # Vietnamese: "sẽ diễn ra" after the ministries and the level
        "Tham khảo chính trị lần thứ 10 giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Lào cấp"
        " Thứ trưởng sẽ diễn ra tại Hà Nội vào ngày 28/9.",
        # Vietnamese: "dự kiến" after a long name
        "Kỳ họp lần thứ 48 Ủy ban liên Chính phủ về hợp tác kinh tế và văn hóa giữa hai nước"
        " dự kiến diễn ra tại Viêng Chăn ngày 28/9.",
    ],
)
def test_planned_verb_after_a_long_subject(text):
    """The first verb after a long subject the mechanism heads, with no comma, gives its tense."""
    (session,) = _sessions(text, "2023-09-20")
    assert session.status is ve.Status.PLANNED
    assert session.date is not None
    assert session.date.format_iso() == "2023-09-28"


@pytest.mark.parametrize(
    "text",
    [
        # English: another clause with its own verb comes first
        "The tenth Political Consultation, which the two ministries reviewed at deputy-minister"
        " level on September 12, was a success, and the next one will take place in 2024.",
        # Vietnamese: "đã" and a verb of its own before the later "sẽ"
        "Tham khảo chính trị lần thứ 10 giữa hai Bộ Ngoại giao đã diễn ra tại Hà Nội ngày 12/9"
        " và hai bên sẽ tiếp tục trao đổi.",
    ],
)
def test_planned_verb_of_another_clause_is_not_the_mentions(text):
    """A planned cue after another clause's verb says nothing of the session named first."""
    (session,) = _sessions(text, "2023-09-20")
    assert session.status is not ve.Status.PLANNED


# --- "X will co-chair … with Lao Y", "He will co-chair … with Y" -------------------------------


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (  # English: subject, cue, session, "with" the partner
            "Deputy Foreign Minister Do Hung Viet will co-chair the 10th political consultation"
            " with Lao Deputy Foreign Minister Phoxay Khaykhamphithoune in Hanoi on September 28.",
            ["Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"],
        ),
        (  # English: past tense, the partner after the place
            "On September 28, Deputy Foreign Minister Do Hung Viet co-chaired the 10th political"
            " consultation in Hanoi with his Lao counterpart Phoxay Khaykhamphithoune.",
            ["Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"],
        ),
        (  # English: "He" is the one person named in the sentence before
            "The 10th political consultation will take place in Hanoi on September 28, Deputy"
            " Foreign Minister Do Hung Viet told reporters. He will co-chair the consultation with"
            " Lao Deputy Foreign Minister Phoxay Khaykhamphithoune.",
            ["Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"],
        ),
        (  # Vietnamese: "sẽ đồng chủ trì … với"
            "Thứ trưởng Đỗ Hùng Việt sẽ đồng chủ trì Tham khảo chính trị lần thứ 10 với Thứ"
            " trưởng Ngoại giao Lào Phoxay Khaykhamphithoune tại Hà Nội ngày 28/9.",
            ["Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"],
        ),
        (  # Vietnamese: "đã cùng Y chủ trì"
            "Ngày 28/9, Thứ trưởng Đỗ Hùng Việt đã cùng Thứ trưởng Ngoại giao Lào Phoxay"
            " Khaykhamphithoune chủ trì Tham khảo chính trị lần thứ 10 tại Hà Nội.",
            ["Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"],
        ),
        (  # Vietnamese: "Ông" is the one person named in the sentence before
            "Thứ trưởng Ngoại giao Đỗ Hùng Việt cho biết Tham khảo chính trị lần thứ 10 sẽ diễn"
            " ra tại Hà Nội vào ngày 28/9. Ông sẽ đồng chủ trì cuộc tham khảo với Thứ trưởng"
            " Ngoại giao Lào Phoxay Khaykhamphithoune.",
            ["Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"],
        ),
    ],
)
def test_co_chair_with_a_partner(text, chairs):
    """'X co-chairs … with Y' and 'He co-chairs … with Y' name both co-chairs."""
    found = [m for m in _sessions(text, "2023-09-20") if m.co_chairs]
    assert found
    assert [p.name for p in found[0].co_chairs] == chairs


@pytest.mark.parametrize(
    "text",
    [
        # English: "He" with two people named before: whom it means is not known
        "Minister Tran Van Binh and Minister Khamla Sounthone met reporters. He will co-chair"
        " the 10th political consultation with Deputy Minister Phoxay Khaykhamphithoune.",
        # Vietnamese: the same
        "Bộ trưởng Trần Văn Bình và Bộ trưởng Khăm La Sổn Thon gặp báo chí. Ông sẽ đồng chủ trì"
        " Tham khảo chính trị lần thứ 10 với Thứ trưởng Phoxay Khaykhamphithoune.",
    ],
)
def test_pronoun_with_two_people_before_names_no_chair(text):
    """A pronoun after a sentence naming two people is not resolved to either."""
    (session,) = _sessions(text, "2023-09-20")
    assert session.co_chairs == ()


# --- Roman numerals before or after the head noun ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        (  # English: "The XLVII Session of …"
            "The XLVII Session of the Vietnam-Laos Intergovernmental Committee was held in Hanoi"
            " on January 9.",
            "intergovernmental-committee", 47,
        ),
        (  # English: a headline, the numeral heading its noun
            "XLVII Session of the Vietnam-Laos Intergovernmental Committee held in Hanoi on"
            " January 9.",
            "intergovernmental-committee", 47,
        ),
        (  # English: a modifier between numeral and head
            "Vientiane hosted the VII Political Consultation between the two foreign ministries"
            " at deputy-minister level on January 9.",
            "political-consultation", 7,
        ),
        (  # Vietnamese: "Kỳ họp XLVII"
            "Kỳ họp XLVII Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Hà Nội ngày 9/1.",
            "intergovernmental-committee", 47,
        ),
        (  # Vietnamese: "Kỳ họp lần thứ XLVII"
            "Kỳ họp lần thứ XLVII Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Hà Nội"
            " ngày 9/1.",
            "intergovernmental-committee", 47,
        ),
    ],
)  # fmt: skip
def test_roman_numeral_next_to_the_head(text, series, ordinal):
    """A capital Roman numeral before (English) or after (Vietnamese) the head numbers it."""
    (session,) = _sessions(text, "2025-01-10")
    assert (session.series, session.ordinal) == (series, ordinal)


@pytest.mark.parametrize(
    "text",
    [
        # English: the pronoun "I" is no numeral
        "I attended the meeting of the Intergovernmental Committee in Hanoi on January 9.",
        # English: a numeral in lower case is a word
        "The vi session of the Vietnam-Laos Intergovernmental Committee was held in Hanoi on"
        " January 9.",
        # Vietnamese: "vì" (for) after the head is no numeral
        "Hội nghị vì sự phát triển của Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Hà"
        " Nội ngày 9/1.",
    ],
)
def test_words_that_look_roman_are_no_ordinal(text):
    """'I', a lower-case 'vi' or 'vì' next to a head noun number no session."""
    for session in _sessions(text, "2025-01-10"):
        assert session.ordinal is None


# --- a head and core next to another body's name is another body's meeting -------------------


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese: the parliaments' three-country summit
        "Hai bên trao đổi về công tác chuẩn bị Hội nghị cấp cao Quốc hội Campuchia – Lào – Việt"
        " Nam lần thứ hai.",
        # Vietnamese: a three-Party meeting
        "Hai bên chuẩn bị Cuộc gặp cấp cao ba Đảng Campuchia - Lào - Việt Nam vào tháng 3/2024.",
        # English: a third Party joins
        "The two sides reviewed the high-level meeting of the two Parties and the Cambodian"
        " People's Party in March 2024.",
        # English: the National Assemblies' meeting
        "The two sides reviewed the meeting of the two Politburos' National Assembly delegations"
        " in March 2024.",
    ],
)
def test_a_core_next_to_another_body_is_not_the_mechanism(text):
    """'cấp cao Quốc hội Campuchia…', '… and the Cambodian People's Party' name no Party summit."""
    assert _sessions(text, "2024-03-05") == []


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese: the National Assembly named later in the sentence
        "Cuộc gặp cấp cao giữa hai Đảng đã diễn ra tại Hà Nội ngày 26/2, trước phiên họp của"
        " Quốc hội.",
        # English: the same
        "The annual meeting between the two Parties took place in Hanoi on February 26, before"
        " the National Assembly convened.",
    ],
)
def test_another_body_further_away_changes_nothing(text):
    """Another body named beyond the mechanism's own words leaves it the mechanism."""
    (session,) = _sessions(text, "2024-03-05")
    assert session.series == "party-high-level-meeting"


@pytest.mark.parametrize(("lang", "body"), [
    (lang, body)
    for lang in ("vi", "en")
    for body in ve.Phrases.default().words("mechanisms", "other_bodies", lang)
])  # fmt: skip
def test_every_other_body_makes_another_meeting(lang, body):
    """Each other-body word right after the core makes the reading another body's meeting."""
    text = (
        f"Cuộc gặp cấp cao {body} đã diễn ra tại Hà Nội ngày 26/2/2024."
        if lang == "vi"
        else f"The meeting between the two Parties {body} took place in Hanoi on 26 February 2024."
    )
    assert _sessions(text, "2024-03-05") == []


# --- an unnumbered session that a frame says took place, with no date at all -------------------


@pytest.mark.parametrize(
    ("text", "series"),
    [
        # Vietnamese: "đã tổ chức thành công"
        ("Hai bên đã tổ chức thành công Tham khảo chính trị cấp Thứ trưởng Ngoại giao.",
         "political-consultation"),
        # Vietnamese: "đã đồng chủ trì"
        ("Hai Thủ tướng đã đồng chủ trì Kỳ họp của Ủy ban liên Chính phủ.",
         "intergovernmental-committee"),
        # English: "successfully held"
        ("The two sides successfully held a political consultation at deputy foreign minister"
         " level.", "political-consultation"),
        # English: "co-chaired"
        ("The two deputy ministers co-chaired a political consultation between the two"
         " ministries.", "political-consultation"),
    ],
)  # fmt: skip
def test_undated_session_a_frame_says_took_place(text, series):
    """A frame saying the session took place makes it one even with no date at all."""
    (session,) = _sessions(text, "2024-03-05")
    assert (session.series, session.ordinal, session.date) == (series, None, None)
    assert session.status is ve.Status.HELD


@pytest.mark.parametrize(("lang", "frame"), [
    (lang, frame)
    for lang in ("vi", "en")
    for frame in ve.Phrases.default().words("status", "referring", lang)
])  # fmt: skip
def test_every_referring_frame_without_a_date_makes_no_session(lang, frame):
    """A frame that only refers to an undated session ('results of') makes none of it."""
    text = (
        f"Hai bên rà soát {frame} Tham khảo chính trị cấp Thứ trưởng Ngoại giao."
        if lang == "vi"
        else f"The two sides reviewed the {frame} the political consultation at deputy foreign"
        " minister level."
    )
    assert _sessions(text, "2024-03-05") == []


# --- long titles between coordinated names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (  # Vietnamese: each name followed by its titles, then "đồng chủ trì"
            "Sáng 22/6/2023, tại Hà Nội, Hội thảo lý luận lần thứ 10 giữa hai Đảng đã diễn ra do"
            " đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc"
            " gia Hồ Chí Minh và đồng chí Khamphanh Phommathat, Ủy viên Bộ Chính trị, Trưởng ban"
            " Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào đồng chủ trì.",
            ["Nguyễn Xuân Thắng", "Khamphanh Phommathat"],
        ),
        (  # English: the same with "co-chaired" after the second title
            "On June 22, 2023, Comrade Nguyen Xuan Thang, Politburo member and President of the Ho"
            " Chi Minh National Academy of Politics, and Comrade Khamphanh Phommathat, Politburo"
            " member and Head of the LPRP Central Committee's Commission for Propaganda and"
            " Training, co-chaired the 10th theoretical workshop between the two Parties in"
            " Hanoi.",
            ["Nguyễn Xuân Thắng", "Khamphanh Phommathat"],
        ),
        (  # Vietnamese: "do X làm Trưởng đoàn và … do Y dẫn đầu"
            "Ngày 11/4/2022, tại Hà Nội, Đoàn đại biểu biên giới Việt Nam do Thứ trưởng Ngoại"
            " giao Nguyễn Minh Vũ làm Trưởng đoàn và Đoàn đại biểu biên giới Lào do Thứ trưởng"
            " Ngoại giao Lào Vilayvong Budakham dẫn đầu đã tiến hành Cuộc họp thường niên giữa"
            " hai Đoàn đại biểu biên giới.",
            ["Nguyễn Minh Vũ", "Vilayvong Budakham"],
        ),
    ],
)
def test_co_chairs_with_long_titles_between(text, chairs):
    """Two coordinated people, each with a long title, are both co-chairs of the session."""
    (session,) = _sessions(text, "2023-06-23")
    assert [p.name for p in session.co_chairs] == chairs


@pytest.mark.parametrize(
    "text",
    [
        # English: the titles hold a verb of their own, so the pair is not the cue's subject
        "On June 22, 2023, Minister Nguyen Xuan Thang and Minister Khamphanh Phommathat, who"
        " attended the opening, said the 10th theoretical workshop between the two Parties"
        " co-chaired by others was useful.",
        # Vietnamese: the same, "đã tham dự" inside the gap
        "Ngày 22/6/2023, Bộ trưởng Nguyễn Xuân Thắng và Bộ trưởng Khamphanh Phommathat, đã tham"
        " dự lễ khai mạc, Hội thảo lý luận lần thứ 10 giữa hai Đảng do các đồng chí khác đồng"
        " chủ trì.",
    ],
)
def test_a_clause_between_names_and_cue_names_no_co_chairs(text):
    """A gap with a verb of its own is no apposition: the pair does not co-chair."""
    for session in _sessions(text, "2023-06-23"):
        assert len(session.co_chairs) < 2
