"""Compare a timeline with the gold files: per-session field checks and precision/recall.

Used by the per-article tests and by ``benchmarks/evaluate.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import vnlao_events as ve
from vnlao_events._text import fold_plain

FIELDS = ("mechanism", "ordinal", "date", "place", "co_chairs", "status")


def _gold_window(gold: dict[str, Any]) -> ve.DateWindow | None:
    if gold.get("date"):
        window = ve.PartialDate.parse_iso(gold["date"]).window()
        if window is not None and gold.get("date_end"):
            return ve.DateWindow(window.earliest, date.fromisoformat(gold["date_end"]))
        return window
    if "weekday_resolves_to" in gold:
        return ve.DateWindow.day(date.fromisoformat(gold["weekday_resolves_to"]))
    if "date_within" in gold:
        a, b = gold["date_within"]
        return ve.DateWindow(date.fromisoformat(a), date.fromisoformat(b))
    return None


def date_ok(gold: dict[str, Any], when: ve.When | None) -> bool | None:
    """Whether our date fits the gold date at the gold precision; None when gold has none."""
    if "day_month_in_text" in gold:
        month, day = (int(x) for x in gold["day_month_in_text"].split("-"))
        if when is None:
            return False
        if when.window is None:
            md = when.month_day
            return md is not None and (md.month, md.day) == (month, day)
        true = date(gold["year_from_elsewhere"], month, day)
        return when.window.is_day and when.window.earliest == true
    window = _gold_window(gold)
    if window is None:
        return None
    if when is None or when.window is None:
        return False
    if "weekday_resolves_to" in gold and gold.get("date"):
        return when.window == ve.DateWindow.day(window.earliest) or (
            when.window.earliest == date.fromisoformat(gold["weekday_resolves_to"])
            and when.window.is_day
        )
    if not window.contains(when.window):
        return False
    precise = gold.get("date_end") or ("date" in gold and len(gold["date"]) == 10)
    if precise:
        return (when.window.earliest, when.window.latest) == (window.earliest, window.latest)
    return True


def _place_key(name: str, catalogue: ve.Catalogue) -> str | None:
    found = catalogue.find("places", fold_plain(name))
    return found[0][2] if found else None


def place_ok(gold: dict[str, Any], place: ve.Place | None, catalogue: ve.Catalogue) -> bool | None:
    """Whether our place agrees with the gold venue, city, province and country."""
    wanted = [k for k in ("venue", "city", "province", "country") if gold.get(k)]
    if not wanted:
        return None
    if place is None:
        return False
    for key in wanted:
        value = gold[key]
        if key == "country":
            if place.country != value:
                return False
        elif key == "venue" and fold_plain(value) in ("videoconference", "online"):
            if not place.online:
                return False
        else:
            gold_key = _place_key(value, catalogue)
            ours = [p for p in (place.venue, place.city, place.province) if p]
            our_keys = {_place_key(p, catalogue) for p in ours}
            if gold_key is None:
                if fold_plain(value) not in {fold_plain(p) for p in ours}:
                    return False
            elif gold_key not in our_keys:
                return False
    return True


def names_ok(gold_names: list[str], people: tuple[ve.Participant, ...]) -> bool:
    """Whether the same people are named (spelling-insensitive)."""
    return {fold_plain(n) for n in gold_names} == {fold_plain(p.name) for p in people}


def find_session(timeline: ve.Timeline, gold: dict[str, Any]) -> ve.Session | None:
    """Our session for a gold session: by series and ordinal, or by source and date."""
    series = timeline.get_series(gold["mechanism"])
    if series is None:
        return None
    if gold.get("ordinal") is not None:
        return series.session(gold["ordinal"])
    for session in series.sessions:
        if (
            session.ordinal is None
            and set(gold.get("sources", [])) <= set(session.documents)
            and date_ok(gold, session.date) is not False
        ):
            return session
    return None


def check_session(
    gold: dict[str, Any], session: ve.Session | None, catalogue: ve.Catalogue
) -> dict[str, bool | None]:
    """Field by field: True (right), False (wrong or missing), None (gold says nothing)."""
    if session is None:
        return dict.fromkeys(FIELDS, False)
    result: dict[str, bool | None] = {
        "mechanism": True,
        "ordinal": session.ordinal == gold.get("ordinal"),
        "date": date_ok(gold, session.date),
        "place": place_ok(gold, session.place, catalogue),
        "co_chairs": names_ok(gold["co_chairs"], session.co_chairs)
        if gold.get("co_chairs")
        else None,
        "status": session.status.value == gold["status"],
    }
    if gold.get("part_of_day"):
        result["part_of_day"] = bool(
            session.date
            and session.date.part_of_day
            and session.date.part_of_day.value == gold["part_of_day"]
        )
    if gold.get("participants"):
        ours = {fold_plain(p.name) for p in (*session.participants, *session.co_chairs)}
        result["participants"] = {fold_plain(n) for n in gold["participants"]} <= ours
    if gold.get("sources"):
        result["sources"] = set(gold["sources"]) <= set(session.documents)
    return result


def precision_recall(
    timeline: ve.Timeline, golds: list[dict[str, Any]], catalogue: ve.Catalogue
) -> dict[str, tuple[float, float, int, int, int]]:
    """Per field: (precision, recall, true positives, predicted, gold) over stated sessions."""
    matched: set[tuple[str, int | None, str]] = set()
    counts = {f: [0, 0, 0] for f in FIELDS}  # tp, predicted, gold
    for gold in golds:
        session = find_session(timeline, gold)
        checks = check_session(gold, session, catalogue)
        if session is not None:
            matched.add(
                (session.series, session.ordinal, session.date.format_iso() if session.date else "")
            )
        for field in FIELDS:
            if checks[field] is None:
                continue
            counts[field][2] += 1
            if session is not None and _has(session, field):
                counts[field][1] += 1
            if checks[field]:
                counts[field][0] += 1
    for session in timeline.sessions():
        key = (session.series, session.ordinal, session.date.format_iso() if session.date else "")
        if key in matched or not session.evidence:
            continue
        for field in FIELDS:  # a session no gold record names: its facts are all spurious
            if _has(session, field):
                counts[field][1] += 1
    return {
        f: (tp / pred if pred else 0.0, tp / gold if gold else 0.0, tp, pred, gold)
        for f, (tp, pred, gold) in counts.items()
    }


def _has(session: ve.Session, field: str) -> bool:
    return {
        "mechanism": True,
        "ordinal": True,  # "no ordinal" is a prediction too ("2 Ủy ban" is a count)
        "date": session.date is not None,
        "place": session.place is not None,
        "co_chairs": bool(session.co_chairs),
        "status": True,
    }[field]
