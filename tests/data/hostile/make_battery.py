"""Write the small hostile and messy inputs of this folder (run once; the files are kept).

Each file is one class of bad or messy input; ``tests/test_hostile.py`` says what the
command line must do with it. Run: ``python tests/data/hostile/make_battery.py``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent

VI = (
    "Sáng 25/11/2022, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7 giữa Bộ Ngoại giao"
    " Việt Nam và Lào. Hai bên thống nhất sẽ tổ chức Tham khảo chính trị lần thứ 8 tại Lào vào"
    " năm 2023.\n"
)
EN = "The 29th annual Vietnam-Laos border meeting took place in Hanoi on December 26, 2019.\n"
HEAD_VI = "published: 2022-11-26\n\n"
HEAD_EN = "published: 2019-12-27\n\n"


def sprinkle(text: str, marks: str) -> str:
    """Put invisible characters between words and inside dates."""
    out = []
    for index, word in enumerate(text.split(" ")):
        mark = marks[index % len(marks)]
        out.append(word.replace("/", "/" + mark) if "/" in word else word)
    return (" " + marks[0]).join(out)


def text_files() -> dict[str, bytes]:
    """The text files: clean twins, messy but valid, read with a warning, not read."""
    files = {
        "clean-vi.txt": HEAD_VI + VI,
        "clean-en.txt": HEAD_EN + EN,
        # messy but valid: the same sessions as the clean text
        "nfd-vi.txt": HEAD_VI + unicodedata.normalize("NFD", VI),
        "invisible-vi.txt": HEAD_VI + sprinkle(VI, "\u200b\u200e\u00ad\ufeff\u200d"),
        "invisible-en.txt": HEAD_EN + sprinkle(EN, "\u200b\u2060\u200f"),
        "crlf-vi.txt": (HEAD_VI + VI).replace("\n", "\r\n"),
        "bom-vi.txt": "\ufeff" + HEAD_VI + VI,
        "nbsp-fullwidth-vi.txt": HEAD_VI + VI.replace(" ", "\u00a0").replace("2022", "２０２２"),
        "published-vi-byline.txt": "published: Thứ Bảy, 26/11/2022 10:22 (GMT+07:00)\n\n" + VI,
        "published-rfc2822.txt": "published: Fri, 27 Dec 2019 03:22:00 GMT\n\n" + EN,
        "published-english.txt": "published: 27th December 2019\n\n" + EN,
        "combining-run-vi.txt": HEAD_VI + VI + "a" + "\u0301" * 20_000 + "\n",
        "digit-run-vi.txt": HEAD_VI + VI + "1" * 20_000 + "/" + "2" * 5_000 + "\n",
        "repeated-cues-vi.txt": HEAD_VI + VI + "lần thứ " * 3_000 + "\n",
        # read, with a warning
        "published-year-1.txt": "published: 0001-03-01\n\n" + VI,
        "published-year-9999.txt": "published: 9999-12-31\n\n" + VI,
        "published-unreadable.txt": "published: soon after the rains\n\n" + VI,
        "impossible-dates-vi.txt": VI + "\nNgày 31/2/2024 và ngày 32 tháng 13, hai bên họp.\n",
        "duplicate-published.txt": "published: 2022-11-26\npublished: 2018-01-01\n\n" + VI,
        "url-cr.txt": "url: http://example.org/a\rb\n" + HEAD_VI + VI,
        "url-space.txt": "url: http://example.org/a b\n" + HEAD_VI + VI,
        # not read: one line of error
        "empty.txt": "",
        "blank.txt": " \n\t\n",
        "header-only.txt": "url: http://example.org/a\ntitle: T\n\n",
        "malformed-header.txt": "url: http://example.org/a\ntitle without colon\n\n" + VI,
        "unknown-header.txt": "url: http://example.org/a\ncolour: red\n\n" + VI,
        "unended-header.txt": "url: http://example.org/a\ntitle: T",
    }
    data = {name: text.encode("utf-8") for name, text in files.items()}
    data["latin1.txt"] = (HEAD_VI + "Tham khảo chính trị lần thứ 7.").encode("utf-8")[
        :-10
    ] + b"\xe0\n"
    data["utf16.txt"] = (HEAD_VI + VI).encode("utf-16")
    data["binary.txt"] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe"
    return data


def jsonl_files() -> dict[str, bytes]:
    """The JSON Lines files."""
    good = {"id": "a", "published": "2022-11-26", "text": VI}
    other = {"id": "b", "published": "2019-12-27", "text": EN}
    lines = {
        # messy but valid
        "separators.jsonl": [
            {**good, "text": VI.replace(". ", ".\u2028").replace(", ", ",\u2029") + "\x85\x1c"}
        ],
        # read, with a warning
        "bad-then-good.jsonl": [good, "{not json", other],
        "surrogate.jsonl": [
            '{"id": "s", "published": "2022-11-26", "text": "\\ud800 ' + VI[:-1] + '"}'
        ],
        "url-crlf.jsonl": [{**good, "url": "http://example.org/a\r\nb"}],
        "published-number.jsonl": [{**good, "published": 20221126}],
        # not read
        "deep.jsonl": ["[" * 50_000 + "]" * 50_000],
        "bigint.jsonl": ['{"text": "x", "n": ' + "9" * 10_000 + "}"],
        "no-text.jsonl": [{"id": "x", "body": VI}],
    }
    out = {}
    for name, records in lines.items():
        rows = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
        out[name] = ("\n".join(rows) + "\n").encode("utf-8")
    return out


def main() -> None:
    """Write every file of the battery."""
    for name, data in {**text_files(), **jsonl_files()}.items():
        (HERE / name).write_bytes(data)
    (HERE / "bad-latitude.toml").write_text("[places.vieng-chan]\nlatitude = 999\n")
    (HERE / "bad-timezone.toml").write_text('[places.vn]\ntimezone = "Asia/Nowhere"\n')
    (HERE / "names-vi-only.toml").write_text(
        '[mechanisms.political-consultation]\nnames.vi = "Tham vấn chính trị"\n'
    )
    (HERE / "broken.ics").write_text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:2024\n")
    (HERE / "broken.json").write_text(
        '{"schema": "vnlao-events.timeline/1", "series": [{"key": 3}]}'
    )


if __name__ == "__main__":
    main()
