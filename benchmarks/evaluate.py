"""Precision and recall per field against the gold files (seeds + dev), stated facts only.

Run: python benchmarks/evaluate.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold import FIELDS, precision_recall  # noqa: E402

import vnlao_events as ve  # noqa: E402


def main() -> None:
    data = ROOT / "tests" / "data"
    seeds_gold = json.loads((data / "seeds-gold.json").read_text("utf-8"))
    dev_gold = json.loads((data / "dev-gold.json").read_text("utf-8"))
    golds = [g for g in seeds_gold["sessions"] if g["status"] != "inferred"]
    golds += dev_gold["sessions"]
    docs = [*ve.bundled_seeds(), *ve.load_documents([data / "dev"])]
    stated = ve.build_timeline(docs, infer=False)
    scores = precision_recall(stated, golds, ve.Catalogue.default())
    print(
        f"{len(golds)} gold sessions (seeds + dev, stated ones), "
        f"{sum(1 for _ in stated.sessions())} extracted"
    )
    print("| field | precision | recall | correct / predicted / gold |")
    print("| --- | --- | --- | --- |")
    for field in FIELDS:
        p, r, tp, pred, gold = scores[field]
        print(f"| {field} | {p:.2f} | {r:.2f} | {tp} / {pred} / {gold} |")


if __name__ == "__main__":
    main()
