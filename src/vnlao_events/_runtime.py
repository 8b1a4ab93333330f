"""What the library keeps of the running interpreter: its own version, and a paused collector.

Ground floor: imports nothing of the package, so any layer may use it (the cache keys its
entries with the version without importing the package root).

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["VERSION", "collector_paused"]

#: The library's version, as ``vnlao_events.__version__`` gives it.
VERSION = "0.1.0"


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; afterwards, the collector as it was.

    For work that makes many small values and no reference cycle (inference, rebuilding
    cached entries): reference counting frees them, and the collector's scans would find
    nothing. It is turned back on only if it was on before, so one caller never turns it
    on for another.

    >>> import gc
    >>> gc.disable()
    >>> with collector_paused():
    ...     pass
    >>> gc.isenabled()
    False
    >>> gc.enable()
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
