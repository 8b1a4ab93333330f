"""Properties over the whole surface: any input, and facts that survive messy encodings.

The number of examples comes from the hypothesis profile chosen in ``conftest.py``: at
least 2,000 each when ``CI=true``, fewer on a workstation.
"""

from __future__ import annotations

import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.strategies import header_values, hostile_texts, news_sentences, sprinkled

import vnlao_events as ve

SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _export_all(timeline: ve.Timeline) -> None:
    ve.from_json(ve.to_json(timeline))
    ve.to_csv(timeline)
    ve.from_ics(ve.to_ics(timeline))


@SLOW
@given(hostile_texts)
def test_any_text_goes_through_every_exporter(text):
    """Any text through build_timeline, JSON, CSV and .ics raises only the library's errors."""
    try:
        document = ve.Document(id="x", text=text)
        _export_all(ve.build_timeline([document]))
    except ve.VnlaoEventsError:
        pass


@SLOW
@given(header_values, header_values, header_values, hostile_texts)
def test_any_header_goes_through_every_exporter(published, url, title, body):
    """Any header values through reading, the pipeline and every exporter: library errors only."""
    content = f"published: {published}\nurl: {url}\ntitle: {title}\n\n{body or 'x'}"
    message = ""
    try:
        document = ve.Document.from_text(content, id="h.txt")
        timeline = ve.build_timeline([document])
        _export_all(timeline)
    except ve.VnlaoEventsError as error:
        message = str(error)
    assert "\n" not in message.strip()  # an error is one line


def _facts(text: str) -> set[tuple[object, ...]]:
    document = ve.Document(id="x", text=text, published=ve.PartialDate(2031, 1, 1))
    return {
        (m.series, m.ordinal, m.status, m.date.format_iso() if m.date else None)
        for m in ve.extract(document)
        if m.kind == "session"
    }


@SLOW
@given(news_sentences())
def test_facts_survive_decomposition(sentence):
    """A session found in a text is found alike in its NFD form."""
    facts = _facts(sentence)
    assert facts
    assert _facts(unicodedata.normalize("NFD", sentence)) == facts


@SLOW
@given(st.data())
def test_facts_survive_invisible_characters(data):
    """A session found in a text is found alike with invisible characters between words."""
    sentence = data.draw(news_sentences())
    facts = _facts(sentence)
    assert facts
    assert _facts(data.draw(sprinkled(sentence))) == facts


@SLOW
@given(news_sentences(), st.sampled_from(["\u2028", "\u2029", "\x85", "\x1c", "\x0b"]))
def test_facts_survive_a_json_lines_record(tmp_path_factory, sentence, separator):
    """A session found in a text is found alike inside a JSON Lines record with separators."""
    facts = _facts(sentence)
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "c.jsonl"
    records = [
        {"text": f"Mở đầu.{separator}Tin khác."},
        {"text": f"{sentence}{separator}{separator}Hết."},
        {"text": "Cuối."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    documents = list(ve.load_documents([path]))
    assert len(documents) == 3
    assert documents[1].text.startswith(sentence)
    record = documents[1].text
    assert _facts(record) == facts
