"""Tests for reading documents (``_documents.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vnlao_events as ve

SEEDS = Path(__file__).parent.parent / "seeds"


def test_seed_forms(seeds):
    """The seeds' own header forms give their published dates at their precision."""
    published = {d.id[:3]: d.published for d in seeds}
    assert published["000"] is None
    assert published["004"] is None
    assert published["001"] == ve.PartialDate(2023, 1)
    assert published["002"] == ve.PartialDate(2024, 8, 30)
    assert published["003"] == ve.PartialDate(2025, 12, 2)
    byline = next(d for d in seeds if d.id.startswith("002"))
    assert byline.published_time == "10:22+07:00"


def test_top_level_seeds_match_package_data(seeds):
    """The project's seeds/ folder and the packaged copy are the same files."""
    on_disk = {p.name: p.read_text("utf-8") for p in SEEDS.glob("*.txt")}
    assert on_disk == {d.id: d.text for d in seeds}


def test_dev_headers(dev_docs):
    """url/title/published headers are read; 'unknown' is no date."""
    first = next(d for d in dev_docs if d.id == "dev-01.txt")
    assert first.url.startswith("http")
    assert first.published is None
    assert first.text.startswith("Vietnam, Laos hold third")
    assert next(d for d in dev_docs if d.id == "dev-06.txt").published == ve.PartialDate(2019, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", ve.PartialDate(2024)),  # year
        ("2024-08", ve.PartialDate(2024, 8)),  # month
        ("2024-08-30", ve.PartialDate(2024, 8, 30)),  # day
        ("2024-08-30T10:22:00+07:00", ve.PartialDate(2024, 8, 30)),  # local date of a time
        ("2024-08-30 23:59Z", ve.PartialDate(2024, 8, 30)),  # UTC time
        ("30/08/2024", ve.PartialDate(2024, 8, 30)),  # Vietnamese order
        ("unknown", None),  # stated as unknown
        ("", None),  # empty
    ],
)
def test_published_at_any_precision(value, expected):
    """Published dates are read at the precision given."""
    assert ve.parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13", "31/02/2024", "2024/08/30"])
def test_bad_published_date(value):
    """A published date that is not a date is a DocumentError quoting it."""
    with pytest.raises(ve.DocumentError, match=repr(value).replace("/", "/")):
        ve.parse_published(value, "x.txt")


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("", 1, "empty"),  # empty file
        ("   \n\n", 1, "empty"),  # blank file
        ("url: x\ntitle y\n\ntext", 2, "malformed header line"),  # no colon
        ("url: x\ncolour: red\n\ntext", 2, "unknown header 'colour'"),  # unknown key
        ("url: x\ntitle: y", 2, "not ended by a blank line"),  # header never ends
        ("published: 2024-99\n\ntext", None, "is not a date"),  # bad date
    ],
)
def test_malformed_files_name_file_and_line(tmp_path, content, line, fragment):
    """Bad files raise DocumentError naming the file and the line."""
    path = tmp_path / "doc.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ve.DocumentError) as caught:
        ve.Document.from_file(path)
    assert fragment in str(caught.value)
    assert caught.value.line == line


def test_not_utf8_names_line(tmp_path):
    """A file that is not UTF-8 names the line of the first bad byte."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("dòng một\nd\xf2ng hai".encode()[:-9] + b"\xf2ng hai")
    with pytest.raises(ve.DocumentError, match=r"latin1.txt:2: not UTF-8"):
        ve.Document.from_file(path)


def test_many_files_collect_errors(tmp_path):
    """Loading many files collects the bad ones and goes on."""
    (tmp_path / "a.txt").write_text("Bài một.")
    (tmp_path / "b.txt").write_text("")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("Bài ba.")
    (sub / "skip.md").write_text("not read")
    errors: list[ve.DocumentError] = []
    docs = list(ve.load_documents([tmp_path], errors=errors))
    assert sorted(d.id for d in docs) == ["a.txt", "c.txt"]
    assert len(errors) == 1
    assert "b.txt" in str(errors[0])
    with pytest.raises(ve.DocumentError):
        list(ve.load_documents([tmp_path]))
    with pytest.raises(ve.DocumentError, match="cannot read"):
        list(ve.load_documents([tmp_path / "missing.txt"]))


def test_published_given_for_files_without_one(tmp_path):
    """A published date passed in fills files that carry none, and only those."""
    (tmp_path / "a.txt").write_text("Không có ngày.")
    (tmp_path / "b.txt").write_text("published: 2020-01-01\n\nCó ngày.")
    docs = {d.id: d for d in ve.load_documents([tmp_path], published="2024-08-30")}
    assert docs["a.txt"].published == ve.PartialDate(2024, 8, 30)
    assert docs["b.txt"].published == ve.PartialDate(2020, 1, 1)


def test_json_lines_corpus(tmp_path):
    """A JSON Lines file gives one document per object."""
    path = tmp_path / "corpus.jsonl"
    records = [
        {
            "id": "a",
            "url": "https://x/a",
            "title": "A",
            "published": "2024-08-30",
            "text": "Chiều 29/8, đã diễn ra Tham khảo chính trị lần thứ 9.",
        },
        {"text": "Không id."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n")
    docs = list(ve.load_documents([path]))
    assert [d.id for d in docs] == ["a", "corpus.jsonl#2"]
    assert docs[0].published == ve.PartialDate(2024, 8, 30)
    assert ve.build_timeline(docs, infer=False).session("political-consultation", 9)


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("{not json}", ":1: not a JSON object"),  # broken JSON
        ('{"id": "a"}', "with a string 'text'"),  # no text
        ('{"text": "x", "published": 2024}', "'published' must be a string"),  # wrong type
        ('{"text": "x", "published": "soon"}', "is not a date"),  # bad date
    ],
)
def test_bad_json_lines(tmp_path, line, fragment):
    """A bad JSON Lines record names the file and line."""
    path = tmp_path / "c.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(ve.DocumentError, match=fragment):
        list(ve.load_documents([path]))


def test_json_lines_not_utf8(tmp_path):
    """A JSON Lines file that is not UTF-8 is a DocumentError."""
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "\xff"}\n')
    with pytest.raises(ve.DocumentError, match="not UTF-8"):
        list(ve.load_documents([path]))


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path):
    """Two files named alike keep distinct ids, so evidence points at the right one."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_text(f"Bài {folder}.")
    ids = [d.id for d in ve.load_documents([tmp_path])]
    assert ids[0] == "index.txt"
    assert ids[1].endswith("b/index.txt")
    assert len(set(ids)) == 2
