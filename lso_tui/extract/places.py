"""Administrative units named in a text: "xã Quảng X", "TP. Y", "H. Z", lists and bare references."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lso_tui.extract.lexicon import (
    COMMUNE_TYPES,
    DISTRICT_TYPES,
    MACRO_REGIONS,
    NUMBER_WORDS,
    PLURAL_MARKERS,
    POSTS,
    PROVINCE_TYPES,
    TYPE_SPELLING,
)
from lso_tui.extract.lookups import NamedBefore, typed_elsewhere
from lso_tui.extract.name_runs import ROMAN, name_runs, one_run
from lso_tui.extract.names import is_surname
from lso_tui.extract.registered_runs import is_registered
from lso_tui.extract.spans import Article
from lso_tui.text import fold, normalise_tone

LEVELS = {"commune": COMMUNE_TYPES, "district": DISTRICT_TYPES, "province": PROVINCE_TYPES}
_TYPE_WORDS = sorted({k for t in LEVELS.values() for k in t}, key=len, reverse=True)
TYPE_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in _TYPE_WORDS) + r")(?=\s|$|[,.;:)])")
_LEVEL_OF = {k: next(lvl for lvl, table in LEVELS.items() if k in table) for k in _TYPE_WORDS}  # the first level listing it
_NUMBERED_BEFORE = re.compile(r"\b(?:khoa|lan|muc|phan|chuong|dieu|the ky)\s+$")
_ASIDE_THEN_ITEM = re.compile(r"\s*\([^)]{1,60}\)\s*,\s*[^\W\d_]")  # "xã A (huyện X), B …"


@dataclass
class Place:
    """One mention of a unit: level, canonical type word, proper name (None when bare)."""

    level: str
    type: str
    name: str | None
    start: int
    end: int
    plural: bool = False


def type_word_at(art: Article, pos: int) -> bool:
    """Whether a type word, spelt as one, starts at *pos* ("Phượng Sơn" folds like "phường Sơn")."""
    m = TYPE_RE.match(art.folded, pos)
    if m is None:
        return False
    written = art.text[m.start() : m.end()]
    spelt = TYPE_SPELLING.get(m.group(1))
    return spelt is None or normalise_tone(written.lower()) == spelt or (written.isascii() and art.unmarked)


def find_places(art: Article) -> list[Place]:
    """All unit mentions in reading order, lists expanded ("các xã A, B và C")."""
    out: list[Place] = []
    spelt: dict[str, str] = {}  # each way a type word is written, its tones normalised (a text writes a few)
    for m in TYPE_RE.finditer(art.folded):
        key = m.group(1)
        written = art.text[m.start() : m.end()]
        if key in TYPE_SPELLING:
            low = spelt.get(written) or spelt.setdefault(written, normalise_tone(written.lower()))
            if low != TYPE_SPELLING[key] and not (written.isascii() and art.unmarked):
                continue  # "quản", "tình", "cách xa X": another word that folds alike
        elif not written[0].isupper():
            continue  # abbreviations are written in capitals: "TP.", "H.", "TT."
        elif _NUMBERED_BEFORE.search(art.folded[max(0, m.start() - 12) : m.start()]):
            continue  # "khóa X.", "lần II": a Roman numeral, not "X." for xã
        elif written.isupper() and re.match(r"\s+[-–]\s", art.text[m.end() : m.end() + 3]):
            continue  # "TT - Trong khi …": an outlet's tag before the lead, not "thị trấn"
        level = _LEVEL_OF[key]
        canonical = LEVELS[level][key]
        before = art.folded[max(0, m.start() - 12) : m.start()].rsplit(None, 1)[-1:]  # the word before, if any
        last = before[0].lstrip("(\"“") if before else ""  # ("(các xã A, B)")
        # ("mở rộng thêm hai xã A và B": a count in words makes a list too)
        plural = last in PLURAL_MARKERS or last.isdigit() or last in _COUNT_WORDS
        if plural and last == "nhung" and art.text[max(0, m.start() - 12) : m.start()].split()[-1].lower() != "những":
            plural = False  # "nhưng thành phố này …": "but", which folds like the plural "những"
        # "gồm xã A, B và C", "là xã A và B": a list follows even without a plural marker.
        listed = last in ("gom", "la", "nhu") and not plural
        # "ở xã Cát Hanh (Phù Cát), Mỹ Chánh (Phù Mỹ) …": items with their districts make a list too.
        # "huyện miền núi A Lưới", "xã biên giới X": a unit's kind between its type and name
        kind = _DISTRICT_KIND.match(art.folded, m.end())
        if kind and (not _NEXT_LETTER.match(art.text, kind.end()).group(1).isupper() or not art.text[m.end() : kind.end()].islower()):  # type: ignore[union-attr]
            kind = None  # "huyện miền núi có 5 xã": no name follows; "xã Bản Lầu": "Bản" is the name's
        name_at = kind.end() if kind else m.end()
        first = one_run(art, name_at)
        if first and not plural and _ASIDE_THEN_ITEM.match(art.text, first[1], first[1] + 100):
            listed = True
        if first and not plural and not listed:
            listed = _bare_list_follows(art, m.end(), level == "commune")
        after = name_at
        if plural:  # "gồm các xã: Ngọc Phái, Phương Viên …", "nhiều xã như A, B", "3 xã gồm: A, B"
            lead = _PLURAL_LEAD.match(art.text, after, after + 40)
            after = lead.end() if lead else after
        runs = name_runs(art, after, plural or listed)
        later = _LISTED_LATER.match(art.text, after) if plural and not runs and level == "commune" else None
        if later:  # ("Nhiều xã vùng cao đã áp dụng mô hình, như A, B, C": the list after what they did)
            runs = name_runs(art, later.end(), True)
        if not runs:
            out.append(Place(level, canonical, None, m.start(), m.end(), plural))
        for k, (s, e) in enumerate(runs):
            if level == "province" and k == len(runs) - 1:
                e = _dashed_end(art, s, e)
            name = art.text[s:e]
            if name.isdigit() or ROMAN.fullmatch(name):
                name = f"{canonical.capitalize()} {name}"  # the register names "Phường 4" in full
            # ("nhiều tỉnh Đồng bằng sông Cửu Long": a region's word, no province)
            known = not (level == "province" and art.gazetteer and " " not in name and not art.gazetteer.is_province(name))
            known = known and not (level != "commune" and fold(name) in MACRO_REGIONS)  # "các tỉnh Tây Nguyên"
            out.append(Place(level, canonical, name if known else None, m.start() if k == 0 and not later else s, e, plural))
    out += _committee_places(art)
    out += _counted_lists(art, out)
    found = _elided_units(art, sorted(out + _body_named_places(art, out), key=lambda p: p.start))
    return [_centrally_run(art, p) if p.level == "district" else p for p in found]


_PLURAL_LEAD = re.compile(r"\s*(?::|như(?= )|(?:bao )?gồm\s*:?|là\s*:)")
_LISTED_LATER = re.compile(r"[^.;:,\d]{1,60}?,\s*(?:như|gồm|là)\s*:?(?=\s+[A-ZĐ])")
_NEXT_LETTER = re.compile(r"\s*(.?)", re.DOTALL)  # the first character after the spaces (not a slice to the text's end)
_DISTRICT_KIND = re.compile(
    r"\s+(?:mien nui|vung cao|vung sau|bien gioi|ven bien|trung du|dong bang|ngheo|ban|lang gieng|lan can|dao|moi)(?=\s+\S)"
)  # "huyện miền núi X", "tỉnh bạn X", "tỉnh láng giềng X", "xã đảo X"


def _centrally_run(art: Article, p: Place) -> Place:
    """ "thành phố Hà Nội", "Thành ủy Cần Thơ": a city the register lists as a province only (a
    centrally run city) is the province, not a district."""
    if p.level == "district" and p.type == "Thành phố" and p.name and art.gazetteer.is_city_province(p.name):
        if _named_longer(art, p.name) and not art.after_reorganisation:
            return p  # "tỉnh Thừa Thiên Huế … thành phố Huế": the province's capital, before the city became one
        return replace(p, level="province")
    return p


def _named_longer(art: Article, city: str) -> bool:
    """Whether the text names a province by a longer name ending in *city*'s ("Thừa Thiên Huế",
    "Thừa Thiên - Huế"): the city was then that province's capital, a district (asked once per city and
    article: a text naming the city a thousand times is read once)."""
    key = ("named_longer", city)
    if key not in art.answers:
        art.answers[key] = _names_longer(art, city)
    return art.answers[key]


def _names_longer(art: Article, city: str) -> bool:
    """_named_longer, read."""
    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(city) + r"(?![^\W\d_])", art.text):
        before = re.sub(r"[ \u00a0]*[-–]?[ \u00a0]*$", "", art.text[max(0, m.start() - 30) : m.start()]).split()
        former = re.match(r"[ \u00a0]*\(cũ\)", art.text[m.end() : m.end() + 8]) is not None  # "Thừa Thiên Huế (cũ)": after it became one
        if before and before[-1][0].isupper() and fold(before[-1]) not in _NOT_NAME_PART and not former:
            return True
    return False


# words written capitalised before a city's name that are no part of a longer name ("Thành phố Huế", "TP. Huế")
_NOT_NAME_PART = {"pho", "tp", "tp.", "uy", "tinh", "thanh", "thi", "xa", "huyen", "quan", "o", "tai", "tu", "va", "cua", "ubnd", "hdnd"}


# "quận X đã có 3/14 phường …, gồm A, B và C", "Ba xã tiếp tục duy trì là A, B và C", "xã còn lại là
# A": names listed without a type word take the type of the units counted before them.
_COUNTED_NOUN = re.compile(
    r"\b(?:(?:\d+(?:\s*/\s*\d+)?|" + "|".join(NUMBER_WORDS) + r"|cac|nhung|so)\s+(xa|phuong|thi tran|don vi)"
    r"|(xa|phuong|thi tran|don vi)(?=\s+con lai\b))\b"
)
_COUNT_WORDS = tuple(w for w in NUMBER_WORDS if w != "mot")  # "một xã X" names one unit, no list
# "một xã (Hải Đông)"; "…, trong đó có A, B và C"
# ("… đã có 9 đơn vị, đạt 69,23%, như A, B, C": examples of the units counted)
_LIST_LEAD = re.compile(r"\b(?:bao gom|gom|la|nhu|trong do co|trong do|cung voi)\s*:?\s+(?=[^\W\d_])|\s*\(\s*(?=[^\W\d_])")


def _counted_lists(art: Article, typed: list[Place]) -> list[Place]:
    """Units named in a list after a count of their kind, with no type word of their own (each clause
    of a sentence on its own: "… 1 trong 2 xã …; xã còn lại là Phước Vinh")."""
    out = []
    for seg in art.sentences:
        start = seg.start
        while start < seg.end:
            semicolon = art.text.find(";", start, seg.end)
            end = semicolon if semicolon >= 0 else seg.end  # "…; tiếp đến là Yên Thế 9/21" is another item
            out += _listed_after_count(art, typed, start, end)
            start = end + 1
    return out


def _listed_after_count(art: Article, typed: list[Place], start: int, end: int) -> list[Place]:
    """The units a clause lists after its first count of them."""
    count = _COUNTED_NOUN.search(art.folded, start, end)
    if count is None:
        return []
    lead = next(
        (
            m
            for m in _LIST_LEAD.finditer(art.folded, count.end(), end)
            if art.text[m.end()].isupper() and not type_word_at(art, m.end())  # ("Phượng Sơn" folds like "phường")
        ),
        None,
    )
    if lead is None:
        return []
    key = count.group(1) or count.group(2)
    # "3 đơn vị là Thạnh Tây, Hòa Hiệp và …": units of no stated type are communes, the commonest kind
    canonical = LEVELS["commune"]["xa" if key == "don vi" else key]
    near = lead.start() - count.end() <= 30  # "huyện X có 3 xã là A, X và B": a commune named like its district
    out = []
    for s, e in name_runs(art, lead.end() - 1, True):
        if any(p.start <= s < p.end for p in typed) or art.text[s:e] in {p.name for p in typed if p.level == "commune" or not near}:
            continue
        if re.match(r"\s*(?:\(cũ\)\s*)?\(?\s*\d", art.text[e : e + 20]):
            continue  # "là Yên Thế 9/21", "là Hậu Giang (cũ) 73/75": a region with its own figure, not a unit
        out.append(Place("commune", canonical, art.text[s:e], s, e, True))
    return out


# "Bí thư Thành ủy Móng Cái kiêm Chủ tịch UBND thành phố NAME": after a body, the type word repeats a
# unit the sentence has named, and what follows it is the holder's name, not another unit.
_BODIES = ("ubnd", "hdnd", "uy ban nhan dan", "dang uy")  # (then spaces: read without a search per place)


def _elided_units(art: Article, places: list[Place]) -> list[Place]:
    """Places whose "name" is a person's, the unit itself being one named before in the sentence."""
    out = []
    named = NamedBefore(places)
    for p in places:
        if p.name and p.type and not p.plural and (w := art.folded[max(0, p.start - 20) : p.start])[-1:].isspace() and w.rstrip().endswith(_BODIES):
            words = p.name.split()
            sent = art.sentence_at(p.start)
            earlier = named.other_than(p.level, p.name, sent.start, p.start)
            name_start = art.text.find(p.name, p.start)
            # (asked only then: whether the name is typed elsewhere is a look-up of the whole text)
            if earlier and len(words) >= 3 and is_surname(words[0]) and not (
                typed_elsewhere(art, p.name, TYPE_RE, but=p.start) or art.gazetteer.is_unit(p.name)  # "xã A Mú Sung"
            ):
                out.append(Place(p.level, p.type, None, p.start, name_start - 1 if name_start > 0 else p.end))
                continue
        out.append(p)
    return out


# A Party committee named by its place ("Huyện ủy Cao Lộc") names a district or province.
_COMMITTEE_RE = re.compile(r"(?<![\w])(huyen uy|thanh uy|thi uy|quan uy|tinh uy|bao)(?![\w])")
_COMMITTEE_LEVEL = {
    "huyen uy": ("district", "Huyện"),
    "thanh uy": ("district", "Thành phố"),
    "thi uy": ("district", "Thị xã"),
    "quan uy": ("district", "Quận"),
    "tinh uy": ("province", "Tỉnh"),
    # "Báo Hà Tĩnh": provincial papers are named after their province.
    "bao": ("province", "Tỉnh"),
}


# "Theo Ban Tổ chức Huyện ủy Trần Văn Thời, …": a body of the committee, with no post before it, so
# what follows is the district's name even when it reads like a person's.
_BODY_BEFORE = re.compile(
    r"(?:^|\b(?:theo|cua|tai|va|voi|tu)\s+)(?:ban|van phong|uy ban kiem tra)(?:\s+[a-z]+){0,3}\s+$"
)


def _committee_places(art: Article) -> list[Place]:
    """Places named through their Party committee: "Tỉnh ủy Thái Bình" is the province."""
    out = []
    for m in _COMMITTEE_RE.finditer(art.folded):
        if m.group(1) == "bao" and art.text[m.start() : m.end()] != "Báo":
            continue  # "báo cáo", "báo chí", "Bảo Lâm": only the capitalised "Báo X" names a paper
        level, type_ = _COMMITTEE_LEVEL[m.group(1)]
        run = one_run(art, m.end())
        if run is None:
            continue
        words = art.text[run[0] : run[1]].split()
        body = _BODY_BEFORE.search(art.folded, max(0, m.start() - 40), m.start()) is not None
        if len(words) >= 3 and is_surname(words[0]) and not body and not typed_elsewhere(art, " ".join(words), TYPE_RE):
            continue  # "Thành ủy Trần Quốc Bảo chủ trì": a person after the committee, not a place
        cut = art.text[run[1] : run[1] + 1] in (" ", "\u00a0") and art.text[run[1] + 1 : run[1] + 2].isupper()  # a name went on
        if (len(words) >= 3 or cut) and is_surname(words[0]) and art.gazetteer and not any(is_registered(art, " ".join(words[:k])) for k in range(1, len(words) + 1)):
            continue  # "Phó Trưởng Ban Tổ chức Tỉnh ủy Thạch Thị Kim Liên": no province the register knows
        end = _dashed_end(art, run[0], run[1]) if level == "province" else run[1]
        out.append(Place(level, type_, art.text[run[0] : end], run[0], end))
    return out


# "tỉnh Thừa Thiên - Huế": a province written with a dash, its second half a name of its own
_DASH_TAIL = re.compile(r"[ \u00a0]*[-–][ \u00a0]*((?:[^\W\d_]+[ \u00a0]?){1,3})")


def _dashed_end(art: Article, s: int, e: int) -> int:
    """The end of a province's name read up to a dash, taken on past it when the whole is a province
    the register knows ("Thừa Thiên - Huế" is one province, not "Thừa Thiên" and "Huế")."""
    m = _DASH_TAIL.match(art.text, e)
    g = art.gazetteer
    if m is None or not g or g.is_province(art.text[s:e]):
        return e
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        tail = " ".join(words[:k])
        if all(w[0].isupper() for w in words[:k]) and (g.is_province(tail) or g.is_province(art.text[s:e] + " " + tail)):
            return m.start(1) + len(tail)
    return e


# A commune named straight after its body: "Chủ tịch UBND Hợp Thành", "Đảng ủy Tân Liên".
_BODY_NAMED_RE = re.compile(r"(?<![\w])(ubnd|hdnd|dang uy|uy ban nhan dan)(?=[ \u00a0][^\W\d_])")


def _body_named_places(art: Article, typed: list[Place]) -> list[Place]:
    """Communes named right after UBND/HĐND/Đảng ủy without a type word."""
    out = []
    for m in _BODY_NAMED_RE.finditer(art.folded):
        run = one_run(art, m.end())
        if run is None or any(p.start <= run[0] < p.end for p in typed):
            continue
        name = art.text[run[0] : run[1]]
        known = next((p for p in typed if p.name == name), None)
        if known is not None and known.level != "commune":
            continue
        out.append(Place("commune", known.type if known else "", name, run[0], run[1]))
    return out


_POST_START = re.compile(r"(?:" + "|".join(re.escape(k) for k in POSTS) + r"|dang|dong chi|ong|ba)\b")


def _bare_list_follows(art: Article, pos: int, commune: bool = False) -> bool:
    """Whether "xã A, B, C và D" follows *pos*: three or more names (no post, no person), the last
    after "và" (a single unit's type word then stands for the whole list); for a *commune*, also
    "xã A và B" when B is no region the register knows."""
    runs = name_runs(art, pos, True)
    if len(runs) < 2 or any(_POST_START.match(art.folded, s) for s, _ in runs[1:]):
        return False
    last_gap = art.folded[runs[-2][1] : runs[-1][0]]
    closes = _LIST_CLOSES.match(art.folded, runs[-1][1])
    if len(runs) == 2:  # "xã Quyết Tiến và Cán Tỷ", "Xã A, B cùng huyện …": two communes, unless the second is a
        last = art.text[runs[1][0] : runs[1][1]]  # known region ("xã A, huyện B") or a person's name
        person = is_surname(last.split()[0]) and len(last.split()) >= 3
        # (after a comma, only a commune the register knows: "xã Keo Lôm, Ban Thường vụ …" is no list)
        joined = re.fullmatch(r"\s+va\s+", last_gap) is not None or (
            re.fullmatch(r"\s*,\s*", last_gap) is not None and art.gazetteer.is_unit(last)
        )
        return commune and joined and not is_registered(art, last) and not person
    # ("xã A, B, C và thị trấn D (X); xã E, F, G (Y)": a list by district, each closed by its district)
    return bool(re.fullmatch(r"\s*(?:\([^)]{0,60}\))?\s*,?\s*va\s*", last_gap)) or (
        closes is not None and re.fullmatch(r"\s*,\s*", last_gap) is not None
    )


_LIST_CLOSES = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*(?:;|\.|,?\s*(?:va\s+)?(?:xa|phuong|thi tran)\s)|,?\s*va\s+(?:cac\s+)?(?:xa|phuong|thi tran)\s)"
)
