"""Cache entries with a keyed digest: a verified entry is built without checking each value.

The property that matters: for any mentions, the trusted decoding gives exactly the values
the checked decoding gives, written against their document or not.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests import strategies as vs

import vnlao_events as ve
from vnlao_events.archive import codec
from vnlao_events.archive.cache import Entry, MentionCache, Source, _checksum

DATA = Path(__file__).parent / "data"
DOCUMENT = "a.txt"
TEXT = "Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ tại Viêng Chăn. " * 3
REAL = [m for d in [*ve.bundled_seeds(), *ve.load_documents([DATA / "dev"])] for m in ve.extract(d)]
DERIVATIONS = sorted({d for m in REAL for d in getattr(m, "derivation", ())}, key=repr)


@st.composite
def _evidence(draw: st.DrawFn, document: str = DOCUMENT) -> ve.Evidence:
    """A span of the text (its quote the text there) or any quote of the right length."""
    start = draw(st.integers(0, len(TEXT)))
    end = draw(st.integers(start, len(TEXT)))
    quote = TEXT[start:end] if draw(st.booleans()) else "x" * (end - start)
    return ve.Evidence(document=document, start=start, end=end, quote=quote)


_DOCUMENTS = st.sampled_from([DOCUMENT, "b.txt"])
_DERIVATIONS = st.lists(st.sampled_from(DERIVATIONS), max_size=3, unique=True)


@st.composite
def _session(draw: st.DrawFn) -> ve.SessionMention:
    document = draw(_DOCUMENTS)
    return ve.SessionMention(
        document=document,
        evidence=draw(_evidence(document)),
        series=draw(st.sampled_from(["intergovernmental-committee", "political-consultation"])),
        ordinal=draw(st.none() | st.integers(1, 200)),
        status=draw(st.sampled_from(list(ve.Status))),
        date=draw(st.none() | vs.whens()),
        place=draw(st.none() | vs.places()),
        co_chairs=tuple(draw(st.lists(vs.participants, max_size=2))),
        participants=tuple(draw(st.lists(vs.participants, max_size=2))),
        derivation=tuple(draw(_DERIVATIONS)),
        published=draw(st.none() | vs.partial_dates()),
        not_before=draw(st.none() | vs.days),
    )


@st.composite
def _event(draw: st.DrawFn) -> ve.EventMention:
    document = draw(_DOCUMENTS)
    event = attrs.evolve(
        draw(vs.events()),
        evidence=tuple(draw(st.lists(_evidence(document), max_size=2))),
        derivation=tuple(draw(_DERIVATIONS)),
    )
    return ve.EventMention(
        document=document,
        evidence=draw(_evidence(document)),
        event=event,
        published=draw(st.none() | vs.partial_dates()),
    )


@st.composite
def _period(draw: st.DrawFn) -> ve.PeriodMention:
    document = draw(_DOCUMENTS)
    first = draw(vs.years)
    period = ve.Period(
        name=draw(vs.text),
        start_year=first,
        end_year=first + draw(st.integers(0, 10)),
        evidence=tuple(draw(st.lists(_evidence(document), max_size=2))),
    )
    return ve.PeriodMention(document=document, evidence=draw(_evidence(document)), period=period)


@st.composite
def _anniversary(draw: st.DrawFn) -> ve.AnniversaryMention:
    document = draw(_DOCUMENTS)
    year, nth = draw(vs.years), draw(st.integers(1, 100))
    day = draw(st.none() | st.integers(0, 364))
    anniversary = ve.Anniversary(
        name=draw(vs.text),
        nth=nth,
        year=year,
        evidence=tuple(draw(st.lists(_evidence(document), max_size=1))),
        origin_date=None if day is None else date(year - nth, 1, 1) + timedelta(days=day),
    )
    return ve.AnniversaryMention(
        document=document, evidence=draw(_evidence(document)), anniversary=anniversary
    )


MENTIONS = st.lists(st.one_of(_session(), _event(), _period(), _anniversary()), max_size=6)


@settings(max_examples=200, deadline=None)
@given(mentions=MENTIONS, warnings=st.lists(vs.text, max_size=2), against=st.booleans())
def test_trusted_decoding_gives_the_checked_values(mentions, warnings, against):
    """For any mentions, the trusted decoding equals the checked one, exactly."""
    document = (DOCUMENT, TEXT) if against else None
    entry = codec.encode_entry(mentions, warnings, document)
    checked = codec.decode_entry(entry, document)
    trusted = codec.decode_trusted(entry, document)
    assert trusted == checked
    assert trusted == (mentions, tuple(warnings))
    assert [type(m) for m in trusted[0]] == [type(m) for m in mentions]


def test_every_real_mention_reads_back_trusted():
    """The mentions of the real articles, trusted, are the mentions, of the same types."""
    entry = codec.encode_entry(REAL)
    assert codec.decode_trusted(entry) == (REAL, ())
    fields = [attrs.astuple(m, recurse=False) for m in codec.decode_trusted(entry)[0]]
    assert fields == [attrs.astuple(m, recurse=False) for m in REAL]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('[{"kind": "session", "evidence": {"start": 0, "end": 2}, "series": "x"}]', "document"),
        ('[{"kind": "session", "document": "a"}]', "missing field 'evidence'"),
        ('{"mentions": [], "warnings": [1]}', "expected a list of strings"),
        ('[{"kind": "nothing"}]', "is not a MentionKind"),
    ],
)
def test_what_the_builders_cannot_read_is_said_by_the_checked_reader(entry, message):
    """A value not as this library writes it is refused with the checked reader's message."""
    with pytest.raises(codec.InvalidEntryError, match=message):
        codec.decode_trusted(entry)


def test_an_entry_of_another_key_is_not_trusted(tmp_path):
    """The digest is keyed: an entry copied under another document's key is refused."""
    docs = ve.bundled_seeds()[:2]
    path = tmp_path / "c.sqlite"
    with MentionCache(path, ve.Catalogue.default()) as store:
        keys = [store.key(d) for d in docs]
        store.put({k: tuple(ve.extract(d)) for k, d in zip(keys, docs, strict=True)})
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT checksum, mentions FROM vnlao_mentions WHERE key = ?", keys[:1])
        db.execute(
            "UPDATE vnlao_mentions SET checksum = ?, mentions = ? WHERE key = ?",
            (*row.fetchone(), keys[1]),
        )
    db.close()
    with MentionCache(path, ve.Catalogue.default()) as store:
        assert store.get(keys[1], docs[1].id) is None
        assert "its checksum does not match" in store.warnings[0]
        assert store.get(keys[0], docs[0].id) == tuple(ve.extract(docs[0]))


@pytest.mark.parametrize(
    ("head", "why"),
    [
        ("{", "not JSON"),
        ('{"digest": "a"}', "not a digest, url and warnings"),
        ('{"digest": 1, "url": null, "warnings": []}', "digest or url is not a string"),
        ('{"digest": "a", "url": 2, "warnings": []}', "digest or url is not a string"),
        ('{"digest": "a", "url": null, "warnings": [1]}', "warnings are not strings"),
        ('{"digest": "a", "url": null, "warnings": [], "repeat": 1}', "repeat is not true"),
    ],
)
def test_a_file_entry_with_a_bad_source_is_refused(tmp_path, head, why):
    """What a file's document was must read back whole, even under a digest that holds."""
    doc = ve.bundled_seeds()[0]
    path = tmp_path / "c.sqlite"
    with MentionCache(path, ve.Catalogue.default()) as store:
        key = store.key(doc)
        store.put({key: Entry(mentions=(), source=Source(digest="a"))})
        (text,) = store._db.execute("SELECT mentions FROM vnlao_mentions").fetchone()
        assert text.startswith('{"digest":"a","url":null,"warnings":[]}\n')
        text = head + "\n" + text.split("\n", 1)[1]
        checksum = _checksum(store._secret, key, text)
        store._db.execute("UPDATE vnlao_mentions SET checksum = ?, mentions = ?", (checksum, text))
        assert store.get_many([(key, doc)]) == {}
        assert why in store.warnings[0]
    with pytest.raises(codec.InvalidEntryError, match=why):
        Source.of(json.loads(head)) if head != "{" else Source.decode(head)


def test_a_repeat_source_reads_back():
    """A file that repeated another's text keeps only that, and says so."""
    source = Source(digest="ab", url=None, warnings=("w",), repeat=True)
    assert Source.decode(source.encode()) == source
    assert '"repeat":true' in source.encode()
