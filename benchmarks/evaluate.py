"""Precision and recall per field against the gold files, and per-article scores.

Run: ``python benchmarks/evaluate.py`` (stated facts of seeds + dev read together, then every
article of seeds and dev to dev14 read alone, with only its own header, as the gold
is scored) or ``python benchmarks/evaluate.py --misses`` to list what each set gets wrong.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold import ARTICLE_FIELDS, FIELDS, evaluate_articles, precision_recall  # noqa: E402

import vnlao_events as ve  # noqa: E402

DATA = ROOT / "tests" / "data"


def _gold(name: str) -> list[dict[str, object]]:
    sessions: list[dict[str, object]] = json.loads((DATA / name).read_text("utf-8"))["sessions"]
    return sessions


def _documents(folder: Path) -> tuple[list[ve.Document], list[str]]:
    errors: list[ve.DocumentError] = []
    docs = list(ve.load_documents([folder], errors=errors))
    return docs, [str(e) for e in errors]


def main() -> None:
    show_misses = "--misses" in sys.argv
    catalogue = ve.Catalogue.default()
    seeds_gold = [g for g in _gold("seeds-gold.json") if g["status"] != "inferred"]
    dev_gold = _gold("dev-gold.json")
    dev_docs, _ = _documents(DATA / "dev")
    stated = ve.build_timeline([*ve.bundled_seeds(), *dev_docs], infer=False)
    scores = precision_recall(stated, [*seeds_gold, *dev_gold], catalogue)
    print(f"## seeds + dev read together: {len(seeds_gold) + len(dev_gold)} gold sessions\n")
    print("| field | precision | recall | correct / predicted / gold |")
    print("| --- | --- | --- | --- |")
    for field in FIELDS:
        p, r, tp, pred, gold = scores[field]
        print(f"| {field} | {p:.2f} | {r:.2f} | {tp} / {pred} / {gold} |")

    print("\n## every article alone, with only its own header\n")
    header = " | ".join(ARTICLE_FIELDS)
    print(f"| set | articles | detection F1 (tp/fp/fn) | fields right (all / found) | {header} |")
    print("|" + " --- |" * (4 + len(ARTICLE_FIELDS)))
    sets = [
        ("seeds", ve.bundled_seeds(), [], seeds_gold),
        ("dev", dev_docs, [], dev_gold),
        *(
            (name, *_documents(DATA / name), _gold(f"{name}-gold.json"))
            for name in (f"dev{n}" for n in range(2, 15))
        ),
    ]
    all_misses: list[str] = []
    for name, docs, errors, golds in sets:
        result = evaluate_articles(docs, golds, catalogue)
        cells = " | ".join(
            f"{r / t:.2f} ({r}/{t})" if t else "-" for r, t in result["fields"].values()
        )
        print(
            f"| {name} | {len(docs)} (+{len(errors)} unread) | {result['f1']:.2f} "
            f"({result['tp']}/{result['fp']}/{result['fn']}) "
            f"| {result['fields_right']:.2f} / {result['fields_right_found']:.2f} "
            f"| {cells} |"
        )
        all_misses += [f"[{name}] {m}" for m in (*errors, *result["misses"])]
    if show_misses:
        print("\n" + "\n".join(all_misses))


if __name__ == "__main__":
    main()
