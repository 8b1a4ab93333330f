"""How a fact was reached, as a value: the rule, its parameters and the facts it used.

A :class:`Derivation` names its :class:`Rule` and carries what the rule worked with (gap
bounds, the neighbouring sessions by ordinal and date, the host...). It is rendered per
language from one phrase table (``data/derivations.toml``), so analysis code can ask which
rule and which facts gave a window, and no rule can reach a reader untranslated: every rule
has a template in each language, checked when the table is loaded.

>>> d = Derivation.of(Rule.HOST_ALTERNATION, facts=[FactRef(ordinal=7, host="VN")], host="LA")
>>> d.render()
'host LA by alternation (7th VN)'
>>> d.render("vi")
'nước chủ nhà LA theo luân phiên (thứ 7 VN)'
>>> Derivation.parse("host LA by alternation (7th VN)") == d
True
"""

from __future__ import annotations

import enum
import functools
import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources

import attrs

from ._kinds import Lang
from ._ordinals import english_ordinal
from .exceptions import CatalogueError, ParseError

__all__ = ["Derivation", "FactRef", "Rule", "as_derivations", "session_word", "word"]

_TABLE = "data/derivations.toml"


class Rule(enum.StrEnum):
    """Every rule a derivation or an inference conflict can name.

    >>> Rule("window-between").name
    'WINDOW_BETWEEN'
    """

    # inference
    WINDOW_AFTER = "window-after"
    WINDOW_BEFORE = "window-before"
    WINDOW_BETWEEN = "window-between"
    FORECAST = "forecast"
    HOST_ALTERNATION = "host-alternation"
    HOST_ROTATION = "host-rotation"
    HOST_ANCHOR_SESSION = "host-anchor-session"
    HOST_ANCHOR_YEAR = "host-anchor-year"
    HOST_FIXED = "host-fixed"
    YEAR_RESOLVED = "year-resolved"
    YEAR_OPEN = "year-open"
    ORDINAL_UNIQUE = "ordinal-unique"
    # conflicts inference finds
    CONFLICT_CADENCE = "conflict-cadence"
    CONFLICT_NO_YEAR = "conflict-no-year"
    CONFLICT_HOST = "conflict-host"
    CONFLICT_HOST_TIE = "conflict-host-tie"
    CONFLICT_HOST_ROTATION = "conflict-host-rotation"
    CONFLICT_HOST_FIXED = "conflict-host-fixed"
    CONFLICT_HOST_ROTATE_TIE = "conflict-host-rotate-tie"
    # conflicts between the sources of one session
    CONFLICT_DATES = "conflict-dates"
    CONFLICT_STILL_TO_COME = "conflict-still-to-come"
    CONFLICT_PLACES = "conflict-places"
    CONFLICT_PLAN_MOVED = "conflict-plan-moved"
    CONFLICT_PLAN_RESCHEDULED = "conflict-plan-rescheduled"
    # assembly
    HELD_BEFORE_HELD = "held-before-held"
    FUTURE_TENSE_BOUND = "future-tense-bound"
    # extraction
    NEXT_SESSION = "next-session"
    PREVIOUS_SESSION = "previous-session"
    FIRST_SESSION = "first-session"
    DATE_CARRIED = "date-carried"
    PLACE_CARRIED = "place-carried"
    CHAIRS_CARRIED = "chairs-carried"
    PUBLISHED_FALLBACK = "published-fallback"
    OCCASION_COUNTRY = "occasion-country"
    DURATION = "duration"
    UNTENSED_HELD = "untensed-held"
    ANNOUNCED = "announced"
    FUTURE_TENSE = "future-tense"
    DATELINE = "dateline"
    SCENE_PLACE = "scene-place"
    VISIT_COUNTRY = "visit-country"
    HOST_COUNTRY = "host-country"
    TRIP_PLACE = "trip-place"
    VISIT_WINDOW = "visit-window"
    TRIP_UNTENSED = "trip-untensed"
    TRIP_ARRIVAL = "trip-arrival"
    TRIP_ARRIVAL_DAY = "trip-arrival-day"
    TRIP_OVER = "trip-over"
    TRIP_DAY = "trip-day"
    OUTCOME_HELD = "outcome-held"
    DOCUMENT_YEAR_MONTHS = "document-year-months"
    DOCUMENT_YEAR_SAME_PERIOD = "document-year-same-period"
    DOCUMENT_YEAR_LISTED = "document-year-listed"
    DOCUMENT_YEAR_PAST_YEAR = "document-year-past-year"
    # how a date's year was found
    DATE_PUBLISHED_RELATIVE = "date-published-relative"
    DATE_WEEKDAY_OF_WEEK = "date-weekday-of-week"
    DATE_WEEKDAY_NEXT = "date-weekday-next"
    DATE_WEEKDAY_LAST = "date-weekday-last"
    DATE_WEEKDAY_AFTER = "date-weekday-after"
    DATE_WEEKDAY_BEFORE = "date-weekday-before"
    DATE_REFERENCE_YEAR = "date-reference-year"
    DATE_IN_RANGE = "date-in-range"
    DATE_AFTER_DATED = "date-after-dated"
    DATE_COORDINATED = "date-coordinated"
    DATE_PUBLISHED_QUARTER = "date-published-quarter"
    DATE_NEAREST_YEAR = "date-nearest-year"
    DATE_PUBLISHED_YEAR = "date-published-year"
    DATE_CONTENT_MONTHS = "date-content-months"
    DATE_CONTENT_SAME_PERIOD = "date-content-same-period"
    DATE_CONTENT_LISTED = "date-content-listed"
    DATE_CONTENT_PAST_YEAR = "date-content-past-year"
    DATE_PUBLISHED_MONTH = "date-published-month"
    DATE_NEAREST_DAY = "date-nearest-day"
    DATE_SAME_DAY = "date-same-day"
    DATE_NO_YEAR = "date-no-year"
    DATE_MONTH_NO_YEAR = "date-month-no-year"
    DATE_WEEKDAY_MOVED = "date-weekday-moved"
    ICS_READ = "ics-read"
    # a line no rule reads, kept as written
    NOTE = "note"


@attrs.frozen(kw_only=True)
class FactRef:
    """A stated fact a derivation used, by reference: the session and what it states.

    Args:
        ordinal: the session's number.
        series: the series key, where the derivation is about another series' session.
        date: the session's date, in ISO form.
        not_before: for an undated session, the day it is on or after.
        host: the session's host country.

    >>> FactRef(ordinal=7, date="2022-11-25").ordinal
    7
    """

    ordinal: int
    series: str | None = None
    date: str | None = None
    not_before: str | None = None
    host: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.matches_re(r"[A-Z]{2}"))
    )


Param = int | str


def _params(
    value: Mapping[str, Param] | Iterable[tuple[str, Param]],
) -> tuple[tuple[str, Param], ...]:
    items = tuple(value.items() if isinstance(value, Mapping) else value)
    if all(type(k) is str for k, _ in items):  # the usual case: no key to convert
        return tuple(sorted(items))
    return tuple(sorted((str(k), v) for k, v in items))


def _facts(value: Iterable[FactRef]) -> tuple[FactRef, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Derivation:
    """How a fact was reached: a rule, its parameters and the facts it used.

    Args:
        rule: the rule.
        params: the rule's parameters by name (numbers and ISO dates as in the template).
        facts: the stated facts the rule used, by reference.

    Raises:
        ParseError: when a parameter the rule's phrase needs is missing.

    >>> d = Derivation.of(Rule.DURATION, days=2, day="2022-12-20")
    >>> str(d), d.param("days")
    ('a 2-day meeting that ended on 2022-12-20', 2)
    """

    rule: Rule = attrs.field(converter=Rule)
    params: tuple[tuple[str, Param], ...] = attrs.field(default=(), converter=_params)
    facts: tuple[FactRef, ...] = attrs.field(default=(), converter=_facts)

    def __attrs_post_init__(self) -> None:
        needed = _table().needs[self.rule]
        names = {k for k, _ in self.params}
        if needed <= names:
            return
        raise ParseError(
            f"'params' of rule {self.rule.value!r} must name {sorted(needed)} (got"
            f" {sorted(names)}; missing {sorted(needed - names)})."
        )

    @classmethod
    def of(cls, rule: Rule, /, facts: Iterable[FactRef] = (), **params: Param) -> Derivation:
        """A derivation of ``rule`` with keyword parameters.

        The fields are set as the converters would set them (keyword names are strings
        already), and the rule's parameters are checked as by the constructor: inference
        builds one derivation per inferred session, so this path is kept short.

        >>> Derivation.of(Rule.DURATION, day="2022-12-20", days=2) == Derivation(
        ...     rule="duration", params={"days": 2, "day": "2022-12-20"})
        True
        """
        rule = rule if type(rule) is Rule else Rule(rule)
        if not _table().needs[rule] <= params.keys():
            return cls(rule=rule, params=params, facts=facts)  # raises, naming what is missing
        self = object.__new__(cls)
        set_field = object.__setattr__  # frozen: the fields are set once, here
        set_field(self, "rule", rule)
        set_field(self, "params", tuple(sorted(params.items())))
        set_field(self, "facts", tuple(facts))
        return self

    @classmethod
    def parse(cls, line: str) -> Derivation:
        """Read an English line back into a value (a line no rule reads becomes a note).

        >>> Derivation.parse("place Viêng Chăn: the report's dateline").rule
        <Rule.DATELINE: 'dateline'>
        >>> Derivation.parse("something else").rule
        <Rule.NOTE: 'note'>
        """
        return _table().parse(line)

    def param(self, name: str) -> Param:
        """The parameter ``name``.

        Raises:
            KeyError: when the derivation has no such parameter.
        """
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(name)

    @property
    def arguments(self) -> dict[str, Param]:
        """The parameters as a dictionary."""
        return dict(self.params)

    def render(self, lang: Lang | str = Lang.EN) -> str:
        """The derivation as one readable line in ``lang``.

        Raises:
            ParseError: for a language with no phrases.
        """
        return _table().render(self, Lang.of(lang))

    def __str__(self) -> str:
        return self.render(Lang.EN)


def as_derivations(value: Iterable[Derivation | str]) -> tuple[Derivation, ...]:
    """Derivations from values or English lines (read with :meth:`Derivation.parse`).

    >>> [d.rule.value for d in as_derivations(["host VN by alternation (1st VN)"])]
    ['host-alternation']
    """
    if type(value) is tuple and all(type(d) is Derivation for d in value):
        return value  # already values: the usual case, one per inferred fact
    if isinstance(value, str | Derivation):
        value = [value]
    return tuple(d if isinstance(d, Derivation) else Derivation.parse(str(d)) for d in value)


def session_word(ordinal: int, lang: Lang | str) -> str:
    """A session by its number in ``lang``, as derivations name one ("8th", "phiên thứ 8").

    >>> session_word(8, "en"), session_word(8, "vi")
    ('8th', 'phiên thứ 8')
    """
    return _table()._facts((FactRef(ordinal=ordinal),), "dated", Lang.of(lang))


def word(text: str, lang: Lang | str) -> str:
    """A label of the outputs ("held", "morning", "likely") in ``lang``, from the phrase table.

    English is the labels' own language; a word the table lacks stays as it is.

    >>> word("held", "vi"), word("afternoon", "vi"), word("held", "en")
    ('đã diễn ra', 'chiều', 'held')
    """
    return _table().words[Lang.of(lang)].get(text, text)


# ------------------------------------------------------------------ the phrase table

_SPECS = frozenset(("", "ord", "int", "doc", "word", "stated", "docs", "dated", "hosts"))
_FACT_SPECS = frozenset(("dated", "hosts"))
_ORD_RE = r"\d+(?:st|nd|rd|th)"


def _fields(template: str) -> list[tuple[str, str | None, str]]:
    """``(literal, field, spec)`` for each part of a template."""
    parts = []
    for literal, field, spec, _ in string.Formatter().parse(template):
        parts.append((literal, field, spec or ""))
    return parts


def _regex(template: str) -> re.Pattern[str]:
    """A template's English form as a pattern with one group per field."""
    out = []
    for literal, field, spec in _fields(template):
        out.append(re.escape(literal))
        if field is None:
            continue
        if spec == "ord":
            out.append(f"(?P<{field}>\\d+)(?:st|nd|rd|th)")
        elif spec == "int":
            out.append(f"(?P<{field}>-?\\d+)")
        elif spec == "docs":
            out.append(f"(?P<{field}>\\d+) documents?")
        elif spec == "doc":
            out.append(f"(?P<{field}>\\S+?)")
        else:
            out.append(f"(?P<{field}>.+?)")
    return re.compile("".join(out), re.DOTALL)


@attrs.frozen
class _Table:
    templates: dict[Lang, dict[Rule, str]]
    forms: dict[Lang, dict[str, str]]
    words: dict[Lang, dict[str, str]]
    needs: dict[Rule, frozenset[str]]
    readers: tuple[tuple[Rule, re.Pattern[str], dict[str, str]], ...]
    fact_readers: tuple[tuple[str, re.Pattern[str]], ...]

    def render(self, derivation: Derivation, lang: Lang) -> str:
        template = self.templates[lang][derivation.rule]
        params = derivation.arguments
        out = []
        for literal, field, spec in _fields(template):
            out.append(literal)
            if field is None:
                continue
            if spec in _FACT_SPECS:
                out.append(self._facts(derivation.facts, spec, lang))
            else:
                out.append(self._value(params[field], spec, lang))
        return "".join(out)

    def _value(self, value: Param, spec: str, lang: Lang) -> str:
        if spec == "ord" and isinstance(value, int):
            return english_ordinal(value) if lang is Lang.EN else str(value)
        if spec == "docs":
            key = "document" if value == 1 else "documents"
            return self.forms[lang][key].format(n=value)
        if spec == "word":
            return self.words[lang].get(str(value), str(value))
        if spec == "stated" and isinstance(value, str):
            bound = self._read_form("on_or_after", value)
            if bound is not None:
                return self.forms[lang]["on_or_after"].format(date=bound["date"])
        return str(value)

    def _read_form(self, form: str, text: str) -> dict[str, str] | None:
        for name, pattern in self.fact_readers:
            if name == form and (match := pattern.fullmatch(text)) is not None:
                return match.groupdict()
        return None

    def _facts(self, facts: tuple[FactRef, ...], spec: str, lang: Lang) -> str:
        forms = self.forms[lang]
        items = []
        for fact in facts:
            number = english_ordinal(fact.ordinal) if lang is Lang.EN else str(fact.ordinal)
            if spec == "hosts":
                form, value = "hosted", fact.host or ""
            elif fact.date is not None:
                form, value = "dated", fact.date
            elif fact.not_before is not None:
                form, value = "not_before", fact.not_before
            else:
                form, value = "undated", ""
            template = forms[form].replace(":ord}", "}")
            items.append(template.format(ordinal=number, date=value, host=value))
        return forms["separator"].join(items)

    def _read_facts(self, text: str, spec: str) -> tuple[FactRef, ...] | None:
        facts = []
        for item in text.split(self.forms[Lang.EN]["separator"]):
            names = ("hosted",) if spec == "hosts" else ("not_before", "dated", "undated")
            for name in names:
                found = self._read_form(name, item)
                if found is None:
                    continue
                ordinal = int(found["ordinal"])
                if name == "hosted":
                    facts.append(FactRef(ordinal=ordinal, host=found["host"]))
                elif name == "dated":
                    facts.append(FactRef(ordinal=ordinal, date=found["date"]))
                elif name == "not_before":
                    facts.append(FactRef(ordinal=ordinal, not_before=found["date"]))
                else:
                    facts.append(FactRef(ordinal=ordinal))
                break
            else:
                return None
        return tuple(facts)

    def parse(self, line: str) -> Derivation:
        for rule, pattern, specs in self.readers:
            match = pattern.fullmatch(line)
            if match is None:
                continue
            params: dict[str, Param] = {}
            facts: tuple[FactRef, ...] = ()
            ok = True
            for name, text in match.groupdict().items():
                spec = specs[name]
                if spec in _FACT_SPECS:
                    read = self._read_facts(text, spec)
                    if read is None:
                        ok = False
                        break
                    facts = read
                elif spec in ("ord", "int", "docs"):
                    params[name] = int(text)
                else:
                    params[name] = text
            if ok:
                return Derivation(rule=rule, params=params, facts=facts)
        return Derivation(rule=Rule.NOTE, params={"text": line})


@functools.cache
def _table() -> _Table:
    """The phrase table, loaded and checked once."""
    text = resources.files("vnlao_events").joinpath(_TABLE).read_text("utf-8")
    data = tomllib.loads(text)
    rules = data.get("rules", {})
    unknown = sorted(set(rules) - {r.value for r in Rule})
    if unknown:
        raise CatalogueError(f"{_TABLE}: rules {unknown} are no Rule member.")
    templates: dict[Lang, dict[Rule, str]] = {lang: {} for lang in Lang}
    needs: dict[Rule, frozenset[str]] = {}
    readers = []
    for rule in Rule:
        entry = rules.get(rule.value)
        if entry is None:
            raise CatalogueError(f"{_TABLE}: rule {rule.value!r} has no phrases.")
        fields: dict[Lang, set[str]] = {}
        for lang in Lang:
            template = entry.get(lang.value)
            if not isinstance(template, str) or not template:
                raise CatalogueError(f"{_TABLE}: rule {rule.value!r} has no {lang.value!r} phrase.")
            templates[lang][rule] = template
            parts = [(f, s) for _, f, s in _fields(template) if f is not None]
            bad = sorted({s for _, s in parts} - _SPECS)
            if bad:
                raise CatalogueError(f"{_TABLE}: rule {rule.value!r} uses unknown specs {bad}.")
            fields[lang] = {f for f, _ in parts}
        if fields[Lang.EN] != fields[Lang.VI]:
            raise CatalogueError(
                f"{_TABLE}: rule {rule.value!r} names {sorted(fields[Lang.EN])} in English but"
                f" {sorted(fields[Lang.VI])} in Vietnamese."
            )
        en_parts = [(f, s) for _, f, s in _fields(templates[Lang.EN][rule]) if f is not None]
        needs[rule] = frozenset(f for f, s in en_parts if s not in _FACT_SPECS)
        if rule is not Rule.NOTE:
            readers.append((rule, _regex(templates[Lang.EN][rule]), dict(en_parts)))
    forms = {lang: dict(data["forms"][lang.value]) for lang in Lang}
    words = {lang: dict(data.get("words", {}).get(lang.value, {})) for lang in Lang}
    fact_readers = tuple(
        (name, _regex(form)) for name, form in forms[Lang.EN].items() if name != "separator"
    )
    # Longer templates first, so a specific rule wins over one that reads the same prefix.
    readers.sort(key=lambda r: -len(r[1].pattern))
    return _Table(
        templates=templates,
        forms=forms,
        words=words,
        needs=needs,
        readers=tuple(readers),
        fact_readers=fact_readers,
    )


def examples() -> dict[Rule, Derivation]:
    """One derivation of each rule, from the table's examples (for the tests)."""
    data = tomllib.loads(resources.files("vnlao_events").joinpath(_TABLE).read_text("utf-8"))
    out = {}
    for rule in Rule:
        entry = data["rules"][rule.value]
        facts = [FactRef(**fact) for fact in entry.get("facts", [])]
        out[rule] = Derivation(rule=rule, params=entry.get("example", {}), facts=facts)
    return out
