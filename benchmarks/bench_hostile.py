"""Hostile input: cost per byte against normal news text, measured in the same run.

Each hostile text is read as one document (``Document.from_text`` then ``extract``, the
path every input takes) at 1 MB and at 4 MB; normal text is the seed and dev articles
repeated to the same size; times are CPU seconds of this process. Targets: every hostile
input at most 3x the cost per byte of normal text, and linear (the cost per byte at 4 MB
about that at 1 MB).

Run: python benchmarks/bench_hostile.py [--sizes 1,4] [--repeat 2] [--only WORDS]
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections.abc import Callable

from _corpus import corpus

import vnlao_events as ve
from vnlao_events.extract.sentences import body_end

MB = 1_000_000


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` UTF-8 bytes."""
    count = max(1, size // len(unit.encode("utf-8")))
    return unit * count


def _news(size: int) -> str:
    """The articles' bodies (page furniture cut, else one text ends at the first) joined."""
    text = "\n\n".join(d.text[: body_end(d.text)] for d in corpus(size * 11 // 10))
    return text[: len(text) * size // len(text.encode("utf-8"))]


CASES: dict[str, Callable[[int], str]] = {
    "reference: news bodies joined in one document": _news,
    "combining marks: one letter and a run of U+0301": lambda n: "a" + _fill("\u0301", n),
    "combining marks: 'a' + U+0301 + U+0323 repeated": lambda n: _fill("a\u0301\u0323", n),
    "news text in NFD (decomposed)": lambda n: unicodedata.normalize("NFD", _news(n)),
    "news text with a ZWSP after every space": lambda n: _news(n).replace(" ", " \u200b"),
    "a long digit run": lambda n: _fill("1", n),
    "digits and slashes": lambda n: _fill("12/11/2022/3/4/5.", n),
    "repeated cue 'lần thứ '": lambda n: _fill("lần thứ ", n),
    "repeated cue 'đã diễn ra Tham khảo chính trị '": lambda n: _fill(
        "đã diễn ra Tham khảo chính trị ", n
    ),
    "session reports, a dated session every 70 characters": lambda n: _fill(
        "Sáng 25/11, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7 ", n
    ),
    "a series framed by countries, over and over": lambda n: _fill(
        "the political consultation between Vietnam, Laos and Cambodia and ", n
    ),
    "provinces' bodies after a border head, over and over": lambda n: _fill(
        "Cuộc họp thường niên giữa hai đoàn đại biểu biên giới tỉnh ", n
    ),
    "one huge sentence (news, no sentence ends)": lambda n: (
        _news(n).replace(".", " ").replace("\n", " ").replace("?", " ").replace("!", " ")
    ),
}


def _seconds(action: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time: fair on a machine shared with other work
        action()
        best = min(best, time.process_time() - start)
    return best


def normal_cost(size: int, repeat: int) -> float:
    """Seconds per MB of normal news text (many articles)."""
    documents = list(corpus(size))
    total = sum(len(d.text.encode("utf-8")) for d in documents)

    def run() -> None:
        for document in documents:
            ve.extract(ve.Document.from_text(document.text, id=document.id))

    return _seconds(run, repeat) / (total / MB)


def hostile_cost(text: str, repeat: int) -> float:
    """Seconds per MB of one hostile document."""
    total = len(text.encode("utf-8"))
    return _seconds(lambda: ve.extract(ve.Document.from_text(text, id="hostile")), repeat) / (
        total / MB
    )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="1,4", help="sizes in MB (default 1,4)")
    options.add_argument("--repeat", type=int, default=2, help="best of N runs (default 2)")
    options.add_argument("--only", default="", help="only the cases whose name holds this")
    args = options.parse_args()
    sizes = [int(float(s) * MB) for s in args.sizes.split(",")]
    ve.extract(ve.Document.from_text("Sáng 25/11 đã diễn ra Tham khảo chính trị lần thứ 7."))
    normal = {size: normal_cost(size, args.repeat) for size in sizes}
    for size in sizes:
        print(f"normal news text, {size / MB:g} MB: {normal[size]:.3f} s per MB")
    worst = 0.0
    worst_growth = 0.0
    for name, make in CASES.items():
        if args.only not in name:
            continue
        costs = {size: hostile_cost(make(size), args.repeat) for size in sizes}
        ratios = [costs[size] / normal[size] for size in sizes]
        worst = max(worst, *ratios)
        parts = [
            f"{size / MB:g} MB {costs[size]:.3f} s/MB = {ratio:.2f}x"
            for size, ratio in zip(sizes, ratios, strict=True)
        ]
        line = f"  {name}: " + ", ".join(parts)
        if len(sizes) > 1:
            growth = costs[sizes[-1]] / costs[sizes[0]]
            worst_growth = max(worst_growth, growth)
            line += f"; s/MB at {sizes[-1] / MB:g} MB is {growth:.2f}x that at {sizes[0] / MB:g} MB"
        print(line)
    print(f"worst: {worst:.2f}x normal per byte (target <= 3x)")
    if len(sizes) > 1:
        print(f"worst growth of cost per byte with size: {worst_growth:.2f}x (linear: about 1)")


if __name__ == "__main__":
    main()
