"""Status cues of unseen text: frames around a session, cues right after it, passives.

Each row of the ``during`` frames, of the held-after cues and of the cores is read in a
sentence of its own language; the rules around them are read in both languages.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve
from vnlao_events.extract.phrases import Phrases

_PHRASES = Phrases.default()


def _rows(section: str, kind: str) -> list[tuple[str, str]]:
    return [(lang, p) for lang in ("vi", "en") for p in _PHRASES.words(section, kind, lang)]


def _status(text: str, published: str | None = "2024-01-10") -> list[ve.Status]:
    return [m.status for m in session_mentions(text, published)]


@pytest.mark.parametrize(("lang", "frame"), _rows("status", "during"))
def test_every_during_frame_with_a_past_main_verb_is_held(lang, frame):
    """'<frame> the 46th meeting …, the two sides signed …': the session took place."""
    cap = frame[:1].upper() + frame[1:]
    text = (
        f"{cap} Kỳ họp lần thứ 46 Ủy ban liên Chính phủ, hai bên đã ký 10 văn kiện."
        if lang == "vi"
        else f"{cap} the 46th meeting of the Intergovernmental Committee, the two sides signed "
        "10 documents."
    )
    assert _status(text, None) == [ve.Status.HELD]


@pytest.mark.parametrize(("lang", "cue"), _rows("status", "held_after"))
def test_every_held_after_cue_right_after_a_numbered_session_is_held(lang, cue):
    """'Kỳ họp lần thứ 46 … vừa qua', 'the 46th meeting … took place': held, no date needed."""
    text = (
        f"Tại Kỳ họp lần thứ 46 Ủy ban liên Chính phủ {cue}, hai bên bàn về kế hoạch."
        if lang == "vi"
        else f"The 46th meeting of the Intergovernmental Committee {cue} with a plan."
    )
    assert _status(text, None) == [ve.Status.HELD]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên đánh giá Kỳ họp lần thứ 46 Ủy ban liên Chính phủ, Kỳ họp lần thứ 47 vừa qua.",
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ sẽ bàn về các kết quả của năm vừa qua.",
    ],
)
def test_a_held_after_cue_far_or_behind_another_session_is_not_this_ones(text):
    """The cue is the nearer session's, or too far to say anything of the 46th."""
    found = session_mentions(text, None)
    assert found[0].ordinal == 46
    assert found[0].status is not ve.Status.HELD


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        ("The 46th meeting of the Intergovernmental Committee is due to take place in Hanoi on "
         "January 9.", "2024-01-05", ve.Status.PLANNED),
        ("The two PMs are going to co-chair the 46th meeting of the Intergovernmental "
         "Committee.", "2024-01-05", ve.Status.PLANNED),
        ("The 46th meeting of the Intergovernmental Committee opens in Hanoi.", None,
         ve.Status.HELD),
        ("The 46th meeting of the Intergovernmental Committee is taking place in Hanoi today.",
         "2024-01-08", ve.Status.HELD),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ đang diễn ra tại Hà Nội.", None,
         ve.Status.HELD),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ vừa diễn ra tại Hà Nội.", None,
         ve.Status.HELD),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ đã được tổ chức tại Hà Nội.", None,
         ve.Status.HELD),
        ("The 46th meeting of the Intergovernmental Committee was a great success.", None,
         ve.Status.HELD),
    ],
)  # fmt: skip
def test_progressive_present_and_due_forms(text, published, status):
    """'is due to' is still to come; 'opens', 'is taking place', 'đang diễn ra' report it."""
    assert _status(text, published) == [status]


def test_a_due_date_is_not_read_into_the_past():
    """'… is due to take place on January 9' in an article of January 5: 9 January 2024."""
    (mention,) = session_mentions(
        "The 46th meeting of the Intergovernmental Committee is due to take place in Hanoi on "
        "January 9.",
        "2024-01-05",
    )
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-01-09"


@pytest.mark.parametrize(
    "text",
    [
        "He briefed Lao leaders on the contents to be discussed at the 38th meeting of the "
        "Intergovernmental Committee.",
        "The ministers reviewed the documents that will be signed at the 38th meeting of the "
        "Intergovernmental Committee.",
    ],
)
def test_a_participle_after_to_be_or_will_be_is_no_past_verb(text):
    """'to be discussed at the 38th meeting': what is still to be done there."""
    assert ve.Status.HELD not in _status(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Party General Secretary To Lam and Lao Party General Secretary Thongloun Sisoulith "
        "co-chaired the high-level meeting between the Communist Party of Vietnam (CPV) and the "
        "Lao People's Revolutionary Party (LPRP) in Hanoi on February 26, 2024.",
        "Tổng Bí thư Tô Lâm và Tổng Bí thư Thongloun Sisoulith đã đồng chủ trì Cuộc gặp cấp cao "
        "giữa Đảng Cộng sản Việt Nam (ĐCSVN) và Đảng Nhân dân Cách mạng Lào tại Hà Nội ngày "
        "26/2/2024.",
    ],
)
def test_the_party_summit_with_the_parties_abbreviations_written_in(text):
    """'high-level meeting between the CPV (…) and the LPRP (…)': the Parties' summit."""
    found = session_mentions(text, "2024-02-26")
    assert [(m.series, m.status) for m in found] == [("party-high-level-meeting", ve.Status.HELD)]


@pytest.mark.parametrize(
    "text",
    [
        "The high-level meeting of the two Parties and the Cambodian People's Party took place "
        "in March 2024.",
        "The ASEAN high-level meeting on climate opened in Vientiane on February 26, 2024.",
    ],
)
def test_a_high_level_meeting_of_other_bodies_is_not_the_party_summit(text):
    """A third member or another body named with it makes it another meeting."""
    assert session_mentions(text, "2024-03-05") == []


@pytest.mark.parametrize(
    "text",
    [
        "The 46th meeting of the Intergovernmental Committee adopted a cooperation plan.",
        "The 46th meeting of the Intergovernmental Committee also reviewed the cooperation.",
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ đã thông qua kế hoạch hợp tác.",
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ cũng đã đánh giá hợp tác hai nước.",
    ],
)
def test_a_session_that_is_the_subject_of_a_past_verb_was_held(text):
    """'The 46th meeting … adopted a plan', 'Kỳ họp … đã thông qua …': it took place."""
    assert _status(text, None) == [ve.Status.HELD]


@pytest.mark.parametrize(
    "text",
    [
        "The 46th meeting of the Intergovernmental Committee will adopt a cooperation plan.",
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ sẽ thông qua kế hoạch hợp tác.",
    ],
)
def test_a_session_that_is_the_subject_of_a_future_verb_is_planned(text):
    """'… will adopt', '… sẽ thông qua': still to come."""
    assert _status(text, None) == [ve.Status.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "Party General Secretary To Lam and Lao Party General Secretary Thongloun Sisoulith "
        "chaired the high-level meeting between the two Parties in Vientiane.",
        "Tổng Bí thư Tô Lâm và Tổng Bí thư Thongloun Sisoulith chủ trì Cuộc gặp cấp cao giữa "
        "hai Đảng tại Viêng Chăn.",
    ],
)
def test_chaired_frames_an_unnumbered_session(text):
    """'chaired the high-level meeting …', 'chủ trì Cuộc gặp cấp cao …': a session."""
    assert [m.series for m in session_mentions(text, None)] == ["party-high-level-meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The 46th meeting of the Intergovernmental Committee also identified directions for "
        "cooperation.",
        "The 32nd annual meeting of the border delegations highlighted new tasks.",
    ],
)
def test_an_english_simple_past_after_the_session_as_subject_is_held(text):
    """'The meeting also identified …': any regular past form with the session as subject."""
    assert _status(text, None) == [ve.Status.HELD]


@pytest.mark.parametrize(
    "text",
    [
        "The 46th meeting of the Intergovernmental Committee scheduled for January will be "
        "held in Hanoi.",
        "The 46th meeting of the Intergovernmental Committee planned in Hanoi is important.",
    ],
)
def test_a_participle_with_its_preposition_is_no_simple_past(text):
    """'… scheduled for January', '… planned in Hanoi': a participle, not the verb."""
    assert ve.Status.HELD not in _status(text, "2024-01-02")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Ngoại giao Lào đã thăm chính thức Việt Nam từ ngày 23 đến ngày 27/12, đồng "
        "chủ trì Tham vấn cấp Bộ trưởng Ngoại giao lần thứ 6 tại Quảng Ninh.",
        "Phó Thủ tướng đã tới Viêng Chăn ngày 8/1, đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên "
        "Chính phủ.",
    ],
)
def test_da_covers_a_verb_listed_after_a_comma(text):
    """'đã thăm …, đồng chủ trì …': the past marker covers the listed verb."""
    assert _status(text, None)[0] is ve.Status.HELD


def test_da_does_not_cover_a_verb_after_a_planned_cue():
    """'đã thăm …, sẽ đồng chủ trì …': the planned cue between is the later verb's."""
    text = (
        "Phó Thủ tướng đã tới Viêng Chăn ngày 8/1, và sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban "
        "liên Chính phủ, đồng chủ trì Kỳ họp lần thứ 47."
    )
    assert ve.Status.HELD not in _status(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 25/12, hai Bộ trưởng Phạm Bình Minh và Saleumxay Kommasith đã tiến hành Tham vấn "
        "với sự tham dự của đại diện hai Bộ.",
        "Chiều 25/12, hai Thứ trưởng đã tiến hành Tham khảo với sự tham dự của đại diện hai Bộ.",
    ],
)
def test_a_bare_consultation_refers_back_to_the_articles_session(text):
    """'… đã tiến hành Tham vấn với sự tham dự …': the consultation the article is about."""
    first = (
        "Bộ trưởng Ngoại giao Lào thăm Việt Nam, đồng chủ trì Tham vấn cấp Bộ trưởng Ngoại giao "
        "lần thứ 6."
        if "Tham vấn" in text
        else "Hai bên tổ chức Tham khảo chính trị lần thứ 9."
    )
    found = session_mentions(f"{first} {text}", None)
    assert len(found) >= 2
    assert {m.ordinal for m in found} == {found[0].ordinal}
    assert "--12-25" in {m.date.format_iso() for m in found[1:] if m.date is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 6/1, Thủ tướng Lào đến Hà Nội, bắt đầu thăm chính thức Việt Nam, kết hợp đồng chủ "
        "trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ từ ngày 6 đến 7/1/2024.",
        "Ngày 8/1, Thủ tướng đến Viêng Chăn, bắt đầu chuyến thăm chính thức Lào, kết hợp đồng "
        "chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ từ ngày 8 đến 9/1/2025.",
    ],
)
def test_what_an_untensed_trip_is_for_is_still_to_come_without_a_published_date(text):
    """With no published date the arrival's sentence speaks as of the arrival: planned."""
    (mention,) = session_mentions(text, None)
    assert mention.status is ve.Status.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng thăm Lào và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ ngày 9 và "
        "10/1/2025.",
        "Phó Thủ tướng sang thăm Lào và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ "
        "ngày 9 và 10/1/2025.",
    ],
)
def test_an_untensed_summary_of_a_visit_is_not_told_as_of_the_arrival(text):
    """'thăm Lào và đồng chủ trì Kỳ họp … ngày 9 và 10/1': no arrival, so the untensed report."""
    (mention,) = session_mentions(text, None)
    assert mention.status is ve.Status.HELD
    assert "trip-untensed" not in {d.rule.value for d in mention.derivation}


@pytest.mark.parametrize(("lang", "word"), _rows("status", "movement"))
def test_every_movement_word_tells_the_trip_as_of_its_moment(lang, word):
    """An untensed '<arrived in> Viêng Chăn, to co-chair …' with no published date: planned."""
    text = (
        f"Ngày 8/1, Thủ tướng {word} Viêng Chăn, bắt đầu chuyến thăm chính thức Lào, kết hợp "
        "đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ từ ngày 8 đến 9/1/2025."
        if lang == "vi"
        else f"On January 8, the Prime Minister {word} Vientiane to co-chair the 47th meeting of "
        "the Intergovernmental Committee from January 8 to 9, 2025."
    )
    assert _status(text, None) == [ve.Status.PLANNED]


_TRIP_FRAMED = {
    "vi": "Trong khuôn khổ chuyến công tác tại Lào, đồng chủ trì Kỳ họp 48 Ủy ban liên Chính phủ "
    "Việt Nam – Lào, chiều 3/12, Thủ tướng Phạm Minh Chính đã hội kiến Tổng Bí thư Lào.",
    "en": "On the occasion of his visit to Laos to co-chair the 48th meeting of the "
    "Intergovernmental Committee, Prime Minister Pham Minh Chinh met the Lao leader on "
    "December 3.",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("published", "status"),
    [("2026-01-23", ve.Status.HELD), ("2025-12-04", ve.Status.HELD_OR_PLANNED)],
)
def test_a_trip_under_way_weeks_before_publication_took_its_session_with_it(
    lang, published, status
):
    """'…, to co-chair the 48th meeting, PM X met Y on 3/12', weeks later: the session is over."""
    (mention,) = session_mentions(_TRIP_FRAMED[lang], published)
    assert mention.status is status
    assert mention.date is None  # the day is the meeting's, not the session's
    assert ("trip-over" in {d.rule.value for d in mention.derivation}) is (status is ve.Status.HELD)


_RECEIVED = {
    "vi": "Tổng Bí thư Tô Lâm ngày 27-10 đã tiếp Đoàn đại biểu Đảng Nhân dân Cách mạng Lào do "
    "ông Kikeo Khaykhamphithoune dẫn đầu sang thăm và dự Hội thảo Lý luận lần thứ XII giữa "
    "hai Đảng.",
    "en": "On October 27, General Secretary To Lam received a delegation of the Lao People's "
    "Revolutionary Party, who is visiting Vietnam to attend the 12th theoretical workshop "
    "between the two Parties.",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("published", "status", "not_before"),
    [
        ("2025-10-28", ve.Status.PLANNED, "2025-10-27"),
        ("2026-03-01", ve.Status.HELD, "2025-10-27"),
        (None, ve.Status.HELD_OR_PLANNED, None),
    ],
)
def test_the_day_guests_are_received_is_not_the_day_of_what_they_came_for(
    lang, published, status, not_before
):
    """'ngày 27-10 đã tiếp Đoàn … sang thăm và dự Hội thảo …': the 27th is the reception's."""
    (mention,) = session_mentions(_RECEIVED[lang], published)
    assert mention.date is None
    assert mention.status is status
    assert (mention.not_before and mention.not_before.isoformat()) == not_before
    assert "trip-day" in {d.rule.value for d in mention.derivation}
    assert mention.place is not None
    assert mention.place.country == "VN"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("published", "status"),
    [("2025-10", ve.Status.PLANNED), ("2025-11", ve.Status.HELD_OR_PLANNED),
     ("2025-12", ve.Status.HELD), ("2025", ve.Status.HELD_OR_PLANNED)],
)  # fmt: skip
def test_a_published_month_may_be_before_or_after_the_trip_is_over(lang, published, status):
    """Received on 27 October: an October article is within the visit's week (planned).

    One of November may be of its first days or of weeks after (either), one of December is
    after it (held).
    """
    (mention,) = session_mentions(_RECEIVED[lang], published)
    assert mention.status is status
    assert mention.date is None


def test_guests_are_received_at_home():
    """'Tổng Bí thư Lào … đã tiếp Đoàn … Việt Nam sang thăm và dự …': the workshop is in Laos."""
    (mention,) = session_mentions(
        "Tổng Bí thư Thongloun Sisoulith ngày 27-10 đã tiếp Đoàn đại biểu Đảng Cộng sản Việt Nam "
        "sang thăm và dự Hội thảo Lý luận lần thứ XII giữa hai Đảng.",
        "2025-10-28",
    )
    assert mention.place is not None
    assert mention.place.country == "LA"
    assert "host-country" in {d.rule.value for d in mention.derivation}


def test_the_misspelt_intergovernment_committee_is_the_committee():
    """'the 46th session of the Intergovernment Committee': the Intergovernmental one."""
    found = session_mentions(
        "On January 7, the two PMs co-chaired the 46th session of the Intergovernment Committee.",
        "2024-01-08",
    )
    assert [(m.series, m.ordinal) for m in found] == [("intergovernmental-committee", 46)]


@pytest.mark.parametrize(
    ("verb", "lang"),
    [("diễn ra", "vi"), ("được tổ chức", "vi"), ("khai mạc", "vi"), ("bế mạc", "vi"),
     ("takes place", "en")],
)  # fmt: skip
def test_the_bare_head_a_report_goes_on_with_is_the_articles_session(verb, lang):
    """'… Hội thảo lý luận lần thứ 10 …. Hội thảo diễn ra từ ngày 19 đến 20/12': its days."""
    text = (
        f"Sáng 19/12/2023, đoàn đại biểu tới dự Hội thảo lý luận lần thứ 10 giữa hai Đảng. Hội "
        f"thảo {verb} từ ngày 19 đến 20/12/2023."
        if lang == "vi"
        else "On December 19, 2023, the delegates arrived for the 10th theoretical workshop "
        f"between the two Parties. The workshop {verb} from December 19 to 20, 2023."
    )
    found = session_mentions(text, None)
    assert {m.ordinal for m in found} == {10}
    assert "2023-12-19/2023-12-20" in {m.date.format_iso() for m in found if m.date}


@pytest.mark.parametrize(
    "text",
    [
        "Trong hai ngày (19 và 20-12-2023) diễn ra hội thảo, các đại biểu trao đổi ý kiến.",
        "Over two days (December 19-20, 2023), the workshop discussed reports.",
    ],
)
def test_days_in_brackets_that_gloss_a_count_of_days_date_the_sentence(text):
    """'Trong hai ngày (19 và 20-12)': the brackets name the two days, no aside."""
    first = "Hội thảo lý luận lần thứ 10 giữa hai Đảng khai mạc tại Hà Nội. "
    found = session_mentions(first + text, None)
    assert "2023-12-19/2023-12-20" in {m.date.format_iso() for m in found if m.date}


@pytest.mark.parametrize(
    "second",
    [
        "Both sides reviewed the minutes of the previous meeting.",
        "The two sides reviewed what was agreed at the preceding meeting.",
        "Hai bên đánh giá việc thực hiện biên bản cuộc họp lần trước.",
        "Hai bên rà soát kết quả kỳ họp trước đó.",
    ],
)
def test_the_previous_meeting_is_the_one_before_the_articles_session(second):
    """'the minutes of the previous meeting' after the 26th: the 25th, held, undated."""
    first = (
        "Vietnamese and Lao border officials met for their 26th annual meeting in Vientiane on "
        "January 5. "
    )
    found = session_mentions(first + second, "2017-01-05")
    previous = [m for m in found if m.ordinal == 25]
    assert len(previous) == 1
    assert previous[0].status is ve.Status.HELD
    assert previous[0].date is None
    assert previous[0].place is None
    assert "previous-session" in {d.rule.value for d in previous[0].derivation}


def test_a_session_before_a_day_is_no_previous_session():
    """'tổ chức kỳ họp trước ngày 10/12': before a day, not the previous session."""
    found = session_mentions(
        "Ngày 5/1 diễn ra Cuộc họp thường niên lần thứ 26 giữa hai đoàn đại biểu biên giới. Hai "
        "bên nhất trí tổ chức kỳ họp trước ngày 10/12.",
        "2017-01-05",
    )
    assert 25 not in {m.ordinal for m in found}


_ARRIVED = (
    "Prime Minister Sonexay Siphandone arrived in Hanoi on January 6 to co-chair the 46th "
    "meeting of the Intergovernmental Committee."
)


@pytest.mark.parametrize(
    ("published", "status"),
    [("2024-01-06", ve.Status.PLANNED), ("2024-01-08", ve.Status.PLANNED),
     ("2024-03-08", ve.Status.HELD)],
)  # fmt: skip
def test_the_arrival_day_is_no_session_day_and_its_year_is_the_arrivals(published, status):
    """'arrived in Hanoi on January 6 to co-chair …': the 6th is the arrival, in the past."""
    (mention,) = session_mentions(_ARRIVED, published)
    assert mention.status is status
    assert mention.date is None
    assert mention.not_before is not None
    assert mention.not_before.isoformat() == "2024-01-06"  # not January 6 of the next year
    assert "trip-day" in {d.rule.value for d in mention.derivation}


def test_a_past_act_after_a_trip_dates_the_trip_not_the_session_it_is_for():
    """'During his visit … to co-chair the 48th meeting …, the PM met Y on December 3'."""
    (mention,) = session_mentions(
        "During his visit to Laos to co-chair the 48th meeting of the Intergovernmental "
        "Committee, Prime Minister Pham Minh Chinh met General Secretary Thongloun Sisoulith on "
        "December 3.",
        "2026-01-23",
    )
    assert mention.status is ve.Status.HELD
    assert mention.not_before is not None
    assert mention.not_before.isoformat() == "2025-12-03"


@pytest.mark.parametrize(("lang", "frame"), _rows("status", "speech_frames"))
def test_every_speech_frame_right_before_a_session_says_it_took_place(lang, frame):
    """'<Speaking at> the 45th meeting …, the PM stressed …': what was said there was said."""
    cap = frame[:1].upper() + frame[1:]
    text = (
        f"{cap} Kỳ họp lần thứ 45 Ủy ban liên Chính phủ, Thủ tướng nhấn mạnh ý nghĩa của hợp tác."
        if lang == "vi"
        else f"{cap} the 45th meeting of the Intergovernmental Committee, the Prime Minister "
        "stressed the significance of cooperation."
    )
    assert _status(text, "2023-01-06") == [ve.Status.HELD]


@pytest.mark.parametrize(
    "text",
    [
        "Phát biểu tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ, Thủ tướng sẽ nhấn mạnh ý nghĩa "
        "của hợp tác.",
        "Speaking at the 45th meeting of the Intergovernmental Committee, the Prime Minister "
        "will stress the significance of cooperation.",
    ],
)
def test_a_speech_still_to_be_given_leaves_the_session_to_come(text):
    """'Speaking at the 45th meeting, the PM will stress …': a speech still to be given."""
    assert ve.Status.HELD not in _status(text, "2023-01-03")


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị giữa kỳ Ủy ban hợp tác Việt Nam - Lào năm 2024 đã diễn ra ngày 15/7 tại Đà Nẵng.",
        "The 2024 mid-term conference of the Vietnam-Laos Cooperation Committee took place on "
        "July 15 in Da Nang.",
    ],
)
def test_the_day_in_the_clause_of_an_editions_year_dates_the_session(text):
    """'Hội nghị giữa kỳ … năm 2024 đã diễn ra ngày 15/7': the 15th of July 2024, not 2024."""
    (mention,) = session_mentions(text, "2024-07-16")
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-07-15"


def test_a_past_verb_of_the_sessions_own_relative_clause_leaves_its_date_its_own():
    """'… to co-chair the 46th meeting, which he attended on January 7': the 7th is its day."""
    (mention,) = session_mentions(
        "Prime Minister Sonexay Siphandone arrived in Hanoi to co-chair the 46th meeting of the "
        "Intergovernmental Committee, which he attended on January 7.",
        "2024-01-08",
    )
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-01-07"


def test_a_seminar_is_a_head_of_the_workshop_series():
    """'The 12th Theoretical Seminar between the … Parties': the theoretical workshop."""
    found = session_mentions(
        "The 12th Theoretical Seminar between the Lao People's Revolutionary Party and the "
        "Communist Party of Vietnam opened in Hanoi on October 28. The next seminar will be held "
        "in Laos.",
        "2025-10-29",
    )
    assert [(m.series, m.ordinal) for m in found] == [
        ("party-theoretical-workshop", 12),
        ("party-theoretical-workshop", 13),
    ]
