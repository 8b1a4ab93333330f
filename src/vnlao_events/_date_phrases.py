"""The date words of each language, read from ``data/phrases/dates-<lang>.toml``.

What a language says about dates (month names, day names, parts of day, relative words,
counts) lives in one data file per language; this module reads and checks it once and
hands the rules regex alternations over the toneless view of a text.

>>> vi = phrases("vi")
>>> vi.lookup("months", "Tháng Mười Hai"[6:])
12
>>> phrases("en").lookup("relative", "next")
1
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources

import attrs

from .exceptions import CatalogueError

__all__ = ["LANGUAGES", "NEGATIVE_SECTIONS", "DatePhrases", "phrases", "strip_tones"]

#: The languages with a date phrase file.
LANGUAGES = ("vi", "en")

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Each section and the type of its values.
_SECTIONS: dict[str, type] = {
    "month_words": int,
    "day_words": int,
    "months": int,
    "weekdays": int,
    "weekday_abbreviations": int,
    "parts_of_day": str,
    "parts": str,
    "quarters": int,
    "units": str,
    "relative": int,
    "relative_days": int,
    "relative_days_after_part": int,
    "same_day": int,
    "ago": int,
    "ago_before": int,
    "numbers": int,
    "range_words": int,
    "first_last_day": int,
    "coordination": int,
    "tens": int,
    "weekday_names": int,
    "weekday_cues": int,
    "not_weekday_after": int,
    "not_relative_after": int,
    "time_prepositions": int,
    "event_nouns": int,
}

#: Sections whose examples show a phrase that is *not* a date of that kind.
NEGATIVE_SECTIONS = frozenset({"not_weekday_after", "not_relative_after"})


@cache
def strip_tones(text: str) -> str:
    """Lower-case ``text`` and strip its Vietnamese tone marks, as the toneless view does.

    >>> strip_tones("Tháng Mười Hai")
    'thang mươi hai'
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", stripped)


@attrs.frozen
class DatePhrases:
    """One language's date words, keyed by their toneless lower-case form.

    Args:
        lang: the language code.
        sections: section name → {toneless word → value}.
    """

    lang: str
    sections: dict[str, dict[str, int | str]] = attrs.field(hash=False)
    written: dict[str, frozenset[str]] = attrs.field(factory=dict, hash=False, repr=False)

    def words(self, section: str) -> dict[str, int | str]:
        """The words of a section (empty when the language has none)."""
        return self.sections.get(section, {})

    def lookup(self, section: str, word: str) -> int | str | None:
        """The value of ``word`` in ``section``, written in any case and tone placement."""
        return self.words(section).get(" ".join(strip_tones(word).split()))

    def written_as(self, section: str, word: str) -> bool:
        """Whether ``word`` is written exactly (tone marks included) as an entry of ``section``.

        >>> phrases("vi").written_as("relative", "sau"), phrases("vi").written_as("months", "sau")
        (True, False)
        """
        key = " ".join(unicodedata.normalize("NFC", word.lower()).split())
        return key in self.written.get(section, frozenset())

    def number(self, section: str, word: str) -> int | None:
        """The integer value of ``word`` in ``section``, or ``None``."""
        value = self.lookup(section, word)
        return value if isinstance(value, int) else None

    def text(self, section: str, word: str) -> str | None:
        """The text value of ``word`` in ``section``, or ``None``."""
        value = self.lookup(section, word)
        return value if isinstance(value, str) else None

    def alternation(self, section: str) -> str:
        """A regex alternation of a section's words, longest first, spaces flexible."""
        words = sorted(self.words(section), key=lambda w: (-len(w), w))
        if not words:
            return "(?!)"
        return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


def parse_phrases(text: str, lang: str, source: str) -> DatePhrases:
    r"""Read and check a date phrase file.

    Raises:
        CatalogueError: naming the file, the entry and what is wrong with it.

    >>> parse_phrases('[relative]\n"next" = { value = 1, example = "next week" }', "en", "x")
    DatePhrases(lang='en', sections={'relative': {'next': 1}})
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{source}: not valid TOML: {error}.", path=source) from None
    sections: dict[str, dict[str, int | str]] = {}
    written: dict[str, frozenset[str]] = {}
    for name, entries in data.items():
        kind = _SECTIONS.get(name)
        if kind is None:
            raise CatalogueError(
                f"{source}: unknown section {name!r} (expected one of {', '.join(_SECTIONS)}).",
                path=source,
                entry=name,
            )
        words: dict[str, int | str] = {}
        for word, entry in entries.items():
            if not isinstance(entry, dict) or set(entry) != {"value", "example"}:
                raise CatalogueError(
                    f"{source}: [{name}] {word!r} must be {{ value = …, example = … }}"
                    f" (got {entry!r}).",
                    path=source,
                    entry=word,
                )
            value = entry["value"]
            if (
                not isinstance(value, int | str)
                or not isinstance(value, kind)
                or isinstance(value, bool)
            ):
                raise CatalogueError(
                    f"{source}: [{name}] {word!r}: 'value' must be {kind.__name__}"
                    f" (got {value!r}).",
                    path=source,
                    entry=word,
                    field="value",
                )
            words[" ".join(strip_tones(word).split())] = value
        sections[name] = words
        written[name] = frozenset(
            " ".join(unicodedata.normalize("NFC", w.lower()).split()) for w in entries
        )
    return DatePhrases(lang, sections, written)


@cache
def phrases(lang: str) -> DatePhrases:
    """The built-in date words of ``lang`` (``vi`` or ``en``), read once.

    Raises:
        CatalogueError: for a language without a phrase file.
    """
    if lang not in LANGUAGES:
        raise CatalogueError(
            f"no date phrases for language {lang!r} (choose from {', '.join(LANGUAGES)}).",
            entry=lang,
        )
    path = f"data/phrases/dates-{lang}.toml"
    text = resources.files("vnlao_events").joinpath(path).read_text("utf-8")
    return parse_phrases(text, lang, path)


@cache
def examples(lang: str) -> tuple[tuple[str, str, int | str, str], ...]:
    """Every entry of a phrase file as ``(section, word, value, example)``, for tests and docs.

    >>> ("relative", "next", 1, "next week") in examples("en")
    True
    """
    path = f"data/phrases/dates-{lang}.toml"
    data = tomllib.loads(resources.files("vnlao_events").joinpath(path).read_text("utf-8"))
    return tuple(
        (section, word, entry["value"], entry["example"])
        for section, entries in data.items()
        for word, entry in entries.items()
    )
