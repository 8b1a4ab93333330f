"""Each document's mentions kept in an SQLite file, so a re-run reads only what is new.

An entry is keyed by a hash of the document (id, url, title, and the hash of its text and
published date that also tells repeated texts apart), or of a text file (its id, the
published date given for it and its bytes: :meth:`MentionCache.file_key`, so a cached
file is never read as a document), of the library (its version and the code and data it
ships) and of the catalogue; its value is the mentions as JSON (:mod:`.codec`) with a
keyed digest, and the warnings the text itself gives (dates that cannot exist), so that a
document found in the cache is not scanned again. An entry whose digest does not hold
(damaged, written by another program, moved under another key) is ignored with a warning
and the document is read again, never trusted; one whose digest holds is rebuilt without
checking each value again (:func:`.codec.decode_table`). The file is opened in WAL
mode and written in short transactions, so several processes can share one cache.

>>> import tempfile, vnlao_events as ve
>>> doc = ve.bundled_seeds()[0]
>>> with tempfile.TemporaryDirectory() as folder:
...     with MentionCache(f"{folder}/cache.sqlite", ve.Catalogue.default()) as cache:
...         key = cache.key(doc)
...         cache.get(key, doc.id) is None
...         cache.put({key: tuple(ve.extract(doc))})
...         cache.get(key, doc.id) == tuple(ve.extract(doc))
True
True
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from types import TracebackType

import attrs

from .._catalogue import Catalogue
from .._documents import Document, DocumentFile
from .._runtime import VERSION, collector_paused
from ..extract import Mention, Phrases
from .codec import InvalidEntryError, decode_table, encode_table, encode_value
from .extraction import text_digest
from .heap import set_aside

__all__ = [
    "FORMAT",
    "Entry",
    "MentionCache",
    "Source",
    "catalogue_digest",
    "library_digest",
    "phrases_digest",
]

FORMAT = "vnlao-events.mentions/6"  # /6: a table of values; /5: a keyed digest
_SCHEMA = """
CREATE TABLE IF NOT EXISTS vnlao_mentions (
    key TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    checksum TEXT NOT NULL,
    mentions TEXT NOT NULL
)
"""
_BUSY_MS = 60_000  # how long a writer waits for another process's transaction
_BATCH = 500  # keys looked up in one query (well under SQLite's limit of parameters)


@cache
def library_digest() -> str:
    """A hash of this library's version, code and data: a changed extractor is a new key."""
    digest = hashlib.sha256(VERSION.encode())
    root = resources.files("vnlao_events")
    stack = [root]
    files = []
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append(entry)
            elif entry.name.endswith((".py", ".toml", ".json")):
                files.append(entry)
    for entry in sorted(files, key=str):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()


def catalogue_digest(catalogue: Catalogue) -> str:
    """A hash of what a catalogue knows (its entries, not where they were read from)."""
    data = [
        encode_value(catalogue.mechanisms),
        encode_value(catalogue.places),
        encode_value(catalogue.people),
    ]
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def phrases_digest(phrases: Phrases | None) -> str:
    """A hash of the phrase lists extraction uses (``None``: the built-in ones)."""
    if phrases is None:
        return "built-in"
    data = json.dumps(encode_value(dict(phrases.tables)), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def _document_digest(document: Document, text: str | None = None) -> str:
    """A hash of the document: its id, url, title and the hash of its text and date.

    ``text`` is :func:`.extraction.text_digest` of the document when already known.
    """
    digest = text_digest(document) if text is None else text
    fields = [document.id, digest, document.url, document.title]
    return json.dumps(fields, ensure_ascii=False)


class MentionCache:
    """Mentions by document, in an SQLite file shared safely by several processes.

    Args:
        path: the cache file (created when missing).
        catalogue: the catalogue the mentions are found with (part of every key).
        phrases: the phrasings they are found with (the built-in ones by default; part of
            every key).

    A file that cannot be opened or is not an SQLite database (or fails later) is a warning
    in :attr:`warnings`, and the run goes on without a cache: the file is left as it is.
    """

    def __init__(
        self, path: str | os.PathLike[str], catalogue: Catalogue, phrases: Phrases | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.warnings: list[str] = []
        self._prefix = (
            f"{library_digest()}:{catalogue_digest(catalogue)}:{phrases_digest(phrases)}:"
        )
        self._secret = hashlib.sha256(f"{FORMAT}\n{self._prefix}".encode()).digest()
        self._db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
        except sqlite3.Error as error:
            self._fail(error)
            return
        self._db = db
        try:
            db.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(_SCHEMA)
        except sqlite3.Error as error:
            self._fail(error)

    def _fail(self, error: sqlite3.Error) -> None:
        self.warnings.append(
            f"{self.path}: cannot be used as a cache ({error}); every document is read."
        )
        if self._db is not None:
            self._db.close()
        self._db = None

    def key(self, document: Document, digest: str | None = None) -> str:
        """The key of a document's entry.

        ``digest`` is the document's :func:`.extraction.text_digest`, when already known
        (its text is then not hashed again).
        """
        return hashlib.sha256(
            (self._prefix + _document_digest(document, digest)).encode()
        ).hexdigest()

    def file_key(self, file: DocumentFile) -> str:
        """The key of a text file's entry: its id, the published date given for it, its bytes.

        A file found by this key is not read as a document at all: the entry holds what
        the document was (see :class:`Source`).
        """
        published = file.published.format_iso() if file.published else ""
        fields = json.dumps(["file", file.id, published, file.checksum], ensure_ascii=False)
        return hashlib.sha256((self._prefix + fields).encode()).hexdigest()

    def get(self, key: str, document_id: str) -> tuple[Mention, ...] | None:
        """The stored mentions, or ``None`` when missing or not to be trusted (a warning)."""
        entry = self.get_many([(key, document_id)]).get(key)
        return None if entry is None else entry.mentions

    def get_many(
        self, wanted: Sequence[tuple[str, str | Document | DocumentFile]]
    ) -> dict[str, Entry]:
        """The trusted entries among ``(key, document)`` pairs, read in few queries.

        A document is given whole (or as its file) or by its id; an entry written against
        its document (see :meth:`put`) is read only when the document is given whole. An
        entry missing or not to be trusted (a warning) is left out of the result.
        """
        rows: dict[str, tuple[object, object, object]] = {}
        if self._db is None or not wanted:
            return {}
        keys = list(dict.fromkeys(key for key, _ in wanted))
        try:
            for first in range(0, len(keys), _BATCH):
                batch = keys[first : first + _BATCH]
                marks = ",".join("?" * len(batch))
                query = f"SELECT key, format, checksum, mentions FROM vnlao_mentions WHERE key IN ({marks})"  # noqa: E501, S608 - only placeholders
                for key, *row in self._db.execute(query, batch):
                    rows[key] = (row[0], row[1], row[2])
        except sqlite3.Error as error:
            self._fail(error)
            return {}
        with collector_paused():
            found = self._entries(wanted, rows)
            if found:  # they last the run: not scanned by the collector again and again
                set_aside()
            return found

    def _entries(
        self,
        wanted: Sequence[tuple[str, str | Document | DocumentFile]],
        rows: dict[str, tuple[object, object, object]],
    ) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        for key, document in wanted:
            row = rows.get(key)
            if row is None or key in found:
                continue
            if isinstance(document, str):
                document_id, against = document, None
            else:
                document_id, against = document.id, (document.id, document.text)
            try:
                found[key] = _trusted(self._secret, key, document_id, against, *row)
            except InvalidEntryError as error:
                self.warnings.append(
                    f"{self.path}: the cached entry for {document_id!r} is not used ({error});"
                    " the document is read again."
                )
        return found

    def put(
        self,
        entries: Mapping[str, tuple[Mention, ...] | Entry],
        documents: Mapping[str, Document] | None = None,
    ) -> None:
        """Store documents' mentions (or whole entries), in one transaction.

        An entry whose document is in ``documents`` (by key) is written against it: what
        the document itself holds (its id, the quotes of the evidence) is left out, and
        the entry is shorter to store and faster to read.
        """
        rows = []
        for key, value in entries.items():
            entry = value if isinstance(value, Entry) else Entry(mentions=value)
            document = (documents or {}).get(key)
            against = None if document is None else (document.id, document.text)
            text = encode_table(entry.mentions, entry.warnings, against)
            if entry.source is not None:
                text = f"{entry.source.encode()}\n{text}"
            rows.append((key, FORMAT, _checksum(self._secret, key, text), text))
        if not rows or self._db is None:
            return
        try:
            with self._db:  # a transaction: committed whole or rolled back
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT OR REPLACE INTO vnlao_mentions VALUES (?, ?, ?, ?)", rows
                )
        except sqlite3.Error as error:
            self._fail(error)

    def close(self) -> None:
        """Close the file."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> MentionCache:
        """Use in a ``with`` block."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the file."""
        self.close()


@attrs.frozen
class Entry:
    """A document's cached entry: its mentions and the warnings its text gives.

    ``warnings`` are those :func:`.extraction.text_warnings` finds (dates that cannot
    exist), so that a document found in the cache is not scanned again.
    """

    mentions: tuple[Mention, ...]
    warnings: tuple[str, ...] = ()
    source: Source | None = None


@attrs.frozen
class Source:
    """What a text file's document was, kept in its entry (see :meth:`MentionCache.file_key`).

    Args:
        digest: its :func:`.extraction.text_digest`, which tells repeated texts apart.
        url: its url.
        warnings: its own warnings (:attr:`Document.warnings`).
        repeat: the file repeated an earlier one's text when it was read: its entry holds
            no mentions, only what tells that its text is a repeat.

    >>> Source.decode(Source("ab", "https://example.org/a", ("w",)).encode())
    Source(digest='ab', url='https://example.org/a', warnings=('w',), repeat=False)
    """

    digest: str
    url: str | None = None
    warnings: tuple[str, ...] = ()
    repeat: bool = False

    def encode(self) -> str:
        """One line of JSON."""
        data: dict[str, object] = {
            "digest": self.digest,
            "url": self.url,
            "warnings": list(self.warnings),
        }
        if self.repeat:
            data["repeat"] = True
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def decode(cls, line: str) -> Source:
        """Read :meth:`encode`'s line.

        Raises:
            InvalidEntryError: when it is not one.
        """
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            raise InvalidEntryError(f"its source is not JSON: {error}") from None
        return cls.of(data)

    @classmethod
    def of(cls, data: object) -> Source:
        """Read :meth:`encode`'s line already parsed.

        Raises:
            InvalidEntryError: when it is not one.
        """
        if type(data) is not dict or set(data) - {"repeat"} != {"digest", "url", "warnings"}:
            raise InvalidEntryError("its source is not a digest, url and warnings")
        if data.get("repeat", True) is not True:
            raise InvalidEntryError("its source's repeat is not true")
        digest, url, warnings = data["digest"], data["url"], data["warnings"]
        if type(digest) is not str or (url is not None and type(url) is not str):
            raise InvalidEntryError("its source's digest or url is not a string")
        if type(warnings) is not list or not all(type(w) is str for w in warnings):
            raise InvalidEntryError("its source's warnings are not strings")
        return cls(digest, url, tuple(warnings), "repeat" in data)


def _trusted(
    secret: bytes,
    key: str,
    document_id: str,
    against: tuple[str, str] | None,
    form: object,
    checksum: object,
    text: object,
) -> Entry:
    """The entry of a row whose keyed digest holds, built without checking each value.

    Raises:
        InvalidEntryError: saying why the row is not to be trusted.
    """
    if form != FORMAT:
        raise InvalidEntryError(f"written as {form!r}, not {FORMAT!r}")
    if (
        not isinstance(text, str)
        or not isinstance(checksum, str)
        or not hmac.compare_digest(_checksum(secret, key, text), checksum)
    ):
        raise InvalidEntryError("its checksum does not match")
    source = None
    if "\n" in text:  # a file's entry: what its document was, then the entry
        head, body = text.split("\n", 1)
        try:  # both read at once
            source_data, data = json.loads(f"[{head},{body}]")
        except (json.JSONDecodeError, RecursionError, ValueError) as error:
            raise InvalidEntryError(f"not JSON: {error}") from None
        source = Source.of(source_data)
        mentions, warnings = decode_table(data, against)
    else:
        mentions, warnings = decode_table(text, against)
    if any(m.document != document_id for m in mentions):
        raise InvalidEntryError("it names another document")
    return Entry(mentions=tuple(mentions), warnings=warnings, source=source)


def _checksum(secret: bytes, key: str, text: str) -> str:
    """The entry's keyed digest (HMAC-SHA256, its key derived from the library and catalogue).

    Only this library, with the same code, data and catalogue, writes a digest that holds:
    a damaged entry, another program's, or one moved under another document's key, does not.
    """
    return hmac.digest(secret, f"{key}\n{text}".encode(), "sha256").hex()
