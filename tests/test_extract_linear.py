"""Extraction's work grows linearly with crafted text (issue 15): counted, never timed.

Each shape once made some step read the whole sentence, or every place or type word of the text,
again for every name or figure. Four times the text must cost at most about four times the work:
the lines of Python run and the characters regular expressions read (tests/work_meter.py, in a
real process so that every pattern is counted from its compilation on), and the characters sliced
from the text. A quadratic step gives 5 to 15 times at these sizes; a linear one 2.3 to 4 (what
every text costs alike weighs less at 32 KB).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SMALL, LARGE = 8_000, 32_000
LINEAR = 4.6
"""The most 4x the text may cost: 4x, and some slack for the look-ups in log time (bisection)."""


def _work(shape: str, size: int) -> dict[str, int]:
    """Lines run and regex characters read by one extraction of *size* bytes of *shape*."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.work_meter", shape, str(size)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _growth(shape: str, sizes: tuple[int, int] = (SMALL, LARGE)) -> dict[str, float]:
    """How many times the work of SMALL bytes LARGE bytes of the shape take (or of the *sizes*
    given), per measure."""
    small, large = _work(shape, sizes[0]), _work(shape, sizes[1])
    return {k: large[k] / small[k] for k in small}


@pytest.mark.parametrize(
    "shape",
    [
        # one sentence of people with their posts: each name's clause end was searched to the sentence's end
        "titles",
        # one sentence of names and no post: the same, and the clause before each name scanned back
        "names",
        # one sentence of one post and unit repeated: the units named before each in its sentence were
        # scanned per unit, for one of another name
        "posts",
        # long sentences with many figures: every place of the text was scanned per figure
        "numbers",
        # a person and a commune of their own per sentence: every type word of the text was scanned
        # per place, and the whole text searched per commune for its bare mentions
        "distinct people",
        # "huyện miền núi X": the text after the kind was sliced to the text's end per type word
        "district kinds",
        # "NAME là …, ông kiêm …": every person of the text was scanned per pronoun taking a post
        "pronouns",
        # "đồng chí K'Brel, Bí thư …": every person of the text was scanned per "đồng chí K"
        "one-word names",
        # "Quảng Ninh có 4/14 xã, Lệ Thủy …" in a text on Quảng Bình: every province named was scanned per figure
        "district as province",
        # "thành phố Huế …, tỉnh Thừa Thiên - Huế": the whole text was searched per city named
        "capital city",
        # "… có 2 xã thực hiện. Đó là A và B.": the units a sentence names after its lead were looked for
        # among every place of the text
        "named next",
        # "A A A …": a run of capitalised words was split at each of them to find a person's name
        "initials",
    ],
)
def test_extraction_work_grows_linearly(shape: str) -> None:
    """4x the crafted text costs at most LINEAR times the lines run, the regex characters read and the
    characters sliced from the text."""
    growth = _growth(shape)
    assert all(v <= LINEAR for v in growth.values()), growth


def test_one_paragraph_with_no_full_stop_grows_linearly() -> None:
    """The same for one run of districts and figures with no full stop: every figure's region and goal
    were looked for back to the start of that one "sentence" (read now as sentences of at most
    spans.LONGEST_SENTENCE characters)."""
    growth = _growth("no full stop")
    assert all(v <= LINEAR for v in growth.values()), growth


def test_many_quoted_people_grow_linearly() -> None:
    """The same for sentences that each quote another official, at sizes where there are hundreds of
    them: who is quoted at a sentence, and which officials a sentence names, were scans of every
    official per sentence, and the nearest place of a level a scan of every place per title."""
    growth = _growth("distinct people", (32_000, 128_000))
    assert all(v <= LINEAR for v in growth.values()), growth


def test_quotes_in_one_paragraph_grow_linearly() -> None:
    """What is quoted grows with the text: in one paragraph of many "X cho biết: …", each statement
    was the whole rest of the paragraph (4x the text gave 16x the quoted characters)."""
    from bench.crafted import crafted
    from lso_tui.build.register import national_gazetteer
    from lso_tui.extract import extract_text

    def quoted(size: int) -> int:
        """Characters quoted by the statements extracted from *size* bytes of the shape."""
        ex = extract_text(crafted("distinct people", size), "crafted", None, national_gazetteer())
        return sum(len(st.text) + len(st.source.quote) for o in ex.officials for st in o.statements)

    small, large = quoted(16_000), quoted(64_000)
    assert small > 0 and large <= LINEAR * small, (small, large)


def test_a_run_with_no_sentence_end_is_read_as_sentences_of_bounded_length() -> None:
    """A run longer than LONGEST_SENTENCE is cut after a comma in its second half; shorter sentences,
    as every real one is, are left whole."""
    from lso_tui.extract.spans import LONGEST_SENTENCE, Article

    run = "huyện Phong Điền có 3 xã thực hiện, " * 100
    art = Article(f"Một câu ngắn. Tại đây, {run.rstrip(', ')}")
    lengths = [s.end - s.start for s in art.sentences]
    assert lengths[0] == len("Một câu ngắn.") and len(lengths) > 2, lengths
    assert all(n <= LONGEST_SENTENCE for n in lengths), lengths
    assert all(art.text[s.end - 1] == "," for s in art.sentences[1:-1])
    assert art.text[art.sentences[-1].end - 1] == "n"  # "… thực hiện", the run's own end
