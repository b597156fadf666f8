"""Phrasings of the real press genre added from the forty-fifth dev set on (docs/genre.md, Part 1):
each sentence written for this project (other places, people and numbers than any page read);
each test failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import article, consolidated, holders

CUE = "Bí thư cấp ủy đồng thời là chủ tịch UBND cấp xã là chủ trương lớn của Trung ương. "


def extract(body: str, dateline: str = "Thứ sáu, 16/10/2020 - 07:45") -> Extraction:
    """The body of an article under *dateline*, bare names looked up in the register as the build does."""
    return article(dateline + "\n\n" + CUE, body)


def test_a_name_right_after_a_party_committee_with_no_type_word_is_its_holder_not_a_commune() -> None:
    """ "… còn Chủ tịch UBND xã do Phó Bí thư Đảng ủy NAME đảm nhiệm": a person, no unit named NAME."""
    ex = extract(
        "Tại xã Yên Hòa, Bí thư Đảng ủy là ông Đinh Công Lực, còn Chủ tịch UBND xã do Phó Bí thư Đảng ủy "
        "Quách Thị Hằng đảm nhiệm."
    )
    assert ("Quách Thị Hằng", "Yên Hòa", False) in holders(ex)
    assert "Quách Thị Hằng" not in {u.name for u in ex.units}


def test_a_highlands_name_of_two_words_after_a_bare_party_committee_is_of_the_paragraphs_commune() -> None:
    """ "Ở A, … còn Phó Bí thư Thường trực Đảng ủy Y Bhin lo …": Y Bhin, a deputy of commune A."""
    ex = extract(
        "Xã Ea Sol có 14 buôn. Anh Y Kret Byă là Bí thư Đảng ủy kiêm Chủ tịch UBND xã Ea Sol.\n\n"
        "Ở Ea Sol, anh Kret có hai người giúp việc: Phó Chủ tịch UBND xã lo kinh tế, còn Phó Bí thư "
        "Thường trực Đảng ủy Y Bhin phụ trách công tác Đảng."
    )
    assert ("Y Bhin", "Ea Sol", False) in holders(ex)
    assert "Y Bhin" not in {u.name for u in ex.units}
    assert consolidated(ex) == {"Ea Sol"}


def test_spread_to_so_many_units_listed_then_out_of_a_total_is_a_figure_and_its_units() -> None:
    """ "địa phương này đã nhân rộng ra 3 đơn vị, gồm A, B và thị trấn C, trên tổng số 16 xã, thị trấn":
    3 of 16 for the district named before, and the three units; "mở rộng thêm 2 xã" is no count."""
    ex = extract(
        "Kim Sơn là huyện đi đầu. Sau hai năm, địa phương này đã nhân rộng ra 3 đơn vị, gồm Ân Hòa, "
        "Lai Thành và thị trấn Bình Minh, trên tổng số 16 xã, thị trấn của huyện."
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} == {(3, 16, "Huyện Kim Sơn")}
    assert consolidated(ex) == {"Ân Hòa", "Lai Thành", "Bình Minh"}
    more = extract("Huyện Kim Sơn có 3 xã thực hiện mô hình. Năm nay, huyện mở rộng thêm 2 xã.")
    assert {(p.done, p.total) for p in more.progress} == {(3, None)}
