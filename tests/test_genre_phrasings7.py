"""Phrasings of goals and figures and of the regions they belong to, from the thirty-eighth to the
fortieth dev sets and the dev errors left from earlier ones (docs/genre.md, Part 1, "Rules added from
the thirty-eighth to the fortieth dev sets"), written for this project with other places and numbers:
a province written with a dash after its committee, a provincial capital before the city became a
province, a district named like another province, a district referred to by its kind, a paragraph led
by a district, goals assigned to listed districts, goals missed, revised, registered and shared by a
term. Each failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import article, figures, goals

CUE = "Bí thư cấp ủy đồng thời là chủ tịch UBND cấp xã là chủ trương lớn của Trung ương. "


def extract(body: str, dateline: str = "Thứ năm, 17/09/2020 - 09:30") -> Extraction:
    """The body of an article under *dateline*, bare names looked up in the register as the build does."""
    return article(dateline + "\n\n" + CUE, body)


# Regions named in ways the register spells otherwise.


def test_a_province_written_with_a_dash_after_its_committee_is_named_whole() -> None:
    """ "Ban Tổ chức Tỉnh ủy Thừa Thiên - Huế …, toàn tỉnh có 21/150 …": the province as written, not
    "Huế" (the register's name for it after it became a city), read from the half after the dash."""
    ex = extract(
        "Theo Ban Tổ chức Tỉnh ủy Thừa Thiên - Huế, toàn tỉnh có 21/150 xã, phường, thị trấn bố trí bí thư "
        "đồng thời là chủ tịch UBND. Tỉnh Thừa Thiên - Huế đề ra chỉ tiêu đến năm 2020 có 35% xã, phường, "
        "thị trấn thực hiện mô hình."
    )
    assert figures(ex) == {(21, 150, None, "Tỉnh Thừa Thiên - Huế", "province")}
    assert goals(ex) == {("Tỉnh Thừa Thiên - Huế", "province", 0.35, 2020)}


def test_a_capital_city_before_it_became_a_province_is_the_provinces_district() -> None:
    """ "tỉnh Thừa Thiên Huế … Thành phố Huế có 4/27 phường": before the reorganisation the city is a
    district of the province the text names by its longer name; after it, the city is the province."""
    body = (
        "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế họp đánh giá mô hình bí thư đồng thời là chủ tịch UBND. "
        "Thành phố Huế có 4/27 phường thực hiện mô hình."
    )
    assert (4, 27, None, "Thành phố Huế", "district") in figures(extract(body))
    after = extract(
        "Ban Thường vụ Thành ủy Huế họp, nhắc lại kết quả của tỉnh Thừa Thiên Huế (cũ) về mô hình bí thư "
        "đồng thời là chủ tịch UBND. Thành phố Huế có 12/40 xã, phường thực hiện mô hình.",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    assert (12, 40, None, "Thành phố Huế", "province") in figures(after)


def test_a_district_named_like_another_province_is_the_district_in_a_text_on_its_own_province() -> None:
    """ "Lệ Thủy có 5/24; Quảng Ninh có 4/14" in a text on Quảng Bình: the district Quảng Ninh, not
    the province of that name; a district named like its own province stays for the text to tell."""
    ex = extract(
        "Toàn tỉnh Quảng Bình hiện có 19/151 xã, phường, thị trấn thực hiện mô hình. Huyện Lệ Thủy có 5/24 "
        "xã, thị trấn; Quảng Ninh có 4/14 xã, thị trấn."
    )
    assert (4, 14, None, "Huyện Quảng Ninh", "district") in figures(ex)
    own = extract(
        "Theo Ban Tổ chức Tỉnh ủy, Lai Châu đặt mục tiêu đến năm 2020 có khoảng 25% xã, phường, thị trấn thực "
        "hiện mô hình."
    )
    assert goals(own) == {("Tỉnh Lai Châu", "province", 0.25, 2020)}


# Figures of a district the paragraph is about.


def test_a_district_led_by_riêng_and_referred_to_by_its_kind_owns_the_count_and_the_total_left() -> None:
    """ "Riêng Mù Cang Chải, …. Sau đợt sắp xếp năm 2020, huyện vùng cao này còn 14 xã, thị trấn. Qua
    đại hội, 5 đơn vị, gồm …, đã có …, chiếm 35,71%": 5 of the 14 the merger left, the district's."""
    ex = extract(
        "Toàn tỉnh Yên Bái có 61/173 xã, phường, thị trấn thực hiện mô hình.\n\n"
        "Riêng Mù Cang Chải, mô hình được làm nhanh nhất. Sau đợt sắp xếp năm 2020, huyện vùng cao này còn "
        "14 xã, thị trấn. Qua đại hội, 5 đơn vị, gồm thị trấn Mù Cang Chải, các xã Kim Nọi, Lao Chải và hai "
        "xã giáp Sơn La, đã có bí thư đồng thời là chủ tịch UBND, chiếm 35,71%."
    )
    assert (5, 14, 0.3571, "Huyện Mù Cang Chải", "district") in figures(ex)
    assert not any(p.total is None and p.done == 14 for p in ex.progress)


def test_a_district_ranked_after_others_is_still_what_the_party_congress_of_the_district_means() -> None:
    """ "Tân Hiệp có 11 xã, thị trấn. … Huyện xếp thứ ba sau thành phố A (5/5) và huyện B (4/4 xã).
    Nghị quyết Đại hội Đảng bộ huyện … đề ra chỉ tiêu … 100%": Tân Hiệp's goal, not B's, compared."""
    ex = extract(
        "Tân Hiệp có 11 xã, thị trấn. Đến nay, 9 đơn vị đã bố trí bí thư đảng ủy đồng thời là chủ tịch UBND. "
        "Huyện xếp thứ ba sau thành phố Rạch Giá (5/5 phường, xã) và huyện Kiên Hải (4/4 xã). Nghị quyết Đại "
        "hội Đảng bộ huyện lần thứ XII đề ra chỉ tiêu đến cuối nhiệm kỳ 2020-2025 đạt 100% xã, thị trấn."
    )
    assert goals(ex) == {("Huyện Tân Hiệp", "district", 1.0, 2025)}


# Goals assigned to several districts at once.


def test_goals_the_province_assigns_to_districts_each_one_with_the_provinces_own() -> None:
    """ "Theo kế hoạch, đến cuối năm 2025, thị xã A và thị xã B phải đạt 100% …; huyện C và huyện D mỗi
    huyện đạt ít nhất 50%. Mục tiêu chung của toàn tỉnh là 40% …": five goals of 2025."""
    ex = extract(
        "Tỉnh ủy Quảng Ngãi giao chỉ tiêu bố trí bí thư đồng thời là chủ tịch UBND cho từng địa phương. Theo "
        "kế hoạch, đến cuối năm 2025, thị xã Đức Phổ và thành phố Quảng Ngãi phải đạt 100% phường, xã thực "
        "hiện; huyện Mộ Đức và huyện Tư Nghĩa mỗi huyện đạt ít nhất 50%. Mục tiêu chung của toàn tỉnh là 40% "
        "số xã, phường, thị trấn."
    )
    assert goals(ex) == {
        ("Thị xã Đức Phổ", "district", 1.0, 2025),
        ("Thành phố Quảng Ngãi", "district", 1.0, 2025),
        ("Huyện Mộ Đức", "district", 0.5, 2025),
        ("Huyện Tư Nghĩa", "district", 0.5, 2025),
        ("Tỉnh Quảng Ngãi", "province", 0.4, 2025),
    }


def test_a_list_of_districts_after_riêng_các_huyện_shares_one_goal() -> None:
    """ "…; riêng các huyện A, B và thành phố C phấn đấu đạt 100%": a goal for each of the three."""
    ex = extract(
        "Theo Nghị quyết Đại hội Đảng bộ tỉnh, đến năm 2025 Trà Vinh phấn đấu có trên 60% xã, phường, thị "
        "trấn thực hiện bí thư đồng thời là chủ tịch UBND; riêng các huyện Càng Long, Tiểu Cần và thành phố "
        "Trà Vinh phấn đấu đạt 100%."
    )
    assert goals(ex) == {
        ("Tỉnh Trà Vinh", "province", 0.6, 2025),
        ("Huyện Càng Long", "district", 1.0, 2025),
        ("Huyện Tiểu Cần", "district", 1.0, 2025),
        ("Thành phố Trà Vinh", "district", 1.0, 2025),
    }


# Goals said in other words.


def test_a_district_committees_higher_goal_after_a_colon() -> None:
    """ "Huyện ủy X đặt mục tiêu cao hơn: 80% vào cuối nhiệm kỳ 2020-2025"."""
    ex = extract(
        "Tỉnh Sơn La đề ra chỉ tiêu đến năm 2025 có ít nhất 40% số xã, phường, thị trấn thực hiện mô hình. "
        "Huyện ủy Mộc Châu đặt mục tiêu cao hơn: 80% vào cuối nhiệm kỳ 2020-2025."
    )
    assert ("Huyện Mộc Châu", "district", 0.8, 2025) in goals(ex)


def test_the_provinces_goal_said_also_for_the_same_year() -> None:
    """ "Chỉ tiêu của tỉnh theo Nghị quyết … là 75% cũng vào năm 2025" after the district's goal."""
    ex = extract(
        "Nghị quyết Đại hội Đảng bộ huyện Châu Thành đề ra chỉ tiêu đến cuối nhiệm kỳ 2020-2025 đạt 100% xã, "
        "thị trấn. Chỉ tiêu của tỉnh Hậu Giang theo Nghị quyết Đại hội Đảng bộ tỉnh là 75% cũng vào năm 2025."
    )
    assert ("Tỉnh Hậu Giang", "province", 0.75, 2025) in goals(ex)


def test_a_town_that_registers_a_goal() -> None:
    """ "Riêng thị xã X đăng ký đạt 100% xã, phường vào năm 2024": a goal the town set itself."""
    ex = extract(
        "Cấp xã của tỉnh Lào Cai hiện có 60/152 đơn vị thực hiện mô hình. Riêng thị xã Sa Pa đăng ký đạt "
        "100% xã, phường vào năm 2024."
    )
    assert ("Thị xã Sa Pa", "district", 1.0, 2024) in goals(ex)


def test_a_goal_of_a_past_term_admitted_missed() -> None:
    """ "… thừa nhận nhiệm kỳ 2015-2020 tỉnh đặt chỉ tiêu 60% nhưng đến nay chưa đạt": the goal of 2020."""
    ex = extract(
        "Hiện cả tỉnh Sóc Trăng có 40 trên tổng số 109 xã, phường, thị trấn thực hiện mô hình. Ông Lâm Văn "
        "Hải, Phó Trưởng Ban Tổ chức Tỉnh ủy, thừa nhận nhiệm kỳ 2015-2020 tỉnh đặt chỉ tiêu 60% nhưng đến "
        "nay chưa đạt."
    )
    assert ("Tỉnh Sóc Trăng", "province", 0.6, 2020) in goals(ex)


def test_a_goal_revised_down_with_the_goal_named_first() -> None:
    """ "Năm 2021, … mục tiêu này được điều chỉnh xuống còn 15%": a second goal of the same year."""
    ex = extract(
        "Mục tiêu ban đầu của Tỉnh ủy Đắk Nông là đến năm 2025 có 25% số xã, phường, thị trấn thực hiện mô "
        "hình. Năm 2021, do thiếu cán bộ, mục tiêu này được điều chỉnh xuống còn 15%."
    )
    assert goals(ex) == {("Tỉnh Đắk Nông", "province", 0.25, 2025), ("Tỉnh Đắk Nông", "province", 0.15, 2025)}


def test_a_district_that_aims_to_finish_them_all() -> None:
    """ "…; huyện X phấn đấu hoàn thành toàn bộ vào cuối năm 2024": all of the units, a goal."""
    ex = extract(
        "Tỉnh Cà Mau hiện có 70/101 xã, phường, thị trấn thực hiện mô hình. Trong đó, thành phố Cà Mau phải "
        "đạt ít nhất 80% phường, xã trong năm 2024; huyện Năm Căn phấn đấu hoàn thành toàn bộ vào cuối năm 2024."
    )
    assert ("Huyện Năm Căn", "district", 1.0, 2024) in goals(ex)


def test_a_resolution_that_sets_the_terms_end_goal_with_xác_định() -> None:
    """ "Nghị quyết … nhiệm kỳ 2020-2025 xác định đến cuối nhiệm kỳ, 100% xã … thực hiện mô hình này"."""
    ex = extract(
        "Huyện Ba Tri hiện có 15 trong tổng số 22 xã, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch "
        "UBND. Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 xác định đến cuối nhiệm kỳ, 100% xã, thị "
        "trấn của huyện thực hiện mô hình này."
    )
    assert ("Huyện Ba Tri", "district", 1.0, 2025) in goals(ex)


def test_a_goal_passed_of_the_same_term_is_a_goal_and_the_result_is_not() -> None:
    """ "… đạt 30/80, tỷ lệ 37,5%, vượt nhẹ chỉ tiêu 35% của cùng nhiệm kỳ" after a term named: the
    35% is that term's goal; the 37,5% is no goal."""
    ex = extract(
        "Trong nhiệm kỳ 2020-2025, tỉnh Bắc Kạn (cũ) có kết quả khả quan về mô hình. Đến tháng 6/2025, tỉnh "
        "Bắc Kạn (cũ) đạt 30/80, tỷ lệ 37,5%, vượt nhẹ chỉ tiêu 35% của cùng nhiệm kỳ.",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    assert goals(ex) == {("Tỉnh Bắc Kạn", "province", 0.35, 2025)}


# Provinces named to compare with.


def test_a_province_the_text_compares_with_is_not_whose_congress_sets_the_goal() -> None:
    """ "… tỉnh này xếp sau A nhưng trên B, nơi mới đạt 10%. Nghị quyết Đại hội Đảng bộ tỉnh …": the
    text's own province; "So với C, nơi Tỉnh ủy đặt mục tiêu 50% …" is C's goal."""
    ex = extract(
        "Hà Tĩnh hiện có 60/209 đơn vị cấp xã thực hiện. So với các địa phương lân cận, tỉnh này "
        "xếp sau Quảng Bình nhưng trên Nghệ An, nơi mới đạt 10,5%. Nghị quyết Đại hội Đảng bộ tỉnh lần thứ "
        "XIX đề ra mục tiêu đến cuối nhiệm kỳ 2020-2025 đạt 45%."
    )
    assert goals(ex) == {("Tỉnh Hà Tĩnh", "province", 0.45, 2025)}
    other = extract(
        "Tỉnh Phú Yên dự kiến đến năm 2020 có khoảng 15% xã, phường, thị trấn thực hiện mô hình. So với Bạc "
        "Liêu, nơi Tỉnh ủy đặt mục tiêu 50% vào năm 2020, đích đến của Phú Yên còn khiêm tốn."
    )
    assert ("Tỉnh Bạc Liêu", "province", 0.5, 2020) in goals(other)


def test_a_province_named_bare_before_outranks_a_neighbour_named_after() -> None:
    """ "… Gia Lai có 12 …. … Đại hội Đảng bộ tỉnh … 20%. Ở tỉnh Kon Tum lân cận, …": Gia Lai's goal."""
    ex = extract(
        "Đến nay Gia Lai có 12 trên tổng số 220 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời là chủ "
        "tịch UBND.\n\nÔng Trần Văn Nam, Phó Trưởng Ban Tổ chức Tỉnh ủy, cho biết tỉnh đang chuẩn bị đưa vào "
        "dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh chỉ tiêu đến năm 2020 có khoảng 20% xã, phường, "
        "thị trấn thực hiện mô hình. Ở tỉnh Kon Tum lân cận, Tỉnh ủy cũng đã đặt mục tiêu 30% vào năm 2020."
    )
    assert goals(ex) == {("Tỉnh Gia Lai", "province", 0.2, 2020), ("Tỉnh Kon Tum", "province", 0.3, 2020)}


# Units and officials.


def test_units_listed_in_the_sentence_after_their_count_with_đó_là() -> None:
    """ "… đến nay huyện này đã có 5 trong số 20 xã, thị trấn thực hiện, chiếm 25%. Đó là thị trấn A và
    các xã B, C …": each unit listed did what the figure counts."""
    ex = extract(
        "Nhiệm kỳ qua huyện Nông Cống hoàn thành 20/22 chỉ tiêu. Về xây dựng hệ thống chính trị, nếu như năm "
        "2015 huyện mới có 1 xã thí điểm mô hình một người giữ hai cương vị thì đến nay huyện này đã có 5 "
        "trong số 29 xã, thị trấn thực hiện, chiếm 17,2%. Đó là thị trấn Nông Cống và các xã Tượng Lĩnh, "
        "Công Liêm, Trung Chính, Tế Lợi."
    )
    done = {u.name for u in ex.units if u.consolidated}
    assert {"Nông Cống", "Tượng Lĩnh", "Công Liêm", "Trung Chính", "Tế Lợi"} <= done


def test_a_man_elected_secretary_by_the_new_executive_who_goes_on_as_chairman() -> None:
    """ "ông X được Ban Chấp hành Đảng bộ xã khóa mới bầu làm Bí thư với 13/15 phiếu, đồng thời tiếp tục
    giữ chức Chủ tịch UBND xã": both posts, his commune consolidated."""
    ex = extract(
        "Tại xã Hưng Trạch (Bố Trạch), ông Đoàn Văn Tâm được Ban Chấp hành Đảng bộ xã khóa mới bầu làm Bí thư "
        "với 13/15 phiếu, đồng thời tiếp tục giữ chức Chủ tịch UBND xã."
    )
    assert [(o.name, o.unit, o.concurrent) for o in ex.officials] == [("Đoàn Văn Tâm", "Hưng Trạch", True)]


def test_a_highlands_name_of_one_word_and_a_given_name_that_is_no_second_person() -> None:
    """ "đồng chí K'Hoa, Bí thư Đảng ủy, Chủ tịch UBND xã X": one word is her whole name; "bà H'Mai
    Niê … Chị H'Mai …" names one woman, not two."""
    ex = extract(
        "Tham luận tại hội nghị, đồng chí K'Hoa, Bí thư Đảng ủy, Chủ tịch UBND xã Đinh Trang Thượng, chia sẻ "
        "kinh nghiệm điều hành. Tại xã Ea Tiêu, bà H'Mai Niê được bầu giữ chức Bí thư Đảng ủy, đồng thời tiếp "
        "tục là Chủ tịch UBND xã. Chị H'Mai là người Ê Đê."
    )
    assert {(o.name, o.unit, o.concurrent) for o in ex.officials} == {
        ("K'Hoa", "Đinh Trang Thượng", True),
        ("H'Mai Niê", "Ea Tiêu", True),
    }


def test_a_province_named_after_ở_the_model_is_no_person() -> None:
    """ "mô hình bí thư đảng ủy đồng thời là chủ tịch UBND cấp xã ở Lâm Đồng đã …": a place, though Lâm is
    a surname and a post stands before it."""
    ex = extract(
        "Sau 5 năm thí điểm, mô hình bí thư đảng ủy đồng thời là chủ tịch UBND cấp xã ở Lâm Đồng đã cho thấy "
        "nhiều điểm tích cực."
    )
    assert ex.officials == []


def test_a_count_after_tính_chung_of_the_district_with_its_share_and_the_total_stated_before() -> None:
    """ "Huyện X hiện có 30 xã, thị trấn. Ngoài A, mô hình … ở thị trấn B và các xã C, D. Tính chung, 9
    đơn vị của huyện đã bố trí …; tỷ lệ của huyện là 30%": 9 of 30, the district's ("Tính" reckons, it
    is no "tỉnh")."""
    ex = extract(
        "Huyện Diễn Châu hiện có 30 xã, thị trấn. Ngoài Diễn Kỷ, mô hình đã được áp dụng ở thị trấn Diễn Châu "
        "và các xã Diễn Hồng, Diễn Phong. Tính chung, 9 đơn vị của huyện đã bố trí một người đảm nhận hai chức "
        "danh; tỷ lệ của huyện là 30%."
    )
    assert (9, 30, 0.3, "Huyện Diễn Châu", "district") in figures(ex)


def test_tỉnh_này_with_no_province_named_before_is_the_province_named_after() -> None:
    """ "Tại huyện X, …. Nhìn chung, tỉnh này hiện có 40 xã, phường, thị trấn thực hiện mô hình, bằng 20%
    tổng số 200 đơn vị cấp xã của Y": Y's figure, not X's."""
    ex = extract(
        "Tại huyện Chư Prông, xã Ia Drăng là nơi làm đầu tiên. Nhìn chung, tỉnh này hiện có 40 xã, phường, "
        "thị trấn thực hiện mô hình, bằng 20% tổng số 200 đơn vị cấp xã của Gia Lai."
    )
    assert (40, 200, 0.2, "Tỉnh Gia Lai", "province") in figures(ex)


def test_the_sentence_after_a_figure_that_lists_as_many_units_names_the_units_counted() -> None:
    """ "Ở Ninh Hòa, con số là 4/27. Thị xã chọn những nơi có cán bộ vững để làm trước, gồm phường A và
    các xã B, C, D.": four units listed after a count of four are the four counted; a list of another
    length is not read so."""
    ex = extract(
        "Toàn tỉnh Khánh Hòa có 40 xã, phường, thị trấn thực hiện mô hình. Ở Ninh Hòa, con số là 4/27. Thị xã "
        "chọn những nơi có cán bộ vững để làm trước, gồm phường Ninh Hiệp và các xã Ninh Phụng, Ninh Thọ, Ninh "
        "Xuân."
    )
    done = {u.name for u in ex.units if u.consolidated}
    assert {"Ninh Hiệp", "Ninh Phụng", "Ninh Thọ", "Ninh Xuân"} <= done
    other = extract(
        "Toàn tỉnh Khánh Hòa có 40 xã, phường, thị trấn thực hiện mô hình. Ở Ninh Hòa, con số là 4/27. Thị xã "
        "còn nhiều nơi khó khăn, gồm các xã Ninh Tây, Ninh Sơn."
    )
    assert not any(u.consolidated for u in other.units if u.name in ("Ninh Tây", "Ninh Sơn"))


def test_units_praised_for_doing_the_model_well() -> None:
    """ "Các xã A, B (X), C (Y) và D (Z) được biểu dương vì thực hiện tốt mô hình": each consolidated."""
    ex = extract(
        "Các xã Tân Minh, Hào Lý (Đà Bắc), Tự Do (Lạc Sơn) và Bắc Sơn (Kim Bôi) được biểu dương vì thực hiện "
        "tốt mô hình."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Tân Minh", "Hào Lý", "Tự Do", "Bắc Sơn"}


def test_examples_after_nhiều_nơi_làm_bài_bản_như_with_hay() -> None:
    """ "… Bắc Mê 4/13. Nhiều nơi làm bài bản, như các xã A, B (X) hay C (Y).": examples of the units the
    figures count, the last after "hay"."""
    ex = extract(
        "Đồng Văn làm tốt nhất với 8/19 xã, thị trấn; Bắc Mê 4/13. Nhiều nơi làm bài bản, như các xã Lũng "
        "Cú, Sảng Tủng (Đồng Văn) hay Minh Ngọc (Bắc Mê)."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Lũng Cú", "Sảng Tủng", "Minh Ngọc"}


def test_units_the_model_was_extended_to_and_units_that_did_it_well() -> None:
    """ "X mở rộng mô hình tới các xã A, B"; "Các xã C, D (Y) hay xã E (Z) là những nơi làm tốt"."""
    ex = extract(
        "Cũng trong năm nay, Văn Quan mở rộng mô hình tới các xã Tân Đoàn, Tràng Phái. Các xã Yên Lạc, Bằng "
        "Phúc (Chợ Đồn) hay xã Cao Tân (Pác Nặm) là những nơi làm tốt."
    )
    assert {u.name for u in ex.units if u.consolidated} == {"Tân Đoàn", "Tràng Phái", "Yên Lạc", "Bằng Phúc", "Cao Tân"}


def test_the_sentence_after_a_figure_that_counts_and_lists_the_units_it_added() -> None:
    """ "… nay con số này là 3/14 …. Hai đơn vị được bổ sung trong nhiệm kỳ là xã A và xã B.": the two."""
    ex = extract(
        "Một trong những chỉ tiêu mới được đại hội thông qua là đến năm 2020, huyện có ít nhất 30% xã, thị "
        "trấn bố trí bí thư đảng ủy đồng thời là chủ tịch UBND.\n\nTheo báo cáo chính trị, nếu năm 2010 Định "
        "Quán mới có 1 xã (Phú Ngọc) thực hiện thì nay con số này là 3/14 xã, thị trấn, chiếm 21,4%. Hai đơn vị "
        "được bổ sung trong nhiệm kỳ là xã Phú Cường và xã Gia Canh."
    )
    assert {"Phú Cường", "Gia Canh"} <= {u.name for u in ex.units if u.consolidated}


def test_a_province_compared_with_where_so_many_units_are_done_already() -> None:
    """ "Con số này thấp hơn nhiều so với tỉnh láng giềng Y, nơi đã có 58 đơn vị.": Y's count; "đã có"
    counts what is done, it states no total."""
    ex = extract(
        "Theo Ban Tổ chức Tỉnh ủy Phú Yên, toàn tỉnh hiện có 10/110 xã, phường, thị trấn thực hiện mô hình, tỷ "
        "lệ 9,09%. Con số này thấp hơn nhiều so với tỉnh láng giềng Khánh Hòa, nơi đã có 58 đơn vị."
    )
    assert (58, None, None, "Tỉnh Khánh Hòa", "province") in figures(ex)


def test_posts_taken_one_after_the_other_and_a_transfer_by_the_standing_committee() -> None:
    """ "ông A giữ chức Bí thư Đảng ủy từ năm 2015; giữa năm 2016, ông được HĐND xã bầu thêm chức Chủ
    tịch UBND xã"; "bà B được Ban Thường vụ Huyện ủy điều động về làm Bí thư Đảng ủy xã; đến tháng 8, HĐND
    xã bầu bà kiêm luôn chức Chủ tịch UBND xã": both hold both posts."""
    ex = extract(
        "Ở xã Hồng Thủy (A Lưới), ông Hồ Văn Lai giữ chức Bí thư Đảng ủy từ năm 2015; giữa năm 2016, ông được "
        "HĐND xã bầu thêm chức Chủ tịch UBND xã.\n\nỞ xã Đại Sơn (Tứ Kỳ), bà Phạm Thị Loan được Ban Thường vụ "
        "Huyện ủy điều động về làm Bí thư Đảng ủy xã; đến tháng 8, HĐND xã bầu bà kiêm luôn chức Chủ tịch UBND xã."
    )
    assert {(o.name, o.concurrent) for o in ex.officials} == {("Hồ Văn Lai", True), ("Phạm Thị Loan", True)}


def test_a_district_goal_after_a_secretary_who_chairs_the_committee_with_a_caveat() -> None:
    """ "Ông A, Bí thư Đảng ủy - Chủ tịch UBND xã X, kể …. Huyện ủy Y đặt mục tiêu đến cuối nhiệm kỳ
    2020-2025 đạt từ 45% trở lên, nhưng chỉ bố trí ở nơi có cán bộ đủ tiêu chuẩn": a man holding both
    posts names the model; "chỉ bố trí" is no "chi bộ" (a party cell of a village)."""
    ex = extract(
        "Toàn huyện Cao Lộc có nhiều xã khó khăn.\n\nÔng Hoàng Văn Sáng, Bí thư Đảng ủy - Chủ tịch UBND xã Hòa "
        "Cư, kể lại những ngày đầu.\n\nHuyện ủy Cao Lộc đặt mục tiêu đến cuối nhiệm kỳ 2020-2025 đạt từ 45% trở "
        "lên, nhưng chỉ bố trí ở nơi có cán bộ đủ tiêu chuẩn."
    )
    assert goals(ex) == {("Huyện Cao Lộc", "district", 0.45, 2025)}


def test_a_goal_of_public_service_centres_in_every_commune_is_no_goal_of_the_model() -> None:
    """ "… đề ra mục tiêu đến năm 2030 có 100% xã, phường vận hành hiệu quả trung tâm phục vụ hành chính
    công", beside a man who held both posts: another programme."""
    ex = extract(
        "Ông Y Bhim Niê, nguyên Bí thư Đảng ủy kiêm Chủ tịch UBND xã Ea Tul, nay là Phó Bí thư Đảng ủy xã. Đại "
        "hội Đảng bộ tỉnh lần thứ I đã đề ra mục tiêu đến năm 2030 có 100% xã, phường vận hành hiệu quả trung "
        "tâm phục vụ hành chính công.",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    assert goals(ex) == set()


def test_units_praised_at_a_conference_and_examples_after_có_thể_kể_đến() -> None:
    """ "Một số đơn vị làm tốt được biểu dương tại hội nghị như: xã A (X), phường B (Y)"; "… với 9 trong
    số 25 xã, thị trấn. Có thể kể đến thị trấn C, các xã D, E.": each consolidated."""
    ex = extract(
        "Một số đơn vị làm tốt được biểu dương tại hội nghị như: xã Quảng Tâm (Tuy Đức), phường Nghĩa Đức (TP "
        "Gia Nghĩa).\n\nĐắk Mil là địa phương làm nhiều nhất, với 9 trong số 10 xã, thị trấn. Có thể kể đến "
        "thị trấn Đắk Mil, các xã Đắk Lao, Thuận An."
    )
    assert {"Quảng Tâm", "Nghĩa Đức", "Đắk Mil", "Đắk Lao", "Thuận An"} <= {u.name for u in ex.units if u.consolidated}


def test_a_district_that_finished_in_every_commune() -> None:
    """ "Y là huyện đầu tiên hoàn thành ở cả 12 xã, thị trấn": 12 of 12."""
    ex = extract(
        "Toàn tỉnh Lạng Sơn có 80 trong tổng số 200 xã, phường, thị trấn thực hiện mô hình, chiếm 40%. Bình "
        "Gia là huyện đầu tiên hoàn thành ở cả 14 xã, thị trấn."
    )
    assert (14, 14, None, "Huyện Bình Gia", "district") in figures(ex)
