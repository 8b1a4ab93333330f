"""Tests for inference over a series (``_infer.py``)."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import true_series

import vnlao_events as ve
from vnlao_events._infer import conflict_report
from vnlao_events._robust import Fact, feasible

PC = "political-consultation"


def held(n: int, day: date, country: str | None = None, document: str = "d") -> ve.Session:
    """A held session of the consultation series with one piece of evidence."""
    return ve.Session(
        series=PC,
        ordinal=n,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(day)),
        place=ve.Place(country=country) if country else None,
        evidence=[ve.Evidence(document=document, start=0, end=1, quote="x")],
    )


def test_seeds_acceptance(seeds_timeline):
    """From the seeds alone: the 7th..11th Political Consultation and the 48th IGC session."""
    t = seeds_timeline
    seventh, eighth, ninth = (t.session(PC, n) for n in (7, 8, 9))
    tenth, eleventh = t.session(PC, 10), t.session(PC, 11)
    assert seventh.date.format_iso() == "2022-11-25"
    assert eighth.status is ve.Status.INFERRED
    assert eighth.date is None  # nothing stated
    assert eighth.place is None
    assert eighth.inferred_host.value == "LA"
    assert eighth.inferred_host.derivation[0].rule is ve.Rule.HOST_ALTERNATION
    window = eighth.inferred_date.value
    assert date(2022, 11, 25) < window.earliest
    assert window.latest < date(2024, 8, 29)
    assert window.days <= 366
    assert ninth.date.format_iso() == "2024-08-29"
    assert tenth.status is ve.Status.PLANNED
    assert tenth.place.country == "LA"  # stated: the 10th is agreed for Laos
    assert tenth.inferred_host is None
    assert tenth.date.window.earliest.year == tenth.date.window.latest.year == 2025
    assert eleventh.forecast
    assert eleventh.status is ve.Status.INFERRED
    assert eleventh.where.country == eleventh.inferred_host.value == "VN"
    assert eleventh.inferred_date.derivation[0].rule is ve.Rule.FORECAST
    assert eleventh.when.window == eleventh.inferred_date.value
    igc = t.session("intergovernmental-committee", 48).date.window
    assert igc.earliest >= date(2025, 12, 2)
    assert igc.latest <= date(2025, 12, 31)


def test_eighth_explained_in_both_languages(seeds_timeline):
    """explain() names the neighbours, the cadence rule and the alternation, in en and vi."""
    english = ve.explain(seeds_timeline, PC, 8)
    assert "after the 7th (2022-11-25)" in english
    assert "before the 9th (2024-08-29)" in english
    assert "host LA by alternation" in english
    vietnamese = ve.explain(seeds_timeline, PC, 8, "vi")
    assert "trạng thái: suy luận" in vietnamese
    assert "sau phiên thứ 7 (2022-11-25) + ít nhất 150 ngày" in vietnamese
    assert "nước chủ nhà LA theo luân phiên (thứ 7 VN, thứ 9 VN, thứ 10 LA)" in vietnamese
    assert "after" not in vietnamese
    assert "không có phiên" in ve.explain(seeds_timeline, PC, 99, "vi").lower()
    assert "has no session 99" in ve.explain(seeds_timeline, PC, 99)


def test_nothing_before_the_first_known_ordinal(seeds_timeline):
    """No session is extrapolated back towards ordinal 1 without evidence."""
    assert seeds_timeline.get_series(PC).ordinals()[0] == 7


def _stated(n: int, when: ve.When) -> ve.Session:
    """A held session of the consultation series dated ``when``, from one document."""
    return ve.Session(
        series=PC,
        ordinal=n,
        status=ve.Status.HELD,
        date=when,
        evidence=[ve.Evidence(document="d", start=0, end=0, quote="")],
    )


def test_open_year_resolved_when_one_year_fits():
    """'--11-25' between the 6th (2021-08-31) and the 8th (2023-06-01) resolves to 2022."""
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    _stated(6, ve.When.of(ve.DateWindow.day(date(2021, 8, 31)))),
                    _stated(7, ve.When.open_year(ve.PartialDate(None, 11, 25))),
                    _stated(8, ve.When.of(ve.DateWindow.day(date(2023, 6, 1)))),
                ],
            )
        ]
    )
    seventh = ve.infer(stated).session(PC, 7)
    assert seventh.date.format_iso() == "--11-25"  # the stated date keeps its open year
    assert seventh.inferred_year.value.format_iso() == "2022-11-25"
    assert seventh.when.format_iso() == "2022-11-25"
    assert any("the only year" in str(d) for d in seventh.inferred_year.derivation)


@pytest.mark.parametrize(
    ("month", "expected"),
    [(10, "2022-10-01/2022-10-31"), (12, "2022-12-01/2022-12-31")],
)
def test_open_year_month_resolved_when_one_year_fits(month, expected):
    """'in October', no year, between the 6th (2021-12-20) and the 8th (2023-06-01)."""
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    _stated(6, ve.When.of(ve.DateWindow.day(date(2021, 12, 20)))),
                    _stated(7, ve.When.open_year(ve.PartialDate(None, month))),
                    _stated(8, ve.When.of(ve.DateWindow.day(date(2023, 6, 1)))),
                ],
            )
        ]
    )
    seventh = ve.infer(stated).session(PC, 7)
    assert seventh.date.window is None  # as stated
    assert seventh.when.format_iso() == expected
    assert seventh.inferred_year.value.window.precision is ve.Precision.MONTH


def test_open_year_candidates_kept_when_several_fit(all_timeline):
    """dev-01's 3rd consultation ('August 24', no year) keeps its candidate years."""
    third = all_timeline.session(PC, 3)
    assert third.when.window is None
    assert third.date.year_candidates == ()  # the stated date names no year
    assert len(third.when.year_candidates) > 1
    assert 2018 in third.inferred_year.value.year_candidates


def test_conflicting_dates_are_reported():
    """Two sessions too close for the cadence give one conflict naming both."""
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    held(1, date(2020, 1, 1), document="doc1"),
                    held(2, date(2020, 2, 1), document="doc2"),
                ],
            )
        ]
    )
    result = ve.infer(stated)
    assert [c.kind for c in result.conflicts] == ["cadence"]  # one record per root cause
    assert "cannot hold with the 1st (2020-01-01)" in result.conflicts[0].message
    assert set(result.conflicts[0].documents) == {"doc1", "doc2"}
    assert result.session(PC, 1).date == stated.session(PC, 1).date  # stated facts kept


def test_host_parity_violation_is_reported():
    """An alternating series with two odd sessions in different countries is a conflict."""
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC, sessions=[held(1, date(2020, 6, 1), "VN"), held(3, date(2022, 6, 1), "LA")]
            )
        ]
    )
    result = ve.infer(stated)
    assert any(c.kind == "host" for c in result.conflicts)
    assert result.session(PC, 2).where is None  # no host guessed from a broken pattern


def test_free_series_gets_no_host(all_timeline):
    """The Intergovernmental Committee does not alternate: no host is inferred."""
    series = all_timeline.get_series("intergovernmental-committee")
    for session in series.sessions:
        if session.status is ve.Status.INFERRED:
            assert session.where is None


def test_forecast_uses_observed_gaps(all_timeline):
    """The forecast carries a most-likely date inside its window."""
    forecast = all_timeline.get_series("intergovernmental-committee").sessions[-1]
    assert forecast.forecast
    best = forecast.likely.value.most_likely
    assert best is not None
    assert forecast.inferred_date.value.contains(best)


def test_propagate_is_linear_bounds_consistency():
    """propagate() narrows unknown windows from both sides."""
    lo, hi = ve.propagate([0, None, None, 400], [0, None, None, 400], 100, 200)
    assert lo == [0, 100, 200, 400]
    assert hi == [0, 200, 300, 400]


def test_inference_does_not_change_its_input(all_stated):
    """infer() returns a new timeline and leaves its input as it was."""
    before = ve.to_json(all_stated)
    ve.infer(all_stated)
    assert ve.to_json(all_stated) == before


def test_inference_is_idempotent_on_real_articles(all_timeline):
    """infer(infer(t)) == infer(t) on the real articles."""
    assert ve.infer(all_timeline) == all_timeline


def _hidden_timeline(truth: list[date], data: st.DataObject) -> ve.Timeline:
    sessions = []
    shown = data.draw(st.lists(st.booleans(), min_size=len(truth), max_size=len(truth)))
    shown[0] = shown[-1] = True
    for n, (day, show) in enumerate(zip(truth, shown, strict=True), start=1):
        if not show:
            continue
        form = data.draw(st.sampled_from(["day", "month", "year", "open"]))
        if form == "day":
            when = ve.When.of(ve.DateWindow.day(day))
        elif form == "month":
            when = ve.When.of(ve.DateWindow.month(day.year, day.month))
        elif form == "year":
            when = ve.When.of(ve.DateWindow.year(day.year))
        else:
            when = ve.When.open_year(ve.PartialDate(None, day.month, day.day))
        sessions.append(
            ve.Session(
                series=PC,
                ordinal=n,
                status=ve.Status.HELD,
                date=when,
                evidence=[ve.Evidence(document=f"d{n}", start=0, end=0, quote="")],
            )
        )
    return ve.Timeline(series=[ve.Series(key=PC, sessions=sessions)])


def _window_of(session: ve.Session) -> ve.DateWindow | None:
    if session.series_window is not None:
        return session.series_window
    return session.when.window if session.when else None


@settings(max_examples=150, deadline=None)
@given(true_series(), st.data())
def test_inferred_windows_contain_the_truth(truth, data):
    """Hide and coarsen a true series: every window inference gives contains the true date."""
    stated = _hidden_timeline(truth, data)
    result = ve.infer(stated)
    assert not result.conflicts
    for session in result.get_series(PC).sessions:
        if session.forecast:
            continue
        true_day = truth[session.ordinal - 1]
        window = _window_of(session)
        if window is not None:
            assert window.contains(true_day), (session.ordinal, window, true_day)
        else:
            years = session.when.year_candidates
            assert true_day.year in years or not years


@settings(max_examples=100, deadline=None)
@given(true_series(), st.data())
def test_inference_keeps_stated_facts_and_is_idempotent(truth, data):
    """No stated fact changes (an open year is placed beside it), and infer is idempotent."""
    stated = _hidden_timeline(truth, data)
    once = ve.infer(stated)
    assert ve.infer(once) == once
    for before in stated.sessions():
        after = once.session(PC, before.ordinal)
        assert after.status is before.status
        assert after.evidence == before.evidence
        assert after.date == before.date
        assert after.stated() == before


@settings(max_examples=100, deadline=None)
@given(true_series(), st.data())
def test_more_evidence_never_widens_a_window(truth, data):
    """Adding a session's true day narrows or keeps every other window."""
    stated = _hidden_timeline(truth, data)
    hidden = [n for n in range(1, len(truth) + 1) if stated.session(PC, n) is None]
    if not hidden:
        return
    n = data.draw(st.sampled_from(hidden))
    more = ve.Session(
        series=PC,
        ordinal=n,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(truth[n - 1])),
        evidence=[ve.Evidence(document="extra", start=0, end=0, quote="")],
    )
    richer = ve.Timeline(
        series=[ve.Series(key=PC, sessions=[*stated.get_series(PC).sessions, more])]
    )
    before, after = ve.infer(stated), ve.infer(richer)
    for session in before.get_series(PC).sessions:
        if session.forecast or session.ordinal == n:
            continue
        old, new = _window_of(session), _window_of(after.session(PC, session.ordinal))
        if old is not None and new is not None:
            assert old.contains(new), (session.ordinal, old, new)


@pytest.mark.parametrize("gap", [150, 1095])
def test_cadence_bounds_themselves_are_allowed(gap):
    """Gaps exactly at the catalogue's bounds are not conflicts."""
    days = [date(2000, 1, 1) + timedelta(days=gap * k) for k in range(3)]
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    ve.Session(
                        series=PC,
                        ordinal=k + 1,
                        status=ve.Status.HELD,
                        date=ve.When.of(ve.DateWindow.day(d)),
                        evidence=[ve.Evidence(document="d", start=0, end=0, quote="")],
                    )
                    for k, d in enumerate(days)
                ],
            )
        ]
    )
    assert not ve.infer(stated).conflicts


def test_unnumbered_session_gets_the_only_ordinal_that_fits():
    """A consultation dated 2023-10-10 without an ordinal, between the 7th and the 9th, is 8th."""
    unnumbered = ve.Session(
        series=PC, status=ve.Status.HELD, date=ve.When.of(ve.DateWindow.day(date(2023, 10, 10)))
    )
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[held(7, date(2022, 11, 25)), held(9, date(2024, 8, 29)), unnumbered],
            )
        ]
    )
    result = ve.infer(stated)
    eighth = result.session(PC, 8)
    assert eighth.status is ve.Status.HELD
    assert eighth.date.format_iso() == "2023-10-10"
    assert eighth.ordinal is None  # no source numbers it
    assert eighth.inferred_ordinal.value == eighth.number == 8
    assert any("the only place in the series" in str(d) for d in eighth.inferred_ordinal.derivation)
    assert all(s.number is not None for s in result.get_series(PC).sessions)
    assert ve.infer(result) == result


def test_unnumbered_session_stays_unnumbered_when_several_fit():
    """A date that fits two unseen slots gets no ordinal."""
    unnumbered = ve.Session(
        series=PC, status=ve.Status.HELD, date=ve.When.of(ve.DateWindow.day(date(2022, 6, 1)))
    )
    stated = ve.Timeline(
        series=[
            ve.Series(
                key=PC, sessions=[held(1, date(2020, 1, 1)), held(5, date(2025, 1, 1)), unnumbered]
            )
        ]
    )
    result = ve.infer(stated)
    assert any(s.ordinal is None for s in result.get_series(PC).sessions)


def test_undated_stated_session_gets_an_inferred_window(all_timeline):
    """'the minutes of the 28th meeting' gives no date; the series gives it a window."""
    session = all_timeline.session("border-annual-meeting", 28)
    assert session.date is None
    window = session.series_window
    assert window is not None
    assert session.when is None  # a stated session: its window is not its date
    assert window.latest == date(2019, 12, 26) - timedelta(days=150)


def test_regression_no_forecast_from_a_conflicting_last_session():
    """'Tham khảo chính trị lần thứ 7 vào năm 2025 … the 39th …': a conflict, no crash."""
    doc = ve.Document(
        id="x", text="Tham khảo chính trị lần thứ 7 vào năm 2025 the 39th Tham khảo chính trị"
    )
    result = ve.build_timeline([doc])
    assert any(c.kind == "cadence" for c in result.conflicts)
    assert not any(s.forecast for s in result.sessions())


def test_bounds_past_year_9999_are_no_bounds():
    """A series near the end of the calendar infers without overflowing the date range."""
    stated = ve.Timeline(
        series=[ve.Series(key=PC, sessions=[held(1, date(9990, 1, 1)), held(3, date(9991, 1, 1))])]
    )
    result = ve.infer(stated)
    assert result.session(PC, 2) is not None


def test_announced_session_without_a_date_is_not_before_the_announcement(all_stated, all_timeline):
    """'agreed to organise the 11th workshop in Laos' (20/12/2023): on or after that day."""
    stated = all_stated.session("party-theoretical-workshop", 11)
    assert stated.date is None
    assert stated.not_before == date(2023, 12, 20)
    inferred = all_timeline.session("party-theoretical-workshop", 11)
    assert inferred.inferred_date.value.earliest >= date(2023, 12, 20)


def test_announcement_bound_narrows_the_window():
    """An announcement later than the cadence's lower bound raises the window's start."""
    announced = ve.Session(
        series=PC,
        ordinal=2,
        status=ve.Status.PLANNED,
        not_before=date(2021, 6, 1),
        evidence=[ve.Evidence(document="d", start=0, end=0, quote="")],
    )
    stated = ve.Timeline(
        series=[ve.Series(key=PC, sessions=[held(1, date(2020, 1, 1)), announced])]
    )
    window = ve.infer(stated).session(PC, 2).inferred_date.value
    assert window.earliest == date(2021, 6, 1)
    assert window.latest == date(2020, 1, 1) + timedelta(days=1095)


# ---------------------------------------------------------------- robust inference (issue 11)

IGC = "intergovernmental-committee"


def stated(series: str, n: int, when: ve.When | None, *documents: str, **fields) -> ve.Session:
    """A held session stated by the given documents (one evidence span each)."""
    return ve.Session(
        series=series,
        ordinal=n,
        status=fields.pop("status", ve.Status.HELD),
        date=when,
        evidence=[ve.Evidence(document=d, start=0, end=1, quote="x") for d in documents],
        **fields,
    )


def day(text: str) -> ve.When:
    """A one-day date from its ISO form."""
    return ve.When.of(ve.DateWindow.day(date.fromisoformat(text)))


def _igc_with_a_wrong_first() -> ve.Timeline:
    sessions = [
        stated(IGC, 1, day("2017-01-07"), "wrong.txt"),  # "the first ... meeting co-chaired by"
        stated(IGC, 39, day("2017-02-07"), "a", "b"),
        stated(IGC, 41, day("2019-01-06"), "c"),
        stated(IGC, 42, day("2020-01-04"), "d"),
        stated(IGC, 43, day("2020-12-06"), "e"),
        stated(IGC, 44, ve.When.open_year(ve.PartialDate(None, 1, 10)), "f"),
        stated(IGC, 45, day("2023-01-12"), "g"),
    ]
    return ve.Timeline(series=[ve.Series(key=IGC, sessions=sessions)])


def test_regression_one_wrong_fact_does_not_wipe_out_the_series():
    """A '1st session' dated 2017 beside the 39th of 2017: one conflict, every window kept."""
    result = ve.infer(_igc_with_a_wrong_first())
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert conflict.kind == "cadence"
    assert conflict.rejected.ordinal == 1
    assert conflict.rejected.rule is ve.ConflictRule.CADENCE
    assert conflict.rejected.contradicts == (39, 41, 42, 43, 45)
    assert "wrong.txt" in conflict.documents
    assert "2017-01-07, stated by wrong.txt, cannot hold with the 39th" in conflict.message
    first = result.session(IGC, 1)
    assert first.rejected == conflict.rejected
    assert first.date == day("2017-01-07")  # the stated fact is kept as stated
    assert result.session(IGC, 40).inferred_date.value is not None
    assert result.session(IGC, 46).forecast


def test_regression_open_year_resolved_through_the_chain_despite_a_conflict():
    """The 44th '--01-10' between the 43rd 2020-12-06 and the 45th 2023-01-12 is 2022-01-10."""
    forty_fourth = ve.infer(_igc_with_a_wrong_first()).session(IGC, 44)
    assert forty_fourth.date.format_iso() == "--01-10"
    assert forty_fourth.when.format_iso() == "2022-01-10"
    assert any("the only year" in str(d) for d in forty_fourth.inferred_year.derivation)


def test_open_year_that_fits_no_year_is_rejected():
    """'--06-15' for a 7th between 2021-08-31 and 2022-09-01 fits no year: one no-year conflict."""
    timeline = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    stated(PC, 6, day("2021-08-31"), "a"),
                    stated(PC, 7, ve.When.open_year(ve.PartialDate(None, 6, 15)), "b"),
                    stated(PC, 8, day("2022-09-01"), "c"),
                ],
            )
        ]
    )
    result = ve.infer(timeline)
    assert [c.kind for c in result.conflicts] == ["no-year"]
    assert result.session(PC, 7).rejected.rule is ve.ConflictRule.NO_YEAR
    assert result.session(PC, 7).series_window.earliest == date(2022, 1, 28)
    assert ve.infer(result) == result


def test_host_that_breaks_the_alternation_others_agree_on_is_rejected():
    """1st and 3rd in VN, 5th in LA: the 5th's host is rejected, the 2nd and 4th are in LA."""
    timeline = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    held(1, date(2018, 1, 1), "VN", "a"),
                    held(3, date(2020, 1, 1), "VN", "b"),
                    held(5, date(2022, 1, 1), "LA", "c"),
                ],
            )
        ]
    )
    result = ve.infer(timeline)
    assert [c.kind for c in result.conflicts] == ["host"]
    assert result.conflicts[0].rejected.stated == "LA"
    assert result.conflicts[0].rejected.contradicts == (1, 3)
    assert result.session(PC, 5).rejected.rule is ve.ConflictRule.HOST
    assert result.session(PC, 2).inferred_host.value == "LA"
    assert result.session(PC, 4).inferred_host.value == "LA"
    assert result.session(PC, 5).place.country == "LA"  # the rejected host stays as stated
    assert result.session(PC, 5).inferred_host is None


def test_an_announcement_weighs_less_than_a_report():
    """A planned 2nd too close to the 1st loses to the held 3rd it contradicts, not the 1st."""
    timeline = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    stated(PC, 1, day("2020-01-01"), "a"),
                    stated(PC, 2, day("2020-03-01"), "b", status=ve.Status.PLANNED),
                    stated(PC, 3, day("2021-01-01"), "c"),
                ],
            )
        ]
    )
    result = ve.infer(timeline)
    assert [c.rejected.ordinal for c in result.conflicts] == [2]


def _two_documents_each(timeline: ve.Timeline) -> ve.Timeline:
    sessions = [
        attrs.evolve(
            s,
            evidence=[*s.evidence, ve.Evidence(document=f"x{s.ordinal}", start=0, end=0, quote="")],
        )
        for s in timeline.sessions()
    ]
    return ve.Timeline(series=[ve.Series(key=PC, sessions=sessions)])


@settings(max_examples=150, deadline=None)
@given(true_series(), st.data())
def test_one_false_fact_never_moves_the_true_windows(truth, data):
    """A false day, stated once, that clashes with true facts stated twice changes no window."""
    true = _two_documents_each(_hidden_timeline(truth, data))
    before = ve.infer(true)
    first, last = 1, len(truth)
    k = data.draw(st.integers(first, last + 2))
    if true.session(PC, k) is not None:
        return
    wrong = data.draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)))
    false = held(k, wrong, document="false")
    with_false = ve.Timeline(series=[ve.Series(key=PC, sessions=[*true.sessions(), false])])
    after = ve.infer(with_false)
    if not after.conflicts:
        return  # the false day happens to fit the true facts: it is not contradicted
    assert [c.rejected.ordinal for c in after.conflicts] == [k]
    for session in before.get_series(PC).sessions:
        if session.forecast or session.ordinal == k:
            continue
        again = after.session(PC, session.ordinal)
        assert _window_of(again) == _window_of(session), session.ordinal
        assert again.date == session.date
    if before.session(PC, k) is not None and not before.session(PC, k).forecast:
        assert after.session(PC, k).series_window == before.session(PC, k).when.window


def test_regression_a_false_day_does_not_push_open_years_out_of_their_true_year():
    """A false 10th (2040-06-12, one document) against the 6th '--11-08' and 9th '--03-16'.

    Found by the property above: the open-year dates were not weighed against the false
    day, which then placed the 6th in 2028 (its true year is 2027), before a later step
    rejected it. Weighed as support, they reject it at once and every window stays.
    """
    true = _two_documents_each(
        ve.Timeline(
            series=[
                ve.Series(
                    key=PC,
                    sessions=[
                        stated(PC, 4, day("2023-02-21"), "d4"),
                        stated(PC, 6, ve.When.open_year(ve.PartialDate(None, 11, 8)), "d6"),
                        stated(PC, 9, ve.When.open_year(ve.PartialDate(None, 3, 16)), "d9"),
                    ],
                )
            ]
        )
    )
    before = ve.infer(true)
    after = ve.infer(
        ve.Timeline(
            series=[ve.Series(key=PC, sessions=[*true.sessions(), held(10, date(2040, 6, 12))])]
        )
    )
    assert [(c.kind, c.rejected.ordinal) for c in after.conflicts] == [("cadence", 10)]
    assert after.conflicts[0].rejected.contradicts == (6, 9)
    assert after.session(PC, 6).when.format_iso() == "--11-08"  # not placed in 2028
    for session in before.get_series(PC).sessions:
        if not session.forecast:
            again = after.session(PC, session.ordinal)
            assert (_window_of(again), again.when) == (_window_of(session), session.when)


@pytest.mark.parametrize(
    ("open_date", "not_before", "expected"),
    [
        ((2, 29), None, "2020-02-29"),  # only a leap year can hold it
        ((11, 25), date(2020, 6, 1), "2020-11-25"),  # announced after 2019-11-25: 2020
        ((11, 25), None, "--11-25"),  # 2019 and 2020 both fit: the year stays open
    ],
)
def test_open_year_dates_are_weighed_in_the_years_they_can_hold(open_date, not_before, expected):
    """The 7th '--MM-DD' between the 6th (2019-03-01) and the 8th (2021-06-01)."""
    month, day_of_month = open_date
    seventh = stated(
        PC,
        7,
        ve.When.open_year(ve.PartialDate(None, month, day_of_month)),
        "b",
        status=ve.Status.PLANNED if not_before else ve.Status.HELD,
        not_before=not_before,
    )
    timeline = ve.Timeline(
        series=[
            ve.Series(
                key=PC,
                sessions=[
                    stated(PC, 6, day("2019-03-01"), "a"),
                    seventh,
                    stated(PC, 8, day("2021-06-01"), "c"),
                ],
            )
        ]
    )
    result = ve.infer(timeline)
    assert not result.conflicts
    assert result.session(PC, 7).when.format_iso() == expected


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_kept_facts_always_hold_together(data):
    """Random stated days: the facts inference keeps can all hold, and it is idempotent."""
    count = data.draw(st.integers(2, 8))
    ordinals = data.draw(st.lists(st.integers(1, 12), min_size=count, max_size=count, unique=True))
    sessions = [
        held(k, data.draw(st.dates(date(2000, 1, 1), date(2030, 1, 1))), document=f"d{k}")
        for k in ordinals
    ]
    result = ve.infer(ve.Timeline(series=[ve.Series(key=PC, sessions=sessions)]))
    kept = [
        Fact(key=s.ordinal, ordinal=s.ordinal, lo=s.date.window.earliest.toordinal(),
             hi=s.date.window.latest.toordinal(), weight=1)
        for s in result.sessions()
        if s.status is not ve.Status.INFERRED and s.rejected is None
    ]  # fmt: skip
    assert feasible(kept, 150, 1095)
    assert len(result.conflicts) == len(ordinals) - len(kept)
    assert ve.infer(result) == result


def test_rejected_facts_and_likely_windows_round_trip_through_json():
    """JSON keeps the rejected fact and the likely windows, and validates against the schema."""
    import jsonschema

    result = ve.infer(_igc_with_a_wrong_first())
    data = ve.to_dict(result)
    jsonschema.validate(data, ve.json_schema())
    assert data["conflicts"][0]["rejected"]["rule"] == "cadence"
    forecast = next(s for s in data["series"][0]["sessions"] if s["forecast"])
    assert forecast["date"] is None  # nothing stated
    assert forecast["likely"]["value"]["level"] == 0.8
    assert ve.from_dict(data) == result
    assert ve.from_json(ve.to_json(result)) == result


# ---------------------------------------------------------------- on the whole corpus


def test_corpus_no_series_loses_its_windows(corpus_timeline):
    """Seeds + dev + dev2: each conflict inference finds names one rejected fact, no cascade."""
    inference = [c for c in corpus_timeline.conflicts if c.kind in ("cadence", "no-year", "host")]
    assert all(c.rejected is not None for c in inference)
    assert len({(c.series, c.rejected.ordinal) for c in inference}) == len(inference)
    assert corpus_timeline.session(IGC, 44).series_window is not None
    assert corpus_timeline.session(IGC, 40).when.window.days < 600
    assert corpus_timeline.get_series(IGC).sessions[-1].forecast


def test_corpus_no_phantom_session_stands_as_held(corpus_timeline):
    """The misread '1st' IGC session is rejected; the held facts kept can all hold together."""
    assert corpus_timeline.session(IGC, 1) is None or corpus_timeline.session(IGC, 1).rejected
    for series in corpus_timeline.series:
        kept = [
            Fact(key=s.ordinal, ordinal=s.ordinal, lo=s.when.window.earliest.toordinal(),
                 hi=s.when.window.latest.toordinal(), weight=1)
            for s in series.sessions
            if s.ordinal is not None and s.status is not ve.Status.INFERRED
            and s.rejected is None and s.when is not None and s.when.window is not None
        ]  # fmt: skip
        assert feasible(kept, 120, 1460), series.key


def test_corpus_no_meeting_twice(corpus_timeline):
    """No open-year day of a series falls inside a dated session of it in the same city."""
    for series in corpus_timeline.series:
        sessions = [s for s in series.sessions if s.status is not ve.Status.INFERRED]
        for a in sessions:
            if a.when is None or a.when.window is not None:
                continue
            md = (a.when.month_day.month, a.when.month_day.day)
            for b in sessions:
                w = b.when.window if b.when else None
                if b is a or w is None or w.days > 31 or a.ordinal not in (None, b.ordinal):
                    continue
                same_city = a.place and b.place and a.place.city and a.place.city == b.place.city
                inside = any(
                    (d.month, d.day) == md
                    for d in (w.earliest + timedelta(days=i) for i in range(w.days))
                )
                assert not (same_city and inside), (series.key, a.label(), b.label())


def test_corpus_every_open_year_the_chain_determines_is_resolved(corpus_timeline):
    """No open-year date keeps a single candidate year; the 47th IGC is 2025-01-09."""
    for session in corpus_timeline.sessions():
        if session.when is not None and session.when.window is None:
            assert len(session.when.year_candidates) != 1, session.label()
    assert corpus_timeline.session(IGC, 47).when.format_iso() == "2025-01-09"


def test_corpus_likely_windows_lie_inside_the_hard_ones(corpus_timeline):
    """Every likely window is inside its session's hard window, at the nominal 80%."""
    found = 0
    for session in corpus_timeline.sessions():
        if session.likely is None:
            continue
        found += 1
        hard = session.series_window or session.when.window
        likely = session.likely.value
        assert hard.earliest <= likely.earliest <= likely.latest <= hard.latest
        assert likely.level == 0.8
    assert found >= 5


def test_explain_shows_the_likely_window_and_a_rejected_fact():
    """explain() gives the likely window and the rejected fact, in English and Vietnamese."""
    result = ve.infer(_igc_with_a_wrong_first())
    english = ve.explain(result, IGC, 46)
    assert "likely window: " in english
    assert "(80%, from the" in english
    rejected = ve.explain(result, IGC, 1)
    assert "rejected: 2017-01-07 (cannot hold with: 39th, 41st, 42nd, 43rd, 45th)" in rejected
    vietnamese = ve.explain(result, IGC, 1, "vi")
    assert "bị loại: 2017-01-07 (không thể cùng đúng với: phiên thứ 39" in vietnamese
    assert "cannot hold" not in vietnamese
    assert "khoảng khả năng cao: " in ve.explain(result, IGC, 46, "vi")


def test_conflict_report_groups_by_series_with_evidence():
    """Check's report: a header per series, the conflict line, then its quoted evidence."""
    report = conflict_report(ve.infer(_igc_with_a_wrong_first()))
    lines = report.splitlines()
    assert lines[0] == "intergovernmental-committee: 1 conflict"
    assert lines[1].startswith("  conflict [cadence] intergovernmental-committee #1: 2017-01-07")
    assert lines[2] == "    - wrong.txt [0:1] 'x'"


def test_seeds_alone_are_too_little_history_for_a_likely_window():
    """Two dated consultations give one gap and no spread: no likely window is claimed."""
    eleventh = ve.build_timeline(ve.bundled_seeds()).session(PC, 11)
    assert eleventh.forecast
    assert eleventh.likely is None
    assert eleventh.inferred_date.value is not None  # the hard window stays


def test_inference_is_idempotent_on_the_whole_corpus(corpus_timeline):
    """infer(infer(t)) == infer(t) on seeds + dev + dev2, rejected facts and likely windows too."""
    assert ve.infer(corpus_timeline) == corpus_timeline


def test_open_year_fact_outweighs_a_lighter_dated_one():
    """A day-month stated by two sources beats a one-source day that leaves it no year.

    The 1st (1998-07-01) and the 4th (2000-10-27) are stated twice each, the 3rd as "27/4"
    twice, and a false 2nd (2000-01-01) once: with the 2nd, no year fits the 3rd, so the
    2nd is the fact left out, and the 3rd keeps both years its neighbours allow.
    """
    twice = [
        stated(PC, 1, day("1998-07-01"), "a1", "b1"),
        stated(PC, 3, ve.When.open_year(ve.PartialDate(None, 4, 27)), "a3", "b3"),
        stated(PC, 4, day("2000-10-27"), "a4", "b4"),
    ]
    false = stated(PC, 2, day("2000-01-01"), "false")
    result = ve.infer(ve.Timeline(series=[ve.Series(key=PC, sessions=[*twice, false])]))
    assert [c.rejected.ordinal for c in result.conflicts] == [2]
    third = result.session(PC, 3)
    assert third.rejected is None
    assert third.when.year_candidates == (1999, 2000)


# ------------------------------------------- the acceptance checks, each in full (issue 11)


def _kept(series: ve.Series) -> dict[int, ve.Session]:
    return {
        s.ordinal: s
        for s in series.sessions
        if s.ordinal is not None and s.status is not ve.Status.INFERRED and s.rejected is None
    }


def test_corpus_every_session_between_the_kept_ones_has_a_window(corpus_timeline):
    """No series loses a window: every ordinal from its first kept one to the forecast is there."""
    catalogue = ve.Catalogue.default()
    checked = 0
    for series in corpus_timeline.series:
        kept = _kept(series)
        mechanism = catalogue.mechanisms.get(series.key)
        if not kept or mechanism is None or not mechanism.has_ordinals:
            continue
        by_ordinal = {s.ordinal: s for s in series.sessions if s.ordinal is not None}
        for k in range(min(kept), max(kept) + 1):
            session = by_ordinal.get(k)
            assert session is not None, (series.key, k)
            hard = session.series_window or (session.when.window if session.when else None)
            open_year = session.when is not None and session.when.window is None
            assert hard is not None or open_year, session.label()
            checked += 1
    assert checked >= 30


def test_corpus_held_sessions_are_stated_and_inferred_ones_are_not(corpus_timeline):
    """No phantom: a held session has evidence from a document; an inferred one has none."""
    for session in corpus_timeline.sessions():
        if session.status is ve.Status.HELD:
            assert session.evidence, session.label()
            assert session.documents, session.label()
        if session.status is ve.Status.INFERRED:
            assert not session.evidence, session.label()
            assert not session.derivation, session.label()  # nothing stated to read
            assert session.inferred_date.derivation, session.label()


def test_corpus_no_two_records_share_a_meeting_day(corpus_timeline):
    """No meeting twice: two records of one series never both date it to the same few days."""
    for series in corpus_timeline.series:
        short = [
            s
            for s in series.sessions
            if s.status is not ve.Status.INFERRED
            and s.rejected is None
            and s.when is not None
            and s.when.window is not None
            and s.when.window.days <= 7
        ]
        for i, a in enumerate(short):
            for b in short[i + 1 :]:
                assert not a.when.window.overlaps(b.when.window), (a.label(), b.label())


def test_corpus_open_years_the_kept_facts_fix_are_resolved(corpus_timeline):
    """An open-year day whose chain bounds admit one year only has that year."""
    catalogue = ve.Catalogue.default()
    checked = 0
    for series in corpus_timeline.series:
        mechanism = catalogue.mechanisms.get(series.key)
        kept = _kept(series)
        if mechanism is None or not kept:
            continue
        first, last = min(kept), max(kept)
        for k, session in kept.items():
            if session.when is None or session.when.window is not None:
                continue
            lower, upper = [], []
            for j in range(first, last + 1):  # the other kept dated facts, as stated
                other = kept.get(j)
                window = other.when.window if other and other.when and j != k else None
                lower.append(window.earliest.toordinal() if window else None)
                upper.append(window.latest.toordinal() if window else None)
            lo, hi = ve.propagate(lower, upper, mechanism.gap_min_days, mechanism.gap_max_days)
            bounded = -(10**8) < lo[k - first] <= hi[k - first] < 10**8
            if not bounded:
                continue
            md = session.when.month_day
            start, end = date.fromordinal(lo[k - first]), date.fromordinal(hi[k - first])
            years = [
                y
                for y in range(start.year, end.year + 1)
                if (md.month, md.day) != (2, 29) and start <= date(y, md.month, md.day) <= end
            ]
            assert len(years) != 1, (session.label(), years)
            checked += 1
    assert checked >= 3  # the 34th and 38th Committee sessions, the 3rd consultation, …


# ---------------------------------------------------------------- values built on the hot path


def test_values_built_on_the_hot_path_equal_the_classes_own():
    """Values inference builds without the classes' checks equal what the classes build."""
    from vnlao_events import _infer
    from vnlao_events._model import evolved

    first, last = date(2023, 4, 24), date(2024, 4, 1)
    window = _infer._window(first.toordinal(), last.toordinal())
    assert window == ve.DateWindow(first, last, ve.Precision.WINDOW)
    assert hash(window) == hash(ve.DateWindow(first, last, ve.Precision.WINDOW))
    assert repr(window) == 'DateWindow("2023-04-24/2024-04-01", window)'
    ref = _infer._fact_ref(7, "2022-11-25")
    assert ref == ve.FactRef(ordinal=7, date="2022-11-25")
    params = (("before", 7), ("before_date", "2022-11-25"), ("after_days", 150))
    derivation = _infer._derivation(
        ve.Rule.WINDOW_AFTER,
        (*params[2:], *params[:2], ("gap_max", 1095), ("ordinal", 8), ("window", "x")),
        (ref,),
    )
    assert derivation == ve.Derivation.of(
        ve.Rule.WINDOW_AFTER, facts=[ref], gap_max=1095, ordinal=8, window="x", **dict(params)
    )
    inferred = _infer._inferred(window, (derivation,))
    assert inferred == ve.Inferred(window, [derivation])
    host = ve.Inferred("LA")
    unseen = _infer._unseen(PC, 8, inferred, None, host)
    made = ve.Session(
        series=PC, ordinal=8, status=ve.Status.INFERRED, inferred_date=inferred, inferred_host=host
    )
    assert unseen == made
    assert hash(unseen) == hash(made)
    assert ve.to_dict(ve.Timeline(series=[ve.Series(key=PC, sessions=[unseen])])) == ve.to_dict(
        ve.Timeline(series=[ve.Series(key=PC, sessions=[made])])
    )
    seventh = held(7, date(2022, 11, 25))
    assert evolved(seventh, inferred_host=host) == attrs.evolve(seventh, inferred_host=host)


def test_the_inferred_windows_explain_the_same_as_before(seeds_timeline):
    """The derivation of an unseen session reads as the rule's phrase says, in both languages."""
    eighth = seeds_timeline.session(PC, 8).inferred_date.derivation[0]
    assert eighth == ve.Derivation.of(eighth.rule, facts=eighth.facts, **eighth.arguments)
    assert eighth.params == tuple(sorted(eighth.params))


def test_inference_pauses_the_cycle_collector_and_leaves_no_cycles(all_stated):
    """The collector is paused only while inference runs, and nothing is left for it."""
    import gc

    ve.infer(all_stated)  # the first call loads the catalogue and phrase tables
    assert gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        ve.infer(all_stated)
        assert not gc.isenabled()  # a paused collector stays paused
        assert gc.collect() == 0  # inference made no reference cycle
    finally:
        gc.enable()
    ve.infer(all_stated)
    assert gc.isenabled()
