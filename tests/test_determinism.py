"""The same documents give the same bytes, whatever the interpreter's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# Two copies of one report under one id, the same length, differing only in their spaces
# (one with no-break spaces, as pages often have): their evidence ties on document and span.
PROGRAM = r"""
import vnlao_events as ve
text = (
    "Sáng 25/11/2022, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7"
    " giữa Bộ Ngoại giao Việt Nam và Lào."
)
other = text.replace(" ", "\u00a0", 3)
day = ve.PartialDate(2022, 11, 26)
docs = [ve.Document(id="a", text=t, published=day) for t in (text, other)]
print(ve.to_json(ve.build_timeline(docs)))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.mark.parametrize("seed", ["1", "2", "3", "4", "5", "6"])
def test_the_timeline_json_does_not_depend_on_the_hash_seed(seed):
    """Ties between pieces of evidence are broken by their quotes, never by set order."""
    assert _run(seed) == _run("0")
