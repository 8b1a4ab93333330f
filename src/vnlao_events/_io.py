"""Atomic file output shared by every exporter.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(folder / "a.txt", "hello")
>>> (folder / "a.txt").read_text()
'hello'
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from .exceptions import ExportError

__all__ = ["write_atomic"]


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


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file, and a failure leaves any old file intact.
    The temporary file is removed on every way out: an error, Ctrl-C
    (``KeyboardInterrupt``) or SIGTERM. The new file has the mode of the file it replaces,
    or the usual mode for new files (0o666 less the umask), as ``open()`` would give it.

    Raises:
        ExportError: when the folder does not exist or cannot be written, or the text
            holds a lone surrogate, which UTF-8 cannot hold.
    """
    target = Path(path)
    try:
        payload = data.encode("utf-8") if isinstance(data, str) else data
    except UnicodeEncodeError as error:
        raise ExportError(
            f"{target}: cannot write {data[error.start : error.end]!r} at offset {error.start}"
            " as UTF-8 (a lone surrogate).",
            path=str(target),
        ) from None
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {str(folder)!r} does not exist.", path=str(target))
    mode = _mode_for(target)
    with _cleanup_on_sigterm():
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        except OSError as error:
            raise ExportError(
                f"{target}: cannot write: {error.strerror}.", path=str(target)
            ) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                if hasattr(os, "fchmod"):
                    os.fchmod(stream.fileno(), mode)
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise ExportError(
                f"{target}: cannot write: {error.strerror}.", path=str(target)
            ) from None
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
