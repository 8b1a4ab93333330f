"""Tests for the command line (``_cli.py``): every subcommand and every user mistake."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import vnlao_events as ve
from vnlao_events._cli import main

DEV = Path(__file__).parent / "data" / "dev"


def run(*args: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str]:
    """Run the command line in-process; return its status and standard output."""
    out = io.StringIO()
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def test_timeline_table_on_bundled_seeds():
    """With no files, the table shows the seeds' sessions."""
    code, out = run("timeline")
    assert code == 0
    assert "Government Guest House, Hanoi, VN" in out
    assert "inferred (forecast)" in out
    code, out = run("timeline", "--lang", "vi")
    assert "Nhà khách Chính phủ, Hà Nội, VN" in out


def test_timeline_json_no_infer_on_seeds_is_the_contract():
    """--format json --no-infer prints the contract with only stated sessions."""
    code, out = run("timeline", "--format", "json", "--no-infer")
    data = json.loads(out)
    assert code == 0
    assert data["schema"] == ve.SCHEMA_ID
    statuses = {s["status"] for series in data["series"] for s in series["sessions"]}
    assert "inferred" not in statuses


def test_timeline_formats_and_filters(tmp_path):
    """csv, timelinejs, --series and -o work on a folder of articles."""
    code, out = run("timeline", str(DEV), "--format", "csv", "--series", "border-annual-meeting")
    assert code == 0
    assert out.splitlines()[0].startswith("kind,series,ordinal")
    assert all("border-annual-meeting" in line for line in out.splitlines()[1:])
    target = tmp_path / "t.json"
    code, _ = run("timeline", str(DEV), "--format", "timelinejs", "-o", str(target))
    slides = json.loads(target.read_text("utf-8"))["events"]
    assert code == 0
    assert slides
    assert {"start_date", "text", "group"} <= set(slides[0])


def test_stdin_with_published_date(monkeypatch):
    """'-' reads standard input; --published dates it."""
    text = "Chiều 25/11, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7."
    code, out = run(
        "timeline",
        "-",
        "--published",
        "2022-11-26",
        "--format",
        "json",
        stdin=text,
        monkeypatch=monkeypatch,
    )
    session = json.loads(out)["series"][0]["sessions"][0]
    assert code == 0
    assert session["date"]["earliest"] == "2022-11-25"


def test_ics_writes_calendar(tmp_path, capsys):
    """Ics -o writes a calendar and says so on stderr."""
    target = tmp_path / "seeds.ics"
    code, _ = run("ics", "-o", str(target))
    assert code == 0
    assert target.read_text("utf-8").startswith("BEGIN:VCALENDAR")
    assert "wrote" in capsys.readouterr().err


def test_explain_and_check():
    """Explain prints the derivation; check exits 0 without conflicts."""
    code, out = run("explain", "political-consultation", "8", "--lang", "vi")
    assert code == 0
    assert "nước chủ nhà LA theo luân phiên" in out
    code, out = run("check")
    assert code == 0
    assert out == "no conflicts\n"


def test_check_exits_1_on_conflict(tmp_path):
    """Two articles dating one session differently give exit status 1."""
    (tmp_path / "a.txt").write_text(
        "published: 2022-11-26\n\nSáng 25/11, đã diễn ra Tham khảo chính trị lần thứ 7."
    )
    (tmp_path / "b.txt").write_text(
        "published: 2022-12-20\n\nSáng 19/12, đã diễn ra Tham khảo chính trị lần thứ 7."
    )
    code, out = run("check", str(tmp_path))
    assert code == 1
    assert "conflict [date]" in out
    assert "a.txt" in out
    assert "b.txt" in out


def test_plot(tmp_path):
    """Plot writes a PNG and an SVG."""
    pytest.importorskip("matplotlib")
    for name in ("t.png", "t.svg"):
        code, _ = run("plot", "-o", str(tmp_path / name))
        assert code == 0
        assert (tmp_path / name).stat().st_size > 1000


ERRORS = [
    (["timeline", "missing.txt"], "missing.txt: no such file or folder"),  # missing file
    (["timeline", "--format", "xml"], "invalid choice: 'xml'"),  # bad format
    (["timeline", "--published", "2022-13"], "--published"),  # bad date
    (["timeline", "--series", "nope"], "unknown series 'nope'"),  # unknown series
    (["timeline", "--catalogue", "missing.toml"], "missing.toml: cannot read catalogue"),
    (["explain", "nope", "1"], "unknown series 'nope'"),  # unknown series to explain
    (["explain", "political-consultation", "x"], "SESSION must be an ordinal or a date"),
    (["ics"], "the following arguments are required: -o/--output"),  # no output
    (["ics", "-o", "out.txt"], "must end in .ics"),  # wrong extension
    (["plot", "-o", "out.gif"], "must end in .png, .svg or .pdf"),  # wrong extension
    (["frobnicate"], "invalid choice: 'frobnicate'"),  # unknown command
    ([], "choose a command"),  # no command
]


@pytest.mark.parametrize(("args", "message"), ERRORS)
def test_user_mistakes_give_one_line_and_status_2(args, message, capsys, monkeypatch, tmp_path):
    """Each mistake: exit status 2, one line 'vnlao-events: error: …', no traceback."""
    monkeypatch.chdir(tmp_path)
    code = main(args, stdout=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("vnlao-events: error: ")
    assert message in err


def test_bad_catalogue_file(tmp_path, capsys):
    """A malformed catalogue names the file, the entry and the field."""
    bad = tmp_path / "cat.toml"
    bad.write_text('[mechanisms.x]\nhost_rule = "sometimes"\n')
    assert main(["timeline", "--catalogue", str(bad)], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "cat.toml: mechanisms.x.host_rule must be 'alternate' or 'free'" in err


def test_unwritable_output(tmp_path, capsys):
    """An output into a missing folder is one error line."""
    assert main(["ics", "-o", str(tmp_path / "no" / "x.ics")], stdout=io.StringIO()) == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_files_are_warnings_not_stops(tmp_path, capsys):
    """A bad file among good ones is a warning; the rest are read. --strict stops."""
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(
        "Ngày 6/1/2019, tại Hà Nội, đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ."
    )
    code = main(["timeline", str(tmp_path)], stdout=io.StringIO())
    err = capsys.readouterr().err
    assert code == 0
    assert "bad.txt:1: not UTF-8" in err
    assert "empty.txt: the document is empty" in err
    assert main(["timeline", "--strict", str(tmp_path)], stdout=io.StringIO()) == 2
    assert "error: " in capsys.readouterr().err
    assert main(["timeline", "-q", str(tmp_path)], stdout=io.StringIO()) == 0
    assert capsys.readouterr().err.count("warning") == 0


def test_no_readable_document(tmp_path, capsys):
    """Only unreadable files: an error, exit status 2."""
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    assert main(["timeline", str(tmp_path)], stdout=io.StringIO()) == 2
    assert "no document could be read" in capsys.readouterr().err


def test_python_dash_m_runs():
    """Python -m vnlao_events works like the command."""
    result = subprocess.run(
        [sys.executable, "-m", "vnlao_events", "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout == "no conflicts\n"


def test_progress_bar_on_a_terminal(tmp_path, capsys, monkeypatch):
    """Reading many files with stderr on a terminal draws a progress bar; -q hides it."""
    for n in range(40):
        (tmp_path / f"{n:02d}.txt").write_text("Bài báo không có phiên họp nào.")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["check", str(tmp_path)], stdout=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert "40/40 files" in err
    assert "[" + "#" * 30 + "]" in err
    assert main(["check", "-q", str(tmp_path)], stdout=io.StringIO()) == 0
    assert capsys.readouterr().err == ""


def test_json_no_infer_holds_every_gold_session(seeds_gold, dev_gold):
    """`timeline --format json --no-infer` on the seeds and on corpus/dev meets the gold files."""
    from tests.gold import check_session, find_session

    catalogue = ve.Catalogue.default()
    runs = [
        (
            [],
            [
                g
                for g in seeds_gold["sessions"]
                if g["level"] == "required" and g["status"] != "inferred"
            ],
        ),
        ([str(DEV)], dev_gold["sessions"]),
    ]
    for files, golds in runs:
        code, out = run("timeline", *files, "--format", "json", "--no-infer")
        assert code == 0
        timeline = ve.from_json(out)
        for gold in golds:
            checks = check_session(gold, find_session(timeline, gold), catalogue)
            assert all(v is not False for v in checks.values()), (gold, checks)


def test_stdin_that_is_not_utf8():
    """Bytes on standard input that are not UTF-8 are one error line, exit status 2."""
    result = subprocess.run(
        [sys.executable, "-m", "vnlao_events", "timeline", "-"],
        input=b"ok\n\xff\xfe",
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.decode() == "vnlao-events: error: <stdin>:2: not UTF-8 text.\n"


def test_output_path_is_a_folder(tmp_path, capsys):
    """-o naming a folder is one error line."""
    assert main(["timeline", "-o", str(tmp_path)], stdout=io.StringIO()) == 2
    assert "cannot write" in capsys.readouterr().err
