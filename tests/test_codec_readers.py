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
