"""The contract every exporter honours; each exporter's test class overrides one fixture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import vnlao_events as ve


class ExporterContract:
    """Round trip (where the format reads back), atomic writes, and edge cases."""

    #: Whether the format reads back into the same timeline.
    round_trips = True

    @pytest.fixture
    def dump(self) -> Callable[[ve.Timeline], str]:
        """Timeline → text."""
        raise NotImplementedError

    @pytest.fixture
    def load(self) -> Callable[[str], ve.Timeline] | None:
        """Text → timeline, or None for write-only formats."""
        return None

    @pytest.fixture
    def write(self) -> Callable[[ve.Timeline, Path], None]:
        """Timeline → file."""
        raise NotImplementedError

    def test_real_timeline_round_trips(self, dump, load, all_timeline):
        """The real articles' timeline reads back equal."""
        text = dump(all_timeline)
        assert text
        if self.round_trips:
            assert load(text) == all_timeline

    def test_empty_timeline(self, dump, load):
        """An empty timeline exports and reads back empty."""
        text = dump(ve.Timeline())
        if self.round_trips:
            assert load(text) == ve.Timeline()

    def test_writes_atomically(self, write, all_timeline, tmp_path):
        """The file appears whole and no temporary file is left behind."""
        target = tmp_path / self.filename
        write(all_timeline, target)
        assert target.stat().st_size > 0
        assert [p.name for p in tmp_path.iterdir()] == [self.filename]

    def test_missing_folder_is_a_clear_error(self, write, all_timeline, tmp_path):
        """Writing into a folder that does not exist raises ExportError naming it."""
        with pytest.raises(ve.ExportError, match="does not exist"):
            write(all_timeline, tmp_path / "nope" / self.filename)

    filename = "out.txt"
