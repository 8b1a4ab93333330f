"""Interoperability: our calendars read by other parsers and by a real CalDAV server.

Needs the ``interop`` extra (``pip install -e '.[interop]'``): the strict ``ical`` parser
(Home Assistant's), ``vobject``, ``recurring-ical-events``, ``Radicale`` and ``caldav``; and,
for Mozilla's ical.js, ``node`` with the ``ical.js`` package on ``NODE_PATH`` (see .ci/run).
Each test is skipped with the reason when its tool is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

import vnlao_events as ve

pytestmark = pytest.mark.interop


@pytest.fixture(scope="module")
def ics_text(all_timeline: ve.Timeline) -> str:
    """The calendar of the seeds and dev articles, reproducible, in Vietnamese (non-ASCII text)."""
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        return ve.to_ics(all_timeline, lang="vi")
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


@pytest.fixture(scope="module")
def expected(ics_text: str) -> dict[str, date]:
    """UID → first day, as icalendar reads our own output."""
    calendar = icalendar.Calendar.from_ical(ics_text)
    return {str(e["uid"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    assert isinstance(value, date)
    return value


def test_seeds_calendar_holds_the_acceptance_sessions(seeds_timeline):
    """The seeds' calendar holds the 7th–10th consultations and the 48th IGC session."""
    uids = {
        str(e["uid"])
        for e in icalendar.Calendar.from_ical(ve.to_ics(seeds_timeline)).walk("VEVENT")
    }
    for uid in (
        "political-consultation-7",
        "political-consultation-8",
        "political-consultation-9",
        "political-consultation-10",
        "intergovernmental-committee-48",
    ):
        assert f"{uid}@vnlao-events" in uids


def test_ical_strict_parser_accepts_output(ics_text, expected):
    """Home Assistant's strict `ical` parser reads every event with the same dates."""
    stream = pytest.importorskip("ical.calendar_stream")
    calendar = stream.IcsCalendarStream.calendar_from_ics(ics_text)
    assert {e.uid: _as_date(e.dtstart) for e in calendar.events} == expected


def test_vobject_accepts_output(ics_text, expected):
    """Vobject reads every event with the same dates."""
    vobject = pytest.importorskip("vobject")
    calendar = vobject.readOne(ics_text)
    assert {e.uid.value: _as_date(e.dtstart.value) for e in calendar.vevent_list} == expected


def test_recurring_ical_events_accepts_output(ics_text, expected):
    """recurring-ical-events finds every event in the years it spans."""
    rie = pytest.importorskip("recurring_ical_events")
    found = rie.of(icalendar.Calendar.from_ical(ics_text)).between(
        date(1970, 1, 1), date(2100, 1, 1)
    )
    assert {str(e["uid"]): _as_date(e.decoded("dtstart")) for e in found} == expected


_ICAL_JS = """
import ICAL from "ical.js";
import { readFileSync } from "node:fs";
const comp = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
console.log(JSON.stringify(comp.getAllSubcomponents("vevent").map((v) => {
  const e = new ICAL.Event(v);
  return [e.uid, e.startDate.toString(), e.summary];
})));
"""


def test_mozilla_ical_js_accepts_output(ics_text, expected, tmp_path):
    """Mozilla's ical.js (through node) reads every event with the same dates and text."""
    node = shutil.which("node")
    node_path = os.environ.get("NODE_PATH", "")
    if node is None:
        pytest.skip("node is not installed")
    if not node_path or not (Path(node_path) / "ical.js").is_dir():
        pytest.skip("ical.js is not installed on NODE_PATH (npm install ical.js)")
    (tmp_path / "node_modules").symlink_to(Path(node_path), target_is_directory=True)
    script = tmp_path / "read.mjs"
    script.write_text(_ICAL_JS)
    source = tmp_path / "t.ics"
    source.write_text(ics_text, encoding="utf-8")
    result = subprocess.run(
        [node, str(script), str(source)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert {uid: date.fromisoformat(start) for uid, start, _ in events} == expected
    summaries = {uid: summary for uid, _, summary in events}
    assert "lần thứ 7" in summaries["political-consultation-7@vnlao-events"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    """A real Radicale CalDAV server on 127.0.0.1, no auth, temporary storage."""
    pytest.importorskip("radicale")
    port = _free_port()
    log = (tmp_path / "radicale.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--auth-type",
            "none",
            "--rights-type",
            "owner_only",
            "--storage-filesystem-folder",
            str(tmp_path / "collections"),
            "--logging-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"radicale exited: {(tmp_path / 'radicale.log').read_text()!r}")
                time.sleep(0.1)
        else:
            pytest.fail("radicale did not start within 20 s")
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def test_caldav_round_trip(radicale, ics_text, expected):
    """Upload every event to Radicale with the caldav client and read them back by UID."""
    caldav = pytest.importorskip("caldav")
    client = caldav.DAVClient(url=radicale, username="tester", password="unused")  # noqa: S106 - a test server with auth off
    calendar = client.principal().make_calendar(name="vnlao-events")
    source = icalendar.Calendar.from_ical(ics_text)
    for event in source.walk("VEVENT"):
        one = icalendar.Calendar()
        one.add("prodid", "-//vnlao-events tests//EN")
        one.add("version", "2.0")
        one.add_component(event)
        calendar.save_event(one.to_ical().decode("utf-8"))
    stored = {}
    for item in calendar.events():
        parsed = icalendar.Calendar.from_ical(item.data)
        for vevent in parsed.walk("VEVENT"):
            stored[str(vevent["uid"])] = vevent.decoded("dtstart")
    assert stored == expected
    back = ve.from_ics("".join(item.data for item in calendar.events()[:1]))
    items = [*back.sessions(), *back.events, *back.periods, *back.anniversaries]
    assert len(items) == 1  # one stored event reads back as one item, whatever its kind
