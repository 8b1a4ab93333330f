"""The second dev set (``tests/data/dev2``): real articles the recognisers were not written on.

Each article is read alone with only its own header, as ``benchmarks/evaluate.py`` does.
Every field of every article is right: the month without a year is kept as an open-year
month, the day whose year only the URL knows takes the URL's published date, and the
co-chair written after a stray full stop stays in the sentence of the list.
"""

from __future__ import annotations

import pytest
from tests.gold import evaluate_articles, read_set, sources_of

import vnlao_events as ve

DEV2_IDS = [f"dev2-{n:02d}.txt" for n in range(1, 16)]
CATALOGUE = ve.Catalogue.default()


@pytest.fixture(scope="module")
def dev2_docs(data_dir) -> dict[str, ve.Document]:
    """Every dev2 article, each with its published header read."""
    return read_set(data_dir / "dev2", DEV2_IDS)


@pytest.mark.parametrize("name", DEV2_IDS)
def test_dev2_article_sessions_are_found(name, dev2_docs, dev2_gold):
    """Every session the gold takes from the article is found, and nothing else."""
    result = evaluate_articles([dev2_docs[name]], sources_of(dev2_gold, name), CATALOGUE)
    assert (result["fn"], result["fp"]) == (0, 0), result["misses"]


@pytest.mark.parametrize("name", DEV2_IDS)
def test_dev2_article_fields_are_right(name, dev2_docs, dev2_gold):
    """Every field the gold gives is right, article by article."""
    result = evaluate_articles([dev2_docs[name]], sources_of(dev2_gold, name), CATALOGUE)
    assert not result["misses"], result["misses"]


def test_dev2_together(dev2_docs, dev2_gold):
    """Over the set: every session found and every field right."""
    result = evaluate_articles(list(dev2_docs.values()), dev2_gold["sessions"], CATALOGUE)
    assert result["f1"] == 1.0
    shares = {field: right / total for field, (right, total) in result["fields"].items()}
    assert shares == dict.fromkeys(shares, 1.0)
    assert result["fields_right"] == 1.0
