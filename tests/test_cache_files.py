"""A cached text file is not read as a document: its entry is found from the file's bytes.

The command line hands text files to the archive reader unread
(:class:`~vnlao_events._documents.DocumentFile`); a file the cache holds is never made a
document, and the run prints what a run without the cache prints, notes and warnings too.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

import vnlao_events as ve
from vnlao_events import _documents
from vnlao_events._cli import main
from vnlao_events._documents import DocumentFile, load_sources
from vnlao_events.archive import pool
from vnlao_events.archive.cache import MentionCache

DATA = Path(__file__).parent / "data"
VI = "Ngày 6/1/2019, Kỳ họp lần thứ 41 Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Hà Nội."
EN = "On 6 January 2019 the 41st meeting of the Vietnam-Laos Intergovernmental Committee was held."


def _folder(tmp_path: Path) -> Path:
    """Real articles, and files that test each path: headers, repeats, names, bad files."""
    folder = tmp_path / "articles"
    shutil.copytree(DATA / "dev", folder)
    (folder / "sub").mkdir()
    (folder / "sub" / "dev-01.txt").write_text(VI + "\nThêm một câu.", "utf-8")  # a name again
    (folder / "copy.txt").write_text((DATA / "dev" / "dev-02.txt").read_text("utf-8"), "utf-8")
    (folder / "headers.txt").write_text(
        "url: https://example.org/2019/01/06/a.html\ntitle: A\npublished: soon\n"
        "published: 2019-01-07\n\n" + EN.replace("41st", "47th"),
        "utf-8",
    )
    (folder / "bom.txt").write_text("\ufeff" + VI.replace("41", "42"), "utf-8")
    (folder / "impossible.txt").write_text(VI.replace("6/1/2019", "31/2/2019"), "utf-8")
    (folder / "empty.txt").write_text("  \n", "utf-8")  # cannot be read: skipped, a warning
    (folder / "header-only.txt").write_text("title: x\n\n", "utf-8")
    (folder / "latin1.txt").write_bytes("Kỳ họp".encode("utf-16"))
    (folder / "undated.txt").write_text(EN.replace(" 2019", ""), "utf-8")
    return folder


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue()


@pytest.mark.parametrize(
    "options",
    [
        ("timeline", "--format", "json"),
        ("ics", "-o", "-"),
        ("timeline", "--format", "csv", "--published", "2019-02", "--no-infer"),
    ],
)
def test_a_cached_file_is_not_read_and_the_output_is_the_same(
    tmp_path, monkeypatch, capsys, options
):
    """Cold and warm runs with a cache print what a run without one prints; warm reads none."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1546732800")  # the calendar's stamp, fixed
    folder = str(_folder(tmp_path))
    cache = str(tmp_path / "c.sqlite")
    plain = _run(*options, "--jobs", "1", folder)
    plain_err = capsys.readouterr().err
    cold = _run(*options, "--jobs", "1", "--cache", cache, folder)
    assert capsys.readouterr().err == plain_err
    made = []
    original = DocumentFile.document

    def counted(self: DocumentFile) -> ve.Document:
        made.append(self.id)
        return original(self)

    monkeypatch.setattr(DocumentFile, "document", counted)
    warm = _run(*options, "--jobs", "1", "--cache", cache, folder)
    assert capsys.readouterr().err == plain_err
    assert made == []  # every file was found in the cache: none was read as a document
    assert plain == cold == warm
    assert plain[0] == 0
    assert "repeat another word for word" in plain_err
    for problem in ("empty", "not UTF-8", "no text after"):
        assert problem in plain_err


def test_a_changed_or_new_file_is_read_again(tmp_path, monkeypatch):
    """Only a file whose bytes changed, or that is new, is made a document and extracted."""
    folder = _folder(tmp_path)
    cache = str(tmp_path / "c.sqlite")
    _run("timeline", "--format", "json", "--cache", cache, str(folder))
    (folder / "dev-03.txt").write_text(VI.replace("41", "43"), "utf-8")
    (folder / "new.txt").write_text(EN.replace("41st", "44th"), "utf-8")
    made = []
    original = DocumentFile.document
    monkeypatch.setattr(
        DocumentFile, "document", lambda self: made.append(self.id) or original(self)
    )
    warm = _run("timeline", "--format", "json", "--cache", cache, str(folder))
    assert sorted(made) == ["dev-03.txt", "new.txt"]
    assert warm == _run("timeline", "--format", "json", str(folder))


def test_a_file_reads_as_the_document_load_documents_gives(tmp_path):
    """Each file, made a document, is the document :func:`load_documents` reads."""
    folder = _folder(tmp_path)
    errors: list[ve.DocumentError] = []
    sources = list(load_sources([folder], published="2019-03", errors=errors))
    more: list[ve.DocumentError] = []
    documents = list(ve.load_documents([folder], published="2019-03", errors=more))
    made = [s.document() if isinstance(s, DocumentFile) else s for s in sources]
    assert made == documents
    assert [str(e) for e in errors] == [str(e) for e in more]
    assert [s.text for s in sources] == [d.text for d in documents]


def test_a_file_over_the_limit_is_refused_as_from_file(tmp_path):
    """A file larger than ``max_bytes`` is refused with the same message either way."""
    path = tmp_path / "big.txt"
    path.write_text(VI * 10, "utf-8")
    with pytest.raises(ve.DocumentError) as by_file:
        DocumentFile.read(str(path), max_bytes=100)
    with pytest.raises(ve.DocumentError) as by_document:
        ve.Document.from_file(path, max_bytes=100)
    assert str(by_file.value) == str(by_document.value)
    assert "over the limit of 100 bytes" in str(by_file.value)


def test_a_file_read_in_parts_is_whole(tmp_path, monkeypatch):
    """A read that gives the bytes in several parts gives them all."""
    path = tmp_path / "a.txt"
    path.write_text(VI, "utf-8")
    real = _documents.os.read
    monkeypatch.setattr(_documents.os, "read", lambda fd, n: real(fd, min(n, 7)))
    assert DocumentFile.read(str(path)).text == VI


def test_the_file_key_holds_its_id_date_and_bytes(tmp_path):
    """Another id, another published date given, or other bytes: another key."""
    path = tmp_path / "a.txt"
    path.write_text(VI, "utf-8")
    file = DocumentFile.read(str(path))
    with MentionCache(":memory:", ve.Catalogue.default()) as store:
        keys = {
            store.file_key(file),
            store.file_key(DocumentFile.read(str(path), ve.PartialDate(2019))),
            store.file_key(
                DocumentFile(
                    id="b.txt", path=file.path, content=VI, start=0, checksum=file.checksum
                )
            ),
            store.file_key(DocumentFile(id="a.txt", path="a", content=VI, start=0, checksum="0")),
        }
        assert len(keys) == 4
        assert store.file_key(file) != store.key(file.document())


def test_two_processes_read_cached_files_as_one(tmp_path, monkeypatch):
    """--jobs 2 with a warm cache of files prints what one process prints."""
    monkeypatch.setattr(pool, "CHUNK_BYTES", 5_000)
    folder = str(_folder(tmp_path))
    cache = str(tmp_path / "c.sqlite")
    plain = _run("timeline", "--format", "json", "--jobs", "1", folder)
    assert _run("timeline", "--format", "json", "--jobs", "2", "--cache", cache, folder) == plain
    assert _run("timeline", "--format", "json", "--jobs", "2", "--cache", cache, folder) == plain


def test_mentions_streamed_from_cached_files_are_the_same(tmp_path, monkeypatch, capsys):
    """`--format jsonl --records mentions --cache`: cold and warm print the plain stream."""
    folder = str(_folder(tmp_path))
    cache = str(tmp_path / "c.sqlite")
    args = ("timeline", "--format", "jsonl", "--records", "mentions", "--jobs", "1")
    plain = _run(*args, folder)
    plain_err = capsys.readouterr().err
    cold = _run(*args, "--cache", cache, folder)
    assert capsys.readouterr().err == plain_err
    monkeypatch.setattr(DocumentFile, "document", lambda self: pytest.fail(f"read {self.id}"))
    warm = _run(*args, "--cache", cache, folder)
    assert capsys.readouterr().err == plain_err
    assert plain == cold == warm
    assert plain[0] == 0
    assert '"document": "headers.txt"' in plain[1]
