"""Documents read on a pool of processes, in chunks, and given back in archive order.

The calling process reads the documents, drops repeated texts, takes what the cache
already holds, and sends the rest in chunks (about half a megabyte each) to worker
processes, each of which builds its catalogue once (the pool's initializer). At most two
chunks per worker are in flight, so memory stays bounded however large the archive. A
small input (one chunk) is read in the calling process: no pool is started for it.

>>> import vnlao_events as ve
>>> records = list(read_archive(ve.bundled_seeds(), ve.Catalogue.default()))
>>> [r.position for r in records]
[(0,), (1,), (2,), (3,), (4,)]
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from .._catalogue import Catalogue
from .._documents import Document, DocumentFile
from .._model import Timeline
from ..extract import Phrases, SessionMention
from .cache import Entry, MentionCache, Source
from .extraction import (
    DocumentMentions,
    Extraction,
    Position,
    read_document,
    text_digest,
)
from .heap import long_lived, set_aside
from .progress import Progress

if TYPE_CHECKING:  # loaded when a pool is first started: one process needs neither
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Reading", "build", "default_jobs", "read_archive"]

CHUNK_BYTES = 500_000  # a chunk's text: large enough that sending it costs little
CHUNK_DOCUMENTS = 500
_LOOKUP_BATCH = 200  # documents looked up in the cache in one query

_worker: tuple[Catalogue, Phrases | None] | None = None


def default_jobs() -> int:
    """The number of processors this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (one thread, POSIX): no re-import, no ``__main__`` guard needed."""
    import multiprocessing  # noqa: PLC0415 - loaded when a pool is first started

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context(  # pragma: no cover - threads or not POSIX
        "forkserver" if "forkserver" in methods else "spawn"
    )


def _start_worker(catalogue: Catalogue, phrases: Phrases | None) -> None:
    global _worker  # noqa: PLW0603 - one catalogue per worker process
    _worker = (catalogue, phrases)


def _read_chunk(chunk: list[tuple[Position, Document]]) -> list[DocumentMentions]:
    catalogue, phrases = _worker or (Catalogue.default(), None)
    return [read_document(d, position, catalogue, phrases) for position, d in chunk]


_Work = tuple[Position, Document, str | None, bool]  # position, document, key, from a file
_Item = DocumentMentions | _Work
_Wanted = tuple[Position, Document | DocumentFile, str | None, str | None]  # digest, key


@attrs.define
class _Chunk:
    items: list[_Item] = attrs.Factory(list)
    size: int = 0
    future: Future[list[DocumentMentions]] | None = None

    def work(self) -> list[tuple[Position, Document]]:
        return [(item[0], item[1]) for item in self.items if isinstance(item, tuple)]


@attrs.define
class Reading:
    """What reading an archive saw besides the mentions (the command line's notes).

    Attributes:
        documents: how many distinct documents were read.
        repeats: ``(repeat id, id of the copy kept)`` for each document left out.
        urls: each distinct document's url, by id, where it has one.
    """

    documents: int = 0
    repeats: list[tuple[str, str]] = attrs.Factory(list)
    urls: dict[str, str] = attrs.Factory(dict)


def read_archive(
    documents: Iterable[Document | DocumentFile],
    catalogue: Catalogue,
    *,
    jobs: int = 1,
    cache: MentionCache | None = None,
    progress: Progress | None = None,
    phrases: Phrases | None = None,
    reading: Reading | None = None,
) -> Iterator[DocumentMentions]:
    """Each document's record, in archive order; a repeated text's without its mentions.

    Args:
        documents: the archive; a text file may be given as a
            :class:`~vnlao_events._documents.DocumentFile`, made a document only when the
            cache does not hold it.
        catalogue: the catalogue.
        jobs: worker processes (1: read here).
        cache: where mentions already found are kept, and new ones are put.
        progress: counts what is read.
        phrases: the phrasings extraction knows; the built-in ones by default.
        reading: when given, counts the distinct documents and notes repeats and urls.
    """
    seen: dict[str, str] = {}
    repeated: dict[str, Entry] = {}  # files read to find that they repeat a text
    slots: deque[_Chunk] = deque()
    chunk = _Chunk()
    executor: ProcessPoolExecutor | None = None
    noted = Reading() if reading is None else reading

    def finish(done: _Chunk) -> Iterator[DocumentMentions]:
        found = iter(
            done.future.result()
            if done.future is not None
            else _read_chunk_here(done, catalogue, phrases)
        )
        new: dict[str, Entry] = dict(repeated)  # files found to repeat a text since
        repeated.clear()
        against: dict[str, Document] = {}
        for item in done.items:
            if isinstance(item, tuple):
                record = next(found)
                _, document, key, from_file = item
                if key is not None:
                    own = len(document.warnings)
                    source = (
                        Source(record.digest, document.url, document.warnings)
                        if from_file
                        else None
                    )
                    new[key] = Entry(
                        mentions=record.mentions, warnings=record.warnings[own:], source=source
                    )
                    against[key] = document
            else:
                record = item
            if progress is not None:
                progress.add(
                    1,
                    (
                        (m.series, m.ordinal)
                        for m in record.mentions
                        if isinstance(m, SessionMention)
                    ),
                )
            yield record
        if cache is not None:
            cache.put(new, against)

    def looked_up(batch: list[_Wanted]) -> Iterator[_Item]:
        """The batch's documents, those the cache holds as records (one query a batch)."""
        held = (
            cache.get_many([(key, d) for _, d, _, key in batch if key is not None])
            if cache is not None
            else {}
        )
        for position, item, digest_of, key in batch:
            entry = held.get(key) if key is not None else None
            document: Document | None = None
            source = None if entry is None else entry.source
            if source is not None and (not source.repeat or source.digest in seen):
                digest, url, own = source.digest, source.url, source.warnings
            else:  # a file the cache does not hold (or holds as a repeat only) is read now
                if source is not None:
                    entry = None  # a repeat's entry holds no mentions
                document = item if isinstance(item, Document) else item.document()
                digest = digest_of or text_digest(document)
                url, own = document.url, document.warnings
            kept = seen.get(digest)
            if kept is not None:
                noted.repeats.append((item.id, kept))
                if document is not None and key is not None and isinstance(item, DocumentFile):
                    repeat = Source(digest, url, own, repeat=True)  # found a repeat at once
                    repeated[key] = Entry(mentions=(), source=repeat)
                yield DocumentMentions(position=position, id=item.id, digest=digest)
                continue
            seen[digest] = item.id
            noted.documents += 1
            if url:
                noted.urls[item.id] = url
            if entry is None:
                assert document is not None  # noqa: S101 - read above
                yield (position, document, key, isinstance(item, DocumentFile))
            else:
                yield DocumentMentions(
                    position=position,
                    id=item.id,
                    digest=digest,
                    warnings=(*own, *entry.warnings),
                    mentions=entry.mentions,
                )

    def batches() -> Iterator[_Item]:
        batch: list[_Wanted] = []
        for number, item in enumerate(documents):
            key = digest = None
            if isinstance(item, Document):
                digest = text_digest(item)
                key = cache.key(item, digest) if cache is not None else None
            elif cache is not None:
                key = cache.file_key(item)
            batch.append(((number,), item, digest, key))
            if len(batch) >= (_LOOKUP_BATCH if cache is not None else 1):
                yield from looked_up(batch)
                batch.clear()
        yield from looked_up(batch)

    try:
        for item in batches():
            chunk.items.append(item)
            if isinstance(item, tuple):
                chunk.size += len(item[1].text)
            if chunk.size >= CHUNK_BYTES or len(chunk.items) >= CHUNK_DOCUMENTS:
                if jobs > 1 and chunk.work():
                    if executor is None:
                        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

                        executor = ProcessPoolExecutor(
                            jobs,
                            mp_context=_context(),
                            initializer=_start_worker,
                            initargs=(catalogue, phrases),
                        )
                    chunk.future = executor.submit(_read_chunk, chunk.work())
                slots.append(chunk)
                chunk = _Chunk()
                while slots and (
                    slots[0].future is None
                    or sum(s.future is not None for s in slots) > 2 * jobs
                    or slots[0].future.done()
                ):
                    yield from finish(slots.popleft())
        if executor is not None and chunk.work():
            chunk.future = executor.submit(_read_chunk, chunk.work())
        slots.append(chunk)
        while slots:
            yield from finish(slots.popleft())
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)


def _read_chunk_here(
    chunk: _Chunk, catalogue: Catalogue, phrases: Phrases | None
) -> list[DocumentMentions]:
    return [read_document(d, position, catalogue, phrases) for position, d in chunk.work()]


def build(
    documents: Iterable[Document | DocumentFile],
    catalogue: Catalogue,
    *,
    infer: bool = True,
    jobs: int | None = 1,
    cache: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    phrases: Phrases | None = None,
    reading: Reading | None = None,
) -> Timeline:
    """The timeline of an archive, read on ``jobs`` processes with an optional cache.

    The same timeline as the single-process :func:`vnlao_events.build_timeline`; warnings
    about the cache come after the documents' own. ``documents`` may hold text files not
    yet read as documents and ``reading`` notes what was read, as :func:`read_archive`.
    """
    workers = default_jobs() if jobs is None else jobs
    if workers < 1:
        raise ValueError(f"'jobs' must be at least 1 (got {jobs!r}).")
    store = MentionCache(cache, catalogue, phrases) if cache is not None else None
    try:
        records = read_archive(
            documents,
            catalogue,
            jobs=workers,
            cache=store,
            progress=progress,
            phrases=phrases,
            reading=reading,
        )
        with long_lived():  # cached mentions set aside from the collector's scans
            timeline = Extraction.from_records([records]).timeline(catalogue, infer=infer)
            set_aside()
    finally:
        if store is not None:
            store.close()
        if progress is not None:
            progress.close()
    if store is not None and store.warnings:
        timeline = attrs.evolve(timeline, warnings=(*timeline.warnings, *store.warnings))
    return timeline
