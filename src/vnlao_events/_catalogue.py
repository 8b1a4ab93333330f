"""The catalogue: mechanisms, places and people, as data.

The built-in catalogue ships as ``vnlao_events/data/catalogue.toml``; a user file
with the same layout adds entries or overrides them field by field.

>>> cat = Catalogue.default()
>>> cat.mechanisms["political-consultation"].host_rule.value
'alternate'
>>> cat.place("vieng-chan").country
'LA'
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from ._kinds import PlaceKind, place_kind
from ._model import HostRule, Mechanism, Person, Place, tuple_of_str
from ._text import fold_plain
from .exceptions import CatalogueError, VnlaoEventsError

__all__ = ["Catalogue", "PlaceEntry"]

_MECHANISM_FIELDS = {
    "names": dict, "aliases": dict, "level": str, "host_rule": str, "gap_min_days": int,
    "gap_max_days": int, "has_ordinals": bool, "co_chairs": str, "family": str,
    "level_cues": list,
}  # fmt: skip
_PLACE_FIELDS = {
    "kind": str, "country": str, "in": str, "names": dict, "aliases": list, "latitude": float,
    "longitude": float, "timezone": str,
}  # fmt: skip
_PERSON_FIELDS = {"name": str, "country": str, "aliases": list}
_PLACE_KINDS = ("country", "province", "city", "venue")


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """One gazetteer entry: a country, province, city or venue, with its spellings.

    >>> PlaceEntry(key="ha-noi", kind="city", names={"vi": "Hà Nội"}, country="VN").name()
    'Hà Nội'
    """

    key: str
    kind: PlaceKind = attrs.field(converter=place_kind)
    names: dict[str, str] = attrs.field(factory=dict, hash=False)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    country: str | None = None
    parent: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None

    def name(self, lang: str = "vi") -> str:
        """The display name in ``lang``, falling back to Vietnamese, then English."""
        return self.names.get(lang) or self.names.get("vi") or self.names.get("en") or self.key


def _alias_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex (plain view) for many phrases; spaces and hyphens between words are loose."""
    parts: list[str] = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s\-]+", fold_plain(phrase)) if w]
        if words:
            parts.append(r"[\s\-]*".join(words))
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def _searcher(phrases: Iterable[str]) -> re.Pattern[str]:
    """Where a phrase of :func:`_alias_regex` may begin, found fast: after a non-word character.

    A character that is no letter or digit, then the same phrases grouped by their first
    character: the regex engine skips, in one pass, every character inside a word, and at a
    word start tries only the phrases of its first letter. :meth:`Catalogue.find` runs the
    full regex where this finds a phrase (and at the very start of the text), so the
    matches are the full regex's own.
    """
    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [w for w in re.split(r"[\s\-]+", fold_plain(phrase)) if w]
        if words:
            rest = r"[\s\-]*".join(re.escape(w) for w in words)[len(re.escape(words[0][0])) :]
            groups.setdefault(words[0][0], []).append(rest)
    if not groups:
        return re.compile(r"(?!x)x")
    branches = (re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return re.compile(r"[^\w](?:" + "|".join(branches) + r")(?![\w])")


_LOOSE = re.compile(r"[\s\-]+")


def _alias_key(text: str) -> str:
    return _LOOSE.sub("", fold_plain(text))


@attrs.frozen(kw_only=True)
class Catalogue:
    """Mechanisms, places and people that the extractor knows.

    Use :meth:`default` for the built-in catalogue and :meth:`load` to add a file.

    >>> catalogue = Catalogue.default()
    >>> catalogue.mechanisms["intergovernmental-committee"].host_rule.value
    'free'
    >>> catalogue.find("places", "vientiane")
    [(0, 9, 'vieng-chan')]

    Args:
        mechanisms: by key.
        places: gazetteer entries by key.
        people: by key.
        sources: the files the catalogue was read from.
    """

    mechanisms: dict[str, Mechanism] = attrs.field(factory=dict, hash=False)
    places: dict[str, PlaceEntry] = attrs.field(factory=dict, hash=False)
    people: dict[str, Person] = attrs.field(factory=dict, hash=False)
    sources: tuple[str, ...] = ()
    _matchers: dict[str, tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]] = attrs.field(
        factory=dict, hash=False, eq=False, repr=False, alias="_matchers"
    )

    @classmethod
    def default(cls) -> Catalogue:
        """The built-in catalogue (read once, then shared)."""
        return _default_catalogue()

    @classmethod
    def from_toml(
        cls, text: str, source: str = "<string>", base: Catalogue | None = None
    ) -> Catalogue:
        """Read a catalogue from TOML text, on top of ``base`` when given.

        Raises:
            CatalogueError: naming the source, the entry and the field that is wrong.
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise CatalogueError(f"{source}: not valid TOML: {error}.", path=source) from None
        raw = (
            _raw_tables(base)
            if base is not None
            else {"mechanisms": {}, "places": {}, "people": {}}
        )
        unknown = set(data) - {"schema", "mechanisms", "places", "people"}
        if unknown:
            raise CatalogueError(
                f"{source}: unknown top-level table {sorted(unknown)[0]!r} (expected mechanisms,"
                " places, people).",
                path=source,
            )
        for section in ("mechanisms", "places", "people"):
            tables = data.get(section, {})
            if not isinstance(tables, dict):
                raise CatalogueError(f"{source}: {section!r} must be a table.", path=source)
            for key, entry in tables.items():
                if not isinstance(entry, dict):
                    raise CatalogueError(
                        f"{source}: {section}.{key} must be a table (got {type(entry).__name__}).",
                        path=source,
                        entry=key,
                    )
                raw[section][key] = _merge(raw[section].get(key, {}), entry)
        sources = (*(base.sources if base else ()), source)
        return _build(raw, source, sources)

    def load(self, path: str | Path) -> Catalogue:
        """This catalogue with the entries of a user's TOML file added or overridden.

        Raises:
            CatalogueError: when the file cannot be read or an entry is malformed.
        """
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CatalogueError(f"{name}: cannot read catalogue: {error}.", path=name) from None
        return Catalogue.from_toml(text, name, base=self)

    def place(self, key: str) -> Place:
        """The :class:`Place` for a gazetteer entry, filled in from the entries that hold it."""
        entry = self.places[key]
        place = Place()
        seen: set[str] = set()
        current: PlaceEntry | None = entry
        while current is not None and current.key not in seen:
            seen.add(current.key)
            name = current.name()
            part = Place(
                venue=name if current.kind == "venue" else None,
                city=name if current.kind == "city" else None,
                province=name if current.kind == "province" else None,
                country=current.country,
                latitude=current.latitude,
                longitude=current.longitude,
                timezone=current.timezone,
            )
            place = place.merge(part)
            current = self.places.get(current.parent) if current.parent else None
        if place.country and not place.timezone:
            country = next(
                (
                    p
                    for p in self.places.values()
                    if p.kind == "country" and p.country == place.country
                ),
                None,
            )
            if country is not None:
                place = attrs.evolve(place, timezone=country.timezone)
        return place

    def _matcher(self, what: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
        cached = self._matchers.get(what)
        if cached is not None:
            return cached
        lookup: dict[str, str] = {}
        if what == "mechanisms":
            for mechanism in self.mechanisms.values():
                for aliases in mechanism.aliases.values():
                    for alias in aliases:
                        lookup.setdefault(_alias_key(alias), mechanism.key)
        elif what == "places":
            for entry in self.places.values():
                for alias in (*entry.aliases, *entry.names.values()):
                    lookup.setdefault(_alias_key(alias), entry.key)
        else:
            for key, person in self.people.items():
                for alias in (person.name, *person.aliases):
                    lookup.setdefault(_alias_key(alias), key)
        phrases = self._phrases(what)
        result = (_alias_regex(phrases), _searcher(phrases), lookup)
        self._matchers[what] = result
        return result

    def _phrases(self, what: str) -> list[str]:
        if what == "mechanisms":
            return [a for m in self.mechanisms.values() for al in m.aliases.values() for a in al]
        if what == "places":
            return [a for e in self.places.values() for a in (*e.aliases, *e.names.values())]
        return [a for p in self.people.values() for a in (p.name, *p.aliases)]

    def find(self, what: str, plain: str) -> list[tuple[int, int, str]]:
        """Find catalogue entries in a plain-folded text.

        Args:
            what: ``"mechanisms"``, ``"places"`` or ``"people"``.
            plain: the text's plain view (see :func:`vnlao_events._text.fold_plain`).

        Returns:
            ``(start, end, key)`` for each match, in text order.

        >>> Catalogue.default().find("people", "thu tuong pham minh chinh")
        [(10, 25, 'pham-minh-chinh')]
        """
        pattern, searcher, lookup = self._matcher(what)
        found = []
        # The matches of ``pattern.finditer``: at the start of the text, then wherever the
        # searcher finds a phrase after a non-word character; the full regex decides.
        match = pattern.match(plain)
        position = 0
        while True:
            if match is not None:
                key = lookup.get(_LOOSE.sub("", match.group()))
                if key is not None:
                    found.append((match.start(), match.end(), key))
                position = max(match.end(), match.start() + 1)
            candidate = searcher.search(plain, max(position - 1, 0))
            if candidate is None:
                return found
            match = pattern.match(plain, candidate.start() + 1)
            if match is None:  # pragma: no cover - the searcher finds only what it matches
                position = candidate.start() + 2


def _raw_tables(catalogue: Catalogue) -> dict[str, dict[str, dict[str, Any]]]:
    raw: dict[str, dict[str, dict[str, Any]]] = {"mechanisms": {}, "places": {}, "people": {}}
    for key, m in catalogue.mechanisms.items():
        raw["mechanisms"][key] = {
            "names": dict(m.names), "aliases": {k: list(v) for k, v in m.aliases.items()},
            "host_rule": m.host_rule.value, "gap_min_days": m.gap_min_days,
            "gap_max_days": m.gap_max_days, "has_ordinals": m.has_ordinals,
            **({"level": m.level} if m.level else {}),
            **({"co_chairs": m.co_chairs} if m.co_chairs else {}),
            **({"family": m.family} if m.family else {}),
            **({"level_cues": list(m.level_cues)} if m.level_cues else {}),
        }  # fmt: skip
    for key, p in catalogue.places.items():
        entry: dict[str, Any] = {"kind": p.kind, "names": dict(p.names), "aliases": list(p.aliases)}
        for field, value in (
            ("country", p.country),
            ("in", p.parent),
            ("latitude", p.latitude),
            ("longitude", p.longitude),
            ("timezone", p.timezone),
        ):
            if value is not None:
                entry[field] = value
        raw["places"][key] = entry
    for key, person in catalogue.people.items():
        raw["people"][key] = {
            "name": person.name,
            "aliases": list(person.aliases),
            **({"country": person.country} if person.country else {}),
        }
    return raw


def _merge(base: Mapping[str, Any], entry: Mapping[str, Any]) -> dict[str, Any]:
    """An entry over its base, field by field: tables (``names``, ``aliases``) key by key.

    A user file that sets ``names.vi`` keeps the built-in ``names.en``.
    """
    merged = dict(base)
    for field, value in entry.items():
        old = merged.get(field)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[field] = {**old, **value}
        else:
            merged[field] = value
    return merged


# Fields whose values are tables of strings, lists of strings, or numbers in a range.
_STRING_TABLES = {"names"}
_STRING_LISTS = {"aliases", "level_cues"}
_RANGES = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0)}
_NON_NEGATIVE = {"gap_min_days", "gap_max_days"}


def _problem(source: str, where: str, key: str, field: str, what: str) -> CatalogueError:
    return CatalogueError(
        f"{source}: {where}.{key}.{field} {what}", path=source, entry=key, field=field
    )


def _check_value(source: str, section: str, key: str, field: str, value: Any) -> None:
    """Check what is inside a field of the right type: its strings, range and zone."""
    if field in _STRING_TABLES and isinstance(value, dict):
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise _problem(
                    source,
                    section,
                    key,
                    f"{field}.{lang}",
                    f"must be a non-empty string (got {text!r}).",
                )
    if field in _STRING_LISTS and isinstance(value, list):
        for text in value:
            if not isinstance(text, str) or not text.strip():
                raise _problem(
                    source, section, key, field, f"must hold non-empty strings (got {text!r})."
                )
    if field in _RANGES and not isinstance(value, bool):
        low, high = _RANGES[field]
        if not (math.isfinite(value) and low <= value <= high):
            raise _problem(
                source, section, key, field, f"must be {low:g}..{high:g} (got {value!r})."
            )
    if field in _NON_NEGATIVE and value < 0:
        raise _problem(source, section, key, field, f"must be 0 or more (got {value!r}).")
    if field == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise _problem(
                source,
                section,
                key,
                field,
                f"must be an IANA time zone such as 'Asia/Vientiane' (got {value!r}).",
            ) from None
    if (
        field in ("name", "kind", "country", "in", "level", "family", "co_chairs")
        and not value.strip()
    ):
        raise _problem(source, section, key, field, "must not be empty.")


def _check_fields(
    source: str, section: str, key: str, entry: Mapping[str, Any], fields: Mapping[str, type]
) -> None:
    for field, value in entry.items():
        expected = fields.get(field)
        if expected is None:
            raise CatalogueError(
                f"{source}: {section}.{key}: unknown field {field!r} (expected one of"
                f" {', '.join(sorted(fields))}).",
                path=source,
                entry=key,
                field=field,
            )
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int))
        if expected is int and isinstance(value, bool):
            ok = False
        if not ok:
            raise CatalogueError(
                f"{source}: {section}.{key}.{field} must be {expected.__name__} (got {value!r}).",
                path=source,
                entry=key,
                field=field,
            )
        _check_value(source, section, key, field, value)


def _check_cycles(source: str, places: Mapping[str, PlaceEntry]) -> None:
    """No place is inside itself, however far up the ``in`` chain."""
    for key in places:
        seen = [key]
        current = places[key].parent
        while current is not None and current in places:
            if current in seen:
                chain = " -> ".join([*seen[seen.index(current) :], current])
                raise _problem(source, "places", key, "in", f"makes a cycle ({chain}).")
            seen.append(current)
            current = places[current].parent


def _build(
    raw: dict[str, dict[str, dict[str, Any]]], source: str, sources: tuple[str, ...]
) -> Catalogue:
    mechanisms: dict[str, Mechanism] = {}
    for key, entry in raw["mechanisms"].items():
        _check_fields(source, "mechanisms", key, entry, _MECHANISM_FIELDS)
        host = entry.get("host_rule", "free")
        if host not in ("alternate", "free"):
            raise CatalogueError(
                f"{source}: mechanisms.{key}.host_rule must be 'alternate' or 'free' (got"
                f" {host!r}).",
                path=source,
                entry=key,
                field="host_rule",
            )
        aliases = entry.get("aliases", {})
        for lang, values in aliases.items():
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise CatalogueError(
                    f"{source}: mechanisms.{key}.aliases.{lang} must be a list of strings.",
                    path=source,
                    entry=key,
                    field="aliases",
                )
            if not all(v.strip() for v in values):
                raise CatalogueError(
                    f"{source}: mechanisms.{key}.aliases.{lang} must hold non-empty strings"
                    f" (got {values!r}).",
                    path=source,
                    entry=key,
                    field="aliases",
                )
        try:
            mechanisms[key] = Mechanism(
                key=key,
                names={str(k): str(v) for k, v in entry.get("names", {}).items()},
                aliases={lang: tuple(v) for lang, v in aliases.items()},
                level=entry.get("level"),
                gap_min_days=entry.get("gap_min_days", 150),
                gap_max_days=entry.get("gap_max_days", 1095),
                host_rule=HostRule(host),
                has_ordinals=entry.get("has_ordinals", True),
                co_chairs=entry.get("co_chairs"),
                family=entry.get("family"),
                level_cues=tuple(str(c) for c in entry.get("level_cues", ())),
            )
        except (VnlaoEventsError, ValueError) as error:
            raise CatalogueError(
                f"{source}: mechanisms.{key}: {error}", path=source, entry=key
            ) from None
    places: dict[str, PlaceEntry] = {}
    for key, entry in raw["places"].items():
        _check_fields(source, "places", key, entry, _PLACE_FIELDS)
        kind = entry.get("kind")
        if kind not in _PLACE_KINDS:
            raise CatalogueError(
                f"{source}: places.{key}.kind must be one of {', '.join(_PLACE_KINDS)} (got"
                f" {kind!r}).",
                path=source,
                entry=key,
                field="kind",
            )
        places[key] = PlaceEntry(
            key=key, kind=kind, names=dict(entry.get("names", {})),
            aliases=tuple(entry.get("aliases", ())), country=entry.get("country"),
            parent=entry.get("in"), latitude=entry.get("latitude"),
            longitude=entry.get("longitude"), timezone=entry.get("timezone"),
        )  # fmt: skip
    for key, place_entry in places.items():
        if place_entry.parent is not None and place_entry.parent not in places:
            raise CatalogueError(
                f"{source}: places.{key}.in names an unknown place {place_entry.parent!r}.",
                path=source,
                entry=key,
                field="in",
            )
    _check_cycles(source, places)
    people: dict[str, Person] = {}
    for key, entry in raw["people"].items():
        _check_fields(source, "people", key, entry, _PERSON_FIELDS)
        if "name" not in entry:
            raise CatalogueError(
                f"{source}: people.{key}.name is missing.", path=source, entry=key, field="name"
            )
        try:
            people[key] = Person(
                name=entry["name"],
                country=entry.get("country"),
                aliases=tuple(entry.get("aliases", ())),
            )
        except (VnlaoEventsError, ValueError) as error:
            raise CatalogueError(
                f"{source}: people.{key}: {error}", path=source, entry=key
            ) from None
    return Catalogue(mechanisms=mechanisms, places=places, people=people, sources=sources)


@cache
def _default_catalogue() -> Catalogue:
    text = resources.files("vnlao_events").joinpath("data/catalogue.toml").read_text("utf-8")
    return Catalogue.from_toml(text, "<built-in>")
