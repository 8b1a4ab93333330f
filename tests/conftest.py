"""Shared fixtures: the real articles and the gold files kept in ``tests/data``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import vnlao_events as ve

DATA = Path(__file__).parent / "data"

# Hypothesis profiles: "ci" (chosen when CI=true) runs every property without an explicit
# example count 2,000 times; "dev" keeps a workstation run short. HYPOTHESIS_PROFILE picks
# one by name. Tests that set max_examples themselves keep their own count.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=2000, deadline=None, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("ci" if os.environ.get("CI", "").lower() == "true" else "dev")
)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder of test data."""
    return DATA


@pytest.fixture(scope="session")
def seeds() -> list[ve.Document]:
    """The five seed articles bundled with the package."""
    return ve.bundled_seeds()


@pytest.fixture(scope="session")
def dev_docs() -> list[ve.Document]:
    """The dev corpus articles (English and Vietnamese)."""
    return list(ve.load_documents([DATA / "dev"]))


@pytest.fixture(scope="session")
def seeds_gold() -> dict[str, Any]:
    """What a careful reader takes from the seed articles."""
    return json.loads((DATA / "seeds-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def dev_gold() -> dict[str, Any]:
    """What a careful reader takes from the dev articles."""
    return json.loads((DATA / "dev-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def seeds_stated(seeds: list[ve.Document]) -> ve.Timeline:
    """The seeds' timeline without inference."""
    return ve.build_timeline(seeds, infer=False)


@pytest.fixture(scope="session")
def seeds_timeline(seeds: list[ve.Document]) -> ve.Timeline:
    """The seeds' timeline with inference."""
    return ve.build_timeline(seeds)


@pytest.fixture(scope="session")
def all_stated(seeds: list[ve.Document], dev_docs: list[ve.Document]) -> ve.Timeline:
    """Seeds and dev articles together, without inference."""
    return ve.build_timeline([*seeds, *dev_docs], infer=False)


@pytest.fixture(scope="session")
def all_timeline(seeds: list[ve.Document], dev_docs: list[ve.Document]) -> ve.Timeline:
    """Seeds and dev articles together, with inference."""
    return ve.build_timeline([*seeds, *dev_docs])


@pytest.fixture(scope="session")
def dev2_gold() -> dict[str, Any]:
    """What a careful reader takes from the second dev set."""
    return json.loads((DATA / "dev2-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def dev3_gold() -> dict[str, Any]:
    """What a careful reader takes from the third dev set."""
    return json.loads((DATA / "dev3-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def dev4_gold() -> dict[str, Any]:
    """What a careful reader takes from the fourth dev set."""
    return json.loads((DATA / "dev4-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def corpus_docs(seeds: list[ve.Document], dev_docs: list[ve.Document]) -> list[ve.Document]:
    """The seeds, the dev and the dev2 articles together; unreadable files are skipped."""
    errors: list[ve.DocumentError] = []
    return [*seeds, *dev_docs, *ve.load_documents([DATA / "dev2"], errors=errors)]


@pytest.fixture(scope="session")
def corpus_timeline(corpus_docs: list[ve.Document]) -> ve.Timeline:
    """Seeds, dev and dev2 together, with inference."""
    return ve.build_timeline(corpus_docs)
