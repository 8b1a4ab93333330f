"""Kinds and options as string enums: equal to their old strings, checked at the edge."""

from __future__ import annotations

import pytest

import vnlao_events as ve

KINDS = [ve.Lang, ve.MentionKind, ve.ConflictKind, ve.DateKind, ve.PlaceKind, ve.Imprecise,
         ve.PlotFormat]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_members_compare_equal_to_their_strings(kind):
    """Every member equals its old string and is read back from it."""
    for member in kind:
        assert member == member.value
        assert str(member) == member.value
        assert kind(member.value) is member


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ve.Conflict(kind="dates", message="x"),  # a typo of "date"
         "'kind' must be one of 'date', 'place', 'plan-changed', 'cadence', 'no-year', 'host'"
         " (got 'dates')"),
        (lambda: ve.explain(ve.Timeline(), "x", 1, lang="fr"),  # no such language
         "'lang' must be 'en' or 'vi' (got 'fr')"),
        (lambda: ve.to_ics(ve.Timeline(), imprecise="drop"),  # no such option
         "'imprecise' must be 'tentative' or 'omit' (got 'drop')"),
        (lambda: ve.to_html(ve.Timeline(), lang="lo"),  # names exist in Lao, pages do not
         "'lang' must be 'en' or 'vi' (got 'lo')"),
        (lambda: ve.table(ve.Timeline(), lang=1),  # not a string at all
         "'lang' must be 'en' or 'vi' (got 1)"),
    ],
)  # fmt: skip
def test_a_bad_value_is_named_with_the_choices(make, message):
    """A bad kind or option is refused in one line naming the value and the choices."""
    with pytest.raises(ve.ParseError) as caught:
        make()
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("kind", "make"),
    [
        ("session", lambda e: ve.SessionMention(document="a", evidence=e, series="x")),
        ("event", lambda e: ve.EventMention(document="a", evidence=e, event=ve.Event(
            kind=ve.EventKind.VISIT, summary="Visit"))),
        ("period", lambda e: ve.PeriodMention(document="a", evidence=e, period=ve.Period(
            name="Plan", start_year=2021, end_year=2025))),
        ("anniversary", lambda e: ve.AnniversaryMention(document="a", evidence=e,
            anniversary=ve.Anniversary(name="ties", nth=60, year=2022))),
    ],
)  # fmt: skip
def test_each_mention_type_says_its_kind(kind, make):
    """Each mention type's read-only kind is its enum member, equal to the old string."""
    mention = make(ve.Evidence(document="a", start=0, end=1, quote="x"))
    assert mention.kind is ve.MentionKind(kind)
    assert mention.kind == kind
    assert isinstance(mention, ve.Mention)
    with pytest.raises(AttributeError):
        mention.kind = ve.MentionKind.SESSION


def test_options_take_members_or_strings_alike(monkeypatch):
    """A member and its string give the same calendar."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the same DTSTAMP in both
    timeline = ve.build_timeline(ve.bundled_seeds())
    assert ve.to_ics(timeline, lang=ve.Lang.VI, imprecise=ve.Imprecise.OMIT) == ve.to_ics(
        timeline, lang="vi", imprecise="omit"
    )
