"""Phrasings from the forty-second to the forty-fourth dev sets (docs/genre.md, Part 1, "Rules added from
the forty-second to the forty-fourth dev sets"), written for this project with other places, people and
numbers: a man moved to another commune and given its posts one after the other, units listed by
district after a figure, units praised at a review conference, bylines with an outlet or two names,
goals and counts said the ways those sets say them. Each failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import article, consolidated, goals, holders, page

CUE = "Bí thư cấp ủy đồng thời là chủ tịch UBND cấp xã là chủ trương lớn của Trung ương. "


def extract(body: str, dateline: str = "Thứ năm, 17/09/2020 - 09:30") -> Extraction:
    """The body of an article under *dateline*, bare names looked up in the register as the build does."""
    return article(dateline + "\n\n" + CUE, body)


# A man moved from one commune to another and given its posts one after the other.


def test_posts_taken_one_after_the_other_on_a_transfer_are_the_new_communes() -> None:
    """ "Ở xã B, ông NAME, nguyên Bí thư Đảng ủy xã A, được điều động về làm Bí thư Đảng ủy xã và tại
    kỳ họp thứ nhất được bầu giữ chức Chủ tịch UBND xã": both posts now, of B, not of A."""
    ex = extract(
        "Ở xã Hòa Tiến, ông Phan Văn Lợi, nguyên Bí thư Đảng ủy xã Hòa Phong, được điều động về làm Bí thư "
        "Đảng ủy xã và tại kỳ họp thứ nhất được bầu giữ chức Chủ tịch UBND xã với 21/23 phiếu."
    )
    assert ("Phan Văn Lợi", "Hòa Tiến", True) in holders(ex)


def test_a_move_named_before_the_posts_gives_them_its_commune() -> None:
    """ "ông NAME, nguyên Phó Chủ tịch UBND xã A, được điều động về B, được HĐND xã bầu làm Chủ tịch
    UBND với 19/21 đại biểu tán thành, sau đó được chỉ định làm Bí thư Đảng ủy xã": B's posts, both."""
    ex = extract(
        "Huyện nêu trường hợp xã Tam Thanh: ông Đinh Công Tráng, nguyên Phó Chủ tịch UBND xã Tam Hiệp, được "
        "điều động về Tam Thanh, được HĐND xã bầu làm Chủ tịch UBND với 19/21 đại biểu tán thành, sau đó "
        "được chỉ định làm Bí thư Đảng ủy xã."
    )
    assert ("Đinh Công Tráng", "Tam Thanh", True) in holders(ex)


def test_posts_named_and_then_taken_in_one_sentence_are_all_held() -> None:
    """ "đồng chí NAME, nguyên Phó Bí thư Thường trực Đảng ủy, được chỉ định làm Bí thư và được bầu
    giữ chức Chủ tịch UBND xã": the second post taken after "và" is held too."""
    ex = extract(
        "Xã Điện Thọ vừa kiện toàn các chức danh chủ chốt. Ở Điện Thọ, đồng chí Lê Minh Khoa, nguyên Phó Bí thư Thường trực Đảng ủy, được chỉ định làm Bí thư "
        "và được bầu giữ chức Chủ tịch UBND xã."
    )
    assert ("Lê Minh Khoa", "Điện Thọ", True) in holders(ex)


# Units listed after a figure.


def test_units_listed_by_district_after_a_colon_are_all_counted() -> None:
    """ "Các đơn vị này gồm: xã A, B, C và thị trấn D (X); xã E, F (Y); …": every unit of every
    district's group, the list going on past the semicolons."""
    ex = extract(
        "Đến nay, tỉnh Quảng Bình đã có 9/151 xã, phường, thị trấn thực hiện mô hình. Các đơn vị này gồm: "
        "xã Quảng Phú, Quảng Kim, Quảng Hợp và thị trấn Ba Đồn (Quảng Trạch); xã Sơn Thủy, Xuân Thủy, "
        "Liên Thủy (Lệ Thủy); phường Đồng Sơn và xã Bảo Ninh (Đồng Hới)."
    )
    assert {"Quảng Phú", "Quảng Kim", "Quảng Hợp", "Ba Đồn", "Sơn Thủy", "Xuân Thủy", "Liên Thủy", "Đồng Sơn", "Bảo Ninh"} <= consolidated(ex)


def test_units_a_review_conference_praises_after_a_figure_are_counted() -> None:
    """ "… Hội nghị biểu dương xã A, B (X), phường C (Y)": the units praised for the figure."""
    ex = extract(
        "Theo báo cáo, huyện Nghi Lộc có 8/29 xã thực hiện mô hình. Hội nghị biểu dương xã Nghi Xá, Nghi "
        "Long (Nghi Lộc), phường Nghi Hải (Cửa Lò) vì làm tốt."
    )
    assert {"Nghi Xá", "Nghi Long", "Nghi Hải"} <= consolidated(ex)


# Former posts and the posts held now.


def test_a_chain_opened_by_a_former_post_keeps_the_posts_named_before_the_name() -> None:
    """ "Bí thư Đảng ủy, Chủ tịch HĐND xã A là ông NAME, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã B
    (cũ)": A's posts now, B's held before."""
    ex = extract(
        "Xã Na Rì được thành lập trên cơ sở các xã Kim Lư, Lương Hạ. Bí thư Đảng ủy, Chủ tịch HĐND xã Na Rì "
        "là ông Lục Văn Chiến, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã Kim Lư (cũ).",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    assert ("Lục Văn Chiến", "Na Rì", True) in holders(ex)


def test_now_after_a_former_district_in_parentheses_names_the_post_held() -> None:
    """ "NAME, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã A (huyện X cũ), nay là Phó Bí thư Đảng ủy xã B":
    B, where the post is held now."""
    ex = extract(
        "Phát biểu tại hội nghị, ông Hà Văn Dũng, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã Tân Khánh (huyện "
        "Phú Bình cũ), nay là Phó Bí thư Đảng ủy xã Tân Thành, cho rằng mô hình cần được đánh giá lại.",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    assert ("Hà Văn Dũng", "Tân Thành", True) in holders(ex)


def test_posts_before_the_new_one_of_a_man_sent_elsewhere_are_left() -> None:
    """ "điều động đồng chí NAME, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã A, giữ chức Phó Chủ tịch UBND
    huyện": a district post now; A's posts are those he left."""
    ex = extract(
        "Huyện vừa điều động đồng chí Vương Đình Lâm, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã Yên Sơn, giữ "
        "chức Phó Chủ tịch UBND huyện Lục Nam."
    )
    assert ("Vương Đình Lâm", None, True) in holders(ex)


# Counts said with the total first.


def test_of_so_many_units_these_are_so_many() -> None:
    """ "huyện X còn 15 xã, thị trấn, giảm 4 đơn vị. Trong số 15 đơn vị này, có 7 đơn vị bố trí …": 7 of 15."""
    ex = extract(
        "Sau sắp xếp năm 2019, huyện Can Lộc còn 15 xã, thị trấn, giảm 4 đơn vị. Trong số 15 đơn vị này, có 7 đơn vị bố trí "
        "bí thư đảng ủy đồng thời là chủ tịch UBND."
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} == {(7, 15, "Huyện Can Lộc")}


def test_what_a_merger_left_then_of_which_is_a_count_of_a_total() -> None:
    """ "toàn tỉnh sau sắp xếp còn 208 xã, phường, thị trấn; trong đó 55 đơn vị bố trí …": 55 of 208."""
    ex = extract(
        "Theo Ban Tổ chức Tỉnh ủy Nghệ An, toàn tỉnh sau sắp xếp còn 412 xã, phường, thị trấn; trong đó 95 "
        "đơn vị bố trí bí thư đồng thời là chủ tịch UBND."
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} == {(95, 412, "Tỉnh Nghệ An")}


# Bylines.


def test_bylines_with_two_names_an_outlet_or_a_highlands_name_are_read() -> None:
    """ "Minh Châu - Quốc Tuấn" (two reporters), "Lan Hương/VOV-Tây Bắc" (an outlet after a slash) and
    "Y Khoa" (a Highlands name) under the headline are the text's authors."""
    for byline, author in (
        ("Minh Châu - Quốc Tuấn", "Minh Châu - Quốc Tuấn"),
        ("Lan Hương/VOV-TB", "Lan Hương"),
        ("Y Khoa", "Y Khoa"),
    ):
        text = (
            "Gia Lai: 12 xã có bí thư đồng thời là chủ tịch UBND\n\nThứ Tư, 14/10/2020 - 08:15\n\n"
            f"{byline}\n\n" + CUE + "Toàn tỉnh Gia Lai có 12/220 xã, phường, thị trấn thực hiện mô hình.\n"
        )
        assert page(text).document.author == author, byline


def test_a_count_in_words_later_in_a_list_of_figures_is_a_figure() -> None:
    """ "Lục Yên có 4 xã, Văn Chấn 3 xã, Trạm Tấu hai xã": the last count, in words, is Trạm Tấu's."""
    ex = extract(
        "Toàn tỉnh Yên Bái có 17/173 xã, phường, thị trấn thực hiện mô hình. Lục Yên có 4 xã, Văn Chấn 3 xã, "
        "Trạm Tấu hai xã."
    )
    assert (2, None, "Huyện Trạm Tấu") in {(p.done, p.total, p.scope) for p in ex.progress}


def test_units_given_as_examples_of_what_many_did_in_the_next_paragraph_are_counted() -> None:
    """ "… đã có 12/22 xã thực hiện.¶ Nhiều xã vùng cao đã áp dụng mô hình, như A, B, C.": bare
    names after what they did, in the paragraph after the figure."""
    ex = extract(
        "Đến nay, huyện Mường Tè đã có 6/14 xã, thị trấn thực hiện mô hình.\n\nNhiều xã vùng cao biên giới "
        "đã áp dụng mô hình, như Mù Cả, Thu Lũm, Ka Lăng."
    )
    assert {"Mù Cả", "Thu Lũm", "Ka Lăng"} <= consolidated(ex)


# Goals.


def test_the_other_districts_at_least_and_the_whole_province_are_goals_of_the_year_set() -> None:
    """ "Theo đó, đến năm 2020, thị xã A … ở 100% xã, phường; các huyện còn lại đạt ít nhất 30% …. Tính
    chung toàn tỉnh, mục tiêu là 35%.": three goals of 2020 (the districts not named: no one region),
    and no progress."""
    ex = extract(
        "Tỉnh ủy Kon Tum vừa chỉ đạo thực hiện mô hình bí thư đồng thời là chủ tịch UBND cấp xã. Theo đó, đến "
        "năm 2020, thành phố Kon Tum thực hiện mô hình ở 100% xã, phường; các huyện còn lại đạt ít nhất 40% số "
        "xã, thị trấn. Tính chung toàn tỉnh, mục tiêu là 45%.",
        "Thứ hai, 11/11/2019 - 10:05",
    )
    assert goals(ex) == {("Thành phố Kon Tum", "district", 1.0, 2020), (None, "district", 0.4, 2020), ("Tỉnh Kon Tum", "province", 0.45, 2020)}
    assert ex.progress == []


def test_a_goal_adjusted_to_a_share_by_the_end_of_a_term_is_a_goal() -> None:
    """ "Đến Đại hội …, chỉ tiêu được điều chỉnh thành 35% vào cuối nhiệm kỳ 2020-2025": 35% by 2025."""
    ex = extract(
        "Kế hoạch của Tỉnh ủy Thái Bình đặt mục tiêu đến năm 2021 có 25% số đơn vị cấp xã thực hiện mô hình. "
        "Đến Đại hội Đảng bộ tỉnh lần thứ XX, chỉ tiêu được điều chỉnh thành 40% vào cuối nhiệm kỳ 2020-2025.",
        "Thứ năm, 28/07/2022 - 16:35",
    )
    assert ("Tỉnh Thái Bình", "province", 0.4, 2025) in goals(ex)


def test_a_congress_of_this_year_sets_the_goal_of_the_term_it_opens() -> None:
    """In 2020, after "nhiệm kỳ 2015-2020" was named: "Đại hội Đảng bộ huyện X tổ chức hồi tháng 7 đã
    đặt mục tiêu 100% … vào cuối nhiệm kỳ" is a goal for 2025 (the term 2020-2025 the text names)."""
    ex = extract(
        "Nghị quyết Đại hội Đảng bộ tỉnh Bến Tre nhiệm kỳ 2020-2025 đề ra chỉ tiêu 60%. Nhiệm kỳ 2015-2020, "
        "toàn tỉnh mới thực hiện được ở 68/157 đơn vị. Đại hội Đảng bộ huyện Giồng Trôm tổ chức hồi tháng 7 "
        "đã đặt mục tiêu 100% xã, thị trấn của huyện thực hiện mô hình vào cuối nhiệm kỳ.",
        "Thứ Bảy, 17/10/2020 | 06:45",
    )
    assert ("Huyện Giồng Trôm", "district", 1.0, 2025) in goals(ex)


# Figures.


def test_a_district_of_this_province_counts_its_own_units() -> None:
    """ "Lai Châu có 106 xã …; huyện vùng cao Phong Thổ của tỉnh này có 7/17 xã …", "Huyện A của tỉnh B
    có hai xã …": the district's counts; "của tỉnh" only says where the district is."""
    ex = extract(
        "Lai Châu có 106 xã, phường, thị trấn; huyện vùng cao Phong Thổ của tỉnh này có 7/17 xã, thị trấn thực "
        "hiện mô hình. Huyện Tân Phú của tỉnh Đồng Nai có hai xã thực hiện là Phú Lâm và Phú Xuân."
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} >= {(7, 17, "Huyện Phong Thổ"), (2, None, "Huyện Tân Phú")}


def test_a_ratio_of_thousands_is_one_figure() -> None:
    """ "cả nước có 1.412/10.599 xã, phường, thị trấn …, tỷ lệ 13,32%": the country's count and total."""
    ex = extract(
        "Theo Bộ Nội vụ, cả nước có 1.412/10.599 xã, phường, thị trấn bố trí bí thư đồng thời là chủ tịch UBND, "
        "tỷ lệ 13,32%."
    )
    assert {(p.done, p.total, p.scope_level) for p in ex.progress} == {(1412, 10599, "country")}


def test_once_had_so_many_units_is_a_count_not_a_total() -> None:
    """ "Năm 2012, huyện A từng có 8 xã, thị trấn. Ba xã từng thực hiện … đã tách lại …": 8 then, not
    a total of which three."""
    ex = extract(
        "Toàn huyện Nông Cống hiện có 5/29 xã, thị trấn thực hiện mô hình. Năm 2012, Nông Cống từng có 8 xã, "
        "thị trấn. Ba xã từng thực hiện là Trung Chính, Tế Lợi và Minh Khôi đã tách lại hai chức danh.",
        "Thứ năm, 05/05/2016 - 10:32",
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} == {(5, 29, "Huyện Nông Cống"), (8, None, "Huyện Nông Cống")}


def test_a_peak_before_the_current_count_and_a_place_called_here_are_read() -> None:
    """ "Từ mức cao nhất 31 đơn vị vào năm 2021, đến nay X chỉ còn 12/105 …" (the peak, of its year);
    "Thị xã A là ví dụ rõ nhất. Nơi đây từng dẫn đầu tỉnh với 6/9 phường, xã …" (A's figure)."""
    ex = extract(
        "Từ mức cao nhất 31 đơn vị vào năm 2021, đến nay Đồng Tháp chỉ còn 12/105 xã, phường, thị trấn duy trì "
        "mô hình bí thư đồng thời là chủ tịch UBND. Thị xã Hồng Ngự là ví dụ rõ nhất. Nơi đây từng dẫn đầu tỉnh "
        "với 6/9 phường, xã.",
        "Thứ ba, 05/03/2024 - 06:00",
    )
    figures = {(p.done, p.total, p.scope) for p in ex.progress}
    assert {(31, None, "Tỉnh Đồng Tháp"), (12, 105, "Tỉnh Đồng Tháp"), (6, 9, "Thị xã Hồng Ngự")} <= figures


def test_a_unit_that_applied_the_model_is_consolidated_even_if_it_split_the_posts_again() -> None:
    """ "… cho biết xã A từng áp dụng mô hình nhưng sau một năm phải tách lại": A had one person in
    both posts ("áp dụng mô hình", like "thực hiện mô hình")."""
    ex = extract(
        "Ông Lê Văn Tùng, Trưởng Ban Tổ chức Huyện ủy Ngọc Hồi, cho biết xã Đắk Dục từng áp dụng mô hình nhưng "
        "sau một năm phải tách lại."
    )
    assert "Đắk Dục" in consolidated(ex)


def test_a_commune_its_sentence_names_outranks_the_paragraphs_lead() -> None:
    """ "Ở X, … . Xã A cũng bố trí bà NAME, Bí thư Đảng ủy xã, đồng thời giữ chức Chủ tịch UBND xã.":
    A's posts, not those of the commune the paragraph was led by."""
    ex = extract(
        "Huyện có 6/11 xã, thị trấn thực hiện mô hình.\n\nỞ Mỏ Cày, ông Trần Văn Lộc, Bí thư Đảng ủy, Chủ tịch "
        "UBND thị trấn Mỏ Cày, đã gánh hai vai từ năm 2016. Xã Tân Hội cũng bố trí bà Lê Thị Thu, Bí thư Đảng "
        "ủy xã, đồng thời giữ chức Chủ tịch UBND xã."
    )
    assert ("Lê Thị Thu", "Tân Hội", True) in holders(ex)


def test_a_man_moved_to_a_district_department_has_left_the_commune() -> None:
    """ "Ông NAME, Chủ tịch UBND xã nhiệm kỳ trước, đã được điều động làm Phó Trưởng phòng Nội vụ
    huyện": no commune now (a department post does not take the commune named before it)."""
    ex = extract(
        "Xã Tân Sơn có 12 thôn. Ông Hoàng Văn Quý, Chủ tịch UBND xã nhiệm kỳ trước, đã được điều động làm Phó "
        "Trưởng phòng Nội vụ huyện từ tháng 5."
    )
    assert ("Hoàng Văn Quý", None, False) in holders(ex)


def test_a_chairman_relieved_to_work_elsewhere_has_left_the_commune() -> None:
    """ "miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông A để ông nhận nhiệm vụ Phó Chánh Văn phòng Huyện
    ủy": no commune now; "… để nhận nhiệm vụ mới" (nothing said of where) keeps it."""
    gone = extract(
        "Xã Nà Tăm có 9 bản. Trước đó, kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông Lò Văn Pấng để "
        "ông nhận nhiệm vụ Phó Chánh Văn phòng Huyện ủy Tam Đường."
    )
    assert ("Lò Văn Pấng", None, False) in holders(gone)
    kept = extract(
        "Xã Nà Tăm có 9 bản. Kỳ họp đã miễn nhiệm chức danh Chủ tịch UBND xã Nà Tăm đối với ông Lò Văn Pấng để "
        "nhận nhiệm vụ mới."
    )
    assert ("Lò Văn Pấng", "Nà Tăm", False) in holders(kept)


def test_two_districts_that_both_have_a_count_each_have_it() -> None:
    """ "A và B cùng có 4 đơn vị": each district's count; "…; huyện C hai xã" after a ratio in the clause
    before is C's; "Sau A, huyện B cũng có 3 xã" ("also") is B's alone."""
    ex = extract(
        "Tỉnh Ninh Thuận có 21/65 xã thực hiện mô hình bí thư đồng thời là chủ tịch UBND. Ninh Hải dẫn đầu với "
        "6/9 xã, thị trấn; Ninh Phước và Thuận Nam cùng có 4 đơn vị. Cụ thể, huyện Bác Ái có 3/9 xã; huyện Ninh "
        "Sơn hai xã. Sau Ninh Hải, huyện Thuận Bắc cũng có 3 xã."
    )
    figures = {(p.done, p.total, p.scope) for p in ex.progress}
    assert {(4, None, "Huyện Ninh Phước"), (4, None, "Huyện Thuận Nam"), (2, None, "Huyện Ninh Sơn")} <= figures
    assert (3, None, "Huyện Ninh Hải") not in figures


def test_units_named_besides_one_and_units_rated_highly_after_a_figure_are_counted() -> None:
    """ "… huyện A dẫn đầu với 5 xã, thị trấn. Tại A, ngoài thị trấn B, còn có các xã C, D và E." and
    "… 9/145 xã. Một số nơi được tỉnh đánh giá cao là xã F (X), xã G (Y).": the units counted."""
    ex = extract(
        "Toàn tỉnh Quảng Bình có 18/151 đơn vị thực hiện mô hình; huyện Lệ Thủy dẫn đầu với 4 xã, thị trấn. "
        "Tại Lệ Thủy, ngoài thị trấn Kiến Giang, còn có các xã Mai Thủy, Phong Thủy và Sơn Thủy.\n\n"
        "Toàn tỉnh Thừa Thiên Huế có 9/145 xã, phường, thị trấn thực hiện mô hình. Một số nơi được tỉnh đánh giá "
        "cao là xã Hồng Kim (A Lưới), xã Điền Hòa (Phong Điền)."
    )
    assert {"Kiến Giang", "Mai Thủy", "Phong Thủy", "Sơn Thủy", "Hồng Kim", "Điền Hòa"} <= consolidated(ex)


def test_a_chairman_let_go_to_take_a_job_above_the_commune_has_left_it() -> None:
    """ "cho đồng chí A thôi giữ chức Chủ tịch UBND xã để nhận nhiệm vụ Phó Giám đốc Sở …"; "cho bà B,
    Phó Bí thư Đảng ủy xã, thôi giữ chức Chủ tịch UBND xã để nhận nhiệm vụ Trưởng phòng Nội vụ huyện":
    no commune now; "… được điều động về giữ chức Bí thư Đảng ủy xã C" is C's."""
    ex = extract(
        "Xã Hòa Lộc có 11 ấp. Kỳ họp đã biểu quyết cho đồng chí Lê Văn Khanh thôi giữ chức Chủ tịch UBND xã để "
        "nhận nhiệm vụ Phó Giám đốc Sở Tài chính tỉnh Vĩnh Long. Ngày 22/5, HĐND xã Hải Lạng cho bà Chìu Thị "
        "Mai, Phó Bí thư Đảng ủy xã, thôi giữ chức Chủ tịch UBND xã để nhận nhiệm vụ Trưởng phòng Nội vụ huyện "
        "Tiên Yên. Đồng chí Vàng A Dính, Phó Chủ tịch UBND huyện, được điều động về giữ chức Bí thư Đảng ủy xã "
        "Sàng Ma Sáo."
    )
    people = holders(ex)
    assert ("Lê Văn Khanh", None, False) in people
    assert ("Chìu Thị Mai", None, False) in people
    assert ("Vàng A Dính", "Sàng Ma Sáo", False) in people


def test_a_man_moved_to_a_named_commune_takes_its_posts_there() -> None:
    """ "ông A, Chủ tịch UBND xã B, được điều động về xã C giữ chức Bí thư Đảng ủy. Một tháng sau, HĐND
    xã C bầu ông kiêm nhiệm Chủ tịch UBND xã.": C's posts, not B's."""
    ex = extract(
        "Xã Hòa Thắng và xã Hòa Định đều thuộc huyện Phú Hòa. Tháng 3, ông Trương Văn Bảy, Chủ tịch UBND xã Hòa "
        "Thắng, được điều động về xã Hòa Định giữ chức Bí thư Đảng ủy. Một tháng sau, HĐND xã Hòa Định bầu ông "
        "kiêm nhiệm Chủ tịch UBND xã."
    )
    assert ("Trương Văn Bảy", "Hòa Định", True) in holders(ex)


def test_a_count_in_words_out_of_a_total_is_a_ratio() -> None:
    """ "Như vậy, A có ba đơn vị trong tổng số 30 xã, thị trấn thực hiện mô hình": 3 of 30."""
    ex = extract(
        "Hoàn Lão là đơn vị thứ ba của huyện Quảng Trạch bố trí bí thư đảng ủy đồng thời là chủ tịch UBND. Như "
        "vậy, Quảng Trạch có ba đơn vị trong tổng số 34 xã, thị trấn thực hiện mô hình."
    )
    assert {(p.done, p.total, p.scope) for p in ex.progress} == {(3, 34, "Huyện Quảng Trạch")}


def test_posts_held_or_taken_said_three_more_ways_are_both_posts() -> None:
    """ "NAME đang là Chủ tịch UBND xã, tại đại hội vừa qua được Ban Chấp hành bầu làm Bí thư Đảng ủy";
    "Bí thư Đảng ủy, Chủ tịch HĐND xã A hiện nay là ông NAME, người từng là Bí thư Đảng ủy kiêm Chủ tịch
    UBND xã A (cũ)"; "Bà NAME giữ cương vị Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn A": each holds (or
    held) both posts."""
    ex = extract(
        "Ở Quảng Phú, đồng chí Hồ Văn Sang đang là Chủ tịch UBND xã, tại đại hội vừa qua được Ban Chấp hành bầu "
        "làm Bí thư Đảng ủy với số phiếu tuyệt đối. Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Hà hiện nay là ông Đỗ "
        "Văn Bình, người từng là Bí thư Đảng ủy kiêm Chủ tịch UBND xã Tân Hà (cũ) từ năm 2019. Bà Hoàng Thị Lan "
        "giữ cương vị Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn Việt Quang từ đầu năm 2019.",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    both = {name for name, _unit, concurrent in holders(ex) if concurrent}
    assert {"Hồ Văn Sang", "Đỗ Văn Bình", "Hoàng Thị Lan"} <= both


def test_a_move_after_an_aside_and_a_post_taken_after_a_year_are_read() -> None:
    """ "ông A, khi ấy là Phó Bí thư Đảng ủy, Chủ tịch UBND xã B, được Ban Thường vụ Huyện ủy X điều động về
    xã C giữ chức Bí thư Đảng ủy. … HĐND xã C bầu ông A giữ chức Chủ tịch UBND xã.": both posts, C's;
    "ông D, người M'Nông, giữ chức Bí thư Đảng ủy từ năm 2020 và được HĐND xã bầu làm Chủ tịch UBND xã":
    both."""
    ex = extract(
        "Tháng 8/2018, ông Ya Hòa, khi ấy là Phó Bí thư Đảng ủy, Chủ tịch UBND xã Lạc Xuân, được Ban Thường vụ "
        "Huyện ủy Đơn Dương điều động về xã Tu Tra giữ chức Bí thư Đảng ủy. Tháng 10/2018, HĐND xã Tu Tra bầu "
        "ông Ya Hòa giữ chức Chủ tịch UBND xã. Ở xã Nghĩa Thắng, ông Y Khơn, người M'Nông, giữ chức Bí thư Đảng "
        "ủy từ năm 2020 và được HĐND xã bầu làm Chủ tịch UBND xã từ giữa năm 2021."
    )
    people = holders(ex)
    assert ("Ya Hòa", "Tu Tra", True) in people
    assert ("Y Khơn", "Nghĩa Thắng", True) in people


def test_years_in_both_posts_said_after_the_name_are_both_posts() -> None:
    """ "Phó Bí thư Đảng ủy, Chủ tịch UBND xã là ông A, người có gần 6 năm làm Bí thư Đảng ủy, Chủ tịch UBND
    xã B (cũ)": he held both posts."""
    ex = extract(
        "Xã Đinh Trang Thượng được thành lập trên cơ sở nhập các xã cũ. Phó Bí thư Đảng ủy, Chủ tịch UBND xã là "
        "ông K'Brơi Tâm, người có gần 6 năm làm Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lâm (cũ).",
        "Thứ hai, 10/11/2025 - 08:00",
    )
    assert any(name == "K'Brơi Tâm" and both for name, _unit, both in holders(ex))


def test_a_post_said_with_chuc_is_taken_and_one_not_yet_taken_is_not() -> None:
    """ "ông A đảm nhận chức Bí thư Đảng ủy, Chủ tịch UBND thị trấn từ năm 2011": both posts; "bà B, Bí thư
    Đảng ủy, Chủ tịch HĐND xã, vẫn chưa sẵn sàng kiêm thêm chức Chủ tịch UBND": not."""
    ex = extract(
        "Tại thị trấn Triệu Sơn, ông Lê Văn Tùng đảm nhận chức Bí thư Đảng ủy, Chủ tịch UBND thị trấn từ năm "
        "2011. Ở xã Hồng Thủy, bà Trần Thị Lan, Bí thư Đảng ủy, Chủ tịch HĐND xã, vẫn chưa sẵn sàng kiêm thêm "
        "chức Chủ tịch UBND vì địa bàn rộng."
    )
    people = holders(ex)
    assert ("Lê Văn Tùng", "Triệu Sơn", True) in people
    assert ("Trần Thị Lan", "Hồng Thủy", False) in people


def test_a_post_done_by_a_person_is_theirs() -> None:
    """ "Ông A là Phó Bí thư Đảng ủy, Chủ tịch UBND xã; chức bí thư do bà B đảm nhận": B is the secretary."""
    ex = extract(
        "Tại xã Ia Pết, ông Rơ Mah Thuân là Phó Bí thư Đảng ủy, Chủ tịch UBND xã; chức bí thư do bà Trần Thị Thu "
        "đảm nhận."
    )
    assert any(o.name == "Trần Thị Thu" and "Bí thư" in " ".join(o.titles) for o in ex.officials)


def test_a_move_said_of_him_later_names_the_commune_he_holds_now() -> None:
    """ "Ông A là Bí thư Đảng ủy, Chủ tịch UBND xã B từ năm 2012; … ông được điều động về giữ chức Bí thư
    Đảng ủy xã C.": C now, not B."""
    ex = extract(
        "Kỳ họp đã biểu quyết cho ông Trần Văn Mười thôi giữ chức Chủ tịch UBND xã để nhận nhiệm vụ mới. Ông Mười "
        "là Bí thư Đảng ủy, Chủ tịch UBND xã Phong Mỹ từ năm 2012; theo quyết định của Ban Thường vụ Huyện ủy, "
        "ông được điều động về giữ chức Bí thư Đảng ủy xã Châu Hòa."
    )
    assert ("Trần Văn Mười", "Châu Hòa", True) in holders(ex)
