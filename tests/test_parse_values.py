"""Typed values of a change: only ASCII digits make a date or a year (the CLI and the forms share these)."""

from __future__ import annotations

import pytest

from lso_tui.edits.parse import parse_since, parse_year
from lso_tui.errors import InputError
from tests.conftest import run_cli


@pytest.mark.parametrize("value", ["٢٠١٩-٠٦", "２０１９", "２０１９-06"])
def test_a_date_in_other_digits_is_refused(value: str) -> None:
    """Arabic-Indic and full-width digits pass Python's \\d; they are no date here."""
    with pytest.raises(InputError, match="is not a date"):
        parse_since(value, None)


@pytest.mark.parametrize("value", ["²", "٢٠٢٥", "２０２５"])
def test_a_year_in_other_digits_is_refused(value: str) -> None:
    """ "²".isdigit() is True and int("²") raises ValueError: one InputError line instead."""
    with pytest.raises(InputError, match="must be a year"):
        parse_year(value)
    assert parse_year(" 2025 ") == 2025


def test_the_cli_gives_one_line_and_exit_2(built_store: object) -> None:
    """`edit … --year ²` was an internal error (exit 1); it is bad input."""
    out = run_cli("--db", str(built_store), "edit", "target", "x", "--year", "²")
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "internal error" not in out.stderr
