"""Opening the dashboard reads its few options without building every command's parser (issue 17:
≈ 2–3 ms of every start): whatever it accepts, the whole parser reads the same way; anything else
(a command, help, an abbreviation, a bad value) is left to the whole parser, errors and help alike."""

from __future__ import annotations

import contextlib
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from lso_tui.cli.parser import build_parser, parse_dashboard
from tests.conftest import run_cli

WORDS = st.lists(
    st.sampled_from(
        [
            "--db", "--db=s.json", "s.json", "--lang", "--lang=en", "vi", "en", "xx", "--theme",
            "ansi-dark", "--no-mouse", "--read-only", "--read-only=1", "--la", "--d", "-h", "--help",
            "--version", "summary", "report", "edit", "log", "--", "-", "-x", "",
        ]
    ),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(WORDS)
def test_what_the_dashboard_parse_accepts_the_whole_parser_reads_alike(words: list[str]) -> None:
    """Every namespace of parse_dashboard is the whole parser's for the same words."""
    quick = parse_dashboard(words)
    if quick is None:
        return
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        whole = build_parser(edit="edit" in words).parse_args(words)
    assert vars(quick) == vars(whole)


def test_the_plain_dashboard_options_are_read_without_the_whole_parser() -> None:
    """The usual openings are read by parse_dashboard; commands, help and mistakes are not."""
    for words in ([], ["--db", "s.json", "--lang", "vi"], ["--db=s.json", "--no-mouse", "--read-only"]):
        assert parse_dashboard(words) is not None, words
    for words in (["summary"], ["--db", "s", "report"], ["--help"], ["--version"], ["--la", "vi"],
                  ["--lang", "xx"], ["--db"]):
        assert parse_dashboard(words) is None, words


def test_mistakes_and_help_still_get_the_whole_parsers_answer(built_store: object) -> None:
    """An abbreviated option still works, a bad value is still one usage error, help lists commands."""
    assert run_cli("--db", str(built_store), "--la", "en", "summary").returncode == 0
    bad = run_cli("--lang", "xx")
    assert bad.returncode == 2 and "invalid choice: 'xx'" in bad.stderr
    helped = run_cli("--help")
    assert helped.returncode == 0 and "summary" in helped.stdout and "ingest" in helped.stdout
