"""A page's own publication line at the top of its text dates it when the header does not."""

from __future__ import annotations

import pytest

import vnlao_events as ve


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Cập nhật: 05/12/2020", "2020-12-05"),
        ("Ngày đăng: 30/08/2024 10:22", "2024-08-30"),
        ("Thứ Sáu, 30/08/2024 10:22 (GMT+07:00)", None),  # no label: text like any other
        ("Published: 12 September 2023", "2023-09-12"),
        ("Updated on January 7, 2025", "2025-01-07"),
        ("Posted: Fri, 30 Aug 2024 20:22:00 GMT", "2024-08-31"),  # 03:22 on the 31st in Hà Nội
    ],
)
def test_a_labelled_date_line_is_the_published_date(line, day):
    """A label and a date, alone on one of the first lines, date the page; a warning says so."""
    doc = ve.Document.from_text(
        f"url: \ntitle: \npublished: \n\nTiêu đề bài báo\n{line}\nSáng nay, hai bên họp.",
        id="a.txt",
    )
    assert (doc.published.format_iso() if doc.published else None) == day
    if day is not None:
        assert any("read from the line" in w for w in doc.warnings)
    assert line in doc.text  # the line stays in the text


def test_the_header_date_comes_first():
    """The header's date is the page's own word: a line of the text does not replace it."""
    doc = ve.Document.from_text(
        "published: 2020-12-04\n\nCập nhật: 05/12/2020\nSáng nay, hai bên họp.", id="a.txt"
    )
    assert doc.published == ve.PartialDate(2020, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Cập nhật thông tin về kỳ họp lần thứ 43 năm 2020.",  # a sentence, not a label and a date
        "Cập nhật: sớm nhất có thể",  # no date
        "Cập nhật: 45/13/2020",  # no such day
        "Dòng một.\nDòng hai.\nDòng ba.\nDòng bốn.\nDòng năm.\nDòng sáu.\nCập nhật: 05/12/2020",
    ],
)
def test_what_is_no_publication_line_dates_nothing(text):
    """A sentence, a label without a date, no such day, or a line too far down: no date."""
    doc = ve.Document.from_text(text, id="a.txt")
    assert doc.published is None


def test_a_date_line_beats_the_url():
    """The page's own line is nearer to its date than a folder of its address."""
    doc = ve.Document.from_text(
        "url: https://example.vn/2020/11/01/bai-bao.html\n\nCập nhật: 05/12/2020\nSáng nay.",
        id="a.txt",
    )
    assert doc.published == ve.PartialDate(2020, 12, 5)
