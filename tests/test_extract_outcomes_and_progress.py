"""What the sides did at a session, what is under way, and who attended.

Families: an outcome told as a subject and its verb ("hai Phó Thủ tướng ký …", "the two
ministers agreed …") makes a tense-less report held, as "hai bên nhất trí" does; "đang"
covers the verbs listed after it as "đã" does, and what it covers is taking place;
"đã dự" (attended) tells an unnumbered session that was held; the year of an agreement
or a plan written after the session is the document's.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions as _sessions

import vnlao_events as ve
from vnlao_events.extract.phrases import Phrases

_PHRASES = Phrases.default()


def _words(kind: str, lang: str) -> tuple[str, ...]:
    return _PHRASES.words("status", kind, lang)


def _one(text: str, published: str | None = None) -> ve.SessionMention:
    found = _sessions(text, published)
    assert found, text
    return found[0]


def _report(lang: str, told: str) -> str:
    """A tense-less report of the day, then a sentence that tells ``told``."""
    if lang == "vi":
        return (
            "Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới diễn ra tại Hà "
            f"Nội ngày 30/11. {told[:1].upper()}{told[1:]} tăng cường hợp tác."
        )
    return (
        "The 30th annual meeting of the border delegations takes place in Hanoi on November "
        f"30. {told[:1].upper()}{told[1:]} closer cooperation."
    )


_SUBJECTS = [(lang, s) for lang in ("vi", "en") for s in _words("outcome_subjects", lang)]
_VERBS = [(lang, v) for lang in ("vi", "en") for v in _words("outcome_verbs", lang)]


@pytest.mark.parametrize(("lang", "subject"), _SUBJECTS)
def test_every_outcome_subject_with_a_verb_tells_the_session_held(lang, subject):
    """'Hai Phó Thủ tướng ký …', 'the two ministers agreed …' in the next sentence: held."""
    verb = _words("outcome_verbs", lang)[0]
    assert _one(_report(lang, f"{subject} {verb}")).status is ve.Status.HELD


@pytest.mark.parametrize(("lang", "verb"), _VERBS)
def test_every_outcome_verb_after_a_subject_tells_the_session_held(lang, verb):
    """Each verb of what the sides did, after the two sides: held."""
    subject = _words("outcome_subjects", lang)[0]
    assert _one(_report(lang, f"{subject} {verb}")).status is ve.Status.HELD


def test_a_past_marker_may_stand_between_subject_and_verb():
    """'Hai Thứ trưởng đã ký …': the past marker between changes nothing."""
    assert _one(_report("vi", "hai Thứ trưởng đã ký")).status is ve.Status.HELD


@pytest.mark.parametrize(
    "told",
    [
        "hai nước tăng cường",  # no subject of the list: the two countries
        "hai Thủ tướng bàn cách",  # a verb not of the list
    ],
)
def test_other_subjects_and_verbs_leave_the_report_open(told):
    """A subject or a verb off the lists tells nothing: the report stays open."""
    assert _one(_report("vi", told)).status is ve.Status.HELD_OR_PLANNED


def test_a_scene_set_outcome_two_sentences_on_tells_it_held():
    """'… họp phiên chính thức …. X. Tại cuộc họp, hai Phó Thủ tướng ký Hiệp định …'."""
    text = (
        "Ủy ban liên Chính phủ Việt Nam – Lào lần thứ 35 họp phiên chính thức dưới sự chủ trì "
        "của hai Phó Thủ tướng vào chiều 19/12 tại tỉnh Vĩnh Phúc. Hai đoàn làm việc trong "
        "không khí hữu nghị. Tại cuộc họp, hai Phó Thủ tướng ký Hiệp định hợp tác năm 2013."
    )
    assert _one(text).status is ve.Status.HELD


# ------------------------------------------------------------------ what is under way


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Lào đang có chuyến thăm chính thức Việt Nam, đồng chủ trì Kỳ họp lần thứ 46 "
        "Ủy ban liên Chính phủ từ ngày 6 đến 7/1.",
        "Thủ tướng Lào đang thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
    ],
)
def test_what_is_under_way_covers_the_verbs_listed_after_it(text):
    """'đang thăm …, đồng chủ trì Kỳ họp …': the session is taking place, so held."""
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên đang tích cực chuẩn bị tổ chức Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
        "Các bộ đang phối hợp, chuẩn bị cho Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
        "Đoàn đang thăm Lào, sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
    ],
)
def test_what_is_being_prepared_or_still_to_come_is_planned(text):
    """A preparation or a 'sẽ' between 'đang' and the verb: the session is still to come."""
    assert _one(text, "2024-01-05").status is ve.Status.PLANNED


# ------------------------------------------------------------------ attended


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Thủ tướng đã dự Cuộc họp cấp cao giữa hai Đảng tại Viêng Chăn.", ve.Status.HELD),
        ("Thủ tướng đã tham dự Cuộc họp cấp cao giữa hai Đảng.", ve.Status.HELD),
        ("Đoàn sang dự Cuộc gặp cấp cao giữa hai Đảng.", ve.Status.HELD_OR_PLANNED),
        ("The Prime Minister attended the high-level meeting between the two Parties.",
         ve.Status.HELD),
    ],
)  # fmt: skip
def test_an_attended_unnumbered_session_is_a_session(text, status):
    """'đã dự Cuộc họp cấp cao …' with no date is a session; 'đã' tells it held."""
    found = _sessions(text, None)
    assert [(m.series, m.status) for m in found] == [("party-high-level-meeting", status)]


# ------------------------------------------------------------------ names and documents


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng đồng chủ trì Kỳ họp lần thứ 48, Ủy ban Hợp tác Liên Chính phủ Việt Nam-Lào.",
        "Thủ tướng đồng chủ trì Kỳ họp lần thứ 48 Ủy ban Hợp tác Liên Chính phủ Việt Nam-Lào.",
        "The PM co-chaired the 48th meeting of the Vietnam-Laos Intergovernmental Cooperation "
        "Committee.",
    ],
)
def test_the_intergovernmental_cooperation_committee_is_the_committee(text):
    """'Ủy ban Hợp tác Liên Chính phủ', a comma after the numbered head or not."""
    found = _sessions(text, "2025-12-03")
    assert [(m.series, m.ordinal) for m in found] == [("intergovernmental-committee", 48)]


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp lần thứ 35 Ủy ban liên Chính phủ đã diễn ra, hai bên ký Hiệp định hợp tác năm "
        "2013.",
        "Kỳ họp lần thứ 35 Ủy ban liên Chính phủ đã diễn ra và thông qua Kế hoạch hợp tác năm "
        "2013.",
        "The 35th meeting of the Intergovernmental Committee took place and signed the "
        "agreement on cooperation in 2013.",
    ],
)
def test_the_year_of_a_document_after_the_session_is_the_documents(text):
    """'… ký Hiệp định hợp tác năm 2013': the agreement's year, not the session's date."""
    assert _one(text).date is None


# ------------------------------------------------------------------ invitations


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Bộ trưởng Bùi Thanh Sơn mời Bộ trưởng Ngoại giao Lào Saleumxay Kommasith thăm và "
         "đồng chủ trì Tham vấn chính trị cấp Bộ trưởng lần thứ 10 tại Việt Nam.",
         {"Bùi Thanh Sơn", "Saleumxay Kommasith"}),
        ("Minister Bui Thanh Son invited Lao Foreign Minister Saleumxay Kommasith to visit "
         "Vietnam and co-chair the 10th ministerial political consultation.",
         {"Bùi Thanh Sơn", "Saleumxay Kommasith"}),
    ],
)  # fmt: skip
def test_who_invites_and_who_is_invited_to_co_chair_are_the_planned_co_chairs(text, chairs):
    """'X mời Y thăm và đồng chủ trì …', 'X invited Y to … co-chair …': both, still to come."""
    mention = _one(text, "2023-08-10")
    assert mention.status is ve.Status.PLANNED
    assert {p.name for p in mention.co_chairs} == chairs
    assert mention.place is not None
    assert mention.place.country == "VN"


def test_at_someones_invitation_is_no_invitation_to_come():
    """'Theo lời mời của X, Y đồng chủ trì …': the noun 'lời mời' tells no future."""
    text = (
        "Theo lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Lào Sonexay Siphandone đồng "
        "chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ."
    )
    assert _one(text).status is ve.Status.HELD_OR_PLANNED


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Nhân dịp này, Bộ trưởng mời Bộ trưởng Ngoại giao Lào đồng chủ trì Tham vấn chính trị "
         "cấp Bộ trưởng lần thứ 10 tại Việt Nam dự kiến cuối năm 2023.", "VN"),
        ("Nhân dịp đó, hai bên nhất trí tổ chức Kỳ họp lần thứ 47 Ủy ban liên Chính phủ tại "
         "Lào vào cuối năm 2024.", "LA"),
    ],
)  # fmt: skip
def test_on_this_occasion_points_back_and_frames_nothing(text, country):
    """'Nhân dịp này, …': the occasion just told; the date and place are the session's."""
    mention = _one(text, "2023-08-10")
    assert mention.date is not None
    assert mention.date.window is not None
    assert mention.date.window.latest.month == 12
    assert mention.place is not None
    assert mention.place.country == country


def test_on_the_occasion_of_another_event_still_frames_its_date():
    """'Nhân dịp Quốc khánh …, …': an occasion with its own noun keeps its date its own."""
    text = (
        "Nhân dịp Quốc khánh Lào ngày 2/12/2025, Thủ tướng đồng chủ trì Kỳ họp lần thứ 48 Ủy "
        "ban liên Chính phủ."
    )
    assert _one(text, "2025-12-01").date is None


# ------------------------------------------------------------------ a dated gloss


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hai bên hài lòng với kết quả của Tham khảo chính trị cấp Thứ trưởng lần thứ 8 (Lào, "
         "tháng 6/2023).", "LA"),
        ("The ministers hailed the results of the 8th political consultation (Vientiane, June "
         "2023).", "LA"),
        ("Hai bên hài lòng với kết quả của Tham khảo chính trị cấp Thứ trưởng lần thứ 8 (Hà Nội, "
         "2023).", "VN"),
    ],
)  # fmt: skip
def test_a_gloss_of_place_and_year_tells_where_the_session_was(text, country):
    """'… lần thứ 8 (Lào, tháng 6/2023)': the place in the gloss is the session's."""
    mention = _one(text)
    assert mention.place is not None
    assert mention.place.country == country


def test_a_country_in_brackets_without_a_year_is_no_place():
    """'Bộ trưởng Ngoại giao (Lào)': a gloss of someone's country, not where anything was."""
    text = "Bộ trưởng Ngoại giao (Lào) hài lòng với kết quả của Tham khảo chính trị lần thứ 8."
    assert _one(text).place is None


# ------------------------------------------------------------------ one list of those attending


_REPORTED = {
    "vi": "Ngày 16/5/2018, Hội nghị hợp tác an ninh Việt Nam - Lào lần thứ 9 diễn ra tại Quy "
    "Nhơn. ",
    "en": "On May 16, 2018, the 9th Vietnam - Laos Security Cooperation Conference took place in "
    "Quy Nhon City. ",
}
_LISTS = {
    "vi": "{opener} Thượng tướng Bùi Văn Nam, Thứ trưởng Bộ Công an Việt Nam; Trung tướng "
    "Kongthong Phongvichit, Thứ trưởng Bộ An ninh Lào; Trung tướng Nguyễn Chí Thành, Tổng cục "
    "trưởng.",
    "en": "{opener} Senior Lieutenant-General Bui Van Nam – Member of the Party Central "
    "Committee - Deputy Minister of Public Security of Vietnam; Lieutenant-General Kong-thoong "
    "Phong-vi-chit, Deputy Minister of Lao Security; Lieutenant-General Nguyen Chi Thanh, "
    "Director General.",
}
_OPENERS = [
    (lang, o) for lang in ("vi", "en") for o in _PHRASES.words("people", "attendance", lang)
]


@pytest.mark.parametrize(("lang", "opener"), _OPENERS)
def test_the_first_two_of_a_list_of_those_attending_head_the_two_sides(lang, opener):
    """'Tham dự hội nghị có X, … Việt Nam; Y, … Lào; Z': X and Y co-chair; Z does not."""
    text = _REPORTED[lang] + _LISTS[lang].format(opener=opener[:1].upper() + opener[1:])
    found = _sessions(text, "2018-05-16")
    chairs = {p.written for m in found for p in m.co_chairs}
    wanted = (
        {"Bùi Văn Nam", "Kongthong Phongvichit"}
        if lang == "vi"
        else {"Bui Van Nam", "Kong-thoong Phong-vi-chit"}
    )
    assert chairs == wanted


@pytest.mark.parametrize(
    "listed",
    [
        # two of one side first
        "Tham dự hội nghị có Thượng tướng Bùi Văn Nam, Thứ trưởng Bộ Công an Việt Nam; Trung "
        "tướng Nguyễn Chí Thành, Tổng cục trưởng Việt Nam; Trung tướng Kongthong Phongvichit, "
        "Thứ trưởng Bộ An ninh Lào.",
        # no country said of the first
        "Tham dự hội nghị có Thượng tướng Bùi Văn Nam, Thứ trưởng; Trung tướng Kongthong "
        "Phongvichit, Thứ trưởng Bộ An ninh Lào.",
    ],
)
def test_a_list_that_does_not_open_with_both_sides_names_no_co_chairs(listed):
    """The first two items must name two sides by their own words: else nobody."""
    found = _sessions(_REPORTED["vi"] + listed, "2018-05-16")
    assert all(not m.co_chairs for m in found)


# ------------------------------------------------------------------ list items and tones


def test_a_list_item_after_a_semicolon_shares_the_first_items_past_marker():
    """'đã dự Cuộc họp cấp cao …; cùng Thủ tướng Lào Y đồng chủ trì Kỳ họp …': both held."""
    text = (
        "Trong chuyến công tác, Thủ tướng Chính phủ đã dự Cuộc họp cấp cao giữa hai Đảng; cùng "
        "Thủ tướng Chính phủ Lào Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên "
        "Chính phủ; dự các hoạt động kỷ niệm."
    )
    found = _sessions(text, "2025-12-03")
    assert {(m.series, m.status) for m in found} == {
        ("party-high-level-meeting", ve.Status.HELD),
        ("intergovernmental-committee", ve.Status.HELD),
    }


def test_an_item_with_a_subject_of_its_own_keeps_its_own_tense():
    """'Hai bên đã ký …; Bộ trưởng X đồng chủ trì …': the second item has its own subject."""
    text = (
        "Hai bên đã ký kết nhiều văn kiện; Bộ trưởng Trần Văn Bình đồng chủ trì Kỳ họp lần thứ "
        "48 Ủy ban liên Chính phủ."
    )
    assert _one(text).status is ve.Status.HELD_OR_PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đại biểu Đảng, đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ.",  # Đảng
        "Hai bên mới đây đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ.",  # mới
        "Bộ trưởng mới của Lào đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ.",
    ],
)
def test_words_of_another_tone_are_no_cue(text):
    """'Đảng' is not 'đang' (under way), 'mới' (new) is not 'mời' (invite)."""
    assert _one(text).status is ve.Status.HELD_OR_PLANNED


def test_the_partner_after_an_elided_subject_co_chairs_with_the_one_named_before():
    """'…; cùng Thủ tướng Lào Y đồng chủ trì Kỳ họp lần thứ 48, …': Y, and X named before.

    The summit the sentence says was attended ('đã dự Cuộc họp cấp cao …') has no co-chairs.
    """
    text = (
        "Thủ tướng Chính phủ Phạm Minh Chính đã về tới Hà Nội, kết thúc chuyến công tác tại "
        "Lào. Trong chuyến công tác, Thủ tướng Chính phủ đã dự Cuộc họp cấp cao giữa hai Đảng; "
        "cùng Thủ tướng Chính phủ Lào Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 48, Ủy ban "
        "Hợp tác Liên Chính phủ Việt Nam-Lào; dự các hoạt động kỷ niệm của cố Chủ tịch Kaysone "
        "Phomvihane."
    )
    chairs = {m.series: {p.name for p in m.co_chairs} for m in _sessions(text, "2025-12-03")}
    assert chairs["intergovernmental-committee"] == {"Phạm Minh Chính", "Sonexay Siphandone"}
    assert chairs["party-high-level-meeting"] == set()


# ------------------------------------------------------------------ heads told one side a sentence


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Hội thảo lý luận lần thứ 2 khai mạc tại Viêng Chăn ngày 7/4. Đoàn đại biểu Việt Nam "
         "do đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, làm Trưởng đoàn. Đoàn đại biểu Lào "
         "do đồng chí Chueang Sombounkhan, Bí thư Trung ương Đảng, làm Trưởng đoàn.",
         {"Đinh Thế Huynh", "Chueang Sombounkhan"}),
        ("The second theory conference between the two Parties opened in Vientiane on April 7. "
         "The Vietnamese delegation to the two-day event is led by Dinh The Huynh, Politburo "
         "member. The Lao delegation is headed by Chueang Sombounkhan, Secretary of the LPRP "
         "Central Committee.", {"Dinh The Huynh", "Chueang Sombounkhan"}),
    ],
)  # fmt: skip
def test_the_heads_of_the_two_delegations_told_a_sentence_each_are_the_co_chairs(text, chairs):
    """'Đoàn đại biểu Việt Nam do X làm Trưởng đoàn. Đoàn đại biểu Lào do Y …': X and Y."""
    found = {p.written for m in _sessions(text, None) for p in m.co_chairs}
    assert found == chairs


@pytest.mark.parametrize("name", ["Dinh The Huynh", "Nguyen The Ky"])
def test_the_plain_middle_name_the_is_part_of_the_name(name):
    """'Dinh The Huynh' is Đinh Thế Huynh: 'The' between two words of a name is no article."""
    text = f"The 10th political consultation was co-chaired by Deputy Minister {name} and Lao "
    text += "Deputy Minister Khamla Sounthone in Hanoi on June 1, 2024."
    assert name in {p.written for m in _sessions(text, None) for p in m.co_chairs}


def test_the_year_just_past_places_a_day_without_a_year():
    """'Ngày 5/1 … diễn ra cuộc họp …. … kiểm điểm … trong năm 2016 vừa qua': 5 January 2017."""
    text = (
        "Ngày 5/1, tại thủ đô Vientiane, đã diễn ra cuộc họp thường niên lần thứ 26 giữa hai "
        "Đoàn đại biểu biên giới Việt Nam-Lào. Tại cuộc họp, hai bên đã kiểm điểm việc thực "
        "hiện các Hiệp định về biên giới trong năm 2016 vừa qua."
    )
    mention = next(m for m in _sessions(text, None) if m.ordinal == 26)
    assert mention.date is not None
    assert mention.date.format_iso() == "2017-01-05"
    assert "date-content-past-year" in {d.rule.value for d in mention.derivation}


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch nước hoan nghênh kết quả Kỳ họp 44 Ủy ban liên Chính phủ.",  # not "hoãn"
        "Chủ tịch nước hoan nghênh thành công của Kỳ họp 44 Ủy ban liên Chính phủ.",
        "The President hailed the success and meaning of the 44th meeting of the "
        "Intergovernmental Committee.",
    ],
)
def test_hailing_a_sessions_success_tells_it_held(text):
    """'hoan nghênh kết quả …' (welcomed the results): held, never put off ('hoãn')."""
    assert _one(text, "2024-05-01").status is ve.Status.HELD


def test_hosts_of_separate_receptions_are_not_the_guests_co_chairs():
    """'X and PM Z hosted separate receptions … for Y, who is in Vietnam to co-chair …': Y."""
    text = (
        "President Vo Van Thuong and Prime Minister Pham Minh Chinh hosted separate receptions "
        "in Hanoi on November 22 for Deputy Prime Minister and Minister of Foreign Affairs of "
        "Laos Saleumxay Kommasith, who is in Vietnam to co-chair the 10th Vietnam-Laos foreign "
        "ministerial-level consultation."
    )
    assert {p.name for p in _one(text, "2023-11-22").co_chairs} == {"Saleumxay Kommasith"}


@pytest.mark.parametrize(
    "lead",
    ["leading a Lao delegation to attend", "leading a delegation to attend",
     "heading a delegation to attend"],
)  # fmt: skip
def test_the_guest_leading_a_delegation_to_attend_heads_its_side(lead):
    """'X hosted a reception … for Y, who is leading a Lao delegation to attend the 9th …': Y."""
    text = (
        "President Tran Dai Quang hosted a reception in Hanoi on May 15 for the Lao Deputy "
        f"Minister of Public Security Kongthong Phongvichit, who is {lead} the ninth security "
        "cooperation conference."
    )
    assert {p.written for p in _one(text, "2018-05-15").co_chairs} == {"Kongthong Phongvichit"}


def test_a_guest_in_the_country_for_an_unnumbered_consultation_frames_a_session():
    """'Y, who is in Vietnam for the annual consultation …': an unnumbered session.

    '… appreciated the success of the consultation …' tells it held.
    """
    text = (
        "He held a reception for Lao Foreign Minister Saleumxay Kommasith, who is in Vietnam "
        "for the annual consultation between the two Foreign Ministries. Prime Minister Phuc "
        "appreciated the success of the consultation between the two ministers."
    )
    found = _sessions(text, "2017-12-06")
    assert {m.series for m in found} == {"ministerial-political-consultation"}
    assert {m.status for m in found} == {ve.Status.HELD}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Trong các ngày từ 1 đến 3-8-2009, tại thị xã Cửa Lò đã diễn ra cuộc họp giữa kỳ Ủy "
         "ban liên Chính phủ Việt Nam - Lào năm 2009.", "2009-08-01/2009-08-03"),
        ("Ngày 5/8/2009, tại Cửa Lò đã diễn ra cuộc họp giữa kỳ Ủy ban liên Chính phủ Việt Nam "
         "- Lào năm 2009.", "2009-08-05"),
    ],
)  # fmt: skip
def test_the_days_that_open_the_sentence_beat_the_edition_year_of_the_same_year(text, iso):
    """'Trong các ngày 1–3/8/2009, … cuộc họp giữa kỳ … năm 2009': 1–3 August 2009."""
    mention = _one(text, "2010-01-06")
    assert mention.date is not None
    assert mention.date.format_iso() == iso


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Y is leading a delegation to attend the ninth security cooperation conference in "
         "2018, held between the Public Security Ministries of Vietnam and Laos.",
         ve.Status.PLANNED),
        ("Y will attend the ninth security cooperation conference, held annually by the two "
         "ministries.", ve.Status.PLANNED),
        ("The ninth security cooperation conference was held between May 15 and 16 in Hanoi.",
         ve.Status.HELD),
    ],
)  # fmt: skip
def test_a_held_verb_that_tells_the_series_habit_tells_nothing_of_the_session(text, status):
    """'…, held between the two ministries', '…, held annually': who holds it, how often."""
    assert _one(text, "2018-05-15").status is status


def test_the_one_whose_co_chairmanship_it_was_co_chairs():
    """'… Pham Minh Chinh's official visit to Laos and co-chairmanship of the 45th meeting'."""
    text = (
        "The results obtained during Prime Minister Pham Minh Chinh's official visit to Laos "
        "and co-chairmanship of the 45th meeting of the Intergovernmental Committee."
    )
    assert {p.name for p in _one(text).co_chairs} == {"Phạm Minh Chính"}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pham Minh Chinh met his Lao counterpart on May 10. The two Governments "
        "will implement the results obtained during the 45th meeting of the Intergovernmental "
        "Committee.",
        "Ngày 10/5, hai Thủ tướng đã gặp nhau. Hai bên nhất trí triển khai kết quả Kỳ họp lần "
        "thứ 45 Ủy ban liên Chính phủ.",
    ],
)
def test_a_session_whose_results_are_told_takes_no_day_from_the_sentence_before(text):
    """The day of the sentence before is its report's, not that of a session already held."""
    mention = _one(text, "2023-05-11")
    assert mention.status is ve.Status.HELD
    assert mention.date is None
