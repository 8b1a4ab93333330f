"""Compare a timeline with the gold files: per-session field checks and precision/recall.

Used by the per-article tests and by ``benchmarks/evaluate.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import vnlao_events as ve
from vnlao_events._catalogue import spelling_key
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
    """Whether the same people are named, whatever the diacritics and romanization.

    "Saleumsay" in an article is the catalogue's "Saleumxay"; a person is named by the
    catalogue's spelling or by the article's own ("Phông Xa Vắt Búp Phả" is the catalogue's
    "Phongsavath Boupha" as the article writes him).
    """
    gold = {spelling_key(n) for n in gold_names}
    spellings = [{spelling_key(p.name), spelling_key(p.written)} for p in people]
    return (
        len(gold) == len(spellings)
        and all(any(key in keys for keys in spellings) for key in gold)
        and all(keys & gold for keys in spellings)
    )


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


# --- Per-article evaluation: each article alone, with only its own header -------------------

ARTICLE_FIELDS = ("date", "status", "country", "city", "co_chairs")


def _article_date_ok(gold: dict[str, Any], when: ve.When | None) -> bool | None:
    """Date check that also reads the gold forms of the later sets.

    ``day_month_in_text`` may be a month alone (``"10"``) or a range (``"01-03/01-07"``); a gold
    record with only ``weekday_in_text`` and ``date_from_elsewhere`` is scored only when we state
    a day that differs from the true one.
    """
    text_form = gold.get("day_month_in_text")
    if text_form is not None and ("/" in text_form or "-" not in text_form):
        year = gold["year_from_elsewhere"]
        if "/" in text_form:
            first, last = text_form.split("/")
            m1, d1 = (int(x) for x in first.split("-"))
            m2, d2 = (int(x) for x in last.split("-"))
            start, end = date(year, m1, d1), date(year, m2, d2)
        else:
            month = int(text_form)
            start = date(year, month, 1)
            end = ve.PartialDate(year, month).window().latest  # type: ignore[union-attr]
        if when is None:
            return False
        if when.window is None:
            md, md_end = when.month_day, when.month_day_end or when.month_day
            if md is None or md_end is None:
                return False
            if "/" in text_form:
                return (md.month, md.day, md_end.month, md_end.day) == (m1, d1, m2, d2)
            return md.month == start.month
        if "/" in text_form:
            return (when.window.earliest, when.window.latest) == (start, end)
        return start <= when.window.earliest and when.window.latest <= end
    if "date_from_elsewhere" in gold and not gold.get("date"):
        if when is None or when.window is None or not when.window.is_day:
            return None
        return when.window.earliest == date.fromisoformat(gold["date_from_elsewhere"])
    return date_ok(gold, when)


def _city_ok(gold: dict[str, Any], place: ve.Place | None, catalogue: ve.Catalogue) -> bool | None:
    if not gold.get("city"):
        return None
    if place is None:
        return False
    wanted = {gold["city"], *(p for p in (gold.get("venue"), gold.get("province")) if p)}
    wanted_keys = {_place_key(w, catalogue) for w in wanted} - {None}
    ours = [p for p in (place.venue, place.city, place.province) if p]
    if wanted_keys and wanted_keys & {_place_key(p, catalogue) for p in ours}:
        return True
    folded = {fold_plain(p) for p in ours}
    return any(fold_plain(w) in folded or any(fold_plain(w) in f for f in folded) for w in wanted)


def _same_session(gold: dict[str, Any], session: ve.Session) -> bool:
    if session.series != gold["mechanism"]:
        return False
    if gold.get("ordinal") is not None:
        return session.ordinal == gold["ordinal"]
    return session.ordinal is None


def article_checks(
    gold: dict[str, Any], session: ve.Session | None, catalogue: ve.Catalogue
) -> dict[str, bool | None]:
    """The five per-article fields for one gold session (None: gold says nothing)."""
    if session is None:
        return {
            "date": False if _has_gold_date(gold) else None,
            "status": False,
            "country": False if gold.get("country") else None,
            "city": False if gold.get("city") else None,
            "co_chairs": False if gold.get("co_chairs") else None,
        }
    return {
        "date": _article_date_ok(gold, session.date) if _has_gold_date(gold) else None,
        "status": session.status.value == gold["status"],
        "country": (session.place is not None and session.place.country == gold["country"])
        if gold.get("country")
        else None,
        "city": _city_ok(gold, session.place, catalogue),
        "co_chairs": names_ok(gold["co_chairs"], session.co_chairs)
        if gold.get("co_chairs")
        else None,
    }


def _has_gold_date(gold: dict[str, Any]) -> bool:
    keys = ("date", "day_month_in_text", "weekday_resolves_to", "date_within")
    return any(gold.get(k) for k in keys) or "date_from_elsewhere" in gold


def evaluate_articles(
    documents: list[ve.Document], golds: list[dict[str, Any]], catalogue: ve.Catalogue
) -> dict[str, Any]:
    """Detection and field scores with every article read alone (stated facts only).

    Returns a dict with ``tp``, ``fp``, ``fn``, ``f1``, per-field ``[right, total]`` in
    ``fields`` (a session not found counts as wrong in every field gold gives it), the overall
    ``fields_right`` share, the share over found sessions only (``fields_right_found``) and a
    list of ``misses`` (readable lines).
    """
    tp = fp = fn = 0
    fields = {f: [0, 0] for f in ARTICLE_FIELDS}
    matched_right = matched_total = 0
    misses: list[str] = []
    for document in documents:
        name = document.id.split("/")[-1]
        mine = [g for g in golds if name in g.get("sources", []) or document.id in g["sources"]]
        stated = ve.build_timeline([document], infer=False, catalogue=catalogue)
        predicted = [s for s in stated.sessions() if s.evidence]
        used: set[int] = set()
        for gold in mine:
            match = None
            for i, session in enumerate(predicted):
                if i not in used and _same_session(gold, session):
                    match = session
                    used.add(i)
                    break
            label = f"{name}: {gold['mechanism']} #{gold.get('ordinal')}"
            if match is None:
                fn += 1
                misses.append(f"{label}: not found")
            else:
                tp += 1
            for field, ok in article_checks(gold, match, catalogue).items():
                if ok is None:
                    continue
                fields[field][1] += 1
                fields[field][0] += int(ok)
                if match is not None:
                    matched_total += 1
                    matched_right += int(ok)
                if not ok and match is not None:
                    misses.append(f"{label}: {field} wrong")
        for i, session in enumerate(predicted):
            if i not in used:
                fp += 1
                misses.append(f"{name}: spurious {session.series} #{session.ordinal}")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    right = sum(r for r, _ in fields.values())
    total = sum(t for _, t in fields.values())
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "f1": f1,
        "fields": fields,
        "fields_right": right / total if total else 1.0,
        "fields_right_found": matched_right / matched_total if matched_total else 1.0,
        "misses": misses,
    }


def read_set(folder: Path, ids: list[str]) -> dict[str, ve.Document]:
    """A dev set's articles by file name, each with its published header; all of ``ids``."""
    errors: list[ve.DocumentError] = []
    docs = {d.id.split("/")[-1]: d for d in ve.load_documents([folder], errors=errors)}
    assert not errors
    assert sorted(docs) == ids
    return docs


def sources_of(gold: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The gold sessions one article gives."""
    return [g for g in gold["sessions"] if name in g["sources"]]
