"""Named people and the title chains around them ("Đồng chí NAME, TITLE…" and "TITLE … NAME")."""

from __future__ import annotations

import re
from bisect import bisect_left

from lso_tui.extract.given_names import given_name_mentions
from lso_tui.extract.lexicon import HONORIFICS, SPEECH_VERBS
from lso_tui.extract.lookups import clause_start_before, ended_within, post_word_within
from lso_tui.extract.named_places import listed_with_places
from lso_tui.extract.names import is_surname, one_word_name, person_start
from lso_tui.extract.nicknames import with_nicknames
from lso_tui.extract.place_index import place_index
from lso_tui.extract.places import Place
from lso_tui.extract.registered_runs import is_registered
from lso_tui.extract.roles import PersonMention, bodies_from_headings, dual_roles, introduced_posts
from lso_tui.extract.spans import Article, Covered
from lso_tui.extract.taken_posts import ELECTED, GIVEN_UP, PLANNED, TAKES_POST, TRANSFER, posts_taken_after
from lso_tui.extract.titles import POST_RE, Chain, parse_chain
from lso_tui.text import fold

_HONORIFIC = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+$")
_SPEECH = re.compile(r"\s*,?\s*(?:" + "|".join(SPEECH_VERBS) + r")(?:\s+them)?\s*:\s*")


def find_people(art: Article, places: list[Place], excluded: list[tuple[int, int]]) -> list[PersonMention]:
    """Every person-name mention outside *excluded* spans (credits), with its titles."""
    out = []
    names = _candidate_names(art, places)
    for s, e in names:
        if any(a <= s < b for a, b in excluded):
            continue
        chain = _chain_after(art, e, places)
        if chain.titles and _ALSO_AFTER.match(art.folded, e):
            # "Bí thư Huyện ủy X NAME đồng thời là Chủ tịch UBND huyện": the posts around the name
            before = _chain_before(art, s, places, names)
            chain = Chain(before.titles + chain.titles, min(before.start, chain.start) if before.titles else chain.start, chain.end)
        if not chain.titles or chain.titles[0].former:
            # ("Bí thư Đảng ủy, Chủ tịch HĐND xã A là ông NAME, nguyên Bí thư …": the posts now, then those held)
            before = _chain_before(art, s, places, names)
            chain = Chain(before.titles + chain.titles, before.start, max(before.end, chain.end)) if before.titles and chain.titles else before if before.titles else chain
            once = _ONCE_ASIDE.match(art.folded, e) if before.titles and chain is before else None
            if once:  # ("Bí thư Đảng ủy, Chủ tịch HĐND xã A hiện nay là ông NAME, người từng là Bí thư … kiêm Chủ tịch UBND xã A (cũ)")
                held = parse_chain(art, once.end(), art.sentence_at(once.end()).end, places)
                for t in held.titles:
                    t.former = True
                chain = Chain(chain.titles + held.titles, chain.start, max(chain.end, held.end))
        if not chain.titles:
            chain = _chain_after_aside(art, e, places)
        elected = _post_before_doi_voi(art, s, places)
        if elected.titles:
            chain = Chain(elected.titles + chain.titles, elected.start, max(chain.end, elected.end))
        done_by = _post_done_by(art, s, e, places)
        if done_by.titles:
            chain = Chain(done_by.titles + chain.titles, done_by.start, max(chain.end, done_by.end))
        statement = _statement(art, chain.end if chain.titles and chain.end > e else e)
        out.append(PersonMention(art.text[s:e], s, e, chain, statement))
    out = sorted(out + given_name_mentions(art, out, lambda end: _chain_at(art, end, places)), key=lambda p: p.start)
    out = with_nicknames(art, out)
    bodies_from_headings(art, out)
    dual_roles(art, places, out)
    introduced_posts(art, places, out)
    return _with_pronoun_posts(art, places, out)


_IS_LEAD = re.compile(r"(?:von|hien|dang|tung|van)\s+la\s+")
# "Từ năm 2016 đến năm 2020, đồng chí là Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn X".
_PRONOUN_IS = re.compile(r"\s+(?:tung\s+|da\s+|hien\s+|nguyen\s+|von\s+|van\s+|dang\s+)?la\s+")  # "Ông nguyên là …"
_HELD_NOW = re.compile(r"\bnhap\b[^.;]{0,80}?\bthanh\s+(?:xa|phuong|thi tran)\s|\b(?:nay|hien nay)\s*,?\s*$")  # (merged; "Nay ông …")
_ASIDE = r"(?:\s*,[^,.;]{1,50},)?"  # ("HĐND xã bầu ông, khi ấy đã là Bí thư Đảng ủy, giữ thêm chức …")
_PRONOUN = re.compile(r"(?<![\w])(?:ong|ba|anh|chi|dong chi)(?=" + _ASIDE + TAKES_POST + "|" + _PRONOUN_IS.pattern + ")")


def _with_pronoun_posts(
    art: Article, places: list[Place], people: list[PersonMention]
) -> list[PersonMention]:
    """Posts given to "ông"/"bà" after a named person: they are that person's (the last one named)."""
    extra = []
    for m in _PRONOUN.finditer(art.folded):
        if art.text[m.end() : m.end() + 2].strip()[:1].isupper():
            continue  # "ông Nguyễn …": a name follows, handled as a name
        if art.text[m.start() : m.end()].lower() not in ("ông", "bà", "anh", "chị", "đồng chí"):
            continue  # "chi bộ kiêm trưởng thôn", "ba xã": a word that folds like a pronoun
        before = ended_within(people, m.start(), 400)  # (looked up, not a scan of every person)
        taken = _PRONOUN_IS.match(art.folded, m.end())
        if taken is None or not POST_RE.match(art.folded, taken.end()):
            taken = ELECTED.match(art.folded, re.compile(_ASIDE).match(art.folded, m.end()).end())  # type: ignore[union-attr]
        if not before or taken is None or not POST_RE.match(art.folded, taken.end()):
            continue
        chain = parse_chain(art, taken.end(), art.sentence_at(taken.end()).end, places)
        if chain.titles:
            moved = TRANSFER.search(art.folded, m.end(), taken.end()) is not None or _HELD_NOW.search(art.folded, art.sentence_at(m.start()).start, m.start()) is not None  # ("ông được điều động về giữ chức …"; "xã A nhập với xã B thành xã C; ông tiếp tục giữ chức …"; "Nay ông giữ chức …")
            extra.append(PersonMention(before[-1].name, m.start(), m.end(), chain, moved=moved))
    return sorted(people + extra, key=lambda p: p.start)


def _candidate_names(art: Article, places: list[Place]) -> list[tuple[int, int]]:
    """Capitalised runs that are names: after an honorific, or starting with a known surname."""
    spans = Covered((p.start, p.end) for p in places if p.name)
    known = {p.name for p in places if p.name}
    found = []
    for run in _capitalised_runs(art.text):
        run = [w for w in run if w[0] not in spans]
        if not run:
            continue
        s = run[0][0]
        honorific = bool(_HONORIFIC.search(art.folded[max(0, s - 12) : s]))
        while run and fold(art.text[run[0][0] : run[0][1]]) in _HONORIFIC_WORDS:
            run = run[1:]  # "Ông Lò Văn Páo", "Bà …" at a sentence start
            honorific = True
        words = [art.text[a:b] for a, b in run]
        bare = all(w.isascii() for w in words)
        if not honorific and words and (not is_surname(words[0], bare) or len(run) > 4):  # ("… thị trấn Ma Đa Guôi Nguyễn Thị Mỹ Lệ")
            k = person_start(words)  # "Tỉnh ủy Thái Bình Vũ Thị Lan" or a capitalised word first
            run = run[k:] if k else []
        if not (2 <= len(run) <= 4 or (honorific and len(run) == 1 and _one_word_name(art, words[-1]))):
            continue  # ("đồng chí K'Brel, Bí thư Đảng ủy …": a Highlands name may be one word)
        s, e = run[0][0], run[-1][1]
        if art.text[s:e] in known or POST_RE.match(art.folded, s) or _ORGANISATION.match(art.folded, s):
            continue  # a place, a post, or a mass organisation ("Bí thư Đoàn Thanh niên xã")
        if not honorific and (_VILLAGE_BEFORE.search(art.text, max(0, s - 14), s) or (len(run) == 2 and is_registered(art, art.text[s:e]))):
            continue  # "Trưởng thôn Lô Lô Chải": a village's name; "(Thạch Hà, Hà Tĩnh)": a province's
        if not honorific and (listed_with_places(art, places, s, e) or (re.search(r"\b(?:o|tai)\s+$", art.folded[max(0, s - 5) : s]) and art.gazetteer.level(art.text[s:e]))):
            continue  # "(TP. Long Xuyên, Châu Đốc, …)", "… cấp xã ở Lâm Đồng": a region the register knows, in a list or after "ở"
        found.append((s, e))
    return found


def _one_word_name(art: Article, word: str) -> bool:
    """names.one_word_name, asked once per word and article (it reads the whole text; a text may
    repeat the name thousands of times)."""
    key = ("one_word_name", word)
    if key not in art.answers:
        art.answers[key] = one_word_name(word, art.text)
    return art.answers[key]


_VILLAGE_BEFORE = re.compile(r"(?<!\w)(?:thôn|bản|ấp|buôn|xóm|làng|bon|plei|sóc|khu phố|tổ dân phố)\s+$", re.IGNORECASE)
_ORGANISATION = re.compile(
    r"(?:doan thanh nien|hoi (?:lien hiep )?phu nu|hoi nong dan|hoi cuu chien binh|mat tran to quoc)\b"
)
_HONORIFIC_WORDS = {"ong", "ba", "anh", "chi", "cu"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# A word that may be part of a name: not opening with a lower-case letter, or "văn", "thị"; the others
# only end a run, skipped by the search (the pattern opens with its first letter's class, so it skips
# at C speed); no letter, nor a letter and an apostrophe, before it; "v"/"t" open only "văn"/"thị".
_LOWER_BUT_TV = "a-suw-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
_WORD_END = r"(?![^\W_]|['’][^\W_])"
_NAME_WORD = re.compile(
    r"[^\W_" + _LOWER_BUT_TV + r"](?<![^\W_].)(?<![^\W_]['’].)"
    r"(?:(?<![tv])|(?<=v)(?=ăn" + _WORD_END + r")|(?<=t)(?=hị" + _WORD_END + r"))[^\W_]*(?:['’][^\W_]+)*"
)


def _capitalised_runs(text: str) -> list[list[tuple[int, int]]]:
    """Maximal runs of capitalised words (not all-caps acronyms) separated by one space."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for m in _NAME_WORD.finditer(text):
        w = m.group(0)
        ok = w[0].isupper() and not w[0].isdigit() and (len(w) == 1 or not w.isupper())
        # (a skipped word between two found ones leaves more than a space between them)
        adjacent = bool(current) and text[current[-1][1] : m.start()] in (" ", "\u00a0")
        # "Lò văn Thắm": a middle name written in lower case, between a surname and a given name.
        if not ok and w in ("văn", "thị") and adjacent and len(current) == 1:
            after = text[m.end() : m.end() + 2]
            ok = is_surname(text[current[0][0] : current[0][1]]) and after[:1] == " " and after[1:].isupper()
        if ok and (adjacent or not current):
            current.append((m.start(), m.end()))
            continue
        if current:
            runs.append(current)
        current = [(m.start(), m.end())] if ok else []
    if current:
        runs.append(current)
    return runs


def _chain_after(art: Article, end: int, places: list[Place]) -> Chain:
    """Titles after "NAME, ", "NAME - ", "NAME là" or "NAME được bầu làm" ("NAME (quê …) hiện là …":
    a parenthesis with no post in it is passed over)."""
    aside = re.match(r"\s*\(([^()]{1,80})\)", art.text[end : end + 120])
    if aside and not POST_RE.search(art.folded, end, end + aside.end()):
        end += aside.end()
    # ("NAME vẫn là …", "NAME đang là …", "NAME tiếp tục vừa là …": the post follows the verb)
    # ("- Đồng chí NAME: Bí thư Đảng ủy, …": a directory's line)
    m = re.match(r"\s*(?:,|:|[-–]|(?:(?:vẫn|đang|hiện|vốn|từng|tiếp tục)\s+)?(?:vừa\s+)?là(?= )|\()\s*", art.text[end : end + 40])
    role = _ROLE.match(art.folded, end)
    elected = ELECTED.match(art.folded, end)
    if role and POST_RE.match(art.folded, role.end()):
        start = role.end()
    elif m:
        start = end + m.end()
        # "bà NAME, vốn là Bí thư Đảng ủy xã, đã được … bầu làm Chủ tịch UBND xã": a lead before the post
        lead = _IS_LEAD.match(art.folded, start)
        if lead and POST_RE.match(art.folded, lead.end()):
            start = lead.end()
    elif elected and POST_RE.match(art.folded, elected.end()) and not PLANNED.search(art.folded, end, elected.end()):
        start = elected.end()  # (not "NAME sẽ được giới thiệu để bầu giữ chức …": a post yet to come)
    else:
        return Chain()
    limit = art.sentence_at(start).end
    chain = parse_chain(art, start, limit, places)
    if GIVEN_UP.match(art.folded, end):
        for t in chain.titles:
            t.former = True  # ("cho ông NAME thôi giữ chức Chủ tịch UBND xã …": a post given up)
    return posts_taken_after(art, chain, end, limit, places)



# (", người từng là …", ", người có gần 6 năm làm …": posts held before)
_ONCE_ASIDE = re.compile(r"\s*,\s*(?:nguoi\s+)?(?:tung|truoc day|truoc do|co\s+(?:gan\s+|hon\s+|tren\s+)?\d{1,2}\s+nam)\s+(?:la|giu chuc|lam)\s+")
_ALSO_AFTER = re.compile(r"\s*,?\s*(?:dong thoi la|dong thoi|kiem nhiem|kiem|vua la|cung la)\s+")
_ASIDE_END = 70
"""At most this many characters of an aside between a name and the post it takes."""
TOOK_WORDS, _TOOK = ("giu chuc", "la", "kiem nhiem", "dam nh"), re.compile(  # (each match holds a word: an aside with none is not read)
    r"(?:\s+(?:tung|da|dang|hien|nay|van|tiep tuc|duoc)){0,3}(?:\s+[a-z]+){0,5}?\s+"
    r"(?:bau\s+|bo nhiem\s+|chi dinh\s+|phan cong\s+)?(?:giu chuc|la|lam|kiem nhiem|dam nhan|dam nhiem)"
    r"(?:\s+chuc danh|\s+chuc vu|\s+cuong vi)?\s+"
)


def _chain_after_aside(art: Article, end: int, places: list[Place]) -> Chain:
    """ "NAME, người Xơ Đăng, được bầu giữ chức Bí thư …", "NAME là người Mường, từng nhiều năm là
    Bí thư …": an aside about the person, then the post they take or held."""
    m = re.match(r"\s*(?:,|là(?= ))\s*", art.text[end : end + 40])
    if m is None:
        return Chain()
    start = end + m.end()
    limit = art.sentence_at(start).end
    later = _post_after_aside(art, start, limit)
    # ("NAME, khi ấy là Phó Bí thư …, Chủ tịch UBND xã A, được … điều động về xã B giữ chức Bí thư")
    return posts_taken_after(art, parse_chain(art, later, limit, places), end, limit, places) if later is not None else Chain()


def _post_after_aside(art: Article, start: int, limit: int) -> int | None:
    """Where the post starts after an aside about a person (no other person, no clause break)."""
    end = min(limit, start + _ASIDE_END)
    # Another person ("… ông Trần …": a lower-case address term, then a name) or a clause break ends
    # the aside; "người Ba Na" is an ethnic group, not "bà".
    stop = re.search(r"[;:(]|(?<![\w])(?:ông|bà|anh|chị|đồng chí)\s+[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]", art.text[start:end])
    window = art.folded[start : start + stop.start() if stop else end]
    # "NAME, người Raglai, Bí thư Đảng ủy đồng thời là …": an aside of who the person is, then the posts
    who = _WHO_ASIDE.match(art.text, start)
    if who and POST_RE.match(art.folded, who.end() + (7 if art.folded.startswith("nguyen ", who.end()) else 0)):
        return who.end()  # (", người Bru - Vân Kiều, nguyên Bí thư …, nay là …" too)
    for gap in re.finditer(r"[\s,]", window) if any(w in art.folded[start : start + len(window) + 40] for w in TOOK_WORDS) else ():
        at = start + gap.start()
        if at not in art.took_at:  # (each space read once: each name of a crafted run of names read the spaces after it)
            took = _TOOK.match(art.folded, at) if art.folded[at] == " " else None
            art.took_at[at] = took.end() if took and POST_RE.match(art.folded, took.end()) else -1
        if 0 <= art.took_at[at] <= start + len(window) + 40:
            return art.took_at[at]
    return None


# ("người Bru - Vân Kiều", "người S'tiêng", "người Hà Nhì": a people's name of one to three words)
_WHO_ASIDE = re.compile(
    r"(?:(?:người\s+(?:dân tộc\s+)?[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:['’][^\W\d_]+)?(?:\s*[-–]?\s*[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,2}|\d{2}\s+tuổi|sinh năm\s+\d{4})\s*,\s*){1,3}"  # (", 46 tuổi, người dân tộc Khmer, …")
)
# "NAME hiện là …", "NAME vừa là …", "NAME là người đảm nhiệm 2 vai trò, vừa là …".
_ROLE = re.compile(
    r"\s*,?\s*(?:hien |vua |cung |nay |dong thoi )?la(?:\s+nguoi\s+dam\s+(?:nhiem|nhan|duong)\s+"
    r"(?:\d+|hai)\s+(?:vai tro|vai|chuc danh|chuc vu)\s*,?\s*(?:vua la)?)?\s+"
)
# "… ông Sơn đảm nhận thêm chức vụ Bí thư": a person named before, called by the given name.
def _chain_at(art: Article, end: int, places: list[Place]) -> Chain:
    """The posts said right after a given name, else after an aside ("Ông Lộc, người dân quen gọi là …,
    nguyên là …")."""
    chain = _chain_after(art, end, places)
    return chain if chain.titles else _chain_after_aside(art, end, places)


# ("…; Chủ tịch UBND xã do Phó Bí thư Đảng ủy NAME đảm nhiệm", "chức bí thư do bà NAME đảm nhận")
_DONE_BY = re.compile(r"\s+(?:dam nhan|dam nhiem|nam giu)\b")
_BY = re.compile(r"\bdo\s+(?:(?:ong|ba|anh|chi|dong chi)\s+)?$")


def _post_done_by(art: Article, start: int, end: int, places: list[Place]) -> Chain:
    """The post its clause names before "do (TITLE) NAME đảm nhận": the person's."""
    if not _DONE_BY.match(art.folded, end):
        return Chain()
    clause = clause_start_before(art, art.sentence_at(start).start, start)
    by = None
    for title_start in (start, *(t.start for t in _chain_before(art, start, places, []).titles[:1])):
        by = by or _BY.search(art.folded, max(clause, title_start - 30), title_start)
    post = POST_RE.search(art.folded, clause, by.start()) if by else None
    return parse_chain(art, post.start(), by.start(), places) if post and by else Chain()


# "phê chuẩn kết quả bầu chức danh Chủ tịch UBND xã X đối với ông NAME": the post comes before the
# person; a post taken away ("miễn nhiệm", "cách chức", "cho thôi giữ chức") was held until now.
_DOI_VOI = re.compile(r"\bdoi voi\s+(?:ong|ba|dong chi|d/c)?\s*$")
_POST_ENDS = re.compile(r"\b(?:mien nhiem|bai nhiem|cach chuc|thoi giu|ky luat|cho thoi)\b")


def _post_before_doi_voi(art: Article, start: int, places: list[Place]) -> Chain:
    """The chain of posts a clause gives "đối với NAME" (marked former when the clause takes it away)."""
    lead = _DOI_VOI.search(art.folded, max(0, start - 24), start)
    if lead is None:
        return Chain()
    sent = art.sentence_at(start)
    ends = _POST_ENDS.search(art.folded, sent.start, lead.start()) is not None
    for m in POST_RE.finditer(art.folded, sent.start, lead.start()):
        chain = parse_chain(art, m.start(), lead.start(), places)
        if chain.titles and not art.folded[chain.end : lead.start()].strip(" ,"):
            for t in chain.titles:
                t.former = t.former or ends  # held until now: the person's, but not their current post
            return chain
    return Chain()


def _chain_before(
    art: Article, start: int, places: list[Place], names: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()
) -> Chain:
    """Titles right before the name ("Chủ tịch UBND xã X NAME"), back to the clause start."""
    sent = art.sentence_at(start)
    clause_start = clause_start_before(art, sent.start, start)
    if not post_word_within(art, clause_start, start):
        return Chain()  # no post in the clause (looked up, not scanned: a long sentence of names)
    index = place_index(art, places)
    for m in POST_RE.finditer(art.folded, clause_start, start):
        chain = parse_chain(art, m.start(), start, places)
        first = bisect_left(names, chain.start, key=lambda n: n[0])  # *names* are in reading order
        if first < len(names) and names[first][0] < chain.end:
            continue  # "Bí thư … xã X NAME1 và Chủ tịch UBND xã NAME2": NAME1's posts are not NAME2's
        # "…xã Định Thủy (huyện Mỏ Cày Nam), chị NAME", "…xã X, huyện Y (Z) NAME": a parenthesis, the
        # unit's district or province and an honorific may stand between.
        covered = Covered(
            (pl.start, pl.end)
            for pl in index.within(sent.start, start)
            if pl.end > chain.end and (pl.level != "commune" or pl.start < chain.end)
        )
        gap = "".join(c for i, c in enumerate(art.folded[chain.end : start], chain.end) if i not in covered)
        between = re.sub(r"\([^)]*\)", "", gap).strip(" ,-–")
        if chain.titles and between in ("", *HONORIFICS):  # "…thị trấn Ninh Giang, ông NAME"
            return chain
    return Chain()


def _statement(art: Article, pos: int) -> tuple[int, int] | None:
    """The words attributed by "… cho biết:" after *pos*, to the end of the paragraph."""
    m = _SPEECH.match(art.folded, pos)
    if not m:
        return None
    end = art.quote_end(m.end())
    return (m.end(), end) if m.end() < end else None
