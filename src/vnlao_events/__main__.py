"""``python -m vnlao_events``: the same as the ``vnlao-events`` command."""

from __future__ import annotations

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
