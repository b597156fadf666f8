"""Real web pages, as text, are messy: a masthead and a series line above the headline, a section
before the dateline, "Tin liên quan" links and photo captions between paragraphs, results in bullet
lists and in tables written as lines. Each page here is written for this project; each test failed
before the rule that handles it (docs/genre.md, "Rules added from the fifteenth and sixteenth dev
set")."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import dated, figures, page


def extract(text: str) -> Extraction:
    """A whole page, bare names looked up in the register as the build does."""
    return page(text)


SERIES = """BÁO LẠNG SƠN ĐIỆN TỬ
Xây dựng Đảng | Thứ Ba, 12/09/2017 - 08:15

LOẠT BÀI: MỘT NGƯỜI, HAI VIỆC
Bài 2: Từ vài xã làm thử đến gần 3/10 đơn vị cấp xã

Sau ba năm triển khai, Lạng Sơn đã có 62 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND, chiếm 27,3% số đơn vị cấp xã của tỉnh.

Tin liên quan:
- Văn Quan: Sắp xếp lại các thôn, khối phố

Theo báo cáo của Ban Tổ chức Tỉnh ủy trình bày tại hội nghị ngày 8/9, năm 2014, khi tỉnh bắt đầu làm thí điểm, toàn tỉnh mới có 9 đơn vị cấp xã áp dụng mô hình. Sau đại hội đảng bộ cơ sở nhiệm kỳ 2015-2020, con số này tăng gấp đôi, lên 18 đơn vị. Đến nay, cả tỉnh đạt 62/227 xã, phường, thị trấn.

Kết quả ở một số địa phương:
- Huyện Cao Lộc: 8/23 xã, thị trấn (34,8%);
- Huyện Văn Lãng: 5/20 xã, thị trấn;
- Huyện Đình Lập: cả 12 xã, thị trấn;
- Tràng Định: 4/23;
- TP Lạng Sơn: 3/8 phường, xã.

Thanh Minh
"""


def test_a_series_page_with_a_section_before_its_dateline() -> None:
    """The dateline after "Xây dựng Đảng |" dates the page; the masthead and the series line are not
    the headline, so the headline's "gần 3/10" (a rounding of the body's share) is no figure."""
    ex = extract(SERIES)
    assert ex.document.date == "2017-09-12"
    assert ex.document.title is not None and ex.document.title.startswith("Bài 2:")
    assert not any(p.total == 10 for p in ex.progress)


def test_a_related_link_does_not_break_the_thread_and_earlier_counts_are_dated() -> None:
    """After "Tin liên quan", the report's figures are still read; "năm 2014, khi …, mới có 9 đơn vị"
    is a count of 2014, and "tăng gấp đôi, lên 18 đơn vị" a count too."""
    ex = extract(SERIES)
    assert dated(ex)[(9, None, None)] == "2014"
    assert (18, None, None, "Tỉnh Lạng Sơn", "province") in figures(ex)
    assert (62, 227, 0.273, "Tỉnh Lạng Sơn", "province") in figures(ex)


def test_a_bullet_list_of_results() -> None:
    """Each item is its region's figure, bare names and "cả 12 xã" included."""
    found = figures(extract(SERIES))
    assert {
        (8, 23, 0.348, "Huyện Cao Lộc", "district"),
        (5, 20, None, "Huyện Văn Lãng", "district"),
        (12, 12, None, "Huyện Đình Lập", "district"),
        (4, 23, None, "Huyện Tràng Định", "district"),
        (3, 8, None, "Thành phố Lạng Sơn", "district"),
    } <= found


TABLE = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự
Thứ Năm, 04/10/2018 19:45

Nghệ An: 58 xã, phường, thị trấn thực hiện bí thư đồng thời là chủ tịch UBND

Theo Ban Tổ chức Tỉnh ủy, đến hết tháng 9/2018, toàn tỉnh có 58 đơn vị trên tổng số 480 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND, đạt 12,08%. Năm 2015, con số này mới là 20 đơn vị.

Số liệu một số địa phương (đơn vị thực hiện | tổng số đơn vị | tỷ lệ):
Quỳnh Lưu | 9 | 33 | 27,3%
Diễn Châu | 6 | 38 | 15,8%
TP Vinh | 3 | 25 | 12%

Ngoài ra, thị xã Hoàng Mai có hai phường thực hiện là Quỳnh Thiện và Quỳnh Dị.
"""


def test_a_table_of_results_written_as_lines() -> None:
    """ "Quỳnh Lưu | 9 | 33 | 27,3%": done, total and share of that region; the prose after it is
    still read; "Năm 2015, con số này mới là 20 đơn vị" is a count of 2015."""
    ex = extract(TABLE)
    assert {
        (9, 33, 0.273, "Huyện Quỳnh Lưu", "district"),
        (6, 38, 0.158, "Huyện Diễn Châu", "district"),
        (3, 25, 0.12, "Thành phố Vinh", "district"),
        (2, None, None, "Thị xã Hoàng Mai", "district"),
    } <= figures(ex)
    assert dated(ex)[(20, None, None)] == "2015"


def test_a_row_whose_share_does_not_match_is_no_figure() -> None:
    """ "Yên Thành | 9 | 39 | 50%": the share contradicts the counts; the row is left out."""
    ex = extract(TABLE.replace("Diễn Châu | 6 | 38 | 15,8%", "Yên Thành | 9 | 39 | 50%"))
    assert not any(p.scope == "Huyện Yên Thành" for p in ex.progress)


BROADCAST = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẬU GIANG
Thời sự - Chính trị
Cập nhật: 16/07/2020 08:05
Chủ nhật, 12/07/2020 06:05 (GMT+7)

Hậu Giang: Hai huyện dẫn đầu về bí thư đồng thời là chủ tịch UBND xã

Sau hơn hai năm, tỉnh Hậu Giang đã có 38/75 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND, đạt 50,67%. Nhìn lại nhiệm kỳ trước, từ 6 xã đầu nhiệm kỳ, đến nay huyện Vị Thủy có 8/10 xã, thị trấn thực hiện.

Dẫn đầu là huyện Long Mỹ với cả 4 xã Long Bình, Long Trị, Long Phú, Tân Phú; tiếp theo là Phụng Hiệp 7/15 xã. Thị trấn Một Ngàn và các xã Tân Hòa, Trường Long Tây làm từ năm 2016; các xã Nhơn Nghĩa A, Thạnh Xuân bố trí sau đại hội đảng bộ cơ sở năm 2020. Xã Tân Phú Thạnh, Trường Long A cùng huyện cũng đã làm như vậy.

Ảnh: Trụ sở UBND xã Long Bình, huyện Long Mỹ được xây mới khang trang trong năm 2019. Ảnh: Hữu Thọ

So với khu vực, Hậu Giang vẫn đi sau Bạc Liêu, nơi đã đạt 100% (64/64 đơn vị), nhưng cao hơn Sóc Trăng (14,5%). Bình quân cả nước, tỷ lệ này chưa đến 15%. Tỉnh Vĩnh Long (cũ) đạt 41/107 (38,32%), tăng mạnh so với con số 12 đơn vị của năm 2016. Thuận An và Ứng Hòa, mỗi huyện 3 xã.

Dự và chỉ đạo hội nghị có đồng chí Trần Văn Huyến, Phó Bí thư Tỉnh ủy. Nghị quyết đại hội huyện Vị Thủy xác định: đến năm 2025 có trên 90% xã, thị trấn thực hiện mô hình này.

Theo báo cáo, tỉnh Sóc Trăng hiện có 16/109 xã, phường, thị trấn thực hiện mô hình. Dự thảo Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng nêu mục tiêu đến năm 2025 cả tỉnh có khoảng 35%.
"""


def test_a_broadcasters_page_its_masthead_section_and_update_line() -> None:
    """The broadcaster's name, the section ("Thời sự - Chính trị") and the "Cập nhật" line are not
    the headline."""
    ex = extract(BROADCAST)
    assert ex.document.title is not None and ex.document.title.startswith("Hậu Giang: Hai huyện")


def test_units_after_every_unit_when_they_did_it_and_those_that_did_the_same() -> None:
    """ "với cả 4 xã A, B, C, D"; "… làm từ năm 2016; … bố trí sau đại hội …"; "… cũng đã làm như vậy"."""
    units = {u.name for u in extract(BROADCAST).units if u.consolidated}
    assert {"Long Bình", "Long Trị", "Long Phú", "Tân Phú", "Tân Hòa", "Trường Long Tây", "Nhơn Nghĩa A",
            "Thạnh Xuân", "Tân Phú Thạnh", "Trường Long A"} <= units  # fmt: skip


def test_figures_of_a_broadcasters_page() -> None:
    """A caption does not break the thread; "từ 6 xã đầu nhiệm kỳ" is an earlier count; neighbours'
    shares in parentheses; "chưa đến 15%" for the country; "đạt 41/107 (38,32%)"; "so với con số 12
    đơn vị của năm 2016"; a name that starts with an accented capital ("Ứng Hòa")."""
    ex = extract(BROADCAST)
    found = figures(ex)
    assert {
        (4, 4, None, "Huyện Long Mỹ", "district"),
        (7, 15, None, "Huyện Phụng Hiệp", "district"),
        (64, 64, 1.0, "Tỉnh Bạc Liêu", "province"),
        (None, None, 0.145, "Tỉnh Sóc Trăng", "province"),
        (None, None, 0.15, None, "country"),
        (41, 107, 0.3832, "Tỉnh Vĩnh Long", "province"),
        (12, None, None, "Tỉnh Vĩnh Long", "province"),
        (3, None, None, "Huyện Ứng Hòa", "district"),
    } <= found
    assert dated(ex)[(6, None, None)] is None
    assert dated(ex)[(12, None, None)] == "2016"


def test_goals_of_a_district_congress_and_of_a_draft_after_a_figure() -> None:
    """A guest's title ("Phó Bí thư Tỉnh ủy") does not make the district's goal the province's; a
    draft's goal right after a figure of the model is about it."""
    goals = {(t.share, t.year, t.scope, t.scope_level) for t in extract(BROADCAST).targets}
    assert (0.9, 2025, "Huyện Vị Thủy", "district") in goals
    assert (0.35, 2025, "Tỉnh Sóc Trăng", "province") in goals
