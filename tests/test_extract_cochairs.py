"""Co-chairs named as the partner side, by a bare role, or after a long run of titles.

Every rule has sentences of its own in both languages, written for the rule.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.texts import mention_chairs, phrase_rows
from tests.texts import session_mentions as _sessions

import vnlao_events as ve
from vnlao_events._text import fold_plain
from vnlao_events.extract.phrases import Phrases

_PHRASES = Phrases.default()


def _rows(section: str, kind: str) -> list[tuple[str, str]]:
    return phrase_rows(section, kind)


def _chairs(text: str, published: str | None = "2024-06-02") -> set[str]:
    return mention_chairs(text, published)


def _countries(text: str, published: str | None = "2024-06-02") -> list[str | None]:
    return [m.place.country if m.place else None for m in _sessions(text, published)]


# ------------------------------------------------------- a long run of titles before the name


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("The 32nd annual meeting was co-held by the Vietnamese border delegation, led by Deputy "
         "Foreign Minister and Head of the National Boundary Commission under the Ministry of "
         "Foreign Affairs Tran Van Binh, and the Lao border delegation, led by Lao Foreign "
         "Minister Khamla Sounthone, on June 1, 2024.",
         {"Tran Van Binh", "Khamla Sounthone"}),
        ("The 10th political consultation took place on June 1, 2024. The Vietnamese side was "
         "headed by Deputy Foreign Minister and Chairman of the Committee for Overseas "
         "Vietnamese Affairs Tran Van Binh.", {"Tran Van Binh"}),
        ("Cuộc họp thường niên lần thứ 32 giữa hai Đoàn đại biểu biên giới diễn ra ngày "
         "1/6/2024. Trưởng đoàn Việt Nam là Thứ trưởng Bộ Ngoại giao kiêm Chủ nhiệm Ủy ban Biên "
         "giới quốc gia thuộc Bộ Ngoại giao Lê Hoài Trung.", {"Lê Hoài Trung"}),
        ("Cuộc họp thường niên lần thứ 32 giữa hai Đoàn đại biểu biên giới diễn ra ngày "
         "1/6/2024. Trưởng đoàn Việt Nam là Thứ trưởng Bộ Ngoại giao kiêm Chủ nhiệm Ủy ban "
         "thuộc Bộ Ngoại giao Trần Văn Bình.", {"Trần Văn Bình"}),
    ],
)  # fmt: skip
def test_an_introducer_reaches_the_name_across_its_titles(text, chairs):
    """'led by <titles, up to 160 characters, no clause> X': X chairs."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    "text",
    [
        "The 10th political consultation was led by the two sides; later, they agreed with "
        "Deputy Foreign Minister Tran Van Binh on June 1, 2024.",
        "Tham khảo chính trị lần thứ 10 do Trưởng đoàn hai bên điều hành; sau đó hai bên đã "
        "nhất trí với Thứ trưởng Trần Văn Bình ngày 1/6/2024.",
    ],
)
def test_an_introducer_stops_at_the_clause_end(text):
    """A name in the next clause is not the one the introducer introduces."""
    assert _chairs(text) == set()


# ------------------------------------------------------------ the partner side: "Bạn"


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        # "của Thủ tướng Bạn": the partner's prime minister, named in the same sentence
        ("Sáng 6/1/2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay "
         "Siphandone trong khuôn khổ chuyến thăm chính thức Việt Nam kết hợp đồng chủ trì Kỳ họp "
         "46 Ủy ban liên Chính phủ của Thủ tướng Bạn.", {"Sonexay Siphandone"}),
        # … or named earlier in the article
        ("Thủ tướng Lào Sonexay Siphandone tới Hà Nội ngày 5/1/2024. Chuyến thăm kết hợp đồng "
         "chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ của Thủ tướng Bạn.",
         {"Sonexay Siphandone"}),
        # "Bộ trưởng Ngoại giao Bạn": ministry words between the title and "Bạn"
        ("Bộ trưởng Ngoại giao Lào Saleumxay Kommasith tới Hà Nội ngày 1/6/2024. Thứ trưởng Lê "
         "Hoài Trung đồng chủ trì Cuộc họp thường niên lần thứ 32 giữa hai Đoàn đại biểu biên "
         "giới với Bộ trưởng Ngoại giao Bạn.", {"Lê Hoài Trung", "Saleumxay Kommasith"}),
        # the English counterparts: a bare role after the cue
        ("Lao Prime Minister Sonexay Siphandone arrived in Hanoi on January 5, 2024. Prime "
         "Minister Pham Minh Chinh will co-chair the 46th meeting of the Intergovernmental "
         "Committee with the Lao PM.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("Lao Foreign Minister Saleumxay Kommasith arrived in Hanoi on May 31, 2024. Deputy "
         "Foreign Minister Le Hoai Trung co-chaired the 32nd annual meeting of the border "
         "delegations with the Lao Foreign Minister.", {"Lê Hoài Trung", "Saleumxay Kommasith"}),
    ],
)  # fmt: skip
def test_a_bare_role_after_the_cue_is_the_role_holder_of_that_side(text, chairs):
    """'… của Thủ tướng Bạn', '… with the Lao PM': the role holder of that country chairs."""
    assert _chairs(text, "2024-06-02") == chairs


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ do Thủ tướng Bạn đồng chủ trì ngày 6/1/2024.",
        "The 46th meeting of the Intergovernmental Committee was co-chaired by the Lao PM on "
        "January 6, 2024.",
    ],
)
def test_a_bare_role_no_one_was_named_after_is_no_one(text):
    """No person of that side named after the title anywhere: no co-chair is made up."""
    assert _chairs(text) == set()


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Đoàn Việt Nam do Thứ trưởng "
         "Trần Văn Bình dẫn đầu, đoàn Bạn do Thứ trưởng Khamla Sounthone dẫn đầu.",
         {"Trần Văn Bình", "Khamla Sounthone"}),
        ("Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Phía Việt Nam do Thứ trưởng "
         "Trần Văn Bình dẫn đầu; phía Bạn do Thứ trưởng Khamla Sounthone dẫn đầu.",
         {"Trần Văn Bình", "Khamla Sounthone"}),
        ("Tham khảo chính trị lần thứ 10 do Thứ trưởng Trần Văn Bình chủ trì ngày 1/6/2024. "
         "Về phía Bạn có Thứ trưởng Khamla Sounthone.", {"Trần Văn Bình", "Khamla Sounthone"}),
        ("Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Đoàn đại biểu Lào do Thứ "
         "trưởng Khamla Sounthone làm Trưởng đoàn.", {"Khamla Sounthone"}),
        ("The 10th political consultation took place on June 1, 2024. The Vietnamese delegation "
         "was led by Deputy Foreign Minister Tran Van Binh, and the Lao side by Deputy Foreign "
         "Minister Khamla Sounthone.", {"Tran Van Binh", "Khamla Sounthone"}),
    ],
)  # fmt: skip
def test_the_partner_side_and_its_delegation(text, chairs):
    """'đoàn Bạn do Y', 'phía Bạn do Y', 'Về phía Bạn có Y' (and 'the Lao side by Y')."""
    assert _chairs(text) == chairs


def test_the_partner_is_the_member_that_is_not_the_home_of_the_language():
    """'Bạn' names the member other than the language's home; no home among them, none."""
    from vnlao_events.extract.context import DocumentView
    from vnlao_events.extract.people import _country_of_word

    view = DocumentView.of(ve.Document.from_text("x"))
    assert _country_of_word(view, "Bạn") == "LA"
    other = DocumentView.of(
        ve.Document.from_text("x"), ve.Catalogue.example("vietnam-china")
    )  # Laos and China both: no one partner
    assert other.catalogue.members() == ("VN", "LA", "CN")
    assert _country_of_word(other, "Bạn") is None


# -------------------------------------------------------- welcomed … to <country>: the trip


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On December 18, 2023, President Tran Van Binh welcomed the Lao Deputy Prime Minister "
         "and a high-ranking delegation of the Lao People's Revolutionary Party to Vietnam to "
         "attend the 10th theoretical workshop.", "VN"),
        ("On December 18, 2023, Vietnamese Deputy Prime Minister Tran Van Binh was welcomed by "
         "the Lao side; the Lao President welcomes the Vietnamese delegation to Laos to join the "
         "11th theoretical workshop.", "LA"),
        ("Ngày 18/12/2023, Chủ tịch nước Trần Văn Bình đón Phó Thủ tướng Lào và Đoàn đại biểu "
         "cấp cao Đảng Nhân dân Cách mạng Lào sang Việt Nam dự Hội thảo lý luận lần thứ 10.",
         "VN"),
        ("Ngày 18/12/2023, lễ đón Đoàn đại biểu cấp cao Đảng Cộng sản Việt Nam sang Lào tham dự "
         "Hội thảo lý luận lần thứ 11 diễn ra trọng thể.", "LA"),
    ],
)  # fmt: skip
def test_a_welcome_to_a_country_gives_the_country_of_the_session_the_trip_is_for(text, country):
    """'welcomed Y … to Vietnam to attend the 10th …': the session is in Vietnam."""
    assert _countries(text, "2023-12-19") == [country]


@pytest.mark.parametrize(
    "text",
    [
        "On December 18, 2023, President Tran Van Binh welcomed the Lao Deputy Prime Minister, "
        "who thanked Vietnam for its help; the 10th theoretical workshop will be held soon.",
        "Ngày 18/12/2023, Chủ tịch nước đón Phó Thủ tướng Lào; Hội thảo lý luận lần thứ 10 sẽ "
        "diễn ra tại Việt Nam trong thời gian tới.",
    ],
)
def test_a_welcome_without_a_destination_gives_no_trip(text):
    """A country named after the welcome without an onward word is no destination."""
    countries = _countries(text, "2023-12-19")
    assert countries in ([None], ["VN"])  # only a locative "tại Việt Nam" may place it
    if "tại" not in text:
        assert countries == [None]


@pytest.mark.parametrize(("lang", "word"), _rows("places", "onward"))
def test_every_onward_word_after_a_welcome_names_the_trip_destination(lang, word):
    """Each onward word after a welcome and its guest puts the trip's end after it."""
    text = (
        f"Ngày 18/12/2023, Chủ tịch nước Trần Văn Bình đón Phó Thủ tướng Khamla Sounthone {word}"
        " Lào để đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ."
        if lang == "vi"
        else "On December 18, 2023, President Tran Van Binh welcomed Deputy Prime Minister "
        f"Khamla Sounthone {word} Laos to co-chair the 46th meeting of the Intergovernmental "
        "Committee."
    )
    assert _countries(text, "2023-12-19") == ["LA"], text


# ------------------------------------------------- how the two agencies name the co-chairs

_X, _Y, _XE = "Trần Văn Bình", "Khamla Sounthone", "Tran Van Binh"


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        # "chủ trì … cùng Y", "X chaired … with Y": the second chair after the session
        (f"Ngày 1/6/2024, Thứ trưởng {_X} chủ trì Tham khảo chính trị lần thứ 10 cùng Thứ "
         f"trưởng {_Y}.", {_X, _Y}),
        (f"On June 1, 2024, Deputy Foreign Minister {_XE} chaired the 10th political "
         f"consultation with Lao Deputy Foreign Minister {_Y}.", {_XE, _Y}),
        (f"On June 1, 2024, Deputy Foreign Minister {_XE} co-chaired the 10th political "
         f"consultation together with Lao Deputy Foreign Minister {_Y}.", {_XE, _Y}),
        # "cùng đồng chí", "đã cùng"
        (f"Ngày 1/6/2024, Thứ trưởng {_X} cùng đồng chí {_Y} đồng chủ trì Tham khảo chính trị "
         "lần thứ 10.", {_X, _Y}),
        (f"Ngày 1/6/2024, Thứ trưởng {_X} đã cùng Thứ trưởng {_Y} đồng chủ trì Tham khảo chính "
         "trị lần thứ 10.", {_X, _Y}),
        # a title for both: "hai đồng chí X và Y", "hai Trưởng đoàn X và Y", "Ministers X and Y"
        (f"Ngày 1/6/2024, hai đồng chí {_X} và {_Y} đồng chủ trì Tham khảo chính trị lần thứ 10.",
         {_X, _Y}),
        (f"Ngày 1/6/2024, Tham khảo chính trị lần thứ 10 do hai Trưởng đoàn {_X} và {_Y} đồng "
         "chủ trì.", {_X, _Y}),
        (f"On June 1, 2024, Deputy Foreign Ministers {_XE} and {_Y} co-chaired the 10th "
         "political consultation.", {_XE, _Y}),
        (f"The 10th political consultation took place on June 1, 2024. The two delegations were "
         f"led by Deputy Foreign Ministers {_XE} and {_Y} respectively.", {_XE, _Y}),
        # titles after the names
        (f"Ngày 1/6/2024, {_X}, Thứ trưởng Bộ Ngoại giao, và {_Y}, Thứ trưởng Bộ Ngoại giao "
         "Lào, đồng chủ trì Tham khảo chính trị lần thứ 10.", {_X, _Y}),
        (f"On June 1, 2024, {_XE}, Deputy Foreign Minister, and {_Y}, Lao Deputy Foreign "
         "Minister, co-chaired the 10th political consultation.", {_XE, _Y}),
        # the counterpart as a title
        (f"Ngày 1/6/2024, Thứ trưởng {_X} và người đồng cấp Lào {_Y} đồng chủ trì Tham khảo "
         "chính trị lần thứ 10.", {_X, _Y}),
        (f"On June 1, 2024, Vietnamese Deputy FM {_XE} and his Lao counterpart {_Y} jointly "
         "chaired the 10th political consultation.", {_XE, _Y}),
        # who heads each delegation, the name after the role
        (f"Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Dẫn đầu đoàn Việt Nam là Thứ "
         f"trưởng {_X}; dẫn đầu đoàn Lào là Thứ trưởng {_Y}.", {_X, _Y}),
        (f"The 10th political consultation took place on June 1, 2024. Heading the Vietnamese "
         f"delegation was Deputy Foreign Minister {_XE}; the Lao delegation was headed by Deputy "
         f"Foreign Minister {_Y}.", {_XE, _Y}),
        # an introducer is followed by a name as a title is
        (f"Ngày 1/6/2024 tại Hà Nội, Tham khảo chính trị lần thứ 10 diễn ra dưới sự đồng chủ trì "
         f"của {_X} và {_Y}.", {_X, _Y}),
        (f"The 10th political consultation was co-chaired by {_XE} and {_Y} in Hanoi on June "
         "1, 2024.", {_XE, _Y}),
        # names written without diacritics
        ("Ngày 1/6/2024, Thu truong Tran Van Binh va Thu truong Khamla Sounthone dong chu tri "
         "Tham khao chinh tri lan thu 10.", {_XE, _Y}),
    ],
)  # fmt: skip
def test_the_wordings_of_co_chairs(text, chairs):
    """Each way the two agencies write who co-chairs gives both co-chairs."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    "text",
    [
        f"Thứ trưởng Ngoại giao {_X} tới Viêng Chăn ngày 31/5/2024. Sáng 1/6, Thứ trưởng đồng "
        f"chủ trì Tham khảo chính trị lần thứ 10 với Thứ trưởng Ngoại giao Lào {_Y}.",
        f"Deputy Foreign Minister {_XE} arrived in Vientiane on May 31, 2024. On June 1, the "
        "Deputy Minister co-chaired the 10th political consultation with his Lao counterpart "
        f"{_Y}.",
    ],
)
def test_a_title_alone_is_the_person_the_sentence_before_named(text):
    """'Thứ trưởng đồng chủ trì … với Y', 'the Deputy Minister co-chaired … with Y'."""
    assert _chairs(text) == {_X if "Thứ" in text else _XE, _Y}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 1/6/2024, Tham khảo chính trị lần thứ 10 do Đảng Nhân dân Cách mạng Lào và Bộ "
        "Ngoại giao Việt Nam đồng chủ trì.",
        "On June 1, 2024, the Lao People's Revolutionary Party and the Communist Party of "
        "Vietnam co-chaired the 10th theoretical workshop.",
        "Ngày 1/6/2024, Hội đồng Lý luận Trung ương, Cơ quan thường trực, và Viện Khoa học xã "
        "hội, Cơ quan phối hợp, đồng chủ trì Hội thảo lý luận lần thứ 10.",
        "On June 1, 2024, Hanoi Capital, Vice President of the region, co-chaired the 10th "
        "theoretical workshop.",
    ],
)
def test_organisations_and_places_are_never_co_chairs(text):
    """An organisation's or a place's name, before a title or after one, is no person."""
    assert _chairs(text) == set()


# ------------------------------------------- a property: the wordings with catalogue people


def _people_of(country: str) -> list[str]:
    catalogue = ve.Catalogue.default()
    return sorted(p.name for p in catalogue.people.values() if p.country == country)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(["vi", "en"]),
    first=st.sampled_from(_people_of("VN")),
    second=st.sampled_from(_people_of("LA")),
    plain=st.booleans(),
    data=st.data(),
)
def test_any_co_chair_wording_with_any_catalogue_people_gives_those_people(
    lang, first, second, plain, data
):
    """A sentence built from the data's co-chair wordings and two catalogue people: them."""
    words = lambda kind: _PHRASES.words("people", kind, lang)  # noqa: E731
    title_x = data.draw(st.sampled_from([t for t in words("titles") if t not in ("ông", "bà")]))
    title_y = data.draw(st.sampled_from(words("titles")))
    coordinator = words("coordinators")[0]
    form = data.draw(st.sampled_from(["cochair", "cochair_after_pair", "chaired_by"]))
    cue = data.draw(st.sampled_from(words(form)))
    x, y = (fold_plain(first), fold_plain(second)) if plain else (first, second)
    cap = title_x[:1].upper() + title_x[1:]
    if lang == "vi":
        session = "Tham khảo chính trị lần thứ 10"
        text = {
            "cochair": f"Ngày 1/6/2024, {cap} {x} {coordinator} {title_y} {y} {cue} {session}.",
            "cochair_after_pair": f"Ngày 1/6/2024, {session} do {cap} {x} {coordinator} "
            f"{title_y} {y} {cue}.",
            "chaired_by": f"Ngày 1/6/2024, {session} đã diễn ra {cue} {title_x} {x} "
            f"{coordinator} {title_y} {y}.",
        }[form]
    else:
        session = "the 10th political consultation"
        text = {
            "cochair": f"On June 1, 2024, {cap} {x} {coordinator} {title_y} {y} {cue} {session}.",
            "cochair_after_pair": f"On June 1, 2024, {cap} {x} {coordinator} {title_y} {y} "
            f"{cue} {session}.",
            "chaired_by": f"On June 1, 2024, {session[:1].upper()}{session[1:]} took place, "
            f"{cue} {title_x} {x} {coordinator} {title_y} {y}.",
        }[form]
    assert _chairs(text) == {first, second}, text


# ------------------------------------------------ a partner of another verb is no co-chair


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Trong chuyến thăm, Thủ tướng Sonexay Siphandone sẽ hội đàm cùng Thủ tướng Phạm Minh "
         "Chính, và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
         {"Sonexay Siphandone"}),
        ("Ngày 1/6/2024, Thứ trưởng Trần Văn Bình đã tiếp Đại sứ Khamla Sounthone và đồng chủ "
         "trì Tham khảo chính trị lần thứ 10.", {"Trần Văn Bình"}),
        ("During the visit, Prime Minister Sonexay Siphandone will hold talks with Prime "
         "Minister Pham Minh Chinh and co-chair the 46th meeting of the Intergovernmental "
         "Committee.", {"Sonexay Siphandone"}),
        ("On June 1, 2024, Deputy Foreign Minister Tran Van Binh received Ambassador Khamla "
         "Sounthone and co-chaired the 10th political consultation.", {"Tran Van Binh"}),
        # with no verb between, both still co-chair
        ("Ngày 1/6/2024, Thứ trưởng Trần Văn Bình cùng Thứ trưởng Khamla Sounthone đồng chủ trì "
         "Tham khảo chính trị lần thứ 10.", {"Trần Văn Bình", "Khamla Sounthone"}),
        ("On June 1, 2024, Deputy Foreign Minister Tran Van Binh with Lao Deputy Foreign "
         "Minister Khamla Sounthone co-chaired the 10th political consultation.",
         {"Tran Van Binh", "Khamla Sounthone"}),
    ],
)  # fmt: skip
def test_the_partner_of_talks_or_a_reception_is_no_co_chair(text, chairs):
    """'X hội đàm cùng Y, và đồng chủ trì …', 'X will hold talks with Y and co-chair …': X."""
    assert _chairs(text, "2024-01-05") == chairs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Deputy Foreign Minister Tran Van Binh received Ambassador Khamla Sounthone on June 1, "
         "2024. During the visit, he also co-chaired the 10th political consultation.",
         {"Tran Van Binh"}),
        ("Thứ trưởng Trần Văn Bình đã hội kiến Thủ tướng Khamla Sounthone ngày 1/6/2024. Trong "
         "chuyến thăm, ông cũng đồng chủ trì Tham khảo chính trị lần thứ 10.", {"Trần Văn Bình"}),
        # no pronoun: the pair of the sentence before
        ("Deputy Foreign Minister Tran Van Binh and his Lao counterpart Khamla Sounthone met on "
         "June 1, 2024. While co-chairing the 10th political consultation, they agreed …",
         {"Tran Van Binh", "Khamla Sounthone"}),
    ],
)  # fmt: skip
def test_a_pronoun_after_two_people_is_the_subject(text, chairs):
    """'X met Y. … he also co-chaired …': he is X, the subject, not Y."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tham gia đoàn có bà Vandara Siphandone Phu nhân Thủ tướng.", ["Vandara Siphandone"]),
        ("Thứ trưởng Vũ Hồng Nam phát biểu.", ["Vũ Hồng Nam"]),  # "Nam" ends a name
        ("Bộ trưởng Bộ Năng lượng và Mỏ Phosay Sayasone phát biểu.", ["Phosay Sayasone"]),
        ("Minister of Energy and Mines Phosay Sayasone spoke.", ["Phosay Sayasone"]),
        ("Politburo member and Head of the Party Central Committee's Commission for External "
         "Relations Tran Van Binh spoke.", ["Tran Van Binh"]),
        # a province or a city before the name
        ("Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng phát biểu.", ["Võ Văn Hưng"]),
        ("Chairman of the Quang Tri provincial People's Committee Vo Van Hung spoke.",
         ["Vo Van Hung"]),
        ("Politburo member, Permanent member of the Secretariat Truong Thi Mai spoke.",
         ["Truong Thi Mai"]),
        ("Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ phát biểu.", ["Nguyễn Minh Vũ"]),
        ("Đại tướng Chansamone Chanyalath phát biểu.", ["Chansamone Chanyalath"]),
    ],
)  # fmt: skip
def test_titles_around_a_name_are_not_in_it(text, names):
    """A title of several words after a name, or an organisation before it, is no part of it."""
    from vnlao_events.extract.context import DocumentView
    from vnlao_events.extract.people import find_people
    from vnlao_events.extract.sentences import Sentence

    view = DocumentView.of(ve.Document.from_text(text))
    found, _ = find_people(Sentence.of(0, text), view, ())
    assert [p.name for _, _, p in found] == names
