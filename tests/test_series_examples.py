"""Other series from their example catalogues alone: short texts in the style of agency news.

The texts are written for these tests (dated reports, announcements, mentions in passing),
in Vietnamese and English; their facts are the tests' own.
"""

from __future__ import annotations

from datetime import date

import pytest

import vnlao_events as ve


def doc(text: str, published: str, name: str) -> ve.Document:
    """A document with its published date."""
    return ve.Document.from_text(text, id=name, published=ve.PartialDate.parse_iso(published))


KH = "vietnam-cambodia-joint-committee"
CN = "vietnam-china-steering-committee"
ASEAN = "asean-summit"

CAMBODIA = [
    doc(
        "Hanoi (VNA) – The 18th meeting of the Vietnam-Cambodia Joint Committee on Economic,"
        " Cultural, Scientific and Technical Cooperation took place in Hanoi on December 19,"
        " co-chaired by Foreign Minister Pham Binh Minh and his Cambodian counterpart Prak"
        " Sokhonn.",
        "2020-12-20",
        "kh-en.txt",
    ),
    doc(
        "Phnôm Pênh (TTXVN) - Sáng 14/12, tại Thủ đô Phnôm Pênh, Bộ trưởng Ngoại giao Bùi Thanh"
        " Sơn và Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn đã đồng chủ trì Kỳ"
        " họp lần thứ 19 Ủy ban hỗn hợp về hợp tác kinh tế, văn hóa, khoa học - kỹ thuật Việt"
        " Nam - Campuchia.\n\nHai bên nhất trí tổ chức Kỳ họp lần thứ 20 tại Việt Nam vào năm"
        " 2024.",
        "2022-12-15",
        "kh-vi.txt",
    ),
]

CHINA = [
    doc(
        "Bắc Kinh (TTXVN) - Chiều 11/9, tại Bắc Kinh, Phó Thủ tướng Trần Lưu Quang và Ủy viên"
        " Quốc vụ Trung Quốc Vương Nghị đã đồng chủ trì Phiên họp lần thứ 13 Ủy ban Chỉ đạo hợp"
        " tác song phương Việt Nam - Trung Quốc.",
        "2021-09-12",
        "cn-vi.txt",
    ),
    doc(
        "Hanoi (VNA) – The 15th meeting of the Steering Committee for Vietnam-China Bilateral"
        " Cooperation will take place in Beijing next month, the Ministry of Foreign Affairs"
        " announced on January 9.",
        "2023-01-10",
        "cn-en.txt",
    ),
]

SUMMITS = [
    doc(
        "Jakarta (VNA) – Prime Minister Pham Minh Chinh attended the 43rd ASEAN Summit in"
        " Jakarta, Indonesia, on September 5.",
        "2023-09-06",
        "asean-43.txt",
    ),
    doc(
        "Viêng Chăn (TTXVN) - Chiều 9/10, Hội nghị Cấp cao ASEAN lần thứ 45 đã khai mạc tại Thủ"
        " đô Viêng Chăn, Lào.",
        "2024-10-10",
        "asean-45.txt",
    ),
    doc(
        "Kuala Lumpur (VNA) – The 46th ASEAN Summit opened in Kuala Lumpur on May 26 under the"
        ' theme "Inclusivity and Sustainability".',
        "2025-05-27",
        "asean-46.txt",
    ),
    doc(
        "Hà Nội (TTXVN) - Bộ Ngoại giao cho biết, Thủ tướng sẽ dự Hội nghị Cấp cao ASEAN lần thứ"
        " 49 vào tháng 11/2026.",
        "2026-08-01",
        "asean-49.txt",
    ),
]


def _timeline(documents: list[ve.Document], example: str) -> ve.Timeline:
    return ve.build_timeline(documents, ve.Catalogue.example(example))


def test_cambodia_sessions_ordinals_dates_hosts_forecast():
    """Vietnam–Cambodia: the stated sessions, the 20th planned in Vietnam, the 21st forecast."""
    t = _timeline(CAMBODIA, "vietnam-cambodia")
    eighteenth, nineteenth = t.session(KH, 18), t.session(KH, 19)
    assert eighteenth.when.format_iso() == "2020-12-19"
    assert (eighteenth.place.city, eighteenth.where.country) == ("Hà Nội", "VN")
    assert nineteenth.when.format_iso() == "2022-12-14"
    assert nineteenth.where.country == "KH"
    assert [c.name for c in nineteenth.co_chairs] == ["Bùi Thanh Sơn", "Prak Sokhonn"]
    twentieth = t.session(KH, 20)
    assert twentieth.status is ve.Status.PLANNED
    assert twentieth.when.format_iso() == "2024-01-01/2024-12-31"
    assert twentieth.where.country == "VN"
    forecast = t.session(KH, 21)
    assert forecast.forecast
    assert forecast.where.country == "KH"
    assert "host KH by alternation (18th VN, 19th KH, 20th VN)" in [
        str(d) for d in forecast.all_derivations()
    ]
    assert not t.conflicts


def test_cambodia_co_chairs_are_no_country_name():
    """'Bộ trưởng Ngoại giao Campuchia Prak Sokhonn': the country's name is not in the name."""
    t = _timeline(CAMBODIA[1:], "vietnam-cambodia")
    assert "Campuchia" not in " ".join(c.name for c in t.session(KH, 19).co_chairs)


def test_china_unseen_session_gets_the_alternating_host():
    """Vietnam–China: the 14th, which no text names, lies between and is held in Vietnam."""
    t = _timeline(CHINA, "vietnam-china")
    thirteenth, fourteenth, fifteenth = (t.session(CN, k) for k in (13, 14, 15))
    assert thirteenth.where.country == "CN"
    assert [c.name for c in thirteenth.co_chairs] == ["Trần Lưu Quang", "Vương Nghị"]
    assert fifteenth.status is ve.Status.PLANNED
    assert fifteenth.when.format_iso() == "2023-02-01/2023-02-28"
    assert fourteenth.status is ve.Status.INFERRED
    assert fourteenth.where.country == "VN"
    window = fourteenth.when.window
    assert date(2021, 9, 11) < window.earliest
    assert window.latest < date(2023, 2, 1)
    assert t.session(CN, 16).forecast
    assert t.session(CN, 16).where.country == "VN"
    assert not t.conflicts


def test_asean_rotation_gives_unseen_chairs():
    """ASEAN: the chair of a summit no text places comes from the rotation by year."""
    t = _timeline(SUMMITS, "asean-summit")
    assert t.session(ASEAN, 43).where.country == "ID"
    assert t.session(ASEAN, 45).where.country == "LA"
    assert t.session(ASEAN, 46).where.country == "MY"
    planned = t.session(ASEAN, 49)
    assert planned.status is ve.Status.PLANNED
    assert planned.when.format_iso() == "2026-11-01/2026-11-30"
    assert planned.where.country == "PH"  # Myanmar passes its turn: the Philippines
    assert "host PH by rotation (anchor 2019 TH)" in [str(d) for d in planned.all_derivations()]
    forecast = t.session(ASEAN, 50)
    assert forecast.forecast
    assert not t.conflicts


def test_asean_explain_in_both_languages():
    """explain() gives the rotation in English and Vietnamese."""
    t = _timeline(SUMMITS, "asean-summit")
    assert "host PH by rotation (anchor 2019 TH)" in ve.explain(t, ASEAN, 49)
    assert "nước chủ nhà PH theo vòng luân phiên (mốc năm 2019 TH)" in ve.explain(
        t, ASEAN, 49, lang="vi"
    )


def test_a_passing_mention_joins_its_session():
    """A mention in passing ('tại Hội nghị Cấp cao ASEAN lần thứ 46') adds its evidence."""
    passing = doc(
        "Phát biểu tại Hội nghị Cấp cao ASEAN lần thứ 46 ở Kuala Lumpur hôm 26/5, Thủ tướng"
        " nhấn mạnh vai trò trung tâm của ASEAN.",
        "2025-06-02",
        "asean-passing.txt",
    )
    t = _timeline([*SUMMITS, passing], "asean-summit")
    assert "asean-passing.txt" in t.session(ASEAN, 46).documents


@pytest.mark.parametrize("example", sorted(ve.Catalogue.examples()))
def test_examples_leave_vietnam_laos_unchanged(example, seeds):
    """Adding an example catalogue changes nothing in the Vietnam–Laos seeds' timeline."""
    built_in = ve.build_timeline(seeds)
    assert ve.build_timeline(seeds, ve.Catalogue.example(example)) == built_in


@pytest.mark.parametrize(
    ("lang", "legend"),
    [
        # the built-in catalogue's members (VN, LA) come first, then the example's
        ("en", ["host LA", "host ID", "host MY", "host PH"]),  # en: the members that occur
        ("vi", ["chủ nhà LA", "chủ nhà ID", "chủ nhà MY", "chủ nhà PH"]),  # vi
    ],
)
def test_plot_legend_lists_the_members_that_occur(lang, legend):
    """The plot's legend lists each host that occurs, in the catalogue's member order."""
    pytest.importorskip("matplotlib")
    catalogue = ve.Catalogue.example("asean-summit")
    figure = ve.plot_figure(_timeline(SUMMITS, "asean-summit"), lang, catalogue=catalogue)
    texts = [t.get_text() for t in figure.legends[0].get_texts()]
    assert [t for t in texts if t.split()[-1].isupper() and len(t.split()[-1]) == 2] == legend
    assert figure.axes[0].get_title() == catalogue.title(lang)


def test_plot_colours_per_member():
    """Each member keeps its colour: the gazetteer's, else the palette's in member order."""
    from vnlao_events.export.names import host_colours

    catalogue = ve.Catalogue.example("vietnam-cambodia")
    colours = host_colours(catalogue, ["KH", "VN"])
    assert colours == {"VN": "#c8102e", "KH": "#032ea1"}
    assert list(host_colours(catalogue, ["KH", "VN"])) == ["VN", "KH"]  # member order


def test_calendar_of_an_example_series():
    """The calendar of another series carries its name, sessions and hosts."""
    catalogue = ve.Catalogue.example("vietnam-cambodia")
    ics = ve.to_ics(_timeline(CAMBODIA, "vietnam-cambodia"), lang="en", catalogue=catalogue)
    assert "X-WR-CALNAME:Vietnam–Cambodia cooperation mechanisms" in ics
    assert "UID:vietnam-cambodia-joint-committee-19@" in ics


@pytest.mark.parametrize(
    ("lang", "title", "legend"),
    [
        ("en", "<title>ASEAN Summits: the timeline</title>", ">host MY</span>"),  # en
        ("vi", "<title>Hội nghị Cấp cao ASEAN: dòng thời gian</title>", ">chủ nhà MY</span>"),  # vi
    ],
)
def test_web_page_follows_the_catalogue(lang, title, legend):
    """The web page's title, host colours and legend come from the catalogue."""
    catalogue = ve.Catalogue.example("asean-summit")
    page = ve.to_html(_timeline(SUMMITS, "asean-summit"), lang=lang, catalogue=catalogue)
    assert title in page
    assert legend in page
    assert ".session.host-MY:not(.window) { background: #" in page
    assert 'class="session held stated host-MY' in page


def test_command_line_with_only_a_catalogue_file(tmp_path):
    """`timeline --catalogue FILE` on a folder of articles gives the series' sessions as JSON."""
    import io
    import json

    from vnlao_events._cli import main

    catalogue = tmp_path / "asean.toml"
    catalogue.write_text(ve.Catalogue.examples()["asean-summit"], encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    for document in SUMMITS:
        (folder / document.id).write_text(
            f"published: {document.published.format_iso()}\n\n{document.text}", encoding="utf-8"
        )
    out = io.StringIO()
    args = ["timeline", "--catalogue", str(catalogue), "--format", "json", "-q", str(folder)]
    assert main(args, stdout=out) == 0
    series = {s["key"]: s for s in json.loads(out.getvalue())["series"]}
    sessions = {s["ordinal"]: s for s in series[ASEAN]["sessions"]}
    assert sessions[45]["place"]["country"] == "LA"
    assert sessions[49]["place"] is None  # the host is inferred, not stated
    assert sessions[49]["inferred_host"]["value"] == "PH"
    assert sessions[49]["status"] == "planned"
