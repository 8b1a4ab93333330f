"""The third dev set (``tests/data/dev3``): real articles, Vietnamese and English, of any source.

Each article is read alone with only its own header, as ``benchmarks/evaluate.py`` does.
The set holds sessions of another pair of countries (Vietnam–Cambodia consultations,
CPV–CPC workshops), numbers listed between a head and its body ("Kỳ họp lần thứ 39, 40"),
captions whose credit follows a stop, past frames and scene openers. One pair of co-chairs
the gold gives is not named by the sentences about the session (the heads of delegation who
present reports): that article is a known miss.
"""

from __future__ import annotations

import pytest
from tests.gold import evaluate_articles, read_set, sources_of

import vnlao_events as ve

DEV3_IDS = [f"dev3-{n:02d}.txt" for n in range(1, 23)]
CATALOGUE = ve.Catalogue.default()
# The gold's co-chairs the text names only as speakers: not read as such.
KNOWN_CO_CHAIR_MISSES = {"dev3-14.txt"}


@pytest.fixture(scope="module")
def dev3_docs(data_dir) -> dict[str, ve.Document]:
    """Every dev3 article, each with its published header read."""
    return read_set(data_dir / "dev3", DEV3_IDS)


@pytest.mark.parametrize("name", DEV3_IDS)
def test_dev3_article_sessions_are_found(name, dev3_docs, dev3_gold):
    """Every session the gold takes from the article is found, and nothing else."""
    result = evaluate_articles([dev3_docs[name]], sources_of(dev3_gold, name), CATALOGUE)
    assert (result["fn"], result["fp"]) == (0, 0), result["misses"]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="co-chair not read"))
        if n in KNOWN_CO_CHAIR_MISSES
        else n
        for n in DEV3_IDS
    ],
)
def test_dev3_article_fields_are_right(name, dev3_docs, dev3_gold):
    """Every field the gold gives is right, article by article (one known miss)."""
    result = evaluate_articles([dev3_docs[name]], sources_of(dev3_gold, name), CATALOGUE)
    assert not result["misses"], result["misses"]


def test_dev3_together(dev3_docs, dev3_gold):
    """Over the set: every session found, every field but the known co-chairs right."""
    result = evaluate_articles(list(dev3_docs.values()), dev3_gold["sessions"], CATALOGUE)
    assert result["f1"] == 1.0
    right, total = result["fields"]["co_chairs"]
    assert total - right == len(KNOWN_CO_CHAIR_MISSES)
    for field, (right, total) in result["fields"].items():
        if field != "co_chairs":
            assert right == total, field
