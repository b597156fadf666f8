"""Phrasings of figures for several regions and across time (docs/genre.md, "Rules added from the
twelfth to the fourteenth dev set"), written for this project: each failed before the rule that
handles it."""

from __future__ import annotations

import pytest

from lso_tui.model.records import Extraction
from tests.phrasing import article, dated, figures

DATELINE = "Thứ ba, 12/11/2019 - 07:30\n\nThời sự\n\n"
CUE = "Bí thư đảng ủy đồng thời là chủ tịch UBND cấp xã là chủ trương lớn của Trung ương. "


def extract(body: str, cue: bool = True) -> Extraction:
    """The body of an article with a dateline, after a sentence naming the model when *cue*; bare
    province and district names are looked up in the register, as the build does."""
    return article(DATELINE + (CUE if cue else ""), body)


# An earlier count beside the current one


def test_a_start_dated_by_its_year_then_the_count_now() -> None:
    """ "Từ 2 xã năm 2016, đến nay huyện … đã có 6/15 xã …": the start is a count of 2016."""
    ex = extract(
        "Từ 2 xã năm 2016, đến nay huyện Văn Yên đã có 6/15 xã, thị trấn bố trí bí thư đồng thời là "
        "chủ tịch UBND."
    )
    assert figures(ex) == {(2, None, None, "Huyện Văn Yên", "district"), (6, 15, None, "Huyện Văn Yên", "district")}
    assert dated(ex)[(2, None, None)] == "2016"
    assert dated(ex)[(6, 15, None)] == "2019-11"


def test_the_count_at_the_year_compared_with() -> None:
    """ "…, tăng 20 đơn vị so với cuối năm 2016, thời điểm tỉnh mới có 11 đơn vị": 11 as of 2016."""
    ex = extract(
        "Toàn tỉnh Hưng Yên hiện có 31/161 xã, phường, thị trấn thực hiện mô hình này, tăng 20 đơn vị so "
        "với cuối năm 2016, thời điểm Hưng Yên mới có 11 đơn vị."
    )
    assert (11, None, None, "Tỉnh Hưng Yên", "province") in figures(ex)
    assert dated(ex)[(11, None, None)] == "2016"


def test_if_then_the_count_of_a_year_and_the_count_now() -> None:
    """ "nếu năm 2012 X mới có 1 xã … thì nay con số này là 4/17": the 1 is a count of 2012."""
    ex = extract(
        "Nếu năm 2012 Văn Bàn mới có 1 xã (Khánh Yên Hạ) thực hiện thì nay con số này là 4/17 xã, "
        "thị trấn."
    )
    assert dated(ex)[(1, None, None)] == "2012"
    assert (4, 17, None) in dated(ex)


def test_in_a_commune_is_not_a_count_of_one() -> None:
    """ "ở một xã vùng cao có 9 bản, việc … thực hiện …": "một" is "a" here."""
    ex = extract(
        "Theo ông, ở một xã vùng cao có 9 bản, việc một người vừa lãnh đạo vừa tổ chức thực hiện giúp "
        "công việc trôi chảy hơn."
    )
    assert figures(ex) == set()


# One figure said in parts


def test_a_sapo_count_and_the_body_ratio_are_one_figure() -> None:
    """The sapo's "43 đơn vị" and the body's "43/250 …, chiếm 17,2%" are one figure."""
    ex = extract(
        "Đến nay, cấp xã của tỉnh Nam Định đã có 43 đơn vị bố trí bí thư đồng thời là chủ tịch UBND.\n\n"
        "Theo báo cáo, toàn tỉnh Nam Định có 43/250 xã, phường, thị trấn thực hiện, chiếm 17,2%."
    )
    assert figures(ex) == {(43, 250, 0.172, "Tỉnh Nam Định", "province")}


def test_every_unit_and_then_its_share_are_one_figure() -> None:
    """A ratio and, later in the text, its share alone are one figure when they agree."""
    ex = extract(
        "Huyện Krông Búk đã bầu bí thư giữ chức chủ tịch UBND ở 4/8 xã. Như vậy, huyện Krông Búk đạt 50% "
        "số xã thực hiện."
    )
    assert figures(ex) == {(4, 8, 0.5, "Huyện Krông Búk", "district")}


def test_a_count_with_its_share_of_all_units() -> None:
    """ "toàn tỉnh … hiện có 9 đơn vị, chiếm 4,1% tổng số xã": the count and its share."""
    ex = extract("Toàn tỉnh Hà Nam hiện có 9 đơn vị, chiếm 4,1% tổng số xã, phường, thị trấn.")
    assert figures(ex) == {(9, None, 0.041, "Tỉnh Hà Nam", "province")}


# Several regions in one clause


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai tỉnh Sóc Trăng và Hậu Giang khi đó đạt lần lượt khoảng 24% và 30 đơn vị.",
        "Khi đó, hai tỉnh láng giềng là Sóc Trăng và Hậu Giang lần lượt có khoảng 24% và 30 đơn vị.",
    ],
)
def test_figures_said_respectively(sentence: str) -> None:
    """ "A và B đạt lần lượt x% và N đơn vị": the first is A's, the second B's."""
    ex = extract("Tỉnh Bạc Liêu có 20/64 xã, phường, thị trấn thực hiện mô hình. " + sentence)
    assert (None, None, 0.24, "Tỉnh Sóc Trăng", "province") in figures(ex)
    assert (30, None, None, "Tỉnh Hậu Giang", "province") in figures(ex)


def test_shares_said_respectively_with_no_unit_word() -> None:
    """ "Lâm Đồng và Đắk Lắk đạt lần lượt 27,5% và khoảng 35%": a share each."""
    ex = extract(
        "Tỉnh Đắk Nông có 20/71 xã, phường, thị trấn thực hiện mô hình. Khi đó, Lâm Đồng và Đắk Lắk đạt "
        "lần lượt 27,5% và khoảng 35%."
    )
    assert (None, None, 0.275, "Tỉnh Lâm Đồng", "province") in figures(ex)
    assert (None, None, 0.35, "Tỉnh Đắk Lắk", "province") in figures(ex)


def test_each_region_with_one_count() -> None:
    """ "A và B, mỗi huyện có 3 đơn vị": 3 for each."""
    ex = extract(
        "Huyện Bát Xát dẫn đầu với 5/22 xã, thị trấn; Mường Khương và Si Ma Cai, mỗi huyện có 3 đơn vị."
    )
    assert (3, None, None, "Huyện Mường Khương", "district") in figures(ex)
    assert (3, None, None, "Huyện Si Ma Cai", "district") in figures(ex)


def test_each_district_choosing_units_is_a_goal_not_a_figure() -> None:
    """ "mỗi huyện chọn thêm ít nhất 2 xã" names no regions: nothing to pair."""
    ex = extract("Đến năm 2020, tỉnh phấn đấu có 30% đơn vị; mỗi huyện, thành phố chọn thêm ít nhất 2 xã.")
    assert figures(ex) == set()


# Regions compared


def test_the_figure_said_of_a_neighbouring_district() -> None:
    """ "Ở huyện X lân cận, con số là 2 xã": X's count."""
    ex = extract("Huyện Định Hóa có 5/24 xã thực hiện mô hình này. Ở huyện Đại Từ lân cận, con số là 2 xã.")
    assert (2, None, None, "Huyện Đại Từ", "district") in figures(ex)


def test_a_neighbour_compared_by_its_share_alone() -> None:
    """ "Trong khi đó, tỉnh bạn X mới đạt khoảng 25%.": X's share."""
    ex = extract(
        "Tỉnh Trà Vinh có 40/106 xã, phường, thị trấn thực hiện, đạt 37,7%. Trong khi đó, tỉnh bạn Vĩnh "
        "Long mới đạt khoảng 25%."
    )
    assert (None, None, 0.25, "Tỉnh Vĩnh Long", "province") in figures(ex)


def test_far_from_is_not_a_commune_and_a_rate_already_reached_is_a_share() -> None:
    """ "… và càng cách xa Cà Mau, nơi tỷ lệ đã lên tới 49,3%": "xa" (far) is no "xã"; Cà Mau's share."""
    ex = extract(
        "Tỉnh Kiên Giang có 30/144 xã thực hiện. Con số này thấp hơn so với tỉnh láng giềng An Giang (44/156 "
        "đơn vị) và càng cách xa Cà Mau, nơi tỷ lệ đã lên tới 49,3%."
    )
    assert (44, 156, None, "Tỉnh An Giang", "province") in figures(ex)
    assert (None, None, 0.493, "Tỉnh Cà Mau", "province") in figures(ex)
    assert "Cà Mau" not in {u.name for u in ex.units}


def test_the_council_arrangement_named_before_is_not_counted() -> None:
    """ "… phương án bí thư kiêm chủ tịch HĐND. Huyện X có 6/12 xã theo cách này.": the other one."""
    ex = extract(
        "Nhiều địa phương chọn phương án bí thư đảng ủy kiêm chủ tịch HĐND. Huyện Long Thành có 6/13 xã, "
        "thị trấn theo cách này."
    )
    assert figures(ex) == set()
