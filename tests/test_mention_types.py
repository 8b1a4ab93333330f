"""Mentions as a union of small types, derivations as values, in the cache and JSON Lines."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import date

import attrs
import pytest

import vnlao_events as ve
from vnlao_events.archive import codec
from vnlao_events.archive.cache import FORMAT, MentionCache
from vnlao_events.export.jsonl import mention_of_record, mention_record

EVIDENCE = {"document": "a.txt", "start": 0, "end": 2, "quote": "xy"}
OLD_FORMAT = "vnlao-events.mentions/2"


def _doc(text: str, published: str | None = None) -> ve.Document:
    return ve.Document(
        id="a.txt", text=text, published=ve.PartialDate.parse_iso(published) if published else None
    )


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ Việt Nam - Lào.", None),
        ("The 41st meeting of the Vietnam-Laos Intergovernmental Committee was held on"
         " January 6, 2019.", None),
    ],
)  # fmt: skip
def test_extract_gives_a_session_mention_of_its_own_type(text, published):
    """A session is a SessionMention: series, ordinal and status, with no event fields."""
    (mention,) = ve.extract(_doc(text, published))
    assert isinstance(mention, ve.SessionMention)
    assert mention.kind is ve.MentionKind.SESSION
    assert (mention.series, mention.ordinal, mention.status) == (
        "intergovernmental-committee",
        41,
        ve.Status.HELD,
    )
    assert not hasattr(mention, "event")


def test_every_kind_of_the_seeds_has_its_type():
    """Events, periods and anniversaries are each their own type; each kind's type is one."""
    kinds: dict[ve.MentionKind, set[type]] = {}
    for mention in ve.extract_all(ve.bundled_seeds()):
        kinds.setdefault(mention.kind, set()).add(type(mention))
    assert kinds == {
        ve.MentionKind.SESSION: {ve.SessionMention},
        ve.MentionKind.EVENT: {ve.EventMention},
        ve.MentionKind.PERIOD: {ve.PeriodMention},
        ve.MentionKind.ANNIVERSARY: {ve.AnniversaryMention},
    }


@pytest.mark.parametrize(
    ("text", "published", "rule"),
    [
        ("Kỳ họp lần thứ 47 Ủy ban liên Chính phủ sẽ diễn ra tại Hà Nội.", "2024-05-02",
         ve.Rule.ANNOUNCED),
        ("The 47th meeting of the Vietnam-Laos Intergovernmental Committee will take place in"
         " Hanoi.", "2024-05-02", ve.Rule.ANNOUNCED),
    ],
)  # fmt: skip
def test_an_announcement_bounds_the_session_by_a_day(text, published, rule):
    """not_before is a day (as a Session's), and the derivation a value naming its rule."""
    (mention,) = ve.extract(_doc(text, published))
    assert mention.status is ve.Status.PLANNED
    assert mention.not_before == date(2024, 5, 2)
    (derivation,) = mention.derivation
    assert isinstance(derivation, ve.Derivation)
    assert derivation.rule is rule
    assert derivation.param("published") == published
    assert derivation.render("vi") != derivation.render("en")


@pytest.mark.parametrize(
    ("text", "rule", "params"),
    [
        ("Ngày 30/11, Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới đã diễn"
         " ra tại Hà Nội.", ve.Rule.DATE_NO_YEAR, {"expression": "'30/11'"}),
        ("On November 30, the 30th annual meeting between Vietnamese and Lao border delegations"
         " was held in Hanoi.", ve.Rule.DATE_NO_YEAR, {"expression": "'November 30'"}),
    ],
)  # fmt: skip
def test_a_date_with_no_year_says_so_as_a_value(text, rule, params):
    """How a date's year was found is a rule and parameters, not a line read back."""
    (mention,) = ve.extract(_doc(text))
    assert [(d.rule, d.arguments) for d in mention.derivation] == [(rule, params)]


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        ("Sáng 25/11, Kỳ họp lần thứ 45 Ủy ban liên Chính phủ đã diễn ra tại Hà Nội.",
         "2022-12-01", 2022),
        ("On November 25, the 45th meeting of the Vietnam-Laos Intergovernmental Committee was"
         " held in Hanoi.", "2022-12-01", 2022),
    ],
)  # fmt: skip
def test_the_published_year_is_a_value_with_its_tense(text, published, year):
    """A yearless day placed by the published date: the year and the tense as parameters."""
    (mention,) = ve.extract(_doc(text, published))
    (derivation,) = mention.derivation
    assert derivation.rule is ve.Rule.DATE_PUBLISHED_YEAR
    assert derivation.param("year") == year
    assert derivation.param("tense") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Trong 10 tháng đầu năm 2022, thương mại tăng. Sáng 25/11, Kỳ họp lần thứ 45 Ủy ban liên"
        " Chính phủ đã diễn ra tại Hà Nội.",
        "In the first 10 months of 2022, trade grew. On November 25, the 45th meeting of the"
        " Vietnam-Laos Intergovernmental Committee was held in Hanoi.",
    ],
)
def test_the_documents_own_year_is_a_value_too(text):
    """A document with no published date: the clue that fixed its year, as values."""
    (mention,) = [m for m in ve.extract(_doc(text)) if isinstance(m, ve.SessionMention)]
    rules = [d.rule for d in mention.derivation]
    assert rules == [ve.Rule.DATE_CONTENT_MONTHS, ve.Rule.DOCUMENT_YEAR_MONTHS]
    assert mention.derivation[1].param("clue_year") == 2022
    assert mention.date.format_iso() == "2022-11-25"


def test_nothing_in_extraction_reads_english_lines_back(monkeypatch):
    """Extraction and assembly never parse their own derivations."""

    def refuse(line: str) -> ve.Derivation:
        raise AssertionError(f"parsed {line!r}")

    monkeypatch.setattr(ve.Derivation, "parse", staticmethod(refuse))
    docs = ve.bundled_seeds()
    timeline = ve.build_timeline(docs)
    assert any(s.derivation for s in timeline.sessions())


def test_a_mention_refuses_lines_for_derivations():
    """A derivation must be a value: an English line is refused."""
    with pytest.raises(TypeError, match="Derivation values"):
        ve.SessionMention(
            document="a",
            evidence=ve.Evidence(**EVIDENCE),
            series="x",
            derivation=["reported without a tense ('diễn ra') for given days"],
        )


def test_a_session_mention_never_has_no_status():
    """Unknown status is HELD_OR_PLANNED, never None."""
    with pytest.raises(ValueError, match="None"):
        ve.SessionMention(document="a", evidence=ve.Evidence(**EVIDENCE), series="x", status=None)


# -- the cache: entries of the previous shape ----------------------------------------------

_OLD_SESSION = {
    "kind": "session",
    "document": "a.txt",
    "evidence": EVIDENCE,
    "series": "intergovernmental-committee",
    "ordinal": 41,
    "status": "held",
}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({**_OLD_SESSION, "derivation": ["reported without a tense ('diễn ra') for given days"]},
         "expected a Derivation object"),  # derivations as English lines
        ({**_OLD_SESSION, "status": "planned", "not_before": {"earliest": "2024-05-01",
          "latest": "2024-05-31", "precision": "month"}}, "expected an ISO date"),  # a window
        ({**_OLD_SESSION, "status": None}, "None is not a Status"),  # unknown as null
        ({"kind": "event", "document": "a.txt", "evidence": EVIDENCE,
          "date": {"window": {"earliest": "2024-01-05", "latest": "2024-01-05",
                              "precision": "day"}},
          "event": {"kind": "reception", "summary": "Reception"}},
         "EventMention: unknown field 'date'"),  # the event's fields beside the event
    ],
)  # fmt: skip
def test_an_entry_of_the_old_shape_is_refused(entry, message):
    """What the previous release wrote and now means something else is never trusted."""
    with pytest.raises(codec.InvalidEntryError, match=message):
        codec.decode_mentions(json.dumps([entry]))


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (_OLD_SESSION, ve.SessionMention(document="a.txt", evidence=ve.Evidence(**EVIDENCE),
                                         series="intergovernmental-committee", ordinal=41,
                                         status=ve.Status.HELD)),
        ({k: v for k, v in _OLD_SESSION.items() if k != "status"},  # None was left out
         ve.SessionMention(document="a.txt", evidence=ve.Evidence(**EVIDENCE),
                           series="intergovernmental-committee", ordinal=41)),
        ({"kind": "period", "document": "a.txt", "evidence": EVIDENCE,
          "period": {"name": "Plan", "start_year": 2021, "end_year": 2025}},
         ve.PeriodMention(document="a.txt", evidence=ve.Evidence(**EVIDENCE),
                          period=ve.Period(name="Plan", start_year=2021, end_year=2025))),
        ({"kind": "anniversary", "document": "a.txt", "evidence": EVIDENCE,
          "anniversary": {"name": "ties", "nth": 60, "year": 2022}},
         ve.AnniversaryMention(document="a.txt", evidence=ve.Evidence(**EVIDENCE),
                               anniversary=ve.Anniversary(name="ties", nth=60, year=2022))),
    ],
)  # fmt: skip
def test_an_entry_of_the_old_shape_that_fits_reads_as_it_meant(entry, expected):
    """An old entry that fits the types means what it meant: read correctly."""
    assert codec.decode_mentions(json.dumps([entry])) == [expected]


def test_a_cached_entry_of_the_previous_format_is_read_again(tmp_path):
    """An entry written as mentions/2 is ignored with a warning and the document re-read."""
    doc = ve.bundled_seeds()[0]
    path = tmp_path / "mentions.sqlite"
    old = json.dumps([{**_OLD_SESSION, "document": doc.id,
                       "evidence": {**EVIDENCE, "document": doc.id}}])  # fmt: skip
    with MentionCache(path, ve.Catalogue.default()) as store:
        key = store.key(doc)
        store.put({key: ()})
    with sqlite3.connect(path) as db:
        checksum = hashlib.sha256(f"{key}\n{old}".encode()).hexdigest()
        db.execute(
            "UPDATE vnlao_mentions SET format = ?, checksum = ?, mentions = ?",
            (OLD_FORMAT, checksum, old),
        )
    db.close()
    assert FORMAT != OLD_FORMAT
    with MentionCache(path, ve.Catalogue.default()) as store:
        assert store.get(key, doc.id) is None
        assert f"written as {OLD_FORMAT!r}" in store.warnings[0]
    timeline = ve.build_timeline([doc], cache=path)
    assert any("is not used" in w for w in timeline.warnings)
    assert ve.to_json(attrs.evolve(timeline, warnings=())) == ve.to_json(ve.build_timeline([doc]))


def test_the_cache_codec_reads_back_every_type():
    """Each type, derivations as values included, survives the cache codec."""
    docs = [*ve.bundled_seeds()]
    mentions = [m for d in docs for m in ve.extract(d)]
    assert {m.kind for m in mentions} == set(ve.MentionKind)
    assert codec.decode_mentions(codec.encode_mentions(mentions)) == mentions


# -- JSON Lines of mentions: the fields of today, for every kind ---------------------------

_RECORD_KEYS = [
    "kind", "document", "evidence", "series", "ordinal", "status", "date", "place", "co_chairs",
    "participants", "derivation", "derivations", "published", "event", "period", "anniversary",
    "not_before",
]  # fmt: skip


def test_every_kind_has_the_same_record_fields():
    """Each kind's line has every field (those of other kinds null or empty), in one order."""
    for mention in ve.extract_all(ve.bundled_seeds()):
        record = mention_record(mention)
        assert list(record) == _RECORD_KEYS
        assert record["kind"] == mention.kind.value
        assert mention_of_record(record) == mention
        if not isinstance(mention, ve.SessionMention):
            assert record["status"] is None
            assert record["series"] is None
            assert record["not_before"] is None


def test_an_event_record_gives_the_events_own_fields():
    """An event's date, place, people and derivation are the event's, as before."""
    events = [m for m in ve.extract_all(ve.bundled_seeds()) if isinstance(m, ve.EventMention)]
    assert events
    for mention in events:
        record = mention_record(mention)
        assert record["date"] == codec.encode_value(mention.event.date)
        assert record["place"] == codec.encode_value(mention.event.place)
        assert record["participants"] == codec.encode_value(mention.event.participants)
        assert record["derivation"] == [str(d) for d in mention.event.derivation]


def test_a_session_record_says_unknown_and_not_before_as_a_session_does():
    """Unknown status is 'held-or-planned' rather than null; not_before an ISO day."""
    doc = _doc("Kỳ họp lần thứ 47 Ủy ban liên Chính phủ sẽ diễn ra tại Hà Nội.", "2024-05-02")
    (record,) = [mention_record(m) for m in ve.extract(doc)]
    assert record["not_before"] == "2024-05-02"
    assert record["derivation"] == [
        "announced in an article published 2024-05-02 as still to come: on or after that date"
    ]
    assert record["derivations"] == [
        {
            "rule": "announced",
            "params": {"published": "2024-05-02"},
            "facts": [],
            "text": record["derivation"][0],  # the English text beside the value
        }
    ]
    quiet = _doc(
        "Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới diễn ra tại Hà Nội."
    )
    (unknown,) = [mention_record(m) for m in ve.extract(quiet)]
    assert unknown["status"] == "held-or-planned"


def _as_written_before(mention: ve.Mention) -> dict[str, object]:
    """Today's record in the previous release's terms, the meanings that changed mapped back.

    A session mention's unknown status was ``null`` and its ``not_before`` the published
    day's window; ``derivations`` is new; an event mention's lines were the event's own
    plus, in a document with no published date, how the document's year was found.
    """
    record = {"record": "mention", **mention_record(mention)}
    del record["derivations"]
    if isinstance(mention, ve.SessionMention):
        if mention.status is ve.Status.HELD_OR_PLANNED:
            record["status"] = None  # or "held-or-planned": see the caller
        if mention.not_before is not None:
            day = mention.not_before.isoformat()
            record["not_before"] = {"earliest": day, "latest": day, "precision": "day"}
    return record


def test_mention_lines_are_those_of_the_previous_release(data_dir):
    """The seeds' mention lines are the previous release's but for the documented changes.

    Those are: unknown status, not_before as a day, the new derivations, and the photo
    captions whose credit stands after a stop ("Toàn cảnh Hội nghị. Ảnh: VOV"), which are
    read as sentences of their own now: each is a session held, with no date of its own.
    """
    path = data_dir / "pinned" / "mentions-seeds-0.1.jsonl"
    before = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    now = [m for d in ve.bundled_seeds() for m in ve.extract(d)]
    captions = [
        m
        for m in now
        if isinstance(m, ve.SessionMention) and re.search(r"\. Ảnh: \w+$", m.evidence.quote)
    ]
    assert [(m.status.value, m.date) for m in captions] == [("held", None)]
    now = [m for m in now if m not in captions]
    assert len(now) == len(before)
    for old, mention in zip(before, now, strict=True):
        record = _as_written_before(mention)
        if old["status"] == "held-or-planned":
            record["status"] = "held-or-planned"  # the two unknowns are one now
        if isinstance(mention, ve.EventMention):
            notes = [d for d in old["derivation"] if d.startswith("document year ")]
            record["derivation"] = [*record["derivation"], *notes]  # not the event's own
        assert record == old
