"""Write a synthetic news archive of real sentences recombined, for the archive benchmarks.

    python benchmarks/make_archive.py files DIR --mb 20          # text files, ~20 MB
    python benchmarks/make_archive.py grow DIR --percent 1       # add 1% new articles
    python benchmarks/make_archive.py short DIR --count 200000   # JSON Lines, short articles

Every article is a new text (paragraphs or sentences of the seed and dev articles drawn at
random), with a published date drawn over twenty years, so no two count as one source.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import vnlao_events as ve

ROOT = Path(__file__).parent.parent
START = date(2005, 1, 1)
DAYS = 20 * 365


def _pieces() -> tuple[list[str], list[str]]:
    docs = [*ve.bundled_seeds(), *ve.load_documents([ROOT / "tests" / "data" / "dev"])]
    docs += list(ve.load_documents([ROOT / "tests" / "data" / "dev2"]))
    paragraphs = [p.strip() for d in docs for p in d.text.split("\n") if len(p.strip()) > 40]
    sentences = [
        s.strip() for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p) if len(s) > 30
    ]
    return paragraphs, sentences


def _published(rng: random.Random) -> str:
    return (START + timedelta(days=rng.randrange(DAYS))).isoformat()


def _article(rng: random.Random, pool: list[str], k: int) -> str:
    return "\n\n".join(rng.choice(pool) for _ in range(k))


def write_files(folder: Path, megabytes: float, seed: int, first: int = 0) -> int:
    """Text files of 4–12 paragraphs until ``megabytes`` are written; returns the count."""
    rng = random.Random(seed)
    paragraphs, _ = _pieces()
    folder.mkdir(parents=True, exist_ok=True)
    total, n = 0, first
    while total < megabytes * 1_000_000:
        text = f"published: {_published(rng)}\n\n{_article(rng, paragraphs, rng.randint(4, 12))}\n"
        (folder / f"a{n:07d}.txt").write_text(text, "utf-8")
        total += len(text.encode())
        n += 1
    return n - first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("files", "grow", "short"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--percent", type=float, default=1)
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    if args.kind == "files":
        print(write_files(args.folder, args.mb, args.seed), "files")
    elif args.kind == "grow":
        existing = sorted(args.folder.glob("a*.txt"))
        size = sum(p.stat().st_size for p in existing) / 1_000_000
        added = write_files(
            args.folder, size * args.percent / 100, args.seed + 1, first=len(existing)
        )
        print(added, "files added to", len(existing))
    else:
        rng = random.Random(args.seed)
        _, sentences = _pieces()
        args.folder.mkdir(parents=True, exist_ok=True)
        per_file = 10_000
        for part in range(0, args.count, per_file):
            with (args.folder / f"part-{part // per_file:03d}.jsonl").open(
                "w", encoding="utf-8"
            ) as out:
                for n in range(part, min(part + per_file, args.count)):
                    record = {
                        "id": f"s{n:07d}",
                        "published": _published(rng),
                        "text": " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))),
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(args.count, "short articles")


if __name__ == "__main__":
    main()
