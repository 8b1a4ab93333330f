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


def test_a_mention_takes_its_kind_as_a_string():
    """Callers passing the old strings get the enum member."""
    evidence = ve.Evidence(document="a", start=0, end=1, quote="x")
    mention = ve.Mention(kind="event", document="a", evidence=evidence)
    assert mention.kind is ve.MentionKind.EVENT


def test_options_take_members_or_strings_alike(monkeypatch):
    """A member and its string give the same calendar."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the same DTSTAMP in both
    timeline = ve.build_timeline(ve.bundled_seeds())
    assert ve.to_ics(timeline, lang=ve.Lang.VI, imprecise=ve.Imprecise.OMIT) == ve.to_ics(
        timeline, lang="vi", imprecise="omit"
    )
