"""Posts a person is given by what surrounds their name rather than by a title chain after it: the
heading of a directory page ("ỦY BAN NHÂN DÂN XÃ" over "+ Đồng chí NAME – Chủ tịch"), and phrases
that say one person holds both posts ("giữ cả hai chức danh", "vừa lo công tác Đảng, vừa điều hành
UBND xã", "đảm nhận cùng lúc hai cương vị Bí thư … và Chủ tịch …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lso_tui.extract.lexicon import COMMUNE_TYPES
from lso_tui.extract.place_refs import lead_commune
from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article
from lso_tui.extract.titles import POST_RE, Chain, Title, parse_chain


@dataclass
class PersonMention:
    """A person's name at one place, with the title chain that describes them there."""

    name: str
    start: int
    end: int
    chain: Chain
    statement: tuple[int, int] | None = None
    moved: bool = False  # the posts were taken on a move ("ông được điều động về giữ chức …"): held now


# A directory page: "ỦY BAN NHÂN DÂN XÃ" over "+ Đồng chí NAME – Chủ tịch": the heading names the
# body of the bare posts listed under it, and a commune-level heading ("… XÃ") their unit.
_HEADING_BODIES = (
    ("uy ban mttq", "Ủy ban MTTQ"), ("mat tran to quoc", "Ủy ban MTTQ"), ("uy ban nhan dan", "UBND"),
    ("ubnd", "UBND"), ("hoi dong nhan dan", "HĐND"), ("hdnd", "HĐND"), ("dang uy", "Đảng ủy"),
)  # fmt: skip
_LIST_LINE = re.compile(r"[ \t]*(?:[+•*-]|\d{1,2}[.)])[ \t]")
_HEADING_UP = 12
"""How many lines above a list line its heading may be."""


def bodies_from_headings(art: Article, people: list[PersonMention]) -> None:
    """Give the bare posts of a directory line the body (and commune) its heading names."""
    for pm in people:
        titles = pm.chain.titles
        if not titles or any(t.body or t.place for t in titles):
            continue
        line_start = art.text.rfind("\n", 0, pm.start) + 1
        if not _LIST_LINE.match(art.text, line_start):
            continue
        heading = _heading_above(art, line_start)
        if heading is None:
            continue
        body = next((b for key, b in _HEADING_BODIES if re.search(rf"\b{key}\b", heading)), None)
        if body is None:
            continue
        commune = re.search(r"\b(?:xa|phuong|thi tran|dac khu)\s*$", heading)
        for t in titles:
            t.body = body
            if commune is not None:
                t.place = Place("commune", COMMUNE_TYPES[commune.group(0).strip()], None, t.end, t.end)


def _heading_above(art: Article, line_start: int) -> str | None:
    """The folded text of the nearest line above that is written in capitals (a section heading)."""
    end = line_start - 1
    for _ in range(_HEADING_UP):
        if end <= 0:
            return None
        start = art.text.rfind("\n", 0, end) + 1
        line = art.text[start:end].strip()
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) >= 4:
            return art.folded[start:end].strip()
        end = start - 1
    return None


# "ông X giữ cả hai chức danh", "Người đảm đương vị trí này là ông X": both posts, said without
# naming them, of the commune the sentence (or the one before) is about.
_DUAL = re.compile(
    r"\b(?:giu|dam nhan|dam nhiem|dam duong|kiem|nam|ganh|gach)\s+(?:ca\s+|cung luc\s+|dong thoi\s+)?(?:hai|2)\s+"
    r"(?:chuc danh|vai tro|vai|chuc vu|cuong vi)\b"
    r"|\bnguoi\s+(?:dam duong|dam nhan|dam nhiem|giu)\s+(?:(?:vi tri|cuong vi|chuc danh|hai vai)\s+(?:nay|do|ay)\s+)?la\b"  # ("Người đảm nhận là ông X.")
    # "người đứng đầu cả Đảng ủy lẫn chính quyền là ông X": the head of both bodies
    r"|\bnguoi\s+dung dau\s+(?:ca\s+)?(?:dang uy|cap uy)\s+(?:lan|va)\s+(?:ubnd|uy ban(?: nhan dan)?|chinh quyen)"
    r"(?:\s+(?:xa|phuong|thi tran))?\s+la\b"
    # "vừa lo công tác Đảng, vừa trực tiếp điều hành UBND xã": the two roles said as what one does.
    r"|\bvua\s+(?:[a-z]+\s+){0,4}?(?:cong tac (?:xay dung )?dang|dang uy|cap uy|to chuc dang)\b[^.;]{0,40}?"
    r"\bvua\s+(?:[a-z]+\s+){0,3}?(?:dieu hanh|dung dau|quan ly|lanh dao|chi dao)\s+(?:ubnd|uy ban|chinh quyen)\b"
)


def dual_roles(art: Article, places: list[Place], people: list[PersonMention]) -> None:
    """Give the person a dual-role phrase speaks of both posts, when no posts were named for them."""
    for m in _DUAL.finditer(art.folded):
        if _HYPOTHETICAL.search(art.folded, max(0, m.start() - 40), m.start()):
            continue  # "cần thời gian chuẩn bị người đủ sức đảm đương cả hai chức danh": no one yet
        sent = art.sentence_at(m.start())
        near = [p for p in people if sent.start <= p.start < sent.end and _may_hold_both(p.chain)]
        before = [p for p in near if p.end <= m.start()]
        after = [p for p in near if p.start >= m.end()]
        # "Người đảm nhận cùng lúc hai cương vị … là bà X": the person follows the phrase.
        introduced = m.group(0).startswith("nguoi") or art.folded.startswith("nguoi ", max(0, m.start() - 6))
        # (not an aside after the name: "Ông A, người giữ hai chức danh ấy suốt nhiệm kỳ trước, nay là …")
        introduced = introduced and not (before and re.fullmatch(r"\s*,\s*(?:nguoi\s+)?", art.folded[before[-1].end : m.start()]))
        person = before[-1] if before and not introduced else (after[0] if after else None)
        if person is None:
            continue
        named = _posts_named_after(art, places, m.end())
        if named is not None:  # "đảm nhận cùng lúc hai cương vị Bí thư Thành ủy và Chủ tịch UBND thành phố"
            person.chain = Chain(person.chain.titles + named.titles, person.chain.start or m.start(), named.end)
            continue
        prior = art.sentence_at(max(0, sent.start - 2))
        communes = [p for p in places if p.level == "commune" and p.name and prior.start <= p.start < m.start()]
        led = lead_commune(art, places, m.start())  # "Ở Đình Phong, người gánh cả hai vai … là ông X"
        if not communes and led is None:
            # "… có Bí thư Huyện ủy đồng thời là Chủ tịch UBND huyện. Ông X đảm nhiệm cả hai cương vị
            # này …": the two district posts the sentence before named
            if _DISTRICT_PAIR.search(art.folded, prior.start, m.start()) is not None:
                upper = [
                    Title("Bí thư", "Huyện ủy", None, m.start(), m.end(), "Bí thư Huyện ủy"),
                    Title("Chủ tịch", "UBND", None, m.start(), m.end(), "Chủ tịch UBND"),
                ]
                person.chain = Chain(person.chain.titles + upper, person.chain.start or m.start(), max(person.chain.end, m.end()))
            continue
        unit = led or communes[-1]
        both = [
            Title("Bí thư", "Đảng ủy", unit, m.start(), m.end(), "Bí thư Đảng ủy"),
            Title("Chủ tịch", "UBND", unit, m.start(), m.end(), "Chủ tịch UBND"),
        ]
        # An aside may have given them one post already ("…, người từng làm Chủ tịch UBND xã, nay
        # giữ cả hai chức danh"): the phrase adds both.
        person.chain = Chain(person.chain.titles + both, person.chain.start or m.start(), max(person.chain.end, m.end()))


_DISTRICT_PAIR = re.compile(
    r"\bbi thu (?:huyen uy|thanh uy|thi uy|quan uy)\b[^.;]{0,30}?\b(?:dong thoi|kiem|va)\b[^.;]{0,10}?"
    r"\bchu tich (?:ubnd|uy ban nhan dan) (?:huyen|thanh pho|thi xa|quan)\b"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:du suc|du kha nang|du nang luc|(?:chuan bi|tim|dao tao|chua co|khong co)\s+(?:duoc\s+)?(?:nguoi|can bo))\b[^.;]*$"
)


def _posts_named_after(art: Article, places: list[Place], pos: int) -> Chain | None:
    """The two posts a dual-role phrase names right after it, when it names both."""
    gap = re.match(r"\s*:?\s*(?:la\s+)?", art.folded[pos : pos + 20])
    start = pos + (gap.end() if gap else 0)
    if not POST_RE.match(art.folded, start):
        return None
    chain = parse_chain(art, start, art.sentence_at(start).end, places)
    posts = {(t.post, t.body) for t in chain.titles}
    has_both = any(p == "Bí thư" for p, _ in posts) and any(p == "Chủ tịch" and b == "UBND" for p, b in posts)
    return chain if has_both else None


def _may_hold_both(chain: Chain) -> bool:
    """Whether a dual-role phrase may be about a person with this chain: no post yet, or one of the
    two posts (not as a deputy secretary who chairs the UBND)."""
    posts = {(t.post, t.body) for t in chain.titles}
    if ("Chủ tịch", "UBND") in posts and any(t.text.startswith("Phó Bí thư") for t in chain.titles):
        return False  # the usual pair of two people: the deputy secretary chairs the UBND
    return not (any(p == "Bí thư" for p, _ in posts) and ("Chủ tịch", "UBND") in posts)


# "người được bầu giữ chức Chủ tịch UBND xã là ông X, Bí thư Đảng ủy xã": the post, then who took it.
_TAKER = re.compile(
    r"\bnguoi\s+(?:vua\s+|moi\s+)?(?:duoc\s+)?(?:bau|bo nhiem|chi dinh|giao|phan cong)\s+(?:giu chuc|lam|vao chuc)\s+"
)
_IS_VERB = re.compile(r"\s+la\s+")
_IS_PERSON = re.compile(r"\s*la\s+(?:(?:ong|ba|anh|chi|dong chi)\s+)?")


def introduced_posts(art: Article, places: list[Place], people: list[PersonMention]) -> None:
    """Give the person named after "người được bầu giữ chức POST là" that post."""
    for m in _TAKER.finditer(art.folded):
        if not POST_RE.match(art.folded, m.end()):
            continue
        sent = art.sentence_at(m.start())
        verb = _IS_VERB.search(art.folded, m.end(), sent.end)
        if verb is None:
            continue
        chain = parse_chain(art, m.end(), verb.start(), places)
        named = _IS_PERSON.match(art.folded, verb.start()) if chain.titles else None
        person = next((p for p in people if named is not None and p.start == named.end()), None)
        if person is not None:
            person.chain = Chain(chain.titles + person.chain.titles, m.start(), max(person.chain.end, chain.end))
