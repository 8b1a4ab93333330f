"""The results of "the consultation" are the article's session's, whatever follows them."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve

OPENING = {
    "en": "On November 30, Minister Pham Binh Minh co-chaired the seventh annual ministerial"
    " political consultation between Vietnam and Laos.",
    "vi": "Ngày 30-11, Bộ trưởng Phạm Bình Minh đồng chủ trì Tham vấn chính trị hằng năm cấp Bộ"
    " trưởng Ngoại giao Việt Nam - Lào lần thứ bảy.",
}


def _held_seventh(text: str) -> list[ve.SessionMention]:
    return [
        m
        for m in session_mentions(text)
        if m.series == "ministerial-political-consultation"
        and m.ordinal == 7
        and m.status is ve.Status.HELD
    ]


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        ("vi", "Phó Thủ tướng báo cáo về kết quả cuộc tham vấn với Bộ trưởng Ngoại giao Lào."),
        ("vi", "Hai bên đánh giá cao kết quả cuộc tham vấn với phía bạn."),
        ("vi", "Ông nhắc lại kết quả cuộc tham vấn với người đồng cấp."),
        ("en", "He briefed the leaders on the results of the consultation with the Lao minister."),
    ],
)
def test_a_bare_head_with_its_partner_is_the_articles_session(lang, after):
    """The comitative of "cuộc tham vấn với Bộ trưởng … Lào" names the other side, no body."""
    assert _held_seventh(OPENING[lang] + " " + after)


def test_a_bare_head_with_a_third_country_is_not_the_articles_session():
    """A meeting "với Campuchia" is one with someone else: no session of the series."""
    text = OPENING["vi"] + " Ông nói về cuộc họp với Campuchia."
    assert len(session_mentions(text)) == 1


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        (
            "vi",
            "Phó Thủ tướng báo cáo về kết quả cuộc tham vấn với Bộ trưởng Ngoại giao Lào và khẳng"
            " định hai bên sẽ tích cực chuẩn bị cho kỳ họp lần thứ 43 Ủy ban liên Chính phủ Việt"
            " Nam - Lào.",
        ),
        (
            "en",
            "He briefed the leaders on the results of the consultation and said the two sides"
            " will make preparations for the 43rd meeting of the Vietnam-Laos Intergovernmental"
            " Committee.",
        ),
    ],
)
def test_results_before_another_series_are_the_articles_session(lang, after):
    """The other series named after the results is still to come; the results' is held."""
    mentions = session_mentions(OPENING[lang] + " " + after)
    assert _held_seventh(OPENING[lang] + " " + after)
    (other,) = [m for m in mentions if m.series == "intergovernmental-committee"]
    assert (other.ordinal, other.status) == (43, ve.Status.PLANNED)


@pytest.mark.parametrize(
    "opening",
    [
        "Trong khuôn khổ chuyến thăm chính thức Lào và đồng chủ trì Tham vấn chính trị cấp Bộ"
        " trưởng Ngoại giao Việt Nam - Lào lần thứ bảy, ngày 30-11, Phó Thủ tướng Phạm Bình Minh"
        " đã đến chào Tổng Bí thư.",
        "On the occasion of his visit to Laos to co-chair the seventh ministerial political"
        " consultation, on November 30, Deputy Prime Minister Pham Binh Minh, head of the"
        " delegation, paid a courtesy call on the General Secretary.",
    ],
)
def test_a_chair_verb_with_a_session_as_object_opens_no_list_of_chairs(opening):
    """A stop after "co-chair <the session>, …" ends the sentence: no stray stop in a list."""
    from vnlao_events._text import FoldedText
    from vnlao_events.extract.sentences import sentences

    after = "Phó Thủ tướng báo cáo về kết quả cuộc tham vấn với Bộ trưởng Ngoại giao Lào."
    split = [s.text for s in sentences(FoldedText.of(opening + " " + after))]
    assert split == [opening, after]
