"""The public date tagger: ``find_dates``, its mentions, TIMEX3 and the ``dates`` command."""

from __future__ import annotations

import io
import itertools
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import date_texts, partial_dates

import vnlao_events as ve
from vnlao_events._cli import main
from vnlao_events._date_phrases import (
    NEGATIVE_SECTIONS,
    examples,
    parse_phrases,
    phrases,
    strip_tones,
)


def test_mention_carries_span_quote_window_precision_and_part_of_day():
    """A mention gives its span, quote, kind, window, precision, part of day and anchoring."""
    text = "Hà Nội. Sáng 25/11/2022, hai bên họp."
    mention = ve.find_dates(text)[0]
    assert text[mention.start : mention.end] == mention.quote == "Sáng 25/11/2022"
    assert mention.kind is ve.DateKind.DAY
    assert mention.window == ve.DateWindow.day(date(2022, 11, 25))
    assert mention.precision is ve.Precision.DAY
    assert mention.part_of_day is ve.PartOfDay.MORNING
    assert mention.anchoring is ve.Anchoring.STATED
    assert mention.why == ""


@pytest.mark.parametrize(
    "published",
    [ve.PartialDate(2024, 8, 30), date(2024, 8, 30), "2024-08-30"],
)
def test_published_may_be_partial_date_date_or_iso(published):
    """The reference date is accepted as a PartialDate, a date or an ISO string."""
    mention = ve.find_dates("hôm qua", published=published)[0]
    assert mention.when.format_iso() == "2024-08-29"


def test_bad_published_and_lang_are_clear_errors():
    """A reference that is not a date, or an unknown language, is a ParseError quoting it."""
    with pytest.raises(ve.ParseError, match="30 Aug"):
        ve.find_dates("hôm qua", published="30 Aug")
    with pytest.raises(ve.ParseError, match="'published'"):
        ve.find_dates("hôm qua", published=20240830)  # type: ignore[arg-type]
    with pytest.raises(ve.ParseError, match="'lo'"):
        ve.find_dates("hôm qua", lang="lo")


def test_lang_restricts_the_rules():
    """lang='en' leaves Vietnamese words alone; digits are found in every language."""
    text = "tháng 7/2024 and July 2024, 25/11/2022"
    assert [m.quote for m in ve.find_dates(text, lang="en")] == ["July 2024", "25/11/2022"]
    assert [m.quote for m in ve.find_dates(text, lang="vi")] == ["tháng 7/2024", "25/11/2022"]
    assert len(ve.find_dates(text)) == 3


@pytest.mark.parametrize(
    ("text", "published", "anchoring"),
    [
        ("ngày 25/11/2022", None, ve.Anchoring.STATED),  # the text says the year
        ("ngày 25/11", "2024-08-30", ve.Anchoring.PUBLISHED),  # from the published date
        ("ngày 25/11", None, ve.Anchoring.OPEN),  # no year anywhere: left open
        ("on Wednesday", None, ve.Anchoring.NONE),  # a weekday without a reference
        ("kim ngạch 10 tháng đầu năm 2022. Sáng 25/11", None, ve.Anchoring.CONTENT),  # clues
    ],
)
def test_anchoring_says_what_placed_the_date(text, published, anchoring):
    """Each mention says whether its year was stated, published, from clues, or open."""
    assert ve.find_dates(text, published=published)[-1].anchoring is anchoring


def test_open_year_and_unplaced_values():
    """A day whose year stays open is XXXX-MM-DD in TIMEX3; nothing at all is XXXX."""
    open_day, weekday = ve.find_dates("Sáng 25/11 và Thứ Hai")
    assert open_day.when.format_iso() == "--11-25"
    assert open_day.window is None
    assert open_day.timex_value == "XXXX-11-25"
    assert weekday.when is None
    assert weekday.precision is None
    assert weekday.part_of_day is None
    assert weekday.timex_value == "XXXX"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hai bên họp vào tháng 10.", "XXXX-10"),  # Vietnamese month
        ("They met in October.", "XXXX-10"),  # English month
        ("cuối tháng 10", "XXXX-10"),  # part of a month
    ],
)
def test_month_without_any_year_stays_open(text, value):
    """A month with no year in the text and no published date keeps its year open."""
    mention = ve.find_dates(text)[0]
    assert mention.anchoring is ve.Anchoring.OPEN
    assert mention.when.format_iso() == "--10"
    assert mention.timex_value == value


def test_same_day_refers_to_the_date_before_it():
    """'Chiều cùng ngày' is the day of the date before it, in the afternoon."""
    _, second = ve.find_dates("Sáng 25/11/2022 hai bên họp. Chiều cùng ngày, đoàn thăm.")
    assert second.anchoring is ve.Anchoring.PREVIOUS
    assert second.when.format_iso() == "2022-11-25"
    assert second.part_of_day is ve.PartOfDay.AFTERNOON


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("ngày 25/11/2022", "2022-11-25", None),  # a day
        ("Sáng 25/11/2022", "2022-11-25TMO", None),  # morning
        ("Trưa 25/11/2022", "2022-11-25TMI", None),  # noon
        ("Chiều 25/11/2022", "2022-11-25TAF", None),  # afternoon
        ("Tối 25/11/2022", "2022-11-25TEV", None),  # evening
        ("Đêm 25/11/2022", "2022-11-25TNI", None),  # night
        ("tháng 11/2022", "2022-11", None),  # a month
        ("cuối tháng 11/2022", "2022-11", "END"),  # part of a month
        ("đầu năm 2023", "2023", "START"),  # part of a year
        ("mid-2023", "2023", "MID"),  # English part of a year
        ("quý IV/2025", "2025-Q4", None),  # a quarter
        ("vào năm 2025", "2025", None),  # a year
        ("25-26/11/2022", "P2D", None),  # a range of days
    ],
)
def test_timex_values_have_true_granularity(text, value, mod):
    """TIMEX3 values are as precise as the words: a month is 2022-11, a quarter 2025-Q4."""
    mention = ve.find_dates(text)[0]
    assert mention.timex_value == value
    assert mention.timex_mod == mod


def test_week_values():
    """A relative week is an ISO week."""
    assert ve.find_dates("tuần tới", published="2024-08-30")[0].timex_value == "2024-W36"


def test_to_timex3_is_well_formed_and_keeps_the_text():
    """The annotated text parses as XML and its text is the original, escaped characters too."""
    text = "A & B: ngày 25-26/11/2022 <họp>, tháng 7/2024."
    annotated = ve.to_timex3(text, ve.find_dates(text))
    root = ET.fromstring(f"<TEXT>{annotated}</TEXT>")  # noqa: S314 - our own output
    assert "".join(root.itertext()) == text
    timexes = root.findall("TIMEX3")
    assert [t.get("type") for t in timexes] == ["DURATION", "DATE", "DATE", "DATE"]
    assert timexes[0].get("beginPoint") == "t2"
    assert timexes[0].get("endPoint") == "t3"
    assert timexes[-1].get("value") == "2024-07"


def run(*args: str) -> tuple[int, str]:
    """Run the command line in-process; return its status and standard output."""
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def test_dates_command_table_on_the_seeds():
    """With no files, the dates command tags the bundled seeds as a table."""
    code, out = run("dates")
    assert code == 0
    assert "Sáng 25/11" in out
    assert "content" in out


def test_dates_command_json(tmp_path):
    """--format json gives each document's mentions with their TIMEX3 values."""
    path = tmp_path / "a.txt"
    path.write_text("published: 2024-08-30\n\nHai bên họp hôm qua và sẽ gặp lại tuần tới.\n")
    code, out = run("dates", str(path), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data[0]["published"] == "2024-08-30"
    assert [(d["quote"], d["date"]) for d in data[0]["dates"]] == [
        ("hôm qua", "2024-08-29"),
        ("tuần tới", "2024-09-02/2024-09-08"),
    ]
    assert data[0]["dates"][1]["timex3"] == {"type": "DATE", "value": "2024-W36"}


def test_dates_command_timex3(tmp_path):
    """--format timex3 writes one TimeML document per input, with its creation time."""
    path = tmp_path / "a.txt"
    path.write_text("published: 2024-08-30\n\nKỳ họp diễn ra vào quý IV/2025.\n")
    code, out = run("dates", str(path), "--format", "timex3", "--text-lang", "vi")
    root = ET.fromstring(out)  # noqa: S314 - our own output
    assert code == 0
    assert root.find("DCT/TIMEX3").get("value") == "2024-08-30"
    assert root.find("TEXT/TIMEX3").get("value") == "2025-Q4"


def test_dates_command_reads_stdin_with_published(monkeypatch):
    """'-' reads standard input; --published anchors it; a part of a month keeps its mod."""
    monkeypatch.setattr("sys.stdin", io.StringIO("Cuối tháng 8, hai bên họp.\n"))
    code, out = run("dates", "-", "--published", "2024-08-30", "--format", "json")
    (mention,) = json.loads(out)[0]["dates"]
    assert code == 0
    assert mention["date"] == "2024-08-16/2024-08-31"
    assert mention["timex3"] == {"type": "DATE", "value": "2024-08", "mod": "END"}


def test_dates_command_without_readable_documents(tmp_path, capsys):
    """A folder without documents is a one-line error, exit status 2."""
    code, _ = run("dates", str(tmp_path))
    assert code == 2
    assert "no document could be read" in capsys.readouterr().err


@given(st.text(max_size=300), partial_dates())
def test_find_dates_never_raises_and_quotes_the_text(text, published):
    """Any text with any reference: no exception, and every quote is its span of the text."""
    if published.year is None:
        published = None
    for mention in ve.find_dates(text, published=published):
        assert text[mention.start : mention.end] == mention.quote
        assert mention.timex_value


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0001", "9999"])
@pytest.mark.parametrize(
    "text", ["năm tới", "ngày mai", "hôm qua", "tuần tới", "ngày 5/1", "cách đây 20 năm"]
)
def test_dates_beyond_the_calendar_are_not_placed(text, published):
    """Relative to year 1 or 9999, a date beyond the calendar is unplaced, not an error."""
    for mention in ve.find_dates(text, published=published):
        assert mention.when is None or 1 <= mention.when.window.earliest.year <= 9999


@given(date_texts(), partial_dates())
def test_date_like_text_never_raises_and_quotes_the_text(text, published):
    """Text built from the date words and digits: no exception, quotes are spans."""
    if published.year is None:
        published = None
    mentions = ve.find_dates(text, published=published)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.quote
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    ve.to_timex3(text, mentions)


@pytest.mark.parametrize(
    ("lang", "section", "word", "value", "example"),
    [
        (lang, *entry)
        for lang in ("vi", "en")
        for entry in examples(lang)
        if entry[0] not in NEGATIVE_SECTIONS
    ],
)
def test_every_phrase_example_is_found(lang, section, word, value, example):
    """Each entry of the phrase files is found in its own example, in its language."""
    assert strip_tones(word) in strip_tones(example)
    found = ve.find_dates(example, published="2024-08-30", lang=lang)
    assert found, example
    assert phrases(lang).lookup(section, word) == value


@pytest.mark.parametrize(
    ("lang", "section", "example"),
    [
        (lang, section, example)
        for lang in ("vi", "en")
        for section, _, _, example in examples(lang)
        if section in NEGATIVE_SECTIONS
    ],
)
def test_negative_phrase_examples_are_not_dates(lang, section, example):
    """'lần thứ hai' is no weekday and 'năm sau đó' no relative year."""
    kinds = {m.kind for m in ve.find_dates(example, published="2024-08-30", lang=lang)}
    assert not kinds & {
        ve.DateKind.WEEKDAY,
        ve.DateKind.RELATIVE_YEAR,
        ve.DateKind.RELATIVE_MONTH,
        ve.DateKind.RELATIVE_WEEK,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[months", "not valid TOML"),  # syntax
        ("[colours]\nred = { value = 1, example = 'x' }", "unknown section 'colours'"),
        ("[months]\njan = 1", "must be { value"),  # not a table
        ("[months]\njan = { value = 'one', example = 'x' }", "'value' must be int"),  # type
    ],
)
def test_bad_phrase_files_are_clear_errors(text, message):
    """A malformed phrase file is a CatalogueError naming the file and the entry."""
    with pytest.raises(ve.CatalogueError, match=message):
        parse_phrases(text, "xx", "dates-xx.toml")


def test_unknown_phrase_language():
    """There are phrase files for vi and en only."""
    with pytest.raises(ve.CatalogueError, match="'lo'"):
        phrases("lo")


@given(date_texts(), st.dates())
def test_any_published_day_never_raises(text, published):
    """Date-like text against any published day of the calendar: no exception."""
    for mention in ve.find_dates(text, published=published):
        assert text[mention.start : mention.end] == mention.quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 31/2/2024, hai bên họp.", [("31/2/2024", "February 2024 has 29 days")]),  # vi
        ("On 29/2/2023 they met.", [("29/2/2023", "February 2023 has 28 days")]),  # not leap
        ("ngày 32 tháng 13 năm 2024", [("ngày 32 tháng 13 năm 2024", "no month 13")]),  # words
        ("ngay 30 thang 2", [("ngay 30 thang 2", "February has 29 days")]),  # no diacritics
        ("31.04.2024.", [("31.04.2024", "April 2024 has 30 days")]),  # dots, then a full stop
        ("Sáng 25/11/2022 và 25-26/11/2022", []),  # real dates and a range
        ("tỷ số 50/50, phiên bản 1.2.3", []),  # a ratio and a version are not dates
        ("ngày 29/2/2024", []),  # a leap day
    ],
)
def test_impossible_dates(text, expected):
    """Written dates that cannot exist are found with a reason; real ones and ratios are not."""
    assert [(quote, why) for _, _, quote, why in ve.impossible_dates(text)] == expected


def test_impossible_dates_are_timeline_warnings():
    """A date that cannot exist is left out of the timeline with a warning that quotes it."""
    doc = ve.Document.from_text(
        "Ngày 31/2/2024 đã diễn ra Kỳ họp lần thứ 47 Ủy ban liên Chính phủ."
    )
    timeline = ve.build_timeline([doc], infer=False)
    assert any("'31/2/2024'" in w and "February 2024 has 29 days" in w for w in timeline.warnings)
    session = timeline.session("intergovernmental-committee", 47)
    assert session is not None
    assert session.date is None


def test_find_dates_takes_the_language_as_lang_or_its_code():
    """``Lang.EN`` and ``"en"`` choose the same rules; another code is refused, naming it."""
    text = "on 7 January 2024, ngày 8/1/2024"
    assert ve.find_dates(text, lang=ve.Lang.EN) == ve.find_dates(text, lang="en")
    assert [m.quote for m in ve.find_dates(text, lang="vi")] == ["8/1/2024"]
    with pytest.raises(ve.ParseError, match=r"'lang' must be 'en' or 'vi' \(got 'fr'\)"):
        ve.find_dates(text, lang="fr")
