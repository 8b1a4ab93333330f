"""Tests for ordinal numbers (``_ordinals.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),  # digits
        ("48", 48),  # digits
        ("39th", 39),  # English suffix
        ("VII", 7),  # Roman
        ("XLVIII", 48),  # Roman
        ("nhất", 1),  # thứ nhất
        ("hai", 2),  # thứ hai
        ("tư", 4),  # thứ tư
        ("bảy", 7),  # thứ bảy
        ("mười", 10),  # thứ mười
        ("mười lăm", 15),  # 15
        ("bốn mươi tám", 48),  # 48
        ("hai mươi mốt", 21),  # 21
        ("seventh", 7),  # English word
        ("forty-eighth", 48),  # English compound
        ("twenty first", 21),  # English compound with space
        ("thứ 9", 9),  # with 'thứ'
        ("lần thứ VII", 7),  # with 'lần thứ'
        ("ຄັ້ງທີ 48", 48),  # Lao
        ("໔໘", 48),  # Lao digits
    ],
)
def test_parse_ordinal(text, value):
    """Ordinals in every notation read to their number."""
    assert ve.parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "Monday", "hai mươi mười", "forty", "0", "x y"])
def test_parse_ordinal_rejects_non_ordinals(text):
    """Anything else raises ParseError quoting the input."""
    with pytest.raises(ve.ParseError) as caught:
        ve.parse_ordinal(text)
    assert repr(text) in str(caught.value)


@given(st.text(max_size=30))
def test_any_text_parses_or_raises_parse_error(text):
    """Any text either parses to a positive number or raises ParseError quoting it."""
    try:
        value = ve.parse_ordinal(text)
    except ve.ParseError as error:
        message = str(error)
        value = None
    else:
        message = ""
    if value is None:
        assert repr(text) in message
    else:
        assert value >= 1
