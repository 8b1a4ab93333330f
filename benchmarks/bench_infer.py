"""Inference speed: sessions across synthetic series, linearity, and the robust step's cost.

Target: 1,000,000 sessions across 10,000 series inferred in under 10 s on one core, with cost
linear in the number of sessions (10k / 100k / 1M reported). The robust choice of facts
(``_robust.choose``) costs at most 2x the plain propagation (``propagate``) on a consistent
series; both are timed on the same series in the same run, and once more with one false fact
per series, where the choice has work to do.

Each figure is CPU seconds of this process (``time.process_time``), the least and the median
of ``--repeat`` runs (the least is the one to compare: other work on the machine only ever
adds time).

Run: python benchmarks/bench_infer.py [--max 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

import vnlao_events as ve
from vnlao_events._robust import Fact, choose


def synthetic(sessions: int, series: int, seed: int = 7) -> ve.Timeline:
    """``series`` series sharing one catalogue key each, one in three sessions hidden."""
    rng = random.Random(seed)
    per = sessions // series
    keys = ["political-consultation", "intergovernmental-committee", "border-annual-meeting"]
    out = []
    evidence = (ve.Evidence(document="synthetic", start=0, end=0, quote=""),)
    for s in range(series):
        day = date(1970, 1, 1) + timedelta(days=rng.randrange(3000))
        items = []
        for k in range(1, per + 1):
            day += timedelta(days=rng.randrange(150, 1096))
            if k not in (1, per) and rng.random() < 1 / 3:
                continue
            window = ve.DateWindow.day(day) if rng.random() < 0.7 else ve.DateWindow.year(day.year)
            items.append(
                ve.Session(
                    series=keys[s % 3],
                    ordinal=k,
                    status=ve.Status.HELD,
                    date=ve.When.of(window),
                    evidence=evidence,
                )
            )
        out.append(ve.Series(key=f"{keys[s % 3]}", sessions=items))
    return ve.Timeline(series=out)


def robust_versus_plain(timeline: ve.Timeline, false_fact: bool) -> tuple[float, float]:
    """Seconds for ``propagate`` and for ``choose`` over the same series' stated windows."""
    rng = random.Random(11)
    chains = []
    for one in timeline.series:
        first, last = one.sessions[0].ordinal, one.sessions[-1].ordinal
        windows = {s.ordinal: s.date.window for s in one.sessions}
        if false_fact:  # a day in the wrong place: before the first session
            k = rng.choice([k for k in range(first, last + 1) if k not in windows] or [last + 1])
            windows[k] = ve.DateWindow.day(windows[first].earliest - timedelta(days=400))
            first, last = min(first, k), max(last, k)
        lower = [
            windows[k].earliest.toordinal() if k in windows else None
            for k in range(first, last + 1)
        ]
        upper = [
            windows[k].latest.toordinal() if k in windows else None for k in range(first, last + 1)
        ]
        facts = [
            Fact(key=k, ordinal=k, lo=w.earliest.toordinal(), hi=w.latest.toordinal(), weight=1)
            for k, w in windows.items()
        ]
        chains.append((lower, upper, facts))
    start = time.process_time()
    for lower, upper, _ in chains:
        ve.propagate(lower, upper, 150, 1095)
    plain = time.process_time() - start
    start = time.process_time()
    for _, _, facts in chains:
        choose(facts, 150, 1095)
    robust = time.process_time() - start
    return plain, robust


def run(sessions: int, series: int) -> float:
    timeline = synthetic(sessions, series)
    start = time.process_time()
    for one in timeline.series:  # each series separately: the keys repeat across series
        ve.infer(ve.Timeline(series=[one]))
    return time.process_time() - start


def _spread(times: list[float]) -> str:
    return f"min {min(times):6.2f} CPU s, median {statistics.median(times):6.2f} CPU s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max]
    results = {}
    for n in sizes:
        times = [run(n, max(1, n // 100)) for _ in range(args.repeat)]
        results[n] = min(times)
        print(
            f"  {n:>9,} sessions in {max(1, n // 100):>6,} series: {_spread(times)}"
            f"  ({min(times) / n * 1e6:.2f} µs per session)"
        )
    if len(results) > 1:
        first, last = sizes[0], sizes[-1]
        ratio = (results[last] / last) / (results[first] / first)
        print(f"  cost per session at {last:,} is {ratio:.2f}x that at {first:,}")
    n = sizes[-1]
    timeline = synthetic(n, max(1, n // 100))
    for false_fact in (False, True):
        pairs = [robust_versus_plain(timeline, false_fact) for _ in range(args.repeat)]
        plain, robust = min(p for p, _ in pairs), min(r for _, r in pairs)
        ratios = [r / p for p, r in pairs]
        label = "one false fact per series" if false_fact else "consistent series"
        print(
            f"  {label}: propagate {plain:.2f} s, robust choice {robust:.2f} s"
            f" ({robust / plain:.2f}x of the least; median of the runs' ratios"
            f" {statistics.median(ratios):.2f}x) over {n:,} sessions"
        )


if __name__ == "__main__":
    main()
