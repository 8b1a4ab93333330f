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

import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import attrs

from ._dates import PartialDate
from .exceptions import DocumentError, ParseError

__all__ = ["Document", "bundled_seeds", "expand_paths", "load_documents", "parse_published"]

_HEADER_KEYS = ("url", "title", "published", "id", "source", "lang")
_HEADER_LINE = re.compile(r"([A-Za-z_]+):[ \t]*(.*)")
_SEED_DATE_LINE = re.compile(r"\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*(.*)")
_BYLINE = re.compile(
    r"(?:(\d{1,2}):(\d{2})\s*\|\s*)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*GMT\s*([+-]\d{1,2}))?"
)
_UNKNOWN = ("", "unknown", "none", "null", "n/a", "-")


def parse_published(value: str | None, document: str = "") -> PartialDate | None:
    """Read a published date at any precision.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an ISO date-time with offset (the
    local date is kept), ``DD/MM/YYYY``, or ``unknown``.

    Raises:
        DocumentError: for anything else, quoting the value.

    >>> parse_published("2024-08-30T10:22:00+07:00")
    PartialDate("2024-08-30")
    >>> parse_published("unknown") is None
    True
    """
    if value is None or value.strip().lower() in _UNKNOWN:
        return None
    text = value.strip()
    match = re.fullmatch(
        r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?",
        text,
    )
    if match:
        text = match.group(1)
    byline = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    try:
        if byline:
            return PartialDate(int(byline.group(3)), int(byline.group(2)), int(byline.group(1)))
        return PartialDate.parse_iso(text)
    except ParseError as error:
        raise DocumentError(
            f"{document or '<document>'}: published date {value!r} is not a date ({error}).",
            document=document,
        ) from None


@attrs.frozen(kw_only=True)
class Document:
    """One article: its text and what is known of it.

    >>> doc = Document(id="a.txt", text="Sáng 25/11 ...", published=PartialDate(2022, 11))
    >>> doc.published.precision.value
    'month'

    Args:
        id: a stable identifier (the file name for files).
        text: the article text that evidence offsets point into.
        url: where it was published.
        title: its title.
        published: its published date, at the precision known.
        published_time: the published time of day with offset, when the byline gives it.
        path: the file it was read from.
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    published_time: str | None = None
    path: str | None = None

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
        """Build a document from the content of a text file (headers are read).

        Arguments given here win over the headers.

        Raises:
            DocumentError: for an empty text or a malformed header, naming the line.
        """
        if not content.strip():
            raise DocumentError(f"{id}: the document is empty.", document=id, line=1)
        content = content.removeprefix("\ufeff")
        headers, body = _split_headers(content, id)
        published_time = None
        if not headers:
            headers, published_time = _seed_forms(content)
        pub = published if isinstance(published, PartialDate) else None
        if pub is None:
            raw = published if isinstance(published, str) else headers.get("published")
            pub = parse_published(raw, id)
        return cls(
            id=id,
            text=body,
            url=url or headers.get("url") or None,
            title=title or headers.get("title") or None,
            published=pub,
            published_time=published_time,
            path=path,
        )

    @classmethod
    def from_file(cls, path: str | Path, published: PartialDate | str | None = None) -> Document:
        """Read a UTF-8 text file.

        Raises:
            DocumentError: when the file cannot be read, is not UTF-8, is empty, or has a
                malformed header; the message names the file and line.
        """
        name = str(path)
        data = _read_bytes(name)
        try:
            content = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise DocumentError(
                f"{name}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset"
                f" {error.start}).",
                document=name,
                line=line,
            ) from None
        return cls.from_text(content, id=Path(name).name, published=published, path=name)


def _read_bytes(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as error:
        raise DocumentError(f"{name}: cannot read: {error.strerror}.", document=name) from None


def _split_headers(content: str, name: str) -> tuple[dict[str, str], str]:
    lines = content.split("\n")
    first = _HEADER_LINE.fullmatch(lines[0].rstrip("\r"))
    if first is None or first.group(1).lower() not in _HEADER_KEYS:
        return {}, content
    headers: dict[str, str] = {}
    offset = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        offset += len(raw) + 1
        if not line.strip():
            return headers, content[offset:] if offset <= len(content) else ""
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            raise DocumentError(
                f"{name}:{number}: malformed header line {line!r} (expected 'key: value' lines"
                " ended by a blank line).",
                document=name,
                line=number,
            )
        key = match.group(1).lower()
        if key not in _HEADER_KEYS:
            raise DocumentError(
                f"{name}:{number}: unknown header {key!r} (expected one of"
                f" {', '.join(_HEADER_KEYS)}).",
                document=name,
                line=number,
            )
        headers[key] = match.group(2).strip()
    raise DocumentError(
        f"{name}:{len(lines)}: the header is not ended by a blank line.",
        document=name,
        line=len(lines),
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


def _load_jsonl(path: str) -> Iterator[Document]:
    data = _read_bytes(path)
    name = Path(path).name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[: error.start].count(b"\n") + 1
        raise DocumentError(f"{path}:{bad}: not UTF-8 text.", document=path, line=bad) from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DocumentError(
                f"{path}:{number}: not a JSON object ({error.msg}).", document=path, line=number
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DocumentError(
                f"{path}:{number}: expected an object with a string 'text'.",
                document=path,
                line=number,
            )
        doc_id = str(record.get("id") or f"{name}#{number}")
        published = record.get("published")
        if published is not None and not isinstance(published, str):
            raise DocumentError(
                f"{path}:{number}: 'published' must be a string.", document=path, line=number
            )
        try:
            yield Document(
                id=doc_id,
                text=record["text"],
                url=record.get("url"),
                title=record.get("title"),
                published=parse_published(published, f"{path}:{number}"),
                path=path,
            )
        except DocumentError as error:
            raise DocumentError(str(error), document=path, line=number) from None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """The files a list of paths names: files as given, folders' ``*.txt`` and ``*.jsonl``."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix in (".txt", ".jsonl"):
                    yield str(child)
        else:
            yield str(p)


def load_documents(
    paths: Iterable[str | Path],
    *,
    published: PartialDate | str | None = None,
    errors: list[DocumentError] | None = None,
    seen_ids: set[str] | None = None,
) -> Iterator[Document]:
    r"""Read text files, JSON Lines corpora and folders (recursively) as documents.

    Documents are yielded one at a time, so a large corpus is streamed. A document's id is
    its file name; when two files share a name, the later one's id is its path, so evidence
    never points at the wrong file.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("published: 2024-08-30\n\nBài báo.")
    >>> [(d.id, d.published) for d in load_documents([folder])]
    [('a.txt', PartialDate("2024-08-30"))]

    Args:
        paths: files or folders; folders give their ``*.txt`` and ``*.jsonl`` files.
        published: a published date for files that carry none.
        errors: when given, bad files are recorded here and skipped; otherwise the
            first bad file raises.
        seen_ids: ids already used (updated), to keep ids unique across several calls.

    Raises:
        DocumentError: for the first bad file when ``errors`` is ``None``.
    """
    seen = set() if seen_ids is None else seen_ids
    for path in expand_paths(paths):
        try:
            if path.endswith(".jsonl"):
                docs: Iterable[Document] = _load_jsonl(path)
            else:
                doc = Document.from_file(path)
                if doc.published is None and published is not None:
                    pub = (
                        parse_published(published, path)
                        if isinstance(published, str)
                        else (published)
                    )
                    doc = attrs.evolve(doc, published=pub)
                docs = (doc,)
            for item in docs:
                unique = item
                if item.id in seen:
                    new_id = path if item.id == Path(path).name else f"{path}#{item.id}"
                    unique = attrs.evolve(item, id=new_id)
                seen.add(unique.id)
                yield unique
        except DocumentError as error:
            if errors is None:
                raise
            errors.append(error)


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
