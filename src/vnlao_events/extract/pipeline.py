"""The pipeline: document → sentences → dates, ordinals, mechanisms, people, status → mentions.

Each sentence is read by the recognisers, each a pure function of the sentence, the
document view and what earlier sentences left in :class:`Memory`; the sentence returns its
mentions and a new memory.

>>> from vnlao_events._documents import Document
>>> doc = Document.from_text(
...     "Sáng 25/11/2022, tại Nhà khách Chính phủ, đã diễn ra Tham khảo chính trị "
...     "Việt Nam-Lào lần thứ 7.", id="a.txt")
>>> m = extract(doc)[0]
>>> (m.series, m.ordinal, m.date.format_iso(), m.place.city, m.status.value)
('political-consultation', 7, '2022-11-25', 'Hà Nội', 'held')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

import attrs

from .._catalogue import Catalogue
from .._dates import DateWindow, PartialDate, Precision, When
from .._derivation import Derivation, Rule
from .._documents import Document
from .._model import Evidence, Participant, Place, Status, in_member_order
from .._temporal import DateExpression, Reason, Tense, content_clue, resolve, vi_re
from .._text import FoldedText
from .context import DocumentView, Memory
from .events import find_events
from .mechanisms import (
    Hit,
    at_the_articles_level,
    find_mechanisms,
    levels_named,
    own_bare_head,
    plural,
)
from .mechanisms import triggers as mechanism_triggers
from .mention import Mention, SessionMention
from .ordinals import (
    COORDINATED,
    Ordinal,
    anaphoric_ordinals,
    find_ordinals,
    list_item,
    listed_numbers,
    pair_ordinal,
)
from .ordinals import triggers as ordinal_triggers
from .people import (
    co_chairs,
    coordinated_pair,
    counterpart_by_title,
    find_people,
    inviter,
    opens_with_counterpart,
    referents,
    side_head,
    sides,
    two_sides,
)
from .people import triggers as people_triggers
from .periods import find_anniversaries, find_periods
from .periods import triggers as period_triggers
from .phrases import (
    Phrases,
    Trigger,
    active,
    alternation,
    first_letter_alternation,
    using,
    word_alternation,
)
from .places import (
    PlaceFound,
    find_places,
    host_country,
    nearest_place,
    scene_place,
    trip_place,
    visit_countries,
)
from .sentences import Sentence, sentences
from .status import (
    as_of_arrival,
    done_during,
    framed,
    moved_for,
    on_trip,
    past_after_break,
    past_frame,
    predicate_after,
    prepared,
    purpose,
    purpose_link,
    referred,
    reported_outcome,
    result_form_cue,
    status_of,
    tense,
    told_past_after,
    trip_moment,
)

__all__ = ["extract", "extract_all"]

People = list[tuple[int, int, Participant]]

# Both written as branches by first letter, the word boundary tested behind it, so that a
# search skips to where one can begin (the same matches as "\b(?:…|…)").
_ANAPHOR_HEADS_VI = [
    vi_re(h) for h in ("kỳ họp", "phiên họp", "cuộc họp", "hội nghị", "hội thảo", "cuộc gặp",
                       "khóa họp", "khoá họp", "tham vấn", "tham khảo", "đối thoại")
]  # fmt: skip
_ANAPHOR_AFTER = vi_re(
    r"(?=\s*(?:[,.;:]|\(\d|này|năm nay|lần này|hôm nay|$|hai bên|2 bên|đã|sẽ|có|với sự|do"
    r"|diễn ra|được tổ chức|khai mạc|bế mạc|kết thúc|thông qua|nhất trí|thống nhất"
    # "cuộc tham vấn với Bộ trưởng Ngoại giao Lào": the comitative names the partner side
    r"|với\s+(?:phía\s+)?(?:bạn|người đồng cấp|đồng chí|bộ trưởng|thứ trưởng|phó thủ tướng"
    r"|thủ tướng|đoàn)\b))"
)
_ANAPHOR = re.compile(
    first_letter_alternation(
        [
            *((h[0], re.escape(h[1:]) + _ANAPHOR_AFTER) for h in _ANAPHOR_HEADS_VI),
            ("t", r"he\s+(?:meeting|session|workshop|seminar|symposium|consultation|conference"
                  r"|plenary|dialogue)\b(?!\s+(?:of|on|between)\b)"),
            ("l", vi_re("ần này") + r"\b"),
        ],
        r"\w",
    )
)  # fmt: skip
_NEXT_HEADS = r"\s+(?:meeting|session|consultation|workshop|seminar|symposium|conference)\b"
_REFERENCE_HEADS_VI = ("kỳ họp", "cuộc họp", "phiên họp", "hội thảo", "cuộc tham khảo",
                       "cuộc tham vấn")  # fmt: skip


def _reference(english: list[tuple[str, str]], vi_after: str) -> re.Pattern[str]:
    """A session named by its place in the series: English branches, then Vietnamese heads."""
    after = vi_re(vi_after)
    vietnamese = [(h[0], re.escape(h[1:]) + after) for h in map(vi_re, _REFERENCE_HEADS_VI)]
    return re.compile(first_letter_alternation([*english, *vietnamese], r"\w"))


# "the next meeting", "kỳ họp tới": the session after the one the article is about.
_NEXT_SESSION = _reference(
    [("t", r"he\s+next" + _NEXT_HEADS), ("n", r"ext" + _NEXT_HEADS)],
    r"\s+(?:tới|tiếp theo|kế tiếp|lần tới|lần sau)\b",
)
# "the previous meeting", "kỳ họp lần trước": the session before the one the article is about
# ("trước" alone only before a stop or "đó": "kỳ họp trước ngày 10/12" is before a day).
_PREVIOUS_SESSION = _reference(
    [("t", r"he\s+(?:previous|preceding)" + _NEXT_HEADS)],
    r"\s+(?:lần trước|trước đó|trước(?=\s*[,.;)]|\s*$))",
)
_DURATION = re.compile(
    r"\b(?P<n>two|three|four|five|2|3|4|5)-day\b|"
    + vi_re(r"\b(?P<vn>hai|ba|bốn|năm|2|3|4|5) ngày\b")
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "hai": 2, "ba": 3, "bôn": 4, "năm": 5}


@attrs.frozen(kw_only=True)
class _Facts:
    """What one sentence says, read once however many mentions it has."""

    sentence: Sentence
    dates: list[DateExpression]
    people: People
    places: list[PlaceFound]
    chairs: list[Participant]
    planned: re.Match[str] | None
    weak: bool
    occasions: list[int]
    # what is the same for every mention of the sentence, found at the first that asks
    memo: dict[str, object] = attrs.field(factory=dict, eq=False, repr=False)


def _p(section: str, name: str) -> re.Pattern[str]:
    return active().pattern(section, name)


def _with_duration(facts: _Facts, when: When | None, derivation: list[Derivation]) -> When | None:
    """Widen a last day to the whole meeting ("the two-day workshop concluded on Dec 20")."""
    if when is None or when.window is None or not when.window.is_day:
        return when
    if "duration" not in facts.memo:
        view = facts.sentence.view
        found = _DURATION.search(view)
        if found is not None and not _p("events", "concluded").search(view):
            found = None
        facts.memo["duration"] = found
    duration = facts.memo["duration"]
    if not isinstance(duration, re.Match):
        return when
    days = _NUMBERS.get(duration.group("n") or duration.group("vn"), 0) or int(
        duration.group("n") or duration.group("vn")
    )
    first = when.window.earliest - timedelta(days=days - 1)
    derivation.append(Derivation.of(Rule.DURATION, days=days, day=when.window.earliest.isoformat()))
    return When.of(DateWindow(first, when.window.latest, Precision.DAYS), when.part_of_day)


def _beyond_another(
    text: str, start: int, end: int, e_start: int, e_end: int, others: tuple[tuple[int, int], ...]
) -> bool:
    for o_start, o_end in others:
        if end <= o_start and o_end <= e_start:  # mention … other … date
            between = (end, o_start)
        elif e_end <= o_start and o_end <= start:  # date … other … mention
            if not text[:e_start].strip(" ,.:-–"):
                continue  # a sentence-initial date frames the whole sentence ("Năm nay, …")
            between = (o_end, start)
        else:
            continue
        gap = text[between[0] : between[1]]
        if not (len(gap) <= 100 and COORDINATED.search(gap) and ";" not in gap):
            return True
    return False


def _in_relative_of_another(view: str, end: int, e_start: int) -> bool:
    """Whether a relative clause about a noun other than the session holds the date.

    >>> text = "the 45th meeting reviewed the railway, which is to open in 2026"
    >>> _in_relative_of_another(text, text.index(" reviewed"), text.index("2026"))
    True
    >>> text = "the 45th meeting, which took place in 2024"
    >>> _in_relative_of_another(text, text.index(","), text.index("2024"))
    False
    """
    pattern = active().memo("pipeline._relative", _build_relative)
    clause = pattern.search(view, end, e_start)
    if clause is None:
        return False
    return len(view[end : clause.start()].split()) > 2  # a noun of its own before the comma


def _build_relative(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(r",\s*" + word_alternation(phrases.words("frames", "relative")))


def _first_held(facts: _Facts, start: int, end: int) -> re.Match[str] | None:
    """The phrase that tells a series by its first session, next to its mention, dated.

    "First held in 2013, the theoretical workshop is …", "Hội thảo lý luận, được tổ chức lần
    đầu tiên năm 2013, …": the phrase in the mention's clause, up to 60 characters before it or
    120 after it (its complement between), and a date within 25 characters after the phrase.
    """
    sentence = facts.sentence
    text = sentence.view
    phrase = _p("frames", "first_held").search(text, max(0, start - 60), end + 120)
    if phrase is None:
        return None
    between = text[phrase.end() : start] if phrase.end() <= start else text[end : phrase.start()]
    if re.search(r"[.;:()]", between):
        return None
    if _first_date(facts, phrase) is None:
        return None  # "lần đầu tiên được tổ chức tại Việt Nam": no date, no first session told
    return phrase


def _first_date(facts: _Facts, phrase: re.Match[str]) -> DateExpression | None:
    """The date right after a first-session phrase ("first held in 2013")."""
    return next(
        (d for d in facts.dates if phrase.start() <= d.start and d.start - phrase.end() <= 25),
        None,
    )


def _agent_clause_end(sentence: Sentence, end: int) -> int:
    """Where the agent clause right after a mention ends, or ``end`` if there is none.

    "Hội thảo … do đồng chí X, <titles> và đồng chí Y, <titles> đồng chủ trì diễn ra tại Hà
    Nội": the clause that says who chairs it sits between the session and its own predicate,
    so its place is measured from the clause's verb, however long the titles run.

    >>> s = Sentence.of(0, "Hội thảo do ông X, Chủ tịch Hội đồng, và ông Y đồng chủ trì diễn ra.")
    >>> s.text[_agent_clause_end(s, 8) :]
    ' diễn ra.'
    """
    text = sentence.view
    agent = _p("mechanisms", "agents").search(text, end, end + 120)
    if agent is None or re.search(r"[.;:,()]", text[end : agent.start()]):
        return end  # the agent of the mention's own complement, not of a later clause
    verbs = [
        found
        for section, name in (("people", "cochair"), ("people", "cochair_after_pair"))
        if (found := sentence.cue(_p(section, name), agent.end())) is not None
    ]
    if not verbs:
        return end
    verb = min(verbs, key=lambda m: m.start())
    if verb.start() - agent.end() > 320 or re.search(r"[.;:()]", text[agent.end() : verb.start()]):
        return end
    return verb.end()


def _reported_on(view: str, end: int, e_start: int) -> bool:
    """Whether a date after a mention is the day a verb of reporting between them tells.

    >>> _reported_on("the 14th conference …, kpl reported on wednesday (march 20)", 19, 39)
    True
    """
    pattern = active().memo(
        "pipeline._reported_on",
        lambda phrases: re.compile(
            word_alternation(phrases.words("frames", "report_verbs"))
            + vi_re(r"\s+(?:on\s+|vào\s+|ngày\s+)?$")
        ),
    )
    return pattern.search(view, max(end, e_start - 30), e_start) is not None


def _said_of_subject(sentence: Sentence, end: int, at: int) -> bool:
    """Whether a date at ``at`` is in the predicate of the mention ending at ``end``.

    "The 11th workshop between the Communist Party of Vietnam and the Lao People's
    Revolutionary Party will take place in Vientiane in 2025": the year is far from the
    mention but close after its own verb, in the same clause.
    """
    if at <= end or at - end > 200:
        return False
    verb = predicate_after(sentence, end, at)
    return (
        verb is not None
        and at - verb.end() <= 50
        and re.search(r"[,;:()]", sentence.view[verb.end() : at]) is None
    )


_Candidate = tuple[int, int, int, int, DateExpression]


def _framed_before_edition(view: str, end: int, candidates: list[_Candidate]) -> list[_Candidate]:
    """A bare year after the mention yields to the day of the same year that opens the sentence.

    "Trong các ngày từ 1 đến 3-8-2009, tại Cửa Lò đã diễn ra cuộc họp giữa kỳ Ủy ban liên
    Chính phủ Việt Nam - Lào năm 2009": "năm 2009" names the edition; the days that frame
    the sentence, in that same year, are the session's.
    """
    frames = [
        c
        for c in candidates
        if c[2] <= 25
        and not re.search(r"\d", view[: c[2]])
        and c[4].kind in ("day", "range")
        and c[4].year is not None
    ]
    if not frames:
        return candidates
    year = frames[0][4].year
    return [
        (c[0] + 1000, *c[1:]) if c[4].kind == "year" and c[2] >= end and c[4].year == year else c
        for c in candidates
    ]


def _nearest_date(
    facts: _Facts, start: int, end: int, others: tuple[tuple[int, int], ...] = ()
) -> DateExpression | None:
    """The date expression nearest the mention ``start..end`` that belongs to it.

    A date on the far side of another mechanism named in the sentence is that one's
    ("the 39th meeting … to carry out what was agreed at the meeting of the two Politburos
    on January 7, 2017"), unless the two are coordinated ("the 8th and the 9th …") or the
    date opens the sentence and so frames all of it ("Năm nay, Kỳ họp … sau Cuộc gặp …").
    """
    sentence = facts.sentence
    best: tuple[int, DateExpression] | None = None
    edition: tuple[int, DateExpression] | None = None
    candidates = []
    for index, expr in enumerate(facts.dates):
        e_start = sentence.folded.view_offset(expr.start)
        e_end = sentence.folded.view_offset(max(expr.start, expr.end - 1)) + 1
        distance = e_start - end if e_start >= end else start - e_end
        candidates.append((distance, index, e_start, e_end, expr))
    candidates = _framed_before_edition(sentence.view, end, candidates)
    # Nearest first (the first written among equals), so that the costlier test of another
    # mechanism in between runs only until the nearest date that belongs to the mention.
    for distance, index, e_start, e_end, expr in sorted(candidates, key=lambda c: c[:2]):
        if _beyond_another(sentence.view, start, end, e_start, e_end, others):
            continue
        if e_start >= end and _in_relative_of_another(sentence.view, end, e_start):
            continue  # "the 45th meeting reviewed the railway, which is to open in 2026"
        if e_start >= end and _p("frames", "other_events").search(sentence.view, end, e_start):
            continue  # "… the workshop, which comes as both are preparing for Congresses in 2026"
        if e_start >= end and _reported_on(sentence.view, end, e_start):
            continue  # "… for the 14th Conference …, Lao News Agency reported on Wednesday"
        if expr.kind == "year" and start <= e_start and e_end <= end:
            # "Cuộc họp thường niên năm 2022 …": the edition, a last resort (the last written)
            if edition is None or index > edition[0]:
                edition = (index, expr)
            continue
        parenthesised = expr.start > 0 and sentence.text[max(0, expr.start - 1)] == "("
        if parenthesised and not 0 <= e_start - end <= 40 and not _glosses_days(sentence, expr):
            continue
        if expr.kind == "year" and (
            (distance > 80 and not _said_of_subject(sentence, end, e_start))
            or (e_end <= start and distance > 25 and e_start > 12)
        ):
            continue  # a year well before the mention dates another phrase ("work in 2015 and …")
        chosen = expr
        if expr.kind == "year" and e_end <= start and e_start > 12:
            # "… their partnership in 2024, during the 46th meeting … that was held in Hanoi on
            # January 7": a year in the clause before is that clause's; the day after is the
            # session's own
            later = _later_day(candidates, sentence.view, start, end, others)
            if later is not None and "," in sentence.view[e_end:start]:
                chosen = later
        best = (distance, chosen)
        break
    if best is None and edition is not None:
        best = (0, edition[1])
    if best is not None and best[1].kind == "year":
        # "in 2024 on February 26, 2024": the day that follows refines the year; so does one
        # later in the clause of an edition's year ("Hội nghị giữa kỳ … năm 2024 đã diễn ra
        # ngày 15/7")
        year = best[1]
        for expr in facts.dates:
            gap = sentence.text[year.end : expr.start]
            if (
                expr.start - year.end >= 0
                and (
                    expr.start - year.end <= 6
                    or (len(gap) <= 40 and not re.search(r"[,;.:()]", gap))
                )
                and expr.kind != "year"
                and expr.year in (None, year.year)
            ):
                return expr
    return None if best is None else best[1]


def _before_guest_purpose(facts: _Facts, start: int, expr: DateExpression) -> bool:
    """Whether a date is the main clause's, before a relative clause the session is the aim of.

    "PM X hosted a welcome ceremony on January 6 for Y, who is in Vietnam to attend the 46th
    meeting": the day is the ceremony's; the relative clause tells what the guest came for.
    Only across the relative pronoun: "On January 9, PM X arrived to co-chair …" keeps it.
    """
    link = purpose_link(facts.sentence, start)
    if link is None:
        return False
    view = facts.sentence.view
    at = facts.sentence.folded.view_offset(expr.start)
    if at >= link.start() or ";" in view[at : link.start()]:
        return False
    pattern = active().memo("pipeline._relative", _build_relative)
    return pattern.search(view, at, link.start()) is not None


def _later_day(
    candidates: list[tuple[int, int, int, int, DateExpression]],
    view: str,
    start: int,
    end: int,
    others: tuple[tuple[int, int], ...],
) -> DateExpression | None:
    """The first date finer than a year within 100 characters after the mention, if its own."""
    for _, _, e_start, e_end, expr in sorted(candidates, key=lambda c: c[2]):
        if (
            expr.kind != "year"
            and end <= e_start <= end + 100
            and not _beyond_another(view, start, end, e_start, e_end, others)
            and not _in_relative_of_another(view, end, e_start)
        ):
            return expr
    return None


_DAYS_BEFORE = re.compile(r"(?:\d+|hai|ba|bốn|năm|two|three|four|five)\s+(?:ngày|days)\s*$")


def _glosses_days(sentence: Sentence, expr: DateExpression) -> bool:
    """Whether a date in brackets names the days a count before it gives: no aside.

    "Trong hai ngày (19 và 20-12) diễn ra hội thảo", "over two days (December 19-20)".

    >>> s = Sentence.of(0, "Trong hai ngày (19 và 20-12) diễn ra hội thảo.")
    >>> _glosses_days(s, DateExpression(start=16, end=27, text="19 và 20-12", kind="range"))
    True
    """
    before = sentence.text[max(0, expr.start - 20) : max(0, expr.start - 1)].lower()
    return _DAYS_BEFORE.search(before) is not None


def _bare_own_session(sentence: Sentence, day: DateExpression) -> bool:
    """Whether the day dates a session the sentence names by a bare head of its holders.

    "Security forces of Việt Nam and Laos sought ways … at their annual conference held in
    Vientiane on March 19. The 14th … Conference was co-chaired by …": "their annual
    conference" is the session the next sentence names, and its day is that one's.

    >>> s = Sentence.of(0, "They met at their annual conference held in Vientiane on March 19.")
    >>> _bare_own_session(s, DateExpression(start=56, end=64, text="March 19", kind="day"))
    True
    """
    head = own_bare_head()
    at = sentence.folded.view_offset(day.start)
    for match in head.finditer(sentence.view, max(0, at - 80), at):
        if re.fullmatch(r"[^,;.:()]{0,60}", sentence.view[match.end() : at]):
            return True
    return False


def _frame_only(sentence: Sentence, day: DateExpression) -> bool:
    """Whether a sentence is only a day and a place ("Sáng 17-12-2013, tại Thủ đô Vientiane.").

    A stray full stop cut it from the report it frames: it opens with its day, is short,
    and has no verb of any status cue (and, as the caller checks, names a place: a page's
    time stamp, "23:30, ngày 17-12-2013", frames nothing).

    >>> s = Sentence.of(0, "Sáng 17-12-2013, tại Thủ đô Vientiane (Lào).")
    >>> _frame_only(s, DateExpression(start=0, end=15, text="Sáng 17-12-2013", kind="day"))
    True
    """
    text = sentence.view
    if day.start > 6 or len(text) > 90:
        return False
    return not any(
        sentence.cue(_p("status", kind)) is not None
        for kind in ("held", "held_weak", "planned", "past")
    )


def _edition(facts: _Facts, end: int, expr: DateExpression) -> bool:
    """Whether a year written in the session's name is its edition ("… năm 2014").

    "Kỳ họp lần thứ 36 của Ủy ban liên Chính phủ nước Cộng hòa … Lào năm 2014 đã được tổ
    chức": the session for the year 2014, held in December 2013. The year follows the name
    within 100 characters with no clause mark between: the day a fragment before gave the
    report is the session's, not this year.
    """
    if expr.kind != "year":
        return False
    sentence = facts.sentence
    e_start = sentence.folded.view_offset(expr.start)
    return 0 <= e_start - end <= 100 and not re.search(r"[,;:.()]", sentence.view[end:e_start])


def _scheduled_date(facts: _Facts, end: int) -> DateExpression | None:
    """The date right after the mention: "… the 38th session scheduled for December 27"."""
    view = facts.sentence.view
    cue = _p("frames", "scheduled").search(view, end, min(len(view), end + 30))
    if cue is None or re.search(r"[,;]", view[end : cue.start()]):
        return None
    for expr in facts.dates:
        if 0 <= facts.sentence.folded.view_offset(expr.start) - cue.end() <= 6:
            return expr
    return None


def _ranges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return active().memo("pipeline._ranges", _build_ranges)


def _build_ranges(phrases: Phrases) -> tuple[re.Pattern[str], re.Pattern[str]]:
    range_to = alternation(phrases.words("frames", "range_to"))
    range_from = alternation(phrases.words("frames", "range_from"))
    return (
        re.compile(r"\s+" + range_to + r"\s+(?:the\s+)?"),  # "9th| to |12th"
        re.compile(r"\s+(?:" + range_from + r"\s+)?(?:the\s+)?"),  # "workshops| from the |9th"
    )


_LIST_SEPARATOR = re.compile(r",\s*|,?\s+(?:and|" + vi_re("và") + r")\s+")


def _range_ordinal(
    ordinal: Ordinal | None, ordinals: list[Ordinal], start: int, end: int, text: str
) -> Ordinal | None:
    """The first ordinal of a range or list the paired ordinal ends, or one after a plural head.

    "from the 9th through the 12th meetings", "the 39th, 40th and 41st sessions": the
    mention's nearest ordinal is the range's or list's last or next to last; "theory
    workshops from the 9th through the 12th": the range follows its head.
    """
    joined, opening = _ranges()
    if ordinal is not None:
        for other in ordinals:
            if other.end < ordinal.start and joined.fullmatch(text, other.end, ordinal.start):
                return other
        first = ordinal
        while True:  # "the 39th, 40th and 41st sessions": the list's first ordinal
            before = [
                o
                for o in ordinals
                if o.end < first.start
                and o.value < first.value
                and _LIST_SEPARATOR.fullmatch(text, o.end, first.start)
            ]
            if not before:
                return first
            first = before[-1]
    for other in ordinals:
        if (
            other.kind == "en"
            and end <= other.start <= end + 12
            and opening.fullmatch(text, end, other.start)
            and list_item().match(text, other.end) is not None
        ):
            return other
    return None


def _listed(mention: SessionMention, text: str, end: int, first: int) -> list[SessionMention]:
    """The sessions a list or range of numbers after the ordinal adds: "lần thứ 9, 10, 11 và 12".

    Each number of a list must be greater than the one before and close to it (a count such
    as "2 bên" after "lần thứ 9," is no session); a range ("lần thứ 9 đến 12", "from the
    9th through the 12th") names every session from its first to its last. The sessions
    share the status the sentence gives, never its date, place or people, which may be any
    one's.

    >>> from vnlao_events._model import Status
    >>> m = SessionMention(document="d", evidence=_EXAMPLE, series="party-theoretical-workshop",
    ...                    ordinal=9, status=Status.HELD)
    >>> [x.ordinal for x in _listed(m, "lân thư 9, 10, 11 va 12, tâp trung", 9, 9)]
    [10, 11, 12]
    >>> [x.ordinal for x in _listed(m, "from the 9th through the 12th, which", 12, 9)]
    [10, 11, 12]
    >>> _listed(m, "lần thứ 9, 2 bên đã", 9, 9)
    []
    """
    return [
        attrs.evolve(mention, ordinal=n, date=None, place=None, co_chairs=(), derivation=())
        for n in listed_numbers(text, end, first)
    ]


def _announced(facts: _Facts, start: int, end: int, expr: DateExpression) -> bool:
    """Whether a date in a sentence about a preparation is the prepared session's own.

    A sentence that reports a preparation ("Phân ban … đã họp ngày 8/1 để chuẩn bị cho Kỳ
    họp lần thứ 46", "a preparatory meeting for the 46th meeting took place on January 8")
    dates the preparation: a date before the session's name, or after it behind a verb that
    reports the preparation ("took place", "diễn ra"). The session keeps a date after its
    name with no such verb, or one a planned cue announces ("… for the 46th meeting,
    scheduled for January 9", "… sẽ diễn ra ngày 9/1", "… vào cuối năm 2015"), and the
    edition its name holds ("chuẩn bị cho Cuộc gặp cấp cao thường niên năm 2020").
    """
    sentence = facts.sentence
    e_start = sentence.folded.view_offset(expr.start)
    if e_start < end:
        return start <= e_start
    view = sentence.view
    if sentence.cue(_p("status", "planned"), end, e_start) or _p("frames", "scheduled").search(
        view, end, e_start
    ):
        return True
    return not any(sentence.cue(_p("status", kind), end, e_start) for kind in ("held", "held_weak"))


_OPEN_MONTH = Reason.of(Rule.DATE_MONTH_NO_YEAR)
_EXAMPLE = Evidence(document="d", start=0, end=1, quote="x")


def _open_month(expr: DateExpression) -> When | None:
    """A month with no year anywhere ("in October", "vào tháng 10"): its year left open.

    The same rule as the date tagger's: a month named without a word that places it
    ("tháng 3 tới", "next March") is kept as an open-year month rather than dropped.
    """
    if expr.kind not in ("month", "part-of-month") or not expr.month:
        return None
    if expr.direction or expr.year_offset is not None:
        return None
    return When.open_year(PartialDate(None, expr.month), part_of_day=expr.part_of_day)


@attrs.frozen(kw_only=True)
class _Request:
    series: str
    ordinal: int | None
    start: int
    end: int
    in_occasion: bool
    anaphoric: bool
    is_next: bool
    is_previous: bool = False  # "the previous meeting": the one before the article's
    is_first: bool = False  # "First held in 2013, the workshop …": the series' first
    own_ordinal: bool = False
    cue_start: int | None = None  # where the cues of a coordinated first mention are read
    others: tuple[tuple[int, int], ...] = ()  # the sentence's other mechanism mentions
    chairs_only: bool = False  # only the heads of delegation named: no date, no place


def _focus(memory: Memory) -> SessionMention | None:
    """The session the article is about, so far (only a session mention is ever the focus)."""
    focus = memory.focus
    return focus if isinstance(focus, SessionMention) else None


def _carried_scene(
    memory: Memory,
    place: Place | None,
    chairs: list[Participant],
    derivation: list[Derivation],
) -> tuple[Place | None, list[Participant]]:
    """The place and co-chairs of a session that took its day from the sentence before.

    "X and Y co-chaired the talks in Hà Nội on June 5. It was the 11th political
    consultation …": the report's first sentence tells the day, the place and the co-chairs
    of the session its second one names. What the session's own sentence says comes first.
    """
    if place is None and memory.carried_at is not None:
        place = memory.carried_at
        derivation.append(Derivation.of(Rule.PLACE_CARRIED, place=place.label()))
    if not chairs and memory.carried_chairs:
        chairs = list(memory.carried_chairs)
        names = ", ".join(chair.name for chair in chairs)
        derivation.append(Derivation.of(Rule.CHAIRS_CARRIED, names=names))
    return place, chairs


def _session(
    view: DocumentView, facts: _Facts, memory: Memory, request: _Request
) -> tuple[SessionMention | None, Memory]:
    """A session mention for one mechanism mention, and the memory after it."""
    sentence = facts.sentence
    start, end = request.start, request.end
    tense_, strong = tense(sentence, start, end, request.others)
    if tense_ is Tense.UNKNOWN and not strong and request.cue_start is not None:
        # "organised the 46th meeting …, and the annual meeting …": one verb, two objects
        tense_, strong = tense(sentence, request.cue_start, end)
    result = result_form_cue(sentence, start)  # "tổ chức thành công": done, or to be done
    if tense_ is Tense.FUTURE and result is not None and _achieved(view, facts, result):
        tense_, strong = Tense.PAST, True  # "Trong năm 2022, hai bên phối hợp tổ chức thành công …"
    derivation: list[Derivation] = []
    when: When | None = None
    place: Place | None = None
    chairs: list[Participant] = []
    not_before: date | None = None
    focus = _focus(memory)
    ordinal = request.ordinal
    published = view.document.published
    anaphoric = request.anaphoric
    own = request.own_ordinal
    if anaphoric and not own and focus is not None:
        ordinal = focus.ordinal
    if (
        request.is_next
        and ordinal is not None
        and focus is not None
        and focus.ordinal == ordinal - 1
    ):
        derivation.append(Derivation.of(Rule.NEXT_SESSION, ordinal=ordinal, previous=ordinal - 1))
    if request.is_previous and ordinal is not None:
        derivation.append(Derivation.of(Rule.PREVIOUS_SESSION, ordinal=ordinal, next=ordinal + 1))
    first_held = _first_held(facts, start, end) if request.is_first else None
    if first_held is not None:
        quote = sentence.original(*first_held.span())
        derivation.append(Derivation.of(Rule.FIRST_SESSION, expression=repr(quote)))
    expr: DateExpression | None = None
    carried = False  # the day is the one the report gave in the sentence before
    if request.is_previous:
        # "Both sides reviewed the minutes of the previous meeting": the sentence's day and
        # place are the review's, told at the article's session
        pass
    elif request.chairs_only:
        # "Nhận lời mời …, Y dẫn đầu đoàn … thăm chính thức Việt Nam từ ngày 8-10/1": the
        # sentence dates and places the visit it tells of; only its heads are the session's
        chairs = facts.chairs
    elif not request.in_occasion:
        # a result achieved is no preparation: its sentence's date is its own
        preparation = prepared(sentence, start) and not (result and tense_ is Tense.PAST)
        expr = _nearest_date(facts, start, end, request.others)
        if first_held is not None:
            expr = _first_date(facts, first_held)  # "…, được tổ chức lần đầu tiên năm 2013, …"
        if preparation and expr is not None and not _announced(facts, start, end, expr):
            expr = None  # "the sub-committee met on 8/1 to prepare for the 46th session"
        if (
            (expr is None or _edition(facts, end, expr))
            and memory.carried is not None
            and not anaphoric
            and ordinal is not None
            and not preparation
            and not referred(sentence, start)  # "the results obtained during the 45th …"
            and not purpose(sentence, start)  # "welcomed … to attend the 10th workshop"
            and not _away_from_scene(memory.carried_at, facts.places, start, end)
        ):
            carried = True
            expr = memory.carried  # the day the report gave in the sentence before
            derivation.append(Derivation.of(Rule.DATE_CARRIED, expression=repr(expr.text)))
        places = facts.places
        if preparation:  # the place before it is the preparation's
            places = [found for found in places if found[0] >= end]
        reach = _agent_clause_end(sentence, end)
        if any(end <= found[0] < reach for found in places if found[1] <= reach):
            reach = end  # a place said before the agent clause is the session's own
        place = nearest_place(places, start, reach, sentence.view)
        own_time = expr is not None and expr is not memory.carried  # "Năm ngoái, Kỳ họp 45 …"
        if place is None and memory.scene is not None and not preparation and not own_time:
            place = memory.scene  # "Sáng 17/12, tại Thủ đô Vientiane (Lào). Kỳ họp …"
            derivation.append(Derivation.of(Rule.SCENE_PLACE, place=place.label()))
        chairs = facts.chairs
        if preparation and sentence.last_cue(_p("people", "cochair"), 0, start) is not None:
            chairs = []  # "X and Y co-chaired the expert-level meeting of the 47th session"
        if carried:  # the sentence that gave the day told where, and who co-chaired
            place, chairs = _carried_scene(memory, place, chairs, derivation)
        elif (
            not chairs
            and memory.carried is None
            and memory.carried_chairs
            and ordinal is not None
            and not anaphoric
            and not preparation
        ):
            # "The consultation was co-chaired by X and Y. It was the 9th …": no day, no place
            place, chairs = _carried_scene(memory, place, chairs, derivation)
    else:
        if purpose(sentence, start):  # "trong khuôn khổ chuyến thăm …, đồng chủ trì Kỳ họp …"
            chairs = facts.chairs
        expr = _scheduled_date(facts, end)  # "ahead of the 38th session scheduled for …"
        if expr is not None:
            tense_, strong = Tense.FUTURE, False
    moment = _trip_day(view, facts, memory, request, expr)
    if moment is not None:  # the day of the trip's arrival or reception, not the session's
        expr, tense_, strong = None, Tense.UNKNOWN, False
    elif expr is not None and not request.in_occasion and _before_guest_purpose(facts, start, expr):
        expr = None  # "hosted a welcome ceremony on January 6 for X, who is … to attend …"
    if expr is not None:
        when, why = resolve(expr, view.anchor, tense_, memory.last_date)
        when, why = (_open_month(expr), _OPEN_MONTH) if when is None else (when, why)
        if why is not None:
            derivation.append(why.about(expr.text))
        when = _with_duration(facts, when, derivation)
    if request.in_occasion and expr is None:
        # "ahead of the 43rd meeting": still to come; "on the sidelines of the 10th
        # consultation, the ministers met …": what was done there was done while it took
        # place; other occasions say nothing of it
        status: Status | None = None
        if (
            purpose(sentence, start)
            and told_past_after(sentence, end)
            and sentence.cue(_p("status", "planned"), 0, start) is None
        ):
            # "trong khuôn khổ chuyến công tác …, đồng chủ trì Kỳ họp 48 …, chiều 3/12, Thủ
            # tướng đã hội kiến …": the trip was under way then; "to co-chair" is its purpose
            status = _trip_over(view, facts, memory, request, derivation)
        elif tense_ is Tense.FUTURE:
            status = Status.PLANNED
        elif done_during(sentence, start):
            status = Status.HELD
        elif tense_ is Tense.PAST and referred(sentence, start):
            status = Status.HELD  # "đã ký nhân Cuộc họp …": signed there, so it took place
    else:
        status = status_of(tense_, strong, when, published)
    if (
        status in (None, Status.HELD_OR_PLANNED)
        and tense_ is not Tense.FUTURE
        and not request.in_occasion
        and facts.weak
        and (
            (
                when is not None
                and when.window is not None
                and when.window.days <= 7
                and (
                    published is None
                    or (published.latest and when.window.latest <= published.latest)
                )
            )
            # "Sáng nay, … đồng chủ trì kỳ họp …" with no published day: the report's own day
            or (
                when is None
                and expr is not None
                and expr.kind == "relative-day"
                and expr.offset <= 0
            )
        )
    ):
        status = Status.HELD
        derivation.append(Derivation.of(Rule.UNTENSED_HELD))
    elif (
        status in (None, Status.HELD_OR_PLANNED)
        and tense_ is not Tense.PAST
        and when is None
        and expr is not None
        and expr.kind == "relative-day"
        and expr.offset > 0
    ):
        status = Status.PLANNED  # "Sáng mai, hai Thủ tướng đồng chủ trì …": after the report
    if request.is_next:
        status = Status.PLANNED
    if request.is_previous:
        status = Status.HELD  # before the article's session, which is held or to come
    if request.is_first and when is not None:
        status = Status.HELD  # "first held in 2013": the series began then
    if moment is not None:
        status, not_before = _as_of_trip_day(moment, published, derivation)
        status = None if status is Status.HELD_OR_PLANNED else status
    else:
        status, when, not_before = _trip_or_outcome(
            view, facts, request, tense_, strong, status, when, derivation
        )
    if status is Status.PLANNED and when is None and published is not None and not_before is None:
        not_before = published.earliest  # announced as still to come on the published day
        derivation.append(Derivation.of(Rule.ANNOUNCED, published=published.format_iso()))
    if (
        anaphoric
        and not own
        and facts.planned
        and not sentence.cue(_p("status", "past"), 0, facts.planned.start())
        # "báo cáo về kết quả cuộc tham vấn … và khẳng định … sẽ phối hợp": a strong held cue
        # before a later clause's planned verb keeps the mention's own tense
        and (facts.planned.start() < start or not strong or tense_ is not Tense.PAST)
    ):
        tense_ = Tense.FUTURE
        status = None
        if published is not None:
            not_before = published.earliest
            derivation.append(Derivation.of(Rule.FUTURE_TENSE, published=published.format_iso()))
    if chairs and _attended_beside_chaired(sentence, start, request.others):
        chairs = []  # "tham dự Cuộc gặp … và đồng chủ trì Kỳ họp lần thứ 48": the 48th's
    if ordinal is None and not anaphoric:
        # An unnumbered mention is a session when the sentence dates it and says that it
        # happens, or when a strong event frame ("co-chaired a …", "successfully held
        # an …", "preparations for …") makes it one even with its date left open; with no
        # date at all, a frame that says it took place still does.
        dated = when is not None and (status is not None or facts.weak)
        numbered = view.catalogue.mechanisms[request.series].has_ordinals
        strong = framed(sentence, start) and not request.in_occasion
        happened = strong and status is Status.HELD and framed(sentence, start, happened=True)
        if not dated and not (strong and (expr is not None or not numbered or happened)):
            return None, memory  # a numbered series named in passing with no date: a headline
    if anaphoric and not own and not (when or place or chairs or status or not_before):
        return None, memory
    if anaphoric and not own and focus is not None and _took_place_of_planned(focus, status):
        # "… and organise the sixth consultation at the end of this year. … The meeting took
        # place within the framework of the visit": a session still to come took no place;
        # the meeting that did is another one (the article's own, unnamed)
        return None, memory
    if (
        place is None
        and not request.chairs_only
        and (not request.in_occasion or purpose(sentence, start))
    ):
        # The trip's destination, then the dateline: "Hà Nội (TTXVN) - … rời Hà Nội, tới
        # Thủ đô Vientiane, đồng chủ trì …" is held in Vientiane; so is a session a framed
        # trip is for ("trong khuôn khổ chuyến thăm chính thức Việt Nam kết hợp đồng chủ trì
        # Kỳ họp 46"), though the frame keeps the sentence's date from it.
        trip = trip_place(sentence, view, start, held=status is Status.HELD)
        if trip is not None:
            place, linked = trip
            derivation.append(
                Derivation.of(Rule.TRIP_PLACE, place=place.label())
                if linked
                else Derivation.of(Rule.VISIT_COUNTRY, country=str(place.country))
            )
    if place is None and not request.chairs_only:
        host = host_country(sentence, view, start)
        if host is not None:  # "Vietnam will host the 46th meeting"
            place = host
            derivation.append(Derivation.of(Rule.HOST_COUNTRY, country=str(host.country)))
    if place is None and moment is not None and moment.hosted:
        receiver = _receiver_country(view, facts, moment.cue)
        if receiver is not None:  # "Tổng Bí thư Tô Lâm … đã tiếp Đoàn … sang thăm và dự …"
            place = Place(country=receiver)
            derivation.append(Derivation.of(Rule.HOST_COUNTRY, country=receiver))
    if (
        (place is None or (place.city is None and place.province is None
                           and view.dateline is not None
                           and view.dateline.agrees_with(place)))
        and view.dateline is not None
        and status is Status.HELD
        and not request.in_occasion
        and not request.chairs_only
        and (focus is None or (focus.series, focus.ordinal) == (request.series, ordinal))
    ):  # fmt: skip
        place = view.dateline if place is None else view.dateline.merge(place)
        derivation.append(Derivation.of(Rule.DATELINE, city=str(view.dateline.city)))
    if when is not None and when.window is not None and when.window.is_day:
        memory = attrs.evolve(memory, last_date=when)
    first, last = sentence.span(0, len(sentence.view))
    mention = SessionMention(
        document=view.document.id,
        evidence=view.evidence(first, last),
        series=request.series,
        ordinal=ordinal,
        status=Status.HELD_OR_PLANNED if status is None else status,
        date=when,
        place=place,
        co_chairs=chairs,
        derivation=derivation,
        published=published,
        not_before=not_before,
    )
    if (
        not request.in_occasion
        and not anaphoric
        and not request.is_previous
        and ordinal is not None
        and (focus is None or focus.ordinal is None or not referred(sentence, start))
    ) or (
        # Even a session named in passing tells what the article is about, when none yet
        # does; one whose results are reviewed ("kết quả … cuộc họp lần thứ 24") leaves the
        # article about the session it was about.
        focus is None and (ordinal is not None or (when is not None and not request.in_occasion))
    ):
        memory = attrs.evolve(memory, focus=mention)
    return mention, memory


@attrs.frozen
class _TripDay:
    """The day of the moment a session's trip is told at, and the verb that tells it."""

    when: When
    cue: int  # where the verb is in the sentence's view
    verb: str
    hosted: bool  # a host's reception or welcome, not the guest's arrival


def _trip_day(
    view: DocumentView,
    facts: _Facts,
    memory: Memory,
    request: _Request,
    expr: DateExpression | None,
) -> _TripDay | None:
    """The day of the trip's moment, when the sentence's date is that and not the session's.

    "Tổng Bí thư Tô Lâm ngày 27-10 đã tiếp Đoàn … sang thăm và dự Hội thảo Lý luận lần thứ
    XII", "On October 27, X received a delegation … visiting Vietnam to attend the 12th
    workshop", "arrived in Hanoi on January 6 to co-chair the 46th meeting": the day and the
    past tense are the reception's or the arrival's; the session is what the trip is for
    (see :func:`~vnlao_events.extract.status.trip_moment`).
    """
    if expr is None or request.in_occasion or request.chairs_only:
        return None
    sentence = facts.sentence
    e_start = sentence.folded.view_offset(expr.start)
    e_end = sentence.folded.view_offset(max(expr.start, expr.end - 1)) + 1
    if request.start < e_end and e_start < request.end:
        return None  # a date inside the mention is its own
    found = trip_moment(sentence, request.start, request.end, e_start, e_end)
    if found is None:
        return None
    seen, _ = resolve(expr, view.anchor, Tense.PAST, memory.last_date)
    if seen is None:
        return None
    if seen.window is not None and not seen.window.is_day:
        return None
    if seen.window is None and (seen.month_day is None or seen.month_day.day is None):
        return None
    cue, hosted = found
    return _TripDay(when=seen, cue=cue.start(), verb=cue.group(), hosted=hosted)


def _receiver_country(view: DocumentView, facts: _Facts, cue: int) -> str | None:
    """The member country of the host named last before the reception verb at ``cue``.

    Guests are received at home: "Tổng Bí thư Tô Lâm … đã tiếp Đoàn … sang thăm và dự Hội
    thảo …" names a workshop in Việt Nam.
    """
    members = view.catalogue.members()
    hosts = [p.country for _, end, p in facts.people if end <= cue and p.country in members]
    return hosts[-1] if hosts else None


def _as_of_trip_day(
    moment: _TripDay, published: PartialDate | None, derivation: list[Derivation]
) -> tuple[Status, date | None]:
    """The status of the session a trip is for, as told on the day of the trip's moment.

    Still to come, as the report tells it, unless the article was published more than a
    visit's length after that day: the session the trip was for is over by then. With no
    published date, the report may be of that day or written later: either. The day, when
    its year is known, is the earliest the session can be.

    >>> day = When.of(DateWindow(date(2025, 10, 27), date(2025, 10, 27), Precision.DAY))
    >>> moment = _TripDay(when=day, cue=0, verb="đa tiêp", hosted=True)
    >>> _as_of_trip_day(moment, PartialDate(2025, 10, 28), [])[0].value
    'planned'
    >>> _as_of_trip_day(moment, PartialDate(2026, 1, 5), [])[0].value
    'held'
    """
    seen = moment.when
    day = seen.window.earliest if seen.window is not None else None
    status = Status.HELD if day is not None and _trip_over_by(day, published) else Status.PLANNED
    if published is None:
        status = Status.HELD_OR_PLANNED
    elif status is Status.PLANNED and day is not None and _trip_over_by(day, published, last=True):
        status = Status.HELD_OR_PLANNED  # "published: 2017-08", the trip on 1/8: either
    derivation.append(
        Derivation.of(
            Rule.TRIP_DAY,
            day=seen.format_iso(),
            verb=repr(moment.verb),
            published="—" if published is None else published.format_iso(),
            status=status.value,
        )
    )
    return status, day


#: The longest a visit lasts, in days: a trip told over by then took its session with it.
_TRIP_DAYS = 7


def _trip_over_by(day: date, published: PartialDate | None, *, last: bool = False) -> bool:
    """Whether an article published then is more than a visit's length after ``day``.

    A published month is read at its first day, or with ``last`` at its last: an article of
    "2017-08" may be of the day after the trip began, or of weeks after.

    >>> _trip_over_by(date(2025, 12, 3), PartialDate(2026, 1, 23))
    True
    >>> _trip_over_by(date(2025, 12, 3), PartialDate(2025, 12, 4))
    False
    >>> _trip_over_by(date(2017, 8, 1), PartialDate(2017, 8)), _trip_over_by(
    ...     date(2017, 8, 1), PartialDate(2017, 8), last=True)
    (False, True)
    """
    if published is None:
        return False
    bound = published.latest if last else published.earliest
    return bound is not None and (bound - day).days > _TRIP_DAYS


def _trip_over(
    view: DocumentView,
    facts: _Facts,
    memory: Memory,
    request: _Request,
    derivation: list[Derivation],
) -> Status | None:
    """Held, when what was done on the trip a session is for was done well before publication.

    "trong khuôn khổ chuyến công tác tại Lào, đồng chủ trì Kỳ họp 48 …, chiều 3/12, Thủ tướng
    đã hội kiến …" in an article of 23 January: the day is the meeting's, not the session's,
    but a visit lasts days, not weeks, so the session it was for has taken place too.
    """
    published = view.document.published
    if published is None or published.earliest is None:
        return None
    expr = _nearest_date(facts, request.start, request.end, request.others)
    if expr is None:
        return None
    when, _ = resolve(expr, view.anchor, Tense.PAST, memory.last_date)
    if when is None or when.window is None or when.window.days > _TRIP_DAYS:
        return None
    if not _trip_over_by(when.window.latest, published):
        return None
    derivation.append(
        Derivation.of(
            Rule.TRIP_OVER,
            day=when.window.latest.isoformat(),
            published=published.format_iso(),
        )
    )
    return Status.HELD


def _achieved(view: DocumentView, facts: _Facts, cue: re.Match[str]) -> bool:
    """Whether the result form ``cue`` before a mention is told in a past frame: achieved.

    "Năm qua, hai Bộ phối hợp tổ chức thành công Tham khảo chính trị lần thứ 9", "Trong năm
    2022, hai bên phối hợp tổ chức thành công Kỳ họp lần thứ 44" (in an article of 2023): a
    past frame word (``[status].past_frames``), or a year stated before the cue that is
    before the year the article was published.
    """
    sentence = facts.sentence
    if past_frame(sentence, cue.start()):
        return True
    published = view.document.published
    if published is None or published.earliest is None:
        return False
    for expr in facts.dates:
        year = expr.end_year or expr.year  # a year the text states, not one worked out
        if (
            year is not None
            and year < published.earliest.year
            and sentence.folded.view_offset(max(expr.start, expr.end - 1)) < cue.start()
        ):
            return True
    return False


def _took_place_of_planned(focus: SessionMention, status: Status | None) -> bool:
    """Whether a held reference back ("The meeting took place …") meets a focus still to come.

    >>> m = SessionMention(document="d", evidence=_EXAMPLE, series="political-consultation",
    ...                    ordinal=6, status=Status.PLANNED)
    >>> _took_place_of_planned(m, Status.HELD), _took_place_of_planned(m, Status.PLANNED)
    (True, False)
    """
    return focus.status is Status.PLANNED and status is Status.HELD


def _trip_or_outcome(
    view: DocumentView,
    facts: _Facts,
    request: _Request,
    tense_: Tense,
    strong: bool,
    status: Status | None,
    when: When | None,
    derivation: list[Derivation],
) -> tuple[Status | None, When | None, date | None]:
    """The status a trip's purpose or a reported outcome gives a session with no tense cue."""
    if strong or request.in_occasion or request.is_next or request.is_previous:
        return status, when, None
    sentence = facts.sentence
    if on_trip(sentence, request.start):  # "will leave on 8/1 to co-chair …" too
        published = view.document.published
        arrival = when.window.earliest if when is not None and when.window is not None else None
        if (
            published is None
            and when is not None  # "Sáng nay, … đón … và đồng chủ trì …": today, no arrival before
            and status is Status.HELD
            and any(d.rule is Rule.UNTENSED_HELD for d in derivation)
            and moved_for(sentence, request.start)
        ):
            # "Ngày 6/1, … đến Hà Nội, bắt đầu thăm chính thức Việt Nam, kết hợp đồng chủ trì
            # Kỳ họp …": untensed, told as what the trip is for; with no published date to
            # place the report later, it speaks as of the arrival, when it is still to come
            derivation[:] = [d for d in derivation if d.rule is not Rule.UNTENSED_HELD]
            derivation.append(Derivation.of(Rule.TRIP_UNTENSED))
            return Status.PLANNED, when, None
        status, when, bound, why = as_of_arrival(status, when, published)
        if why and published is not None and arrival is not None:
            derivation[:] = [d for d in derivation if d.rule is not Rule.UNTENSED_HELD]
            rule = Rule.TRIP_ARRIVAL if bound is None else Rule.TRIP_ARRIVAL_DAY
            derivation.append(
                Derivation.of(rule, published=published.format_iso(), day=arrival.isoformat())
            )
        return status, when, None if bound is None else bound.earliest
    if tense_ is Tense.FUTURE:
        return status, when, None
    if status in (None, Status.HELD_OR_PLANNED) and facts.weak and reported_outcome(view, sentence):
        derivation.append(Derivation.of(Rule.OUTCOME_HELD))
        return Status.HELD, when, None
    return status, when, None


def _participants(
    view: DocumentView, facts: _Facts, focus: SessionMention | None
) -> SessionMention | None:
    text = facts.sentence.view
    if focus is None or not facts.people or not _p("people", "participate").search(text):
        return None
    if any(_p("people", kind).search(text) for kind in ("cochair", "led_by", "chaired_by")):
        return None
    return _about_focus(view, facts, focus, participants=tuple(p for _, _, p in facts.people))


def _about_focus(
    view: DocumentView,
    facts: _Facts,
    focus: SessionMention,
    *,
    co_chairs: tuple[Participant, ...] = (),
    participants: tuple[Participant, ...] = (),
) -> SessionMention:
    """A mention of the session the article is about, from a sentence that tells only its people.

    The sentence is its evidence; its date, place and status are the session's own mentions'.
    """
    first, last = facts.sentence.span(0, len(facts.sentence.view))
    return attrs.evolve(
        focus,
        evidence=view.evidence(first, last),
        status=Status.HELD_OR_PLANNED,
        date=None,
        place=None,
        co_chairs=co_chairs,
        participants=participants,
        derivation=(),
        not_before=None,
    )


def _scene_chairs(
    view: DocumentView, facts: _Facts, focus: SessionMention | None
) -> SessionMention | None:
    """The co-chairs of the session just reported, from a sentence set at it.

    "A political consultation … took place in Vientiane on Monday. At the event, Vietnamese
    Deputy Prime Minister and Minister of Foreign Affairs X and Lao Minister of Foreign
    Affairs Y expressed their delight …": a sentence opening with a scene opener
    (``[frames].scene_openers``) whose subject is a pair of the two sides names the
    session's co-chairs, when its own sentence named none.
    """
    sentence = facts.sentence
    if focus is None or focus.co_chairs or len(facts.people) < 2:
        return None
    opener = _p("frames", "scene_openers").match(sentence.view.lstrip())
    if opener is None:
        return None
    pair = coordinated_pair(sentence, facts.people)
    lead = len(sentence.view) - len(sentence.view.lstrip())
    if len(pair) != 2 or facts.people[0][0] - (lead + opener.end()) > 110:
        return None  # "At the event, X and Y …": the pair is the subject, first in the clause
    if pair[0] is not facts.people[0][2] or not two_sides(pair[0], pair[1]):
        return None
    return _about_focus(
        view, facts, focus, co_chairs=in_member_order(pair, view.catalogue.members())
    )


def _with_host(view: DocumentView, chairs: list[Participant], memory: Memory) -> list[Participant]:
    """One co-chair, and the counterpart the sentence before named as the one who invited.

    "Nhận lời mời của Thủ tướng X, Thủ tướng Lào Y sẽ thăm chính thức Việt Nam. Trong chuyến
    thăm, Thủ tướng Y sẽ đồng chủ trì Kỳ họp 43 …": X and Y.
    """
    if len(chairs) != 1 or memory.host is None:
        return chairs
    if not counterpart_by_title(view, memory.host, chairs[0]):
        return chairs
    return [*chairs, memory.host[0]]


def _invited_chairs(
    view: DocumentView, facts: _Facts, focus: SessionMention | None
) -> SessionMention | None:
    """The counterpart who invited the one co-chair of the session just reported.

    "Lao Prime Minister Y is visiting Vietnam and co-chairing the 43rd session …. The visit
    is made at the invitation of Prime Minister X.": X, of Y's title and the other side, is
    Y's counterpart and so the other co-chair.
    """
    if focus is None or len(focus.co_chairs) != 1:
        return None
    host = inviter(facts.sentence, facts.people)
    if host is None or not counterpart_by_title(view, host, focus.co_chairs[0]):
        return None
    return _about_focus(view, facts, focus, co_chairs=(host[0],))


def _away_from_scene(scene: Place | None, places: list[PlaceFound], start: int, end: int) -> bool:
    """Whether a session names a place of its own other than the one of the day carried to it.

    "Sáng 17/12, tại Thủ đô Vientiane (Lào). Hai nước sẽ tổ chức Kỳ họp 46 tại Hà Nội.": the
    morning in Vientiane is not the session's day.
    """
    if scene is None:
        return False
    own = nearest_place(places, start, end)
    return own is not None and own != scene


def _governed(
    sentence: Sentence, pattern: re.Pattern[str], start: int, words: int = 2, not_at: int = -1
) -> bool:
    """Whether a verb of ``pattern`` has what begins at ``start`` as its object.

    Only ``words`` words may stand between them ("the", "their annual", and before a
    series' core its head and number: "Kỳ họp lần thứ 48"), none of them a stop or comma,
    and not ``not_at``, where another mention begins.
    """
    cue = sentence.last_cue(pattern, max(0, start - 60), start)
    if cue is None or cue.end() <= not_at < start:
        return False
    between = sentence.view[cue.end() : start]
    return len(between.split()) <= words and not re.search(r"[,;:.]", between)


def _attended_beside_chaired(
    sentence: Sentence, start: int, others: tuple[tuple[int, int], ...]
) -> bool:
    """Whether the session is attended while the co-chair verb has another as its object.

    "Thủ tướng … tham dự Cuộc gặp giữa hai Bộ Chính trị và đồng chủ trì Kỳ họp lần thứ 48":
    the Prime Minister attends the first and co-chairs the second; "to attend the high-level
    meeting and co-chair the 48th session" alike.
    """
    if not _governed(sentence, _p("people", "attend"), start):
        return False
    cochair = _p("people", "cochair")
    heads = _p("mechanisms", "heads")
    for o_start, _ in others:
        # "đồng chủ trì Kỳ họp lần thứ 48, Ủy ban …": the other's numbered head before its name
        head = sentence.last_cue(heads, max(0, o_start - 40), o_start)
        starts = (o_start, head.start()) if head is not None else (o_start,)
        if any(_governed(sentence, cochair, at, 6, start) for at in starts):
            return True
    return False


def _chairs_another(text: str) -> bool:
    """Whether a co-chair verb's object is indefinite: another event than the article's.

    >>> _chairs_another("deputy prime minister x co-chaired a session on trade.")
    True
    >>> _chairs_another("x and y co-chaired the talks.")
    False
    """
    cue = _p("people", "cochair").search(text)
    if cue is None:
        return False
    return (
        active().memo("pipeline._indefinite", _build_indefinite).match(text, cue.end()) is not None
    )


def _build_indefinite(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(r"\s+" + word_alternation(phrases.words("people", "indefinite")))


def _triggers(_phrases: Phrases) -> tuple[Trigger, ...]:
    """What a sentence must contain for any recogniser to find something in it.

    A sentence with no catalogue entry, no date and none of the recognisers' triggers (a
    mechanism's core word, a title, an ordinal, a year, an anniversary, a co-chair cue, a
    word that refers back to the session) names no session, event, period or person, so it
    is not read further. Events need a person and places a session, so they add none.
    """
    every = (  # the cheap tests that most often succeed first: years, mechanism words, titles
        *period_triggers(),
        *mechanism_triggers(),
        *people_triggers(),
        *ordinal_triggers(),
        _ANAPHOR,
        _NEXT_SESSION,
        _PREVIOUS_SESSION,
    )
    patterns = [t for t in every if isinstance(t, re.Pattern) and _joinable(t)]
    others = [t for t in every if t not in patterns]
    if not patterns:
        return tuple(others)
    one = re.compile("|".join(f"(?:{_GROUP_NAME.sub('(?:', p.pattern)})" for p in patterns))
    return (*others, one)  # one pass over the sentence for all the patterns


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def _joinable(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern keeps its meaning inside a larger alternation."""
    return (
        pattern.flags == re.UNICODE
        and "(?P=" not in pattern.pattern
        and re.match(r"\(\?[aiLmsux]+\)", pattern.pattern) is None
    )


def _results_anaphor(
    sentence: Sentence,
    hits: list[Hit],
    focus: SessionMention | None,
    headline: SessionMention | None,
) -> _Request | None:
    """The article's session, named by a bare head whose results come before another series.

    "Phó Thủ tướng báo cáo về kết quả cuộc tham vấn với Bộ trưởng Ngoại giao Lào và … chuẩn
    bị cho kỳ họp lần thứ 43 Ủy ban liên Chính phủ", "He briefed them on the results of the
    consultation and on preparations for the 43rd meeting of the Intergovernmental Committee":
    the results are of the session the article is about, the other series is named after.
    Only a definite bare head right after a results cue, before the sentence's first body.
    """
    if not hits or focus is None or focus is headline or focus.ordinal is None:
        return None
    first = min(h.start for h in hits)
    if focus.series in {h.key for h in hits}:
        return None
    anaphor = _ANAPHOR.search(sentence.view, 0, first)
    if anaphor is None:
        return None
    cue = sentence.last_cue(_p("status", "results"), max(0, anaphor.start() - 30), anaphor.start())
    if cue is None or not re.fullmatch(r"[\s\w]{0,12}", sentence.view[cue.end() : anaphor.start()]):
        return None
    return _Request(
        series=focus.series, ordinal=focus.ordinal, start=anaphor.start(), end=anaphor.end(),
        in_occasion=False, anaphoric=True, is_next=False,
    )  # fmt: skip


def _quiet(view: DocumentView, sentence: Sentence) -> bool:
    """Whether a sentence has nothing any recogniser could read (see :func:`_triggers`)."""
    if (
        view.has_hits("mechanisms", sentence)
        or view.has_hits("people", sentence)
        or view.has_dates(sentence)
    ):
        return False  # a place alone is only ever the place of something else
    text = sentence.view
    return not any(p.search(text) for p in active().memo("pipeline._triggers", _triggers))


def _pointing_back() -> re.Pattern[str]:
    """A demonstrative right after an occasion word: "nhân dịp này" points back."""
    return active().memo(
        "pipeline._pointing_back",
        lambda phrases: re.compile(
            r"\s+" + word_alternation(phrases.words("frames", "demonstratives"))
        ),
    )


def _read_sentence(
    view: DocumentView,
    sentence: Sentence,
    memory: Memory,
    earlier: list[Mention],
    headline: SessionMention | None = None,
) -> tuple[list[Mention], Memory]:
    if _quiet(view, sentence):
        # Nothing to find: the memory forgets only what is about the sentence before.
        return [], memory.forget()
    text = sentence.view
    catalogue = view.catalogue
    dates = view.dates(sentence)
    focus = _focus(memory)
    hits = at_the_articles_level(
        find_mechanisms(sentence, view.hits("mechanisms", sentence), catalogue),
        text, catalogue, focus.series if focus is not None else None,
    )  # fmt: skip
    ordinals = find_ordinals(sentence)
    people, learned = find_people(sentence, view, memory.learned)
    memory = memory.knowing(learned)
    places = find_places(sentence, view)
    counterpart = memory.side_head is not None and opens_with_counterpart(sentence)
    pair = (memory.side_head,) if counterpart and memory.side_head else memory.pair
    facts = _Facts(
        sentence=sentence,
        dates=dates,
        people=people,
        places=places,
        chairs=_with_host(view, co_chairs(sentence, people, view, pair, memory.sides), memory),
        planned=sentence.cue(_p("status", "planned")),
        weak=_p("status", "held_weak").search(text) is not None,
        occasions=[
            m.start()
            for m in _p("frames", "occasion").finditer(text)
            if not _pointing_back().match(text, m.end())  # "Nhân dịp này, …"
        ],
    )
    used: set[int] = set()
    found: list[Mention] = []
    resumed = _results_anaphor(sentence, hits, focus, headline)
    if resumed is not None:  # before the other series' mentions change the focus
        mention, memory = _session(view, facts, memory, resumed)
        if mention is not None:
            found.append(mention)
    spans = [(h.start, h.end) for h in hits]
    previous: tuple[int, int] | None = None
    for hit in hits:
        mechanism = catalogue.mechanisms[hit.key]
        others = [s for s in spans if s != (hit.start, hit.end)]
        ordinal = (
            _range_ordinal(
                pair_ordinal(hit.start, hit.end, ordinals, others, text),
                ordinals, hit.start, hit.end, text,
            )
            if mechanism.has_ordinals
            else None
        )  # fmt: skip
        if ordinal is None and plural(text, hit):
            continue  # "in-person political consultations": no one session
        if ordinal is not None:
            used.add(ordinal.start)
        end = max(hit.end, ordinal.end) if ordinal else hit.end
        start = min(hit.start, ordinal.start) if ordinal else hit.start
        in_occasion = any(
            o < start
            and ";" not in text[o:start]
            and start - o < 160
            and not past_after_break(sentence, o, start)  # "Trong khuôn khổ chuyến thăm, … đã"
            for o in facts.occasions
        )
        next_one = _p("status", "next").search(text[end : end + 12]) or re.search(
            r"\bnext\s+$", text[max(0, start - 10) : start]
        )
        anaphoric = (
            ordinal is None
            and focus is not None
            and focus.series == hit.key
            and focus.ordinal is not None
            and mechanism.has_ordinals
        )
        number = ordinal.value if ordinal else None
        first = _first_held(facts, start, end) if ordinal is None else None
        if first is not None:
            number, anaphoric = 1, False  # "First held in 2013, the theoretical workshop …"
        if anaphoric and next_one and focus is not None and focus is headline:
            continue  # "the next …" counts only from a session the body itself names
        if anaphoric and next_one and focus is not None and focus.ordinal is not None:
            number, anaphoric = focus.ordinal + 1, False  # "the next consultation"
        coordinated = (
            previous is not None
            and 0 < start - previous[1] <= 100
            and ";" not in text[previous[1] : start]
            and COORDINATED.search(text, previous[1], start) is not None
        )
        request = _Request(
            series=hit.key, ordinal=number, start=start, end=end, in_occasion=in_occasion,
            anaphoric=anaphoric, is_next=bool(next_one) and first is None,
            is_first=first is not None,
            cue_start=previous[0] if coordinated and previous is not None else None,
            others=tuple(others),
        )  # fmt: skip
        previous = (start, end)
        mention, memory = _session(view, facts, memory, request)
        if mention is not None:
            found.append(mention)
            if ordinal is not None:
                found.extend(_listed(mention, text, ordinal.end, ordinal.value))
    if not found and focus is not None and focus.series:
        series = focus.series
        for ordinal in anaphoric_ordinals(ordinals, used, text):  # "the 28th meeting"
            request = _Request(
                series=series, ordinal=ordinal.value, start=ordinal.start, end=ordinal.end,
                in_occasion=False, anaphoric=True, is_next=False, own_ordinal=True,
            )  # fmt: skip
            mention, memory = _session(view, facts, memory, request)
            if mention is not None:
                found.append(mention)
        # "the next meeting", "kỳ họp tới"; "the previous meeting", "kỳ họp lần trước"
        for pattern, step in ((_NEXT_SESSION, 1), (_PREVIOUS_SESSION, -1)):
            near = pattern.search(text)
            if (
                found
                or hits
                or near is None
                or focus.ordinal is None
                or focus.ordinal + step < 1
                or focus is headline
            ):
                continue
            request = _Request(
                series=series, ordinal=focus.ordinal + step, start=near.start(), end=near.end(),
                in_occasion=False, anaphoric=False, is_next=step > 0, is_previous=step < 0,
            )  # fmt: skip
            mention, memory = _session(view, facts, memory, request)
            if mention is not None:
                found.append(mention)
        if not found and not hits:  # "kỳ họp", "the meeting", co-chairs alone
            anaphor = _ANAPHOR.search(text)
            if anaphor is not None or (facts.chairs and not _chairs_another(text)):
                start, end = (anaphor.start(), anaphor.end()) if anaphor else (0, 0)
                request = _Request(
                    series=series, ordinal=focus.ordinal, start=start, end=end,
                    in_occasion=False, anaphoric=True, is_next=False,
                    chairs_only=anaphor is None and not _p("people", "cochair").search(text),
                )  # fmt: skip
                mention, memory = _session(view, facts, memory, request)
                if mention is not None:
                    found.append(mention)
        if not hits:
            joined = _participants(view, facts, _focus(memory))
            if joined is not None:
                found.append(joined)
            paired = _scene_chairs(view, facts, _focus(memory))
            if paired is not None:
                found.append(paired)
            invited = _invited_chairs(view, facts, _focus(memory))
            if invited is not None:
                found.append(invited)
    events, last_date = find_events(
        sentence, view, people, places, found, earlier, dates, memory.last_date,
        memory.seen_date, tuple(facts.occasions),
    )  # fmt: skip
    found.extend(events)
    found.extend(find_periods(sentence, view))
    found.extend(find_anniversaries(sentence, view))
    carried = scene = carried_at = None
    carried_chairs: tuple[Participant, ...] = ()
    if not hits and not any(isinstance(m, SessionMention) for m in found):
        days = [d for d in dates if d.kind not in ("year",)]
        scene = scene_place(sentence, places)
        if (
            len(days) == 1
            and (people or scene is not None or (places and _frame_only(sentence, days[0])))
        ) or (
            days  # "VIETNAM, March 19 - … at their annual conference held … on March 19"
            and len({d.text.casefold() for d in days}) == 1
            and _bare_own_session(sentence, days[-1])
        ):
            # "X and Y on November 29 shared …", "Sáng 17-12-2013, tại Thủ đô Vientiane
            # (Lào).": the day of the mention that follows in the same report
            carried = days[-1]
            located = [found_place[2] for found_place in places if not found_place[2].online]
            carried_at = scene or (located[0] if located else None)
            if facts.chairs and _p("people", "cochair").search(text):
                carried_chairs = tuple(facts.chairs)  # "X and Y co-chaired the talks on …"
        elif (
            not days
            and focus is None
            and facts.chairs
            and _p("people", "cochair").search(text)
            and _ANAPHOR.search(text)
        ):
            # "The consultation was co-chaired by X and Y. It was the 9th political
            # consultation …, held in Hanoi": the pair co-chaired the session named next
            carried_chairs = tuple(facts.chairs)
    return found, attrs.evolve(
        memory,
        last_date=last_date,
        seen_date=memory.seen_date or bool(dates),
        pair=referents(sentence, people),
        sides=sides(people),
        host=inviter(sentence, people),
        carried=carried,
        scene=scene,
        carried_at=carried_at,
        carried_chairs=carried_chairs,
        side_head=side_head(sentence, people) or (None if counterpart else memory.side_head),
    )


def extract(
    document: Document, catalogue: Catalogue | None = None, *, phrases: Phrases | None = None
) -> list[Mention]:
    """Extract every mention of a session, event or period from one document.

    >>> from vnlao_events import bundled_seeds
    >>> mentions = extract(bundled_seeds()[0])
    >>> [(m.kind.value, m.series, m.ordinal) for m in mentions if isinstance(m, SessionMention)][0]
    ('session', 'political-consultation', 7)

    Args:
        document: the article.
        catalogue: mechanisms, places and people to recognise; the built-in one by default.
        phrases: the phrasings to know (``Phrases.default().load("mine.toml")``); the
            built-in ones by default.

    Returns:
        The mentions (:class:`SessionMention`, :class:`EventMention`, :class:`PeriodMention`,
        :class:`AnniversaryMention`), in text order within each kind. Never raises on odd
        text.
    """
    with using(phrases):
        return _extract(document, catalogue)


def _extract(document: Document, catalogue: Catalogue | None) -> list[Mention]:
    titled = _title_session(document, catalogue)
    if titled is not None:  # the article's own words of what it is about
        return _extract_body(document, catalogue, titled, checked=True)
    return _extract_body(document, catalogue, _slug_session(document, catalogue))


def _extract_body(
    document: Document,
    catalogue: Catalogue | None,
    headline: SessionMention | None,
    *,
    checked: bool = False,
) -> list[Mention]:
    view = DocumentView.of(document, catalogue)
    anchor = view.anchor
    if anchor.content_year is not None and anchor.content_clue is None:
        clue = content_clue(view.body)  # the year's clue as a value, for the derivations
        if clue is not None and clue.year == anchor.content_year:
            view = attrs.evolve(view, anchor=attrs.evolve(anchor, content_clue=clue))
    if headline is not None and not checked and not _names_series(view, headline.series):
        headline = None  # the body never names it: the address is about something else
    memory = Memory(focus=headline)
    unconfirmed = headline  # the session named by the address only, until the body names it
    mentions: list[Mention] = []
    for sentence in sentences(view.body):
        found, memory = _read_sentence(view, sentence, memory, mentions, unconfirmed)
        mentions.extend(found)
        focus = _focus(memory)
        if unconfirmed is None or focus is None:
            continue
        if focus.series == unconfirmed.series and focus.ordinal != unconfirmed.ordinal:
            # another session of the series named in passing ("biên bản cuộc họp lần thứ 24"):
            # the article is still about the one its address names
            memory = attrs.evolve(memory, focus=unconfirmed)
        elif focus is unconfirmed:
            named = [
                m
                for m in found
                if isinstance(m, SessionMention)
                and (m.series, m.ordinal) == (unconfirmed.series, unconfirmed.ordinal)
            ]
            if named:  # the body names it now: "the next …" counts from it
                memory = attrs.evolve(memory, focus=named[0])
                unconfirmed = None
    mentions = _visit_country(view, mentions)
    mentions = _visit_dates(view, mentions)
    mentions = _one_level(view.catalogue, mentions)
    anchor = view.anchor
    if anchor.content_year is not None and anchor.content_clue is not None and mentions:
        note = anchor.content_clue.document()
        mentions = [
            attrs.evolve(m, derivation=(*m.derivation, note))
            if isinstance(m, SessionMention)
            and m.date is not None
            and any(d.rule in _YEAR_RULES for d in m.derivation)
            else m
            for m in mentions
        ]
    return mentions


def _one_level(catalogue: Catalogue, mentions: list[Mention]) -> list[Mention]:
    """A session named with no level takes the level the article names it with elsewhere.

    "Tham vấn chính trị Việt Nam - Lào lần thứ 11" (the headline: the deputy ministers' series
    by default) is the "Tham vấn chính trị lần thứ 11 cấp Bộ trưởng Bộ Ngoại giao" of the
    body: one session, the ministers'. Only when the article names that number at one level.
    """
    series: dict[tuple[str, int], set[str]] = {}
    for m in mentions:
        if isinstance(m, SessionMention) and m.ordinal is not None:
            family = catalogue.mechanisms[m.series].family
            if family is not None:
                series.setdefault((family, m.ordinal), set()).add(m.series)
    if all(len(keys) < 2 for keys in series.values()):
        return mentions  # no session named at two levels: nothing to settle (most articles)
    named: dict[tuple[str, int], set[str]] = {}
    bare: list[int] = []
    read: dict[tuple[str, int, int], str | None] = {}  # a sentence's level, read once
    for i, m in enumerate(mentions):
        if not isinstance(m, SessionMention) or m.ordinal is None:
            continue
        family = catalogue.mechanisms[m.series].family
        if family is None or len(series[(family, m.ordinal)]) < 2:
            continue
        key = (family, m.evidence.start, m.evidence.end)
        if key not in read:
            view = FoldedText.of(m.evidence.quote).toneless
            read[key] = levels_named(family, view, catalogue)
        level = read[key]
        if level is None:
            bare.append(i)
        else:
            named.setdefault((family, m.ordinal), set()).add(level)
    if not named or not bare:
        return mentions
    found = list(mentions)
    for i in bare:
        m = found[i]
        if not isinstance(m, SessionMention) or m.ordinal is None:
            continue
        family = catalogue.mechanisms[m.series].family
        levels = named.get((family or "", m.ordinal), set())
        if len(levels) == 1 and m.series not in levels:
            found[i] = attrs.evolve(m, series=next(iter(levels)))
    return found


_SLUG = re.compile(r"[^/?#]+(?=/?(?:[?#].*)?$)")
_SLUG_TAIL = re.compile(r"(?:[-_.](?:post|dt|dtnew|news)?\d{4,}|\.\w{2,5})+$|^\d+$")


def _slug_text(url: str | None) -> str | None:
    """The words of a URL's last path segment, or of the one before when that is an id.

    >>> _slug_text("https://vtv.vn/a/hop-thuong-nien-lan-thu-25-bien-gioi-20160620161240022.htm")
    'hop thuong nien lan thu 25 bien gioi'
    >>> _slug_text("https://en.example.vn/vietnam-laos-hold-8th-consultation/255420.vnp")
    'vietnam laos hold 8th consultation'
    >>> _slug_text(None) is None
    True
    """
    if not url:
        return None
    parts = [p for p in re.split(r"[/?#]", url.split("://", 1)[-1])[1:] if p]
    for part in reversed(parts[-2:]):
        words = _SLUG_TAIL.sub("", part)
        if words.count("-") >= 2:
            return re.sub(r"[-_]+", " ", words).strip()
    return None


def _slug_session(document: Document, catalogue: Catalogue | None) -> SessionMention | None:
    """The numbered session a document's address names, read as its folded title.

    "…/hop-thuong-nien-lan-thu-25-doan-dai-bieu-bien-gioi-viet-nam-lao-2016….htm" names the
    25th border meeting: the session the article is about, to which "cuộc họp lần này", "the
    meeting" and the co-chairs named alone refer. It is no mention (an address is no
    evidence): only what the body's words about the session refer back to. Read with the
    recognisers of mechanisms and ordinals alone, and only when the address has a number.
    """
    words = _slug_text(document.url)
    return None if words is None else _headline_session(words, document, catalogue)


def _title_session(document: Document, catalogue: Catalogue | None) -> SessionMention | None:
    """The numbered session a title the body does not repeat names, read like an address.

    A scraped article often keeps its title apart from its text ("title": "Việt Nam - Lào
    tổ chức Tham vấn chính trị lần thứ 11", text: "… đã đồng chủ trì cuộc tham vấn."): the
    title tells which session "cuộc tham vấn" is. A body that repeats its title (the usual
    form of a saved page) reads it as its own first sentence instead.

    >>> doc = Document(id="a", text="Hai bên đã đồng chủ trì cuộc họp.",
    ...                title="Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào")
    >>> (_title_session(doc, None).series, _title_session(doc, None).ordinal)
    ('intergovernmental-committee', 46)
    >>> _title_session(attrs.evolve(doc, text=doc.title + ". " + doc.text), None) is None
    True
    """
    title = document.title
    if not title:
        return None
    if title.strip() in document.text[:2000]:
        return None  # the usual saved page: the body begins with its title, as written
    own = " ".join(FoldedText.of(title).toneless.split())
    if own in " ".join(FoldedText.of(document.text[:2000]).toneless.split()):
        return None  # the body begins with it: read there, as the body's words
    return _headline_session(title, document, catalogue)


def _headline_session(
    words: str, document: Document, catalogue: Catalogue | None
) -> SessionMention | None:
    """The one numbered session ``words`` (an address's or a title's) name, as a focus."""
    sentence = Sentence.of(0, words[:300])
    text = sentence.view
    if not any(t.search(text) for t in ordinal_triggers()):
        return None  # no number in the address: nothing to read (most addresses)
    cat = catalogue or Catalogue.default()
    hits = find_mechanisms(sentence, cat.find_all(sentence.folded.plain)["mechanisms"], cat)
    ordinals = find_ordinals(sentence)
    named = set()
    spans = [(h.start, h.end) for h in hits]
    for hit in hits:
        if not cat.mechanisms[hit.key].has_ordinals:
            continue
        others = [span for span in spans if span != (hit.start, hit.end)]
        ordinal = _range_ordinal(
            pair_ordinal(hit.start, hit.end, ordinals, others, text),
            ordinals, hit.start, hit.end, text,
        )  # fmt: skip
        if ordinal is not None:
            named.add((hit.key, ordinal.value))
            named.update((hit.key, n) for n in listed_numbers(text, ordinal.end, ordinal.value))
    if len(named) != 1:
        return None  # none, or two sessions: no single title
    ((series, number),) = named
    return SessionMention(
        document=document.id,
        evidence=Evidence(document=document.id, start=0, end=0, quote=""),
        series=series,
        ordinal=number,
        status=Status.HELD_OR_PLANNED,
    )


def _names_series(view: DocumentView, series: str) -> bool:
    """Whether the body names a series, by a catalogue alias or a core word of its own."""
    if any(key == series for _, _, key in view.all_hits["mechanisms"]):
        return True
    cores = active().memo("pipeline._cores", _build_cores).get(series)
    return cores is not None and cores.search(view.body.toneless) is not None


def _build_cores(phrases: Phrases) -> dict[str, re.Pattern[str]]:
    return {
        key: re.compile(r"(?<![\w-])" + alternation(words) + r"(?![\w-])")
        for key, words in phrases.cores().items()
    }


def _visit_country(view: DocumentView, mentions: list[Mention]) -> list[Mention]:
    """A session told of "during the visit" with no place is in the country visited.

    "Tổng Bí thư … sẽ thăm cấp Nhà nước tới Lào …. Trong thời gian ở thăm, Tổng Bí thư sẽ …
    đồng chủ trì Cuộc gặp cấp cao …", "… official visit to Vietnam …. During the visit, the
    Lao PM will co-chair the 46th meeting": when the article's trips all go to one country,
    a session named in a sentence that speaks of the trip, and placed nowhere, is there —
    one still to come only when the sentence says it is what someone does there (a purpose
    verb: "co-chair", "đồng chủ trì", "attend"), not one agreed on the trip.
    """
    if not any(isinstance(m, SessionMention) and m.place is None for m in mentions):
        return mentions
    body = view.body
    trips = active().pattern("places", "destination")
    waiting = []
    spans: list[When] | None = None
    for i, m in enumerate(mentions):
        if not isinstance(m, SessionMention) or m.place is not None:
            continue
        if m.evidence.end > len(body.original):
            continue
        first = body.view_offset(m.evidence.start)
        last = body.view_offset(max(m.evidence.start, m.evidence.end - 1)) + 1
        if trips.search(body.toneless, first, last) is None:
            if spans is None:
                spans = list(_visit_spans(view))
            if not _on_a_visit_day(m.date, spans):
                continue  # its sentence speaks of no trip, nor is it dated on one
        if m.status is Status.PLANNED and not _p("status", "purpose").search(
            body.toneless, first, last
        ):
            continue  # "During the visit, the two sides agreed to hold the 48th …": not on it
        waiting.append(i)
    if not waiting:
        return mentions
    whole = Sentence(0, view.body.original, view.body)  # one pass, nothing folded again
    countries = set(visit_countries(whole, view))
    if len(countries) != 1 or not countries <= set(view.catalogue.members()):
        return mentions  # trips to two countries, or to a third one: no member session's place
    (country,) = countries
    found = list(mentions)
    for i in waiting:
        m = found[i]
        assert isinstance(m, SessionMention)  # noqa: S101 (chosen so above)
        found[i] = attrs.evolve(
            m,
            place=Place(country=country),
            derivation=(*m.derivation, Derivation.of(Rule.VISIT_COUNTRY, country=country)),
        )
    return found


def _on_a_visit_day(when: When | None, spans: list[When]) -> bool:
    """Whether a session's own day lies inside the days of a visit the article dates.

    "The 48th meeting … is co-chaired by … on December 3. … following PM Chinh's working
    visit to Laos on December 2–3": the session took place on the visit, so in Laos.
    """
    if when is None:
        return False
    for span in spans:
        if (
            when.window is not None
            and when.window.is_day
            and span.window is not None
            and span.window.contains(when.window)
        ):
            return True
        day, first, last = (
            _month_day(when.month_day),
            _month_day(span.month_day),
            _month_day(span.month_day_end),
        )
        if when.month_day_end is None and day and first and last and first <= day <= last:
            return True
    return False


def _visit_dates(view: DocumentView, mentions: list[Mention]) -> list[Mention]:
    """A session held on a visit lies within the visit's days, never all of them.

    "… thăm cấp Nhà nước tới Lào từ ngày 1-2/12/2025. … Trong thời gian ở thăm, Tổng Bí
    thư sẽ … đồng chủ trì Cuộc gặp cấp cao …", "… will pay an official visit to Vietnam from
    January 6-7 …. During the visit, the Lao PM will co-chair the 46th meeting": a session
    with no date of its own, told in a sentence of the trip, takes the visit's span, when the
    article dates its visits by one span of two to seven days. A session whose sentence
    gave it the visit's span ("… official visit to Vietnam and co-chairing the 46th session
    … from January 6-7") is somewhere in it: a window, or, with the year open, no date of
    its own where another mention of it states a day inside the span ("On January 7 …").
    """
    sessions = [
        (i, m)
        for i, m in enumerate(mentions)
        if isinstance(m, SessionMention) and m.evidence.end <= len(view.body.original)
    ]
    if not any(m.date is None or _is_span(m.date) for _, m in sessions):
        return mentions
    spans = _visit_spans(view)
    if not spans:
        return mentions
    found = list(mentions)
    undated: set[int] = set()  # the visit's span taken away: not to be given back
    for i, m in sessions:
        if m.date is None:
            continue
        key = _when_key(m.date)
        expr = next((e for w, e in spans.items() if _when_key(w) == key), None)
        if expr is None:
            continue
        note = Derivation.of(
            Rule.VISIT_WINDOW, date=m.date.format_iso(), expression=repr(expr.text)
        )
        if m.date.window is not None:
            window = DateWindow(m.date.window.earliest, m.date.window.latest, Precision.WINDOW)
            found[i] = attrs.evolve(
                m, date=When.of(window, m.date.part_of_day), derivation=(*m.derivation, note)
            )
        elif _day_stated_within(m, m.date, [x for _, x in sessions]):
            found[i] = attrs.evolve(m, date=None, derivation=(*m.derivation, note))
            undated.add(i)
    body = view.body
    trips = active().pattern("places", "destination")
    waiting = [
        i
        for i, m in sessions
        if m.date is None
        and i not in undated
        and trips.search(
            body.toneless,
            body.view_offset(m.evidence.start),
            body.view_offset(max(m.evidence.start, m.evidence.end - 1)) + 1,
        )
    ]
    if not waiting or len(spans) != 1:
        return found
    ((when, expr),) = spans.items()
    if when.window is not None:  # somewhere in the span, not all of it
        window = when.window
        when = When.of(DateWindow(window.earliest, window.latest, Precision.WINDOW))
    note = Derivation.of(Rule.VISIT_WINDOW, date=when.format_iso(), expression=repr(expr.text))
    for i in waiting:
        waiting_one = found[i]
        assert isinstance(waiting_one, SessionMention)  # noqa: S101 (chosen so above)
        if when.window is None and _day_stated_within(waiting_one, when, [x for _, x in sessions]):
            continue  # its day is stated: the open-year span would only hide it
        found[i] = attrs.evolve(waiting_one, date=when, derivation=(*waiting_one.derivation, note))
    return found


def _when_key(when: When) -> tuple[object, ...]:
    return (when.window, when.month_day, when.month_day_end)


def _is_span(when: When) -> bool:
    """Whether a date is a span of days (a visit's, perhaps) rather than one day or more."""
    if when.window is not None:
        return when.window.precision is Precision.DAYS
    return when.month_day_end is not None


def _day_stated_within(mention: SessionMention, span: When, sessions: list[SessionMention]) -> bool:
    """Whether another mention of the same session states an open-year day inside ``span``."""
    first, last = _month_day(span.month_day), _month_day(span.month_day_end)
    if first is None or last is None or mention.ordinal is None:
        return False
    for other in sessions:
        if (other.series, other.ordinal) != (mention.series, mention.ordinal):
            continue
        when = other.date
        if when is None or when.window is not None or when.month_day_end is not None:
            continue
        day = _month_day(when.month_day)
        if day is not None and first <= day <= last:
            return True
    return False


def _visit_spans(view: DocumentView) -> dict[When, DateExpression]:
    """The spans of days (two to seven) the article gives its visits, by their date."""
    body = view.body
    visits = _p("events", "visit")
    spans: dict[When, DateExpression] = {}
    for expr in view.all_dates:
        if expr.kind != "range":
            continue
        start = body.view_offset(expr.start)
        before = body.toneless[max(0, start - 160) : start]
        stop = max(before.rfind(". "), before.rfind("\n"))
        if not visits.search(before, stop + 1):
            continue
        # the year nearest the published date: a visit is told of as it comes and as it ends
        # ("sẽ thăm … từ ngày 4-6/12" in an article of 30/11 is this December's)
        when, _ = resolve(expr, view.anchor, Tense.UNKNOWN, None, nearest=True)
        if when is None:
            continue
        if when.window is not None:
            days = when.window.days
        elif (first := _month_day(when.month_day)) and (last := _month_day(when.month_day_end)):
            days = (last - first).days + 1  # an open year: a span inside one leap year
        else:
            continue
        if 2 <= days <= 7:
            spans.setdefault(when, expr)
    return spans


def _month_day(value: PartialDate | None) -> date | None:
    """A day of the year as a day of 2000 (a leap year), for counting the days of a span."""
    if value is None or value.month is None or value.day is None:
        return None
    return date(2000, value.month, value.day)


# The rules by which a date got its year: a mention dated so also says how the document's
# own year was found.
_YEAR_RULES = frozenset(
    (
        Rule.DATE_REFERENCE_YEAR,
        Rule.DATE_IN_RANGE,
        Rule.DATE_AFTER_DATED,
        Rule.DATE_COORDINATED,
        Rule.DATE_PUBLISHED_QUARTER,
        Rule.DATE_NEAREST_YEAR,
        Rule.DATE_PUBLISHED_YEAR,
        Rule.DATE_CONTENT_MONTHS,
        Rule.DATE_CONTENT_SAME_PERIOD,
        Rule.DATE_CONTENT_LISTED,
        Rule.DATE_CONTENT_PAST_YEAR,
        Rule.DATE_NO_YEAR,
        Rule.DATE_MONTH_NO_YEAR,
        Rule.NOTE,
    )
)


def extract_all(
    documents: Iterable[Document],
    catalogue: Catalogue | None = None,
    *,
    phrases: Phrases | None = None,
) -> Iterator[Mention]:
    """Extract mentions from many documents, one document at a time (streaming).

    >>> from vnlao_events import bundled_seeds
    >>> from vnlao_events import EventMention
    >>> sum(1 for m in extract_all(bundled_seeds()) if isinstance(m, EventMention)) > 0
    True
    """
    cat = catalogue or Catalogue.default()
    for document in documents:
        yield from extract(document, cat, phrases=phrases)
