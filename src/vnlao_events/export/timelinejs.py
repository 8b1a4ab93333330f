"""TimelineJS JSON: one slide per dated session or event, series as groups.

>>> import json, vnlao_events as ve
>>> slides = json.loads(to_timelinejs(ve.build_timeline(ve.bundled_seeds())))["events"]
>>> "Session of the Vietnam-Laos Intergovernmental Committee" in {s["group"] for s in slides}
True
"""

from __future__ import annotations

import json

from .._catalogue import Catalogue
from .._kinds import Lang
from .._model import Timeline
from .names import Names, check_lang

__all__ = ["to_timelinejs"]


def to_timelinejs(
    timeline: Timeline, lang: Lang | str = Lang.EN, *, catalogue: Catalogue | None = None
) -> str:
    """TimelineJS JSON: one slide per dated session or event, series as groups.

    >>> import json
    >>> from vnlao_events import Timeline
    >>> json.loads(to_timelinejs(Timeline(), "vi"))["title"]["text"]["headline"]
    'Các cơ chế Việt Nam – Lào'

    Raises:
        ValueError: for an unknown ``lang``.
    """
    lang = check_lang(lang)
    names = Names.of(catalogue)
    slides = []

    def date_dict(day: object) -> dict[str, str]:
        text = str(day)
        return {"year": text[:4], "month": text[5:7].lstrip("0"), "day": text[8:10].lstrip("0")}

    for series in timeline.series:
        for s in series.sessions:
            when = s.when
            if when is None or when.window is None:
                continue
            slide = {
                "start_date": date_dict(when.window.earliest),
                "text": {
                    "headline": f"{names.series_name(series, lang)} #{s.number or ''}".strip(" #"),
                    "text": f"{s.status.value}; {names.place_label(s.where, lang)}",
                },
                "group": names.series_name(series, lang),
            }
            if not when.window.is_day:
                slide["end_date"] = date_dict(when.window.latest)
            slides.append(slide)
    for event in timeline.events:
        if event.date is None or event.date.window is None:
            continue
        slides.append(
            {
                "start_date": date_dict(event.date.window.earliest),
                "text": {"headline": event.summary, "text": event.kind.value},
                "group": "sự kiện" if lang == "vi" else "events",
            }
        )
    return (
        json.dumps(
            {
                "title": {
                    "text": {
                        "headline": "Các cơ chế Việt Nam – Lào"
                        if lang == "vi"
                        else "Vietnam–Laos mechanisms"
                    }
                },
                "events": slides,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
