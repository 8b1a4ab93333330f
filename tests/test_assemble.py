"""Tests for assembly (``_assemble.py``)."""

from __future__ import annotations

import vnlao_events as ve


def _doc(doc_id: str, text: str, published: str) -> ve.Document:
    return ve.Document.from_text(text, id=doc_id, published=published)


def test_mentions_across_documents_become_one_session():
    """Two articles about one session give one record with both pieces of evidence."""
    a = _doc(
        "a.txt", "Chiều 29/8, đã diễn ra Tham khảo chính trị lần thứ 9 tại Hà Nội.", "2024-08-30"
    )
    b = _doc(
        "b.txt",
        "Tháng 8/2024, Tham khảo chính trị lần thứ 9 đã diễn ra tại Trung tâm Hội nghị Quốc tế.",
        "2024-09-02",
    )
    session = ve.build_timeline([a, b], infer=False).session("political-consultation", 9)
    assert session.documents == ("a.txt", "b.txt")
    assert session.date.format_iso() == "2024-08-29"  # the day agrees with the month
    assert session.place.venue == "Trung tâm Hội nghị Quốc tế"
    assert session.place.city == "Hà Nội"


def test_disagreeing_dates_are_kept_as_a_conflict():
    """Two days for one session: the record keeps one, the conflict names both sources."""
    a = _doc("a.txt", "Ngày 25/11, đã diễn ra Tham khảo chính trị lần thứ 7.", "2022-11-26")
    b = _doc("b.txt", "Ngày 24/11, đã diễn ra Tham khảo chính trị lần thứ 7.", "2022-11-26")
    timeline = ve.build_timeline([a, b], infer=False)
    assert len(timeline.conflicts) == 1
    conflict = timeline.conflicts[0]
    assert conflict.kind == "date"
    assert conflict.documents == ("a.txt", "b.txt")
    assert len(timeline.session("political-consultation", 7).evidence) == 2


def test_planned_then_held_elsewhere_is_a_plan_change():
    """Announced for Laos, held in Hanoi: the held fact wins and the change is reported."""
    plan = _doc(
        "plan.txt",
        "Hai bên thống nhất sẽ tổ chức Tham khảo chính trị lần thứ 10 tại Lào vào năm 2025.",
        "2024-08-30",
    )
    held = _doc(
        "held.txt",
        "Ngày 5/3/2026, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 10.",
        "2026-03-06",
    )
    timeline = ve.build_timeline([plan, held], infer=False)
    session = timeline.session("political-consultation", 10)
    assert session.status is ve.Status.HELD
    assert session.place.city == "Hà Nội"
    kinds = sorted(c.kind for c in timeline.conflicts)
    assert kinds in (["date", "plan-changed"], ["plan-changed", "plan-changed"])
    assert all(set(c.documents) == {"held.txt", "plan.txt"} for c in timeline.conflicts)


def test_session_before_a_held_one_is_held(all_stated):
    """'the minutes of the 28th meeting' in a report of the 29th: the 28th was held."""
    session = all_stated.session("border-annual-meeting", 28)
    assert session.status is ve.Status.HELD
    assert any("comes before the 29th" in d for d in session.derivation)


def test_events_are_merged_by_kind_date_and_people(seeds_stated):
    """One visit reported in several clauses is one event."""
    visits = [
        e
        for e in seeds_stated.events
        if e.kind is ve.EventKind.VISIT and e.date.format_iso().startswith("2023-01")
    ]
    assert len(visits) == 1
    assert len(visits[0].participants) == 4


def test_periods_are_deduplicated(seeds_stated):
    """The 2021–2025 agreements named in several articles are merged by name and years."""
    spans = [(p.start_year, p.end_year) for p in seeds_stated.periods]
    assert (2021, 2030) in spans
    assert (2021, 2025) in spans
    assert len(spans) == len(
        {(p.name.split()[0].lower(), p.start_year, p.end_year) for p in seeds_stated.periods}
    )
