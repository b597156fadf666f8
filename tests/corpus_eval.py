"""Score the extractor against the labelled genre corpus (precision and recall per fact kind)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lso_tui.build.tables import extract_file
from lso_tui.text import normalise_tone

CORPUS = Path(__file__).parent / "corpus"
KINDS = ("officials", "concurrent", "consolidated", "official_unit", "targets", "progress", "date", "author")


def key(name: str) -> str:
    """Names compare with their diacritics, either tone placement accepted."""
    return normalise_tone(name).strip()


@dataclass
class Score:
    """True positives, false positives and false negatives, with the misses listed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: str, pred: set[str], gold: set[str]) -> None:
        """Count one document's predicted set against its gold set."""
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        self.errors += [f"{doc}: spurious {x}" for x in sorted(pred - gold)]
        self.errors += [f"{doc}: missed {x}" for x in sorted(gold - pred)]

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted and nothing was expected."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(corpus: Path = CORPUS) -> dict[str, Score]:
    """Run the extractor over every labelled text of *corpus*."""
    scores = {k: Score() for k in KINDS}
    for labels in sorted(corpus.glob("*.labels.json")):
        gold = json.loads(labels.read_text(encoding="utf-8"))
        doc = labels.name.removesuffix(".labels.json")
        ex = extract_file(labels.with_name(doc + ".txt"))
        scores["officials"].add(
            doc, {key(o.name) for o in ex.officials}, {key(o["name"]) for o in gold["officials"]}
        )
        scores["concurrent"].add(
            doc,
            {key(o.name) for o in ex.officials if o.concurrent},
            {key(o["name"]) for o in gold["officials"] if o["concurrent"]},
        )
        scores["consolidated"].add(
            doc, {key(u.name) for u in ex.units if u.consolidated}, {key(u) for u in gold["consolidated"]}
        )
        scores["official_unit"].add(
            doc,
            {f"{key(o.name)}@{key(o.unit or '-')}" for o in ex.officials},
            {f"{key(o['name'])}@{key(o['unit'] or '-')}" for o in gold["officials"]},
        )
        scores["targets"].add(
            doc,
            {f"{t.share:g}@{t.year}" for t in ex.targets},
            {f"{t['share']:g}@{t['year']}" for t in gold["targets"]},
        )
        scores["progress"].add(
            doc,
            {f"{p.done}/{p.total}:{p.share}" for p in ex.progress},
            {f"{p['done']}/{p['total']}:{p['share']}" for p in gold["progress"]},
        )
        scores["date"].add(doc, {ex.document.date} - {None}, {gold["date"]} - {None})  # type: ignore[arg-type]
        scores["author"].add(doc, {ex.document.author} - {None}, {gold["author"]} - {None})  # type: ignore[arg-type]
    return scores


def table(scores: dict[str, Score]) -> str:
    """A small text table of precision and recall per kind."""
    lines = [f"{'kind':<14} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k, s in scores.items():
        lines.append(f"{k:<14} {s.precision:>9.3f} {s.recall:>7.3f} {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    result = evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    print(table(result))
    for k, s in result.items():
        for e in s.errors:
            print(k, e)
