"""Ordinal ranges with a plural head, agent frames ("co-held by"), held-after cues."""

from __future__ import annotations

import pytest

import vnlao_events as ve
from vnlao_events.extract.phrases import Phrases


def _sessions(text: str, published: str | None = "2024-06-01") -> list[ve.SessionMention]:
    doc = ve.Document(
        id="t.txt",
        text=text,
        published=ve.PartialDate.parse_iso(published) if published else None,
    )
    return [m for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]


# ------------------------------------------------------------------ ranges and lists


@pytest.mark.parametrize(
    ("text", "series", "ordinals"),
    [
        (
            "The 9th to 12th sessions of the Intergovernmental Committee were held in Hanoi.",
            "intergovernmental-committee",
            [9, 10, 11, 12],
        ),
        (
            "Both sides reviewed the results from the 3rd through the 5th meetings of the"
            " Intergovernmental Committee.",
            "intergovernmental-committee",
            [3, 4, 5],
        ),
        (
            "He praised the co-hosting of three theoretical workshops from the 6th till the 8th,"
            " which tackled practical issues.",
            "party-theoretical-workshop",
            [6, 7, 8],
        ),
        (
            "The 4th and 5th theoretical workshops were held in Vientiane.",
            "party-theoretical-workshop",
            [4, 5],
        ),
        (
            "Các kỳ họp Ủy ban liên Chính phủ lần thứ 9 đến 12 đã thành công.",
            "intergovernmental-committee",
            [9, 10, 11, 12],
        ),
        (
            "Các kỳ họp Ủy ban liên Chính phủ từ lần thứ 40 tới 42 đã diễn ra.",
            "intergovernmental-committee",
            [40, 41, 42],
        ),
        (
            "Hội thảo lý luận lần thứ 9, 10 và 11 đã diễn ra.",
            "party-theoretical-workshop",
            [9, 10, 11],
        ),
    ],
)
def test_a_range_or_list_names_each_session(text, series, ordinals):
    """Every session between a range's first and last ordinal is named, each once."""
    found = _sessions(text)
    assert [(m.series, m.ordinal) for m in found] == [(series, n) for n in ordinals]


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp Ủy ban liên Chính phủ lần thứ 9 đến 12/12 đã diễn ra.",  # a date, not a range
        "The 9th meeting of the Intergovernmental Committee to 2 ministries was held.",
    ],
)
def test_a_number_that_is_no_range_end_adds_no_session(text):
    """A day-month or a count after the connector ends no range."""
    assert [m.ordinal for m in _sessions(text)] == [9]


@pytest.mark.parametrize("cue", Phrases.default().words("frames", "range_to", "en"))
def test_english_range_words(cue):
    """Each English range word joins a first and a last ordinal."""
    text = f"The 9th {cue} 11th sessions of the Intergovernmental Committee were held."
    assert [m.ordinal for m in _sessions(text)] == [9, 10, 11]


@pytest.mark.parametrize("cue", Phrases.default().words("frames", "range_to", "vi"))
def test_vietnamese_range_words(cue):
    """Each Vietnamese range word joins a first and a last ordinal."""
    text = f"Các kỳ họp Ủy ban liên Chính phủ lần thứ 9 {cue} 11 đã diễn ra."
    assert [m.ordinal for m in _sessions(text)] == [9, 10, 11]


@pytest.mark.parametrize("cue", Phrases.default().words("frames", "range_from", "en"))
def test_english_range_after_its_plural_head(cue):
    """A range may follow its plural head behind "from"."""
    text = f"He praised four theoretical workshops {cue} the 2nd through the 5th, a success."
    assert [m.ordinal for m in _sessions(text)] == [2, 3, 4, 5]


@pytest.mark.parametrize("cue", Phrases.default().words("frames", "range_from", "vi"))
def test_vietnamese_range_after_its_plural_head(cue):
    """A range may follow its plural head behind "từ"."""
    text = f"Các kỳ họp Ủy ban liên Chính phủ {cue} lần thứ 2 đến 4 đã diễn ra."
    assert [m.ordinal for m in _sessions(text)] == [2, 3, 4]


# ------------------------------------------------------------------ co-held by


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was co-held by the Vietnamese border delegation, led by Le Hoai Trung,"
        " and the Lao border delegation.",
        "The annual meeting was co-held by the Vietnamese and Lao border delegations.",
        "A meeting co-chaired by the Vietnamese and Lao border delegations took place.",
        "Cuộc họp do hai Đoàn đại biểu biên giới Việt Nam và Lào đồng chủ trì đã diễn ra.",
    ],
)
def test_the_body_that_holds_a_bare_meeting_names_it(text):
    """A bare "meeting was co-held by the border delegations" is a held border meeting."""
    found = _sessions(text, None)
    assert [(m.series, m.ordinal, m.status) for m in found] == [
        ("border-annual-meeting", None, ve.Status.HELD)
    ]


@pytest.mark.parametrize("cue", Phrases.default().words("mechanisms", "agents", "en"))
def test_english_agent_phrases(cue):
    """The body after an English agent phrase names the bare meeting."""
    text = f"The meeting {cue} the two border delegations took place in Vientiane."
    assert [m.series for m in _sessions(text)] == ["border-annual-meeting"]


@pytest.mark.parametrize("cue", Phrases.default().words("mechanisms", "agents", "vi"))
def test_vietnamese_agent_phrases(cue):
    """The body after a Vietnamese agent phrase names the bare meeting."""
    text = f"Cuộc họp {cue} hai Đoàn đại biểu biên giới đã diễn ra tại Viêng Chăn."
    assert [m.series for m in _sessions(text)] == ["border-annual-meeting"]


@pytest.mark.parametrize("cue", Phrases.default().words("status", "held_after", "en"))
def test_english_held_after_cues(cue):
    """An English held cue after an unnumbered session says it took place."""
    text = f"A meeting between the two border delegations {cue} in Vientiane."
    found = _sessions(text, None)
    assert [(m.series, m.status) for m in found] == [("border-annual-meeting", ve.Status.HELD)]


@pytest.mark.parametrize("cue", Phrases.default().words("status", "held_after", "vi"))
def test_vietnamese_held_after_cues(cue):
    """A Vietnamese held cue after an unnumbered session says it took place."""
    text = f"Cuộc họp giữa hai Đoàn đại biểu biên giới {cue} tại Viêng Chăn."
    found = _sessions(text, None)
    assert [(m.series, m.status) for m in found] == [("border-annual-meeting", ve.Status.HELD)]


# ------------------------------------------------------------------ wishes and agreements


@pytest.mark.parametrize(
    "text",
    [
        "Ông dự Hội thảo lý luận lần thứ 10; đồng thời tin tưởng hội thảo sẽ thành công tốt đẹp.",
        "Ông dự Hội thảo lý luận lần thứ 10 và chúc Hội thảo thành công tốt đẹp.",
        "He attended the 10th theoretical workshop and wished the workshop great success.",
        "He met the delegates of the 10th theoretical workshop, which will be a great success.",
    ],
)
def test_a_wish_for_success_says_the_session_is_to_come(text):
    """One wishes success only to a session still to come."""
    assert [m.status for m in _sessions(text, None)] == [ve.Status.PLANNED]


def test_a_congratulation_is_no_wish():
    """A congratulation ("chúc mừng … thành công") is for a session that took place."""
    text = "Ông đã dự Hội thảo lý luận lần thứ 10 và chúc mừng Hội thảo thành công tốt đẹp."
    assert [m.status for m in _sessions(text, None)] != [ve.Status.PLANNED]


@pytest.mark.parametrize("cue", Phrases.default().words("status", "wish", "en"))
def test_english_wish_cues(cue):
    """Each English wish cue after the session makes it planned."""
    text = f"He greeted the delegates of the 10th theoretical workshop, which {cue}."
    assert [m.status for m in _sessions(text, None)] == [ve.Status.PLANNED]


@pytest.mark.parametrize("cue", Phrases.default().words("status", "wish", "vi"))
def test_vietnamese_wish_cues(cue):
    """Each Vietnamese wish cue after the session makes it planned."""
    text = f"Ông dự Hội thảo lý luận lần thứ 10; tin tưởng hội thảo {cue}."
    assert [m.status for m in _sessions(text, None)] == [ve.Status.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to enhance coordination between the two ministries, and organise"
        " the sixth political consultation in Laos.",
        "The two sides agree to boost trade and hold the 31st meeting of the Intergovernmental"
        " Committee in Laos.",
        "Hai bên nhất trí tăng cường phối hợp giữa các cơ quan và tổ chức Kỳ họp lần thứ 47 Ủy"
        " ban liên Chính phủ tại Lào.",
        "Hai bên thống nhất đẩy mạnh hợp tác và tổ chức Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
    ],
)
def test_an_agreement_covers_its_coordinated_verbs(text):
    """Under "agreed to V1 …, and V2 the Nth" the Nth is still to come."""
    assert [m.status for m in _sessions(text)] == [ve.Status.PLANNED]


def test_a_coordinated_verb_without_an_agreement_is_not_planned():
    """Without "agreed to" before it, "and organise" announces nothing."""
    text = "The ministers met in Hanoi, and organise the sixth political consultation."
    assert [m.status for m in _sessions(text)] != [ve.Status.PLANNED]


@pytest.mark.parametrize("head", Phrases.default().words("mechanisms", "plural_heads", "en"))
def test_a_plural_head_without_an_ordinal_names_no_session(head):
    """A plural head with no ordinal is no one session; with two ordinals it is two."""
    core = {"workshops": "theoretical", "conferences": "border"}.get(head, "political")
    series = {
        "theoretical": "party-theoretical-workshop",
        "border": "border-annual-meeting",
    }
    text = f"The two sides will prepare for {core} {head} after the pandemic."
    assert _sessions(text) == []
    found = _sessions(f"The 2nd and 3rd {core} {head} were held in Hanoi.")
    assert [m.ordinal for m in found] == [2, 3]
    assert {m.series for m in found} == {series.get(core, "political-consultation")}


@pytest.mark.parametrize(
    "text",
    [
        "Especially right after the High-level Meeting between the two Parties, the two Prime"
        " Ministers discuss how to deepen ties.",
        "Immediately after the high-level meeting between the two Parties, the leaders talked.",
        "Ngay sau Cuộc gặp cấp cao giữa hai Đảng, hai Thủ tướng bàn cách tăng cường hợp tác.",
    ],
)
def test_right_after_names_an_unnumbered_session(text):
    """A session "right after X" orders X before it: X is a session, its tense left open."""
    found = _sessions(text, None)
    assert [(m.series, m.ordinal, m.status) for m in found] == [
        ("party-high-level-meeting", None, ve.Status.HELD_OR_PLANNED)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Especially right after the High-level Meeting between the two Parties, the two Prime"
        " Ministers agreed to deepen ties.",
        "Shortly after the high-level meeting between the two Parties, the leaders signed a plan.",
        "Ngay sau Cuộc gặp cấp cao giữa hai Đảng, hai Thủ tướng đã nhất trí tăng cường hợp tác.",
    ],
)
def test_right_after_with_a_past_main_verb_makes_the_session_held(text):
    """Right after X, "they agreed …": X came before something done, so X was held."""
    found = _sessions(text, None)
    assert [(m.series, m.ordinal, m.status) for m in found] == [
        ("party-high-level-meeting", None, ve.Status.HELD)
    ]
