"""Extraction speed, linearity, hostile input and streaming memory.

Targets: at least 2 MB of news text per CPU-second on one core (goal: within 3x of the
one-alternation floor); linear in input size; hostile input (1 MB of "lần thứ ", of digits
and slashes, one 1 MB line, dense session reports) at most 3x the cost per byte of normal
text; flat memory when a large corpus is streamed. Times are CPU seconds of the process
(``time.process_time``): fair on a machine shared with other work.

Beside the extractor, in the same run and on the same text: the floor (the text folded and
searched once with one alternation of every trigger word, what any reader must at least
do) and ``dateparser.search_dates`` (dates only; skipped when not installed).

Run: python benchmarks/bench_extract.py [--baseline OTHER_SRC] [--runs N]

With ``--baseline`` (the ``src`` folder of another checkout, e.g. ``git archive 5ddcc27 src |
tar -x -C /tmp/base`` then ``--baseline /tmp/base/src``), both are measured in one run,
alternating, on the same 1 MB corpus, each in its own process, ``--runs`` rounds (default
5); the minimum and the median CPU seconds of each are given, and their ratios.
"""

from __future__ import annotations

import importlib.util
import os
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from _corpus import corpus

import vnlao_events as ve

MB = 1_000_000


def seconds(documents: list[ve.Document]) -> float:
    start = time.process_time()
    for document in documents:
        ve.extract(document)
    return time.process_time() - start


def mb_per_second(size: int) -> tuple[float, float]:
    documents = list(corpus(size))
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    seconds(documents[:5])  # warm the regex and catalogue caches
    elapsed = min(seconds(documents) for _ in range(2))
    return size / MB / elapsed, elapsed / (size / MB)


def hostile(text: str) -> float:
    doc = ve.Document(id="hostile", text=text, published=ve.PartialDate(2024, 8, 30))
    size = len(text.encode("utf-8"))
    start = time.process_time()
    ve.extract(doc)
    return (time.process_time() - start) / (size / MB)


def streamed_peak(size: int) -> int:
    tracemalloc.start()
    for _ in ve.extract_all(corpus(size)):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def cpu_seconds_per_mb() -> float:
    """CPU seconds per MB of extraction on the 1 MB corpus (after a warm-up)."""
    documents = list(corpus(MB))
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    seconds(documents[:5])  # warm the regex and catalogue caches
    return seconds(documents) / (size / MB)


def _cost_in(src: str) -> float:
    """CPU s/MB of extraction on the 1 MB corpus, with the package found in ``src``."""
    bench = str(Path(__file__).parent)
    code = (
        f"import sys; sys.path.insert(0, {bench!r}); import bench_extract as b;"
        " print(b.cpu_seconds_per_mb())"
    )
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(  # noqa: S603 (our own interpreter on our own code)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def floor_pattern() -> re.Pattern[str]:
    """Every trigger pattern of the recognisers joined in one alternation (the floor's).

    The extractor searches some triggers on their own (faster than inside the
    alternation); the floor joins them all, so that it stays one pass of one pattern.
    """
    from vnlao_events.extract import pipeline  # noqa: PLC0415

    every = (
        *pipeline.ordinal_triggers(),
        *pipeline.people_triggers(),
        *pipeline.period_triggers(),
        pipeline._ANAPHOR,
        pipeline._NEXT_SESSION,
        *pipeline.mechanism_triggers(),
    )
    patterns = [t if isinstance(t, re.Pattern) else getattr(t, "pattern", None) for t in every]
    joinable = [p for p in patterns if isinstance(p, re.Pattern) and pipeline._joinable(p)]
    strip = pipeline._GROUP_NAME.sub
    return re.compile("|".join(f"(?:{strip('(?:', p.pattern)})" for p in joinable))


def floor_cost() -> float:
    """CPU s/MB of the floor: fold the text once, search one alternation of every trigger."""
    from vnlao_events._text import FoldedText  # noqa: PLC0415

    one = floor_pattern()
    texts = [d.text for d in corpus(MB)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            for _match in one.finditer(FoldedText.of(text).toneless):
                pass
        best = min(best, time.process_time() - start)
    return best / (size / MB)


def dateparser_cost(size: int = 60_000) -> float | None:
    """CPU s/MB of ``dateparser.search_dates`` on the first ``size`` bytes of the corpus."""
    if importlib.util.find_spec("dateparser") is None:
        return None
    import warnings  # noqa: PLC0415

    from dateparser.search import search_dates  # noqa: PLC0415 - an optional peer

    documents = list(corpus(size))
    total = sum(len(d.text.encode("utf-8")) for d in documents)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("ngày 25/11/2022", languages=["vi"])  # load its language data
        start = time.process_time()
        for document in documents:
            lang = "vi" if any(c in document.text for c in "ăâđêôơư") else "en"
            search_dates(document.text, languages=[lang])
        return (time.process_time() - start) / (total / MB)


def compare(baseline: str, runs: int) -> None:
    """CPU s/MB of this checkout against another, alternating, ``runs`` rounds each."""
    mine = str(Path(__file__).parent.parent / "src")
    costs: dict[str, list[float]] = {"this checkout": [], "baseline": []}
    for _ in range(runs):
        costs["this checkout"].append(_cost_in(mine))
        costs["baseline"].append(_cost_in(baseline))
    print(f"extraction against the baseline (1 MB corpus, CPU s/MB, {runs} rounds, alternating)")
    for name, values in costs.items():
        low, mid = min(values), statistics.median(values)
        print(f"  {name}: min {low:.3f}, median {mid:.3f} s/MB = {1 / low:.2f} MB/s at best")
    for how, pick in (("min", min), ("median", statistics.median)):
        ratio = pick(costs["baseline"]) / pick(costs["this checkout"])
        print(f"  throughput ratio (this / baseline, {how}): {ratio:.2f}x")


def beside(normal: float) -> None:
    """The floor and dateparser on the same text, in this run."""
    floor = floor_cost()
    print("beside it (same run, same text, CPU)")
    print(
        f"  floor (fold + one alternation of every trigger word): {1 / floor:.2f} MB/s;"
        f" extraction is {normal / floor:.1f}x the floor"
    )
    peer = dateparser_cost()
    if peer is None:
        print("  dateparser.search_dates: not installed")
    else:
        print(
            f"  dateparser.search_dates (dates only, 60 kB): {1 / peer:.3f} MB/s;"
            f" extraction is {peer / normal:.1f}x faster"
        )


def main() -> None:
    if "--help" in sys.argv or "-h" in sys.argv:
        print(__doc__)
        return
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    if "--baseline" in sys.argv:
        compare(sys.argv[sys.argv.index("--baseline") + 1], runs)
    print("extraction throughput (real articles, repeated; CPU, best of 2)")
    per_mb = {}
    for size in (1 * MB, 2 * MB, 4 * MB):
        rate, cost = mb_per_second(size)
        per_mb[size] = cost
        print(f"  {size / MB:.0f} MB: {rate:.2f} MB/s ({cost:.3f} s per MB)")
    normal = per_mb[1 * MB]
    beside(normal)
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
