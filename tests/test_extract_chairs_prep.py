"""Co-chairs and preparations on wordings unseen text brings, in both languages.

Every rule has sentences of its own in both languages, written for the rule.
"""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, phrase_rows
from tests.texts import session_mentions as _sessions

import vnlao_events as ve
from vnlao_events._text import fold_plain
from vnlao_events.extract.context import DocumentView
from vnlao_events.extract.people import find_people
from vnlao_events.extract.phrases import Phrases
from vnlao_events.extract.sentences import Sentence

_PHRASES = Phrases.default()


def _chairs(text: str, published: str | None = None) -> set[str]:
    return mention_chairs(text, published)


def _rows(section: str, kind: str) -> list[tuple[str, str]]:
    return phrase_rows(section, kind)


# ------------------------------------------------- a preparation dates itself, not the session


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 8/1, tại Hà Nội, Phân ban Việt Nam trong Ủy ban liên Chính phủ đã họp để chuẩn bị "
        "cho Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào.",
        "Chiều 8/1, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp chuẩn bị Kỳ họp lần thứ 46 Ủy "
        "ban liên Chính phủ Việt Nam - Lào.",
        "Ngày 8/1, cuộc họp cấp quan chức cao cấp chuẩn bị cho Kỳ họp lần thứ 46 Ủy ban liên "
        "Chính phủ Việt Nam - Lào đã diễn ra tại Hà Nội.",
        "Hội nghị chuẩn bị Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 8/1 tại Hà Nội.",
        "On January 8, the Vietnamese sub-committee held a preparatory meeting for the 46th "
        "meeting of the Vietnam-Laos Intergovernmental Committee in Hanoi.",
        "A senior officials' meeting was held in Hanoi on January 8 to prepare for the 46th "
        "meeting of the Intergovernmental Committee.",
        "The preparatory meeting for the 46th session of the Vietnam-Laos Intergovernmental "
        "Committee took place in Hanoi on January 8.",
        "On January 8, Deputy Prime Minister Tran Hong Ha chaired a meeting to prepare for the "
        "46th meeting of the Intergovernmental Committee.",
    ],
)
def test_a_dated_preparation_gives_its_date_to_no_session(text):
    """The day of a sub-committee's or senior officials' meeting is not the session's."""
    (session,) = _sessions(text, "2024-01-10")
    assert (session.ordinal, session.status, session.date) == (46, ve.Status.PLANNED, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/1, hai bên đã trao đổi về công tác chuẩn bị cho Kỳ họp lần thứ 46 Ủy ban liên "
        "Chính phủ, dự kiến diễn ra vào ngày 8/1 tại Hà Nội.",
        "Ngày 3/1, Phân ban Việt Nam đã họp để chuẩn bị cho Kỳ họp lần thứ 46 Ủy ban liên Chính "
        "phủ, sẽ diễn ra ngày 8/1 tại Hà Nội.",
        "On January 3, the two sides discussed preparations for the 46th meeting of the "
        "Intergovernmental Committee, scheduled for January 8 in Hanoi.",
        "On January 3, the sub-committee met to prepare for the 46th meeting of the "
        "Intergovernmental Committee, which will take place in Hanoi on January 8.",
    ],
)
def test_a_prepared_session_keeps_the_date_announced_for_it(text):
    """A date a planned cue gives after the session's name is the session's own."""
    (session,) = _sessions(text, "2024-01-04")
    assert session.status is ve.Status.PLANNED
    assert session.date is not None
    assert session.date.format_iso() == "2024-01-08"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Ngày 23/12, hai Bộ đã hội đàm để chuẩn bị cho Cuộc gặp cấp cao thường niên Việt Nam "
         "– Lào năm 2020.", "2020-01-01/2020-12-31"),
        ("On December 23, the two ministries met to prepare for the annual meeting between the "
         "two Parties in 2020.", "2020-01-01/2020-12-31"),
    ],
)  # fmt: skip
def test_a_prepared_session_keeps_its_edition_year(text, year):
    """'chuẩn bị cho Cuộc gặp … năm 2020': the year after the name is the edition."""
    (session,) = _sessions(text, "2019-12-23")
    assert session.date is not None
    assert session.date.format_iso() == year


@pytest.mark.parametrize(("lang", "cue"), _rows("status", "preparing"))
def test_every_preparing_cue_keeps_the_preparations_day_from_the_session(lang, cue):
    """Each preparing cue: the day before the session's name is the preparation's."""
    text = (
        f"Ngày 8/1, tại Hà Nội, Phân ban Việt Nam {cue} Kỳ họp lần thứ 46 Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"On January 8 in Hanoi, the sub-committee met {cue} the 46th meeting of the "
        "Intergovernmental Committee."
    )
    found = [m for m in _sessions(text, "2024-01-10") if m.ordinal == 46]
    assert found, text
    assert all(m.date is None for m in found), text


# ------------------------------------------------------------------ co-chairs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Deputy Foreign Minister Do Hung Viet and his Lao counterpart co-chaired the 10th "
         "political consultation in Hanoi on June 1.", {"Đỗ Hùng Việt"}),
        ("Thứ trưởng Ngoại giao Đỗ Hùng Việt và người đồng cấp Lào đồng chủ trì Tham khảo chính "
         "trị lần thứ 10 tại Hà Nội ngày 1/6.", {"Đỗ Hùng Việt"}),
        ("Lao Deputy Foreign Minister Khamla Sounthone arrived in Hanoi on May 31. Deputy "
         "Foreign Minister Do Hung Viet and his Lao counterpart co-chaired the 10th political "
         "consultation on June 1.", {"Đỗ Hùng Việt", "Khamla Sounthone"}),
        ("Thứ trưởng Ngoại giao Lào Khamla Sounthone đã tới Hà Nội ngày 31/5. Thứ trưởng Ngoại "
         "giao Đỗ Hùng Việt và người đồng cấp Lào đồng chủ trì Tham khảo chính trị lần thứ 10 "
         "ngày 1/6.", {"Đỗ Hùng Việt", "Khamla Sounthone"}),
    ],
)  # fmt: skip
def test_one_named_co_chair_and_an_unnamed_counterpart(text, chairs):
    """'X and his Lao counterpart co-chaired': X, and the one person named before."""
    assert _chairs(text, "2024-06-02") == chairs


@pytest.mark.parametrize(("lang", "cue"), _rows("people", "counterpart"))
def test_every_counterpart_phrase_left_unnamed_keeps_the_named_co_chair(lang, cue):
    """Each counterpart phrase coordinated and unnamed before the cue: the named one chairs."""
    text = (
        f"Thứ trưởng Trần Văn Bình và {cue} đồng chủ trì Tham khảo chính trị lần thứ 10 ngày "
        "1/6/2024."
        if lang == "vi"
        else f"Deputy Foreign Minister Tran Van Binh and {cue} co-chaired the 10th political "
        "consultation on June 1, 2024."
    )
    assert _chairs(text) == {"Trần Văn Bình" if lang == "vi" else "Tran Van Binh"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Foreign Minister Khamla Sounthone arrived in Hanoi on May 31. On June 1, he and "
        "Deputy Foreign Minister Tran Van Binh co-chaired the 10th political consultation.",
        "Thứ trưởng Ngoại giao Lào Khamla Sounthone đã tới Hà Nội ngày 31/5. Sáng 1/6, ông và "
        "Thứ trưởng Trần Văn Bình đồng chủ trì Tham khảo chính trị lần thứ 10.",
    ],
)
def test_a_pronoun_after_a_fronted_adverbial_is_the_person_named_before(text):
    """'On June 1, he and X co-chaired …': he is the one person the sentence before named."""
    assert _chairs(text, "2024-06-02") == {
        "Khamla Sounthone",
        "Tran Van Binh" if "Deputy" in text else "Trần Văn Bình",
    }


@pytest.mark.parametrize(("lang", "cue"), _rows("people", "led_by_before"))
def test_every_role_after_the_name_makes_a_co_chair(lang, cue):
    """'X led the Vietnamese delegation', 'do X dẫn đầu': the name before the role chairs."""
    text = (
        f"Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Đoàn Việt Nam do Thứ trưởng "
        f"Trần Văn Bình {cue}."
        if lang == "vi"
        else "The 10th political consultation took place on June 1, 2024. Deputy Foreign "
        f"Minister Tran Van Binh {cue}."
    )
    assert _chairs(text) == {"Trần Văn Bình" if lang == "vi" else "Tran Van Binh"}, text


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("The 27th border meeting was co-chaired by Deputy Foreign Minister Vu Hong Nam and Lao "
         "Deputy Minister of Home Affairs Vilayvong Bouddakham in Vientiane on December 9.",
         {"Vu Hong Nam", "Vilayvong Bouddakham"}),
        ("Cuộc họp thường niên lần thứ 27 giữa hai đoàn đại biểu biên giới do Thứ trưởng Bộ "
         "Ngoại giao Vũ Hồng Nam và Thứ trưởng Bộ Nội vụ Lào Vilayvong Bouddakham đồng chủ trì "
         "diễn ra tại Viêng Chăn ngày 9/12.", {"Vũ Hồng Nam", "Vilayvong Bouddakham"}),
        ("Cuộc họp thường niên lần thứ 27 giữa hai đoàn đại biểu biên giới diễn ra ngày 9/12, do "
         "Trung tướng Nguyễn Văn Hải, Thứ trưởng Bộ Quốc phòng, và Thiếu tướng Phon Sisavath, "
         "Thứ trưởng Bộ Công an Lào, đồng chủ trì.", {"Nguyễn Văn Hải", "Phon Sisavath"}),
        ("The 27th border meeting on December 9 was co-chaired by Lieutenant General Nguyen Van "
         "Hai and Major General Phon Sisavath.", {"Nguyen Van Hai", "Phon Sisavath"}),
        ("Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm và Đại sứ Lào tại Việt Nam Khamphao Ernthavanh "
         "đồng chủ trì Cuộc họp thường niên lần thứ 27 về biên giới ngày 9/12.",
         {"Nguyễn Minh Tâm", "Khamphao Ernthavanh"}),
        ("Vietnamese Ambassador to Laos Nguyen Minh Tam and Lao Ambassador to Vietnam Khamphao "
         "Ernthavanh co-chaired the 27th annual border meeting on December 9.",
         {"Nguyen Minh Tam", "Khamphao Ernthavanh"}),
        # an organisation's lower-case words run to its country: "… quốc gia Lào X"
        ("Đoàn đại biểu Đảng Nhân dân Cách mạng Lào do Chủ tịch Hội đồng Khoa học xã hội quốc "
         "gia Lào Khamla Sounthone làm Trưởng đoàn và đoàn Việt Nam do bà Trương Thị Mai làm "
         "Trưởng đoàn dự Hội thảo lý luận lần thứ 4 ngày 28/10.",
         {"Khamla Sounthone", "Trương Thị Mai"}),
        ("Hội thảo lý luận lần thứ 4 ngày 28/10 do Chủ tịch Viện Hàn lâm Khoa học xã hội "
         "Việt Nam Phan Chí Hiếu và Thứ trưởng Bộ Nội vụ Lào Khamla Sounthone đồng chủ trì.",
         {"Phan Chí Hiếu", "Khamla Sounthone"}),
    ],
)  # fmt: skip
def test_ministries_ranks_and_posts_before_a_name_are_not_the_name(text, chairs):
    """'Minister of Home Affairs X', 'Bộ Nội vụ Lào X', ranks, posts, long organisations."""
    found = {p.name for m in _sessions(text, "2023-12-10") for p in m.co_chairs}
    assert {fold_plain(n) for n in found} == {fold_plain(n) for n in chairs}


def test_a_provinces_department_before_a_name_is_not_the_name():
    """'Giám đốc Sở Ngoại vụ tỉnh Nghệ An X': the department and its province stay out."""
    text = "Giám đốc Sở Ngoại vụ tỉnh Nghệ An Nguyễn Văn Hải phát biểu."
    found, _ = find_people(
        Sentence.of(0, text), DocumentView.of(ve.Document(id="x", text=text)), ()
    )
    assert [p.written for _, _, p in found] == ["Nguyễn Văn Hải"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Bộ Công an chủ trì hội nghị tại Hà Nội.",  # a place after the verb
        "Thứ trưởng Bộ Ngoại giao chủ trì cuộc họp với Bộ Quốc phòng.",  # an organisation
        "Chủ tịch Phân ban hợp tác Lào-Việt Nam làm Trưởng đoàn.",  # two countries, hyphened
    ],
)
def test_no_place_or_country_after_an_organisation_is_a_person(text):
    """A verb ends an organisation's name; a place or a country after it is no person."""
    doc = ve.Document(id="x", text=text)
    view = DocumentView.of(doc)
    found, _ = find_people(Sentence.of(0, text), view, ())
    assert found == []


@pytest.mark.parametrize(("lang", "word"), _rows("people", "not_names"))
def test_no_organisation_or_title_word_is_part_of_a_name(lang, word):
    """Each word of the list, between a title and a name, stays out of the name."""
    text = (
        f"Thứ trưởng {word} Khamla Sounthone và Thứ trưởng Trần Văn Bình đồng chủ trì Tham khảo "
        "chính trị lần thứ 10 ngày 1/6/2024."
        if lang == "vi"
        else f"Deputy Minister {word} Khamla Sounthone and Deputy Minister Tran Van Binh "
        "co-chaired the 10th political consultation on June 1, 2024."
    )
    names = {fold_plain(p.name) for m in _sessions(text) for p in m.co_chairs}
    assert names == {"khamla sounthone", "tran van binh"}, (word, names)


# ------------------------------------------------- the address's slug as the folded title


def _with_url(url: str, text: str, published: str) -> list[tuple[str, int | None]]:
    doc = ve.Document(id="t.txt", text=text, url=url, published=ve.PartialDate.parse_iso(published))
    return [(m.series, m.ordinal) for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        ("https://example.vn/a/cuoc-hop-thuong-nien-lan-thu-25-doan-dai-bieu-bien-gioi"
         "-20160620161240022.htm",
         "Cuộc họp thường niên giữa hai đoàn đại biểu biên giới Việt Nam - Lào diễn ra ngày "
         "20/6 tại Hà Nội.", ("border-annual-meeting", 25)),
        ("https://example.vn/ky-hop-lan-thu-44-uy-ban-lien-chinh-phu-viet-nam-lao-123456.html",
         "Kỳ họp Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Viêng Chăn ngày 9/1.",
         ("intergovernmental-committee", 44)),
        ("https://example.com/politics/vietnam-laos-hold-10th-political-consultation.html",
         "The political consultation between the two foreign ministries took place in Hanoi on "
         "May 4.", ("political-consultation", 10)),
        ("https://example.com/politics/44th-meeting-of-intergovernmental-committee/123456.vnp",
         "The meeting of the Vietnam-Laos Intergovernmental Committee took place in Vientiane "
         "on January 9.", ("intergovernmental-committee", 44)),
    ],
)  # fmt: skip
def test_the_ordinal_of_the_address_numbers_the_session_the_body_names(url, text, expected):
    """'…/ky-hop-lan-thu-44-…': the body's unnumbered session is the 44th."""
    assert _with_url(url, text, "2024-06-01") == [expected]


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        ("https://example.vn/cuoc-hop-thuong-nien-lan-thu-25-doan-dai-bieu-bien-gioi.htm",
         "Hai bên đánh giá kết quả cuộc họp thường niên lần thứ 24 giữa hai đoàn đại biểu biên "
         "giới. Trong hai ngày diễn ra cuộc họp (20-21/6), hai bên tập trung bàn bạc 5 nội dung.",
         [("border-annual-meeting", 24), ("border-annual-meeting", 25)]),
        ("https://example.com/vietnam-laos-hold-10th-political-consultation.html",
         "The two sides reviewed the results of the 9th political consultation. The "
         "consultation took place in Hanoi on May 4.",
         [("political-consultation", 9), ("political-consultation", 10)]),
    ],
)  # fmt: skip
def test_a_session_named_in_passing_leaves_the_article_about_the_addressed_one(url, text, expected):
    """The 24th named in passing: 'cuộc họp (20-21/6)' is still the 25th of the address."""
    assert _with_url(url, text, "2024-06-22") == expected


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("https://example.com/vietnam-laos-hold-44th-intergovernmental-committee-meeting.html",
         "The annual border meeting took place in Hanoi on May 4. The meeting was co-chaired by "
         "Deputy Foreign Minister Do Hung Viet and Lao Deputy Foreign Minister Khamla Sounthone."),
        ("https://example.vn/ky-hop-lan-thu-44-uy-ban-lien-chinh-phu-viet-nam-lao.html",
         "Cuộc họp thường niên đại biểu biên giới diễn ra ngày 4/5 tại Hà Nội. Cuộc họp do Thứ "
         "trưởng Đỗ Hùng Việt và Thứ trưởng Khamla Sounthone đồng chủ trì."),
    ],
)  # fmt: skip
def test_an_address_naming_a_series_the_body_never_names_numbers_nothing(url, text):
    """The body is about the border meeting: the address's 44th committee session is not read."""
    assert _with_url(url, text, "2024-05-05") == [
        ("border-annual-meeting", None),
        ("border-annual-meeting", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ảnh: hai bên ký kết trong tham khảo chính trị tiếp theo. Tham khảo chính trị giữa "
         "hai Bộ Ngoại giao đã diễn ra tại Hà Nội ngày 4/5. Hai bên nhất trí tổ chức tham khảo "
         "chính trị tiếp theo tại Lào.",
         [("political-consultation", 10), ("political-consultation", 11)]),
        ("Photo: the two sides sign papers during the next political consultation. The "
         "political consultation took place in Hanoi on May 4. They agreed to hold the next "
         "political consultation in Laos.",
         [("political-consultation", 10), ("political-consultation", 11)]),
    ],
)  # fmt: skip
def test_the_next_session_counts_only_from_a_session_the_body_names(text, expected):
    """'the next consultation' before the body names the 10th is no 11th; after it, it is."""
    url = "https://example.com/tham-khao-chinh-tri-lan-thu-10-giua-hai-bo-ngoai-giao.html"
    assert _with_url(url, text, "2024-05-05") == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/vietnam-laos-hold-10th-and-11th-political-consultations.html",
        "https://example.com/pm-visits-laos/",
        "https://example.com/",
    ],
)
def test_an_address_with_no_single_session_numbers_nothing(url):
    """Two sessions, or none, in the address: no title to read."""
    text = "The political consultation took place in Hanoi on May 4."
    assert _with_url(url, text, "2024-05-05") == [("political-consultation", None)]


@pytest.mark.parametrize(("lang", "cue"), _rows("people", "led_by"))
def test_every_introducer_of_a_delegation_head_makes_a_co_chair(lang, cue):
    """'headed by X', '…, and the Lao delegation by Y', 'trưởng đoàn X', 'đoàn Lào do Y'."""
    text = (
        "Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Phía bạn: "
        f"{cue} Thứ trưởng Khamla Sounthone."
        if lang == "vi"
        else "The 10th political consultation took place on June 1, 2024, the Vietnamese side "
        f"led by Deputy Foreign Minister Tran Van Binh, and the {cue} Deputy Foreign Minister "
        "Khamla Sounthone."
    )
    assert "Khamla Sounthone" in _chairs(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The 10th political consultation took place in Vientiane on November 19. The Vietnamese "
        "delegation was led by Deputy Foreign Minister Tran Van Binh, and the Lao delegation by "
        "Deputy Foreign Minister Khamla Sounthone.",
        "Tham khảo chính trị lần thứ 10 diễn ra tại Viêng Chăn ngày 19/11. Đoàn Việt Nam do Thứ "
        "trưởng Trần Văn Bình dẫn đầu, đoàn Lào do Thứ trưởng Khamla Sounthone.",
    ],
)
def test_an_elliptical_second_introducer_names_the_other_co_chair(text):
    """'…, and the Lao delegation by Y': the verb left out, Y still heads the Lao side."""
    names = {fold_plain(n) for n in _chairs(text, "2023-11-20")}
    assert names == {"tran van binh", "khamla sounthone"}


# ------------------------------------------------------------------ status on unseen wording


def _statuses(text: str, published: str | None = None) -> dict[int | None, str]:
    return {m.ordinal: m.status.value for m in _sessions(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "đã" right before the verb whose object the session is
        ("Ngày 29/12, Thứ trưởng Nguyễn Minh Vũ và Bộ trưởng Saleumxay Kommasith đã chủ trì "
         "Cuộc họp thường niên lần thứ 31 giữa hai đoàn đại biểu biên giới.", {31: "held"}),
        # … not when it is another verb's: the welcome ceremony was chaired, not the session
        # (no published date: the session the visit is for may be either)
        ("Sáng 6/1, Thủ tướng Phạm Minh Chính đã chủ trì Lễ đón Thủ tướng Lào Sonexay "
         "Siphandone sang thăm chính thức Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban "
         "liên Chính phủ.", {46: "held-or-planned"}),
        # "sẽ" covers the verbs coordinated after it, as "đã" does
        ("Trong thời gian ở thăm, Tổng Bí thư Tô Lâm sẽ dự Lễ kỷ niệm 50 năm Quốc khánh Lào và "
         "đồng chủ trì Cuộc họp thường niên lần thứ 12 giữa hai đoàn đại biểu biên giới.",
         {12: "planned"}),
        ("During the visit, General Secretary To Lam will attend the 50th National Day "
         "celebration and co-chair the 12th annual border meeting.", {12: "planned"}),
        # what someone comes to attend is still to come; the welcome's day is not its day
        ("HÀ NỘI – The President hosted a reception in Hanoi on December 18 for Lao Deputy PM "
         "Kikeo Khaykhamphithoune. The President welcomed the delegation to Vietnam to attend "
         "the 10th theoretical workshop between the two Parties.", {10: "planned"}),
        # sessions a text says something was done since, or whose agreements are carried out
        ("Kể từ Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới đến nay, công "
         "tác biên giới có nhiều tiến triển.", {30: "held"}),
        ("The two sides discussed how to implement the agreements of the 37th session of the "
         "Intergovernmental Committee.", {37: "held"}),
        # thorough preparations: still to come, with the announced year its own
        ("Hai bên nhất trí chuẩn bị chu đáo cho Kỳ họp lần thứ 38 Ủy ban liên Chính phủ vào "
         "cuối năm 2015.", {38: "planned"}),
    ],
)  # fmt: skip
def test_status_cues_of_unseen_wording(text, expected):
    """Each row: the status a linguist reads from the cue, in Vietnamese and English."""
    assert _statuses(text, "2015-06-01" if "2015" in text else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên nhất trí chuẩn bị chu đáo cho Kỳ họp lần thứ 38 Ủy ban liên Chính phủ vào cuối "
        "năm 2015.",
        "The two sides agreed on thorough preparations for the 38th meeting of the "
        "Intergovernmental Committee at the end of 2015.",
    ],
)
def test_a_date_after_a_prepared_session_with_no_verb_of_its_own_is_the_sessions(text):
    """'chuẩn bị chu đáo cho Kỳ họp lần thứ 38 … vào cuối năm 2015': the 38th's end of year."""
    (session,) = _sessions(text, "2015-06-01")
    assert session.date is not None
    assert session.date.window is not None
    assert session.date.window.latest.isoformat() == "2015-12-31"


@pytest.mark.parametrize(
    "text",
    [
        "Sáng ngày 10/1, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Phankham Viphavanh chủ trì Kỳ "
        "họp lần thứ 44 Ủy ban liên Chính phủ. Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ "
        "tướng Lào Phankham Viphavanh dẫn đầu đoàn đại biểu cấp cao đang có chuyến thăm chính "
        "thức Việt Nam từ ngày 8-10/1/2022.",
        "On January 10, Prime Minister Pham Minh Chinh and Lao Prime Minister Phankham Viphavanh "
        "co-chaired the 44th meeting of the Intergovernmental Committee. Lao Prime Minister "
        "Phankham Viphavanh led the Lao delegation on an official visit to Vietnam from January "
        "8-10, 2022.",
    ],
)
def test_a_delegation_head_named_alone_gives_no_date_to_the_session(text):
    """The visit's days belong to the visit: the session keeps the day its report gives."""
    timeline = ve.build_timeline([ve.Document(id="t.txt", text=text)], infer=False)
    (session,) = timeline.get_series("intergovernmental-committee").sessions
    assert session.date is not None
    assert session.date.format_iso() == "2022-01-10"
    assert session.status is ve.Status.HELD


# ------------------------------------------------------------------ the visit's country


def _places(text: str, published: str | None = None) -> dict[int | None, str | None]:
    return {m.ordinal: (m.place.country if m.place else None) for m in _sessions(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước tới Lào từ ngày 1-2/12/2025. Trong thời gian ở "
         "thăm, Tổng Bí thư Tô Lâm sẽ dự Lễ kỷ niệm 50 năm Quốc khánh Lào và đồng chủ trì Cuộc "
         "họp thường niên lần thứ 12 giữa hai đoàn đại biểu biên giới.", {12: "LA"}),
        ("Lao Prime Minister Sonexay Siphandone will pay an official visit to Vietnam on January "
         "6-7. During the visit, the Lao PM will co-chair the 46th meeting of the "
         "Intergovernmental Committee.", {46: "VN"}),
        ("Sáng 6/1/2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone "
         "trong khuôn khổ chuyến thăm chính thức Việt Nam kết hợp đồng chủ trì Kỳ họp lần thứ 46 "
         "Ủy ban liên Chính phủ.", {46: "VN"}),
        ("On January 6, 2024, the two Prime Ministers held talks in the framework of the Lao "
         "PM's official visit to Vietnam to co-chair the 46th meeting of the Intergovernmental "
         "Committee.", {46: "VN"}),
        ("Theo đặc phái viên TTXVN, trong khuôn khổ chuyến công tác tại Lào, đồng chủ trì Kỳ họp "
         "lần thứ 48 Ủy ban liên Chính phủ, Thủ tướng Phạm Minh Chính đã hội kiến lãnh đạo Lào.",
         {48: "LA"}),
    ],
)  # fmt: skip
def test_a_session_on_a_visit_is_in_the_country_visited(text, expected):
    """'During the visit, … will co-chair …', '… chuyến thăm chính thức Việt Nam kết hợp …'."""
    assert _places(text, "2024-01-05") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn thăm chính thức Lào, sau đó thăm chính thức Việt Nam. Trong chuyến thăm, hai bên "
        "nhắc lại Cuộc họp thường niên lần thứ 12 giữa hai đoàn đại biểu biên giới.",
        "The delegation paid an official visit to Laos, then an official visit to Vietnam. During "
        "the visit, the 12th annual border meeting was mentioned.",
    ],
)
def test_trips_to_two_countries_place_no_session(text):
    """Two countries visited: which one the session is in is not said."""
    assert _places(text, "2024-01-05") == {12: None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong thời gian qua, hai bên đã phối hợp chặt chẽ, tích cực chuẩn bị và tổ chức thành "
         "công Hội thảo lý luận lần thứ 9.", {9: "held"}),
        ("Hai bên sẽ phối hợp chặt chẽ để tổ chức thành công Hội thảo lý luận lần thứ 9.",
         {9: "planned"}),
        ("The two sides have coordinated closely and successfully organised the 9th theoretical "
         "workshop.", {9: "held"}),
        ("The two sides will coordinate closely to successfully organise the 9th theoretical "
         "workshop.", {9: "planned"}),
    ],
)  # fmt: skip
def test_a_past_marker_earlier_in_the_clause_makes_an_achievement_done(text, expected):
    """'đã … tổ chức thành công': done; after 'sẽ', 'để': still to come."""
    assert _statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("Trong thời gian ở thăm, Tổng Bí thư Tô Lâm sẽ dự Lễ kỷ niệm 50 năm Quốc khánh Lào và "
         "đồng chủ trì Cuộc họp thường niên lần thứ 12 giữa hai đoàn đại biểu biên giới.",
         "Tô Lâm"),
        ("During the visit, General Secretary To Lam will attend the National Day celebration "
         "and co-chair the 12th annual border meeting.", "Tô Lâm"),
    ],
)  # fmt: skip
def test_the_subject_of_coordinated_verbs_co_chairs(text, chair):
    """'X sẽ dự Lễ … và đồng chủ trì …': X, the one subject, co-chairs."""
    assert _chairs(text, "2025-11-26") == {chair}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai bên đã tổ chức thành công 4 cuộc Hội thảo lý luận thường niên lần thứ 9, 10, 11 và "
         "12, tập trung vào những vấn đề thiết thực.", [9, 10, 11, 12]),
        ("Hai bên đã tổ chức thành công Hội thảo lý luận lần thứ 9 và 10.", [9, 10]),
        # a count after the ordinal is no session: "2 bên", "3 văn kiện"
        ("Hội thảo lý luận lần thứ 9, 2 bên đã thống nhất nhiều nội dung.", [9]),
        ("Hội thảo lý luận lần thứ 9 và 3 văn kiện đã được thông qua.", [9]),
        # a date after the ordinal is no session
        ("Hội thảo lý luận lần thứ 9, 10/12/2023 đã diễn ra.", [9]),
    ],
)  # fmt: skip
def test_a_list_of_numbers_after_an_ordinal_names_each_session(text, expected):
    """'lần thứ 9, 10, 11 và 12': four sessions, each with the sentence's status only."""
    found = _sessions(text)
    assert [m.ordinal for m in found] == expected
    assert all(m.date is None for m in found[1:])


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Lao Prime Minister Sonexay Siphandone will pay an official visit to Vietnam on January "
         "6-7. During the visit, the Lao PM will co-chair the 46th meeting of the "
         "Intergovernmental Committee.", {"Sonexay Siphandone"}),
        ("Thủ tướng Lào Sonexay Siphandone sẽ thăm chính thức Việt Nam ngày 6-7/1. Trong thời "
         "gian ở thăm, Thủ tướng Lào sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
         {"Sonexay Siphandone"}),
        # no one of that country named after the title: no one
        ("During the visit, the Lao PM will co-chair the 46th meeting of the Intergovernmental "
         "Committee.", set()),
    ],
)  # fmt: skip
def test_a_role_and_a_country_name_the_role_holder_named_in_the_document(text, chairs):
    """'the Lao PM will co-chair': the Lao prime minister the article names elsewhere."""
    assert _chairs(text, "2024-01-05") == chairs


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("Theo đặc phái viên TTXVN, trong khuôn khổ chuyến công tác tại Lào, đồng chủ trì Kỳ họp "
         "lần thứ 48 Ủy ban liên Chính phủ, chiều 3/12, Thủ tướng Phạm Minh Chính đã hội kiến "
         "Tổng Bí thư Lào Thongloun Sisoulith.", "Phạm Minh Chính"),
        ("On a working trip to Laos to co-chair the 48th meeting of the Intergovernmental "
         "Committee, Prime Minister Pham Minh Chinh met Lao leader Thongloun Sisoulith.",
         "Phạm Minh Chính"),
    ],
)  # fmt: skip
def test_the_subject_after_a_fronted_co_chair_clause_co_chairs(text, chair):
    """'Trong khuôn khổ chuyến công tác …, đồng chủ trì Kỳ họp 48 …, Thủ tướng X đã …'."""
    assert _chairs(text, "2024-12-04") == {chair}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Họp Tham vấn cấp Bộ trưởng Ngoại giao Việt-Lào lần thứ hai đã diễn ra tại Hà Nội.",
         ("ministerial-political-consultation", 2)),
        ("Tham khảo cấp Thứ trưởng Ngoại giao Việt Nam - Lào lần thứ 10 đã diễn ra tại Hà Nội.",
         ("political-consultation", 10)),
        ("The second consultation of the foreign ministers of Vietnam and Laos took place in "
         "Hanoi.", ("ministerial-political-consultation", 2)),
        # the ministers' meeting of another body is not the consultation
        ("Hội nghị cấp Bộ trưởng Ngoại giao ASEAN lần thứ 56 đã diễn ra tại Jakarta.", None),
    ],
)  # fmt: skip
def test_a_consultation_named_by_its_level_alone(text, expected):
    """'Tham vấn cấp Bộ trưởng Ngoại giao … lần thứ hai': the level tells the series."""
    found = [(m.series, m.ordinal) for m in _sessions(text, "2015-06-01")]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Chiều 5/1, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến và Thứ trưởng Bộ Quốc phòng Lào "
         "đồng chủ trì Cuộc họp thường niên lần thứ 27 giữa hai đoàn đại biểu biên giới.",
         {"Hoàng Xuân Chiến"}),
        ("On January 5, Deputy Defence Minister Hoang Xuan Chien and the Lao Deputy Defence "
         "Minister co-chaired the 27th annual meeting of the border delegations.",
         {"Hoang Xuan Chien"}),
        # the role's holder, where the document names one
        ("Lao Prime Minister Sonexay Siphandone arrived in Hanoi on January 6. On January 7, PM "
         "Pham Minh Chinh and the Lao Prime Minister co-chaired the 46th meeting of the "
         "Intergovernmental Committee.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_one_named_co_chair_and_a_bare_role_of_the_other_side(text, chairs):
    """'X và Thứ trưởng Bộ Quốc phòng Lào đồng chủ trì …': X, and the role's holder if named."""
    assert _chairs(text, "2024-01-08") == chairs


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 5/1, Thượng tướng Hoàng Xuân Chiến đồng chủ trì Cuộc họp thường niên lần thứ 27 "
        "giữa hai đoàn đại biểu biên giới.",
        "On January 5, Senior Lieutenant General Hoang Xuan Chien co-chaired the 27th annual "
        "meeting of the border delegations.",
    ],
)
def test_a_military_rank_introduces_a_co_chair(text):
    """'Thượng tướng X', 'Senior Lieutenant General X': a rank is a title before a name."""
    assert len(_chairs(text, "2018-01-06")) == 1


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Cùng đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ là Thủ tướng Lào Sonexay "
         "Siphandone.", {"Sonexay Siphandone"}),
        ("Thủ tướng Phạm Minh Chính đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ. Cùng "
         "đồng chủ trì là Thủ tướng Lào Sonexay Siphandone.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("PM Pham Minh Chinh co-chaired the 46th meeting of the Intergovernmental Committee. Also "
         "co-chairing the meeting was Lao PM Sonexay Siphandone.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
        # one side each after its copula
        ("Chủ trì Tham khảo chính trị lần thứ 9 về phía Việt Nam là Thứ trưởng Đỗ Hùng Việt, về "
         "phía Lào là Thứ trưởng Phoxay Khaykhamphithoune.",
         {"Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"}),
        ("Co-chairing the ninth political consultation were Deputy FM Do Hung Viet for Vietnam, "
         "and for Laos, Deputy FM Phoxay Khaykhamphithoune.",
         {"Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"}),
    ],
)  # fmt: skip
def test_the_subject_of_a_co_chair_cue_put_after_a_copula(text, chairs):
    """'Cùng đồng chủ trì … là Thủ tướng Lào Y': Y, with the co-chair named just before."""
    assert mention_chairs(text, "2024-01-08") == chairs


def test_a_name_after_a_long_run_of_titles_is_whole():
    """Twenty words of titles before 'Võ Văn Thưởng': the name is not cut at the twentieth."""
    text = (
        "Trưởng đoàn Việt Nam, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên "
        "giáo Trung ương Võ Văn Thưởng."
    )
    found, _ = find_people(
        Sentence.of(0, text), DocumentView.of(ve.Document(id="x", text=text)), ()
    )
    assert [p.written for _, _, p in found] == ["Võ Văn Thưởng"]
