"""Where a session is held and whether it is, from trips, venues and what the sides did there.

Every rule has rows in both languages where the language has the construction; the
sentences are written for the tests, agency style.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions as _sessions

import vnlao_events as ve
from vnlao_events._derivation import as_derivations
from vnlao_events._documents import Document
from vnlao_events.extract.context import DocumentView
from vnlao_events.extract.phrases import Phrases
from vnlao_events.extract.places import trip_place
from vnlao_events.extract.sentences import Sentence
from vnlao_events.extract.status import on_trip

_PHRASES = Phrases.default()


def _one(text: str, published: str | None = None, ordinal: int | None = None) -> ve.SessionMention:
    found = [m for m in _sessions(text, published) if ordinal is None or m.ordinal == ordinal]
    assert found, text
    return found[0]


def _where(mention: ve.SessionMention) -> tuple[str | None, str | None, str | None]:
    place = mention.place
    assert place is not None, mention
    return place.venue, place.city, place.country


def _rows(section: str, kind: str) -> list[tuple[str, str]]:
    return [(lang, p) for lang in ("vi", "en") for p in _PHRASES.words(section, kind, lang)]


# ------------------------------------------------------------------ a trip's destination


@pytest.mark.parametrize(
    ("text", "published", "city", "country"),
    [
        ("Sáng 9/1/2025, Thủ tướng Phạm Minh Chính rời Hà Nội, tới Thủ đô Viêng Chăn, đồng "
         "chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.", "2025-01-09",
         "Viêng Chăn", "LA"),  # the point a trip leaves from is never the venue
        ("Chiều 5/1/2024, Thủ tướng Lào tới sân bay quốc tế Nội Bài, thủ đô Hà Nội, bắt đầu "
         "thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.", "2024-01-05",
         "Hà Nội", "VN"),  # the airport of arrival, then the capital
        ("Thủ tướng Lào sang Việt Nam đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ.",
         None, None, "VN"),  # sang X + the purpose verb
        ("Chủ tịch nước sẽ có chuyến thăm cấp Nhà nước tới CHDCND Lào và đồng chủ trì Kỳ họp "
         "lần thứ 48 Ủy ban liên Chính phủ.", None, None, "LA"),  # a planned session too
        ("The Lao Prime Minister was invited to visit Vietnam and co-chair the 48th meeting of "
         "the Intergovernmental Committee.", None, None, "VN"),  # infinitive of purpose
        ("The Prime Minister arrived at Wattay International Airport, Vientiane, to co-chair "
         "the 47th meeting of the Intergovernmental Committee.", None,
         "Viêng Chăn", "LA"),  # the airport of arrival, then the city
    ],
)  # fmt: skip
def test_a_session_a_trip_is_for_is_held_where_the_trip_goes(text, published, city, country):
    """The destination of a trip is the venue of the session held on it."""
    _, got_city, got_country = _where(_one(text, published))
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Trong chuyến thăm chính thức Lào, hai bên nhất trí tổ chức Kỳ họp lần thứ 48 Ủy ban "
        "liên Chính phủ vào năm 2026.",
        "During the official visit to Laos, the two sides agreed to hold the 48th meeting of "
        "the Intergovernmental Committee in 2026.",
    ],
)
def test_a_planned_session_not_on_the_trip_gets_no_place_from_it(text):
    """A session agreed on a trip is not held on it: the trip gives it no place."""
    mention = _one(text)
    assert mention.status is ve.Status.PLANNED
    assert mention.place is None


@pytest.mark.parametrize(("lang", "cue"), _rows("places", "destination"))
def test_every_destination_cue(lang, cue):
    """Each trip word followed by a country gives the session on the trip that country."""
    text = (
        f"Thủ tướng Lào {cue} Việt Nam và đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"The Lao Prime Minister {cue} Vietnam and co-chair the 48th meeting of the "
        "Intergovernmental Committee."
    )
    assert _where(_one(text))[2] == "VN"


@pytest.mark.parametrize(("lang", "venue"), _rows("places", "arrival_venues"))
def test_every_arrival_venue_stands_between_a_trip_and_its_city(lang, venue):
    """'tới sân bay … Wattay, thủ đô Viêng Chăn': the city after the airport is the place."""
    text = (
        f"Thủ tướng tới {venue} Wattay, thủ đô Viêng Chăn, và đồng chủ trì Kỳ họp lần thứ 48 "
        "Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"The Prime Minister arrived at Wattay {venue}, Vientiane, to co-chair the 48th "
        "meeting of the Intergovernmental Committee."
    )
    assert _where(_one(text))[1:] == ("Viêng Chăn", "LA")


def test_morning_is_not_a_trip_word():
    """'sáng' (morning) folds to 'sang' (go over to) without tones; it makes no trip."""
    text = "Sáng 12/1/2023, Việt Nam và Lào đồng chủ trì Kỳ họp lần thứ 45 Ủy ban liên Chính phủ."
    view = DocumentView.of(Document.from_text(text))
    sentence = Sentence.of(0, text)
    assert trip_place(sentence, view, text.index("Kỳ"), held=False) is None
    assert not on_trip(sentence, sentence.view.index("ky hop"))


def test_a_held_session_in_a_trip_sentence_takes_the_trip_country():
    """Held on a visit: the visit's country even without the purpose wording."""
    mention = _one(
        "Trong chuyến thăm chính thức Lào, hai Thủ tướng đã đồng chủ trì Kỳ họp lần thứ 47 Ủy "
        "ban liên Chính phủ ngày 9/1/2025."
    )
    assert _where(mention)[2] == "LA"


# ------------------------------------------------------------------ venues and chains


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Kỳ họp lần thứ 10 Ủy ban liên Chính phủ đã diễn ra ngày 5/1/2024 tại trụ sở Bộ Ngoại "
         "giao Lào.", ("Trụ sở Bộ Ngoại giao", None, "LA")),  # the country word decides
        ("Kỳ họp lần thứ 10 Ủy ban liên Chính phủ đã diễn ra ngày 5/1/2024 tại Trụ sở Bộ Ngoại "
         "giao Việt Nam.", ("Trụ sở Bộ Ngoại giao", "Hà Nội", "VN")),  # agrees: all kept
    ],
)  # fmt: skip
def test_a_country_word_after_a_venue_names_its_country(text, where):
    """'tại trụ sở Bộ Ngoại giao Lào' is in Laos, not in the Hà Nội of the gazetteer entry."""
    assert _where(_one(text)) == where


@pytest.mark.parametrize(
    "text",
    [
        "Hội thảo lý luận lần thứ 9 giữa hai Đảng đã bế mạc tại thủ đô Viêng Chăn - Lào ngày "
        "5/1/2024.",
        "The 9th theoretical workshop between the two Parties closed in Vientiane - Laos on "
        "January 5, 2024.",
        "Ngày 5/1/2024, tại Viêng Chăn – Lào, Hội thảo lý luận lần thứ 9 giữa hai Đảng đã khai "
        "mạc.",
    ],
)
def test_a_city_hyphen_its_country_is_a_place(text):
    """'Vientiane - Lào' is a city and its country, not the relation 'Vietnam - Laos'."""
    assert _where(_one(text))[1:] == ("Viêng Chăn", "LA")


@pytest.mark.parametrize(
    "text",
    [
        "Hội thảo lý luận Việt Nam - Lào lần thứ 9 đã bế mạc ngày 5/1/2024.",
        "The 9th Vietnam - Laos theoretical workshop closed on January 5, 2024.",
    ],
)
def test_two_countries_joined_by_a_hyphen_are_no_place(text):
    """'Việt Nam - Lào' names the relation."""
    assert _one(text).place is None


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 4/8/2017, tại Đồng Hới (tỉnh Quảng Bình), Hội thảo lý luận lần thứ 5 giữa hai "
        "Đảng đã bế mạc sau hai ngày làm việc.",
        "On August 4, 2017, in Dong Hoi (Quang Binh province), the fifth theoretical workshop "
        "between the two Parties closed after two days.",
    ],
)
def test_a_province_in_brackets_chains_to_its_city(text):
    """'tại Đồng Hới (tỉnh Quảng Bình),' governs the clause, with its province."""
    mention = _one(text)
    assert mention.place is not None
    assert (mention.place.city, mention.place.province, mention.place.country) == (
        "Đồng Hới",
        "Quảng Bình",
        "VN",
    )


# ------------------------------------------------------------------ status: a trip's purpose


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Sáng 7/1/2024, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Lào thăm chính "
         "thức Việt Nam, kết hợp đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
         "2024-01-07"),
        ("Chiều 1/8/2017, đoàn đại biểu Đảng Nhân dân Cách mạng Lào sang thăm và dự Hội thảo "
         "lý luận lần thứ 5 giữa hai Đảng.", "2017-08"),  # published in the month of arrival
        ("On January 7, 2024, the Lao Prime Minister arrived in Hanoi to attend the 46th "
         "meeting of the Intergovernmental Committee.", "2024-01-07"),
    ],
)  # fmt: skip
def test_what_a_trip_is_for_is_planned_on_the_arrival_day(text, published):
    """Published on the arrival day, the session the trip is for is still to come."""
    mention = _one(text, published)
    assert mention.status is ve.Status.PLANNED
    assert mention.date is None  # the day is the arrival's, not the session's
    assert mention.not_before is not None
    assert mention.not_before.isoformat() == published.replace("-08", "-08-01")[:10]


def test_what_a_trip_is_for_during_the_trip_may_be_held_or_planned():
    """Published within the trip's days, the session may be either."""
    mention = _one(
        "Thủ tướng Lào sang thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 43 Ủy ban liên Chính "
        "phủ từ ngày 4 - 6/12/2020.",
        "2020-12-05",
    )
    assert mention.status is ve.Status.HELD_OR_PLANNED
    assert mention.date is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 7/1/2024, Thủ tướng Lào đã sang thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 "
        "Ủy ban liên Chính phủ.",
        "On January 7, 2024, the Lao Prime Minister visited Vietnam and co-chaired the 46th "
        "meeting of the Intergovernmental Committee.",
    ],
)
def test_a_held_cue_beats_the_trip_purpose(text):
    """'đã … và đồng chủ trì', 'co-chaired': held, trip or not."""
    assert _one(text, "2024-01-07").status is ve.Status.HELD


@pytest.mark.parametrize(("lang", "verb"), _rows("status", "purpose"))
def test_every_purpose_verb(lang, verb):
    """Each verb of purpose after a trip word makes the session what the trip is for."""
    text = (
        f"Ngày 7/1/2024, Thủ tướng Lào sang thăm và {verb} Kỳ họp lần thứ 46 Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"On January 7, 2024, the Lao Prime Minister arrived to {verb} the 46th meeting of "
        "the Intergovernmental Committee."
    )
    assert _one(text, "2024-01-07").status is ve.Status.PLANNED


@pytest.mark.parametrize(("lang", "word"), _rows("status", "trip"))
def test_every_trip_word(lang, word):
    """Each trip word before a verb of purpose makes the session what the trip is for."""
    text = (
        f"Ngày 7/1/2024, Thủ tướng Lào {word} Hà Nội và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban "
        "liên Chính phủ."
        if lang == "vi"
        else f"On January 7, 2024, the Lao Prime Minister {word} Hanoi to co-chair the 46th "
        "meeting of the Intergovernmental Committee."
    )
    assert _one(text, "2024-01-07").status is ve.Status.PLANNED


# ------------------------------------------------------------------ status: held reports


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới diễn ra tại Hà Nội "
        "ngày 30/11. Tại cuộc họp, hai bên nhất trí tăng cường tuần tra chung.",
        "The 30th annual meeting of the border delegations takes place in Hanoi on November 30."
        " The two sides agreed to step up joint patrols.",
    ],
)
def test_what_the_sides_agreed_says_the_session_was_held(text):
    """A tense-less report followed by what the two sides agreed there: held."""
    assert _one(text).status is ve.Status.HELD


def test_a_tenseless_report_alone_stays_open():
    """Without a published date, a year or an outcome, 'diễn ra' leaves the status open."""
    mention = _one(
        "Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới diễn ra tại Hà Nội "
        "ngày 30/11. Ảnh tư liệu."
    )
    assert mention.status is ve.Status.HELD_OR_PLANNED  # says nothing: as a Session says it


@pytest.mark.parametrize(("lang", "cue"), _rows("status", "outcome"))
def test_every_outcome_phrase(lang, cue):
    """Each outcome phrase in the next sentence makes a tense-less report held."""
    text = (
        "Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới diễn ra tại Hà Nội "
        f"ngày 30/11. {cue[:1].upper()}{cue[1:]} tăng cường hợp tác."
        if lang == "vi"
        else "The 30th annual meeting of the border delegations takes place in Hanoi on "
        f"November 30. {cue[:1].upper()}{cue[1:]} closer cooperation."
    )
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize(
    "text",
    [
        "Border officials pledged closer cooperation during the 30th annual meeting of the "
        "border delegations in Hanoi on November 30.",
        "Hai bên đã ký biên bản trong Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu "
        "biên giới ngày 30/11.",
        "Tại Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới ngày 30/11, hai "
        "bên nhất trí tăng cường tuần tra chung.",
    ],
)
def test_a_past_main_verb_around_during_the_nth_meeting_is_held(text):
    """'… pledged … during the 30th annual meeting', 'đã ký … trong Cuộc họp …': held."""
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize(("lang", "verb"), _rows("status", "past_verbs"))
def test_every_past_verb_with_a_during_frame(lang, verb):
    """Each past main verb with 'during the Nth meeting' makes it held."""
    text = (
        f"Hai bên {verb} ký biên bản trong Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại "
        "biểu biên giới ngày 30/11."
        if lang == "vi"
        else f"The officials {verb} the plan during the 30th annual meeting of the border "
        "delegations on November 30."
    )
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize(
    "text",
    [
        "During the 30th annual meeting of the border delegations on November 30, the two sides "
        "agreed to hold the 31st meeting in Laos.",
        "The 30th annual meeting of the border delegations took stock of the year on November "
        "30, agreeing to organise the 31st meeting in Laos.",
        "Tại Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới ngày 30/11, hai "
        "bên nhất trí tổ chức Cuộc họp lần thứ 31 tại Lào.",
    ],
)
def test_a_planned_cue_with_its_own_session_leaves_the_one_before(text):
    """'…, agreeing to organise the 31st meeting': the 31st is planned, not the 30th."""
    assert _one(text, ordinal=30).status is not ve.Status.PLANNED


def test_an_auxiliary_after_a_session_still_plans_it():
    """'Kỳ họp lần thứ 48 sẽ là kỳ họp …': 'sẽ' takes no object, it plans the 48th."""
    mention = _one("Kỳ họp lần thứ 48 Ủy ban liên Chính phủ sẽ là kỳ họp quan trọng.")
    assert mention.status is ve.Status.PLANNED


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Hà Nội (TTXVN) - Sáng 8/1/2025, Thủ tướng Phạm Minh Chính rời Hà Nội, tới Thủ đô "
         "Viêng Chăn, đã đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.", "2025-01-09"),
        ("Hanoi (VNA) - Prime Minister Pham Minh Chinh arrived in Vientiane on January 8, 2025"
         " and co-chaired the 47th meeting of the Intergovernmental Committee.", "2025-01-09"),
    ],
)  # fmt: skip
def test_a_trip_destination_beats_the_dateline(text, published):
    """A report filed from Hà Nội about a session held on a trip to Vientiane."""
    assert _where(_one(text, published))[1:] == ("Viêng Chăn", "LA")


def test_the_dateline_names_the_city_of_a_trip_country():
    """'Vientiane (VNA) - On an official visit to Laos, … co-chaired': the dateline's city."""
    mention = _one(
        "Vientiane (VNA) - On an official visit to Laos, the PM co-chaired the 47th meeting of "
        "the Intergovernmental Committee on January 9, 2025.",
        "2025-01-10",
    )
    assert _where(mention)[1:] == ("Viêng Chăn", "LA")


@pytest.mark.parametrize(
    ("text", "published", "rules"),
    [
        ("Thủ tướng Lào sang thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính "
         "phủ ngày 7/1/2024.", "2024-01-07", {"trip-arrival-day", "trip-place"}),
        ("Thủ tướng Lào sang thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính "
         "phủ từ ngày 7 - 9/1/2024.", "2024-01-06", {"trip-arrival", "trip-place"}),
        ("On an official visit to Laos, the PM co-chaired the 47th meeting of the "
         "Intergovernmental Committee on January 9, 2025.", None, {"visit-country"}),
        ("The 30th annual meeting of the border delegations takes place in Hanoi on November 30."
         " The two sides agreed to step up joint patrols.", None, {"outcome-held"}),
    ],
)  # fmt: skip
def test_trip_and_outcome_derivations_are_rules(text, published, rules):
    """What a trip or an outcome gave a session is said by a rule, in both languages."""
    derivations = as_derivations(_one(text, published).derivation)
    assert rules <= {d.rule.value for d in derivations}
    assert all(d.render("vi") for d in derivations)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 8/1/2025, Thủ tướng Phạm Minh Chính rời sân bay quốc tế Nội Bài ở Hà Nội đi Viêng "
        "Chăn, đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
        "Prime Minister Pham Minh Chinh departed from Noi Bai International Airport in Hanoi for "
        "Vientiane on January 8, 2025 to co-chair the 47th meeting of the Intergovernmental "
        "Committee.",
        "Prime Minister Pham Minh Chinh left Hanoi for Vientiane on January 8, 2025 to co-chair "
        "the 47th meeting of the Intergovernmental Committee.",
    ],
)
def test_where_a_trip_leaves_from_is_never_the_venue(text):
    """'rời … ở Hà Nội đi Viêng Chăn', 'departed from … in Hanoi for Vientiane'."""
    mention = _one(text, "2025-01-08")
    assert _where(mention)[1:] == ("Viêng Chăn", "LA")
    assert mention.status is ve.Status.PLANNED
    assert mention.date is None  # the day given is the departure's
    assert mention.not_before is not None


@pytest.mark.parametrize(("lang", "word"), _rows("places", "departure"))
def test_every_departure_word(lang, word):
    """A place after each departure word is no venue; the place after the onward word is."""
    text = (
        f"Thủ tướng {word} Hà Nội đi Viêng Chăn và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên "
        "Chính phủ."
        if lang == "vi"
        else f"The Prime Minister {word} Hanoi for Vientiane to co-chair the 47th meeting of the "
        "Intergovernmental Committee."
    )
    assert _where(_one(text))[1:] == ("Viêng Chăn", "LA")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Ngày 12/11/2024, tại thủ đô Viêng Chăn, diễn ra Hội nghị chuẩn bị cho Kỳ họp lần thứ "
         "47 Ủy ban liên Chính phủ.", None),  # the preparatory meeting's place
        ("In Hanoi on November 12, 2024, officials met in preparation for the 47th meeting of "
         "the Intergovernmental Committee.", None),
        ("Hai bên nhất trí chuẩn bị tốt cho Kỳ họp lần thứ 47 Ủy ban liên Chính phủ tại Viêng "
         "Chăn.", "Viêng Chăn"),  # a place after the session is its own
        ("In Hanoi, the two sides discussed preparations for the 47th meeting of the "
         "Intergovernmental Committee, to be held in Vientiane.", "Viêng Chăn"),
    ],
)  # fmt: skip
def test_the_place_of_a_preparation_is_not_the_sessions(text, city):
    """A session named after 'chuẩn bị cho', 'preparations for' takes no place before it."""
    mention = _one(text, ordinal=47)
    assert mention.status is ve.Status.PLANNED
    assert (mention.place.city if mention.place else None) == city


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ họp lần thứ 45 Ủy ban liên Chính phủ diễn ra tại Nhà Quốc hội ở Thủ đô Viêng Chăn "
         "ngày 5/1.", ("Nhà Quốc hội", "Viêng Chăn", "LA")),
        ("The 45th meeting of the Intergovernmental Committee took place at the National Assembly "
         "House in Vientiane on January 5.", ("Nhà Quốc hội", "Viêng Chăn", "LA")),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra tại Nhà Quốc hội ở Hà Nội ngày 7/1.",
         ("Nhà Quốc hội", "Hà Nội", "VN")),
    ],
)  # fmt: skip
def test_the_city_a_venue_is_said_to_be_in_wins_over_the_gazetteers(text, expected):
    """'tại Nhà Quốc hội ở Thủ đô Viêng Chăn': Laos's building of that name, in Vientiane."""
    mention = _one(text, "2023-01-06")
    assert mention.place is not None
    assert (mention.place.venue, mention.place.city, mention.place.country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội thảo lý luận lần thứ 9 được tổ chức theo hình thức trực tiếp kết hợp trực tuyến ngày "
        "23/11/2022 tại Hà Nội.",
        "The 9th theoretical workshop was held in person and online in Hanoi on November 23, 2022.",
    ],
)
def test_a_session_held_in_person_and_online_is_where_it_is_held(text):
    """'trực tiếp kết hợp trực tuyến … tại Hà Nội': in Hà Nội, not an online session."""
    mention = _one(text, None)
    assert mention.place is not None
    assert (mention.place.city, mention.place.online) == ("Hà Nội", False)


def test_a_dated_untensed_passive_report_is_of_a_session_held():
    """'Hội thảo … được tổ chức trực tuyến ngày 23/11/2022', no published date: held."""
    mention = _one("Hội thảo lý luận lần thứ 9 được tổ chức trực tuyến ngày 23/11/2022.", None)
    assert mention.status is ve.Status.HELD


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Vietnam will host the 46th meeting of the Intergovernmental Committee next month.", "VN"),
        ("Việt Nam sẽ đăng cai Kỳ họp lần thứ 46 Ủy ban liên Chính phủ vào tháng tới.", "VN"),
        ("Laos hosted the 45th meeting of the Intergovernmental Committee in January.", "LA"),
        ("Lào đăng cai tổ chức Kỳ họp lần thứ 45 Ủy ban liên Chính phủ hồi tháng 1.", "LA"),
    ],
)  # fmt: skip
def test_the_member_that_hosts_a_session_is_where_it_is(text, country):
    """'Vietnam will host the 46th meeting': in Vietnam (host-country)."""
    mention = _one(text, "2023-12-20")
    assert mention.place is not None
    assert mention.place.country == country
    assert "host-country" in {d.rule.value for d in mention.derivation}


def test_hosting_something_else_for_a_session_places_nothing():
    """'The PM will host a banquet for the delegates of the 46th meeting': no host country."""
    mention = _one(
        "The PM will host a banquet for the delegates of the 46th meeting of the "
        "Intergovernmental Committee.",
        "2023-12-20",
    )
    assert mention.place is None
