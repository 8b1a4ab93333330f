"""People in a sentence and who co-chairs.

People are catalogue entries (any spelling, with or without diacritics) and names written
after a title ("Deputy Foreign Minister Phonsavan Sisoulath", "đồng chí Somsavath
Lengsavad"); organisation words ("Lao People's Revolutionary Party") are never people.
Co-chairs are two coordinated people next to "đồng chủ trì" / "co-chaired", the person
after "headed by" / "under the co-chairing of", the person before "làm Trưởng đoàn", or
the two prime ministers when the sentence says "the two PMs". A host and a guest co-chair
the session the guest's visit is for ("Nhận lời mời của X, Y … đồng chủ trì", "X welcomed
Y … to co-chair"); "His Lao counterpart was Y" and "He and X co-chaired" pair with the one
person the sentence before named ("On June 1, he and X …" too, after a fronted adverbial);
"X and his Lao counterpart co-chaired", the counterpart unnamed, gives X (and the one person
of the other side the sentence before named); a ministry, a rank or a post between a title
and a name ("Minister of Home Affairs X", "Thứ trưởng Bộ Nội vụ Lào X", "Đại sứ Lào tại Việt
Nam X") is not the name; an introducer glued to the next word by scraping ("led
byForeign Minister Y") still introduces.

>>> from vnlao_events._documents import Document
>>> from vnlao_events.extract.context import DocumentView
>>> from vnlao_events.extract.sentences import Sentence
>>> text = "Deputy Foreign Minister Phonsavan Sisoulath spoke."
>>> found, _ = find_people(Sentence.of(0, text), DocumentView.of(Document.from_text(text)), ())
>>> [p.name for _, _, p in found]
['Phonsavan Sisoulath']
"""

from __future__ import annotations

import locale
import re
import unicodedata
from functools import lru_cache
from itertools import islice, pairwise

from .._catalogue import Catalogue
from .._model import Participant, in_member_order
from .._temporal import vi_re
from .._text import UPPER, fold_plain, fold_toneless
from .context import DocumentView
from .phrases import Phrases, Searcher, Trigger, active, alternation, word_alternation
from .sentences import Sentence

__all__ = [
    "co_chairs", "coordinated_pair", "find_people", "referents", "role_holders", "triggers",
]  # fmt: skip

Found = list[tuple[int, int, Participant]]

_CAP_WORD = UPPER + r"[\w’'\-]*"
_CAP_WORD_RE = re.compile(_CAP_WORD)
_WORD_RE = re.compile(r"\S+")
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")
_LEAD_REVERSED = re.compile(r"\s*,([^\s,;:()]+(?:\s+[^\s,;:()]+){0,4})")  # "X Y, " reversed
_TRANSLITERATION = re.compile(r"\s*\(([^()]{3,60})\)")


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    """A word as the stop lists hold it: toneless and lower case, folded once per spelling.

    >>> _fold_word("Thủ")
    'thu'
    """
    return vi_re(word).lower()


@lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """:func:`fold_plain`, folded once per text (names and places recur in every article)."""
    return fold_plain(text)


def _not_names() -> frozenset[str]:
    return active().memo("people._not_names", _build_not_names)


def _build_not_names(phrases: Phrases) -> frozenset[str]:
    words = phrases.words("people", "not_names")
    return frozenset(vi_re(part).lower() for word in words for part in word.split())


def _not_a_name(token: str, folded: str, stop: frozenset[str]) -> bool:
    """Whether a word is one of the words that are no name, its tone marks checked.

    The stop list is matched without tone marks; a word written with diacritics must also
    carry the list's tone: "Trương" (a family name) is not "Trưởng" (head), so "bà Trương
    Thị Mai" keeps her family name. A word typed without any ("Thu tuong") is read as the
    list's.

    >>> stop = _not_names()
    >>> [_not_a_name(w, _fold_word(w), stop) for w in ("Trưởng", "Trương", "Thứ", "Thu")]
    [True, False, True, True]
    """
    if folded not in stop:
        return False
    if token.isascii():
        return True  # typed without diacritics: "Thu tuong" is "Thủ tướng"
    tones = active().memo("people._not_names_tones", _build_not_names_tones)
    return _tone(token) in tones.get(folded, ())


def _tone(word: str) -> str:
    """The tone marks of a word, wherever they are placed ("hoà" and "hòa" alike)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if c in _TONE_MARKS)


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _build_not_names_tones(phrases: Phrases) -> dict[str, frozenset[str]]:
    tones: dict[str, set[str]] = {}
    for word in phrases.words("people", "not_names"):
        for part in word.split():
            tones.setdefault(vi_re(part).lower(), set()).add(_tone(part))
    return {folded: frozenset(found) for folded, found in tones.items()}


def _organisation() -> re.Pattern[str]:
    return active().memo("people._organisation", _build_organisation)


def _build_organisation(phrases: Phrases) -> re.Pattern[str]:
    return phrases.pattern("people", "organisations")


def _pattern(name: str) -> re.Pattern[str]:
    if name == "introducers":
        return active().memo("people._introducers", _build_introducers)
    return active().pattern("people", name)


def _introducers(sentence: Sentence, name: str) -> list[re.Match[str]]:
    """The matches of an introducer name, also where scraping glued it to the next word.

    "the Lao side was led byForeign Minister Saleumxay Kommasith": a lower-case letter
    followed by a capital inside one word is a line break lost, so "by" ends there.

    >>> s = Sentence.of(0, "The Lao side was led byForeign Minister X.")
    >>> [m.group() for m in _introducers(s, "led_by")]
    ['led by']
    >>> _introducers(Sentence.of(0, "He was led bygone ways."), "led_by")
    []
    """
    view, clean = sentence.view, sentence.folded.clean
    found = []
    for match in _unbounded(name).finditer(view):
        end = match.end()
        inside = end < len(view) and (view[end].isalnum() or view[end] in "_-")
        if inside and not (clean[end].isupper() and clean[end - 1].islower()):
            continue  # "led bygone": the phrase is part of a longer word
        found.append(match)
    return found


def _unbounded(name: str) -> re.Pattern[str]:
    return active().memo(
        "people._unbounded." + name,
        lambda phrases: re.compile(word_alternation(phrases.words("people", name), closed=False)),
    )


def _role_title() -> re.Pattern[str]:
    return active().memo("people._role_title", _build_role_title)


def _build_role_title(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(alternation(phrases.words("people", "role_title")) + r"[^,.;]{0,60}$")


def _country_words(view: DocumentView) -> frozenset[str]:
    """The words of the gazetteer's country names ("Campuchia", "Trung Quốc"): never a name."""
    return view.catalogue.memo(
        "people.country_words",
        lambda catalogue: frozenset(vi_re(w).lower() for w in catalogue.country_words()),
    )


def _english_only(phrases: Phrases) -> frozenset[str]:
    # organisation words of English alone ("Affairs", "Committee"): no Vietnamese syllable
    english = {
        vi_re(p).lower() for w in phrases.words("people", "not_names", "en") for p in w.split()
    }
    others = {
        vi_re(p).lower()
        for lang in phrases.tables
        if lang != "en"
        for w in phrases.words("people", "not_names", lang)
        for p in w.split()
    }
    return frozenset(english - others)


def _multiword_not_names(phrases: Phrases) -> re.Pattern[str]:
    # "Phu nhân", "Bộ Chính trị": a title of several words, never the end of a name
    words = [w for w in phrases.words("people", "not_names") if len(w.split()) > 1]
    return re.compile(alternation(words) + r"(?![\w-])")


_DASHES = frozenset({"-", "–", "—"})


def _name_after(
    sentence: Sentence,
    position: int,
    countries: frozenset[str] = frozenset(),
    places: Catalogue | None = None,
) -> tuple[int, int] | None:
    """An unknown person's name: capitalised words after a title, org words skipped.

    A capitalised run that turns out to be an organisation's ("the National Boundary
    Commission under the Ministry of Foreign Affairs X", "the Committee for Overseas
    Vietnamese Affairs X") is skipped too, and the name looked for after it.
    """
    clean = sentence.folded.clean  # case kept, invisibles gone
    edge = position + 170
    while edge < len(clean) and not clean[edge].isspace():
        edge += 1  # the window ends between words, never inside a name ("Võ Văn |Thưởng")
    rest = clean[position:edge]
    name: list[re.Match[str]] = []
    skipping = True
    # inside an organisation's name its lower-case words go on, if its country ends it
    in_organisation = lower_run = False
    stop = _not_names()
    english = active().memo("people._english_only", _english_only)
    for word in islice(_WORD_RE.finditer(rest), 20):
        token = word.group().strip(',.;:()"“”')
        folded = _fold_word(token)
        if word.group() == "," and not name and skipping:
            continue  # "the two deputy ministers, X and Y": a comma before the apposed name
        if word.group() in _DASHES and not name and skipping:
            continue  # "Vice Chairman of Laos - Vietnam Cooperation Committee X": its name's dash
        if "(" in word.group() or not token or not _CAP_WORD_RE.fullmatch(token):
            if len(name) == 1 and not token.isascii():
                # "Bộ trưởng Bộ Nội vụ Lào X": a capital then a lower-case syllable is the
                # name of a ministry ("Nội vụ", "Quốc phòng", "Công an"), not of a person;
                # its lower-case words may go on to its country ("Hội đồng Khoa học xã hội
                # quốc gia Lào X")
                name, skipping, in_organisation = [], True, True
                continue
            if (
                name
                and folded in stop
                and (_organisation().search(_run(name)) or _a_place(name, places))
            ):
                # "… Boundary Commission under the Ministry …", "the Quang Tri provincial …"
                name, skipping = [], True
                continue
            # "Bộ Kế hoạch và Đầu tư", "Minister of Planning and Investment": the lower-case
            # words of an organisation's name between the title and the name are skipped
            if name or not skipping or (folded not in stop and not in_organisation):
                break
            lower_run = lower_run or folded not in stop
            continue
        country = all(part in countries for part in re.split(r"[-–]", folded))  # "Lào-Việt"
        if lower_run and not country and not _place_at(rest, word.start(), places):
            break  # "Bộ Công an chủ trì hội nghị với Lào X": a verb ended the name
        lower_run = False
        if name and folded in english and not _middle_the(token, rest, word.end()):
            name, skipping = [], True  # "Overseas Vietnamese Affairs": an organisation's words
            continue
        if skipping and (_not_a_name(token, folded, stop) or country):
            in_organisation = in_organisation or folded in stop  # "Sở Ngoại vụ tỉnh …"
            continue
        skipping = False
        name.append(word)
        if word.group() != token:
            break
    else:
        if name and _CAPITAL_NEXT.match(rest, name[-1].end()):
            return None  # the twenty words ran out inside the name: a later title reads it
    titles_after = active().memo("people._multiword_not_names", _multiword_not_names)
    while name and titles_after.match(vi_re(rest[name[-1].start() :]).lower()):
        name.pop()  # "Vandara Siphandone Phu nhân": a title after the name is not in it
    if places is not None and len(name) > 2:
        # "Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng": the province before the name
        plain = _plain(" ".join(w.group() for w in name))
        hits = places.find("places", plain)
        if hits and hits[0][0] == 0 and plain[hits[0][1] : hits[0][1] + 1] == " ":
            name = name[plain[: hits[0][1]].count(" ") + 1 :]
    if not 2 <= len(name) <= 4 or _a_place(name, places):
        return None  # "chủ trì hội nghị tại Hà Nội": a place is no person
    if _organisation().search(_run(name)):
        return None  # "the Central Theory Council" is no person
    first = position + name[0].start()  # the views share the clean text's offsets
    if _organisation().match(sentence.view, first, position + name[-1].end() + 12):
        return None  # "cùng Đoàn Đại biểu Cấp cao …": a delegation's name goes on lower-case
    last_token = name[-1].group().rstrip(',.;:()"“”')
    return position + name[0].start(), position + name[-1].start() + len(last_token)


def _middle_the(word: str, text: str, end: int) -> bool:
    """Whether "The" between two words of a name is the middle name Thế written plain.

    "Dinh The Huynh", "Nguyen The Ky": after a name's first word and before a capital, "The"
    is no article.

    >>> _middle_the("The", "Dinh The Huynh", 8), _middle_the("The", "X The minister", 5)
    (True, False)
    """
    return word == "The" and _CAPITAL_NEXT.match(text, end) is not None


def _place_at(text: str, start: int, places: Catalogue | None) -> bool:
    """Whether a place of the gazetteer begins at ``start`` ("Nghệ An Nguyễn Văn A")."""
    if places is None:
        return False
    hits = places.find("places", _plain(text[start : start + 40]))
    return bool(hits) and hits[0][0] == 0


def _a_place(name: list[re.Match[str]], places: Catalogue | None) -> bool:
    """Whether the words of a candidate name are one place of the gazetteer ("Quang Tri")."""
    if places is None:
        return False
    plain = _plain(" ".join(w.group().strip(',.;:()"“”') for w in name))
    hits = places.find("places", plain)
    return bool(hits) and (hits[0][0], hits[0][1]) == (0, len(plain))


def _run(name: list[re.Match[str]]) -> str:
    """The words of a candidate name, folded, for the organisation test."""
    return vi_re(" ".join(w.group().strip(',.;:()"“”') for w in name)).lower()


def _written(sentence: Sentence, start: int, end: int) -> str:
    """A name as written: its case and letters, composed, with invisible characters gone.

    ("Somsavath Leng\u00adsavad" with a soft hyphen is written "Somsavath Lengsavad"; the
    evidence of the mention still quotes the original text.)
    """
    return sentence.folded.clean[start:end]


def _learn_transliterations(
    sentence: Sentence, found: Found, learned: dict[str, Participant]
) -> Found:
    """'Name (Vietnamese transliteration)': the parenthesis is the same person.

    The transliteration is learned as an alias for the rest of the document, and no
    second person is made of it.
    """
    view = sentence.view
    kept: Found = []
    inside: list[tuple[int, int]] = []
    for start, end, person in found:
        if any(a <= start < b for a, b in inside):
            continue
        kept.append((start, end, person))
        match = _TRANSLITERATION.match(view, end)
        if match is None:
            continue
        alias = sentence.folded.clean[match.start(1) : match.end(1)]
        if re.fullmatch(r"(?:" + _CAP_WORD + r"\s*){2,5}", alias):
            learned.setdefault(fold_plain(alias), person)
            inside.append((match.start(), match.end()))
    return kept


_SHORT = "\x00"  # opens a key of ``learned`` that is a short name; alone, the mark that some are
_AMBIGUOUS = Participant(written="")  # a short name two people of the document share
_SHORT_WORD = re.compile(UPPER + r"[a-zà-ỹ’'\-]{2,}")  # "Chinh", "Phúc"
_CAPITAL_NEXT = re.compile(r"\s+" + UPPER)  # a capitalised word right after: "Son La"


def _learn_short_names(
    found: Found, learned: dict[str, Participant], stop: frozenset[str], catalogue: Catalogue
) -> None:
    """What each person named in full may be called later: the given name.

    English reports name a person in full once, then by the given name alone: the last
    word of a Vietnamese name ("Pham Minh Chinh" → "PM Chinh"), the first of a Lao one
    ("Sonexay Siphandone" → "Sonexay"), as the gazetteer's ``given_name`` of the person's
    country says; of a longer name of no known side the last word, of a two-word one
    either. A short name two people of the document share is nobody's.
    """
    for _, _, person in found:
        order = catalogue.given_name(person.country) if person.country else None
        for written in {person.name, person.written}:
            for word, key in _short_keys(written, order):
                if _fold_word(word) in stop:
                    continue
                learned.setdefault(_SHORT, _AMBIGUOUS)  # the mark that short names are known
                other = learned.get(key)
                if other is None:
                    learned[key] = person
                elif other is not _AMBIGUOUS and other.name != person.name:
                    learned[key] = _AMBIGUOUS


@lru_cache(maxsize=4096)
def _short_keys(written: str, order: str | None) -> tuple[tuple[str, str], ...]:
    r"""The given names a name may be shortened to, each with its key in ``learned``.

    >>> _short_keys("Pham Minh Chinh", "last")
    (('Chinh', '\x00chinh'),)
    """
    words = written.split()
    if len(words) < 2:
        return ()
    if order == "last" or (order is None and len(words) > 2):
        short = [words[-1]]
    elif order == "first":
        short = [words[0]]
    else:
        short = [words[0], words[-1]]
    return tuple((word, _short_key(word)) for word in short if len(word) >= 3)


def _short_key(word: str) -> str:
    """The key of ``learned`` a short name is kept under: the word folded plain."""
    return _SHORT + (word.lower() if word.isascii() else fold_plain(word))


def _short_names(
    sentence: Sentence, found: Found, learned: dict[str, Participant], titles: list[re.Match[str]]
) -> Found:
    """The people an English sentence calls by a short name learned earlier ("Chinh and Sonexay").

    A short name stands alone: no capitalised word right after it ("Son La" is a
    province), and before it none but a title ("PM Chinh"). Vietnamese text is left
    alone, where a short name is also a common word ("Chính phủ", "phía Nam").
    """
    if _SHORT not in learned:
        return []  # no one named in full yet
    text = sentence.folded.clean
    if not text.isascii() and len(text) - len(text.encode("ascii", "ignore")) > len(text) // 20:
        return []  # Vietnamese: more than one character in twenty is not ASCII
    title_ends = {m.end() for m in titles}
    more: Found = []
    for word in _SHORT_WORD.finditer(text):
        start, end = word.span()
        person = learned.get(_short_key(word.group()))
        if person is None or person is _AMBIGUOUS:
            continue
        if any(s < end and start < e for s, e, _ in found):
            continue
        if _CAPITAL_NEXT.match(text, end) or text[end : end + 1].isalnum():
            continue  # "Son La", "Viet Nam": a longer name's first word
        before = text[max(0, start - 40) : start]
        if (
            re.search(UPPER + r"[\w’'-]*\s+$", before)
            and start - 1 - (len(before) - len(before.rstrip())) + 1 not in title_ends
        ):
            continue  # "Pham Minh Chinh" is a full name, found or not; "PM Chinh" is his
        more.append((start, end, person))
    return more


def triggers() -> tuple[Trigger, ...]:
    """What a sentence with no catalogue person must match for this module to find one.

    A title introduces an unknown name; a co-chair cue alone takes the pair of the
    sentence before.

    >>> any(p.search("deputy foreign minister nguyen minh vu") for p in triggers())
    True
    """
    # each searched alone: inside a larger alternation a search could not skip through them
    return (Searcher(_pattern("titles")), Searcher(_pattern("cochair")))


def _title_starts(sentence: Sentence, titles: list[re.Match[str]]) -> list[int]:
    """Where a name may follow: after each title and each introducer of a chair.

    "co-chaired by Tran Van Binh of Vietnam", "dưới sự chủ trì của Trần Văn Bình": an
    introducer is followed by a name as a title is. ``titles`` are the sentence's title
    matches, found once.
    """
    ends = [m.end() for m in titles]
    if _has_introducer(sentence):
        ends += [m.end() for m in _introducers(sentence, "chaired_by")]
        ends += [m.end() for m in _introducers(sentence, "led_by")]
    return sorted(set(ends))


_LAST_INTRODUCER: list[tuple[Phrases | None, str, bool]] = [(None, "", False)]


def _has_introducer(sentence: Sentence) -> bool:
    """Whether the sentence holds any introducer of a chair: searched once per sentence.

    People and co-chairs both ask it of the same sentence, one after the other; the last
    answer is kept for its text and phrases.

    >>> _has_introducer(Sentence.of(0, "The talks were led by X.")), _has_introducer(
    ...     Sentence.of(0, "They met."))
    (True, False)
    """
    view, phrases = sentence.view, active()
    known, text, answer = _LAST_INTRODUCER[0]
    if known is phrases and (text is view or text == view):
        return answer
    answer = _pattern("introducers").search(view) is not None
    _LAST_INTRODUCER[0] = (phrases, view, answer)
    return answer


def _build_introducers(phrases: Phrases) -> re.Pattern[str]:
    words = (*phrases.words("people", "chaired_by"), *phrases.words("people", "led_by"))
    return re.compile(word_alternation(words, closed=False))


def _coordinated_name(
    sentence: Sentence, end: int, countries: frozenset[str], view: DocumentView
) -> tuple[int, int] | None:
    """The second name of "Deputy Foreign Ministers X and Y", "hai đồng chí X và Y".

    A coordinator right after a titled name, then a name of its own (no title between).
    """
    coordinator = _pattern("coordinators").match(sentence.view, end + 1)
    if coordinator is None or not sentence.view[end : end + 1].isspace():
        return None
    name = _name_after(sentence, coordinator.end(), countries, view.catalogue)
    if name is None or re.search(r"\S", sentence.view[coordinator.end() : name[0]]):
        return None
    return name


def _name_before(sentence: Sentence, title: int, view: DocumentView) -> tuple[int, int] | None:
    """A name written before its titles: "Tran Van Binh, Deputy Foreign Minister, and …".

    Two to four capitalised words between the sentence's start, a comma or a coordinator
    and ", <title>"; none of them an organisation's, a country's or a place's.
    """
    clean = sentence.folded.clean
    window = max(0, title - 80)
    segment = clean[window:title]
    # the last one to five words before the comma, read backwards from the title: one
    # anchored match instead of a search trying every start
    tail = _LEAD_REVERSED.match(segment[::-1])
    if tail is None:
        return None
    lead_start, lead_end = len(segment) - tail.end(1), len(segment) - tail.start(1)
    tokens = list(_WORD_RE.finditer(segment, lead_start, lead_end))
    stop = _not_names()
    countries = _country_words(view)
    coordinator = active().memo(
        "people._coordinator_end",
        lambda phrases: re.compile(
            r"(?<![\w-])" + alternation(phrases.words("people", "coordinators")) + r"\s+$"
        ),
    )
    for size in (4, 3, 2):
        words = tokens[-size:]
        if len(words) < size:
            continue
        start = window + words[0].start()
        end = window + words[-1].end()
        before = sentence.view[:start].rstrip()
        if before and not before.endswith((",", "(")) and not coordinator.search(before + " "):
            continue
        texts = [w.group() for w in words]
        if not all(_CAP_WORD_RE.fullmatch(w) for w in texts) or any(
            _fold_word(w) in stop or _fold_word(w) in countries for w in texts
        ):
            continue
        if _organisation().search(_run(words)) or view.catalogue.find(
            "places", _plain(" ".join(texts))
        ):
            return None
        return start, end
    return None


def _surname_first(view: DocumentView, written: str) -> str | None:
    """A catalogue person whose two names are written the other way round.

    Lao names are given name then surname ("Saleumxay Kommasith"); some reports put the
    surname first, as Vietnamese names are ("Kommasith Saleumxay"). Two words only: a
    Vietnamese name of three is never read backwards.

    >>> from vnlao_events._documents import Document
    >>> _surname_first(DocumentView.of(Document.from_text("x")), "Kommasith Saleumxay")
    'saleumxay-kommasith'
    """
    words = written.split()
    if len(words) != 2:
        return None
    return view.catalogue.person_like(f"{words[1]} {words[0]}")


def find_people(
    sentence: Sentence, view: DocumentView, learned: tuple[tuple[str, Participant], ...]
) -> tuple[Found, tuple[tuple[str, Participant], ...]]:
    """The people of a sentence (spans of its views) and the transliterations now known."""
    known = dict(learned)
    found: Found = []
    for start, end, key in view.hits("people", sentence):
        found.append((start, end, view.person(key, _written(sentence, start, end))))
    countries = _country_words(view)

    def add(start: int, end: int) -> None:
        if any(s < end and start < e for s, e, _ in found):
            return
        written = _written(sentence, start, end)
        person = known.get(_plain(written))
        if person is None:  # a catalogue person in another romanization ("Sisoulit")
            like = view.catalogue.person_like(written) or _surname_first(view, written)
            person = view.person(like, written) if like else Participant(written=written)
        found.append((start, end, person))

    titles = list(_pattern("titles").finditer(sentence.view))
    for position in _title_starts(sentence, titles):
        name = _name_after(sentence, position, countries, view.catalogue)
        if name is None:
            continue
        add(*name)
        second = _coordinated_name(sentence, name[1], countries, view)
        if second is not None:
            add(*second)  # "Deputy Foreign Ministers X and Y"
    stop = _not_names()
    comma = sentence.view.find(",")
    for match in titles:
        if comma < 0 or comma >= match.start():
            continue  # "X, <title>": no comma before the title, no name before it
        begin = match.start()  # back over the title's own words: "Lao Deputy Foreign Minister"
        while word := _LAST_WORD.search(sentence.view[max(0, begin - 30) : begin]):
            if vi_re(word.group(1)) not in stop:
                break
            begin -= len(word.group())
        if sentence.view[max(0, begin - 3) : begin].rstrip().endswith(","):
            name = _name_before(sentence, begin, view)
            if name is not None:
                add(*name)  # "X, Deputy Foreign Minister, …"
    found.sort(key=lambda item: item[0])
    found = _learn_transliterations(sentence, found, known)
    _learn_short_names(found, known, countries, view.catalogue)
    found += _short_names(sentence, found, known, titles)
    found.sort(key=lambda item: item[0])
    deduped: Found = []
    for item in found:
        if all(item[2].name != other[2].name for other in deduped):
            deduped.append(item)
    return deduped, tuple(known.items())


def role_holders(view: DocumentView, title: re.Pattern[str]) -> list[Participant]:
    """One person per country whose name follows ``title`` somewhere in the document."""
    chosen: dict[str, Participant] = {}
    for context, key, written in view.titled_people:
        if title.search(context):
            participant = view.person(key, written)
            if participant.country and participant.country not in chosen:
                chosen[participant.country] = participant
    return list(in_member_order(chosen.values(), view.catalogue.members()))


def coordinated_pair(sentence: Sentence, people: Found) -> tuple[Participant, ...]:
    """The first two people a sentence coordinates ("X and his Lao counterpart Y").

    >>> from vnlao_events._documents import Document
    >>> from vnlao_events.extract.context import DocumentView
    >>> text = "Minister Tran Van Binh and his Lao counterpart Khamla Sonsay met."
    >>> s = Sentence.of(0, text)
    >>> found, _ = find_people(s, DocumentView.of(Document.from_text(text)), ())
    >>> [p.name for p in coordinated_pair(s, found)]
    ['Tran Van Binh', 'Khamla Sonsay']
    """
    coord = _pattern("coordinators")
    for (_, e1, p1), (s2, _, p2) in pairwise(people):
        if coord.search(sentence.view[e1:s2]) and s2 - e1 <= 90:
            return (p1, p2)
    return ()


def sides(people: Found) -> tuple[Participant, ...]:
    """The first person named of each side, when a sentence names people of exactly two.

    "Prime Minister X hosted a welcome ceremony for Lao Prime Minister Y": X and Y, whom
    "the two leaders" of the next sentence means.

    >>> x, y = Participant(written="X", country="VN"), Participant(written="Y", country="LA")
    >>> [p.written for p in sides([(0, 1, x), (5, 6, y), (9, 10, x)])]
    ['X', 'Y']
    >>> sides([(0, 1, x), (5, 6, Participant(written="Z"))])
    ()
    """
    first: dict[str, Participant] = {}
    for _, _, person in people:
        if person.country is None:
            return ()  # a side not known: whom the two are is not told
        first.setdefault(person.country, person)
    return tuple(first.values()) if len(first) == 2 else ()


def referents(sentence: Sentence, people: Found) -> tuple[Participant, ...]:
    """Whom a later sentence may refer back to: the coordinated pair, or the one person named.

    >>> from vnlao_events._documents import Document
    >>> from vnlao_events.extract.context import DocumentView
    >>> text = "Deputy Foreign Minister Do Hung Viet told reporters on Wednesday."
    >>> s = Sentence.of(0, text)
    >>> found, _ = find_people(s, DocumentView.of(Document.from_text(text)), ())
    >>> [p.name for p in referents(s, found)]  # the catalogue's spelling of the person
    ['Đỗ Hùng Việt']
    """
    pair = coordinated_pair(sentence, people)
    if pair:
        return pair
    if (
        len(people) >= 2
        and people[0][0] <= 60
        and _verb_between(sentence.view, people[0][1], people[1][0])
    ):
        return (people[0][2],)  # "X met Y …": the subject, whom "he" refers back to
    return (people[0][2],) if len(people) == 1 else ()


def _chair_with(
    sentence: Sentence,
    people: Found,
    cues: list[re.Match[str]],
    previous: tuple[Participant, ...],
) -> list[Participant]:
    """X and Y co-chair in "X will co-chair the consultation with Lao Deputy Minister Y".

    X is the person right before the cue, or the sentence's subject far before it when no
    one stands between and the partner is of the other side ("Lao PM X arrived in Hanoi …
    to co-chair the 45th meeting … with his Vietnamese counterpart Y"), or, when a pronoun
    ("He", "Ông") stands before the cue, the one person the sentence before named. Y is the
    first person after the cue that a comitative ("with", "với", "cùng") introduces in the
    same clause, not one a frame of presence does ("with the participation of Z").

    >>> text = "X đồng chủ trì Kỳ họp 45 với Thủ tướng Y và sự tham dự của Phó Thủ tướng Z."
    >>> s, x, y, z = Sentence.of(0, text), *(Participant(written=n) for n in "XYZ")
    >>> cue = re.search("đông chu tri", s.view)
    >>> [p.name for p in _chair_with(s, [(0, 1, x), (39, 40, y)], [cue], ())]
    ['X', 'Y']
    >>> _chair_with(s, [(0, 1, x), (73, 74, z)], [cue], ())
    []
    """
    text = sentence.view
    for cue in cues:
        after = [p for p in people if p[0] >= cue.end() and p[0] - cue.end() <= 160]
        partner = next(
            (p for p in after if _comitative(text, cue.end(), p[0])),
            None,
        )
        if partner is None:
            continue
        before = [p for p in people if p[1] <= cue.start() and cue.start() - p[1] <= 25]
        if before:
            return [before[-1][2], partner[2]]
        subject = [p for p in people if p[1] <= cue.start()]
        if (
            len(subject) == 1
            and subject[0][0] <= 60
            and not re.search(r"[;.()]", text[subject[0][1] : cue.start()])
            and two_sides(subject[0][2], partner[2])
        ):
            return [subject[0][2], partner[2]]  # "Lao PM X arrived … to co-chair … with Y"
        lead = text[max(0, cue.start() - 30) : cue.start()]
        pronoun = _pattern("pronouns").search(lead)
        title = None if pronoun else _bare_title().search(lead)
        if (pronoun or title) and len(previous) == 1 and two_sides(previous[0], partner[2]):
            # "He co-chaired … with Y", "the Deputy Minister co-chaired … with Y": the one
            # person the sentence before named
            return [previous[0], partner[2]]
    return []


def _comitative(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is one clause with a comitative and no frame of presence after it."""
    gap = text[start:end]
    if re.search(r"[.;]", gap):
        return False
    comitative = _pattern("comitative").search(gap)
    return comitative is not None and _pattern("presence").search(gap, comitative.end()) is None


_POSSESSIVE_GAP = re.compile(r"['’]s\s[^,;:.()]{0,60}$")


def _possessor(text: str, end: int, cue: int) -> bool:
    """Whether the person ending at ``end`` owns the noun phrase the cue at ``cue`` closes.

    >>> text = "pm chinh's official visit to laos and co-chairmanship of the 45th meeting"
    >>> _possessor(text, 8, text.index("co-chairmanship"))
    True
    >>> _possessor("pm chinh, who met y, and co-chairmanship of", 8, 25)
    False
    """
    return _POSSESSIVE_GAP.match(text[end:cue]) is not None


def _partner_of_elided(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a comitative that opens its clause, titles between.

    "Thủ tướng đã dự …; cùng Thủ tướng Chính phủ Lào Y đồng chủ trì …": the clause's subject
    is left out, and Y is the one it co-chairs with.

    >>> text = Sentence.of(0, "Ông đã dự cuộc họp; cùng Thủ tướng Lào Y đồng chủ trì").view
    >>> _partner_of_elided(text, text.index(" y ") + 1)
    True
    >>> text = Sentence.of(0, "Thủ tướng X cùng Thủ tướng Lào Y đồng chủ trì").view
    >>> _partner_of_elided(text, text.index(" y ") + 1)
    False
    """
    clause = max(text.rfind(";", 0, start), text.rfind(",", 0, start)) + 1
    clause += len(text[clause:start]) - len(text[clause:start].lstrip())
    opener = _pattern("comitative").match(text, clause)
    return opener is not None and _title_run(text, opener.end(), start)


def _bare_title() -> re.Pattern[str]:
    """A title with no name after it, right before a cue: "the Deputy Minister co-chaired"."""
    return active().memo(
        "people._bare_title",
        lambda phrases: re.compile(
            word_alternation(phrases.words("people", "titles")) + r"\s+(?:\S+\s+)?$"
        ),
    )


def _apposition(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is a titles apposition after a name, up to the verb that follows.

    ", Ủy viên Bộ Chính trị, Trưởng ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào"
    before "đồng chủ trì": a comma, then at most 160 characters of titles with no clause mark
    and no verb of their own.
    """
    gap = text[start:end]
    return (
        gap.lstrip().startswith(",")
        and len(gap) <= 160
        and not re.search(r"[;.:()]", gap)
        and _clause_verbs().search(gap) is None
    )


def _verb_between(text: str, start: int, end: int) -> bool:
    """Whether a verb of its own stands between two people: "X hội đàm cùng Y", "X met Y".

    >>> _verb_between("x se hôi đam cung thu tương y", 1, 27)
    True
    >>> _verb_between("x cung đông chi y", 1, 16)
    False
    """
    return active().memo("people._own_verbs", _build_own_verbs).search(text, start, end) is not None


def _build_own_verbs(phrases: Phrases) -> re.Pattern[str]:
    kinds = (("events", "talks"), ("events", "reception"), ("events", "call"),
             ("status", "held"), ("people", "participate"), ("people", "welcome"))  # fmt: skip
    words = [w for section, kind in kinds for w in phrases.words(section, kind)]
    return re.compile(word_alternation(words))


def _title_run(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` holds only the titles of the name that follows.

    "led by Deputy Foreign Minister and Head of the National Boundary Commission under
    the Ministry of Foreign Affairs X", "do Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Biên
    giới quốc gia X": at most 160 characters, two commas, no clause mark and no verb.

    >>> _title_run("led by deputy minister and head of the commission x", 6, 50)
    True
    >>> _title_run("led by the sides; they agreed x", 6, 30)
    False
    """
    gap = text[start:end]
    return (
        len(gap) <= 160
        and gap.count(",") <= 2
        and not re.search(r"[;.:()]", gap)
        and _clause_verbs().search(gap) is None
    )


def _comma_pair(
    view: DocumentView, text: str, end: int, start: int, pair: tuple[Participant, Participant]
) -> bool:
    """Whether two people before a co-chair cue are joined by a comma alone, as headlines join.

    "PMs Pham Minh Chinh, Sonexay Siphandone co-chair …", "Thủ tướng X, Thủ tướng Y đồng chủ
    trì …": one comma, at most the second one's country and titles after it, and not two
    people known to be of one side (a title's holder beside another: "PM X, Deputy PM Y").

    >>> from vnlao_events._documents import Document
    >>> view = DocumentView.of(Document.from_text("x"))
    >>> pair = Participant(written="X"), Participant(written="Y")
    >>> _comma_pair(view, "x, lao prime minister y", 1, 22, pair)
    True
    >>> _comma_pair(view, "x, who met y", 1, 11, pair)
    False
    """
    first, second = pair
    gap = text[end:start]
    rest = gap.lstrip().removeprefix(",").strip()
    word, _, after = rest.partition(" ")
    if word and _country_of_word(view, word) is not None:
        rest = after  # "X, Lao Deputy FM Y"
    return (
        re.match(r"\s*,", gap) is not None
        and gap.count(",") == 1
        and len(gap) <= 40
        and (not rest or _titles_only(rest))
        and _title_run(text, end + 1, start)
        and two_sides(first, second)
    )


def _joined_in(sentence: Sentence, people: Found) -> list[Participant]:
    """The one who joins a counterpart in a session, and the counterpart: its two heads.

    "Lao PM Y will join Prime Minister X in co-chairing the 46th meeting", "PM X joined his
    Lao counterpart Y in chairing …", "… will join PM X in the 46th meeting": the subject
    and the object of a verb of joining (``[people].join``) that an "in" frame follows
    (``[people].join_frames``), of two sides.
    """
    text = sentence.view
    for verb in _pattern("join").finditer(text):
        before = [p for p in people if p[1] <= verb.start()]
        after = [p for p in people if p[0] >= verb.end()]
        if not before or not after:
            continue
        subject, partner = before[-1], after[0]
        if verb.start() - subject[1] > 30 or re.search(
            r"[,;.:()]", text[subject[1] : verb.start()]
        ):
            continue  # the subject right before its verb ("… Y will join …")
        if partner[0] - verb.end() > 60 or re.search(r"[;.:()]", text[verb.end() : partner[0]]):
            continue
        rest = text[partner[1] :]
        if _pattern("join_frames").match(text, partner[1] + len(rest) - len(rest.lstrip())) is None:
            continue  # "… in co-chairing", "… in the 46th meeting": joined in the session
        if two_sides(subject[2], partner[2]):
            return [subject[2], partner[2]]
    return []


def _titles_only(words: str) -> bool:
    """Whether a few words are a title before a name: at most three, a title ending them.

    >>> _titles_only("deputy prime minister"), _titles_only("who met the minister")
    (True, False)
    """
    ends = [title.end() for title in _pattern("titles").finditer(words)]
    return len(words.split()) <= 3 and bool(ends) and ends[-1] == len(words)


def _appositive_heads(
    text: str, people: list[tuple[int, int, Participant]]
) -> list[tuple[int, Participant]]:
    """The people a head-of-delegation role stands in apposition to, with the role's start.

    "Nguyen Minh Hang, head of the Vietnamese delegation, and Phoxay Xayasone, head of the
    Lao delegation, …", "về phía Việt Nam có Thứ trưởng X, Ủy viên Trung ương Đảng, Trưởng
    đoàn": the name comes first, then a comma or a dash and the role, perhaps after more of
    the person's titles; no verb and no other person between them.
    """
    found = []
    for cue in _pattern("appositive_heads").finditer(text):
        before = [p for p in people if p[1] <= cue.start()]
        if not before:
            continue
        between = text[before[-1][1] : cue.start()]
        if (
            re.match(r"\s*[,–-]", between)
            and len(between) <= 120
            and not re.search(r"[;.:()]", between)
            and _clause_verbs().search(between) is None
            and _pattern("coordinators").search(between) is None  # "X, and the head of … Y"
        ):
            found.append((cue.start(), before[-1][2]))
    return found


def _clause_verbs() -> re.Pattern[str]:
    return active().memo("people._clause_verbs", _build_clause_verbs)


def _build_clause_verbs(phrases: Phrases) -> re.Pattern[str]:
    kinds = (("status", "held"), ("status", "held_weak"), ("status", "planned"),
             ("status", "past"), ("people", "participate"))  # fmt: skip
    words = [w for section, kind in kinds for w in phrases.words(section, kind)]
    return re.compile(word_alternation(words))


def _pronoun_and(
    text: str, start: int, previous: tuple[Participant, ...], person: Participant
) -> bool:
    """Whether "He and <title> X" opens the subject: the one person named before, and X.

    "Lao PM Y is in Hanoi. He and PM X co-chaired …", "Ông và Thủ tướng X đồng chủ trì …".
    """
    if len(previous) != 1 or not two_sides(previous[0], person):
        return False
    lead = text[:start]
    pronoun = _pattern("pronouns").match(lead, len(lead) - len(lead.lstrip()))
    if pronoun is None:
        # "On June 1, he and …", "Chiều 5/1, ông và …": after a fronted adverbial
        comma = lead.rfind(",", 0, 60)
        if comma < 0:
            return False
        rest = lead[comma + 1 :]
        pronoun = _pattern("pronouns").match(lead, comma + 1 + len(rest) - len(rest.lstrip()))
        if pronoun is None:
            return False
    gap = lead[pronoun.end() :]
    coordinator = _pattern("coordinators").match(gap, len(gap) - len(gap.lstrip()))
    return coordinator is not None and len(gap) <= 70 and re.search(r"[,;.]", gap) is None


def _home(language: str) -> str | None:
    """The country a language is the home language of, by the C library's locale names.

    >>> _home("en")
    'US'
    """
    territory = locale.normalize(language).partition(".")[0].partition("_")[2]
    return territory.upper() or None


def _partner_words() -> dict[str, str]:
    """One-word counterpart words ("Bạn") → the language whose list holds them."""

    def build(phrases: Phrases) -> dict[str, str]:
        return {
            fold_plain(word): language
            for language, table in phrases.tables.items()
            for word in table.get("people", {}).get("counterpart", ())
            if len(word.split()) == 1
        }

    return active().memo("people._partner_words", build)


def _partner(view: DocumentView, language: str) -> str | None:
    """The member country a report in ``language`` calls its partner: the one not its home.

    Vietnamese news calls the partner country "Bạn" ("phía Bạn", "Thủ tướng Bạn"); with
    members Vietnam and Laos that is Laos. No member at home, or several others: none.
    """

    def build(catalogue: Catalogue) -> str | None:
        members = catalogue.members()
        others = [code for code in members if code != _home(language)]
        return others[0] if len(others) == 1 < len(members) else None

    return view.catalogue.memo(f"people.partner.{language}", build)


def _country_of_word(view: DocumentView, word: str) -> str | None:
    """The member country a word names: its name ("Lào", "Laos"), an adjective ("Lao") or "Bạn".

    >>> from vnlao_events._documents import Document
    >>> view = DocumentView.of(Document.from_text("x"))
    >>> _country_of_word(view, "Lao"), _country_of_word(view, "vietnamese")
    ('LA', 'VN')
    >>> _country_of_word(view, "Bạn")  # the partner, in Vietnamese news
    'LA'
    """
    folded = fold_plain(word)
    if len(folded) < 3:
        return None
    language = _partner_words().get(folded)
    if language is not None:
        return _partner(view, language)
    for code in view.catalogue.members():
        for lang in ("en", "vi"):
            name = fold_plain(view.catalogue.country_name(code, lang)).replace(" ", "")
            if folded == name or name.startswith(folded) or folded.startswith(name):
                return code
    return None


def _group_title(group: str) -> re.Pattern[str]:
    """The title whose holders a group of two names: "hai Bộ trưởng" → "Bộ trưởng X".

    The group's words from its first title or organisation word on, singular or plural
    ("the two deputy foreign ministers" → "Deputy Foreign Minister X"); a group of prime
    ministers ("hai Thủ tướng", "the PMs") is any spelling of that title.

    >>> bool(_group_title("the two deputy ministers").search("lao deputy minister "))
    True
    >>> bool(_group_title("hai bô trương").search("thu tương "))
    False
    >>> bool(_group_title("hai phó thu tương").search("thu tương "))  # not every PM
    False
    """
    stop = _not_names()
    words = group.split()
    first = next((i for i, w in enumerate(words) if i and _fold_word(w) in stop), len(words))
    title = words[first:] or words
    singular = " ".join(title).removesuffix("s")
    roles = active().memo(
        "people._role_titles",
        lambda phrases: frozenset(_fold_word(w) for w in phrases.words("people", "role_title")),
    )
    if singular in roles or " ".join(title) in roles:
        return _role_title()  # "hai Thủ tướng", "the PMs": any spelling of the title
    parts = [re.escape(w) for w in title]
    if title[-1].endswith("s"):
        parts[-1] = re.escape(title[-1][:-1]) + "s?"  # "ministers": each one's "Minister X"
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])[^,.;]{0,60}$")


def _role_country(view: DocumentView, text: str, role: re.Match[str]) -> str | None:
    """The member country a bare role names: "Lao PM", "Thủ tướng Lào", "Bộ trưởng Ngoại giao Bạn".

    The word right before the title, or the first word after it that is no
    organisation or title word ("Ngoại giao"), says whose role it is.
    """
    stop = _not_names()
    words: list[str] = []
    lead = re.findall(r"[\w’'-]+", text[max(0, role.start() - 40) : role.start()])
    for word in reversed(lead[-3:]):
        words.append(word)  # "Lao Foreign Minister": back over the title's own words
        if vi_re(word).lower() not in stop:
            break
    for word in re.findall(r"[\w’'-]+", text[role.end() : role.end() + 50])[:5]:
        words.append(word)
        if vi_re(word).lower() not in stop:
            break
    for word in words:
        country = _country_of_word(view, word)
        if country is not None:
            return country
    return None


def _holder(
    view: DocumentView, text: str, people: Found, role: re.Match[str], country: str
) -> list[Participant]:
    """The person of ``country`` named after the title ``role`` matched: here, else anywhere.

    A prime minister's title is any of its spellings ("PM", "Prime Minister").
    """
    if _role_title().fullmatch(role.group()):
        title = _role_title()
    else:
        title = re.compile(r"(?<![\w-])" + re.escape(role.group()) + r"(?![\w-])[^,.;]{0,60}$")
    for start, _, person in people:
        if person.country == country and title.search(text, max(0, start - 90), start):
            return [person]
    return [p for p in role_holders(view, title) if p.country == country][:1]


def _role_named(
    sentence: Sentence, people: Found, view: DocumentView, cue: re.Match[str]
) -> list[Participant]:
    """The co-chair a role and a country name: "the Lao PM will co-chair", "Thủ tướng Lào sẽ …".

    The role holder of that country named anywhere in the document after the same title
    ("Lao Prime Minister Sonexay Siphandone") is meant; none named, no one. The role may
    follow the cue as its agent ("đồng chủ trì Kỳ họp 46 … của Thủ tướng Bạn", "co-chair the
    46th meeting with the Lao PM"): with a person right before the cue, both co-chair.
    """
    text = sentence.view
    titles = _pattern("titles")
    if not any(p[1] <= cue.start() and cue.start() - p[1] <= 60 for p in people):
        role = None
        for match in titles.finditer(text, max(0, cue.start() - 45), cue.start()):
            role = match
        if role is not None and not re.search(r"[;.,]", text[role.end() : cue.start()]):
            country = _role_country(view, text, role)
            if country is not None:
                return _holder(view, text, people, role, country)
    return _role_after(sentence, people, view, cue)


def _role_after(
    sentence: Sentence, people: Found, view: DocumentView, cue: re.Match[str]
) -> list[Participant]:
    """A bare role after the cue: its holder, and the person right before the cue if any.

    The person before is never one titled as a third country's ("Thủ tướng Campuchia X",
    "Cambodian Prime Minister X"): the role names a member's side, and so does its partner.
    """
    text = sentence.view
    titles = _pattern("titles")
    named = [(s, e) for s, e, _ in people]
    for role in titles.finditer(text, cue.end(), min(len(text), cue.end() + 160)):
        if re.search(r"[;.]", text[cue.end() : role.start()]) or any(
            cue.end() <= s < role.start() + 60 for s, _ in named
        ):
            break  # another clause, or a person named: "… with Lao PM X" is no bare role
        country = _role_country(view, text, role)
        if country is None:
            continue
        holder = _holder(view, text, people, role, country)
        # "Thủ tướng Campuchia X đồng chủ trì … với Thủ tướng Bạn": X, a third country's
        # person, is on neither side; the partner's role holder alone is named
        before = [
            p
            for p in people
            if p[1] <= cue.start()
            and cue.start() - p[1] <= 25
            and not _of_a_third_country(sentence, p[0], view)
        ]
        if holder and before and two_sides(before[-1][2], holder[0]):
            return [before[-1][2], holder[0]]
        return holder
    return []


def _framed_subject(text: str, people: Found, cue: re.Match[str]) -> list[Participant]:
    """The subject of the main clause after a fronted clause holding the co-chair cue.

    "Trong khuôn khổ chuyến công tác tại Lào, đồng chủ trì Kỳ họp 48 …, chiều 3/12, Thủ tướng
    X đã hội kiến …", "On a trip to Laos to co-chair the 48th meeting, PM X met …": no one
    before the cue; the first person after it follows the fronted clause's comma closely.
    """
    if any(p[1] <= cue.start() for p in people) or cue.start() > 120:
        return []
    after = [p for p in people if p[0] >= cue.end()]
    if not after or after[0][0] - cue.end() > 200:
        return []
    gap = text[cue.end() : after[0][0]]
    comma = gap.rfind(",")
    if comma < 0 or re.search(r"[;.:]", gap) or len(gap) - comma > 45:
        return []
    return [after[0][2]]


def _received_guest(sentence: Sentence, before: Found, cue: re.Match[str]) -> Participant | None:
    """The guest a host received, when the guest's own trip is for the session.

    "General Secretary X received Lao PM Y, who is in Hanoi to co-chair …", "Tổng Bí thư X
    tiếp Thủ tướng Lào Y đang ở thăm Việt Nam và đồng chủ trì …": a reception verb between
    the two, and a trip word between the guest and the cue, in one clause: Y co-chairs, not
    the host.
    """
    if len(before) < 2:
        return None
    (_, host_end, _), (guest_start, guest_end, guest) = before[-2], before[-1]
    text = sentence.view
    if sentence.cue(_pattern("received"), host_end, guest_start) is None:
        return None
    gap = text[guest_end : cue.start()]
    if len(gap) > 170 or re.search(r"[;:.()]", gap):
        return None
    trip = sentence.cue(active().pattern("status", "trip"), guest_end, cue.start())
    if trip is None and sentence.cue(_pattern("guest_markers"), guest_end, cue.start()) is None:
        return None
    return guest


def _subject_of_coordinated(text: str, start: int, end: int) -> bool:
    """Whether the co-chair cue at ``end`` is a verb coordinated after the subject's first.

    "X sẽ dự Lễ kỷ niệm 50 năm Quốc khánh Lào và đồng chủ trì …", "X will attend the
    celebration and co-chair …": one clause (no clause mark) up to 170 characters, the cue
    right after a coordinator.

    >>> _subject_of_coordinated("x se du lê ky niêm 50 năm va đông chu tri", 1, 29)
    True
    """
    gap = text[start:end]
    if len(gap) > 170 or re.search(r"[;:.()]", gap):
        return False
    coordinator = active().memo(
        "people._coordinator_end",
        lambda phrases: re.compile(
            r"(?<![\w-])" + alternation(phrases.words("people", "coordinators")) + r"\s+$"
        ),
    )
    if coordinator.search(gap) is not None and len(gap.split()) >= 3:
        return True
    # "X rời Hà Nội, lên đường sang Viêng Chăn, đồng chủ trì …": a chain of the trip's verbs,
    # each after a comma, with the one subject
    return (
        gap.rstrip().endswith(",")
        and active().pattern("status", "movement").search(gap) is not None
        and len(gap.split()) >= 3
    )


def _inverted_subject(
    text: str, people: Found, cues: list[re.Match[str]], previous_pair: tuple[Participant, ...]
) -> list[Participant]:
    """The one person after "<co-chair cue> … là/was", the cue's subject put last.

    "Cùng đồng chủ trì Kỳ họp lần thứ 46 … là Thủ tướng Lào Y", "Also co-chairing the
    meeting was Lao PM Y": Y, and the one person the sentence before named of the other side
    ("Thủ tướng X đồng chủ trì …. Cùng đồng chủ trì là Thủ tướng Lào Y"). One side each
    after a copula names both: "Chủ trì … về phía Việt Nam là X, về phía Lào là Y".

    >>> view = Sentence.of(0, "Cùng đồng chủ trì Kỳ họp là Thủ tướng Lào Y.").view
    >>> y = Participant(written="Y", country="LA")
    >>> cue = _pattern("cochair").search(view)
    >>> [p.written for p in _inverted_subject(view, [(42, 43, y)], [cue], ())]
    ['Y']
    """
    copula = _pattern("copula")
    if not cues or copula.search(text) is None:
        return []

    def linked(start: int, end: int) -> bool:
        found = list(copula.finditer(text, start, end))
        return bool(found) and len(text[found[-1].end() : end].split()) <= 6

    for cue in cues:
        after = [p for p in people if p[0] >= cue.end()]
        if not after or re.search(r"[;.]", text[cue.end() : after[0][0]]):
            continue
        if not linked(cue.end(), after[0][0]):
            continue
        if len(after) > 1 and _pattern("coordinators").search(text, after[0][1], after[1][0]):
            gap = text[after[0][1] : after[1][0]]
            if (
                len(gap) <= 60
                and not re.search(r"[;:.()]", gap)
                and two_sides(after[0][2], after[1][2])
            ):
                return [after[0][2], after[1][2]]  # "Co-chairing … were X and Y"
            return []  # two people after, not one of each side: no subject named
        if (
            len(after) > 1
            and not re.search(r"[;.]", text[after[0][1] : after[1][0]])
            and linked(after[0][1], after[1][0])
            and two_sides(after[0][2], after[1][2])
        ):
            return [after[0][2], after[1][2]]  # "… về phía Việt Nam là X, về phía Lào là Y"
        person = after[0][2]
        partner = previous_pair[:1] if len(previous_pair) == 1 else ()
        if partner and two_sides(partner[0], person):
            return [partner[0], person]
        return [person]
    return []


def _coordinated_role(
    sentence: Sentence, people: Found, view: DocumentView, end: int, cue: re.Match[str]
) -> list[Participant] | None:
    """A bare role of a member coordinated after one person, right before the co-chair cue.

    "Thứ trưởng Bộ Quốc phòng X và Thứ trưởng Bộ Quốc phòng Lào đồng chủ trì …", "X and the
    Lao Deputy Defence Minister co-chaired …": None when the gap is anything else; else the
    role's holder, if the document names one (possibly no one).
    """
    text = sentence.view
    gap = text[end : cue.start()]
    coordinator = _pattern("coordinators").match(gap, len(gap) - len(gap.lstrip()))
    if coordinator is None or len(gap) > 80 or re.search(r"[,;.]", gap):
        return None
    role = _pattern("titles").search(text, end + coordinator.end(), cue.start())
    if role is None or len(text[end + coordinator.end() : role.start()].split()) > 4:
        return None  # "và đoàn đại biểu …": no title close after the coordinator
    words = re.findall(r"[\w’'-]+", text[end + coordinator.end() : cue.start()])
    countries = [c for w in words if (c := _country_of_word(view, w)) is not None]
    if len(countries) != 1 or countries[0] not in view.catalogue.members():
        return None  # whose role it is, said once: "… Bộ Quốc phòng Lào", "the Lao …"
    return _holder(view, text, people, role, countries[0])


def _unnamed_counterpart(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is only "and his Lao counterpart" / "và người đồng cấp Lào".

    >>> _unnamed_counterpart("x and his lao counterpart co-chaired", 1, 26)
    True
    >>> _unnamed_counterpart("x and his lao counterpart y co-chaired", 1, 28)
    False
    """
    gap = text[start:end]
    coordinator = _pattern("coordinators").match(gap, len(gap) - len(gap.lstrip()))
    if coordinator is None or len(gap) > 60:
        return False
    rest = gap[coordinator.end() :]
    counterpart = _pattern("counterpart").match(rest, len(rest) - len(rest.lstrip()))
    return counterpart is not None and not rest[counterpart.end() :].strip()


def _not_inviters(sentence: Sentence, after: Found, cue_end: int) -> Found:
    """The people after a co-chair cue, less those an invitation names after it.

    "Y will attend and co-chair the 41st meeting … at the invitation of PM X", "Y sẽ đồng
    chủ trì Kỳ họp 41 … theo lời mời của Thủ tướng X": X is named as the one who invited,
    not as a co-chair; the sentence says only that Y co-chairs.
    """
    ends = [m.end() for m in sentence.cues(_pattern("invitation")) if m.start() >= cue_end]
    if not ends:
        return after
    return [p for p in after if not any(0 <= p[0] - end <= 60 for end in ends)]


def two_sides(first: Participant, second: Participant) -> bool:
    """Two different people, not known to be of the same country."""
    if first.name == second.name:
        return False
    return first.country is None or second.country is None or first.country != second.country


def _host_and_guest(
    sentence: Sentence,
    people: Found,
    cues: list[re.Match[str]],
    held: list[re.Match[str]],
) -> list[Participant]:
    """The host and the guest who co-chair a session the guest's visit is for.

    "Nhận lời mời của Thủ tướng X, Thủ tướng Y … sang thăm Việt Nam và đồng chủ trì …" /
    "At the invitation of PM X, PM Y … co-chaired …": the host is named after the
    invitation, the guest right after the host. "Thủ tướng X chủ trì Lễ đón Thủ tướng Y …,
    kết hợp đồng chủ trì …" / "PM X welcomed PM Y … to co-chair …": the host is named
    before the welcome, the guest after it. Both come before the co-chair cue, in one clause.
    After a welcome the guest's visit may also be for holding the session (``held``: "X
    chào mừng Y … sang thăm Việt Nam và họp tham vấn", "X welcomed Y … to hold the
    consultation"): the host and the guest hold it together.
    """
    text = sentence.view
    if not cues:
        for verb in held:
            hosted = _welcomed(sentence, people, verb.start())
            if hosted:
                return hosted
        return []
    cue = cues[0].start()

    def one_clause(start: int, end: int) -> bool:
        return end - start <= 240 and re.search(r"[;.:()]", text[start:end]) is None

    for match in sentence.cues(_pattern("invitation")):
        after = [p for p in people if match.end() <= p[0] and p[1] <= cue]
        if (
            match.start() < cue
            and len(after) >= 2
            and after[0][0] - match.end() <= 60
            and after[1][0] - after[0][1] <= 120
            and one_clause(after[1][1], cue)
            and two_sides(after[0][2], after[1][2])
        ):
            return [after[0][2], after[1][2]]
    return _invited_counterpart(sentence, people, cue) or _welcomed(sentence, people, cue)


def _pair_named(
    sentence: Sentence, people: Found, cue: re.Match[str], previous_sides: tuple[Participant, ...]
) -> list[Participant]:
    """The two sides a pair word before the cue means ("the two leaders", "hai nhà lãnh đạo").

    "X hosted a welcome ceremony for Lao PM Y. The two leaders then co-chaired …": one
    person of each side, named earlier in the same sentence or else in the one before.
    """
    text = sentence.view
    group = None
    for match in _pattern("pair_group").finditer(text, max(0, cue.start() - 40), cue.start()):
        group = match
    if group is None or len(text[group.end() : cue.start()].split()) > 2:
        return []  # "The two leaders then co-chaired", "Hai nhà lãnh đạo đã đồng chủ trì"
    if _pattern("titles").search(text, group.start(), cue.start()):
        return []  # "the two foreign ministers": a title's holders, not any two people
    if any(group.end() <= p[0] < cue.start() for p in people):
        return []
    before = sides([p for p in people if p[1] <= group.start()])
    return list(before or previous_sides)


def _role(text: str, start: int) -> str | None:
    """The title right before the name at ``start``, with its rank word ("phó", "deputy").

    A member's word may stand between them ("Thủ tướng Lào Y", "Prime Minister of Laos Y"
    is not read): two words at most, no punctuation.

    >>> text = Sentence.of(0, "Thủ tướng Lào Y và Phó Thủ tướng X.").view
    >>> _role(text, text.index("y")), _role(text, text.index("x"))
    ('thu tương', 'pho thu tương')

    A state's full name counts as its one word ("Thủ tướng Cộng hòa Dân chủ Nhân dân Lào Y").
    """
    last = None
    for match in _pattern("titles").finditer(text, max(0, start - 60), start):
        last = match
    if last is None:
        return None
    between = _pattern("state_names").sub(" ", text[last.end() : start])
    if len(between.split()) > 2 or re.search(r"[,;:.()]", between):
        return None
    lead = _pattern("rank_words").search(text, max(0, last.start() - 16), last.start())
    rank = lead.group() if lead is not None and not text[lead.end() : last.start()].strip() else ""
    return f"{rank} {last.group()}".strip()


def _roles(text: str, start: int, people: Found | None = None) -> set[str]:
    """Every title of a chain of titles before the name at ``start``, joined by commas.

    "Tổng Bí thư, Chủ tịch nước Lào Y", "General Secretary and President Y", "Tổng Bí thư Ban
    Chấp hành Trung ương Đảng …, Chủ tịch nước … Y": one holds each. A title with a name of
    ``people`` after it is that one's.

    >>> text = Sentence.of(0, "Tổng Bí thư, Chủ tịch nước Lào Y.").view
    >>> sorted(_roles(text, text.index("y")))
    ['chu tich', 'tông bi thư']
    """
    role = _role(text, start)
    if role is None:
        return set()
    roles = {role}
    titles = list(_pattern("titles").finditer(text, max(0, start - 120), start))
    for later, earlier in pairwise(reversed(titles)):
        between = text[earlier.end() : later.start()]
        if (
            _TITLE_LINK.fullmatch(between) is None
            or re.search(r"[;:.()]", between)
            or any(earlier.end() <= p[0] < later.start() for p in people or ())
        ):
            break
        roles.add(earlier.group())
    return roles


# what joins two titles of one person: a comma or "and", after the first one's organisation
_TITLE_LINK = re.compile(r"[^,]{0,80}?(?:,|\s(?:and|và))\s*|\s*")


def inviter(sentence: Sentence, people: Found) -> tuple[Participant, str] | None:
    """The one an invitation names and that person's title, if the sentence has both.

    >>> text = "The visit is made at the invitation of Prime Minister X."
    >>> s = Sentence.of(0, text)
    >>> x = Participant(written="X", country="VN")
    >>> found = [(s.view.index("x."), s.view.index("x.") + 1, x)]
    >>> inviter(s, found)
    (Participant(written='X', canonical=None, country='VN'), 'prime minister')
    """
    if not people:
        return None
    for match in sentence.cues(_pattern("invitation")):
        host = next((p for p in people if match.end() <= p[0] <= match.end() + 60), None)
        if host is not None:
            role = _role(sentence.view, host[0])
            if _pattern("counterpart").search(sentence.view, match.end(), host[0]):
                role = COUNTERPART  # "at the invitation of his Vietnamese counterpart X"
            return (host[2], role) if role is not None else None
    return None


COUNTERPART = "counterpart"  # the role of one named as the guest's counterpart


def counterpart_by_title(
    view: DocumentView, host: tuple[Participant, str], chair: Participant
) -> bool:
    """Whether ``host`` is ``chair``'s counterpart: of the other side, and of one title.

    The chair's title is read where the document names the chair ("Lao Prime Minister
    Thongloun Sisoulith is visiting Vietnam and co-chairing the 43rd session …. The visit
    is made at the invitation of Prime Minister Nguyen Xuan Phuc.").
    """
    person, role = host
    if not two_sides(person, chair):
        return False
    if role == COUNTERPART:
        return True  # named so: of the chair's title by the word itself
    text = view.body.toneless
    for written in {chair.written, chair.name}:
        key = fold_toneless(written)
        start = text.find(key)
        while start >= 0:
            if _role(text, start) == role:
                return True
            start = text.find(key, start + 1)
    return False


def _invited_counterpart(sentence: Sentence, people: Found, cue: int) -> list[Participant]:
    """The guest who is the sentence's subject and the counterpart who invited the guest.

    "Lao PM Y is paying an official visit … at the invitation of Prime Minister X to co-chair
    …", "Thủ tướng Lào Y … đồng chủ trì Kỳ họp … theo lời mời của Thủ tướng X": the one who
    invites a guest to a session of two counterparts is the guest's counterpart, and so the
    other co-chair, when both bear the same title. An inviter of another rank ("at the
    invitation of General Secretary X, PM Y …") only invited.
    """
    text = sentence.view
    subject = [p for p in people if p[0] <= 60 and p[1] <= cue]
    if not subject:
        return []
    guest = subject[0]
    for match in sentence.cues(_pattern("invitation")):
        host = next((p for p in people if match.end() <= p[0] <= match.end() + 160), None)
        if host is None or match.start() < guest[1]:
            continue
        if re.search(r"[;:.()]", text[match.end() : host[0]]):
            continue  # the invitation's host is named in its own phrase
        span = text[min(cue, match.start()) : max(cue, match.end())]
        if len(span) > 240 or re.search(r"[;.:()]", span):
            continue  # the invitation and the co-chair cue are in one clause
        if not two_sides(guest[2], host[2]):
            continue
        if _roles(text, guest[0], people) & _roles(text, host[0], people):
            return [host[2], guest[2]]  # one title of the host's chain is the guest's
        if _pattern("counterpart").search(text, match.end(), host[0]):
            return [host[2], guest[2]]  # "at the invitation of his counterpart X": of one title
    return []


def _welcomed(sentence: Sentence, people: Found, cue: int) -> list[Participant]:
    """The host before a welcome and the guest after it, both before the cue at ``cue``."""
    text = sentence.view

    def one_clause(start: int, end: int) -> bool:
        return end - start <= 240 and re.search(r"[;.:()]", text[start:end]) is None

    for match in sentence.cues(_pattern("welcome")):
        before = [p for p in people if p[1] <= match.start()]
        after = [p for p in people if match.end() <= p[0] and p[1] <= cue]
        if (
            match.start() < cue
            and before
            and after
            and match.start() - before[-1][1] <= 40
            and after[0][0] - match.end() <= 90
            and one_clause(before[-1][1], match.start())
            and one_clause(after[0][1], cue)
            and two_sides(before[-1][2], after[0][2])
        ):
            return [before[-1][2], after[0][2]]
    return []


def opens_with_counterpart(sentence: Sentence) -> bool:
    """Whether a sentence opens with counterpart words ("Về phía Lào có …", "His Lao …").

    >>> opens_with_counterpart(Sentence.of(0, "Về phía Lào có Bộ trưởng Y."))
    True
    """
    text = sentence.view
    return _pattern("counterpart").match(text, len(text) - len(text.lstrip(" \t–—-"))) is not None


def side_head(sentence: Sentence, people: Found) -> Participant | None:
    """The first person a sentence names after opening one side's list of those attending.

    "Tham dự kỳ họp, về phía Việt Nam có Phó Thủ tướng X, …; Thứ trưởng Z …. Về phía Lào có
    Phó Thủ tướng Y, …": X heads the Vietnamese side, and so is Y's partner, however many
    others of X's side follow. The opener stands early in the sentence
    (``[people].side_openers``).
    """
    opener = _pattern("side_openers").search(sentence.view, 0, 60)
    if opener is None:
        return None
    after = [p for p in people if p[0] >= opener.end()]
    if not after or after[0][0] - opener.end() > 80:
        return None
    if re.search(r"[;.]", sentence.view[opener.end() : after[0][0]]):
        return None
    return after[0][2]


def _attendance_heads(sentence: Sentence, people: Found, view: DocumentView) -> list[Participant]:
    """The heads of the two sides in one list of those attending, its items parted by ";".

    "Attending the conference were General X – …, Deputy Minister of Public Security of
    Vietnam; General Y, Deputy Minister of Lao Security; …": the first item and the second
    each name a person and, in their own words, a member country, and the two countries
    differ; those two head their delegations. An item with no country word, or two of one
    side first, tells nothing.
    """
    text = sentence.view
    opener = _pattern("attendance").search(text, 0, 120)
    if opener is None:
        return []
    bounds = [opener.end()]
    for _ in range(2):
        stop = text.find(";", bounds[-1])
        bounds.append(len(text) if stop < 0 else stop + 1)
    heads: list[Participant] = []
    countries: list[str] = []
    for first, last in pairwise(bounds):
        person = next((p for p in people if first <= p[0] < last), None)
        if person is None:
            return []
        words = (_country_of_word(view, w) for w in _WORD_RE.findall(text[person[1] : last]))
        country = person[2].country or next((c for c in words if c is not None), None)
        if country is None:
            return []
        heads.append(person[2])
        countries.append(country)
    return heads if countries[0] != countries[1] else []


def _counterpart(sentence: Sentence, people: Found, previous: Participant) -> list[Participant]:
    """The partner the counterpart words name: "… by X. His Lao counterpart was Y." gives X, Y.

    The sentence opens with the counterpart words and names one person after them, of
    another country than the one person the sentence before named.
    """
    text = sentence.view
    match = _pattern("counterpart").match(text, len(text) - len(text.lstrip(" \t–—-")))
    if match is None:
        return []
    after = [p for p in people if p[0] >= match.end()]
    if (
        not after
        or after[0][0] - match.end() > 60
        or re.search(r"[;.]", text[match.end() : after[0][0]])
    ):
        return []
    if not two_sides(previous, after[0][2]):
        return []
    return [previous, after[0][2]]


def _third_countries(view: DocumentView) -> dict[str, bool]:
    """The countries that are no member's (see :meth:`Catalogue.third_countries`)."""
    return view.catalogue.third_countries()


def _names_a_third_country(view: DocumentView, words: list[str]) -> bool:
    """Whether the last one or two words name a third country, or its adjective.

    "Campuchia", "Thái Lan", "Cambodia's", "Cambodian", "Thai".
    """
    names = _third_countries(view)
    if not names or not words:
        return False
    last = _plain(words[-1]).removesuffix("'s").removesuffix("’s")
    if last in names or " ".join(_plain(w) for w in words[-2:]).replace(" ", "") in names:
        return True
    # "Cambodian", "Thai": an adjective a one-word name begins, or that begins it (never the
    # first word of a name of two: "Trung" of "Trung Quốc" is also "Trung tướng")
    if len(last) < 4:
        return False
    prefixed = view.catalogue.third_country_prefixes(4).get(last[:4], ())
    return any(last.startswith(n) or n.startswith(last) for n in prefixed)


def _of_a_third_country(sentence: Sentence, start: int, view: DocumentView) -> bool:
    """Whether the person named at ``start`` is titled as a third country's.

    Back over the title's own words ("Thủ tướng Campuchia Hun Manet", "Cambodian Prime
    Minister Hun Manet"), a gazetteer country that is none of the catalogue's members:
    such a person is on neither side of a member's session.

    >>> from vnlao_events._documents import Document
    >>> text = "Thủ tướng Campuchia Hun Manet và Thủ tướng Lào Sonexay Siphandone."
    >>> view = DocumentView.of(Document.from_text(text))
    >>> s = Sentence.of(0, text)
    >>> _of_a_third_country(s, 20, view), _of_a_third_country(s, 47, view)
    (True, False)
    """
    if not _third_countries(view):
        return False
    stop = _not_names()
    lead = re.findall(r"[\w’'.-]+", sentence.folded.clean[max(0, start - 60) : start])
    for size in range(len(lead), max(0, len(lead) - 4), -1):
        words = lead[:size]
        if _names_a_third_country(view, words):
            return True
        if _fold_word(words[-1].rstrip(".")) not in stop:
            return False  # "Thủ tướng Lào X": back to a word of no title, no third country
    return False


def co_chairs(
    sentence: Sentence,
    people: Found,
    view: DocumentView,
    previous_pair: tuple[Participant, ...],
    previous_sides: tuple[Participant, ...] = (),
) -> list[Participant]:
    """Who co-chairs what the sentence reports, from its cues and its people.

    ``previous_pair`` is whom the sentence before refers to (``referents``);
    ``previous_sides`` the one person of each side it named (``sides``).
    """
    text = sentence.view
    cochair_cues = list(_pattern("cochair").finditer(text))
    if not people and not cochair_cues:
        return []  # every rule below names a person of the sentence or reads a co-chair cue
    chairs: list[Participant] = []
    coord = _pattern("coordinators")
    cues = [(m, True) for m in cochair_cues]
    cues += [(m, False) for m in _pattern("cochair_after_pair").finditer(text)]
    for cue, either_side in cues:
        before = [p for p in people if p[1] <= cue.start()]
        after = [p for p in people if p[0] >= cue.end()] if either_side else []
        if after:
            after = _not_inviters(sentence, after, cue.end())
        for group, near in ((before[-2:], "before"), (after[:2], "after")):
            if len(group) < 2:
                continue
            (_, e1, p1), (s2, e2, p2) = group
            close = (
                (cue.start() - e2 <= 45 or _apposition(text, e2, cue.start()))
                if near == "before"
                else (group[0][0] - cue.end() <= 60)
            )
            joined = coord.search(text[e1:s2]) is not None or (
                near == "before" and _comma_pair(view, text, e1, s2, (p1, p2))
            )
            if joined and close:
                if near == "before" and _verb_between(text, e1, s2):
                    # "X sẽ hội đàm cùng Y, và đồng chủ trì …", "X will hold talks with Y and
                    # co-chair …": Y is the talks' partner; X alone is the subject of the cue
                    s1 = group[0][0]
                    if s1 <= 60 and _subject_of_coordinated(text, e1, cue.start()):
                        chairs.append(p1)
                    break
                chairs.extend([p1, p2])
                break
        guest = _received_guest(sentence, before, cue) if not chairs and either_side else None
        if guest is not None:
            chairs.append(guest)  # "X received Y, who is in Hanoi to co-chair …": Y
            host = next(
                (
                    p[2]
                    for p in people
                    if 0 <= p[0] - cue.end() <= 160 and _comitative(text, cue.end(), p[0])
                ),
                None,
            )
            if host is not None and two_sides(guest, host):
                chairs.append(host)  # "… to co-chair the 39th meeting with PM Z": and Z
        elif (
            not chairs
            and either_side
            and len(before) >= 2
            and not after
            and before[0][0] <= 60
            and _verb_between(text, before[0][1], before[1][0])
            and _subject_of_coordinated(text, before[0][1], cue.start())
        ):
            chairs.append(before[0][2])  # "X đã tiếp Y và đồng chủ trì …": X, the subject
        named = _pattern("role_group").search(text) if not chairs and either_side else None
        if named is not None:  # "Hai Bộ trưởng …", "the two ministers …": that title's holders
            chairs.extend(role_holders(view, _group_title(named.group())))
        if not chairs and either_side and before and _possessor(text, before[-1][1], cue.start()):
            chairs.append(before[-1][2])  # "PM Chinh's official visit … and co-chairmanship of …"
        if (
            not chairs
            and either_side
            and before
            and cue.start() - before[-1][1] <= 20
            and _partner_of_elided(text, before[-1][0])
        ):
            # "…; cùng Thủ tướng Lào Y đồng chủ trì Kỳ họp …": Y, and the subject the
            # sentence before named of the other side
            chairs.append(before[-1][2])
            chairs.extend(p for p in previous_pair[:1] if two_sides(p, before[-1][2]))
        if not chairs and either_side and len(before) == 1 and not after:
            start, end, person = before[0]
            if cue.start() - end <= 20 and _pronoun_and(text, start, previous_pair, person):
                chairs.extend([previous_pair[0], person])  # "He and PM X co-chaired …"
            elif cue.start() - end <= 20 and start <= 60:
                # "… with the Lao PM", "… với Bộ trưởng Ngoại giao Bạn": a bare role after it
                role = _role_after(sentence, people, view, cue)
                if not (role and _of_a_third_country(sentence, start, view)):
                    # "PM Pham Minh Chinh co-chaired …": one named co-chair (not a third
                    # country's beside a member's role: "Thủ tướng Campuchia X … với Thủ
                    # tướng Bạn" names the partner alone)
                    chairs.append(person)
                chairs.extend(role)
            elif start <= 60 and _subject_of_coordinated(text, end, cue.start()):
                chairs.append(person)  # "Tổng Bí thư X sẽ dự Lễ … và đồng chủ trì Cuộc gặp …"

            elif start <= 60 and _unnamed_counterpart(text, end, cue.start()):
                # "X and his Lao counterpart co-chaired …": X, and the counterpart if the
                # sentence before named one person of the other side
                partner = previous_pair[:1] if len(previous_pair) == 1 else ()
                if partner and two_sides(partner[0], person):
                    chairs.extend([person, partner[0]])
                else:
                    chairs.append(person)
            elif (
                start <= 60
                and (other := _coordinated_role(sentence, people, view, end, cue)) is not None
            ):
                # "Thứ trưởng X và Thứ trưởng Bộ Quốc phòng Lào đồng chủ trì …": X, and the
                # role's holder where the document names one
                chairs.append(person)
                chairs.extend(p for p in other if two_sides(person, p))
    if not chairs:
        every = [m for m, _ in cues]  # "Chủ trì … là X", "Đồng chủ trì … là X"
        chairs.extend(_inverted_subject(text, people, every, previous_pair))
    before_cues = list(_pattern("led_by_before").finditer(text))
    introducers: list[tuple[re.Match[str], bool]] = []
    if _has_introducer(sentence):  # one search rules out both lists
        introducers += [(m, False) for m in _introducers(sentence, "led_by")]
        introducers += [(m, True) for m in _introducers(sentence, "chaired_by")]
    appositions = _appositive_heads(text, people)
    chairs.extend(person for _, person in appositions)
    for cue, pair in introducers:
        if any(b.start() <= cue.start() < b.end() and b.end() >= cue.end() for b in before_cues):
            continue  # "làm Trưởng đoàn": the name came before
        if any(at == cue.start() for at, _ in appositions):
            continue  # "X, head of the Vietnamese delegation, …": X, not the name after
        after = [p for p in people if p[0] >= cue.end()]
        if after and (
            (after[0][0] - cue.end() <= 90 and ";" not in text[cue.end() : after[0][0]])
            or _title_run(text, cue.end(), after[0][0])
        ):
            chairs.append(after[0][2])
            following = after[1:2]
            gap = text[after[0][1] : following[0][0]] if following else ""
            if (
                following
                and coord.search(gap)
                and (
                    (pair and len(gap) <= 120)
                    # "the two delegations were led by X and Y": one clause, no comma
                    or (len(gap) <= 60 and not re.search(r"[,;.:()]", gap)
                        and _clause_verbs().search(gap) is None)
                )
            ):  # fmt: skip
                chairs.append(following[0][2])  # "under the co-chairing of X and Y"
    for cue in before_cues:
        if any(i.start() <= cue.start() < i.end() and i.end() > cue.end() for i, _ in introducers):
            continue  # "Dẫn đầu đoàn Lào là Y": the name comes after
        before = [p for p in people if p[1] <= cue.start()]
        if before and cue.start() - before[-1][1] <= 160:
            chairs.append(before[-1][2])  # "do X, <titles>, làm Trưởng đoàn"
    if len({c.name for c in chairs}) < 2:  # one person, maybe found by two rules
        held = [c for c, either in cues if not either]
        hosted = _host_and_guest(sentence, people, cochair_cues, held)
        if hosted and all(any(c.name == h.name for h in hosted) for c in chairs):
            chairs = hosted  # "Nhận lời mời của X, Y … đồng chủ trì": host and guest
    if not chairs:
        # "X will co-chair … with Y", "X chủ trì … cùng Y"
        after_pair = [c for c, either in cues if not either]
        chairs.extend(_chair_with(sentence, people, cochair_cues + after_pair, previous_pair))
    if not chairs:
        chairs.extend(_joined_in(sentence, people))  # "X will join Y in co-chairing the 46th …"
    if not chairs and not cochair_cues:
        chairs.extend(_attendance_heads(sentence, people, view))  # "Attending … were X …; Y"
    if len({c.name for c in chairs}) <= 1 and not cochair_cues and len(previous_pair) == 1:
        # "… is led by X. The Lao delegation is headed by Y": the one this sentence's head
        # cue named, and the other side's head the sentence before named
        partners = _counterpart(sentence, people, previous_pair[0])
        if partners and (not chairs or chairs[0].name == partners[1].name):
            chairs = partners
    if not chairs and cochair_cues:
        chairs.extend(_role_named(sentence, people, view, cochair_cues[0]))
    if not chairs and cochair_cues:
        chairs.extend(_framed_subject(text, people, cochair_cues[0]))
    if not chairs and cochair_cues:
        chairs.extend(_pair_named(sentence, people, cochair_cues[0], previous_sides))
    if not chairs and cochair_cues and not people and previous_pair:
        lead = text[max(0, cochair_cues[0].start() - 30) : cochair_cues[0].start()]
        if _pattern("pronouns").search(lead):
            chairs.append(previous_pair[0])  # "X met Y. … he also co-chaired …": the subject
        elif len(previous_pair) == 2:
            chairs.extend(previous_pair)  # "X and his counterpart Y …. While co-chairing …"
    unique: list[Participant] = []
    for chair in chairs:
        if all(chair.name != u.name for u in unique):
            unique.append(chair)
    return unique
