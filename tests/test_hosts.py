"""Host rules as catalogue data: alternate, rotate (by session or year), fixed, free."""

from __future__ import annotations

from datetime import date

import pytest

import vnlao_events as ve

ASEAN = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")


def _catalogue(entry: str) -> ve.Catalogue:
    """A catalogue of one mechanism ``m`` (no built-in entries)."""
    return ve.Catalogue.from_toml(
        '[mechanisms.m]\nnames.en = "M"\naliases.en = ["m meeting"]\n'
        "gap_min_days = 100\ngap_max_days = 800\n" + entry
    )


def held(n: int, day: date, country: str | None = None) -> ve.Session:
    """A held session of ``m`` with one piece of evidence."""
    return ve.Session(
        series="m",
        ordinal=n,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(day)),
        place=ve.Place(country=country) if country else None,
        evidence=[ve.Evidence(document=f"d{n}", start=0, end=1, quote="x")],
    )


def _infer(catalogue: ve.Catalogue, *sessions: ve.Session) -> ve.Timeline:
    return ve.infer(ve.Timeline(series=[ve.Series(key="m", sessions=sessions)]), catalogue)


def test_alternation_between_any_two_members():
    """'alternate' takes turns between the catalogue's two members, not a fixed pair."""
    catalogue = _catalogue('host_rule = "alternate"\nmembers = ["VN", "KH"]\n')
    t = _infer(catalogue, held(1, date(2020, 5, 1), "VN"), held(3, date(2022, 5, 1), "VN"))
    second, fourth = t.session("m", 2), t.session("m", 4)
    assert second.where.country == "KH"
    assert "host KH by alternation (1st VN, 3rd VN)" in [str(d) for d in second.all_derivations()]
    assert fourth.forecast
    assert fourth.where.country == "KH"


def test_alternation_reports_a_host_against_the_rule():
    """A stated host that breaks the alternation is a host conflict naming the session."""
    catalogue = _catalogue('host_rule = "alternate"\nmembers = ["VN", "CN"]\n')
    t = _infer(
        catalogue,
        held(1, date(2020, 5, 1), "VN"),
        held(2, date(2021, 5, 1), "CN"),
        held(3, date(2022, 5, 1), "VN"),
        held(4, date(2023, 5, 1), "VN"),
    )
    host_conflicts = [c for c in t.conflicts if c.kind == "host"]
    assert [c.ordinal for c in host_conflicts] == [4]
    assert "breaks the alternation" in host_conflicts[0].message


def test_rotation_by_session_from_stated_hosts():
    """'rotate' by session: each member in turn, the phase from the stated hosts."""
    catalogue = _catalogue('host_rule = "rotate"\nmembers = ["KH", "LA", "VN"]\n')
    t = _infer(catalogue, held(4, date(2020, 5, 1), "LA"), held(6, date(2022, 5, 1), "KH"))
    assert t.session("m", 5).where.country == "VN"
    assert "host VN by rotation (4th LA, 6th KH)" in [
        str(d) for d in t.session("m", 5).all_derivations()
    ]
    assert t.session("m", 7).forecast
    assert t.session("m", 7).where.country == "LA"


def test_rotation_by_session_from_the_anchor():
    """An anchored rotation gives hosts with no stated host at all."""
    catalogue = _catalogue(
        'host_rule = "rotate"\nmembers = ["KH", "LA", "VN"]\nanchor = {session = 1, host = "KH"}\n'
    )
    t = _infer(catalogue, held(4, date(2020, 5, 1)), held(6, date(2022, 5, 1)))
    assert [t.session("m", k).where.country for k in (4, 5, 6, 7)] == ["KH", "LA", "VN", "KH"]
    assert "host LA by rotation (anchor 1st KH)" in [
        str(d) for d in t.session("m", 5).all_derivations()
    ]


def test_rotation_by_year_with_a_member_passing_its_turn():
    """ASEAN's chair: alphabetical by year from the anchor, Myanmar passing its turn."""
    catalogue = _catalogue(
        'host_rule = "rotate"\nrotation = "year"\nmembers = '
        + str(list(ASEAN)).replace("'", '"')
        + '\nskips = ["MM"]\nanchor = {year = 2024, host = "LA"}\n'
    )
    t = _infer(
        catalogue,
        held(44, date(2024, 6, 1)),
        held(46, date(2025, 5, 26)),
        held(47, date(2025, 10, 26)),
    )
    assert t.session("m", 44).where.country == "LA"
    assert t.session("m", 46).where.country == "MY"
    assert "host MY by rotation (anchor 2024 LA)" in [
        str(d) for d in t.session("m", 46).all_derivations()
    ]
    assert t.session("m", 45).where is None  # its window spans two years: no host
    forecast = t.session("m", 48)
    assert forecast.forecast
    assert forecast.when.window.earliest.year >= 2026
    assert not (forecast.place and forecast.where.country)  # window over several years


def test_rotation_by_year_breaks_reported():
    """A stated chair against the anchored rotation is a host conflict."""
    catalogue = _catalogue(
        'host_rule = "rotate"\nrotation = "year"\nmembers = ["KH", "LA", "VN"]\n'
        'anchor = {year = 2020, host = "KH"}\n'
    )
    t = _infer(catalogue, held(1, date(2020, 5, 1), "KH"), held(2, date(2021, 5, 1), "VN"))
    assert [c.ordinal for c in t.conflicts if c.kind == "host"] == [2]


def test_rotation_tie_infers_nothing():
    """Two phases supported equally: a conflict, and no host inferred."""
    catalogue = _catalogue('host_rule = "rotate"\nmembers = ["KH", "LA", "VN"]\n')
    t = _infer(catalogue, held(1, date(2020, 5, 1), "KH"), held(3, date(2022, 5, 1), "KH"))
    assert t.session("m", 2).place is None
    assert any("the host should rotate" in c.message for c in t.conflicts)


def test_fixed_host():
    """'fixed': every unseen session is at the one host; another stated host conflicts."""
    catalogue = _catalogue('host_rule = "fixed"\nmembers = ["VN", "LA"]\nhost = "VN"\n')
    t = _infer(catalogue, held(1, date(2020, 5, 1)), held(3, date(2022, 5, 1), "LA"))
    assert t.session("m", 2).where.country == "VN"
    assert "host VN fixed by the catalogue" in [str(d) for d in t.session("m", 2).all_derivations()]
    assert [c.ordinal for c in t.conflicts if c.kind == "host"] == [3]


def test_free_infers_no_host():
    """'free': no host is inferred."""
    catalogue = _catalogue('host_rule = "free"\nmembers = ["VN", "LA"]\n')
    t = _infer(catalogue, held(1, date(2020, 5, 1), "VN"), held(3, date(2022, 5, 1), "VN"))
    assert t.session("m", 2).place is None


def test_inferred_hosts_are_idempotent():
    """Inference over its own result gives the same hosts."""
    catalogue = _catalogue('host_rule = "rotate"\nmembers = ["KH", "LA", "VN"]\n')
    once = _infer(catalogue, held(4, date(2020, 5, 1), "LA"), held(6, date(2022, 5, 1), "KH"))
    assert ve.infer(once, catalogue) == once


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "host VN by rotation (4th LA, 6th KH)"),  # en: the rule and its basis
        ("vi", "nước chủ nhà VN theo vòng luân phiên (thứ 4 LA, thứ 6 KH)"),  # vi
    ],
)
def test_rotation_explained(lang, line):
    """explain() says the rotation in both languages."""
    catalogue = _catalogue('host_rule = "rotate"\nmembers = ["KH", "LA", "VN"]\n')
    t = _infer(catalogue, held(4, date(2020, 5, 1), "LA"), held(6, date(2022, 5, 1), "KH"))
    assert line in ve.explain(t, "m", 5, lang=lang)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('host_rule = "alternate"\nmembers = ["VN"]\n', "needs exactly two 'members'"),
        ('host_rule = "rotate"\nmembers = ["VN"]\n', "needs at least two 'members'"),
        ('host_rule = "fixed"\nmembers = ["VN"]\n', "'fixed' needs a 'host'"),
        ('members = ["VN", "XX"]\n', "m.members must hold ISO 3166-1 alpha-2 codes"),
        ('members = ["VN", "VN"]\n', "must not repeat a member"),
        ('members = ["VN", "LA"]\nskips = ["KH"]\n', "'skips' must name members"),
        ('members = ["VN", "LA"]\nseason = [13]\n', "m.season must hold months 1..12"),
        ('rotation = "decade"\n', "m.rotation must be 'session' or 'year'"),
        (  # an anchor on a non-member
            'host_rule = "rotate"\nmembers = ["VN", "LA"]\nanchor = {session = 1, host = "KH"}\n',
            "'anchor.host' must be a member",
        ),
        (  # a rotation by year anchored at a session
            'host_rule = "rotate"\nrotation = "year"\nmembers = ["VN", "LA"]\n'
            'anchor = {session = 1, host = "VN"}\n',
            "needs a 'year'",
        ),
        ('anchor = {host = "VN"}\n', "needs one of 'session' or 'year'"),
        ('anchor = {host = "VN", month = 3}\n', "m.anchor.month is not a field"),
        ('anchor = {host = "V1", session = 1}\n', "m.anchor.host must be an ISO 3166-1"),
        ('anchor = {host = "VN", session = "one"}\n', "m.anchor.session must be int"),
        ('host_rule = "fixed"\nmembers = ["VN", "LA"]\nhost = "KH"\n', "'host' must be one of"),
    ],
)
def test_host_rule_problems(entry, message):
    """A host rule that does not fit its members is a catalogue error naming the entry."""
    with pytest.raises(ve.CatalogueError) as caught:
        _catalogue(entry)
    assert message in str(caught.value)
    assert "mechanisms.m" in str(caught.value)


def test_vietnam_laos_defaults_come_from_the_data():
    """The built-in mechanisms' members come from the catalogue file, in its order."""
    catalogue = ve.Catalogue.default()
    assert catalogue.mechanisms["political-consultation"].members == ("VN", "LA")
    assert catalogue.defaults["members"] == ["VN", "LA"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "rejected: KH (breaks the host rule of: 1st, 2nd, 4th); left out of inference"),
        (
            "vi",
            "bị loại: KH (phá vỡ quy tắc nước chủ nhà của: phiên thứ 1, phiên thứ 2, phiên thứ 4)",
        ),  # vi
    ],
)
def test_rejected_host_explained(lang, words):
    """explain() says a stated host was left out for breaking the series' rotation."""
    catalogue = _catalogue('host_rule = "rotate"\nmembers = ["KH", "LA", "VN"]\n')
    t = _infer(
        catalogue,
        held(1, date(2020, 5, 1), "KH"),
        held(2, date(2021, 5, 1), "LA"),
        held(3, date(2022, 5, 1), "KH"),
        held(4, date(2023, 5, 1), "KH"),
    )
    (conflict,) = [c for c in t.conflicts if c.kind == "host"]
    assert conflict.ordinal == 3
    assert "breaks the rotation of the 1st (2020-05-01)" in conflict.message
    assert words in ve.explain(t, "m", 3, lang=lang)
