"""Tests for iCalendar export and import (``export/ics.py``)."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest
from hypothesis import given, settings
from tests.contract import ExporterContract
from tests.strategies import timelines

import vnlao_events as ve
from vnlao_events.export.ics import read_ics


class TestIcsExport(ExporterContract):
    """iCalendar honours the exporter contract."""

    filename = "timeline.ics"

    @pytest.fixture
    def dump(self):
        """Timeline → iCalendar text."""
        return ve.to_ics

    @pytest.fixture
    def load(self):
        """ICalendar text → timeline."""
        return ve.from_ics

    @pytest.fixture
    def write(self):
        """Timeline → iCalendar file."""
        return ve.write_ics


@pytest.fixture
def calendar(seeds_timeline, monkeypatch):
    """The seeds' calendar in Vietnamese with a fixed DTSTAMP, parsed by icalendar."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline, lang="vi"))


def _by_uid(calendar):
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_seeds_calendar_holds_the_acceptance_sessions(calendar):
    """7th, 8th (tentative), 9th, 10th (tentative) consultations and the 48th IGC are there."""
    events = _by_uid(calendar)
    seventh = events["political-consultation-7@vnlao-events"]
    assert seventh.decoded("dtstart") == date(2022, 11, 25)
    assert seventh.decoded("dtend") == date(2022, 11, 26)
    assert str(seventh["status"]) == "CONFIRMED"
    for n in (8, 10):
        event = events[f"political-consultation-{n}@vnlao-events"]
        assert str(event["status"]) == "TENTATIVE"
        assert str(event["transp"]) == "TRANSPARENT"
    assert "political-consultation-9@vnlao-events" in events
    assert "intergovernmental-committee-48@vnlao-events" in events
    assert str(seventh["summary"]).endswith("lần thứ 7")
    assert "Phạm Quang Hiệu" in str(seventh["description"])
    assert str(seventh["x-vnlao-series"]) == "political-consultation"


def test_dtstamp_from_source_date_epoch_makes_output_reproducible(seeds_timeline, monkeypatch):
    """With SOURCE_DATE_EPOCH set, two exports are byte-identical."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = ve.to_ics(seeds_timeline), ve.to_ics(seeds_timeline)
    assert first == second
    assert "DTSTAMP:20231114T221320Z" in first


def test_lines_folded_at_75_octets_without_splitting_characters(all_timeline):
    """Every physical line is at most 75 octets and valid UTF-8 on its own."""
    raw = ve.to_ics(all_timeline).encode("utf-8")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")


def test_special_characters_are_escaped():
    """Commas, semicolons, backslashes and newlines from articles survive the round trip."""
    quote = 'Hà Nội, "VN"; a\\b\nnext'
    session = ve.Session(
        series="political-consultation",
        ordinal=1,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(date(2020, 1, 1))),
        evidence=[ve.Evidence(document="d,1;x", start=0, end=len(quote), quote=quote)],
    )
    timeline = ve.Timeline(series=[ve.Series(key="political-consultation", sessions=[session])])
    text = ve.to_ics(timeline)
    assert "\\," in text
    assert "\\;" in text
    assert ve.from_ics(text) == timeline


def test_imprecise_and_inferred_options(seeds_timeline):
    """imprecise='omit' leaves windows out; include_inferred=False leaves inferred out."""
    omitted = _by_uid(icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline, imprecise="omit")))
    assert "political-consultation-8@vnlao-events" not in omitted
    assert "political-consultation-7@vnlao-events" in omitted
    plain = _by_uid(icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline, include_inferred=False)))
    assert "political-consultation-8@vnlao-events" not in plain
    assert "political-consultation-10@vnlao-events" in plain
    english = ve.to_ics(seeds_timeline, lang="en")
    assert "7th Vietnam-Laos Political Consultation" in english
    with pytest.raises(ValueError, match="'lang' must be"):
        ve.to_ics(seeds_timeline, lang="fr")
    with pytest.raises(ValueError, match="'imprecise' must be"):
        ve.to_ics(seeds_timeline, imprecise="guess")


def test_uids_are_stable(seeds, seeds_timeline):
    """A re-export gives the same UIDs, so clients update instead of duplicating."""
    again = ve.build_timeline(list(reversed(seeds)))
    first = set(_by_uid(icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline))))
    second = set(_by_uid(icalendar.Calendar.from_ical(ve.to_ics(again))))
    assert first == second


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_any_timeline_round_trips(timeline):
    """from_ics(to_ics(t)) == t for random timelines."""
    assert ve.from_ics(ve.to_ics(timeline)) == timeline


FOREIGN = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//someone//else//EN
BEGIN:VTIMEZONE
TZID:Asia/Vientiane
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0700
TZOFFSETTO:+0700
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:1@else
DTSTAMP:20250101T000000Z
DTSTART;TZID=Asia/Vientiane:20250109T233000
DTEND;TZID=Asia/Vientiane:20250109T235900
SUMMARY:Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
UID:2@else
DTSTAMP:20250101T000000Z
DTSTART;VALUE=DATE:20240712
DTEND;VALUE=DATE:20240713
SUMMARY:State visit to Laos
END:VEVENT
END:VCALENDAR
"""


def test_reads_calendars_written_by_others():
    """Foreign VEVENTs become sessions (named mechanism) or events; timed ones keep local date."""
    timeline = ve.from_ics(FOREIGN)
    session = timeline.session("intergovernmental-committee", 47)
    assert session is not None
    assert session.date.format_iso() == "2025-01-09"  # local date, not the UTC one
    assert session.status is ve.Status.HELD
    assert [e.kind for e in timeline.events] == [ve.EventKind.VISIT]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n",
            "END:VCALENDAR does not match",
        ),  # missing END:VEVENT
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", "never closed"),  # truncated file
        (
            "BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR\r\n",
            ":2: not an iCalendar content line",
        ),  # bad folding
        (" folded first\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "continuation line"),
        ("hello", "not an iCalendar content line"),  # not a calendar
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20250230\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
            "DTSTART",
        ),  # invalid date
    ],
)
def test_malformed_input_names_the_problem(text, fragment):
    """Malformed calendars raise IcsImportError naming the line and the problem."""
    with pytest.raises(ve.IcsImportError, match=fragment):
        ve.from_ics(text, "bad.ics")


def test_non_utf8_and_oversized_input():
    """Non-UTF-8 bytes and files over the size limit are clear errors."""
    with pytest.raises(ve.IcsImportError, match=r"bad\.ics:2: not UTF-8"):
        ve.from_ics(b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\nEND:VCALENDAR\r\n", "bad.ics")
    big = b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"a" * 2048 + b"\r\nEND:VCALENDAR\r\n"
    with pytest.raises(ve.IcsImportError, match="larger than the"):
        ve.from_ics(big, "big.ics", max_bytes=1024)


def test_unknown_time_zone_is_a_recorded_warning():
    """An unknown TZID is a warning; the local date is kept."""
    text = FOREIGN.replace("TZID=Asia/Vientiane", "TZID=Mars/Olympus")
    timeline = ve.from_ics(text, "tz.ics")
    assert any("Mars/Olympus" in w for w in timeline.warnings)


def test_read_ics_from_disk(tmp_path, seeds_timeline):
    """read_ics() reads a file; a missing file is an IcsImportError."""
    path = tmp_path / "s.ics"
    ve.write_ics(seeds_timeline, path)
    assert read_ics(path) == seeds_timeline
    with pytest.raises(ve.IcsImportError, match="cannot read"):
        read_ics(tmp_path / "missing.ics")


def test_undated_session_placed_by_its_inferred_window(all_timeline):
    """A session no source dates (the 28th border meeting) is a tentative span of its window."""
    events = _by_uid(icalendar.Calendar.from_ical(ve.to_ics(all_timeline)))
    event = events["border-annual-meeting-28@vnlao-events"]
    window = all_timeline.session("border-annual-meeting", 28).series_window
    assert event.decoded("dtstart") == window.earliest
    assert str(event["status"]) == "TENTATIVE"
    plain = _by_uid(icalendar.Calendar.from_ical(ve.to_ics(all_timeline, include_inferred=False)))
    assert "border-annual-meeting-28@vnlao-events" not in plain


# ------------------------------------------------------------ surface (issue 13)


def test_from_ics_of_a_path_is_a_clear_error(tmp_path):
    """from_ics(Path) is the library's error pointing to read_ics, not an AttributeError."""
    with pytest.raises(ve.PathOrFileError, match="use read_ics"):
        ve.from_ics(tmp_path / "a.ics")
    with pytest.raises(ve.IcsImportError, match="use read_ics"):
        ve.from_ics("calendar.ics")


def test_read_ics_is_public_and_takes_files(tmp_path, seeds_timeline):
    """read_ics is exported and reads a path, a str path or an open file."""
    path = tmp_path / "t.ics"
    ve.write_ics(seeds_timeline, path)
    assert ve.read_ics is read_ics
    with path.open("rb") as binary, path.open(encoding="utf-8", newline="") as text:
        results = [ve.read_ics(path), ve.read_ics(str(path)), ve.read_ics(binary)]
        results.append(ve.read_ics(text))
    assert all(r == seeds_timeline for r in results)
    with pytest.raises(ve.PathOrFileError):
        ve.read_ics(3.5)


def test_default_language_is_english_like_the_command_line(seeds_timeline):
    """to_ics defaults to English, as the command line does; places follow the language."""
    text = ve.to_ics(seeds_timeline)
    assert "7th Vietnam-Laos Political Consultation" in text
    assert "LOCATION:Government Guest House\\, Hanoi\\, VN" in text
    assert "LOCATION:Nhà khách Chính phủ\\, Hà Nội\\, VN" in ve.to_ics(seeds_timeline, lang="vi")


def test_periods_and_anniversaries_are_events(seeds_timeline):
    """Periods span their years; an anniversary recurs yearly from its origin day if known."""
    events = list(icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline)).walk("VEVENT"))
    kinds = [str(e["x-vnlao-kind"]) for e in events]
    assert kinds.count("period") == len(seeds_timeline.periods)
    assert kinds.count("anniversary") == len(seeds_timeline.anniversaries)
    known = ve.Anniversary(
        name="Ngày thiết lập quan hệ ngoại giao", nth=60, year=2022, origin_date=date(1962, 9, 5)
    )
    unknown = ve.Anniversary(name="x", nth=45, year=2022)
    timeline = ve.Timeline(anniversaries=[known, unknown])
    text = ve.to_ics(timeline)
    by_summary = {str(e["summary"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    yearly = by_summary["60th anniversary of Ngày thiết lập quan hệ ngoại giao (since 1962)"]
    assert yearly.decoded("dtstart") == date(1962, 9, 5)
    assert "RRULE:FREQ=YEARLY" in text
    marked = by_summary["45th anniversary of x (since 1977)"]
    assert marked.decoded("dtstart") == date(2022, 1, 1)
    assert "rrule" not in marked
    assert ve.from_ics(text) == timeline


def _copies(seeds, n):
    return [
        ve.Document(id=f"copy{k:04d}/{d.id}", text=d.text, published=d.published, url=d.url)
        for k in range(n)
        for d in seeds
    ]


def test_two_thousand_copies_give_the_calendar_of_one(seeds):
    """Identical documents count once: 2,000 copies of the seeds, the same calendar size."""
    one = ve.to_ics(ve.build_timeline(_copies(seeds, 1)))
    many = ve.to_ics(ve.build_timeline(_copies(seeds, 2000)))
    assert len(many.encode()) == len(one.encode())


def test_description_holds_a_few_quotes_and_counts_the_rest():
    """At most three distinct quotes in a DESCRIPTION, then 'and N more sources'."""
    evidence = [
        ve.Evidence(document=f"d{n}", start=0, end=len(f"quote {n}"), quote=f"quote {n}")
        for n in range(7)
    ] + [ve.Evidence(document="again", start=0, end=7, quote="quote 0")]  # a repeated quote
    session = ve.Session(
        series="political-consultation",
        ordinal=1,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(date(2020, 1, 1))),
        evidence=evidence,
    )
    timeline = ve.Timeline(series=[ve.Series(key="political-consultation", sessions=[session])])
    event = icalendar.Calendar.from_ical(ve.to_ics(timeline)).walk("VEVENT")[0]
    description = str(event["description"])
    assert description.count("“quote") == 3
    assert description.endswith("and 4 more sources")
    assert ve.from_ics(ve.to_ics(timeline)) == timeline  # the lossless copy is elsewhere


def test_omitted_sessions_leave_no_hidden_payload(seeds_timeline):
    """imprecise='omit' and include_inferred=False carry nothing of what they leave out."""
    import base64
    import json

    for options in ({"imprecise": "omit"}, {"include_inferred": False}):
        calendar = icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline, **options))
        rest = json.loads(base64.b64decode(str(calendar["x-vnlao-rest"])))
        written = {str(e["uid"]) for e in calendar.walk("VEVENT")}
        for series in rest["series"]:
            for session in series["sessions"]:
                assert session["date"] is None or session["date"]["earliest"] is None, session
        back = ve.from_ics(ve.to_ics(seeds_timeline, **options))
        assert len(list(back.sessions())) < len(list(seeds_timeline.sessions()))
        assert "political-consultation-8@vnlao-events" not in written


def test_read_ics_given_calendar_text_points_to_from_ics():
    """read_ics of iCalendar text (not a path) says to use from_ics."""
    with pytest.raises(ve.IcsImportError, match="use from_ics"):
        ve.read_ics("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")


def test_tzid_written_inside_a_value_is_no_time_zone():
    """A place named ';TZID=…' is text in LOCATION, not a time-zone parameter (no warning)."""
    place = ve.Place(province=";TZID=", country="VN")
    event = ve.Event(
        kind=ve.EventKind.VISIT,
        summary="",
        date=ve.When.of(ve.DateWindow.day(date(2000, 1, 1))),
        place=place,
    )
    timeline = ve.Timeline(events=[event])
    back = ve.from_ics(ve.to_ics(timeline))
    assert back == timeline
    assert back.warnings == ()


def test_a_vietnamese_calendar_describes_status_and_likely_window_in_vietnamese():
    """No English status, 'forecast' or 'Likely' in a Vietnamese calendar's descriptions."""
    import icalendar

    timeline = ve.build_timeline(ve.bundled_seeds())
    calendar = icalendar.Calendar.from_ical(ve.to_ics(timeline, lang="vi"))
    descriptions = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]
    first_lines = [d.splitlines()[0] for d in descriptions]
    assert any("đã diễn ra" in line for line in first_lines)
    for line in first_lines:
        assert not any(w in line for w in ("held", "planned", "inferred", "forecast", "Likely"))
