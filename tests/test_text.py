"""Tests for offset-keeping normalisation (``_text.py``)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_events._text import (
    FoldedText,
    _unaccented,
    _unaccented_matches,
    fold_plain,
    fold_toneless,
    is_invisible,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Uỷ ban", "Ủy ban"),  # tone mark on either vowel
        ("Thoả thuận", "Thỏa thuận"),  # tone mark on either vowel
        ("hoà bình", "hòa bình"),  # tone mark on either vowel
        ("KỲ HỌP", "kỳ họp"),  # case
    ],
)
def test_toneless_view_equates_spellings(a, b):
    """Spellings that differ by tone-mark placement or case fold alike."""
    assert fold_toneless(a) == fold_toneless(b)


def test_toneless_view_keeps_vowel_quality():
    """'năm' (year) stays apart from 'Nam' (south) in the toneless view."""
    assert fold_toneless("năm") != fold_toneless("Nam")
    assert fold_plain("năm") == fold_plain("Nam")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Phạm Minh Chính", "pham minh chinh"),  # diacritics removed
        ("Đỗ Hùng Việt", "do hung viet"),  # đ is d
        ("２０２４", "2024"),  # full-width digits
        ("໔໘", "48"),  # Lao digits
        ("25–26", "25-26"),  # en dash
    ],
)
def test_plain_view(text, plain):
    """The plain view drops diacritics and normalises digits and dashes."""
    assert fold_plain(text) == plain


def test_decomposed_text_maps_back_to_original_offsets():
    """A match in the view of an NFD text maps back to the original span."""
    original = unicodedata.normalize("NFD", "Sáng 25/11 Tham khảo")
    folded = FoldedText.of(original)
    start = folded.plain.index("tham")
    first, last = folded.original_span(start, start + len("tham khao"))
    assert unicodedata.normalize("NFC", original[first:last]) == "Tham khảo"


@given(st.text(max_size=200))
def test_views_have_one_character_per_cluster(text):
    """Both views have one character per visible cluster and map back, index by index."""
    folded = FoldedText.of(text)
    assert len(folded.toneless) == len(folded.plain)
    if not folded.starts:
        assert len(folded.plain) == len(text)
    assert len(folded.starts) == len(folded.view_starts)
    for view in (folded.toneless, folded.plain):
        assert not any(unicodedata.combining(c) or is_invisible(c) for c in view)
    for index in range(len(folded.plain)):
        first, _ = folded.original_span(index, index + 1)
        assert folded.view_offset(first) == index


def _phrases():
    import tomllib
    from importlib import resources

    source = resources.files("vnlao_events").joinpath("data/vi-unaccented.toml")
    return sorted(tomllib.loads(source.read_text("utf-8"))["phrases"].items())


@pytest.mark.parametrize(("bare", "written"), _phrases())
def test_unaccented_phrase_reads_as_written(bare, written):
    """Each diacritic-free phrase of the data reads in the toneless view as its written form."""
    assert fold_plain(written) == bare  # the same letters without diacritics
    assert fold_toneless(written) != bare  # else the entry would change nothing
    assert fold_toneless(f"({bare.upper()}) x") == f"({fold_toneless(written)}) x"
    assert fold_toneless(f"x{bare}x") == f"x{bare}x"  # inside longer words: left alone


@pytest.mark.parametrize(
    ("text", "toneless"),
    [
        ("lan thu 7", "lân thư 7"),  # Vietnamese typed without diacritics
        ("Lan  thu VII", "lân  thư vii"),  # spacing kept, case folded
        ("lần thứ 7", "lân thư 7"),  # written form: unchanged
        ("Lan thuc", "lan thuc"),  # not the phrase
        ("Thu truong Ngoai giao", "thư trương ngoai giao"),  # a title
        ("Thu tuong Pham Minh Chinh", "thu tương pham minh chinh"),  # another title
    ],
)
def test_diacritic_free_text(text, toneless):
    """Text typed without diacritics reads like the written form where the data knows it."""
    assert fold_toneless(text) == toneless


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",  # zero-width space
        "\u200c",  # zero-width non-joiner
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\u00ad",  # soft hyphen
        "\ufeff",  # byte-order mark / zero-width no-break space
        "\u200e",  # left-to-right mark
        "\u200f",  # right-to-left mark
        "\u202a",  # left-to-right embedding
        "\u2066",  # left-to-right isolate
        "\ufe0f",  # variation selector
    ],
)
def test_invisible_characters_fold_away(invisible):
    """Invisible characters inside a word or a date vanish from every view."""
    text = f"Tham{invisible} khảo ngày 2{invisible}5/1{invisible}1"
    folded = FoldedText.of(text)
    assert folded.plain == "tham khao ngay 25/11"
    assert folded.clean == "Tham khảo ngày 25/11"
    start = folded.plain.index("25/11")
    first, last = folded.original_span(start, start + 5)
    assert text[first:last] == f"2{invisible}5/1{invisible}1"


def test_zero_width_space_between_letters_separates_words():
    """A zero-width space standing alone between two words reads as a space."""
    assert fold_plain("Tham\u200bkhảo") == "tham khao"
    assert fold_plain("Tham \u200bkhảo") == "tham khao"


def test_decomposed_seed_gives_the_same_timeline(seeds):
    """Seed 002 written in NFD gives the same sessions, with spans into the NFD text."""
    import attrs

    import vnlao_events as ve

    def facts(timeline):
        return sorted(
            (
                s.series,
                s.ordinal,
                s.status.value,
                s.date.format_iso() if s.date else None,
                s.place.label() if s.place else None,
                tuple(c.name for c in s.co_chairs),
            )
            for s in timeline.sessions()
        )

    decomposed = [attrs.evolve(d, text=unicodedata.normalize("NFD", d.text)) for d in seeds]
    original = ve.build_timeline(seeds)
    nfd = ve.build_timeline(decomposed)
    assert facts(nfd) == facts(original)
    planned = nfd.session("political-consultation", 10)
    assert planned.status is ve.Status.PLANNED
    texts = {d.id: d.text for d in decomposed}
    for session in nfd.sessions():
        for evidence in session.evidence:
            assert texts[evidence.document][evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize("size", [50_000, 400_000])
def test_combining_mark_runs_fold_in_linear_time(size):
    """A long run of combining marks folds to one character, quickly."""
    import time

    start = time.perf_counter()
    folded = FoldedText.of("a" + "\u0301" * size + " b")
    assert folded.plain == "a b"
    assert folded.toneless == "a b"
    assert folded.original_span(2, 3) == (size + 2, size + 3)
    assert time.perf_counter() - start < 2.0


@given(st.text(max_size=200))
def test_clean_view_maps_back(text):
    """The clean view is as long as the others, and NFC-equal to the original's pieces."""
    folded = FoldedText.of(text)
    assert len(folded.clean) == len(folded.plain)
    assert fold_plain(folded.clean) == folded.plain or any(unicodedata.combining(c) for c in text)


_MESSY = st.text(
    st.sampled_from(
        [
            *"aăâeêioôơuưyđAĐ 0/,.\n",  # letters, digits, punctuation
            *"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b",  # tone and quality marks
            *"\u200b\u00ad\ufeff\u200e",  # invisible characters
            *"\u1100\u1161\u0958\u212b",  # Hangul jamo, a nukta letter, Angstrom: NFC changes them
        ]
    ),
    max_size=60,
)


@given(_MESSY)
def test_bulk_and_cluster_by_cluster_folding_agree(text):
    """Folding in bulk (composed) gives the views and map that folding cluster by cluster gives."""
    from unittest import mock

    from vnlao_events import _text

    bulk = FoldedText.of(text)
    with mock.patch.object(_text, "_fold_composed", return_value=None):
        one_by_one = FoldedText.of(text)
    assert (bulk.toneless, bulk.plain) == (one_by_one.toneless, one_by_one.plain)
    assert (bulk.starts, bulk.view_starts) == (one_by_one.starts, one_by_one.view_starts)
    assert fold_plain(bulk.clean) == fold_plain(one_by_one.clean)


def _unaccented_pieces() -> list[str]:
    return [*_unaccented()[2], " ", "  ", ",", "x", "a", "\n", "-", "2", "ha", "noi", "lân"]


@given(st.lists(st.sampled_from(_unaccented_pieces()), max_size=12))
def test_unaccented_phrases_are_found_as_the_whole_regex_finds_them(pieces):
    """Looking only at word starts finds the diacritic-free phrases the full regex finds."""
    text = "".join(pieces)
    pattern = _unaccented()[0]
    assert [m.span() for m in _unaccented_matches(text)] == [
        m.span() for m in pattern.finditer(text)
    ]
