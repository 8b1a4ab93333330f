"""Tests for the learned cadence (``_cadence.py``)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events import LikelyBasis
from vnlao_events._cadence import (
    LEVEL,
    declared_season,
    learn,
    likely_window,
    pooled,
    predictor,
)

# The Intergovernmental Committee's dated sessions: around the turn of the year.
IGC = {
    41: date(2019, 1, 6),
    42: date(2020, 1, 4),
    43: date(2020, 12, 6),
    45: date(2023, 1, 12),
    46: date(2024, 1, 7),
    47: date(2025, 1, 9),
}


def _learn(days: dict[int, date]):
    return learn(list(days), [d.toordinal() for d in days.values()])


def test_median_gap_and_season_of_a_yearly_series():
    """A series meeting every January has a gap near a year and a season near 1 January."""
    history = _learn(IGC)
    assert 360 <= history.gap <= 370
    assert history.season is not None
    assert len(history.season_errors) == len(IGC)


def test_likely_window_of_an_unseen_session_holds_the_usual_day():
    """The 44th, between the 43rd and the 45th, is likely around the turn of 2021/2022."""
    history = _learn(IGC)
    lo, hi = date(2021, 5, 5).toordinal(), date(2022, 8, 15).toordinal()
    window = likely_window(history, pooled([history]), 44, lo, hi)
    assert window is not None
    assert window.level == LEVEL
    assert date(2021, 11, 1) <= window.earliest <= window.latest <= date(2022, 3, 1)
    assert window.days <= 120
    assert window.earliest <= window.most_likely <= window.latest


def test_likely_window_stays_inside_the_hard_window():
    """A hard window narrower than the learned spread clips the likely window."""
    history = _learn(IGC)
    lo, hi = date(2025, 12, 2).toordinal(), date(2025, 12, 31).toordinal()
    window = likely_window(history, pooled([history]), 48, lo, hi)
    assert window.earliest >= date(2025, 12, 2)
    assert window.latest <= date(2025, 12, 31)


def test_prediction_outside_the_hard_window_moves_to_its_edge():
    """When the gaps point before the hard window, the likely window is its first days."""
    history = _learn(IGC)
    lo, hi = date(2030, 1, 1).toordinal(), date(2031, 1, 1).toordinal()
    window = likely_window(history, pooled([history]), 48, lo, hi)
    assert window.earliest == date(2030, 1, 1)


@pytest.mark.parametrize(
    "days",
    [
        {7: date(2022, 11, 25)},  # one dated session: no gap at all
        {7: date(2022, 11, 25), 9: date(2024, 8, 29)},  # one gap, no spread to learn
    ],
)
def test_too_little_history_gives_no_likely_window(days):
    """Without enough dated sessions to learn a spread, no likely window is claimed."""
    history = _learn(days)
    assert likely_window(history, pooled([history]), 10, None, None) is None


def test_a_short_series_borrows_the_spread_of_the_others():
    """Three dated sessions learn a gap; the spread comes from the pooled errors."""
    short = _learn({4: date(2019, 7, 16), 6: date(2021, 8, 31), 7: date(2022, 11, 25)})
    window = likely_window(short, pooled([short, _learn(IGC)]), 8, None, None)
    assert window is not None
    assert window.basis is LikelyBasis.GAPS


def test_irregular_series_keeps_no_season():
    """Days spread over the year: the season predictor is no closer, the gaps are used."""
    days = {k: date(2000, 1, 1) + timedelta(days=400 * k + 97 * (k % 3)) for k in range(1, 10)}
    history = _learn(days)
    window = likely_window(history, pooled([history]), 10, None, None)
    assert window is not None
    assert window.basis is LikelyBasis.GAPS


# ------------------------------------------------------------- likely windows where they show


@pytest.fixture(scope="module")
def committee() -> ve.Timeline:
    """The Committee's dated sessions, inferred: a forecast 48th with a likely window."""
    sessions = [
        ve.Session(
            series="intergovernmental-committee",
            ordinal=k,
            status=ve.Status.HELD,
            date=ve.When.of(ve.DateWindow.day(day)),
            evidence=[ve.Evidence(document=f"d{k}", start=0, end=0, quote="")],
        )
        for k, day in IGC.items()
    ]
    return ve.infer(
        ve.Timeline(series=[ve.Series(key="intergovernmental-committee", sessions=sessions)])
    )


def test_calendar_shows_a_forecast_as_its_likely_window(committee):
    """The forecast 48th is a two-month tentative span in the calendar, not a 3-year banner."""
    forecast = committee.session("intergovernmental-committee", 48)
    assert forecast.forecast
    assert forecast.likely is not None
    assert forecast.inferred_date.value.days > 900
    text = ve.to_ics(committee, lang="en")
    event = text[text.index("SUMMARY:48th") :]
    start = event[event.index("DTSTART;VALUE=DATE:") + 19 :][:8]
    end = event[event.index("DTEND;VALUE=DATE:") + 17 :][:8]
    likely = forecast.likely.value
    assert start == likely.earliest.strftime("%Y%m%d")
    assert end == (likely.latest + timedelta(days=1)).strftime("%Y%m%d")
    assert ve.from_ics(text).session("intergovernmental-committee", 48) == forecast


def test_calendar_leaves_out_a_forecast_without_a_likely_window(seeds_timeline):
    """The seeds' 11th consultation has only its hard window: it is not put on the calendar."""
    text = ve.to_ics(seeds_timeline, lang="en")
    assert "SUMMARY:11th" not in text
    back = ve.from_ics(text).session("political-consultation", 11)
    assert back == seeds_timeline.session("political-consultation", 11)


def test_table_shows_the_likely_window(committee):
    """The timeline table gives the likely window and its level beside the hard window."""
    from vnlao_events.export.table import table

    forecast = committee.session("intergovernmental-committee", 48)
    assert f"likely {forecast.likely.value.format_iso()} (80%)" in table(committee)


def test_plot_draws_the_likely_window(committee):
    """The plot draws one more bar for each session with a likely window."""
    pytest.importorskip("matplotlib")
    import attrs

    plain = attrs.evolve(
        committee,
        series=[
            attrs.evolve(s, sessions=[attrs.evolve(x, likely=None) for x in s.sessions])
            for s in committee.series
        ],
    )
    with_likely = sum(1 for s in committee.sessions() if s.likely is not None)
    assert with_likely >= 2
    draw = ve.plot_figure  # the exporter itself: Timeline.plot() needs it imported first
    drawn = len(draw(committee).axes[0].patches) - len(draw(plain).axes[0].patches)
    assert drawn == with_likely


# ------------------------------------------------------- each series in its own spread


# Sessions 1..6 about a year apart: steady (a few days either way) or irregular (months).
STEADY = {k: date(2010, 1, 10) + timedelta(days=365 * k + 5 * (-1) ** k) for k in range(1, 7)}
IRREGULAR = {
    k: date(2010, 1, 10) + timedelta(days=365 * k + offset)
    for k, offset in zip(range(1, 5), (0, 120, -60, 90), strict=True)
}


def test_spread_of_log_gaps_is_learned_per_series():
    """A steady series has a small spread of log gaps, an irregular one a large one."""
    steady, irregular = _learn(STEADY), _learn(IRREGULAR)
    assert steady.spread is not None
    assert irregular.spread is not None
    assert steady.spread_df == 4
    assert irregular.spread_df == 2
    assert irregular.spread > 20 * steady.spread


def test_moderated_spread_lies_between_the_own_and_the_pooled():
    """The pool counts as one more gap: the spread moves from the series' own to the pool's."""
    steady, irregular = _learn(STEADY), _learn(IRREGULAR)
    pool = pooled([steady, irregular])
    assert pool.variance is not None
    for history in (steady, irregular):
        low, high = sorted((history.spread, pool.variance))
        assert low**0.5 <= history.scale(pool) <= high**0.5
    alone = _learn({1: date(2010, 1, 1), 2: date(2011, 1, 1)})  # one gap: no spread
    assert alone.spread is None
    assert alone.scale(pool) == pytest.approx(pool.variance**0.5)


def test_an_irregular_series_does_not_borrow_a_regular_ones_narrow_spread():
    """Pooled with a steady series, an irregular one still gets the wider window."""
    steady, irregular = _learn(STEADY), _learn(IRREGULAR)
    pool = pooled([steady, irregular])
    wide = likely_window(irregular, pool, 5, None, None)
    narrow = likely_window(steady, pool, 7, None, None)
    assert wide is not None
    assert narrow is not None
    assert wide.basis is LikelyBasis.GAPS
    assert wide.days > 3 * narrow.days


def test_predictor_gives_the_likely_window_of_any_session():
    """predictor() answers as likely_window does, session by session."""
    history = _learn(IGC)
    pool = pooled([history])
    predict = predictor(history, pool)
    for ordinal in (40, 44, 48, 50):
        assert predict(ordinal, None, None) == likely_window(history, pool, ordinal, None, None)
    assert predictor(_learn({7: date(2022, 11, 25)}), pool)(8, None, None) is None


def _days(*days):
    return [d.toordinal() for d in days]


SHORT = learn([1, 2, 3], _days(date(2020, 11, 20), date(2021, 12, 2), date(2022, 11, 28)))


def test_declared_months_give_a_short_history_its_season():
    """Three sessions teach no season; the catalogue's months give one, and say so."""
    pool = pooled([SHORT, _learn(IGC)])  # the short series borrows the spread of a longer one
    plain = likely_window(SHORT, pool, 4, None, None)
    declared = likely_window(SHORT, pool, 4, None, None, months=[11, 12])
    assert plain.basis is LikelyBasis.GAPS
    assert declared.basis is LikelyBasis.CATALOGUE_SEASON
    assert declared.most_likely.month in (11, 12)


def test_a_season_the_history_shows_is_kept_over_the_declared_months():
    """Six sessions around the turn of the year keep their season whatever the catalogue says."""
    history = _learn(IGC)
    pool = pooled([history])
    assert likely_window(history, pool, 48, None, None, months=[7, 8]) == likely_window(
        history, pool, 48, None, None
    )


@pytest.mark.parametrize("months", [(4, 5, 6, 10, 11), (1, 2, 3, 4, 5, 6, 7), ()])
def test_months_that_make_no_season_change_nothing(months):
    """Two clusters, or more than three months either side of the middle, declare no season."""
    pool = pooled([SHORT, _learn(IGC)])
    assert likely_window(SHORT, pool, 4, None, None, months=months) == likely_window(
        SHORT, pool, 4, None, None
    )


@given(st.integers(1, 12), st.integers(1, 5))
def test_a_declared_season_is_centred_in_its_months(first, length):
    """The mean day of a run of months lies in one of them, within its half-width of each."""
    months = tuple((first - 1 + k) % 12 + 1 for k in range(length))
    found = declared_season(months)
    assert found is not None
    angle, half = found
    day = date(2001, 1, 1) + timedelta(days=round(angle / (2 * math.pi) * 365.2425) % 365)
    assert day.month in months
    assert 13 <= half <= 91


def test_a_catalogue_season_reaches_the_timeline_and_explain(tmp_path):
    """A mechanism with `season` months: its sessions' likely windows come from them."""
    path = tmp_path / "season.toml"
    path.write_text("[mechanisms.political-consultation]\nseason = [7, 8, 9]\n", encoding="utf-8")
    catalogue = ve.Catalogue.default().load(path)
    stated = ve.assemble(ve.extract_all(ve.bundled_seeds()), catalogue)
    with_months = ve.infer(stated, catalogue)
    without = ve.infer(stated)
    eighth = with_months.session("political-consultation", 8)
    assert eighth.likely is not None
    assert eighth.likely.value.basis is LikelyBasis.CATALOGUE_SEASON
    assert eighth.likely.value.most_likely.month in (7, 8, 9)
    assert without.session("political-consultation", 8).likely is None  # too little history
    text = ve.explain(with_months, "political-consultation", 8)
    assert "from the months the catalogue gives the series" in text
    assert "theo các tháng danh mục ghi cho chuỗi phiên" in ve.explain(
        with_months, "political-consultation", 8, lang="vi"
    )


@pytest.mark.parametrize("level", [0.0, 1.0, 1.5, -0.2])
def test_a_level_outside_zero_and_one_is_refused(level):
    """The nominal level is checked once, before any window is built."""
    days = [date(2020 + k, 3, 1).toordinal() for k in range(4)]
    history = learn([1, 2, 3, 4], days)
    with pytest.raises(ve.ParseError, match="'level' must be between 0 and 1"):
        likely_window(history, pooled([history]), 5, None, None, level=level)


# A plain composition of the predictor's three steps (placement between the dated
# neighbours, the season's nearest day, clipping to the hard window), as it was written
# before predictor() inlined them: the inlined one must answer exactly as this does.
def _reference_predict(history, pool, ordinal, lo, hi, level=LEVEL):
    import bisect

    from vnlao_events._model import LikelyWindow

    points, gap = history.points, history.gap
    if gap is None or gap <= 0 or len(points) < 2:
        return None
    quantile = ve._cadence._quantile
    widths = {}
    for kind in ("bridge", "side"):
        own = history.residuals.of(kind)
        relative = quantile(own, level) if len(own) >= 9 else None
        if relative is None:
            spread = history.scale(pool) if pool.variance else None
            q = quantile(pool.of(kind), level)
            if q is not None:
                relative = q * (spread or 1.0)
        widths[kind] = relative
    season, season_width = history.season, quantile(history.season_errors, level)
    if season is None or season_width is None or season_width > 91:
        season = season_width = None
    if season_width is None and widths["bridge"] is None and widths["side"] is None:
        return None
    at = bisect.bisect_left(points, (ordinal, -math.inf))
    before = points[at - 1] if at else None
    after_at = at + 1 if at < len(points) and points[at][0] == ordinal else at
    after = points[after_at] if after_at < len(points) else None
    if before is not None and after is not None:
        (kb, tb), (ka, ta) = before, after
        centre = tb + (ordinal - kb) / (ka - kb) * (ta - tb)
        scale, kind = (
            max(gap * math.sqrt((ordinal - kb) * (ka - ordinal) / (ka - kb)), 1.0),
            "bridge",
        )
    elif before is not None:
        kb, tb = before
        centre, scale, kind = (
            tb + (ordinal - kb) * gap,
            max(gap * math.sqrt(ordinal - kb), 1.0),
            "side",
        )
    else:
        ka, ta = after
        centre, scale, kind = (
            ta - (ka - ordinal) * gap,
            max(gap * math.sqrt(ka - ordinal), 1.0),
            "side",
        )
    relative = widths[kind]
    half = None if relative is None else relative * scale
    if season is None:
        middle, start, end, basis = centre, centre - half, centre + half, LikelyBasis.GAPS
    else:
        year = date.fromordinal(min(max(round(centre), 367), date.max.toordinal() - 367)).year
        offset = season / (2 * math.pi) * 365.2425
        day = date(year, 1, 1).toordinal() + offset
        for y in (year - 1, year + 1):
            other = date(y, 1, 1).toordinal() + offset
            if abs(other - centre) < abs(day - centre):
                day = other
        basis = LikelyBasis.SEASON
        if half is None:
            middle, start, end = day, day - season_width, day + season_width
        else:
            middle = day if season_width <= half else centre
            start, end = (
                min(centre - half, day - season_width),
                max(centre + half, day + season_width),
            )
    first, last = math.floor(start), math.ceil(end)
    low = date.min.toordinal() if lo is None else lo
    high = date.max.toordinal() if hi is None else hi
    if low > high:
        return None
    width = last - first
    if last < low:
        first, last = low, low + width
    elif first > high:
        first, last = high - width, high
    first, last = max(first, low), min(last, high)
    best = min(max(round(middle), first), last)
    return LikelyWindow(
        earliest=date.fromordinal(first),
        latest=date.fromordinal(last),
        level=level,
        basis=basis,
        most_likely=date.fromordinal(best),
    )


@given(
    st.lists(st.integers(60, 800), min_size=1, max_size=14),
    st.lists(st.integers(0, 1), min_size=14, max_size=14),
    st.integers(-3, 20),
    st.integers(-900, 900),
    st.integers(0, 900),
)
def test_predictor_answers_as_its_plain_composition(gaps, skips, ordinal, shift, width):
    """The inlined predictor equals placement + season + clipping composed plainly."""
    ordinals, days, k, day = [], [], 1, date(2000, 3, 1).toordinal()
    for gap, skip in zip(gaps, skips, strict=False):
        ordinals.append(k)
        days.append(day)
        k, day = k + 1 + skip, day + gap * (1 + skip)
    history = learn(ordinals, days)
    other = _learn(IGC)
    pool = pooled([history, other])
    lo = days[0] + shift
    for bounds in ((None, None), (lo, lo + width), (lo, None), (None, lo)):
        got = predictor(history, pool)(ordinal, *bounds)
        assert got == _reference_predict(history, pool, ordinal, *bounds)


def test_slot_setters_refuse_a_name_that_is_no_slot():
    """Only a frozen slotted class's fields get a setter; a method or unknown name is refused."""
    from vnlao_events._cadence import slot_setters

    with pytest.raises(TypeError, match=r"LikelyWindow\.days is not a slot"):
        slot_setters(ve.LikelyWindow, "days")
    with pytest.raises(TypeError, match=r"LikelyWindow\.nothing is not a slot"):
        slot_setters(ve.LikelyWindow, "nothing")
