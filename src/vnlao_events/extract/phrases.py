"""The phrasings the recognisers know, read once from ``data/phrases/<language>.toml``.

Each file holds, per kind of phrase, a list of words or phrases in one language (status
and tense cues, event verbs, titles that introduce a name, organisation words that are
never people, mechanism head nouns, cores and modifiers). Python keeps the grammar (what
a cue does); the files keep what the language says.

>>> phrases = Phrases.default()
>>> bool(phrases.pattern("status", "planned").search("the session took place"))
False
>>> bool(phrases.pattern("status", "planned").search("the session will be held"))
True
>>> "border-annual-meeting" in phrases.cores()
True
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar

import attrs

from .._kinds import Lang
from .._temporal import vi_re
from ..exceptions import CatalogueError

__all__ = [
    "LANGUAGES",
    "Phrases",
    "Searcher",
    "Trigger",
    "active",
    "alternation",
    "first_letter_alternation",
    "matches_at",
    "using",
    "word_alternation",
    "word_starts",
]

T = TypeVar("T")

LANGUAGES = ("vi", "en")
SCHEMA = "vnlao-events.phrases/1"

# The kinds each file may hold (a missing kind is an empty list).
KINDS: dict[str, frozenset[str]] = {
    "body": frozenset(
        {
            "furniture", "kept_suffixes", "glued_words", "glued_after", "caption_credits",
            "abbreviations",
        }
    ),
    "status": frozenset(
        {
            "planned", "preparing", "results", "records", "carry_out", "held", "held_weak",
            "past", "progressive", "invite", "habitual", "next",
            "infinitive", "event_frames", "held_after", "referring", "agreed", "bare_event_verbs",
            "wish", "wish_open", "wish_close", "wish_not",
            "purpose", "trip", "movement", "outcome", "outcome_subjects",
            "outcome_verbs", "during", "speech_frames", "past_verbs",
            "object_verbs", "not_object", "past_frames", "postponed",
        }
    ),
    "frames": frozenset(
        {"occasion", "demonstratives", "scheduled", "reference", "not_ordinal", "range_to",
         "range_from", "relative", "scene_openers", "first_held", "other_events",
         "report_verbs"}
    ),
    "people": frozenset(
        {
            "cochair", "cochair_after_pair", "chaired_by", "led_by", "led_by_before",
            "coordinators", "pronouns", "invitation", "welcome", "counterpart",
            "role_group", "role_title", "participate", "titles", "not_names", "organisations",
            "indefinite", "comitative", "presence", "copula", "rank_words", "pair_group",
            "received", "guest_markers", "appositive_heads", "state_names",
            "side_openers", "attendance", "join", "join_frames", "attend",
        }
    ),
    "places": frozenset(
        {
            "locative", "online", "online_events", "hybrid", "chain", "destination", "hosts",
            "arrival_venues", "articles", "departure", "onward", "homecoming",
        }
    ),
    "mechanisms": frozenset({"heads", "modifiers", "cores", "other_bodies", "recurring", "organs",
                             "holder_cues", "possessive_holders",
                             "organ_links", "agents", "plural_heads",
                             "weak_cores", "shared_cores", "core_context", "paired_cores",
                             "local_bodies", "compounds_after", "compounds_before",
                             "possessives", "weak_core_heads", "bound_cores",
                             "bound_heads"}),
    "events": frozenset({"visit", "call", "reception", "talks", "side", "concluded"}),
    "periods": frozenset({"keywords"}),
}  # fmt: skip


class Trigger(Protocol):
    """A recogniser's cheap first test: a compiled pattern, or anything with ``search``.

    A sentence that no trigger matches (and that holds no catalogue entry or date) is not
    read further.
    """

    def search(self, string: str, /) -> object:
        """Something true when ``string`` may hold what the recogniser finds."""


def alternation(phrases: Iterable[str]) -> str:
    r"""A regex alternation of phrases for the toneless view, longest first.

    Spaces match any run of white space; tone marks are dropped so that one spelling
    finds every placement.

    >>> alternation(["kỳ họp", "in"])
    '(?:ky\\s+hop|in)'
    """
    folded = sorted({vi_re(p).lower().strip() for p in phrases if p.strip()}, key=lambda p: -len(p))
    parts = [r"\s+".join(re.escape(word) for word in p.split()) for p in folded]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def word_alternation(phrases: Iterable[str], edge: str = r"[\w-]", *, closed: bool = True) -> str:
    r"""The alternation of phrases as whole words: no ``edge`` character on either side.

    The same matches as ``(?<!EDGE)`` + :func:`alternation` + ``(?!EDGE)`` (without the
    last test when not ``closed``: a phrase may run on into a word), written so
    that the regex engine looks only where a phrase's first letter stands: the phrases
    are grouped by their first letter (phrases that begin differently never match at the
    same place, so each group keeps the order that decides between its phrases), and the
    test of the character before moves behind that letter. A search then skips every
    character no phrase begins with instead of trying the whole pattern at each.

    >>> word_alternation(["kỳ họp", "khóa họp", "in"])
    '(?:k(?<![\\w-]k)(?:hoa\\s+hop|y\\s+hop)|i(?<![\\w-]i)(?:n))(?![\\w-])'
    >>> [m.group() for m in re.finditer(word_alternation(["in"]), "in tin in-line in")]
    ['in', 'in']
    """
    folded = sorted({vi_re(p).lower().strip() for p in phrases if p.strip()}, key=lambda p: -len(p))
    pairs = [
        (
            phrase[0],
            r"\s+".join(re.escape(word) for word in phrase.split())[len(re.escape(phrase[0])) :],
        )
        for phrase in folded
    ]
    return first_letter_alternation(pairs, edge) + (f"(?!{edge})" if closed and pairs else "")


def first_letter_alternation(branches: Iterable[tuple[str, str]], edge: str) -> str:
    r"""An alternation of ``(first letter, regex of the rest)`` with no ``edge`` before it.

    The same matches as ``(?<!EDGE)(?:`` + the branches in their order + ``)``: branches
    are grouped by their first letter (branches that begin differently never match at the
    same place, so each group keeps the order that decides between its branches) and the
    test of the character before moves behind that letter, so that a search skips every
    character no branch begins with.

    >>> first_letter_alternation([("k", "y"), ("h", "op"), ("k", "hoa")], r"\w")
    '(?:k(?<!\\wk)(?:y|hoa)|h(?<!\\wh)(?:op))'
    """
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    if not groups:
        return "(?!)"
    parts = [
        f"{re.escape(first)}(?<!{edge}{re.escape(first)})(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    ]
    return "(?:" + "|".join(parts) + ")"


def word_starts(phrases: Iterable[str], edge: str = r"[\w-]") -> str:
    r"""A regex for the first letter of every place a phrase begins with no ``edge`` before it.

    Each match is that one letter (the rest of the phrase is looked ahead at, not taken),
    so that overlapping phrases are all seen: the starts where a pattern that opens with
    these phrases can match, for :func:`matches_at`.

    >>> [m.start() for m in re.finditer(word_starts(["kỳ họp", "họp"]), "ky hop; thop")]
    [0, 3]
    """
    folded = sorted({vi_re(p).lower().strip() for p in phrases if p.strip()}, key=lambda p: -len(p))
    if not folded:
        return "(?!)"
    groups: dict[str, list[str]] = {}
    for phrase in folded:
        rest = r"\s+".join(re.escape(word) for word in phrase.split())[len(re.escape(phrase[0])) :]
        groups.setdefault(phrase[0], []).append(rest)
    branches = [
        f"{re.escape(first)}(?<!{edge}{re.escape(first)})(?={'|'.join(rests)})"
        for first, rests in groups.items()
    ]
    return "(?:" + "|".join(branches) + ")"


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    r"""The matches ``pattern.finditer(text)`` gives, the pattern tried only at ``starts``.

    ``starts`` (ascending) must hold every place a match can begin; the pattern is then
    tried there alone, and the matches are the same (none overlaps the one before).

    >>> [m.group() for m in matches_at(re.compile(r"\bab+"), "ab abb cab", [0, 3, 8])]
    ['ab', 'abb']
    """
    position = 0
    for at in starts:
        if at < position:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            position = match.end() if match.end() > at else at + 1


@attrs.frozen
class Searcher:
    r"""A trigger searched on its own, tried only where ``starts`` says it can begin.

    Its ``search`` gives what ``pattern.search`` gives. A pattern that the regex engine
    can skip through (one that begins with a letter or a digit) loses that inside a larger
    alternation, so it is searched alone; one that cannot is tried at its starts.

    >>> numbers = lambda text: [m.start() for m in re.finditer(r"\d+", text)]
    >>> digits = Searcher(re.compile(r"\b\d+th"), numbers)
    >>> digits.search("the 39th meeting").group()
    '39th'
    >>> Searcher(re.compile("th")).search("39th").start()
    2
    """

    pattern: re.Pattern[str]
    starts: Callable[[str], Iterable[int]] | None = None

    def search(self, text: str, /) -> re.Match[str] | None:
        """The first match of the pattern in ``text``, as ``pattern.search`` finds it."""
        if self.starts is None:
            return self.pattern.search(text)
        return next(matches_at(self.pattern, text, self.starts(text)), None)


def _check_list(source: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(
            f"{source}: {where} must be a list of non-empty strings (got {value!r}).",
            path=source,
            entry=where,
        )
    return tuple(value)


def _parse(source: str, text: str) -> dict[str, dict[str, Any]]:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{source}: not valid TOML: {error}", path=source) from None
    if raw.get("schema") != SCHEMA:
        raise CatalogueError(
            f"{source}: schema must be {SCHEMA!r} (got {raw.get('schema')!r}).",
            path=source,
            field="schema",
        )
    tables: dict[str, dict[str, Any]] = {}
    for section, entries in raw.items():
        if section in ("schema", "language"):
            continue
        if section not in KINDS or not isinstance(entries, dict):
            raise CatalogueError(
                f"{source}: unknown section {section!r} (expected one of"
                f" {', '.join(sorted(KINDS))}).",
                path=source,
                entry=section,
            )
        table: dict[str, Any] = {}
        for kind, value in entries.items():
            if kind not in KINDS[section]:
                raise CatalogueError(
                    f"{source}: unknown kind {section}.{kind} (expected one of"
                    f" {', '.join(sorted(KINDS[section]))}).",
                    path=source,
                    entry=f"{section}.{kind}",
                )
            if section == "mechanisms" and kind == "cores":
                if not isinstance(value, dict):
                    raise CatalogueError(
                        f"{source}: mechanisms.cores must be a table of lists (got {value!r}).",
                        path=source,
                        entry="mechanisms.cores",
                    )
                table[kind] = {
                    str(k): _check_list(source, f"mechanisms.cores.{k}", v)
                    for k, v in value.items()
                }
            else:
                table[kind] = _check_list(source, f"{section}.{kind}", value)
        tables[section] = table
    return tables


@attrs.frozen
class Phrases:
    """The phrase lists of every language, merged per kind.

    >>> Phrases.from_tables({"vi": {"status": {"past": ("đã",)}}}).words("status", "past")
    ('đã',)
    """

    tables: Mapping[str, Mapping[str, Mapping[str, Any]]] = attrs.field(hash=False)
    _patterns: dict[tuple[str, str, bool], re.Pattern[str]] = attrs.field(
        factory=dict, eq=False, hash=False, repr=False
    )
    _memo: dict[str, Any] = attrs.field(factory=dict, eq=False, hash=False, repr=False)

    @classmethod
    def from_tables(cls, tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> Phrases:
        """Phrases from already parsed tables, one per language."""
        return cls(tables)

    @classmethod
    def from_toml(cls, texts: Mapping[str, str]) -> Phrases:
        """Phrases from TOML texts by language code; errors name the file and the kind.

        >>> Phrases.from_toml({"vi": 'schema = "x"'})
        Traceback (most recent call last):
        ...
        vnlao_events.exceptions.CatalogueError: vi: schema must be ... (got 'x').
        """
        return cls({lang: _parse(lang, text) for lang, text in texts.items()})

    @staticmethod
    @cache
    def default() -> Phrases:
        """The built-in phrase files (read and checked once)."""
        folder = resources.files("vnlao_events").joinpath("data/phrases")
        texts = {lang: folder.joinpath(f"{lang}.toml").read_text("utf-8") for lang in LANGUAGES}
        return Phrases.from_toml(texts)

    def load(self, path: str | Path) -> Phrases:
        r"""These phrases with a user file's added: its ``language`` key says which.

        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "mine.toml").write_text(
        ...     'schema = "vnlao-events.phrases/1"\nlanguage = "vi"\n'
        ...     '[people]\ntitles = ["Thượng tướng"]  # colonel general\n', "utf-8")
        >>> "Thượng tướng" in Phrases.default().load(folder / "mine.toml").words("people", "titles")
        True
        """
        source = str(path)
        text = Path(path).read_text("utf-8")
        language = tomllib.loads(text).get("language") if _valid_toml(text) else None
        if not isinstance(language, str) or not language:
            raise CatalogueError(
                f'{source}: \'language\' must name the file\'s language ("vi", "en"…).',
                path=source,
                field="language",
            )
        extra = _parse(source, text)
        tables = {lang: {s: dict(k) for s, k in t.items()} for lang, t in self.tables.items()}
        mine = tables.setdefault(language, {})
        for section, kinds in extra.items():
            for kind, values in kinds.items():
                table = mine.setdefault(section, {})
                if kind == "cores":
                    cores = dict(table.get(kind, {}))
                    for key, more in values.items():
                        cores[key] = (*cores.get(key, ()), *more)
                    table[kind] = cores
                else:
                    table[kind] = (*table.get(kind, ()), *values)
        return Phrases(tables)

    def memo(self, key: str, build: Callable[[Phrases], T]) -> T:
        """Something built once from these phrases (a compiled pattern, a vocabulary)."""
        try:
            value: T = self._memo[key]
        except KeyError:
            value = self._memo[key] = build(self)
        return value

    def words(self, section: str, name: str, language: Lang | str | None = None) -> tuple[str, ...]:
        """The phrases of one list, in every language (or in ``language``)."""
        found: list[str] = []
        for lang, table in self.tables.items():
            if language is None or lang == language:
                found.extend(table.get(section, {}).get(name, ()))
        return tuple(found)

    def pattern(self, section: str, name: str, *, bounded: bool = True) -> re.Pattern[str]:
        """One compiled regex for the phrases of one list, on word boundaries by default."""
        key = (section, name, bounded)
        if key not in self._patterns:
            words = self.words(section, name)
            self._patterns[key] = re.compile(
                word_alternation(words) if bounded else alternation(words)
            )
        return self._patterns[key]

    def cores(self) -> dict[str, tuple[str, ...]]:
        """Mechanism key → the core phrases that tell it apart, in every language."""
        merged: dict[str, list[str]] = {}
        for table in self.tables.values():
            for key, values in table.get("mechanisms", {}).get("cores", {}).items():
                merged.setdefault(key, []).extend(values)
        return {key: tuple(values) for key, values in merged.items()}


def _valid_toml(text: str) -> bool:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    return True


_ACTIVE: ContextVar[Phrases | None] = ContextVar("vnlao_events_phrases", default=None)


def active() -> Phrases:
    """The phrases the recognisers read now: those of :func:`using`, or the built-in ones."""
    phrases = _ACTIVE.get()
    return Phrases.default() if phrases is None else phrases


@contextmanager
def using(phrases: Phrases | None) -> Iterator[None]:
    """Read with ``phrases`` inside the block (the built-in ones when ``None``).

    >>> mine = Phrases.default()
    >>> with using(mine):
    ...     active() is mine
    True
    """
    token = _ACTIVE.set(phrases)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
