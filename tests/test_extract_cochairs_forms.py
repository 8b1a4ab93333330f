"""Co-chairs said in an inverted clause, by "the two leaders", or behind shortened ranks.

Every rule has sentences of its own in both languages, written for the rule.
"""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, phrase_rows
from tests.texts import session_mentions as _sessions

from vnlao_events.extract.phrases import Phrases

_PHRASES = Phrases.default()
_IGC_EN = "the 46th meeting of the Vietnam-Laos Intergovernmental Committee"
_IGC_VI = "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào"


def _chairs(text: str, published: str | None = "2024-06-20") -> set[str]:
    return mention_chairs(text, published)


# ------------------------------------------------- the pair after an inverted co-chair cue


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (f"Co-chairing {_IGC_EN} in Hanoi on January 7, 2024 were Prime Minister Pham Minh Chinh "
         "and Lao Prime Minister Sonexay Siphandone.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
        (f"Đồng chủ trì {_IGC_VI} tại Hà Nội ngày 7/1/2024 có Thủ tướng Phạm Minh Chính và Thủ "
         "tướng Lào Sonexay Siphandone.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_a_pair_after_the_copula_co_chairs(text, chairs):
    """'Co-chairing … were X and Y', 'Đồng chủ trì … có X và Y': the subject comes last."""
    assert _chairs(text) == chairs


def test_a_pair_of_one_side_after_the_copula_is_no_pair():
    """Two people of one side after the copula: not the two sides' co-chairs."""
    text = (
        f"Co-chairing {_IGC_EN} in Hanoi on January 7, 2024 were Prime Minister Pham Minh Chinh "
        "and Minister of Foreign Affairs Bui Thanh Son."
    )
    assert len(_chairs(text)) < 2


# ------------------------------------------------------------- "the two leaders"


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Prime Minister Pham Minh Chinh hosted a welcome ceremony for Lao Prime Minister Sonexay "
         f"Siphandone in Hanoi on January 7, 2024. The two leaders then co-chaired {_IGC_EN}.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Lào Sonexay Siphandone tại Hà Nội "
         f"ngày 7/1/2024. Sau đó, hai nhà lãnh đạo đồng chủ trì {_IGC_VI}.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("After Prime Minister Pham Minh Chinh welcomed Lao Prime Minister Sonexay Siphandone on "
         f"January 7, 2024, both leaders co-chaired {_IGC_EN}.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_the_two_leaders_are_the_two_sides_just_named(text, chairs):
    """'The two leaders', 'hai nhà lãnh đạo': one person of each side, named just before."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    "text",
    [
        # both named of one side: whom "the two" means is not told
        "Prime Minister Pham Minh Chinh met Foreign Minister Bui Thanh Son on January 6, "
        f"2024. The two leaders then co-chaired {_IGC_EN}.",
        "Thủ tướng Phạm Minh Chính gặp Bộ trưởng Ngoại giao Bùi Thanh Sơn ngày 6/1/2024. Sau đó, "
        f"hai nhà lãnh đạo đồng chủ trì {_IGC_VI}.",
    ],
)
def test_the_two_leaders_of_one_side_are_no_one(text):
    """Two people of one country named before: no pair of sides, no co-chair."""
    assert _chairs(text) == set()


def test_the_pair_words_are_data():
    """The untitled pair words are listed in each language's phrase file."""
    assert "the two leaders" in _PHRASES.words("people", "pair_group", "en")
    assert "hai nhà lãnh đạo" in _PHRASES.words("people", "pair_group", "vi")
    assert phrase_rows("people", "pair_group")


# ------------------------------------------------------------ shortened ranks and degrees


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("The 36th annual meeting between the Vietnam and Laos border delegations was chaired "
         "by Vietnamese Deputy Minister of Public Security Sen. Lieut. Gen. Le Quoc Hung and Lao "
         "Deputy Minister of Public Security Maj. Gen. Kongthong Phongvichit in Hanoi on June 3, "
         "2024.", {"Le Quoc Hung", "Kongthong Phongvichit"}),
        ("Lt. Gen. Nguyen Van Nam and Brig. Gen. Khamphet Sisavath co-chaired the 36th annual "
         "meeting between the Vietnam and Laos border delegations in Vientiane on June 3, 2024.",
         {"Nguyen Van Nam", "Khamphet Sisavath"}),
        ("GS.TS Nguyễn Xuân Thắng và TS. Khamphanh Phommathat đồng chủ trì Hội thảo lý luận lần "
         "thứ 10 giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào tại Hà Nội ngày "
         "3/6/2024.", {"Nguyễn Xuân Thắng", "Khamphanh Phommathat"}),
        ("Hội thảo lý luận lần thứ 10 giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào "
         "do PGS. TS. Nguyễn Xuân Thắng và ThS. Khamphanh Phommathat đồng chủ trì diễn ra tại Hà "
         "Nội ngày 3/6/2024.", {"Nguyễn Xuân Thắng", "Khamphanh Phommathat"}),
    ],
)  # fmt: skip
def test_a_shortened_rank_ends_no_sentence_and_introduces_a_name(text, chairs):
    """'Sen. Lieut. Gen. X', 'PGS. TS. X': the stops end no sentence; the rank is a title."""
    assert _chairs(text) == chairs
    (mention,) = _sessions(text, "2024-06-20")
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-06-03"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The meeting ended with the Gen. Assembly of members. Then it closed.", 2),
        ("Họp xong lúc 9 giờ. TS. Nguyễn Văn A phát biểu.", 2),
    ],
)
def test_a_shortened_rank_keeps_the_sentence_before_it_apart(text, count):
    """Only the stop right after the rank is no sentence end."""
    from vnlao_events._text import FoldedText
    from vnlao_events.extract.sentences import sentences

    assert len(list(sentences(FoldedText.of(text, unglue=True)))) == count


# --------------------------------------------- a place after a long agent clause


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Hội thảo lý luận lần thứ 10 giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào "
         "do đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Chủ tịch Hội đồng Lý luận Trung "
         "ương và đồng chí Khamphanh Phommathat, Trưởng ban Tuyên huấn Trung ương Đảng Nhân dân "
         "Cách mạng Lào đồng chủ trì diễn ra tại Hà Nội ngày 3/6/2024.", "Hà Nội"),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào do Thủ tướng Phạm Minh Chính, "
         "Chủ tịch Phân ban Việt Nam và Thủ tướng Sonexay Siphandone, Chủ tịch Phân ban Lào trong "
         "Ủy ban liên Chính phủ đồng chủ trì đã diễn ra tại Thủ đô Viêng Chăn ngày 7/1/2024.",
         "Viêng Chăn"),
    ],
)  # fmt: skip
def test_the_place_is_read_past_the_clause_that_names_the_chairs(text, city):
    """'Hội thảo … do X, <titles> và Y, <titles> đồng chủ trì diễn ra tại P': P is its place."""
    (mention,) = _sessions(text, "2024-06-20")
    assert mention.place is not None
    assert mention.place.city == city


def test_a_place_before_the_agent_clause_stays_the_session_s():
    """'Kỳ họp 46 tại Hà Nội do X và Y đồng chủ trì …': the place said first is kept."""
    text = (
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ tại Hà Nội do Thủ tướng Phạm Minh Chính và Thủ "
        "tướng Lào Sonexay Siphandone đồng chủ trì đã thành công tốt đẹp ngày 7/1/2024, sau đó "
        "hai Thủ tướng tới thăm Quảng Ninh."
    )
    (mention,) = _sessions(text, "2024-06-20")
    assert mention.place is not None
    assert mention.place.city == "Hà Nội"


# ------------------------------------------- "giữa hai Bộ trưởng Ngoại giao" names the series


def test_the_two_foreign_ministers_name_the_ministers_consultation():
    """'Tham vấn thường niên giữa hai Bộ trưởng Ngoại giao': the ministers' consultation."""
    text = (
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào Saleumxay Kommasith đồng "
        "chủ trì cuộc Tham vấn thường niên giữa hai Bộ trưởng Ngoại giao tại Hà Nội ngày "
        "20/3/2024."
    )
    (mention,) = _sessions(text, "2024-06-20")
    assert mention.series == "ministerial-political-consultation"
    assert _chairs(text) == {"Bùi Thanh Sơn", "Saleumxay Kommasith"}


# ------------------------------------- the inviter named in the sentence before or after


@pytest.mark.parametrize(
    ("text", "published", "chairs"),
    [
        ("Lao Prime Minister Sonexay Siphandone is visiting Vietnam and co-chairing the 46th "
         "session of the Vietnam – Laos Intergovernmental Committee from January 6-7. The visit "
         "is made at the invitation of Prime Minister Pham Minh Chinh.", None,
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam và đồng chủ trì Kỳ họp lần "
         "thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào từ ngày 6-7/1. Chuyến thăm được thực hiện "
         "theo lời mời của Thủ tướng Phạm Minh Chính.", None,
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Lào Sonexay Siphandone sẽ thăm "
         "chính thức Việt Nam từ ngày 6-7/1. Trong chuyến thăm, Thủ tướng Sonexay Siphandone sẽ "
         "đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào.", "2024-01-02",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("At the invitation of Prime Minister Pham Minh Chinh, Lao Prime Minister Sonexay "
         "Siphandone will pay an official visit to Vietnam from January 6-7. During the visit, "
         "Prime Minister Sonexay Siphandone will co-chair the 46th meeting of the "
         "Intergovernmental Committee.", "2024-01-02", {"Sonexay Siphandone", "Phạm Minh Chính"}),
    ],
)  # fmt: skip
def test_the_inviter_told_apart_from_the_session_is_the_counterpart(text, published, chairs):
    """'The visit is made at the invitation of PM X': X, of the one co-chair's title."""
    assert _chairs(text, published) == chairs


@pytest.mark.parametrize(
    "text",
    [
        "Lao Prime Minister Sonexay Siphandone is visiting Vietnam and co-chairing the 46th "
        "session of the Vietnam – Laos Intergovernmental Committee from January 6-7. The visit "
        "is made at the invitation of General Secretary Nguyen Phu Trong.",
        "Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam và đồng chủ trì Kỳ họp lần "
        "thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào từ ngày 6-7/1. Chuyến thăm được thực hiện "
        "theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.",
    ],
)
def test_an_inviter_of_another_title_told_apart_only_invited(text):
    """A General Secretary who invited the Lao PM is not the PM's co-chair."""
    assert _chairs(text, None) == {"Sonexay Siphandone"}


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Thủ tướng Lào Sonexay Siphandone sẽ thăm chính thức Việt Nam từ ngày 4-6/12. Trong "
         "chuyến thăm, Thủ tướng sẽ đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
         "2024-11-30", "2024-12-04"),
        ("Lao Prime Minister Sonexay Siphandone will pay an official visit to Vietnam from "
         "December 4-6. During the visit, he will co-chair the 47th meeting of the "
         "Intergovernmental Committee.", "2024-11-30", "2024-12-04"),
        ("Thủ tướng Lào Sonexay Siphandone đã thăm chính thức Việt Nam từ ngày 4-6/12. Trong "
         "chuyến thăm, Thủ tướng đã đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
         "2024-12-08", "2024-12-04"),
    ],
)  # fmt: skip
def test_a_visit_span_without_a_year_is_the_one_nearest_publication(text, published, day):
    """A session on a visit announced days before it is in the coming span, not last year's."""
    (mention,) = _sessions(text, published)
    assert mention.date is not None
    assert mention.date.window is not None
    assert mention.date.window.earliest.isoformat() == day


# ---------------------------------------- the guest a host received, and a chain of trip verbs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("General Secretary Nguyen Phu Trong received Lao Prime Minister Sonexay Siphandone, who "
         f"is in Hanoi to co-chair {_IGC_EN}.", {"Sonexay Siphandone"}),
        ("General Secretary Nguyen Phu Trong received Lao Prime Minister Sonexay Siphandone, who "
         f"is in Hanoi to co-chair {_IGC_EN} with Prime Minister Pham Minh Chinh.",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("Tổng Bí thư Nguyễn Phú Trọng tiếp Thủ tướng Lào Sonexay Siphandone đang ở thăm Việt Nam "
         f"và đồng chủ trì {_IGC_VI}.", {"Sonexay Siphandone"}),
        ("Tổng Bí thư Nguyễn Phú Trọng tiếp Thủ tướng Lào Sonexay Siphandone sang Việt Nam đồng "
         f"chủ trì {_IGC_VI} cùng Thủ tướng Phạm Minh Chính.",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
    ],
)  # fmt: skip
def test_the_guest_received_on_a_trip_for_the_session_co_chairs(text, chairs):
    """'X received Y, who is in Hanoi to co-chair …': Y's trip is for it, so Y, not X."""
    assert _chairs(text) == chairs


def test_the_host_who_received_and_co_chaired_is_the_subject():
    """'X đã tiếp Y và đồng chủ trì …' with no trip of Y's told: X, the subject."""
    text = (
        "Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Lào Khamphao Ernthavanh và đồng chủ trì "
        f"{_IGC_VI}."
    )
    assert _chairs(text) == {"Phạm Minh Chính"}


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Sáng 4/1, Thủ tướng Phạm Minh Chính rời Hà Nội, lên đường sang Viêng Chăn, đồng chủ trì "
         f"{_IGC_VI}.", {"Phạm Minh Chính"}),
        ("Thủ tướng Phạm Minh Chính đến Viêng Chăn, bắt đầu chuyến thăm chính thức Lào, đồng chủ "
         f"trì {_IGC_VI}.", {"Phạm Minh Chính"}),
    ],
)  # fmt: skip
def test_a_chain_of_trip_verbs_keeps_its_subject(text, chairs):
    """'X rời Hà Nội, lên đường sang Viêng Chăn, đồng chủ trì …': one subject for the chain."""
    assert _chairs(text) == chairs


# ------------------------------------------------------ a series told by its first session


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("First held in 2013, the theoretical workshop between the Communist Party of Vietnam "
         "and the Lao People's Revolutionary Party is an important mechanism.", 2013),
        ("Hội thảo lý luận giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào, được tổ "
         "chức lần đầu tiên năm 2013, là cơ chế quan trọng.", 2013),
        ("The annual meeting between the Vietnamese and Lao border delegations was first held in "
         "1999.", 1999),
        ("Cuộc họp thường niên giữa hai Đoàn đại biểu biên giới lần đầu tiên được tổ chức vào năm "
         "1999.", 1999),
    ],
)  # fmt: skip
def test_first_held_names_the_first_session(text, year):
    """'First held in 2013, the workshop …': the 1st session, held in 2013."""
    (mention,) = _sessions(text, "2020-05-05")
    assert mention.ordinal == 1
    assert mention.status.value == "held"
    assert mention.date is not None
    assert mention.date.window is not None
    assert mention.date.window.earliest.year == year
    assert "first-session" in {d.rule.value for d in mention.derivation}


@pytest.mark.parametrize(
    "text",
    [
        "The theoretical workshop, first held in Hanoi, is an important mechanism for the CPV "
        "and the LPRP.",
        "Hội thảo lý luận giữa hai Đảng lần đầu tiên được tổ chức tại Việt Nam.",
    ],
)
def test_first_held_without_a_date_names_no_first_session(text):
    """No date after the phrase: which session was the first is not told."""
    assert all(m.ordinal != 1 for m in _sessions(text, "2020-05-05"))


def test_the_first_held_phrases_are_data():
    """The first-session phrases are listed in each language's phrase file."""
    assert "first held in" in _PHRASES.words("frames", "first_held", "en")
    assert "được tổ chức lần đầu tiên" in _PHRASES.words("frames", "first_held", "vi")


@pytest.mark.parametrize(
    "text",
    [
        "The 46th IGC meeting took place in Hanoi on January 7, 2024.",
        "The IGC's 46th session opened in Hanoi on January 7, 2024.",
    ],
)
def test_the_committee_s_initials_name_it(text):
    """'IGC': the initials agency English gives the Intergovernmental Committee."""
    (mention,) = _sessions(text, "2024-01-09")
    assert (mention.series, mention.ordinal) == ("intergovernmental-committee", 46)


def test_another_pair_s_igc_is_not_the_committee():
    """'Vietnam and Cambodia held the 20th IGC meeting': another pair's committee."""
    text = "Vietnam and Cambodia held the 20th IGC meeting in Phnom Penh on January 7, 2024."
    assert _sessions(text, "2024-01-09") == []
