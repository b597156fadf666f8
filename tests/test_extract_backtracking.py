"""No pattern of the extractor backtracks without bound on text an article may hold (issue 15).

A pattern that backtracks reads the text again from each position: its work grows with the square of
a run's length, or worse, and the regular-expression engine does that inside one call, which the work
counts of tests/test_extract_linear.py cannot see. Each shape below once took minutes under the article
size limit (a 64 KB run with no space: 85 s), in `lso-tui extract` as in every ingest. Each runs here
at 250 KB (just under the limit) through the real command, in a process of its own; the timeout is a
guard against a hang (minutes before the fix, about a second after it, most of it the start), not a
speed figure: speed is measured by `make bench` (bench/extraction.py, the same shapes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.crafted import HEAD
from tests.conftest import run_cli

SIZE = 250 * 1024  # (under the article limit, 256 KiB, with the dateline)
HANG = 120  # s: a backtracking pattern takes many minutes at this size


@pytest.mark.parametrize(
    "unit",
    [
        "a",  # one run with no space: "a dozen words of prose" was counted from each of its characters
        "xã",  # the same with a type word and its diacritics
        "«“",  # quotation marks alone
        ". ",  # sentence ends alone: each was a sentence, searched for a lead across every mark after it
        "A ",  # one-letter capitals: one run of thousands of words, split at each to find a name
    ],
)
def test_a_crafted_run_is_extracted_without_backtracking(tmp_path: Path, unit: str) -> None:
    """`lso-tui extract` on 250 KB of *unit* repeated ends well within HANG seconds, exit 0."""
    article = tmp_path / "crafted.txt"
    article.write_text(HEAD + unit * (SIZE // len(unit.encode())), encoding="utf-8")
    done = run_cli("extract", str(article), timeout=HANG)
    assert done.returncode == 0, done.stderr


def test_marks_alone_open_the_next_sentence() -> None:
    """A sentence of marks alone ("… . ?") is no sentence: it opens the next one, and a real sentence
    after it is whole."""
    from lso_tui.extract.spans import Article

    art = Article("Mở đầu bài. … . ? Xã Tân An đã thực hiện. Hết.")
    texts = [art.text[s.start : s.end] for s in art.sentences]
    assert texts == ["Mở đầu bài.", "… . ? Xã Tân An đã thực hiện.", "Hết."], texts
