"""The bad-input battery: hostile and messy inputs through the command line.

Every input in ``tests/data/hostile/`` (written by its ``make_battery.py``) goes through the
command line, and the outcome is one of three: exit status 2 with one line on stderr (the
input cannot be read), exit 0 with a warning (read, and what was wrong is said), or, for
messy but valid text, exit 0 with the same sessions as its clean twin. Never a traceback.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import vnlao_events as ve
from vnlao_events._cli import main

HOSTILE = Path(__file__).parent / "data" / "hostile"
PREFIX = "vnlao-events: "


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    """Run the command line in-process: status, standard output, standard error lines."""
    out = io.StringIO()
    code = main(args, stdout=out)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, out.getvalue(), err.splitlines()


def sessions(output: str) -> list[tuple[object, ...]]:
    """The sessions of a JSON timeline, as comparable facts."""
    data = json.loads(output)
    return sorted(
        (
            series["key"],
            session.get("ordinal"),
            session["status"],
            json.dumps(session.get("date"), sort_keys=True),
            json.dumps(session.get("place"), sort_keys=True),
        )
        for series in data["series"]
        for session in series["sessions"]
    )


# Messy but valid: the same sessions as the clean twin.
SAME = [
    ("nfd-vi.txt", "clean-vi.txt"),  # decomposed Unicode (macOS, some CMSs)
    ("invisible-vi.txt", "clean-vi.txt"),  # ZWSP, LRM, soft hyphen, BOM, ZWJ between words
    ("invisible-en.txt", "clean-en.txt"),  # ZWSP, word joiner, RLM
    ("crlf-vi.txt", "clean-vi.txt"),  # Windows line ends
    ("bom-vi.txt", "clean-vi.txt"),  # a byte-order mark first
    ("nbsp-fullwidth-vi.txt", "clean-vi.txt"),  # no-break spaces, full-width digits
    ("published-vi-byline.txt", "clean-vi.txt"),  # "Thứ Bảy, 26/11/2022 10:22 (GMT+07:00)"
    ("published-rfc2822.txt", "clean-en.txt"),  # RFC 2822 in GMT
    ("published-english.txt", "clean-en.txt"),  # "27th December 2019"
    ("combining-run-vi.txt", "clean-vi.txt"),  # 20,000 combining marks on one letter
    ("digit-run-vi.txt", "clean-vi.txt"),  # a 25,000-digit "date"
    ("repeated-cues-vi.txt", "clean-vi.txt"),  # "lần thứ " 3,000 times
    ("separators.jsonl", "clean-vi.txt"),  # U+2028, U+2029, U+0085, U+001C inside a record
]


@pytest.mark.parametrize(("messy", "clean"), SAME)
def test_messy_input_gives_the_clean_sessions(messy, clean, capsys):
    """Messy but valid input gives the same sessions as its clean twin, and exit 0."""
    code, out, _ = run(["timeline", "--format", "json", "--no-infer", str(HOSTILE / messy)], capsys)
    assert code == 0
    _, expected, _ = run(
        ["timeline", "--format", "json", "--no-infer", str(HOSTILE / clean)], capsys
    )
    assert sessions(out) == sessions(expected)
    assert sessions(out)  # the clean twin has sessions to compare


# Read, with a warning on stderr: (command, inputs, words the warning holds).
WARNED = [
    (["timeline"], ["published-year-1.txt"], "the year must be"),  # year 0 was a traceback
    (["ics", "-o", "{out}/a.ics"], ["published-year-9999.txt"], "the year must be"),  # overflow
    (["timeline"], ["published-unreadable.txt"], "is not a date"),  # no form reads it
    (["timeline"], ["duplicate-published.txt"], "first, on line 1"),  # both lines named
    (["timeline"], ["impossible-dates-vi.txt"], "'31/2/2024' (character"),  # was dropped silently
    (["timeline"], ["impossible-dates-vi.txt"], "'ngày 32 tháng 13' (character"),
    (["ics", "-o", "{out}/a.ics"], ["url-cr.txt"], "control characters"),  # CR in a url
    (["ics", "-o", "{out}/a.ics"], ["url-space.txt"], "spaces"),  # a space in a url
    (["timeline"], ["bad-then-good.jsonl"], "bad-then-good.jsonl:2: not a JSON object"),
    (["timeline", "--format", "json"], ["surrogate.jsonl"], "lone surrogate"),  # JSON export
    (["ics", "-o", "{out}/a.ics"], ["surrogate.jsonl"], "lone surrogate"),  # .ics export
    (["ics", "-o", "{out}/a.ics"], ["url-crlf.jsonl"], "control characters"),  # CRLF in url
    (["timeline"], ["published-number.jsonl"], "'published' must be a string"),
    (["timeline"], ["clean-vi.txt", "empty.txt"], "empty"),  # a bad file among good ones
    (["timeline"], ["clean-vi.txt", "header-only.txt"], "header but no text"),
    (["timeline"], ["clean-vi.txt", "latin1.txt"], "not UTF-8"),
    (["timeline"], ["clean-vi.txt", "utf16.txt"], "not UTF-8"),
    (["timeline"], ["clean-vi.txt", "binary.txt"], "not UTF-8"),
    (["timeline"], ["clean-vi.txt", "deep.jsonl"], "nested too deeply"),
    (["timeline"], ["clean-vi.txt", "bigint.jsonl"], "not a JSON object"),
    (["timeline"], ["clean-vi.txt", "no-text.jsonl"], "string 'text'"),
]


@pytest.mark.parametrize(("command", "inputs", "words"), WARNED)
def test_problem_input_is_read_with_a_warning(command, inputs, words, tmp_path, capsys):
    """Input with a problem is read as far as it can be: exit 0 and a warning saying what."""
    args = [a.format(out=tmp_path) for a in command] + [str(HOSTILE / i) for i in inputs]
    code, out, err = run(args, capsys)
    assert code == 0
    warnings = [line for line in err if line.startswith(PREFIX + "warning: ")]
    assert any(words in line for line in warnings), err
    assert not any(line.startswith(PREFIX + "error") for line in err)
    if "--format" in command:
        json.loads(out)


# Not read at all: exit 2 and one line, naming the problem.
FAILED = [
    (["--strict"], ["empty.txt"], "the document is empty"),
    (["--strict"], ["blank.txt"], "the document is empty"),
    (["--strict"], ["header-only.txt"], "header-only.txt:3: the document has a header but"),
    (["--strict"], ["malformed-header.txt"], ":2: malformed header line"),
    (["--strict"], ["unknown-header.txt"], ":2: unknown header 'colour'"),
    (["--strict"], ["unended-header.txt"], "not ended by a blank line"),
    (["--strict"], ["latin1.txt"], "not UTF-8"),
    (["--strict"], ["utf16.txt"], "not UTF-8"),
    (["--strict"], ["binary.txt"], "not UTF-8"),
    (["--strict"], ["deep.jsonl"], "deep.jsonl:1: not a JSON object (nested too deeply)"),
    (["--strict"], ["bigint.jsonl"], "bigint.jsonl:1: not a JSON object"),
    (["--strict"], ["bad-then-good.jsonl"], "bad-then-good.jsonl:2"),
    (["--published", "0001-01-01"], ["clean-vi.txt"], "the year must be 1800..2199"),
    (["--published", "9999-12-31"], ["clean-vi.txt"], "the year must be 1800..2199"),
    (["--published", "whenever"], ["clean-vi.txt"], "'whenever' is not a date"),
    (["--catalogue", str(HOSTILE / "bad-latitude.toml")], ["clean-vi.txt"], "latitude must"),
    (["--catalogue", str(HOSTILE / "bad-timezone.toml")], ["clean-vi.txt"], "timezone must"),
    ([], ["missing.txt"], "no such file"),
]


@pytest.mark.parametrize(("options", "inputs", "words"), FAILED)
def test_unreadable_input_is_one_line_and_status_2(options, inputs, words, capsys):
    """Input that cannot be read gives exit 2 and exactly one line on stderr."""
    args = ["timeline", *options, *(str(HOSTILE / i) for i in inputs)]
    code, out, err = run(args, capsys)
    assert code == 2
    assert len(err) == 1, err
    assert err[0].startswith(PREFIX + "error: ")
    assert words in err[0]
    assert out == ""


def test_user_catalogue_keeps_built_in_english_names(capsys):
    """A catalogue setting names.vi keeps the built-in English name in the output."""
    args = ["timeline", "--format", "json", "--catalogue", str(HOSTILE / "names-vi-only.toml")]
    code, out, _ = run([*args, str(HOSTILE / "clean-vi.txt")], capsys)
    assert code == 0
    (series,) = [s for s in json.loads(out)["series"] if s["key"] == "political-consultation"]
    assert series["names"]["vi"] == "Tham vấn chính trị"
    assert series["names"]["en"].startswith("Vietnam-Laos Political Consultation")


def test_huge_file_is_refused_by_size(tmp_path, capsys):
    """A text file over the size limit is one line of error, not minutes of work."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.write(b"x" * (ve.MAX_DOCUMENT_BYTES + 1))
    code, _, err = run(["timeline", "--strict", str(path)], capsys)
    assert code == 2
    assert "over the limit" in err[0]


def test_huge_json_lines_record_is_skipped(tmp_path, capsys):
    """A JSON Lines record over the size limit is skipped with a warning; the next is read."""
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as stream:
        stream.write(b'{"text": "' + b"x" * (ve.MAX_DOCUMENT_BYTES + 10) + b'"}\n')
        stream.write((HOSTILE / "separators.jsonl").read_bytes())
    code, _, err = run(["timeline", str(path)], capsys)
    assert code == 0
    assert any("huge.jsonl:1: the record is" in line for line in err)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_looping_links_in_a_folder_are_warnings(tmp_path, capsys):
    """A folder with a link that loops back is read once, with a warning for the loop."""
    (tmp_path / "a.txt").write_bytes((HOSTILE / "clean-vi.txt").read_bytes())
    (tmp_path / "again").symlink_to(tmp_path)
    (tmp_path / "x.txt").symlink_to(tmp_path / "x.txt")
    code, out, err = run(["timeline", "--format", "json", str(tmp_path)], capsys)
    assert code == 0
    assert sum("loops back" in line for line in err) == 1
    assert sum("broken or looping" in line for line in err) == 1
    assert sessions(out)


@pytest.mark.parametrize(
    ("reader", "name", "error"),
    [
        (ve.from_ics, "broken.ics", ve.IcsImportError),  # a calendar cut short
        (ve.from_json, "broken.json", ve.TimelineFormatError),  # a key that is not a string
    ],
)
def test_malformed_exports_read_back_raise_the_library_error(reader, name, error):
    """A malformed .ics or timeline JSON is the library's own error, naming the problem."""
    with pytest.raises(error):
        reader((HOSTILE / name).read_text("utf-8"))


def test_plot_svg_is_byte_identical(tmp_path):
    """'plot -o x.svg' twice with SOURCE_DATE_EPOCH set gives the same bytes."""
    pytest.importorskip("matplotlib")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(ve.__file__).parents[1])]))
    outputs = []
    for name in ("a.svg", "b.svg"):
        subprocess.run(
            [sys.executable, "-m", "vnlao_events", "plot", "-q", "-o", str(tmp_path / name)],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]


def test_plot_prints_the_warnings_too(tmp_path, capsys):
    """The plot command says what was wrong with its input, as every command does."""
    pytest.importorskip("matplotlib")
    args = ["plot", "-o", str(tmp_path / "a.svg"), str(HOSTILE / "duplicate-published.txt")]
    code, _, err = run(args, capsys)
    assert code == 0
    assert any("a second 'published' header" in line for line in err)
