"""The whole flow in one call: documents → timeline.

>>> import vnlao_events as ve
>>> t = build_timeline(ve.bundled_seeds())
>>> t.session("political-consultation", 11).forecast
True
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from ._assemble import assemble
from ._catalogue import Catalogue
from ._documents import Document
from ._infer import infer as infer_timeline
from ._model import Timeline
from ._tagger import impossible_dates
from .extract import Phrases, extract_all

if TYPE_CHECKING:
    from .archive.progress import Progress

__all__ = ["build_timeline", "unique_documents"]


def unique_documents(
    documents: Iterable[Document], repeats: list[tuple[str, str]] | None = None
) -> Iterator[Document]:
    """The documents, each text (with its published date) once: the first copy is kept.

    The same article saved twice, or syndicated under another name, is one source, not two:
    counting it twice would double its evidence without adding a fact.

    >>> from vnlao_events import Document
    >>> docs = [Document(id="a", text="x"), Document(id="b", text="x"), Document(id="c", text="y")]
    >>> repeats = []
    >>> [d.id for d in unique_documents(docs, repeats)], repeats
    (['a', 'c'], [('b', 'a')])

    Args:
        documents: the documents.
        repeats: if given, gets ``(repeat id, id of the copy kept)`` for each one left out.
    """
    seen: dict[str, str] = {}
    for document in documents:
        published = document.published.format_iso() if document.published else ""
        digest = hashlib.sha256(f"{published}\n{document.text}".encode()).hexdigest()
        if digest in seen:
            if repeats is not None:
                repeats.append((document.id, seen[digest]))
            continue
        seen[digest] = document.id
        yield document


def build_timeline(
    documents: Iterable[Document],
    catalogue: Catalogue | None = None,
    *,
    infer: bool = True,
    phrases: Phrases | None = None,
    jobs: int | None = 1,
    cache: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> Timeline:
    """Extract, assemble and (unless ``infer=False``) infer a timeline from documents.

    >>> from vnlao_events import bundled_seeds
    >>> build_timeline(bundled_seeds(), infer=False).session("political-consultation", 8) is None
    True

    Args:
        documents: the articles; read one at a time. Identical texts count once
            (see :func:`unique_documents`).
        catalogue: the catalogue to use; the built-in one by default.
        infer: whether to add what the stated facts imply.
        phrases: the phrasings extraction knows; the built-in ones by default (see
            :meth:`Phrases.load` to add your own).
        jobs: worker processes to read the documents on (``None``: one per processor);
            the timeline is the same however many (see :mod:`vnlao_events.archive`).
        cache: an SQLite file keeping each document's mentions, so that a re-run reads only
            new or changed documents; the timeline is the same as without it.
        progress: counts documents and sessions as they are read (the command line's
            progress line).

    Each document's own warnings (:attr:`Document.warnings`) come first in the timeline's
    ``warnings``, with a warning for each written date that cannot exist ("31/2/2024", see
    :func:`impossible_dates`).
    """
    cat = catalogue or Catalogue.default()
    if jobs != 1 or cache is not None or progress is not None:
        from .archive.pool import build  # noqa: PLC0415 - loaded when first used

        return build(
            documents, cat, infer=infer, jobs=jobs, cache=cache, progress=progress, phrases=phrases
        )
    noted: list[str] = []

    def read() -> Iterator[Document]:
        for document in unique_documents(documents):
            noted.extend(document.warnings)
            noted.extend(
                f"{document.id}: {quote!r} (character {start}) is not a date: {reason};"
                " it is left out"
                for start, _end, quote, reason in impossible_dates(document.text)
            )
            yield document

    stated = assemble(extract_all(read(), cat, phrases=phrases), cat)
    if noted:
        stated = attrs.evolve(stated, warnings=(*noted, *stated.warnings))
    return infer_timeline(stated, cat) if infer else stated
