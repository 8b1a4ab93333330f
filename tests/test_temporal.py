"""Tests for date expressions and their anchoring (``_temporal.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events._temporal import Anchor, Tense, find_dates, reference_year, resolve
from vnlao_events._text import FoldedText

PUBLISHED = Anchor(published=ve.PartialDate(2024, 8, 30))  # a Friday


def _one(
    text: str, anchor: Anchor = PUBLISHED, tense: Tense = Tense.UNKNOWN, last: ve.When | None = None
) -> ve.When | None:
    found = find_dates(FoldedText.of(text))
    assert len(found) == 1, [e.text for e in found]
    return resolve(found[0], anchor, tense, last)[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Sáng 25/11", "2023-11-25", "day"),  # day/month, year from the document, past
        ("ngày 29/8/2024", "2024-08-29", "day"),  # full date
        ("29.8.2024", "2024-08-29", "day"),  # dotted full date
        ("ngày 6.12", "2023-12-06", "day"),  # dotted day after 'ngày'
        ("ngày 29 tháng 8 năm 2024", "2024-08-29", "day"),  # words
        ("tháng 7/2024", "2024-07-01/2024-07-31", "month"),  # month/year
        ("tháng 7 năm 2024", "2024-07-01/2024-07-31", "month"),  # month in words
        ("năm 2025", "2025-01-01/2025-12-31", "year"),  # year
        ("vào năm 2025", "2025-01-01/2025-12-31", "year"),  # 'in the year'
        ("25-26/11/2022", "2022-11-25/2022-11-26", "days"),  # range
        ("từ ngày 2/12 đến 3/12", "2023-12-02/2023-12-03", "days"),  # range with đến
        ("từ ngày 25 đến ngày 26 tháng 11 năm 2022", "2022-11-25/2022-11-26", "days"),  # words
        ("quý IV/2025", "2025-10-01/2025-12-31", "quarter"),  # Roman quarter
        ("quý 4 năm 2025", "2025-10-01/2025-12-31", "quarter"),  # digit quarter
        ("đầu tháng 12", "2023-12-01/2023-12-15", "part-of-month"),  # early December, past
        ("giữa tháng 12", "2023-12-08/2023-12-23", "part-of-month"),  # mid December
        ("cuối tháng 12", "2023-12-16/2023-12-31", "part-of-month"),  # late December
        ("đầu năm 2023", "2023-01-01/2023-06-30", "part-of-year"),  # early 2023
        ("cuối năm 2023", "2023-07-01/2023-12-31", "part-of-year"),  # late 2023
        ("Sáng nay", "2024-08-30", "day"),  # this morning
        ("hôm nay", "2024-08-30", "day"),  # today
        ("hôm qua", "2024-08-29", "day"),  # yesterday
        ("ngày mai", "2024-08-31", "day"),  # tomorrow
        ("Thứ Hai", "2024-08-26", "day"),  # Monday before a Friday
        ("Chủ nhật", "2024-08-25", "day"),  # Sunday
        ("Sáng nay (12/9)", "2023-09-12", "day"),  # relative with explicit day
        ("năm nay", "2024-01-01/2024-12-31", "year"),  # this year
        ("25 November 2022", "2022-11-25", "day"),  # English day month year
        ("November 25", "2023-11-25", "day"),  # month day, past
        ("Nov. 25, 2022", "2022-11-25", "day"),  # abbreviated
        ("on June 28", "2024-06-28", "day"),  # with 'on'
        ("February 7-8", "2024-02-07/2024-02-08", "days"),  # range
        ("January 11–12", "2024-01-11/2024-01-12", "days"),  # en dash range
        ("on Wednesday", "2024-08-28", "day"),  # weekday before the published date
        ("this morning", "2024-08-30", "day"),  # relative
        ("yesterday", "2024-08-29", "day"),  # relative
        ("in the fourth quarter of 2020", "2020-10-01/2020-12-31", "quarter"),  # quarter
        ("late 2023", "2023-07-01/2023-12-31", "part-of-year"),  # part of year
        ("early December", "2023-12-01/2023-12-15", "part-of-month"),  # part of month, past
        ("in 2025", "2025-01-01/2025-12-31", "year"),  # year
        ("Dec 28", "2023-12-28", "day"),  # abbreviated month without year
    ],
)
def test_expression_forms(text, expected, precision):
    """Each form resolves to its window at its precision (published 2024-08-30)."""
    when = _one(text)
    assert when is not None
    assert when.format_iso() == expected
    assert when.precision.value == precision


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        ("Sáng 25/11", "morning"),  # sáng
        ("Trưa 25/11", "noon"),  # trưa
        ("Chiều 25/11", "afternoon"),  # chiều
        ("Tối 25/11", "evening"),  # tối
        ("Đêm 25/11", "night"),  # đêm
        ("Chiều ngày 29/8/2024", "afternoon"),  # with 'ngày'
    ],
)
def test_part_of_day_kept_beside_date(text, pod):
    """The part of day is kept beside the date, not folded into it."""
    when = _one(text)
    assert when is not None
    assert when.part_of_day is not None
    assert when.part_of_day.value == pod


def test_same_day_refers_back():
    """'Chiều cùng ngày' takes the previous date with its own part of day."""
    last = ve.When.of(ve.DateWindow.parse_iso("2024-08-29"), ve.PartOfDay.MORNING)
    when = _one("Chiều cùng ngày", last=last)
    assert when is not None
    assert when.format_iso() == "2024-08-29"
    assert when.part_of_day is ve.PartOfDay.AFTERNOON
    assert _one("the same day") is None  # nothing before it


@pytest.mark.parametrize(
    "text",
    [
        "lần thứ hai",  # ordinal, not Monday
        "lần thứ 7",  # ordinal, not Saturday
        "lớn thứ ba",  # rank, not Tuesday
        "2 Ủy ban",  # a count
        "US$1.1-1.2 billion",  # decimals
        "1,4 tỷ USD",  # decimal comma
        "giai đoạn 2021-2025",  # a period of years
        "tăng 28,2%",  # percentage
        "May I say",  # a modal verb, not a month
    ],
)
def test_not_dates(text):
    """Ordinals, counts, numbers and periods are not dates."""
    assert find_dates(FoldedText.of(text)) == []


def test_planned_takes_next_matching_date():
    """A planned event takes the first matching date at or after the published date."""
    assert _one("ngày 25/8", tense=Tense.FUTURE).format_iso() == "2025-08-25"
    assert _one("ngày 25/8", tense=Tense.PAST).format_iso() == "2024-08-25"
    assert _one("on Monday", tense=Tense.FUTURE).format_iso() == "2024-09-02"


def test_month_precision_published_date():
    """With a month-precision published date, a day in that month is placed in its year."""
    anchor = Anchor(published=ve.PartialDate(2019, 1))
    assert _one("Ngày 6/1", anchor).format_iso() == "2019-01-06"
    assert _one("ngày 28/12", anchor).format_iso() == "2018-12-28"


def test_no_published_date_leaves_year_open():
    """Without a published date or content year, '25/11' keeps its year open."""
    when = _one("Sáng 25/11", Anchor())
    assert when is not None
    assert when.window is None
    assert when.format_iso() == "--11-25"
    assert _one("on Wednesday", Anchor()) is None  # a weekday cannot be placed
    assert _one("năm nay", Anchor()) is None


def test_content_year_places_day():
    """A content year from the document's clues places '25/11'."""
    anchor = Anchor(content_year=2022, content_why="clue")
    assert _one("Sáng 25/11", anchor).format_iso() == "2022-11-25"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("kim ngạch 10 tháng đầu năm 2022 đạt 1,4 tỷ USD", 2022),  # first 10 months reported
        ("tăng 28,2% so với cùng kỳ 2021", 2022),  # compared with the same period of 2021
        ("các năm 2021, năm 2022 và 6 tháng đầu năm nay", 2023),  # list of years then this year
        ("in the first 11 months of 2021", 2021),  # English
        ("kiểm điểm việc thực hiện Biên bản trong năm 2016 vừa qua", 2017),  # the year just past
        ("năm 2024 vừa kết thúc", 2025),  # the year just ended
        ("năm 2016 vừa quanh", None),  # no "vừa qua" as a word
        ("không có manh mối", None),  # no clue
        ("10 tháng đầu năm 2022; so với cùng kỳ 2019", None),  # clues disagree
    ],
)
def test_reference_year_from_content(text, year):
    """The document year comes from phrases that only make sense in that year."""
    assert reference_year(FoldedText.of(text))[0] == year


@given(st.text(max_size=300))
def test_find_dates_never_raises_and_spans_quote_text(text):
    """Any text: no exception, and every expression's text is its span of the original."""
    folded = FoldedText.of(text)
    for expr in find_dates(folded):
        assert text[expr.start : expr.end] == expr.text
        resolve(expr, PUBLISHED)


def test_weekday_with_explicit_day_in_parentheses():
    """'Sáng thứ Ba (12/9)' is the explicit day, with the weekday's part of day."""
    when = _one("Sáng thứ Ba (12/9)")  # 12/9/2023 was a Tuesday
    assert when.format_iso() == "2023-09-12"  # past report: the latest 12/9 before 30/8/2024
    assert when.part_of_day is ve.PartOfDay.MORNING


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Sáng thứ Năm (12/9)", Tense.PAST, "2024-09-12"),  # 12/9 is a Thursday in 2024
        ("Thứ Năm, 9/1", Tense.PAST, "2025-01-09"),  # in 2025, not 2024
        ("Thursday, January 9", Tense.UNKNOWN, "2025-01-09"),  # English
        ("Thứ Ba, ngày 20/8", Tense.FUTURE, "2024-08-20"),  # 20/8/2025 is no Tuesday
        ("thứ 2 ngày 6 tháng 2", Tense.FUTURE, "2023-02-06"),  # a Monday in 2023 only, near
    ],
)
def test_weekday_given_with_a_day_fixes_its_year(text, tense, expected):
    """A yearless day given with its weekday is in the nearest year where they agree."""
    found = find_dates(FoldedText.of(text))
    assert len(found) == 1
    when, why = resolve(found[0], PUBLISHED, tense)
    assert when.format_iso() == expected
    assert why.moved is not None  # the weekday moved it
    assert why.moved[1] == int(expected[:4])  # (year first found, year moved to, day, weekday)
    assert "where" in str(why)  # and the derivation says so


@pytest.mark.parametrize(
    "text",
    [
        "by the end of August",  # the phrase that raised KeyError: 'of'
        "at the beginning of March",  # every 'the <part> of <month>' took that path
        "in the middle of June",
        "the end of 2023",  # and of a year
    ],
)
def test_issue_10_part_of_month_phrases_never_raise(text):
    """'the end/beginning/middle of <month>' is a part-of-month window, not a KeyError."""
    found = find_dates(FoldedText.of(text))
    assert [e.kind for e in found] in (["part-of-month"], ["part-of-year"])
    assert resolve(found[0], PUBLISHED)[0] is not None


def test_issue_10_end_of_august_in_an_article():
    """An English article saying 'by the end of August' is read, its session dated."""
    document = ve.Document(
        id="en",
        text="The 44th meeting of the Vietnam-Laos Intergovernmental Committee will be held"
        " by the end of August in Vientiane.",
        published=ve.PartialDate(2021, 6, 1),
    )
    (mention,) = ve.extract(document)
    assert mention.date.format_iso() == "2021-08-16/2021-08-31"
    assert mention.status is ve.Status.PLANNED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuần lễ hợp tác diễn ra từ ngày 3-7/1/2022 tại Viêng Chăn.\nSáng 5/1, Kỳ họp lần"
            " thứ 44 Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Viêng Chăn.",
            "2022-01-05",
        ),  # Vietnamese: the range is in the sentence before
        (
            "The cooperation week ran from 3 to 7 January 2022 in Vientiane.\nOn January 5, the"
            " 44th meeting of the Vietnam-Laos Intergovernmental Committee was held there.",
            "2022-01-05",
        ),  # English
    ],
)
def test_issue_10_day_inside_a_dated_range_takes_its_year(text, expected):
    """A day-month inside a fully dated range elsewhere in the article takes its year."""
    (mention,) = ve.extract(ve.Document(id="doc", text=text))
    assert mention.date.format_iso() == expected
    (derivation,) = [d for d in mention.derivation if d.rule is ve.Rule.DATE_IN_RANGE]
    assert derivation.param("year") == 2022
    assert "inside the range" in str(derivation)


def test_weekday_that_agrees_leaves_the_year():
    """'Thứ Sáu, 30/8' in an article of Friday 30/8/2024 stays in 2024, with no note."""
    when, why = resolve(find_dates(FoldedText.of("Thứ Sáu, 30/8"))[0], PUBLISHED)
    assert when.format_iso() == "2024-08-30"
    assert why is not None
    assert why.moved is None
    assert "where" not in str(why)


def test_weekday_far_from_every_near_year_leaves_the_year():
    """'thứ 2, ngày 15/5' (15 May is a Monday only in 2006 and 2017) stays in 2010."""
    anchor = Anchor(published=ve.PartialDate(2010, 8, 15))
    when, why = resolve(find_dates(FoldedText.of("thứ 2, ngày 15/5"))[0], anchor)
    assert when.format_iso() == "2010-05-15"
    assert why is not None
    assert why.moved is None
    assert "where" not in str(why)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Sáng nay (\u00ad12/9\u200b), hai bên hội đàm.", "Sáng nay (\u00ad12/9\u200b)"),
        ("Sáng nay\u00ad (12/9\u00ad), hai bên hội đàm.", "Sáng nay\u00ad (12/9\u00ad)"),
        ("thứ Năm (\u200b12/9), đoàn đến Viêng Chăn.", "thứ Năm (\u200b12/9)"),
        (
            "On Thursday (\u200bSeptember 12\u00ad) the two sides met.",
            "On Thursday (\u200bSeptember 12\u00ad)",
        ),
        (
            "Today (\u00ad12 September\u200b) the delegation arrived.",
            "Today (\u00ad12 September\u200b)",
        ),
    ],
)
def test_a_day_joined_in_brackets_is_read_through_invisible_characters(text, quote):
    """Zero-width spaces and soft hyphens around the brackets do not part the two."""
    found = ve.find_dates(text, published="2024-09-12")
    assert [(m.quote, m.kind.value, m.when.format_iso()) for m in found] == [
        (quote, "day", "2024-09-12")
    ]
    assert text[found[0].start : found[0].end] == quote


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Thứ Năm, 9/1, Kỳ họp lần thứ 47 Ủy ban liên Chính phủ đã diễn ra.",
            "2024-12-30",
            "2025-01-09",
        ),
        (
            "On Thursday, January 9, the 47th meeting of the Intergovernmental Committee was held.",
            "2024-12-30",
            "2025-01-09",
        ),
    ],
)
def test_a_weekday_that_moves_the_year_is_a_rule_in_both_languages(text, published, day):
    """The year the weekday moves a day to is said by its own rule, in English and Vietnamese."""
    document = ve.Document.from_text(f"published: {published}\n\n{text}")
    (mention,) = ve.extract(document)
    assert mention.date.window.format_iso() == day
    (moved,) = [d for d in mention.derivation if d.rule is ve.Rule.DATE_WEEKDAY_MOVED]
    assert moved.param("from_year") == 2024
    assert moved.param("year") == 2025
    assert "moved" not in moved.render("vi")
    assert "chuyển từ năm 2024 sang năm 2025" in moved.render("vi")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Prime Minister Pham Minh Chinh will co-chair the 46th meeting of the Vietnam-Laos"
            " Intergovernmental Committee on January 7.",
            "2024-01-07",
        ),
        (
            "Thủ tướng Phạm Minh Chính sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ"
            " Việt Nam - Lào vào ngày 7/1.",
            "2024-01-07",
        ),
        (
            "Thủ tướng Phạm Minh Chính sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ"
            " Việt Nam - Lào vào ngày 2/1.",
            "2025-01-02",
        ),  # six days before: next year's
    ],
)
def test_an_announcement_read_a_few_days_late_keeps_this_years_day(text, day):
    """'will co-chair … on 7 January' published on 8 January is this year's 7 January."""
    document = ve.Document.from_text(f"published: 2024-01-08\n\n{text}")
    (mention,) = ve.extract(document)
    assert mention.date.window.format_iso() == day
