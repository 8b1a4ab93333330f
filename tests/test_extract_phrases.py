"""The recognisers' phrasings (``data/phrases/*.toml``), family by family, in both languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.strategies import mechanism_sentences
from tests.texts import session_mentions as _sessions

import vnlao_events as ve
from vnlao_events.exceptions import CatalogueError
from vnlao_events.extract.ordinals import find_ordinals
from vnlao_events.extract.phrases import Phrases
from vnlao_events.extract.sentences import Sentence


def _one(text: str, published: str | None = None) -> ve.SessionMention:
    found = _sessions(text, published)
    assert found, text
    return found[0]


# ------------------------------------------------------------------ the phrase files


def test_phrase_files_load_and_every_entry_is_text():
    """Both built-in files load; every kind holds non-empty strings."""
    phrases = Phrases.default()
    for language in ("vi", "en"):
        assert phrases.words("status", "planned", language)
        assert phrases.words("mechanisms", "heads", language)
    assert all(p.strip() for p in phrases.words("people", "titles"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('schema = "other"', "schema must be"),  # wrong schema
        ('schema = "vnlao-events.phrases/1"\n[colours]\nred = ["đỏ"]', "unknown section"),
        ('schema = "vnlao-events.phrases/1"\n[status]\nsoon = ["sắp"]', "unknown kind"),
        ('schema = "vnlao-events.phrases/1"\n[status]\nplanned = "sẽ"', "list of non-empty"),
        ('schema = "vnlao-events.phrases/1"\n[status]\nplanned = [""]', "list of non-empty"),
        ('schema = "vnlao-events.phrases/1"\n[mechanisms]\ncores = ["x"]', "table of lists"),
        ("schema = [", "not valid TOML"),  # broken TOML
    ],
)
def test_bad_phrase_files_are_named_errors(text, message):
    """A bad phrase file is a CatalogueError naming the file and what is wrong."""
    with pytest.raises(CatalogueError, match=message) as info:
        Phrases.from_toml({"xx": text})
    assert info.value.path == "xx"


# ------------------------------------------------------------------ family 2: head + core


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        ("The 32nd annual meeting between Vietnamese and Lao border delegations was held.",
         "border-annual-meeting", 32),  # head … between X and Y … core
        ("The 20th regular meeting of the two border delegations took place in Vientiane.",
         "border-annual-meeting", 20),  # head of the two … core
        ("They co-chaired the 5th Vietnam-Laos border delegations meeting in Hanoi.",
         "border-annual-meeting", 5),  # core before the head
        ("Cuộc họp thường niên lần thứ 30 giữa hai đoàn đại biểu biên giới đã diễn ra.",
         "border-annual-meeting", 30),  # cuộc họp … lần thứ N … core
        ("Hội nghị lần thứ 28 đại biểu biên giới Việt Nam - Lào đã bế mạc.",
         "border-annual-meeting", 28),  # hội nghị lần thứ N core
        ("The two sides co-chaired the ninth foreign ministerial-level consultation meeting.",
         "ministerial-political-consultation", 9),  # level inside the mention
        ("The ministers held the 45th meeting of the Vietnam - Laos Inter-governmental "
         "Commitee in Hanoi.", "intergovernmental-committee", 45),  # one-letter typo in the core
    ],
)  # fmt: skip
def test_head_noun_and_core_name_a_mechanism(text, series, ordinal):
    """A head noun with the mechanism's core, modifiers between, names the series."""
    mention = _one(text)
    assert (mention.series, mention.ordinal) == (series, ordinal)


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("They implemented contents agreed at the meeting of the two Politburos on January 7, "
         "2017.", "party-high-level-meeting"),  # head of the two Politburos
        ("The two sides successfully organised the annual meeting between the two Parties on "
         "February 26, 2024.", "party-high-level-meeting"),  # between the two Parties
        ("Hai bên đã tổ chức thành công Cuộc gặp cấp cao thường niên Việt Nam - Lào ngày "
         "5/1/2023.", "party-high-level-meeting"),  # cuộc gặp cấp cao thường niên
        ("On September 12, 2023, the mid-term conference of the Vietnam - Laos Cooperation "
         "Committee took place.", "cooperation-committees-midterm"),  # core before the head
    ],
)  # fmt: skip
def test_unnumbered_mechanisms_from_head_and_core(text, series):
    """Unnumbered series are found from head + core too."""
    assert _one(text).series == series


def test_their_nth_meeting_is_the_articles_series():
    """'their 31st meeting' after a border meeting is the border series."""
    found = _sessions(
        "The 32nd annual meeting between the two border delegations was held in Luang Prabang "
        "on December 19, 2022. The two sides reviewed the minutes of their 31st meeting."
    )
    assert [(m.series, m.ordinal) for m in found] == [
        ("border-annual-meeting", 32),
        ("border-annual-meeting", 31),
    ]


def test_other_conferences_with_a_core_word_are_not_the_mechanism():
    """'a conference to disseminate border policies' is no border meeting."""
    assert not _sessions(
        "The two sides successfully held a conference to disseminate border policies on "
        "December 20, 2022."
    )
    assert not _sessions("Hai bên đã tổ chức hội nghị phổ biến pháp luật biên giới ngày 5/1/2023.")


# ------------------------------------------------------------------ family 3: level siblings


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("They co-chaired the 9th political consultation at the deputy foreign ministerial "
         "level.", "political-consultation"),  # longest level phrase wins
        ("The ministers of foreign affairs co-chaired the 9th political consultation.",
         "ministerial-political-consultation"),  # ministers of foreign affairs
        ("The deputy ministers of foreign affairs co-chaired the 9th political consultation.",
         "political-consultation"),  # deputy ministers of foreign affairs
        ("Hai Thứ trưởng Ngoại giao đã đồng chủ trì Tham khảo chính trị lần thứ 9.",
         "political-consultation"),  # thứ trưởng
        ("Hai Bộ trưởng Ngoại giao đã đồng chủ trì Tham vấn chính trị lần thứ 9.",
         "ministerial-political-consultation"),  # bộ trưởng ngoại giao
    ],
)  # fmt: skip
def test_level_siblings(text, series):
    """Deputy and full ministers' consultations are told apart by the longest level phrase."""
    assert _one(text).series == series


# ------------------------------------------------------------------ family 8: not an ordinal


@pytest.mark.parametrize(
    "text",
    [
        "This is the first intergovernmental committee meeting co-chaired by the two PMs.",
        "The two committees met for the first time in Hanoi.",
        "It was the first-ever meeting of the committee.",
        "Đây là lần đầu tiên Kỳ họp Ủy ban liên Chính phủ được tổ chức tại Đà Nẵng.",
    ],
)
def test_first_that_is_not_an_ordinal(text):
    """'first' that says something is first numbers no session."""
    assert all(o.value != 1 for o in find_ordinals(Sentence.of(0, text)))
    assert all(m.ordinal != 1 for m in _sessions(text))


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("The first meeting of the Intergovernmental Committee was held in 1978.", 1),
        ("Kỳ họp lần thứ nhất Ủy ban liên Chính phủ đã diễn ra năm 1978.", 1),
        ("the 38 th inter-governmental committee meeting was held", 38),  # "38 th"
    ],
)
def test_real_ordinals_stay(text, ordinal):
    """A first session is still session no. 1; '38 th' is 38."""
    assert ordinal in [o.value for o in find_ordinals(Sentence.of(0, text))]


# ------------------------------------------------------------------ family 4: strong frames


@pytest.mark.parametrize(
    ("text", "series", "status"),
    [
        ("The two sides successfully held an online political consultation at the foreign "
         "ministerial level in October.", "ministerial-political-consultation", "held"),
        ("Leaders of the two Parties co-chaired a high-level meeting between the two Parties "
         "in Hanoi on Wednesday.", "party-high-level-meeting", "held"),
        ("Hai bên đã đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng tại Hà Nội hôm thứ Tư.",
         "party-high-level-meeting", "held"),
        ("Cần chuẩn bị tốt cho Cuộc gặp cấp cao thường niên Việt Nam - Lào năm 2020.",
         "party-high-level-meeting", "planned"),
    ],
)  # fmt: skip
def test_strong_frame_keeps_a_session_with_a_partial_date(text, series, status):
    """An unnumbered session with a strong event frame is kept though its date stays open."""
    mention = _one(text)
    assert (mention.series, mention.status.value) == (series, status)


def test_headline_of_a_numbered_series_without_a_date_is_no_session():
    """'Hai Thủ tướng đồng chủ trì kỳ họp Ủy ban liên Chính phủ' alone adds no session."""
    assert not _sessions("Hai Thủ tướng Việt Nam-Lào đồng chủ trì kỳ họp Ủy ban liên Chính phủ")


# ------------------------------------------------------------------ family 5: status cues


@pytest.mark.parametrize("cue", Phrases.default().words("status", "preparing", "en"))
def test_english_preparing_cues_make_the_next_session_planned(cue):
    """'<cue> the 43rd meeting of the Intergovernmental Committee' is planned."""
    text = f"The ministers agreed on {cue} the 43rd meeting of the Intergovernmental Committee."
    assert _one(text).status is ve.Status.PLANNED


@pytest.mark.parametrize("cue", Phrases.default().words("status", "preparing", "vi"))
def test_vietnamese_preparing_cues_make_the_next_session_planned(cue):
    """'<cue> Kỳ họp 43 Ủy ban liên Chính phủ' is planned."""
    text = f"Hai Bộ trưởng thống nhất {cue} Kỳ họp 43 Ủy ban liên Chính phủ."
    if cue == "tổ chức thành công":
        text = f"Hai bên sẽ phối hợp để {cue} Kỳ họp 43 Ủy ban liên Chính phủ."
    assert _one(text).status is ve.Status.PLANNED


@pytest.mark.parametrize("cue", Phrases.default().words("status", "results", "en"))
def test_english_results_cues_make_the_next_session_held(cue):
    """'<cue> the 44th meeting of the Intergovernmental Committee' is held."""
    text = f"They reviewed the {cue} the 44th meeting of the Intergovernmental Committee."
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize("cue", Phrases.default().words("status", "results", "vi"))
def test_vietnamese_results_cues_make_the_next_session_held(cue):
    """'<cue> Kỳ họp 44 Ủy ban liên Chính phủ' is held."""
    text = f"Hai bên đánh giá {cue} Kỳ họp 44 Ủy ban liên Chính phủ."
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("While co-chairing the 7th political consultation, the officials said ties thrive.",
         "held"),  # co-chairing
        ("The 33rd border meeting is expected to take place in Viet Nam.", "planned"),
        ("The PM will attend the 47th meeting of the Intergovernmental Committee.", "planned"),
        ("The PM was invited to co-chair the 47th meeting of the Intergovernmental Committee.",
         "planned"),  # bare co-chair after 'to'
        ("The PMs co-chaired the 47th meeting of the Intergovernmental Committee.", "held"),
        ("Hai bên đã hội đàm và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
         "held"),  # đã covers coordinated verbs
        ("Hai bên chuẩn bị tốt cho Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.", "planned"),
    ],
)  # fmt: skip
def test_status_cues(text, status):
    """Held and planned cues of family 5, in both languages."""
    assert _one(text).status.value == status


# ------------------------------------------------------------------ family 6: co-chairs


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Deputy Foreign Minister Nguyen Quoc Dung and his Lao counterpart Khamphau Onthavanh "
         "met on July 16. While co-chairing the 4th political consultation, they said ties "
         "thrive.", ["Nguyễn Quốc Dũng", "Khamphau Onthavanh"]),  # pair named the sentence before
        ("The 10th theoretical workshop took place under the co-chair of Politburo member "
         "Nguyen Xuan Thang and Deputy Prime Minister Kikeo Khaykhamphithoune on December 19, "
         "2023.", ["Nguyễn Xuân Thắng", "Kikeo Khaykhamphithoune"]),  # under the co-chair of
        ("Từ ngày 3-7/1/2012, đoàn Việt Nam do đồng chí Nguyễn Xuân Phúc, Phó Thủ tướng, làm "
         "Trưởng đoàn và đoàn Lào do đồng chí Somsavath Lengsavad, Phó Thủ tướng, làm Trưởng "
         "đoàn đã tiến hành kỳ họp lần thứ 34 Ủy ban liên Chính phủ.",
         ["Nguyễn Xuân Phúc", "Somsavath Lengsavad"]),  # do X, <titles>, làm Trưởng đoàn
    ],
)  # fmt: skip
def test_co_chairs(text, chairs):
    """Co-chairs named before, after a 'co-chair of' frame, or before 'làm Trưởng đoàn'."""
    mentions = [m for m in _sessions(text) if m.co_chairs]
    assert [p.name for p in mentions[0].co_chairs] == chairs


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("PM Pham Minh Chinh co-chaired the 47th meeting of the Intergovernmental Committee.",
         "Phạm Minh Chính"),  # a single named co-chair
        ("Thủ tướng Phạm Minh Chính đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
         "Phạm Minh Chính"),  # a single named co-chair
    ],
)  # fmt: skip
def test_a_single_named_co_chair(text, chair):
    """One person named right before 'co-chaired' is a co-chair."""
    assert [p.name for p in _one(text).co_chairs] == [chair]


def test_abbreviated_titles_end_no_sentence():
    """'Mr. Tran Van Binh' stays in its sentence."""
    from vnlao_events._text import FoldedText
    from vnlao_events.extract.sentences import sentences

    texts = [s.text for s in sentences(FoldedText.of("Mr. Tran Van Binh spoke. Dr. Lee too."))]
    assert texts == ["Mr. Tran Van Binh spoke.", "Dr. Lee too."]


def test_organisations_are_never_people():
    """'Chairman of the Central Theory Council' names no person."""
    mention = _one(
        "The 10th theoretical workshop was led by Politburo member Nguyen Xuan Thang, Chairman "
        "of the Central Theory Council, on December 19, 2023."
    )
    assert [p.name for p in mention.co_chairs] == ["Nguyễn Xuân Thắng"]


# ------------------------------------------------------------------ family 7: place


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Từ ngày 3-7/1/2012, tại Vientiane, đoàn đại biểu Chính phủ Việt Nam do đồng chí "
         "Nguyễn Xuân Phúc, Ủy viên Ban chấp hành, Phó Thủ tướng Chính phủ, Chủ tịch Phân ban "
         "hợp tác làm Trưởng đoàn đã tiến hành kỳ họp lần thứ 34 Ủy ban liên Chính phủ.",
         "Viêng Chăn", "LA"),  # clause-initial tại X governs the whole clause
        ("Vientiane (VNA) - The two ministers co-chaired the ninth political consultation on "
         "April 28, 2022.", "Viêng Chăn", "LA"),  # dateline
        ("HÀ NỘI — The two ministers co-chaired the 12th political consultation on December "
         "18, 2025.", "Hà Nội", "VN"),  # dateline in capitals
        ("The 32nd border meeting was held in Laos, in the city of Luang Prabang, on December "
         "19, 2022.", "Luông Pha-bang", "LA"),  # a city beats a nearer bare country
    ],
)  # fmt: skip
def test_places(text, city, country):
    """Clause-initial places, datelines and cities."""
    place = _one(text).place
    assert (place.city, place.country) == (city, country)


def test_trip_destination_gives_the_country():
    """'on an official visit to Laos … co-chaired the 47th meeting' is held in Laos."""
    place = _one(
        "On an official visit to Laos, the PM co-chaired the 47th meeting of the "
        "Intergovernmental Committee on January 9, 2025."
    ).place
    assert place.country == "LA"


# ------------------------------------------------------------------ family 9: dates


def test_date_of_the_sentence_before_carries_over():
    """'X and Y on November 29 shared … While co-chairing the 7th …' is dated November 29."""
    mention = _one(
        "Minister Pham Binh Minh and Lao Minister Saleumsay Kommasith on November 29, 2020 "
        "shared views. While co-chairing the seventh political consultation at the foreign "
        "ministerial level, the officials praised ties."
    )
    assert mention.date.format_iso() == "2020-11-29"


def test_scheduled_date_in_an_ahead_of_frame_stays_with_its_session():
    """'received X ahead of the 38th session scheduled for December 27' dates the session."""
    mention = _one(
        "Lao leaders received the Deputy Prime Minister in Vientiane ahead of the "
        "Inter-Governmental Committee's 38th session scheduled for December 27, 2015."
    )
    assert (mention.ordinal, mention.status, mention.date.format_iso()) == (
        38,
        ve.Status.PLANNED,
        "2015-12-27",
    )


# ------------------------------------------------------------------ the property


@settings(max_examples=150, deadline=None)
@given(mechanism_sentences())
def test_sentences_built_from_the_phrase_data_are_read_back(case):
    """Any sentence built from the phrase data gives back its mechanism, ordinal and status."""
    text, series, ordinal, status = case
    found = [(m.series, m.ordinal, m.status) for m in _sessions(text)]
    assert (series, ordinal, status) in found, (text, found)


# ------------------------------------------------------------------ user phrase files


@pytest.fixture
def user_phrases(tmp_path) -> ve.Phrases:
    """A user's Vietnamese and English files: a title and a planned cue each."""
    (tmp_path / "vi.toml").write_text(
        'schema = "vnlao-events.phrases/1"\nlanguage = "vi"\n'
        '[people]\ntitles = ["Đô đốc"]  # admiral\n'
        '[status]\nplanned = ["sắp sửa tổ chức"]  # is about to hold\n',
        "utf-8",
    )
    (tmp_path / "en.toml").write_text(
        'schema = "vnlao-events.phrases/1"\nlanguage = "en"\n'
        '[people]\ntitles = ["General"]  # "General Phan Van Giang"\n'
        '[status]\nplanned = ["is pencilled in"]  # "the 48th meeting is pencilled in for May"\n',
        "utf-8",
    )
    return ve.Phrases.default().load(tmp_path / "vi.toml").load(tmp_path / "en.toml")


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("Ngày 5/5/2024, Đô đốc Phan Văn Giang và Đô đốc Chansamone Chanyalath đã "
         "đồng chủ trì Kỳ họp lần thứ 3 Ủy ban liên Chính phủ.", "Chansamone Chanyalath"),
        ("On May 5, 2024, General Phan Van Giang and General Chansamone Chanyalath co-chaired "
         "the 3rd meeting of the Intergovernmental Committee.", "Chansamone Chanyalath"),
    ],
)  # fmt: skip
def test_a_title_added_in_a_user_file_introduces_a_name(text, chair, user_phrases):
    """A title from the user's file introduces a co-chair the built-in titles do not know."""
    assert chair not in [p.name for m in _sessions(text) for p in m.co_chairs]
    doc = ve.Document(id="t.txt", text=text)
    found = [m for m in ve.extract(doc, phrases=user_phrases) if isinstance(m, ve.SessionMention)]
    assert chair in [p.name for p in found[0].co_chairs]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên sắp sửa tổ chức Kỳ họp lần thứ 48 Ủy ban liên Chính phủ.",
        "The 48th meeting of the Intergovernmental Committee is pencilled in for May.",
    ],
)
def test_a_phrasing_added_in_a_user_file_sets_the_status(text, user_phrases):
    """A planned cue from the user's file makes the session planned."""
    doc = ve.Document(id="t.txt", text=text)
    built_in = ve.build_timeline([doc], infer=False).session("intergovernmental-committee", 48)
    assert built_in is None or built_in.status is not ve.Status.PLANNED
    timeline = ve.build_timeline([doc], infer=False, phrases=user_phrases)
    assert timeline.session("intergovernmental-committee", 48).status is ve.Status.PLANNED


def test_a_user_file_without_its_language_is_refused(tmp_path):
    """A phrase file must say its language."""
    path = tmp_path / "x.toml"
    path.write_text('schema = "vnlao-events.phrases/1"\n[people]\ntitles = ["Đại tá"]\n', "utf-8")
    with pytest.raises(CatalogueError, match="language"):
        ve.Phrases.default().load(path)


# ------------------------------------------------------------------ every entry, one row each

_PHRASES = Phrases.default()


def _rows(section: str, kind: str) -> list[tuple[str, str]]:
    return [(lang, p) for lang in ("vi", "en") for p in _PHRASES.words(section, kind, lang)]


def _family(series: str) -> set[str]:
    cat = ve.Catalogue.default()
    family = cat.mechanisms[series].family
    return {k for k, m in cat.mechanisms.items() if family and m.family == family} | {series}


@pytest.mark.parametrize(("lang", "cue"), _rows("status", "planned"))
def test_every_planned_cue(lang, cue):
    """Each planned cue before a numbered session makes it planned."""
    text = (
        f"Hai bên {cue} Kỳ họp lần thứ 48 Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"The two sides {cue} the 48th meeting of the Intergovernmental Committee."
    )
    assert _one(text).status is ve.Status.PLANNED


@pytest.mark.parametrize(("lang", "cue"), _rows("status", "held"))
def test_every_held_cue(lang, cue):
    """Each held cue with a numbered session makes it held."""
    text = (
        f"Hai bên {cue} Kỳ họp lần thứ 48 Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"The two sides {cue} the 48th meeting of the Intergovernmental Committee."
    )
    assert _one(text).status is ve.Status.HELD


@pytest.mark.parametrize(("lang", "title"), _rows("people", "titles"))
def test_every_title_introduces_a_name(lang, title):
    """A name after each title is a person, and two of them co-chair."""
    cap = title[:1].upper() + title[1:]
    text = (
        f"{cap} Trần Văn Bình và {title} Khăm La Sổn Thon đã đồng chủ trì Kỳ họp lần thứ 48 "
        "Ủy ban liên Chính phủ."
        if lang == "vi"
        else f"{cap} Tran Van Binh and {title} Khamla Sounthone co-chaired the 48th meeting of "
        "the Intergovernmental Committee."
    )
    names = [p.name for p in _one(text).co_chairs]
    assert len(names) == 2, names
    assert names[1] in ("Khăm La Sổn Thon", "Khamla Sounthone")


@pytest.mark.parametrize(("lang", "cue"), _rows("people", "chaired_by"))
def test_every_chaired_by_introducer_names_both_co_chairs(lang, cue):
    """Each introducer of the chairs makes both coordinated people that follow co-chairs."""
    text = (
        f"Ngày 19/12/2023, Tham khảo chính trị lần thứ 10 đã diễn ra {cue} Thứ trưởng Trần "
        "Văn Bình và Thứ trưởng Khăm La Sổn Thon."
        if lang == "vi"
        else f"The 10th political consultation took place on December 19, 2023, {cue} Deputy "
        "Foreign Minister Tran Van Binh and Lao Deputy Foreign Minister Khamla Sounthone."
    )
    assert len(_one(text).co_chairs) == 2, text


@pytest.mark.parametrize(("lang", "cue"), _rows("people", "cochair_after_pair"))
def test_every_cue_after_a_pair_names_both_co_chairs(lang, cue):
    """Two coordinated people right before each cue co-chair what the sentence reports."""
    text = (
        f"Ngày 19/12/2023, Tham khảo chính trị lần thứ 10 do Thứ trưởng Trần Văn Bình và "
        f"Thứ trưởng Khăm La Sổn Thon {cue} đã diễn ra tại Hà Nội."
        if lang == "vi"
        else f"On December 19, 2023, Deputy Foreign Minister Tran Van Binh and Lao Deputy "
        f"Foreign Minister Khamla Sounthone {cue} the 10th political consultation."
    )
    assert len(_one(text).co_chairs) == 2, text


@pytest.mark.parametrize(("lang", "pronoun"), _rows("people", "pronouns"))
def test_every_pronoun_before_a_co_chair_cue_is_the_person_named_before(lang, pronoun):
    """Each pronoun before a co-chair cue stands for the one person the sentence before named."""
    cap = pronoun[:1].upper() + pronoun[1:]
    text = (
        "Thứ trưởng Trần Văn Bình cho biết như vậy với báo chí. "
        f"{cap} đã đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ với Thứ trưởng Khăm La"
        " Sổn Thon."
        if lang == "vi"
        else "Deputy Foreign Minister Tran Van Binh told reporters so. "
        f"{cap} co-chaired the 48th meeting of the Intergovernmental Committee with Lao Deputy"
        " Foreign Minister Khamla Sounthone."
    )
    names = [p.name for p in _one(text).co_chairs]
    assert names[0] in ("Trần Văn Bình", "Tran Van Binh"), names
    assert names[1] in ("Khăm La Sổn Thon", "Khamla Sounthone"), names


@pytest.mark.parametrize(
    "text",
    [
        ("The 32nd annual meeting of the Vietnam-Laos border delegations took place in "
         "Vientiane on December 19-20, 2023, chaired by Deputy Foreign Minister Tran Van Binh "
         "and Lao Deputy Foreign Minister Khamla Sounthone."),  # ", chaired by X and Y" at the end
        ("The 10th political consultation, presided over by Deputy Foreign Minister Tran Van "
         "Binh and Lao Deputy Foreign Minister Khamla Sounthone, took place on May 4, 2023."),
        ("Ngày 4/5/2023, Tham khảo chính trị lần thứ 10 diễn ra dưới sự chủ trì của Thứ trưởng "
         "Trần Văn Bình và Thứ trưởng Ngoại giao Lào Khăm La Sổn Thon."),  # dưới sự chủ trì của
        ("Ngày 4/5/2023, Tham khảo chính trị lần thứ 10 do Thứ trưởng Trần Văn Bình và Thứ "
         "trưởng Ngoại giao Lào Khăm La Sổn Thon đồng chủ trì đã diễn ra."),  # do X và Y … chủ trì
    ],
)  # fmt: skip
def test_chairs_introduced_before_their_names(text):
    """'chaired by X and Y', 'dưới sự chủ trì của X và Y', 'do X và Y chủ trì': both chair."""
    names = [p.name for p in _one(text).co_chairs]
    assert len(names) == 2
    assert names[1] in ("Khăm La Sổn Thon", "Khamla Sounthone")


@pytest.mark.parametrize(
    ("text", "published", "window"),
    [
        ("The two sides successfully held an online political consultation at the foreign "
         "ministerial level in October.", "2020-12-01",
         "2020-10-01/2020-10-31"),  # past report: the published year
        ("Hai bên đã tổ chức thành công cuộc tham vấn chính trị cấp Bộ trưởng Ngoại giao theo "
         "hình thức trực tuyến vào tháng 10.", "2020-12-01",
         "2020-10-01/2020-10-31"),  # past report: the published year
        ("The 10th political consultation was held in October.", "2024-08-30",
         "2023-10-01/2023-10-31"),  # reported as past: the October before publication
        ("Tham khảo chính trị lần thứ 10 đã diễn ra vào tháng 10.", "2024-08-30",
         "2023-10-01/2023-10-31"),  # reported as past: the October before publication
        ("The 10th political consultation will take place in October.", "2024-08-30",
         "2024-10-01/2024-10-31"),  # planned: the October after publication
        ("Tham khảo chính trị lần thứ 10 sẽ diễn ra vào tháng 10.", "2024-08-30",
         "2024-10-01/2024-10-31"),  # planned: the October after publication
    ],
)  # fmt: skip
def test_a_month_without_a_year_takes_the_published_year_by_tense(text, published, window):
    """'in October', 'vào tháng 10': a month-long window in the year the tense points to."""
    when = _one(text, published).date
    assert when is not None
    assert when.format_iso() == window
    assert when.precision is ve.Precision.MONTH


@pytest.mark.parametrize(
    "text",
    [
        ("The two sides successfully held an online political consultation at the foreign "
         "ministerial level in October."),
        ("Hai bên đã tổ chức thành công cuộc tham vấn chính trị cấp Bộ trưởng Ngoại giao theo "
         "hình thức trực tuyến vào tháng 10."),
    ],
)  # fmt: skip
def test_a_month_without_any_year_is_an_open_year_month(text):
    """With no published date and no year clue, the session keeps its month, year left open."""
    mention = _one(text)
    assert mention.status is ve.Status.HELD
    assert mention.date is not None
    assert (mention.date.window, mention.date.format_iso()) == (None, "--10")


def _people(text: str) -> list[str]:
    from vnlao_events.extract.context import DocumentView
    from vnlao_events.extract.people import find_people

    found, _ = find_people(Sentence.of(0, text), DocumentView.of(ve.Document.from_text(text)), ())
    return [p.name for _, _, p in found]


@pytest.mark.parametrize("word", _PHRASES.words("people", "organisations", "en"))
def test_every_english_organisation_word_makes_no_person(word):
    """A capitalised run ending in an organisation word is never a person."""
    assert not _people(f"The chairman of the Central Theory {word} spoke.")


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc phát biểu.",  # committee, front
        "Tổng Bí thư Đảng Nhân dân Cách mạng Lào phát biểu.",  # party
        "Chủ tịch Hội Hữu nghị Việt Nam - Lào phát biểu.",  # association
        "Bộ trưởng Bộ Kế hoạch và Đầu tư phát biểu.",  # ministry
    ],
)
def test_vietnamese_organisation_names_make_no_person(text):
    """Vietnamese organisation names put their head first; none is taken for a person."""
    assert not _people(text)


@pytest.mark.parametrize(("lang", "head"), _rows("mechanisms", "heads"))
def test_every_head_noun_with_a_core(lang, head):
    """Each head noun with the border core names the border series."""
    text = (
        f"{head[:1].upper() + head[1:]} lần thứ 30 đại biểu biên giới đã diễn ra."
        if lang == "vi"
        else f"The 30th {head} of the two border delegations was held."
    )
    assert (_one(text).series, _one(text).ordinal) == ("border-annual-meeting", 30)


@pytest.mark.parametrize(("lang", "modifier"), _rows("mechanisms", "modifiers"))
def test_every_modifier_between_head_and_core(lang, modifier):
    """Each modifier may stand between a head noun and its core."""
    text = (
        f"Cuộc họp {modifier} đại biểu biên giới lần thứ 30 đã diễn ra."
        if lang == "vi"
        else f"The 30th meeting {modifier} border delegations was held."
    )
    assert _one(text).series == "border-annual-meeting"


@pytest.mark.parametrize(
    ("lang", "series", "core"),
    [
        (lang, series, core)
        for lang in ("vi", "en")
        for series, cores in _PHRASES.tables[lang]["mechanisms"]["cores"].items()
        for core in cores
    ],
)
def test_every_core_names_its_mechanism(lang, series, core):
    """Each core after a head noun names its mechanism (or a level sibling of it)."""
    head = {"party-theoretical-workshop": ("Hội thảo", "workshop")}.get(
        series, ("Hội nghị", "meeting")
    )
    if core in _PHRASES.tables[lang]["mechanisms"].get("paired_cores", ()):
        text = (  # one body of each side: "the Politburo of … and the Politburo of …"
            f"Ngày 5/5/2024 đã diễn ra {head[0]} giữa {core} Đảng A và {core} Đảng B lần thứ 30."
            if lang == "vi"
            else f"The 30th {head[1]} between the {core} of A and the {core} of B was held on"
            " May 5, 2024."
        )
    elif core in _PHRASES.tables[lang]["mechanisms"].get("bound_cores", ()):
        bound = _PHRASES.tables[lang]["mechanisms"]["bound_heads"][0]
        text = (  # a bound core counts with its own heads: "ministerial-level consultation"
            f"Ngày 5/5/2024 đã diễn ra {bound} {core} lần thứ 30."
            if lang == "vi"
            else f"The 30th Vietnam-Laos {core} {bound} was held on May 5, 2024."
        )
    elif core in _PHRASES.tables[lang]["mechanisms"].get("weak_cores", ()):
        text = (  # a weak core counts beside its context: the Parties
            f"Ngày 5/5/2024 đã diễn ra {head[0]} {core} giữa Đảng A và Đảng B."
            if lang == "vi"
            else f"The {head[1]} of the {core} between Party A and Party B was held on May 5, 2024."
        )
    else:
        text = (
            f"Ngày 5/5/2024 đã diễn ra {head[0]} {core} lần thứ 30."
            if lang == "vi"
            else f"The 30th {head[1]} of the {core} was held on May 5, 2024."
        )
    assert _one(text).series in _family(series)


@pytest.mark.parametrize(
    ("lang", "core"),
    [(lang, c) for lang in ("vi", "en") for c in _PHRASES.words("mechanisms", "bound_cores", lang)],
)
def test_a_bound_core_with_another_head_names_nothing(lang, core):
    """'the fourth ministerial-level meeting on defence': not the foreign ministers' series."""
    text = f"The fourth Vietnam-Laos {core} meeting on defence was held on May 5, 2024."
    assert _sessions(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng cũng tham dự Hội nghị cấp cao chiến lược hợp tác kinh tế Ayeyawadi-Chao "
        "Phraya-Mekong lần thứ 5 (ACMECS 5) được tổ chức ngày 13-3.",
        "The Prime Minister attended the 5th high-level meeting on economic cooperation "
        "strategy on March 13, 2024.",
    ],
)
def test_a_numbered_weak_core_alone_is_another_body_s(text):
    """The Parties' summit numbers none: "Hội nghị cấp cao … lần thứ 5" is another body's."""
    assert _sessions(text, "2024-03-14") == []


@pytest.mark.parametrize(
    ("lang", "core"),
    [
        (lang, core)
        for lang in ("vi", "en")
        for core in _PHRASES.tables[lang]["mechanisms"].get("paired_cores", ())
    ],
)
def test_a_paired_core_alone_names_no_mechanism(lang, core):
    """One Party's organ alone ("a Politburo meeting", "phiên họp Bộ Chính trị") is no summit."""
    text = (
        f"Ngày 5/5/2024 đã diễn ra Hội nghị {core} Đảng A."
        if lang == "vi"
        else f"The meeting of the {core} of A was held on May 5, 2024."
    )
    doc = ve.Document(id="d", text=text, published=ve.PartialDate(2024, 5, 6))
    assert not [m for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]


@pytest.mark.parametrize(
    ("text", "series", "date"),
    [
        # vi: the edition's year between head and core; the day elsewhere dates it
        (
            "Ngày 11/4/2022, tại Điện Biên Phủ, đã diễn ra Cuộc họp thường niên năm 2022 giữa"
            " hai Đoàn đại biểu biên giới Việt Nam - Lào.",
            "border-annual-meeting",
            "2022-04-11",
        ),
        # vi: only the edition's year: the year it was held, no day invented
        (
            "Cuộc họp thường niên năm 2021 giữa hai đoàn đại biểu biên giới đã diễn ra.",
            "border-annual-meeting",
            "2021-01-01/2021-12-31",
        ),
        # en: the edition's year before the head
        (
            "The 2022 annual meeting between the Vietnamese and Lao border delegations took place"
            " in Dien Bien Phu on April 11, 2022.",
            "border-annual-meeting",
            "2022-04-11",
        ),
        # vi: "kiểm điểm" (review) between head and core
        (
            "published: 2024-08-02\n\nNgày 1/8/2024, Hội nghị kiểm điểm giữa kỳ Ủy ban Hợp tác"
            " Việt Nam – Lào đã được tổ chức tại Hà Nội.",
            "cooperation-committees-midterm",
            "2024-08-01",
        ),
        # en: "review" between core and head
        (
            "The mid-term review conference of the Vietnam-Laos Cooperation Committee was held in"
            " Hanoi on August 1, 2022.",
            "cooperation-committees-midterm",
            "2022-08-01",
        ),
        # en: "the Politburos of" the two Parties, named in full
        (
            "The annual high-level meeting between the Politburos of the Communist Party of"
            " Vietnam and the Lao People's Revolutionary Party took place on January 7, 2017.",
            "party-high-level-meeting",
            "2017-01-07",
        ),
    ],
)
def test_editions_reviews_and_politburos(text, series, date):
    """Year editions, review conferences and 'the Politburos of …' name their series."""
    found = [m for m in ve.extract(ve.Document.from_text(text)) if m.series == series]
    assert found
    assert found[0].date is not None
    assert found[0].date.format_iso() == date


@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        # en: the date follows the Politburos' meeting, on the far side of the 39th
        (
            "The 39th meeting of the Intergovernmental Committee was held to carry out what was"
            " agreed at the meeting of the two Politburos on January 7, 2017.",
            "party-high-level-meeting",
            "intergovernmental-committee",
        ),
        # vi: the date opens the clause of the 41st; the Politburos' meeting comes after it
        (
            "Ngày 6/1/2019, tại Hà Nội, Kỳ họp lần thứ 41 Ủy ban liên Chính phủ đã triển khai kết"
            " quả cuộc gặp giữa hai Bộ Chính trị.",
            "intergovernmental-committee",
            None,
        ),
        # vi: the date follows the Politburos' meeting, on the far side of the 41st
        (
            "Kỳ họp lần thứ 41 Ủy ban liên Chính phủ đã triển khai kết quả cuộc gặp giữa hai Bộ"
            " Chính trị ngày 7/1/2017.",
            "party-high-level-meeting",
            "intergovernmental-committee",
        ),
    ],
)
def test_a_date_belongs_to_the_mechanism_it_follows(text, dated, undated):
    """A date beyond another mechanism's name is that one's; a sentence-opening date frames all."""
    mentions = ve.extract(ve.Document.from_text(text))
    by_series = {m.series: m for m in mentions}
    assert by_series[dated].date is not None
    if undated in by_series:
        assert by_series[undated].date is None
    if undated is None:  # the opening date frames every mention of the sentence
        assert all(m.date is not None for m in mentions if m.series == dated)
