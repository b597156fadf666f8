"""Score the extractor against the labelled genre corpus (precision and recall per fact kind)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lso_tui.build.tables import extract_file
from lso_tui.text import fold_key, normalise_tone

CORPUS = Path(__file__).parent / "corpus"
KINDS = (
    "officials",
    "concurrent",
    "consolidated",
    "official_unit",
    "targets",
    "progress",
    "progress_region",
    "targets_region",
    "date",
    "author",
)
# Scored only on corpora whose labels say which region a figure counts (the real-genre sets).
REGION_KINDS = ("progress_region", "targets_region")
_TYPE_WORDS = ("thành phố", "thị xã", "huyện", "quận", "tỉnh", "tp.", "tp")


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


def region_key(level: str | None, name: str | None) -> str:
    """A region as "level:name", the name without its type word, compared folded."""
    text = (name or "").strip()
    for word in _TYPE_WORDS:
        if text.lower().startswith(word + " "):
            text = text[len(word) + 1 :]
            break
    return f"{level or '-'}:{fold_key(text) or '-'}"


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
        if all("region" in p for p in gold["progress"]) and all("region" in t for t in gold["targets"]):
            scores["progress_region"].add(
                doc,
                {f"{region_key(p.scope_level, p.scope)}:{p.done}/{p.total}:{p.share}" for p in ex.progress},
                {
                    f"{region_key(p['level'], p['region'])}:{p['done']}/{p['total']}:{p['share']}"
                    for p in gold["progress"]
                },
            )
            scores["targets_region"].add(
                doc,
                {f"{region_key(t.scope_level, t.scope)}:{t.share:g}@{t.year}" for t in ex.targets},
                {f"{region_key(t['level'], t['region'])}:{t['share']:g}@{t['year']}" for t in gold["targets"]},
            )
        scores["date"].add(doc, {ex.document.date} - {None}, {gold["date"]} - {None})  # type: ignore[arg-type]
        scores["author"].add(doc, {ex.document.author} - {None}, {gold["author"]} - {None})  # type: ignore[arg-type]
    return scores


def f1(s: Score) -> float:
    """The harmonic mean of precision and recall."""
    p, r = s.precision, s.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def table(scores: dict[str, Score]) -> str:
    """A small text table of precision, recall and F1 per kind (kinds a corpus does not label left out)."""
    lines = [f"{'kind':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k, s in scores.items():
        if k in REGION_KINDS and not s.tp + s.fp + s.fn:
            continue
        lines.append(
            f"{k:<16} {s.precision:>9.3f} {s.recall:>7.3f} {f1(s):>6.3f} {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        )
    return "\n".join(lines)


CORPORA = sorted(p for p in Path(__file__).parent.glob("corpus*") if p.is_dir())


if __name__ == "__main__":
    import sys

    # `make eval`: every labelled corpus; `python -m tests.corpus_eval DIR`: one, with its errors.
    if len(sys.argv) > 1:
        result = evaluate(Path(sys.argv[1]))
        print(table(result))
        for k, s in result.items():
            for e in s.errors:
                print(k, e)
    else:
        pooled: dict[str, dict[str, Score]] = {"dev": {}, "blind": {}}
        for corpus in CORPORA:
            print(f"{corpus.name} ({len(list(corpus.glob('*.labels.json')))} texts)")
            scores = evaluate(corpus)
            print(table(scores))
            print()
            if corpus.name.startswith("corpus_genre"):  # the genre sets: never-tuned ("blind") apart from dev
                group = pooled["blind" if "blind" in corpus.name else "dev"]
                for k, s in scores.items():
                    into = group.setdefault(k, Score())
                    into.tp, into.fp, into.fn = into.tp + s.tp, into.fp + s.fp, into.fn + s.fn
        print("genre sets pooled: F1 of the dev sets, of the blind sets, and the gap")
        for k in pooled["dev"]:
            dev, blind = f1(pooled["dev"][k]), f1(pooled["blind"][k])
            print(f"{k:<16} {dev:>6.3f} {blind:>6.3f} {dev - blind:>6.3f}")
