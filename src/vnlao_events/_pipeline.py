"""The whole flow in one call: documents → timeline.

>>> import vnlao_events as ve
>>> t = build_timeline(ve.bundled_seeds())
>>> t.session("political-consultation", 11).forecast
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ._assemble import assemble
from ._catalogue import Catalogue
from ._documents import Document
from ._infer import infer as infer_timeline
from ._model import Timeline
from .extract import extract_all

__all__ = ["build_timeline"]


def build_timeline(
    documents: Iterable[Document],
    catalogue: Catalogue | None = None,
    *,
    infer: bool = True,
) -> Timeline:
    """Extract, assemble and (unless ``infer=False``) infer a timeline from documents.

    >>> from vnlao_events import bundled_seeds
    >>> build_timeline(bundled_seeds(), infer=False).session("political-consultation", 8) is None
    True

    Args:
        documents: the articles; read one at a time.
        catalogue: the catalogue to use; the built-in one by default.
        infer: whether to add what the stated facts imply.

    Each document's own warnings (:attr:`Document.warnings`) come first in the timeline's
    ``warnings``.
    """
    cat = catalogue or Catalogue.default()
    noted: list[str] = []

    def read() -> Iterator[Document]:
        for document in documents:
            noted.extend(document.warnings)
            yield document

    stated = assemble(extract_all(read(), cat), cat)
    if noted:
        stated = attrs.evolve(stated, warnings=(*noted, *stated.warnings))
    return infer_timeline(stated, cat) if infer else stated
