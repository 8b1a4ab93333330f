"""Co-chairs are one per member side, and a welcomed guest who holds the session is one.

A third country's person is on neither side; a host and a guest who holds the session after
a welcome are both.

Every rule has sentences of its own in both languages, written for the rule.
"""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs

from vnlao_events._documents import Document
from vnlao_events.extract.context import DocumentView
from vnlao_events.extract.people import find_people
from vnlao_events.extract.phrases import Phrases
from vnlao_events.extract.sentences import Sentence

_PHRASES = Phrases.default()


def _chairs(text: str) -> set[str]:
    return mention_chairs(text, "2024-06-02")


# ------------------------------------------------------------ a third country's person


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        # "Thủ tướng Campuchia X … với Thủ tướng Bạn": Bạn is Laos; the Cambodian PM is no side
        ("Thủ tướng Lào Sonexay Siphandone tới Hà Nội ngày 5/1/2024. Sáng 6/1/2024, Thủ tướng "
         "Campuchia Hun Manet đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ với Thủ tướng "
         "Bạn.", {"Sonexay Siphandone"}),
        # a country of two words: "Thái Lan"
        ("Thủ tướng Lào Sonexay Siphandone tới Hà Nội ngày 5/1/2024. Sáng 6/1/2024, Bộ trưởng "
         "Ngoại giao Thái Lan Somchai Rakdee đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính "
         "phủ với Thủ tướng Bạn.", {"Sonexay Siphandone"}),
        # the adjective of the country's name: "Cambodian", "Thai"
        ("Lao Prime Minister Sonexay Siphandone arrived in Hanoi on January 5, 2024. On January "
         "6, 2024, Cambodian Prime Minister Hun Manet co-chaired the 46th meeting of the "
         "Intergovernmental Committee with the Lao PM.", {"Sonexay Siphandone"}),
        ("Lao Prime Minister Sonexay Siphandone arrived in Hanoi on January 5, 2024. On January "
         "6, 2024, Thai Prime Minister Somchai Rakdee co-chaired the 46th meeting of the "
         "Intergovernmental Committee with the Lao PM.", {"Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_a_third_countrys_person_is_on_neither_side(text, chairs):
    """A person titled as a third country's ("Thủ tướng Campuchia X") co-chairs nothing."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đồng chủ trì Kỳ họp lần "
         "thứ 46 Ủy ban liên Chính phủ ngày 6/1/2024.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("Vietnamese Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone "
         "co-chaired the 46th meeting of the Intergovernmental Committee on January 6, 2024.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_a_members_country_word_keeps_the_person(text, chairs):
    """'Thủ tướng Lào X', 'Vietnamese Prime Minister X': the members' people still co-chair."""
    assert _chairs(text) == chairs


# ------------------------------------------------------------ a welcome, then the session held


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Phó Thủ tướng Phạm Bình Minh nhiệt liệt chào mừng Phó Thủ tướng Thongloun Sisoulith "
         "cùng đoàn sang thăm Việt Nam và họp Tham vấn cấp Bộ trưởng Ngoại giao lần thứ hai ngày "
         "1/6/2024.", {"Phạm Bình Minh", "Thongloun Sisoulith"}),
        # a spelling of the guest's name the catalogue does not hold
        ("Bộ trưởng Trần Văn Bình chào mừng Bộ trưởng Thoonglun Sisulith sang thăm Việt Nam và "
         "họp Tham vấn cấp Bộ trưởng Ngoại giao lần thứ hai ngày 1/6/2024.",
         {"Trần Văn Bình", "Thongloun Sisoulith"}),
        ("Deputy Prime Minister Pham Binh Minh welcomed Deputy Prime Minister Thongloun "
         "Sisoulith to Vietnam to hold the second foreign ministerial political consultation on "
         "June 1, 2024.", {"Phạm Bình Minh", "Thongloun Sisoulith"}),
    ],
)  # fmt: skip
def test_a_welcomed_guest_who_holds_the_session_co_chairs_it_with_the_host(text, chairs):
    """'X chào mừng Y … sang thăm Việt Nam và họp tham vấn': the host and the guest."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    "text",
    [
        # the welcome is one sentence, the session another: no verb of holding after the guest
        "Phó Thủ tướng Phạm Bình Minh chào mừng Phó Thủ tướng Thongloun Sisoulith. Họp Tham vấn "
        "cấp Bộ trưởng Ngoại giao lần thứ hai diễn ra ngày 1/6/2024.",
        "Deputy Prime Minister Pham Binh Minh welcomed Deputy Prime Minister Thongloun Sisoulith. "
        "The second foreign ministerial political consultation took place on June 1, 2024.",
    ],
)
def test_a_welcome_alone_names_no_co_chair(text):
    """A welcome without the session held after it says nothing of who co-chairs."""
    assert _chairs(text) == set()


@pytest.mark.parametrize(
    ("lang", "kind", "phrase"),
    [
        ("vi", "welcome", "chào mừng"),  # welcomed
        ("en", "welcome", "welcomed"),  # welcomed
        ("vi", "cochair_after_pair", "họp tham vấn"),  # held the consultation
        ("en", "cochair_after_pair", "hold"),  # hold (the consultation)
    ],
)
def test_the_welcome_and_holding_phrases_are_data(lang, kind, phrase):
    """The phrases these rules read are listed in the language's phrase file."""
    assert phrase in _PHRASES.words("people", kind, lang)


# ------------------------------------------------------------ the one who invited


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        # the invitation after the cue
        ("Lao Prime Minister Sonexay Siphandone will attend and co-chair the 46th meeting of the "
         "Intergovernmental Committee on January 6-7 in Hanoi at the invitation of Vietnamese "
         "Prime Minister Pham Minh Chinh.", {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("Thủ tướng Lào Sonexay Siphandone sẽ dự và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên "
         "Chính phủ ngày 6-7/1/2024 tại Hà Nội theo lời mời của Thủ tướng Phạm Minh Chính.",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        # the invitation between the guest and the cue
        ("Lao Prime Minister Sonexay Siphandone is paying an official visit to Vietnam from "
         "January 6-7, 2024 at the invitation of Prime Minister Pham Minh Chinh to co-chair the "
         "46th meeting of the Intergovernmental Committee.",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("Thủ tướng Lào Sonexay Siphandone theo lời mời của Thủ tướng Phạm Minh Chính sang thăm "
         "chính thức Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ ngày "
         "6-7/1/2024.", {"Sonexay Siphandone", "Phạm Minh Chính"}),
    ],
)  # fmt: skip
def test_the_counterpart_who_invited_co_chairs(text, chairs):
    """'Y will co-chair … at the invitation of PM X': X, of Y's title, is Y's counterpart."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Lao Prime Minister Sonexay Siphandone will co-chair the 46th meeting of the "
         "Intergovernmental Committee on January 6-7, 2024 in Hanoi at the invitation of "
         "General Secretary Nguyen Phu Trong.", {"Sonexay Siphandone"}),
        ("Thủ tướng Lào Sonexay Siphandone sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính "
         "phủ ngày 6-7/1/2024 tại Hà Nội theo lời mời của Phó Thủ tướng Trần Hồng Hà.",
         {"Sonexay Siphandone"}),
        # the invitation in another clause than the cue
        ("Lao Prime Minister Sonexay Siphandone co-chaired the 46th meeting of the "
         "Intergovernmental Committee on January 7, 2024; he came at the invitation of Prime "
         "Minister Pham Minh Chinh.", {"Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_an_inviter_of_another_title_only_invited(text, chairs):
    """A General Secretary or a Deputy PM who invites a PM is not the PM's counterpart."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Lao Prime Minister Sonexay Siphandone will co-chair the 46th meeting of the "
         "Intergovernmental Committee on January 6-7, 2024 with Prime Minister Pham Minh Chinh.",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
        ("Thủ tướng Lào Sonexay Siphandone sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính "
         "phủ ngày 6-7/1/2024 cùng Thủ tướng Phạm Minh Chính.",
         {"Sonexay Siphandone", "Phạm Minh Chính"}),
    ],
)  # fmt: skip
def test_a_partner_after_the_cue_without_an_invitation_still_co_chairs(text, chairs):
    """'Y will co-chair … with PM X': X, named as the partner, co-chairs."""
    assert _chairs(text) == chairs


# ------------------------------------------------------------ how agencies write the names


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        # honorifics before the names
        ("The 10th political consultation was co-chaired by Dr. Tran Van Binh and Mrs. Khamla "
         "Sounthone on June 1, 2024.", {"Tran Van Binh", "Khamla Sounthone"}),
        ("Madam Nguyen Thi Hoa and Mr. Khamla Sounthone co-chaired the 10th political "
         "consultation on June 1, 2024.", {"Nguyen Thi Hoa", "Khamla Sounthone"}),
        ("Tham khảo chính trị lần thứ 10 do PGS.TS Trần Văn Bình và TS Khamla Sounthone đồng chủ "
         "trì ngày 1/6/2024.", {"Trần Văn Bình", "Khamla Sounthone"}),
        ("Tham khảo chính trị lần thứ 10 do Giáo sư Trần Văn Bình và Tiến sĩ Khamla Sounthone "
         "đồng chủ trì ngày 1/6/2024.", {"Trần Văn Bình", "Khamla Sounthone"}),
        # a plural title, a comma, then the apposed names
        ("The 10th political consultation was held on June 1, 2024. The two deputy ministers, "
         "Tran Van Binh and Khamla Sounthone, co-chaired it.",
         {"Tran Van Binh", "Khamla Sounthone"}),
        ("Tham khảo chính trị lần thứ 10 diễn ra ngày 1/6/2024. Hai Thứ trưởng, Trần Văn Bình và "
         "Khamla Sounthone, đã đồng chủ trì.", {"Trần Văn Bình", "Khamla Sounthone"}),
        # "heads of delegation" as a title
        ("Both sides' heads of delegation, Tran Van Binh and Khamla Sounthone, co-chaired the "
         "10th political consultation on June 1, 2024.", {"Tran Van Binh", "Khamla Sounthone"}),
        ("Hai Trưởng đoàn Trần Văn Bình và Khamla Sounthone đồng chủ trì Tham khảo chính trị lần "
         "thứ 10 ngày 1/6/2024.", {"Trần Văn Bình", "Khamla Sounthone"}),
        # a Lao name written surname first is the catalogue's person
        ("The 10th political consultation was co-chaired by Kommasith Saleumxay and Tran Van "
         "Binh on June 1, 2024.", {"Saleumxay Kommasith", "Tran Van Binh"}),
        ("Tham khảo chính trị lần thứ 10 do Bộ trưởng Kommasith Saleumxay và Thứ trưởng Trần Văn "
         "Bình đồng chủ trì ngày 1/6/2024.", {"Saleumxay Kommasith", "Trần Văn Bình"}),
    ],
)  # fmt: skip
def test_the_ways_agencies_write_the_co_chairs_names(text, chairs):
    """Honorifics, apposed names after a plural title, heads of delegation, surname first."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("His Excellency Tran Van Binh met Her Excellency Khamla Sounthone.",
         ["Tran Van Binh", "Khamla Sounthone"]),
        ("Dr Tran Van Binh met Madam Khamla Sounthone.", ["Tran Van Binh", "Khamla Sounthone"]),
        ("Phó Giáo sư Trần Văn Bình gặp GS.TS Khamla Sounthone.",
         ["Trần Văn Bình", "Khamla Sounthone"]),
    ],
)  # fmt: skip
def test_an_honorific_introduces_a_name(text, names):
    """'His Excellency', 'Madam', 'Phó Giáo sư', 'GS.TS' before a name: the name, not the title."""
    found, _ = find_people(Sentence.of(0, text), DocumentView.of(Document.from_text(text)), ())
    assert [p.name for *_, p in found] == names


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "his excellency"), ("en", "dr."), ("en", "mrs."), ("en", "madam"),
        ("en", "heads of delegation"),
        ("vi", "pgs.ts"), ("vi", "giáo sư"), ("vi", "tiến sĩ"), ("vi", "trưởng đoàn"),
    ],
)  # fmt: skip
def test_the_honorifics_are_titles_in_the_data(lang, title):
    """Each honorific is a title of its language's phrase file."""
    assert title in _PHRASES.words("people", "titles", lang)


# ------------------------------------------------------------ "the two ministers"


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Bộ trưởng Ngoại giao Bùi Thanh Sơn đón Bộ trưởng Ngoại giao Lào Saleumxay Kommasith "
         "tại Hà Nội. Hai Bộ trưởng đồng chủ trì Tham vấn chính trị cấp Bộ trưởng Ngoại giao lần "
         "thứ 10 ngày 1/6/2024.", {"Bùi Thanh Sơn", "Saleumxay Kommasith"}),
        ("Foreign Minister Bui Thanh Son welcomed Lao Foreign Minister Saleumxay Kommasith in "
         "Hanoi. The two ministers co-chaired the tenth foreign ministerial political "
         "consultation on June 1, 2024.", {"Bùi Thanh Sơn", "Saleumxay Kommasith"}),
        # the group's own title, not a wider one: the Deputy PMs, not the PM named first
        ("Thủ tướng Phạm Minh Chính đón Phó Thủ tướng Thongloun Sisoulith. Phó Thủ tướng Phạm "
         "Bình Minh cũng dự. Hai Phó Thủ tướng đồng chủ trì Tham vấn chính trị cấp Bộ trưởng "
         "Ngoại giao lần thứ 10 ngày 1/6/2024.", {"Phạm Bình Minh", "Thongloun Sisoulith"}),
        ("Prime Minister Pham Minh Chinh met Deputy Prime Minister Thongloun Sisoulith and "
         "Deputy Prime Minister Pham Binh Minh in Hanoi. The two deputy prime ministers "
         "co-chaired the tenth foreign ministerial political consultation on June 1, 2024.",
         {"Phạm Bình Minh", "Thongloun Sisoulith"}),
        # the prime ministers: any spelling of the title, as before
        ("Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi. "
         "The two PMs co-chaired the 46th meeting of the Intergovernmental Committee on January "
         "6, 2024.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_the_two_holders_of_a_title_co_chair(text, chairs):
    """'Hai Bộ trưởng', 'the two ministers' before a co-chair cue: that title's holders."""
    assert _chairs(text) == chairs


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Phạm Minh Chính đón Thủ tướng Lào Sonexay Siphandone. Hai Bộ trưởng đồng chủ "
        "trì Tham vấn chính trị cấp Bộ trưởng Ngoại giao lần thứ 10 ngày 1/6/2024.",
        "Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone. The two "
        "foreign ministers co-chaired the tenth foreign ministerial political consultation on "
        "June 1, 2024.",
    ],
)
def test_the_two_holders_of_a_title_no_one_holds_are_no_one(text):
    """No one named after that title in the article: no co-chair is made up."""
    assert _chairs(text) == set()


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ đã diễn ra ngày 6/1/2024. Chủ trì Kỳ họp là "
         "Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone.",
         {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("Cuộc họp thường niên lần thứ 32 giữa hai Đoàn đại biểu biên giới diễn ra ngày "
         "1/6/2024. Đồng chủ trì cuộc họp là Thứ trưởng Trần Văn Bình và Thứ trưởng Khamla "
         "Sounthone.", {"Trần Văn Bình", "Khamla Sounthone"}),
        ("The 10th political consultation took place on June 1, 2024. Co-chairing the "
         "consultation were Deputy Foreign Minister Tran Van Binh and Lao Deputy Foreign "
         "Minister Khamla Sounthone.", {"Tran Van Binh", "Khamla Sounthone"}),
        ("The 46th meeting of the Intergovernmental Committee took place on January 6, 2024. "
         "Chairing the meeting were Prime Minister Pham Minh Chinh and his Lao counterpart "
         "Sonexay Siphandone.", {"Phạm Minh Chính", "Sonexay Siphandone"}),
    ],
)  # fmt: skip
def test_the_chairs_named_after_a_copula(text, chairs):
    """'Chủ trì Kỳ họp là X và Y', 'Co-chairing the consultation were X and Y': both."""
    assert _chairs(text) == chairs
