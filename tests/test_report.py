"""`lso-tui report`: every format, a past date, a scope, piped and in a terminal, bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from lso_tui.store.read_model import _date_undated
from tests.conftest import ROOT, run_cli

FIELDS = {
    "regions": [
        "level", "code", "name", "parent", "units", "in_store", "done", "not_done", "no_data", "share",
        "register_units", "units_from", "units_date", "stated_done", "stated_total", "stated_share",
        "stated_as_of", "stated_in",
    ],
    "targets": [
        "id", "scope_level", "scope_code", "scope", "share", "deadline", "done", "total", "done_share", "needed",
        "remaining", "months_left", "state", "named_done", "done_from", "total_from", "stated_by", "source",
    ],
    "units": [
        "code", "name", "type", "district", "province", "consolidated", "since", "since_part",
        "done_as_of", "secretary", "chairman", "successor", "documents",
    ],
    "officials": ["id", "name", "titles", "unit_code", "unit", "both_posts"],
}  # fmt: skip
ANSI = re.compile(r"\x1b\[")


def test_json_has_the_documented_fields(built_store: Path) -> None:
    """The JSON contract: the scope, then regions, targets, units and officials with stable fields."""
    out = run_cli("--db", str(built_store), "report", "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert list(data) == [
        "store",
        "as_of",
        "scope",
        "regions",
        "targets",
        "units",
        "officials",
        "disagreements",
    ]
    for section, fields in FIELDS.items():
        assert data[section] and all(list(row) == fields for row in data[section]), section
    assert data["as_of"] == "2020-02-26" and data["scope"]["name"] == "Thành phố Lạng Sơn"
    target = data["targets"][0]
    assert (target["done"], target["total"], target["needed"], target["state"]) == (2, 8, 4, "behind")
    both = {o["name"] for o in data["officials"] if o["both_posts"]}
    assert len(both) == 2


@pytest.mark.parametrize("section", list(FIELDS))
def test_csv_writes_one_section_with_its_header(built_store: Path, section: str) -> None:
    """CSV: one table per run (--section), its header the documented fields."""
    out = run_cli("--db", str(built_store), "report", "--format", "csv", "--section", section)
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == FIELDS[section] and len(rows) > 1


def test_as_of_answers_where_things_stood(built_store: Path) -> None:
    """Before Quảng Lạc (early 07/2018), only Chi Lăng (late 06/2018); before both, none."""

    def done(as_of: str) -> int:
        out = run_cli("--db", str(built_store), "report", "--format", "json", "--as-of", as_of)
        assert out.returncode == 0, out.stderr
        return int(json.loads(out.stdout)["regions"][0]["done"])

    assert (done("2018-05"), done("2018-06"), done("2019")) == (0, 1, 2)


def test_an_undated_consolidation_counts_from_its_first_source() -> None:
    """No date: known from the article that says so, not before it was published."""
    units = [{"consolidated": True, "since": None, "documents": ["d1"]}]
    _date_undated(units, {"d1": "2020-02-26"}, "2019-12")
    assert units[0]["consolidated"] is None
    units = [{"consolidated": True, "since": None, "documents": ["d1"]}]
    _date_undated(units, {"d1": "2020-02-26"}, "2020-03")
    assert units[0]["consolidated"] is True


def test_piped_table_fits_80_columns_without_ansi(built_store: Path) -> None:
    """The table piped to a file: plain text, every line at most 80 cells, each section present."""
    out = run_cli("--db", str(built_store), "report", env={"COLUMNS": "200"})
    assert out.returncode == 0, out.stderr
    assert not ANSI.search(out.stdout)
    assert all(cell_len(line) <= 80 for line in out.stdout.splitlines())
    for section in FIELDS:
        assert section in out.stdout
    md = run_cli("--db", str(built_store), "report", "--format", "md").stdout
    assert "## targets" in md and "| Chi Lăng | phường | yes | late 2018-06 |" in md


def _in_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the CLI on a real pty and return what it wrote."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI on the pty
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "lso_tui", *args], {**os.environ, **env})
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8", "replace")


def test_no_color_is_respected_in_a_terminal(built_store: Path) -> None:
    """On a terminal Rich styles the title; NO_COLOR keeps styles but drops every colour."""
    args = ["--db", str(built_store), "report", "--section", "targets"]
    env = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}
    coloured = _in_a_terminal(args, {**env, "NO_COLOR": ""})
    plain = _in_a_terminal(args, {**env, "NO_COLOR": "1"})
    colour = re.compile(r"\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7])[;m]")
    assert ANSI.search(coloured) and "Thành phố Lạng Sơn" in plain
    assert not colour.search(plain)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2020-13"], "as-of: '2020-13' is not a real date"),
        (["--as-of", "soon"], "as-of: 'soon' is not a date"),
        (["--scope", "province:Atlantis"], "no province or district called"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line(built_store: Path, args: list[str], message: str) -> None:
    """Exit 2 and one line naming the problem."""
    out = run_cli("--db", str(built_store), "report", *args)
    assert out.returncode == 2 and message in out.stderr
    assert "Traceback" not in out.stderr


def test_country_report_is_short_and_rolls_up(country_store: Path) -> None:
    """The country: a row per province that adds up; the table lists only units some source speaks of."""
    data = json.loads(run_cli("--db", str(country_store), "report", "--format", "json").stdout)
    country, provinces = data["regions"][0], data["regions"][1:]
    assert country["level"] == "country" and len(provinces) == 63
    assert sum(p["units"] for p in provinces) == country["units"] == len(data["units"])
    table = run_cli("--db", str(country_store), "report", "--section", "units").stdout
    assert table.count("yes") == 2 and len(table.splitlines()) < 30
    by_province = run_cli("--db", str(country_store), "report", "--scope", "lang son", "--format", "json")
    assert "names 2 regions" in by_province.stderr  # the province and the city: ask which
    ls = json.loads(
        run_cli(
            "--db", str(country_store), "report", "--scope", "province:lang son", "--format", "json"
        ).stdout
    )
    assert ls["scope"]["level"] == "province" and ls["regions"][0]["done"] == 2
