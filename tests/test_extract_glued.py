"""Words glued together by scraping, and the shared core "Joint Committee".

A lower-case word glued to the capital of the next one, a digit run glued to a word and a
word glued before a listed preposition are apart in the views; spans still quote the
original text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.texts import phrase_rows, session_mentions

from vnlao_events._text import LOWER, UPPER, FoldedText, glue_points
from vnlao_events.extract.phrases import Phrases


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "the Vietnam-LaosInter-governmental Committee",
            "the vietnam-laos inter-governmental committee",
        ),
        ("in late2015 and 2015to", "in late 2015 and 2015 to"),
        ("trước ngày15/9 năm2024", "trươc ngay 15/9 năm 2024"),
        ("Thành phốHà Nội", "thanh phô ha nôi"),
        ("agreements reachedduring the meeting", "agreements reached during the meeting"),
    ],
)
def test_glued_words_are_apart_in_the_views(text, view):
    """'LaosInter', 'late2015', 'reachedduring': two words in the views."""
    assert FoldedText.of(text, unglue=True).toneless == view


@pytest.mark.parametrize(
    "text",
    ["McCain", "iPhone", "VnExpress", "H5N1", "10h30", "the enduring ties", "Hồ Chí Minh"],
)
def test_ordinary_words_are_not_split(text):
    """One lower-case letter before a capital, a letter before digits: no glue."""
    assert FoldedText.of(text, unglue=True).plain == FoldedText.of(text, unglue=True).plain.replace(
        "  ", " "
    )
    assert len(FoldedText.of(text, unglue=True).plain.split()) == len(text.split())


@pytest.mark.parametrize(("lang", "suffix"), phrase_rows("body", "kept_suffixes"))
def test_a_numbers_own_suffix_stays_with_it(lang, suffix):
    """'the 40thNational Day': '40th' is one word, 'National' the next."""
    assert lang == "en"
    assert FoldedText.of(f"the 40{suffix} meeting", unglue=True).plain == f"the 40{suffix} meeting"
    assert (
        FoldedText.of(f"the 40{suffix}National Day", unglue=True).plain
        == f"the 40{suffix} national day"
    )


@pytest.mark.parametrize(("lang", "word"), phrase_rows("body", "glued_words"))
def test_a_listed_word_glued_after_another_is_apart(lang, word):
    """'reachedduring': the listed word is a word of its own."""
    assert lang == "en"
    assert FoldedText.of(f"agreements reached{word} them", unglue=True).plain.split()[2] == word


@pytest.mark.parametrize(("lang", "small"), phrase_rows("body", "glued_after"))
def test_a_listed_word_glued_after_a_short_word_is_apart(lang, small):
    """'andpreparing', 'theorganisation': a short word glued before a listed word."""
    assert lang == "en"
    assert FoldedText.of(f"then {small}preparing it", unglue=True).plain.split() == [
        "then",
        small,
        "preparing",
        "it",
    ]


@pytest.mark.parametrize("text", ["android", "theory", "andrew", "themes", "reorganisation"])
def test_a_short_word_before_no_listed_word_is_kept(text):
    """'android', 'theory', 'reorganisation': no listed word after a short one, no glue."""
    assert FoldedText.of(text, unglue=True).plain == text


def test_glued_words_of_a_scraped_report_read_apart():
    """A report whose line breaks ate its spaces reads as the sentence it was."""
    text = (
        "The two sides agreed on coordinating in realising agreements reachedduring the 37th"
        " meeting of the Vietnam-Laos Joint Committee, andpreparing for the 38th meeting of the"
        " committee, slated for later thisyear in Laos."
    )
    by_ordinal = {m.ordinal: m.status.value for m in session_mentions(text)}
    assert by_ordinal == {37: "held", 38: "planned"}


_GLUED = st.lists(
    st.sampled_from(["Laos", "Inter", "late", "2015", "to", "40th", "Hà", "Nội", "ngày", "15/9",
                     "reached", "during", " ", "-", "Ủy", "ban", "\u0301", "\u200b"]),
    max_size=12,
).map("".join)  # fmt: skip


@given(_GLUED)
def test_every_word_of_the_views_maps_back_to_the_original(text):
    """A word found in a view quotes the original: the inserted spaces map to no character."""
    folded = FoldedText.of(text, unglue=True)
    assert len(folded.toneless) == len(folded.plain) == len(folded.clean)
    previous = 0
    for match in re.finditer(r"\S+", folded.plain):
        start, end = folded.original_span(*match.span())
        assert previous <= start <= end <= len(text)
        previous = end
        assert FoldedText.of(text[start:end], unglue=True).plain.replace(" ", "") == match.group()


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to implement agreements reachedduring the 37th meeting of the "
        "Vietnam-LaosInter-governmental Committee held in Hanoi in late2015.",
        "Hai bên nhất trí triển khai các thỏa thuận đạt được tại Kỳ họp lần thứ 37 Ủy ban "
        "liên Chính phủViệt Nam - Lào tổ chức tại Hà Nội năm2015.",
    ],
)
def test_a_glued_session_is_read(text):
    """The session, its year and its evidence are read through the glue."""
    found = session_mentions(text, "2016-01-10")
    assert [(m.series, m.ordinal) for m in found] == [("intergovernmental-committee", 37)]
    assert found[0].date is not None
    assert found[0].date.window.earliest.year == 2015
    assert found[0].evidence.quote in text


@pytest.mark.parametrize(("lang", "core"), phrase_rows("mechanisms", "shared_cores"))
def test_a_shared_core_alone_names_its_committee(lang, core):
    """'the 37th meeting of the Joint Committee' is the Intergovernmental Committee's."""
    text = (
        f"Kỳ họp lần thứ 37 {core} Việt Nam - Lào đã diễn ra tại Hà Nội ngày 3/5/2015."
        if lang == "vi"
        else f"The 37th meeting of the Vietnam-Laos {core} took place in Hanoi on May 3, 2015."
    )
    found = session_mentions(text)
    assert [(m.series, m.ordinal) for m in found] == [("intergovernmental-committee", 37)]


@pytest.mark.parametrize(("lang", "core"), phrase_rows("mechanisms", "shared_cores"))
def test_a_shared_core_beside_another_series_core_names_none(lang, core):
    """With 'border' in the sentence, which joint committee is meant is not said."""
    text = (
        f"Kỳ họp lần thứ 12 {core} biên giới Việt Nam - Lào đã diễn ra tại Hà Nội ngày 3/5/2015."
        if lang == "vi"
        else f"The 12th meeting of the {core} on border affairs took place in Hanoi on May 3, 2015."
    )
    assert session_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to implement agreements reached at the 37th session of the "
        "Intergovernmental Committee and make preparations for the 38th session later this year.",
        "They reviewed the results of the 37th meeting of the Intergovernmental Committee and "
        "discussed preparations for the 38th meeting of the committee.",
        "Hai bên nhất trí triển khai thỏa thuận tại Kỳ họp lần thứ 37 Ủy ban liên Chính phủ và "
        "chuẩn bị tốt cho Kỳ họp lần thứ 38 vào cuối năm nay.",
    ],
)
def test_a_numbered_bare_head_refers_back_to_the_series_named(text):
    """'… the 37th session of the Committee … for the 38th session': both the Committee's."""
    found = session_mentions(text, "2015-03-01")
    assert [(m.series, m.ordinal) for m in found] == [
        ("intergovernmental-committee", 37),
        ("intergovernmental-committee", 38),
    ]
    assert [m.status.value for m in found] == ["held", "planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The PM attended the 46th meeting of the Intergovernmental Committee before the 9th "
        "ASEAN meeting in Vientiane.",
        "The 37th session of the Intergovernmental Committee and the 38th session of the border "
        "delegations were reviewed.",
    ],
)
def test_a_numbered_head_of_another_body_is_not_the_series(text):
    """Another body named beside the head, or a core of its own: not the series named."""
    found = session_mentions(text, "2015-03-01")
    assert ("intergovernmental-committee", 38) not in [(m.series, m.ordinal) for m in found]
    assert ("intergovernmental-committee", 9) not in [(m.series, m.ordinal) for m in found]


@given(_GLUED)
def test_only_the_inserted_spaces_map_to_no_character(text):
    """Every view character but an inserted space maps back to its cluster, index by index."""
    folded = FoldedText.of(text, unglue=True)
    for index in range(len(folded.plain)):
        first, last = folded.original_span(index, index + 1)
        if first == last:
            assert folded.plain[index] == " "
        else:
            assert folded.view_offset(first) == index


def test_text_folded_without_unglue_keeps_its_glue():
    """Phrases and names are folded as written; only a document's views are unglued."""
    assert FoldedText.of("in late2015 LaosInter").plain == "in late2015 laosinter"


@pytest.mark.parametrize(
    "text",
    [
        "He reviewed the outcomes of the mid-term meeting of the Vietnam – Laos "
        "Inter-Governmental Committee recently held in Luang Prabang province.",
        "Hội nghị giữa kỳ Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Luông Pha-bang "
        "ngày 3/5/2012.",
    ],
)
def test_the_body_named_after_another_mechanism_is_its_owner(text):
    """'the mid-term meeting of the Inter-Governmental Committee' is the mid-term review."""
    found = session_mentions(text, "2012-08-28")
    assert [m.series for m in found] == ["cooperation-committees-midterm"]


@pytest.mark.parametrize(
    "text",
    [
        "The 7th political consultation and the 40th meeting of the Intergovernmental "
        "Committee took place in Hanoi.",
        "Tham khảo chính trị lần thứ 7 và Kỳ họp lần thứ 40 Ủy ban liên Chính phủ đã diễn ra "
        "tại Hà Nội.",
    ],
)
def test_two_coordinated_mechanisms_are_both_named(text):
    """'X and the 40th meeting of Y': two sessions, neither the other's body."""
    found = session_mentions(text, "2012-08-28")
    assert [m.series for m in found] == ["political-consultation", "intergovernmental-committee"]


def _plain_points(text: str) -> list[int]:
    """Where a space is read, by the definition: each position tested on its own."""
    lower = re.compile(LOWER)
    capital = re.compile(UPPER)
    suffixes = Phrases.default().words("body", "kept_suffixes")
    glued = Phrases.default().words("body", "glued_words")

    def low(i: int) -> bool:
        return 0 <= i < len(text) and lower.fullmatch(text[i]) is not None

    points = []
    for i in range(1, len(text)):
        two_before = low(i - 1) and low(i - 2)
        if two_before and capital.fullmatch(text[i]) and low(i + 1):
            points.append(i)  # "LaosInter"
        elif two_before and text[i].isascii() and text[i].isdigit():
            points.append(i)  # "late2015"
        elif (
            text[i - 1].isascii()
            and text[i - 1].isdigit()
            and low(i)
            and low(i + 1)
            and not any(text.startswith(s, i) and not low(i + len(s)) for s in suffixes)
        ):
            points.append(i)  # "2015to", not "40th"
        elif all(low(i - k) for k in range(1, 5)) and any(
            text.startswith(w, i) and not low(i + len(w)) for w in glued
        ):
            points.append(i)  # "reachedduring"
    return points


@given(st.text(alphabet="aeđọXLÂ29 -thduringbetwenstpm", max_size=40))
def test_glue_points_are_those_of_the_definition(text):
    """The fast scans find exactly the positions the definition names, one by one."""
    assert glue_points(text) == _plain_points(text)
