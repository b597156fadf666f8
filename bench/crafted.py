"""Crafted article texts for the extraction benchmark and the linear-work tests: the shapes that once
made extraction quadratic or slow, each grown to any size."""

from __future__ import annotations

HEAD = "Thứ hai, 12/10/2020 - 08:00\n\nBài\n\n"
"""A dateline and a title, as an article opens."""

REPEATED = {
    # list items, titles, sentence ends and bare region names (the first crafted shape of the bench)
    "mixed": (
        "xã Tân An, Bí thư Đảng ủy, Chủ tịch UBND xã Hòa Bình Nguyễn Văn A. TP. Vị Thanh 5/10 xã; "
        "Hà Nội có 5/10 xã thực hiện, Nghệ An 4/12. "
    ),
    "list": "xã A, ",  # one list of one-letter communes, no sentence end
    "numbers": (
        "Đến nay, huyện Vĩnh Thạnh có 12/15 xã, thị trấn thực hiện nhất thể hóa, đạt 80%, tăng 3 xã so với "
        "năm 2019, trong đó 7 xã đạt 46,7% và 1.234 đảng viên ở 56 chi bộ. "
    ),
    "short lines": "Xã Tân An\n",
    "titles": "đồng chí Nguyễn Văn An, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Phú, ",  # one sentence
    "names": "Nguyễn Văn An, ",  # one sentence of names and no post
    "posts": "Chủ tịch UBND xã Tân Phú, ",  # one sentence of the same post of one unit
    # a kind of district between the type word and the name: the text after it was sliced to its end
    "district kinds": "huyện miền núi Tây Giang, ",
    # a post taken by "ông" after a named person: every person of the text was scanned per pronoun
    "pronouns": "Nguyễn Văn An là Bí thư Đảng ủy xã Tân Phú, ông kiêm Chủ tịch UBND xã. ",
    # one-word Highlands names with posts: every person of the text was scanned per given name after "đồng chí"
    "one-word names": "đồng chí K'Brel, Bí thư Đảng ủy, Chủ tịch UBND xã Gung Ré, ",
    # a district named like another province, with its home province: every province named was scanned
    # per figure, and each comparison checked
    "district as province": "Quảng Ninh có 4/14 xã, Lệ Thủy có 5/24 xã của tỉnh Quảng Bình thực hiện mô hình, ",
    # a capital that became a province, with the province's longer name: the text was searched per city named
    "capital city": (
        "thành phố Huế có 3/27 phường thực hiện mô hình bí thư đồng thời là chủ tịch UBND, tỉnh Thừa Thiên - Huế, "
    ),
    "no full stop": (
        "huyện Phong Điền có 3 xã thực hiện mô hình bí thư đồng thời là chủ tịch UBND xã và 5 thôn ấp đạt "
        "12 phần trăm "
    ),
    # a count, then a sentence naming what it counted, in one paragraph: every place was scanned per lead
    "named next": "Huyện Tân Yên có 2 xã thực hiện. Đó là Tân An và Tân Phú. ",
    # one run with no space: a dozen words of prose were counted from every character of it again
    "no spaces": "xã",
    # marks and sentence ends alone: a sentence per mark, each read for a lead up to every mark after it
    "marks": ". ",
    # one-letter capitals: a run of thousands of capitalised words was split at each of them
    "initials": "A ",
}
"""Each shape's unit, repeated to the size asked."""

_SYLLABLES = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hòa",
    "Hùng",
    "Khánh",
    "Lan",
    "Long",
    "Minh",
    "Nam",
    "Phong",
    "Quang",
    "Sơn",
    "Tâm",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
    "Yên",
]
_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]

SHAPES = (*REPEATED, "distinct people")


def crafted(shape: str, size: int) -> str:
    """About *size* bytes (UTF-8) of the *shape*, after a dateline and a title."""
    if shape == "distinct people":
        return HEAD + _distinct(size)
    unit = REPEATED[shape]
    return HEAD + unit * max(1, size // len(unit.encode()))


def _distinct(size: int) -> str:
    """Sentences that each name another person, the secretary of another commune, with a statement."""
    out, total, n = [], 0, 0
    while total < size:
        a, b, c, d = (_SURNAMES[n % 10], *(_SYLLABLES[n // k % 24] for k in (10, 240, 5760)))
        sentence = f"Ông {a} {b} {c} {d}, Bí thư Đảng ủy xã {c} {b} {d}, cho biết: xã có {n % 97 + 3} thôn. "
        out.append(sentence)
        total += len(sentence.encode())
        n += 1
    return "".join(out)
