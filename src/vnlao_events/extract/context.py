"""What every recogniser may read about a document: computed once, then only read.

>>> from vnlao_events._documents import Document
>>> view = DocumentView.of(Document.from_text("Hà Nội, 5/1/2024. Kỳ họp 46 Ủy ban liên Chính phủ."))
>>> [key for _, _, key in view.all_hits["mechanisms"]]
['intergovernmental-committee']
"""

from __future__ import annotations

import re
from bisect import bisect_left

import attrs

from .._catalogue import Catalogue
from .._dates import When
from .._documents import Document
from .._model import Evidence, Participant, Place
from .._temporal import Anchor, DateExpression, content_clue, find_dates
from .._text import FoldedText
from .mention import SessionMention
from .sentences import Sentence
from .sentences import body as _body

__all__ = ["DocumentView", "Memory"]

# "Vientiane (VNA) –", "HÀ NỘI —", "Hanoi, 1 September 2021 (TDI):": the place a report is
# filed from, before its first words.
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*[^()\n]{0,30}?)?\s*(?:\(\s*[A-Za-z][\w.]{1,12}\s*\)\s*)?(?:[-–—]|:)\s"
)
_DATELINE_BEFORE = re.compile(r"(?:^|[\n)]|\.\s*|[-–—]\s*)\s*$")


@attrs.frozen(kw_only=True)
class DocumentView:
    """One document as the recognisers see it: body, dates, catalogue matches, year anchor."""

    document: Document
    catalogue: Catalogue
    body: FoldedText
    all_dates: tuple[DateExpression, ...]
    all_hits: dict[str, list[tuple[int, int, str]]] = attrs.field(hash=False)
    anchor: Anchor
    titled_people: tuple[tuple[str, str, str], ...]  # (title context, key, written)
    dateline: Place | None
    _hit_starts: dict[str, list[int]] = attrs.field(init=False, hash=False, eq=False, repr=False)
    _date_starts: list[int] = attrs.field(init=False, hash=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Index the starts of hits and dates once, for bisection per sentence."""
        starts = {what: [h[0] for h in hits] for what, hits in self.all_hits.items()}
        object.__setattr__(self, "_hit_starts", starts)
        object.__setattr__(self, "_date_starts", [e.start for e in self.all_dates])

    @classmethod
    def of(cls, document: Document, catalogue: Catalogue | None = None) -> DocumentView:
        """Read a document once: its body, date expressions and catalogue entries."""
        cat = catalogue or Catalogue.default()
        text = document.text
        body = _body(text)
        hits = {
            what: [(*body.original_span(s, e), key) for s, e, key in found]
            for what, found in cat.find_all(body.plain).items()
        }
        clue = content_clue(body) if document.published is None else None
        titled = []
        for first, _last, key in hits["people"]:
            start = body.view_offset(first)
            titled.append((body.toneless[max(0, start - 90) : start], key, text[first:_last]))
        return cls(
            document=document,
            catalogue=cat,
            body=body,
            all_dates=tuple(find_dates(body)),
            all_hits=hits,
            anchor=Anchor(
                published=document.published,
                content_year=None if clue is None else clue.year,
                content_why="" if clue is None else clue.why,
                content_clue=clue,
            ),
            titled_people=tuple(titled),
            dateline=_dateline(text, hits["places"], cat),
        )

    @property
    def text(self) -> str:
        """The document's whole text (evidence quotes it)."""
        return self.document.text

    def hits(self, what: str, sentence: Sentence) -> list[tuple[int, int, str]]:
        """Catalogue entries inside a sentence, as spans of the sentence's views."""
        end = sentence.start + len(sentence.text)
        hits = self.all_hits[what]
        starts = self._hit_starts[what]
        found = []
        for index in range(bisect_left(starts, sentence.start), bisect_left(starts, end)):
            first, last, key = hits[index]
            if last <= end:
                view_first = sentence.folded.view_offset(first - sentence.start)
                view_last = sentence.folded.view_offset(last - 1 - sentence.start) + 1
                found.append((view_first, view_last, key))
        return found

    def has_hits(self, what: str, sentence: Sentence) -> bool:
        """Whether an entry of the catalogue's ``what`` starts inside a sentence."""
        starts = self._hit_starts[what]
        end = sentence.start + len(sentence.text)
        return bisect_left(starts, sentence.start) < bisect_left(starts, end)

    def has_dates(self, sentence: Sentence) -> bool:
        """Whether any date expression starts inside a sentence."""
        starts = self._date_starts
        end = sentence.start + len(sentence.text)
        return bisect_left(starts, sentence.start) < bisect_left(starts, end)

    def dates(self, sentence: Sentence) -> list[DateExpression]:
        """The document's date expressions inside a sentence, with sentence offsets."""
        end = sentence.start + len(sentence.text)
        starts = self._date_starts
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, end)
        by = sentence.start
        return [e.moved(by) for e in self.all_dates[first:last] if e.end <= end]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence quoting the original text at ``start..end``."""
        return Evidence(document=self.document.id, start=start, end=end, quote=self.text[start:end])

    def person(self, key: str, written: str) -> Participant:
        """A catalogue person as written in the text."""
        person = self.catalogue.people[key]
        return Participant(written=written, canonical=person.name, country=person.country)


def _dateline(text: str, places: list[tuple[int, int, str]], catalogue: Catalogue) -> Place | None:
    """The city a report is filed from, when a dateline names one."""
    for first, last, key in places[:6]:
        entry = catalogue.places[key]
        if entry.kind != "city":
            continue
        if _DATELINE_AFTER.match(text, last) and _DATELINE_BEFORE.search(
            text, max(0, first - 40), first
        ):
            return catalogue.place(key)
    return None


@attrs.frozen(kw_only=True)
class Memory:
    """What later sentences of one document refer back to; each sentence returns a new one.

    ``focus`` is the session the article is about; ``last_date`` the last day read (for
    relative dates); ``pair`` the two people the previous sentence coordinated ("X and his
    Lao counterpart Y"); ``sides`` the one person of each side it named ("the two leaders");
    ``host`` the one it named after an invitation, with that person's title;
    ``carried`` the day the previous sentence reported when it named no
    session, for the mention that follows in the same report; ``scene`` the place a
    verbless sentence set ("Sáng 17/12, tại Thủ đô Vientiane (Lào).") for the one after it;
    ``carried_at`` the place the sentence of the carried day named, if any (a session named
    somewhere else does not take that day); ``carried_chairs`` the two it said co-chaired
    ("X and Y co-chaired the talks in Hà Nội on June 5. It was the 11th …"); ``side_head``
    the first person one side's list of attendants named, until the other side's list
    ("về phía Việt Nam có X, …; … Về phía Lào có Y").
    """

    focus: SessionMention | None = None
    last_date: When | None = None
    seen_date: bool = False
    learned: tuple[tuple[str, Participant], ...] = ()
    pair: tuple[Participant, ...] = ()
    sides: tuple[Participant, ...] = ()
    host: tuple[Participant, str] | None = None
    carried: DateExpression | None = None
    scene: Place | None = None
    carried_at: Place | None = None
    carried_chairs: tuple[Participant, ...] = ()
    side_head: Participant | None = None

    def forget(self) -> Memory:
        """What a sentence with nothing to find leaves: the same, without its own referents.

        Itself when there is nothing to forget (no new value for most quiet sentences).

        >>> memory = Memory(seen_date=True)
        >>> memory.forget() is memory
        True
        """
        if (
            not self.pair
            and not self.sides
            and self.host is None
            and self.carried is None
            and self.scene is None
        ):
            return self
        return attrs.evolve(
            self,
            pair=(),
            sides=(),
            host=None,
            carried=None,
            scene=None,
            carried_at=None,
            carried_chairs=(),
        )

    def knowing(self, learned: tuple[tuple[str, Participant], ...]) -> Memory:
        """The same memory with ``learned`` as the people learned so far (itself if unchanged).

        >>> Memory().knowing(()) == Memory()
        True
        """
        if learned is self.learned or learned == self.learned:
            return self
        return attrs.evolve(self, learned=learned)
