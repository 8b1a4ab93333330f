"""The stated timeline of a set of documents as a mergeable value.

Extraction reads one document at a time; assembly and inference read a whole series. So
the value that parts of an archive can be reduced to is what extraction gives, kept per
document: an :class:`Extraction` holds, for each distinct text, the document's position
in the archive, its id, its warnings and its mentions, and the repeats it left out.
:meth:`Extraction.merge` is a union: associative, commutative and idempotent, and the
copy of a repeated text that is kept is the one first in the archive, wherever it was
read. :meth:`Extraction.timeline` assembles and infers once, over the mentions in archive
order, so ``Extraction.merge_all(map(Extraction.of, parts)).timeline()`` is the timeline
:func:`vnlao_events.build_timeline` gives for the whole archive, byte for byte in JSON.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

import attrs

from .._assemble import assemble
from .._catalogue import Catalogue
from .._documents import Document
from .._infer import infer as infer_timeline
from .._model import Timeline
from .._tagger import impossible_dates
from ..extract import Mention, Phrases, extract

__all__ = [
    "DocumentMentions",
    "Extraction",
    "Position",
    "as_repeat",
    "document_warnings",
    "read_document",
    "text_digest",
    "text_warnings",
]

Position = tuple[int, ...]


def text_digest(document: Document) -> str:
    """What makes two documents one source: the text and the published date.

    The same key :func:`vnlao_events.unique_documents` uses.
    """
    published = document.published.format_iso() if document.published else ""
    return hashlib.sha256(f"{published}\n{document.text}".encode()).hexdigest()


@attrs.frozen(kw_only=True)
class DocumentMentions:
    """One document's part of an extraction: where it stands, its warnings and mentions."""

    position: Position
    id: str
    digest: str
    warnings: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @property
    def rank(self) -> tuple[Position, str]:
        """The order of documents in the archive (ties, which a split never makes, by id)."""
        return (self.position, self.id)


@attrs.frozen
class Extraction:
    """What extraction found in a set of documents, mergeable across any split of them.

    The map step is :meth:`of` (a part of the archive → an extraction), the reduce step
    :meth:`merge` (or :meth:`merge_all`), and :meth:`timeline` assembles and infers the
    result once. Each document's ``position`` says where it stands in the whole archive,
    so that the merged result does not depend on how the archive was split or in which
    order the parts are merged.

    >>> import vnlao_events as ve
    >>> docs = ve.bundled_seeds()
    >>> left = Extraction.of(docs[:2])
    >>> right = Extraction.of(docs[2:], start=2)
    >>> merged = right.merge(left)
    >>> merged == left | right, len(merged)
    (True, 5)
    >>> ve.to_json(merged.timeline()) == ve.to_json(ve.build_timeline(docs))
    True
    """

    _kept: dict[str, DocumentMentions] = attrs.field(factory=dict, alias="kept")
    _repeats: frozenset[DocumentMentions] = attrs.field(factory=frozenset, alias="repeats")

    @classmethod
    def of(
        cls,
        documents: Iterable[Document],
        catalogue: Catalogue | None = None,
        *,
        start: int = 0,
        at: Position = (),
        phrases: Phrases | None = None,
    ) -> Extraction:
        """Extract a part of an archive.

        Args:
            documents: the part's documents, in archive order.
            catalogue: the built-in one by default.
            start: the archive position of the part's first document.
            at: a prefix of every position, as ``(file number,)`` for the lines of a JSON
                Lines file: the i-th document stands at ``(*at, start + i)``.
            phrases: the phrasings extraction knows; the built-in ones by default.
        """
        cat = catalogue or Catalogue.default()
        return cls.from_records(
            [
                [
                    read_document(document, (*at, start + i), cat, phrases)
                    for i, document in enumerate(documents)
                ]
            ]
        )

    @classmethod
    def from_records(cls, records: Iterable[Iterable[DocumentMentions]]) -> Extraction:
        """An extraction from documents already read (see :func:`read_document`)."""
        kept: dict[str, DocumentMentions] = {}
        repeats: set[DocumentMentions] = set()
        for group in records:
            for record in group:
                _keep(kept, repeats, record)
        return cls(kept=kept, repeats=frozenset(repeats))

    @classmethod
    def merge_all(cls, parts: Iterable[Extraction]) -> Extraction:
        """The merge of any number of extractions, in one pass (``Extraction()`` for none)."""
        kept: dict[str, DocumentMentions] = {}
        repeats: set[DocumentMentions] = set()
        for part in parts:
            repeats.update(part._repeats)
            for record in part._kept.values():
                _keep(kept, repeats, record)
        return cls(kept=kept, repeats=frozenset(repeats))

    def merge(self, other: Extraction) -> Extraction:
        """The extraction of both sets of documents (also ``self | other``)."""
        return Extraction.merge_all((self, other))

    def __or__(self, other: Extraction) -> Extraction:
        """The merge of two extractions."""
        return self.merge(other)

    def __len__(self) -> int:
        """The number of distinct documents."""
        return len(self._kept)

    def documents(self) -> list[DocumentMentions]:
        """The distinct documents, in archive order."""
        return sorted(self._kept.values(), key=lambda r: r.rank)

    @property
    def repeats(self) -> list[tuple[str, str]]:
        """``(repeat id, id of the copy kept)`` for each document left out, in archive order."""
        return [
            (r.id, self._kept[r.digest].id) for r in sorted(self._repeats, key=lambda r: r.rank)
        ]

    def mentions(self) -> Iterator[Mention]:
        """Every mention, in archive order."""
        for record in self.documents():
            yield from record.mentions

    def timeline(self, catalogue: Catalogue | None = None, *, infer: bool = True) -> Timeline:
        """Assemble (and unless ``infer=False`` infer) the timeline, as build_timeline does.

        Each document's warnings come first in the timeline's ``warnings``, as there.
        """
        cat = catalogue or Catalogue.default()
        records = self.documents()
        stated = assemble((m for r in records for m in r.mentions), cat)
        noted = [w for r in records for w in r.warnings]
        if noted:
            stated = attrs.evolve(stated, warnings=(*noted, *stated.warnings))
        return infer_timeline(stated, cat) if infer else stated


def document_warnings(document: Document) -> tuple[str, ...]:
    """A document's warnings as build_timeline gives them: its own, then impossible dates."""
    return (*document.warnings, *text_warnings(document))


def text_warnings(document: Document) -> tuple[str, ...]:
    """The warnings a document's text gives: each written date that cannot exist.

    >>> from vnlao_events import Document
    >>> text_warnings(Document(id="a.txt", text="Ngày 31/2/2024 đã diễn ra"))
    ("a.txt: '31/2/2024' (character 5) is not a date: February ...; it is left out",)
    """
    return tuple(
        f"{document.id}: {quote!r} (character {start}) is not a date: {reason}; it is left out"
        for start, _end, quote, reason in impossible_dates(document.text)
    )


def read_document(
    document: Document,
    position: Position,
    catalogue: Catalogue,
    phrases: Phrases | None = None,
) -> DocumentMentions:
    """Extract one document at its archive position."""
    return DocumentMentions(
        position=position,
        id=document.id,
        digest=text_digest(document),
        warnings=document_warnings(document),
        mentions=tuple(extract(document, catalogue, phrases=phrases)),
    )


def _keep(
    kept: dict[str, DocumentMentions], repeats: set[DocumentMentions], record: DocumentMentions
) -> None:
    """Keep the first copy of a text (by archive rank); the others become repeats."""
    held = kept.get(record.digest)
    if held is None or record.rank < held.rank:
        kept[record.digest] = record
        if held is not None:
            repeats.add(as_repeat(held))
        repeats.discard(as_repeat(record))
    elif record.rank != held.rank:
        repeats.add(as_repeat(record))


def as_repeat(record: DocumentMentions) -> DocumentMentions:
    """A document left out as a repeat: only where it stands and which text it repeats."""
    return DocumentMentions(position=record.position, id=record.id, digest=record.digest)
