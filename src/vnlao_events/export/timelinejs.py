"""TimelineJS JSON: one slide per dated session or event, series as groups."""

from __future__ import annotations

import json

from .._model import Timeline
from .table import _series_name

__all__ = ["timelinejs"]


def timelinejs(timeline: Timeline, lang: str = "en") -> str:
    """TimelineJS JSON: one slide per dated session or event, series as groups."""
    slides = []

    def date_dict(day: object) -> dict[str, str]:
        text = str(day)
        return {"year": text[:4], "month": text[5:7].lstrip("0"), "day": text[8:10].lstrip("0")}

    for series in timeline.series:
        for s in series.sessions:
            if s.date is None or s.date.window is None:
                continue
            slide = {
                "start_date": date_dict(s.date.window.earliest),
                "text": {
                    "headline": f"{_series_name(series, lang)} #{s.ordinal or ''}".strip(" #"),
                    "text": f"{s.status.value}; {s.place.label() if s.place else ''}",
                },
                "group": _series_name(series, lang),
            }
            if not s.date.window.is_day:
                slide["end_date"] = date_dict(s.date.window.latest)
            slides.append(slide)
    for event in timeline.events:
        if event.date is None or event.date.window is None:
            continue
        slides.append(
            {
                "start_date": date_dict(event.date.window.earliest),
                "text": {"headline": event.summary, "text": event.kind.value},
                "group": "events",
            }
        )
    return (
        json.dumps(
            {"title": {"text": {"headline": "Vietnam–Laos mechanisms"}}, "events": slides},
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
