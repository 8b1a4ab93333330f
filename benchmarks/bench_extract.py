"""Extraction speed, linearity, hostile input and streaming memory.

Targets: at least 1 MB of news text per second on one core; linear in input size; hostile
input (1 MB of "lần thứ ", of digits and slashes, one 1 MB line) at most 3x the cost per
byte of normal text; flat memory when a large corpus is streamed.

Run: python benchmarks/bench_extract.py [--baseline OTHER_SRC]

With ``--baseline`` (the ``src`` folder of another checkout, e.g. ``git worktree add
/tmp/base main``), the throughput of both is measured in one run, alternating, on the same
corpus, each in its own process; the best of three rounds is compared.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from _corpus import corpus

import vnlao_events as ve

MB = 1_000_000


def seconds(documents: list[ve.Document]) -> float:
    start = time.perf_counter()
    for document in documents:
        ve.extract(document)
    return time.perf_counter() - start


def mb_per_second(size: int) -> tuple[float, float]:
    documents = list(corpus(size))
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    seconds(documents[:5])  # warm the regex and catalogue caches
    elapsed = min(seconds(documents) for _ in range(2))
    return size / MB / elapsed, elapsed / (size / MB)


def hostile(text: str) -> float:
    doc = ve.Document(id="hostile", text=text, published=ve.PartialDate(2024, 8, 30))
    size = len(text.encode("utf-8"))
    start = time.perf_counter()
    ve.extract(doc)
    return (time.perf_counter() - start) / (size / MB)


def streamed_peak(size: int) -> int:
    tracemalloc.start()
    for _ in ve.extract_all(corpus(size)):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def _rate_in(src: str) -> float:
    """MB/s of extraction on the 1 MB corpus, with the package found in ``src``."""
    bench = str(Path(__file__).parent)
    code = (
        f"import sys; sys.path.insert(0, {bench!r}); import bench_extract as b;"
        " print(b.mb_per_second(b.MB)[0])"
    )
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(  # noqa: S603 (our own interpreter on our own code)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def compare(baseline: str) -> None:
    """Throughput of this checkout against another, alternating, best of three rounds."""
    mine = str(Path(__file__).parent.parent / "src")
    rates: dict[str, list[float]] = {"this checkout": [], "baseline": []}
    for _ in range(3):
        rates["this checkout"].append(_rate_in(mine))
        rates["baseline"].append(_rate_in(baseline))
    best = {name: max(values) for name, values in rates.items()}
    print("throughput against the baseline (1 MB corpus, best of 3, alternating)")
    for name, rate in best.items():
        print(f"  {name}: {rate:.2f} MB/s")
    print(f"  ratio: {best['this checkout'] / best['baseline']:.2f}x")


def main() -> None:
    if "--baseline" in sys.argv:
        compare(sys.argv[sys.argv.index("--baseline") + 1])
    print("extraction throughput (real articles, repeated)")
    per_mb = {}
    for size in (1 * MB, 2 * MB, 4 * MB):
        rate, cost = mb_per_second(size)
        per_mb[size] = cost
        print(f"  {size / MB:.0f} MB: {rate:.2f} MB/s ({cost:.3f} s per MB)")
    normal = per_mb[1 * MB]
    print(f"  linearity: s/MB at 4 MB is {per_mb[4 * MB] / normal:.2f}x that at 1 MB")
    print("hostile input (cost per byte relative to normal text; target <= 3x)")
    one_line = " ".join(d.text.replace("\n", " ") for d in corpus(MB))[:MB]
    dense = "Sáng 25/11, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7 " * 16000
    cases = {
        "1 MB of 'lần thứ '": "lần thứ " * (MB // 10),
        "1 MB of digits and slashes": "12/11/2022/3/4/5." * (MB // 17),
        "one 1 MB line (the articles, newlines removed)": one_line,
        "1 MB of 'ngày 1 tháng '": "ngày 1 tháng " * (MB // 13),
        "1 MB of session reports, a dated session every 70 characters": dense[:MB],
    }
    for name, text in cases.items():
        cost = hostile(text)
        print(f"  {name}: {cost:.3f} s per MB = {cost / normal:.2f}x normal")
    print("streaming memory (tracemalloc peak while extracting, mentions not kept)")
    for size in (1 * MB, 4 * MB):
        print(f"  {size / MB:.0f} MB corpus: peak {streamed_peak(size) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
