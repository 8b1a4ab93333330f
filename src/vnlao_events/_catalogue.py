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

import json
import math
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from ._countries import country_codes, country_names, is_country, subdivision
from ._kinds import Lang, PlaceKind, place_kind
from ._model import (
    HostAnchor,
    HostRule,
    Mechanism,
    Person,
    Place,
    RotationUnit,
    tuple_of_str,
)
from ._text import fold_plain
from .exceptions import CatalogueError, ParseError, VnlaoEventsError

__all__ = ["Catalogue", "PlaceEntry", "Section", "catalogue_schema", "spelling_key"]

_T = TypeVar("_T")

_MECHANISM_FIELDS: dict[str, type | tuple[type, ...]] = {
    "names": dict, "aliases": dict, "level": str, "host_rule": str, "gap_min_days": int,
    "gap_max_days": int, "has_ordinals": bool, "co_chairs": str, "family": str,
    "level_cues": list, "members": list, "host": str, "rotation": str, "anchor": dict,
    "skips": list, "season": list,
}  # fmt: skip
_PLACE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "kind": str, "country": str, "in": str, "names": dict, "aliases": (list, dict),
    "latitude": float, "longitude": float, "timezone": str, "iso": str, "former_names": list,
    "until": str, "became": str, "colour": str, "given_name": str,
}  # fmt: skip
_DEFAULT_FIELDS: dict[str, type | tuple[type, ...]] = {
    "members": list,
    "gap_min_days": int,
    "gap_max_days": int,
}
SCHEMA = "vnlao-events.catalogue/1"
_UNTITLED = {"en": "Recurring mechanisms", "vi": "Các cơ chế định kỳ"}


def _string_table(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) and v.strip() for v in value.values())


#: The kinds of catalogue entry :meth:`Catalogue.find` looks for.
Section = Literal["mechanisms", "places", "people"]
_SECTIONS: tuple[Section, ...] = get_args(Section)
_PERSON_FIELDS: dict[str, type | tuple[type, ...]] = {"name": str, "country": str, "aliases": list}
_PLACE_KINDS = ("country", "province", "city", "venue")


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """One gazetteer entry: a country, province, city or venue, with its spellings.

    Args:
        key: the slug.
        kind: ``country``, ``province``, ``city`` or ``venue``.
        names: display names by language.
        aliases: other spellings, in any language.
        country: ISO 3166-1 alpha-2 code.
        parent: the key of the place it lies in (``in`` in the file).
        latitude, longitude, timezone: where it is.
        iso: its ISO 3166-2 code, where it has one ("VN-24").
        former_names: names it was known by (found in text like its aliases).
        until: the ISO date from which it no longer exists as such (a province merged).
        became: the key of the place it was merged into.
        colour: a country's colour in the plot ("#c8102e").
        given_name: where its people's given name stands in their full name, ``first``
            ("Sonexay Siphandone") or ``last`` ("Phạm Minh Chính"): the word a report
            calls them by once it has named them ("Sonexay", "PM Chinh").

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
    iso: str | None = None
    former_names: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    until: str | None = None
    became: str | None = None
    colour: str | None = None
    given_name: str | None = None

    def name(self, lang: Lang | str = Lang.VI) -> str:
        """The display name in ``lang``, falling back to Vietnamese, then English.

        Raises:
            ParseError: for a language other than ``"en"`` and ``"vi"``.
        """
        lang = Lang.of(lang)
        return self.names.get(lang) or self.names.get("vi") or self.names.get("en") or self.key


def _alias_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex (plain view) for many phrases; spaces and hyphens between words are loose."""
    parts: list[str] = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
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
    grouped = _grouped(phrases)
    if grouped is None:
        return re.compile(r"(?!x)x")
    return re.compile(r"[^\w]" + grouped + r"(?![\w])")


def _grouped(phrases: Iterable[str]) -> str | None:
    """The phrases of :func:`_alias_regex` as one group, by first character, longest first."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        words = [w for w in re.split(r"[\s\-]+", fold_plain(phrase)) if w]
        if words:
            rest = r"[\s\-]*".join(re.escape(w) for w in words)[len(re.escape(words[0][0])) :]
            groups.setdefault(words[0][0], []).append(rest)
    if not groups:
        return None
    branches = (re.escape(c) + "(?:" + "|".join(rests) + ")" for c, rests in groups.items())
    return "(?:" + "|".join(branches) + ")"


_LOOSE = re.compile(r"[\s\-]+")


def _alias_key(text: str) -> str:
    return _LOOSE.sub("", fold_plain(text))


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The romanization rules of ``data/romanization.toml``, compiled once."""
    text = resources.files("vnlao_events").joinpath("data/romanization.toml").read_text("utf-8")
    return tuple((re.compile(r["pattern"]), r["to"]) for r in tomllib.loads(text)["rule"])


def spelling_key(name: str) -> tuple[str, ...]:
    """A name's words with the romanization variants of ``data/romanization.toml`` rewritten.

    Two spellings of one romanized name give the same key.

    >>> spelling_key("Thongloun Sisoulith") == spelling_key("Thonglun Sisoulit")
    True
    >>> spelling_key("Saleumxay Kommasith")
    ('saleumsay', 'komasit')
    """
    words = []
    for written in re.findall(r"[a-z]+", fold_plain(name)):
        word = written
        for pattern, to in _spelling_rules():
            word = pattern.sub(to, word)
        words.append(word)
    return tuple(words)


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
        defaults: field values every mechanism takes unless it sets its own (``members``).
        about: the collection's ``title`` and ``description`` by language: the name of its
            calendar and the title of its plot.
    """

    mechanisms: dict[str, Mechanism] = attrs.field(factory=dict, hash=False)
    places: dict[str, PlaceEntry] = attrs.field(factory=dict, hash=False)
    people: dict[str, Person] = attrs.field(factory=dict, hash=False)
    sources: tuple[str, ...] = ()
    defaults: dict[str, Any] = attrs.field(factory=dict, hash=False)
    about: dict[str, dict[str, str]] = attrs.field(factory=dict, hash=False)
    _memo: dict[str, Any] = attrs.field(
        factory=dict, hash=False, eq=False, repr=False, alias="_memo"
    )
    _matchers: dict[str, tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]] = attrs.field(
        factory=dict, hash=False, eq=False, repr=False, alias="_matchers"
    )
    _starts: dict[tuple[str, ...], re.Pattern[str]] = attrs.field(
        factory=dict, hash=False, eq=False, repr=False, alias="_starts"
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
        return cls.from_dict(data, source, base)

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], source: str = "<dict>", base: Catalogue | None = None
    ) -> Catalogue:
        """Read a catalogue from its tables (the TOML file as parsed, or JSON).

        >>> c = Catalogue.from_dict({"mechanisms": {"x": {"members": ["VN", "KH"]}}})
        >>> Catalogue.from_dict(c.to_dict()) == c
        True

        Raises:
            CatalogueError: naming the source, the entry and the field that is wrong; its
                ``problems`` holds every problem found.
        """
        raw: dict[str, dict[str, Any]] = (
            _raw_tables(base)
            if base is not None
            else {"mechanisms": {}, "places": {}, "people": {}, "defaults": {}, "about": {}}
        )
        problems = _Problems(source)
        top = {"schema", "about", "defaults", *_SECTIONS}
        for name in sorted(set(data) - top):
            problems.found.append(
                CatalogueError(
                    f"{source}: unknown top-level table {name!r} (expected about, defaults,"
                    " mechanisms, places, people).",
                    path=source,
                    entry=name,
                )
            )
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            problems.found.append(
                CatalogueError(
                    f"{source}: schema must be {SCHEMA!r} (got {schema!r}).",
                    path=source,
                    field="schema",
                )
            )
        for section in ("about", "defaults", *_SECTIONS):
            tables = data.get(section, {})
            if not isinstance(tables, dict):
                problems.found.append(
                    CatalogueError(f"{source}: {section!r} must be a table.", path=source)
                )
                continue
            if section == "defaults":
                raw["defaults"] = {**raw["defaults"], **tables}
                continue
            for key, entry in tables.items():
                if section == "about":
                    if key not in ("title", "description") or not _string_table(entry):
                        problems.add(
                            "about",
                            "",
                            key,
                            "must be a table of strings by language ('title', 'description').",
                        )
                        continue
                    raw["about"][key] = {**raw["about"].get(key, {}), **entry}
                elif not isinstance(entry, dict):
                    problems.found.append(
                        CatalogueError(
                            f"{source}: {section}.{key} must be a table (got"
                            f" {type(entry).__name__}).",
                            path=source,
                            entry=key,
                        )
                    )
                else:
                    raw[section][key] = _merge(raw[section].get(key, {}), entry)
        sources = (*(base.sources if base else ()), source)
        return _build(raw, source, sources, problems)

    @classmethod
    def check(cls, path: str | Path, base: Catalogue | None = None) -> tuple[CatalogueError, ...]:
        """Every problem of a catalogue file, at once (empty when it loads).

        Args:
            path: the TOML file.
            base: the catalogue it extends; the built-in one by default.

        Returns:
            One error per problem, each naming the file, the entry and the field.

        >>> Catalogue.check("no-such-file.toml")[0].path
        'no-such-file.toml'
        """
        try:
            (base or cls.default()).load(path)
        except CatalogueError as error:
            return error.problems
        return ()

    def to_dict(self) -> dict[str, Any]:
        """The catalogue as the tables a file holds (valid against :func:`catalogue_schema`).

        >>> Catalogue.default().to_dict()["mechanisms"]["political-consultation"]["members"]
        ['VN', 'LA']
        """
        raw = _raw_tables(self)
        data: dict[str, Any] = {"schema": SCHEMA}
        for section in ("about", "defaults", *_SECTIONS):
            if raw[section]:
                data[section] = raw[section]
        return data

    def title(self, lang: Lang | str = Lang.EN) -> str:
        """The collection's title in ``lang`` (the calendar's name, the plot's title).

        Raises:
            ParseError: for a language other than ``"en"`` and ``"vi"``.

        >>> Catalogue().title()
        'Recurring mechanisms'
        """
        lang = Lang.of(lang)
        titles = self.about.get("title", {})
        return titles.get(lang) or titles.get("en") or _UNTITLED.get(lang, _UNTITLED["en"])

    def description(self, lang: Lang | str = Lang.EN) -> str:
        """What the collection holds, in ``lang`` (the calendar's description)."""
        lang = Lang.of(lang)
        texts = self.about.get("description", {})
        return texts.get(lang) or texts.get("en") or self.title(lang)

    def country_name(self, code: str, lang: Lang | str = Lang.EN) -> str:
        """A country's display name in ``lang``: the gazetteer's, else ISO 3166's, else the code.

        >>> Catalogue.default().country_name("LA", "vi")
        'Lào'
        >>> Catalogue().country_name("KH")
        'Cambodia'
        """
        lang = Lang.of(lang)
        for entry in self.places.values():
            if entry.kind == "country" and entry.country == code:
                return entry.names.get(lang) or entry.name("en")
        return country_names(code).get(lang) or code

    def given_name(self, code: str) -> str | None:
        """Where a country's people's given name stands: ``"first"``, ``"last"`` or unknown.

        >>> Catalogue.default().given_name("LA"), Catalogue.default().given_name("VN")
        ('first', 'last')
        """
        for entry in self.places.values():
            if entry.kind == "country" and entry.country == code:
                return entry.given_name
        return None

    def memo(self, key: str, build: Callable[[Catalogue], _T]) -> _T:
        """``build(self)``, computed once per catalogue and kept under ``key``."""
        if key not in self._memo:
            self._memo[key] = build(self)
        result: _T = self._memo[key]
        return result

    def country_words(self) -> frozenset[str]:
        """Every word of the gazetteer's country names and spellings, and of ISO 3166's.

        >>> "Trung" in Catalogue.example("vietnam-china").country_words()
        True
        """
        words: set[str] = set()
        for entry in self.places.values():
            if entry.kind == "country":
                for name in (*entry.names.values(), *entry.aliases):
                    words.update(w for w in re.split(r"[\s\-]+", name) if w)
        return frozenset(words)

    def third_countries(self) -> dict[str, bool]:
        """Every country that is none of the members': its names folded and unspaced.

        Each name maps to whether it is one word (so an adjective it begins may name it:
        "Cambodian"). From the gazetteer's spellings and ISO 3166's English and Vietnamese
        names, so a series of another pair is known whichever country it is (see
        :meth:`third_country_spellings`).

        >>> names = Catalogue.default().third_countries()
        >>> names["campuchia"], names["thailan"], "laos" in names, "mozambique" in names
        (True, False, False, True)
        >>> "y" in names or "phap" in names or "anh" in names
        False
        """

        def build(catalogue: Catalogue) -> dict[str, bool]:
            names: dict[str, bool] = {}
            for name in catalogue.third_country_spellings():
                plain = fold_plain(name)
                names[plain.replace(" ", "").replace("-", "")] = " " not in plain
            return names

        return self.memo("catalogue.third_countries", build)

    def third_country_prefixes(self, size: int) -> dict[str, tuple[str, ...]]:
        """The one-word :meth:`third_countries` of ``size`` letters or more, by their first ones.

        An adjective is looked up by its first letters, not tried against every name:
        "cambodian" finds "cambodia" under "cambo".

        >>> Catalogue.default().third_country_prefixes(5)["cambo"]
        ('cambodia',)
        """

        def build(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
            found: dict[str, list[str]] = {}
            for name, one_word in catalogue.third_countries().items():
                if one_word and len(name) >= size:
                    found.setdefault(name[:size], []).append(name)
            return {prefix: tuple(names) for prefix, names in found.items()}

        return self.memo(f"catalogue.third_country_prefixes.{size}", build)

    def third_country_spellings(self) -> tuple[str, ...]:
        """The names of :meth:`third_countries` as written.

        The gazetteer's, then ISO 3166's English and Vietnamese names; an ISO name of one
        word under five letters ("Ý", "Nga", "Pháp", "Anh", "Chad") is left out, being a
        common word or name too ("ý kiến", "biện pháp", "anh").

        >>> "Campuchia" in Catalogue.default().third_country_spellings()
        True
        """

        def build(catalogue: Catalogue) -> tuple[str, ...]:
            members = set(catalogue.members())
            spellings: list[str] = []
            for entry in catalogue.places.values():
                if entry.kind == "country" and entry.country and entry.country not in members:
                    spellings += [*entry.names.values(), *entry.aliases]
            for code in country_codes():
                if code not in members:
                    for lang in ("en", "vi"):
                        name = country_names(code).get(lang, "")
                        plain = fold_plain(name)
                        if name and (" " in plain or len(plain) >= 5):
                            spellings.append(name)
            return tuple(dict.fromkeys(spellings))

        return self.memo("catalogue.third_country_spellings", build)

    def members(self) -> tuple[str, ...]:
        """Every member country of the catalogue's mechanisms, in catalogue order.

        >>> Catalogue.default().members()
        ('VN', 'LA')
        """
        return tuple(dict.fromkeys(c for m in self.mechanisms.values() for c in m.members))

    @staticmethod
    def examples() -> dict[str, str]:
        """The example catalogues shipped with the package: name → TOML text.

        >>> sorted(Catalogue.examples())
        ['asean-summit', 'vietnam-cambodia', 'vietnam-china']
        """
        folder = resources.files("vnlao_events").joinpath("catalogues")
        return {
            item.name.removesuffix(".toml"): item.read_text("utf-8")
            for item in sorted(folder.iterdir(), key=lambda i: i.name)
            if item.name.endswith(".toml")
        }

    @classmethod
    def example(cls, name: str) -> Catalogue:
        """The built-in catalogue with one of the shipped example catalogues added.

        >>> Catalogue.example("asean-summit").mechanisms["asean-summit"].host_rule.value
        'rotate'

        Raises:
            CatalogueError: for a name that is not an example, listing the names.
        """
        examples = cls.examples()
        if name not in examples:
            raise CatalogueError(
                f"no example catalogue {name!r} (choose from {', '.join(sorted(examples))}).",
                entry=name,
            )
        return cls.from_toml(examples[name], f"<example {name}>", base=cls.default())

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

    def place(self, key: str, on: date | None = None) -> Place:
        """The :class:`Place` for a gazetteer entry, filled in from the entries that hold it.

        Args:
            key: the gazetteer entry.
            on: the day the place is wanted for: a province merged before it gives the
                province it became (Vietnam's provinces were merged on 2025-07-01).

        >>> catalogue = Catalogue.default()
        >>> catalogue.place("dong-hoi").province
        'Quảng Bình'
        >>> catalogue.place("dong-hoi", on=date(2025, 9, 2)).province
        'Quảng Trị'
        """
        entry = self.places[key]
        place = Place()
        seen: set[str] = set()
        current: PlaceEntry | None = entry
        while current is not None and current.key not in seen:
            seen.add(current.key)
            while (
                on is not None
                and current.became in self.places
                and current.until is not None
                and on >= date.fromisoformat(current.until)
                and current.became not in seen
            ):
                current = self.places[current.became]
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

    def _matcher(self, what: Section) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
        if what not in _SECTIONS:
            raise ParseError(
                f"'what' must be one of {', '.join(map(repr, _SECTIONS))} (got {what!r}).",
                text=str(what),
            )
        cached = self._matchers.get(what)
        if cached is not None:
            return cached
        lookup: dict[str, str] = {}
        if what == "mechanisms":
            # a later entry takes an alias an earlier one also gives: the mechanism of a
            # user's file, merged after the built-in ones, owns the words it lists
            for mechanism in self.mechanisms.values():
                for aliases in mechanism.aliases.values():
                    for alias in aliases:
                        lookup[_alias_key(alias)] = mechanism.key
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

    def _phrases(self, what: Section) -> list[str]:
        if what == "mechanisms":
            return [a for m in self.mechanisms.values() for al in m.aliases.values() for a in al]
        if what == "places":
            return [a for e in self.places.values() for a in (*e.aliases, *e.names.values())]
        return [a for p in self.people.values() for a in (p.name, *p.aliases)]

    def person_like(self, name: str) -> str | None:
        """The key of the one catalogue person ``name`` spells, allowing romanization variants.

        A spelling of the catalogue's own is looked up as it is; another one is the person
        whose name or an alias gives the same :func:`spelling_key`, when exactly one does.

        >>> Catalogue.default().person_like("Thongloun Sisoulit")
        'thongloun-sisoulith'
        >>> Catalogue.default().person_like("Saleumsay Kommasith")
        'saleumxay-kommasith'
        >>> Catalogue.default().person_like("Somsay Sisoulith") is None
        True
        """
        _, _, lookup = self._matcher("people")
        found = lookup.get(_alias_key(name))
        if found is not None:
            return found
        keys = self.memo("people-by-spelling", _people_by_spelling).get(spelling_key(name), ())
        return keys[0] if len(keys) == 1 else None

    def find(self, what: Section, plain: str) -> list[tuple[int, int, str]]:
        """Find catalogue entries in a plain-folded text.

        Args:
            what: ``"mechanisms"``, ``"places"`` or ``"people"``.
            plain: the text's plain view (see :func:`vnlao_events._text.fold_plain`).

        Returns:
            ``(start, end, key)`` for each match, in text order.

        Raises:
            ParseError: for a ``what`` that is no kind of entry.

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

    def find_all(
        self, plain: str, kinds: tuple[Section, ...] = _SECTIONS
    ) -> dict[str, list[tuple[int, int, str]]]:
        """:meth:`find` for several kinds at once, the text read in one pass.

        One pattern finds every place where a phrase of any of the kinds begins after a
        non-word character; each kind's full regex then runs only there, so each kind gets
        exactly what :meth:`find` gives.

        >>> Catalogue.default().find_all("thu tuong pham minh chinh tai vientiane")["places"]
        [(30, 39, 'vieng-chan')]
        """
        starts = self._starts.get(kinds)
        if starts is None:
            grouped = _grouped(p for what in kinds for p in self._phrases(what))
            starts = re.compile(
                r"[^\w](?=" + grouped + r"(?![\w]))" if grouped is not None else r"(?!x)x"
            )
            self._starts[kinds] = starts
        places = [0, *(m.start() + 1 for m in starts.finditer(plain))]
        found: dict[str, list[tuple[int, int, str]]] = {}
        for what in kinds:
            pattern, _, lookup = self._matcher(what)
            hits = found[what] = []
            position = 0
            for at in places:
                if at < position:
                    continue
                match = pattern.match(plain, at)
                if match is None:
                    continue
                key = lookup.get(_LOOSE.sub("", match.group()))
                if key is not None:
                    hits.append((match.start(), match.end(), key))
                position = max(match.end(), at + 1)
        return found


def _raw_tables(catalogue: Catalogue) -> dict[str, dict[str, dict[str, Any]]]:
    raw: dict[str, dict[str, dict[str, Any]]] = {
        "mechanisms": {}, "places": {}, "people": {}, "defaults": dict(catalogue.defaults),
        "about": {k: dict(v) for k, v in catalogue.about.items()},
    }  # fmt: skip
    for key, m in catalogue.mechanisms.items():
        raw["mechanisms"][key] = mechanism_table(m)
    for key, p in catalogue.places.items():
        entry: dict[str, Any] = {"kind": p.kind, "names": dict(p.names), "aliases": list(p.aliases)}
        for field, value in (
            ("country", p.country),
            ("in", p.parent),
            ("latitude", p.latitude),
            ("longitude", p.longitude),
            ("timezone", p.timezone),
            ("iso", p.iso),
            ("until", p.until),
            ("became", p.became),
            ("colour", p.colour),
            ("given_name", p.given_name),
        ):
            if value is not None:
                entry[field] = value
        if p.former_names:
            entry["former_names"] = list(p.former_names)
        raw["places"][key] = entry
    for key, person in catalogue.people.items():
        raw["people"][key] = {
            "name": person.name,
            "aliases": list(person.aliases),
            **({"country": person.country} if person.country else {}),
        }
    return raw


def mechanism_table(m: Mechanism) -> dict[str, Any]:
    """A mechanism as the table its catalogue file would hold (what ``catalogue show`` prints)."""
    table: dict[str, Any] = {
        "names": dict(m.names), "aliases": {k: list(v) for k, v in m.aliases.items()},
        "host_rule": m.host_rule.value, "gap_min_days": m.gap_min_days,
        "gap_max_days": m.gap_max_days, "has_ordinals": m.has_ordinals,
        **({"level": m.level} if m.level else {}),
        **({"co_chairs": m.co_chairs} if m.co_chairs else {}),
        **({"family": m.family} if m.family else {}),
        **({"level_cues": list(m.level_cues)} if m.level_cues else {}),
        **({"members": list(m.members)} if m.members else {}),
        **({"host": m.host} if m.host else {}),
        **({"skips": list(m.skips)} if m.skips else {}),
        **({"season": list(m.season)} if m.season else {}),
    }  # fmt: skip
    if m.host_rule is HostRule.ROTATE:
        table["rotation"] = m.rotation.value
    if m.anchor is not None:
        unit = {"session": m.anchor.session} if m.anchor.session is not None else {}
        table["anchor"] = {"host": m.anchor.host, **unit}
        if m.anchor.year is not None:
            table["anchor"]["year"] = m.anchor.year
    return table


def _merge(base: Mapping[str, Any], entry: Mapping[str, Any]) -> dict[str, Any]:
    """An entry over its base, field by field: tables (``names``, ``aliases``) key by key.

    A user file that sets ``names.vi`` keeps the built-in ``names.en``.
    """
    merged = dict(base)
    for field, value in entry.items():
        old = merged.get(field)
        if isinstance(old, dict) and isinstance(value, dict) and field != "anchor":
            merged[field] = {**old, **value}
        else:
            merged[field] = value
    return merged


# Fields whose values are tables of strings, lists of strings, or numbers in a range.
_STRING_TABLES = {"names"}
_STRING_LISTS = {"aliases", "level_cues", "former_names"}
_RANGES = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0)}
_NON_NEGATIVE = {"gap_min_days", "gap_max_days"}
_HOST_RULES = tuple(rule.value for rule in HostRule)


class _Problems:
    """The problems found in one catalogue text, in the order they were found."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.found: list[CatalogueError] = []

    def add(self, where: str, key: str, field: str, what: str) -> None:
        """Record that ``where.key.field`` (or ``where.key`` when no field) is wrong."""
        name = ".".join(part for part in (where, key, field) if part)
        sep = " " if field else ": "
        self.found.append(
            CatalogueError(
                f"{self.source}: {name}{sep}{what}",
                path=self.source,
                entry=key,
                field=field.split(".", maxsplit=1)[0],
            )
        )

    def raise_first(self) -> None:
        """Raise the first problem, with all of them in its ``problems`` attribute."""
        if self.found:
            first = self.found[0]
            first.problems = tuple(self.found)
            raise first


def _check_value(problems: _Problems, section: str, key: str, field: str, value: Any) -> bool:
    """Check what is inside a field of the right type: its strings, range and zone."""
    ok = True

    def bad(name: str, what: str) -> None:
        nonlocal ok
        ok = False
        problems.add(section, key, name, what)

    if field in _STRING_TABLES and isinstance(value, dict):
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                bad(f"{field}.{lang}", f"must be a non-empty string (got {text!r}).")
    if field in _STRING_LISTS and isinstance(value, list):
        for text in value:
            if not isinstance(text, str) or not text.strip():
                bad(field, f"must hold non-empty strings (got {text!r}).")
    if field in _RANGES and not isinstance(value, bool):
        low, high = _RANGES[field]
        if not (math.isfinite(value) and low <= value <= high):
            bad(field, f"must be {low:g}..{high:g} (got {value!r}).")
    if field in _NON_NEGATIVE and value < 0:
        bad(field, f"must be 0 or more (got {value!r}).")
    if field == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            bad(field, f"must be an IANA time zone such as 'Asia/Vientiane' (got {value!r}).")
    if (
        field in ("name", "kind", "country", "in", "level", "family", "co_chairs", "became")
        and not value.strip()
    ):
        bad(field, "must not be empty.")
    elif field in ("country", "host") and not is_country(value):
        bad(field, f"must be an ISO 3166-1 alpha-2 code such as 'VN' (got {value!r}).")
    if field in ("members", "skips") and isinstance(value, list):
        for code in value:
            if not isinstance(code, str) or not is_country(code):
                bad(field, f"must hold ISO 3166-1 alpha-2 codes such as 'VN' (got {code!r}).")
    if field == "season" and isinstance(value, list):
        for month in value:
            if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
                bad(field, f"must hold months 1..12 (got {month!r}).")
    if field == "iso" and subdivision(value) is None:
        bad(field, f"must be an ISO 3166-2 code such as 'VN-24' (got {value!r}).")
    if field == "given_name" and value not in ("first", "last"):
        bad(field, f"must be 'first' or 'last' (got {value!r}).")
    if field == "colour" and not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        bad(field, f"must be a colour such as '#c8102e' (got {value!r}).")
    if field == "until":
        try:
            date.fromisoformat(value)
        except ValueError:
            bad(field, f"must be an ISO date such as '2025-07-01' (got {value!r}).")
    return ok


def _check_fields(
    problems: _Problems,
    section: str,
    key: str,
    entry: Mapping[str, Any],
    fields: Mapping[str, type | tuple[type, ...]],
) -> dict[str, Any]:
    """The fields of an entry that are well-formed; a problem recorded for each other one."""
    good: dict[str, Any] = {}
    for field, value in entry.items():
        expected = fields.get(field)
        if expected is None:
            problems.add(
                section,
                key,
                "",
                f"unknown field {field!r} (expected one of {', '.join(sorted(fields))}).",
            )
            problems.found[-1].field = field
            continue
        types = expected if isinstance(expected, tuple) else (expected,)
        ok = isinstance(value, types) or (float in types and isinstance(value, int))
        if isinstance(value, bool) and bool not in types:
            ok = False
        if not ok:
            names = " or ".join(t.__name__ for t in types)
            problems.add(section, key, field, f"must be {names} (got {value!r}).")
            continue
        if _check_value(problems, section, key, field, value):
            good[field] = value
    return good


def _check_cycles(problems: _Problems, places: Mapping[str, PlaceEntry]) -> None:
    """No place is inside itself, however far up the ``in`` chain."""
    for key in places:
        seen = [key]
        current = places[key].parent
        while current is not None and current in places:
            if current in seen:
                chain = " -> ".join([*seen[seen.index(current) :], current])
                problems.add("places", key, "in", f"makes a cycle ({chain}).")
                break
            seen.append(current)
            current = places[current].parent


def _anchor(problems: _Problems, key: str, value: Mapping[str, Any]) -> HostAnchor | None:
    unknown = set(value) - {"host", "session", "year"}
    if unknown:
        problems.add(
            "mechanisms",
            key,
            f"anchor.{sorted(unknown)[0]}",
            "is not a field of an anchor (expected host, session, year).",
        )
        return None
    host, session, year = value.get("host"), value.get("session"), value.get("year")
    if not isinstance(host, str) or not is_country(host):
        problems.add(
            "mechanisms", key, "anchor.host", f"must be an ISO 3166-1 alpha-2 code (got {host!r})."
        )
        return None
    for name, number in (("session", session), ("year", year)):
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
            problems.add("mechanisms", key, f"anchor.{name}", f"must be int (got {number!r}).")
            return None
    try:
        return HostAnchor(host=host, session=session, year=year)
    except ParseError as error:
        problems.add("mechanisms", key, "anchor", str(error))
        return None


def _mechanism(
    problems: _Problems, key: str, raw: Mapping[str, Any], defaults: Mapping[str, Any]
) -> Mechanism | None:
    count = len(problems.found)
    entry = _check_fields(problems, "mechanisms", key, raw, _MECHANISM_FIELDS)
    entry = {**defaults, **entry}
    host = entry.get("host_rule", "free")
    if host not in _HOST_RULES:
        choices = ", ".join(repr(r) for r in _HOST_RULES[:-1])
        problems.add("mechanisms", key, "host_rule", f"must be {choices} or 'free' (got {host!r}).")
    rotation = entry.get("rotation", "session")
    if rotation not in ("session", "year"):
        problems.add(
            "mechanisms", key, "rotation", f"must be 'session' or 'year' (got {rotation!r})."
        )
    aliases = entry.get("aliases", {})
    for lang, values in aliases.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            problems.add("mechanisms", key, f"aliases.{lang}", "must be a list of strings.")
        elif not all(v.strip() for v in values):
            problems.add(
                "mechanisms",
                key,
                f"aliases.{lang}",
                f"must hold non-empty strings (got {values!r}).",
            )
    anchor = _anchor(problems, key, entry["anchor"]) if "anchor" in entry else None
    if len(problems.found) > count:
        return None
    try:
        return Mechanism(
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
            members=tuple(entry.get("members", ())),
            host=entry.get("host"),
            rotation=RotationUnit(rotation),
            anchor=anchor,
            skips=tuple(entry.get("skips", ())),
            season=tuple(entry.get("season", ())),
        )
    except (VnlaoEventsError, ValueError) as error:
        problems.add("mechanisms", key, "", str(error))
        return None


def _place(problems: _Problems, key: str, raw: Mapping[str, Any]) -> PlaceEntry | None:
    count = len(problems.found)
    entry = _check_fields(problems, "places", key, raw, _PLACE_FIELDS)
    kind = entry.get("kind")
    if "kind" in entry and kind not in _PLACE_KINDS:
        problems.add(
            "places", key, "kind", f"must be one of {', '.join(_PLACE_KINDS)} (got {kind!r})."
        )
    elif "kind" not in raw:
        problems.add("places", key, "kind", f"is missing (one of {', '.join(_PLACE_KINDS)}).")
    aliases = entry.get("aliases", ())
    if isinstance(aliases, dict):  # aliases by language
        flat: list[str] = []
        for lang, values in aliases.items():
            if not isinstance(values, list) or not all(
                isinstance(v, str) and v.strip() for v in values
            ):
                problems.add("places", key, f"aliases.{lang}", "must be a list of strings.")
            else:
                flat.extend(values)
        aliases = flat
    if len(problems.found) > count or kind is None:
        return None
    names = dict(entry.get("names", {}))
    country = entry.get("country")
    iso = entry.get("iso")
    if iso is not None:
        code, local = subdivision(iso) or ("", "")
        if country is not None and country != code:
            problems.add("places", key, "iso", f"is in {code!r}, not in {country!r}.")
            return None
        country = code
        if code == "VN":
            names.setdefault("vi", local)
    if kind == "country" and country is not None:
        reference = country_names(country)
        names.setdefault("en", reference["en"])
        names.setdefault("vi", reference["vi"])
    former = tuple(entry.get("former_names", ()))
    return PlaceEntry(
        key=key, kind=kind, names=names,
        aliases=tuple(dict.fromkeys((*aliases, *former))), country=country,
        parent=entry.get("in"), latitude=entry.get("latitude"),
        longitude=entry.get("longitude"), timezone=entry.get("timezone"), iso=iso,
        former_names=former, until=entry.get("until"), became=entry.get("became"),
        colour=entry.get("colour"), given_name=entry.get("given_name"),
    )  # fmt: skip


def _reference_country(code: str) -> PlaceEntry:
    """A country the gazetteer does not list, from ISO 3166-1: its names and spellings."""
    names = country_names(code)
    spellings = (names["en"], names["iso"], names["official"], names["vi"])
    return PlaceEntry(
        key=code.lower(),
        kind="country",
        names={"en": names["en"], "vi": names["vi"]},
        aliases=tuple(dict.fromkeys(s for s in spellings if s)),
        country=code,
    )


def _build(
    raw: dict[str, dict[str, Any]], source: str, sources: tuple[str, ...], problems: _Problems
) -> Catalogue:
    defaults = _check_fields(problems, "defaults", "", raw.get("defaults", {}), _DEFAULT_FIELDS)
    mechanisms: dict[str, Mechanism] = {}
    for key, entry in raw["mechanisms"].items():
        mechanism = _mechanism(problems, key, entry, defaults)
        if mechanism is not None:
            mechanisms[key] = mechanism
    places: dict[str, PlaceEntry] = {}
    for key, entry in raw["places"].items():
        place = _place(problems, key, entry)
        if place is not None:
            places[key] = place
    for key, entry in raw["places"].items():
        for field in ("in", "became"):
            target = entry.get(field)
            if isinstance(target, str) and target.strip() and target not in raw["places"]:
                problems.add("places", key, field, f"names an unknown place {target!r}.")
    _check_cycles(problems, places)
    countries = {p.country for p in places.values() if p.kind == "country"}
    for mechanism in mechanisms.values():
        for code in mechanism.members:
            if code not in countries and code.lower() not in places:
                places[code.lower()] = _reference_country(code)
                countries.add(code)
    people: dict[str, Person] = {}
    for key, entry in raw["people"].items():
        count = len(problems.found)
        fields = _check_fields(problems, "people", key, entry, _PERSON_FIELDS)
        if "name" not in entry:
            problems.add("people", key, "name", "is missing.")
        if len(problems.found) > count:
            continue
        try:
            people[key] = Person(
                name=fields["name"],
                country=fields.get("country"),
                aliases=tuple(fields.get("aliases", ())),
            )
        except (VnlaoEventsError, ValueError) as error:  # pragma: no cover - checked above
            problems.add("people", key, "", str(error))
    about = raw.get("about", {})
    problems.raise_first()
    return Catalogue(
        mechanisms=mechanisms,
        places=places,
        people=people,
        sources=sources,
        defaults=defaults,
        about=about,
    )


def catalogue_schema() -> dict[str, Any]:
    """The JSON Schema of a catalogue file (shipped as ``data/catalogue.schema.json``).

    Editors validate and complete a TOML catalogue against it (Taplo, Even Better TOML);
    what a schema cannot say (a code ISO 3166 knows, a place that exists) is checked when
    the file is loaded, and by ``vnlao-events catalogue check``.

    >>> catalogue_schema()["properties"]["schema"]["const"]
    'vnlao-events.catalogue/1'
    """
    text = resources.files("vnlao_events").joinpath("data/catalogue.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def _people_by_spelling(catalogue: Catalogue) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each spelling key of the catalogue's people, with the people who have it."""
    found: dict[tuple[str, ...], set[str]] = {}
    for key, person in catalogue.people.items():
        for alias in (person.name, *person.aliases):
            found.setdefault(spelling_key(alias), set()).add(key)
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def _default_catalogue() -> Catalogue:
    text = resources.files("vnlao_events").joinpath("data/catalogue.toml").read_text("utf-8")
    return Catalogue.from_toml(text, "<built-in>")
