"""A news archive, not a folder: mergeable extraction, processes, a cache, Dask.

* :mod:`.extraction`: :class:`Extraction`, the mergeable value (map: ``Extraction.of``,
  reduce: ``Extraction.merge``), and its :meth:`~Extraction.timeline`;
* :mod:`.pool`: documents read on a pool of processes, in chunks, in archive order;
* :mod:`.cache`: each document's mentions kept in SQLite, so a re-run reads only what is new;
* :mod:`.progress`: the progress line on a terminal;
* :mod:`.bag`: the same map and reduce on a Dask bag (optional extra ``dask``);
* :mod:`.codec`: mentions as JSON and back, checked (for the cache and for JSON Lines,
  :mod:`vnlao_events.export.jsonl`).
"""

from __future__ import annotations

from .extraction import Extraction

__all__ = ["Extraction"]
