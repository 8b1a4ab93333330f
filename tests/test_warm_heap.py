"""Values that last a run are set aside from the cyclic collector, and only inside the run."""

from __future__ import annotations

import gc

import vnlao_events as ve
from vnlao_events._cli import main
from vnlao_events.archive.heap import long_lived, set_aside


def test_blocks_nest_and_the_outermost_puts_everything_back():
    """set_aside freezes inside a block; leaving the outermost one unfreezes all of it."""
    assert gc.get_freeze_count() == 0
    set_aside()  # outside any block: nothing
    assert gc.get_freeze_count() == 0
    with long_lived():
        kept = [object() for _ in range(10)]
        with long_lived():
            set_aside()
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0  # the inner block does not put them back
    assert gc.get_freeze_count() == 0
    assert len(kept) == 10


def test_a_process_that_froze_objects_itself_is_left_as_it_is():
    """Objects another part of the program froze stay frozen; none are added to them."""
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with long_lived():
            extra = [[] for _ in range(1000)]
            set_aside()
            assert gc.get_freeze_count() == before
        assert gc.get_freeze_count() == before
        assert len(extra) == 1000
    finally:
        gc.unfreeze()


def test_a_collector_turned_off_is_left_off():
    """With the collector off, nothing is frozen and it is not turned on."""
    gc.disable()
    try:
        with long_lived():
            set_aside()
            assert gc.get_freeze_count() == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_warm_run_gives_the_cold_output_and_leaves_nothing_frozen(tmp_path, capsys):
    """A --cache run twice: the same JSON, and the collector as it was after each run."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, doc in enumerate(ve.bundled_seeds()):
        (folder / f"a{i}.txt").write_text(doc.text, "utf-8")
    cache = str(tmp_path / "c.sqlite")
    outputs = []
    for _ in range(2):
        code = main(["timeline", "-q", "--format", "json", "--jobs", "1", "--cache", cache,
                     str(folder)])  # fmt: skip
        assert code == 0
        assert gc.get_freeze_count() == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert '"schema": "vnlao-events.timeline/2"' in outputs[0]
