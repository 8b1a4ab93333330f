"""Sentence ends are looked for only after a sentence mark or at a newline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnlao_events.extract.sentences import _SENTENCE_END, _sentence_ends

_PIECES = [
    "Mr.", "Ms.", "dr.", " ", "  ", ".", "!", "?", ";", "\n", "\n\n", "A", "Kỳ", "ab", "x",
    '"', "”", "(", "2", "Hà", "họp.", "Đ", "met.", "The",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_sentence_ends_are_those_a_scan_of_every_position_finds(pieces):
    """Trying the end pattern only after a mark or at a newline finds every end."""
    text = "".join(pieces)
    assert [m.span() for m in _sentence_ends(text)] == [
        m.span() for m in _SENTENCE_END.finditer(text)
    ]
