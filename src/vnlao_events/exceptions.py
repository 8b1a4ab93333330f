"""Exceptions raised by vnlao-events.

Every error the library raises derives from :class:`VnlaoEventsError`; each leaf
also derives from the matching builtin so callers may catch ``ValueError`` or
``OSError`` as usual. Errors carry their evidence as attributes.

This module is a leaf: it imports nothing from the package.

>>> try:
...     raise ParseError("'month' must be 1..12 (got 13).", text="13/2022")
... except ValueError as error:
...     print(error.text)
13/2022
"""

from __future__ import annotations

__all__ = [
    "CatalogueError",
    "DocumentError",
    "ExportError",
    "IcsImportError",
    "ParseError",
    "PathOrFileError",
    "TimelineFormatError",
    "VnlaoEventsError",
]


class VnlaoEventsError(Exception):
    """Root of every error raised by vnlao-events."""


class ParseError(VnlaoEventsError, ValueError):
    """A text form (a date, an ordinal, an ISO string) could not be read.

    Attributes:
        text: the input that failed, as given.
        span: ``(start, end)`` offsets of the failing part in ``text``, if known.
    """

    def __init__(
        self, message: str, *, text: str = "", span: tuple[int, int] | None = None
    ) -> None:
        super().__init__(message)
        self.text = text
        self.span = span


class CatalogueError(VnlaoEventsError, ValueError):
    """A catalogue file is malformed.

    Attributes:
        path: the file, or ``"<built-in>"``.
        entry: the entry key that is wrong, if any.
        field: the field that is wrong, if any.
        problems: every problem found in the file, this one first (one error each).
    """

    def __init__(self, message: str, *, path: str = "", entry: str = "", field: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.entry = entry
        self.field = field
        self.problems: tuple[CatalogueError, ...] = (self,)


class DocumentError(VnlaoEventsError, ValueError):
    """An input document cannot be read.

    Attributes:
        document: the file name or document id.
        line: the 1-based line number of the problem, if known.
    """

    def __init__(self, message: str, *, document: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.document = document
        self.line = line


class TimelineFormatError(VnlaoEventsError, ValueError):
    """A timeline JSON document does not follow the ``vnlao-events.timeline/1`` contract.

    Attributes:
        pointer: where in the document the problem is (``/series/0/sessions/2/date``).
    """

    def __init__(self, message: str, *, pointer: str = "") -> None:
        super().__init__(message)
        self.pointer = pointer


class IcsImportError(VnlaoEventsError, ValueError):
    """An iCalendar file cannot be read into a timeline.

    Attributes:
        source: the file name, or ``"<string>"``.
        line: the 1-based line number of the problem, if known.
    """

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.line = line


class ExportError(VnlaoEventsError, OSError):
    """An output file could not be written.

    Attributes:
        path: the file that was being written.
    """

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class PathOrFileError(VnlaoEventsError, TypeError):
    """A reader or writer was given something that is neither a path nor a file object.

    Attributes:
        value: what was given.
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value
