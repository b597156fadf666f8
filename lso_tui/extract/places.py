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
_TYPE_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in _TYPE_WORDS) + r")(?=\s|$|[,.;:)])")
# First words that end a name run: the start of a post, a body or an honorific (original spelling).
_STOP_WORDS = {
    "bí",
    "phó",
    "chủ",
    "trưởng",
    "giám",
    "ủy",
    "uỷ",
    "chánh",
    "cán",
    "đảng",
    "ông",
    "bà",
    "đồng chí",
    "ubnd",
    "hđnd",
    "mttq",
}
# The type words in their proper spelling; a match must be spelt so, or be plain ASCII (no marks).
_SPELLING = {
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "thanh pho": "thành phố",
    "thi xa": "thị xã",
    "huyen": "huyện",
    "quan": "quận",
    "tinh": "tỉnh",
}


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
    return sorted(out + _committee_places(art), key=lambda p: p.start)


# A Party committee named by its place ("Huyện ủy Cao Lộc") names a district or province.
_COMMITTEE_RE = re.compile(r"(?<![\w])(huyen uy|thanh uy|thi uy|quan uy|tinh uy)(?![\w])")
_COMMITTEE_LEVEL = {
    "huyen uy": ("district", "Huyện"),
    "thanh uy": ("district", "Thành phố"),
    "thi uy": ("district", "Thị xã"),
    "quan uy": ("district", "Quận"),
    "tinh uy": ("province", "Tỉnh"),
}


def _committee_places(art: Article) -> list[Place]:
    """Places named through their Party committee: "Tỉnh ủy Thái Bình" is the province."""
    out = []
    for m in _COMMITTEE_RE.finditer(art.folded):
        level, type_ = _COMMITTEE_LEVEL[m.group(1)]
        run = _one_run(art, m.end())
        if run:
            out.append(Place(level, type_, art.text[run[0] : run[1]], run[0], run[1]))
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


def is_surname(word: str, bare_text: bool = False) -> bool:
    """A surname as spelt; folded too when *bare_text* (a name typed without diacritics)."""
    if bare_text and word.isascii():
        return word.lower() in _FOLDED_SURNAMES
    return normalise_tone(word) in SURNAMES


_FOLDED_SURNAMES = frozenset(fold(s) for s in SURNAMES)


def person_start(words: list[str]) -> int | None:
    """Where a person's name starts in a run that begins with a place ("Tân Liên Hoàng Văn Hải").

    Candidates are surnames after the first word leaving 2–4 words; a two-word place and a
    three-word name (the commonest shapes) win ties.
    """
    best: tuple[int, int] | None = None
    for k in range(1, len(words) - 1):
        rest = len(words) - k
        if is_surname(words[k], all(w.isascii() for w in words[k:])) and 2 <= rest <= 4:
            score = (rest == 3) + (k == 2)
            if best is None or score > best[0]:
                best = (score, k)
    return best[1] if best else None


def _one_run(art: Article, pos: int) -> tuple[int, int] | None:
    """The capitalised syllables right after *pos*, cut before a following person's name."""
    m = re.match(r"[ \u00a0]+", art.text[pos:])
    if not m:
        return None
    i = pos + m.end()
    words: list[tuple[int, int]] = []
    for w in re.finditer(r"([^\W_]+)([ \u00a0]?)", art.text[i : i + 120]):
        if words and w.start() != words[-1][1] - i + 1:
            break
        token = w.group(1)
        if not is_capitalised(token) or (token.isupper() and len(token) > 1 and not token.isdigit()):
            break
        pair = (token + " " + art.text[i + w.end() :].split(" ", 1)[0]).lower()
        if not words and (token.lower() in _STOP_WORDS or pair in _STOP_WORDS):
            return None
        if words and token.lower() in _STOP_WORDS:
            break
        words.append((i + w.start(1), i + w.end(1)))
        if not w.group(2):
            break
    if not words:
        return None
    k = person_start([art.text[s:e] for s, e in words]) if len(words) > 2 else None
    words = words[:k] if k else words[:4]
    return words[0][0], words[-1][1]


def bare_mentions(art: Article, places: list[Place]) -> list[tuple[str, int, int]]:
    """Where each commune is named: its typed mentions, and bare ones unless the name is also a
    district's or province's ("Bình Gia" the district vs "thị trấn Bình Gia")."""
    communes = {p.name for p in places if p.level == "commune" and p.name}
    upper = {p.name for p in places if p.level != "commune" and p.name}
    out = [(p.name, p.start, p.end) for p in places if p.level == "commune" and p.name]
    typed = [(p.start, p.end) for p in places if p.name]
    for name in sorted(communes - upper):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", art.text):
            if not any(a <= m.start() < b for a, b in typed):
                out.append((name, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


def resolve(places: list[Place], pos: int, level: str, type_: str | None = None) -> Place | None:
    """The nearest named place of *level* (and type) before *pos*, else the first one after it."""
    named = [p for p in places if p.level == level and p.name and (type_ is None or p.type == type_)]
    before = [p for p in named if p.start <= pos]
    if before:
        return before[-1]
    return named[0] if named else None
