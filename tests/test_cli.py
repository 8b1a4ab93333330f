"""Tests for the command line (``_cli.py``): every subcommand and every user mistake."""

from __future__ import annotations

import io
import json
import shutil
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
    (["explain", "political-consultation", "x"], "SESSION must be an ordinal, a date"),
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
    assert (
        "cat.toml: mechanisms.x.host_rule must be 'alternate', 'rotate', 'fixed' or 'free'" in err
    )


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


# ------------------------------------------------------------------ conventions (issue 13)


def test_explain_a_missing_session_is_not_found_on_stderr(capsys):
    """Explain of a session the timeline lacks: 'not found' on stderr, exit 1, no stdout."""
    code, out = run("explain", "political-consultation", "99")
    err = capsys.readouterr().err
    assert (code, out) == (1, "")
    assert err.startswith("vnlao-events: not found: no session 99 of political-consultation")
    assert "#7" in err  # it says which sessions there are


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["timeline", "--format", "json"], ["check"]],
)
def test_nothing_found_in_stdin_is_status_1(command, monkeypatch, capsys):
    """Text naming no mechanism: 'nothing found' on stderr and exit 1 (check: no conflict)."""
    code, _ = run(*command, "-", stdin="hello\n", monkeypatch=monkeypatch)
    err = capsys.readouterr().err
    if command == ["check"]:
        assert code == 0
    else:
        assert code == 1
        assert "vnlao-events: nothing found: no session or event" in err


def test_folder_without_a_known_mechanism_is_status_1(tmp_path, capsys):
    """A folder whose articles name no known mechanism: exit status 1, said on stderr."""
    (tmp_path / "a.txt").write_text("Thời tiết Hà Nội hôm nay đẹp.")
    (tmp_path / "b.txt").write_text("The weather in Vientiane is fine.")
    assert main(["timeline", str(tmp_path)], stdout=io.StringIO()) == 1
    assert "nothing found" in capsys.readouterr().err


def test_every_session_of_the_seeds_can_be_explained(seeds_timeline):
    """Every session, numbered or not, is explained: by ordinal, or by a date it falls on."""
    for session in seeds_timeline.sessions():
        if session.ordinal is not None:
            which = str(session.ordinal)
        else:
            window = session.date.window or session.inferred_window
            which = window.earliest.isoformat()
        code, out = run("explain", session.series, which)
        assert code == 0, session.label()
        assert out.startswith(session.label()), (session.label(), out)
        if session.evidence:
            assert session.evidence[0].document in out


def test_explain_an_unnumbered_session_by_date():
    """An unnumbered session (the midterm review) is explained by its date, in Vietnamese too."""
    code, out = run("explain", "cooperation-committees-midterm", "2023-09", "--lang", "vi")
    assert code == 0
    assert out.startswith("cooperation-committees-midterm (2023-09-12)")
    assert "nguồn" in out


@pytest.mark.parametrize(
    "args",
    [
        ["explain", "politcal-consultation", "8"],  # a letter missing
        ["timeline", "--series", "political-consultaton"],  # in --series too
    ],
)
def test_a_typo_in_a_series_key_gets_did_you_mean(args, capsys):
    """A mistyped series key names the closest key."""
    assert main(args, stdout=io.StringIO()) == 2
    assert "did you mean 'political-consultation'?" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["timeline", "--format", "json", "-o", "-"], "{"),
        (["timeline", "--format", "csv", "-o", "-"], "kind,"),
        (["ics", "-o", "-"], "BEGIN:VCALENDAR"),
        (["html", "-o", "-"], "<!DOCTYPE html>"),
    ],
)
def test_dash_o_dash_writes_to_stdout(args, start):
    """-o - writes to standard output, for every command with -o."""
    code, out = run(*args)
    assert code == 0
    assert out.startswith(start)


def test_plot_to_stdout_is_binary(capfdbinary):
    """Plot -o - writes the picture's bytes to standard output."""
    pytest.importorskip("matplotlib")
    result = subprocess.run(
        [sys.executable, "-m", "vnlao_events", "plot", "-o", "-", "--format", "svg"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert b"<svg" in result.stdout[:500]


def _parsers():
    from vnlao_events._cli import _parser

    parser = _parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return parser, sub.choices


def test_every_option_has_help_text():
    """Every option and argument of every command says what it does."""
    parser, commands = _parsers()
    for name, command in [("", parser), *commands.items()]:
        for action in command._actions:
            if action.dest in ("help", "command"):
                continue
            assert (action.help or "").strip(), (name, action.dest)


def test_options_that_mean_nothing_are_not_offered(capsys):
    """Explain has no --series or --no-infer; ics has one flag for 'no inferred sessions'."""
    _, commands = _parsers()
    options = {n: {o for a in c._actions for o in a.option_strings} for n, c in commands.items()}
    assert not {"--series", "--no-infer"} & options["explain"]
    assert "--no-inferred" not in options["ics"]
    assert "--no-infer" in options["ics"]
    assert main(["explain", "political-consultation", "8", "--no-infer"]) == 2
    assert "unrecognized arguments: --no-infer" in capsys.readouterr().err


def test_ics_counts_what_it_wrote(tmp_path, capsys):
    """Ics says how many events it wrote, and --no-infer leaves inferred sessions out."""
    target = tmp_path / "a.ics"
    assert main(["ics", "-o", str(target)]) == 0
    written = target.read_text("utf-8").count("BEGIN:VEVENT")
    assert f"({written} events)" in capsys.readouterr().err
    assert main(["ics", "--no-infer", "-o", str(target)]) == 0
    assert "X-VNLAO-STATUS:inferred" not in target.read_text("utf-8")
    assert target.read_text("utf-8").count("BEGIN:VEVENT") < written


def test_cli_and_api_share_defaults(tmp_path, monkeypatch, seeds_timeline):
    """The command line writes what the API writes with its defaults (language, BOM)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    target = tmp_path / "a.ics"
    main(["ics", "-q", "-o", str(target)])
    assert target.read_bytes().decode("utf-8") == ve.to_ics(seeds_timeline)
    csv_path, api_path = tmp_path / "cli.csv", tmp_path / "api.csv"
    main(["timeline", "--format", "csv", "-o", str(csv_path)])
    ve.write_csv(seeds_timeline, api_path)
    assert csv_path.read_bytes() == api_path.read_bytes()
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run("timeline")[1] == ve.table(seeds_timeline)


def test_names_in_the_chosen_language(tmp_path):
    """Under --lang en places are in English; under --lang vi in Vietnamese."""
    en = run("timeline", str(DEV), "--lang", "en")[1]
    vi = run("timeline", str(DEV), "--lang", "vi")[1]
    assert "Vientiane, LA" in en
    assert "Viêng Chăn" not in en
    assert "Viêng Chăn, LA" in vi


def test_table_has_periods_and_anniversaries_sorted():
    """The table lists periods and anniversaries, each in date order."""
    out = run("timeline")[1]
    periods = out.split("\nPeriods\n")[1].split("\n\n")[0].splitlines()
    anniversaries = out.split("\nAnniversaries\n")[1].split("\n\n")[0].splitlines()
    assert periods
    assert anniversaries
    assert [p.split()[0] for p in periods] == sorted(p.split()[0] for p in periods)
    assert [a.split(":")[0] for a in anniversaries] == sorted(
        a.split(":")[0] for a in anniversaries
    )


def test_table_columns_align_by_display_width():
    """A name with combining marks (NFD) takes its display width, not its length."""
    import unicodedata

    from vnlao_events.export.table import display_width

    decomposed = unicodedata.normalize("NFD", "Nguyễn Quốc Dũng")
    sessions = [
        ve.Session(
            series="political-consultation",
            ordinal=n,
            status=ve.Status.HELD,
            co_chairs=[ve.Participant(written=name)],
        )
        for n, name in ((1, decomposed), (2, "Nguyen Quoc Dung"))
    ]
    text = ve.table(
        ve.Timeline(series=[ve.Series(key="political-consultation", sessions=sessions)])
    )
    rows = text.splitlines()[1:4]
    starts = {
        display_width(row[: row.index("held" if "held" in row else "status")]) for row in rows
    }
    assert len(starts) == 1


def test_completion_scripts_name_every_command_and_option():
    """bash, zsh and fish scripts list every command and its options."""
    _, commands = _parsers()
    for shell in ("bash", "zsh", "fish"):
        code, script = run("completion", shell)
        assert code == 0
        for name, command in commands.items():
            assert name in script, (shell, name)
            for action in command._actions:
                for option in action.option_strings:
                    if option.startswith("--"):
                        assert option.removeprefix("--") in script, (shell, name, option)


def test_bash_completion_completes(tmp_path):
    """In bash, the script completes commands, option values and series keys."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    script = tmp_path / "complete.bash"
    script.write_text(run("completion", "bash")[1])

    def complete(*words: str) -> list[str]:
        line = " ".join(f"'{w}'" for w in words)
        program = (
            f"source {script}; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1};"
            ' _vnlao_events; printf "%s\\n" "${COMPREPLY[@]}"'
        )
        result = subprocess.run([bash, "-c", program], capture_output=True, text=True, check=True)
        return result.stdout.split()

    assert complete("vnlao-events", "ti") == ["timeline"]
    assert complete("vnlao-events", "timeline", "--format", "j") == ["json", "jsonl"]
    assert "political-consultation" in complete("vnlao-events", "explain", "pol")
    assert "--imprecise" in complete("vnlao-events", "ics", "--im")


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_parse(shell, tmp_path):
    """The zsh and fish scripts are valid for their shells (where the shell is installed)."""
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"no {shell} here")
    script = tmp_path / f"complete.{shell}"
    script.write_text(run("completion", shell)[1])
    result = subprocess.run([program, "-n", str(script)], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr


def test_readme_sample_is_a_real_run():
    """The README's sample output is what the command prints now.

    Extraction improves over time; when it changes the output, run
    ``python docs/gen_api.py`` to rewrite the sample, and review the difference.
    """
    import importlib.util

    path = Path(__file__).parent.parent / "docs" / "gen_api.py"
    spec = importlib.util.spec_from_file_location("gen_api", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = module.README.read_text("utf-8")
    assert module.SAMPLE.search(readme), "README.md has no sample block"
    assert readme == module.readme(), "README sample is stale: run python docs/gen_api.py"


def test_fish_completion_completes(tmp_path):
    """In fish, the script completes commands, option values and series keys."""
    fish = shutil.which("fish")
    if fish is None:
        pytest.skip("no fish here")
    script = tmp_path / "complete.fish"
    script.write_text(run("completion", "fish")[1])

    def complete(line: str) -> list[str]:
        program = f"source {script}; complete -C '{line}'"
        result = subprocess.run([fish, "-c", program], capture_output=True, text=True, check=True)
        return [row.split("\t")[0] for row in result.stdout.splitlines()]

    assert complete("vnlao-events tim") == ["timeline"]
    assert complete("vnlao-events timeline --format ") == [
        "csv",
        "json",
        "jsonl",
        "table",
        "timelinejs",
    ]
    assert "political-consultation" in complete("vnlao-events explain pol")


def test_zsh_completion_loads(tmp_path):
    """In zsh with compinit, sourcing the script defines and registers the function."""
    zsh = shutil.which("zsh")
    if zsh is None:
        pytest.skip("no zsh here")
    script = tmp_path / "complete.zsh"
    script.write_text(run("completion", "zsh")[1])
    program = (
        f"autoload -U compinit && compinit -u -d {tmp_path}/zcompdump; source {script};"
        " print -r -- $_comps[vnlao-events]"
    )
    result = subprocess.run([zsh, "-f", "-c", program], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "_vnlao_events"


def test_explain_a_session_of_an_open_year_by_its_day(monkeypatch):
    """A session whose year no source gives is found by its day, MM-DD."""
    text = "Chiều 24/8, Tham khảo chính trị giữa hai Bộ Ngoại giao Việt Nam – Lào đã diễn ra."
    code, out = run(
        "explain", "political-consultation", "08-24", "-", stdin=text, monkeypatch=monkeypatch
    )
    assert code == 0
    assert out.startswith("political-consultation (--08-24)")


@pytest.mark.parametrize(
    ("status", "part", "vi_words"),
    [
        (ve.Status.HELD, ve.PartOfDay.MORNING, ("đã diễn ra", "sáng")),
        (ve.Status.HELD_OR_PLANNED, ve.PartOfDay.AFTERNOON, ("đã hoặc sẽ diễn ra", "chiều")),
        (ve.Status.INFERRED, None, ("suy luận",)),
    ],
)
def test_table_in_vietnamese_writes_status_and_part_of_day_in_vietnamese(status, part, vi_words):
    """No English status or part of the day reaches the Vietnamese table; English keeps its own."""
    from datetime import date

    day = ve.DateWindow.day(date(2020, 5, 4))
    if status is ve.Status.INFERRED:  # no source names it: a window, and no part of the day
        session = ve.Session(
            series="political-consultation",
            ordinal=3,
            status=status,
            inferred_date=ve.Inferred(ve.DateWindow(day.earliest, date(2020, 9, 1))),
        )
    else:
        session = ve.Session(
            series="political-consultation", ordinal=3, status=status, date=ve.When.of(day, part)
        )
    timeline = ve.Timeline(series=[ve.Series(key="political-consultation", sessions=[session])])
    row_vi = ve.table(timeline, lang="vi").splitlines()[2]
    row_en = ve.table(timeline, lang="en").splitlines()[2]
    for vi in vi_words:
        assert vi in row_vi
    assert status.value not in row_vi
    assert status.value in row_en
    if part is not None:
        assert part.value not in row_vi
        assert part.value in row_en
