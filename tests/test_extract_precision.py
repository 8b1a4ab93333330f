"""Precision on unseen text: where a recall rule must not fire, or must give another answer.

Each sentence is what a careful reader writes around a session without it saying what the
rule reads into it; each is read with a published date and without one. A wrong fact is
worse than a missing one.
"""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, phrase_rows, session_mentions

import vnlao_events as ve

_PUBLISHED = (None, "2024-06-10")


def _series(text: str, published: str | None) -> list[str]:
    return [m.series for m in session_mentions(text, published)]


def _status(text: str, published: str | None) -> list[ve.Status]:
    return [m.status for m in session_mentions(text, published)]


# --- "high-level" / "cấp cao": the Parties' summit only beside the Parties ------------------


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "Defence ministers held a high-level meeting in Vientiane on June 3, 2024.",
        "Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone co-chaired a "
        "high-level meeting on investment in Hanoi on June 3, 2024.",
        "High-level talks between the two Prime Ministers took place in Hanoi on June 3, 2024.",
        "A high-level delegation of the Lao Government visited Hanoi on June 3, 2024.",
        "The two sides agreed to step up high-level exchanges and meetings.",
        "Bộ trưởng Quốc phòng hai nước đã đồng chủ trì cuộc gặp cấp cao tại Viêng Chăn ngày "
        "3/6/2024.",
        "Hai Thủ tướng đã đồng chủ trì cuộc gặp cấp cao về đầu tư tại Hà Nội ngày 3/6/2024.",
        "Hai bên nhất trí tăng cường trao đổi đoàn cấp cao và cuộc gặp cấp cao.",
    ],
)
def test_high_level_without_the_parties_is_no_party_summit(text, published):
    """A high-level meeting of ministers or Prime Ministers is not the Parties' summit."""
    assert "party-high-level-meeting" not in _series(text, published)


@pytest.mark.parametrize(("lang", "word"), phrase_rows("mechanisms", "core_context"))
def test_every_context_word_makes_high_level_the_party_summit(lang, word):
    """'… (the Parties) … co-chaired a high-level meeting': the summit of the two Parties."""
    text = (
        f"Đại diện {word} đã đồng chủ trì cuộc gặp cấp cao tại Hà Nội ngày 3/6/2024."
        if lang == "vi"
        else f"Leaders of the {word} co-chaired a high-level meeting in Hanoi on June 3, 2024."
    )
    assert _series(text, None) == ["party-high-level-meeting"]


@pytest.mark.parametrize(("lang", "core"), phrase_rows("mechanisms", "weak_cores"))
def test_every_weak_core_alone_names_no_session(lang, core):
    """'Two ministers co-chaired a <core> meeting': nothing tells which mechanism."""
    text = (
        f"Hai Bộ trưởng đã đồng chủ trì cuộc gặp {core} tại Hà Nội ngày 3/6/2024."
        if lang == "vi"
        else f"Two ministers co-chaired a {core} meeting in Hanoi on June 3, 2024."
    )
    assert _series(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        "The General Secretary chaired a Politburo meeting on the 10th theory workshop between "
        "the two Parties.",
        "Tổng Bí thư chủ trì cuộc họp Bộ Chính trị về Hội thảo lý luận lần thứ 10 giữa hai Đảng.",
    ],
)
def test_one_partys_politburo_meeting_is_no_meeting_of_the_two(text):
    """'Politburo' is not a typo of 'Politburos': one Party's meeting, not the summit."""
    assert _series(text, None) == ["party-theoretical-workshop"]


# --- held verbs that take an object -----------------------------------------------------------


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "The Lao Prime Minister attended the ASEAN Summit in Jakarta before the 46th meeting of "
        "the Vietnam-Laos Intergovernmental Committee.",
        "The Lao Prime Minister chaired a cabinet meeting to discuss the 46th meeting of the "
        "Vietnam-Laos Intergovernmental Committee.",
        "The minister took part in a seminar on trade and talked about the 46th meeting of the "
        "Vietnam-Laos Intergovernmental Committee.",
        "Delegates participated in a ceremony before the 46th meeting of the Vietnam-Laos "
        "Intergovernmental Committee.",
        "The 46th meeting of the Vietnam-Laos Intergovernmental Committee opens new chances for "
        "trade, officials say.",
        "Thủ tướng Lào chủ trì phiên họp Chính phủ để bàn về Kỳ họp lần thứ 46 Ủy ban liên Chính "
        "phủ Việt Nam - Lào.",
        "Thủ tướng Lào tham dự Hội nghị Cấp cao ASEAN trước Kỳ họp lần thứ 46 Ủy ban liên Chính "
        "phủ Việt Nam - Lào.",
    ],
)
def test_a_held_verb_with_another_object_says_nothing_of_the_session(text, published):
    """The verb is the other event's: the 46th meeting's tense stays open."""
    assert _status(text, published) == [ve.Status.HELD_OR_PLANNED]


@pytest.mark.parametrize(("lang", "verb"), phrase_rows("status", "object_verbs"))
def test_every_object_verb_before_another_object_is_not_the_sessions(lang, verb):
    """'He <verb> a forum and spoke of the 46th meeting': not held."""
    text = (
        f"The minister {verb} a forum and spoke of the 46th meeting of the Intergovernmental "
        "Committee."
    )
    assert _status(text, None) == [ve.Status.HELD_OR_PLANNED]


@pytest.mark.parametrize(("lang", "verb"), phrase_rows("status", "object_verbs"))
def test_every_object_verb_with_the_session_as_object_is_held(lang, verb):
    """'The minister <verb> the 46th meeting': it took place."""
    text = f"The minister {verb} the 46th meeting of the Intergovernmental Committee in Hanoi."
    assert _status(text, None) == [ve.Status.HELD]


@pytest.mark.parametrize(("lang", "word"), phrase_rows("status", "not_object"))
def test_every_object_word_after_a_present_verb_is_another_object(lang, word):
    """'The 46th meeting opens <word> chapter': the verb's object is not the session."""
    text = f"The 46th meeting of the Intergovernmental Committee opens {word} chapter for trade."
    assert _status(text, None) == [ve.Status.HELD_OR_PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "The 46th meeting of the Intergovernmental Committee opens in Hanoi.",
        "The 46th meeting of the Intergovernmental Committee concludes in Vientiane.",
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào vừa kết thúc tại Viêng Chăn.",
    ],
)
def test_an_opening_or_closing_without_an_object_is_still_held(text):
    """The headline present tells the session itself opens or ends."""
    assert _status(text, None) == [ve.Status.HELD]


# --- a frame with a past verb that is not its clause's main verb ------------------------------


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "Addressing the 10th theory workshop between the two Parties, the General Secretary will "
        "speak on reform, officials said.",
        "At the 46th meeting of the Intergovernmental Committee, the two sides will sign ten "
        "documents, the minister said.",
        "Tại Kỳ họp lần thứ 46 Ủy ban liên Chính phủ, hai bên sẽ ký 10 văn kiện, ông cho biết.",
    ],
)
def test_a_reporting_verb_after_a_future_main_verb_is_not_held(text, published):
    """'…, X will sign …, officials said': the past verb is the report's, not the session's."""
    assert ve.Status.HELD not in _status(text, published)


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pham Minh Chinh said the 46th meeting of the Intergovernmental "
        "Committee would be held in Vientiane.",
        "The minister said the 46th meeting of the Intergovernmental Committee would take place "
        "in January.",
        "Thủ tướng Phạm Minh Chính cho biết Kỳ họp lần thứ 46 Ủy ban liên Chính phủ sẽ được tổ "
        "chức tại Viêng Chăn.",
    ],
)
def test_a_reported_future_is_planned(text, published):
    """'He said the 46th meeting would be held': still to come when he said it."""
    assert _status(text, published) == [ve.Status.PLANNED]


@pytest.mark.parametrize(
    "cue", [p for lang, p in phrase_rows("status", "planned") if p.startswith("would ")]
)
def test_every_reported_future_cue_is_planned(cue):
    """'He said the 46th meeting <cue> in Hanoi': planned."""
    text = f"He said the 46th meeting of the Intergovernmental Committee {cue} in Hanoi."
    assert _status(text, None) == [ve.Status.PLANNED]


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "The two PMs, who are due to visit Japan, co-chaired the 45th meeting of the "
        "Intergovernmental Committee in Hanoi.",
        "The Lao PM, who is going to retire, attended the 45th meeting of the Intergovernmental "
        "Committee in Hanoi.",
        "Hai Thủ tướng, những người dự kiến thăm Nhật Bản, đã đồng chủ trì Kỳ họp lần thứ 45 Ủy "
        "ban liên Chính phủ tại Hà Nội.",
    ],
)
def test_a_future_about_someone_else_leaves_the_session_held(text, published):
    """'who is due to visit Japan': the plan is the person's, the session was held."""
    assert _status(text, published) == [ve.Status.HELD]


@pytest.mark.parametrize(
    "cue",
    [p for _, p in phrase_rows("status", "planned") if p.split()[1:2] in (["due"], ["going"])],
)
def test_every_due_or_going_cue_with_its_session_verb_is_planned(cue):
    """'The PM <cue> … the 46th meeting' / 'the 46th meeting <cue> …': still to come."""
    if cue.endswith(("take place", "be held")):
        text = f"The 46th meeting of the Intergovernmental Committee {cue} in Hanoi."
    else:
        text = f"The two sides {cue} the 46th meeting of the Intergovernmental Committee."
    assert _status(text, None) == [ve.Status.PLANNED]


# --- co-chairs: another event, another country ------------------------------------------------


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone. They said the "
        "46th meeting of the Vietnam-Laos Intergovernmental Committee was a success. Deputy "
        "Prime Minister Tran Hong Ha co-chaired a session on trade.",
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai Thủ tướng "
        "cho biết Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào đã thành công. Phó Thủ "
        "tướng Trần Hồng Hà đã đồng chủ trì một phiên họp về thương mại.",
    ],
)
def test_chairing_an_indefinite_other_event_gives_the_session_no_co_chair(text, published):
    """'X co-chaired a session on trade': X did not co-chair the 46th meeting."""
    assert not {"Tran Hong Ha", "Trần Hồng Hà"} & mention_chairs(text, published)


@pytest.mark.parametrize(("lang", "word"), phrase_rows("people", "indefinite"))
def test_every_indefinite_object_is_another_event(lang, word):
    """'<cue> <word> …': the chair is another event's."""
    text = (
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào đã thành công. Phó Thủ tướng "
        f"Trần Hồng Hà đã đồng chủ trì {word} phiên họp chuyên đề."
        if lang == "vi"
        else "The 46th meeting of the Vietnam-Laos Intergovernmental Committee was a success. "
        f"Deputy Prime Minister Tran Hong Ha co-chaired {word} session on trade."
    )
    assert mention_chairs(text, None) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng Campuchia Hun Manet đã đồng chủ trì Kỳ họp lần thứ 10 Ủy ban hỗn hợp "
         "Việt Nam - Campuchia.", "Hun Manet"),
        ("Bộ trưởng Ngoại giao Campuchia Sok Chenda Sophea đã hội đàm với Bộ trưởng Ngoại giao "
         "Bùi Thanh Sơn.", "Sok Chenda Sophea"),
    ],
)  # fmt: skip
def test_a_third_countrys_name_is_no_part_of_a_persons_name(text, name):
    """'Thủ tướng Campuchia Hun Manet': the country after the title is not the name."""
    from vnlao_events.extract.context import DocumentView
    from vnlao_events.extract.people import find_people
    from vnlao_events.extract.sentences import Sentence

    sentence = Sentence.of(0, text)
    found, _ = find_people(sentence, DocumentView.of(ve.Document.from_text(text)), ())
    assert next(p.written for _, _, p in found) == name


# --- the scene a verbless sentence sets -------------------------------------------------------


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "Sáng 17/12, tại Thủ đô Vientiane (Lào). Năm ngoái, Kỳ họp lần thứ 45 Ủy ban liên Chính "
        "phủ Việt Nam - Lào đã diễn ra.",
        "On the morning of December 17, in Vientiane, Laos. Last year, the 45th meeting of the "
        "Vietnam-Laos Intergovernmental Committee took place.",
    ],
)
def test_a_session_with_a_time_of_its_own_is_not_at_the_scene(text, published):
    """The scene is this morning's; last year's session was not held there for that."""
    (mention,) = session_mentions(text, published)
    assert mention.place is None


@pytest.mark.parametrize("published", _PUBLISHED)
@pytest.mark.parametrize(
    "text",
    [
        "Sáng 17/12, tại Thủ đô Vientiane (Lào). Hai nước sẽ tổ chức Kỳ họp lần thứ 46 Ủy ban "
        "liên Chính phủ Việt Nam - Lào tại Hà Nội.",
        "On the morning of December 17, in Vientiane, Laos. The two countries will hold the 46th "
        "meeting of the Vietnam-Laos Intergovernmental Committee in Hanoi.",
    ],
)
def test_a_session_elsewhere_than_the_scene_takes_neither_its_place_nor_its_day(text, published):
    """The session is in Hà Nội: the Vientiane morning is not its day."""
    (mention,) = session_mentions(text, published)
    assert (mention.place.city, mention.date) == ("Hà Nội", None)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 17/12/2024, tại Thủ đô Vientiane (Lào). Kỳ họp lần thứ 46 Ủy ban liên Chính phủ "
        "Việt Nam - Lào đã khai mạc.",
        "On December 17, 2024, in Vientiane. The 46th meeting of the Vietnam-Laos "
        "Intergovernmental Committee opened.",
    ],
)
def test_a_session_with_no_time_or_place_of_its_own_is_at_the_scene(text):
    """The verbless scene still places and dates the session that follows it."""
    (mention,) = session_mentions(text, None)
    assert (mention.place.city, mention.date.format_iso()) == ("Viêng Chăn", "2024-12-17")


# --- a date in a relative clause about another noun -------------------------------------------


@pytest.mark.parametrize(("lang", "word"), phrase_rows("frames", "relative"))
def test_a_date_in_a_relative_clause_about_another_noun_is_not_the_sessions(lang, word):
    """'… reviewed the railway, which is to open in 2026': 2026 is the railway's."""
    text = (
        "Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào đã rà soát tuyến đường sắt, "
        f"{word} dự kiến khánh thành năm 2026."
        if lang == "vi"
        else "The 45th meeting of the Vietnam-Laos Intergovernmental Committee reviewed the "
        f"minister's railway plan, {word} is to open in 2026."
    )
    (mention,) = session_mentions(text, None)
    assert mention.date is None


@pytest.mark.parametrize(
    "text",
    [
        "The 45th meeting of the Vietnam-Laos Intergovernmental Committee, which took place in "
        "Hanoi on January 9, 2024, reviewed the railway.",
        "Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào, diễn ra tại Hà Nội ngày "
        "9/1/2024, đã rà soát tuyến đường sắt mà hai bên dự kiến khánh thành năm 2026.",
    ],
)
def test_a_relative_clause_about_the_session_dates_it(text):
    """', which took place … on January 9, 2024': the session's own date."""
    (mention,) = session_mentions(text, None)
    assert mention.date.format_iso() == "2024-01-09"
