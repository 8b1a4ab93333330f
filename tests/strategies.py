"""Hypothesis strategies for the value types and for synthetic series."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

import pycountry
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events._date_phrases import examples as date_phrase_examples

T = TypeVar("T")
years = st.integers(min_value=1950, max_value=2100)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def partial_dates(draw: st.DrawFn) -> ve.PartialDate:
    """Any valid partial date: year, year-month, full date, or an open-year month(-day)."""
    day = draw(days)
    shape = draw(st.sampled_from(["y", "ym", "ymd", "m", "md"]))
    if shape == "y":
        return ve.PartialDate(day.year)
    if shape == "ym":
        return ve.PartialDate(day.year, day.month)
    if shape == "ymd":
        return ve.PartialDate(day.year, day.month, day.day)
    if shape == "m":
        return ve.PartialDate(None, day.month)
    return ve.PartialDate(None, day.month, day.day)


@st.composite
def windows(draw: st.DrawFn) -> ve.DateWindow:
    """Any date window with any precision."""
    first = draw(days)
    length = draw(st.integers(min_value=0, max_value=800))
    precision = draw(st.sampled_from(list(ve.Precision)))
    return ve.DateWindow(first, first + timedelta(days=length), precision)


@st.composite
def whens(draw: st.DrawFn) -> ve.When:
    """A session date: a window, or an open-year day."""
    pod = draw(st.none() | st.sampled_from(list(ve.PartOfDay)))
    if draw(st.booleans()):
        return ve.When.of(draw(windows()), pod)
    day = draw(days)
    return ve.When.open_year(
        ve.PartialDate(None, day.month, day.day),
        part_of_day=pod,
        year_candidates=tuple(draw(st.lists(years, max_size=3))),
    )


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
countries = st.sampled_from(["VN", "LA", "TH", None])


@st.composite
def places(draw: st.DrawFn) -> ve.Place:
    """A place with any parts filled in."""
    return ve.Place(
        venue=draw(st.none() | text),
        city=draw(st.none() | text),
        province=draw(st.none() | text),
        country=draw(countries),
        online=draw(st.booleans()),
        latitude=draw(st.none() | st.floats(-90, 90)),
        longitude=draw(st.none() | st.floats(-180, 180)),
    )


@st.composite
def evidences(draw: st.DrawFn) -> ve.Evidence:
    """Evidence whose quote matches its span length."""
    quote = draw(text)
    start = draw(st.integers(min_value=0, max_value=10_000))
    return ve.Evidence(
        document=draw(text.filter(bool)), start=start, end=start + len(quote), quote=quote
    )


participants = st.builds(
    ve.Participant, written=text.filter(bool), canonical=st.none() | text, country=countries
)


@st.composite
def sessions(draw: st.DrawFn, key: str = "political-consultation") -> ve.Session:
    """A session of series ``key`` with random facts."""
    ordinal = draw(st.none() | st.integers(min_value=1, max_value=200))
    status = draw(st.sampled_from(list(ve.Status)))
    stated = status is not ve.Status.INFERRED  # no source names an inferred session
    return ve.Session(
        series=key,
        ordinal=ordinal,
        status=status,
        date=draw(st.none() | whens()) if stated else None,
        place=draw(st.none() | places()) if stated else None,
        co_chairs=draw(st.lists(participants, max_size=2)),
        participants=draw(st.lists(participants, max_size=2)),
        evidence=draw(st.lists(evidences(), max_size=3)),
        derivation=draw(st.lists(text, max_size=2)),
        forecast=draw(st.booleans()),
        not_before=draw(st.none() | days),
        inferred_ordinal=draw(st.none() | inferred(st.integers(min_value=1, max_value=200)))
        if ordinal is None
        else None,
        inferred_date=draw(st.none() | inferred(windows())),
        inferred_year=draw(st.none() | inferred(whens())),
        inferred_host=draw(st.none() | inferred(st.sampled_from(["VN", "LA", "TH"]))),
        likely=draw(st.none() | inferred(likely_windows())),
    )


@st.composite
def likely_windows(draw: st.DrawFn) -> ve.LikelyWindow:
    """A likely window with any level and basis, and a most likely day inside it or none."""
    first = draw(days)
    last = first + timedelta(days=draw(st.integers(min_value=0, max_value=400)))
    best = draw(st.none() | st.integers(min_value=0, max_value=(last - first).days))
    return ve.LikelyWindow(
        earliest=first,
        latest=last,
        level=draw(st.floats(min_value=0.01, max_value=0.99)),
        basis=draw(st.sampled_from(list(ve.LikelyBasis))),
        most_likely=None if best is None else first + timedelta(days=best),
    )


def inferred(values: st.SearchStrategy[T]) -> st.SearchStrategy[ve.Inferred[T]]:
    """An inferred value drawn from ``values``, with derivation lines of any text."""
    return st.builds(ve.Inferred, values, st.lists(text, max_size=2))


@st.composite
def events(draw: st.DrawFn) -> ve.Event:
    """A one-off event."""
    related = draw(st.none() | st.tuples(st.just("political-consultation"), st.integers(1, 50)))
    return ve.Event(
        kind=draw(st.sampled_from(list(ve.EventKind))),
        summary=draw(text),
        date=draw(st.none() | whens()),
        place=draw(st.none() | places()),
        participants=draw(st.lists(participants, max_size=3)),
        evidence=draw(st.lists(evidences(), max_size=2)),
        related_to=related,
        derivation=draw(st.lists(text, max_size=2)),
    )


@st.composite
def timelines(draw: st.DrawFn) -> ve.Timeline:
    """A timeline of random series, events, periods and conflicts."""
    keys = draw(
        st.lists(
            st.sampled_from(
                ["political-consultation", "intergovernmental-committee", "border-annual-meeting"]
            ),
            unique=True,
            max_size=3,
        )
    )
    series = [
        ve.Series(key=k, names={"en": k}, sessions=draw(st.lists(sessions(k), max_size=4)))
        for k in keys
    ]
    start = draw(st.integers(1950, 2090))
    periods = draw(
        st.lists(
            st.builds(
                ve.Period,
                name=text,
                start_year=st.just(start),
                end_year=st.integers(start, start + 10),
            ),
            max_size=2,
        )
    )
    conflicts = draw(
        st.lists(
            st.builds(
                ve.Conflict,
                kind=st.sampled_from(list(ve.ConflictKind)),
                message=text,
                series=st.none() | text,
                ordinal=st.none() | st.integers(1, 99),
            ),
            max_size=2,
        )
    )
    return ve.Timeline(
        series=series,
        events=draw(st.lists(events(), max_size=3)),
        periods=periods,
        conflicts=conflicts,
        warnings=draw(st.lists(text, max_size=2)),
    )


@st.composite
def true_series(draw: st.DrawFn, gap_min: int = 150, gap_max: int = 1095) -> list[date]:
    """The true dates of sessions 1..n of a series, gaps anywhere inside the cadence bounds."""
    count = draw(st.integers(min_value=2, max_value=12))
    first = draw(st.dates(min_value=date(1975, 1, 1), max_value=date(2030, 1, 1)))
    dates = [first]
    for _ in range(count - 1):
        dates.append(dates[-1] + timedelta(days=draw(st.integers(gap_min, gap_max))))
    return dates


# ----------------------------------------------------------------------------- hostile text

#: Any character, lone surrogates included (a JSON escape or a file name can carry them).
any_char = st.characters(exclude_categories=())
#: Pieces of news wording, to reach deep into the recognisers between random characters.
NEWS_PIECES = [
    "Sáng 25/11",
    "ngày 31/2/2024",
    "ngày 32 tháng 13",
    "lần thứ 7",
    "lần thứ VII",
    "lan thu 9",
    "Tham khảo chính trị",
    "Kỳ họp",
    "Ủy ban liên Chính phủ",
    "tại Hà Nội",
    "tại Viêng Chăn",
    "đồng chủ trì",
    "Phạm Minh Chính",
    "sẽ",
    "đã diễn ra",
    "năm 9999",
    "năm 2025",
    "the 39th",
    "meeting of the Inter-Governmental Committee",
    "political consultation",
    "in Hanoi",
    "on February 7-8, 2024",
    "on 31 December 9999",
    "by the end of August",
    "at the beginning of",
    "giữa tháng 8",
    "1/1/0001",
    "Tin bài liên quan\n",
    "\u200b",
    "\u0301\u0301\u0301",
    "\r\n",
    "\u2028",
    ". ",
    ", ",
]
hostile_texts = st.lists(
    st.one_of(st.sampled_from(NEWS_PIECES), st.text(any_char, max_size=12)), max_size=25
).map("".join)
#: Header values: anything that fits on one header line, and common and broken date forms.
header_values = st.one_of(
    st.text(any_char.filter(lambda c: c not in "\n"), max_size=40),
    st.sampled_from(
        [
            "0001-01-01",
            "9999-12-31",
            "Thứ Sáu, 30/08/2024 10:22 (GMT+07:00)",
            "Fri, 30 Aug 2024 03:22:00 GMT",
            "31/02/2024",
            "2024-08-30T23:59:59-12:00",
            "24:00 30/08/2024",
            "1e9999",
            "http://a\rb",
            "javascript:alert(1)",
        ]
    ),
)

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f"]


@st.composite
def news_sentences(draw: st.DrawFn) -> str:
    """A one-sentence report of a numbered session, in Vietnamese or English."""
    day = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 28)))
    ordinal = draw(st.integers(min_value=2, max_value=60))
    if draw(st.booleans()):
        series = draw(
            st.sampled_from(["Tham khảo chính trị", "Kỳ họp Ủy ban liên Chính phủ Việt Nam - Lào"])
        )
        place = draw(st.sampled_from(["Hà Nội", "Viêng Chăn", "Đà Nẵng"]))
        part = draw(st.sampled_from(["Sáng", "Chiều", "Ngày"]))
        return (
            f"{part} {day.day}/{day.month}/{day.year}, tại {place}, đã diễn ra {series} lần thứ"
            f" {ordinal} giữa hai nước."
        )
    series = draw(
        st.sampled_from(["political consultation", "meeting of the Intergovernmental Committee"])
    )
    place = draw(st.sampled_from(["Hanoi", "Vientiane", "Da Nang"]))
    month = day.strftime("%B")
    nth = {1: "st", 2: "nd", 3: "rd"}.get(ordinal % 10 if ordinal // 10 != 1 else 0, "th")
    return f"The {ordinal}{nth} {series} took place in {place} on {month} {day.day}, {day.year}."


@st.composite
def sprinkled(draw: st.DrawFn, text: str) -> str:
    """``text`` with invisible characters put next to the spaces between its words."""
    words = text.split(" ")
    out = [words[0]]
    for word in words[1:]:
        before = draw(st.sampled_from(["", *INVISIBLE]))
        after = draw(st.sampled_from(["", *INVISIBLE]))
        out.append(f"{before} {after}{word}")
    return "".join(out)


_DATE_WORDS = [
    word
    for lang in ("vi", "en")
    for _section, _word, _value, example in date_phrase_examples(lang)
    for word in example.split()
] + ["/", "-", ".", ",", "(", ")", "\n", "đến", "từ", "lần thứ", "Sáng", "to", "of"]


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Text made of the phrase files' words, digits and separators, in any order."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_DATE_WORDS),
                st.integers(min_value=0, max_value=2100).map(str),
                st.sampled_from(["", " ", "  ", "/", "-"]),
            ),
            max_size=25,
        )
    )
    return " ".join(parts)


# ----------------------------------------------------------------------------- phrase soup
# Sentences built from the phrase data: a numbered mechanism (head noun + core, or an
# alias), random modifiers and frames, an ordinal in any form, a tense cue, in either
# language. The recogniser must find the mechanism, ordinal and status they were built with.

_EN_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
             7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 12: "twelfth"}  # fmt: skip
_VI_WORDS = {2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín"}
_ROMAN = {2: "II", 3: "III", 4: "IV", 7: "VII", 9: "IX", 12: "XII", 14: "XIV", 40: "XL"}

# (mechanism, written name) per language; the head noun is drawn separately where the name
# is a core that needs one.
_EN_NAMES = {
    "border-annual-meeting": ["{mods}{head} between the two border delegations",
                              "{mods}{head} of the Vietnamese and Lao border delegations",
                              "{mods}border delegations {head}"],
    "intergovernmental-committee": ["{mods}{head} of the Vietnam-Laos Intergovernmental Committee",
                                    "{mods}Inter-Governmental Committee {head}"],
    "party-theoretical-workshop": ["{mods}theoretical workshop between the two Parties"],
}  # fmt: skip
_VI_NAMES = {
    "border-annual-meeting": ["{head} {mods}giữa hai đoàn đại biểu biên giới {ordinal}",
                              "{head} {ordinal} {mods}đại biểu biên giới Việt Nam - Lào"],
    "intergovernmental-committee": ["{head} {ordinal} Ủy ban liên Chính phủ Việt Nam - Lào",
                                    "{head} Uỷ ban liên Chính phủ Việt Nam - Lào {ordinal}"],
    "party-theoretical-workshop": ["Hội thảo lý luận {mods}giữa hai Đảng {ordinal}"],
}  # fmt: skip
_EN_HEADS = ["meeting", "session", "conference"]
_VI_HEADS = ["Cuộc họp", "Hội nghị", "Kỳ họp"]
_EN_MODS = ["", "annual ", "regular ", "annual Vietnam-Laos "]
_VI_MODS = ["", "thường niên ", "hằng năm "]


def _phrases(section: str, kind: str, language: str) -> list[str]:
    from vnlao_events.extract.phrases import Phrases

    return list(Phrases.default().words(section, kind, language))


@st.composite
def mechanism_sentences(draw: st.DrawFn) -> tuple[str, str, int, ve.Status]:
    """(sentence, mechanism key, ordinal, status) built from the phrase data."""
    language = draw(st.sampled_from(["en", "vi"]))
    key = draw(st.sampled_from(sorted(_EN_NAMES)))
    held = draw(st.booleans())
    if language == "en":
        number = draw(st.sampled_from([*sorted(_EN_WORDS), 21, 32, 45]))
        ordinal = draw(st.sampled_from([f"{number}{_suffix(number)}", _EN_WORDS.get(number, "")]))
        ordinal = ordinal or f"{number}{_suffix(number)}"
        name = draw(st.sampled_from(_EN_NAMES[key])).format(
            mods=draw(st.sampled_from(_EN_MODS)), head=draw(st.sampled_from(_EN_HEADS))
        )
        mention = f"the {ordinal} {name}"
        cues = _phrases("status", "results" if held else "preparing", language)
        cue = draw(st.sampled_from([c for c in cues if c not in ("ahead of",)]))
        template = draw(
            st.sampled_from(
                [
                    "The two sides reviewed the {cue} {mention}.",
                    "Minister Bui Thanh Son said that {cue} {mention} matter.",
                ]
                + (
                    ["{mention_cap} was held in Vientiane.", "They co-chaired {mention} in Hanoi."]
                    if held
                    else ["{mention_cap} will be held in Hanoi.", "They agreed to hold {mention}."]
                )
            )
        )
        text = template.format(
            cue=cue, mention=mention, mention_cap=mention[:1].upper() + mention[1:]
        )
    else:
        number = draw(st.sampled_from([2, 3, 4, 7, 9, 12, 14, 40]))
        ordinal = "lần thứ " + draw(
            st.sampled_from(
                [str(number), _ROMAN.get(number, str(number)), _VI_WORDS.get(number, str(number))]
            )
        )
        name = draw(st.sampled_from(_VI_NAMES[key])).format(
            mods=draw(st.sampled_from(_VI_MODS)), head=draw(st.sampled_from(_VI_HEADS)),
            ordinal=ordinal,
        )  # fmt: skip
        cues = _phrases("status", "results" if held else "preparing", language)
        cue = draw(st.sampled_from([c for c in cues if "thành công" not in c]))
        template = draw(
            st.sampled_from(
                ["Hai bên đánh giá {cue} {mention}.", "Bộ trưởng nhấn mạnh {cue} {mention}."]
                + (
                    [
                        "Sáng nay đã diễn ra {mention}.",
                        "Hai đoàn đã tiến hành {mention} tại Hà Nội.",
                    ]
                    if held
                    else [
                        "{mention} sẽ diễn ra tại Viêng Chăn.",
                        "Hai bên thống nhất tổ chức {mention}.",
                    ]
                )
            )
        )
        text = template.format(cue=cue, mention=name)
    return text, key, number, ve.Status.HELD if held else ve.Status.PLANNED


def _suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


# ---------------------------------------------------------------- catalogues

_CODES = sorted(country.alpha_2 for country in pycountry.countries)
# Invented words: no phrase of the extractor's data and no word of either language.
_WORD = st.from_regex(r"\Aq[bcdfgkmnprstvxz][aeiou][bcdfgkmnprstvxz]{1,2}[aeiou]x\Z")


@st.composite
def catalogue_tables(draw: st.DrawFn) -> dict[str, dict[str, dict[str, object]]]:
    """A catalogue's tables: random keys, aliases in vi and en, members and host rules."""
    mechanisms: dict[str, dict[str, object]] = {}
    phrases: set[str] = set()
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.from_regex(r"\A[a-z][a-z0-9]{1,6}(-[a-z0-9]{1,6})?\Z"))
        aliases: dict[str, list[str]] = {}
        for lang in ("en", "vi"):
            words = draw(st.lists(_WORD, min_size=2, max_size=3, unique=True))
            phrase = " ".join(words)
            if phrase in phrases:
                continue
            phrases.add(phrase)
            aliases[lang] = [phrase]
        if not aliases:
            continue
        rule = draw(st.sampled_from(["alternate", "rotate", "fixed", "free"]))
        gap_min = draw(st.integers(1, 400))
        size = 2 if rule == "alternate" else draw(st.integers(2, 6))
        members = draw(st.lists(st.sampled_from(_CODES), min_size=size, max_size=size, unique=True))
        entry: dict[str, object] = {
            "names": {"en": key.replace("-", " ").title(), "vi": key},
            "aliases": aliases,
            "members": members,
            "host_rule": rule,
            "gap_min_days": gap_min,
            "gap_max_days": gap_min + draw(st.integers(0, 2000)),
        }
        if rule == "fixed":
            entry["host"] = draw(st.sampled_from(members))
        if rule == "rotate":
            entry["rotation"] = draw(st.sampled_from(["session", "year"]))
            if draw(st.booleans()):
                unit = "year" if entry["rotation"] == "year" else "session"
                entry["anchor"] = {
                    "host": draw(st.sampled_from(members)),
                    unit: draw(st.integers(1, 2100)),
                }
        if rule in ("alternate", "rotate") and draw(st.booleans()):
            entry["season"] = sorted(draw(st.sets(st.integers(1, 12), min_size=1, max_size=4)))
        mechanisms[key] = entry
    return {"mechanisms": mechanisms}
