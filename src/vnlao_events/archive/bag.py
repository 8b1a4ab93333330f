"""The same map and reduce on Dask, for archives that outgrow one machine (extra ``dask``).

A Dask bag holds ``(file number, path)`` pairs; each partition is read and extracted where
it lands (:func:`extract_partition`, built on :meth:`Extraction.of`), the partitions'
extractions are merged (:meth:`Extraction.merge_all`), and the timeline is assembled and
inferred once from the result. Positions are file numbers (and line numbers inside a
JSON Lines file), so the timeline is the one :func:`vnlao_events.build_timeline` gives
for the same files read in order, however the bag is partitioned.

Ids are as :func:`vnlao_events.load_documents` gives them: a text file's name, or its
path when an earlier file has the same name. JSON Lines records keep their own ids: they
should be unique across the archive (a record repeating an id of another file keeps it).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import attrs

from .._catalogue import Catalogue
from .._documents import expand_paths, load_documents
from .._model import Timeline
from ..extract import Phrases
from .extraction import Extraction

__all__ = ["extract_partition", "files_of", "timeline_on_dask"]


def files_of(paths: Iterable[str | Path]) -> list[tuple[int, str, str | None]]:
    """``(file number, path, id)`` for each file the paths name, in reading order.

    The id is a text file's document id as the single-process reading gives it; ``None``
    for JSON Lines files, whose records carry their own.
    """
    files: list[tuple[int, str, str | None]] = []
    seen: set[str] = set()
    for number, path in enumerate(expand_paths(paths)):
        if path.endswith(".jsonl"):
            files.append((number, path, None))
            continue
        name = Path(path).name
        unique = path if name in seen else name
        seen.add(unique)
        files.append((number, path, unique))
    return files


def extract_partition(
    files: Iterable[tuple[int, str, str | None]],
    catalogue: Catalogue | None = None,
    published: str | None = None,
    phrases: Phrases | None = None,
) -> Extraction:
    """The map step: read and extract one partition of ``(file number, path, id)``.

    Raises:
        DocumentError: for a file that cannot be read.
    """
    cat = catalogue or Catalogue.default()
    parts = []
    for number, path, unique in files:
        documents = list(load_documents([path], published=published))
        if unique is not None:
            documents = [attrs.evolve(d, id=unique) for d in documents]
        parts.append(Extraction.of(documents, cat, at=(number,), phrases=phrases))
    return Extraction.merge_all(parts)


def timeline_on_dask(
    paths: Sequence[str | Path],
    catalogue: Catalogue | None = None,
    *,
    infer: bool = True,
    published: str | None = None,
    npartitions: int | None = None,
    phrases: Phrases | None = None,
    **compute: Any,
) -> Timeline:
    """The timeline of files and folders, extracted on Dask (the active client, if any).

    Args:
        paths: text files, JSON Lines files and folders, as for ``load_documents``.
        catalogue: the built-in one by default.
        infer: whether to add what the stated facts imply.
        published: a published date for files that carry none.
        npartitions: how many partitions the bag has (Dask's default when ``None``).
        phrases: the phrasings extraction knows; the built-in ones by default.
        compute: passed to ``compute()`` (``scheduler=``, for one).
    """
    db: Any = importlib.import_module("dask.bag")  # the optional extra, loaded when used

    cat = catalogue or Catalogue.default()
    files = files_of(paths)
    bag = db.from_sequence(files, npartitions=npartitions or min(max(len(files), 1), 100))
    merged: Extraction = bag.reduction(
        partial(extract_partition, catalogue=cat, published=published, phrases=phrases),
        Extraction.merge_all,
    ).compute(**compute)
    return merged.timeline(cat, infer=infer)
