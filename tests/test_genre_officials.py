"""Officials and units as personnel news and congress reports write them (the fifteenth dev set,
docs/genre.md): a holder named right after a post's bare type word, peoples' names in an aside,
posts yet to come, transfers, district secretary-chairmen, and units listed after a figure. Written
for this project; each failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import article, consolidated, officials

DATELINE = "Thứ sáu, 17/11/2023 - 09:00\n\nXây dựng Đảng\n\n"


def extract(body: str) -> Extraction:
    """The body of an article with a dateline; names looked up in the register, as the build does."""
    return article(DATELINE, body)


def test_the_holder_named_right_after_a_posts_bare_type_word() -> None:
    """ "Phó Chủ tịch HĐND xã Hoàng Thị Mến điều hành kỳ họp": a person, not a commune of that name;
    "xã Hoàng Văn Thụ" (a commune the register knows) stays a place."""
    ex = extract(
        "Sáng 15/11, HĐND xã Quang Trung tổ chức kỳ họp chuyên đề. Phó Chủ tịch HĐND xã Hoàng Thị Mến điều "
        "hành kỳ họp. Đoàn công tác sau đó thăm xã Hoàng Văn Thụ."
    )
    assert "Hoàng Thị Mến" in officials(ex)
    assert "Hoàng Văn Thụ" not in officials(ex)
    assert "Hoàng Văn Thụ" in {u.name for u in ex.units}


def test_a_thai_surname_after_the_commune() -> None:
    """ "Bí thư Đảng ủy kiêm Chủ tịch UBND xã Tà Cạ Lô Văn Thanh": commune Tà Cạ, holder Lô Văn Thanh."""
    ex = extract("Bí thư Đảng ủy kiêm Chủ tịch UBND xã Tà Cạ Lô Văn Thanh, người Thái, đã gánh hai vai từ năm 2008.")
    assert officials(ex) == {"Lô Văn Thanh": ("Tà Cạ", True)}


def test_a_village_name_is_no_person_and_a_registered_commune_no_person() -> None:
    """ "Trưởng thôn Lô Lô Chải"; "các xã biên giới như Y Tý, A Mú Sung": no one."""
    ex = extract(
        "Đồng chí Thào Mí Sính, Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải, được khen thưởng. Đồng chí Sùng "
        "A Lử được luân chuyển giữ chức Bí thư Đảng ủy xã A Mú Sung, một trong các xã biên giới như Y Tý, "
        "A Mú Sung."
    )
    assert "Lô Lô Chải" not in officials(ex)
    assert "A Mú Sung" not in officials(ex)
    assert officials(ex)["Sùng A Lử"][0] == "A Mú Sung"


def test_a_peoples_name_in_the_aside_before_former_and_current_posts() -> None:
    """ "Ông X, người Bru - Vân Kiều, nguyên Bí thư …, Chủ tịch UBND xã A (cũ), nay là … xã B"."""
    ex = extract(
        "Ông Hồ Văn Nhơn, người Bru - Vân Kiều, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã Hướng Lập (cũ), nay "
        "là Bí thư Đảng ủy, Chủ tịch HĐND xã Hướng Phùng, nhớ lại những năm làm hai việc. Ông Điểu Lâm, "
        "người S'tiêng, Bí thư Đảng ủy kiêm Chủ tịch UBND xã Đăk Ơ, chia sẻ thêm."
    )
    assert officials(ex)["Hồ Văn Nhơn"] == ("Hướng Phùng", True)
    assert officials(ex)["Điểu Lâm"] == ("Đăk Ơ", True)


def test_a_post_yet_to_come_and_a_transfer_are_not_both_posts() -> None:
    """ "… sẽ được giới thiệu để bầu giữ chức Chủ tịch UBND xã": not yet; "Chủ tịch UBND xã A, được
    luân chuyển giữ chức Bí thư Đảng ủy xã B": A is left, B is the unit."""
    ex = extract(
        "Đồng chí Phàn Văn Vinh, Phó Chủ tịch UBND huyện, được điều động về giữ chức Bí thư Đảng ủy xã Y Tý. "
        "Tại kỳ họp HĐND xã sắp tới, đồng chí Vinh sẽ được giới thiệu để bầu giữ chức Chủ tịch UBND xã. "
        "Đồng chí Giàng A Chu, Chủ tịch UBND xã Trịnh Tường, được luân chuyển giữ chức Bí thư Đảng ủy xã "
        "Mường Hum."
    )
    assert officials(ex)["Phàn Văn Vinh"][1] is False
    assert officials(ex)["Giàng A Chu"] == ("Mường Hum", False)


def test_a_district_secretary_named_between_the_posts() -> None:
    """ "Bí thư Huyện ủy Kiên Hải NAME đồng thời là Chủ tịch UBND huyện": both posts, no commune."""
    ex = extract("Ở cấp huyện, Bí thư Huyện ủy Kiên Hải Nguyễn Văn Bảy đồng thời là Chủ tịch UBND huyện từ năm 2018.")
    assert officials(ex) == {"Nguyễn Văn Bảy": (None, True)}


def test_units_listed_after_a_figure() -> None:
    """ "…, trong đó có A, B và C"; "huyện X có 3 xã là A, X và B" (a commune named like its district);
    "thị trấn Phó Bảng" (a unit, though "Phó" starts a post)."""
    ex = extract(
        "Huyện Krông Pắc có 5/16 xã, thị trấn bố trí bí thư đồng thời là chủ tịch UBND, trong đó có Hòa Đông, "
        "Ea Yông và Ea Kênh. Huyện Đồng Văn có 3/19 xã, thị trấn thực hiện mô hình, gồm Lũng Cú, Ma Lé và thị "
        "trấn Phó Bảng. Huyện Bù Gia Mập có 3 xã thực hiện là Đăk Ơ, Bù Gia Mập và Phú Nghĩa."
    )
    assert {"Hòa Đông", "Ea Yông", "Ea Kênh", "Ma Lé", "Phó Bảng", "Bù Gia Mập", "Phú Nghĩa"} <= consolidated(ex)


def test_a_denial_is_its_own_clauses() -> None:
    """ "… 4/21 xã có bí thư đồng thời là chủ tịch UBND, gồm A, B; còn 17 xã chưa thực hiện": A, B did it."""
    ex = extract(
        "Sau đợt điều chỉnh, huyện Bát Xát còn 4/21 xã, thị trấn có bí thư đồng thời là chủ tịch UBND, gồm thị "
        "trấn Bát Xát và các xã Quang Kim, Bản Qua, Cốc San; còn 17 xã chưa thực hiện."
    )
    assert {"Quang Kim", "Bản Qua", "Cốc San"} <= consolidated(ex)


def test_a_post_the_district_will_propose_is_not_held() -> None:
    """ "huyện sẽ giới thiệu ông X, Bí thư Đảng ủy xã, để HĐND xã bầu làm Chủ tịch UBND xã": not yet both."""
    ex = extract(
        "Nghe nói tới đây huyện sẽ giới thiệu ông Trần Văn Hiếu, Bí thư Đảng ủy xã Vạn Long, để HĐND xã bầu "
        "làm Chủ tịch UBND xã."
    )
    assert officials(ex)["Trần Văn Hiếu"] == ("Vạn Long", False)
    assert "Vạn Long" not in consolidated(ex)
