"""Extraction: documents → mentions (one claim in one place of one document).

The extractor reads each sentence of the article body (page furniture such as
"Tin bài liên quan" lists is cut off) and finds, with rules a linguist would
recognise:

* mechanisms, by the catalogue's aliases in the plain (diacritic-free) view;
* ordinals next to them ("lần thứ 7", "Kỳ họp 46", "the 39th meeting of", "the sixth
  political consultation"), or anaphoric ones ("the 28th meeting") that refer to the
  mechanism the article is about;
* the date (see :mod:`vnlao_events._temporal`), the place (gazetteer entries after a
  locative preposition: tại, ở, in, at), co-chairs (persons coordinated next to
  "đồng chủ trì" / "co-chaired", or named after "headed by", "led by"), and the status
  (planned cues: sẽ, dự kiến, agreed to hold, slated for; held cues: đã diễn ra, held,
  took place, co-chaired);
* a mechanism named inside an occasion clause ("nhân dịp …", "on the occasion of …")
  gives evidence for that session but not the sentence's date or place, which belong
  to the main clause (a reception, a book launch);
* one-off events: visits, receptions, talks, calls, side events.

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
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import timedelta

import attrs

from ._catalogue import Catalogue
from ._dates import DateWindow, PartialDate, Precision, When
from ._documents import Document
from ._model import (
    Anniversary,
    Event,
    EventKind,
    Evidence,
    Participant,
    Period,
    Place,
    Status,
    _participant_tuple,
    _tuple_of_str,
)
from ._ordinals import ORDINAL_WORD_PATTERN, english_ordinal, parse_ordinal
from ._temporal import Anchor, DateExpression, Tense, _vi, find_dates, reference_year, resolve
from ._text import LOWER, UPPER, FoldedText, fold_plain, fold_toneless
from .exceptions import ParseError

__all__ = ["Mention", "body_end", "extract", "extract_all"]


@attrs.frozen(kw_only=True)
class Mention:
    """One claim about one session or event, in one place of one document.

    ``kind`` is ``"session"``, ``"event"``, ``"period"`` or ``"anniversary"``. Fields that the
    claim does not state are ``None`` (``status`` included: a bare mention says nothing of it).

    >>> doc = Document.from_text("Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ")
    >>> mention = extract(doc)[0]
    >>> mention.kind, mention.series, mention.ordinal, mention.evidence.start
    ('session', 'intergovernmental-committee', 41, 0)
    """

    kind: str
    document: str
    evidence: Evidence
    series: str | None = None
    ordinal: int | None = None
    status: Status | None = None
    date: When | None = None
    place: Place | None = None
    co_chairs: tuple[Participant, ...] = attrs.field(default=(), converter=_participant_tuple)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participant_tuple)
    derivation: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    published: PartialDate | None = None
    event: Event | None = None
    period: Period | None = None
    anniversary: Anniversary | None = None
    not_before: DateWindow | None = None


# ----------------------------------------------------------------------------- patterns

_FURNITURE = re.compile(
    _vi(
        r"^\s*(?:tin bài liên quan|tin liên quan|bài liên quan|các tin/bài khác|tin khác|"
        r"tin cùng chuyên mục|tin mới|tin mới nhất|đọc nhiều|đọc thêm|xem thêm|phản hồi|"
        r"bình luận|từ khóa|từ khoá|related news|related articles|related stories|read more|"
        r"other news|more news|latest news|most read|see also|tags)\s*:?\s*$"
    ),
    re.MULTILINE,
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])[\"”']?\s+(?=[\"“(\[]?(?:"
    + UPPER
    + r"|\d))|(?<="
    + LOWER
    + LOWER
    + r"[.!?])(?="
    + UPPER
    + r")|\n+"
)
_ORD = ORDINAL_WORD_PATTERN
_EN_ORD = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|fortieth|fiftieth))"
)
_HEAD_VI = _vi(r"(?:kỳ họp|phiên họp|cuộc họp|hội nghị|hội thảo|cuộc gặp|khóa họp|khoá họp)")
_HEAD_EN = r"(?:meeting|session|workshop|consultation|conference|plenary)"
# Ordinal after a mechanism or head noun: "lần thứ 7", "lần thứ VII", "lần thứ bảy".
_POST_ORD = re.compile(_vi(r"\blần\s+thứ\s+") + r"(?P<ord>" + _ORD + r")")
# Head noun with an ordinal: "Kỳ họp lần thứ 48", "Kỳ họp 46", "Kỳ họp thứ 41".
_HEAD_ORD = re.compile(
    r"\b"
    + _HEAD_VI
    + r"\s+(?:"
    + _vi(r"lần\s+")
    + r")?(?:(?P<thu>"
    + _vi("thứ")
    + r")\s+(?P<ord>"
    + _ORD
    + r")|(?P<num>\d{1,3})\b)"
)
_EN_ORD_TOKEN = re.compile(r"\b(?P<ord>" + _EN_ORD + r")\b")
_LAO_ORD = re.compile(fold_toneless("ຄັ້ງທີ") + r"\s*(?P<ord>\d{1,3})")
_ANAPHOR = re.compile(
    r"\b(?:"
    + _HEAD_VI
    + _vi(r"(?=\s*(?:[,.;:]|này|năm nay|lần này|hôm nay|$|hai bên|2 bên|đã|sẽ|có))")
    + r"|the\s+"
    + _HEAD_EN
    + r"\b(?!\s+(?:of|on|between)\b)|"
    + _vi(r"lần này")
    + r"\b)"
)
_OCCASION = re.compile(
    _vi(r"\b(?:nhân dịp|nhân kỳ họp|nhân cuộc|bên lề|trong khuôn khổ|nhân chuyến)\b")
    + r"|\b(?:on the occasion of|on the sidelines of|on the sideline of|in the framework of|"
    r"during the next|ahead of|in preparation for)\b"
)
# "the next meeting", "kỳ họp tới": the session after the one the article is about.
_NEXT_SESSION = re.compile(
    r"\b(?:the\s+)?next\s+(?:meeting|session|consultation|workshop|conference)\b|"
    + _vi(
        r"\b(?:kỳ họp|cuộc họp|phiên họp|hội thảo|cuộc tham khảo|cuộc tham vấn)\s+(?:tới|"
        r"tiếp theo|kế tiếp|lần tới|lần sau)\b"
    )
)
_NEXT = re.compile(_vi(r"\b(?:tới|sắp tới|tiếp theo|kế tiếp)\b") + r"|\b(?:next|upcoming)\b")
_PLANNED = re.compile(
    _vi(r"\b(?:sẽ|dự kiến|thống nhất tổ chức|nhất trí tổ chức|chuẩn bị tổ chức|sắp diễn ra)\b")
    + r"|\b(?:agreed to (?:hold|organise|organize|convene)|will (?:be held|hold|take place|"
    r"convene)|to be held|slated|scheduled|is set to|are set to|plans? to hold|planned for)\b"
)
_PAST_MARK = re.compile(_vi(r"\bđã\b") + r"|\b(?:was|were|had)\b")
_HELD_STRONG = re.compile(
    _vi(
        r"\b(?:đã diễn ra|đã tổ chức|đã đồng chủ trì|đã họp|kết thúc|bế mạc|"
        r"khai mạc|đã tiến hành)\b"
    )
    + r"|\b(?:was held|were held|took place|co-chaired|co-chair|held|concluded|wrapped up|"
    r"opened|convened|hold)\b"
)
# Vietnamese verbs carry no tense: "diễn ra", "đồng chủ trì" without "đã" leave it open.
_HELD_WEAK = re.compile(_vi(r"\b(?:diễn ra|đồng chủ trì)\b") + r"|\b(?:takes place|is held)\b")
_COCHAIR = re.compile(_vi(r"\bđồng chủ trì\b") + r"|\bco-?chair(?:ed|s|ing)?\b")
# After two coordinated people, these verbs make them the co-chairs too ("X and Y held the ...").
_COCHAIR_AFTER_PAIR = re.compile(r"\b(?:held|hold|chaired|chair)\b")
_LED_BY = re.compile(
    r"\b(?:headed by|led by|head of the (?:vietnamese|lao|laotian) delegation(?:\s+to the "
    r"\w+)?)\b|" + _vi(r"\btrưởng đoàn\b")
)
_COORD = re.compile(_vi(r"\b(?:và|cùng|and|with)\b"))
_ROLE_GROUP = re.compile(r"\b(?:the\s+)?(?:pms|prime ministers)\b|" + _vi(r"\bhai thủ tướng\b"))
_ROLE_TITLE = re.compile(r"(?:prime minister|" + _vi(r"thủ tướng") + r")[^,.;]{0,30}$")
_PARTICIPATE = re.compile(
    _vi(r"\b(?:phát biểu|tham dự|dự hội nghị|chủ trì)\b") + r"|\b(?:attended|spoke|addressed)\b"
)
_LOCATIVE = re.compile(_vi(r"\b(?:tại|ở)\b") + r"|\b(?:in|at)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]{1,200}[\"”]")
_REFERENCE = re.compile(_vi(r"\b(?:tại|trong) (?:cuộc|buổi)\s*$") + r"|\b(?:at|during|in) the\s*$")
_DURATION = re.compile(
    r"\b(?P<n>two|three|four|five|2|3|4|5)-day\b|" + _vi(r"\b(?P<vn>hai|ba|bốn|năm|2|3|4|5) ngày\b")
)
_CONCLUDED = re.compile(
    _vi(r"\b(?:kết thúc|bế mạc)\b") + r"|\b(?:concluded|wrapped up|closed|ended)\b"
)
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "hai": 2,
    "ba": 3,
    "bôn": 4,
    "năm": 5,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
}
_ONLINE = re.compile(
    _vi(r"\b(?:hình thức trực tuyến|trực tuyến)\b")
    + r"|\b(?:via videoconference|via video conference|videoconference|video conference|"
    r"videoconferencing|video link|virtual meeting|virtually|online)\b"
)
_EVENT_CUES: tuple[tuple[EventKind, re.Pattern[str]], ...] = (
    (EventKind.VISIT, re.compile(
        _vi(r"\b(?:chuyến thăm|thăm chính thức|thăm cấp nhà nước|thăm hữu nghị|thăm làm việc|"
            r"lễ đón chính thức)\b")
        + r"|\b(?:state visit|official visit|working visit|friendship visit)\b")),
    (EventKind.CALL, re.compile(
        _vi(r"\b(?:điện đàm|hội đàm trực tuyến)\b")
        + r"|\b(?:phone talks|phone call|telephone (?:talks|conversation)|video call|"
        r"held online talks|virtual talks)\b")),
    (EventKind.RECEPTION, re.compile(
        _vi(r"\b(?:đã tiếp|tiếp xã giao|hội kiến|đến chào)\b")
        + r"|\b(?:received|receives|hosted a reception for)\b")),
    (EventKind.TALKS, re.compile(_vi(r"\bhội đàm\b") + r"|\b(?:held talks|talks with)\b")),
)  # fmt: skip
_SIDE_EVENT = re.compile(
    _vi(r"\b(?:lễ ra mắt|ra mắt cuốn sách|triển lãm|lễ ký kết)\b")
    + r"|\b(?:book launch|launched (?:a|the) book|exhibition|signing ceremony)\b"
)
_PERIOD = re.compile(
    r"(?P<name>(?:"
    + _vi(r"thỏa thuận|thoả thuận|hiệp định|chiến lược|kế hoạch|chương trình|thoa thuân")
    + r"|agreement|strategy|plan|programme|program)[^,.;:()\n]{0,90}?)\s+(?:"
    + _vi(r"giai đoạn")
    + r"\s+|period\s+|for\s+)?(?P<a>(?:19|20)\d\d)\s*-\s*(?P<b>(?:19|20)\d\d)"
)
_PERIOD_KEYWORD = re.compile(
    _vi(r"\b(?:thỏa thuận|thoả thuận|hiệp định|chiến lược|kế hoạch|chương trình)\b")
    + r"|\b(?:agreement|strategy|plan|programme|program)\b"
)
# Themed years: "Năm Đoàn kết Hữu nghị … 2022", "Friendship and Solidarity Year 2017",
# "the Year of … Friendship and Solidarity 2022". Each is found from a cheap anchor ("năm",
# "year") and read from there, so a long text is not scanned with the wide patterns.
_THEMED_ANCHOR = re.compile(r"\b(?:" + _vi("năm") + r"|year)\b")
_THEMED_AFTER = re.compile(
    r"(?:" + _vi("năm") + r"|year of)\s+[^\d\n“”\"().;]{5,90}?\s*[,:]?\s*(?P<y>(?:19|20)\d\d)\b"
    r"(?!\s*[-/]\s*\d)"
)
_THEMED_BEFORE = re.compile(r"(?:[\w'-]+\s+){1,6}$")
_YEAR_AFTER = re.compile(r"year\s+(?P<y>(?:19|20)\d\d)\b")
_CHAIR_YEAR = re.compile(
    _vi(r"chủ tịch asean")
    + r"\s+(?:(?:"
    + _vi(r"trong|vào")
    + r")\s+)?"
    + _vi("năm")
    + r"\s+(?P<y>(?:19|20)\d\d)|asean chair(?:manship)?\s+(?:in|for)\s+(?P<y2>(?:19|20)\d\d)"
)
# Anniversaries: "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (và 45 năm Ngày ký …)",
# "the 55th anniversary of bilateral diplomatic ties (and the 40th anniversary of …)".
_ANNIVERSARY_ANCHOR = re.compile(
    r"(?P<vi>" + _vi(r"\bkỷ niệm\s+") + r")(?=\d)|\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\b"
)
_ANNIVERSARY_VI = re.compile(
    r"(?P<n>\d{1,3})\s+" + _vi("năm") + r"\s+(?P<name>[^\d,.;()\n“”\"]{4,90}?)"
    r"(?=\s+" + _vi("và") + r"\s+\d{1,3}\s+" + _vi("năm") + r"\b|\s*[,.;()\n“”\"]|$)"
)
_ANNIVERSARY_EN = re.compile(
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"
    r"(?P<name>[^\d,.;()\n“”\"]{4,90}?)(?=\s+and\s+(?:the\s+)?\d{1,3}|\s*[,.;()\n“”\"]|$)"
)
_ANNIVERSARY_JOINT = re.compile(r"\s*(?:,|" + _vi("và") + r"|and(?:\s+the)?)\s+(?=\d)")
_NAME_STOP = frozenset(
    _vi(word).lower()
    for word in [
        "Bộ",
        "Ngoại",
        "giao",
        "Việt",
        "Nam",
        "Lào",
        "Chính",
        "phủ",
        "Quốc",
        "hội",
        "Đảng",
        "Trung",
        "ương",
        "Nhà",
        "nước",
        "Thủ",
        "tướng",
        "Thứ",
        "trưởng",
        "Bộ",
        "trưởng",
        "Chủ",
        "tịch",
        "Phó",
        "Tổng",
        "Bí",
        "thư",
        "Đại",
        "sứ",
        "Ông",
        "Bà",
        "Đồng",
        "chí",
        "Nước",
        "Cộng",
        "hòa",
        "Foreign",
        "Affairs",
        "Ministry",
        "Minister",
        "Deputy",
        "Prime",
        "President",
        "Lao",
        "Laos",
        "Vietnam",
        "Vietnamese",
        "National",
        "Assembly",
        "Party",
        "Central",
        "Committee",
        "Secretary",
        "General",
        "Politburo",
        "Member",
        "Head",
        "Chairman",
        "Ambassador",
        "Mr",
        "Ms",
        "Dr",
        "The",
        "His",
        "Her",
        "Lao's",
        "Vietnam's",
        "CPV",
        "LPRP",
        "VNA",
        "Photo",
        "Kế",
        "hoạch",
        "Đầu",
        "tư",
        "Quốc",
        "phòng",
        "Ban",
        "Tổ",
        "chức",
        "Hữu",
        "nghị",
        "Liên",
        "hiệp",
        "Ủy",
        "ban",
        "Uỷ",
        "ban",
        "Nhân",
        "dân",
        "Cách",
        "mạng",
        "People's",
        "Revolutionary",
        "Communist",
        "Socialist",
        "Republic",
        "Democratic",
        "Government",
        "Ministry's",
    ]
)
_TITLE = re.compile(
    _vi(
        r"(?:thứ trưởng|bộ trưởng|thủ tướng|chủ tịch|tổng bí thư|đại sứ|ông|bà|đồng chí|"
        r"trưởng ban)"
    )
    + r"|(?:minister|president|secretary|ambassador|counterpart|chairman|chairwoman|member|"
    r"mr\.?|ms\.?)"
)
_CAP_WORD = UPPER + r"[\w’'\-]*"
_TRANSLITERATION = re.compile(r"\s*\(([^()]{3,60})\)")


def body_end(text: str) -> int:
    r"""Where the article body ends: before the first page-furniture heading.

    >>> body_end("Bài viết.\nTin bài liên quan\nChiều 14/10 ...")
    10
    """
    folded = FoldedText.of(text)
    match = _FURNITURE.search(folded.toneless)
    return len(text) if match is None else folded.original_span(match.start(), match.start())[0]


# Short cue words that the toneless view confuses with others: "sẽ" (will) with "sẻ" in
# "chia sẻ" (share), "đã" (past) with "đa" in "đa phương" (multilateral). A match of these
# counts only when the original text has the right tone.
_TONE_EXACT = {"se": frozenset({"sẽ"}), "đa": frozenset({"đã"})}


@attrs.frozen
class _Sentence:
    start: int
    text: str
    folded: FoldedText

    def span(self, start: int, end: int) -> tuple[int, int]:
        first, last = self.folded.original_span(start, end)
        return self.start + first, self.start + last

    def cue(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """The first match of a cue pattern in the toneless view, tone-checked where needed."""
        view = self.folded.toneless
        for match in pattern.finditer(view, start, len(view) if end is None else end):
            exact = _TONE_EXACT.get(match.group())
            if exact is not None:
                first, last = self.folded.original_span(match.start(), match.end())
                if unicodedata.normalize("NFC", self.text[first:last]).lower() not in exact:
                    continue
            return match
        return None


_MAX_SENTENCE = 1200


def _pieces(start: int, chunk: str) -> Iterator[tuple[int, str]]:
    """Split an overlong 'sentence' (a list, a run-on line) at clause marks or spaces."""
    while len(chunk) > _MAX_SENTENCE:
        cut = max(chunk.rfind("; ", 0, _MAX_SENTENCE), chunk.rfind(", ", 0, _MAX_SENTENCE))
        if cut < _MAX_SENTENCE // 2:
            cut = chunk.rfind(" ", 0, _MAX_SENTENCE)
        if cut < _MAX_SENTENCE // 2:
            cut = _MAX_SENTENCE
        yield start, chunk[:cut]
        start += cut
        chunk = chunk[cut:]
    yield start, chunk


def _sentences(body: FoldedText) -> Iterator[_Sentence]:
    """The sentences of a folded body; their views are slices of the body's when it can."""
    position = 0
    text = body.clean  # case kept, invisible characters gone; offsets are the views'
    for match in [*_SENTENCE_END.finditer(text), None]:
        stop = match.start() if match else len(text)
        for start, piece in _pieces(position, text[position:stop]):
            stripped = piece.strip()
            if stripped:
                first = start + len(piece) - len(piece.lstrip())
                if body.starts:
                    first, last = body.original_span(first, first + len(stripped))
                    stripped = body.original[first:last]
                    folded = FoldedText.of(stripped)
                else:
                    last = first + len(stripped)
                    folded = FoldedText(
                        stripped, body.toneless[first:last], body.plain[first:last], ()
                    )
                yield _Sentence(first, stripped, folded)
        if match is None:
            break
        position = match.end()


@attrs.frozen
class _SentenceFacts:
    chairs: list[Participant]
    planned: re.Match[str] | None
    weak: bool


@attrs.frozen
class _Hit:
    start: int
    end: int
    key: str


@attrs.frozen
class _Ordinal:
    start: int
    end: int
    value: int
    kind: str  # post | head | en | lao


def _ordinals(sentence: _Sentence) -> list[_Ordinal]:
    view = sentence.folded.toneless
    found: list[_Ordinal] = []

    def add(match: re.Match[str], kind: str, group: str = "ord") -> None:
        text = match.group(group)
        try:
            value = parse_ordinal(text)
        except ParseError:
            return
        if value > 200:
            return
        if any(o.start <= match.start() < o.end for o in found):
            return
        found.append(_Ordinal(match.start(), match.end(), value, kind))

    for match in _HEAD_ORD.finditer(view):
        add(match, "head", "ord" if match.group("ord") else "num")
    for match in _POST_ORD.finditer(view):
        add(match, "post")
    for match in _EN_ORD_TOKEN.finditer(view):
        add(match, "en")
    for match in _LAO_ORD.finditer(view):
        add(match, "lao")
    return sorted(found, key=lambda o: o.start)


def _pair_ordinal(
    hit: _Hit, ordinals: list[_Ordinal], hits: list[_Hit], view: str
) -> _Ordinal | None:
    """The ordinal that numbers this mechanism mention, if any."""
    for ordinal in ordinals:
        if ordinal.kind in ("post", "lao") and hit.end <= ordinal.start <= hit.end + 90:
            between = view[hit.end : ordinal.start]
            if ";" in between or any(hit.end <= h.start < ordinal.start for h in hits):
                continue
            if ordinal.kind == "post" and re.search(_HEAD_VI, between):
                continue
            return ordinal
        if ordinal.kind == "head" and hit.start - 30 <= ordinal.end <= hit.start:
            between = view[ordinal.end : hit.start]
            if re.fullmatch(_vi(r"\s*(?:của\s+)?(?:\w+\s+){0,2}?"), between) or not between.strip():
                return ordinal
        if ordinal.kind == "en" and hit.start - 60 <= ordinal.end <= hit.start:
            between = view[ordinal.end : hit.start]
            if re.fullmatch(r"\s+(?:[\w'-]+\s+){0,3}", between) and not re.search(r"[,;]", between):
                return ordinal
            if re.fullmatch(r"\s+" + _HEAD_EN + r"\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}", between):
                return ordinal
        if (  # "the Intergovernmental Committee's 46th meeting"
            ordinal.kind == "en"
            and hit.end <= ordinal.start <= hit.end + 8
            and re.fullmatch(r"(?:'s)?\s+", view[hit.end : ordinal.start])
            and re.match(r"\s+(?:[\w-]+\s+)?" + _HEAD_EN + r"\b", view[ordinal.end :])
        ):
            return ordinal
    return None


def _anaphoric_ordinals(ordinals: list[_Ordinal], used: set[int], view: str) -> list[_Ordinal]:
    result = []
    for ordinal in ordinals:
        if ordinal.start in used:
            continue
        if (
            ordinal.kind == "head"
            or (
                ordinal.kind == "en"
                and re.match(r"\s+(?:[\w-]+\s+)?" + _HEAD_EN + r"\b", view[ordinal.end :])
            )
            or (
                ordinal.kind == "post"
                and re.search(
                    _HEAD_VI + r"[^,;]{0,40}$", view[max(0, ordinal.start - 60) : ordinal.start]
                )
            )
        ):
            result.append(ordinal)
    return result


class _DocumentReader:
    """Reads one document; keeps what later sentences refer back to."""

    def __init__(self, document: Document, catalogue: Catalogue) -> None:
        self.document = document
        self.catalogue = catalogue
        self.text = document.text
        self.end = body_end(self.text)
        body = FoldedText.of(self.text[: self.end])
        self.body = body
        # Dates and catalogue entries are found once per document, then handed to sentences.
        self.all_dates = find_dates(body)
        self.date_starts = [e.start for e in self.all_dates]
        self.all_hits = {
            what: [
                (*body.original_span(s, e), key) for s, e, key in catalogue.find(what, body.plain)
            ]
            for what in ("mechanisms", "places", "people")
        }
        self.hit_starts = {what: [h[0] for h in hits] for what, hits in self.all_hits.items()}
        year, why = (None, "")
        if document.published is None:
            year, why = reference_year(body)
        self.anchor = Anchor(published=document.published, content_year=year, content_why=why)
        self.last_date: When | None = None
        self.focus: Mention | None = None
        self.seen_date = False
        self.titled_people: list[tuple[str, str, str]] = []  # (title context, key, written)
        for first, last, key in self.all_hits["people"]:
            start = body.view_offset(first)
            context = body.toneless[max(0, start - 50) : start]
            self.titled_people.append((context, key, self.text[first:last]))
        self.mentions: list[Mention] = []
        self.level_cache: dict[tuple[str, str], str | None] = {}
        self.learned: dict[str, Participant] = {}  # transliterations seen in parentheses
        self.facts: tuple[_Sentence, _SentenceFacts] | None = None

    # ------------------------------------------------------------------ helpers

    def hits(self, what: str, sentence: _Sentence) -> list[tuple[int, int, str]]:
        """Catalogue entries inside a sentence, as spans of the sentence's views."""
        end = sentence.start + len(sentence.text)
        found = []
        hits = self.all_hits[what]
        starts = self.hit_starts[what]
        for index in range(bisect_left(starts, sentence.start), bisect_left(starts, end)):
            first, last, key = hits[index]
            if last <= end:
                view_first = sentence.folded.view_offset(first - sentence.start)
                view_last = sentence.folded.view_offset(last - 1 - sentence.start) + 1
                found.append((view_first, view_last, key))
        return found

    def dates(self, sentence: _Sentence) -> list[DateExpression]:
        """The document's date expressions inside a sentence, with sentence offsets."""
        end = sentence.start + len(sentence.text)
        first = bisect_left(self.date_starts, sentence.start)
        last = bisect_left(self.date_starts, end)
        return [
            attrs.evolve(e, start=e.start - sentence.start, end=e.end - sentence.start)
            for e in self.all_dates[first:last]
            if e.end <= end
        ]

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(document=self.document.id, start=start, end=end, quote=self.text[start:end])

    def person(self, key: str, written: str) -> Participant:
        person = self.catalogue.people[key]
        return Participant(written=written, canonical=person.name, country=person.country)

    def people(self, sentence: _Sentence) -> list[tuple[int, int, Participant]]:
        found: list[tuple[int, int, Participant]] = []
        for start, end, key in self.hits("people", sentence):
            first, last = sentence.folded.original_span(start, end)
            written = sentence.text[first:last]
            found.append((start, end, self.person(key, written)))
        for match in _TITLE.finditer(sentence.folded.toneless):
            name = self._name_after(sentence, match.end())
            if name is None:
                continue
            start, end = name
            if any(s < end and start < e for s, e, _ in found):
                continue
            first, last = sentence.folded.original_span(start, end)
            written = sentence.text[first:last]
            found.append(
                (start, end, self.learned.get(fold_plain(written), Participant(written=written)))
            )
        found.sort(key=lambda item: item[0])
        found = self.learn_transliterations(sentence, found)
        deduped: list[tuple[int, int, Participant]] = []
        for item in found:
            if all(item[2].name != other[2].name for other in deduped):
                deduped.append(item)
        return deduped

    def learn_transliterations(
        self, sentence: _Sentence, found: list[tuple[int, int, Participant]]
    ) -> list[tuple[int, int, Participant]]:
        """'Name (Vietnamese transliteration)': the parenthesis is the same person.

        The transliteration is learned as an alias for the rest of the document, and no
        second person is made of it.
        """
        view = sentence.folded.toneless
        kept: list[tuple[int, int, Participant]] = []
        inside: list[tuple[int, int]] = []
        for start, end, person in found:
            if any(a <= start < b for a, b in inside):
                continue
            kept.append((start, end, person))
            match = _TRANSLITERATION.match(view, end)
            if match is None:
                continue
            first, last = sentence.folded.original_span(match.start(1), match.end(1))
            alias = sentence.text[first:last]
            if re.fullmatch(r"(?:" + _CAP_WORD + r"\s*){2,5}", alias):
                self.learned.setdefault(fold_plain(alias), person)
                inside.append((match.start(), match.end()))
        return kept

    def _name_after(self, sentence: _Sentence, position: int) -> tuple[int, int] | None:
        """An unknown person's name: capitalised words after a title, org words skipped."""
        original_start = sentence.folded.original_span(position, position)[0]
        rest = sentence.text[original_start : original_start + 120]
        words = list(re.finditer(r"\S+", rest))
        name: list[re.Match[str]] = []
        skipping = True
        for word in words[:12]:
            token = word.group().strip(',.;:()"“”')
            if "(" in word.group() or not token or not re.fullmatch(_CAP_WORD, token):
                if name or not skipping or token.lower() not in ("of", "the", "and", "giao"):
                    break
                continue
            if skipping and _vi(token).lower() in _NAME_STOP:
                continue
            skipping = False
            name.append(word)
            if word.group() != token:
                break
        if not 2 <= len(name) <= 4:
            return None
        first = original_start + name[0].start()
        last_token = name[-1].group().rstrip(',.;:()"“”')
        last = original_start + name[-1].start() + len(last_token)
        view_first = sentence.folded.view_offset(first)
        view_last = sentence.folded.view_offset(last - 1) + 1
        return view_first, view_last

    def places(self, sentence: _Sentence) -> list[tuple[int, int, Place]]:
        """Gazetteer entries after a locative preposition, with chained admin parts."""
        view = sentence.folded.toneless
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(view)]
        result: list[tuple[int, int, Place]] = []
        previous_end = -1
        previous_locative = -1
        for start, end, key in self.hits("places", sentence):
            if any(q_start < start < q_end for q_start, q_end in quoted):
                continue  # a place inside a quoted title is not where anything happens
            if re.match(r"\s*-\s*\w", view[end : end + 4]) or re.search(
                r"\w\s*-\s*$", view[max(0, start - 4) : start]
            ):
                continue  # "Vietnam-Laos", "Lào - Việt Nam" name the relation, not a place
            entry = self.catalogue.places[key]
            if entry.kind == "country":
                written = sentence.folded.clean[start:end].casefold()  # NFC, no invisibles
                if written not in {a.casefold() for a in (*entry.aliases, *entry.names.values())}:
                    continue  # "Lao" (the adjective) is not "Lào" (the country)
            window_start = max(0, start - 60)
            locative = None
            for match in _LOCATIVE.finditer(view[window_start:start]):
                locative = match
            chained = previous_end >= 0 and re.fullmatch(
                _vi(r",?\s*(?:tỉnh|thành phố|province|city|thủ đô)?\s*"), view[previous_end:start]
            )
            ok = bool(chained)
            position = -1
            if locative is not None:
                position = window_start + locative.start()
                gap = view[window_start + locative.end() : start]
                ok = ok or (not re.search(r"[,;:]", gap) and len(gap.split()) <= 6)
            if not ok:
                continue
            place = self.catalogue.place(key)
            if result and (chained or position == previous_locative):
                first, _, merged = result[-1]
                more_specific = _specificity(place) > _specificity(merged)
                result[-1] = (
                    first,
                    end,
                    place.merge(merged) if more_specific else merged.merge(place),
                )
            else:
                result.append((start, end, place))
            previous_end = end
            previous_locative = position
        online = _ONLINE.search(view)
        if online and not re.search(_vi(r"điện đàm|hội đàm"), view):
            result.append((online.start(), online.end(), Place(online=True)))
        return result

    def co_chairs(
        self, sentence: _Sentence, people: list[tuple[int, int, Participant]]
    ) -> list[Participant]:
        view = sentence.folded.toneless
        chairs: list[Participant] = []
        cues = [(m, True) for m in _COCHAIR.finditer(view)]
        cues += [(m, False) for m in _COCHAIR_AFTER_PAIR.finditer(view)]
        for cue, either_side in cues:
            before = [p for p in people if p[1] <= cue.start()]
            after = [p for p in people if p[0] >= cue.end()] if either_side else []
            for group, near in ((before[-2:], "before"), (after[:2], "after")):
                if len(group) < 2:
                    continue
                (_, e1, p1), (s2, e2, p2) = group
                coordinated = _COORD.search(view[e1:s2]) is not None
                close = (
                    (cue.start() - e2 <= 45)
                    if near == "before"
                    else (group[0][0] - cue.end() <= 60)
                )
                if coordinated and close:
                    chairs.extend([p1, p2])
                    break
            if not chairs and either_side and _ROLE_GROUP.search(view):
                chairs.extend(self.role_holders(_ROLE_TITLE))
        for cue in _LED_BY.finditer(view):
            after = [p for p in people if p[0] >= cue.end()]
            if after and after[0][0] - cue.end() <= 90:
                chairs.append(after[0][2])
        unique: list[Participant] = []
        for chair in chairs:
            if all(chair.name != u.name for u in unique):
                unique.append(chair)
        return unique

    def role_holders(self, title: re.Pattern[str]) -> list[Participant]:
        """One person per country whose name follows ``title`` somewhere in the document."""
        chosen: dict[str, Participant] = {}
        for context, key, written in self.titled_people:
            if title.search(context):
                participant = self.person(key, written)
                if participant.country and participant.country not in chosen:
                    chosen[participant.country] = participant
        return [chosen[c] for c in sorted(chosen, key=lambda c: c != "VN")]

    def sentence_facts(
        self, sentence: _Sentence, people: list[tuple[int, int, Participant]]
    ) -> _SentenceFacts:
        """What a sentence says as a whole, computed once however many mentions it has."""
        if self.facts is None or self.facts[0] is not sentence:
            facts = _SentenceFacts(
                chairs=self.co_chairs(sentence, people),
                planned=sentence.cue(_PLANNED),
                weak=_HELD_WEAK.search(sentence.folded.toneless) is not None,
            )
            self.facts = (sentence, facts)
        return self.facts[1]

    def tense(self, sentence: _Sentence, start: int, end: int) -> tuple[Tense, bool]:
        """The tense of a mention at ``start..end`` and whether the held cue is strong."""
        view = sentence.folded.toneless
        clause_start = max(view.rfind(";", 0, start), 0)
        clause_end = view.find(";", end)
        clause_end = len(view) if clause_end < 0 else clause_end
        after = view[end : min(clause_end, end + 60)]
        if sentence.cue(_PLANNED, max(clause_start, start - 80), start) or re.match(
            r"\W*(?:[\w-]+\s+){0,8}?(?:slated|scheduled|"
            r"set to|will|to be held)\b",
            after,
        ):
            return Tense.FUTURE, False
        if re.search(r"\bnext\b|" + _vi(r"\btiếp theo\b"), view[max(0, start - 20) : end + 20]):
            return Tense.FUTURE, False
        clause = view[clause_start:clause_end]
        if _HELD_STRONG.search(clause):
            return Tense.PAST, True
        if _HELD_WEAK.search(clause):
            return Tense.UNKNOWN, False
        return Tense.UNKNOWN, False

    def status(self, tense: Tense, strong: bool, when: When | None) -> Status | None:
        if tense is Tense.FUTURE:
            return Status.PLANNED
        if strong:
            return Status.HELD
        published = self.document.published
        if when is not None and when.window is not None and published is not None:
            earliest, latest = published.earliest, published.latest
            assert earliest is not None and latest is not None  # noqa: S101
            if when.window.latest < earliest:
                return Status.HELD
            if when.window.earliest > latest:
                return Status.PLANNED
            return Status.HELD_OR_PLANNED
        return None

    def resolve_date(self, expr: DateExpression, tense: Tense) -> tuple[When | None, str]:
        when, why = resolve(expr, self.anchor, tense, self.last_date)
        return when, why

    # ------------------------------------------------------------------ the reading

    def run(self) -> list[Mention]:
        for sentence in _sentences(self.body):
            self.sentence(sentence)
        return self.mentions

    def sentence(self, sentence: _Sentence) -> None:
        view = sentence.folded.toneless
        dates = self.dates(sentence)
        hits = [
            _Hit(s, e, self.level_checked(k, view)) for s, e, k in self.hits("mechanisms", sentence)
        ]
        ordinals = _ordinals(sentence)
        people = self.people(sentence)
        places = self.places(sentence)
        occasions = [m.start() for m in _OCCASION.finditer(view)]
        used: set[int] = set()
        sentence_mentions: list[Mention] = []
        focus = self.focus
        for hit in hits:
            mechanism = self.catalogue.mechanisms[hit.key]
            ordinal = _pair_ordinal(hit, ordinals, hits, view) if mechanism.has_ordinals else None
            if ordinal is not None:
                used.add(ordinal.start)
            end = max(hit.end, ordinal.end) if ordinal else hit.end
            start = min(hit.start, ordinal.start) if ordinal else hit.start
            in_occasion = any(
                o < start and ";" not in view[o:start] and start - o < 160 for o in occasions
            )
            next_one = _NEXT.search(view[end : end + 12]) or re.search(
                r"\bnext\s+$", view[max(0, start - 10) : start]
            )
            anaphoric = (
                ordinal is None
                and focus is not None
                and focus.series == hit.key
                and focus.ordinal is not None
                and mechanism.has_ordinals
            )
            number = ordinal.value if ordinal else None
            if anaphoric and next_one and focus is not None and focus.ordinal is not None:
                number, anaphoric = focus.ordinal + 1, False  # "the next consultation"
            mention = self.session_mention(
                sentence,
                hit.key,
                number,
                start,
                end,
                dates,
                places,
                people,
                in_occasion=in_occasion,
                anaphoric=anaphoric,
                is_next=bool(next_one),
            )
            if mention is not None:
                sentence_mentions.append(mention)
        if not sentence_mentions and focus is not None and focus.series:

            def about_focus(ordinal: int | None, start: int, end: int, **flags: bool) -> None:
                """A mention of the article's series that the sentence does not name."""
                assert focus is not None and focus.series is not None  # noqa: S101
                found = self.session_mention(
                    sentence, focus.series, ordinal, start, end, dates, places, people,
                    in_occasion=False, **flags,
                )  # fmt: skip
                if found is not None:
                    sentence_mentions.append(found)

            for ordinal in _anaphoric_ordinals(ordinals, used, view):  # "the 28th meeting"
                about_focus(
                    ordinal.value,
                    ordinal.start,
                    ordinal.end,
                    anaphoric=True,
                    is_next=False,
                    own_ordinal=True,
                )
            following = _NEXT_SESSION.search(view)  # "the next meeting", "kỳ họp tới"
            if not sentence_mentions and not hits and following and focus.ordinal is not None:
                about_focus(
                    focus.ordinal + 1,
                    following.start(),
                    following.end(),
                    anaphoric=False,
                    is_next=True,
                )
            if not sentence_mentions and not hits:  # "kỳ họp", "the meeting", co-chairs alone
                anaphor = _ANAPHOR.search(view)
                if anaphor is not None or self.sentence_facts(sentence, people).chairs:
                    start, end = (anaphor.start(), anaphor.end()) if anaphor else (0, 0)
                    about_focus(focus.ordinal, start, end, anaphoric=True, is_next=False)
            if not hits:
                self.participants(sentence, people, view)
        self.mentions.extend(sentence_mentions)
        self.events(sentence, dates, people, places, sentence_mentions, occasions)
        self.periods(sentence)
        self.anniversaries(sentence)
        if dates:
            self.seen_date = True

    def level_checked(self, key: str, view: str) -> str:
        """Swap a mechanism for its sibling when the sentence names only the sibling's level.

        "foreign ministers co-chair 8th political consultation" is the ministers' series
        even though "political consultation" is also the deputy ministers' alias.
        """
        mechanism = self.catalogue.mechanisms[key]
        if mechanism.family is None:
            return key
        cache_key = (mechanism.family, view)
        if cache_key not in self.level_cache:
            self.level_cache = {cache_key: self.levels_named(mechanism.family, view)}
        named = self.level_cache[cache_key]
        return named if named is not None else key

    def levels_named(self, family: str, view: str) -> str | None:
        """The one mechanism of ``family`` whose level the sentence names, if exactly one."""
        levels: dict[str, str] = {}
        taken: list[tuple[int, int]] = []
        siblings = [m for m in self.catalogue.mechanisms.values() if m.family == family]
        cues = sorted(
            ((cue, m.key) for m in siblings for cue in m.level_cues),
            key=lambda item: -len(item[0]),
        )
        for cue, sibling in cues:
            for match in re.finditer(r"\b" + re.escape(_vi(cue).lower()) + r"\b", view):
                if any(s <= match.start() < e for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                levels[sibling] = cue
        if len(levels) == 1:
            return next(iter(levels))
        return None

    def session_mention(
        self,
        sentence: _Sentence,
        series: str,
        ordinal: int | None,
        start: int,
        end: int,
        dates: list[DateExpression],
        places: list[tuple[int, int, Place]],
        people: list[tuple[int, int, Participant]],
        *,
        in_occasion: bool,
        anaphoric: bool,
        is_next: bool,
        own_ordinal: bool = False,
    ) -> Mention | None:
        view = sentence.folded.toneless
        tense, strong = self.tense(sentence, start, end)
        derivation: list[str] = []
        when: When | None = None
        place: Place | None = None
        chairs: list[Participant] = []
        not_before: DateWindow | None = None
        if anaphoric and not own_ordinal and self.focus is not None:
            ordinal = self.focus.ordinal
        expr: DateExpression | None = None
        if (
            is_next
            and ordinal is not None
            and self.focus is not None
            and (self.focus.ordinal == ordinal - 1)
        ):
            derivation.append(
                f"ordinal {ordinal}: 'the next' session after the"
                f" {english_ordinal(ordinal - 1)}, which this article reports"
            )
        if not in_occasion:
            expr = self.nearest_date(sentence, dates, start, end)
            if expr is not None:
                when, why = self.resolve_date(expr, tense)
                if why:
                    derivation.append(f"date {expr.text!r}: {why}")
                when = self.with_duration(view, when, derivation)
            place = self.nearest_place(places, start, end)
            chairs = self.sentence_facts(sentence, people).chairs
        status = None if in_occasion else self.status(tense, strong, when)
        if (
            status in (None, Status.HELD_OR_PLANNED)
            and tense is not Tense.FUTURE
            and not in_occasion
            and self.sentence_facts(sentence, people).weak
            and when is not None
        ):
            published = self.document.published
            if (
                when.window is not None
                and when.window.days <= 7
                and (
                    published is None
                    or (published.latest and when.window.latest <= published.latest)
                )
            ):
                status = Status.HELD
                derivation.append("reported without a tense ('diễn ra') for given days")
        if is_next:
            status = Status.PLANNED
        published = self.document.published
        if status is Status.PLANNED and when is None and published is not None:
            not_before = published.window()  # announced as still to come on the published day
            derivation.append(
                f"announced in an article published {published.format_iso()} as still to"
                " come: on or after that date"
            )
        planned = self.sentence_facts(sentence, people).planned
        if (
            anaphoric
            and not own_ordinal
            and planned
            and not sentence.cue(_PAST_MARK, 0, planned.start())
        ):
            tense = Tense.FUTURE
            status = None
            if self.document.published is not None:
                not_before = self.document.published.window()
                derivation.append(
                    "future tense in an article published"
                    f" {self.document.published.format_iso()}: on or after that date"
                )
        if (
            ordinal is None
            and not anaphoric
            and (
                when is None or (status is None and not self.sentence_facts(sentence, people).weak)
            )
        ):
            # An unnumbered mention is a session only when the sentence dates it and says
            # that it happens; otherwise it names the mechanism in passing.
            return None
        if anaphoric and not own_ordinal and not (when or place or chairs or status or not_before):
            return None
        if when is not None and when.window is not None and when.window.is_day:
            self.last_date = when
        first, last = sentence.span(0, len(view))
        mention = Mention(
            kind="session",
            document=self.document.id,
            evidence=self.evidence(first, last),
            series=series,
            ordinal=ordinal,
            status=status,
            date=when,
            place=place,
            co_chairs=chairs,
            derivation=derivation,
            published=self.document.published,
            not_before=not_before,
        )
        if (not in_occasion and not anaphoric and ordinal is not None) or (
            # Even a session named in passing tells what the article is about.
            self.focus is None and (ordinal is not None or (when is not None and not in_occasion))
        ):
            self.focus = mention
        return mention

    def with_duration(self, view: str, when: When | None, derivation: list[str]) -> When | None:
        """Widen a last day to the whole meeting ("the two-day workshop concluded on Dec 20")."""
        if when is None or when.window is None or not when.window.is_day:
            return when
        duration = _DURATION.search(view)
        if duration is None or not _CONCLUDED.search(view):
            return when
        days = _NUMBERS[duration.group("n") or duration.group("vn")]
        first = when.window.earliest - timedelta(days=days - 1)
        derivation.append(f"a {days}-day meeting that ended on {when.window.earliest}")
        return When.of(DateWindow(first, when.window.latest, Precision.DAYS), when.part_of_day)

    def nearest_date(
        self, sentence: _Sentence, dates: list[DateExpression], start: int, end: int
    ) -> DateExpression | None:
        best: tuple[int, DateExpression] | None = None
        for expr in dates:
            e_start = sentence.folded.view_offset(expr.start)
            e_end = sentence.folded.view_offset(max(expr.start, expr.end - 1)) + 1
            parenthesised = expr.start > 0 and sentence.text[max(0, expr.start - 1)] == "("
            distance = e_start - end if e_start >= end else start - e_end
            if parenthesised and not 0 <= e_start - end <= 40:
                continue
            if expr.kind == "year" and distance > 80:
                continue
            if best is None or distance < best[0]:
                best = (distance, expr)
        return None if best is None else best[1]

    def nearest_place(
        self, places: list[tuple[int, int, Place]], start: int, end: int
    ) -> Place | None:
        best: tuple[int, Place] | None = None
        for p_start, p_end, place in places:
            if start <= p_start < end:
                continue  # a country inside the mechanism's own name
            distance = p_start - end if p_start >= end else start - p_end
            if distance > 200:
                continue
            if best is None or distance < best[0]:
                best = (distance, place)
        return None if best is None else best[1]

    def place_of(self, key: tuple[str, int]) -> Place | None:
        """The place this document gives a session, from its earlier mentions."""
        for mention in self.mentions:
            if (mention.series, mention.ordinal) == key and mention.place is not None:
                return mention.place
        return None

    def participants(
        self, sentence: _Sentence, people: list[tuple[int, int, Participant]], view: str
    ) -> None:
        if self.focus is None or not people or not _PARTICIPATE.search(view):
            return
        if _COCHAIR.search(view) or _LED_BY.search(view):
            return
        first, last = sentence.span(0, len(view))
        self.mentions.append(
            attrs.evolve(
                self.focus,
                evidence=self.evidence(first, last),
                status=None,
                date=None,
                place=None,
                co_chairs=(),
                participants=tuple(p for _, _, p in people),
                derivation=(),
                not_before=None,
            )
        )

    def events(
        self,
        sentence: _Sentence,
        dates: list[DateExpression],
        people: list[tuple[int, int, Participant]],
        places: list[tuple[int, int, Place]],
        sessions: list[Mention],
        occasions: list[int],
    ) -> None:
        view = sentence.folded.toneless
        cues: list[tuple[int, int, EventKind]] = []
        for kind, pattern in _EVENT_CUES:
            for match in pattern.finditer(view):
                if _REFERENCE.search(view[max(0, match.start() - 12) : match.start()]):
                    continue  # "Tại cuộc hội đàm" refers back to talks already reported
                if any(c[0] <= match.start() < c[1] for c in cues):
                    continue
                if kind is not EventKind.VISIT and any(c[2] is kind for c in cues):
                    continue  # one reception, one call … per sentence
                cues.append((match.start(), match.end(), kind))
        side = _SIDE_EVENT.search(view)
        if side and occasions:
            cues.append((side.start(), side.end(), EventKind.SIDE_EVENT))
        if not cues:
            return
        if sentence.cue(_PLANNED, 0, cues[0][0]) or re.search(r"\bwill\b", view):
            return
        visits = [c for c in cues if c[2] is EventKind.VISIT]
        if visits:
            cues = visits + [c for c in cues if c[2] is EventKind.SIDE_EVENT]
        cues.sort()
        for index, (c_start, c_end, kind) in enumerate(cues):
            seg_start = 0 if index == 0 else cues[index - 1][1]
            seg_end = cues[index + 1][0] if index + 1 < len(cues) else len(view)
            if kind is EventKind.VISIT and index:
                seg_start = c_start  # "chuyến thăm … của X": the visitor follows the cue
            in_seg = [d for d in dates if c_start <= sentence.folded.view_offset(d.start) < seg_end]
            lead = [d for d in dates if sentence.folded.view_offset(d.start) < cues[0][0]]
            expr = in_seg[0] if in_seg else (lead[0] if lead else None)
            derivation: list[str] = []
            when: When | None = None
            if expr is not None:
                when, why = self.resolve_date(expr, Tense.PAST)
                if why:
                    derivation.append(f"date {expr.text!r}: {why}")
                if when is not None and when.window is not None and when.window.is_day:
                    self.last_date = when
            elif not self.seen_date and self.document.published is not None:
                window = self.document.published.window()
                if window is not None:
                    when = When.of(window)
                    derivation.append(
                        "no date in the text before it: the article's published date"
                        f" {self.document.published.format_iso()}"
                    )
            if when is None:
                continue
            members = [p for s, _, p in people if seg_start <= s < seg_end]
            if kind is EventKind.SIDE_EVENT:
                members = []
            if not members and kind is not EventKind.SIDE_EVENT:
                continue
            place = None
            destination = self.catalogue.find("places", sentence.folded.plain[c_end : c_end + 25])
            seg_places = [p for s, _, p in places if seg_start <= s < seg_end]
            lead_places = [p for s, _, p in places if s < cues[0][0]] if index == 0 else []
            if kind is EventKind.VISIT and destination:
                place = self.catalogue.place(destination[0][2])
                if seg_places and place.agrees_with(seg_places[0]):
                    place = seg_places[0].merge(place)
            elif seg_places or lead_places:
                place = (lead_places or seg_places)[0]
            related = None
            what = ""
            if kind is EventKind.SIDE_EVENT:
                occasion_sessions = [m for m in sessions if m.ordinal is not None]
                if not occasion_sessions:
                    continue
                occasion = occasion_sessions[0]
                related = (occasion.series or "", occasion.ordinal or 0)
                what = _what(sentence, c_start)
                held_at = self.place_of(related)
                if place is None and held_at is not None and held_at.country:
                    place = Place(country=held_at.country)
                    derivation.append(
                        f"country {held_at.country}: held on the occasion of {related[0]}"
                        f" #{related[1]}, which this article places there"
                    )
            first, last = sentence.span(seg_start, seg_end)
            event = Event(
                kind=kind,
                summary=_summary(kind, members, place, related, what),
                date=when,
                place=place,
                participants=members,
                evidence=(self.evidence(first, last),),
                related_to=related,
                derivation=derivation,
            )
            self.mentions.append(
                Mention(
                    kind="event",
                    document=self.document.id,
                    evidence=event.evidence[0],
                    date=when,
                    place=place,
                    participants=members,
                    event=event,
                    derivation=derivation,
                    published=self.document.published,
                )
            )

    def periods(self, sentence: _Sentence) -> None:
        for match in _PERIOD.finditer(sentence.folded.toneless):
            first_year, last_year = int(match.group("a")), int(match.group("b"))
            if last_year <= first_year or last_year - first_year > 30:
                continue
            start, end = sentence.span(match.start(), match.end())
            name_start, name_end = sentence.span(match.start("name"), match.end("name"))
            name = re.sub(r"\s+", " ", self.text[name_start:name_end]).strip()
            keywords = list(_PERIOD_KEYWORD.finditer(FoldedText.of(name).toneless))
            if len(keywords) > 1:
                name = name[keywords[-1].start() :]
            name = re.sub(_vi(r"\s+(?:giai đoạn|period)$"), "", name, flags=re.IGNORECASE)
            self.add_period(name, first_year, last_year, start, end)
        view = sentence.folded.toneless
        for anchor in _THEMED_ANCHOR.finditer(view):
            first = sentence.folded.original_span(anchor.start(), anchor.start() + 1)[0]
            if anchor.group() != "year" and not sentence.text[first].isupper():
                continue  # a themed year's name is capitalised: "Năm Đoàn kết …"
            after = _THEMED_AFTER.match(view, anchor.start(), anchor.start() + 120)
            if after is not None:  # "Năm … 2022", "Year of … 2022"
                name_span = (anchor.start(), after.start("y"))
                span = (anchor.start(), after.end())
                year_text = after.group("y")
            else:  # "… Friendship and Solidarity Year 2017"
                number = _YEAR_AFTER.match(view, anchor.start())
                words = _THEMED_BEFORE.search(view, max(0, anchor.start() - 80), anchor.start())
                if number is None or words is None:
                    continue
                name_span = (words.start(), anchor.end())
                span = (words.start(), number.end())
                year_text = number.group("y")
            self.themed_year(sentence, name_span, span, int(year_text))
        for match in _CHAIR_YEAR.finditer(sentence.folded.toneless):
            # "Lào đảm nhiệm … vai trò Chủ tịch ASEAN trong năm 2024"
            start, end = sentence.span(match.start(), match.end())
            before = sentence.folded.plain[max(0, match.start() - 70) : match.start()]
            country = self.catalogue.find("places", before)
            holder = ""
            if country and self.catalogue.places[country[-1][2]].kind == "country":
                holder = self.catalogue.places[country[-1][2]].name("en") + ": "
            year = int(match.group("y") or match.group("y2"))
            self.add_period(f"{holder}ASEAN Chair", year, year, start, end)

    def themed_year(
        self, sentence: _Sentence, name_span: tuple[int, int], span: tuple[int, int], year: int
    ) -> None:
        """A named year, kept when its name is mostly capitalised words (a proper name)."""
        name_start, name_end = sentence.span(*name_span)
        words = self.text[name_start:name_end].strip(' ,“”"').split()
        while words and not words[0][:1].isupper():
            words.pop(0)  # "the success of the Friendship … Year": the name starts capitalised
        if len(words) >= 3 and sum(w[:1].isupper() for w in words) * 2 >= len(words) + 1:
            start, end = sentence.span(*span)
            self.add_period(" ".join(words).rstrip(","), year, year, start, end)

    def anniversaries(self, sentence: _Sentence) -> None:
        """Anniversaries, marked in the article's year ("kỷ niệm 60 năm Ngày thiết lập …")."""
        year = self.anchor.year
        if year is None:
            return
        view = sentence.folded.toneless
        for anchor in _ANNIVERSARY_ANCHOR.finditer(view):
            position = anchor.end() if anchor.group("vi") else anchor.start()
            pattern = _ANNIVERSARY_VI if anchor.group("vi") else _ANNIVERSARY_EN
            while (match := pattern.match(view, position)) is not None:
                nth = int(match.group("n"))
                start, end = sentence.span(match.start("n"), match.end("name"))
                name_start, name_end = sentence.span(match.start("name"), match.end("name"))
                name = self.text[name_start:name_end].strip()
                if 1 <= nth <= 1000 and len(name) >= 4:
                    evidence = self.evidence(start, end)
                    self.mentions.append(
                        Mention(
                            kind="anniversary",
                            document=self.document.id,
                            evidence=evidence,
                            anniversary=Anniversary(
                                name=name, nth=nth, year=year, evidence=(evidence,)
                            ),
                        )
                    )
                position = match.end()
                joint = _ANNIVERSARY_JOINT.match(view, position)
                if joint is None:
                    break
                position = joint.end()

    def add_period(self, name: str, first: int, last: int, start: int, end: int) -> None:
        evidence = self.evidence(start, end)
        period = Period(name=name, start_year=first, end_year=last, evidence=(evidence,))
        self.mentions.append(
            Mention(kind="period", document=self.document.id, evidence=evidence, period=period)
        )


def _specificity(place: Place) -> int:
    return sum(1 for part in (place.venue, place.city, place.province) if part)


def _what(sentence: _Sentence, start: int) -> str:
    """The words that name a side event: from its cue to a closing quote or about 90 chars."""
    first, _ = sentence.folded.original_span(start, start)
    text = sentence.text[first : first + 140]
    closing = max(text.find("”", 0, 120), text.find('"', 1, 120))
    if closing > 0:
        return text[: closing + 1]
    cut = text.rfind(" ", 0, 90)
    return text[: cut if cut > 40 else 90].rstrip(" ,;")


def _summary(
    kind: EventKind,
    members: list[Participant],
    place: Place | None,
    related: tuple[str, int] | None,
    what: str = "",
) -> str:
    label = {
        EventKind.VISIT: "Visit", EventKind.RECEPTION: "Reception", EventKind.TALKS: "Talks",
        EventKind.CALL: "Phone or online talks", EventKind.SIDE_EVENT: "Side event",
    }[kind]  # fmt: skip
    text = label
    if kind is EventKind.VISIT and place is not None and place.country:
        text += f" to {place.country}"
    if members:
        text += ": " + ", ".join(m.name for m in members)
    elif what:
        text += ": " + what[:1].upper() + what[1:]
    if related is not None:
        text += f" (on the occasion of {related[0]} #{related[1]})"
    return text


def extract(document: Document, catalogue: Catalogue | None = None) -> list[Mention]:
    """Extract every mention of a session, event or period from one document.

    >>> from vnlao_events import bundled_seeds
    >>> [(m.kind, m.series, m.ordinal) for m in extract(bundled_seeds()[0])][0]
    ('session', 'political-consultation', 7)

    Args:
        document: the article.
        catalogue: mechanisms, places and people to recognise; the built-in one by default.

    Returns:
        The mentions, in text order within each kind. Never raises on odd text.
    """
    reader = _DocumentReader(document, catalogue or Catalogue.default())
    mentions = reader.run()
    if reader.anchor.content_year is not None and mentions:
        note = f"document year {reader.anchor.content_year}: {reader.anchor.content_why}"
        mentions = [
            attrs.evolve(m, derivation=(*m.derivation, note))
            if m.date is not None and any("year " in d for d in m.derivation)
            else m
            for m in mentions
        ]
    return mentions


def extract_all(
    documents: Iterable[Document], catalogue: Catalogue | None = None
) -> Iterator[Mention]:
    """Extract mentions from many documents, one document at a time (streaming).

    >>> from vnlao_events import bundled_seeds
    >>> sum(1 for m in extract_all(bundled_seeds()) if m.kind == "event") > 0
    True
    """
    cat = catalogue or Catalogue.default()
    for document in documents:
        yield from extract(document, cat)
