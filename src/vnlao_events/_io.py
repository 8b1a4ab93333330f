"""File input and output shared by every reader and writer.

Readers take a path (``str`` or :class:`os.PathLike`) or an open file (text or binary);
writers take a path, written atomically, or an open file. Anything else is a
:class:`~vnlao_events.exceptions.PathOrFileError`.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(folder / "a.txt", "hello")
5
>>> (folder / "a.txt").read_text()
'hello'
>>> read_source(folder / "a.txt")
(b'hello', '...a.txt')
"""

from __future__ import annotations

import io
import os
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import IO, Any

from .exceptions import ExportError, PathOrFileError

__all__ = ["PathOrFile", "read_source", "write_atomic", "write_target"]

#: What readers and writers accept: a path, or an open text or binary file.
PathOrFile = str | os.PathLike[str] | IO[str] | IO[bytes]


def _kind(value: object) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}".removeprefix("builtins.")


def read_source(source: Any, *, what: str = "file") -> tuple[bytes, str]:
    """The bytes of a path or an open file, and a name for messages.

    Raises:
        PathOrFileError: when ``source`` is neither a path nor a readable file.
        OSError: when the file cannot be read (callers turn it into their own error).
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        return path.read_bytes(), str(path)
    read = getattr(source, "read", None)
    if callable(read):
        data = read()
        name = str(getattr(source, "name", f"<{what}>"))
        if isinstance(data, str):
            return data.encode("utf-8"), name
        if isinstance(data, bytes | bytearray):
            return bytes(data), name
    raise PathOrFileError(
        f"expected a path or an open file to read the {what} from (got {_kind(source)}:"
        f" {source!r:.60}); pass text to the from_* function instead.",
        value=source,
    )


def _is_binary(stream: Any) -> bool:
    if isinstance(stream, io.TextIOBase):
        return False
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        return True
    return "b" in str(getattr(stream, "mode", ""))


def write_target(target: Any, data: str | bytes | Iterable[str], *, what: str = "file") -> None:
    """Write ``data`` to a path (atomically, see :func:`write_atomic`) or to an open file.

    ``data`` may be text in pieces (an iterable of strings), written piece by piece.

    Raises:
        PathOrFileError: when ``target`` is neither a path nor a writable file.
        ExportError: when the file cannot be written.
    """
    if isinstance(target, str | os.PathLike):
        write_atomic(target, data)
        return
    write = getattr(target, "write", None)
    if not callable(write):
        raise PathOrFileError(
            f"expected a path or an open file to write the {what} to (got {_kind(target)}:"
            f" {target!r:.60}).",
            value=target,
        )
    pieces: Iterable[str | bytes] = (data,) if isinstance(data, str | bytes) else data
    if _is_binary(target):
        for piece in pieces:
            write(piece.encode("utf-8") if isinstance(piece, str) else piece)
    elif isinstance(data, bytes):
        raise PathOrFileError(
            f"the {what} is binary; open the file in binary mode ('wb').", value=target
        )
    else:
        for piece in pieces:
            write(piece)


class _Terminated(SystemExit):
    """SIGTERM arrived while a file was being written (exit status 128 + 15)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise _Terminated(128 + signum)


@contextmanager
def _cleanup_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into an exception while writing, so ``finally`` blocks run.

    Only when the program has left SIGTERM to its default (which ends the process without
    running any cleanup), and only in the main thread, where Python handles signals.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        previous = signal.getsignal(signal.SIGTERM)
    except (ValueError, AttributeError):  # pragma: no cover - platforms without SIGTERM
        yield
        return
    if previous is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _mode_for(target: Path) -> int:
    """The mode a new file gets: the old file's when replacing one, else 0o666 less umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        pass
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _encoded(target: Path, chunks: Iterable[str | bytes]) -> Iterator[bytes]:
    """Each chunk as UTF-8, with an error that gives a bad character's offset in the text."""
    offset = 0
    for chunk in chunks:
        if isinstance(chunk, bytes):
            yield chunk
            continue
        try:
            yield chunk.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ExportError(
                f"{target}: cannot write {chunk[error.start : error.end]!r} at offset"
                f" {offset + error.start} as UTF-8 (a lone surrogate).",
                path=str(target),
            ) from None
        offset += len(chunk)


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes | Iterable[str] | Iterable[bytes]
) -> int:
    """Write ``data`` to ``path`` through a temporary file and a rename; return the bytes written.

    ``data`` is the whole text or bytes, or an iterable of chunks (lines, say), written as
    they come, so a long output is never held whole in memory.
    A reader never sees a half-written file, and a failure leaves any old file intact,
    however far the chunks had gone: an error in the iterable itself included.
    The temporary file is removed on every way out: an error, Ctrl-C
    (``KeyboardInterrupt``) or SIGTERM. The new file has the mode of the file it replaces,
    or the usual mode for new files (0o666 less the umask), as ``open()`` would give it.

    Raises:
        ExportError: when the folder does not exist or cannot be written, or the text
            holds a lone surrogate, which UTF-8 cannot hold (the offset is counted in
            characters from the start of the text).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "numbers.txt"
    >>> write_atomic(target, (f"{n} " for n in range(3)))
    6
    >>> target.read_text()
    '0 1 2 '
    """
    target = Path(path)
    chunks: Iterable[str | bytes] = data if not isinstance(data, str | bytes) else ()
    if isinstance(data, str | bytes):  # a whole text is checked before any file is made
        chunks = tuple(_encoded(target, (data,)))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {str(folder)!r} does not exist.", path=str(target))
    mode = _mode_for(target)
    written = 0
    with _cleanup_on_sigterm():
        try:
            import tempfile  # noqa: PLC0415 - loaded when a file is first written

            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        except OSError as error:
            raise ExportError(
                f"{target}: cannot write: {error.strerror}.", path=str(target)
            ) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                for payload in _encoded(target, chunks):
                    written += stream.write(payload)
                stream.flush()
                if hasattr(os, "fchmod"):
                    os.fchmod(stream.fileno(), mode)
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except ExportError:  # a chunk UTF-8 cannot hold: already named
            Path(temporary).unlink(missing_ok=True)
            raise
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise ExportError(
                f"{target}: cannot write: {error.strerror}.", path=str(target)
            ) from None
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return written
