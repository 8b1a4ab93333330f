"""Assembly: mentions → one record per session or event, keeping every piece of evidence.

Several mentions of one session (within or across documents) become one record.
Disagreements are kept as :class:`Conflict` records, never overwritten: the record
shows the value the strongest source supports (a held report over an announcement,
then the most precise date), and the conflict names both sides. Day precision wins
over month precision only where they agree. The result does not depend on the
order in which documents are given.

>>> from vnlao_events._documents import Document
>>> from vnlao_events.extract import extract
>>> doc = Document.from_text(
...     "Ngày 29/8/2024, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 9. "
...     "Tham khảo chính trị lần thứ 9 diễn ra tại Hà Nội.", id="a.txt")
>>> timeline = assemble(extract(doc))
>>> session = timeline.session("political-consultation", 9)
>>> session.date.format_iso(), len(session.evidence)
('2024-08-29', 2)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from functools import lru_cache
from typing import Protocol, TypeVar

import attrs

from ._catalogue import Catalogue
from ._dates import DateWindow, Precision, When
from ._derivation import Derivation, Rule
from ._kinds import ConflictKind
from ._model import (
    Anniversary,
    Conflict,
    Event,
    Evidence,
    Participant,
    Period,
    Place,
    Series,
    Session,
    Status,
    Timeline,
    in_member_order,
)
from ._text import fold_plain
from .extract import (
    AnniversaryMention,
    EventMention,
    Mention,
    PeriodMention,
    SessionMention,
)

__all__ = ["assemble", "merge_sessions"]

# Which mention's date and place a record shows first: a report of the session held, then a
# mention that says nothing of its status, and an announcement last (a plan is what a report
# corrects).
_STATUS_RANK = {Status.HELD: 0, Status.HELD_OR_PLANNED: 1, Status.PLANNED: 2}
_MEETING_DAYS = 7  # stated days this few are the meeting's span: a day inside is one of them
_SAME_MEETING_DAYS = 31  # a dated mention this narrow can absorb an open-year day inside it


def _order(mention: Mention) -> tuple[object, ...]:
    return (mention.document, mention.evidence.start, mention.evidence.end, mention.kind)


def _evidence_sorted(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(set(items), key=lambda e: (e.document, e.start, e.end, e.quote)))


_fold_name = lru_cache(maxsize=1 << 16)(fold_plain)  # the same names come back and back


def _unique_people(people: Iterable[Participant]) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for person in people:
        key = _fold_name(person.name)
        if key not in seen:
            seen[key] = person
    return tuple(seen.values())


def _one_per_side(
    people: tuple[Participant, ...], members: tuple[str, ...]
) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """The co-chairs of a bilateral session, one per member country, and the rest.

    Each side chairs with one person: a second person of a side already chaired (a delegation
    "led by" someone told of elsewhere in the report) takes part but does not co-chair, so they
    are kept among the participants, never lost. People come strongest first (a mention
    naming both co-chairs before one naming a single chair); a person of no known country
    co-chairs only while a side is still open.

    >>> vn = Participant(written="A", country="VN")
    >>> vn2 = Participant(written="C", country="VN")
    >>> la = Participant(written="B", country="LA")
    >>> chairs, others = _one_per_side((vn, la, vn2), ("VN", "LA"))
    >>> [p.written for p in chairs], [p.written for p in others]
    (['A', 'B'], ['C'])
    """
    if not members:
        return people, ()
    chairs: list[Participant] = []
    others: list[Participant] = []
    sides: set[str] = set()
    for person in people:
        side = person.country if person.country in members else None
        if side is not None and side not in sides:
            sides.add(side)
            chairs.append(person)
        elif side is None and len(chairs) < len(members):
            chairs.append(person)
        else:
            others.append(person)
    return tuple(chairs), tuple(others)


def _as_sure(mention: SessionMention, than: SessionMention) -> bool:
    """Whether a mention's status is as sure as another's (held, then unknown, then planned)."""
    return _STATUS_RANK[mention.status] <= _STATUS_RANK[than.status]


_TRIP_RULES = frozenset({Rule.TRIP_PLACE, Rule.TRIP_DAY, Rule.TRIP_ARRIVAL_DAY})


def _meeting_span(window: DateWindow, windowed: list[SessionMention]) -> DateWindow:
    """A stated span of a few days ("held on January 11-12") that holds the day found.

    A day inside a meeting's stated days is one of its days (a plenary, a signing): the
    session is the whole span. Only spans stated as surely as the day count: an
    announcement's days never widen a report's day, nor do the days of the trip a session
    is held on ("thăm Lào và đồng chủ trì Tham vấn … từ ngày 16-18/12/2024", then "Tại cuộc
    Tham vấn hôm nay (16/12)": the consultation is the day).
    """
    spans = [
        w
        for m in windowed
        if m.date is not None
        and (w := m.date.window) is not None
        and not any(d.rule in _TRIP_RULES for d in m.derivation)  # the trip's days, not its own
        and w.precision is Precision.DAYS
        and w.days <= _MEETING_DAYS
        and w.earliest <= window.earliest
        and window.latest <= w.latest
    ]
    if not spans or window.precision not in (Precision.DAY, Precision.DAYS):
        return window
    span = min(spans, key=lambda w: (w.days, w.earliest))
    return span if span.days > window.days else window


def _combine_dates(
    mentions: list[SessionMention], conflicts: list[Conflict], label: tuple[str | None, int | None]
) -> tuple[When | None, list[Derivation]]:
    """The most precise date all the dated mentions agree on; conflicts for the rest."""
    dated = [m for m in mentions if m.date is not None]
    notes: list[Derivation] = []
    if not dated:
        return None, notes
    windowed = [m for m in dated if m.date is not None and m.date.window is not None]
    open_year = [m for m in dated if m.date is not None and m.date.window is None]
    best: SessionMention | None = None
    if windowed:
        support = _support(windowed)
        ranked = sorted(
            windowed,
            key=lambda m: (
                _STATUS_RANK[m.status],
                -support[id(m)],
                m.date.window.days if m.date and m.date.window else 0,
                _order(m),
            ),
        )
        reported: set[tuple[object, ...]] = set()  # one conflict per date left out
        best = ranked[0]
        assert best.date is not None and best.date.window is not None  # noqa: S101
        window = best.date.window
        part_of_day = best.date.part_of_day
        for other in ranked[1:]:
            assert other.date is not None and other.date.window is not None  # noqa: S101
            narrowed = window.intersect(other.date.window)
            if narrowed is None and {best.status, other.status} == {Status.HELD, Status.PLANNED}:
                continue  # a plan that changed: reported as 'plan-changed' with the status
            if narrowed is None and (other.date.window, other.status) in reported:
                continue
            if narrowed is None:
                reported.add((other.date.window, other.status))
                conflicts.append(
                    _conflict(
                        ConflictKind.DATE,
                        label,
                        (best.evidence, other.evidence),
                        Rule.CONFLICT_DATES,
                        document=best.document,
                        date=window.format_iso(),
                        other_document=other.document,
                        other_date=other.date.window.format_iso(),
                    )
                )
                continue
            if narrowed.days < window.days:
                precision = (
                    other.date.window.precision
                    if narrowed == other.date.window
                    or (narrowed.earliest, narrowed.latest)
                    == (other.date.window.earliest, other.date.window.latest)
                    else narrowed.precision
                )
                window = DateWindow(narrowed.earliest, narrowed.latest, precision)
                part_of_day = other.date.part_of_day or part_of_day
            elif part_of_day is None:
                part_of_day = other.date.part_of_day
        window = _meeting_span(window, [m for m in windowed if _as_sure(m, best)])
        for other in open_year:
            assert other.date is not None and other.date.month_day is not None  # noqa: S101
            md = other.date.month_day
            if window.is_day and (
                window.earliest.month != md.month
                or md.day not in (None, window.earliest.day)  # "in October" holds any day of it
            ):
                conflicts.append(
                    _conflict(
                        ConflictKind.DATE,
                        label,
                        (best.evidence, other.evidence),
                        Rule.CONFLICT_DATES,
                        document=best.document,
                        date=window.format_iso(),
                        other_document=other.document,
                        other_date=md.format_iso(),
                    )
                )
        when = When.of(window, part_of_day)
    else:
        # a day beats its month ("5/10" within "in October"), else the first in text order
        first = sorted(open_year, key=lambda m: (_month_only(m.date), _order(m)))[0]
        first = _open_span(first, open_year)
        assert first.date is not None  # noqa: S101
        when = first.date
        for other in open_year:
            if other is first or other.date is None or other.date.month_day == when.month_day:
                continue
            if _span_holds(when, other.date):
                continue  # a day of the meeting's stated days
            if not (_month_only(other.date) and _same_month(other.date, when)):
                conflicts.append(
                    _conflict(
                        ConflictKind.DATE,
                        label,
                        (first.evidence, other.evidence),
                        Rule.CONFLICT_DATES,
                        document=first.document,
                        date=when.format_iso(),
                        other_document=other.document,
                        other_date=other.date.format_iso(),
                    )
                )
    for mention in mentions:
        if mention.not_before is None or when.window is None:
            continue
        earliest = max(when.window.earliest, mention.not_before)
        if earliest > when.window.latest:
            conflicts.append(
                _conflict(
                    ConflictKind.DATE,
                    label,
                    (mention.evidence,),
                    Rule.CONFLICT_STILL_TO_COME,
                    document=mention.document,
                    day=mention.not_before.isoformat(),
                    date=when.window.format_iso(),
                )
            )
        elif earliest > when.window.earliest:
            when = When.of(
                DateWindow(earliest, when.window.latest, when.window.precision), when.part_of_day
            )
            notes.append(
                Derivation.of(
                    Rule.FUTURE_TENSE_BOUND, day=earliest.isoformat(), document=mention.document
                )
            )
    return when, notes


def _support(windowed: list[SessionMention]) -> dict[int, int]:
    """For each dated mention, the distinct documents of its standing whose dates agree.

    A date stated by more documents outweighs one stated by fewer: mentions of the same
    standing (held, undetermined, announced) whose windows overlap count as agreeing.
    """
    # the documents of each date, by standing; each date against the dates of its standing
    documents: dict[Status, dict[DateWindow, set[str]]] = {}
    for mention in windowed:
        assert mention.date is not None and mention.date.window is not None  # noqa: S101
        of_status = documents.setdefault(mention.status, {})
        of_status.setdefault(mention.date.window, set()).add(mention.document)
    agreeing = {status: _agreeing(dates) for status, dates in documents.items()}
    return {
        id(m): agreeing[m.status][m.date.window]
        for m in windowed
        if m.date is not None and m.date.window is not None
    }


def _agreeing(dates: dict[DateWindow, set[str]]) -> dict[DateWindow, int]:
    """For each date, the distinct documents of the dates it overlaps (itself included).

    Many dates overlap the same dates (the days of one meeting): the documents of each
    such set are counted once.
    """
    windows = list(dates)
    counted: dict[tuple[int, ...], int] = {}
    result: dict[DateWindow, int] = {}
    for window in windows:
        near = tuple(i for i, other in enumerate(windows) if other.overlaps(window))
        count = counted.get(near)
        if count is None:
            count = counted[near] = len(set().union(*(dates[windows[i]] for i in near)))
        result[window] = count
    return result


def _conflict(
    kind: ConflictKind,
    label: tuple[str | None, int | None],
    evidence: tuple[Evidence, ...],
    rule: Rule,
    **sides: str,
) -> Conflict:
    """A conflict about one session: the rule that failed and what each side states."""
    derivation = Derivation(rule=rule, params={"session": _label(label), **sides})
    return Conflict(
        kind=kind,
        message=derivation.render(),
        series=label[0],
        ordinal=label[1],
        evidence=evidence,
        derivation=derivation,
    )


def _label(label: tuple[str | None, int | None]) -> str:
    return f"{label[0]} #{label[1]}" if label[1] is not None else f"{label[0]}"


def _combine_places(
    mentions: list[SessionMention], conflicts: list[Conflict], label: tuple[str | None, int | None]
) -> Place | None:
    placed = sorted(
        (m for m in mentions if m.place is not None),
        key=lambda m: (_STATUS_RANK[m.status], _order(m)),
    )
    if not placed:
        return None
    best = placed[0]
    assert best.place is not None  # noqa: S101
    place = best.place
    for other in placed[1:]:
        assert other.place is not None  # noqa: S101
        if other.place == place:
            continue  # the same place again: merging it changes nothing
        if place.agrees_with(other.place):
            place = place.merge(other.place)
        elif other.status is Status.PLANNED and best.status is Status.HELD:
            conflicts.append(
                _conflict(
                    ConflictKind.PLAN_CHANGED,
                    label,
                    (best.evidence, other.evidence),
                    Rule.CONFLICT_PLAN_MOVED,
                    planned=other.place.label(),
                    other_document=other.document,
                    held=place.label(),
                    document=best.document,
                )
            )
        else:
            conflicts.append(
                _conflict(
                    ConflictKind.PLACE,
                    label,
                    (best.evidence, other.evidence),
                    Rule.CONFLICT_PLACES,
                    document=best.document,
                    place=place.label(),
                    other_document=other.document,
                    other_place=other.place.label(),
                )
            )
    return place


def _status(
    mentions: list[SessionMention], conflicts: list[Conflict], label: tuple[str | None, int | None]
) -> Status:
    statuses = {m.status for m in mentions}  # HELD_OR_PLANNED says nothing
    if Status.HELD in statuses:
        # One conflict per announced window that a report contradicts: the root cause is
        # "announced for W", however many documents announce it or report the session, so
        # an archive's many copies of one story give one conflict, not one per pair.
        reports = [
            (m, w) for m in mentions if m.status is Status.HELD and m.date and (w := m.date.window)
        ]
        announced: dict[DateWindow, list[SessionMention]] = {}
        for m in mentions:
            if m.status is Status.PLANNED and m.date and (w := m.date.window):
                announced.setdefault(w, []).append(m)
        for window, plans in announced.items():
            against = [(r, w) for r, w in reports if not window.overlaps(w)]
            if not against:
                continue
            report, held_window = against[0]
            evidence = tuple(m.evidence for m in (*(r for r, _ in against), *plans))
            conflicts.append(
                _conflict(
                    ConflictKind.PLAN_CHANGED,
                    label,
                    evidence,
                    Rule.CONFLICT_PLAN_RESCHEDULED,
                    planned=window.format_iso(),
                    other_document=plans[0].document,
                    held=held_window.format_iso(),
                    document=report.document,
                )
            )
        return Status.HELD
    if Status.PLANNED in statuses:
        return Status.PLANNED
    return Status.HELD_OR_PLANNED


def _merge_group(
    mentions: list[SessionMention], conflicts: list[Conflict], members: tuple[str, ...] = ()
) -> Session:
    mentions = sorted(mentions, key=_order)
    first = mentions[0]
    ordinal = next((m.ordinal for m in mentions if m.ordinal is not None), None)
    label = (first.series, ordinal)
    date_conflicts: list[Conflict] = []
    when, notes = _combine_dates(mentions, date_conflicts, label)
    conflicts.extend(date_conflicts)
    place = _combine_places(mentions, conflicts, label)
    status = _status(mentions, conflicts, label)
    # a mention naming both co-chairs gives their order; one naming a single chair adds to it
    by_pair = sorted(mentions, key=lambda m: len({_fold_name(p.name) for p in m.co_chairs}) < 2)
    chairs, others = _one_per_side(_unique_people(p for m in by_pair for p in m.co_chairs), members)
    chairs = in_member_order(chairs, members)
    chair_names = {_fold_name(c.name) for c in chairs}
    participants = tuple(
        p
        for p in _unique_people([*others, *(p for m in mentions for p in m.participants)])
        if _fold_name(p.name) not in chair_names
    )
    derivation = tuple(dict.fromkeys([*(d for m in mentions for d in m.derivation), *notes]))
    bounds = [m.not_before for m in mentions if m.not_before is not None]
    not_before = max(bounds) if bounds and when is None else None
    return Session(
        series=first.series,
        ordinal=ordinal,
        status=status,
        date=when,
        place=place,
        co_chairs=chairs,
        participants=participants,
        evidence=_evidence_sorted(m.evidence for m in mentions),
        derivation=derivation,
        not_before=not_before,
    )


def merge_sessions(sessions: Iterable[Session]) -> list[Session]:
    """Mark sessions whose status no source gives but whose successor was held as held.

    Sessions of a series happen in order: one numbered below a held session was held.
    """
    by_series: dict[str, list[Session]] = {}
    for session in sessions:
        by_series.setdefault(session.series, []).append(session)
    result: list[Session] = []
    for items in by_series.values():
        held = [s.ordinal for s in items if s.status is Status.HELD and s.ordinal is not None]
        top = max(held) if held else None
        for session in items:
            if (
                top is not None
                and session.ordinal is not None
                and session.ordinal < top
                and session.status is Status.HELD_OR_PLANNED
                and session.evidence
            ):
                result.append(
                    attrs.evolve(
                        session,
                        status=Status.HELD,
                        derivation=(
                            *session.derivation,
                            Derivation.of(Rule.HELD_BEFORE_HELD, top=top),
                        ),
                    )
                )
                continue
            result.append(session)
    return result


def _session_groups(mentions: list[SessionMention]) -> list[list[SessionMention]]:
    numbered: dict[tuple[str, int], list[SessionMention]] = {}
    unnumbered: list[SessionMention] = []
    for mention in mentions:
        if mention.ordinal is not None:
            numbered.setdefault((mention.series, mention.ordinal), []).append(mention)
        else:
            unnumbered.append(mention)
    groups = list(numbered.values())
    loose: list[list[SessionMention]] = []
    # Each series' loose groups in order, with the documents each group cites and the window
    # of its first mention with one: what the search below asks of every group.
    of_series: dict[str, list[tuple[list[SessionMention], set[str], list[DateWindow | None]]]] = {}
    for mention in unnumbered:
        window = mention.date.window if mention.date else None
        candidates = of_series.setdefault(mention.series, [])
        target = None
        if window is None:
            target = next((c for c in candidates if mention.document in c[1]), None)
        else:
            target = next(
                (c for c in candidates if c[2][0] is not None and window.overlaps(c[2][0])), None
            )
        if target is None:
            group = [mention]
            loose.append(group)
            candidates.append((group, {mention.document}, [window]))
        else:
            target[0].append(mention)
            target[1].add(mention.document)
            if target[2][0] is None:
                target[2][0] = window
    return _merge_open_years(groups + loose)


def _span_holds(span: When, day: When) -> bool:
    """Whether an open-year span of a few days ("January 11-12") holds an open-year day."""
    first, last, inner = span.month_day, span.month_day_end, day.month_day
    if first is None or last is None or inner is None or day.month_day_end is not None:
        return False
    if inner.day is None or first.day is None or last.day is None:
        return False
    if not (first.month == last.month == inner.month):
        return False
    return first.day <= inner.day <= last.day and last.day - first.day < _MEETING_DAYS


def _open_span(first: SessionMention, open_year: list[SessionMention]) -> SessionMention:
    """The mention stating the meeting's few days when ``first`` gives one of them only."""
    if first.date is None:
        return first
    days = [m.date for m in open_year if m.date is not None and m.date.month_day_end is None]
    for other in sorted(open_year, key=_order):
        span = other.date
        if (
            span is not None
            and _as_sure(other, first)
            and all(_span_holds(span, d) for d in days if not _month_only(d))
            and any(_span_holds(span, d) for d in days)
        ):
            return other
    return first


def _month_only(when: When | None) -> bool:
    """Whether an open-year date gives a month but no day ("in October")."""
    return when is not None and when.month_day is not None and when.month_day.day is None


def _same_month(a: When, b: When) -> bool:
    """Whether two open-year dates fall in one month (a month-only one holds the other)."""
    ends = [x for w in (a, b) for x in (w.month_day, w.month_day_end) if x is not None]
    return len({x.month for x in ends}) == 1


def _month_days(group: list[SessionMention]) -> set[tuple[int, int]] | None:
    """The (month, day) pairs of a group whose every dated mention leaves the year open."""
    found: set[tuple[int, int]] = set()
    for m in group:
        if m.date is None:
            continue
        if m.date.window is not None or m.date.month_day is None:
            return None
        first, last = m.date.month_day, m.date.month_day_end or m.date.month_day
        if first.month is None or first.day is None or last.month is None or last.day is None:
            return None
        found.add((first.month, first.day))
        found.add((last.month, last.day))
    return found or None


def _same_place(a: list[SessionMention], b: list[SessionMention]) -> bool:
    """Whether no place of one group contradicts a place of the other, and a city is shared."""
    places_a = [m.place for m in a if m.place is not None]
    places_b = [m.place for m in b if m.place is not None]
    if not all(x.agrees_with(y) for x in places_a for y in places_b):
        return False
    cities_a = {p.city for p in places_a if p.city}
    cities_b = {p.city for p in places_b if p.city}
    return bool(cities_a & cities_b)


def _holds_day(group: list[SessionMention], days: set[tuple[int, int]]) -> bool:
    """Whether a narrow dated window of the group holds one of the (month, day) pairs."""
    for m in group:
        window = m.date.window if m.date is not None else None
        if window is None or window.days > _SAME_MEETING_DAYS:
            continue
        day = window.earliest
        while day <= window.latest:
            if (day.month, day.day) in days:
                return True
            day += timedelta(days=1)
    return False


def _ordinal_of(group: list[SessionMention]) -> int | None:
    return next((m.ordinal for m in group if m.ordinal is not None), None)


def _merge_open_years(groups: list[list[SessionMention]]) -> list[list[SessionMention]]:
    """Merge an open-year mention ("2/12") into the one dated mention of the same meeting.

    Two groups of one series are one meeting when one gives only a day and month that falls
    inside the other's window (at most a month wide), both name the same city with no place
    contradicting, and they do not carry two different ordinals. Only a unique match merges.
    """
    result = list(groups)
    changed = True
    while changed:
        changed = False
        for open_group in result:
            days = _month_days(open_group)
            if days is None:
                continue
            matches = [
                g
                for g in result
                if g is not open_group
                and g[0].series == open_group[0].series
                and _holds_day(g, days)
                and _same_place(open_group, g)
                and None in (_ordinal_of(g), _ordinal_of(open_group))
            ]
            if len(matches) == 1:
                matches[0].extend(open_group)
                result = [g for g in result if g is not open_group]
                changed = True
                break
    return result


def _event_groups(mentions: list[EventMention]) -> list[Event]:
    """Merge event mentions of one kind at overlapping dates that share a person.

    Each mention joins the first event (in order of appearance) it fits, else starts one.
    What the matching looks at (kind, date, folded names) is kept up to date beside each
    event; the evidence and derivation of a merged event are gathered and sorted once, at
    the end, which gives what sorting them at every merge gives.
    """
    events: list[Event] = []
    names_of: list[set[str]] = []
    gathered: dict[int, tuple[list[Evidence], dict[Derivation, None]]] = {}
    by_kind: dict[object, list[int]] = {}
    for mention in mentions:
        event = mention.event
        names = {_fold_name(p.name) for p in event.participants}
        window = event.date.window if event.date is not None else None
        found = None
        for index in by_kind.get(event.kind, ()) if window is not None else ():
            other = events[index]
            other_window = other.date.window if other.date is not None else None
            if (
                window is not None
                and other_window is not None
                and window.overlaps(other_window)
                and (
                    names & names_of[index]
                    or (not names and not names_of[index] and other.related_to == event.related_to)
                )
            ):
                found = index
                break
        if found is None:
            by_kind.setdefault(event.kind, []).append(len(events))
            events.append(event)
            names_of.append(names)
            continue
        other = events[found]
        assert other.date is not None and other.date.window is not None  # noqa: S101
        assert window is not None  # noqa: S101
        narrowed = other.date.window.intersect(window)
        participants = _unique_people((*other.participants, *event.participants))
        events[found] = attrs.evolve(
            other,
            date=When.of(narrowed, other.date.part_of_day) if narrowed else other.date,
            place=(
                other.place.merge(event.place)
                if other.place and event.place
                else other.place or event.place
            ),
            participants=participants,
        )
        names_of[found] = {_fold_name(p.name) for p in participants}
        evidence, derivation = gathered.setdefault(
            found, (list(other.evidence), dict.fromkeys(other.derivation))
        )
        evidence.extend(event.evidence)
        derivation.update(dict.fromkeys(event.derivation))
    for index, (evidence, derivation) in gathered.items():
        events[index] = attrs.evolve(
            events[index], evidence=_evidence_sorted(evidence), derivation=tuple(derivation)
        )
    return events


class _WithEvidence(Protocol):
    @property
    def evidence(self) -> tuple[Evidence, ...]: ...


_T = TypeVar("_T", bound=_WithEvidence)


def _grouped(
    items: Iterable[_T], key: Callable[[_T], tuple[object, ...]]
) -> list[tuple[_T, tuple[Evidence, ...]]]:
    """The first item of each key, with the evidence of every item that shares the key."""
    groups: dict[tuple[object, ...], list[_T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return [
        (group[0], _evidence_sorted(e for item in group for e in item.evidence))
        for group in groups.values()
    ]


def _periods(mentions: list[Mention]) -> list[Period]:
    periods = [
        attrs.evolve(first, evidence=evidence)
        for first, evidence in _grouped(
            (m.period for m in mentions if isinstance(m, PeriodMention)),
            lambda p: (" ".join(_fold_name(p.name).split()[:2]), p.start_year, p.end_year),
        )
    ]
    return sorted(periods, key=lambda p: (p.start_year, p.end_year, p.name))


def _anniversaries(mentions: list[Mention]) -> list[Anniversary]:
    return [
        attrs.evolve(first, evidence=evidence)
        for first, evidence in _grouped(
            (m.anniversary for m in mentions if isinstance(m, AnniversaryMention)),
            lambda a: (a.nth, a.year, " ".join(_fold_name(a.name).split()[:4])),
        )
    ]


def assemble(mentions: Iterable[Mention], catalogue: Catalogue | None = None) -> Timeline:
    """Assemble mentions into a timeline of stated facts.

    >>> from vnlao_events import bundled_seeds, extract_all
    >>> stated = assemble(extract_all(bundled_seeds()))
    >>> stated.session("political-consultation", 9).status.value
    'held'

    Args:
        mentions: from :func:`vnlao_events.extract`, in any order.
        catalogue: for the series' display names; the built-in one by default.

    Returns:
        A timeline with one session per (series, ordinal), unnumbered sessions grouped by
        date, merged events and periods, and the conflicts found.
    """
    cat = catalogue or Catalogue.default()
    ordered = sorted(mentions, key=_order)
    conflicts: list[Conflict] = []
    everyone = cat.members()

    def members(series: str) -> tuple[str, ...]:
        mechanism = cat.mechanisms.get(series)
        return mechanism.members if mechanism is not None and mechanism.members else everyone

    sessions = [
        _merge_group(group, conflicts, members(group[0].series))
        for group in _session_groups([m for m in ordered if isinstance(m, SessionMention)])
    ]
    sessions = merge_sessions(sessions)
    by_series: dict[str, list[Session]] = {}
    for session in sessions:
        by_series.setdefault(session.series, []).append(session)
    series = [
        Series(
            key=key,
            names=dict(cat.mechanisms[key].names) if key in cat.mechanisms else {},
            sessions=items,
        )
        for key, items in by_series.items()
    ]
    events = _event_groups([m for m in ordered if isinstance(m, EventMention)])
    conflicts.sort(key=lambda c: (c.series or "", c.ordinal or 0, c.kind, c.message))
    return Timeline(
        series=series,
        events=events,
        periods=_periods(ordered),
        anniversaries=_anniversaries(ordered),
        conflicts=conflicts,
    )
