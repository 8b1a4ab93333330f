"""Tests for offset-keeping normalisation (``_text.py``)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_events._text import FoldedText, fold_plain, fold_toneless, is_invisible


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Uỷ ban", "Ủy ban"),  # tone mark on either vowel
        ("Thoả thuận", "Thỏa thuận"),  # tone mark on either vowel
        ("hoà bình", "hòa bình"),  # tone mark on either vowel
        ("KỲ HỌP", "kỳ họp"),  # case
    ],
)
def test_toneless_view_equates_spellings(a, b):
    """Spellings that differ by tone-mark placement or case fold alike."""
    assert fold_toneless(a) == fold_toneless(b)


def test_toneless_view_keeps_vowel_quality():
    """'năm' (year) stays apart from 'Nam' (south) in the toneless view."""
    assert fold_toneless("năm") != fold_toneless("Nam")
    assert fold_plain("năm") == fold_plain("Nam")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Phạm Minh Chính", "pham minh chinh"),  # diacritics removed
        ("Đỗ Hùng Việt", "do hung viet"),  # đ is d
        ("２０２４", "2024"),  # full-width digits
        ("໔໘", "48"),  # Lao digits
        ("25–26", "25-26"),  # en dash
    ],
)
def test_plain_view(text, plain):
    """The plain view drops diacritics and normalises digits and dashes."""
    assert fold_plain(text) == plain


def test_decomposed_text_maps_back_to_original_offsets():
    """A match in the view of an NFD text maps back to the original span."""
    original = unicodedata.normalize("NFD", "Sáng 25/11 Tham khảo")
    folded = FoldedText.of(original)
    start = folded.plain.index("tham")
    first, last = folded.original_span(start, start + len("tham khao"))
    assert unicodedata.normalize("NFC", original[first:last]) == "Tham khảo"


@given(st.text(max_size=200))
def test_views_have_one_character_per_cluster(text):
    """Both views have one character per visible cluster and map back, index by index."""
    folded = FoldedText.of(text)
    assert len(folded.toneless) == len(folded.plain)
    if not folded.starts:
        assert len(folded.plain) == len(text)
    assert len(folded.starts) == len(folded.view_starts)
    for view in (folded.toneless, folded.plain):
        assert not any(unicodedata.combining(c) or is_invisible(c) for c in view)
    for index in range(len(folded.plain)):
        first, _ = folded.original_span(index, index + 1)
        assert folded.view_offset(first) == index
