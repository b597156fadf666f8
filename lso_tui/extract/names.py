"""Person names: surnames as spelt, and where a name starts after a unit's name."""

from __future__ import annotations

import functools
import re

from lso_tui.extract.surnames import SURNAMES
from lso_tui.text import fold, normalise_tone


@functools.lru_cache(maxsize=1 << 14)
def is_surname(word: str, bare_text: bool = False) -> bool:
    """A surname as spelt; folded too when *bare_text* (a name typed without diacritics). (Kept per
    word: every capitalised run of a text asks about its first word.)"""
    if word in HIGHLANDS_PREFIXES or _HIGHLANDS.match(word):
        return True  # Central Highlands names: "Y Blan Mlô", "H'Dung Niê", "A Khoa" (Xơ Đăng)
    if bare_text and word.isascii():
        return word.lower() in _FOLDED_SURNAMES
    return normalise_tone(word) in SURNAMES


# Names of the Central Highlands peoples open with a gender word, not a surname.
HIGHLANDS_PREFIXES = frozenset({"Y", "A"})
_HIGHLANDS = re.compile(r"[HK]['’]\w")

def one_word_name(word: str, text: str) -> bool:
    """A name of one word, as some Highlands peoples write it ("K'Brel", "H'Loan"), unless *text* also
    writes it as the first word of a longer name ("bà H'Lim Êban …. Chị H'Lim …": her given name)."""
    if _HIGHLANDS.match(word) is None or len(word) <= 3:
        return False
    return not any(text[m.end() : m.end() + 1].isupper() for m in re.finditer(re.escape(word) + r"[ \u00a0]", text))


# "Ban" (board: "Ban Thuong vu") would otherwise read as the surname Bàn in text without diacritics.
_FOLDED_SURNAMES = frozenset(fold(s) for s in SURNAMES) - {"ban"}


def person_start(words: list[str]) -> int | None:
    """Where a person's name starts in a run that begins with a place ("Tân Liên Hoàng Văn Hải").

    Candidates are surnames after the first word leaving 2–4 words; a two-word place and a
    three-word name (the commonest shapes) win ties.
    """
    best: tuple[int, int] | None = None
    # (only the last four places can leave 2–4 words: a run of a thousand capitalised words is not read
    # a thousand times)
    for k in range(max(1, len(words) - 4), len(words) - 1):
        rest = len(words) - k
        # A one-word place before a two-word name is rarer than a place named after a person
        # ("phường Nguyễn Thái Học"), so a three-word run is only split after its second word.
        if k == 1 and len(words) < 4 and words[1] not in HIGHLANDS_PREFIXES:
            continue  # ("xã Hiếu Y Lan": a Highlands name opens with its prefix, so it may be two words)
        if is_surname(words[k], all(w.isascii() for w in words[k:])) and 2 <= rest <= 4:
            score = (rest == 3) + (k == 2)
            if best is None or score > best[0]:
                best = (score, k)
    return best[1] if best else None
