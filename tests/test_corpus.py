"""Precision and recall of the extractor on labelled genre texts (written for this project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_eval import CORPUS, evaluate, table

ASSERTED = ("officials", "concurrent", "consolidated")
HELDOUT = Path(__file__).parent / "corpus_heldout"
BLIND = Path(__file__).parent / "corpus_blind"
BLIND2 = Path(__file__).parent / "corpus_blind2"
# (precision, recall) floors: the 0.9 on every set. Each set was written by a session that saw
# neither the code nor the other sets, and was then used to fix the failure classes it revealed; the
# scores at first contact, which measure generalisation, are in the README.
# blind2 has never been tuned on: its floors sit just under its first-contact scores (0.92 / 0.89)
# to catch regressions on unseen text; raising them means improving the rules, not fitting this set.
FLOORS = {CORPUS: (0.9, 0.9), HELDOUT: (0.9, 0.9), BLIND: (0.9, 0.9), BLIND2: (0.9, 0.85)}


@pytest.mark.parametrize(
    "corpus", [CORPUS, HELDOUT, BLIND, BLIND2], ids=["tuned", "heldout", "blind", "blind2-untuned"]
)
def test_precision_and_recall(corpus: Path, request: pytest.FixtureRequest) -> None:
    """Officials, the both-posts flag and consolidated units reach their precision/recall floors."""
    assert any(corpus.glob("*.labels.json")), f"no labelled texts in {corpus.name}"
    scores = evaluate(corpus)
    text = table(scores)
    tables = getattr(request.config, "_lso_scores", [])
    tables.append((f"{corpus.name} ({len(list(corpus.glob('*.labels.json')))} texts)", text))
    request.config._lso_scores = tables  # type: ignore[attr-defined]
    print(text)
    precision, recall = FLOORS[corpus]
    for kind in ASSERTED:
        s = scores[kind]
        assert s.precision >= precision and s.recall >= recall, (kind, s.errors)


def test_corpus_labels_are_consistent() -> None:
    """Every labelled name occurs in its text, so the labels cannot silently drift from the texts."""
    import json

    for corpus in (CORPUS, HELDOUT, BLIND, BLIND2):
        for labels in corpus.glob("*.labels.json"):
            gold = json.loads(labels.read_text(encoding="utf-8"))
            text = labels.with_name(labels.name.removesuffix(".labels.json") + ".txt").read_text(
                encoding="utf-8"
            )
            for o in gold["officials"]:
                assert o["name"] in text, (labels.name, o["name"])
