r"""Input documents: text files with optional headers, JSON Lines corpora, strings.

A text file may start with ``key: value`` header lines (``url``, ``title``,
``published``) ended by a blank line. The seed articles' own forms are read too:
a first line `` date 2023-01 Title`` and a byline ``10:22 | 30/08/2024 GMT+7``.

>>> doc = Document.from_text("published: 2024-08-30\n\nSáng nay ...", id="a.txt")
>>> doc.published
PartialDate("2024-08-30")
>>> doc.text
'Sáng nay ...'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from ._dates import PartialDate
from ._model import tuple_of_str
from .exceptions import DocumentError, ParseError

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "PUBLISHED_YEARS",
    "Document",
    "bundled_seeds",
    "expand_paths",
    "load_documents",
    "parse_published",
    "published_from_url",
]

#: The largest text file or JSON Lines record read, in bytes (no real article comes near).
MAX_DOCUMENT_BYTES = 8_000_000
#: The years a published date may fall in; a date outside is a typing slip, not news.
PUBLISHED_YEARS = (1800, 2199)
#: The time zone whose calendar day a published time is read in, unless it says otherwise.
LOCAL_ZONE = "Asia/Ho_Chi_Minh"

_HEADER_KEYS = ("url", "title", "published", "id", "source", "lang")
_HEADER_LINE = re.compile(r"([A-Za-z_]+):[ \t]*(.*)")
_LINE = re.compile(r"[^\n]*\n?")
_SEED_DATE_LINE = re.compile(r"\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*(.*)")
_BYLINE = re.compile(
    r"(?:(\d{1,2}):(\d{2})\s*\|\s*)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*GMT\s*([+-]\d{1,2}))?"
)
_UNKNOWN = ("", "unknown", "none", "null", "n/a", "-")
# "GMT+7", "UTC+07:00", "(GMT+07:00)": news means hours ahead of UTC (dateutil reads such
# names the POSIX way, as hours behind), so they are rewritten as plain offsets first.
_NAMED_OFFSET = re.compile(r"[(\[]?\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?[)\]]?", re.I)
# A leading label ("Cập nhật:", "Posted:", "Last updated:") and a weekday name before a
# comma ("Thứ Sáu, 30/08/2024", "Fri, 30 Aug 2024").
_LEADING_WORDS = re.compile(r"^(?:[^\d:,]{1,30}:\s*)?(?:[^\d,]{1,20},\s*)?")
# The words a byline puts between its day and its time, and the marks around them.
_BYLINE_FILLER = re.compile(r"(?i)\b(?:ngày|lúc|vào|at|on)\b|[\s,.|:()\[\]-]+")
# A bar between the day and the time of a byline ("31/12/2019 | 09:08").
_BAR = re.compile(r"\s*\|\s*")
# News sites put the publication date in the path: "/2025/01/09/", "/2025/1/9/",
# "-2025-01-09", "_20250109", or the head of a timestamp "-20250109140153722.htm" (YYYYMMDD
# and then hhmm…). A run of digits of any other length ("/191262.vnp") is an article number.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20|21)\d{2})/(?P<m>\d{1,2})(?:/(?P<d>\d{1,2}))?(?=/|$)"),
    re.compile(r"(?<![0-9])(?P<y>(?:19|20|21)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![0-9])"),
    re.compile(
        r"(?<![0-9])(?P<y>(?:19|20|21)\d{2})(?P<m>\d{2})(?P<d>\d{2})"
        r"(?:(?P<hh>\d{2})(?P<mm>\d{2})\d{0,12})?(?![0-9])"
    ),
)
_URL_HOST = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://)?[^/?#]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Published dates read without dateutil: "30/08/2024", "2024-08-30T09:15+07:00", "2024-08".
_BYLINE_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_ISO_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _scrub(value: str) -> str:
    """``value`` with each lone surrogate replaced by U+FFFD (offsets unchanged)."""
    try:
        value.encode()  # fails exactly when there is a lone surrogate; faster than a search
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def _scrub_optional(value: str | None) -> str | None:
    return None if value is None else _scrub(value)


def _local_zone() -> tzinfo:
    try:
        return ZoneInfo(LOCAL_ZONE)
    except ZoneInfoNotFoundError:  # no time zone database: Vietnam has kept UTC+7 since 1975
        return timezone(timedelta(hours=7))


def _published_error(value: str, document: str, why: str) -> DocumentError:
    return DocumentError(
        f"{document or '<document>'}: published date {value!r} is not a date ({why}).",
        document=document,
    )


def _in_range(day: PartialDate, value: str, document: str) -> PartialDate:
    low, high = PUBLISHED_YEARS
    if day.year is None or not low <= day.year <= high:
        raise _published_error(value, document, f"the year must be {low}..{high}")
    return day


def _read_with_dateutil(text: str) -> tuple[PartialDate, str | None] | None:
    """Read any form dateutil reads, day first; ``None`` when it reads none."""
    cleaned = _NAMED_OFFSET.sub(
        lambda m: f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}", text
    )
    cleaned = _BAR.sub(" ", _LEADING_WORDS.sub("", cleaned.strip()).strip())
    if not re.search(r"\d{4}", cleaned):
        return None  # a published date states its year in full
    read = _dateutil_pair(cleaned)
    if read is None:
        return None
    first, second = read
    if first.year != second.year:
        return None
    has_month = first.month == second.month
    has_day = first.day == second.day
    has_time = (first.hour, first.minute, first.second) != (0, 0, 0) or ":" in cleaned
    if has_day and not has_month:
        return None
    if not has_month:
        return PartialDate(first.year), None
    if not has_day:
        return PartialDate(first.year, first.month), None
    moment = first
    local = _local_zone()
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(local)
        except (OverflowError, ValueError):
            return None
    time = None
    if has_time:
        offset = moment.utcoffset() if moment.tzinfo else None
        if offset is None:
            offset = datetime(moment.year, moment.month, moment.day, tzinfo=local).utcoffset()
        minutes = int((offset or timedelta()).total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        time = f"{moment:%H:%M}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return PartialDate(moment.year, moment.month, moment.day), time


def _dateutil_pair(text: str) -> tuple[datetime, datetime] | None:
    """``text`` read twice with different defaults, so that what it leaves out shows.

    The text is read strictly first. Failing that, the words a byline puts between its
    parts ("ngày" in "09:08 ngày 31/12/2019", "lúc", "at") are passed over; any other word
    means the text is not one date ("Vol 12 2019").
    """
    from dateutil import parser as _dateutil  # noqa: PLC0415 - for dates not in ISO form only

    pair = []
    for default in (datetime(2000, 1, 1), datetime(2001, 2, 2)):
        try:
            moment = _dateutil.parse(text, dayfirst=True, default=default)
        except (ValueError, OverflowError, TypeError):
            try:
                moment, skipped = _dateutil.parse(
                    text, dayfirst=True, default=default, fuzzy_with_tokens=True
                )
            except (ValueError, OverflowError, TypeError):
                return None
            if any(_BYLINE_FILLER.sub("", token) for token in skipped):
                return None
        pair.append(moment)
    return pair[0], pair[1]


def _parse_published(value: str, document: str) -> tuple[PartialDate | None, str | None]:
    if value.strip().lower() in _UNKNOWN:
        return None, None
    text = _scrub(value).strip()
    if len(text) > 200:
        raise _published_error(text[:40] + "…", document, "longer than any date")
    byline = _BYLINE_DATE.fullmatch(text)
    iso = _ISO_MOMENT.fullmatch(text)
    if iso:
        text = text.replace(" ", "T", 1)
    try:
        if byline:
            first, second = int(byline.group(1)), int(byline.group(2))
            if second > 12 >= first:  # "12/31/2019": only the American order reads it
                first, second = second, first
            day = PartialDate(int(byline.group(3)), second, first)
            return _in_range(day, value, document), None
        if _ISO_DAY.fullmatch(text):
            return _in_range(PartialDate.parse_iso(text), value, document), None
    except ParseError as error:
        raise _published_error(value, document, str(error).rstrip(".")) from None
    read = _read_with_dateutil(text)
    if read is None:
        raise _published_error(value, document, "no form of date reads it")
    return _in_range(read[0], value, document), read[1]


def parse_published(value: str | None, document: str = "") -> PartialDate | None:
    """Read a published date at any precision, as the calendar day in Hà Nội.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``DD/MM/YYYY``, ``unknown``, and any
    form python-dateutil reads, day first (``1 September 2021``, ``12th September 2023``,
    ``January 7, 2025``, ``Thứ Sáu, 30/08/2024 10:22 (GMT+07:00)``, RFC 2822). A time with a
    zone is read as the day it was in Hà Nội (``Asia/Ho_Chi_Minh``); ``GMT+7`` means seven
    hours ahead of UTC, as news sites mean it. The year must be in :data:`PUBLISHED_YEARS`.

    Raises:
        DocumentError: for anything else, quoting the value.

    >>> parse_published("2024-08-30T10:22:00+07:00")
    PartialDate("2024-08-30")
    >>> parse_published("Fri, 30 Aug 2024 20:22:00 GMT")   # 03:22 on the 31st in Hà Nội
    PartialDate("2024-08-31")
    >>> parse_published("September 2021"), parse_published("unknown") is None
    (PartialDate("2021-09"), True)
    """
    if value is None:
        return None
    return _parse_published(value, document)[0]


def published_from_url(url: str | None) -> PartialDate | None:
    """The publication date a news URL carries in its path, or ``None``.

    Read are ``/2025/01/09/`` (and ``/2025/01/`` for the month alone), ``2025-01-09`` and
    ``20250109`` as eight digits beside words (``_20250109.html``), as a folder
    (``/20250109/``) or as the head of a timestamp (``-20250109140153722.htm``); eight digits
    that are a page's whole name (``/20861128.epi``) are the site's number for the page. The
    host is not read; a date that cannot be (a 13th month,
    30 February, a year outside :data:`PUBLISHED_YEARS`, a timestamp whose hour is 25) or two
    URL dates that disagree give ``None``, so a guess is never made.

    >>> published_from_url("https://example.vn/news/pm-visits-laos-20250109140153722.htm")
    PartialDate("2025-01-09")
    >>> published_from_url("https://example.com/2024/08/30/the-ninth-consultation/")
    PartialDate("2024-08-30")
    >>> published_from_url("https://example.vn/vietnam-laos-consultation/191262.vnp") is None
    True
    """
    if not url:
        return None
    # the path and query: what follows the host (no parser, so no malformed URL can raise)
    where = _URL_HOST.sub("", url.strip()).split("#", 1)[0]
    found: set[PartialDate] = set()
    for pattern in _URL_DATES:
        for match in pattern.finditer(where):
            day = _url_date(match)
            if day is not None:
                found.add(day)
    days = {d for d in found if d.day is not None}
    if len(days) > 1 or (not days and len(found) != 1):
        return None
    if days:
        (day,) = days
        if any(d.month != day.month or d.year != day.year for d in found):
            return None
        return day
    return next(iter(found))


# A page's own publication line at the top of its text: "Cập nhật: 05/12/2020",
# "Ngày đăng: 30/08/2024 10:22", "Published: 12 September 2023", "Updated on January 7, 2025".
_DATE_LINE = re.compile(
    r"(?i)(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|xuất bản|published(?: on)?"
    r"|updated(?: on)?|last updated(?: on)?|posted(?: on)?|date)\s*:?\s*(.{6,80})"
)
_DATE_LINES_READ = 6  # the lines of text a publication line may stand among


def _body_date_line(body: str, where: str, warnings: list[str]) -> PartialDate | None:
    r"""The date of a publication line among the text's first lines, with a warning saying so.

    Only a whole line that is a label and a date counts; a line that does not read as a date
    is text like any other.

    >>> notes = []
    >>> _body_date_line("Tiêu đề\nCập nhật: 05/12/2020\nSáng nay …", "a.txt", notes)
    PartialDate("2020-12-05")
    >>> _body_date_line("Cập nhật thông tin về kỳ họp lần thứ 43", "a.txt", [])
    """
    lines = [line.strip() for line in body.split("\n", 40)[:40] if line.strip()]
    for line in lines[:_DATE_LINES_READ]:
        match = _DATE_LINE.fullmatch(line)
        if match is None or not re.search(r"\d{4}", match.group(1)):
            continue
        try:
            day, _ = _parse_published(match.group(1), where)
        except DocumentError:
            continue
        if day is not None:
            warnings.append(
                f"{where}: no readable published date in the header; {day.format_iso()} is read"
                f" from the line {line!r} of the text."
            )
            return day
    return None


def _url_fallback(url: str | None, where: str, warnings: list[str]) -> PartialDate | None:
    """The URL's date for a document whose header gives none, with a warning saying so."""
    day = published_from_url(url)
    if day is not None:
        warnings.append(
            f"{where}: no readable published date in the header; {day.format_iso()} is read"
            " from the url."
        )
    return day


def _is_file_number(match: re.Match[str]) -> bool:
    """Whether eight bare digits are a page's whole name: ``/20861128.epi``, ``/20861128``.

    A site that numbers its pages names each page by its number alone, and such a number
    may look like a day; a day in an address stands as a folder (``/20241128/``) or beside
    words (``tham-khao_20221125.html``).
    """
    where, start, end = match.string, match.start(), match.end()
    if start == 0 or where[start - 1] != "/":
        return False
    return end == len(where) or where[end] in ".?"


def _url_date(match: re.Match[str]) -> PartialDate | None:
    """The date one URL match gives, or ``None`` when it is not a possible date."""
    values = match.groupdict()
    if values.get("hh") is not None and (int(values["hh"]) > 23 or int(values["mm"]) > 59):
        return None  # not the head of a timestamp, some other number
    if values.get("hh") is None and _is_file_number(match):
        return None  # "/c/20861128.epi": the page's own number, not a date
    year, month = int(values["y"]), int(values["m"])
    low, high = PUBLISHED_YEARS
    if not low <= year <= high:
        return None
    try:
        return PartialDate(year, month, int(values["d"]) if values.get("d") else None)
    except ParseError:
        return None  # "2025/13/40": not a date


def _bad_url(value: str) -> bool:
    return bool(_CONTROL.search(value)) or " " in value.strip()


def _check_url(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and _bad_url(value):
        raise DocumentError(
            f"'url' must not hold spaces or control characters (got {value!r}).",
            document=str(getattr(instance, "id", "")),
        )


@attrs.frozen(kw_only=True)
class Document:
    """One article: its text and what is known of it.

    >>> doc = Document(id="a.txt", text="Sáng 25/11 ...", published=PartialDate(2022, 11))
    >>> doc.published.precision.value
    'month'

    Lone surrogates (which no file can hold, but a JSON escape or a file name can) are
    replaced by U+FFFD one for one, so offsets into the text are unchanged.

    Args:
        id: a stable identifier (the file name for files).
        text: the article text that evidence offsets point into.
        url: where it was published (no spaces or control characters).
        title: its title.
        published: its published date, at the precision known.
        published_time: the published time of day with offset, when the document gives it.
        path: the file it was read from.
        warnings: what was wrong in the document but did not stop it being read, one line
            each, naming the document and line (a duplicate header, an unreadable date).
    """

    id: str = attrs.field(converter=_scrub)
    text: str = attrs.field(converter=_scrub)
    url: str | None = attrs.field(default=None, converter=_scrub_optional, validator=_check_url)
    title: str | None = attrs.field(default=None, converter=_scrub_optional)
    published: PartialDate | None = None
    published_time: str | None = None
    path: str | None = attrs.field(default=None, converter=_scrub_optional)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)

    @classmethod
    def from_text(
        cls,
        content: str,
        *,
        id: str = "<string>",
        published: PartialDate | str | None = None,
        url: str | None = None,
        title: str | None = None,
        path: str | None = None,
    ) -> Document:
        r"""Build a document from the content of a text file (headers are read).

        Arguments given here win over the headers. A header that cannot be used (a date no
        form reads, a url with control characters, a second ``published:``) is a warning in
        :attr:`warnings`, and the document is read without it.

        Raises:
            DocumentError: for an empty text, a header with no text after it, a malformed
                header line, or a ``published`` argument that is not a date.

        >>> doc = Document.from_text("published: 1 September 2021\n\nBài báo.", id="a.txt")
        >>> doc.published
        PartialDate("2021-09-01")
        >>> doc = Document.from_text("published: soon\n\nBài báo.", id="a.txt")
        >>> doc.published
        >>> print(doc.warnings[0])
        a.txt:1: published date 'soon' is not a date (no form of date reads it); the date is
        left to the text.
        """
        content, headers, lines, body, warnings = _checked_content(content, id)
        published_time = None
        if not headers:
            headers, published_time = _seed_forms(content)
        pub = published if isinstance(published, PartialDate) else None
        if pub is None and isinstance(published, str):
            pub, published_time = _parse_published(published, id)
        elif pub is None and headers.get("published") is not None:
            raw = headers["published"]
            try:
                pub, time = _parse_published(raw, f"{id}:{lines.get('published', 1)}")
                published_time = time or published_time
            except DocumentError as error:
                warnings.append(f"{str(error).rstrip('.')}; the date is left to the text.")
                pub = None
        header_url = headers.get("url") or None
        if url is None and header_url is not None and _bad_url(header_url):
            warnings.append(
                f"{id}:{lines.get('url', 1)}: url {header_url!r} holds control characters or"
                " spaces; it is left out."
            )
            header_url = None
        if published is None and pub is None:
            pub = _body_date_line(body, id, warnings)
        if published is None and pub is None:
            pub = _url_fallback(url or header_url, id, warnings)
        return cls(
            id=id,
            text=body,
            url=url or header_url,
            title=title or _one_line(headers.get("title")) or None,
            published=pub,
            published_time=published_time,
            path=path,
            warnings=warnings,
        )

    @classmethod
    def from_file(
        cls,
        path: str | Path,
        published: PartialDate | str | None = None,
        *,
        max_bytes: int = MAX_DOCUMENT_BYTES,
    ) -> Document:
        """Read a UTF-8 text file.

        Args:
            path: the file.
            published: a published date that wins over the file's own.
            max_bytes: the largest file read (:data:`MAX_DOCUMENT_BYTES` by default).

        Raises:
            DocumentError: when the file cannot be read, is larger than ``max_bytes``, is
                not UTF-8, is empty, or has a malformed header; the message names the file
                and line.
        """
        name = str(path)
        content = _decoded(name, _read_bytes(name, max_bytes))
        return cls.from_text(content, id=Path(name).name, published=published, path=name)


def _checked_content(
    content: str, id: str, *, scrub: bool = True
) -> tuple[str, dict[str, str], dict[str, int], str, list[str]]:
    """The content without its byte-order mark, its headers, their lines, body and warnings.

    ``scrub=False`` for text decoded from UTF-8, which holds no lone surrogate.

    Raises:
        DocumentError: for an empty text, a malformed header or a header with no text
            after it: every way :meth:`Document.from_text` can fail.
    """
    if not content or content.isspace():  # as ``not content.strip()``, without a copy
        raise DocumentError(f"{id}: the document is empty.", document=id, line=1)
    content = content.removeprefix("\ufeff")
    if scrub:
        content = _scrub(content)
    headers, lines, body, warnings = _split_headers(content, id)
    if headers and (not body or body.isspace()):
        line = content[: len(content) - len(body)].removesuffix("\n").count("\n") + 1
        raise DocumentError(
            f"{id}:{line}: the document has a header but no text after it.",
            document=id,
            line=line,
        )
    return content, headers, lines, body, warnings


def _decoded(name: str, data: bytes) -> str:
    """A file's bytes as UTF-8 text; other bytes are an error naming the line and offset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DocumentError(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset"
            f" {error.start}).",
            document=name,
            line=line,
        ) from None


@attrs.frozen(kw_only=True)
class DocumentFile:
    r"""A text file read and checked, not yet made a :class:`Document`.

    Everything that can make reading the file fail has been checked (its size, UTF-8,
    its header), so :meth:`document` gives the document :func:`load_documents` gives for
    the file; until then only the text (:attr:`text`, where evidence offsets point) and
    the hash of the file's bytes are known, which is what a cache needs to find what the
    file held. A cached file is never made a document.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text("published: 2024-08-30\n\nBài báo.", "utf-8")
    >>> (file,) = load_sources([path])
    >>> file.id, file.text, file.document().published
    ('a.txt', 'Bài báo.', PartialDate("2024-08-30"))

    Args:
        id: the document's id (the file name, or its path when an earlier file had it).
        path: the file.
        content: the file's text, without a byte-order mark.
        start: where the body (:attr:`Document.text`) starts in ``content``.
        checksum: the SHA-256 of the file's bytes.
        published: the published date given for files that carry none.
    """

    id: str
    path: str
    content: str
    start: int
    checksum: str
    published: PartialDate | None = None

    @property
    def text(self) -> str:
        """The document's text (:attr:`Document.text`)."""
        return self.content[self.start :]

    def document(self) -> Document:
        """The document, as :func:`load_documents` reads it."""
        doc = Document.from_text(self.content, id=Path(self.path).name, path=self.path)
        if doc.published is None and self.published is not None:
            doc = attrs.evolve(doc, published=self.published)
        return doc if doc.id == self.id else attrs.evolve(doc, id=self.id)

    @classmethod
    def read(
        cls,
        path: str,
        published: PartialDate | None = None,
        *,
        max_bytes: int = MAX_DOCUMENT_BYTES,
    ) -> DocumentFile:
        """Read and check a text file.

        Raises:
            DocumentError: as :meth:`Document.from_file` does, for the same files.
        """
        name = str(path)
        data = _read_bytes(name, max_bytes)
        checksum = hashlib.sha256(data).hexdigest()
        base = Path(name).name
        content, _, _, body, _ = _checked_content(_decoded(name, data), base, scrub=False)
        return cls(
            id=base,
            path=name,
            content=content,
            start=len(content) - len(body),
            checksum=checksum,
            published=published,
        )


def _one_line(value: str | None) -> str | None:
    return None if value is None else " ".join(_CONTROL.sub(" ", value).split())


def _too_large(name: str, size: int, max_bytes: int, line: int | None = None) -> DocumentError:
    where = name if line is None else f"{name}:{line}"
    what = "file" if line is None else "record"
    return DocumentError(
        f"{where}: the {what} is {size:,} bytes, over the limit of {max_bytes:,} bytes for one"
        " document (raise it with max_bytes=…).",
        document=name,
        line=line,
    )


def _read_bytes(name: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> bytes:
    try:
        descriptor = os.open(name, os.O_RDONLY)  # no file object built: one file costs less
        try:
            parts = [os.read(descriptor, max_bytes + 1)]
            size = len(parts[0])
            while size <= max_bytes and parts[-1]:  # until the end (one read, for a file)
                parts.append(os.read(descriptor, max_bytes + 1 - size))
                size += len(parts[-1])
            if size > max_bytes:
                raise _too_large(name, max(os.fstat(descriptor).st_size, size), max_bytes)
        finally:
            os.close(descriptor)
    except OSError as error:
        why = error.strerror or type(error).__name__
        raise DocumentError(f"{name}: cannot read: {why}.", document=name) from None
    return parts[0] if len(parts) <= 2 else b"".join(parts)  # a file: its data, then the end


def _split_headers(
    content: str, name: str
) -> tuple[dict[str, str], dict[str, int], str, list[str]]:
    """Headers, the line of each, the body, and warnings; a line ends at LF (or CRLF)."""
    first_line = _LINE.match(content)
    first = _HEADER_LINE.fullmatch(first_line.group().rstrip("\r\n")) if first_line else None
    if first is None or first.group(1).lower() not in _HEADER_KEYS:
        return {}, {}, content, []
    headers: dict[str, str] = {}
    lines: dict[str, int] = {}
    warnings: list[str] = []
    number = 0
    for match in _LINE.finditer(content):
        raw = match.group()
        if not raw:
            break
        number += 1
        line = raw.rstrip("\r\n")
        if not line.strip():
            return headers, lines, content[match.end() :], warnings
        header = _HEADER_LINE.fullmatch(line)
        if header is None:
            raise DocumentError(
                f"{name}:{number}: malformed header line {line!r} (expected 'key: value' lines"
                " ended by a blank line).",
                document=name,
                line=number,
            )
        key = header.group(1).lower()
        if key not in _HEADER_KEYS:
            raise DocumentError(
                f"{name}:{number}: unknown header {key!r} (expected one of"
                f" {', '.join(_HEADER_KEYS)}).",
                document=name,
                line=number,
            )
        if key in headers:
            warnings.append(
                f"{name}:{number}: a second {key!r} header ({header.group(2).strip()!r}); the"
                f" first, on line {lines[key]} ({headers[key]!r}), is kept."
            )
            continue
        headers[key] = header.group(2).strip()
        lines[key] = number
    raise DocumentError(
        f"{name}:{number}: the header is not ended by a blank line.",
        document=name,
        line=number,
    )


def _seed_forms(content: str) -> tuple[dict[str, str], str | None]:
    lines = content.split("\n", 6)[:6]
    seed = _SEED_DATE_LINE.fullmatch(lines[0].rstrip("\r"))
    if seed and lines[0].startswith(" "):
        return {"published": seed.group(1), "title": seed.group(2)}, None
    for line in lines:
        match = _BYLINE.fullmatch(line.strip())
        if match and match.group(1):
            hour, minute, day, month, year, offset = match.groups()
            published = f"{day}/{month}/{year}"
            time = f"{int(hour):02d}:{minute}"
            if offset:
                time += f"{int(offset):+03d}:00"
            return {"published": published}, time
    return {}, None


Report = Callable[[DocumentError], None]


def _raise(error: DocumentError) -> None:
    raise error


def _records(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """The lines of a stream, split on LF only.

    Yields ``(number, bytes)``, or ``(number, size)`` for a line longer than ``max_bytes``,
    which is skipped without being held in memory.
    """
    number = 0
    while True:
        line = stream.readline(max_bytes + 2)
        if not line:
            return
        number += 1
        if len(line) > max_bytes + 1 or (len(line) == max_bytes + 1 and not line.endswith(b"\n")):
            size = len(line)
            while not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
                if not line:
                    break
                size += len(line)
            yield number, size - (1 if line.endswith(b"\n") else 0)
            continue
        yield number, line


def _record(path: str, number: int, line: bytes, name: str, report: Report) -> Document | None:
    """One JSON Lines record as a document; a bad record is reported and gives ``None``."""

    def bad(why: str) -> None:
        report(DocumentError(f"{path}:{number}: {why}", document=path, line=number))

    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        bad(f"not UTF-8 text (byte 0x{line[error.start]:02x} at column {error.start + 1}).")
        return None
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        bad(f"not a JSON object ({error.msg}, column {error.colno}).")
        return None
    except RecursionError:
        bad("not a JSON object (nested too deeply).")
        return None
    except ValueError as error:  # a number too long to convert
        bad(f"not a JSON object ({str(error).split(':')[0]}).")
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        bad("expected an object with a string 'text'.")
        return None
    if not record["text"].strip():
        bad("the record's 'text' is empty.")
        return None
    where = f"{path}:{number}"
    warnings: list[str] = []
    lone = len(_SURROGATE.findall(record["text"]))
    if lone:
        warnings.append(f"{where}: {lone} lone surrogate(s) in 'text' read as U+FFFD.")

    def text_field(key: str) -> str | None:
        value = record.get(key)
        if value is None or isinstance(value, str):
            return value
        warnings.append(
            f"{where}: {key!r} must be a string (got {type(value).__name__}); left out."
        )
        return None

    doc_id = _one_line(text_field("id")) or f"{name}#{number}"
    published_raw = text_field("published")
    published, time = None, None
    if published_raw is not None:
        try:
            published, time = _parse_published(published_raw, where)
        except DocumentError as error:
            warnings.append(f"{str(error).rstrip('.')}; the date is left to the text.")
    url = text_field("url")
    if url is not None and _bad_url(url):
        warnings.append(f"{where}: url {url!r} holds control characters or spaces; it is left out.")
        url = None
    if published is None:
        published = _url_fallback(url, where, warnings)
    return Document(
        id=doc_id,
        text=record["text"],
        url=url.strip() if url else None,
        title=_one_line(text_field("title")),
        published=published,
        published_time=time,
        path=path,
        warnings=warnings,
    )


def _load_jsonl(path: str, report: Report, max_bytes: int) -> Iterator[Document]:
    """The records of a JSON Lines file, one at a time; a bad record is reported and skipped.

    Lines end at LF only: U+2028, U+2029, U+0085 and other separators inside a record's
    strings are text.
    """
    name = Path(path).name
    try:
        stream = Path(path).open("rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as error:
        why = error.strerror or type(error).__name__
        report(DocumentError(f"{path}: cannot read: {why}.", document=path))
        return
    with stream:
        try:
            for number, line in _records(stream, max_bytes):
                if isinstance(line, int):
                    report(_too_large(path, line, max_bytes, number))
                    continue
                document = _record(path, number, line, name, report)
                if document is not None:
                    yield document
        except OSError as error:
            why = error.strerror or type(error).__name__
            report(DocumentError(f"{path}: cannot read: {why}.", document=path))


def expand_paths(
    paths: Iterable[str | Path], *, errors: list[DocumentError] | None = None
) -> Iterator[str]:
    """The files a list of paths names: files as given, folders' ``*.txt`` and ``*.jsonl``.

    Folders are walked recursively in name order, following symbolic links once: a link
    that loops back, a broken link and a folder that cannot be read are each recorded in
    ``errors`` (or raised when ``errors`` is ``None``) and skipped.

    Raises:
        DocumentError: for the first skipped input when ``errors`` is ``None``.
    """
    report: Report = _raise if errors is None else errors.append
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            yield from _walk(str(Path(name)), report, set())  # paths below it written as Path does
        else:
            yield str(Path(name))  # as the path is written, normalised ("a//b.txt" is "a/b.txt")


_CORPUS_SUFFIXES = (".txt", ".jsonl")  # a file named just ".txt" has no suffix: not one


def _walk(folder: str, report: Report, visiting: set[tuple[int, int]]) -> Iterator[str]:
    try:
        status = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        why = error.strerror or type(error).__name__
        report(DocumentError(f"{folder}: folder skipped: {why}.", document=str(folder)))
        return
    identity = (status.st_dev, status.st_ino)
    if identity in visiting:
        report(
            DocumentError(
                f"{folder}: folder skipped: a symbolic link loops back to a folder being read.",
                document=str(folder),
            )
        )
        return
    visiting = visiting | {identity}
    for entry in entries:
        child = entry.path
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            yield from _walk(child, report, visiting)
        elif entry.name.endswith(_CORPUS_SUFFIXES) and entry.name not in _CORPUS_SUFFIXES:
            if is_file:
                yield child
            else:
                report(
                    DocumentError(
                        f"{child}: skipped: a broken or looping symbolic link, or not a file.",
                        document=str(child),
                    )
                )


def load_documents(
    paths: Iterable[str | Path],
    *,
    published: PartialDate | str | None = None,
    errors: list[DocumentError] | None = None,
    seen_ids: set[str] | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Document]:
    r"""Read text files, JSON Lines corpora and folders (recursively) as documents.

    Documents are yielded one at a time, so a large corpus is streamed. A document's id is
    its file name; when two files share a name, the later one's id is its path, so evidence
    never points at the wrong file.

    Two kinds of problem are kept apart: an input that cannot be read at all (a bad file,
    a bad JSON Lines record, a looping link) is skipped and recorded in ``errors``; a
    document that is read despite a problem (a duplicate header, an unreadable date) carries
    it in :attr:`Document.warnings`, and :func:`build_timeline` passes those on to the
    timeline's warnings.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("published: 2024-08-30\n\nBài báo.")
    >>> _ = (folder / "b.jsonl").write_text('{"text": "Bài một."}\n{oops\n{"text": "Bài hai."}\n')
    >>> errors = []
    >>> [(d.id, d.published) for d in load_documents([folder], errors=errors)]
    [('a.txt', PartialDate("2024-08-30")), ('b.jsonl#1', None), ('b.jsonl#3', None)]
    >>> [str(e).rsplit("/", 1)[1] for e in errors]
    ['b.jsonl:2: not a JSON object (Expecting property name enclosed in double quotes, column 2).']

    Args:
        paths: files or folders; folders give their ``*.txt`` and ``*.jsonl`` files.
        published: a published date for files that carry none.
        errors: when given, inputs that cannot be read are recorded here and skipped;
            otherwise the first one raises.
        seen_ids: ids already used (updated), to keep ids unique across several calls.
        max_bytes: the largest text file or JSON Lines record read.

    Raises:
        DocumentError: for the first input that cannot be read when ``errors`` is ``None``,
            or a ``published`` that is not a date.
    """
    sources = _load(paths, published, errors, seen_ids, max_bytes, files=False)
    return cast("Iterator[Document]", sources)


def load_sources(
    paths: Iterable[str | Path],
    *,
    published: PartialDate | str | None = None,
    errors: list[DocumentError] | None = None,
    seen_ids: set[str] | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    expanded: bool = False,
) -> Iterator[Document | DocumentFile]:
    """:func:`load_documents`, each text file given as a :class:`DocumentFile`.

    The same documents with the same ids, and the same errors: a text file is read and
    checked here, and made a document only when asked (:meth:`DocumentFile.document`).
    ``expanded``: the paths are files as :func:`expand_paths` gives them (not looked at
    again).
    """
    return _load(paths, published, errors, seen_ids, max_bytes, files=True, expanded=expanded)


def _load(
    paths: Iterable[str | Path],
    published: PartialDate | str | None,
    errors: list[DocumentError] | None,
    seen_ids: set[str] | None,
    max_bytes: int,
    *,
    files: bool,
    expanded: bool = False,
) -> Iterator[Document | DocumentFile]:
    seen = set() if seen_ids is None else seen_ids
    report: Report = _raise if errors is None else errors.append
    fallback = parse_published(published, "published") if isinstance(published, str) else published
    for path in map(str, paths) if expanded else expand_paths(paths, errors=errors):
        try:
            docs: Iterable[Document | DocumentFile]
            if path.endswith(".jsonl"):
                docs = _load_jsonl(path, report, max_bytes)
            elif files:
                docs = (DocumentFile.read(path, fallback, max_bytes=max_bytes),)
            else:
                doc = Document.from_file(path, max_bytes=max_bytes)
                if doc.published is None and fallback is not None:
                    doc = attrs.evolve(doc, published=fallback)
                docs = (doc,)
            for item in docs:
                unique = item
                if item.id in seen:
                    new_id = path if item.id == Path(path).name else f"{path}#{item.id}"
                    unique = attrs.evolve(item, id=new_id)
                seen.add(unique.id)
                yield unique
        except DocumentError as error:
            report(error)


def bundled_seeds() -> list[Document]:
    """The five seed articles shipped with the package.

    >>> [d.id for d in bundled_seeds()][:2]
    ['000_a9a9930358f5a7d1.txt', '001_5faa7db0ee151eab.txt']
    """
    folder = resources.files("vnlao_events").joinpath("data/seeds")
    docs = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            docs.append(Document.from_text(entry.read_text("utf-8"), id=entry.name))
    return docs
