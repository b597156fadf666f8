"""Phrasings of the real press genre (docs/genre.md), one sentence each, written for this project:
who holds which posts where, and which region a progress figure counts."""

from __future__ import annotations

import pytest

from lso_tui.extract import extract_text
from lso_tui.model.records import Extraction
from tests.phrasing import article

DATELINE = "Thứ hai, 09/09/2019 - 08:00\n\nTin địa phương\n\n"


def extract(body: str) -> Extraction:
    """One sentence (or a few) as the body of an article with a dateline."""
    return article(DATELINE, body, register=False)


OFFICIALS = [
    # title, unit, its district and province, then the name with no comma
    (
        "Chủ tịch UBND xã Bằng Mạc, huyện Chi Lăng (Lạng Sơn) Hà Văn Thắng cho biết người dân đã hiến đất.",
        ("Hà Văn Thắng", "Bằng Mạc", False),
    ),
    # posts joined by a dash, the name before them after another dash
    (
        "Đồng chí Lý Văn Pao – Bí thư Đảng ủy - Chủ tịch UBND xã Lũng Cú (Đồng Văn) – kiểm tra công trình.",
        ("Lý Văn Pao", "Lũng Cú", True),
    ),
    # the type word repeats the unit named before; what follows it is the holder's name
    (
        "Bí thư Thành ủy Móng Cái kiêm Chủ tịch UBND thành phố Phạm Đức Long đối thoại với doanh nghiệp.",
        ("Phạm Đức Long", None, True),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), OFFICIALS, ids=["title-unit-district-name", "dash-posts", "elided-unit"]
)
def test_officials(text: str, expected: tuple[str, str | None, bool]) -> None:
    """The person, their commune-level unit and whether they hold both posts."""
    ex = extract(text)
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [expected]


def test_two_people_joined_by_va_keep_their_own_posts() -> None:
    """ "Bí thư … xã X NAME1 và Chủ tịch UBND xã NAME2": two people, neither holds both posts."""
    ex = extract(
        "Bí thư Đảng ủy xã Diễn Kim Trần Thị Hoa và Chủ tịch UBND xã Nguyễn Văn Dũng vẫn làm riêng từng việc."
    )
    assert {o.name: o.concurrent for o in ex.officials} == {"Trần Thị Hoa": False, "Nguyễn Văn Dũng": False}
    assert not any(u.consolidated for u in ex.units)


PROGRESS = [
    (
        "Toàn tỉnh hiện có 52/200 xã, phường, thị trấn thực hiện bí thư cấp ủy đồng thời là chủ tịch UBND, "
        "chiếm 26%; trong đó huyện Cao Lộc dẫn đầu với 9 đơn vị.",
        [(52, 200, 0.26, "province"), (9, None, None, "district")],
    ),
    (
        "Sau 3 năm, toàn huyện Bắc Sơn đã thực hiện mô hình bí thư đồng thời là chủ tịch UBND tại 7 xã/20 "
        "đơn vị, chiếm 35%.",
        [(7, 20, 0.35, "district")],
    ),
    (
        "Huyện Văn Lãng có 12 trong tổng số 17 xã, thị trấn đã thực hiện bí thư đồng thời là chủ tịch UBND.",
        [(12, 17, None, "district")],
    ),
    (
        "Đối với cấp huyện, đã có 4/11 đơn vị thực hiện bí thư đồng thời là chủ tịch UBND (gồm TP. Lạng Sơn, "
        "huyện Cao Lộc và Lộc Bình).",
        [],
    ),
    (
        "Đến nay, 9/11 huyện, thành phố trong tỉnh đã có xã thực hiện mô hình bí thư đồng thời là chủ tịch UBND.",
        [],
    ),
    ("Tỉnh Hà Tĩnh đã thực hiện mô hình bí thư chi bộ kiêm trưởng thôn ở 100% thôn, tổ dân phố.", []),
    (
        "Với 98,5% số phiếu, ông Hoàng Văn Bình được bầu giữ chức Chủ tịch UBND xã Tân Thành; như vậy ông là "
        "bí thư đồng thời là chủ tịch UBND xã.",
        [],
    ),
    (
        "Theo kế hoạch, đến năm 2020 thành phố Lạng Sơn sẽ thực hiện bí thư đồng thời là chủ tịch UBND ở 100% "
        "phường, xã; hiện đã làm được 5/8 đơn vị.",
        [(5, 8, None, "district")],
    ),
    (
        "Toàn tỉnh Cao Bằng có 61/161 xã, phường, thị trấn thực hiện bí thư đồng thời là chủ tịch UBND, đạt "
        "37,89%, vượt chỉ tiêu đề ra.",
        [(61, 161, 0.3789, "province")],
    ),
    (
        "Thị trấn Lam Sơn thực hiện bí thư đồng thời là chủ tịch UBND từ năm 2018. Năm 2019, thị trấn hoàn "
        "thành các chỉ tiêu, thu ngân sách tăng 18% so với cùng kỳ.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESS, ids=[
    "province-then-district", "toan-huyen", "trong-tong-so", "cap-huyen", "districts-counted",
    "villages", "votes", "goal-then-result", "vuot-chi-tieu", "growth-rate",
])  # fmt: skip
def test_progress_figures_and_their_level(text: str, expected: list[tuple[object, ...]]) -> None:
    """Done, total, share and the level of the region each figure counts."""
    ex = extract(text)
    assert [(p.done, p.total, p.share, p.scope_level) for p in ex.progress] == expected


def test_a_province_figure_is_the_province_even_when_a_district_follows() -> None:
    """ "Toàn tỉnh … 52/200 …; trong đó huyện X …": the first figure counts the province named in
    the text, the second the district."""
    ex = extract(
        "Tỉnh ủy Lạng Sơn cho biết: toàn tỉnh có 52/200 xã thực hiện bí thư đồng thời là chủ tịch UBND; "
        "trong đó huyện Cao Lộc có 9/23 xã."
    )
    assert [(p.scope, p.scope_level) for p in ex.progress] == [
        ("Tỉnh Lạng Sơn", "province"),
        ("Huyện Cao Lộc", "district"),
    ]


def test_a_headline_figure_that_repeats_the_body_is_counted_once() -> None:
    """The headline's ratio is the body's; a headline's bare 100% is a goal."""
    text = (
        "Thứ hai, 09/09/2019 - 08:00\n\nHuyện Cao Lãnh: 7/18 xã có bí thư đồng thời là chủ tịch UBND\n\n"
        "Theo báo cáo tại hội nghị sơ kết vừa qua, đến nay toàn huyện Cao Lãnh có 7/18 xã, thị trấn thực hiện "
        "bí thư đồng thời là chủ tịch UBND, chiếm 38,9%, nhiều đơn vị hoàn thành tốt nhiệm vụ.\n"
    )
    ex = extract_text(text, "d1", {})
    assert [(p.done, p.total, p.share) for p in ex.progress] == [(7, 18, 0.389)]


ROLES = [
    # the posts introduced by "vừa là …, vừa là …", the unit in a clause before
    (
        "Ở xã Tân Lập, ông Phạm Quốc Hùng vừa là Bí thư Đảng ủy, vừa là Chủ tịch UBND xã.",
        ("Phạm Quốc Hùng", "Tân Lập", True),
    ),
    (
        "Ông Lý Văn Thành là người đảm nhiệm 2 vai trò, vừa là Bí thư Đảng ủy, vừa là Chủ tịch UBND xã Thụy Hùng.",
        ("Lý Văn Thành", "Thụy Hùng", True),
    ),
    # a second post taken later, the person called by the given name
    (
        "Năm 2015, ông Vi Văn Sơn được bầu làm Chủ tịch UBND thị trấn Na Sầm. Đến năm 2018, ông Sơn đảm nhận "
        "thêm chức vụ Bí thư Đảng ủy thị trấn.",
        ("Vi Văn Sơn", "Na Sầm", True),
    ),
    (
        "HĐND xã Mẫu Sơn đã bầu ông Hoàng Văn Lợi giữ chức Chủ tịch UBND xã. Ông Lợi hiện là Bí thư Đảng ủy xã.",
        ("Hoàng Văn Lợi", "Mẫu Sơn", True),
    ),
    # a national post kept whole
    (
        "Tổng Bí thư Nguyễn Phú Trọng từng nhấn mạnh yêu cầu tinh gọn bộ máy.",
        ("Nguyễn Phú Trọng", None, False),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ROLES, ids=["vua-la", "hai-vai-tro", "given-name", "hien-la", "tong-bi-thu"]
)
def test_posts_said_apart_from_the_name(text: str, expected: tuple[str, str | None, bool]) -> None:
    """The person, the unit and the both-posts flag when the posts come in another clause."""
    ex = extract(text)
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [expected]


def test_national_and_anaphoric_titles() -> None:
    """ "Tổng Bí thư" stays whole; "Chủ tịch UBND của thị trấn" keeps no "của"."""
    assert extract("Tổng Bí thư Nguyễn Phú Trọng dự hội nghị.").officials[0].titles == ["Tổng Bí thư"]
    ex = extract(
        "Ông Hoàng Văn Sáng - Bí thư đồng thời là Chủ tịch UBND của thị trấn cho biết công việc nhiều hơn."
    )
    assert ex.officials[0].titles == ["Bí thư", "Chủ tịch UBND"]


def test_units_listed_after_the_model_spread() -> None:
    """ "… mở rộng ra 3 xã gồm: A, B và C" and "gồm xã A, B và C": every listed unit is consolidated."""
    ex = extract(
        "Thị trấn Cô Tô là nơi đầu tiên thực hiện bí thư đồng thời là chủ tịch UBND. Chủ trương này sau đó "
        "được mở rộng ra 2 xã gồm: Đồng Tiến và Thanh Lân."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Cô Tô", "Đồng Tiến", "Thanh Lân"}
    ex = extract(
        "Huyện Bình Gia đã chọn 3 xã thực hiện thí điểm bí thư đồng thời là chủ tịch UBND, gồm xã Hoa Thám, "
        "Hồng Phong và Thiện Long."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Hoa Thám", "Hồng Phong", "Thiện Long"}


def test_both_posts_said_without_naming_them() -> None:
    """ "ông X giữ cả hai chức danh", "Người đảm đương vị trí này là ông X": both posts, of the commune
    named just before."""
    ex = extract("Ở xã Phì Nhừ, ông Vàng A Páo giữ cả hai chức danh từ năm 2013.")
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Vàng A Páo", "Phì Nhừ", True)]
    ex = extract(
        "Ở xã Vượng Lộc, mô hình đã được duy trì nhiều năm. Người đảm đương vị trí này là ông Phan Văn Sỹ, "
        "47 tuổi."
    )
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Phan Văn Sỹ", "Vượng Lộc", True)]


MORE_FIGURES = [
    # a share of road length or of people, next to the model: not a share of the units
    (
        "Xã Kim Bình thực hiện bí thư đồng thời là chủ tịch UBND; xã làm mới 9 km đường, chiếm 57% tổng chiều "
        "dài đường trục thôn, và có trên 90% dân số là đồng bào Tày.",
        [],
    ),
    ("Đến nay, 100% bí thư đảng ủy xã đã được chỉ định; không nơi nào bố trí bí thư kiêm chủ tịch UBND.", []),
    # "có M …, trong đó N đơn vị đã thực hiện": N of M
    (
        "Toàn tỉnh Trà Vinh có 106 xã, phường, thị trấn, trong đó 21 đơn vị đã thực hiện bí thư đồng thời là "
        "chủ tịch UBND.",
        [(21, 106, None, "province")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), MORE_FIGURES, ids=["other-shares", "posts-not-units", "trong-do"]
)
def test_more_figures(text: str, expected: list[tuple[object, ...]]) -> None:
    """What a share or count is of decides whether it is progress."""
    ex = extract(text)
    assert [(p.done, p.total, p.share, p.scope_level) for p in ex.progress] == expected


def test_targets_by_term_and_by_the_committee_that_sets_them() -> None:
    """ "đến cuối nhiệm kỳ" takes the term named before; "Tỉnh ủy X đặt mục tiêu …" is the province's."""
    ex = extract(
        "Đại hội Đảng bộ huyện Hữu Lũng nhiệm kỳ 2020-2025 đề ra mục tiêu đến cuối nhiệm kỳ có 70% xã, thị trấn "
        "thực hiện bí thư đồng thời là chủ tịch UBND."
    )
    assert [(t.share, t.year, t.scope_level) for t in ex.targets] == [(0.7, 2025, "district")]
    ex = extract(
        "Trưởng Ban Tổ chức Huyện ủy Chư Sê cho biết, Tỉnh ủy Gia Lai đặt mục tiêu trong nhiệm kỳ 2015-2020 có "
        "khoảng 30% xã, phường, thị trấn thực hiện bí thư đồng thời là chủ tịch UBND."
    )
    assert [(t.share, t.year, t.scope, t.scope_level) for t in ex.targets] == [
        (0.3, 2020, "Tỉnh Gia Lai", "province")
    ]


def test_units_of_a_pilot_list_with_their_districts_and_a_counted_list() -> None:
    """ "chọn thí điểm ở xã A (X), B (Y) …" and "… thực hiện được tại 4 xã …, gồm thị trấn A, các xã B, C"."""
    ex = extract(
        "Mô hình bí thư đồng thời là chủ tịch UBND được Tỉnh ủy chọn thí điểm ở xã Cát Hanh (Phù Cát), Mỹ Chánh "
        "(Phù Mỹ) và Ân Tín (Hoài Ân)."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Cát Hanh", "Mỹ Chánh", "Ân Tín"}
    ex = extract(
        "Huyện Chư Sê từng bước mở rộng mô hình bí thư đồng thời là chủ tịch UBND. Đến nay, toàn huyện đã thực "
        "hiện được tại 3 xã, thị trấn/15 đơn vị, gồm thị trấn Chư Sê, các xã Ia Blang và Dun."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Chư Sê", "Ia Blang", "Dun"}


def test_a_ward_numbered_in_roman_figures() -> None:
    """ "Phường VII" is the ward's whole name, as the register spells it."""
    ex = extract(
        "Ông Lâm Hữu Lộc, Bí thư Đảng ủy kiêm Chủ tịch UBND Phường VII, TP. Vị Thanh chia sẻ kinh nghiệm."
    )
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Lâm Hữu Lộc", "Phường VII", True)]


def test_a_former_holder_keeps_the_commune_consolidated_but_not_as_their_unit() -> None:
    """ "nguyên Bí thư … kiêm Chủ tịch UBND xã X, nay là Phó Chủ tịch UBND huyện": X was consolidated;
    the person's unit is their current (district) post's, so none."""
    ex = extract(
        "Ông Lò Văn Pánh, nguyên Bí thư Đảng ủy kiêm Chủ tịch UBND xã Keo Lôm, nay là Phó Chủ tịch UBND huyện "
        "Điện Biên Đông, cho rằng mô hình chỉ hiệu quả khi cán bộ được đào tạo bài bản."
    )
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Lò Văn Pánh", None, True)]
    assert [(u.name, u.consolidated) for u in ex.units] == [("Keo Lôm", True)]


def test_posts_taken_after_former_ones_and_a_post_with_no_unit() -> None:
    """ "bà A, nguyên Bí thư Quận ủy …, được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường X; ông
    B làm Phó Bí thư Thường trực Đảng ủy": both of X (B's post names no unit: the one named before)."""
    ex = extract(
        "Theo đó, bà Nguyễn Thị Thu Hằng, nguyên Bí thư Quận ủy quận 3 (cũ), được chỉ định giữ chức Bí thư Đảng "
        "ủy, Chủ tịch HĐND phường Bàn Cờ; ông Trần Quốc Việt làm Phó Bí thư Thường trực Đảng ủy."
    )
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [
        ("Nguyễn Thị Thu Hằng", "Bàn Cờ", False),
        ("Trần Quốc Việt", "Bàn Cờ", False),
    ]


def test_a_bare_commune_post_is_the_article_s_commune() -> None:
    """In an article about xã Văn Quan, "Chủ tịch UBND xã" is of Văn Quan, not of a unit named in passing."""
    ex = extract(
        "Xã Văn Quan tổng kết năm 2025. Xã Văn Quan được thành lập từ thị trấn Văn Quan và xã Tú Xuyên.\n\n"
        "Phát biểu tại hội nghị, ông Nông Đức Tài, Phó Bí thư Đảng ủy, Chủ tịch UBND xã nhấn mạnh nhiệm vụ năm tới."
    )
    assert [(o.name, o.unit) for o in ex.officials] == [("Nông Đức Tài", "Văn Quan")]


def test_a_clause_after_a_post_is_not_part_of_the_title() -> None:
    """ "Phó Bí thư Thường trực Tỉnh ủy yêu cầu …": the title ends at the committee, and the person named at
    the end of that clause keeps their own post."""
    ex = extract(
        "Đồng chí Triệu Văn Phúc, Phó Bí thư Thường trực Tỉnh ủy yêu cầu các cấp ủy quán triệt ý kiến chỉ đạo "
        "của Tổng Bí thư Trần Đức Minh về xây dựng đội ngũ cán bộ."
    )
    assert {o.name: o.titles for o in ex.officials} == {
        "Triệu Văn Phúc": ["Phó Bí thư Thường trực Tỉnh ủy"],
        "Trần Đức Minh": ["Tổng Bí thư"],
    }


def test_chi_bo_is_not_a_pronoun() -> None:
    """ "… bí thư chi bộ kiêm trưởng thôn" gives no post to the person named before."""
    ex = extract(
        "Báo cáo do TS. Đỗ Thị Thu Hà, Giám đốc Sở Nội vụ trình bày cho biết, ở cấp thôn, 96,8% bí thư chi bộ "
        "kiêm trưởng thôn."
    )
    assert [(o.name, o.titles) for o in ex.officials] == [("Đỗ Thị Thu Hà", ["Giám đốc Sở"])]


def test_a_directory_line() -> None:
    """ "+ NAME - posts": one line, one person; the dash separates the name from the posts."""
    ex = extract("+ Nguyễn Văn Khánh - Bí thư Đảng ủy kiêm Chủ tịch Ủy ban nhân dân xã Tân Thành")
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Nguyễn Văn Khánh", "Tân Thành", True)]


def test_a_post_given_to_the_person_after_it() -> None:
    """ "phê chuẩn kết quả bầu chức danh Chủ tịch UBND xã X đối với ông NAME, Bí thư Đảng ủy xã": both
    posts; "miễn nhiệm chức vụ … đối với ông NAME" takes a post away that he held until then."""
    ex = extract(
        "Chủ tịch UBND huyện đã phê chuẩn kết quả bầu chức danh Chủ tịch UBND xã Quang Trung đối với ông Hoàng "
        "Văn Nam, Bí thư Đảng ủy xã."
    )
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Hoàng Văn Nam", "Quang Trung", True)]
    ex = extract(
        "HĐND xã Tân Lập đã miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông Nguyễn Văn Hải, Bí thư Đảng ủy xã."
    )
    # He held both posts until now: an official of Tân Lập, and a former holder of both.
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Nguyễn Văn Hải", "Tân Lập", True)]


def test_a_parenthesis_after_the_name() -> None:
    """ "NAME (quê xã X, huyện Y) hiện là …": the hometown is passed over, the post read after it."""
    ex = extract(
        "Ông Sầm Văn Bình (quê xã Quốc Khánh, huyện Tràng Định) hiện là Phó Bí thư Huyện ủy Văn Lãng."
    )
    assert [(o.name, o.titles) for o in ex.officials] == [("Sầm Văn Bình", ["Phó Bí thư Huyện ủy"])]


def test_a_middle_name_in_lower_case() -> None:
    """ "Trung tá Lò văn Thắm, Chỉ huy trưởng …": the name as written, rank left out."""
    ex = extract(
        "Tại hội nghị, Trung tá Lò văn Thắm, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện, đánh giá cao."
    )
    assert [o.name for o in ex.officials] == ["Lò văn Thắm"]


ROUND_THREE = [
    # "có M …; trong đó N đơn vị …, chiếm x%" across a semicolon, with its share
    (
        "Toàn tỉnh Kon Tum có 102 xã, phường, thị trấn; trong đó 10 đơn vị đang thực hiện bí thư đảng ủy "
        "đồng thời là chủ tịch UBND, chiếm 9,8%.",
        [(10, 102, 0.098, "province")],
    ),
    # "Sáng 2/8" is a date; "có 148 xã, phường" alone is how many there are
    (
        "Sáng 2/8, Thành ủy Bạc Liêu sơ kết mô hình bí thư đồng thời là chủ tịch UBND. Toàn tỉnh Phú Thọ hiện "
        "có 148 xã, phường; 100% bí thư đảng ủy giữ chức chủ tịch HĐND.",
        [],
    ),
    # a share of villages, after the commune figure
    (
        "Toàn tỉnh có 41/226 xã thực hiện bí thư đồng thời là chủ tịch UBND. Ở thôn, xóm, tỷ lệ bí thư chi bộ "
        "đồng thời là trưởng thôn đạt 95,2%.",
        [(41, 226, None, "province")],
    ),
    # "đặt mục tiêu" sets a goal (it folds like "đạt mục tiêu")
    (
        "Nghị quyết Đại hội Đảng bộ huyện Hướng Hóa nhiệm kỳ 2020-2025 đặt mục tiêu đến cuối nhiệm kỳ có 50% "
        "xã, thị trấn thực hiện bí thư đồng thời là chủ tịch UBND.",
        [],
    ),
    # a growth rate after the ratio is not its share
    (
        "Huyện Hướng Hóa có 6/21 xã, thị trấn thực hiện bí thư đảng ủy đồng thời là chủ tịch UBND, tăng 50% so "
        "với nhiệm kỳ trước.",
        [(6, 21, None, "district")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ROUND_THREE,
    ids=["of-which-semicolon", "dates-and-totals", "village-share", "dat-muc-tieu", "growth"],
)
def test_round_three_figures(text: str, expected: list[tuple[object, ...]]) -> None:
    """What a figure is, read from the words around it."""
    ex = extract(text)
    assert [(p.done, p.total, p.share, p.scope_level) for p in ex.progress] == expected


def test_regions_named_by_a_headline_a_leading_place_and_a_number_after_a_name() -> None:
    """ "An Giang: …" names the article's province; "Tại Cà Mau, toàn tỉnh …" the province it leads;
    "huyện Tịnh Biên 11/14": the number is not part of the name."""
    ex = extract_text(
        "Thứ hai, 07/10/2019 08:30\n\nAn Giang: Phấn đấu có thêm xã thực hiện mô hình\n\n"
        "Đến nay, toàn tỉnh có 118/156 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND, "
        "đạt 75,64%; trong đó huyện Tịnh Biên 11/14. Theo báo cáo, các đơn vị đều hoạt động ổn định và hiệu "
        "quả, nhiều chỉ tiêu kinh tế xã hội hoàn thành.\n",
        "d1",
        {},
    )
    assert [(p.done, p.total, p.scope, p.scope_level) for p in ex.progress] == [
        (118, 156, "Tỉnh An Giang", "province"),
        (11, 14, "Huyện Tịnh Biên", "district"),
    ]
    ex = extract(
        "Các tỉnh Đồng bằng sông Cửu Long đang mở rộng mô hình bí thư đồng thời là chủ tịch UBND. Tại Cà Mau, "
        "toàn tỉnh có 101 xã, phường, thị trấn, trong đó 17 đơn vị đã thực hiện mô hình."
    )
    assert [(p.done, p.total, p.scope, p.scope_level) for p in ex.progress] == [
        (17, 101, "Tỉnh Cà Mau", "province")
    ]


def test_targets_need_a_share_of_units_and_may_be_named_in_the_sentence() -> None:
    """ "giảm được 9,7% hộ nghèo, vượt chỉ tiêu" is no target; "…; riêng Huyện ủy X phấn đấu đến cuối nhiệm
    kỳ 2015-2020 đạt 60%" is X's; "sẽ nâng tỷ lệ này lên khoảng 30%" is a goal."""
    ex = extract(
        "Xã Hiếu có bí thư đồng thời là chủ tịch UBND. Trong năm 2013, xã Hiếu giảm được 9,7% hộ nghèo, vượt "
        "chỉ tiêu nghị quyết đề ra."
    )
    assert ex.targets == []
    ex = extract(
        "Tỉnh ủy Thái Nguyên đặt mục tiêu đến năm 2020 có 50% số xã thực hiện mô hình bí thư đồng thời là chủ "
        "tịch UBND; riêng Huyện ủy Định Hóa phấn đấu đến cuối nhiệm kỳ 2015-2020 đạt 60%."
    )
    assert [(t.share, t.year, t.scope_level) for t in ex.targets] == [
        (0.5, 2020, "province"),
        (0.6, 2020, "district"),
    ]
    ex = extract(
        "Bến Tre mới có 8 đơn vị thực hiện bí thư đồng thời là chủ tịch UBND. Tỉnh ủy Bến Tre chủ trương trong "
        "nhiệm kỳ 2015-2020 sẽ nâng tỷ lệ này lên khoảng 30%."
    )
    assert [(t.share, t.year, t.scope_level) for t in ex.targets] == [(0.3, 2020, "province")]


def test_names_of_the_highlands_and_the_mekong() -> None:
    """ "xã Hiếu Y Lan" (a two-word Highlands name after the unit), "huyện Tri Tôn Chau Sóc Ry" (a Khmer
    surname after a district whose name holds a surname)."""
    ex = extract("Bí thư Đảng ủy, Chủ tịch UBND xã Hiếu Y Lan là nữ cán bộ người Xơ Đăng đầu tiên của huyện.")
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Y Lan", "Hiếu", True)]
    ex = extract(
        "Bí thư Huyện ủy, Chủ tịch UBND huyện Tri Tôn Chau Sóc Ry cho biết mô hình đã phát huy hiệu quả."
    )
    assert [(o.name, o.concurrent) for o in ex.officials] == [("Chau Sóc Ry", True)]


def test_the_holder_introduced_after_both_roles_and_units_praised_as_examples() -> None:
    """ "người đảm nhận cùng lúc hai cương vị … là bà X"; "những đơn vị thực hiện sớm như xã A (X), B …"."""
    ex = extract("Ở thị trấn Yên Lập, người đảm nhận cùng lúc hai cương vị từ năm 2012 là bà Bùi Thị Thu Hà.")
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Bùi Thị Thu Hà", "Yên Lập", True)]
    ex = extract(
        "An Giang mở rộng mô hình bí thư đồng thời là chủ tịch UBND. Những đơn vị thực hiện sớm như xã Văn Giáo "
        "(Tịnh Biên), Ô Lâm (Tri Tôn) và thị trấn Chợ Mới đều hoàn thành tốt nhiệm vụ."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Văn Giáo", "Ô Lâm", "Chợ Mới"}


def test_a_phrase_after_a_post_is_not_part_of_its_title() -> None:
    """ "được bầu giữ chức Bí thư Đảng ủy với 100% số phiếu": the title ends before "với"."""
    ex = extract("Ông Hoàng Văn Chiến được bầu giữ chức Bí thư Đảng ủy với 100% số phiếu.")
    assert [(o.name, o.titles) for o in ex.officials] == [("Hoàng Văn Chiến", ["Bí thư Đảng ủy"])]
