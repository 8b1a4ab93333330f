"""iCalendar export throughput against building the same VEVENTs directly with icalendar.

Target: exporting 100,000 sessions runs at at least 0.8x the throughput of building and
serialising equivalent VEVENTs (the same properties and values) directly with icalendar,
both measured in one run.

Run: python benchmarks/bench_ics.py [--sessions 100000]
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, date, datetime, timedelta

import icalendar

import vnlao_events as ve
from vnlao_events.export.ics import _pack
from vnlao_events.export.json import _session

KEY = "political-consultation"


def timeline(count: int) -> ve.Timeline:
    day = date(1, 1, 1)
    sessions = []
    for n in range(1, count + 1):
        day += timedelta(days=20)
        quote = f"Ngày {day.day}/{day.month}/{day.year}, tại Hà Nội, đã diễn ra phiên {n}."
        sessions.append(
            ve.Session(
                series=KEY,
                ordinal=n,
                status=ve.Status.HELD,
                date=ve.When.of(ve.DateWindow.day(day)),
                place=ve.Place(city="Hà Nội", country="VN", latitude=21.03, longitude=105.85),
                evidence=[ve.Evidence(document="d.txt", start=0, end=len(quote), quote=quote)],
            )
        )
    return ve.Timeline(
        series=[ve.Series(key=KEY, names={"vi": "Tham khảo chính trị"}, sessions=sessions)]
    )


def direct(t: ve.Timeline) -> str:
    """The same VEVENTs built by hand with icalendar (values computed the simplest way)."""
    stamp = datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), tz=UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    for s in t.sessions():
        if s.date is None or s.date.window is None or s.place is None:
            continue
        e = icalendar.Event()
        e.add("uid", f"{KEY}-{s.ordinal}@vnlao-events")
        e.add("dtstamp", stamp)
        e.add("last-modified", stamp)
        e.add("sequence", 0)
        e.add("summary", f"Tham khảo chính trị lần thứ {s.ordinal}")
        e.add("dtstart", s.date.window.earliest)
        e.add("dtend", s.date.window.latest + timedelta(days=1))
        e.add("status", "CONFIRMED")
        e.add("transp", "OPAQUE")
        e.add("location", s.place.label())
        e.add("geo", (s.place.latitude, s.place.longitude))
        quote = s.evidence[0].quote
        e.add("description", f"Status: held\nSource: d.txt [0:{len(quote)}]: “{quote}”")
        e.add("categories", [KEY])
        e.add("x-vnlao-kind", "session")
        e.add("x-vnlao-series", KEY)
        e.add("x-vnlao-ordinal", str(s.ordinal))
        e.add("x-vnlao-status", "held")
        e.add("x-vnlao-window", s.date.format_iso())
        e.add("x-vnlao-precision", "day")
        e.add("x-vnlao-data", _pack(_session(s)))
        calendar.add_component(e)
    return calendar.to_ical().decode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    t = timeline(args.sessions)
    start = time.perf_counter()
    ours = ve.to_ics(t)
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    baseline = direct(t)
    base_s = time.perf_counter() - start
    print(
        f"  to_ics:          {args.sessions:,} sessions in {ours_s:.2f} s "
        f"({args.sessions / ours_s:,.0f}/s, {len(ours) / 1e6:.1f} MB)"
    )
    print(
        f"  icalendar alone: {args.sessions:,} sessions in {base_s:.2f} s "
        f"({args.sessions / base_s:,.0f}/s, {len(baseline) / 1e6:.1f} MB)"
    )
    print(f"  throughput ratio (ours / direct): {base_s / ours_s:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
