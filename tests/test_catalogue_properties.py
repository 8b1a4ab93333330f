"""Properties of any catalogue a user may write (``tests/strategies.py``)."""

from __future__ import annotations

import jsonschema
from hypothesis import given, settings
from tests.strategies import catalogue_tables

import vnlao_events as ve
from vnlao_events._catalogue import catalogue_schema
from vnlao_events._cli_catalogue import toml_entry

SCHEMA = catalogue_schema()


def _toml(tables: dict[str, dict[str, dict[str, object]]]) -> str:
    return 'schema = "vnlao-events.catalogue/1"\n\n' + "\n".join(
        toml_entry("mechanisms", key, entry) for key, entry in tables["mechanisms"].items()
    )


@settings(max_examples=60, deadline=None)
@given(catalogue_tables())
def test_any_catalogue_loads_round_trips_and_is_found(tables):
    """A generated catalogue loads, round-trips through its JSON Schema, and finds its series."""
    jsonschema.validate(tables, SCHEMA)
    catalogue = ve.Catalogue.from_toml(_toml(tables), "gen.toml")
    data = catalogue.to_dict()
    jsonschema.validate(data, SCHEMA)
    again = ve.Catalogue.from_dict(data)
    assert again.mechanisms == catalogue.mechanisms
    assert again.places == catalogue.places
    for key, entry in tables["mechanisms"].items():
        aliases = entry["aliases"]
        texts = []
        if "en" in aliases:
            texts.append(f"The 3rd {aliases['en'][0]} took place on 5 May 2024.")
        if "vi" in aliases:
            texts.append(f"Ngày 5/5/2024, {aliases['vi'][0]} lần thứ 3 đã diễn ra.")
        for text in texts:
            document = ve.Document.from_text(text, id="d.txt", published="2024-05-06")
            found = {(m.series, m.ordinal) for m in ve.extract(document, catalogue)}
            assert (key, 3) in found, text
