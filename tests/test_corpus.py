"""Precision and recall of the extractor on labelled genre texts (written for this project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_eval import CORPUS, evaluate, table

THRESHOLD = 0.9
ASSERTED = ("officials", "concurrent", "consolidated")
HELDOUT = Path(__file__).parent / "corpus_heldout"


@pytest.mark.parametrize("corpus", [CORPUS, HELDOUT], ids=["tuned", "heldout"])
def test_precision_and_recall(corpus: Path, request: pytest.FixtureRequest) -> None:
    """Officials, the both-posts flag and consolidated units each reach 0.9 precision and recall."""
    if not any(corpus.glob("*.labels.json")):
        pytest.skip(f"no labelled texts in {corpus.name}")
    scores = evaluate(corpus)
    text = table(scores)
    tables = getattr(request.config, "_lso_scores", [])
    tables.append((f"{corpus.name} ({len(list(corpus.glob('*.labels.json')))} texts)", text))
    request.config._lso_scores = tables  # type: ignore[attr-defined]
    print(text)
    for kind in ASSERTED:
        s = scores[kind]
        assert s.precision >= THRESHOLD and s.recall >= THRESHOLD, (kind, s.errors)


def test_corpus_labels_are_consistent() -> None:
    """Every labelled name occurs in its text, so the labels cannot silently drift from the texts."""
    import json

    for corpus in (CORPUS, HELDOUT):
        for labels in corpus.glob("*.labels.json"):
            gold = json.loads(labels.read_text(encoding="utf-8"))
            text = labels.with_name(labels.name.removesuffix(".labels.json") + ".txt").read_text(
                encoding="utf-8"
            )
            for o in gold["officials"]:
                assert o["name"] in text, (labels.name, o["name"])
