"""Tests for atomic output (``_io.py``)."""

from __future__ import annotations

import os
import signal
import stat

import pytest

import vnlao_events as ve
from vnlao_events import _io
from vnlao_events._io import write_atomic


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    ("umask", "mode"),
    [
        (0o022, 0o644),  # the usual umask: readable by the web server
        (0o002, 0o664),  # a shared group
        (0o077, 0o600),  # a private umask is kept too
    ],
)
def test_new_file_follows_the_umask(tmp_path, umask, mode):
    """A new file gets 0o666 less the umask, as open() would give it."""
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "a.ics", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.ics").stat().st_mode) == mode


def test_replaced_file_keeps_its_mode(tmp_path):
    """Replacing a file keeps the mode its owner gave it."""
    target = tmp_path / "a.ics"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError, MemoryError])
def test_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch, error):
    """Ctrl-C, an OS error or any other exception leaves no hidden file and the old file."""
    target = tmp_path / "a.ics"
    target.write_text("old")

    def fail(_fd):
        raise error("stop")

    monkeypatch.setattr(_io.os, "fsync", fail)
    with pytest.raises(ve.ExportError if error is OSError else error):
        write_atomic(target, "new")
    assert _leftovers(tmp_path) == []
    assert target.read_text() == "old"


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM")
def test_sigterm_during_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    """SIGTERM while writing removes the temporary file and exits with status 143."""
    target = tmp_path / "a.ics"

    def terminated(_fd):
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(_io.os, "fsync", terminated)
    with pytest.raises(SystemExit) as caught:
        write_atomic(target, "new")
    assert caught.value.code == 128 + signal.SIGTERM
    assert _leftovers(tmp_path) == []
    assert not target.exists()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_own_sigterm_handler_is_left_alone(tmp_path):
    """A program that handles SIGTERM itself keeps its handler."""

    def mine(_signum, _frame):
        return None

    previous = signal.signal(signal.SIGTERM, mine)
    try:
        write_atomic(tmp_path / "a.txt", "x")
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_lone_surrogate_is_an_export_error(tmp_path):
    """Text UTF-8 cannot hold is a one-line ExportError, and nothing is written."""
    with pytest.raises(ve.ExportError, match="lone surrogate"):
        write_atomic(tmp_path / "a.txt", "a\ud800b")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path):
    """A folder that does not exist is an ExportError naming it."""
    with pytest.raises(ve.ExportError, match="does not exist"):
        write_atomic(tmp_path / "no" / "a.txt", "x")


def test_chunks_are_written_as_they_come(tmp_path):
    """An iterable of lines is written in order and the byte count returned."""
    target = tmp_path / "a.jsonl"
    lines = [f"line {n} – ý\n" for n in range(1000)]
    written = write_atomic(target, iter(lines))
    assert target.read_text(encoding="utf-8") == "".join(lines)
    assert written == len("".join(lines).encode("utf-8"))


def test_bytes_chunks_are_written_unchanged(tmp_path):
    """Chunks that are bytes already go to the file as they are."""
    target = tmp_path / "a.bin"
    assert write_atomic(target, [b"\x00\xff", b"ab"]) == 4
    assert target.read_bytes() == b"\x00\xffab"


def test_a_failing_iterable_leaves_the_old_file(tmp_path):
    """An error raised by the chunks themselves leaves the old file whole and no temporary."""
    target = tmp_path / "a.jsonl"
    target.write_text("old\n")

    def lines():
        yield "new 1\n"
        raise ve.DocumentError("the timeline failed half way")

    with pytest.raises(ve.DocumentError, match="half way"):
        write_atomic(target, lines())
    assert target.read_text() == "old\n"
    assert _leftovers(tmp_path) == []


def test_a_lone_surrogate_in_a_later_chunk_names_its_offset_in_the_text(tmp_path):
    """The offset counts the characters of every chunk before the bad one."""
    target = tmp_path / "a.jsonl"
    with pytest.raises(ve.ExportError, match=r"'\\ud800' at offset 7 "):
        write_atomic(target, ["abc\n", "de", "f\ud800"])
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_an_empty_iterable_writes_an_empty_file(tmp_path):
    """No chunk at all is an empty file, not a missing one."""
    target = tmp_path / "a.jsonl"
    assert write_atomic(target, iter(())) == 0
    assert target.read_bytes() == b""


def test_write_target_writes_text_in_pieces_to_an_open_file(tmp_path):
    """Pieces go to a text or a binary file one after another."""
    import io

    text, binary = io.StringIO(), io.BytesIO()
    _io.write_target(text, iter(["a", "ý", "c"]))
    _io.write_target(binary, iter(["a", "ý", "c"]))
    assert text.getvalue() == "aýc"
    assert binary.getvalue() == "aýc".encode()


def test_the_timeline_json_written_in_pieces_is_to_json(tmp_path):
    """write_json to a path, to a file, and the CLI's -o all give to_json's text."""
    import io

    timeline = ve.build_timeline(ve.bundled_seeds())
    path = tmp_path / "t.json"
    ve.write_json(timeline, path)
    stream = io.StringIO()
    ve.write_json(timeline, stream)
    assert path.read_text(encoding="utf-8") == stream.getvalue() == ve.to_json(timeline)
