"""Co-chairs named as the partner side, by a bare role, or after a long run of titles.

Every rule has sentences of its own in both languages, written for the rule.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions as _sessions

import vnlao_events as ve
from vnlao_events.extract.phrases import Phrases

_PHRASES = Phrases.default()


def _rows(section: str, kind: str) -> list[tuple[str, str]]:
    return [(lang, p) for lang in ("vi", "en") for p in _PHRASES.words(section, kind, lang)]


def _chairs(text: str, published: str | None = "2024-06-02") -> set[str]:
    return {p.name for m in _sessions(text, published) for p in m.co_chairs}


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
