"""Administrative units named in a text: "xã Quảng X", "TP. Y", "H. Z", lists and bare references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lso_tui.extract.lexicon import (
    COMMUNE_TYPES,
    DISTRICT_TYPES,
    PLURAL_MARKERS,
    PROVINCE_TYPES,
    SURNAMES,
)
from lso_tui.extract.spans import Article, is_capitalised
from lso_tui.text import fold, normalise_tone

LEVELS = {"commune": COMMUNE_TYPES, "district": DISTRICT_TYPES, "province": PROVINCE_TYPES}
_TYPE_WORDS = sorted({k for t in LEVELS.values() for k in t}, key=len, reverse=True)
_TYPE_RE = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(k) for k in _TYPE_WORDS) + r")(?=\s|$|[,.;:)])"
)
# First words that end a name run: the start of a post, a body or an honorific (original spelling).
_STOP_WORDS = {"bí", "phó", "chủ", "trưởng", "giám", "ủy", "uỷ", "chánh", "cán", "đảng", "ông", "bà",
               "đồng chí", "ubnd", "hđnd", "mttq"}
# The type words in their proper spelling; a match must be spelt so, or be plain ASCII (no marks).
_SPELLING = {"xa": "xã", "phuong": "phường", "thi tran": "thị trấn", "thanh pho": "thành phố",
             "thi xa": "thị xã", "huyen": "huyện", "quan": "quận", "tinh": "tỉnh"}


@dataclass
class Place:
    """One mention of a unit: level, canonical type word, proper name (None when bare)."""

    level: str
    type: str
    name: str | None
    start: int
    end: int
    plural: bool = False


def find_places(art: Article) -> list[Place]:
    """All unit mentions in reading order, lists expanded ("các xã A, B và C")."""
    out: list[Place] = []
    for m in _TYPE_RE.finditer(art.folded):
        key = m.group(1)
        written = art.text[m.start() : m.end()]
        if key in _SPELLING:
            low = normalise_tone(written.lower())
            if low != _SPELLING[key] and not written.isascii():
                continue  # "quản", "tình": another word that folds alike
        elif not written[0].isupper():
            continue  # abbreviations are written in capitals: "TP.", "H.", "TT."
        level = next(lvl for lvl, table in LEVELS.items() if key in table)
        canonical = LEVELS[level][key]
        before = art.folded[max(0, m.start() - 12) : m.start()].split()
        plural = bool(before) and (before[-1] in PLURAL_MARKERS or before[-1].isdigit())
        runs = _name_runs(art, m.end(), plural)
        if not runs:
            out.append(Place(level, canonical, None, m.start(), m.end(), plural))
        for k, (s, e) in enumerate(runs):
            out.append(Place(level, canonical, art.text[s:e], m.start() if k == 0 else s, e, plural))
    return out


def _name_runs(art: Article, pos: int, plural: bool) -> list[tuple[int, int]]:
    """Offsets of the proper name(s) after a type word; several when the type word is plural."""
    runs = []
    while True:
        run = _one_run(art, pos)
        if run is None:
            break
        runs.append(run)
        if not plural:
            break
        sep = re.match(r"\s*(?:,\s*và|,|và)", art.text[run[1] :])
        if not sep:
            break
        pos = run[1] + sep.end()
    return runs


def _one_run(art: Article, pos: int) -> tuple[int, int] | None:
    """The capitalised syllables right after *pos*, cut before a following person's surname."""
    m = re.match(r"[ \u00a0]+", art.text[pos:])
    if not m:
        return None
    i = pos + m.end()
    words: list[tuple[int, int]] = []
    for w in re.finditer(r"([^\W_]+)([ \u00a0]?)", art.text[i : i + 80]):
        if w.start() != (words[-1][1] - i + 1 if words else 0) and words:
            break
        token = w.group(1)
        if not is_capitalised(token) or (token.isupper() and len(token) > 1 and not token.isdigit()):
            break
        pair = (token + " " + art.text[i + w.end() :].split(" ", 1)[0]).lower()
        if not words and (token.lower() in _STOP_WORDS or pair in _STOP_WORDS):
            return None
        words.append((i + w.start(1), i + w.end(1)))
        if not w.group(2):
            break
    if not words:
        return None
    words = words[:4]
    # "xã Tân Liên Hoàng Văn Hải": the person's name starts at the first surname after the first word.
    for k in range(1, len(words) - 1):
        if fold(art.text[words[k][0] : words[k][1]]) in SURNAMES:
            words = words[:k]
            break
    return words[0][0], words[-1][1]


def bare_mentions(art: Article, names: set[str]) -> list[tuple[str, int, int]]:
    """Occurrences of already-known unit names written without their type word."""
    out = []
    for name in sorted(names):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", art.text):
            out.append((name, m.start(), m.end()))
    return out


def resolve(places: list[Place], pos: int, level: str, type_: str | None = None) -> Place | None:
    """The nearest named place of *level* (and type) before *pos*, else the first one after it."""
    named = [p for p in places if p.level == level and p.name and (type_ is None or p.type == type_)]
    before = [p for p in named if p.start <= pos]
    if before:
        return before[-1]
    return named[0] if named else None
