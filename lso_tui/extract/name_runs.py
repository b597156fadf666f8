"""The proper name after a type word: the capitalised syllables that follow it ("xã Tân Hòa"), several
for a plural type word ("các xã A, B và C"), cut before a person's name or a number that is no part of it."""

from __future__ import annotations

import re

from lso_tui.extract.lexicon import NAME_MID_STOP, NAME_STOP_WORDS
from lso_tui.extract.names import person_start
from lso_tui.extract.registered_runs import hyphenated, person_after_post, registered_at
from lso_tui.extract.spans import Article


def name_runs(art: Article, pos: int, plural: bool) -> list[tuple[int, int]]:
    """Offsets of the proper name(s) after a type word; several when the type word is plural."""
    if not plural:
        run = one_run(art, pos)
        return [run] if run else []
    runs = []
    while True:
        run = one_run(art, pos)
        if run is None:
            break
        runs.append(run)
        # Items may carry their district: "Long Hựu Đông (huyện Cần Đước), Mỹ Yên (…)".
        sep = _ITEM_SEP.match(art.text, run[1], run[1] + 100)
        if not sep:
            break
        pos = sep.end()
    return runs


_ITEM_SEP = re.compile(r"\s*(?:\([^)]{0,60}\))?\s*(?:,\s*và|,|và|hay(?= )|hoặc(?= ))")  # ("các xã A, B (X) hay C (Y)")
_SPACES = re.compile(r"[ \u00a0]+")
_WORD_SPACE = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)([ \u00a0]?)")
_ITEM_END = re.compile(r"\s*(?:[,.;)(]|và\b|hay\b|hoặc\b|$)")
ROMAN = re.compile(r"[IVX]{1,5}")
# The first words of the two-word stops ("bí thư"): only after one of them is the pair worth reading.
_PAIR_FIRST = frozenset(s.split(" ", 1)[0] for s in (*NAME_STOP_WORDS, *NAME_MID_STOP) if " " in s)


def one_run(art: Article, pos: int) -> tuple[int, int] | None:
    """The capitalised syllables right after *pos*, cut before a following person's name (read once
    per position: a type word's run is asked for by several rules)."""
    if pos not in art.name_runs:
        art.name_runs[pos] = _read_run(art, pos)
    return art.name_runs[pos]  # type: ignore[no-any-return]


def _read_run(art: Article, pos: int) -> tuple[int, int] | None:
    """one_run, read (each check made only when it can decide: a type word reads two runs or more)."""
    text = art.text
    m = _SPACES.match(text, pos, pos + 40)
    if not m:
        return None
    i = m.end()
    if text[i : i + 1].isalpha() and text[i].islower():
        return None  # (a word in lower case opens no name: the commonest answer, given before the words are read)
    words: list[tuple[int, int]] = []
    for w in _WORD_SPACE.finditer(text, i, i + 120):
        token = w.group(1)
        if w.start() != (words[-1][1] + 1 if words else (w.start() if not token.isdigit() else i)):
            break  # ("một xã (Hải Đông)" names it; "thị trấn (69,23%)" names no "Thị trấn 69")
        prev = text[words[-1][0] : words[-1][1]] if words else ""
        if words and token.isdigit() and prev.lower() not in ("phường", "quận") and not _numbered(text, token, w.end(1)):
            break  # "huyện Tịnh Biên 11/14": a number after a name is not part of it ("Phường 3",
            # "xã Tam Xuân 1 và …" are)
        # ("Phường VII"; "thị trấn Nông trường Mộc Châu": a state farm's town)
        if not (token[0].isupper() or token.isdigit() or (token == "trường" and prev == "Nông")) or (
            len(token) > 1 and token.isupper() and not token.isdigit() and not ROMAN.fullmatch(token)
        ):
            break
        low = token.lower()
        # (a pair of words is a stop only when its first word opens one: read the next word then)
        pair = (token + " " + text[w.end() : w.end() + 40].split(" ", 1)[0]).lower() if low in _PAIR_FIRST else ""
        if not words and (low in NAME_STOP_WORDS or pair in NAME_STOP_WORDS) and not registered_at(art, i):
            return None  # ("tỉnh Bà Rịa - Vũng Tàu": "Bà" starts a name the register knows)
        if words and (low in NAME_MID_STOP or pair in NAME_MID_STOP):
            break
        words.append((w.start(1), w.end(1)))
        if not w.group(2):
            break
    if not words:
        return None
    # "Phó Chủ tịch HĐND xã Đàm Thị Nhung điều hành …", "… Chủ tịch UBND xã Giàng A Lử kể": the post's
    # holder, no place (the whole run asked too, when what a surname inside it would leave is no unit)
    texts = [art.text[s:e] for s, e in words]
    k = person_start(texts) if len(words) > 2 else None
    # (a run split before a person's name opens with a place, even one that opens with a surname: "thị trấn
    # Ma Đa Guôi Nguyễn Thị Mỹ Lệ")
    if (not k and person_after_post(art, pos, texts[:4])) or (
        k and len(texts) <= 4 and not art.gazetteer.is_unit(" ".join(texts[:k])) and person_after_post(art, pos, texts)
    ):
        return None
    words = words[:k] if k else words[:4]
    return hyphenated(art, words[0][0], words[-1][1])


def _numbered(text: str, token: str, end: int) -> bool:
    """Whether *token* (a number ending at *end*) is a short one that ends a list's item ("xã Tam Xuân 1 và …")."""
    return len(token) <= 2 and _ITEM_END.match(text, end, end + 20) is not None
