"""Photo captions: a sentence of their own, and a session they name was photographed."""

from __future__ import annotations

import pytest
from tests.texts import phrase_rows, session_mentions

import vnlao_events as ve
from vnlao_events._text import FoldedText
from vnlao_events.extract.sentences import sentences


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentences(FoldedText.of(text, unglue=True))]


@pytest.mark.parametrize(("lang", "credit"), phrase_rows("body", "caption_credits"))
def test_a_credit_ends_the_caption_glued_to_the_body(lang, credit):
    """'… (Photo: VNA)Hanoi (VNA) – …': the caption is not the body's first sentence."""
    word = credit.capitalize()
    text = (
        f"Hai Thủ tướng tại Hà Nội ({word}: TTXVN)Hà Nội (TTXVN) - Hai bên đã ký kết."
        if lang == "vi"
        else f"The two PMs in Hanoi ({word}: VNA)Hanoi (VNA) - The two sides signed."
    )
    found = _sentences(text)
    assert len(found) == 2
    assert found[0].endswith(")")


@pytest.mark.parametrize(("lang", "credit"), phrase_rows("body", "caption_credits"))
def test_a_session_in_a_caption_was_photographed(lang, credit):
    """'An overview of the 7th consultation (Photo: VNA)': it took place."""
    word = credit.capitalize()
    text = (
        f"Toàn cảnh Tham khảo chính trị lần thứ 7 ({word}: TTXVN)"
        if lang == "vi"
        else f"An overview of the 7th political consultation ({word}: VNA)"
    )
    found = session_mentions(text, "2022-11-26")
    assert [(m.ordinal, m.status.value) for m in found] == [(7, "held")]


@pytest.mark.parametrize(
    "text",
    [
        "The PM chairs a meeting on preparations for the 44th session of the Intergovernmental "
        "Committee (Photo: VNA)",
        "Thủ tướng chủ trì cuộc họp chuẩn bị cho Kỳ họp lần thứ 44 Ủy ban liên Chính phủ "
        "(Ảnh: TTXVN)",
    ],
)
def test_a_caption_keeps_the_tense_its_words_give(text):
    """A caption of a preparation: the session it prepares is still to come."""
    assert [m.status.value for m in session_mentions(text, "2022-11-26")] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The 44th session (Photo: VNA) ended the long day and the two sides met again.",
        "Kỳ họp lần thứ 44 (Ảnh: TTXVN) và hai bên còn gặp lại.",
    ],
)
def test_a_credit_inside_a_sentence_makes_no_caption(text):
    """A credit followed by more of the same sentence ends nothing."""
    assert len(_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Toàn cảnh Kỳ họp lần thứ 40 Ủy ban liên Chính phủ Việt Nam - Lào. Ảnh: VOV.\nHai bên"
        " nhất trí tăng cường hợp tác.",
        "Overview of the 40th meeting of the Intergovernmental Committee.Photo: MPI\nThe two"
        " sides agreed to step up cooperation.",
        "Đoàn đại biểu tham dự Kỳ họp lần thứ 40 Ủy ban liên Chính phủ - Ảnh: vnanet.vn\nHai"
        " bên nhất trí tăng cường hợp tác.",
    ],
)
def test_a_credit_after_a_stop_or_dash_at_a_lines_end_makes_a_caption(text):
    """'…. Ảnh: VOV.', '….Photo: MPI', '… - Ảnh: vnanet.vn': the session was photographed."""
    assert [m.status.value for m in session_mentions(text, None)] == ["held"]


def test_a_credit_word_inside_a_long_line_is_no_caption():
    """'Ảnh:' opening a long line goes on as text: no caption, no status from it."""
    text = (
        "Kỳ họp lần thứ 40 Ủy ban liên Chính phủ Việt Nam - Lào. Ảnh: lâu nay hai bên đã hợp"
        " tác rất chặt chẽ trong mọi lĩnh vực của đời sống xã hội."
    )
    assert [m.status.value for m in session_mentions(text, None)] != ["held"]


def test_a_stop_before_a_dash_ends_the_caption_glued_to_the_lead():
    """'… on Sunday. — VNA/VNS Photo HÀ NỘI — The 43rd session … on Sunday in Hà Nội …'."""
    text = (
        "Prime Minister Nguyễn Xuân Phúc and Lao Prime Minister Thongloun Sisoulith witnessed the"
        " signing on the sidelines of the 43rd session of the Việt Nam-Laos inter-governmental"
        " committee on Sunday. — VNA/VNS Photo HÀ NỘI — The 43rd session of the Việt Nam-Laos"
        " inter-governmental committee on Sunday in Hà Nội yielded results."
    )
    dated = [m for m in session_mentions(text, "2020-12-06") if m.date is not None]
    assert dated
    assert dated[0].date.window == ve.DateWindow.day(ve.PartialDate(2020, 12, 6).earliest)
    assert dated[0].place is not None
    assert dated[0].place.city == "Hà Nội"
