"""Tests for reading documents (``_documents.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
        ("2024-08-30 23:59Z", ve.PartialDate(2024, 8, 31)),  # UTC time: next day in Hà Nội
        ("30/08/2024", ve.PartialDate(2024, 8, 30)),  # Vietnamese order
        ("unknown", None),  # stated as unknown
        ("", None),  # empty
    ],
)
def test_published_at_any_precision(value, expected):
    """Published dates are read at the precision given."""
    assert ve.parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",  # a word
        "2024-13",  # no month 13
        "31/02/2024",  # no 31 February
        "0001-03-01",  # year 1: a typing slip, and out of every window
        "9999-12-31",  # year 9999: the same
        "7 September",  # no year
        "Vol 12 2019",  # a word that is no part of a byline
        "2019 edition 5",
        "13/14/2019",  # neither order reads it
    ],
)
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
        ("url: x\n\n \n", 2, "header but no text"),  # a header and nothing else
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
        ('{"text": " "}', "'text' is empty"),  # nothing to read
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),  # deep nesting
        ('{"text": "x", "n": ' + "1" * 10_000 + "}", "not a JSON object"),  # 10,000 digits
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


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1 September 2021", ve.PartialDate(2021, 9, 1)),  # day month year, English
        ("12th September 2023", ve.PartialDate(2023, 9, 12)),  # English ordinal day
        ("January 7, 2025", ve.PartialDate(2025, 1, 7)),  # American order
        ("September 2021", ve.PartialDate(2021, 9)),  # a month only
        ("Thứ Sáu, 30/08/2024 10:22 (GMT+07:00)", ve.PartialDate(2024, 8, 30)),  # vi byline
        ("Chủ nhật, 1/9/2024 - 07:05", ve.PartialDate(2024, 9, 1)),  # vi weekday, day first
        ("08/09/2024", ve.PartialDate(2024, 9, 8)),  # numeric: day first
        ("30.08.2024", ve.PartialDate(2024, 8, 30)),  # dotted
        ("2024/08/30", ve.PartialDate(2024, 8, 30)),  # year first
        ("Fri, 30 Aug 2024 03:22:00 GMT", ve.PartialDate(2024, 8, 30)),  # RFC 2822
        ("Fri, 30 Aug 2024 20:22:00 GMT", ve.PartialDate(2024, 8, 31)),  # 03:22 next day, HN
        ("Thu, 29 Aug 2024 23:30:00 +0000", ve.PartialDate(2024, 8, 30)),  # offset form
        ("30/08/2024 06:00 GMT+9", ve.PartialDate(2024, 8, 30)),  # GMT+9 is 9 h ahead
        ("2024-08-31T01:00:00+09:00", ve.PartialDate(2024, 8, 30)),  # 23:00 in Hà Nội
        ("December 31, 2019, 09:08 [GMT+7]", ve.PartialDate(2019, 12, 31)),  # zone in brackets
        ("Thứ Ba, 31/12/2019, 09:08 [GMT+7]", ve.PartialDate(2019, 12, 31)),
        ("30/08/2024 | 22:30 GMT", ve.PartialDate(2024, 8, 31)),  # a bar, then a UTC time
        ("09:08 | 31/12/2019", ve.PartialDate(2019, 12, 31)),  # time first
        ("Cập nhật: 09:08 ngày 31/12/2019", ve.PartialDate(2019, 12, 31)),  # label, "ngày"
        ("Posted: Dec 31, 2019 09:08 AM", ve.PartialDate(2019, 12, 31)),  # English label
        ("Thứ Ba, ngày 31/12/2019", ve.PartialDate(2019, 12, 31)),
        ("30/08/2024 lúc 06:00", ve.PartialDate(2024, 8, 30)),
        ("December 31, 2019 at 9:08 am", ve.PartialDate(2019, 12, 31)),
        ("12/31/2019", ve.PartialDate(2019, 12, 31)),  # only the American order reads it
    ],
)
def test_published_common_forms_read_to_the_local_day(value, expected):
    """Published headers in common forms read as the calendar day in Hà Nội."""
    assert ve.parse_published(value) == expected


def test_published_time_is_kept_in_local_time():
    """A published header with a time gives the local time of day with its offset."""
    doc = ve.Document.from_text("published: Fri, 30 Aug 2024 03:22:00 GMT\n\nBài.", id="a")
    assert (doc.published, doc.published_time) == (ve.PartialDate(2024, 8, 30), "10:22+07:00")


@pytest.mark.parametrize(
    ("header", "fragment"),
    [
        ("published: soon", "'soon' is not a date"),  # no form reads it
        ("published: 2024-99", "'2024-99' is not a date"),  # no month 99
        ("published: 0001-03-01", "the year must be"),  # out of range
        ("published: 9999-12-31", "the year must be"),  # out of range
    ],
)
def test_unreadable_published_header_is_a_warning(header, fragment):
    """A published header no form reads is a warning; the document is read without it."""
    doc = ve.Document.from_text(f"{header}\n\nTham khảo chính trị lần thứ 7.", id="a.txt")
    assert doc.published is None
    assert doc.text.startswith("Tham khảo")
    (warning,) = doc.warnings
    assert warning.startswith("a.txt:1: ")
    assert fragment in warning


def test_duplicate_header_warns_naming_both_lines():
    """Two 'published:' headers: the first is kept, the warning names both lines."""
    doc = ve.Document.from_text(
        "published: 2022-06-01\ntitle: T\npublished: 2018-01-01\n\nBài.", id="a.txt"
    )
    assert doc.published == ve.PartialDate(2022, 6, 1)
    (warning,) = doc.warnings
    assert "a.txt:3:" in warning
    assert "line 1" in warning
    assert "'2018-01-01'" in warning
    assert "'2022-06-01'" in warning


@pytest.mark.parametrize(
    "content",
    [
        "url: http://a\rb\n\nBài.",  # CR inside the url
        "url: http://a b\n\nBài.",  # a space inside
        "url: http://a\x00b\n\nBài.",  # a NUL
    ],
)
def test_url_with_control_characters_is_left_out(content):
    """A url header holding CR, NUL or spaces is a warning and is left out."""
    doc = ve.Document.from_text(content, id="a.txt")
    assert doc.url is None
    assert "url" in doc.warnings[0]


def test_url_given_directly_must_be_clean():
    """A Document built with a url holding CR/LF is a DocumentError naming the field."""
    with pytest.raises(ve.DocumentError, match="'url' must not hold"):
        ve.Document(id="a", text="x", url="http://a\r\nb")


def test_header_lines_end_in_lf_or_crlf():
    """Header lines end at LF or CRLF; the body starts after the blank line."""
    doc = ve.Document.from_text("url: http://a\r\npublished: 2024-08-30\r\n\r\nBài.", id="a")
    assert (doc.url, doc.published, doc.text) == ("http://a", ve.PartialDate(2024, 8, 30), "Bài.")


def test_lone_surrogates_are_replaced_one_for_one():
    """A lone surrogate becomes U+FFFD, so the text can be written and offsets hold."""
    doc = ve.Document(id="a\udcff", text="Bài \ud800 báo", title="t\udfff")
    assert doc.text == "Bài \ufffd báo"
    assert doc.id == "a\ufffd"
    assert doc.title == "t\ufffd"


def test_title_is_one_line():
    """Control characters in a title header become spaces."""
    doc = ve.Document.from_text("title: A\x0bB\n\nBài.", id="a")
    assert doc.title == "A B"


def test_text_file_over_the_size_limit(tmp_path):
    """A file over the size limit is a DocumentError naming the limit; the limit is set."""
    path = tmp_path / "big.txt"
    path.write_text("Bai bao. " * 20)
    with pytest.raises(ve.DocumentError, match=r"big.txt: the file is 180 bytes, over the limit"):
        ve.Document.from_file(path, max_bytes=100)
    assert ve.Document.from_file(path, max_bytes=180).text.startswith("Bai")
    errors: list[ve.DocumentError] = []
    assert list(ve.load_documents([path], errors=errors, max_bytes=100)) == []
    assert "max_bytes" in str(errors[0])


def test_json_lines_recovers_after_bad_records(tmp_path):
    """Each bad record is one error; every record after it is still read."""
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        b'{"text": "Bai mot."}\n{broken\n\xff\xfe\n{"text": "Bai hai."}\n[1]\n{"text": "Bai ba."}\n'
    )
    errors: list[ve.DocumentError] = []
    docs = list(ve.load_documents([path], errors=errors))
    assert [d.text for d in docs] == ["Bai mot.", "Bai hai.", "Bai ba."]
    assert [e.line for e in errors] == [2, 3, 5]
    assert all(str(e).startswith(f"{path}:{e.line}: ") for e in errors)


def test_json_lines_split_on_line_feed_only(tmp_path):
    """U+2028, U+2029, U+0085 and U+001C inside a record are text, not line ends."""
    path = tmp_path / "c.jsonl"
    text = "Một\u2028hai\u2029ba\x85bốn\x1cnăm."
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = ve.load_documents([path])
    assert doc.text == text


def test_json_lines_record_over_the_size_limit(tmp_path):
    """An overlong record is skipped with an error; the records around it are read."""
    path = tmp_path / "c.jsonl"
    long = json.dumps({"text": "x" * 500})
    path.write_text(f'{{"text": "a"}}\n{long}\n{{"text": "b"}}\n')
    errors: list[ve.DocumentError] = []
    docs = list(ve.load_documents([path], errors=errors, max_bytes=100))
    assert [d.text for d in docs] == ["a", "b"]
    assert "c.jsonl:2: the record is 512 bytes" in str(errors[0])


def test_json_lines_field_problems_are_warnings(tmp_path):
    """A record with a bad date, a non-string field or a CRLF url is read, with warnings."""
    path = tmp_path / "c.jsonl"
    records = [
        {"text": "a", "published": 2024},  # wrong type
        {"text": "b", "published": "soon"},  # no date
        {"text": "c", "url": "http://a\r\nb"},  # CRLF in the url
        {"text": "d", "published": "1 September 2021"},  # a common form
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    docs = list(ve.load_documents([path]))
    assert [len(d.warnings) for d in docs] == [1, 1, 1, 0]
    assert "'published' must be a string" in docs[0].warnings[0]
    assert "is not a date" in docs[1].warnings[0]
    assert docs[2].url is None
    assert docs[3].published == ve.PartialDate(2021, 9, 1)


def test_document_warnings_reach_the_timeline():
    """build_timeline puts each document's warnings in the timeline's warnings."""
    doc = ve.Document.from_text("published: soon\n\nBài.", id="a.txt")
    timeline = ve.build_timeline([doc], infer=False)
    assert timeline.warnings[0] == doc.warnings[0]


def test_header_only_file_is_skipped_with_an_error(tmp_path):
    """A file with headers and no text is recorded, not read as an empty article."""
    (tmp_path / "h.txt").write_text("url: http://a\ntitle: T\n\n")
    errors: list[ve.DocumentError] = []
    assert list(ve.load_documents([tmp_path], errors=errors)) == []
    assert "header but no text" in str(errors[0])


def test_looping_and_broken_links_are_recorded(tmp_path):
    """A symbolic link that loops and a broken one are each an error, and skipped."""
    (tmp_path / "a.txt").write_text("Bài.")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    errors: list[ve.DocumentError] = []
    assert [d.id for d in ve.load_documents([tmp_path], errors=errors)] == ["a.txt"]
    messages = sorted(str(e) for e in errors)
    assert len(messages) == 4
    assert sum("loops back" in m for m in messages) == 1
    assert sum("broken or looping" in m for m in messages) == 3
    with pytest.raises(ve.DocumentError):
        list(ve.load_documents([tmp_path]))


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root reads every folder",
)
def test_unreadable_folder_is_recorded(tmp_path):
    """A sub-folder that cannot be read is an error, and the rest is read."""
    (tmp_path / "a.txt").write_text("Bài.")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Bài.")
    locked.chmod(0)
    try:
        errors: list[ve.DocumentError] = []
        assert [d.id for d in ve.load_documents([tmp_path], errors=errors)] == ["a.txt"]
        assert "locked: folder skipped" in str(errors[0])
    finally:
        locked.chmod(0o755)


def test_folder_that_cannot_be_listed_is_recorded(tmp_path, monkeypatch):
    """A folder the system refuses to list is an error naming it; the rest is read."""
    from vnlao_events import _documents

    (tmp_path / "a.txt").write_text("Bài.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Bài.")
    real = _documents.os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(_documents.os, "scandir", scandir)
    errors: list[ve.DocumentError] = []
    assert [d.id for d in ve.load_documents([tmp_path], errors=errors)] == ["a.txt"]
    assert str(errors[0]).endswith("locked: folder skipped: Permission denied.")


def test_missing_json_lines_file_is_recorded(tmp_path):
    """A JSON Lines file that cannot be opened is one error, raised when none are collected."""
    errors: list[ve.DocumentError] = []
    assert list(ve.load_documents([tmp_path / "gone.jsonl"], errors=errors)) == []
    assert "gone.jsonl: cannot read" in str(errors[0])
    with pytest.raises(ve.DocumentError, match="cannot read"):
        list(ve.load_documents([tmp_path / "gone.jsonl"]))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://tin.vn/thoi-su/hai-thu-tuong-chu-tri-ky-hop-20250109140153722.htm", "2025-01-09"),
        ("https://news.example/pm-co-chairs-47th-meeting-20250109140153722.htm", "2025-01-09"),
        ("https://news.example/2024/08/30/ninth-consultation/", "2024-08-30"),  # year/month/day
        ("https://news.example/2024/8/3/ninth-consultation", "2024-08-03"),  # unpadded parts
        ("https://news.example/2019/12/sixth-consultation/", "2019-12"),  # year/month only
        ("https://bao.vn/tham-khao-chinh-tri-2022-11-25-lan-thu-7.html", "2022-11-25"),  # dashed
        ("https://bao.vn/tham-khao-chinh-tri_20221125.html", "2022-11-25"),  # eight digits
        ("https://bao.vn/a/2024/08/30/b-20240830.htm", "2024-08-30"),  # two forms that agree
        ("bao.vn/2024/08/30/b", "2024-08-30"),  # no scheme
        ("https://news.example/20241128/c1a2b3/c.html", "2024-11-28"),  # eight digits, a folder
    ],
)
def test_published_from_url(url, expected):
    """The date a news URL carries in its path is read, at the precision it has."""
    assert ve.published_from_url(url) == ve.PartialDate.parse_iso(expected)


@pytest.mark.parametrize(
    "url",
    [
        "https://en.vietnamplus.vn/vietnam-laos-hold-consultation/191262.vnp",  # article number
        "https://vov.vn/chinh-tri/ky-hop-lan-thu-41-860892.vov",  # article number
        "https://bao.vn/tham-khao-2024-02-30.html",  # 30 February
        "https://bao.vn/tham-khao-20241301.html",  # a 13th month
        "https://bao.vn/tham-khao-202408302599.html",  # hour 25: not a timestamp's head
        "https://bao.vn/tham-khao-2024083012.html",  # ten digits: not a date form
        "https://news.example/a-2024-08-30?d=2024-08-31",  # two dates that disagree
        "https://2024.example/a",  # the host is not read
        "https://news.example/1700/01/02/a",  # outside the published years
        "https://baochinhphu.vn/hoi-dam-102240830102203867.htm",  # a site's own number
        "https://news.example/c/20861128.epi",  # a page named by its number alone
        "https://news.example/c/20241128?page=2",  # the same, with a query
        "[",  # no URL parser reads it
        "https://[2024-08-30/a",  # an unclosed IPv6 host
        "",
        None,
    ],
)
def test_published_from_url_gives_none_rather_than_a_guess(url):
    """No date, an impossible date or two disagreeing dates in a URL give no date."""
    assert ve.published_from_url(url) is None


@pytest.mark.parametrize(
    ("header", "published", "from_url"),
    [
        ("published:\n", "2025-01-09", True),  # Vietnamese article, header empty
        ("published: soon\n", "2025-01-09", True),  # an unreadable header falls back too
        ("published: 2025-01-10\n", "2025-01-10", False),  # a header date always wins
        ("", "2025-01-09", True),  # no published line at all
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        "Sáng 9/1, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
        "On Thursday morning the two PMs co-chaired the 47th meeting of the Committee.",
    ],
)
def test_url_date_is_the_fallback_for_a_header_without_one(header, published, from_url, body):
    """With no readable published header the URL's date is used, and a warning says so."""
    url = "url: https://news.example/pm-co-chairs-47th-meeting-20250109140153722.htm\n"
    doc = ve.Document.from_text(url + header + "\n" + body, id="a.txt")
    assert doc.published == ve.PartialDate.parse_iso(published)
    said = [w for w in doc.warnings if "from the url" in w]
    assert bool(said) is from_url
    if from_url:
        assert said[0] == (
            "a.txt: no readable published date in the header; 2025-01-09 is read from the url."
        )


def test_url_date_is_not_used_when_a_published_date_is_given():
    """A published date given by the caller wins over the URL's."""
    doc = ve.Document.from_text(
        "url: https://news.example/a-20250109.htm\n\nBài báo.", id="a.txt", published="2025-01-10"
    )
    assert doc.published == ve.PartialDate(2025, 1, 10)
    assert not doc.warnings


def test_url_date_in_json_lines(tmp_path):
    """A JSON Lines record with a url and no published date takes the URL's, with a warning."""
    path = tmp_path / "a.jsonl"
    records = [
        {"id": "vi", "url": "https://bao.vn/2024/08/30/tham-khao", "text": "Bài báo."},
        {"id": "en", "url": "https://news.example/2024/08/30/a", "text": "A report.",
         "published": "2024-08-29"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    vi, en = ve.load_documents([path])
    assert vi.published == ve.PartialDate(2024, 8, 30)
    assert "2024-08-30 is read from the url" in vi.warnings[0]
    assert en.published == ve.PartialDate(2024, 8, 29)
    assert not en.warnings


@given(st.text(max_size=80))
def test_published_from_url_never_raises(url):
    """Any text as a URL gives a date or None, never an error ("[" is no valid URL)."""
    day = ve.published_from_url(url)
    assert day is None or day.year is not None
