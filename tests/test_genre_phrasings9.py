"""Phrasings of the real press genre added from the forty-fifth dev set on (docs/genre.md, Part 1):
each sentence written for this project (other places, people and numbers than any page read);
each test failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import article, consolidated, goals, holders, page

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


def test_units_chosen_in_a_later_round_named_bare_after_la() -> None:
    """ "… hiện có 4/21 xã bố trí một người …. Đến năm 2017, huyện quyết định mở rộng thêm. Hai xã được
    chọn trong đợt này là A và B": both consolidated, as the first two."""
    ex = extract(
        "Huyện Hưng Hà hiện có 4/35 xã, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND. Hai đơn vị "
        "đi đầu là xã Tân Lễ và xã Canh Tân.\n\n"
        "Năm 2017, Ban Thường vụ Huyện ủy mở rộng thêm. Hai xã được chọn trong đợt này là Hòa Tiến và Điệp Nông."
    )
    assert consolidated(ex) == {"Tân Lễ", "Canh Tân", "Hòa Tiến", "Điệp Nông"}


def test_units_said_done_after_a_congress_then_named_in_the_next_sentence() -> None:
    """ "Hai xã còn lại được bố trí sau Đại hội …. Đó là A và B.": both consolidated."""
    ex = extract(
        "Xã Sơn Vĩ làm từ năm 2013 và là xã đầu tiên của huyện Mèo Vạc áp dụng cách bố trí này.\n\n"
        "Hai xã còn lại được bố trí sau Đại hội Đảng bộ cấp xã nhiệm kỳ 2015-2020. Đó là Lũng Pù và Khâu Vai."
    )
    assert {"Lũng Pù", "Khâu Vai"} <= consolidated(ex)


def test_more_units_placed_after_a_count_alone_and_the_first_ones_named_after_noi() -> None:
    """ "… 7/26 xã thực hiện. Năm 2016, chúng tôi mới có 2 đơn vị. Hai nơi làm đầu tiên là thị trấn A và
    xã B. Sau đại hội, huyện bố trí thêm ở các xã C, D."; "Ở xã E, mô hình được duy trì từ năm 2016"."""
    ex = extract(
        "Quảng Ninh hiện có 7/26 xã, thị trấn thực hiện. Năm 2016, chúng tôi mới có 2 đơn vị. Hai nơi làm "
        "đầu tiên là thị trấn Quán Hàu và xã Vĩnh Ninh. Sau đại hội đảng bộ cấp xã, huyện bố trí thêm ở các "
        "xã Gia Ninh, Hàm Ninh và Duy Ninh.\n\n"
        "Ở xã Trường Xuân, mô hình được duy trì liên tục từ năm 2016."
    )
    assert consolidated(ex) == {"Quán Hàu", "Vĩnh Ninh", "Gia Ninh", "Hàm Ninh", "Duy Ninh", "Trường Xuân"}


def test_a_post_held_since_a_year_then_another_taken_later_in_the_sentence_are_both_held() -> None:
    """ "ông A làm Bí thư Đảng ủy từ năm 2012, đến tháng 5/2014 được HĐND xã tín nhiệm bầu thêm chức Chủ
    tịch UBND xã": both posts; not when another person is named before the second."""
    ex = extract(
        "Ở xã Pả Vi, ông Giàng Seo Chứ làm Bí thư Đảng ủy từ năm 2012, đến tháng 5/2014 được HĐND xã tín "
        "nhiệm bầu thêm chức Chủ tịch UBND xã với 21/23 phiếu."
    )
    assert ("Giàng Seo Chứ", "Pả Vi", True) in holders(ex)
    other = extract(
        "Ở xã Pả Vi, ông Giàng Seo Chứ làm Bí thư Đảng ủy từ năm 2012, đến tháng 5/2014 ông Mua Mí Sính "
        "được HĐND xã bầu giữ chức Chủ tịch UBND xã."
    )
    assert ("Giàng Seo Chứ", "Pả Vi", False) in holders(other)


def test_units_of_the_same_round_as_a_holders_commune_are_consolidated() -> None:
    """ "… ông A … được bầu thêm chức Chủ tịch UBND xã X. Cùng đợt với X còn có các xã B, C và D.": all four."""
    ex = extract(
        "Ở xã Pả Vi, ông Giàng Seo Chứ làm Bí thư Đảng ủy từ năm 2012, đến tháng 5/2014 được HĐND xã bầu "
        "thêm chức Chủ tịch UBND xã. Cùng đợt với Pả Vi còn có các xã Lũng Cú, Sủng Là và Phố Cáo."
    )
    assert consolidated(ex) == {"Pả Vi", "Lũng Cú", "Sủng Là", "Phố Cáo"}


def test_a_count_in_words_that_opens_a_sentence_of_a_list_going_on_is_a_figure() -> None:
    """ "… Ở A, con số là 5/15. Huyện B có hai xã, huyện C có 3 xã." and "… Huyện D có hai xã, còn …":
    each its district's; not "Huyện E có hai xã biên giới." """
    ex = extract(
        "Huyện Tri Tôn dẫn đầu với 7/15 xã, thị trấn. Ở Tịnh Biên, con số là 4/14. Huyện Chợ Mới có hai "
        "xã, huyện Phú Tân có 3 xã. Huyện Châu Phú có hai xã, còn một số huyện khác vẫn đang chuẩn bị."
    )
    got = {(p.done, p.scope) for p in ex.progress}
    assert {(2, "Huyện Chợ Mới"), (3, "Huyện Phú Tân"), (2, "Huyện Châu Phú")} <= got
    border = extract("Huyện Tri Tôn dẫn đầu với 7/15 xã, thị trấn. Huyện An Phú có hai xã biên giới.")
    assert {(p.done, p.scope) for p in border.progress} == {(7, "Huyện Tri Tôn")}


def test_a_province_named_bare_is_no_person_and_a_merger_moves_the_posts_the_holder_keeps() -> None:
    """ "… xã A (Cẩm Xuyên, Hà Tĩnh) …. Năm 2019, xã A nhập với xã B thành xã C; ông tiếp tục được giao
    giữ chức Bí thư Đảng ủy, Chủ tịch UBND xã C.": no person "Hà Tĩnh"; the holder's unit is C now."""
    ex = extract(
        "Ông Trần Quốc Vượng làm Bí thư Đảng ủy kiêm Chủ tịch UBND xã Cẩm Nam (Cẩm Xuyên, Hà Tĩnh) từ năm "
        "2015. Năm 2019, xã Cẩm Nam nhập với xã Cẩm Yên thành xã Nam Phúc Thăng; ông tiếp tục được giao giữ "
        "chức Bí thư Đảng ủy, Chủ tịch UBND xã Nam Phúc Thăng."
    )
    assert holders(ex) == {("Trần Quốc Vượng", "Nam Phúc Thăng", True)}


def test_a_goal_takes_the_term_nearest_it_and_a_resolutions_goal_said_after_la() -> None:
    """ "… tăng từ 20 đơn vị đầu nhiệm kỳ 2015-2020 lên 48/110 …, chưa đạt chỉ tiêu trên 60% mà Nghị
    quyết … nhiệm kỳ 2020-2025 đề ra": 60% by 2025; "chỉ tiêu của Nghị quyết … nhiệm kỳ 2015-2020 là có
    trên 40% số xã": 40% by 2020."""
    ex = extract(
        "Ở tỉnh Bạc Liêu (cũ), mô hình tăng từ 20 đơn vị đầu nhiệm kỳ 2015-2020 lên 48/64 đơn vị vào tháng "
        "6/2025, nhưng chưa đạt chỉ tiêu trên 80% mà Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025 đề ra.",
        "Thứ hai, 15/09/2025 - 08:00",
    )
    assert goals(ex) == {("Tỉnh Bạc Liêu", "province", 0.8, 2025)}
    said = extract(
        "Tại kỳ họp, ông Phan Văn Hùng, Chủ tịch HĐND huyện Hớn Quản, nhắc lại chỉ tiêu của Nghị quyết Đại "
        "hội Đảng bộ huyện nhiệm kỳ 2015-2020 là có trên 40% số xã, thị trấn thực hiện mô hình."
    )
    assert goals(said) == {("Huyện Hớn Quản", "district", 0.4, 2020)}


def test_now_said_as_hien_la_after_former_posts_names_the_commune_held() -> None:
    """ "ông A, nguyên Bí thư Huyện ủy đồng thời là Chủ tịch UBND huyện X (cũ), hiện là Bí thư Đảng ủy,
    Chủ tịch HĐND xã B": his unit is B."""
    ex = extract(
        "Trường hợp tương tự là ông Đỗ Minh Quý, nguyên Bí thư Huyện ủy đồng thời là Chủ tịch UBND huyện "
        "Thuận Bắc (cũ), hiện là Bí thư Đảng ủy, Chủ tịch HĐND xã Công Hải.",
        "Thứ hai, 12/01/2026 - 08:00",
    )
    assert {(name, unit) for name, unit, _both in holders(ex)} == {("Đỗ Minh Quý", "Công Hải")}


def test_units_that_elected_their_secretary_chairman_and_units_after_voi_cac_xa() -> None:
    """ "Cùng đợt này, các xã A, B (X) và C (Y) cũng bầu bí thư đảng ủy làm chủ tịch UBND."; "Ở Z, con số
    là 3/8, với các xã D, E và F.": all six consolidated."""
    ex = extract(
        "Cùng đợt này, các xã Cam Thủy, Thanh Thủy (Lệ Thủy) và Phú Định (Bố Trạch) cũng bầu bí thư đảng ủy "
        "làm chủ tịch UBND.\n\nỞ Kon Plông, con số là 3/9, với các xã Hiếu, Pờ Ê và Đắk Long."
    )
    assert consolidated(ex) == {"Cam Thủy", "Thanh Thủy", "Phú Định", "Hiếu", "Pờ Ê", "Đắk Long"}


def test_each_of_two_districts_named_with_their_kind_has_the_count() -> None:
    """ "Hai huyện miền núi A và B mỗi huyện mới có 1 xã.": one each, not the province's."""
    ex = extract(
        "Huyện Quảng Trạch có 6/18 xã thực hiện mô hình, Bố Trạch 5/30. Hai huyện miền núi Minh Hóa và "
        "Tuyên Hóa mỗi huyện mới có 1 xã."
    )
    got = {(p.done, p.scope) for p in ex.progress}
    assert {(1, "Huyện Minh Hóa"), (1, "Huyện Tuyên Hóa")} <= got
    assert all(p.scope_level == "district" for p in ex.progress)


def test_a_headline_ratio_of_every_unit_said_again_as_all_of_them_is_one_figure() -> None:
    """Headline "A (cũ): 64/64 xã, phường, thị trấn …", body "… ở tất cả 64 xã, phường, thị trấn, đạt
    100%": one figure, 64 of 64 at 100%."""
    ex = page(
        "Bạc Liêu (cũ): 64/64 xã, phường, thị trấn từng có bí thư đồng thời là chủ tịch UBND\n\n"
        "Thứ hai, 12/01/2026 - 08:00\n\n"
        "Trước ngày 1/7/2025, tỉnh Bạc Liêu (cũ) bố trí bí thư đảng ủy đồng thời là chủ tịch UBND ở tất cả "
        "64 xã, phường, thị trấn, đạt 100%.\n"
    )
    assert [(p.done, p.total, p.share) for p in ex.progress] == [(64, 64, 1.0)]


def test_the_same_count_in_an_earlier_year_said_after_the_ratio_now() -> None:
    """ "Hiện A có 30/150 xã …, chiếm 20%, trong khi năm 2016 con số này chỉ là 12 đơn vị": 12 as of 2016."""
    ex = extract(
        "Hiện Tiền Giang có 30/172 xã, phường, thị trấn thực hiện mô hình, chiếm 17,44%, trong khi năm 2016 "
        "con số này chỉ là 12 đơn vị."
    )
    assert {(p.done, p.total, p.as_of, p.scope) for p in ex.progress} == {
        (30, 172, "2020-10", "Tỉnh Tiền Giang"),
        (12, None, "2016", "Tỉnh Tiền Giang"),
    }


def test_national_counts_said_the_ways_overviews_say_them() -> None:
    """ "Cuối năm 2017, con số ấy mới là 930." (the count then); "cả nước có 826 đơn vị …, trong đó 13 tỉnh …
    chiếm 489 đơn vị, gần 60% số đơn vị của cả nước" (826, no share, no 13 of 826); "… 55 đơn vị …
    thực hiện …. Theo Ban Tổ chức Trung ương, cả nước hiện có 903 đơn vị." (903, not a total)."""
    then = extract(
        "Cả nước có 1.712 xã, phường, thị trấn thực hiện mô hình này, chiếm 17,1% trong tổng số 10.035 đơn "
        "vị cấp xã. Cuối năm 2018, con số ấy mới là 1.024."
    )
    assert (1024, None, "2018", "country") in {(p.done, p.total, p.as_of, p.scope_level) for p in then.progress}
    part = extract(
        "Đến tháng 6/2019, cả nước có 912 đơn vị cấp xã thực hiện mô hình, trong đó 9 tỉnh vùng Tây Bắc "
        "chiếm 207 đơn vị, khoảng 23% số đơn vị của cả nước."
    )
    assert {(p.done, p.total, p.share, p.scope_level) for p in part.progress} == {(912, None, None, "country")}
    bare = extract(
        "Cả vùng Tây Nguyên hiện có 61 đơn vị cấp xã thực hiện mô hình. Theo Ban Tổ chức Trung ương, cả "
        "nước hiện có 987 đơn vị."
    )
    assert (987, "country") in {(p.done, p.scope_level) for p in bare.progress}


def test_a_former_province_now_part_of_another_counts_its_own_units() -> None:
    """ "Tỉnh A (cũ), nay sáp nhập vào B, có 31 đơn vị. Tỉnh C (cũ), nay thuộc tỉnh D, mới có 12": A's, C's."""
    ex = extract(
        "Toàn tỉnh Lâm Đồng (cũ) đạt 40/142 đơn vị. Tỉnh Đắk Nông (cũ), nay sáp nhập vào Lâm Đồng, có 23 đơn "
        "vị. Tỉnh láng giềng Phú Yên (cũ), nay "
        "thuộc tỉnh Đắk Lắk, mới có 9 đơn vị.",
        "Thứ hai, 15/09/2025 - 08:00",
    )
    assert {(p.done, p.scope) for p in ex.progress} == {(40, "Tỉnh Lâm Đồng"), (23, "Tỉnh Đắk Nông"), (9, "Tỉnh Phú Yên")}


def test_every_unit_of_districts_said_with_lam_or_100_percent_for_a_list_and_a_ratio_after_a_name_ending_chieu() -> None:
    """ "Huyện A đã làm ở cả 7 xã, thị trấn." (7/7); "B, C và D đã thực hiện ở 100% xã, thị trấn." (each at
    100%); "quận Liên Chiểu 3/5" (a ratio, though "chiều 3/5" is an afternoon)."""
    ex = extract(
        "Huyện Côn Đảo đã làm ở cả 1 đơn vị. Huyện Cần Giờ đã làm ở cả 7 xã, thị trấn. Tiên Yên, Bình Liêu và "
        "Ba Chẽ đã thực hiện ở 100% xã, thị trấn. Quận Hải Châu có 4/13 phường, quận Liên Chiểu 3/5, huyện "
        "Hòa Vang 5/11 xã. Chiều 3/6, hội nghị sơ kết được tổ chức."
    )
    got = {(p.done, p.total, p.share, p.scope) for p in ex.progress}
    assert {
        (7, 7, None, "Huyện Cần Giờ"),
        (None, None, 1.0, "Huyện Tiên Yên"),
        (None, None, 1.0, "Huyện Bình Liêu"),
        (None, None, 1.0, "Huyện Ba Chẽ"),
        (3, 5, None, "Quận Liên Chiểu"),
    } <= got
    assert not any(p.done == 3 and p.total == 6 for p in ex.progress)


def test_a_pages_list_of_other_articles_says_nothing_of_this_one() -> None:
    """A "Tin cùng chuyên mục" / "Xem thêm" list of other headlines, with goals and ratios of other
    provinces, gives no figure and no goal; "Tin liên quan: …" on one line neither; the body still does."""
    ex = page(
        "BÁO ĐIỆN TỬ TỈNH\nTrang chủ › Chính trị\nThứ Tư, 12/05/2021 - 08:10\n\n"
        "Ninh Thuận: 18/65 xã có bí thư đồng thời là chủ tịch UBND\n\n"
        "Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh Ninh Thuận hiện có 18/65 xã, phường, thị trấn thực hiện mô hình "
        "bí thư cấp ủy đồng thời là chủ tịch UBND.\n\n"
        "Tin liên quan: Bình Thuận phấn đấu 40% xã có bí thư kiêm chủ tịch vào năm 2025\n\n"
        "Tỉnh ủy đặt mục tiêu đến năm 2025 có 35% đơn vị cấp xã thực hiện mô hình.\n\n"
        "Tin cùng chuyên mục\n"
        "- Khánh Hòa: 12/139 xã, phường có bí thư đồng thời là chủ tịch UBND\n"
        "- Lâm Đồng đặt mục tiêu 50% xã thực hiện nhất thể hóa vào năm 2025\n"
        "Xem thêm:\n"
        "Phú Yên: 9/110 đơn vị thực hiện mô hình bí thư kiêm chủ tịch\n"
        "Tags: Ninh Thuận, nhất thể hóa\n"
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} == {(18, 65, "Tỉnh Ninh Thuận")}
    assert {(t.share, t.year, t.scope) for t in ex.targets} == {(0.35, 2025, "Tỉnh Ninh Thuận")}


PAGE_TOP = "BÁO ĐIỆN TỬ TỈNH\nChính trị › Xây dựng Đảng\n08:30, 14/03/2023\n\n"
PAGE_BODY = (
    "Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh Ninh Thuận hiện có 18/65 xã, phường, thị trấn thực hiện mô hình "
    "bí thư cấp ủy đồng thời là chủ tịch UBND, cao hơn bình quân chung của các tỉnh trong khu vực.\n\n"
)


def test_a_pages_headline_and_signature_around_its_furniture() -> None:
    """A masthead in capitals and a "›" breadcrumb are no headline; the signature is read above the
    headline ("08:30, 14/03/2023 ¶ Thu Phương ¶ HEADLINE") and above the page's footer ("NAME ¶ Từ khóa: …
    ¶ Chia sẻ | In bài"); "Nguồn: Ban Tổ chức Tỉnh ủy" names no author."""
    headline = "Ninh Thuận: 18/65 xã có bí thư đồng thời là chủ tịch UBND\n\n"
    above = page(PAGE_TOP + "Thu Phương\n\n" + headline + PAGE_BODY)
    assert (above.document.title, above.document.author) == (headline.strip(), "Thu Phương")
    footer = page(PAGE_TOP + headline + PAGE_BODY + "Hoài Nam\n\nTừ khóa: Ninh Thuận, nhất thể hóa\nChia sẻ | In bài | Cỡ chữ A- A+\n")
    assert footer.document.author == "Hoài Nam"
    source = page(PAGE_TOP + headline + PAGE_BODY + "Nguồn: Ban Tổ chức Tỉnh ủy\n\nIn bài | Gửi bài\n")
    assert source.document.author is None


def test_a_table_with_row_numbers_and_ratios_in_one_cell_under_a_header_naming_what_was_done() -> None:
    """ "STT | Huyện | Số xã thực hiện | Tỷ lệ" then "1 | Hà Quảng | 4/18 | 22,22%": each row its district's,
    paragraphs after the model was last named."""
    ex = page(
        PAGE_TOP + "Cao Bằng: mô hình bí thư đồng thời là chủ tịch UBND xã\n\n" + PAGE_BODY
        + "Toàn huyện cũng đã có 98/143 xóm bố trí bí thư chi bộ kiêm trưởng xóm.\n\n"
        + "Bức tranh chung của tỉnh\n\nKết quả ở một số huyện (tháng 10/2019):\n\n"
        + "STT | Huyện | Số xã thực hiện | Tỷ lệ\n1 | Hà Quảng | 4/18 | 22,22%\n2 | Thạch An | 2/16 | 12,5%\n"
    )
    got = {(p.done, p.total, p.share, p.scope) for p in ex.progress}
    assert {(4, 18, 0.2222, "Huyện Hà Quảng"), (2, 16, 0.125, "Huyện Thạch An")} <= got


def test_units_in_parentheses_after_a_list_item_and_after_trong_so_nay_and_a_ranking_after_theo_sau() -> None:
    """ "- Huyện A: 4/12 xã, thị trấn (các xã B, C, D);" (all three); "… Thị xã E có 5/15 xã; huyện F 4/13.
    Trong số này có các xã G, H (E), I (F)." (all three); "Theo sau J là K 5/21, L 3/16." (each its own)."""
    ex = extract(
        "Kết quả cụ thể:\n\n- Huyện Cư Jút: 4/12 xã, thị trấn (các xã Tâm Thắng, Nam Dong, Trúc Sơn);\n\n"
        "Toàn tỉnh có 17 trên tổng số 173 xã, phường, thị trấn đã thực hiện mô hình. Thị xã Đức Phổ có 5/15 "
        "xã, phường; huyện Mộ Đức 4/13. Trong số này có các xã Phổ Văn, Phổ Minh (Đức Phổ), Đức Lân (Mộ Đức).\n\n"
        "Huyện Nam Đông dẫn đầu với 6/11 xã. Theo sau Nam Đông là A Lưới 5/21, Phong Điền 3/16."
    )
    assert {"Tâm Thắng", "Nam Dong", "Trúc Sơn", "Phổ Văn", "Phổ Minh", "Đức Lân"} <= consolidated(ex)
    got = {(p.done, p.total, p.scope) for p in ex.progress}
    assert {(5, 21, "Huyện A Lưới"), (3, 16, "Huyện Phong Điền")} <= got


def test_an_interviews_figures_and_goals() -> None:
    """An interview: "PV: …" questions stand between answers without putting the goal out of reach;
    "… tỉnh này mới đạt 29,5%, tức 41/139 đơn vị" (the share with the ratio); "Tỉnh X (cũ) lúc đó cũng chỉ
    khoảng 19,8%" (X's share); "Từ 12 đơn vị năm 2016, đến nay tỉnh này đã có 38 …" after the country's
    count (the province's earlier count)."""
    ex = extract(
        "PV: Huyện đã bố trí được bao nhiêu đơn vị?\n\n"
        "Ông Lê Văn Hòa: Huyện mình hiện có 3/9 xã, thị trấn thực hiện, gồm các xã Đắk Wil, Ea Pô và Nam Dong.\n\n"
        "PV: Có ý kiến đề nghị làm cả ở cấp huyện. Ông nghĩ sao về đề nghị đó, thưa ông?\n\n"
        "Ông Lê Văn Hòa: Cả tỉnh mới có 1/8 đơn vị cấp huyện thí điểm, cấp xã làm chắc đã rồi mới tính tiếp.\n\n"
        "PV: Mục tiêu của huyện đến cuối nhiệm kỳ là gì?\n\n"
        "Ông Lê Văn Hòa: Nghị quyết Đại hội Đảng bộ huyện Cư Jút nhiệm kỳ 2020-2025 đề ra đến năm 2025 có từ "
        "60% số xã, thị trấn trở lên.\n\n"
        "Nghị quyết Đại hội Đảng bộ tỉnh Khánh Hòa đặt chỉ tiêu đến năm 2025 có 40% số xã thực hiện mô hình. "
        "Tuy nhiên, đến hết quý I/2024, tỉnh này mới đạt 26,6%, tức 37/139 đơn vị. Tỉnh Ninh Thuận (cũ) lúc "
        "đó cũng chỉ khoảng 17,2%.\n\n"
        "Theo Ban Tổ chức Trung ương, cả nước hiện có 1.291 xã, phường, thị trấn thực hiện mô hình. Trong vùng, "
        "Bình Phước là tỉnh đi nhanh nhất. Từ 9 đơn vị năm 2016, đến nay tỉnh này đã có 38 trên tổng số 111 xã, "
        "phường, thị trấn bố trí một người giữ hai chức danh.",
        "Thứ năm, 02/12/2021 - 08:30",
    )
    assert ("Huyện Cư Jút", "district", 0.6, 2025) in goals(ex)
    got = {(p.done, p.total, p.share, p.scope) for p in ex.progress}
    assert {(37, 139, 0.266, "Tỉnh Khánh Hòa"), (None, None, 0.172, "Tỉnh Ninh Thuận"), (9, None, None, "Tỉnh Bình Phước")} <= got


def test_the_commune_a_post_is_of_after_a_merger() -> None:
    """ "Từ năm 2019 …, ông A là Bí thư Đảng ủy, Chủ tịch UBND xã B (cũ), …. Nay ông giữ chức Bí thư Đảng ủy,
    Chủ tịch HĐND xã C." (C now); "Ông D: Xã E được thành lập từ thị trấn F, xã G …. Trước đây, ở F và xã G
    (cũ), …. Nay Chủ tịch UBND xã là đồng chí H, Phó Bí thư Đảng ủy" (H of E, not of the former G)."""
    ex = extract(
        "Ông Trần Văn Út là một trường hợp như thế. Từ năm 2020 đến tháng 6/2025, ông là Bí thư Đảng ủy, Chủ "
        "tịch UBND xã Vĩnh Lộc A (cũ), huyện Hồng Dân (cũ). Nay ông giữ chức Bí thư Đảng ủy, Chủ tịch HĐND xã "
        "Vĩnh Lộc.\n\n"
        "Ông Lê Minh Tâm: Xã Hòa Trạch được thành lập từ thị trấn Nông trường Việt Trung, xã Phú Định và xã Hòa "
        "Trạch. Trước đây, ở Nông trường Việt Trung và xã Phú Định (cũ), bí thư đều kiêm chủ tịch UBND. Nay Chủ "
        "tịch UBND xã là đồng chí Đoàn Thị Mai, Phó Bí thư Đảng ủy.",
        "Thứ hai, 12/01/2026 - 08:00",
    )
    units = {name: unit for name, unit, _both in holders(ex)}
    assert units["Trần Văn Út"] == "Vĩnh Lộc"
    assert units["Đoàn Thị Mai"] == "Hòa Trạch"


def test_a_village_post_is_of_the_commune_the_article_is_about_when_its_paragraph_names_none() -> None:
    """ "Chiềng Sơn là 1 trong 3 đơn vị …; hai nơi còn lại là xã A và thị trấn B. ¶ … Ông C, Bí thư Chi bộ
    kiêm Trưởng bản, …": a village of Chiềng Sơn (the commune the text is about), not of B named last."""
    ex = extract(
        "Bí thư Đảng ủy, Chủ tịch UBND xã Chiềng Sơn Lò Văn Hặc đã có mặt ở trụ sở từ 6 giờ sáng.\n\n"
        "Chiềng Sơn là 1 trong 3 đơn vị của huyện Mộc Châu đang bố trí bí thư đảng ủy đồng thời là chủ tịch "
        "UBND; hai nơi còn lại là xã Chiềng Hắc và thị trấn Nông trường Mộc Châu.\n\n"
        "9 giờ, anh xuống bản Nà Bó. Ông Cầm Văn Lún, Bí thư Chi bộ kiêm Trưởng bản, đã chờ sẵn.\n\n"
        "Chiềng Sơn nay có 12/14 bản đạt bản văn hóa."
    )
    assert {name: unit for name, unit, _both in holders(ex)}["Cầm Văn Lún"] == "Chiềng Sơn"


def test_a_new_communes_directory_is_of_that_commune_not_of_the_former_ones_named_more() -> None:
    """A directory page of a commune formed in 2025 from A, B and C: its list "Đồng chí X - Phó Bí thư Đảng
    ủy, Chủ tịch UBND xã." is of the new commune, though a former one is named as often with "(cũ)"."""
    ex = page(
        "Giới thiệu Ban lãnh đạo xã Ea Kiết\n\nNgày đăng: 05/02/2026\n\n"
        "Xã Ea Kiết (tỉnh Đắk Lắk) được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp xã Ea Kiết, xã Ea Kuếh "
        "và xã Ea M'nang thuộc huyện Cư M'gar (cũ), với 41 thôn, buôn.\n\n"
        "Thường trực Đảng ủy, lãnh đạo HĐND, UBND xã:\n\n"
        "1. Đồng chí Y Thuôn Niê - Bí thư Đảng ủy, Chủ tịch HĐND xã.\n"
        "2. Đồng chí Trần Văn Quý - Phó Bí thư Đảng ủy, Chủ tịch UBND xã.\n\n"
        "Đồng chí Y Thuôn Niê từng là Chủ tịch UBND xã Ea M'nang (cũ); Bí thư Đảng ủy xã Ea M'nang (cũ) khi đó "
        "là đồng chí Lê Văn Tư.\n"
    )
    units = {name: unit for name, unit, _both in holders(ex)}
    assert units["Trần Văn Quý"] == "Ea Kiết"


def test_posts_after_two_asides_of_who_the_person_is() -> None:
    """ "Ông A, 46 tuổi, người dân tộc Khmer, nguyên Phó Bí thư …, được bầu làm Bí thư Đảng ủy xã …. Một năm
    sau, HĐND xã bầu ông giữ thêm chức Chủ tịch UBND xã": both posts."""
    ex = extract(
        "Ở xã Vĩnh Hải, người dân đã quen gọi ông Lâm Văn Sóc bằng cả hai chức danh. Ông Sóc, 48 tuổi, người "
        "dân tộc Khmer, nguyên Phó Bí thư Thường trực Đảng ủy xã, được bầu làm Bí thư Đảng ủy xã từ tháng 9/2015. "
        "Một năm sau, HĐND xã bầu ông giữ thêm chức Chủ tịch UBND xã."
    )
    assert ("Lâm Văn Sóc", "Vĩnh Hải", True) in holders(ex)


def test_a_man_sent_to_join_the_committee_and_take_the_secretarys_post_then_elected_chairman() -> None:
    """ "ông A, Phó Chủ tịch UBND huyện, được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ
    chức Bí thư Đảng ủy xã B …. Cùng ngày, HĐND xã … bầu ông A' giữ chức Chủ tịch UBND xã.": both posts of B."""
    ex = extract(
        "Theo đó, ông Nguyễn Văn Tài, Phó Chủ tịch UBND huyện, được điều động, chỉ định tham gia Ban Chấp hành, "
        "Ban Thường vụ và giữ chức Bí thư Đảng ủy xã Tân Tây, nhiệm kỳ 2020-2025. Cùng ngày, HĐND xã tổ chức "
        "kỳ họp chuyên đề, 17/17 đại biểu có mặt thống nhất bầu ông Tài giữ chức Chủ tịch UBND xã."
    )
    assert ("Nguyễn Văn Tài", "Tân Tây", True) in holders(ex)


def test_a_chairman_relieved_to_take_a_post_above_the_commune_has_no_commune_now() -> None:
    """ "… miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông A. Trước đó, … đã điều động ông A' về nhận nhiệm
    vụ Phó Trưởng phòng Nội vụ huyện." and "… đối với ông B do được điều động, bổ nhiệm giữ chức Phó Giám
    đốc Sở …": no commune now; "… đối với ông C để nghỉ hưu" keeps his commune."""
    ex = extract(
        "Tại kỳ họp, HĐND xã Tú Mịch đã miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông Hoàng Văn Sình. Trước "
        "đó, Ban Thường vụ Huyện ủy đã điều động ông Sình về nhận nhiệm vụ Phó Trưởng phòng Nội vụ huyện.\n\n"
        "Kỳ họp của HĐND xã Cẩm Lạc đã miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông Trần Đình Hoàn do được "
        "điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nông nghiệp tỉnh.\n\n"
        "HĐND xã Cẩm Minh đã miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông Lê Văn Toàn để nghỉ hưu theo chế độ."
    )
    units = {name: unit for name, unit, _both in holders(ex)}
    assert (units["Hoàng Văn Sình"], units["Trần Đình Hoàn"], units["Lê Văn Toàn"]) == (None, None, "Cẩm Minh")


def test_units_chosen_in_rounds_and_units_given_as_examples_of_those_that_did_well() -> None:
    """ "Năm 2013, Ban Thường vụ Huyện ủy chọn làm đợt đầu xã A, xã B và thị trấn C. … Đợt hai, huyện chọn
    thêm các xã D, E." (all five); "- Những đơn vị nào làm tốt? ¶ - Có thể kể đến F (X), G (Y)." (the
    communes the register knows); not "sẽ chọn thêm"."""
    ex = extract(
        "Năm 2014, Ban Thường vụ Huyện ủy chọn làm đợt đầu xã Giao Thiện, xã Giao Hương và thị trấn Quất Lâm. "
        "Đợt hai, tháng 10/2016, huyện chọn thêm các xã Giao Lạc và Giao Xuân. Năm tới, huyện sẽ chọn thêm xã "
        "Giao Hà.\n\n- Những đơn vị nào làm tốt, thưa đồng chí?\n\n- Có thể kể đến Đức Lạng (Đức Thọ), Phúc Đồng "
        "(Hương Khê)."
    )
    assert consolidated(ex) == {"Giao Thiện", "Giao Hương", "Quất Lâm", "Giao Lạc", "Giao Xuân", "Đức Lạng", "Phúc Đồng"}


def test_earlier_counts_said_as_what_a_term_began_with_or_a_year_compared_with() -> None:
    """ "…, tăng mạnh so với đầu nhiệm kỳ 2016-2021 (52 đơn vị)"; "… so với đầu nhiệm kỳ, khi tỉnh mới có 40
    đơn vị"; "Con số này thấp hơn so với năm 2013, khi X có 31 đơn vị": each an earlier count of its region."""
    ex = extract(
        "Toàn tỉnh Thái Bình hiện có 118/260 xã, phường, thị trấn thực hiện mô hình, tăng mạnh so với đầu nhiệm "
        "kỳ 2016-2021 (52 đơn vị). Hải Dương có 71 trên tổng số 235 đơn vị, tăng 31 đơn vị so với đầu nhiệm kỳ, "
        "khi tỉnh mới có 40 đơn vị. Toàn tỉnh Hà Tĩnh hiện có 19/262 xã, phường, thị trấn. Con số này thấp hơn so "
        "với năm 2013, khi Hà Tĩnh có 31 đơn vị."
    )
    got = {(p.done, p.total, p.scope, p.as_of) for p in ex.progress}
    assert {(52, None, "Tỉnh Thái Bình", None), (40, None, "Tỉnh Hải Dương", None), (31, None, "Tỉnh Hà Tĩnh", "2013")} <= got


def test_comparisons_around_a_count_now() -> None:
    """ "Từ 3 xã năm 2011, đến nay A đã có 9 trên tổng số 30 xã …, cao hơn bình quân chung của tỉnh (đạt
    12,5%)." (3 and 9/30 are A's, 12,5% the province's); "…, thấp hơn B (22 đơn vị) nhưng cao hơn C, nơi mới
    có 5 xã." (C's 5); not "một trong 4 xã của D đạt 19/19 tiêu chí" (new-rural criteria)."""
    ex = extract(
        "Từ 3 xã năm 2011, đến nay huyện Diễn Châu đã có 9 trên tổng số 30 xã, thị trấn thực hiện, cao hơn bình "
        "quân chung của tỉnh Nghệ An (đạt 12,5%).\n\nToàn tỉnh Bình Phước hiện có 14/111 xã, phường, thị trấn "
        "thực hiện mô hình, thấp hơn Bình Dương (22 đơn vị) nhưng cao hơn Tây Ninh, nơi mới có 5 xã.\n\nNăm nay, "
        "Chiềng Hắc cũng là một trong 4 xã của Mộc Châu đạt 19/19 tiêu chí nông thôn mới."
    )
    got = {(p.done, p.total, p.share, p.scope) for p in ex.progress}
    assert {(3, None, None, "Huyện Diễn Châu"), (9, 30, None, "Huyện Diễn Châu"), (None, None, 0.125, "Tỉnh Nghệ An"), (5, None, None, "Tỉnh Tây Ninh")} <= got
    assert not any(p.done == 4 for p in ex.progress)


def test_a_name_after_a_unit_named_with_a_surname_and_a_task_named_after_moi_la() -> None:
    """ "Bí thư Đảng ủy, Chủ tịch UBND thị trấn Ma Đa Guôi Nguyễn Thị Mỹ Lệ thì …" (a place that opens with a
    surname, then the holder); "… cho ông A thôi giữ chức Chủ tịch UBND xã để nhận nhiệm vụ mới là Phó Trưởng
    phòng … huyện" (no commune now); "Nghi Lộc …: từ 6 xã ở nhiệm kỳ trước nay còn 2." (6 then 2)."""
    ex = extract(
        "Bí thư Đảng ủy, Chủ tịch UBND thị trấn Ma Đa Guôi Nguyễn Thị Mỹ Hạnh thì thẳng thắn: \"Người đứng đầu "
        "hai việc rất dễ ôm đồm\".\n\nKỳ họp đã biểu quyết cho ông Trương Văn Lộc thôi giữ chức Chủ tịch UBND xã "
        "Thạnh Lợi để nhận nhiệm vụ mới là Phó Trưởng phòng Nông nghiệp huyện.\n\nNghi Lộc là ví dụ rõ nhất: từ 6 "
        "xã ở nhiệm kỳ trước nay còn 2."
    )
    units = {name: (unit, both) for name, unit, both in holders(ex)}
    assert units["Nguyễn Thị Mỹ Hạnh"] == ("Ma Đa Guôi", True)
    assert units["Trương Văn Lộc"][0] is None
    assert {(p.done, p.scope) for p in ex.progress} >= {(6, "Huyện Nghi Lộc"), (2, "Huyện Nghi Lộc")}


def test_a_new_provinces_units_after_the_merger_are_no_figure() -> None:
    """After 1 July 2025, "Theo Ban Tổ chức Tỉnh ủy, tỉnh A mới có 102 xã, phường." counts the new units,
    not those that did it; the former province's ratio is still read."""
    ex = extract(
        "Trước khi sắp xếp, tỉnh Bạc Liêu (cũ) có 48/64 xã, phường, thị trấn thực hiện mô hình. Theo Ban Tổ "
        "chức Tỉnh ủy, tỉnh Cà Mau mới có 64 xã, phường.",
        "Thứ hai, 15/09/2025 - 08:00",
    )
    assert {(p.done, p.total) for p in ex.progress} == {(48, 64)}


def test_with_one_commune_of_a_kind_is_an_article_not_a_count() -> None:
    """ "Bí thư Đảng ủy, Chủ tịch UBND xã A NAME cho biết, với một xã đảo nhỏ, việc nhất thể hóa giúp …": no
    count of one."""
    ex = extract(
        "Huyện Lý Sơn có 3/3 xã thực hiện mô hình. Bí thư Đảng ủy, Chủ tịch UBND xã An Hải Phạm Văn Tư cho biết, "
        "với một xã đảo nhỏ, việc nhất thể hóa giúp giảm đầu mối."
    )
    assert {(p.done, p.total) for p in ex.progress} == {(3, 3)}


def test_a_sentence_led_by_con_o_names_the_commune_of_its_posts() -> None:
    """ "… xã A. Ông B, Bí thư Đảng ủy kiêm Chủ tịch UBND xã A, …. Còn ở C, bà D vừa là Bí thư Đảng ủy, vừa là
    Chủ tịch UBND xã": D of C."""
    ex = extract(
        "Năm 2013, huyện chọn làm đợt đầu xã Hải Toàn và xã Hải Phúc. Ông Trần Văn Quý, Bí thư Đảng ủy kiêm Chủ "
        "tịch UBND xã Hải Toàn, nhớ lại những tháng đầu. Còn ở Hải Phúc, bà Vũ Thị Thoa vừa là Bí thư Đảng ủy, "
        "vừa là Chủ tịch UBND xã."
    )
    assert ("Vũ Thị Thoa", "Hải Phúc", True) in holders(ex)


def test_units_named_after_cung_voi_beside_a_count_of_them() -> None:
    """ "A là một trong 3 xã của B được chọn thực hiện mô hình, cùng với C và D": all three."""
    ex = extract("Ea Tar là một trong 3 xã của huyện Cư M'gar được chọn thực hiện mô hình, cùng với Ea Kiết và Quảng Tiến.")
    assert {"Ea Kiết", "Quảng Tiến"} <= consolidated(ex)


def test_units_a_province_praised_paragraphs_after_its_figure() -> None:
    """ "… 17/152 xã …. Ông A cho biết phần lớn đơn vị được chọn là xã miền núi. Một số nơi được tỉnh đánh giá
    cao là xã B (X), xã C (Y).": B and C."""
    ex = extract(
        "Toàn tỉnh có 17/152 xã, phường, thị trấn thực hiện mô hình. Ông Lê Văn Hòa, Phó Trưởng Ban Tổ chức Tỉnh "
        "ủy, cho biết phần lớn đơn vị được chọn là xã miền núi, ít dân. Một số nơi được tỉnh đánh giá cao là xã "
        "Hồng Thái (A Lưới), xã Phong Hiền (Phong Điền)."
    )
    assert {"Hồng Thái", "Phong Hiền"} <= consolidated(ex)


def test_a_provincial_committees_goal_is_of_the_texts_province_not_a_neighbour_compared() -> None:
    """ "Quảng Bình hiện có 11/159 …. Ở hai tỉnh lân cận, Hà Tĩnh có 16 xã, Quảng Trị có 13 xã …. ¶ Ban
    Thường vụ Tỉnh ủy đề ra mục tiêu trong nhiệm kỳ 2015-2020 nâng tỷ lệ này lên khoảng 20%": Quảng Bình's."""
    ex = extract(
        "Theo Ban Tổ chức Tỉnh ủy, Quảng Bình hiện có 11/159 xã, phường, thị trấn thực hiện mô hình. Ở hai tỉnh "
        "lân cận, Hà Tĩnh có 16 xã, Quảng Trị có 13 xã, phường có bí thư đồng thời là chủ tịch UBND.\n\n"
        "Chuẩn bị cho đại hội đảng bộ các cấp, Ban Thường vụ Tỉnh ủy đề ra mục tiêu trong nhiệm kỳ 2015-2020 "
        "nâng tỷ lệ này lên khoảng 20%.",
        "Thứ năm, 17/09/2014 - 09:30",
    )
    assert goals(ex) == {("Tỉnh Quảng Bình", "province", 0.2, 2020)}


def test_an_earlier_count_said_at_the_terms_start_or_as_what_the_number_once_was() -> None:
    """ "Thời điểm đầu nhiệm kỳ, cả tỉnh có 18 đơn vị." (an earlier count, undated); "Cuối năm 2011, con số này
    từng là 23 đơn vị" (the count of 2011)."""
    ex = extract(
        "Tỉnh Khánh Hòa hiện có 40/139 xã thực hiện mô hình. Thời điểm đầu nhiệm kỳ, cả tỉnh có 18 đơn vị.\n\n"
        "Toàn tỉnh Nghệ An hiện chỉ có 14 trong số 480 xã, phường, thị trấn thực hiện mô hình. Cuối năm 2011, "
        "con số này từng là 23 đơn vị."
    )
    got = {(p.done, p.total, p.scope, p.as_of) for p in ex.progress}
    assert {(18, None, "Tỉnh Khánh Hòa", None), (23, None, "Tỉnh Nghệ An", "2011")} <= got


def test_a_district_ranked_first_of_its_city_keeps_its_own_figure() -> None:
    """ "… huyện ngoại thành này trở thành địa phương đầu tiên của TP Cần Thơ thực hiện mô hình ở cả 7 xã,
    thị trấn.": the district's 7/7, not the city's."""
    ex = extract(
        "Năm 2019, Phong Điền mới có 3/7 xã, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND. Đến đầu "
        "năm 2024, huyện ngoại thành này trở thành địa phương đầu tiên của TP Cần Thơ thực hiện mô hình ở cả 7 xã, "
        "thị trấn."
    )
    assert (7, 7, "Huyện Phong Điền") in {(p.done, p.total, p.scope) for p in ex.progress}


def test_the_result_of_a_goal_said_as_ket_qua_dat() -> None:
    """ "Tỉnh A (cũ) từng đặt mục tiêu ít nhất 30% … vào cuối nhiệm kỳ 2020-2025. Đến tháng 6/2025, kết quả đạt
    41/145, bằng 28,28%.": A's figure."""
    ex = extract(
        "Tỉnh Quảng Trị (cũ) từng đặt mục tiêu ít nhất 30% xã, phường, thị trấn bố trí bí thư đồng thời là chủ tịch "
        "UBND vào cuối nhiệm kỳ 2020-2025. Đến tháng 6/2025, kết quả đạt 29/125, bằng 23,2%.",
        "Thứ hai, 12/01/2026 - 08:00",
    )
    assert {(p.done, p.total, p.share, p.scope) for p in ex.progress} == {(29, 125, 0.232, "Tỉnh Quảng Trị")}


def test_an_aside_that_says_the_man_held_both_posts() -> None:
    """ "… xã A (cũ), nơi từ năm 2019 bí thư đảng ủy đồng thời là chủ tịch UBND. Ông B, người giữ hai chức danh
    ấy suốt nhiệm kỳ trước, nay là Phó Chủ tịch UBND xã C.": B held both posts (of A)."""
    ex = extract(
        "Điều nhiều đại biểu nhắc đến là bài học của xã Thượng Ân (cũ), nơi từ năm 2019 bí thư đảng ủy đồng thời là "
        "chủ tịch UBND. Ông Hà Văn Khánh, người giữ hai chức danh ấy suốt nhiệm kỳ trước, nay là Phó Chủ tịch UBND "
        "xã Nguyên Bình.",
        "Thứ hai, 12/01/2026 - 08:00",
    )
    assert {(name, both) for name, _unit, both in holders(ex)} == {("Hà Văn Khánh", True)}


def test_a_secretary_elected_to_hold_this_post_too() -> None:
    """ "… cho bà A thôi giữ chức Chủ tịch UBND xã để nghỉ hưu và bầu ông B, Bí thư Đảng ủy xã, kiêm nhiệm chức
    danh này với 22/23 phiếu.": B holds both posts."""
    ex = extract(
        "Cùng ngày, HĐND xã Đồng Tiến cũng họp bất thường, cho bà Lê Thị Hoa thôi giữ chức Chủ tịch UBND xã để nghỉ "
        "hưu theo chế độ và bầu ông Trần Văn Bình, Bí thư Đảng ủy xã, kiêm nhiệm chức danh này với 22/23 phiếu."
    )
    assert ("Trần Văn Bình", "Đồng Tiến", True) in holders(ex)


def test_an_officer_of_the_partys_inspection_committee_is_an_official() -> None:
    """ "Ông A, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, cho rằng …": an official, of no commune."""
    ex = extract("Ông Lê Minh Khoa, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, cho rằng mô hình có ưu điểm về sự thống nhất.")
    assert holders(ex) == {("Lê Minh Khoa", None, False)}


def test_the_holder_introduced_after_the_posts_a_sentence_named() -> None:
    """ "… thị xã A là đơn vị cấp huyện duy nhất của tỉnh thí điểm bí thư thị ủy đồng thời là chủ tịch UBND thị
    xã. Người đảm nhận là ông B.": B holds both district posts."""
    ex = extract(
        "Thị xã Bình Long là đơn vị cấp huyện duy nhất của tỉnh thí điểm bí thư thị ủy đồng thời là chủ tịch UBND "
        "thị xã. Người đảm nhận là ông Nguyễn Văn Lợi."
    )
    assert holders(ex) == {("Nguyễn Văn Lợi", None, True)}


def test_nguyen_says_former_of_every_post_after_it_until_one_taken() -> None:
    """ "ông A, nguyên Bí thư Đảng ủy, Chủ tịch UBND thị trấn B (cũ), được chỉ định giữ chức Phó Bí thư Đảng
    ủy, Chủ tịch UBND xã C": C now; "đồng chí D, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã E, giữ chức Phó
    Chủ tịch UBND huyện": no commune now."""
    ex = extract(
        "Xã Xuyên Mộc mới được thành lập trên cơ sở thị trấn Phước Bửu, xã Phước Tân và xã Xuyên Mộc. Ông Lê Hoàng "
        "Nam, nguyên Bí thư Đảng ủy, Chủ tịch UBND thị trấn Phước Bửu (cũ), được chỉ định giữ chức Phó Bí thư Đảng "
        "ủy, Chủ tịch UBND xã Xuyên Mộc.",
        "Thứ hai, 15/09/2025 - 08:00",
    )
    moved = extract(
        "Huyện Nam Sách có 9/19 xã thực hiện mô hình. Huyện này vừa điều động đồng chí Đào Văn Tiến, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã Hợp Tiến, giữ chức "
        "Phó Chủ tịch UBND huyện."
    )
    units = {name: unit for name, unit, _both in holders(ex) | holders(moved)}
    assert (units["Lê Hoàng Nam"], units["Đào Văn Tiến"]) == ("Xuyên Mộc", None)


def test_a_goals_share_after_a_ratio_is_not_the_ratios_share() -> None:
    """ "… huyện A (cũ) có 10/26 xã, thị trấn thực hiện mô hình …, vượt chỉ tiêu tối thiểu 35% mà Đại hội …
    đề ra": 10/26 with no share (35% is the goal)."""
    ex = extract(
        "Báo cáo cho biết huyện Lệ Thủy có 10/26 xã, thị trấn thực hiện mô hình bí thư đồng thời là chủ tịch UBND, "
        "vượt chỉ tiêu tối thiểu 35% mà Đại hội Đảng bộ huyện đề ra."
    )
    assert {(p.done, p.total, p.share) for p in ex.progress} == {(10, 26, None)}


def test_a_step_of_a_years_count_said_of_this_district() -> None:
    """ "Năm 2019, huyện này có 2 xã; hiện nay đã có 5 trên tổng số 19 xã, thị trấn": 2 as of 2019, then 5/19."""
    ex = extract(
        "Đồng Văn là huyện vùng cao núi đá. Năm 2019, huyện này có 2 xã; hiện nay đã có 5 trên tổng số 19 xã, thị "
        "trấn.",
        "Thứ năm, 16/03/2023 - 09:30",
    )
    assert {(p.done, p.total, p.as_of) for p in ex.progress} == {(2, None, "2019"), (5, 19, "2023-03")}


def test_communes_where_the_model_is_not_yet_applied_and_a_post_only_considered() -> None:
    """ "…, mô hình chưa được áp dụng; tại xã A, ông B, Phó Bí thư Đảng ủy, vẫn giữ chức Chủ tịch UBND xã.";
    "… huyện chưa đặt vấn đề nhất thể hóa ở đây"; "bà C, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, được xem xét
    giới thiệu giữ chức bí thư": none of them consolidated, C not holding both posts."""
    ex = extract(
        "Ở hai huyện miền núi Khánh Sơn và Khánh Vĩnh, mô hình chưa được áp dụng; tại xã Sơn Hiệp (Khánh Sơn), ông "
        "Mấu Văn Tư, Phó Bí thư Đảng ủy, vẫn giữ chức Chủ tịch UBND xã. Ở xã Ea Tân, ông Y Bhăm, Phó Bí thư Đảng ủy, "
        "tiếp tục được bầu giữ chức Chủ tịch UBND xã; huyện chưa đặt vấn đề nhất thể hóa ở đây.\n\n"
        "Xã Mẫu Sơn dự kiến sẽ thực hiện vào năm 2018, khi bà Hoàng Thị Lan, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, "
        "được xem xét giới thiệu giữ chức bí thư."
    )
    assert consolidated(ex) == set()
    assert not any(both for _name, _unit, both in holders(ex))
