"""Random command lines (Hypothesis) for every command but `serve`: whatever the words, the CLI ends with
a result or one line and exit 2, never an internal error (issue 15). Run in this process with
LSO_TUI_DEBUG=1, so an unexpected exception fails the test with its traceback instead of being hidden
behind the last-resort message."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lso_tui.cli.main import main
from tests.conftest import ROOT

COMMANDS = [
    ["extract"], ["build"], ["summary"], ["report"], ["ingest"], ["restore"], ["doctor"], [],
    ["edit", "unit"], ["edit", "official"], ["edit", "target"], ["edit", "add-official"],
    ["edit", "add-target"], ["edit", "undo"], ["edit", "log"], ["edit", "batch"],
]  # fmt: skip
OPTIONS = [
    "--format", "--section", "--scope", "--as-of", "--lang", "--yes", "--all", "--date", "--remove",
    "--consolidated", "--since", "--part", "--titles", "--unit", "--both", "--share", "--year", "--json",
    "--name", "--read-only", "--no-mouse", "-h",
]  # fmt: skip
WORDS = [
    "yes", "no", "unknown", "table", "json", "csv", "md", "xml", "units", "officials", "regions", "vi", "en",
    "country", "province:Lạng Sơn", "district:Cao Lộc", "2020-02", "2019-13-01", "٢٠١٩-٠١", "²", "50%",
    "150%", "0", "-1", "9" * 30, "00001", "late", "early", "Nguyễn Văn A", "\x1b[2J", "\u202e", "", " ",
    "/dev/zero", "/nonexistent/x.txt", "'", '"', "--", "-",
]  # fmt: skip


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a store built from the shipped article, an article and a folder of articles."""
    folder = tmp_path_factory.mktemp("fuzz")
    assert main(["build", "--db", str(folder / "store.json")]) == 0
    shutil.copy(ROOT / "tests" / "genre" / "chi_lang_ba_don_vi.txt", folder / "a.txt")
    return folder


@settings(max_examples=120, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    command=st.sampled_from(COMMANDS),
    words=st.lists(st.one_of(st.sampled_from(OPTIONS), st.sampled_from(WORDS), st.text(max_size=8)), max_size=6),
    target=st.sampled_from(["store", "a.txt", "missing.json", "."]),
)
def test_random_command_lines_never_fail_inside(
    place: Path, command: list[str], words: list[str], target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Property: exit 0, 2 (or argparse's 2), or 3 (ingest: some files skipped); no exception."""
    monkeypatch.setenv("LSO_TUI_DEBUG", "1")
    monkeypatch.setenv("XDG_DATA_HOME", str(place / "data"))
    monkeypatch.chdir(place)
    db = str(place / "store.json") if target == "store" else str(place / target)
    argv = ["--db", db, *command, *words]
    if command and command[0] in ("extract", "ingest") and not words:
        argv.append(str(place / "a.txt"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage and exit 2; -h: exit 0
            code = int(exc.code or 0)
    assert code in (0, 2, 3), (argv, code, err.getvalue())
    assert "internal error" not in err.getvalue()
    assert "\x1b" not in out.getvalue() + err.getvalue()


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(lines=st.lists(st.lists(st.sampled_from([*WORDS, *OPTIONS, "unit", "official", "target", "undo"]), max_size=5), max_size=4))
def test_random_batch_files_never_fail_inside(place: Path, lines: list[list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """Property: `edit batch FILE` with random lines (quotes, escapes, unknown words): a result or one
    line naming the bad line, never an exception."""
    monkeypatch.setenv("LSO_TUI_DEBUG", "1")
    batch = place / "batch.txt"
    batch.write_text("\n".join(" ".join(words) for words in lines) + "\n", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(place / "store.json"), "edit", "batch", str(batch)])
        except SystemExit as exc:
            code = int(exc.code or 0)
    assert code in (0, 2), (lines, code, err.getvalue())
    assert "internal error" not in err.getvalue()
