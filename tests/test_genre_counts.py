"""Counts said as what is kept, what is left, and what there used to be (docs/genre.md, the
seventeenth rules table): each sentence written for this project; each failed before its rule."""

from __future__ import annotations

import pytest

from lso_tui.model.records import Extraction
from tests.phrasing import article

DATELINE = "Thứ hai, 10/03/2014 - 08:00\n\nXây dựng Đảng\n\n"
CUE = "Mô hình bí thư đảng ủy đồng thời là chủ tịch UBND xã đang bị thu hẹp ở nhiều nơi. "


def extract(body: str) -> Extraction:
    """A body after a sentence naming the model, with a dateline; names looked up in the register."""
    return article(DATELINE + CUE, body)


def dated(ex: Extraction) -> dict[tuple[int | None, str | None], str | None]:
    """Each count with its region, and its date."""
    return {(p.done, p.scope): p.as_of for p in ex.progress}


@pytest.mark.parametrize(
    ("sentence", "count", "region"),
    [
        ("Huyện miền núi Quế Phong vẫn giữ được 2 đơn vị là xã Tri Lễ và thị trấn Kim Sơn.", 2, "Huyện Quế Phong"),
        ("Không chỉ Nghệ An, tỉnh láng giềng Thanh Hóa hiện duy trì 17 xã, giảm gần một nửa.", 17, "Tỉnh Thanh Hóa"),
    ],
)
def test_units_kept(sentence: str, count: int, region: str) -> None:
    """ "vẫn giữ được N đơn vị", "duy trì N xã": how many have it now."""
    assert (count, region) in dated(extract(sentence))


def test_what_is_left_and_what_there_was() -> None:
    """ "từ 3 xã nay chỉ còn 1 là X"; "từng có 9 xã …, nay chỉ còn 2"; "giảm 6 xã, chỉ còn 5."; the
    earlier counts are undated, the ones now dated by the article."""
    ex = extract(
        "Huyện Diễn Châu từ 4 xã nay chỉ còn 1 là Diễn Hoa. Tỉnh Yên Bái từng có 9 xã, phường triển khai, "
        "nay chỉ còn 2. Tỉnh Sóc Trăng sau đại hội nhiệm kỳ 2015-2020 giảm 6 xã, chỉ còn 5."
    )
    found = dated(ex)
    assert found[(4, "Huyện Diễn Châu")] is None and found[(1, "Huyện Diễn Châu")] == "2014-03"
    assert found[(9, "Tỉnh Yên Bái")] is None and found[(2, "Tỉnh Yên Bái")] == "2014-03"
    assert found[(5, "Tỉnh Sóc Trăng")] == "2014-03"


def test_a_count_of_a_year_past_and_the_count_now_named_with_it() -> None:
    """ "Năm 2010, toàn tỉnh từng có 41 đơn vị"; "Cuối năm 2011, con số này mới vào khoảng 300 đơn
    vị"; "gấp hơn hai lần con số 68 đơn vị hiện nay"."""
    ex = extract(
        "Năm 2010, toàn tỉnh Hà Tĩnh từng có 41 đơn vị, nhưng nhiều nơi sau đó đã phải tách lại. Trên cả "
        "nước hiện có hơn 900 đơn vị thực hiện. Cuối năm 2011, con số này mới vào khoảng 300 đơn vị. Nghệ An đề ra đến "
        "năm 2020 có 150 xã thực hiện mô hình, gấp hơn hai lần con số 68 đơn vị hiện nay."
    )
    found = dated(ex)
    assert found[(41, "Tỉnh Hà Tĩnh")] == "2010"
    assert found[(300, None)] == "2011"
    assert (68, "Tỉnh Nghệ An") in found


def test_one_of_n_and_the_others_named() -> None:
    """ "X là 1 trong 5 xã của huyện Y bố trí …": 5 for Y; "Bốn xã còn lại là A, B, C và D" (a name
    that folds like "phường" included); "…; xã còn lại là E"."""
    ex = extract(
        "Như vậy, Kiên Lao là 1 trong 5 xã của huyện Lục Ngạn bố trí bí thư đảng ủy đồng thời là chủ tịch "
        "UBND xã. Bốn xã còn lại là Phượng Sơn, Quý Sơn, Hồng Giang và Tân Hoa. Phước Thái từng là 1 trong 2 "
        "xã của huyện Ninh Phước thực hiện mô hình bí thư đồng thời là chủ tịch UBND; xã còn lại là Phước Vinh."
    )
    assert (5, "Huyện Lục Ngạn") in dated(ex) and (2, "Huyện Ninh Phước") in dated(ex)
    done = {u.name for u in ex.units if u.consolidated}
    assert {"Phượng Sơn", "Quý Sơn", "Hồng Giang", "Tân Hoa", "Phước Vinh"} <= done


def test_ratios_and_rates_said_in_words() -> None:
    """ "tăng từ 12 đơn vị năm 2011 lên 32 trên 76 xã …, chiếm 42,1%"; "từ chỗ chỉ có 1 xã thí điểm năm
    2016"; "tỷ lệ hiện là 31,1%"; "thành phố này đã bố trí ở 5 phường"; a later clause on the HĐND."""
    ex = extract(
        "Tỉnh Hậu Giang đã tăng từ 12 đơn vị năm 2011 lên 32 trên 76 xã, phường, thị trấn hiện nay, chiếm "
        "42,1%. Huyện Lý Nhân từ chỗ chỉ có 1 xã thí điểm năm 2016, nay đã thực hiện ở 4 trong tổng số 23 xã. "
        "Ở cấp xã của tỉnh Hòa Bình, tỷ lệ hiện là 31,1%. Dẫn đầu là thành phố Tuy Hòa; thành phố này đã bố "
        "trí ở 5 phường. Toàn tỉnh Vĩnh Phúc có 34/137 xã, phường, thị trấn thực hiện mô hình này, đạt 24,8%; "
        "ở 103 đơn vị còn lại, bí thư đảng ủy đồng thời là chủ tịch HĐND."
    )
    found = {(p.done, p.total, p.share, p.scope): p.as_of for p in ex.progress}
    assert found[(12, None, None, "Tỉnh Hậu Giang")] == "2011"
    assert (32, 76, 0.421, "Tỉnh Hậu Giang") in found
    assert found[(1, None, None, "Huyện Lý Nhân")] == "2016"
    assert (None, None, 0.311, "Tỉnh Hòa Bình") in found
    assert (5, None, None, "Thành phố Tuy Hòa") in found
    assert (34, 137, 0.248, "Tỉnh Vĩnh Phúc") in found
    assert not any(p.done == 103 for p in ex.progress)


def test_a_breakdown_and_counts_of_years_past() -> None:
    """ "Trong đó, huyện A 3 xã (…), B 2 xã, C 1 xã"; "năm 2012, X có 17 xã thực hiện, nay chỉ còn 4";
    "Y từ 3 xã thời điểm thí điểm năm 2009 đã tăng lên 12 xã"."""
    ex = extract(
        "Ở Thái Bình, tỉnh này hiện có 8/260 xã, phường, thị trấn thực hiện mô hình. Trong đó, huyện Tiền Hải "
        "3 xã (Nam Hà, Nam Hải, Nam Phú), Kiến Xương 2 xã, Vũ Thư 1 xã. Bức tranh không đồng đều: năm 2012, Hà "
        "Tĩnh có 17 xã thực hiện, nay chỉ còn 4; ngược lại, Nghệ An từ 3 xã thời điểm thí điểm năm 2009 đã "
        "tăng lên 12 xã, phường."
    )
    found = dated(ex)
    assert {(3, "Huyện Tiền Hải"), (2, "Huyện Kiến Xương"), (1, "Huyện Vũ Thư")} <= set(found)
    assert found[(17, "Tỉnh Hà Tĩnh")] == "2012" and found[(4, "Tỉnh Hà Tĩnh")] == "2014-03"
    assert found[(3, "Tỉnh Nghệ An")] == "2009" and found[(12, "Tỉnh Nghệ An")] == "2014-03"


def test_a_district_its_total_then_how_many_and_what_is_not_it() -> None:
    """ "Huyện X hiện có 15 xã, thị trấn. Đến nay, huyện này mới bố trí được 3 đơn vị …": 3 of 15;
    "9/14 xã đạt chuẩn" (new rural communes) and "tách riêng … ở tất cả 23 xã" are no figures; "Ở Y,
    huyện vùng cao của tỉnh, con số là 2/15" is Y's; "tỷ lệ này hiện ở mức 14,3%", "chỉ chọn 3 đơn vị
    để thí điểm", "con số là 9 trên 24."."""
    ex = extract(
        "Huyện Phú Bình hiện có 20 xã, thị trấn. Đến nay, huyện này mới bố trí được 3 đơn vị có bí thư đảng "
        "ủy đồng thời là chủ tịch UBND. Huyện đã có 9/14 xã đạt chuẩn nông thôn mới. Ở Định Hóa, huyện vùng "
        "cao của tỉnh, con số là 2/24. Huyện Bắc Quang vẫn duy trì việc tách riêng hai chức danh ở tất cả 23 "
        "xã, thị trấn. Tính chung cả nước, tỷ lệ này hiện ở mức 14,3%. Năm 2009, Lâm Đồng chỉ chọn 3 đơn vị "
        "để thí điểm. Ở Lục Yên, con số là 9 trên 24."
    )
    found = {(p.done, p.total, p.share, p.scope) for p in ex.progress}
    assert {(3, 20, None, "Huyện Phú Bình"), (2, 24, None, "Huyện Định Hóa"), (None, None, 0.143, None),
            (3, None, None, "Tỉnh Lâm Đồng"), (9, 24, None, "Huyện Lục Yên")} <= found  # fmt: skip
    assert not any(p.total == 14 or p.total == 23 for p in ex.progress)


def test_a_region_of_the_country_is_no_province() -> None:
    """ "nhiều tỉnh Đồng bằng sông Cửu Long …": no province named "Đồng"."""
    ex = extract(
        "Trong khi nhiều tỉnh Đồng bằng sông Cửu Long đã gần phủ kín mô hình, Sóc Trăng mới có 20/109 xã. "
        "Nghị quyết Đại hội Đảng bộ tỉnh tiếp tục đặt mục tiêu đến năm 2025 có khoảng 25%."
    )
    assert all(t.scope != "Tỉnh Đồng" for t in ex.targets) and ex.targets
    assert all(p.scope != "Tỉnh Đồng" for p in ex.progress)
