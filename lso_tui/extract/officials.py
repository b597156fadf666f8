"""Officials: person mentions merged by name, their unit resolved, and the both-posts test."""

from __future__ import annotations

import re
from collections import Counter

from lso_tui.extract.lexicon import (
    COMMUNE_BODIES,
    COMMUNE_PARTY,
    PEOPLES_COMMITTEE,
    UPPER_PARTY,
    VILLAGE_POSTS,
)
from lso_tui.extract.place_refs import lead_commune, resolve
from lso_tui.extract.places import Place
from lso_tui.extract.roles import PersonMention
from lso_tui.extract.spans import Article
from lso_tui.extract.titles import Title
from lso_tui.model.records import OfficialMention, Statement
from lso_tui.text import fold_key


def build_officials(art: Article, people: list[PersonMention], places: list[Place]) -> list[OfficialMention]:
    """One OfficialMention per titled person, in order of first appearance."""
    by_key: dict[str, OfficialMention] = {}
    posts: dict[str, tuple[set[str], set[str]]] = {}  # per person: where secretary, where chairman
    for pm in people:
        key = fold_key(pm.name)
        titles = pm.chain.titles
        if not titles and key not in by_key:
            continue  # a private citizen, or a name with no post in the text
        unit, unit_type, scope = _unit_of(titles, places, art)
        if titles and unit is not None and all(t.former for t in titles) and _moved_up(art, pm):
            unit = unit_type = None  # ("miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông A. … điều động ông A về … huyện")
        secretary, chairman = posts.setdefault(key, (set(), set()))
        _posts_held(titles, places, secretary, chairman, art)
        # Both posts may be named in one chain or across mentions ("được bầu làm Bí thư …",
        # later "ông được bầu giữ chức Chủ tịch UBND xã").
        concurrent = bool(secretary & chairman - {"?"}) or (bool(secretary & {"?", "?upper"}) and "?" in chairman) or _one_commune(secretary, chairman)
        src = art.source(pm.start, pm.chain.end if titles else pm.end)
        off = by_key.get(key)
        if off is None:
            off = OfficialMention(pm.name, [], unit, unit_type, None, concurrent, src, scope)
            by_key[key] = off
        for t in titles:
            if t.text not in off.titles:
                off.titles.append(t.text)
        moved = pm.moved and unit is not None  # (a later move names the commune held now)
        off.unit = unit if moved else off.unit or unit
        off.unit_type = unit_type if moved else off.unit_type or unit_type
        off.scope = off.scope or scope
        off.concurrent = off.concurrent or concurrent
        both = sorted(w.split(":", 1)[1] for w in secretary & chairman if w.startswith("commune:"))
        off.both_at = off.both_at or (both[0] if both else None)
        if concurrent and not _holds_both_source(off):
            off.source = src
        if off.body is None:
            off.body = next((t.body for t in titles if t.body), None)
        if pm.statement:
            s, e = pm.statement
            off.statements.append(Statement(art.text[s:e].strip(), art.source(s, e)))
    return list(by_key.values())


# "… điều động ông Chiến về nhận nhiệm vụ Phó Trưởng phòng …", "… được HĐND huyện bầu giữ chức Phó Chủ tịch
# UBND huyện", "do được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở …": a post above the commune taken
_TAKES_ABOVE = re.compile(r"\b(?:dieu dong|luan chuyen|bo nhiem|bau|de)\b[^.;]{0,50}?\b(?:nhan nhiem vu|nhan cong tac|giu chuc|lam)\s")


def _moved_up(art: Article, pm: PersonMention) -> bool:
    """Whether the person, whose posts here all ended, took one above the commune: said after the posts
    in their sentence, or in the next sentence, which names them again."""
    sent = art.sentence_at(pm.start)
    nxt = art.next_sentence(sent.end - 1)
    spans = [(pm.chain.end, sent.end)]
    if nxt.start > sent.start and pm.name.split()[-1] in art.text[nxt.start : nxt.end]:
        spans.append((nxt.start, nxt.end))
    for start, end in spans:
        for m in _TAKES_ABOVE.finditer(art.folded, start, end):
            if _ELSEWHERE.search(art.folded, m.end(), min(end, m.end() + 60)):
                return True
    return False


def _one_commune(secretary: set[str], chairman: set[str]) -> bool:
    """ "Bà X giữ chức Chủ tịch UBND xã từ năm 2006; …, bà được … bầu bổ sung làm Bí thư Đảng ủy": one
    post of a single commune, the other of a commune committee the text did not place again."""
    for unplaced, placed in ((secretary, chairman), (chairman, secretary)):
        if unplaced == {"?"} and len(placed) == 1 and next(iter(placed)).startswith("commune:"):
            return True
    return False


def _holds_both_source(off: OfficialMention) -> bool:
    """Whether the recorded source already shows both posts (so a later mention doesn't replace it)."""
    return off.concurrent and "Chủ tịch" in off.source.quote


def title_place(title: Title, places: list[Place], art: Article | None = None) -> Place | None:
    """The named place a title is of: its own; for a bare "xã", the one its sentence named before
    it, else the commune the article is about (named at least twice and more often than any other),
    else the nearest named one."""
    if title.place is None:
        return None
    if title.place.name:
        return title.place
    near = resolve(places, title.place.start, title.place.level, title.place.type)
    if art is not None and title.place.level == "commune":
        # (the sentence's own lead, else a commune its sentence names before the title — "Xã A cũng bố
        # trí bà X, Bí thư Đảng ủy xã" in a paragraph led by "Ở B," — else the paragraph's lead)
        led = lead_commune(art, places, title.place.start, paragraph=False)
        if led is None and near is not None and near.name and art.sentence_at(title.place.start).start <= near.start:
            return near
        led = led or lead_commune(art, places, title.place.start)
        if led is not None:
            return led
    # ("… ở xã Trường Tây, ông X … Từ tháng 7/2021, ông vừa là …, vừa là Chủ tịch UBND xã": the paragraph's;
    # a former unit, "xã Phước Sơn (cũ)" or one merged "trên cơ sở nhập các xã …", is no longer what a
    # bare "xã" names unless its own sentence names it)
    if (
        art is not None
        and near is not None
        and near.start >= _paragraph_start(art, title.place.start)
        and (near.start >= art.sentence_at(title.place.start).start or not _merged_away(art, near))
    ):
        return near
    main = main_commune(places, art) if title.place.level == "commune" else None
    if main is not None and (not title.place.type or main.type == title.place.type):
        return main
    return near


# The post given up for one elsewhere: "… để ông nhận công tác tại Sở Nội vụ", "… do được điều động nhận
# nhiệm vụ Phó Chánh Văn phòng Huyện ủy", "thay ông A được điều động về làm …"
# (the new post of a body above the commune: "… nhận nhiệm vụ Trưởng phòng Nội vụ huyện", "… Sở Tài chính")
_ELSEWHERE = re.compile(r"\b(?:huyen uy|thanh uy|tinh uy|so|phong|van phong|huyen|tinh|thanh pho|quan|thi xa)\b")
_LEFT_FOR = re.compile(
    r"\b(?:de(?:\s+(?:ong|ba))?\s+(?:nhan (?:cong tac|nhiem vu)(?! moi(?! la))|giu chuc)|duoc dieu dong(?:\s+ve)?\s+(?:nhan (?:cong tac|nhiem vu)(?! moi(?! la))|giu chuc|lam))\b"
)
# Posts no commune has: a man moved to one ("…, Chủ tịch UBND xã, được điều động về làm Phó Trưởng phòng
# Nội vụ huyện") has left the commune.
_ABOVE_COMMUNE = frozenset(
    {"Trưởng phòng", "Phó Trưởng phòng", "Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Bộ trưởng", "Thứ trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Cục trưởng", "Phó Cục trưởng"}
)
_FORMER_AFTER = re.compile(r"\s*\(cu\)")


def _said(text: str, name: str) -> int:
    """How often *name* stands alone in *text* (not inside a longer name: "Vĩnh Hậu" in "Vĩnh Hậu A")."""
    found = 0
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        after, before = text[m.end() : m.end() + 3], text[max(0, m.start() - 3) : m.start()]
        longer_after = re.match(r"[ \u00a0]\w", after) is not None and after[1:2].isupper()
        longer_before = re.search(r"\w[ \u00a0]$", before) is not None and before[-2:-1].isupper()
        former = text.startswith(" (cũ)", m.end())  # ("xã Ea Drơng (cũ)": a former unit, not the one the text is about)
        found += not longer_after and not longer_before and not former
    return found


def main_commune(places: list[Place], art: Article | None = None) -> Place | None:
    """The commune-level unit an article is about: named at least twice, and more than any other (a
    former unit, "xã X (cũ)", is not what the article is about now); found once per article and list
    of places (every bare "xã" of a title asks, and each asking reads the whole text per commune)."""
    if art is not None and art.main_commune is not None and art.main_commune[0] is places:
        return art.main_commune[1]  # type: ignore[no-any-return]
    found = _main_commune(places, art)
    if art is not None:
        art.main_commune = (places, found)
    return found


def _main_commune(places: list[Place], art: Article | None) -> Place | None:
    """main_commune, found."""
    named = [p for p in places if p.level == "commune" and p.name and not (art and _FORMER_AFTER.match(art.folded, p.end))]
    counts = Counter(p.name for p in named)
    if art is not None:
        # ("Người "hai vai" ở Gia Vân", "khi tỉnh chọn Gia Vân làm điểm": its name said bare counts too)
        counts = Counter({n: max(c, _said(art.text, n or "")) for n, c in counts.items()})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return next(p for p in named if p.name == ranked[0][0])


def _chain_places(titles: list[Title], places: list[Place], art: Article) -> list[Place | None]:
    """Each title's place; a title with none takes the place named later in the chain."""
    own = [title_place(t, places, art) for t in titles]
    out: list[Place | None] = []
    for i, t in enumerate(titles):
        place = own[i]
        if place is None:
            # "Bí thư Huyện ủy, Chủ tịch UBND huyện X": a committee above the commune takes the
            # next place of its own level; a commune post takes the next place named.
            level = UPPER_PARTY.get(t.body or "")
            place = next(
                (p for p in own[i + 1 :] if p is not None and (level is None or p.level == level)), None
            )
            if place is None and level is None and t.post not in _ABOVE_COMMUNE:
                # "NAME, Chủ tịch UBND thị trấn, được … bầu giữ chức Bí thư Đảng ủy": a commune post
                # taken last is of the commune named before it in the chain
                place = next((p for p in reversed(out) if p is not None and p.level == "commune"), None)
        out.append(place)
    return out


def _unit_of(
    titles: list[Title], places: list[Place], art: Article
) -> tuple[str | None, str | None, str | None]:
    """(commune name, its type, the district-level scope) the titles belong to: the posts held now
    ("nguyên …" and what comes before "nay là …" are not), else the former ones."""
    unit = unit_type = scope = None
    # (the sentence is searched only for a person with a post given up: most have none)
    left = _LEFT_FOR.search(art.folded, art.sentence_at(titles[0].start).start, art.sentence_at(titles[-1].start).end) if any(t.former for t in titles) else None
    if left and _ELSEWHERE.search(art.folded, left.end(), left.end() + 60):
        return None, None, None  # ("miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông A để ông nhận công tác tại Sở …")
    pairs = list(zip(titles, _chain_places(titles, places, art), strict=True))
    pairs = [(t, p) for t, p in pairs if not t.former] or pairs
    for t, place in pairs:
        if place is not None and place.level == "commune" and unit is None:
            unit, unit_type = place.name, place.type
        elif place is not None and place.level == "district" and scope is None:
            scope = f"{place.type} {place.name}"
        elif t.body in UPPER_PARTY and scope is None:
            upper = resolve(places, t.start, UPPER_PARTY[t.body])
            scope = f"{upper.type} {upper.name}" if upper else None
    bare = [t for t, _ in pairs if t.body in COMMUNE_BODIES and t.place is None]
    if unit is None and scope is None and bare:
        # "Phó Bí thư Thường trực Đảng ủy" with no unit: the commune its sentence named before it,
        # else the commune the article is about.
        near = resolve(places, bare[0].start, "commune")
        # (its paragraph's: "Xã Tông Lạnh từng … Hiện ông X là Bí thư Đảng ủy, còn ông Y …")
        # (not a former one: "… ở Hoàn Lão và xã Đồng Trạch (cũ), …. Nay …, Phó Bí thư Đảng ủy")
        same = near is not None and near.start >= _paragraph_start(art, bare[0].start) and (
            near.start >= art.sentence_at(bare[0].start).start or not _merged_away(art, near)
        )
        # (else the paragraph's lead, "Ở Đắk Kôi, … còn Phó Bí thư Đảng ủy Y Hlen …", else the article's)
        home = near if same else lead_commune(art, places, bare[0].start) or main_commune(places, art)
        if home is not None:
            unit, unit_type = home.name, home.type
    village = next((t for t in titles if t.post in VILLAGE_POSTS), None)
    if unit is None and village is not None:
        # A village post belongs to the commune around it: the one its paragraph last named, else the
        # article's ("… thị trấn Hát Lót. ¶ … ông A, Bí thư Chi bộ kiêm Trưởng bản": the commune the text is about)
        home = resolve(places, village.start, "commune")
        main = main_commune(places, art) if home is None or home.start < _paragraph_start(art, village.start) else None
        if main is not None and main.name and not art.gazetteer.level(main.name):
            home = main  # (not a town named like its district, "Đắk Hà": the district's name is said more)
        if home is not None:
            unit, unit_type = home.name, home.type
    return unit, unit_type, scope


def _posts_held(
    titles: list[Title], places: list[Place], secretary: set[str], chairman: set[str], art: Article
) -> None:
    """Add where each title makes its holder the Party secretary or the UBND chairman ("?" = unnamed).

    A Phó Bí thư, a Bí thư Chi bộ and a Chủ tịch HĐND hold neither of the two posts.
    """
    for t, place in zip(titles, _chain_places(titles, places, art), strict=True):
        where = f"{place.level}:{place.name}" if place else "?"
        if t.post == "Bí thư" and t.body in (None, COMMUNE_PARTY, *UPPER_PARTY):
            # (an unplaced "Bí thư Huyện ủy" is no commune's secretary)
            secretary.add("?upper" if where == "?" and t.body in UPPER_PARTY else where)
        if t.post == "Chủ tịch" and t.body == PEOPLES_COMMITTEE:
            chairman.add(where)


def _paragraph_start(art: Article, pos: int) -> int:
    """Where the paragraph holding *pos* starts (its sentence's start when outside any paragraph)."""
    index = art.paragraph_index(pos)
    return art.paragraphs[index].start if index is not None else art.sentence_at(pos).start


_FORMER = re.compile(r"\s*\(\s*cũ\s*\)")
_MERGER = re.compile(r"\b(?:tren co so|sap xep|sap nhap|hop nhat|nhap)\b")


def _merged_away(art: Article, place: Place) -> bool:
    """Whether *place* is named as a former unit: "(cũ)" after it, or a merger in its sentence."""
    if _FORMER.match(art.text, place.end):
        return True
    sentence = art.sentence_at(place.start)
    return _MERGER.search(art.folded, sentence.start, sentence.end) is not None
