"""Values that last the whole run, set aside from the cyclic garbage collector's scans.

A warm run builds hundreds of thousands of small values (the cached mentions, then the
timeline) that live until the run ends. Python's cyclic collector scans every tracked
object again each time the old ones grow by a quarter, so these values, which hold no
reference cycle and are freed by reference counting as usual, would be scanned again and
again for nothing (a tenth of a warm run's CPU). Inside :func:`long_lived`,
:func:`set_aside` moves every object tracked so far out of those scans (``gc.freeze``);
leaving the outermost block puts them back (``gc.unfreeze``), so nothing is kept from
the collector after it. A process that froze objects itself, or runs with the collector
off, is left as it is.

>>> import gc
>>> with long_lived():
...     set_aside()
...     gc.get_freeze_count() > 0
True
>>> gc.get_freeze_count()
0
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["long_lived", "set_aside"]

_state = {"depth": 0, "owned": False}


@contextmanager
def long_lived() -> Iterator[None]:
    """A block in which :func:`set_aside` keeps what was made so far out of the scans.

    Blocks nest; the outermost one puts every object set aside back when it ends.
    """
    outermost = _state["depth"] == 0
    if outermost:
        _state["owned"] = gc.isenabled() and gc.get_freeze_count() == 0
    _state["depth"] += 1
    try:
        yield
    finally:
        _state["depth"] -= 1
        if outermost:
            if _state["owned"]:
                gc.unfreeze()
            _state["owned"] = False


def set_aside() -> None:
    """Inside :func:`long_lived`, keep every object tracked so far out of the scans.

    Outside such a block, or where the process manages the collector itself, nothing.
    """
    if _state["depth"] and _state["owned"]:
        gc.freeze()
