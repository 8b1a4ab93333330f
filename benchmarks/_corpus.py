"""Real news text for the benchmarks: the seed and dev articles, repeated to a given size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import vnlao_events as ve

ROOT = Path(__file__).parent.parent


def real_documents() -> list[ve.Document]:
    """The seed and dev articles."""
    return [*ve.bundled_seeds(), *ve.load_documents([ROOT / "tests" / "data" / "dev"])]


def corpus(size_bytes: int) -> Iterator[ve.Document]:
    """Documents whose texts add up to about ``size_bytes`` UTF-8 bytes, generated lazily."""
    base = real_documents()
    total = 0
    n = 0
    while total < size_bytes:
        doc = base[n % len(base)]
        yield ve.Document(id=f"{n}-{doc.id}", text=doc.text, published=doc.published)
        total += len(doc.text.encode("utf-8"))
        n += 1
