"""The cache codec's readers of plain unions (``int | str``, ``int | None``): type alone decides."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events.archive import codec

JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=5)
)


@pytest.mark.parametrize(
    ("hint", "allowed"),
    [
        (int | str, (int, str)),
        (int | None, (int, type(None))),
        (str | None, (str, type(None))),
        (bool | int | str, (bool, int, str)),
    ],
)
@given(value=JSON_SCALARS)
def test_plain_union_takes_exactly_its_types(hint, allowed, value):
    """A value is read as itself when its type is one of the union's, else refused."""
    read = codec._reader(hint)
    if type(value) in allowed:
        assert read(value) is value
    else:
        with pytest.raises(codec._BadValueError, match="expected"):
            read(value)


def _with_param(value: object) -> str:
    derivation = ve.Derivation.of(ve.Rule.DURATION, days=2, day="2022-12-20")
    mention = ve.SessionMention(
        document="a.txt",
        series="x",
        evidence=ve.Evidence(document="a.txt", start=0, end=1, quote="x"),
        derivation=(derivation,),
    )
    data = json.loads(codec.encode_mentions([mention]))
    data[0]["derivation"][0]["params"][1][1] = value  # "days", in sorted order
    return json.dumps(data)


@pytest.mark.parametrize("value", [True, 2.0, None, [2], {"n": 2}])
def test_a_parameter_of_another_type_is_refused(value):
    """A derivation parameter is a whole number or a string: a bool or a float is not one."""
    with pytest.raises(codec.InvalidEntryError, match=r"params\[1\]\[1\]: expected int or str"):
        codec.decode_mentions(_with_param(value))


@pytest.mark.parametrize("value", [2, "2"])
def test_a_parameter_of_its_type_is_read(value):
    """The same entry with an int or a string parameter reads back as written."""
    (mention,) = codec.decode_mentions(_with_param(value))
    assert mention.derivation[0].param("days") == value


def _entry_data() -> list[dict[str, object]]:
    docs = [*ve.bundled_seeds()]
    mentions = [m for d in docs for m in ve.extract(d)]
    return json.loads(codec.encode_mentions(mentions))


ENTRY = _entry_data()
DAMAGE = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 2), st.text(max_size=3), st.just([]), st.just({})
)


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place inside a JSON value, as keys and indexes from the top."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*path, index))
    return out


def _outcome(read, data):
    try:
        return ("read", read(data))
    except codec._BadValueError as bad:
        return ("refused", bad.message, "".join(reversed(bad.path)))


@given(
    which=st.integers(0, len(ENTRY) - 1),
    where=st.integers(0, 10_000),
    damage=DAMAGE,
    remove=st.booleans(),
)
def test_the_written_reader_reads_as_the_field_by_field_one(which, where, damage, remove):
    """A damaged mention reads as the field-by-field reader reads it, or is refused alike.

    Any value put anywhere in a mention, or any field taken out: the same value, or the
    same message at the same place.
    """
    original = ENTRY[which]
    cls = codec.MENTION_TYPES[ve.MentionKind(original["kind"])]
    data = {k: v for k, v in json.loads(json.dumps(original)).items() if k != "kind"}
    places = [p for p in _paths(data) if p]
    path = places[where % len(places)]
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if remove and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = damage
    assert _outcome(codec._generated_reader(cls), data) == _outcome(codec._attrs_reader(cls), data)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Kỳ họp lần thứ 42 Ủy ban liên Chính phủ"},
        {"text": "The 42nd session of the Intergovernmental Committee"},
        {"id": "b.txt"},
        {"url": "https://example.org/a"},
        {"title": "Kỳ họp"},
        {"published": ve.PartialDate(2019, 1, 7)},
    ],
)
def test_a_changed_document_has_another_key(tmp_path, change):
    """Any field the key is made of, changed, is a miss: never another document's entry."""
    import attrs

    from vnlao_events.archive.cache import MentionCache
    from vnlao_events.archive.extraction import text_digest

    doc = ve.Document(id="a.txt", text="Kỳ họp lần thứ 41", published=ve.PartialDate(2019, 1, 6))
    other = attrs.evolve(doc, **change)
    with MentionCache(tmp_path / "c.sqlite", ve.Catalogue.default()) as store:
        assert store.key(doc) == store.key(doc, text_digest(doc))
        assert store.key(other) != store.key(doc)
