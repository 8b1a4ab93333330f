"""The timeline's value types: places, people, evidence, sessions, events, series.

All values are frozen attrs classes; collections are tuples; changes go through
:func:`attrs.evolve`. Nothing here knows how the values were extracted.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date as _date
from typing import Any, Generic, TypeVar

import attrs

from ._dates import DateWindow, When
from ._derivation import Derivation, as_derivations
from ._kinds import ConflictKind, Lang, conflict_kind
from .exceptions import ParseError

__all__ = [
    "Anniversary",
    "Conflict",
    "ConflictRule",
    "Event",
    "EventKind",
    "Evidence",
    "HostAnchor",
    "HostRule",
    "Inferred",
    "LikelyBasis",
    "LikelyWindow",
    "Mechanism",
    "Participant",
    "Period",
    "Person",
    "Place",
    "RejectedFact",
    "RotationUnit",
    "Series",
    "Session",
    "Status",
    "Timeline",
    "in_member_order",
    "register_shortcut",
]


class Status(enum.Enum):
    """Whether a session happened, is planned, or is only implied by its neighbours.

    >>> Status("held-or-planned")
    <Status.HELD_OR_PLANNED: 'held-or-planned'>
    """

    HELD = "held"
    PLANNED = "planned"
    INFERRED = "inferred"
    HELD_OR_PLANNED = "held-or-planned"


class HostRule(enum.Enum):
    """How a series chooses its host among its members.

    ``alternate``: two members take turns; ``rotate``: the members take turns in a fixed
    order (ASEAN's alphabetical chair), by session or by year, from an anchor; ``fixed``:
    always the same host; ``free``: no rule, so no host is inferred.

    >>> HostRule("rotate").value
    'rotate'
    """

    ALTERNATE = "alternate"
    ROTATE = "rotate"
    FIXED = "fixed"
    FREE = "free"


class RotationUnit(enum.Enum):
    """What a rotation turns with: each session, or each calendar year (a chair's year).

    >>> RotationUnit("year").name
    'YEAR'
    """

    SESSION = "session"
    YEAR = "year"


class EventKind(enum.Enum):
    """The kind of a one-off event.

    >>> EventKind("side-event").name
    'SIDE_EVENT'
    """

    VISIT = "visit"
    RECEPTION = "reception"
    TALKS = "talks"
    CALL = "call"
    SIDE_EVENT = "side-event"


class ConflictRule(enum.Enum):
    """The rule a rejected fact breaks.

    >>> ConflictRule("no-year").name
    'NO_YEAR'
    """

    CADENCE = "cadence"  # its date cannot hold with the kept facts under the gap bounds
    NO_YEAR = "no-year"  # an open-year day that fits no year the kept facts allow
    HOST = "host"  # its host breaks the host rule the other hosts agree on


class LikelyBasis(enum.Enum):
    """What a likely window is learned from.

    >>> LikelyBasis("season").value
    'season'
    """

    GAPS = "gaps"  # the neighbours' days and the spread of the series' observed gaps
    SEASON = "season"  # the series' own season, in the year its gaps point to
    CATALOGUE_SEASON = "catalogue-season"  # the months the catalogue gives, when history has none


_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_COUNTRY = attrs.validators.optional(attrs.validators.matches_re(_COUNTRY_RE))

T = TypeVar("T")
_V = TypeVar("_V")


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


def evolved(instance: _V, /, **changes: object) -> _V:
    """:func:`attrs.evolve` without converters or checks, for changes already valid.

    >>> evolved(Inferred("LA"), value="VN") == Inferred("VN")
    True
    """
    cls = type(instance)
    self = object.__new__(cls)
    get = changes.get
    for name in _field_names(cls):
        value = get(name, _KEEP)
        object.__setattr__(self, name, getattr(instance, name) if value is _KEEP else value)
    return self


_KEEP = object()


@attrs.frozen
class Inferred(Generic[T]):
    """A value inference reached, with the derivations that gave it.

    A session keeps what its sources state in its stated fields (``date``, ``place``,
    ``ordinal``) and what inference reached beside them, in fields of this type
    (``inferred_date``, ``inferred_host``, ``inferred_ordinal``, ``likely``), so the type
    says which is which.

    Args:
        value: what was inferred (a window, a host's ISO 3166 alpha-2 code, an ordinal).
        derivation: the derivations that gave it, in order.

    >>> from vnlao_events import Derivation, FactRef, Rule
    >>> host = Inferred("LA", (Derivation.of(Rule.HOST_ALTERNATION,
    ...                                      facts=[FactRef(ordinal=7, host="VN")], host="LA"),))
    >>> host.value, str(host.derivation[0])
    ('LA', 'host LA by alternation (7th VN)')
    """

    value: T
    derivation: tuple[Derivation, ...] = attrs.field(default=(), converter=as_derivations)


def tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)


def _int_tuple(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(int(item) for item in value)


def _evidence_tuple(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(value)


def participant_tuple(value: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(value)


def in_member_order(
    people: Iterable[Participant], members: tuple[str, ...]
) -> tuple[Participant, ...]:
    """People in their countries' order among ``members``, then those of other or no country.

    Within a group the given order is kept.

    >>> vn, la = Participant(written="A", country="VN"), Participant(written="B", country="LA")
    >>> [p.written for p in in_member_order((la, vn), ("VN", "LA"))]
    ['A', 'B']
    """
    rank = {country: index for index, country in enumerate(members)}
    return tuple(sorted(people, key=lambda p: rank.get(p.country or "", len(rank))))


def _conflict_tuple(value: Iterable[Conflict]) -> tuple[Conflict, ...]:
    return tuple(value)


def _period_tuple(value: Iterable[Period]) -> tuple[Period, ...]:
    return tuple(value)


def _anniversary_tuple(value: Iterable[Anniversary]) -> tuple[Anniversary, ...]:
    return tuple(sorted(value, key=lambda a: (a.origin_year, a.name)))


def _sorted_series(value: Iterable[Series]) -> tuple[Series, ...]:
    return tuple(sorted(value, key=lambda s: s.key))


def _sorted_events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(sorted(value, key=Event.sort_key))


@attrs.frozen(kw_only=True)
class Place:
    """Where a session or event took place, as precisely as known.

    Args:
        venue: a building or hall ("Nhà khách Chính phủ").
        city: a city ("Hà Nội").
        province: a province ("Quảng Bình").
        country: ISO 3166 alpha-2 code ("VN", "LA").
        online: whether it was held online.
        latitude, longitude: coordinates, where the gazetteer has them.
        timezone: an IANA time zone name.

    >>> Place(city="Hà Nội", country="VN").label()
    'Hà Nội, VN'
    """

    venue: str | None = None
    city: str | None = None
    province: str | None = None
    country: str | None = attrs.field(default=None, validator=_COUNTRY)
    online: bool = False
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None

    def label(self) -> str:
        """A one-line human label, most precise part first."""
        parts = [p for p in (self.venue, self.city, self.province, self.country) if p]
        if self.online:
            parts.insert(0, "online")
        return ", ".join(parts)

    def merge(self, other: Place) -> Place:
        """Fill this place's missing parts from ``other`` (this place wins on disagreement)."""
        return Place(
            venue=self.venue or other.venue,
            city=self.city or other.city,
            province=self.province or other.province,
            country=self.country or other.country,
            online=self.online or other.online,
            latitude=self.latitude if self.latitude is not None else other.latitude,
            longitude=self.longitude if self.longitude is not None else other.longitude,
            timezone=self.timezone or other.timezone,
        )

    def agrees_with(self, other: Place) -> bool:
        """Whether no part of the two places contradicts the other."""
        for mine, theirs in (
            (self.country, other.country),
            (self.city, other.city),
            (self.venue, other.venue),
        ):
            if mine and theirs and mine != theirs:
                return False
        return True


@attrs.frozen(kw_only=True)
class Person:
    """A person of the catalogue.

    Args:
        name: the canonical name, as the articles most often write it.
        country: ISO 3166 alpha-2 code.
        aliases: other spellings (transliterations, forms without diacritics).

    >>> Person(name="Phạm Minh Chính", country="VN").name
    'Phạm Minh Chính'
    """

    name: str
    country: str | None = attrs.field(default=None, validator=_COUNTRY)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)


@attrs.frozen(kw_only=True)
class Participant:
    """A person named in a source: as written, and matched to the catalogue where possible.

    >>> Participant(written="Pham Minh Chinh", canonical="Phạm Minh Chính").name
    'Phạm Minh Chính'
    """

    written: str
    canonical: str | None = None
    country: str | None = attrs.field(default=None, validator=_COUNTRY)

    @property
    def name(self) -> str:
        """The canonical name when known, else the name as written."""
        return self.canonical or self.written


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a stated fact comes from: a document and a character span in its original text.

    Args:
        document: the document id.
        start: offset of the first character.
        end: offset one past the last character.
        quote: ``text[start:end]``, exactly.

    Raises:
        ParseError: when the span is negative or the quote's length does not match it.

    >>> Evidence(document="a.txt", start=0, end=5, quote="Sáng ").end
    5
    """

    document: str
    start: int
    end: int
    quote: str

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ParseError(
                f"'start' and 'end' must satisfy 0 <= start <= end (got {self.start}, {self.end})."
            )
        if len(self.quote) != self.end - self.start:
            raise ParseError(
                f"'quote' must be {self.end - self.start} characters long for span"
                f" {self.start}..{self.end} (got {len(self.quote)}).",
                text=self.quote,
            )


@attrs.frozen(kw_only=True)
class HostAnchor:
    """A known turn of a host rule: the host of one session, or of one year.

    Args:
        host: the member that hosts (ISO 3166-1 alpha-2).
        session: the ordinal of the session it hosts.
        year: the year it hosts (chairs), for a rotation by year.

    Raises:
        ParseError: when neither or both of ``session`` and ``year`` are given.

    >>> HostAnchor(host="LA", year=2024).year
    2024
    """

    host: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]{2}"))
    session: int | None = None
    year: int | None = None

    def __attrs_post_init__(self) -> None:
        if (self.session is None) == (self.year is None):
            raise ParseError(
                f"'anchor' needs one of 'session' or 'year' (got session={self.session!r},"
                f" year={self.year!r})."
            )


@attrs.frozen(kw_only=True)
class Mechanism:
    """A recurring mechanism of the catalogue: a series of numbered sessions.

    Args:
        key: the slug ("political-consultation").
        names: display names by language code ("vi", "en", "lo").
        aliases: phrases that name the mechanism in text, by language code.
        level: the level that tells near-identical series apart ("deputy-minister").
        gap_min_days, gap_max_days: cadence bounds between consecutive sessions.
        host_rule: how the host is chosen among the members (:class:`HostRule`).
        has_ordinals: whether sessions are numbered.
        co_chairs: who co-chairs it, in words.
        family: mechanisms of one family share aliases and differ by level.
        level_cues: words that name this mechanism's level ("deputy foreign minister").
        members: the member countries (ISO 3166-1 alpha-2), in the catalogue's order: the
            order co-chairs are listed in, and the rotation order of a ``rotate`` series.
        host: the one host of a ``fixed`` series.
        rotation: whether a ``rotate`` series turns with each session or each year.
        anchor: a known turn of the rotation or alternation (:class:`HostAnchor`).
        skips: members that pass their turn in the rotation.
        season: the months (1..12) in which sessions are usually held.

    Raises:
        ParseError: when the cadence bounds, members or host rule do not fit together.

    >>> m = Mechanism(key="x", names={"en": "X"}, gap_min_days=150, gap_max_days=1095)
    >>> m.name("vi")
    'X'
    >>> Mechanism(key="y", members=("BN", "KH", "ID"), host_rule=HostRule.ROTATE).turns
    ('BN', 'KH', 'ID')
    """

    key: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z0-9][a-z0-9-]*"))
    names: dict[str, str] = attrs.field(factory=dict, hash=False)
    aliases: dict[str, tuple[str, ...]] = attrs.field(factory=dict, hash=False)
    level: str | None = None
    gap_min_days: int = 150
    gap_max_days: int = 1095
    host_rule: HostRule = HostRule.FREE
    has_ordinals: bool = True
    co_chairs: str | None = None
    family: str | None = None
    level_cues: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    members: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    host: str | None = attrs.field(default=None, validator=_COUNTRY)
    rotation: RotationUnit = RotationUnit.SESSION
    anchor: HostAnchor | None = None
    skips: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    season: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple)

    def __attrs_post_init__(self) -> None:
        if not 0 < self.gap_min_days <= self.gap_max_days:
            raise ParseError(
                f"'gap_min_days' must be > 0 and <= 'gap_max_days' (got {self.gap_min_days},"
                f" {self.gap_max_days}) for mechanism {self.key!r}."
            )
        for code in (*self.members, *self.skips):
            if not (len(code) == 2 and code.isascii() and code.isupper()):
                raise ParseError(
                    f"'members' must hold ISO 3166-1 alpha-2 codes such as 'VN' (got {code!r})."
                )
        if len(set(self.members)) != len(self.members):
            raise ParseError(f"'members' must not repeat a member (got {list(self.members)!r}).")
        if any(not 1 <= month <= 12 for month in self.season):
            raise ParseError(f"'season' must hold months 1..12 (got {list(self.season)!r}).")
        outside = [c for c in (*self.skips,) if c not in self.members]
        if outside:
            raise ParseError(f"'skips' must name members (got {outside[0]!r}).")
        rule = self.host_rule
        if rule is HostRule.ALTERNATE and len(self.members) != 2:
            raise ParseError(
                f"'host_rule' 'alternate' needs exactly two 'members' (got {list(self.members)!r})."
            )
        if rule is HostRule.ROTATE and len(self.turns) < 2:
            raise ParseError(
                "'host_rule' 'rotate' needs at least two 'members' taking turns (got"
                f" {list(self.turns)!r})."
            )
        if rule is HostRule.FIXED and self.host is None:
            raise ParseError("'host_rule' 'fixed' needs a 'host' (got none).")
        if self.host is not None and self.members and self.host not in self.members:
            raise ParseError(f"'host' must be one of the members (got {self.host!r}).")
        if self.anchor is not None:
            if self.anchor.host not in self.turns:
                raise ParseError(
                    f"'anchor.host' must be a member taking turns (got {self.anchor.host!r})."
                )
            if self.rotation is RotationUnit.YEAR and self.anchor.year is None:
                raise ParseError("'anchor' of a rotation by year needs a 'year'.")
            if self.rotation is RotationUnit.SESSION and self.anchor.session is None:
                raise ParseError("'anchor' of a rotation by session needs a 'session'.")

    @property
    def turns(self) -> tuple[str, ...]:
        """The members that take turns as host, in order (the members less the skips)."""
        return tuple(m for m in self.members if m not in self.skips)

    def name(self, lang: Lang | str = Lang.EN) -> str:
        """The display name in ``lang``, falling back to English, then to the key.

        Raises:
            ParseError: for a language other than ``"en"`` and ``"vi"``.
        """
        lang = Lang.of(lang)
        return self.names.get(lang) or self.names.get("en") or self.key


def _check_level(instance: object, attribute: object, value: float) -> None:
    if not 0 < value < 1:
        raise ParseError(f"'level' must be between 0 and 1 (got {value!r}).")


@attrs.frozen(kw_only=True)
class LikelyWindow:
    """Where a session most likely falls, learned from its series' own dated history.

    Beside the hard window (certain under the catalogue's cadence bounds), a likely window
    holds the true day with the nominal probability ``level``; the backtest measures how
    often it does.

    Args:
        earliest: the first day of the window.
        latest: the last day.
        level: the nominal coverage (``0.8``: eight times out of ten).
        basis: whether it comes from the gaps or from the series' season.
        most_likely: the single most likely day, inside the window.

    Raises:
        ParseError: when ``earliest`` is after ``latest`` or ``level`` is not in (0, 1).

    >>> w = LikelyWindow(earliest=_date(2026, 12, 1), latest=_date(2027, 1, 20), level=0.8,
    ...                  basis=LikelyBasis.SEASON)
    >>> w.days, w.format_iso()
    (51, '2026-12-01/2027-01-20')
    """

    earliest: _date
    latest: _date
    level: float = attrs.field(validator=_check_level)
    basis: LikelyBasis = LikelyBasis.GAPS
    most_likely: _date | None = None

    def __attrs_post_init__(self) -> None:
        if self.earliest > self.latest:
            raise ParseError(
                f"'earliest' must not be after 'latest' (got {self.earliest.isoformat()} >"
                f" {self.latest.isoformat()})."
            )
        if self.most_likely is not None and not self.earliest <= self.most_likely <= self.latest:
            raise ParseError(
                f"'most_likely' must lie in {self.format_iso()} (got"
                f" {self.most_likely.isoformat()})."
            )

    @property
    def days(self) -> int:
        """How many days the window holds."""
        return (self.latest - self.earliest).days + 1

    def contains(self, day: _date) -> bool:
        """Whether ``day`` lies inside the window."""
        return self.earliest <= day <= self.latest

    def format_iso(self) -> str:
        """The ISO 8601 interval form."""
        if self.earliest == self.latest:
            return self.earliest.isoformat()
        return f"{self.earliest.isoformat()}/{self.latest.isoformat()}"


@attrs.frozen(kw_only=True)
class RejectedFact:
    """A stated fact that the series' other facts outweigh: kept, but left out of inference.

    Args:
        series: the series key.
        ordinal: the session the fact is about.
        rule: the rule it breaks.
        stated: the value as stated ("2017-01-07", "--01-10", "LA").
        documents: the documents behind it, sorted.
        contradicts: the ordinals of the kept facts it cannot hold with, sorted.

    >>> r = RejectedFact(series="x", ordinal=1, rule=ConflictRule.CADENCE,
    ...                  stated="2017-01-07", documents=("a.txt",), contradicts=(34, 39))
    >>> r.support
    1
    """

    series: str
    ordinal: int
    rule: ConflictRule
    stated: str
    documents: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    contradicts: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple)

    @property
    def support(self) -> int:
        """How many distinct documents state the fact."""
        return len(set(self.documents))


def _sorted_sessions(sessions: Iterable[Session]) -> tuple[Session, ...]:
    items = tuple(sessions)
    last: int | None = None
    for session in items:  # already in ordinal order, one each: the sort would keep it
        number = session.number
        if number is None or (last is not None and number <= last):
            return tuple(sorted(items, key=Session.sort_key))
        last = number
    return items


@attrs.frozen(kw_only=True)
class Session:
    """One session of a series: what its sources state, and beside it what inference reached.

    Stated fields hold only what sources state; a value inference reached sits in an
    :class:`Inferred` field with its derivation. :attr:`when`, :attr:`where` and
    :attr:`number` give the value to show: the stated one, else the inferred one.

    Args:
        series: the mechanism key.
        ordinal: the session's number as a source states it, or ``None``.
        status: held, planned or held-or-planned as sources state it; ``inferred`` for a
            session no source names (inference found it between or after stated ones).
        date: when, as sources state it, as precisely as the evidence allows.
        place: where, as sources state it.
        co_chairs: the people who co-chaired it.
        participants: other people named as taking part.
        evidence: every span that states something about this session.
        derivation: how the stated facts were read from their sources, one
            :class:`Derivation` each (English lines are read into values).
        forecast: whether this is a forecast of a session not yet announced.
        not_before: for a session no source dates, the day an announcement spoke of it as
            still to come (it is on or after that day).
        rejected: set when inference left this session's stated date or host out, because
            the series' other facts outweigh it.
        inferred_date: the tightest window the series implies: for a session no source
            names, its only date; for a stated one, when narrower than its stated date.
        inferred_year: a stated date without a year, in the year (or with the candidate
            years) the series allows.
        inferred_host: the host country (ISO 3166 alpha-2) by the series' host rule, for a
            session no source places in a country.
        inferred_ordinal: the one ordinal an unnumbered session's date fits.
        likely: where the session most likely falls, learned from the series' history
            (inference fills it in for inferred, planned and forecast sessions).

    >>> s = Session(series="political-consultation", ordinal=7, status=Status.HELD)
    >>> s.label()
    'political-consultation #7'
    """

    series: str
    ordinal: int | None = None
    status: Status = Status.HELD_OR_PLANNED
    date: When | None = None
    place: Place | None = None
    co_chairs: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence_tuple)
    derivation: tuple[Derivation, ...] = attrs.field(default=(), converter=as_derivations)
    forecast: bool = False
    not_before: _date | None = None
    rejected: RejectedFact | None = None
    inferred_date: Inferred[DateWindow] | None = None
    inferred_year: Inferred[When] | None = None
    inferred_host: Inferred[str] | None = None
    inferred_ordinal: Inferred[int] | None = None
    likely: Inferred[LikelyWindow] | None = None

    def __attrs_post_init__(self) -> None:
        if self.ordinal is not None and self.ordinal < 1:
            raise ParseError(f"'ordinal' must be >= 1 (got {self.ordinal}).")
        if self.status is Status.INFERRED and (self.date is not None or self.place is not None):
            raise ParseError(
                "'date' and 'place' are what sources state: an inferred session no source"
                " names has neither (its window is 'inferred_date', its host 'inferred_host')."
            )
        if self.inferred_ordinal is not None and self.ordinal is not None:
            raise ParseError(
                f"'inferred_ordinal' must be unset for a session whose source numbers it"
                f" (got {self.inferred_ordinal.value} beside {self.ordinal})."
            )
        if (
            self.inferred_host is not None
            and _COUNTRY_RE.fullmatch(self.inferred_host.value) is None
        ):
            raise ParseError(
                f"'inferred_host' must be an ISO 3166 alpha-2 code (got"
                f" {self.inferred_host.value!r})."
            )

    @property
    def number(self) -> int | None:
        """The ordinal: as a source states it, else as inference found it."""
        if self.ordinal is not None:
            return self.ordinal
        return self.inferred_ordinal.value if self.inferred_ordinal is not None else None

    @property
    def when(self) -> When | None:
        """The date to show: the stated one, else the inferred one.

        A stated date without a year shows in the year inference placed it; a session no
        source names shows the window the series implies.
        """
        if self.inferred_year is not None:
            return self.inferred_year.value
        if self.date is not None:
            return self.date
        if self.status is Status.INFERRED and self.inferred_date is not None:
            return When.of(self.inferred_date.value)
        return None

    @property
    def series_window(self) -> DateWindow | None:
        """The window the series implies for a session a source names, narrower than its date.

        ``None`` for an inferred session: its :attr:`when` is that window.
        """
        if self.status is Status.INFERRED or self.inferred_date is None:
            return None
        return self.inferred_date.value

    @property
    def where(self) -> Place | None:
        """The place to show: the stated one, with the inferred host country filled in."""
        if self.inferred_host is None:
            return self.place
        return (self.place or Place()).merge(Place(country=self.inferred_host.value))

    def all_derivations(self) -> tuple[Derivation, ...]:
        """Every derivation: the stated facts', then each inferred value's, in that order.

        >>> Session(series="x", inferred_host=Inferred("LA", ["host LA by alternation (7th VN)"])
        ...         ).all_derivations()[0].rule.value
        'host-alternation'
        """
        found = list(self.derivation)
        for value in (self.inferred_year, self.inferred_ordinal, self.inferred_date):
            if value is not None:
                found.extend(value.derivation)
        if self.inferred_host is not None:
            found.extend(self.inferred_host.derivation)
        return tuple(found)

    def stated(self) -> Session:
        """The session as its sources state it: every inferred value and judgement dropped.

        >>> s = Session(series="x", ordinal=1, inferred_host=Inferred("LA"))
        >>> s.stated().inferred_host is None
        True
        """
        if not (
            self.inferred_date or self.inferred_year or self.inferred_host
            or self.inferred_ordinal or self.likely or self.rejected
        ):  # fmt: skip
            return self
        return attrs.evolve(
            self,
            inferred_date=None,
            inferred_year=None,
            inferred_host=None,
            inferred_ordinal=None,
            likely=None,
            rejected=None,
        )

    def label(self) -> str:
        """``series #ordinal``, or ``series (date)`` for an unnumbered session."""
        number = self.number
        if number is not None:
            return f"{self.series} #{number}"
        when = self.date.format_iso() if self.date else "undated"
        return f"{self.series} ({when})"

    def sort_key(self) -> tuple[int, tuple[object, ...]]:
        """Sorts numbered sessions by ordinal, unnumbered ones by date after them.

        Sessions alike in both are ordered by their other facts, so the order never depends
        on the order they were given in.
        """
        when = self.when
        date_key = when.sort_key() if when else (_date.max, _date.max)
        narrower = self.series_window
        window = narrower.sort_key() if narrower else (_date.max,) * 2
        first = self.evidence[0] if self.evidence else None
        ties = (
            *window,
            self.not_before or _date.max,
            self.status.value,
            self.forecast,
            len(self.evidence),
            (first.document, first.start, first.end) if first else ("", 0, 0),
            when.format_iso() if when else "",
        )
        number = self.number
        if number is not None:
            return (0, (number, *date_key, *ties))
        return (1, (*date_key, *ties))

    @property
    def documents(self) -> tuple[str, ...]:
        """The documents that state something about this session, sorted."""
        return tuple(sorted({e.document for e in self.evidence}))


@attrs.frozen(kw_only=True)
class Event:
    """A one-off event: a visit, a reception, talks, a call, a side event.

    Args:
        kind: the kind of event.
        summary: a one-line description.
        date, place, participants, evidence: as for :class:`Session`.
        related_to: ``(series, ordinal)`` of the session a side event belongs to.

    >>> e = Event(kind=EventKind.VISIT, summary="State visit")
    >>> len(e.uid_key())
    16
    """

    kind: EventKind
    summary: str
    date: When | None = None
    place: Place | None = None
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence_tuple)
    related_to: tuple[str, int] | None = None
    derivation: tuple[Derivation, ...] = attrs.field(default=(), converter=as_derivations)

    def uid_key(self) -> str:
        """A stable 16-hex-digit key from the kind, date and participants."""
        names = ",".join(sorted(p.name for p in self.participants))
        when = self.date.format_iso() if self.date else ""
        text = f"{self.kind.value}|{when}|{names}|{self.summary if not names else ''}"
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def sort_key(self) -> tuple[object, ...]:
        """Sorts events by date, then kind and summary."""
        date_key = self.date.sort_key() if self.date else (_date.max, _date.max)
        return (*date_key, self.kind.value, self.summary)


@attrs.frozen(kw_only=True)
class Period:
    """A multi-year span: an agreement's term, a chairmanship, a themed year.

    >>> Period(name="Cooperation Agreement", start_year=2021, end_year=2025).years
    5
    """

    name: str
    start_year: int
    end_year: int
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence_tuple)

    def __attrs_post_init__(self) -> None:
        if self.end_year < self.start_year:
            raise ParseError(
                f"'end_year' must not be before 'start_year' (got {self.start_year}-"
                f"{self.end_year})."
            )

    @property
    def years(self) -> int:
        """How many calendar years the period covers."""
        return self.end_year - self.start_year + 1


@attrs.frozen(kw_only=True)
class Anniversary:
    """The Nth anniversary of something, marked in a given year: it dates the original event.

    ``origin_date`` is the day of the original event, where a source gives it.

    >>> a = Anniversary(name="Ngày thiết lập quan hệ ngoại giao", nth=60, year=2022)
    >>> a.origin_year
    1962
    """

    name: str
    nth: int
    year: int
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence_tuple)
    origin_date: _date | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.nth <= 1000:
            raise ParseError(f"'nth' must be 1..1000 (got {self.nth}).")
        if self.origin_date is not None and self.origin_date.year != self.origin_year:
            raise ParseError(
                f"'origin_date' must fall in the origin year {self.origin_year}"
                f" (got {self.origin_date.isoformat()})."
            )

    @property
    def origin_year(self) -> int:
        """The year of the event whose anniversary this is."""
        return self.year - self.nth


@attrs.frozen(kw_only=True)
class Conflict:
    """Facts that cannot all be true, with the evidence of each side.

    A conflict found by inference names its root cause in ``rejected``: the one stated fact
    left out, with the facts it contradicts; ``derivation`` is the rule that failed, with
    the facts on each side, from which :meth:`render` writes it in each language.

    >>> Conflict(kind="date", message="two dates", series="x", ordinal=1).documents
    ()
    """

    kind: ConflictKind = attrs.field(converter=conflict_kind)
    message: str
    series: str | None = None
    ordinal: int | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence_tuple)
    rejected: RejectedFact | None = None
    derivation: Derivation | None = None

    @property
    def documents(self) -> tuple[str, ...]:
        """The documents involved, sorted."""
        return tuple(sorted({e.document for e in self.evidence}))

    def render(self, lang: Lang | str = Lang.EN) -> str:
        """The conflict in ``lang``: from its derivation, else its message as written."""
        if self.derivation is None:
            return self.message
        return self.derivation.render(lang)


@attrs.frozen(kw_only=True)
class Series:
    """The sessions of one mechanism, sorted by ordinal (unnumbered ones last, by date).

    >>> Series(key="x", sessions=[Session(series="x", ordinal=2),
    ...                           Session(series="x", ordinal=1)]).ordinals()
    (1, 2)
    """

    key: str
    names: dict[str, str] = attrs.field(factory=dict, hash=False)
    sessions: tuple[Session, ...] = attrs.field(default=(), converter=_sorted_sessions)

    def ordinals(self) -> tuple[int, ...]:
        """The ordinals present, in order."""
        return tuple(n for s in self.sessions if (n := s.number) is not None)

    def session(self, ordinal: int) -> Session | None:
        """The session with this ordinal, or ``None``."""
        for candidate in self.sessions:
            if candidate.number == ordinal:
                return candidate
        return None


@attrs.frozen(kw_only=True)
class Timeline:
    """Series of sessions, one-off events, periods and conflicts.

    >>> t = Timeline(series=[Series(key="x", sessions=[Session(series="x", ordinal=1)])])
    >>> t.session("x", 1).ordinal
    1
    >>> len(list(t.sessions()))
    1
    """

    series: tuple[Series, ...] = attrs.field(default=(), converter=_sorted_series)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_sorted_events)
    periods: tuple[Period, ...] = attrs.field(default=(), converter=_period_tuple)
    anniversaries: tuple[Anniversary, ...] = attrs.field(default=(), converter=_anniversary_tuple)
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_conflict_tuple)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)

    def get_series(self, key: str) -> Series | None:
        """The series with this key, or ``None``."""
        for series in self.series:
            if series.key == key:
                return series
        return None

    def session(self, series: str, ordinal: int) -> Session | None:
        """The session ``ordinal`` of ``series``, or ``None``."""
        found = self.get_series(series)
        return None if found is None else found.session(ordinal)

    def sessions(self) -> Iterator[Session]:
        """Every session of every series, series by key, sessions in order."""
        for series in self.series:
            yield from series.sessions

    # Conveniences that hand the timeline to an exporter. The exporters register themselves
    # (see :func:`register_shortcut`), so the value types import no exporter.

    def to_dataframe(self) -> Any:
        """Shortcut for :func:`vnlao_events.to_dataframe` (extra ``pandas``); prefer that."""
        return _shortcut("to_dataframe")(self)

    def plot(self, lang: Lang | str = Lang.EN) -> Any:
        """Shortcut for :func:`vnlao_events.plot_figure` (extra ``plot``); prefer that."""
        return _shortcut("plot")(self, lang)


_SHORTCUTS: dict[str, Callable[..., object]] = {}


def register_shortcut(name: str, function: Callable[..., object]) -> None:
    """Let ``Timeline.<name>(...)`` call ``function(timeline, ...)``; used by the exporters.

    The dependency runs from the exporter to the model, never back.

    >>> register_shortcut("to_dataframe", _SHORTCUTS["to_dataframe"])  # as the exporter does
    """
    _SHORTCUTS[name] = function


def _shortcut(name: str) -> Callable[..., object]:
    try:
        return _SHORTCUTS[name]
    except KeyError:  # pragma: no cover - vnlao_events imports every exporter
        raise NotImplementedError(
            f"Timeline.{name}() needs its exporter: import vnlao_events first."
        ) from None
