"""``scene_place``: the place a verbless sentence of a time and a place sets, both languages."""

from __future__ import annotations

import pytest

import vnlao_events as ve
from vnlao_events.extract.context import DocumentView
from vnlao_events.extract.places import find_places, scene_place
from vnlao_events.extract.sentences import Sentence


def _scene(text: str) -> ve.Place | None:
    sentence = Sentence.of(0, text)
    view = DocumentView.of(ve.Document.from_text(text))
    return scene_place(sentence, find_places(sentence, view))


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Sáng 17-12-2013, tại Thủ đô Vientiane (Lào).", "Viêng Chăn", "LA"),
        ("Chiều 5/9, tại Đồng Hới.", "Đồng Hới", "VN"),
        ("Tại Viêng Chăn.", "Viêng Chăn", "LA"),
        ("On December 17, 2013, in Vientiane.", "Viêng Chăn", "LA"),
        ("September 5, in Dong Hoi.", "Đồng Hới", "VN"),
        ("In Vientiane, Laos.", "Viêng Chăn", "LA"),
    ],
)
def test_a_time_and_a_place_set_a_scene(text, city, country):
    """Only a time (a few words with a number) and a locative place: that place."""
    place = _scene(text)
    assert place is not None
    assert (place.city, place.country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên đã họp tại Viêng Chăn.",
        "Ngày 17/12, hội nghị diễn ra tại Viêng Chăn.",
        "Tại Viêng Chăn, hai bên đã họp.",
        "Trực tuyến.",
        "The two sides met in Vientiane.",
        "On December 17, the meeting took place in Vientiane.",
        "In Vientiane, the two sides met.",
        "In Vientiane and in Hanoi.",
    ],
)
def test_a_sentence_with_words_of_its_own_sets_no_scene(text):
    """A verb, a subject or a second place: no scene for the next sentence."""
    assert _scene(text) is None
