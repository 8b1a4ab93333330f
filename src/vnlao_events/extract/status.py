"""Tense and status of a mention: held, planned, or open.

Planned: "sẽ", "dự kiến", "agreed to hold", "will be held", "slated", "expected to take
place", and a session named right after "preparations for", "chuẩn bị (tốt) cho";
a bare "co-chair"/"hold" after "to", "will" is still to come. Held: "đã diễn ra", "was
held", "co-chaired", "co-chairing", a session named right after "results of", "commitments
made at", "kết quả"; "đã" covers verbs coordinated after it ("đã hội đàm và đồng chủ
trì"). Vietnamese verbs alone ("diễn ra", "đồng chủ trì") carry no tense; what the sides
agreed at it, told in its sentence or the next ("… diễn ra Cuộc họp …. Hai bên nhất trí …"),
says it was held, as does a past main verb around "during/at the Nth meeting". A planned cue
with a session of its own as object ("…, agreeing to organise the 31st meeting") says
nothing of the session before it. A session that is what a trip is for ("thăm chính thức
Việt Nam, kết hợp đồng chủ trì Kỳ họp …", "arrived … to attend the 11th workshop") is seen
from the arrival: still to come in an article published on the arrival day.

>>> from vnlao_events.extract.sentences import Sentence
>>> s = Sentence.of(0, "the two sides agreed on preparations for the 43rd meeting")
>>> tense(s, 45, 57)
(<Tense.FUTURE: 'future'>, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from .._dates import DateWindow, PartialDate, When
from .._model import Status
from .._temporal import Tense, vi_re
from .context import DocumentView
from .phrases import Phrases, active, alternation, word_alternation
from .places import as_written
from .sentences import Sentence, caption_credit

__all__ = [
    "as_of_arrival",
    "done_during",
    "framed",
    "on_trip",
    "prepared",
    "purpose",
    "referred",
    "reported_outcome",
    "status_of",
    "tense",
]


# After a mention: "… the 38th session scheduled for …", "… will be held …".
def _after_planned() -> re.Pattern[str]:
    return active().memo("status._after_planned", _build_after_planned)


def _build_after_planned(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(word_alternation([*phrases.words("status", "planned"), "will"]))


Spans = tuple[tuple[int, int], ...]


def _object() -> re.Pattern[str]:
    return active().memo("status._object", _build_object)


def _build_object(phrases: Phrases) -> re.Pattern[str]:
    # "agreed to hold the 31st meeting", "nhất trí tổ chức Cuộc họp lần thứ 31": a session
    articles = alternation(phrases.words("places", "articles"))
    heads = alternation(phrases.words("mechanisms", "heads"))
    return re.compile(r"\s*(?:" + articles + r"\s+)?(?:[\w-]+\s+){0,2}?" + heads + r"(?![\w-])")


def _other_object(text: str, verb: re.Match[str], start: int) -> bool:
    """Whether a verb's object is a session other than the one at ``start``."""
    found = _object().match(text, verb.end())
    return found is not None and not verb.end() <= start < found.end()


def _other_thing(text: str, verb: re.Match[str], start: int) -> bool:
    """Whether a held verb that takes an object has one other than the session at ``start``.

    Before the session, the session must be its object ("attended the 10th workshop", not
    "attended the ASEAN Summit before the 46th meeting"); after it, an object that opens
    with an article or "new" is another thing ("the 46th meeting opens new chances").

    >>> s = "The 46th meeting opens new chances"
    >>> _other_thing(s, re.search("opens", s), 0)
    True
    >>> s = "He attended the ASEAN Summit before the 46th meeting"
    >>> _other_thing(s, re.search("attended", s), s.index("the 46th"))
    True
    """
    if not _p("status", "object_verbs").fullmatch(verb.group()):
        return False
    if verb.end() <= start:
        return re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", text[verb.end() : start]) is None
    spaced = text[verb.end() : verb.end() + 1] == " "
    return spaced and _p("status", "not_object").match(text, verb.end() + 1) is not None


def _owned(cue: re.Match[str], others: Spans) -> bool:
    """Whether a cue has another session as its object: "agreeing to organise the 31st …"."""
    if any(0 <= o_start - cue.end() <= 30 for o_start, _ in others):
        return True
    # A verb phrase ("agreed to hold") takes an object; an auxiliary ("sẽ", "will") does not.
    return len(cue.group().split()) > 1 and _object().match(cue.string, cue.end()) is not None


def _planned_after(sentence: Sentence, end: int, stop: int, others: Spans = ()) -> bool:
    """A planned cue after the mention: "… the 33rd meeting will be held".

    The cue is within eight words, or it is the first verb after a long subject the mention
    heads ("The tenth consultation between the two ministries at deputy-minister level will
    take place …", "Tham khảo … giữa Bộ Ngoại giao hai nước cấp Thứ trưởng sẽ diễn ra …"):
    up to thirty words in 160 characters with no clause mark and no other verb between.
    """
    return _predicate(sentence, _after_planned(), end, stop, others) is not None


def predicate_after(sentence: Sentence, end: int, stop: int) -> re.Match[str] | None:
    """The verb of the mention ending at ``end`` when it is the subject, before ``stop``.

    A planned or held cue after the mention, in the reach of :func:`_planned_after`: what
    follows that verb in its clause is said of the session ("… between the Communist Party
    of Vietnam and the Lao People's Revolutionary Party will take place in 2025").

    >>> s = Sentence.of(0, "The 11th workshop between the two Parties will take place in 2025.")
    >>> predicate_after(s, 17, 60).group()
    'will take place'
    """
    for pattern in (_after_planned(), _p("status", "held")):
        verb = _predicate(sentence, pattern, end, stop)
        if verb is not None:
            return verb
    return None


def _predicate(
    sentence: Sentence, pattern: re.Pattern[str], end: int, stop: int, others: Spans = ()
) -> re.Match[str] | None:
    cue = sentence.cue(pattern, end, stop)
    if cue is None or _owned(cue, others):
        return None
    if any(end <= o_start < cue.start() for o_start, _ in others):
        return None  # "the 30th …, and the 31st will be held": the cue is the nearer one's
    gap = sentence.view[end : cue.start()]
    if _SHORT_SUBJECT.fullmatch(gap) is not None:
        return cue
    if (
        len(gap) <= _LONG_SUBJECT_CHARS
        and _LONG_SUBJECT.fullmatch(gap) is not None
        and not re.search(r"[,;:.()]", gap)
        and _verbs().search(gap) is None
    ):
        return cue
    return None


_SHORT_SUBJECT = re.compile(r"\W*(?:[\w'’-]+\s+){0,8}?")
# a long subject: up to thirty words (Vietnamese syllables are words) in 160 characters
_LONG_SUBJECT = re.compile(r"\W*(?:[\w'’-]+\s+){0,30}?")
_LONG_SUBJECT_CHARS = 160


def _verbs() -> re.Pattern[str]:
    return active().memo("status._verbs", _build_verbs)


def _build_verbs(phrases: Phrases) -> re.Pattern[str]:
    """Verbs that would give a clause of its own between a subject and a later cue."""
    kinds = ("held", "held_weak", "past", "results")
    words = [w for kind in kinds for w in phrases.words("status", kind)]
    words += phrases.words("people", "participate")
    return re.compile(word_alternation(words))


_SIMPLE_PAST = re.compile(r"\s+(?:also\s+)?[a-z]{3,}ed\s+(?!(?:to|by|for|in|at|on)\b)[a-z]")
_NEXT_NEAR = re.compile(r"\bnext\b|" + vi_re(r"\btiếp theo\b"))
_PRESENT_VERB = frozenset({"co-chair", "hold", "convene", "cochair"})
_PRESENT_RE = re.compile(r"(?<![\w-])(?:co-?chair|hold|convene)(?![\w-])")


def _p(section: str, name: str) -> re.Pattern[str]:
    return active().pattern(section, name)


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


def _carried_out(sentence: Sentence, record: re.Match[str]) -> bool:
    """Whether a session's record is what a verb of carrying out takes: the session was held.

    Minutes are drafted before a session and signed at it ("xây dựng … Biên bản Kỳ họp lần
    thứ 47", "agreed on the drafts of … the minutes of the 47th meeting"); only carrying
    them out ("thực hiện Hiệp định … và Biên bản cuộc họp lần thứ 28", "implementing the
    minutes of the 28th meeting") tells a session past. The verb is in the record's clause.

    >>> s = Sentence.of(0, "Hai bên kiểm điểm việc thực hiện Biên bản Cuộc họp lần thứ 28.")
    >>> _carried_out(s, s.cue(_p("status", "records")))
    True
    """
    before = max(0, record.start() - 160)
    verb = _last_cue(sentence, _p("status", "carry_out"), before, record.start())
    return verb is not None and not re.search(
        r"[;.:()]", sentence.view[verb.end() : record.start()]
    )


def _last_cue(
    sentence: Sentence, pattern: re.Pattern[str], start: int, end: int
) -> re.Match[str] | None:
    """The last tone-checked cue inside ``start..end``."""
    return sentence.last_cue(pattern, start, end)


def prepared(sentence: Sentence, start: int) -> bool:
    """Whether the mention at ``start`` is what a preparation is for ("Hội nghị chuẩn bị cho …").

    The sentence's place and date before it are the preparation's: "Chiều 12/11, tại thủ đô
    Vientiane, diễn ra Hội nghị chuẩn bị cho Kỳ họp lần thứ 47 …".

    >>> prepared(Sentence.of(0, "Hội nghị chuẩn bị cho Kỳ họp lần thứ 47."), 22)
    True
    """
    window = max(0, start - 110)
    cue = _last_cue(sentence, _p("status", "preparing"), window, start)
    if cue is None or not _governs(cue, sentence.view, start, 110):
        return False
    results = _last_cue(sentence, _p("status", "results"), window, start)
    return results is None or not results.start() <= cue.start() < results.end()


def referred(sentence: Sentence, start: int) -> bool:
    """Whether the mention at ``start`` is what a results cue refers back to.

    "đánh giá kết quả … biên bản cuộc họp lần thứ 24", "the results of the 9th
    consultation": a past session named in passing, not the one the article reports.

    >>> referred(Sentence.of(0, "Hai bên đánh giá kết quả Kỳ họp lần thứ 44."), 25)
    True
    >>> referred(Sentence.of(0, "Kỳ họp lần thứ 44 đã diễn ra."), 0)
    False
    """
    cue = _last_cue(sentence, _p("status", "results"), max(0, start - 110), start)
    return _governs(cue, sentence.view, start, 110)


def framed(sentence: Sentence, start: int, *, happened: bool = False) -> bool:
    """Whether a strong event frame reaches the mention at ``start`` ("co-chaired a …").

    With ``happened``, only a frame saying the session took place counts ("co-chaired",
    "successfully held", "đã tổ chức thành công"), not one that refers to it ("results of",
    "preparations for").
    """
    view = sentence.view
    cue = _last_cue(sentence, _p("status", "event_frames"), max(0, start - 80), start)
    if happened and cue is not None and _p("status", "referring").fullmatch(cue.group()):
        cue = None
    if _governs(cue, view, start, 60):
        return True
    clause_end = min((i for i in (view.find(";", start), len(view)) if i >= 0), default=len(view))
    after = _p("status", "held_after").search(view, start, min(clause_end, start + 120))
    return after is not None


@attrs.frozen
class _Clause:
    """What a clause says, found once whichever of its mentions asks.

    Its held cues, whether a present verb may give one of them to another session, and
    which of them are bare infinitives.
    """

    held: tuple[re.Match[str], ...]
    present: bool
    bare: frozenset[int]  # the starts of held cues after "to", "invited to", "sẽ"…


_LAST_CLAUSE: list[tuple[Sentence, int, int, _Clause]] = []


def _clause(sentence: Sentence, clause_start: int, clause_end: int) -> _Clause:
    """The held cues of a clause, found once for all the mentions of the clause."""
    last = _LAST_CLAUSE[-1] if _LAST_CLAUSE else None  # one read: safe beside other threads
    if last is not None and last[0] is sentence and last[1:3] == (clause_start, clause_end):
        return last[3]
    clause = sentence.view[clause_start:clause_end]
    habit = active().memo("status._habitual", _build_habitual)
    held = tuple(
        m
        for m in _p("status", "held").finditer(clause)
        # "under the co-chair of X": a noun after its article tells no tense
        if _ARTICLE_BEFORE.search(clause, max(0, m.start() - 5), m.start()) is None
        # "the conference …, held annually between the two ministries": the series' habit
        and habit.match(clause, m.end()) is None
    )
    bare = frozenset(
        m.start()
        for m in held
        if (
            m.group() in _PRESENT_VERB
            and _infinitive_before().search(clause[max(0, m.start() - 40) : m.start()])
        )
        # "…, to be held in Vientiane": a participle after "to be" is still to be done
        or _TO_BE.search(clause, max(0, m.start() - 12), m.start()) is not None
    )
    found = _Clause(held=held, present=_PRESENT_RE.search(clause) is not None, bare=bare)
    _LAST_CLAUSE[:] = [(sentence, clause_start, clause_end, found)]
    return found


def _build_habitual(phrases: Phrases) -> re.Pattern[str]:
    words = phrases.words("status", "habitual")
    return re.compile(r"\s+" + word_alternation(words)) if words else re.compile(r"(?!)")


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+$")
_TO_BE = re.compile(r"(?<![\w-])(?:to|will|shall)\s+be\s+$")


def _postponed(sentence: Sentence, start: int, end: int, clause_end: int) -> bool:
    r"""Whether the mention at ``start..end`` is put off, and not said to have taken place.

    The cue is the mention's predicate ("The 11th consultation was postponed", "… đã bị hoãn
    sang năm 2025") or takes it as its object ("agreed to postpone the 11th consultation"); a
    held verb after it tells a session held after all ("…, postponed from 2020, took place in
    Hanoi").

    >>> s = Sentence.of(0, "The 11th consultation was postponed to 2025.")
    >>> _postponed(s, 4, 21, len(s.view))
    True
    >>> s = Sentence.of(0, "The 11th consultation, postponed from 2020, took place in Hanoi.")
    >>> _postponed(s, 4, 21, len(s.view))
    False
    """
    pattern = _p("status", "postponed")
    cue = sentence.cue(pattern, end, min(clause_end, end + 40))
    if cue is None:
        cue = sentence.last_cue(pattern, max(0, start - 30), start)
        if cue is None or _p("status", "held").search(sentence.view, cue.end(), start):
            return False
    return _p("status", "held").search(sentence.view, cue.end(), clause_end) is None


def tense(sentence: Sentence, start: int, end: int, others: Spans = ()) -> tuple[Tense, bool]:
    """The tense of a mention at ``start..end`` and whether the held cue is strong.

    ``others`` are the spans of the sentence's other session mentions: a cue that has one of
    them as its object is that one's.
    """
    view = sentence.view
    clause_start = max(view.rfind(";", 0, start), 0)
    clause_end = view.find(";", end)
    clause_end = len(view) if clause_end < 0 else clause_end
    window = max(clause_start, start - 120)
    if _postponed(sentence, start, end, clause_end):
        return Tense.FUTURE, False  # "… lần thứ 11 đã bị hoãn sang năm 2025": still to come
    preparing = _last_cue(sentence, _p("status", "preparing"), window, start)
    results = _last_cue(sentence, _p("status", "results"), window, start)
    record = _last_cue(sentence, _p("status", "records"), window, start)
    if record is not None and preparing is not None and preparing.end() >= record.end():
        record = None  # "dự thảo Biên bản", "draft minutes of": drafted ahead of the session
    if (
        record is not None
        and (results is None or record.start() > results.start())
        and _carried_out(sentence, record)
    ):
        results = record  # "thực hiện … Biên bản cuộc họp thường niên lần thứ 28": held
    if preparing is not None or results is not None:
        nearest = max((c for c in (preparing, results) if c is not None), key=lambda c: c.start())
        if (
            preparing is not None
            and results is not None
            and results.start() <= preparing.start() < results.end()
        ):
            nearest = results  # "đã tổ chức thành công": the longer cue holds the shorter
        planned_between = _last_cue(sentence, _p("status", "planned"), nearest.end(), start)
        own_clause = (  # "the outcomes of the talks …, saying the 11th workshop will …"
            "," in view[nearest.end() : start]
            and _planned_after(sentence, end, min(clause_end, end + 200), others)
        )
        if _governs(nearest, view, start, 110) and planned_between is None and not own_clause:
            if nearest is preparing and _past_achieved(sentence, preparing, clause_start):
                return Tense.PAST, True  # "đã phối hợp … và tổ chức thành công … lần thứ 9"
            return (Tense.FUTURE, False) if nearest is preparing else (Tense.PAST, True)
    planned = sentence.cue(_p("status", "planned"), max(clause_start, start - 80), start)
    if planned is not None and any(planned.end() <= o_start < start for o_start, _ in others):
        planned = None  # "agreed to hold the 31st … during the 30th": the cue is the 31st's
    if planned is not None and past_after_break(sentence, planned.end(), start):
        planned = None  # "Hai Thủ tướng, những người dự kiến thăm Nhật Bản, đã đồng chủ trì …"
    if planned is not None or _planned_after(sentence, end, min(clause_end, end + 200), others):
        return Tense.FUTURE, False
    if _NEXT_NEAR.search(view[max(0, start - 20) : end + 20]):
        return Tense.FUTURE, False
    if _wished(sentence, end):
        return Tense.FUTURE, False  # "tin tưởng hội thảo … sẽ thành công tốt đẹp"
    if _agreed_coordinated(sentence, start, clause_start):
        return Tense.FUTURE, False  # "agreed to enhance coordination …, and organise the sixth"
    if _held_right_after(sentence, end, clause_end, others):
        return Tense.PAST, True  # "tại Kỳ họp lần thứ 46 vừa qua", "… took place in Hanoi"
    clause = view[clause_start:clause_end]
    cues = _clause(sentence, clause_start, clause_end)
    held = list(cues.held)
    if cues.present:  # "…, agreeing to hold the 31st meeting": the 31st's verb
        held = [
            m
            for m in held
            if not (m.group() in _PRESENT_VERB and _other_object(clause, m, start - clause_start))
        ]
    held = [m for m in held if not _other_thing(clause, m, start - clause_start)]
    if held and all(m.start() in cues.bare for m in held):
        return Tense.FUTURE, False  # "invited to co-chair", "will hold": still to come
    if held:
        return Tense.PAST, True
    if _past_verb_before(sentence, start):
        return Tense.PAST, True  # "X và Y đã chủ trì Cuộc họp …": "đã" right before its verb
    if _future_coordinated(sentence, start, clause_start):
        return Tense.FUTURE, False  # "sẽ dự Lễ kỷ niệm … và đồng chủ trì Cuộc gặp …"
    if _invited_to(sentence, start, clause_start):
        return Tense.FUTURE, False  # "X mời Y thăm và đồng chủ trì Tham vấn …": to come
    weak = _p("status", "held_weak").search(clause)
    if weak is not None:
        before = clause[max(0, weak.start() - 50) : weak.start()]
        past = _covering_marker(
            sentence, clause_start + weak.start(), clause_start + max(0, weak.start() - 50)
        )
        if past is not None and re.search(vi_re(r"\bvà\b"), before):
            return Tense.PAST, True  # "đã hội đàm và đồng chủ trì": "đã" covers both verbs
        if _past_listed(sentence, clause_start + weak.start(), clause_start):
            return Tense.PAST, True  # "đã thăm chính thức Việt Nam …, đồng chủ trì Tham vấn …"
        if _past_item(sentence, clause_start, clause_start + weak.start()):
            return Tense.PAST, True  # "đã dự Cuộc họp …; cùng Thủ tướng Lào Y đồng chủ trì …"
    if _during(sentence, start, clause_start, clause_end):
        return Tense.PAST, True  # "officials agreed … during their 26th annual meeting"
    if spoken_at(sentence, start, clause_end):
        return Tense.PAST, True  # "Phát biểu tại Kỳ họp lần thứ 45, Thủ tướng nhấn mạnh …"
    if purpose(sentence, start, infinitive=True):
        return Tense.FUTURE, False  # "welcomed the delegation … to attend the 10th workshop"
    if captioned(sentence):
        return Tense.PAST, True  # "An overview of the seventh consultation (Photo: VNA)"
    return Tense.UNKNOWN, False


def captioned(sentence: Sentence) -> bool:
    """Whether a sentence is a photo caption: a photo credit ends it ("(Photo: VNA)").

    A session a caption names with no tense of its own was photographed: it took place.

    >>> captioned(Sentence.of(0, "An overview of the seventh consultation (Photo: VNA)"))
    True
    """
    credit = caption_credit(sentence.view)
    return credit is not None and not sentence.view[credit.end() :].strip(" .")


def past_after_break(sentence: Sentence, cue_end: int, start: int) -> bool:
    """Whether a comma and then a held cue or past marker stand between a cue and the session.

    The cue is then in a clause of its own, about something else: a planned cue ("những
    người dự kiến thăm Nhật Bản, đã đồng chủ trì …"), or an occasion frame whose own noun
    the comma ends ("Trong khuôn khổ chuyến thăm, hai Thủ tướng đã đồng chủ trì Kỳ họp …",
    "On the occasion of the visit, the two PMs co-chaired the 45th meeting").

    >>> text = "Hai Thủ tướng, những người dự kiến thăm Nhật Bản, đã đồng chủ trì Kỳ họp 45."
    >>> s = Sentence.of(0, text)
    >>> past_after_break(s, text.index("thăm"), text.index("Kỳ họp"))
    True
    """
    comma = sentence.view.rfind(",", cue_end, start)
    if comma < 0:
        return False
    return any(
        sentence.cue(_p("status", kind), comma, start) is not None for kind in ("held", "past")
    )


def told_past_after(sentence: Sentence, end: int) -> bool:
    """Whether the clause after the mention ending at ``end`` tells its main verb in the past.

    "Trong khuôn khổ chuyến công tác …, đồng chủ trì Kỳ họp 48 …, chiều 3/12, Thủ tướng đã
    hội kiến …": the frame's trip was under way when the main verb's act was done.

    >>> s = Sentence.of(0, "Nhân dịp dự Kỳ họp 48, chiều 3/12, Thủ tướng đã hội kiến Tổng Bí thư.")
    >>> told_past_after(s, 21)
    True
    >>> told_past_after(Sentence.of(0, "Nhân dịp dự Kỳ họp 48, Thủ tướng sẽ hội kiến."), 21)
    False
    """
    view = sentence.view
    stop = view.find(";", end)
    stop = len(view) if stop < 0 else stop
    past = min(
        (
            cue.start()
            for kind in ("past", "past_verbs")
            if (cue := sentence.cue(_p("status", kind), end, stop)) is not None
        ),
        default=None,
    )
    return past is not None and sentence.cue(_p("status", "planned"), end, past) is None


def _held_right_after(sentence: Sentence, end: int, stop: int, others: Spans) -> bool:
    """A held-after cue within four words after the mention, or a past verb it is subject of.

    "Kỳ họp lần thứ 46 vừa qua", "The 46th meeting … reviewed cooperation in 2023", "Kỳ họp
    lần thứ 46 … đã thông qua kế hoạch".

    >>> _held_right_after(Sentence.of(0, "Tại Kỳ họp lần thứ 46 vừa qua, hai bên ký."), 21, 40, ())
    True
    >>> _held_right_after(Sentence.of(0, "The 46th meeting adopted a plan."), 16, 31, ())
    True
    """
    view = sentence.view
    stop = min(stop, end + 40)
    cue = sentence.cue(_p("status", "held_after"), end, stop)
    if (
        cue is not None
        and not any(end <= o_start < cue.start() for o_start, _ in others)
        and re.fullmatch(r"\s*(?:[\w-]+\s+){0,4}?", view[end : cue.start()]) is not None
    ):
        return True
    verb = sentence.cue(_p("status", "past_verbs"), end, min(stop, end + 16))
    if verb is not None and re.fullmatch(r"\s*(?:[\w-]+\s+)?", view[end : verb.start()]):
        return True
    # an English simple past of any verb with the session as its subject ("The meeting also
    # identified directions …"): a regular past form right after the name, not a participle
    # that a preposition follows ("the meeting scheduled for …", "… chaired by …")
    return _SIMPLE_PAST.match(view, end, stop) is not None


def purpose_link(sentence: Sentence, start: int) -> re.Match[str] | None:
    """The purpose verb whose object is the mention at ``start`` ("to attend the …"), if any.

    >>> text = "They came on May 5 to attend the 10th workshop."
    >>> purpose_link(Sentence.of(0, text), text.index("the 10th")).group().strip()
    'attend'
    """
    return _frame_before(sentence, start, "purpose", _build_purpose)


def _frame_before(
    sentence: Sentence, start: int, kind: str, build: Callable[[Phrases], re.Pattern[str]]
) -> re.Match[str] | None:
    """A frame of ``[status].<kind>`` in the 40 characters before ``start``, as written."""
    frame = active().memo(f"status._{kind}", build).search(sentence.view, max(0, start - 40), start)
    if frame is None or not as_written(sentence, frame, "status", kind):
        return None
    return frame


def purpose(sentence: Sentence, start: int, *, infinitive: bool = False) -> bool:
    """Whether the mention at ``start`` is the object of a purpose verb ("to attend the …").

    With ``infinitive``, only when "to" or another infinitive marker stands before the verb:
    what someone comes to attend is still to come.

    >>> text = "They came to Hanoi to attend the 10th workshop."
    >>> purpose(Sentence.of(0, text), text.index("the 10th"))
    True
    >>> text = "Ông sang dự Hội thảo lý luận lần thứ 10."
    >>> purpose(Sentence.of(0, text), text.index("Hội thảo"), infinitive=True)
    False
    """
    view = sentence.view
    link = purpose_link(sentence, start)
    if link is None:
        return False
    if not infinitive:
        return True
    marker = active().memo("status._to_before", _build_to_before)
    return marker.search(view, max(0, link.start() - 12), link.start()) is not None


def _build_to_before(phrases: Phrases) -> re.Pattern[str]:
    words = [w for w in phrases.words("status", "infinitive") if w in ("to",)]
    return re.compile(r"(?<![\w-])" + alternation(words) + r"\s+$")


def _past_achieved(sentence: Sentence, cue: re.Match[str], clause_start: int) -> bool:
    """Whether a preparing cue that a past marker makes a result has one earlier in its clause.

    "tổ chức thành công" is still to come after "sẽ", "để", and done after "đã" ("đã tổ chức
    thành công" is a result cue): "hai bên đã phối hợp … tích cực chuẩn bị và tổ chức thành
    công 4 cuộc Hội thảo …" has it 150 characters before, with no planned cue between.

    >>> s = Sentence.of(0, "Hai bên đã phối hợp chặt chẽ và tổ chức thành công Hội thảo lần thứ 9.")
    >>> _past_achieved(s, _sentence_cue(s, "preparing"), 0)
    True
    """
    pasts = _past_markers_of(cue)
    if not pasts:
        return False
    window = max(clause_start, cue.start() - 160)
    past = _last_cue(sentence, _p("status", "past"), window, cue.start())
    if past is None or past.group() not in pasts:
        return False
    return _last_cue(sentence, _p("status", "planned"), past.end(), cue.start()) is None


def result_form_cue(sentence: Sentence, start: int) -> re.Match[str] | None:
    """The preparing cue that has a result form and governs the mention at ``start``.

    "tổ chức thành công" is also a result ("đã tổ chức thành công"): still to come after
    "sẽ", "để", "nhất trí", done in a past frame. No planned cue stands in its clause before
    it.

    >>> s = Sentence.of(0, "Năm qua, hai Bộ phối hợp tổ chức thành công Tham khảo lần thứ 9.")
    >>> result_form_cue(s, s.view.index("tham khao")).group()
    'tô chưc thanh công'
    >>> s = Sentence.of(0, "Hai bên nhất trí tổ chức thành công Kỳ họp lần thứ 45.")
    >>> result_form_cue(s, s.view.index("ky hop")) is None
    True
    """
    view = sentence.view
    cue = _last_cue(sentence, _p("status", "preparing"), max(0, start - 110), start)
    if cue is None or not _governs(cue, view, start, 110):
        return None
    if not _past_markers_of(cue):
        return None
    clause_start = max(view.rfind(";", 0, cue.start()), 0)
    planned = _last_cue(sentence, _p("status", "planned"), clause_start, cue.end())
    if planned is not None and planned.start() < cue.start():
        return None  # "nhất trí tổ chức thành công", "sẽ phối hợp tổ chức thành công"
    return cue


def past_frame(sentence: Sentence, end: int) -> bool:
    """Whether a past time frame ("Năm qua", "thời gian vừa qua") opens the clause before ``end``.

    >>> past_frame(Sentence.of(0, "Năm qua, hai Bộ phối hợp tổ chức thành công"), 40)
    True
    """
    clause_start = max(sentence.view.rfind(";", 0, end), 0)
    return _last_cue(sentence, _p("status", "past_frames"), clause_start, end) is not None


def _sentence_cue(sentence: Sentence, kind: str) -> re.Match[str] | None:
    """The first tone-checked cue of a status kind in a sentence (for examples and tests)."""
    return sentence.cue(_p("status", kind))


def _past_markers_of(cue: re.Match[str]) -> list[str]:
    """The past markers that make a preparing cue a result: "đã" of "đã tổ chức thành công"."""
    phrase = " ".join(cue.group().split())
    results = active().memo("status._result_forms", _build_result_forms)
    return [r[: -len(phrase)].strip() for r in results if r.endswith(" " + phrase)]


def _build_result_forms(phrases: Phrases) -> tuple[str, ...]:
    return tuple(" ".join(vi_re(w).lower().split()) for w in phrases.words("status", "results"))


def _verb_before(sentence: Sentence, start: int) -> re.Match[str] | None:
    """The tense-less verb whose object the mention at ``start`` is ("… chủ trì Kỳ họp …")."""
    found = _last_cue(sentence, _p("status", "held_weak"), max(0, start - 30), start)
    if found is None or sentence.view[found.end() : start].strip():
        return None
    return found


def _invited_to(sentence: Sentence, start: int, clause_start: int) -> bool:
    """Whether the mention's tense-less verb is what someone is invited to do.

    "Bộ trưởng X mời Bộ trưởng Ngoại giao Lào Y thăm và đồng chủ trì Tham vấn …": the verb of
    the invitation ("mời", not inside an ``[people].invitation`` phrase such as "theo lời mời
    của X") stands before the mention's verb in its clause, within 120 characters, with no
    past marker between.

    >>> text = "Bộ trưởng X mời Bộ trưởng Y thăm và đồng chủ trì Tham vấn lần thứ 10."
    >>> _invited_to(Sentence.of(0, text), text.index("Tham vấn"), 0)
    True
    >>> text = "Theo lời mời của X, Y đồng chủ trì Tham vấn lần thứ 10."
    >>> _invited_to(Sentence.of(0, text), text.index("Tham vấn"), 0)
    False
    """
    verb = _verb_before(sentence, start)
    if verb is None:
        return False
    window = max(clause_start, verb.start() - 120)
    invite = _last_cue(sentence, _p("status", "invite"), window, verb.start())
    if invite is None or re.search(r"[;.:]", sentence.view[invite.end() : verb.start()]):
        return False
    if any(
        m.start() <= invite.start() < m.end()
        for m in sentence.cues(active().pattern("people", "invitation"))
    ):
        return False  # "theo lời mời của X": the invitation the guest came at
    return _last_cue(sentence, _p("status", "past"), invite.end(), verb.start()) is None


def _past_verb_before(sentence: Sentence, start: int) -> bool:
    """Whether "đã" stands right before the verb of the mention: "đã chủ trì Cuộc họp …".

    >>> text = "X đã chủ trì Cuộc họp lần thứ 31."
    >>> _past_verb_before(Sentence.of(0, text), text.index("Cuộc họp"))
    True
    >>> text = "X đã chủ trì Lễ đón Y và đồng chủ trì Kỳ họp 46."
    >>> _past_verb_before(Sentence.of(0, text), text.index("Kỳ họp"))
    False
    """
    verb = _verb_before(sentence, start)
    if verb is None:
        return False
    past = _last_cue(sentence, _p("status", "past"), max(0, verb.start() - 8), verb.start())
    return past is not None and not sentence.view[past.end() : verb.start()].strip()


def _past_listed(sentence: Sentence, verb: int, clause_start: int) -> bool:
    """Whether "đã" covers a tense-less verb listed after a comma: "đã thăm …, đồng chủ trì …".

    The past marker stands before a first verb in the same clause, within 160 characters,
    with no planned cue between, and the verb at ``verb`` follows a comma.

    >>> s = Sentence.of(0, "Ông đã thăm Việt Nam từ ngày 23/12, đồng chủ trì Tham vấn lần thứ 6.")
    >>> _past_listed(s, s.view.index("đông chu tri"), 0)
    True
    """
    view = sentence.view
    if not re.search(r",\s*$", view[max(0, verb - 4) : verb]):
        return False
    past = _covering_marker(sentence, verb, max(clause_start, verb - 160))
    return past is not None and not re.search(r"[;.:]", view[past.end() : verb])


def _past_item(sentence: Sentence, clause_start: int, verb: int) -> bool:
    """Whether "đã" covers a list item after a semicolon that has no subject of its own.

    "Thủ tướng đã dự Cuộc họp cấp cao …; cùng Thủ tướng Lào Y đồng chủ trì Kỳ họp …; dự
    …": the item opens with its verb or a comitative ("cùng", "với"), so it shares the first
    item's subject and its past marker (within 300 characters, nothing planned between).

    >>> text = "Ông đã dự Cuộc họp cấp cao; cùng Thủ tướng Y đồng chủ trì Kỳ họp lần thứ 48."
    >>> s = Sentence.of(0, text)
    >>> _past_item(s, s.view.index(";"), s.view.index("đông chu tri"))
    True
    """
    view = sentence.view
    if clause_start <= 0 or view[clause_start : clause_start + 1] != ";":
        return False
    item = view[clause_start + 1 : verb].lstrip()
    head = active().memo("status._item_heads", _build_item_heads)
    if head.match(item) is None and item:
        return False
    return _covering_marker(sentence, clause_start, max(0, clause_start - 300)) is not None


def _build_item_heads(phrases: Phrases) -> re.Pattern[str]:
    words = (*phrases.words("people", "comitative"), *phrases.words("status", "held_weak"))
    return re.compile(word_alternation(words))


def _covering_marker(sentence: Sentence, verb: int, window: int) -> re.Match[str] | None:
    """The past or progressive marker in ``window..verb`` that covers the verb at ``verb``.

    "đã" and "đang" cover the verbs listed after them: nothing planned or being prepared
    stands between ("đang chuẩn bị, tổ chức …" is still to come).

    >>> s = Sentence.of(0, "Ông đang thăm Việt Nam, đồng chủ trì Kỳ họp lần thứ 46.")
    >>> _covering_marker(s, s.view.index("đông chu tri"), 0).group()
    'đang'
    """
    past = _last_cue(sentence, _p("status", "past"), window, verb)
    ongoing = _last_cue(sentence, _p("status", "progressive"), window, verb)
    if ongoing is not None and (past is None or ongoing.start() > past.start()):
        past = ongoing
    if past is None:
        return None
    for kind in ("planned", "preparing"):
        if _last_cue(sentence, _p("status", kind), past.end(), verb) is not None:
            return None
    return past


def _future_coordinated(sentence: Sentence, start: int, clause_start: int) -> bool:
    """Whether a planned cue covers the mention's verb through "và": "sẽ dự … và đồng chủ trì".

    The future marker stands before a first verb, within 160 characters of one clause, and the
    mention's own tense-less verb follows a coordinator ("và", "and").

    >>> s = Sentence.of(0, "Ông sẽ dự Lễ kỷ niệm 50 năm và đồng chủ trì Cuộc gặp cấp cao.")
    >>> _future_coordinated(s, 44, 0)
    True
    """
    verb = _verb_before(sentence, start)
    if verb is None:
        return False
    view = sentence.view
    if not re.search(r"(?:^|\s)" + alternation(active().words("people", "coordinators")) + r"\s+$",
                     view[max(0, verb.start() - 12) : verb.start()]):  # fmt: skip
        return False
    window = max(clause_start, verb.start() - 160)
    planned = _last_cue(sentence, _p("status", "planned"), window, verb.start())
    return planned is not None and not re.search(r"[;.:]", view[planned.end() : verb.start()])


def _wishes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return active().memo("status._wishes", _build_wishes)


def _build_wishes(phrases: Phrases) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    not_after = phrases.words("status", "wish_not")  # "chúc mừng": a congratulation
    opener = phrases.pattern("status", "wish_open").pattern
    if not_after:
        opener += r"(?!\s+" + alternation(not_after) + r"(?![\w-]))"
    return (
        phrases.pattern("status", "wish"),
        re.compile(opener),
        phrases.pattern("status", "wish_close"),
    )


def _wished(sentence: Sentence, end: int) -> bool:
    """Whether the sentence, after the mention, wishes or trusts it success: still to come.

    "tin tưởng hội thảo … sẽ thành công tốt đẹp", "chúc Kỳ họp thành công", "wished the
    meeting success": one wishes success only to what has not yet taken place ("chúc mừng",
    a congratulation, is no wish).

    >>> _wished(Sentence.of(0, "Dự Kỳ họp 47; tin tưởng Kỳ họp sẽ thành công tốt đẹp."), 9)
    True
    >>> _wished(Sentence.of(0, "Dự Kỳ họp 47; chúc mừng Kỳ họp thành công tốt đẹp."), 9)
    False
    """
    wish, opener, closer = _wishes()
    view = sentence.view
    if wish.search(view, end) is not None:
        return True
    for start in opener.finditer(view, max(0, end - 40)):
        close = closer.search(view, start.end(), min(len(view), start.end() + 120))
        if close is not None and not re.search(r"[;.]", view[start.end() : close.start()]):
            return True
    return False


def _agreed_verbs() -> re.Pattern[str]:
    return active().memo("status._agreed_verbs", _build_agreed_verbs)


def _build_agreed_verbs(phrases: Phrases) -> re.Pattern[str]:
    # "… and organise the |": a bare event verb, after a coordinator, right before the mention
    coordinators = alternation(phrases.words("people", "coordinators"))
    verbs = alternation(phrases.words("status", "bare_event_verbs"))
    return re.compile(r"(?:^|[\s,])" + coordinators + r"\s+" + verbs + r"\s+(?:(?:the|a|an)\s+)?$")


def _agreed_coordinated(sentence: Sentence, start: int, clause_start: int) -> bool:
    """Whether an agreement covers the mention's bare verb through "and".

    "The ministers agreed to enhance coordination …, and organise the sixth political
    consultation": "agreed to" governs each infinitive it coordinates, so the session named
    after the second is still to come.

    >>> s = Sentence.of(0, "They agreed to boost trade, and organise the sixth consultation.")
    >>> _agreed_coordinated(s, 45, 0)
    True
    >>> _agreed_coordinated(Sentence.of(0, "They met, and organise the sixth consultation."), 27, 0)
    False
    """
    view = sentence.view
    verb = _agreed_verbs().search(view, max(clause_start, start - 40), start)
    if verb is None:
        return False
    window = max(clause_start, verb.start() - 160)
    agreed = _last_cue(sentence, _p("status", "agreed"), window, verb.start())
    return agreed is not None and not re.search(r"[;.:]", view[agreed.end() : verb.start()])


def _build_during(phrases: Phrases) -> re.Pattern[str]:
    frame = phrases.pattern("status", "during").pattern
    articles = alternation(phrases.words("places", "articles"))
    return re.compile(frame + r"\s+(?:" + articles + r"\s+)?$")


def _build_purpose(phrases: Phrases) -> re.Pattern[str]:
    verbs = alternation(phrases.words("status", "purpose"))
    articles = alternation(phrases.words("places", "articles"))
    return re.compile(r"(?<![\w-])" + verbs + r"\s+(?:" + articles + r"\s+)?$")


def _during(sentence: Sentence, start: int, clause_start: int, clause_end: int) -> bool:
    """A session in a "during/at the Nth meeting" frame of a clause with a past main verb.

    A participle after an infinitive marker and its auxiliary ("the contents to be discussed
    at the 38th meeting", "will be signed at …") is no past main verb: still to be done.

    >>> s = Sentence.of(0, "He briefed them on the contents to be discussed at the 38th meeting.")
    >>> _during(s, s.view.index("the 38th"), 0, len(s.view))
    False
    """
    view = sentence.view
    frame = active().memo("status._during", _build_during).search(view, max(0, start - 40), start)
    if frame is None:
        return False
    marker = active().memo("status._passive_infinitive", _build_passive_infinitive)
    if marker.search(view, max(clause_start, frame.start() - 40), frame.start()):
        return False  # "… to be discussed at the 38th meeting": the verb of the frame
    if sentence.cue(_outcome(), clause_start, clause_end) is not None:
        return True
    position = clause_start
    while (past := sentence.cue(_p("status", "past_verbs"), position, clause_end)) is not None:
        if _after_planned().search(view, start, past.start()) is not None:
            return False  # "At the 46th meeting, the two sides will sign …, officials said"
        if marker.search(view, max(0, past.start() - 20), past.end()) is None:
            return True
        position = past.end()
    return False


def spoken_at(sentence: Sentence, start: int, clause_end: int) -> bool:
    """Whether a speech frame right before the mention tells a speech given at the session.

    "Phát biểu tại Kỳ họp lần thứ 45, Thủ tướng nhấn mạnh …", "Speaking at the 45th
    meeting, the PM hailed …": a report of what was said there; not when the clause says it
    is still to come ("…, the PM will …").

    >>> s = Sentence.of(0, "Speaking at the 45th meeting, the PM hailed the results.")
    >>> spoken_at(s, s.view.index("the 45th"), len(s.view))
    True
    >>> s = Sentence.of(0, "Speaking at the 45th meeting, the PM will hail the results.")
    >>> spoken_at(s, s.view.index("the 45th"), len(s.view))
    False
    """
    if _frame_before(sentence, start, "speech_frames", _build_speech) is None:
        return False
    return sentence.cue(_p("status", "planned"), 0, clause_end) is None and not (
        _after_planned().search(sentence.view, start, clause_end)
    )


def _build_speech(phrases: Phrases) -> re.Pattern[str]:
    frame = phrases.pattern("status", "speech_frames").pattern
    articles = alternation(phrases.words("places", "articles"))
    return re.compile(frame + r"\s+(?:" + articles + r"\s+)?$")


def done_during(sentence: Sentence, start: int) -> bool:
    """Whether the clause tells, in the past, of something done during the session at ``start``.

    "On the sidelines of the 10th consultation, the ministers met reporters": what was done
    on its sidelines or on its occasion was done while it took place.

    >>> s = Sentence.of(0, "On the sidelines of the 10th consultation, the ministers met.")
    >>> done_during(s, s.view.index("the 10th"))
    True
    """
    view = sentence.view
    clause_start = max(view.rfind(";", 0, start), 0)
    clause_end = view.find(";", start)
    return _during(sentence, start, clause_start, len(view) if clause_end < 0 else clause_end)


def _build_passive_infinitive(phrases: Phrases) -> re.Pattern[str]:
    """An infinitive marker, an auxiliary and a participle: "to be discussed", "will be signed"."""
    words = phrases.words("status", "infinitive")
    body = r"(?<![\w-])" + alternation(words) + r"\s+[\w-]+\s+[\w-]+(?:ed|en|wn)\s*$"
    return re.compile(body if words else "(?!)")


def _outcome() -> re.Pattern[str]:
    """What the sides did at a session: an outcome phrase, or a subject and its verb.

    >>> s = Sentence.of(0, "Tại cuộc họp, hai Phó Thủ tướng đã ký Hiệp định.")
    >>> s.cue(_outcome()).group()
    'hai pho thu tương đa ky'
    """
    return active().memo("status._outcome", _build_outcome)


def _build_outcome(phrases: Phrases) -> re.Pattern[str]:
    told = list(phrases.words("status", "outcome"))
    for lang in phrases.tables:  # a subject, its language's past marker or none, a verb
        pasts = ("", *(f"{p} " for p in phrases.words("status", "past", lang)))
        told += (
            f"{s} {p}{v}"
            for s in phrases.words("status", "outcome_subjects", lang)
            for p in pasts
            for v in phrases.words("status", "outcome_verbs", lang)
        )
    return re.compile(word_alternation(told))


def _next_sentence(body: str, end: int) -> str:
    """The sentence after the one that ends at ``end`` of a body view."""
    rest = body[end : end + 400]
    stop = re.search(r"[.!?](?:\s|$)", rest[1:])
    return rest if stop is None else rest[: stop.end() + 1]


def reported_outcome(view: DocumentView, sentence: Sentence) -> bool:
    """Whether the sentence, or one of the two after it, tells what the sides did at a session.

    "… diễn ra Cuộc họp thường niên lần thứ 32 …. Tại đây hai bên nhất trí …": what was
    agreed there was agreed, so the session was held.
    """
    outcome = _outcome()
    if sentence.cue(outcome) is not None:
        return True
    body = view.body
    end = body.view_offset(min(len(body.clean) - 1, sentence.start + len(sentence.text) - 1)) + 1
    following = _next_sentence(body.toneless, end)
    if outcome.search(following) is not None:
        return True
    # "… diễn ra Đối thoại … lần thứ 5. X và Y đồng chủ trì Đối thoại. Tại đối thoại, 2 bên
    # thống nhất …": the one after that, set at the session by its opener, tells it too
    after = _next_sentence(body.toneless, end + len(following))
    opener = _p("frames", "scene_openers").match(after.lstrip())
    return opener is not None and outcome.search(after) is not None


def on_trip(sentence: Sentence, start: int) -> bool:
    """Whether the session at ``start`` is what a trip is for.

    "sang thăm và dự Hội thảo …", "thăm chính thức Việt Nam, kết hợp đồng chủ trì Kỳ họp …",
    "arrived in Hanoi to attend the 11th theoretical workshop".

    >>> on_trip(Sentence.of(0, "Ông sang thăm và dự Hội thảo lý luận lần thứ 5."), 20)
    True
    """
    return _trip_before(sentence, start, "trip")


def moved_for(sentence: Sentence, start: int) -> bool:
    """Whether the trip the session at ``start`` is for is told by its arrival or departure.

    "đến Hà Nội, bắt đầu thăm chính thức …, kết hợp đồng chủ trì Kỳ họp …" speaks as of one
    moment, the arrival; "thăm Lào và đồng chủ trì Kỳ họp … ngày 9 và 10/1" sums up the visit.

    >>> s = Sentence.of(0, "Ông đến Hà Nội, bắt đầu thăm Việt Nam, dự Hội thảo lần thứ 5.")
    >>> moved_for(s, 42)
    True
    >>> moved_for(Sentence.of(0, "Ông thăm Lào và đồng chủ trì Kỳ họp lần thứ 47."), 29)
    False
    """
    return _trip_before(sentence, start, "movement")


def trip_moment(
    sentence: Sentence, start: int, end: int, date_start: int, date_end: int
) -> tuple[re.Match[str], bool] | None:
    """The verb of the moment a session's trip is told at, when the sentence's date is its day.

    Returns the verb and whether it is a host's (a reception or a welcome), or None.

    A host receives the guests who came for the session ("Tổng Bí thư ngày 27-10 đã tiếp Đoàn
    … sang thăm và dự Hội thảo lần thứ XII", "On October 27, X received a delegation …
    visiting Vietnam to attend the 12th workshop"): a reception (``[events].reception``) or
    welcome (``[people].welcome``) verb between the date and the session. Or an arrival or
    another act told in the past of which the session is the purpose still to come ("arrived
    in Hanoi on January 6 to co-chair …", "During his visit to Laos to co-chair the 48th
    meeting …, the PM met Y on December 3"): a movement (``[status].movement``) or a simple
    past (``[status].past_verbs``) before the date and the session, or between the session
    and the date after it.

    >>> text = "Ngày 27-10, Tổng Bí thư đã tiếp Đoàn sang thăm và dự Hội thảo lần thứ 12."
    >>> s = Sentence.of(0, text)
    >>> at = s.view.index("hôi thao")
    >>> trip_moment(s, at, at + 24, 0, s.view.index(","))[0].group()
    'đa tiêp'
    >>> trip_moment(s, at, at + 24, 0, s.view.index("sang")) is None
    True
    """
    if not on_trip(sentence, start):
        return None
    if date_end <= start:
        for section, kind in (("events", "reception"), ("people", "welcome")):
            cue = sentence.cue(_p(section, kind), date_end, start)
            if cue is not None:
                return cue, True
    if not purpose(sentence, start, infinitive=True) or sentence.cue(_p("status", "planned")):
        return None
    for kind in ("movement", "past_verbs"):
        if date_end <= start:
            cue = sentence.cue(_p("status", kind), 0, start)
        else:
            cue = sentence.cue(_p("status", kind), end, date_start)
            if cue is not None and _RELATIVE_AFTER.match(sentence.view, end):
                cue = None  # "…, which he attended on January 7": the session's own verb
        if cue is not None:
            return cue, False
    return None


_RELATIVE_AFTER = re.compile(r"[^,.;]{0,60}?,?\s*(?:which|that|where|nơi|mà)\b")


def _trip_before(sentence: Sentence, start: int, kind: str) -> bool:
    view = sentence.view
    link = purpose_link(sentence, start)
    if link is None:
        return False
    trips = [
        m
        for m in _p("status", kind).finditer(view, max(0, link.start() - 120), link.start())
        if as_written(sentence, m, "status", kind)
    ]
    return bool(trips) and not re.search(r"[;.]", view[trips[-1].end() : link.start()])


def as_of_arrival(
    status: Status | None, when: When | None, published: PartialDate | None
) -> tuple[Status | None, When | None, DateWindow | None, str]:
    """The status of a session a trip is for, seen from the arrival, and what it rests on.

    The date a trip's sentence gives is the trip's: its first day is the arrival, when the
    session is still to come. An article published on or before that day reports it as
    planned, and a single day is then only the earliest the session can be; later, the
    status follows the trip's dates as for any session.

    >>> from vnlao_events._dates import DateWindow, Precision
    >>> from datetime import date
    >>> day = When.of(DateWindow(date(2024, 1, 6), date(2024, 1, 6), Precision.DAY))
    >>> as_of_arrival(Status.HELD, day, PartialDate.parse_iso("2024-01-06"))[0].value
    'planned'
    """
    if when is None or when.window is None or published is None or published.earliest is None:
        return status, when, None, ""
    arrival = when.window.earliest
    if published.earliest > arrival:
        return status, when, None, ""
    why = (
        f"what a trip is for, in an article published {published.format_iso()}, by the"
        f" arrival on {arrival.isoformat()}: still to come"
    )
    if when.window.is_day:
        return Status.PLANNED, None, when.window, why + "; the day is the arrival's"
    return Status.PLANNED, when, None, why


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
