"""Periods (plans, agreements "2021-2025", themed years, ASEAN chairs) and anniversaries.

>>> from vnlao_events._documents import Document
>>> from vnlao_events.extract.context import DocumentView
>>> from vnlao_events.extract.sentences import Sentence
>>> text = "Hai bên ký Kế hoạch hợp tác giai đoạn 2021-2025."
>>> [m.period.name for m in find_periods(Sentence.of(0, text),
...                                      DocumentView.of(Document.from_text(text)))]
['Kế hoạch hợp tác']
"""

from __future__ import annotations

import re

from .._model import Anniversary, Period
from .._temporal import vi_re
from .._text import FoldedText
from .context import DocumentView
from .mention import AnniversaryMention, PeriodMention
from .phrases import Phrases, Searcher, Trigger, active, alternation, word_alternation
from .sentences import Sentence

__all__ = ["find_anniversaries", "find_periods", "triggers"]


def _period() -> re.Pattern[str]:
    return active().memo("periods._period", _build_period)


def _build_period(phrases: Phrases) -> re.Pattern[str]:
    keywords = alternation([*phrases.words("periods", "keywords"), "thoa thuân"])
    return re.compile(
        r"(?P<name>" + keywords + r"[^,.;:()\n]{0,90}?)\s+(?:" + vi_re(r"giai đoạn")
        + r"\s+|period\s+|for\s+)?(?P<a>(?:19|20)\d\d)\s*-\s*(?P<b>(?:19|20)\d\d)"
    )  # fmt: skip


def _keyword() -> re.Pattern[str]:
    return active().pattern("periods", "keywords")


# Themed years: "Năm Đoàn kết Hữu nghị … 2022", "Friendship and Solidarity Year 2017",
# "the Year of … Friendship and Solidarity 2022". Each is found from a cheap anchor ("năm",
# "year") and read from there, so a long text is not scanned with the wide patterns.
_THEMED_ANCHOR = re.compile(word_alternation([vi_re("năm"), "year"], r"\w"))
_THEMED_AFTER = re.compile(
    r"(?:" + vi_re("năm") + r"|year of)\s+[^\d\n“”\"().;]{5,90}?\s*[,:]?\s*(?P<y>(?:19|20)\d\d)\b"
    r"(?!\s*[-/]\s*\d)"
)
_THEMED_BEFORE = re.compile(r"(?:[\w'-]+\s+){1,6}$")
_YEAR_AFTER = re.compile(r"year\s+(?P<y>(?:19|20)\d\d)\b")
_CHAIR_YEAR = re.compile(
    vi_re(r"chủ tịch asean")
    + r"\s+(?:(?:"
    + vi_re(r"trong|vào")
    + r")\s+)?"
    + vi_re("năm")
    + r"\s+(?P<y>(?:19|20)\d\d)|asean chair(?:manship)?\s+(?:in|for)\s+(?P<y2>(?:19|20)\d\d)"
)
# Anniversaries: "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (và 45 năm Ngày ký …)",
# "the 55th anniversary of bilateral diplomatic ties (and the 40th anniversary of …)".
# Each branch begins with a literal, the word boundary tested behind it, so that a search
# skips to the places where one can begin; ``vi`` (empty) marks the Vietnamese anchor.
_ANNIVERSARY_ANCHOR = re.compile(
    r"k(?<!\wk)" + vi_re(r"ỷ niệm\s+") + r"(?P<vi>)(?=\d)"
    r"|\d(?<!\w\d)\d{0,2}(?:st|nd|rd|th)\s+anniversary\b"
)
_ANNIVERSARY_VI = re.compile(
    r"(?P<n>\d{1,3})\s+" + vi_re("năm") + r"\s+(?P<name>[^\d,.;()\n“”\"]{4,90}?)"
    r"(?=\s+" + vi_re("và") + r"\s+\d{1,3}\s+" + vi_re("năm") + r"\b|\s*[,.;()\n“”\"]|$)"
)
_ANNIVERSARY_EN = re.compile(
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"
    r"(?P<name>[^\d,.;()\n“”\"]{4,90}?)(?=\s+and\s+(?:the\s+)?\d{1,3}|\s*[,.;()\n“”\"]|$)"
)
_ANNIVERSARY_JOINT = re.compile(r"\s*(?:,|" + vi_re("và") + r"|and(?:\s+the)?)\s+(?=\d)")


_A_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")  # no digit before (tested behind)


def triggers() -> tuple[Trigger, ...]:
    """Patterns of which a sentence naming a period or an anniversary matches one.

    Plans, themed years and chairs all name a year; anniversaries have their anchor.

    >>> any(p.search("the 55th anniversary of diplomatic ties") for p in triggers())
    True
    """
    return _TRIGGERS


# Each searched alone: both begin with a digit or a letter, which a search skips to.
_TRIGGERS = (Searcher(_A_YEAR), Searcher(_ANNIVERSARY_ANCHOR))


def _clean(sentence: Sentence, match: re.Match[str], group: str) -> str:
    """The words of a match's group as written, composed and with invisible characters gone."""
    return sentence.folded.clean[match.start(group) : match.end(group)]


def _period_mention(
    view: DocumentView, name: str, first: int, last: int, start: int, end: int
) -> PeriodMention:
    evidence = view.evidence(start, end)
    period = Period(name=name, start_year=first, end_year=last, evidence=(evidence,))
    return PeriodMention(document=view.document.id, evidence=evidence, period=period)


def _themed_year(
    sentence: Sentence,
    view: DocumentView,
    name_span: tuple[int, int],
    span: tuple[int, int],
    year: int,
) -> PeriodMention | None:
    """A named year, kept when its name is mostly capitalised words (a proper name)."""
    words = sentence.folded.clean[name_span[0] : name_span[1]].strip(' ,“”"').split()
    while words and not words[0][:1].isupper():
        words.pop(0)  # "the success of the Friendship … Year": the name starts capitalised
    if len(words) >= 3 and sum(w[:1].isupper() for w in words) * 2 >= len(words) + 1:
        start, end = sentence.span(*span)
        return _period_mention(view, " ".join(words).rstrip(","), year, year, start, end)
    return None


def find_periods(sentence: Sentence, view: DocumentView) -> list[PeriodMention]:
    """Periods a sentence names: plans and agreements, themed years, ASEAN chairs."""
    found: list[PeriodMention] = []
    text = sentence.view
    if _A_YEAR.search(text) is None:
        return found  # plans, themed years and chairs all name a year
    for match in _period().finditer(text):
        first_year, last_year = int(match.group("a")), int(match.group("b"))
        if last_year <= first_year or last_year - first_year > 30:
            continue
        start, end = sentence.span(match.start(), match.end())
        name = re.sub(r"\s+", " ", _clean(sentence, match, "name")).strip()
        keywords = list(_keyword().finditer(FoldedText.of(name).toneless))
        if len(keywords) > 1:
            name = name[keywords[-1].start() :]
        name = re.sub(vi_re(r"\s+(?:giai đoạn|period)$"), "", name, flags=re.IGNORECASE)
        found.append(_period_mention(view, name, first_year, last_year, start, end))
    for anchor in _THEMED_ANCHOR.finditer(text):
        if anchor.group() != "year" and not sentence.folded.clean[anchor.start()].isupper():
            continue  # a themed year's name is capitalised: "Năm Đoàn kết …"
        after = _THEMED_AFTER.match(text, anchor.start(), anchor.start() + 120)
        if after is not None:  # "Năm … 2022", "Year of … 2022"
            name_span = (anchor.start(), after.start("y"))
            span = (anchor.start(), after.end())
            year_text = after.group("y")
        else:  # "… Friendship and Solidarity Year 2017"
            number = _YEAR_AFTER.match(text, anchor.start())
            words = _THEMED_BEFORE.search(text, max(0, anchor.start() - 80), anchor.start())
            if number is None or words is None:
                continue
            name_span = (words.start(), anchor.end())
            span = (words.start(), number.end())
            year_text = number.group("y")
        themed = _themed_year(sentence, view, name_span, span, int(year_text))
        if themed is not None:
            found.append(themed)
    for match in _CHAIR_YEAR.finditer(text):
        # "Lào đảm nhiệm … vai trò Chủ tịch ASEAN trong năm 2024"
        start, end = sentence.span(match.start(), match.end())
        before = sentence.folded.plain[max(0, match.start() - 70) : match.start()]
        country = view.catalogue.find("places", before)
        holder = ""
        if country and view.catalogue.places[country[-1][2]].kind == "country":
            holder = view.catalogue.places[country[-1][2]].name("en") + ": "
        year = int(match.group("y") or match.group("y2"))
        found.append(_period_mention(view, f"{holder}ASEAN Chair", year, year, start, end))
    return found


def find_anniversaries(sentence: Sentence, view: DocumentView) -> list[AnniversaryMention]:
    """Anniversaries, marked in the article's year ("kỷ niệm 60 năm Ngày thiết lập …")."""
    year = view.anchor.year
    if year is None:
        return []
    found: list[AnniversaryMention] = []
    text = sentence.view
    for anchor in _ANNIVERSARY_ANCHOR.finditer(text):
        vietnamese = anchor.group("vi") is not None
        position = anchor.end() if vietnamese else anchor.start()
        pattern = _ANNIVERSARY_VI if vietnamese else _ANNIVERSARY_EN
        while (match := pattern.match(text, position)) is not None:
            nth = int(match.group("n"))
            start, end = sentence.span(match.start("n"), match.end("name"))
            name = _clean(sentence, match, "name").strip()
            if 1 <= nth <= 1000 and len(name) >= 4:
                evidence = view.evidence(start, end)
                found.append(
                    AnniversaryMention(
                        document=view.document.id,
                        evidence=evidence,
                        anniversary=Anniversary(
                            name=name, nth=nth, year=year, evidence=(evidence,)
                        ),
                    )
                )
            position = match.end()
            joint = _ANNIVERSARY_JOINT.match(text, position)
            if joint is None:
                break
            position = joint.end()
    return found
