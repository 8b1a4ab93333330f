"""Names in the reader's language and catalogue keys, for every exporter.

A :class:`~vnlao_events.Place` holds the names an article's gazetteer entry gave it (in
Vietnamese); :class:`Names` finds each part's catalogue entry again, so an exporter can
show it in English or Vietnamese and give its key for analysis code to join on.

>>> names = Names.of()
>>> from vnlao_events import Place
>>> place = Place(venue="Nhà khách Chính phủ", city="Hà Nội", country="VN")
>>> names.place_label(place, "en")
'Government Guest House, Hanoi, VN'
>>> names.place_keys(place)["city"]
'ha-noi'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .._catalogue import Catalogue
from .._kinds import Lang, PlaceKind
from .._model import Participant, Place, Series
from .._text import fold_plain

__all__ = ["LANGUAGES", "UNKNOWN_HOST", "Names", "check_lang", "host_colours"]

#: The languages of names, labels and summaries.
LANGUAGES = tuple(Lang)
_PARTS = ("venue", "city", "province")


#: The colour of a session whose host is unknown or that was held online.
UNKNOWN_HOST = "#6b6b6b"
# Colours for members whose gazetteer entry gives none, in the catalogue's member order
# (colour-blind-safe, after Okabe and Ito, without the grey of the unknown host).
_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442",
            "#000000", "#8c564b", "#17becf", "#bcbd22", "#9467bd")  # fmt: skip


def host_colours(catalogue: Catalogue, hosts: Iterable[str]) -> dict[str, str]:
    """A colour for each host country: its gazetteer colour, else the next of a palette.

    Members come first, in the catalogue's order, so a member keeps its colour whatever
    else the timeline holds.

    >>> colours = host_colours(Catalogue.default(), ["LA", "TH"])
    >>> colours["LA"], colours["TH"]
    ('#002868', '#0072b2')
    """
    given = {
        e.country: e.colour
        for e in catalogue.places.values()
        if e.kind == "country" and e.country and e.colour
    }
    order = [*catalogue.members(), *sorted(set(hosts) - set(catalogue.members()))]
    colours: dict[str, str] = {}
    spare = iter(c for c in _PALETTE if c not in given.values())
    for code in order:
        colours[code] = given.get(code) or next(spare, UNKNOWN_HOST)
    return {code: colours[code] for code in order if code in set(hosts)}


def check_lang(lang: Lang | str) -> Lang:
    """The :class:`~vnlao_events.Lang` of ``lang``, a member or its code.

    >>> check_lang("vi")
    <Lang.VI: 'vi'>

    Raises:
        ParseError: (a ``ValueError``) naming the bad value and the choices.
    """
    return Lang.of(lang)


@attrs.frozen
class Names:
    """Catalogue look-ups by name, built once per export."""

    catalogue: Catalogue
    _places: dict[tuple[str, str], str] = attrs.field(factory=dict, eq=False)
    _people: dict[str, str] = attrs.field(factory=dict, eq=False)

    @classmethod
    def of(cls, catalogue: Catalogue | None = None) -> Names:
        """The index of ``catalogue`` (the built-in one by default)."""
        cat = catalogue or Catalogue.default()
        places: dict[tuple[str, str], str] = {}
        for entry in cat.places.values():
            for name in (*entry.names.values(), *entry.aliases):
                places.setdefault((entry.kind, fold_plain(name)), entry.key)
        people: dict[str, str] = {}
        for key, person in cat.people.items():
            for name in (person.name, *person.aliases):
                people.setdefault(fold_plain(name), key)
        return cls(cat, places, people)

    def place_key(self, kind: PlaceKind | str, name: str | None) -> str | None:
        """The key of the gazetteer entry of ``kind`` named ``name``, if there is one."""
        if not name:
            return None
        return self._places.get((PlaceKind.of(kind), fold_plain(name)))

    def place_keys(self, place: Place) -> dict[str, str | None]:
        """The catalogue key of each part of ``place`` (``None`` where it has none)."""
        keys = {part: self.place_key(part, getattr(place, part)) for part in _PARTS}
        country = next(
            (
                e.key
                for e in self.catalogue.places.values()
                if e.kind == "country" and e.country == place.country
            ),
            None,
        )
        return keys | {"country": country}

    def place_part(self, kind: PlaceKind | str, name: str | None, lang: Lang | str) -> str | None:
        """One part of a place in ``lang``; a name the catalogue does not hold stays as written."""
        key = self.place_key(kind, name)
        if key is None:
            return name
        return self.catalogue.places[key].name(lang)

    def place_label(self, place: Place | None, lang: str) -> str:
        """:meth:`Place.label` with each part in ``lang``."""
        if place is None:
            return ""
        localised = attrs.evolve(
            place,
            venue=self.place_part("venue", place.venue, lang),
            city=self.place_part("city", place.city, lang),
            province=self.place_part("province", place.province, lang),
        )
        label = localised.label()
        if place.online and lang == "vi":
            label = "trực tuyến" + label.removeprefix("online")
        return label

    def place_names(self, place: Place) -> dict[str, str]:
        """The place's label in every language."""
        return {lang: self.place_label(place, lang) for lang in LANGUAGES}

    def person_key(self, person: Participant) -> str | None:
        """The catalogue key of a person, if the catalogue knows them."""
        for name in (person.canonical, person.written):
            if name and (key := self._people.get(fold_plain(name))):
                return key
        return None

    def series_name(self, series: Series | str, lang: str) -> str:
        """A series' name in ``lang``: its own names, else the catalogue's, else its key."""
        key = series if isinstance(series, str) else series.key
        own: dict[str, Any] = {} if isinstance(series, str) else dict(series.names)
        mechanism = self.catalogue.mechanisms.get(key)
        names = own or (dict(mechanism.names) if mechanism else {})
        return str(names.get(lang) or names.get("en") or names.get("vi") or key)
