"""Derivations as values: every rule in both languages, read back from English, pinned output."""

from __future__ import annotations

import json
import re
import string
import tomllib
from datetime import date
from importlib import resources

import pytest

import vnlao_events as ve
from vnlao_events._derivation import examples

EXAMPLES = examples()
TABLE = tomllib.loads(
    resources.files("vnlao_events").joinpath("data/derivations.toml").read_text("utf-8")
)
# Words an English template may share with its Vietnamese one: names and quoted Vietnamese.
SHARED = {"iCalendar", "diễn", "ra", "năm", "nay"}


def _literal_words(template: str) -> set[str]:
    words: set[str] = set()
    for literal, _, _, _ in string.Formatter().parse(template):
        words.update(re.findall(r"[^\W\d_]{2,}", literal))
    return words - SHARED


def _without_params(text: str, derivation: ve.Derivation) -> str:
    for value in sorted((str(v) for _, v in derivation.params), key=len, reverse=True):
        text = text.replace(value, " ")
    return text


@pytest.mark.parametrize("rule", list(ve.Rule), ids=lambda r: r.value)
def test_every_rule_reads_back_from_its_english_line(rule):
    """Each rule's example, rendered in English, is read back into the same value."""
    derivation = EXAMPLES[rule]
    assert ve.Derivation.parse(derivation.render("en")) == derivation


@pytest.mark.parametrize("rule", [r for r in ve.Rule if r is not ve.Rule.NOTE], ids=str)
def test_no_english_phrase_reaches_the_vietnamese_line(rule):
    """No fixed English word of a rule's phrase appears in its Vietnamese rendering."""
    derivation = EXAMPLES[rule]
    english = _literal_words(TABLE["rules"][rule.value]["en"])
    vietnamese = _without_params(derivation.render("vi"), derivation)
    assert english, rule
    left = english & set(re.findall(r"[^\W\d_]{2,}", vietnamese))
    assert not left, f"{rule.value}: {sorted(left)} in {vietnamese!r}"


def test_a_note_is_marked_untranslated_in_vietnamese():
    """A line no rule reads is kept as written and marked as not translated."""
    note = ve.Derivation.parse("an odd line")
    assert note.rule is ve.Rule.NOTE
    assert note.render("en") == "an odd line"
    assert note.render("vi") == "(chưa dịch) an odd line"


def test_every_rule_of_the_table_is_a_rule_and_back():
    """The phrase table and the Rule enum name the same rules."""
    assert set(TABLE["rules"]) == {r.value for r in ve.Rule}


@pytest.mark.parametrize(
    ("line", "rule", "param", "value"),
    [
        ("held: it comes before the 32nd, which was held", "held-before-held", "top", 32),
        (
            "date '25/11': year 2022 from the published date 2022-11-26 (planned)",
            "date-published-year",
            "tense",
            "planned",  # a yearless date in the published year, planned
        ),
        ("a 3-day meeting that ended on 2022-12-20", "duration", "days", 3),
        ("place Hà Nội: the report's dateline", "dateline", "city", "Hà Nội"),
        (
            "year open: --12-19 fits the series window (2021-07-28..2026-12-30) in 6 years"
            " (2021, 2022, 2023, 2024, 2025, 2026)",
            "year-open",
            "count",
            6,  # an open year that fits six years
        ),
    ],
)
def test_english_lines_are_read_into_their_rule(line, rule, param, value):
    """An English line of a known rule is read with its parameters."""
    derivation = ve.Derivation.parse(line)
    assert derivation.rule == rule
    assert derivation.param(param) == value
    assert str(derivation) == line


def test_facts_are_read_from_the_listed_sessions():
    """The sessions a line lists are read as fact references, dated or bounded."""
    line = (
        "x #1: 2017-01-07, stated by a.txt, cannot hold with the 34th (2021-12-12), 39th"
        " (on or after 2024-01-01) at 150..1095 days between sessions (2 documents); left out"
        " of inference"
    )
    derivation = ve.Derivation.parse(line)
    assert derivation.facts == (
        ve.FactRef(ordinal=34, date="2021-12-12"),
        ve.FactRef(ordinal=39, not_before="2024-01-01"),
    )


def test_a_missing_parameter_is_named():
    """A derivation without a parameter its phrase needs is refused, naming it."""
    with pytest.raises(ve.ParseError, match=r"missing \['day'\]"):
        ve.Derivation.of(ve.Rule.DURATION, days=2)


def test_a_bad_language_is_named():
    """An unknown language code is refused with the choices."""
    with pytest.raises(ve.ParseError, match=r"'lang' must be 'en' or 'vi' \(got 'fr'\)"):
        EXAMPLES[ve.Rule.DURATION].render("fr")


def test_session_takes_english_lines_as_values():
    """A session given English lines holds them as derivation values."""
    session = ve.Session(series="x", ordinal=1, derivation=["place Hà Nội: the report's dateline"])
    assert session.derivation[0].rule is ve.Rule.DATELINE


# ------------------------------------------------------------------ real articles


def test_corpus_derivations_all_have_a_rule(corpus_timeline):
    """Every derivation the seeds and dev corpora give is read by a rule (none is a note)."""
    notes = [
        (s.label(), str(d))
        for s in corpus_timeline.sessions()
        for d in s.all_derivations()
        if d.rule is ve.Rule.NOTE
    ]
    notes += [
        (e.summary, str(d))
        for e in corpus_timeline.events
        for d in e.derivation
        if d.rule is ve.Rule.NOTE
    ]
    assert not notes


def test_inference_builds_values_with_their_facts(seeds_timeline):
    """The 8th political consultation's window names its neighbours by reference."""
    eighth = seeds_timeline.session("political-consultation", 8)
    assert eighth.derivation == ()  # no source names it: every derivation is an inference's
    window = next(d for d in eighth.inferred_date.derivation if d.rule is ve.Rule.WINDOW_BETWEEN)
    assert [f.ordinal for f in window.facts] == [7, 9]
    assert window.param("gap_max") == 1095
    host = next(d for d in eighth.inferred_host.derivation if d.rule is ve.Rule.HOST_ALTERNATION)
    assert host.param("host") == "LA"
    assert {(f.ordinal, f.host) for f in host.facts} >= {(7, "VN"), (9, "VN")}


def test_explain_is_unchanged_in_english_on_the_seeds(seeds_timeline, data_dir):
    """explain() in English gives, for every numbered session of the seeds, the pinned text."""
    pinned = json.loads((data_dir / "pinned" / "explain-seeds-en.json").read_text("utf-8"))
    got = {
        f"{s.series}#{s.ordinal}": ve.explain(seeds_timeline, s.series, s.ordinal)
        for s in seeds_timeline.sessions()
        if s.ordinal is not None
    }
    assert got == pinned


def test_explain_in_vietnamese_has_no_english_derivation(corpus_timeline):
    """No derivation line of explain(lang="vi") is English on the corpus."""
    english = re.compile(r"\b(the|of|after|before|from|year|date|held|with|days)\b")
    for session in corpus_timeline.sessions():
        if session.ordinal is None:
            continue
        text = ve.explain(corpus_timeline, session.series, session.ordinal, "vi")
        lines = text.split("suy luận:\n", 1)[1].splitlines() if "suy luận:\n" in text else []
        for line in lines:
            assert not english.search(re.sub(r"'[^']*'", "", line)), line


# ------------------------------------------------------------------ conflicts


def _clashing() -> ve.Timeline:
    def held(n, day, country, doc):
        text = f"session {n}"
        return ve.Session(
            series="political-consultation",
            ordinal=n,
            status=ve.Status.HELD,
            date=ve.When.of(ve.DateWindow.day(day)),
            place=ve.Place(country=country),
            evidence=[ve.Evidence(document=doc, start=0, end=len(text), quote=text)],
        )

    return ve.Timeline(
        series=[
            ve.Series(
                key="political-consultation",
                sessions=[
                    held(7, date(2022, 11, 25), "VN", "a.txt"),
                    held(8, date(2022, 12, 1), "LA", "b.txt"),  # too close to the 7th
                    held(9, date(2024, 8, 29), "VN", "c.txt"),
                    held(10, date(2025, 9, 1), "VN", "d.txt"),  # breaks the alternation
                ],
            )
        ]
    )


def test_every_inference_conflict_is_a_value_in_both_languages():
    """Each conflict inference finds names its rule and facts, and renders in Vietnamese."""
    conflicts = ve.infer(_clashing()).conflicts
    assert conflicts
    for conflict in conflicts:
        assert conflict.derivation is not None
        assert conflict.message == conflict.render("en")
        vietnamese = _without_params(conflict.render("vi"), conflict.derivation)
        words = _literal_words(TABLE["rules"][conflict.derivation.rule.value]["en"])
        assert not words & set(re.findall(r"[^\W\d_]{2,}", vietnamese)), vietnamese


@pytest.mark.parametrize("kind", list(ve.ConflictRule), ids=str)
def test_every_conflict_rule_has_its_phrases(kind):
    """Each rule a rejected fact can break has a conflict phrase in both languages."""
    rule = ve.Rule(f"conflict-{kind.value}")
    assert EXAMPLES[rule].render("vi") != EXAMPLES[rule].render("en")


# ------------------------------------------------------------------ JSON of the previous release


def test_a_file_the_previous_release_wrote_reads_back(data_dir):
    """A timeline file written before derivations were values reads, every line by a rule."""
    path = data_dir / "pinned" / "timeline-v1-main.json"
    old = json.loads(path.read_text("utf-8"))
    timeline = ve.read_json(path)
    lines = [d for s in timeline.sessions() for d in s.all_derivations()]
    assert lines
    assert not [str(d) for d in lines if d.rule is ve.Rule.NOTE]
    for before, after in zip(old["series"], timeline.series, strict=True):
        for a, b in zip(before["sessions"], after.sessions, strict=True):
            assert a["derivation"] == [str(d) for d in b.all_derivations()]
    again = ve.to_dict(timeline)
    assert again["schema"] == "vnlao-events.timeline/2"
    assert ve.from_dict(again) == timeline


def _doc(doc_id: str, text: str, published: str) -> ve.Document:
    return ve.Document.from_text(text, id=doc_id, published=published)


@pytest.mark.parametrize(
    ("texts", "rules"),
    [
        (  # two days for one session
            [("a.txt", "Ngày 25/11, đã diễn ra Tham khảo chính trị lần thứ 7.", "2022-11-26"),
             ("b.txt", "Ngày 24/11, đã diễn ra Tham khảo chính trị lần thứ 7.", "2022-11-26")],
            {ve.Rule.CONFLICT_DATES},
        ),
        (  # announced for Laos in 2025, held in Hanoi in 2026
            [("plan.txt", "Hai bên thống nhất sẽ tổ chức Tham khảo chính trị lần thứ 10 tại Lào"
              " vào năm 2025.", "2024-08-30"),
             ("held.txt", "Ngày 5/3/2026, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 10.",
              "2026-03-06")],
            {ve.Rule.CONFLICT_PLAN_MOVED, ve.Rule.CONFLICT_PLAN_RESCHEDULED},
        ),
        (  # two places for one session
            [("a.txt", "Ngày 25/11/2022, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7.",
              "2022-11-26"),
             ("b.txt", "Ngày 25/11/2022, tại Viêng Chăn, đã diễn ra Tham khảo chính trị lần thứ 7.",
              "2022-11-26")],
            {ve.Rule.CONFLICT_PLACES},
        ),
    ],
)  # fmt: skip
def test_conflicts_between_sources_are_values_in_both_languages(texts, rules):
    """A conflict between the sources of one session names its rule and each side's fact."""
    timeline = ve.build_timeline([_doc(*t) for t in texts], infer=False)
    assert timeline.conflicts
    for conflict in timeline.conflicts:
        derivation = conflict.derivation
        assert derivation is not None
        assert derivation.rule in rules
        assert conflict.message == conflict.render("en") == str(derivation)
        documents = {derivation.param("document"), derivation.param("other_document")}
        assert documents == set(conflict.documents)
        vietnamese = _without_params(conflict.render("vi"), derivation)
        words = _literal_words(TABLE["rules"][derivation.rule.value]["en"])
        assert not words & set(re.findall(r"[^\W\d_]{2,}", vietnamese)), vietnamese


@pytest.mark.parametrize("rule", list(ve.Rule))
def test_the_short_constructor_builds_what_the_checked_one_builds(rule):
    """``Derivation.of`` skips the converters; its value equals the constructor's."""
    example = EXAMPLES[rule]
    made = ve.Derivation.of(rule, facts=example.facts, **example.arguments)
    assert made == example
    assert hash(made) == hash(example)
    assert made.params == tuple(sorted(example.arguments.items()))
