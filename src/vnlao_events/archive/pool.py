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

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import attrs

from .._catalogue import Catalogue
from .._documents import Document
from .._model import Timeline
from ..extract import Phrases, SessionMention
from .cache import Entry, MentionCache
from .extraction import (
    DocumentMentions,
    Extraction,
    Position,
    read_document,
    text_digest,
)
from .progress import Progress

__all__ = ["build", "default_jobs", "read_archive"]

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


_Item = DocumentMentions | tuple[Position, Document, str | None]


@attrs.define
class _Chunk:
    items: list[_Item] = attrs.Factory(list)
    size: int = 0
    future: Future[list[DocumentMentions]] | None = None

    def work(self) -> list[tuple[Position, Document]]:
        return [(item[0], item[1]) for item in self.items if isinstance(item, tuple)]


def read_archive(
    documents: Iterable[Document],
    catalogue: Catalogue,
    *,
    jobs: int = 1,
    cache: MentionCache | None = None,
    progress: Progress | None = None,
    phrases: Phrases | None = None,
) -> Iterator[DocumentMentions]:
    """Each document's record, in archive order; a repeated text's without its mentions.

    Args:
        documents: the archive.
        catalogue: the catalogue.
        jobs: worker processes (1: read here).
        cache: where mentions already found are kept, and new ones are put.
        progress: counts what is read.
        phrases: the phrasings extraction knows; the built-in ones by default.
    """
    seen: set[str] = set()
    slots: deque[_Chunk] = deque()
    chunk = _Chunk()
    executor: ProcessPoolExecutor | None = None

    def finish(done: _Chunk) -> Iterator[DocumentMentions]:
        found = iter(
            done.future.result()
            if done.future is not None
            else _read_chunk_here(done, catalogue, phrases)
        )
        new: dict[str, Entry] = {}
        against: dict[str, Document] = {}
        for item in done.items:
            if isinstance(item, tuple):
                record = next(found)
                if item[2] is not None:
                    own = len(item[1].warnings)
                    new[item[2]] = Entry(mentions=record.mentions, warnings=record.warnings[own:])
                    against[item[2]] = item[1]
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

    def looked_up(batch: list[tuple[Position, Document, str, str | None]]) -> Iterator[_Item]:
        """The batch's documents, those the cache holds as records (one query a batch)."""
        held = (
            cache.get_many([(key, d) for _, d, _, key in batch if key is not None])
            if cache is not None
            else {}
        )
        for position, document, digest, key in batch:
            entry = held.get(key) if key is not None else None
            if entry is None:
                yield (position, document, key)
            else:
                yield DocumentMentions(
                    position=position,
                    id=document.id,
                    digest=digest,
                    warnings=(*document.warnings, *entry.warnings),
                    mentions=entry.mentions,
                )

    def batches() -> Iterator[_Item]:
        batch: list[tuple[Position, Document, str, str | None]] = []
        for number, document in enumerate(documents):
            position = (number,)
            digest = text_digest(document)
            if digest in seen:
                yield from looked_up(batch)
                batch.clear()
                yield DocumentMentions(position=position, id=document.id, digest=digest)
                continue
            seen.add(digest)
            key = cache.key(document, digest) if cache is not None else None
            batch.append((position, document, digest, key))
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
    documents: Iterable[Document],
    catalogue: Catalogue,
    *,
    infer: bool = True,
    jobs: int | None = 1,
    cache: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    phrases: Phrases | None = None,
) -> Timeline:
    """The timeline of an archive, read on ``jobs`` processes with an optional cache.

    The same timeline as the single-process :func:`vnlao_events.build_timeline`; warnings
    about the cache come after the documents' own.
    """
    workers = default_jobs() if jobs is None else jobs
    if workers < 1:
        raise ValueError(f"'jobs' must be at least 1 (got {jobs!r}).")
    store = MentionCache(cache, catalogue, phrases) if cache is not None else None
    try:
        records = read_archive(
            documents, catalogue, jobs=workers, cache=store, progress=progress, phrases=phrases
        )
        timeline = Extraction.from_records([records]).timeline(catalogue, infer=infer)
    finally:
        if store is not None:
            store.close()
        if progress is not None:
            progress.close()
    if store is not None and store.warnings:
        timeline = attrs.evolve(timeline, warnings=(*timeline.warnings, *store.warnings))
    return timeline
