"""A session put off is still to come, whatever the tense of the putting off."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("The 11th political consultation was postponed to 2025 due to the pandemic.",
         "2025-01-01/2025-12-31"),
        ("Tham vấn chính trị lần thứ 11 đã bị hoãn sang năm 2025 do dịch bệnh.",
         "2025-01-01/2025-12-31"),
        ("The two sides agreed to postpone the 43rd session of the Intergovernmental Committee "
         "until early 2021.", "2021-01-01/2021-06-30"),
        ("Hai bên nhất trí hoãn Kỳ họp lần thứ 43 Ủy ban liên Chính phủ sang đầu năm 2021.",
         "2021-01-01/2021-06-30"),
        ("The 43rd session of the Intergovernmental Committee has been put off.", None),
    ],
)  # fmt: skip
def test_a_session_put_off_is_planned_for_its_new_date(text, window):
    """The putting off ("đã bị hoãn") is past, not the session: planned, on its new date."""
    (mention,) = session_mentions(text, "2020-11-01")
    assert mention.status is ve.Status.PLANNED
    assert (mention.date.format_iso() if mention.date else None) == window


@pytest.mark.parametrize(
    "text",
    [
        "The 11th political consultation, postponed from 2020, took place in Hanoi on June 5, "
        "2021.",
        "Tham vấn chính trị lần thứ 11, bị hoãn từ năm 2020, đã diễn ra tại Hà Nội ngày 5/6/2021.",
    ],
)
def test_a_session_put_off_and_then_held_was_held(text):
    """A held verb after the putting off tells the session took place after all."""
    (mention,) = session_mentions(text, "2021-06-10")
    assert mention.status is ve.Status.HELD
