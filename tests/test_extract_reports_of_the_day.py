"""A report's own session named first by its holders, then by its number; verbs of results."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve

LEAD = (
    "Security forces of Vietnam and Laos sought ways to strengthen their cooperation at their "
    "annual conference held in Vientiane on March 19. "
)
NAMED = (
    "The 14th Vietnam-Laos Security Cooperation Conference was co-chaired by Vietnamese Deputy "
    "Minister Luong Tam Quang and his Lao counterpart Kongthong Phongvichit."
)


def _one(text: str, published: str | None = "2024-03-19") -> ve.SessionMention:
    found = session_mentions(text, published)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("dateline", ["", "VIETNAM, March 19 - VIENTIANE — "])
def test_the_day_of_their_annual_conference_is_the_numbered_one_s(dateline):
    """'… at their annual conference held … on March 19. The 14th … Conference was …'."""
    mention = _one(dateline + LEAD + NAMED)
    assert mention.ordinal == 14
    assert mention.date is not None
    assert mention.date.window == ve.DateWindow.day(ve.PartialDate(2024, 3, 19).earliest)


def test_a_day_of_no_holders_session_is_not_carried():
    """Without the holders' own head, the lead's day is the lead's ('a festival … on')."""
    lead = "Security forces of Vietnam and Laos joined a festival held in Vientiane on March 19. "
    mention = _one(lead + NAMED)
    assert mention.date is None


@pytest.mark.parametrize(
    "alias",
    [
        "conference on bilateral cooperation in security",
        "conference on cooperation in security",
        "conference on bilateral security cooperation",
    ],
)
def test_the_security_conference_in_other_words(alias):
    """'the 10th conference on bilateral cooperation in security, which was held …'."""
    text = f"Nam informed the outcomes of the 10th {alias}, which was held in Vientiane on July 15."
    mention = _one(text, "2019-07-16")
    assert (mention.series, mention.ordinal, mention.status) == (
        "security-cooperation-conference",
        10,
        ve.Status.HELD,
    )


def test_the_security_conference_in_other_words_in_vietnamese():
    """'Hội nghị hợp tác về an ninh lần thứ 10': the same series."""
    mention = _one(
        "Hội nghị hợp tác về an ninh lần thứ 10 đã diễn ra tại Viêng Chăn.", "2019-07-16"
    )
    assert (mention.series, mention.ordinal) == ("security-cooperation-conference", 10)


@pytest.mark.parametrize(
    "cue", ["praised results from", "noted the outcomes from", "hailed the achievements of"]
)
def test_results_from_a_session_tell_it_held(cue):
    """'praised results from the 33rd Session of the … Committee': it took place."""
    text = (
        f"The two leaders {cue} the 33rd Session of the Viet Nam-Laos Intergovernmental Committee."
    )
    assert _one(text, None).status is ve.Status.HELD


@pytest.mark.parametrize("verb", ["has taken place", "was taken place"])
def test_taken_place_tells_held(verb):
    """'has taken place', and the learner's 'was taken place': held."""
    text = f"The 9th Vietnam - Laos Security Cooperation Conference {verb} in Quy Nhon City."
    assert _one(text, None).status is ve.Status.HELD


@pytest.mark.parametrize(
    ("lead", "chairs", "scene"),
    [
        (
            "Sáng ngày 28/03, tại Luangprabang, Lào, diễn ra Đối thoại Chính sách Quốc phòng Việt"
            " Nam - Lào lần thứ 5.",
            "Thượng tướng Hoàng Xuân Chiến và Thượng tướng Vongkham Phommakone đồng chủ trì Đối"
            " thoại.",
            "Tại đối thoại, 2 bên thống nhất tập trung hợp tác trong các lĩnh vực.",
        ),
        (
            "Sáng 20/6, tại tỉnh Sơn La diễn ra Cuộc họp thường niên lần thứ 31 giữa hai Đoàn đại"
            " biểu biên giới.",
            "Ông Lê Hoài Trung và ông Phoxay Khaykhamphithoune đồng chủ trì Cuộc họp.",
            "Tại cuộc họp, hai bên nhất trí đẩy nhanh công tác tôn tạo mốc giới.",
        ),
    ],
)
def test_what_the_sides_agreed_two_sentences_on_tells_the_session_held(lead, chairs, scene):
    """An untensed 'diễn ra' with no published date; 'Tại đối thoại, 2 bên thống nhất …' after."""
    found = session_mentions(f"{lead} {chairs} {scene}", None)
    assert found
    assert found[0].status is ve.Status.HELD


def test_agreement_at_another_scene_two_sentences_on_tells_nothing():
    """Two sentences on, without an opener set at the session, an agreement is no outcome."""
    text = (
        "Sáng ngày 28/03, tại Luangprabang, Lào, diễn ra Đối thoại Chính sách Quốc phòng Việt Nam"
        " - Lào lần thứ 5. Trước đó, đoàn đã thăm tỉnh Luang Prabang. Các doanh nghiệp hai nước,"
        " 2 bên thống nhất mở rộng đầu tư."
    )
    assert session_mentions(text, None)[0].status is ve.Status.HELD_OR_PLANNED


def test_a_reception_held_for_guests_come_to_a_session_does_not_date_it():
    """'có buổi tiếp … sang dự Hội nghị … lần thứ IX': the day is the reception's."""
    text = (
        "Sáng 15-5, tại Hà Nội, Bộ trưởng Tô Lâm có buổi tiếp Trung tướng Kongthong Phongvichit"
        " cùng Đoàn đại biểu cấp cao sang dự Hội nghị hợp tác An ninh Việt Nam - Lào lần thứ IX."
    )
    (mention,) = session_mentions(text, "2018-05-16")
    assert mention.ordinal == 9
    assert mention.status is ve.Status.PLANNED
    assert mention.date is None or mention.date.window != ve.DateWindow.day(
        ve.PartialDate(2018, 5, 15).earliest
    )


def test_sessions_glossed_by_their_month_in_parentheses():
    """'kể từ Cuộc gặp cấp cao … (2-2024) và Kỳ họp lần thứ 46 … (1-2024)': both dated."""
    text = (
        "Lãnh đạo hai nước đạt được nhiều thỏa thuận kể từ Cuộc gặp cấp cao giữa Đảng Cộng sản"
        " Việt Nam và Đảng Nhân dân Cách mạng Lào (2-2024) và Kỳ họp lần thứ 46 Ủy ban liên Chính"
        " phủ về hợp tác song phương Việt Nam - Lào (1-2024)."
    )
    found = {m.series: m for m in session_mentions(text, None)}
    assert found["intergovernmental-committee"].date.window == ve.DateWindow.month(2024, 1)
    assert found["party-high-level-meeting"].date.window == ve.DateWindow.month(2024, 2)


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (
            "Hội thảo lý luận lần thứ 4 giữa hai Đảng đã bế mạc. Đoàn đại biểu Đảng Cộng sản Việt"
            " Nam do bà Trương Thị Mai, Ủy viên Bộ Chính trị, làm Trưởng đoàn.",
            "Trương Thị Mai",
        ),
        (
            "Thứ trưởng Bộ Ngoại giao Trương Minh Tuấn và Thứ trưởng Ngoại giao Lào Phoxay"
            " Khaykhamphithoune đồng chủ trì Tham vấn chính trị lần thứ 8.",
            "Trương Minh Tuấn",
        ),
    ],
)
def test_a_family_name_spelled_like_a_title_word_is_kept(text, chair):
    """'Trương' (a family name) is not 'Trưởng' (head): the tone tells them apart."""
    names = {p.name for m in session_mentions(text, None) for p in m.co_chairs}
    assert chair in names


def test_the_days_of_a_trip_do_not_widen_the_session_s_own_day():
    """'thăm Lào và đồng chủ trì Tham vấn … từ ngày 16-18/12/2024' then 'hôm nay (16/12)'."""
    text = (
        "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm Lào và đồng chủ trì Tham vấn"
        " Chính trị lần thứ 11 cấp Bộ trưởng Ngoại giao Việt Nam – Lào từ ngày 16-18/12/2024. Tại"
        " cuộc Tham vấn Chính trị hôm nay (16/12), hai Bộ trưởng đã đánh giá kết quả hợp tác."
    )
    document = ve.Document(id="t.txt", text=text)
    session = ve.build_timeline([document], infer=False).session(
        "ministerial-political-consultation", 11
    )
    assert session is not None
    assert session.date is not None
    assert session.date.window == ve.DateWindow.day(ve.PartialDate(2024, 12, 16).earliest)
