"""Tense and status of a mention: held, planned, or open.

Planned: "sẽ", "dự kiến", "agreed to hold", "will be held", "slated", "expected to take
place", and a session named right after "preparations for", "chuẩn bị (tốt) cho";
a bare "co-chair"/"hold" after "to", "will" is still to come. Held: "đã diễn ra", "was
held", "co-chaired", "co-chairing", a session named right after "results of", "commitments
made at", "kết quả"; "đã" covers verbs coordinated after it ("đã hội đàm và đồng chủ
trì"). Vietnamese verbs alone ("diễn ra", "đồng chủ trì") carry no tense.

>>> from vnlao_events.extract.sentences import Sentence
>>> s = Sentence.of(0, "the two sides agreed on preparations for the 43rd meeting")
>>> tense(s, 45, 57)
(<Tense.FUTURE: 'future'>, False)
"""

from __future__ import annotations

import re

from .._dates import PartialDate, When
from .._model import Status
from .._temporal import Tense, _vi
from .phrases import Phrases, active, alternation
from .sentences import Sentence

__all__ = ["framed", "status_of", "tense"]


# After a mention: "… the 38th session scheduled for …", "… will be held …".
def _after_planned() -> re.Pattern[str]:
    return active().memo("status._after_planned", _build_after_planned)


def _build_after_planned(phrases: Phrases) -> re.Pattern[str]:
    cues = alternation([*phrases.words("status", "planned"), "will"])
    return re.compile(r"(?<![\w-])" + cues + r"(?![\w-])")


def _planned_after(sentence: Sentence, end: int, stop: int) -> bool:
    """A planned cue after the mention: "… the 33rd meeting will be held".

    The cue is within eight words, or it is the first verb after a long subject the mention
    heads ("The tenth consultation between the two ministries at deputy-minister level will
    take place …", "Tham khảo … giữa Bộ Ngoại giao hai nước cấp Thứ trưởng sẽ diễn ra …"):
    up to twenty words with no clause mark and no other verb between.
    """
    cue = sentence.cue(_after_planned(), end, stop)
    if cue is None:
        return False
    gap = sentence.view[end : cue.start()]
    if re.fullmatch(r"\W*(?:[\w-]+\s+){0,8}?", gap) is not None:
        return True
    return (
        re.fullmatch(r"\W*(?:[\w-]+\s+){0,20}?", gap) is not None
        and not re.search(r"[,;:.()]", gap)
        and _verbs().search(gap) is None
    )


def _verbs() -> re.Pattern[str]:
    return active().memo("status._verbs", _build_verbs)


def _build_verbs(phrases: Phrases) -> re.Pattern[str]:
    """Verbs that would give a clause of its own between a subject and a later cue."""
    kinds = ("held", "held_weak", "past", "results")
    words = [w for kind in kinds for w in phrases.words("status", kind)]
    words += phrases.words("people", "participate")
    return re.compile(r"(?<![\w-])" + alternation(words) + r"(?![\w-])")


_NEXT_NEAR = re.compile(r"\bnext\b|" + _vi(r"\btiếp theo\b"))
_PRESENT_VERB = frozenset({"co-chair", "hold", "convene", "cochair"})


def _p(section: str, kind: str) -> re.Pattern[str]:
    return active().pattern(section, kind)


def _infinitive_before() -> re.Pattern[str]:
    return active().memo("status._infinitive_before", _build_infinitive_before)


def _build_infinitive_before(phrases: Phrases) -> re.Pattern[str]:
    words = phrases.words("status", "infinitive")
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + body + r")\b(?:\s+[\w-]+){0,4}\s*$")


def _governs(cue: re.Match[str] | None, view: str, start: int, reach: int) -> bool:
    """Whether a cue before a mention reaches it: close, in the same clause."""
    if cue is None:
        return False
    gap = view[cue.end() : start]
    return len(gap) <= reach and not re.search(r"[;.:]", gap)


def _last_cue(
    sentence: Sentence, pattern: re.Pattern[str], start: int, end: int
) -> re.Match[str] | None:
    """The last tone-checked cue inside ``start..end``."""
    found = None
    position = start
    while (match := sentence.cue(pattern, position, end)) is not None:
        found = match
        position = max(match.end(), match.start() + 1)
    return found


def framed(sentence: Sentence, start: int) -> bool:
    """Whether a strong event frame reaches the mention at ``start`` ("co-chaired a …")."""
    view = sentence.view
    cue = _last_cue(sentence, _p("status", "event_frames"), max(0, start - 80), start)
    if _governs(cue, view, start, 60):
        return True
    clause_end = min((i for i in (view.find(";", start), len(view)) if i >= 0), default=len(view))
    after = _p("status", "held").search(view, start, min(clause_end, start + 120))
    return after is not None and after.group() in ("was held", "were held", "took place")


def tense(sentence: Sentence, start: int, end: int) -> tuple[Tense, bool]:
    """The tense of a mention at ``start..end`` and whether the held cue is strong."""
    view = sentence.view
    clause_start = max(view.rfind(";", 0, start), 0)
    clause_end = view.find(";", end)
    clause_end = len(view) if clause_end < 0 else clause_end
    window = max(clause_start, start - 120)
    preparing = _last_cue(sentence, _p("status", "preparing"), window, start)
    results = _last_cue(sentence, _p("status", "results"), window, start)
    if preparing is not None or results is not None:
        nearest = max((c for c in (preparing, results) if c is not None), key=lambda c: c.start())
        if (
            preparing is not None
            and results is not None
            and results.start() <= preparing.start() < results.end()
        ):
            nearest = results  # "đã tổ chức thành công": the longer cue holds the shorter
        planned_between = _last_cue(sentence, _p("status", "planned"), nearest.end(), start)
        if _governs(nearest, view, start, 110) and planned_between is None:
            return (Tense.FUTURE, False) if nearest is preparing else (Tense.PAST, True)
    if sentence.cue(_p("status", "planned"), max(clause_start, start - 80), start) or (
        _planned_after(sentence, end, min(clause_end, end + 200))
    ):
        return Tense.FUTURE, False
    if _NEXT_NEAR.search(view[max(0, start - 20) : end + 20]):
        return Tense.FUTURE, False
    clause = view[clause_start:clause_end]
    held = list(_p("status", "held").finditer(clause))
    bare = [
        m
        for m in held
        if m.group() in _PRESENT_VERB
        and _infinitive_before().search(clause[max(0, m.start() - 40) : m.start()])
    ]
    if held and len(bare) == len(held):
        return Tense.FUTURE, False  # "invited to co-chair", "will hold": still to come
    if held:
        return Tense.PAST, True
    weak = _p("status", "held_weak").search(clause)
    if weak is not None:
        before = clause[max(0, weak.start() - 50) : weak.start()]
        past = sentence.cue(_p("status", "past"), clause_start + max(0, weak.start() - 50),
                            clause_start + weak.start())  # fmt: skip
        if past is not None and re.search(_vi(r"\bvà\b"), before):
            return Tense.PAST, True  # "đã hội đàm và đồng chủ trì": "đã" covers both verbs
    return Tense.UNKNOWN, False


def status_of(
    tense_: Tense, strong: bool, when: When | None, published: PartialDate | None
) -> Status | None:
    """The status a tense, a held cue and a date give, against the published date."""
    if tense_ is Tense.FUTURE:
        return Status.PLANNED
    if strong:
        return Status.HELD
    if when is not None and when.window is not None and published is not None:
        earliest, latest = published.earliest, published.latest
        assert earliest is not None and latest is not None  # noqa: S101
        if when.window.latest < earliest:
            return Status.HELD
        if when.window.earliest > latest:
            return Status.PLANNED
        return Status.HELD_OR_PLANNED
    return None
