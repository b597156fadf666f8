"""Units named bare in the sentence after the one that counts them ("Hai xã còn lại được bố trí sau Đại
hội …. Đó là Lũng Pù và Khâu Vai.") or that asks which did well ("Có thể kể đến A (X), B (Y)"); imports
the place finder, which imports nothing from here."""

from __future__ import annotations

import re

from lso_tui.extract.lexicon import NUMBER_WORDS
from lso_tui.extract.name_runs import name_runs
from lso_tui.extract.places import LEVELS, Place
from lso_tui.extract.spans import Article, Covered

# "Đó là …", "Cụ thể là …", "Các xã này là …": a sentence that opens by naming what was counted
# (a sentence opens with a few marks at most, "- “": a bound, else each sentence of a run of marks ". . ."
# read all the marks after it)
_THESE_ARE = re.compile(r"\W{0,8}(?:do la|cu the la|(?:cac|nhung) (?:xa|don vi|phuong|noi) (?:nay|do) (?:la|gom))\s*:?\s+(?=[^\W\d_])")
_COUNT = re.compile(r"\b(?:\d+|" + "|".join(w for w in NUMBER_WORDS if w != "mot") + r")\s+(xa|phuong|thi tran|don vi|noi)\b")
# "Có thể kể đến A, B (X)": examples of units, after a sentence on those that did well (DONE_WELL)
EXAMPLES = re.compile(r"\W{0,8}(?:co the ke den|tieu bieu (?:la|nhu)|dien hinh (?:la|nhu))\s+(?=[^\W\d_])")
DONE_WELL = re.compile(r"\b(?:lam tot|tieu bieu|hieu qua|di dau|noi bat)\b")
_OWN_FIGURE = re.compile(r"\s*(?:\(cũ\)\s*)?\(?\s*\d")


def with_listed_next(art: Article, places: list[Place]) -> list[Place]:
    """*places* with the units a sentence names right after its lead ("Đó là A, B và C") when the
    sentence before, in its paragraph, counts units and names none after its count, and the communes the
    register knows named as examples after a sentence on units that did well; in reading order."""
    found: list[Place] = []
    covered = named = None  # (indexed once, only for a text with such a lead: looked up in log time)
    for i, seg in enumerate(art.sentences[1:], 1):
        lead = _THESE_ARE.match(art.folded, seg.start)
        before = art.sentences[i - 1]
        example = EXAMPLES.match(art.folded, seg.start)
        if lead is None and example is not None and DONE_WELL.search(art.folded, before.start, before.end):
            # ("- Những đơn vị nào làm tốt? ¶ - Có thể kể đến A và B (X), C (Y).": communes the register knows)
            covered = covered or Covered((p.start, p.end) for p in places)
            found += [
                Place("commune", "xã", art.text[s:e], s, e, True)
                for s, e in name_runs(art, example.end() - 1, True)
                if s not in covered and art.gazetteer.is_unit(art.text[s:e]) and not art.gazetteer.level(art.text[s:e])
            ]
            continue
        if lead is None or art.paragraph_index(before.start) != art.paragraph_index(seg.start):
            continue
        # (the last count of the sentence before is what this one names)
        count = next(reversed(list(_COUNT.finditer(art.folded, before.start, before.end))), None)
        if covered is None or named is None:
            covered = Covered((p.start, p.end) for p in places)
            named = Covered((p.start, p.start + 1) for p in places if p.level == "commune" and p.name)
        if count is None or named.overlaps(count.end(), before.end):
            continue
        key = count.group(1)
        canonical = LEVELS["commune"]["xa" if key in ("don vi", "noi") else key]
        for s, e in name_runs(art, lead.end() - 1, True):
            if s in covered or _OWN_FIGURE.match(art.text, e):
                continue  # (typed already, or a region with its own figure: "Đó là Yên Thế 9/21")
            found.append(Place("commune", canonical, art.text[s:e], s, e, True))
    return sorted(places + found, key=lambda p: p.start) if found else places
