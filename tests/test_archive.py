"""A news archive: the mergeable extraction, processes, the cache, progress, JSON Lines."""

from __future__ import annotations

import io
import itertools
import json
import re
import sqlite3
import subprocess
import sys
from functools import reduce
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events._cli import main
from vnlao_events.archive import Extraction, codec, extraction, pool
from vnlao_events.archive.cache import MentionCache, catalogue_digest
from vnlao_events.archive.extraction import read_document
from vnlao_events.archive.progress import Progress
from vnlao_events.export.jsonl import mention_of_record

DATA = Path(__file__).parent / "data"
SRC = Path(ve.__file__).parent.parent


def _archive() -> list[ve.Document]:
    """Seeds, dev and dev2, and two word-for-word copies under other names."""
    docs = [*ve.bundled_seeds(), *ve.load_documents([DATA / "dev", DATA / "dev2"])]
    copies = [attrs.evolve(docs[3], id="copy-of-3.txt"), attrs.evolve(docs[0], id="copy-0.txt")]
    return [*docs[:2], copies[0], *docs[2:20], copies[1], *docs[20:]]


ARCHIVE = _archive()
RECORDS = [read_document(d, (i,), ve.Catalogue.default()) for i, d in enumerate(ARCHIVE)]


@pytest.fixture(scope="module")
def expected() -> str:
    """The single-process timeline of the archive, as JSON."""
    return ve.to_json(ve.build_timeline(ARCHIVE))


@pytest.fixture(scope="module")
def expected_stated() -> str:
    """The single-process stated timeline of the archive, as JSON."""
    return ve.to_json(ve.build_timeline(ARCHIVE, infer=False))


@st.composite
def _merge_plans(draw: st.DrawFn) -> tuple[list[list[int]], list[int]]:
    """A split of the archive into parts (any documents in any part) and a merge order."""
    n_parts = draw(st.integers(1, 6))
    owner = draw(
        st.lists(st.integers(0, n_parts - 1), min_size=len(RECORDS), max_size=len(RECORDS))
    )
    parts = [[i for i, o in enumerate(owner) if o == p] for p in range(n_parts)]
    order = draw(st.permutations(range(n_parts)))
    return parts, list(order)


def _tree_merge(parts: list[Extraction], shape: list[bool]) -> Extraction:
    """Merge pairwise in an order the shape draws (left or right neighbour first)."""
    items = list(parts)
    for left_first in shape:
        if len(items) == 1:
            break
        a, b = items.pop(0), items.pop(0)
        items.append(a | b if left_first else b | a)
    return reduce(Extraction.merge, items, Extraction())


@settings(max_examples=25, deadline=None)
@given(plan=_merge_plans(), shape=st.lists(st.booleans(), max_size=8))
def test_any_split_in_any_order_gives_the_single_process_timeline(expected, plan, shape):
    """infer(merge(map(extract, parts))) is the single-process JSON, byte for byte."""
    parts, order = plan
    extractions = [Extraction.from_records([[RECORDS[i] for i in parts[p]]]) for p in order]
    merged = _tree_merge(extractions, shape)
    assert ve.to_json(merged.timeline()) == expected


@settings(max_examples=25, deadline=None)
@given(plan=_merge_plans())
def test_merge_is_associative_commutative_and_idempotent(plan):
    """(a|b)|c == a|(b|c), a|b == b|a, a|a == a, and the empty extraction is neutral."""
    parts, _ = plan
    a, b, c = (
        Extraction.from_records([[RECORDS[i] for i in part]]) for part in (*parts, [], [])[:3]
    )
    assert (a | b) | c == a | (b | c)
    assert a | b == b | a
    assert a | a == a
    assert a | Extraction() == a


def test_extraction_of_contiguous_parts_gives_the_stated_timeline(expected_stated):
    """Parts extracted by Extraction.of at their start position merge to the stated timeline."""
    cut = [0, 7, 8, 20, len(ARCHIVE)]
    parts = [Extraction.of(ARCHIVE[lo:hi], start=lo) for lo, hi in itertools.pairwise(cut)]
    merged = Extraction.merge_all(reversed(parts))
    assert ve.to_json(merged.timeline(infer=False)) == expected_stated


def test_repeats_keep_the_first_copy_in_archive_order():
    """A text met twice keeps the copy first in the archive, wherever each was read."""
    late = Extraction.of(ARCHIVE[2:3], start=2)  # copy-of-3.txt, at position 2
    early = Extraction.of(ARCHIVE[:2])
    original = Extraction.of(ARCHIVE[4:5], start=4)  # the text copy-of-3.txt copies
    merged = original | late | early
    assert merged.repeats == [(ARCHIVE[4].id, "copy-of-3.txt")]
    assert len(merged) == 3
    assert [r.id for r in merged.documents()] == [ARCHIVE[0].id, ARCHIVE[1].id, "copy-of-3.txt"]


def test_positions_can_carry_a_file_number():
    """``at`` prefixes positions, as (file, line) for the lines of JSON Lines files."""
    second = Extraction.of(ARCHIVE[:1], at=(1,))
    first = Extraction.of(ARCHIVE[1:2], at=(0,))
    assert [r.position for r in (second | first).documents()] == [(0, 0), (1, 0)]


# -- processes -----------------------------------------------------------------------------


def test_two_processes_give_the_single_process_timeline(expected, monkeypatch):
    """jobs=2 reads chunks on two processes and gives the same JSON."""
    monkeypatch.setattr(pool, "CHUNK_BYTES", 20_000)
    assert ve.to_json(ve.build_timeline(ARCHIVE, jobs=2)) == expected


def test_jobs_none_uses_the_processors(expected):
    """jobs=None means one worker per processor; a small input is read in this process."""
    assert pool.default_jobs() >= 1
    assert ve.to_json(ve.build_timeline(ARCHIVE, jobs=None)) == expected


@pytest.mark.parametrize("jobs", [0, -2])
def test_jobs_below_one_is_an_error(jobs):
    """The number of jobs must be at least 1; the message quotes the value."""
    with pytest.raises(ValueError, match=rf"'jobs' must be at least 1 \(got {jobs}\)"):
        ve.build_timeline(ARCHIVE[:1], jobs=jobs)


def test_records_come_back_in_archive_order(monkeypatch):
    """The pool gives each document back in archive order, repeats without mentions."""
    monkeypatch.setattr(pool, "CHUNK_BYTES", 10_000)
    records = list(pool.read_archive(ARCHIVE, ve.Catalogue.default(), jobs=2))
    assert [r.position for r in records] == [(i,) for i in range(len(ARCHIVE))]
    first: dict[str, str] = {}
    repeats = [r for r in records if first.setdefault(r.digest, r.id) != r.id]
    assert [r.id for r in repeats] == [ARCHIVE[4].id, "copy-0.txt"]
    assert [r.mentions for r in repeats] == [(), ()]


# -- the cache -----------------------------------------------------------------------------


def _count_reads(monkeypatch) -> list[str]:
    read: list[str] = []
    original = pool.read_document

    def counting(document, position, catalogue, phrases=None):
        read.append(document.id)
        return original(document, position, catalogue, phrases)

    monkeypatch.setattr(pool, "read_document", counting)
    return read


def test_a_warm_cache_reads_only_new_documents(tmp_path, expected, monkeypatch):
    """A re-run on a grown archive extracts only the new documents; same timeline as cold."""
    cache = tmp_path / "mentions.sqlite"
    read = _count_reads(monkeypatch)
    ve.build_timeline(ARCHIVE[:-3], cache=cache)
    assert len(read) == len(ARCHIVE) - 3 - 2  # the two copies are repeats, never read
    read.clear()
    warm = ve.build_timeline(ARCHIVE, cache=cache)
    assert read == [d.id for d in ARCHIVE[-3:]]
    assert ve.to_json(warm) == expected
    read.clear()
    assert ve.to_json(ve.build_timeline(ARCHIVE, cache=cache, jobs=2)) == expected
    assert read == []


def test_a_changed_document_is_read_again(tmp_path, monkeypatch):
    """A document whose text changed has a new key: it is read again."""
    cache = tmp_path / "mentions.sqlite"
    ve.build_timeline(ARCHIVE[:3], cache=cache)
    read = _count_reads(monkeypatch)
    changed = attrs.evolve(ARCHIVE[1], text=ARCHIVE[1].text + "\nThêm một câu.")
    ve.build_timeline([ARCHIVE[0], changed, ARCHIVE[2]], cache=cache)
    assert read == [changed.id]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 31/2/2024, Kỳ họp lần thứ 46 Ủy ban liên Chính phủ đã diễn ra tại Hà Nội.",
        "On 31/2/2024 the 46th meeting of the Intergovernmental Committee was held in Hanoi.",
    ],
)
def test_a_cached_document_keeps_its_date_warnings_without_a_new_scan(tmp_path, text, monkeypatch):
    """An impossible date's warning comes back from the cache: the text is not scanned again."""
    cache = tmp_path / "mentions.sqlite"
    docs = [*ARCHIVE[:2], ve.Document.from_text(text, id="bad-date.txt")]
    cold = ve.build_timeline(docs, cache=cache)
    assert any("'31/2/2024'" in w for w in cold.warnings)

    def no_scan(text: str) -> list[tuple[int, int, str, str]]:
        raise AssertionError("scanned again")

    monkeypatch.setattr(extraction, "impossible_dates", no_scan)
    warm = ve.build_timeline(docs, cache=cache)
    assert ve.to_json(warm) == ve.to_json(cold)


def test_cache_entries_are_looked_up_in_batches(tmp_path, expected):
    """A warm run asks SQLite for many keys at once, and gives the cold run's timeline."""
    cache = tmp_path / "mentions.sqlite"
    ve.build_timeline(ARCHIVE, cache=cache)
    with MentionCache(cache, ve.Catalogue.default()) as store:
        wanted = [(store.key(d), d) for d in ARCHIVE]  # written against the document
        found = store.get_many([*wanted, *wanted[:2]])  # a key asked twice is read once
        assert len(found) == len(ARCHIVE) - 2  # the two copies are never stored
        assert not store.warnings
        assert store.get_many([]) == {}
    assert ve.to_json(ve.build_timeline(ARCHIVE, cache=cache)) == expected


def test_an_entry_written_against_its_document_is_shorter_and_needs_it(tmp_path):
    """Quotes and ids are left out of the entry; asked by id alone, it is refused, not guessed."""
    document = ARCHIVE[0]
    mentions = tuple(ve.extract(document))
    with MentionCache(tmp_path / "c.sqlite", ve.Catalogue.default()) as store:
        key = store.key(document)
        store.put({key: mentions}, {key: document})
        assert store.get_many([(key, document)])[key].mentions == mentions
        assert store.get(key, document.id) is None
        assert "missing field 'document'" in store.warnings[0]
    (text,) = sqlite3.connect(tmp_path / "c.sqlite").execute("SELECT mentions FROM vnlao_mentions")
    assert '"quote":' not in text[0]  # (a derivation may have a parameter named so)
    assert len(text[0]) < len(codec.encode_mentions(mentions)) / 2


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        ('{"start": 0, "end": 99999}', "quote: expected str (got None)"),  # past the text
        ('{"start": 5, "end": 2}', "quote: expected str (got None)"),  # backwards
        ('{"start": "0", "end": 2}', "start: expected int"),  # not a number
        ('{"document": "a.txt", "start": 0, "end": 2}', "missing field 'quote'"),
    ],
)
def test_offsets_read_against_a_document_must_fit_its_text(evidence, message):
    """A quote is taken from the document only between offsets that lie inside its text."""
    entry = f'[{{"kind": "session", "evidence": {evidence}, "series": "x"}}]'
    with pytest.raises(codec.InvalidEntryError, match=re.escape(message)):
        codec.decode_entry(entry, ("a.txt", "Kỳ họp thứ 41"))


@given(start=st.integers(0, 12), size=st.integers(0, 12))
def test_evidence_written_against_a_document_reads_back(start, size):
    """Any span of the text, in Vietnamese or English, reads back as the same evidence."""
    for text in ("Kỳ họp lần thứ 41 Ủy ban liên Chính phủ", "The 41st session was held"):
        end = min(start + size, len(text))
        evidence = ve.Evidence(document="a.txt", start=start, end=end, quote=text[start:end])
        mention = ve.SessionMention(document="a.txt", series="x", evidence=evidence)
        entry = codec.encode_entry([mention], against=("a.txt", text))
        assert codec.decode_entry(entry, ("a.txt", text)) == ([mention], ())
        assert codec.decode_entry(entry, ("b.txt", text))[0][0].document == "b.txt"


def test_another_catalogue_has_other_keys():
    """The catalogue is part of every key: a user's entries make a new key."""
    base = ve.Catalogue.default()
    user = base.from_toml('[people.x]\nname = "Nguyễn Văn X"\n', base=base)
    assert catalogue_digest(base) != catalogue_digest(user)
    doc = ARCHIVE[0]
    assert MentionCache(":memory:", base).key(doc) != MentionCache(":memory:", user).key(doc)


@pytest.mark.parametrize(
    ("column", "value", "why"),
    [
        ("mentions", "[]", "its checksum does not match"),  # changed behind our back
        ("format", "other.format/9", "written as 'other.format/9'"),  # another program's rows
        ("checksum", "0", "its checksum does not match"),  # a damaged row
    ],
)
def test_a_bad_entry_is_ignored_with_a_warning(tmp_path, expected, column, value, why):
    """A damaged or foreign entry is not trusted: a warning, the document read again."""
    cache = tmp_path / "mentions.sqlite"
    ve.build_timeline(ARCHIVE, cache=cache)
    with sqlite3.connect(cache) as db:
        db.execute(f"UPDATE vnlao_mentions SET {column} = ?", (value,))  # noqa: S608
    db.close()
    timeline = ve.build_timeline(ARCHIVE, cache=cache)
    notes = [w for w in timeline.warnings if "cached entry" in w]
    assert len(notes) == len(ARCHIVE) - 2
    assert why in notes[0]
    assert ve.to_json(attrs.evolve(timeline, warnings=())) == ve.to_json(
        attrs.evolve(ve.from_json(expected), warnings=())
    )
    again = ve.build_timeline(ARCHIVE, cache=cache)  # the entries were written anew
    assert not [w for w in again.warnings if "cached entry" in w]


def test_an_entry_with_valid_checksum_but_bad_types_is_refused(tmp_path):
    """An entry that passes the checksum but not the types is refused all the same."""
    cache = tmp_path / "mentions.sqlite"
    with MentionCache(cache, ve.Catalogue.default()) as store:
        key = store.key(ARCHIVE[0])
        store.put({key: tuple(ve.extract(ARCHIVE[0]))})
        assert store.get(key, "another-id.txt") is None  # names another document
        assert "it names another document" in store.warnings[0]


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path, expected):
    """A foreign file given as the cache: a warning, every document read, the file unchanged."""
    cache = tmp_path / "notes.txt"
    cache.write_text("not a database " * 100, "utf-8")
    timeline = ve.build_timeline(ARCHIVE, cache=cache)
    assert "cannot be used as a cache" in timeline.warnings[-1]
    assert cache.read_text("utf-8") == "not a database " * 100
    assert ve.to_json(attrs.evolve(timeline, warnings=timeline.warnings[:-1])) == expected


_WRITER = """
import sys
import vnlao_events as ve
docs = [*ve.bundled_seeds(), *ve.load_documents([sys.argv[2], sys.argv[3]])]
docs = docs[int(sys.argv[4])::2] + docs
for _ in range(3):
    ve.build_timeline(docs, cache=sys.argv[1])
print(ve.to_json(ve.build_timeline(docs, cache=sys.argv[1])))
"""


def test_two_processes_share_a_cache(tmp_path):
    """Two processes writing one cache at once leave it whole and give the same timeline."""
    cache = tmp_path / "mentions.sqlite"
    env = {"PYTHONPATH": str(SRC)}
    args = [str(cache), str(DATA / "dev"), str(DATA / "dev2")]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, *args, start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for start in ("0", "1")
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert outs[0][0] == outs[1][0]
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()
    docs = [*ve.bundled_seeds(), *ve.load_documents([DATA / "dev", DATA / "dev2"])]
    assert outs[0][0].rstrip("\n") == ve.to_json(ve.build_timeline(docs)).rstrip("\n")


# -- JSON of mentions ----------------------------------------------------------------------


def test_every_real_mention_reads_back():
    """Every mention of the real articles survives JSON and back, equal."""
    for record in RECORDS:
        text = codec.encode_mentions(record.mentions)
        assert codec.decode_mentions(text) == list(record.mentions)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON"),  # truncated
        ('{"a": 1}', "expected a list of mentions"),  # not a list
        ('[{"kind": "session", "document": "a", "evidence": 3}]', "expected a Evidence"),
        ('[{"kind": 1}]', "expected str (got 1)"),  # wrong type
        ('[{"kind": "s"}]', "'s' is not a MentionKind"),  # no such kind
        ('[{"kind": "s", "bogus": 1}]', "unknown field 'bogus'"),  # a field we never wrote
        (
            '[{"kind": "session", "document": "a", "evidence": {"document": "a", "start": true,'
            ' "end": 2, "quote": "xy"}}]',
            "expected int (got True)",  # a bool is not an int
        ),
        (
            '[{"kind": "session", "document": "a", "evidence": {"document": "a", "start": 0,'
            ' "end": 2, "quote": "xy"}, "series": "x", "status": "maybe"}]',
            "'maybe' is not a Status",
        ),
        (
            '[{"kind": "session", "document": "a", "evidence": {"document": "a", "start": 0,'
            ' "end": 2, "quote": "xy"}, "series": "x", "published": {"year": 2020, "month": 13}}]',
            "PartialDate",  # the value type's own validator refuses it
        ),
    ],
)
def test_bad_mention_json_is_refused(text, message):
    """JSON that does not fit the mention types is refused, saying where."""
    with pytest.raises(codec.InvalidEntryError, match=re.escape(message)):
        codec.decode_mentions(text)


# -- progress ------------------------------------------------------------------------------


def test_progress_counts_documents_and_sessions():
    """The line gives documents read, sessions found, elapsed and (with a total) time left."""
    stream = io.StringIO()
    progress = Progress(stream, total=40, force=True)
    progress.add(2, [("political-consultation", 7), ("political-consultation", 7), ("x", None)])
    for _ in range(20):
        progress.file_read()
    line = progress.line()
    assert line.startswith("vnlao-events: [" + "#" * 15 + "." * 15 + "] 20/40 files, 2 documents")
    assert "2 sessions found" in line
    assert "left" in line
    progress.close()
    assert stream.getvalue().endswith("\n")


def test_progress_is_quiet_off_a_terminal():
    """Nothing is drawn when the stream is not a terminal."""
    stream = io.StringIO()
    progress = Progress(stream)
    progress.add(3)
    progress.close()
    assert stream.getvalue() == ""
    assert "left" not in progress.line()


def test_a_quick_short_run_draws_nothing():
    """A run of a few files that ends within half a second draws no line at all."""
    stream = io.StringIO()
    progress = Progress(stream, total=3, force=True)
    progress.file_read()
    progress.add(1)
    progress.close()
    assert stream.getvalue() == ""


# -- the command line ----------------------------------------------------------------------


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue()


def test_cli_jobs_and_cache_give_the_same_json(tmp_path, monkeypatch):
    """`timeline --format json --jobs 2 --cache PATH` prints what a plain run prints."""
    monkeypatch.setattr(pool, "CHUNK_BYTES", 20_000)
    files = [str(DATA / "dev"), str(DATA / "dev2")]
    plain = _run("timeline", "--format", "json", "--jobs", "1", *files)
    cache = str(tmp_path / "c.sqlite")
    cold = _run("timeline", "--format", "json", "--jobs", "2", "--cache", cache, *files)
    warm = _run("timeline", "--format", "json", "--cache", cache, *files)
    assert plain == cold == warm
    assert plain[0] == 0


@pytest.mark.parametrize("value", ["0", "two"])
def test_cli_jobs_must_be_a_positive_number(value, capsys):
    """--jobs 0 or --jobs two is a usage error naming the value."""
    assert main(["timeline", "--jobs", value], stdout=io.StringIO()) == 2
    assert repr(value) in capsys.readouterr().err


def test_cli_jsonl_sessions_hold_the_json_sessions():
    """--format jsonl writes one record a line: series heads, then their sessions, the rest."""
    code, text = _run("timeline", "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in text.splitlines()]
    whole = json.loads(_run("timeline", "--format", "json")[1])
    sessions = [r for r in records if r["record"] == "session"]
    assert [{k: v for k, v in r.items() if k not in ("record", "series")} for r in sessions] == [
        s for series in whole["series"] for s in series["sessions"]
    ]
    assert [r["key"] for r in records if r["record"] == "series"] == [
        s["key"] for s in whole["series"]
    ]
    assert len([r for r in records if r["record"] == "event"]) == len(whole["events"])


def test_cli_jsonl_mentions_stream_in_archive_order(tmp_path):
    """--records mentions writes every mention, document by document, decodable."""
    code, text = _run("timeline", "--format", "jsonl", "--records", "mentions", "--jobs", "1")
    assert code == 0
    lines = text.splitlines()
    expected = [m for d in ve.bundled_seeds() for m in ve.extract(d)]
    records = [json.loads(x) for x in lines]
    assert {r["record"] for r in records} == {"mention"}
    decoded = [mention_of_record(r) for r in records]
    assert decoded == expected
    out = tmp_path / "m.jsonl"
    series = "political-consultation"
    assert _run(
        "timeline", "--format", "jsonl", "--records", "mentions", "--series", series, "-o", str(out)
    ) == (0, "")
    kept = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert kept
    assert {m["series"] for m in kept} == {series}


def test_cli_jsonl_mentions_of_nothing_is_exit_status_1(tmp_path):
    """Articles with no mention: nothing written, exit status 1."""
    (tmp_path / "a.txt").write_text("Một bài báo không có phiên họp.", "utf-8")
    assert _run("timeline", "--format", "jsonl", "--records", "mentions", str(tmp_path)) == (1, "")


def test_cli_jsonl_mentions_with_no_readable_document(tmp_path, capsys):
    """No readable article: the one-line error, exit status 2."""
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    assert (
        main(
            ["timeline", "--format", "jsonl", "--records", "mentions", str(tmp_path)],
            stdout=io.StringIO(),
        )
        == 2
    )
    assert "no document could be read" in capsys.readouterr().err


def test_cli_jsonl_mentions_with_a_foreign_cache_warns(tmp_path, capsys):
    """A cache file that is not a database: a warning on stderr, the mentions all the same."""
    bad = tmp_path / "notes.txt"
    bad.write_text("hello " * 200, "utf-8")
    code, text = _run("timeline", "--format", "jsonl", "--records", "mentions", "--cache", str(bad))
    assert code == 0
    assert text
    assert "cannot be used as a cache" in capsys.readouterr().err


def test_impossible_dates_warn_as_in_one_process(tmp_path):
    """A written date that cannot exist ('31/2/2024') warns the same on every path."""
    docs = list(ve.load_documents([DATA / "hostile" / "impossible-dates-vi.txt"]))
    expected = ve.build_timeline(docs)
    assert any("'31/2/2024' (character" in w for w in expected.warnings)
    assert ve.to_json(Extraction.of(docs).timeline()) == ve.to_json(expected)
    cache = tmp_path / "c.sqlite"
    for _ in range(2):  # cold, then warm
        assert ve.to_json(ve.build_timeline(docs, cache=cache)) == ve.to_json(expected)
