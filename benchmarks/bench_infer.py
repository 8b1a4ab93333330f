"""Inference speed: sessions across synthetic series, and linearity.

Target: 1,000,000 sessions across 10,000 series inferred in under 10 s on one core, with cost
linear in the number of sessions (10k / 100k / 1M reported).

Run: python benchmarks/bench_infer.py [--max 1000000]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

import vnlao_events as ve


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


def run(sessions: int, series: int) -> float:
    timeline = synthetic(sessions, series)
    start = time.perf_counter()
    for one in timeline.series:  # each series separately: the keys repeat across series
        ve.infer(ve.Timeline(series=[one]))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=1_000_000)
    args = parser.parse_args()
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max]
    results = {}
    for n in sizes:
        elapsed = run(n, max(1, n // 100))
        results[n] = elapsed
        print(
            f"  {n:>9,} sessions in {max(1, n // 100):>6,} series: {elapsed:6.2f} s"
            f"  ({elapsed / n * 1e6:.2f} µs per session)"
        )
    if len(results) > 1:
        first, last = sizes[0], sizes[-1]
        ratio = (results[last] / last) / (results[first] / first)
        print(f"  cost per session at {last:,} is {ratio:.2f}x that at {first:,}")


if __name__ == "__main__":
    main()
