"""vnlao-events: recurring Vietnam–Laos diplomatic mechanisms as a trustworthy timeline.

The flow runs one way: :func:`extract` (documents → mentions), :func:`assemble`
(mentions → a timeline of stated facts), :func:`infer` (what the facts imply), then
export with :func:`to_json`, :func:`to_csv`, :func:`to_dataframe`, :func:`to_ics`,
:func:`to_html` (each with its ``write_*``, and ``read_*``/``from_*`` where the format
reads back).

>>> import vnlao_events as ve
>>> timeline = ve.infer(ve.assemble(ve.extract_all(ve.bundled_seeds())))
>>> eighth = timeline.session("political-consultation", 8)
>>> eighth.status.value, eighth.place, eighth.inferred_host.value
('inferred', None, 'LA')
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._runtime import VERSION
from .exceptions import (
    CatalogueError,
    DocumentError,
    ExportError,
    IcsImportError,
    ParseError,
    PathOrFileError,
    TimelineFormatError,
    VnlaoEventsError,
)

if TYPE_CHECKING:
    from ._assemble import assemble
    from ._backtest import Backtest, BacktestRow, BacktestSummary, backtest
    from ._catalogue import Catalogue, PlaceEntry
    from ._dates import DateWindow, PartialDate, PartOfDay, Precision, When
    from ._derivation import Derivation, FactRef, Rule
    from ._documents import (
        MAX_DOCUMENT_BYTES,
        Document,
        bundled_seeds,
        load_documents,
        parse_published,
        published_from_url,
    )
    from ._infer import explain, infer, propagate
    from ._kinds import ConflictKind, DateKind, Lang, MentionKind, PlaceKind
    from ._model import (
        Anniversary,
        Conflict,
        ConflictRule,
        Event,
        EventKind,
        Evidence,
        HostAnchor,
        HostRule,
        Inferred,
        LikelyBasis,
        LikelyWindow,
        Mechanism,
        Participant,
        Period,
        Person,
        Place,
        RejectedFact,
        RotationUnit,
        Series,
        Session,
        Status,
        Timeline,
    )
    from ._ordinals import parse_ordinal
    from ._pipeline import build_timeline, unique_documents
    from ._tagger import (
        Anchoring,
        DateMention,
        find_dates,
        impossible_dates,
        to_timex3,
    )
    from .archive import Extraction
    from .export.html import to_html, write_html
    from .export.ics import Imprecise, from_ics, read_ics, to_ics, write_ics
    from .export.json import (
        SCHEMA_ID,
        from_dict,
        from_json,
        iter_json,
        json_schema,
        read_json,
        to_dict,
        to_json,
        write_json,
    )
    from .export.plot import PlotFormat, plot_figure, plot_timeline
    from .export.table import table
    from .export.tabular import to_csv, to_dataframe, write_csv
    from .export.timelinejs import to_timelinejs
    from .extract import (
        AnniversaryMention,
        EventMention,
        Mention,
        PeriodMention,
        Phrases,
        SessionMention,
        extract,
        extract_all,
    )

# Every other public name is loaded from its module when first used, so that
# ``import vnlao_events`` costs little (the exporters, icalendar and the rule tables wait).
_LAZY_FROM = {  # module: the public names it gives, as in the TYPE_CHECKING imports above
    "._assemble": "assemble",
    "._backtest": "Backtest BacktestRow BacktestSummary backtest",
    "._catalogue": "Catalogue PlaceEntry",
    "._dates": "DateWindow PartialDate PartOfDay Precision When",
    "._derivation": "Derivation FactRef Rule",
    "._kinds": "ConflictKind DateKind Lang MentionKind PlaceKind",
    "._documents": (
        "MAX_DOCUMENT_BYTES Document bundled_seeds load_documents parse_published "
        "published_from_url"
    ),
    "._infer": "explain infer propagate",
    "._model": (
        "Anniversary Conflict ConflictRule Event EventKind Evidence HostAnchor HostRule "
        "Inferred LikelyBasis LikelyWindow Mechanism Participant Period Person Place "
        "RejectedFact RotationUnit Series Session Status Timeline"
    ),
    "._ordinals": "parse_ordinal",
    "._pipeline": "build_timeline unique_documents",
    "._tagger": "Anchoring DateMention find_dates impossible_dates to_timex3",
    ".archive": "Extraction",
    ".export.html": "to_html write_html",
    ".export.ics": "Imprecise from_ics read_ics to_ics write_ics",
    ".export.json": (
        "SCHEMA_ID from_dict from_json iter_json json_schema read_json to_dict to_json write_json"
    ),
    ".export.plot": "PlotFormat plot_figure plot_timeline",
    ".export.table": "table",
    ".export.tabular": "to_csv to_dataframe write_csv",
    ".export.timelinejs": "to_timelinejs",
    ".extract": (
        "AnniversaryMention EventMention Mention PeriodMention Phrases SessionMention "
        "extract extract_all"
    ),
}
_LAZY = {name: module for module, names in _LAZY_FROM.items() for name in names.split()}


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """The package: a submodule named like a public function does not hide the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return  # ``vnlao_events.extract`` is the function, as ``from … import`` gives it
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __dir__() -> list[str]:
    """The public names, loaded or not."""
    return sorted({*globals(), *__all__})


__version__ = VERSION

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "SCHEMA_ID",
    "Anchoring",
    "Anniversary",
    "AnniversaryMention",
    "Backtest",
    "BacktestRow",
    "BacktestSummary",
    "Catalogue",
    "CatalogueError",
    "Conflict",
    "ConflictKind",
    "ConflictRule",
    "DateKind",
    "DateMention",
    "DateWindow",
    "Derivation",
    "Document",
    "DocumentError",
    "Event",
    "EventKind",
    "EventMention",
    "Evidence",
    "ExportError",
    "Extraction",
    "FactRef",
    "HostAnchor",
    "HostRule",
    "IcsImportError",
    "Imprecise",
    "Inferred",
    "Lang",
    "LikelyBasis",
    "LikelyWindow",
    "Mechanism",
    "Mention",
    "MentionKind",
    "ParseError",
    "PartOfDay",
    "PartialDate",
    "Participant",
    "PathOrFileError",
    "Period",
    "PeriodMention",
    "Person",
    "Phrases",
    "Place",
    "PlaceEntry",
    "PlaceKind",
    "PlotFormat",
    "Precision",
    "RejectedFact",
    "RotationUnit",
    "Rule",
    "Series",
    "Session",
    "SessionMention",
    "Status",
    "Timeline",
    "TimelineFormatError",
    "VnlaoEventsError",
    "When",
    "assemble",
    "backtest",
    "build_timeline",
    "bundled_seeds",
    "explain",
    "extract",
    "extract_all",
    "find_dates",
    "from_dict",
    "from_ics",
    "from_json",
    "impossible_dates",
    "infer",
    "iter_json",
    "json_schema",
    "load_documents",
    "parse_ordinal",
    "parse_published",
    "plot_figure",
    "plot_timeline",
    "propagate",
    "published_from_url",
    "read_ics",
    "read_json",
    "table",
    "to_csv",
    "to_dataframe",
    "to_dict",
    "to_html",
    "to_ics",
    "to_json",
    "to_timelinejs",
    "to_timex3",
    "unique_documents",
    "write_csv",
    "write_html",
    "write_ics",
    "write_json",
]
