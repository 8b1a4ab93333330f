"""Tests for assembly (``_assemble.py``)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given as for_all
from hypothesis import strategies as st

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


def test_session_whose_minutes_were_carried_out_is_held(all_stated):
    """'reviewed the one-year implementation of …, the minutes of the 28th meeting': held.

    The text says so itself (minutes carried out), so no rule is needed to reach it.
    """
    session = all_stated.session("border-annual-meeting", 28)
    assert session.status is ve.Status.HELD
    assert session.derivation == ()
    assert any("minutes of the 28th" in e.quote for e in session.evidence)


def test_session_before_a_held_one_is_held():
    """'looked back on the 28th meeting' in a report of the 29th: the 28th was held."""
    document = ve.Document(
        id="a.txt",
        text="The 29th annual meeting between the Vietnamese and Lao border delegations took place"
        " in Vientiane on December 20, 2019. The two sides also looked back on the 28th meeting"
        " between the border delegations.",
        published=ve.PartialDate(2019, 12, 21),
    )
    session = ve.build_timeline([document], infer=False).session("border-annual-meeting", 28)
    assert session is not None
    assert session.status is ve.Status.HELD
    assert any("comes before the 29th" in str(d) for d in session.derivation)


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


@pytest.mark.parametrize(
    ("dated", "open_year"),
    [
        (  # Vietnamese: a dated report and a day-month report of the same summit in Hà Nội
            "Ngày 1-2/12/2025, tại Hà Nội, đã diễn ra Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam"
            " và Đảng Nhân dân Cách mạng Lào.",
            "Sáng 2/12, tại Hà Nội, Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân"
            " Cách mạng Lào đã diễn ra.",
        ),
        (  # English: the same, in the English phrasing
            "On December 1-2, 2025, the high-level meeting between the two Parties took place in"
            " Hanoi.",
            "The high-level meeting between the two Parties was held in Hanoi on December 2.",
        ),
    ],
)
def test_open_year_mention_joins_the_dated_mention_of_the_same_meeting(dated, open_year):
    """'2/12' with no year and '1-2/12/2025', both in Hà Nội, are one meeting, not two."""
    docs = [_doc("a.txt", dated, "2025-12-03"), ve.Document.from_text(open_year, id="b.txt")]
    sessions = list(ve.build_timeline(docs, infer=False).sessions())
    assert len(sessions) == 1
    assert sessions[0].documents == ("a.txt", "b.txt")
    assert sessions[0].date.format_iso() == "2025-12-01/2025-12-02"


def test_open_year_mention_in_another_city_stays_apart():
    """'2/12' in Viêng Chăn is not the Hà Nội meeting of 1-2/12/2025."""
    docs = [
        _doc(
            "a.txt",
            "Ngày 1-2/12/2025, tại Hà Nội, đã diễn ra Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam"
            " và Đảng Nhân dân Cách mạng Lào.",
            "2025-12-03",
        ),
        ve.Document.from_text(
            "Sáng 2/12, tại Viêng Chăn, Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân"
            " dân Cách mạng Lào đã diễn ra.",
            id="b.txt",
        ),
    ]
    assert len(list(ve.build_timeline(docs, infer=False).sessions())) == 2


def _session_mention(document: str, **fields) -> ve.SessionMention:
    """A session mention quoting "x" in ``document``, with ``fields``."""
    quote = "x"
    return ve.SessionMention(
        document=document,
        evidence=ve.Evidence(document=document, start=0, end=len(quote), quote=quote),
        **fields,
    )


def _mention(document: str, status: ve.Status | None, window: ve.DateWindow, city: str):
    """A session mention; ``status`` None: the mention gives none (the default)."""
    return _session_mention(
        document,
        series="intergovernmental-committee",
        ordinal=46,
        date=ve.When.of(window),
        place=ve.Place(city=city),
        **({} if status is None else {"status": status}),
    )


@pytest.mark.parametrize("report_status", [ve.Status.HELD, ve.Status.HELD_OR_PLANNED, None])
def test_a_report_beats_an_announcement_for_date_and_place(report_status):
    """'will co-chair on 6 January in Hà Nội' vs a report of 8 January in Viêng Chăn."""
    plan = _mention("plan.txt", ve.Status.PLANNED, ve.DateWindow.day(date(2024, 1, 6)), "Hà Nội")
    report = _mention("held.txt", report_status, ve.DateWindow.day(date(2024, 1, 8)), "Viêng Chăn")
    for order in ([plan, report], [report, plan]):
        session = ve.assemble(order).session("intergovernmental-committee", 46)
        assert session.date.format_iso() == "2024-01-08"
        assert session.place.city == "Viêng Chăn"


# ------------------------------------------- disagreeing dates and their support (issue 11)

IGC = "intergovernmental-committee"


@pytest.mark.parametrize(
    ("one", "two", "three"),
    [
        (  # Vietnamese: one report of the 6th against two of the 7th
            "Ngày 6/1/2024, tại Hà Nội, đã diễn ra Kỳ họp lần thứ 46 Ủy ban liên Chính phủ"
            " Việt Nam - Lào.",
            "Ngày 7/1/2024, tại Hà Nội, đã diễn ra Kỳ họp lần thứ 46 Ủy ban liên Chính phủ"
            " Việt Nam - Lào.",
            "Sáng 7/1/2024, Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra.",
        ),
        (  # English
            "On January 6, 2024, the 46th meeting of the Vietnam-Laos Intergovernmental"
            " Committee was held in Hanoi.",
            "On January 7, 2024, the 46th meeting of the Vietnam-Laos Intergovernmental"
            " Committee was held in Hanoi.",
            "The 46th meeting of the Vietnam-Laos Intergovernmental Committee was held in"
            " Hanoi on January 7, 2024.",
        ),
    ],
)
def test_the_date_more_documents_report_wins_once(one, two, three):
    """Two reports of one day outweigh one report of the day before; one conflict, not two."""
    docs = [
        _doc("a.txt", one, "2024-01-08"),  # first in document order: order must not decide
        _doc("b.txt", two, "2024-01-08"),
        _doc("c.txt", three, "2024-01-08"),
    ]
    for given in (docs, docs[::-1]):
        timeline = ve.build_timeline(given, infer=False)
        assert timeline.session(IGC, 46).date.format_iso() == "2024-01-07"
        dates = [c for c in timeline.conflicts if c.kind == "date"]
        assert len(dates) == 1
        assert "a.txt 2024-01-06" in dates[0].message
        inferred = ve.infer(timeline)
        assert inferred.session(IGC, 46).date.format_iso() == "2024-01-07"
        assert [c.message for c in inferred.conflicts if c.kind == "date"] == [dates[0].message]


@pytest.mark.parametrize(
    ("announced", "reported"),
    [
        (  # English: "will co-chair … on 6–7 January" and "co-chaired … on 7 January"
            "Prime Minister Pham Minh Chinh will co-chair the 46th meeting of the Vietnam-Laos"
            " Intergovernmental Committee on January 6-7.",
            "Prime Minister Pham Minh Chinh co-chaired the 46th meeting of the Vietnam-Laos"
            " Intergovernmental Committee in Hanoi on January 7.",
        ),
        (  # Vietnamese
            "Thủ tướng Phạm Minh Chính sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ"
            " Việt Nam - Lào vào ngày 6-7/1.",
            "Ngày 7/1, Thủ tướng Phạm Minh Chính đã đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên"
            " Chính phủ Việt Nam - Lào tại Hà Nội.",
        ),
    ],
)
def test_the_report_outweighs_announcements(announced, reported):
    """A held report's day stands against two announcements of other days."""
    docs = [
        _doc("p1.txt", announced, "2024-01-03"),
        _doc("p2.txt", announced.replace("6-7", "4-5"), "2024-01-03"),
        _doc("q.txt", reported, "2024-01-08"),
    ]
    session = ve.build_timeline(docs).session(IGC, 46)
    assert session.status is ve.Status.HELD
    assert session.date.format_iso() == "2024-01-07"
    assert len(session.documents) == 3


def _chaired(document: str, *people: ve.Participant) -> ve.SessionMention:
    return _session_mention(
        document, series="ministerial-political-consultation", ordinal=8, co_chairs=people
    )


VN_CHAIR = ve.Participant(written="Bui Thanh Son", canonical="Bùi Thanh Sơn", country="VN")
LA_CHAIR = ve.Participant(
    written="Saleumxay Kommasith", canonical="Saleumxay Kommasith", country="LA"
)
NO_COUNTRY = ve.Participant(written="Khamla Sonsay")


@pytest.mark.parametrize(
    "stated",
    [(LA_CHAIR, VN_CHAIR), (VN_CHAIR, LA_CHAIR), (NO_COUNTRY, LA_CHAIR, VN_CHAIR)],
)
def test_co_chairs_follow_the_member_order_whatever_order_the_text_names_them(stated):
    """Vietnam's co-chair, then Laos', then anyone of no member country, as the members are.

    'Lao FM X and his Vietnamese counterpart Y' names Laos first.
    """
    session = next(iter(ve.assemble([_chaired("a.txt", *stated)]).sessions()))
    expected = [VN_CHAIR, LA_CHAIR] + ([NO_COUNTRY] if NO_COUNTRY in stated else [])
    assert list(session.co_chairs) == expected


OTHER_VN = ve.Participant(written="Nguyen Van A", country="VN")


def test_a_second_person_of_a_chaired_side_takes_part_but_does_not_co_chair():
    """'X and Y co-chaired …' in one sentence, 'a delegation led by Z' of Vietnam in another."""
    mentions = [_chaired("a.txt", OTHER_VN), _chaired("a.txt", VN_CHAIR, LA_CHAIR)]
    session = next(iter(ve.assemble(mentions).sessions()))
    assert list(session.co_chairs) == [VN_CHAIR, LA_CHAIR]
    assert OTHER_VN in session.participants


PEOPLE = [VN_CHAIR, LA_CHAIR, NO_COUNTRY, OTHER_VN]


@for_all(
    st.lists(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3), min_size=1, max_size=4)
)
def test_co_chairs_are_one_per_side_and_nobody_stated_is_lost(stated):
    """A side co-chairs with one person; whoever else is named co-chair takes part."""
    mentions = [_chaired(f"d{i}.txt", *people) for i, people in enumerate(stated)]
    session = next(iter(ve.assemble(mentions).sessions()))
    sides = [p.country for p in session.co_chairs if p.country is not None]
    assert len(sides) == len(set(sides))
    named = {p for people in stated for p in people}
    assert named <= {*session.co_chairs, *session.participants}
    pairs = [set(people) for people in stated if len(set(people)) > 1]
    if pairs == [{VN_CHAIR, LA_CHAIR}]:  # the one mention naming two people names both sides
        assert set(session.co_chairs) == {VN_CHAIR, LA_CHAIR}


def test_a_user_mechanism_orders_its_co_chairs_by_its_own_members(tmp_path):
    """A mechanism listing Laos first puts Laos' co-chair first."""
    path = tmp_path / "la-first.toml"
    path.write_text(
        '[mechanisms.ministerial-political-consultation]\nmembers = ["LA", "VN"]\n',
        encoding="utf-8",
    )
    catalogue = ve.Catalogue.default().load(path)
    stated = ve.assemble([_chaired("a.txt", VN_CHAIR, LA_CHAIR)], catalogue)
    session = next(iter(stated.sessions()))
    assert list(session.co_chairs) == [LA_CHAIR, VN_CHAIR]


@pytest.mark.parametrize(
    "texts",
    [
        (  # en, no published date: days of an open year
            "Prime Minister Pham Minh Chinh and his Lao counterpart co-chaired the 45th meeting"
            " of the Vietnam-Laos Intergovernmental Committee in Vientiane on January 12.",
            "The 45th meeting of the Intergovernmental Committee, held on January 11-12, was"
            " attended by representatives of 20 ministries.",
        ),
        (  # vi
            "Ngày 12/1, Thủ tướng Phạm Minh Chính đồng chủ trì Kỳ họp lần thứ 45 Ủy ban liên"
            " Chính phủ Việt Nam - Lào tại Viêng Chăn.",
            "Kỳ họp lần thứ 45 Ủy ban liên Chính phủ diễn ra trong hai ngày 11-12/1.",
        ),
    ],
)
def test_a_day_of_a_meetings_stated_days_is_one_of_them(texts):
    """'held on January 11-12' and 'on January 12': the session is the two days, no conflict."""
    document = ve.Document.from_text(" ".join(texts))
    timeline = ve.assemble(ve.extract(document))
    session = timeline.session("intergovernmental-committee", 45)
    assert session.date.format_iso() == "--01-11/--01-12"
    assert not [c for c in timeline.conflicts if c.kind is ve.ConflictKind.DATE]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (11, 12, "2023-01-11/2023-01-12"),  # the meeting's two days: the day is one of them
        (5, 14, "2023-01-12"),  # a visit's ten days are no meeting's span: the day stays
    ],
)
def test_a_dated_day_inside_stated_days(first, last, expected):
    """With years known: a day inside a few stated days gives the days; a long span does not."""
    from datetime import date

    day = _mention("a.txt", ve.Status.HELD, ve.DateWindow.day(date(2023, 1, 12)), "Vientiane")
    span = _mention(
        "b.txt",
        ve.Status.HELD,
        ve.DateWindow(date(2023, 1, first), date(2023, 1, last), ve.Precision.DAYS),
        "Vientiane",
    )
    session = ve.assemble([day, span]).session("intergovernmental-committee", 46)
    assert session.date.window.format_iso() == expected
