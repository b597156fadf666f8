"""Posts a person takes after those said at the name: "NAME, nguyên …, được điều động về làm Bí thư …
và được bầu giữ chức Chủ tịch UBND xã"."""

from __future__ import annotations

import re

from lso_tui.extract.lexicon import COMMUNE_BODIES
from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article
from lso_tui.extract.titles import POST_RE, Chain, Title, parse_chain

# "… được bầu làm Bí thư", "… được HĐND xã tín nhiệm bầu giữ chức Chủ tịch UBND xã"
TAKES_POST = (
    r"(?:\s+duoc)?(?:\s+ban (?:chap hanh|thuong vu)(?:\s+(?:dang bo|huyen uy|tinh uy|thanh uy|dang uy))?)?(?:\s+[a-z0-9/]+){0,7}?"
    # ("… được Ban Thường vụ Huyện ủy X điều động về xã B giữ chức Bí thư …": the move before the post)
    r"(?:\s+(?:dieu dong|luan chuyen|tang cuong)\s+(?:ve|den|sang)\s+(?:xa|phuong|thi tran)(?:\s+[a-z]+){1,3}?)?"
    # ("… được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư …")
    r"(?:\s*,?\s*(?:chi dinh\s+)?tham gia\s+ban chap hanh(?:\s*,\s*ban thuong vu)?(?:\s+dang uy(?:\s+(?:xa|phuong|thi tran))?)?\s+va)?"
    r"\s+(?:bau\s+(?:bo sung\s+)?|bo nhiem\s+|phan cong\s+)?"
    r"(?:giu chuc|giu them chuc|them chuc|giu(?=\s+(?:cuong vi|chuc vu|chuc danh))|lam|kiem nhiem|kiem luon(?: chuc)?|kiem|dam nhan|dam nhiem|dam duong|(?:tai\s+)?dac cu|tai cu|trung cu|vua la)(?:\s+them)?"
    r"(?:\s+chuc danh|\s+chuc vu|\s+nhiem vu|\s+cuong vi|\s+chuc(?= (?:bi thu|chu tich|pho)))?\s+"  # ("đảm nhận chức Bí thư …")
)
ELECTED = re.compile(TAKES_POST)
PLANNED = re.compile(r"\b(?:se|du kien|gioi thieu de|chuan bi|de nghi|chua|khong|xem xet)\b")  # (and "chưa sẵn sàng kiêm thêm chức …": not taken)
PLANNED_BEFORE = re.compile(r"\b(?:se|du kien)\s+(?:gioi thieu|de nghi|bau|dua)\b")
_GAP = re.compile(
    r"\s*(?:\([^)]{0,40}\))?\s*(?:nhiem ky\s+[^,.;()]{1,12}?\s*(?=,))?\s*,?"
    r"(?:\s*(?:(?:hoi|vao|tu|cuoi|dau|giua)\s+)?(?:thang|nam|ngay)\s+[\d/]+(?=\s))?"  # "…, hồi tháng 3 được …"
    r"(?:\s*(?:tai|trong)\s+(?:dai hoi|ky hop|hoi nghi)[^,.;]{0,30}?(?=\s+duoc\s))?"  # ("…, tại đại hội vừa qua được … bầu làm …")
)
_NOW_IS = re.compile(r"\s*(?:nay|hien(?: nay)?|hien dang)\s+(?:la|giu chuc|lam)\s+")  # ("…, hiện là Bí thư …")
_ONCE = re.compile(r"\s*(?:nguoi\s+)?(?:tung|truoc day|truoc do|nguyen)\s+(?:la|giu chuc|lam)\s+")  # ("…, người từng là …")
# ("… giữ chức Bí thư Đảng ủy, đồng thời tiếp tục là Chủ tịch UBND xã"; "… Bí thư với 14/15 phiếu, đồng thời …")
AND_ALSO = re.compile(r"(?:\s+voi\s+[\d/]+\s+(?:phieu|so phieu)[^,.;:]{0,12})?(?:\s*,)?[^,.;:]{0,24}?\s(?:va|dong thoi)\s+(?:(?:tiep tuc|van|cung|kiem)\s+)?(?:la|giu chuc|kiem|lam)\s+")
_SENT_BEFORE = re.compile(r"\b(?:dieu dong|luan chuyen)\s+(?:dong chi|ong|ba|d/c)\s+[^,.;:]{1,40}$")
_MOVE = r"(?:dieu dong|luan chuyen|tang cuong)\s+(?:ve|den|sang)\s+"  # "điều động về …"
_TO = re.compile(r"\b" + _MOVE + r"(?=(?:xa|phuong|thi tran)\s)")
GIVEN_UP = re.compile(r"\s*\bthoi\s+(?:giu\s+)?chuc\b")  # "thôi giữ chức": a post given up
TRANSFER = re.compile(r"\b(?:dieu dong|luan chuyen|chuyen cong tac|bo nhiem)\b")
# ("NAME, nguyên Phó Chủ tịch UBND xã A, được điều động về B, được HĐND xã bầu làm …": the move, then the post)
_MOVED = re.compile(r"\s*(?:duoc\s+)?" + _MOVE + r"(?:(?:xa|phuong|thi tran)\s+)?([^,.;:]{1,40}?)\s*,")
# ("… làm Bí thư Đảng ủy xã và tại kỳ họp thứ nhất được bầu giữ chức Chủ tịch UBND xã với 23/25 phiếu";
# "… bầu làm Chủ tịch UBND với 24/25 đại biểu tán thành, sau đó được chỉ định làm Bí thư Đảng ủy xã")
_THEN = re.compile(
    r"(?:\s+voi\s+[\d/]+\s+(?:phieu|so phieu|dai bieu)[^,.;:]{0,20})?(?:\s+tu\s+(?:nam|thang)\s+[\d/]+)?\s*,?\s*(?:va|roi|sau do|va sau do|,)(?=\s)"
    r"(?:\s+(?:sau do|tiep do|den|tu|vao)(?=\s))?(?=\s+(?:tai|trong|den|duoc|sau|vao|tu|thang|nam|ngay|hdnd|ban|bau|chi dinh))"
    + TAKES_POST
)


def posts_taken_after(art: Article, chain: Chain, name_end: int, limit: int, places: list[Place]) -> Chain:
    """*chain* (the posts at a name ending at *name_end*) with the posts its holder took after them in
    the same sentence; the posts left on a transfer are marked former."""
    if not chain.titles:
        return chain
    sent = art.sentence_at(name_end)
    # ("… quyết định điều động đồng chí NAME, Phó Bí thư …, Chủ tịch UBND xã A, về giữ chức Bí thư Đảng ủy xã B")
    sent_before = _SENT_BEFORE.search(art.folded, max(sent.start, name_end - 80), name_end) is not None
    if sent_before:
        _left_on_transfer(art, chain)
    # "bà NAME, nguyên Bí thư Quận ủy quận 3 (cũ), được chỉ định giữ chức Bí thư Đảng ủy …": the
    # posts taken after the former ones are the person's too.
    # ("NAME, Chủ tịch UBND xã nhiệm kỳ trước, hồi tháng 3 được … bầu bổ sung làm Bí thư Đảng ủy")
    gap = _GAP.match(art.folded, chain.end)
    # "NAME, Phó Bí thư …, Chủ tịch UBND xã X, từng là Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn Y"
    taken = (_ONCE.match(art.folded, gap.end()) or ELECTED.match(art.folded, gap.end())) if gap else None
    # ("NAME, nguyên Bí thư …, Chủ tịch UBND xã A (huyện X cũ), nay là Phó Bí thư Đảng ủy xã B")
    now = _NOW_IS.match(art.folded, gap.end()) if gap and not taken else None
    taken = taken or now
    moved = _MOVED.match(art.folded, gap.end()) if gap and not taken else None
    if moved:
        taken = ELECTED.match(art.folded, moved.end())
    this_post = _THIS_POST.match(art.folded, chain.end)
    if this_post:
        # ("… cho bà A thôi giữ chức Chủ tịch UBND xã … và bầu ông B, Bí thư Đảng ủy xã, kiêm nhiệm chức danh
        # này": the post its sentence named last before the person)
        named = list(POST_RE.finditer(art.folded, sent.start, chain.start))
        posts = parse_chain(art, named[-1].start(), chain.start, places) if named else Chain()
        for t in posts.titles:
            t.former = False
        return Chain(chain.titles + posts.titles[:1], chain.start, this_post.end())
    if not taken:
        # "… giữ chức Bí thư Đảng ủy phường nhiệm kỳ mới và tiếp tục là Chủ tịch UBND phường"
        taken = AND_ALSO.match(art.folded, chain.end)
    if not taken:
        # ("ông A làm Bí thư Đảng ủy từ năm 2011, đến tháng 3/2013 được HĐND xã bầu thêm chức Chủ tịch UBND
        # xã"; not when someone else is named between: "…, đến năm 2015 ông B được bầu làm …")
        then = _THEN.match(art.folded, chain.end)
        taken = then if then and not _SOMEONE.search(art.text, chain.end, then.end()) else None
    # (not "huyện sẽ giới thiệu ông NAME, Bí thư Đảng ủy xã, để HĐND xã bầu làm Chủ tịch UBND xã")
    planned = PLANNED.search(art.folded, chain.end, taken.end()) or PLANNED_BEFORE.search(art.folded, art.sentence_at(name_end).start, name_end) if taken else None
    if not taken or not POST_RE.match(art.folded, taken.end()) or planned:
        return chain
    transferred = now is not None or sent_before or TRANSFER.search(art.folded, chain.end, taken.end()) is not None
    if transferred:
        for t in chain.titles:
            t.former = True  # "NAME, Chủ tịch UBND xã A, được luân chuyển giữ chức Bí thư … xã B": A is left
    more = parse_chain(art, taken.end(), limit, places)
    if GIVEN_UP.search(art.folded, taken.start(), taken.end()):
        for t in more.titles:
            t.former = True  # ("NAME, Phó Bí thư Đảng ủy xã, thôi giữ chức Chủ tịch UBND xã …": given up)
    chain = Chain(chain.titles + more.titles, chain.start, more.end or chain.end)
    taken_from = len(chain.titles) - len(more.titles)
    while more.titles:  # each step takes a post further on in the sentence
        then = _THEN.match(art.folded, chain.end)
        if then is None or not POST_RE.match(art.folded, then.end()) or PLANNED.search(art.folded, chain.end, then.end()):
            break
        more = parse_chain(art, then.end(), limit, places)
        chain = Chain(chain.titles + more.titles, chain.start, more.end or chain.end)
    if transferred:
        # ("Ở xã B, ông NAME, nguyên Bí thư Đảng ủy xã A, được điều động về làm Bí thư Đảng ủy xã …")
        lead = _LEAD.match(art.text, sent.start)
        dest = art.text[moved.start(1) : moved.end(1)] if moved else lead.group(1) if lead and lead.end() < name_end else None
        # ("…, được điều động về xã B giữ chức Bí thư Đảng ủy": the commune named in the move)
        to = _TO.search(art.folded, gap.end() if gap else chain.end, taken.end()) if not moved else None
        named_to = next((p.name for p in places if to and p.level == "commune" and p.name and p.start == to.end()), None)
        _posts_of(art, chain.titles[taken_from:], named_to or dest, places)
    return chain


def _left_on_transfer(art: Article, chain: Chain) -> None:
    """The posts before "… giữ chức" in one chain of a person sent elsewhere are those left."""
    for i in range(len(chain.titles) - 1, 0, -1):
        if _TAKES_NEXT.search(art.folded, chain.titles[i - 1].end, chain.titles[i].start):
            for t in chain.titles[:i]:
                t.former = True
            return


_THIS_POST = re.compile(r"\s*,?\s*(?:kiem nhiem|kiem|dam nhiem|giu)\s+(?:chuc danh|chuc vu|cuong vi)\s+(?:nay|do|tren)\b")
_SOMEONE = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|đồng chí)\s+[A-ZĐ]")
_TAKES_NEXT = re.compile(r"\b(?:giu chuc|lam)\b")
_LEAD = re.compile(r"\s*(?:[Tt]ại|[Ởở])\s+(?:xã|phường|thị trấn)\s+([^\W\d_]+(?: [^\W\d_]+){0,3}),")


def _posts_of(art: Article, titles: list[Title], name: str | None, places: list[Place]) -> None:
    """The commune posts named bare that a person took on a transfer are those of the commune *name*
    ("được điều động về B, …", "Ở xã B, NAME, … được điều động về làm …"), when the text names it a
    commune."""
    dest = next((p for p in places if p.level == "commune" and p.name == name), None) if name else None
    if dest is None:
        return
    for t in titles:
        if (t.place is None and t.body in COMMUNE_BODIES) or (t.place is not None and not t.place.name and t.place.level == "commune"):
            t.place = dest
