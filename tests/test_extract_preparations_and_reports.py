"""Meetings that prepare a session, days that belong to a report, places of another clause."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    "text",
    [
        "On the afternoon of January 8, 2025, in Vientiane, Deputy Minister Tran Quoc Phuong and"
        " Viengsavanh Vilayphone co-chaired the Expert-level Conference of the 47th Session of the"
        " Vietnam - Laos Intergovernmental Committee.",
        "Chiều 8/1/2025, tại Viêng Chăn, Thứ trưởng Trần Quốc Phương và Viengsavanh Vilayphone"
        " đồng chủ trì Hội nghị cấp chuyên viên Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam"
        " - Lào.",
        "Thứ trưởng Trần Quốc Phương và Viengsavanh Vilayphone đồng chủ trì Hội nghị chuẩn bị cho"
        " Kỳ họp lần thứ 47 Ủy ban liên Chính phủ ngày 8/1/2025.",
    ],
)
def test_a_meeting_that_prepares_a_session_gives_it_no_day_and_no_chairs(text):
    """The expert-level meeting's day and co-chairs are its own; the session is still to come."""
    (mention,) = session_mentions(text, "2025-01-08")
    assert mention.ordinal == 47
    assert mention.status is ve.Status.PLANNED
    assert mention.date is None
    assert mention.co_chairs == ()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vietnam and Laos will formalise a cooperation plan during the 47th meeting of the"
         " Intergovernmental Committee, to be held in Vientiane.", ve.Status.PLANNED),
        ("The 47th meeting of the Intergovernmental Committee is to be held in Vientiane.",
         ve.Status.PLANNED),
        ("Vietnam and Laos will sign a plan for 2025 during the 47th meeting of the"
         " Intergovernmental Committee, to be held in Vientiane under the co-chair of their"
         " Prime Ministers.", ve.Status.PLANNED),
        ("The 47th meeting of the Intergovernmental Committee, held in Vientiane on January 9,"
         " 2025, reviewed cooperation.", ve.Status.HELD),
    ],
)  # fmt: skip
def test_a_participle_after_to_be_is_still_to_come(text, status):
    """A session "to be held" is still to come; one "held in …" took place."""
    (mention,) = session_mentions(text)
    assert mention.status is status


def test_drafts_agreed_at_preparatory_talks_are_ahead_of_the_session():
    """Drafts agreed at preparatory talks are ahead of the session they are for.

    "During preparatory talks on Wednesday, officials agreed on the drafts of … the minutes of
    the 47th meeting": Wednesday is the talks' day; the 47th is no session held then.
    """
    text = (
        "During preparatory talks organised in the Lao capital on Wednesday, officials agreed on"
        " the drafts of two key documents - the minutes of the 47th meeting of the"
        " Intergovernmental Committee and the agreement on the 2025 cooperation plan."
    )
    assert all(m.status is not ve.Status.HELD for m in session_mentions(text, "2025-01-09"))
    assert all(m.date is None for m in session_mentions(text, "2025-01-09"))


@pytest.mark.parametrize(
    "text",
    [
        "Representatives from Laos and Vietnam convened in Vientiane for the 14th Laos-Vietnam"
        " Security Cooperation Conference, Lao News Agency reported on Wednesday (March 20).",
        "Hội nghị hợp tác an ninh lần thứ 14 đã diễn ra tại Viêng Chăn, Thông tấn xã Lào đưa tin"
        " ngày 20/3/2024.",
    ],
)
def test_the_day_of_a_report_is_not_the_sessions(text):
    """A date right after a verb of reporting ("reported on", "đưa tin ngày") is the report's."""
    (mention,) = session_mentions(text, "2024-03-21")
    assert mention.date is None
    assert mention.place.country == "LA"


@pytest.mark.parametrize(
    "text",
    [
        "The 14th Security Cooperation Conference opened in Vientiane on Wednesday (March 20),"
        " Lao News Agency reported.",
        "Hội nghị hợp tác an ninh lần thứ 14 đã diễn ra tại Viêng Chăn ngày 20/3/2024, Thông tấn"
        " xã Lào đưa tin.",
    ],
)
def test_a_day_before_the_verb_of_reporting_is_the_sessions(text):
    """The session's own day, before the verb of reporting, stays its own."""
    (mention,) = session_mentions(text, "2024-03-21")
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-03-20"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Kỳ họp lần thứ 45 diễn ra tại Viêng Chăn năm 2023 và Kỳ họp lần thứ 46 Ủy ban liên"
         " Chính phủ diễn ra tại Hà Nội tháng 1/2024.", "Hà Nội"),
        ("Năm 2023, hội nghị diễn ra tại Viêng Chăn, và Kỳ họp lần thứ 46 Ủy ban liên Chính phủ"
         " diễn ra tại Hà Nội tháng 1/2024.", "Hà Nội"),
        ("Tại Viêng Chăn, Kỳ họp lần thứ 46 Ủy ban liên Chính phủ đã diễn ra tại Nhà Quốc hội.",
         "Viêng Chăn"),
    ],
)  # fmt: skip
def test_a_place_of_another_clause_yields_to_the_mentions_own(text, city):
    """A place before "và" or a comma is another clause's when the mention's own follows.

    A clause-initial "Tại X," still governs its clause.
    """
    (mention,) = [m for m in session_mentions(text) if m.ordinal == 46]
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        ("Sáng 28/11, tại Nghệ An, Bộ Công an Việt Nam phối hợp với Bộ An ninh Lào tổ chức Hội"
         " nghị hợp tác an ninh lần thứ XI.", "2024-11-28", ve.Status.HELD),
        ("Sáng 28/11, tại Nghệ An, Bộ Công an Việt Nam phối hợp với Bộ An ninh Lào tổ chức Hội"
         " nghị hợp tác an ninh lần thứ XI.", None, ve.Status.HELD_OR_PLANNED),
        ("Sáng 28/11, tại Nghệ An, Bộ Công an Việt Nam sẽ tổ chức Hội nghị hợp tác an ninh lần"
         " thứ XI.", "2024-11-20", ve.Status.PLANNED),
        ("Hai bên thống nhất tổ chức Hội nghị hợp tác an ninh lần thứ XII tại Lào năm 2025.",
         "2024-11-28", ve.Status.PLANNED),
    ],
)  # fmt: skip
def test_organising_is_a_held_verb_as_weak_as_chairing(text, published, status):
    """Organising ("tổ chức") tells a session held on a day the article has reached, no more."""
    (mention,) = session_mentions(text, published)
    assert mention.status is status


@pytest.mark.parametrize(
    "text",
    [
        "In the run-up to the 46th meeting of the Intergovernmental Committee, the two sides"
        " held talks.",
        "On the eve of the 46th meeting of the Intergovernmental Committee, PM Pham Minh Chinh"
        " received the Lao Minister of Planning.",
        "Trước thềm Kỳ họp lần thứ 46 Ủy ban liên Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp"
        " Bộ trưởng Kế hoạch Lào.",
        "Laos will host the 47th meeting of the Intergovernmental Committee.",
        "Laos is set to host the 47th meeting of the Intergovernmental Committee.",
    ],
)
def test_the_eve_of_a_session_and_its_host_to_be_tell_it_ahead(text):
    """A session "in the run-up to", "trước thềm" or one a country "will host" is ahead."""
    (mention,) = session_mentions(text, "2024-01-05")
    assert mention.status is ve.Status.PLANNED
