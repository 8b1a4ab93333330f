"""Extraction held to the gold files, one test per article, plus the rules behind it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.gold import check_session, date_ok, find_session

import vnlao_events as ve
from vnlao_events.extract import body_end

CATALOGUE = ve.Catalogue.default()
SEED_IDS = [
    "000_a9a9930358f5a7d1.txt", "001_5faa7db0ee151eab.txt", "002_1a0de0da4f4a816a.txt",
    "003_71d1d54ed88e5950.txt", "004_929a0ff899138e30.txt",
]  # fmt: skip
DEV_IDS = [f"dev-{n:02d}.txt" for n in range(1, 12)]


def _assert_session(gold: dict[str, Any], timeline: ve.Timeline) -> None:
    session = find_session(timeline, gold)
    assert session is not None, f"missing {gold['mechanism']} #{gold.get('ordinal')}"
    checks = check_session(gold, session, CATALOGUE)
    wrong = {k: v for k, v in checks.items() if v is False}
    assert not wrong, (gold, session, wrong)


@pytest.mark.parametrize("doc_id", [d for d in SEED_IDS if d != "001_5faa7db0ee151eab.txt"])
def test_seed_article_sessions(doc_id, seeds_gold, seeds_stated):
    """Every required session the gold file takes from this seed article is extracted."""
    golds = [
        g
        for g in seeds_gold["sessions"]
        if g["level"] == "required" and g["status"] != "inferred" and doc_id in g["sources"]
    ]
    assert golds
    for gold in golds:
        _assert_session(gold, seeds_stated)


@pytest.mark.parametrize("doc_id", ["001_5faa7db0ee151eab.txt", "002_1a0de0da4f4a816a.txt"])
def test_seed_article_events(doc_id, seeds_gold, seeds_stated):
    """Every required one-off event of this seed article is extracted with its facts."""
    golds = [g for g in seeds_gold["events"] if g["level"] == "required" and doc_id in g["sources"]]
    assert golds
    for gold in golds:
        candidates = [
            e
            for e in seeds_stated.events
            if e.kind.value == gold["kind"]
            and date_ok(gold, e.date)
            and {ve._text.fold_plain(p) for p in gold["participants"]}
            <= {ve._text.fold_plain(p.name) for p in e.participants}
        ]
        assert candidates, gold["summary"]
        event = candidates[0]
        if gold.get("country"):
            assert event.place is not None
            assert event.place.country == gold["country"]


@pytest.mark.parametrize("doc_id", DEV_IDS)
def test_dev_article_sessions(doc_id, dev_gold, dev_docs, all_stated):
    """Every session the dev gold file takes from this article is extracted.

    Checked on the dev corpus alone (as `vnlao-events timeline corpus/dev --no-infer`) and
    together with the seeds.
    """
    golds = [g for g in dev_gold["sessions"] if doc_id in g["sources"]]
    assert golds
    dev_only = ve.build_timeline(dev_docs, infer=False)
    for gold in golds:
        _assert_session(gold, dev_only)
        _assert_session(gold, all_stated)


def test_seed_002_furniture_gives_nothing(seeds_stated, seeds):
    """'Chiều 14/10, tại thủ đô Vientiane' and other related-story teasers give no facts."""
    doc = next(d for d in seeds if d.id.startswith("002"))
    end = body_end(doc.text)
    assert end < len(doc.text)
    for item in [*seeds_stated.sessions(), *seeds_stated.events]:
        for evidence in item.evidence:
            if evidence.document == doc.id:
                assert evidence.end <= end
    days = {
        (d.day, d.month)
        for d in (
            item.date.window.earliest
            for item in [*seeds_stated.sessions(), *seeds_stated.events]
            if item.date and item.date.window
        )
    }
    for bad in ["11/11", "14/10", "10/9", "1/8", "19/7", "13/9", "7/11", "6/11"]:
        day, month = (int(x) for x in bad.split("/"))
        assert (day, month) not in days, bad


def test_seed_002_ninth_consultation_is_one_session(seeds_stated):
    """The 9th Political Consultation, named five times in 002, is one record."""
    series = seeds_stated.get_series("political-consultation")
    ninth = [s for s in series.sessions if s.ordinal == 9]
    assert len(ninth) == 1
    assert len(ninth[0].evidence) >= 3


def test_seed_004_two_committees_is_not_an_ordinal(seeds_stated):
    """'Hội nghị giữa kỳ 2 Ủy ban' counts two committees: no ordinal 2."""
    series = seeds_stated.get_series("cooperation-committees-midterm")
    assert series is not None
    assert all(s.ordinal is None for s in series.sessions)


def test_ministers_consultation_is_another_series(all_stated):
    """'Tham vấn chính trị cấp Bộ trưởng' / the ministers' consultation is not the deputies'."""
    deputies = all_stated.get_series("political-consultation")
    assert deputies.session(8) is None  # dev-04's 8th is the ministers' one
    assert all_stated.session("ministerial-political-consultation", 8) is not None
    tenth = deputies.session(10)
    assert tenth is not None
    assert tenth.status is ve.Status.PLANNED


def test_reception_date_does_not_move_to_session(seeds_stated):
    """The 29/8 reception's venue is not the 9th consultation's (an occasion clause)."""
    ninth = seeds_stated.session("political-consultation", 9)
    assert ninth.place.venue == "Trung tâm Hội nghị Quốc tế"
    assert ninth.date.part_of_day is ve.PartOfDay.AFTERNOON


def test_transliteration_in_parentheses_is_the_same_person(seeds_stated):
    """'Sonexay Siphandone (Xỏn-xay Xỉ-phăn-đon)' is one participant, not two."""
    visit = next(
        e for e in seeds_stated.events if e.date and e.date.format_iso().startswith("2024-01")
    )
    assert [p.name for p in visit.participants] == ["Sonexay Siphandone"]


def _doc(text: str, published: str | None = None) -> ve.Document:
    return ve.Document.from_text(text, id="t.txt", published=published)


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        (
            "Kỳ họp lần thứ 48 của Uỷ ban liên Chính phủ đã diễn ra ngày 2/12/2025.",
            "intergovernmental-committee",
            48,
        ),  # head noun before the mechanism
        (
            "Ngày 9/1/2025 diễn ra Kỳ họp 46 Ủy ban liên Chính phủ Việt Nam - Lào.",
            "intergovernmental-committee",
            46,
        ),  # 'Kỳ họp 46' without 'thứ'
        (
            "Tham khảo chính trị Việt Nam-Lào lần thứ VII diễn ra ngày 25/11/2022.",
            "political-consultation",
            7,
        ),  # Roman numeral
        (
            "Tham khảo chính trị lần thứ bảy diễn ra ngày 25/11/2022.",
            "political-consultation",
            7,
        ),  # Vietnamese word
        (
            "Tham khảo chính trị lần thứ hai diễn ra ngày 25/11/2012.",
            "political-consultation",
            2,
        ),  # 'thứ hai' after lần is 2, not Monday
        (
            "The thirty-ninth meeting of the Intergovernmental Committee was held on 7 February "
            "2017.",
            "intergovernmental-committee",
            39,
        ),  # English word ordinal
        (
            "The forty-eighth Inter-Governmental Committee meeting took place on 2 December 2025.",
            "intergovernmental-committee",
            48,
        ),  # English compound ordinal
        (
            "ກອງປະຊຸມ ຄະນະກຳມະການຮ່ວມມືລະຫວ່າງລັດຖະບານ ຄັ້ງທີ 48 ວັນທີ 2/12/2025",
            "intergovernmental-committee",
            48,
        ),  # Lao
    ],
)
def test_ordinal_wordings(text, series, ordinal):
    """Ordinals in every wording attach to the mechanism they number."""
    stated = ve.build_timeline([_doc(text)], infer=False)
    assert stated.session(series, ordinal) is not None, stated


def test_planned_session_from_agreement():
    """'agreed to hold the 11th in Vietnam in 2026' is a planned session with its place."""
    text = (
        "The 10th political consultation between the two foreign ministries took place in "
        "Vientiane on November 12. The two sides agreed to hold the 11th political "
        "consultation in Vietnam in 2026."
    )
    stated = ve.build_timeline([_doc(text, "2025-11-13")], infer=False)
    tenth = stated.session("political-consultation", 10)
    eleventh = stated.session("political-consultation", 11)
    assert tenth.status is ve.Status.HELD
    assert tenth.date.format_iso() == "2025-11-12"
    assert tenth.place.city == "Viêng Chăn"
    assert eleventh.status is ve.Status.PLANNED
    assert eleventh.date.format_iso() == "2026-01-01/2026-12-31"
    assert eleventh.place.country == "VN"


def test_earlier_session_with_parenthesised_date():
    """'Kỳ họp lần thứ 47 (ngày 9/1/2025)' dates the 47th, a session named inside another's."""
    text = (
        "Ngày 2/12/2025, tại Hà Nội, đã diễn ra Kỳ họp lần thứ 48 Ủy ban liên Chính phủ. "
        "Hai bên đánh giá kết quả thực hiện các thỏa thuận tại Kỳ họp lần thứ 47 "
        "(ngày 9/1/2025)."
    )
    stated = ve.build_timeline([_doc(text, "2025-12-03")], infer=False)
    assert stated.session("intergovernmental-committee", 47).date.format_iso() == "2025-01-09"
    assert stated.session("intergovernmental-committee", 48).date.format_iso() == "2025-12-02"


def test_online_session():
    """'trực tuyến' / 'via videoconference' places a session online."""
    text = "Ngày 31/8/2021, Tham khảo chính trị lần thứ 6 đã diễn ra theo hình thức trực tuyến."
    stated = ve.build_timeline([_doc(text)], infer=False)
    assert stated.session("political-consultation", 6).place.online


def test_unknown_names_are_kept_as_written():
    """A co-chair the catalogue does not know is kept as written."""
    text = (
        "Deputy Foreign Minister Tran Van Nam and his Lao counterpart Bounkeut Sangsomsak "
        "co-chaired the 12th political consultation in Hanoi on 3 March 2027."
    )
    session = ve.build_timeline([_doc(text)], infer=False).session("political-consultation", 12)
    assert [c.written for c in session.co_chairs] == ["Tran Van Nam", "Bounkeut Sangsomsak"]
    assert all(c.canonical is None for c in session.co_chairs)


def test_diacritic_free_name_finds_catalogue_person():
    """'Pham Minh Chinh' is matched to 'Phạm Minh Chính'."""
    text = (
        "Prime Ministers Pham Minh Chinh and Sonexay Siphandone co-chaired the 46th meeting "
        "of the Intergovernmental Committee in Hanoi on January 9, 2024."
    )
    session = ve.build_timeline([_doc(text)], infer=False).session(
        "intergovernmental-committee", 46
    )
    assert [c.canonical for c in session.co_chairs] == ["Phạm Minh Chính", "Sonexay Siphandone"]


def test_order_of_documents_does_not_matter(seeds, dev_docs):
    """Assembly gives the same timeline whatever the order of documents."""
    docs = [*seeds, *dev_docs]
    assert ve.build_timeline(docs) == ve.build_timeline(list(reversed(docs)))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_extracts_without_error(text):
    """Any text: no exception, and every evidence span quotes the original exactly."""
    doc = ve.Document(id="x", text=text)
    for mention in ve.extract(doc):
        assert text[mention.evidence.start : mention.evidence.end] == mention.evidence.quote


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Sáng 25/11",
                "lần thứ 7",
                "Tham khảo chính trị",
                "Kỳ họp",
                "tại Hà Nội",
                "đồng chủ trì",
                "Phạm Minh Chính",
                "và",
                "Thongloun Sisoulith",
                "sẽ",
                "năm 2025",
                ", ",
                ". ",
                "the 39th",
                "meeting of the Inter-Governmental Committee",
                "in Hanoi",
                "on February 7-8",
                "nhân dịp",
                "chuyến thăm chính thức",
                "(tháng 7/2024)",
                "Tin bài liên quan\n",
                "\n",
            ]
        ),
        max_size=30,
    )
)
def test_sentence_soup_extracts_without_error(parts):
    """Shuffled real phrases never break extraction, and spans still quote the text."""
    text = " ".join(parts)
    doc = ve.Document(id="x", text=text, published=ve.PartialDate(2024, 8, 30))
    timeline = ve.build_timeline([doc])
    for session in timeline.sessions():
        for evidence in session.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


def test_real_articles_evidence_quotes_original(seeds, dev_docs):
    """On the real articles every evidence span quotes the original text exactly."""
    texts = {d.id: d.text for d in [*seeds, *dev_docs]}
    for mention in ve.extract_all([*seeds, *dev_docs]):
        ev = mention.evidence
        assert texts[ev.document][ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    ("published", "text", "series", "ordinal", "status", "date", "city", "chairs"),
    [
        (
            "2024-01-09",
            "Trong hai ngày 8-9/1/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính và Thủ "
            "tướng Lào Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính "
            "phủ Việt Nam - Lào.",
            "intergovernmental-committee",
            46,
            "held",
            "2024-01-08/2024-01-09",
            "Hà Nội",
            2,
        ),  # a two-day range reported without a tense marker
        (
            "2024-12",
            "Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào sẽ diễn ra tại Viêng "
            "Chăn vào đầu năm 2025.",
            "intergovernmental-committee",
            47,
            "planned",
            "2025-01-01/2025-06-30",
            "Viêng Chăn",
            0,
        ),  # announced, early next year
        (
            "2025-01-10",
            "VIENTIANE (KPL) - The 47th Meeting of the Lao-Vietnamese "
            "Intergovernmental Committee was held in Vientiane on January 9.",
            "intergovernmental-committee",
            47,
            "held",
            "2025-01-09",
            "Viêng Chăn",
            0,
        ),  # Lao press
        (
            "2023-10-26",
            "Hà Nội, ngày 26/10/2023 - Chiều qua, tại thủ đô Viêng Chăn, Thứ trưởng "
            "Ngoại giao Đỗ Hùng Việt và Thứ trưởng Ngoại giao Lào Phoxay Khaykhamphithoune đã đồng "
            "chủ trì Tham khảo chính trị Việt Nam - Lào lần thứ tám.",
            "political-consultation",
            8,
            "held",
            "2023-10-25",
            "Viêng Chăn",
            2,
        ),  # 'chiều qua' and a word ordinal
        (
            "2020-12-30",
            "Foreign Minister Pham Binh Minh and his Lao counterpart Saleumxay "
            "Kommasith held the seventh ministerial political consultation via videoconference on "
            "December 29.",
            "ministerial-political-consultation",
            7,
            "held",
            "2020-12-29",
            None,
            2,
        ),  # 'X and Y held', online
        (
            "2019-07-15",
            "Nhân dịp Kỳ họp lần thứ 41 Ủy ban liên Chính phủ, hai bên đã ký kết 10 "
            "văn kiện hợp tác. Hai bên nhất trí tổ chức Kỳ họp lần thứ 42 tại Lào vào "
            "tháng 1/2020.",
            "intergovernmental-committee",
            42,
            "planned",
            "2020-01-01/2020-01-31",
            None,
            0,
        ),  # the next session, anaphoric to the article's series
        (
            "2024-03-16",
            "Chiều 15/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào "
            "Saleumxay Kommasith đồng chủ trì cuộc Tham vấn chính trị cấp Bộ trưởng Ngoại giao "
            "Việt Nam - Lào lần thứ 9 tại Viêng Chăn.",
            "ministerial-political-consultation",
            9,
            "held",
            "2024-03-15",
            "Viêng Chăn",
            2,
        ),  # the ministers' consultation in Vietnamese
        (
            "2021-12-20",
            "Hội nghị đại biểu biên giới Việt Nam - Lào thường niên lần thứ 31 đã diễn ra tại Hà "
            "Nội ngày 18/12.",
            "border-annual-meeting",
            31,
            "held",
            "2021-12-18",
            "Hà Nội",
            0,
        ),  # the border delegations' meeting in Vietnamese
    ],
)
def test_unseen_phrasings(published, text, series, ordinal, status, date, city, chairs):
    """Phrasings the gold articles do not use still give the right session."""
    doc = ve.Document.from_text(text, id="t.txt", published=published)
    session = ve.build_timeline([doc], infer=False).session(series, ordinal)
    assert session is not None
    assert session.status.value == status
    assert session.date.format_iso() == date
    if city:
        assert session.place.city == city
    assert len(session.co_chairs) == chairs


def test_tone_decides_short_cues():
    """'chia sẻ' (share) is not 'sẽ' (will); 'đa phương' (multilateral) is not 'đã'."""
    text = (
        "Bộ trưởng đánh giá cao cơ chế Tham khảo chính trị và đề nghị tiếp tục chia sẻ "
        "kinh nghiệm trên các diễn đàn đa phương."
    )
    doc = ve.Document.from_text(
        "Chiều 29/8/2024, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 9. " + text,
        id="t.txt",
        published="2024-08-30",
    )
    timeline = ve.build_timeline([doc], infer=False)
    assert not timeline.conflicts
    assert timeline.session("political-consultation", 9).date.format_iso() == "2024-08-29"


def test_transliteration_in_parentheses_is_learned_as_alias():
    """An unknown name's transliteration in parentheses is the same person, later too."""
    text = (
        "Thứ trưởng Ngoại giao Lào Viengthong Siphandone (Viêng-thoong Xi-phăn-đon) và Thứ "
        "trưởng Ngoại giao Nguyễn Minh Hằng đã đồng chủ trì Tham khảo chính trị lần thứ 10 "
        "ngày 12/11/2025 tại Viêng Chăn. Thứ trưởng Viêng-thoong Xi-phăn-đon cảm ơn phía Việt "
        "Nam và đã đồng chủ trì Tham khảo chính trị lần thứ 10."
    )
    doc = ve.Document.from_text(text, id="t.txt", published="2025-11-13")
    session = ve.build_timeline([doc], infer=False).session("political-consultation", 10)
    names = [c.written for c in session.co_chairs]
    assert names == ["Viengthong Siphandone", "Nguyễn Minh Hằng"]


def test_unknown_vietnamese_name_stops_at_lower_case_words():
    """'Thứ trưởng Nguyễn Minh Hằng đã …': the name ends before 'đã' (lower case, not a name)."""
    text = (
        "Thứ trưởng Ngoại giao Nguyễn Minh Hằng và Thứ trưởng Ngoại giao Lào Viengthong "
        "Siphandone đã đồng chủ trì Tham khảo chính trị lần thứ 10 ngày 12/11/2025."
    )
    doc = ve.Document.from_text(text, id="t.txt", published="2025-11-13")
    session = ve.build_timeline([doc], infer=False).session("political-consultation", 10)
    assert [c.written for c in session.co_chairs] == ["Nguyễn Minh Hằng", "Viengthong Siphandone"]


def test_side_event_of_the_seventh_consultation(seeds_stated):
    """The 24/11 book launch 'nhân dịp' the 7th consultation: a side event, not the session."""
    side = [e for e in seeds_stated.events if e.kind is ve.EventKind.SIDE_EVENT]
    assert len(side) == 1
    event = side[0]
    assert event.date.format_iso() == "2022-11-24"
    assert event.date.part_of_day is ve.PartOfDay.AFTERNOON
    assert event.related_to == ("political-consultation", 7)
    assert "Lê Văn Hiến" in event.summary
    assert event.place.country == "VN"
    assert seeds_stated.session("political-consultation", 7).date.format_iso() == "2022-11-25"


@pytest.mark.parametrize(
    ("text", "ordinal", "online"),
    [
        (
            "The Lao-Vietnam Intergovernmental Committee's 46th meeting was held in Hanoi on "
            "Jan 9.",
            46,
            False,
        ),  # possessive: the ordinal after the mechanism
        (
            "Prime Minister Phankham Viphavanh and his Vietnamese counterpart Pham Minh Chinh "
            "co-chaired the 44th meeting of the Lao-Vietnamese Intergovernmental Committee via "
            "video link on January 9.",
            44,
            True,
        ),  # Lao press wording, online
    ],
)
def test_lao_press_wordings(text, ordinal, online):
    """Wordings of the Lao news agency's English service."""
    doc = ve.Document.from_text(text, id="t.txt", published="2024-01-10")
    session = ve.build_timeline([doc], infer=False).session("intergovernmental-committee", ordinal)
    assert session is not None
    assert session.place.online is online


def test_seed_periods(seeds_gold, seeds_stated):
    """The agreements' terms, the themed year and the ASEAN chairmanship are periods."""
    spans = {(p.start_year, p.end_year): p.name for p in seeds_stated.periods}
    for gold in seeds_gold["periods"]:
        assert (gold["from"], gold["to"]) in spans, gold["name"]
    assert spans[(2024, 2024)] == "Laos: ASEAN Chair"
    assert spans[(2022, 2022)].startswith("Năm Đoàn kết Hữu nghị")


def test_year_of_friendship(dev_docs):
    """'the Year of Laos – Vietnam, Vietnam – Laos Friendship and Solidarity 2022' is a period."""
    doc = next(d for d in dev_docs if d.id == "dev-04.txt")
    periods = ve.build_timeline([doc], infer=False).periods
    assert any(p.start_year == p.end_year == 2022 and p.name.startswith("Year of") for p in periods)


@pytest.mark.parametrize(
    "text",
    [
        "The 10th political consultation took place in Vientiane on November 12. The two "
        "sides agreed to hold the next meeting in Vietnam in 2026.",  # English, anaphoric
        "Tham khảo chính trị lần thứ 10 đã diễn ra tại Viêng Chăn ngày 12/11. Hai bên nhất trí "
        "tổ chức kỳ họp tới tại Việt Nam vào năm 2026.",  # Vietnamese 'kỳ họp tới'
    ],
)
def test_the_next_session_is_the_one_after_the_articles(text):
    """'the next meeting' after a report of the 10th is the 11th, planned, with its facts."""
    doc = ve.Document.from_text(text, id="t.txt", published="2025-11-13")
    eleventh = ve.build_timeline([doc], infer=False).session("political-consultation", 11)
    assert eleventh.status is ve.Status.PLANNED
    assert eleventh.date.format_iso() == "2026-01-01/2026-12-31"
    assert eleventh.place.country == "VN"
    assert any("'the next' session after the 10th" in str(d) for d in eleventh.derivation)


def test_anniversaries_imply_their_origin(seeds_gold, all_stated):
    """'kỷ niệm 60 năm …' in 2022 and 'the 55th anniversary …' in 2017 both point to 1962."""
    found = {(a.nth, a.year, a.origin_year) for a in all_stated.anniversaries}
    for gold in seeds_gold["anniversaries"]:
        assert (gold["nth"], gold["year"], gold["implies_origin_year"]) in found, gold["of"]
    assert (55, 2017, 1962) in found  # the same origin, from an English article
    assert (40, 2017, 1977) in found


def test_no_anniversary_without_a_year():
    """Without a published date or content clue the anniversary's year is unknown: none."""
    doc = ve.Document.from_text("Kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao.", id="t")
    assert ve.build_timeline([doc], infer=False).anniversaries == ()


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Sáng 25/11",
                "lần thứ 7",
                "Tham khảo chính trị",
                "Kỳ họp lần thứ 48",
                "Ủy ban liên Chính phủ",
                "tại Viêng Chăn",
                "đồng chủ trì",
                "Phạm Minh Chính",
                "và",
                "Sonexay Siphandone",
                "sẽ",
                "vào năm 2025",
                ", ",
                ". ",
                "the 39th",
                "meeting of the Inter-Governmental Committee",
                "in Hanoi",
                "on February 7-8",
                "nhân dịp",
                "kỷ niệm 60 năm Ngày thiết lập quan hệ",
                "the next meeting",
                "kỳ họp tới",
                "quý IV/2025",
                "Chiều cùng ngày",
                "(Xỏn-xay Xỉ-phăn-đon)",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from([None, "2024-08-30", "2025-12"]),
)
def test_whole_flow_on_phrase_soup(parts, published):
    """Any mix of real phrases: the whole flow runs, and JSON and iCalendar read back equal."""
    doc = ve.Document(id="x", text=" ".join(parts), published=ve.parse_published(published))
    timeline = ve.build_timeline([doc])
    assert ve.infer(timeline) == timeline
    assert ve.from_json(ve.to_json(timeline)) == timeline
    assert ve.from_ics(ve.to_ics(timeline)) == timeline


# ------------------------------------------------------------------ the quiet-sentence prefilter


def test_skipping_quiet_sentences_changes_no_mention(corpus_docs, monkeypatch):
    """Every real article gives the same mentions with the prefilter as without it."""
    from vnlao_events.extract import pipeline

    docs = corpus_docs
    fast = [ve.extract(d) for d in docs]
    monkeypatch.setattr(pipeline, "_quiet", lambda view, sentence: False)
    assert [ve.extract(d) for d in docs] == fast


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        ("Hai nước có quan hệ hữu nghị truyền thống.", True),  # nothing to find
        ("The two countries share a long border and close ties.", True),  # nothing to find
        ("Lào là nước láng giềng.", True),  # a place alone is the place of nothing
        ("Kỳ họp đã thành công tốt đẹp.", False),  # a session referred back to
        ("The meeting was a success.", False),  # a session referred back to
        ("Hai bên nhất trí tổ chức lần thứ 11.", False),  # an ordinal
        ("The sides agreed to hold the eleventh one.", False),  # an ordinal
        ("Thứ trưởng Trần Văn Bình phát biểu.", False),  # a title introduces a person
        ("Deputy Foreign Minister Tran Van Binh spoke.", False),  # a title introduces a person
        ("Kế hoạch hợp tác giai đoạn 2021-2025.", False),  # a year: a period may be named
        ("The 2021-2025 cooperation plan was reviewed.", False),  # a year: a period
        ("Hai bên đồng chủ trì.", False),  # a co-chair cue takes the pair before
        ("They co-chaired it.", False),  # a co-chair cue takes the pair before
    ],
)  # fmt: skip
def test_quiet_sentences(text, quiet):
    """A sentence with no entry, date or trigger word is quiet; one with any is read."""
    from vnlao_events.extract.context import DocumentView
    from vnlao_events.extract.pipeline import _quiet
    from vnlao_events.extract.sentences import sentences

    view = DocumentView.of(ve.Document.from_text(text))
    assert [_quiet(view, s) for s in sentences(view.body)] == [quiet]
