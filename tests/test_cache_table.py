"""The cache's table form (``mentions/6``): each value once, by position, children first.

The properties that matter: for any mentions the fast builders give exactly the mentions,
and exactly what the checked reader gives; equal values are written and built once; and an
entry whose digest holds but whose table does not read is refused with a warning, never
trusted, the document read again.
"""

from __future__ import annotations

import json
import sqlite3

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests import strategies as vs
from tests.test_cache_trusted import DOCUMENT, MENTIONS, REAL, TEXT

import vnlao_events as ve
from vnlao_events.archive import codec
from vnlao_events.archive.cache import FORMAT, MentionCache, _checksum

AGAINST = (DOCUMENT, TEXT)


def _number(cls: type) -> int:
    return codec._table_classes().index(cls)


@settings(max_examples=200, deadline=None)
@given(mentions=MENTIONS, warnings=st.lists(vs.text, max_size=2), against=st.booleans())
def test_the_table_reads_back_as_the_checked_reader_reads_it(mentions, warnings, against):
    """For any mentions, built fast or checked, the table gives the mentions, exactly."""
    document = AGAINST if against else None
    entry = codec.encode_table(mentions, warnings, document)
    fast = codec.decode_table(entry, document)
    checked = codec.decode_table_checked(json.loads(entry), document)
    assert fast == checked == (mentions, tuple(warnings))
    assert [type(m) for m in fast[0]] == [type(m) for m in mentions]
    assert fast == codec.decode_trusted(codec.encode_entry(mentions, warnings, document), document)


def test_every_real_mention_reads_back_from_the_table():
    """The real articles' mentions, of the same types, field by field."""
    mentions, warnings = codec.decode_table(codec.encode_table(REAL))
    assert (mentions, warnings) == (REAL, ())
    fields = [attrs.astuple(m, recurse=False) for m in mentions]
    assert fields == [attrs.astuple(m, recurse=False) for m in REAL]


def test_equal_values_are_written_and_built_once():
    """A place met twice is one row and one value; two equal mentions are one row too."""
    place = ve.Place(city="Viêng Chăn", country="LA")
    one, two = (
        ve.SessionMention(
            document=DOCUMENT,
            series="intergovernmental-committee",
            ordinal=ordinal,
            place=place,
            evidence=ve.Evidence(document=DOCUMENT, start=0, end=4, quote=TEXT[:4]),
        )
        for ordinal in (41, 42)
    )
    entry = codec.encode_table([one, two, one], against=AGAINST)
    rows, roots, _ = json.loads(entry)
    assert [row[0] for row in rows].count(_number(ve.Place)) == 1
    assert len(roots) == 3
    assert roots[0] == roots[2] != roots[1]
    mentions, _ = codec.decode_table(entry, AGAINST)
    assert mentions == [one, two, one]
    assert mentions[0].place is mentions[1].place
    assert '"Kỳ' not in entry  # given back by the document
    assert DOCUMENT not in entry


def test_the_table_is_shorter_than_the_objects():
    """Positions instead of field names, each value once: a third shorter at least."""
    table = codec.encode_table(REAL)
    assert len(table) < len(codec.encode_entry(REAL)) * 2 / 3


_SESSION = [_number(ve.SessionMention), None, 0, "x", None, "held-or-planned"]
_SESSION += [None, None, [], [], [], None, None]
_EVIDENCE = [_number(ve.Evidence), None, 0, 2, None]
_PLACE = [_number(ve.Place), None, "Viêng Chăn", None, "LA", False, None, None, None]


def _entry(*rows: list[object], roots: object = (1,), warnings: object = ()) -> list[object]:
    return [list(rows), list(roots) if isinstance(roots, tuple) else roots, list(warnings)]


def _with(row: list[object], at: int, value: object) -> list[object]:
    return [*row[:at], value, *row[at + 1 :]]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"mentions": [], "warnings": []}, "expected a list of values, mentions and warnings"),
        ([[], {}, []], "expected a list of values and a list of mentions"),
        (_entry(_EVIDENCE, _SESSION, warnings=[1]), "warnings: expected a list of strings"),
        (_entry(["x"], roots=()), "values[0]: expected a type's number"),
        (_entry([99], roots=()), "values[0]: 99 is not a type's number"),
        (_entry(_EVIDENCE[:3], _SESSION), "values[0]: Evidence has 4 fields (got 2)"),
        (_entry(_SESSION, _EVIDENCE, roots=(0,)), "values[0].evidence: 0 is not the number"),
        (_entry(_EVIDENCE, _with(_SESSION, 2, -1)), "values[1].evidence: -1 is not the number"),
        (_entry(_EVIDENCE, _with(_SESSION, 2, True)), "values[1].evidence: True is not the"),
        (_entry(_EVIDENCE, _with(_SESSION, 8, [7])), "values[1].co_chairs: 7 is not the"),
        (_entry(_EVIDENCE, _with(_SESSION, 8, 0)), "values[1].co_chairs: expected a list"),
        (_entry(_EVIDENCE, _SESSION, roots=(0,)), "mentions[0]: value 0 is not a mention"),
        (_entry(_EVIDENCE, _SESSION, roots=(2,)), "mentions[0]: 2 is not the number"),
        (_entry(_EVIDENCE, _SESSION, roots="1"), "expected a list of values and a list"),
        (_entry(_EVIDENCE, _with(_SESSION, 3, 5)), "[0].series: expected str (got 5)"),
        (_entry(_EVIDENCE, _with(_SESSION, 5, "sometime")), "'sometime' is not a Status"),
        (_entry(_PLACE, _EVIDENCE, _SESSION, roots=(2,)), "Evidence: unknown field 'city'"),
        (_entry(_with(_EVIDENCE, 3, 999), _SESSION), "quote: expected str (got None)"),
        (_entry(_with(_EVIDENCE, 2, 5), _SESSION), "quote: expected str (got None)"),  # backwards
        (_entry(_with(_EVIDENCE, 2, "0"), _SESSION), "start: expected int"),
        (_entry(_with(_EVIDENCE, 4, 3), _SESSION), "quote: expected str (got 3)"),
        (_entry(_with(_EVIDENCE, 1, "b.txt"), _SESSION), "Evidence: missing field 'quote'"),
    ],
)
def test_a_table_that_does_not_read_is_refused_saying_why(entry, message):
    """Whatever the builders cannot read, the checked reader refuses, naming the place."""
    with pytest.raises(codec.InvalidEntryError) as error:
        codec.decode_table(json.dumps(entry), AGAINST)
    assert message in str(error.value)
    with pytest.raises(codec.InvalidEntryError):
        codec.decode_table_checked(entry, AGAINST)


def test_a_table_read_without_its_document_is_refused():
    """Ids and quotes left out are given back by the document only: without it, refused."""
    entry = json.dumps(_entry(_EVIDENCE, _SESSION))
    assert codec.decode_table(entry, AGAINST)[0][0].evidence.quote == TEXT[:2]
    with pytest.raises(codec.InvalidEntryError, match="missing field 'document'"):
        codec.decode_table(entry)
    with pytest.raises(codec.InvalidEntryError, match="not JSON"):
        codec.decode_table(entry[:-1], AGAINST)


@pytest.mark.parametrize(
    ("table", "why"),
    [
        (json.dumps(_entry(_SESSION, _EVIDENCE, roots=(0,))), "is not the number of an earlier"),
        (json.dumps(_entry(_EVIDENCE, _with(_SESSION, 3, 5))), "series: expected str"),
        ('[[], [], ["cut', "not JSON"),  # cut short, yet under a digest that holds
    ],
)
def test_an_entry_whose_digest_holds_but_does_not_read_is_read_again(tmp_path, table, why):
    """Even under a digest that holds, a table that does not read is a warning, not a value."""
    doc = ve.bundled_seeds()[0]
    path = tmp_path / "c.sqlite"
    with MentionCache(path, ve.Catalogue.default()) as store:
        key = store.key(doc)
        store.put({key: tuple(ve.extract(doc))}, {key: doc})
        checksum = _checksum(store._secret, key, table)
        store._db.execute("UPDATE vnlao_mentions SET checksum = ?, mentions = ?", (checksum, table))
        assert store.get_many([(key, doc)]) == {}
        assert why in store.warnings[0]
    timeline = ve.build_timeline([doc], cache=path)
    assert any("is not used" in w for w in timeline.warnings)
    assert ve.to_json(attrs.evolve(timeline, warnings=())) == ve.to_json(ve.build_timeline([doc]))


def test_an_entry_of_the_previous_format_is_read_again(tmp_path):
    """A cache written as mentions/5 is ignored with a warning and the document re-read."""
    doc = ve.bundled_seeds()[0]
    path = tmp_path / "c.sqlite"
    mentions = tuple(ve.extract(doc))
    with MentionCache(path, ve.Catalogue.default()) as store:
        key = store.key(doc)
        store.put({key: mentions}, {key: doc})
        old = codec.encode_entry(mentions, (), (doc.id, doc.text))
        checksum = _checksum(store._secret, key, old)
        store._db.execute(
            "UPDATE vnlao_mentions SET format = ?, checksum = ?, mentions = ?",
            ("vnlao-events.mentions/5", checksum, old),
        )
        assert store.get_many([(key, doc)]) == {}
        assert "written as 'vnlao-events.mentions/5'" in store.warnings[0]
    assert FORMAT == "vnlao-events.mentions/6"
    with sqlite3.connect(path) as db:  # read again, then written anew in this format
        ve.build_timeline([doc], cache=path)
        (form,) = db.execute("SELECT format FROM vnlao_mentions").fetchone()
    db.close()
    assert form == FORMAT
