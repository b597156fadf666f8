"""More phrasings of the real press genre (docs/genre.md, the rules added after corpus_genre3), one
or two sentences each, written for this project: each failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.build.register import national_gazetteer
from lso_tui.extract import extract_text
from lso_tui.model.records import Extraction
from tests.phrasing import article, consolidated, figures_in_order, officials

DATELINE = "Thứ hai, 09/09/2019 - 08:00\n\nTin địa phương\n\n"
CUE = "Mô hình bí thư đảng ủy đồng thời là chủ tịch UBND được triển khai từ năm 2010. "


def extract(body: str, cue: bool = False, dateline: str = DATELINE) -> Extraction:
    """The body of an article with a dateline (after a sentence naming the model, when *cue*)."""
    return article(dateline + (CUE if cue else ""), body, register=False)


# Officials


def test_an_aside_between_the_name_and_the_post() -> None:
    """ "NAME, người Ba Na, được bầu giữ chức Bí thư …", then the chairmanship in a later sentence."""
    ex = extract(
        "Tháng 5/2015, ông Đinh Văn Lơ, người Ba Na, được bầu giữ chức Bí thư Đảng ủy xã Kon Chiêng. "
        "Tại kỳ họp sau đó, ông Đinh Văn Lơ tiếp tục được HĐND xã bầu làm Chủ tịch UBND xã."
    )
    assert officials(ex)["Đinh Văn Lơ"] == ("Kon Chiêng", True)


def test_both_roles_said_as_what_one_does() -> None:
    """ "vừa lo công tác Đảng, vừa trực tiếp điều hành UBND xã" is holding both posts."""
    ex = extract(
        "Ở xã Hòa Tiến, ông Trần Văn Mến vừa lo công tác xây dựng Đảng, vừa trực tiếp điều hành UBND xã "
        "từ năm 2016."
    )
    assert officials(ex)["Trần Văn Mến"] == ("Hòa Tiến", True)


def test_a_wish_for_someone_to_hold_both_posts_is_not_a_holder() -> None:
    """A deputy secretary who chairs the UBND, speaking of a person yet to be found."""
    ex = extract(
        "Ông Lê Văn Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND phường An Lạc cho biết, phường cần thời gian "
        "chuẩn bị người đủ sức đảm đương cả hai chức danh."
    )
    assert officials(ex)["Lê Văn Hải"] == ("An Lạc", False)
    assert consolidated(ex) == set()


def test_a_directory_line_led_by_a_committee_membership() -> None:
    """ "Đồng chí: NAME – Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch UBND xã" (after the page heading)."""
    ex = extract(
        "LÃNH ĐẠO XÃ ĐỒNG TÂM\n\n1. Đồng chí: Điểu Thị Lan – Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch UBND "
        "xã Đồng Tâm\n2. Đồng chí: Điểu Văn Minh – Đảng ủy viên, Phó Chủ tịch UBND xã Đồng Tâm"
    )
    assert officials(ex) == {"Điểu Thị Lan": ("Đồng Tâm", True), "Điểu Văn Minh": ("Đồng Tâm", False)}


def test_a_heading_gives_the_bare_posts_under_it_their_body() -> None:
    """Under "ỦY BAN NHÂN DÂN XÃ", "+ Đồng chí NAME – Chủ tịch" chairs the UBND of the page's commune."""
    ex = extract(
        "Lãnh đạo xã Tả Phìn\n\nTHƯỜNG TRỰC ĐẢNG ỦY\n\n+ Đồng chí Sùng A Lử – Bí thư Đảng ủy xã Tả Phìn\n\n"
        "ỦY BAN NHÂN DÂN XÃ\n\n+ Đồng chí Sùng A Lử – Chủ tịch\n+ Đồng chí Giàng Thị Dế – Phó Chủ tịch"
    )
    assert officials(ex)["Sùng A Lử"] == ("Tả Phìn", True)
    assert officials(ex)["Giàng Thị Dế"] == ("Tả Phìn", False)


def test_an_acting_chairman_does_not_hold_both_posts() -> None:
    """ "Bí thư Đảng ủy, Quyền Chủ tịch UBND xã X NAME": acting is not the post."""
    ex = extract("Bí thư Đảng ủy, Quyền Chủ tịch UBND xã Nà Khương Vi Văn Tỉnh đang điều hành cả hai mảng việc.")
    assert officials(ex)["Vi Văn Tỉnh"] == ("Nà Khương", False)
    assert ex.officials[0].titles == ["Bí thư Đảng ủy", "Quyền Chủ tịch UBND"]  # the title kept whole
    assert consolidated(ex) == set()


def test_a_sentence_led_by_a_commune_places_its_bare_posts() -> None:
    """ "Tại X, … cho ông Y, Bí thư Đảng ủy xã" and "bầu ông Y giữ chức Chủ tịch UBND xã": both at X."""
    ex = extract(
        "Xã Pả Vi có 12 thôn. Tại Sủng Là, UBND huyện giao quyền Chủ tịch UBND xã cho ông Ly Mí Dế, Bí thư "
        "Đảng ủy xã. Sau đó HĐND xã Sủng Là bầu ông Ly Mí Dế giữ chức Chủ tịch UBND xã."
    )
    assert officials(ex)["Ly Mí Dế"] == ("Sủng Là", True)


def test_the_pronoun_then_la_then_both_posts() -> None:
    """ "Từ năm 2016 đến năm 2020, đồng chí là Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn X": held there."""
    ex = extract(
        "Đồng chí Nông Văn Quân, Bí thư Đảng ủy, Chủ tịch HĐND xã Yên Khê. Từ năm 2016 đến năm 2020, đồng "
        "chí là Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn Vĩnh Lộc."
    )
    quan = next(o for o in ex.officials if o.name == "Nông Văn Quân")
    assert quan.concurrent and quan.both_at == "Vĩnh Lộc"
    assert consolidated(ex) == {"Vĩnh Lộc"}


def test_both_posts_named_after_a_dual_role_phrase() -> None:
    """ "đảm nhận cùng lúc hai cương vị Bí thư Thành ủy và Chủ tịch UBND thành phố": a city's holder."""
    ex = extract(
        "Như vậy, ông Lâm Hoàng Nghiệp chính thức đảm nhận cùng lúc hai cương vị Bí thư Thành ủy và Chủ tịch "
        "UBND thành phố Vị Thanh."
    )
    assert officials(ex)["Lâm Hoàng Nghiệp"] == (None, True)


def test_carrying_both_roles_after_a_sentence_led_by_the_commune() -> None:
    """ "Ở X, người gánh cả hai vai từ năm 2017 đến nay là ông Y"."""
    ex = extract("Xã Quang Hán có 9 xóm. Ở Quang Hán, người gánh cả hai vai từ năm 2017 đến nay là ông Đàm Văn Sìn.")
    assert officials(ex)["Đàm Văn Sìn"] == ("Quang Hán", True)


# Units


def test_a_single_type_word_for_a_list_of_units() -> None:
    """ "Các đơn vị này gồm thị trấn A, xã B, C, D và E": every name is a unit."""
    ex = extract(
        "Có 5 đơn vị bầu bí thư đảng ủy giữ chức chủ tịch UBND. Các đơn vị này gồm thị trấn Mường Lát, xã "
        "Tam Chung, Pù Nhi, Quang Chiểu và Trung Lý."
    )
    assert consolidated(ex) == {"Mường Lát", "Tam Chung", "Pù Nhi", "Quang Chiểu", "Trung Lý"}


def test_units_listed_after_a_count_of_units() -> None:
    """ "Ba đơn vị vừa thực hiện là A, B và C" and "hai đơn vị còn lại là …" after a sentence naming the
    model; units with no type word of their own are communes."""
    ex = extract(
        "Huyện có thêm 3 xã bố trí bí thư đảng ủy đồng thời là chủ tịch UBND. Ba đơn vị vừa thực hiện là "
        "Cô Ba, Cô Mười và Lương Can."
    )
    assert consolidated(ex) == {"Cô Ba", "Cô Mười", "Lương Can"}


def test_the_hdnd_arrangement_is_not_the_model() -> None:
    """ "bí thư đảng ủy đồng thời là chủ tịch HĐND xã": the usual arrangement."""
    ex = extract("Tại xã Phước Long, bí thư đảng ủy đồng thời là chủ tịch HĐND xã, còn chủ tịch UBND do phó bí thư đảm nhiệm.")
    assert consolidated(ex) == set()


def test_a_numbered_commune_name() -> None:
    """ "xã Tam Hải 2 và thị trấn X": the number is part of the name."""
    ex = extract("Xã Tam Hải 2 và thị trấn Hà Lam vẫn thực hiện bí thư đảng ủy đồng thời là chủ tịch UBND.")
    assert consolidated(ex) == {"Tam Hải 2", "Hà Lam"}


# Progress figures


def test_a_list_of_figures_names_each_region_bare() -> None:
    """After "trong đó huyện A …", the next regions are named without their type word."""
    ex = extract(
        "Toàn tỉnh có 21/161 xã, phường, thị trấn thực hiện bí thư cấp ủy đồng thời là chủ tịch UBND; trong "
        "đó huyện Bảo Lạc 4/17 xã, thị trấn, Hà Quảng 3/21, Nguyên Bình có 2 xã, Thạch An 5 trên tổng số 16 xã."
    )
    assert figures_in_order(ex) == [
        (21, 161, None, None, "province"),
        (4, 17, None, "Huyện Bảo Lạc", "district"),
        (3, 21, None, "Huyện Hà Quảng", "district"),
        (2, None, None, "Huyện Nguyên Bình", "district"),
        (5, 16, None, "Huyện Thạch An", "district"),
    ]


def test_a_total_then_the_units_that_did_it() -> None:
    """ "có 29 xã, thị trấn, đến nay mới có 3 đơn vị thực hiện mô hình, chiếm 10,34%"; "Trong số 24 xã,
    có 6 đơn vị …"; a total in one sentence and "Trong đó, N xã …" in the next."""
    one = extract("Toàn huyện Mộc Châu có 29 xã, thị trấn, đến nay mới có 3 đơn vị thực hiện mô hình, chiếm 10,34%.", cue=True)
    assert figures_in_order(one) == [(3, 29, 0.1034, "Huyện Mộc Châu", "district")]
    two = extract("Trong số 24 xã, thị trấn, có 6 đơn vị bầu bí thư đảng ủy giữ chức chủ tịch UBND, chiếm 25%.")
    assert [f[:3] for f in figures_in_order(two)] == [(6, 24, 0.25)]
    three = extract(
        "Toàn huyện Bảo Lâm có 14 xã, thị trấn. Trong đó, 5 xã đã thực hiện bí thư đảng ủy đồng thời là chủ "
        "tịch UBND, đạt 35,7%."
    )
    assert [f[:3] for f in figures_in_order(three)] == [(5, 14, 0.357)]


def test_rates_of_other_things_are_not_figures() -> None:
    """ "tỷ lệ hộ nghèo vẫn ở mức 48,6%" in a paragraph about the model."""
    ex = extract("Xã còn nhiều khó khăn, tỷ lệ hộ nghèo vẫn ở mức 48,6%, dù các thôn đã có đường bê tông.", cue=True)
    assert figures_in_order(ex) == []


def test_one_figure_per_model() -> None:
    """The HĐND arrangement and the model counted side by side: only the model's figure."""
    ex = extract(
        "Toàn huyện Ba Chẽ có 5/8 xã bí thư đồng thời là chủ tịch HĐND và 1/8 xã bí thư đồng thời là chủ tịch UBND."
    )
    assert figures_in_order(ex) == [(1, 8, None, "Huyện Ba Chẽ", "district")]


def test_a_share_after_another_region_is_its_own() -> None:
    """ "huyện A 3/11 xã, thị trấn và huyện B đạt 33,3%": B's share, not A's."""
    ex = extract(
        "Riêng huyện Kế Sách 3/11 xã, thị trấn thực hiện bí thư đồng thời là chủ tịch UBND và huyện Mỹ Tú đạt 33,3%."
    )
    assert figures_in_order(ex) == [(3, 11, None, "Huyện Kế Sách", "district"), (None, None, 0.333, "Huyện Mỹ Tú", "district")]


def test_counts_with_their_share_and_the_country() -> None:
    """ "… là 24 đơn vị, chiếm tỷ lệ 21,8%"; "tăng lên 47 đơn vị, chiếm 26,4%"; "Cả nước … 1.569 xã"."""
    ex = extract(
        "Số xã có bí thư đảng ủy đồng thời là chủ tịch UBND của tỉnh Bình Phước là 24 đơn vị, chiếm tỷ lệ 21,8%."
    )
    assert figures_in_order(ex) == [(24, None, 0.218, "Tỉnh Bình Phước", "province")]
    ex = extract("Cả nước hiện có 1.569 xã, phường, thị trấn thực hiện mô hình bí thư cấp ủy đồng thời là chủ tịch UBND, chiếm 14,5%.")
    assert figures_in_order(ex) == [(1569, None, 0.145, None, "country")]


def test_the_region_named_after_the_units() -> None:
    """ "thực hiện tại 6 xã của huyện X": X's figure."""
    ex = extract("Mô hình này hiện đã được thực hiện tại 6 xã của huyện Thanh Chương, gồm Thanh Mai và Thanh Hà.", cue=True)
    assert figures_in_order(ex) == [(6, None, None, "Huyện Thanh Chương", "district")]


def test_a_province_named_bare_and_a_district_that_is_not_a_paper() -> None:
    """ "Quảng Ninh là … với 2 đơn vị cấp huyện và 38 xã …" (the province named elsewhere with its type
    word); "Bảo Lâm 3 xã" is a district in a list, not "Báo" (a paper's province)."""
    ex = extract(
        "Tỉnh Quảng Ninh đã sắp xếp xong. Trước đó, Quảng Ninh là địa phương đi đầu thực hiện bí thư cấp ủy "
        "đồng thời là chủ tịch UBND, với 2 đơn vị cấp huyện và 38 xã, phường, thị trấn áp dụng mô hình này."
    )
    assert figures_in_order(ex) == [(38, None, None, "Tỉnh Quảng Ninh", "province")]
    ex = extract(
        "Tại Lâm Đồng, hiện có 8 đơn vị cấp xã thực hiện thí điểm, trong đó huyện Đức Trọng 2 xã, huyện Lâm Hà "
        "3 xã, Bảo Lâm 3 xã.",
        cue=True,
    )
    assert [f[3] for f in figures_in_order(ex)] == ["Tỉnh Lâm Đồng", "Huyện Đức Trọng", "Huyện Lâm Hà", "Huyện Bảo Lâm"]


def test_a_goal_by_the_end_of_the_term_after_the_model_was_named() -> None:
    """ "Riêng Huyện ủy X đặt mục tiêu đạt 50% vào cuối nhiệm kỳ 2020-2025"."""
    ex = extract(
        "Toàn tỉnh phấn đấu đến năm 2025 có trên 30% số xã thực hiện bí thư đồng thời là chủ tịch UBND. Riêng "
        "Huyện ủy Phong Thổ đặt mục tiêu đạt 50% vào cuối nhiệm kỳ 2020-2025."
    )
    assert [(g.share, g.year, g.scope) for g in ex.targets] == [(0.3, 2025, None), (0.5, 2025, "Huyện Phong Thổ")]


def test_regions_named_bare_as_subjects_and_list_items() -> None:
    """ "Lục Ngạn là huyện làm tốt nhất với 12/27 xã; tiếp đến là Sơn Động 9/21" after "toàn tỉnh";
    "Nhiều tỉnh … như Bạc Liêu (40/64 đơn vị), Sóc Trăng (27/109)" after "cả nước"."""
    ex = extract(
        "Đến nay, toàn tỉnh có 63 xã thực hiện mô hình, bằng 27,4%. Lục Ngạn là huyện làm tốt nhất với 12/27 xã, "
        "thị trấn; tiếp đến là Sơn Động 9/21.",
        cue=True,
    )
    assert [f[3] for f in figures_in_order(ex)][1:] == ["Huyện Lục Ngạn", "Huyện Sơn Động"]
    ex = extract(
        "Cả nước có 1.569 xã thực hiện bí thư cấp ủy đồng thời là chủ tịch UBND. Nhiều tỉnh đạt tỷ lệ cao như "
        "Bạc Liêu (40/64 đơn vị), Sóc Trăng (27/109)."
    )
    assert figures_in_order(ex)[1:] == [(40, 64, None, "Tỉnh Bạc Liêu", "province"), (27, 109, None, "Tỉnh Sóc Trăng", "province")]


def test_a_total_then_the_units_after_a_short_lead() -> None:
    """ "Huyện X hiện có 16 xã, thị trấn. Sau kỳ họp thứ nhất, 6 đơn vị có bí thư đảng ủy được bầu giữ
    chức chủ tịch UBND, chiếm 37,5%": 6 of 16, X's."""
    ex = extract(
        "Huyện Đà Bắc hiện có 16 xã, thị trấn. Sau kỳ họp thứ nhất, 6 đơn vị có bí thư đảng ủy được bầu giữ "
        "chức chủ tịch UBND, chiếm 37,5%."
    )
    assert figures_in_order(ex) == [(6, 16, 0.375, "Huyện Đà Bắc", "district")]


def test_this_number_an_earlier_count_and_a_fall() -> None:
    """ "con số này mới là 638 đơn vị" keeps the region before; "từ 4 xã … nay giảm còn 1 xã" gives the
    earlier count and the current one (as the labels of corpus_genre4 and later count an earlier figure)."""
    ex = extract(
        "Cả nước có 1.569 xã thực hiện bí thư cấp ủy đồng thời là chủ tịch UBND, chiếm 14,8%. Cuối năm 2017, "
        "con số này mới là 638 đơn vị."
    )
    assert [(f[0], f[4]) for f in figures_in_order(ex)] == [(1569, "country"), (638, "country")]
    ex = extract("Huyện Đồng Xuân thì ngược lại, từ 4 xã những năm đầu nay giảm còn 1 xã.", cue=True)
    assert [f[0] for f in figures_in_order(ex)] == [4, 1]


def test_look_alike_counts_are_not_figures() -> None:
    """The non-local-secretary policy, district-level units and 'bố trí lại' are not the model's."""
    ex = extract(
        "Riêng thành phố Hội An, 8 trong tổng số 13 phường, xã có bí thư không phải là người địa phương. Ở cấp "
        "huyện, có 47 đơn vị thực hiện mô hình. Có 2 đơn vị phải bố trí lại nhân sự.",
        cue=True,
    )
    assert figures_in_order(ex) == []


def test_each_goal_takes_its_own_deadline_and_the_committee_its_province() -> None:
    """ "Tỉnh ủy xác định đến năm 2020 đạt khoảng 35% và phấn đấu đến hết nhiệm kỳ 2020-2025 có trên 50%"."""
    ex = extract(
        "Tỉnh Bắc Giang có 63 xã thực hiện bí thư đồng thời là chủ tịch UBND. Tỉnh ủy xác định đến năm 2020 đạt "
        "khoảng 35% và phấn đấu đến hết nhiệm kỳ 2020-2025 có trên 50% xã, phường, thị trấn thực hiện mô hình."
    )
    assert [(g.share, g.year, g.scope) for g in ex.targets] == [(0.35, 2020, "Tỉnh Bắc Giang"), (0.5, 2025, "Tỉnh Bắc Giang")]


def test_an_interviewer_is_not_a_province_and_a_board_names_its_district() -> None:
    """ "PV: …" is not a province; "Theo Ban Tổ chức Huyện ủy Trần Văn Thời, … huyện có 9 trong số 13 xã"."""
    ex = extract(
        "PV: Xin đồng chí cho biết kết quả?\n\nTheo Ban Tổ chức Huyện ủy Trần Văn Thời, đến nay huyện có 9 trong "
        "số 13 xã, thị trấn thực hiện mô hình bí thư đảng ủy đồng thời là chủ tịch UBND, đạt 69,23%."
    )
    assert figures_in_order(ex) == [(9, 13, 0.6923, "Huyện Trần Văn Thời", "district")]


def test_a_sentence_with_no_region_goes_on_about_the_whole_counted_before() -> None:
    """ "Cả nước … 250 đơn vị. Sau Nghị quyết 18, số đơn vị tăng nhanh: … là 1.612 đơn vị, chiếm 15,4%"."""
    ex = extract(
        "Đến cuối năm 2012, cả nước mới có khoảng 250 đơn vị cấp xã thực hiện bí thư đồng thời là chủ tịch UBND. "
        "Sau Nghị quyết 18, số đơn vị tăng nhanh: đến giữa năm 2022 là 1.612 đơn vị, chiếm 15,4%."
    )
    assert figures_in_order(ex) == [(250, None, None, None, "country"), (1612, None, 0.154, None, "country")]


def test_a_province_introduced_by_name_and_a_province_as_subject() -> None:
    """ "Quảng Ninh là một trong những địa phương đi đầu cả nước" names the province that "toàn tỉnh" and
    "…, tỉnh phấn đấu …" then mean."""
    ex = extract(
        "Quảng Ninh là một trong những địa phương đi đầu cả nước trong việc bố trí bí thư cấp ủy đồng thời là "
        "chủ tịch UBND cấp xã.\n\nĐến hết năm 2014, toàn tỉnh đã có 29/186 xã, phường, thị trấn bố trí bí thư "
        "cấp ủy đồng thời là chủ tịch UBND, chiếm 15,6%; ở cấp xã, tỉnh phấn đấu đến năm 2020 đạt khoảng 50%."
    )
    assert figures_in_order(ex) == [(29, 186, 0.156, "Tỉnh Quảng Ninh", "province")]
    assert [(g.share, g.year, g.scope) for g in ex.targets] == [(0.5, 2020, "Tỉnh Quảng Ninh")]


def test_an_old_goal_is_kept_and_a_dated_result_is_not_a_goal() -> None:
    """ "từng đặt chỉ tiêu đến năm 2025 đạt 40%, nhưng … mới đạt 27,1%" in 2026: a goal and a result."""
    ex = extract(
        "Mô hình bí thư đồng thời là chủ tịch UBND được tỉnh Thái Nguyên áp dụng từ lâu. Tỉnh Thái Nguyên từng "
        "đặt chỉ tiêu đến năm 2025 đạt 40% số xã, nhưng đến đầu năm 2025 mới đạt 27,1% số xã.",
        dateline="Thứ năm, 05/02/2026 - 08:00\n\nNhìn lại\n\n",
    )
    assert [(g.share, g.year) for g in ex.targets] == [(0.4, 2025)]
    assert [(f[2], f[3]) for f in figures_in_order(ex)] == [(0.271, "Tỉnh Thái Nguyên")]


def test_a_share_of_people_is_not_a_figure() -> None:
    """ "dân số hơn 11.000 người, trong đó đồng bào dân tộc thiểu số chiếm 17%"."""
    ex = extract("Xã có dân số hơn 11.000 người, trong đó đồng bào dân tộc thiểu số chiếm 17%.", cue=True)
    assert figures_in_order(ex) == []


def test_goals_set_for_a_term_and_a_share_before_its_count() -> None:
    """ "Nghị quyết Đại hội … nhiệm kỳ 2020-2025 đặt mục tiêu 40%"; "đạt 100% (18/18 phường, xã)"."""
    ex = extract(
        "Tỉnh Long An có 61/188 xã thực hiện bí thư đồng thời là chủ tịch UBND. Nghị quyết Đại hội Đảng bộ tỉnh "
        "nhiệm kỳ 2020-2025 đặt mục tiêu 40% và đã vượt. Thành phố Tân An đã đạt 100% (14/14 phường, xã).",
        dateline="Thứ năm, 05/02/2026 - 08:00\n\nNhìn lại\n\n",
    )
    assert [(g.share, g.year) for g in ex.targets] == [(0.4, 2025)]
    assert (14, 14, 1.0, "Thành phố Tân An", "district") in figures_in_order(ex)


def test_items_in_parentheses_after_a_whole_province_are_districts() -> None:
    """ "toàn tỉnh có 31/94 …, đạt 32,98% (Hòa Thành 6/8, Gò Dầu 5/9)"."""
    ex = extract(
        "Đến nay, toàn tỉnh Tây Ninh có 31/94 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời là chủ tịch "
        "UBND, đạt 32,98% (Hòa Thành 6/8, Gò Dầu 5/9)."
    )
    assert [f[3:] for f in figures_in_order(ex)] == [("Tỉnh Tây Ninh", "province"), ("Huyện Hòa Thành", "district"), ("Huyện Gò Dầu", "district")]


def test_a_bare_district_subject_is_the_district_named_before() -> None:
    """ "… đơn vị thứ năm của huyện Phụng Hiệp … Tính đến nay, huyện có 5/15 xã, thị trấn thực hiện"."""
    ex = extract(
        "Hòa An trở thành đơn vị thứ năm của huyện Phụng Hiệp bố trí bí thư đồng thời là chủ tịch UBND. Tính "
        "đến nay, huyện có 5/15 xã, thị trấn thực hiện mô hình, chiếm 33,3%."
    )
    assert figures_in_order(ex) == [(5, 15, 0.333, "Huyện Phụng Hiệp", "district")]


def test_goals_of_named_provinces_and_a_shared_goal() -> None:
    """After a paragraph naming the model: "Hậu Giang đặt mục tiêu 100% vào năm 2020; Bạc Liêu và Vĩnh
    Long cùng hướng tới 70% vào năm 2025" — three targets, each of its province."""
    ex = extract(
        "Nhiều tỉnh đưa chỉ tiêu bí thư đồng thời là chủ tịch UBND vào văn kiện đại hội.\n\nCác dự thảo khác "
        "nhau về mức độ. Sóc Trăng đặt mục tiêu 100% vào năm 2020; Cà Mau và Kiên Giang cùng hướng tới 70% "
        "vào năm 2025."
    )
    assert sorted((g.share, g.year, g.scope) for g in ex.targets) == [
        (0.7, 2025, "Tỉnh Cà Mau"), (0.7, 2025, "Tỉnh Kiên Giang"), (1.0, 2020, "Tỉnh Sóc Trăng"),
    ]  # fmt: skip


def test_bare_counts_in_a_parenthesis_after_units() -> None:
    """ "… chỉ thực hiện ở vài đơn vị (Thái Bình 2, Hưng Yên 3, Nam Định 1)"."""
    ex = extract(
        "Cả nước có 1.148 xã thực hiện bí thư đồng thời là chủ tịch UBND. Trong khi đó, một số tỉnh đồng bằng "
        "chỉ thực hiện ở vài đơn vị (Thái Bình 2, Hưng Yên 3, Nam Định 1)."
    )
    assert figures_in_order(ex)[1:] == [
        (2, None, None, "Tỉnh Thái Bình", "province"), (3, None, None, "Tỉnh Hưng Yên", "province"),
        (1, None, None, "Tỉnh Nam Định", "province"),
    ]  # fmt: skip


def test_an_interviews_goal_answer_after_the_question() -> None:
    """Q&A: the model is named in one answer, a question stands between, and the next answer gives
    the goals (each with its own deadline) without naming the model again."""
    ex = extract(
        "- Đến cuối năm 2022, toàn tỉnh có 40/124 xã, phường, thị trấn bố trí bí thư đảng ủy đồng thời "
        "là chủ tịch UBND.\n\n* Thời gian tới tỉnh hướng tới điều gì?\n\n- Tỉnh phấn đấu đến năm 2024 "
        "đạt khoảng 38% và đến năm 2025 có ít nhất 42% số đơn vị cấp xã thực hiện."
    )
    assert [(t.share, t.year, t.scope_level) for t in ex.targets] == [(0.38, 2024, "province"), (0.42, 2025, "province")]


def test_every_unit_of_a_region_and_a_count_beside_another_regions_ratio() -> None:
    """ "ở cả 9 xã" is 9 of 9; "cả 5 xã của huyện đảo X" is the island district's; "A làm nhiều nhất
    với 4 xã, tiếp đến là B với 2/8 phường" gives each region its figure; a denial is no figure."""
    ex = extract(
        "Huyện Bình Liêu đã thực hiện ở cả 9 xã, thị trấn; cả 5 xã của huyện đảo Cô Tô cũng bố trí bí thư "
        "đồng thời là chủ tịch UBND. Huyện Tiên Yên làm nhiều nhất với 4 xã, tiếp đến là thị xã Quảng Yên "
        "với 2/8 phường. Ở huyện Ba Chẽ, cả 8 xã đều chưa thực hiện.",
        cue=True,
    )
    assert figures_in_order(ex) == [
        (9, 9, None, "Huyện Bình Liêu", "district"),
        (5, 5, None, "Huyện Cô Tô", "district"),
        (4, None, None, "Huyện Tiên Yên", "district"),
        (2, 8, None, "Thị xã Quảng Yên", "district"),
    ]


def test_goals_named_with_their_share_proposed_for_a_term_and_set_by_a_congress() -> None:
    """ "chưa đạt chỉ tiêu 38% mà Nghị quyết … nhiệm kỳ 2020-2025 đề ra"; "đề xuất trong nhiệm kỳ
    2015-2020 nâng lên khoảng 25%"; a congress goal beside one for "đơn vị cấp huyện" is the
    province's, not the district named in the paragraph before."""
    ex = extract(
        "Đến tháng 6/2019, tỉnh Kon Tum có 29/102 xã, phường, thị trấn thực hiện. Con số này chưa đạt "
        "chỉ tiêu 38% mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025, đề ra.\n\n"
        "Huyện Kon Plông có 3 xã thực hiện mô hình này.\n\nDự thảo Báo cáo chính trị trình Đại hội Đảng bộ "
        "tỉnh đề xuất trong nhiệm kỳ 2020-2025 nâng lên khoảng 45% số xã, phường, thị trấn thực hiện mô "
        "hình, và 50% đơn vị cấp huyện có bí thư đồng thời là chủ tịch UBND.",
        cue=True,
    )
    assert [(t.share, t.year, t.scope_level) for t in ex.targets] == [
        (0.38, 2025, "province"),
        (0.45, 2025, "province"),
    ]


def test_a_rise_from_one_count_to_another_with_its_total_in_the_next_clause() -> None:
    """ "tăng từ 17 đơn vị năm 2016 lên 52 đơn vị hiện nay; tính trên tổng số 208 …, tỷ lệ đạt 25%":
    the earlier count, then the current one with its total and share."""
    ex = extract(
        "Cả tỉnh đã tăng từ 17 đơn vị năm 2016 lên 52 đơn vị hiện nay; tính trên tổng số 208 xã, phường, "
        "thị trấn, tỷ lệ đạt 25%.",
        cue=True,
    )
    assert [(d, t, s) for d, t, s, _n, _l in figures_in_order(ex)] == [(17, None, None), (52, 208, 0.25)]



def test_both_posts_gained_in_two_steps() -> None:
    """A chairman elected secretary, a secretary "vốn là" elected chairman, "người đứng đầu cả Đảng ủy
    lẫn chính quyền là ông X", and "người được bầu giữ chức Chủ tịch UBND xã là ông X, Bí thư Đảng ủy xã"."""
    ex = extract(
        "Tại đại hội Đảng bộ thị trấn Cái Nhum, ông Trần Văn Lợi, Chủ tịch UBND thị trấn, được Ban Chấp hành "
        "Đảng bộ khóa mới bầu giữ chức Bí thư Đảng ủy. Ở xã Hòa Lộc, bà Lê Thị Thu, vốn là Bí thư Đảng ủy xã, "
        "đã được HĐND xã bầu bổ sung làm Chủ tịch UBND xã. Ở xã Tân Long, người đứng đầu cả Đảng ủy lẫn "
        "chính quyền là ông Vi Văn Sơn, người Tày. Xã Mỹ An lần đầu thực hiện; người được bầu giữ chức Chủ tịch "
        "UBND xã là ông Đoàn Văn Bảy, Bí thư Đảng ủy xã từ năm 2020."
    )
    assert {n: c for n, (_u, c) in officials(ex).items()} == {
        "Trần Văn Lợi": True,
        "Lê Thị Thu": True,
        "Vi Văn Sơn": True,
        "Đoàn Văn Bảy": True,
    }
    assert {"Cái Nhum", "Hòa Lộc", "Tân Long"} <= consolidated(ex)


def test_pilot_and_spread_sentences_and_two_holders() -> None:
    """ "thí điểm chủ trương này từ năm 2015 tại xã A (X) và xã B (Y)", "mô hình đã có ở huyện Z (xã C
    và xã D)", "Tại 3 xã gồm E, F và G, các đại biểu đã bầu bí thư đảng ủy xã giữ chức chủ tịch UBND"
    name units that did it; "Bí thư Đảng ủy phường là bà H, còn Chủ tịch UBND phường là ông K" does not."""
    ex = extract(
        "Tỉnh bắt đầu thí điểm chủ trương này từ năm 2015 tại xã Đại Dực (Tiên Yên) và xã Quảng Lâm (Đầm Hà). "
        "Ngoài ra, mô hình đã có ở huyện Sơn Động (xã An Châu và xã Vân Sơn). Tại 3 xã gồm Tam Thành, Tam "
        "Dân và Tam Lộc, các đại biểu đã bầu bí thư đảng ủy xã giữ chức chủ tịch UBND. Tại phường Thới Long, "
        "Bí thư Đảng ủy phường là bà Trần Thị Xuyến, còn Chủ tịch UBND phường là ông Nguyễn Văn Ân.",
        cue=True,
    )
    done = consolidated(ex)
    assert {"Đại Dực", "Quảng Lâm", "An Châu", "Vân Sơn", "Tam Thành", "Tam Dân", "Tam Lộc"} <= done
    assert "Thới Long" not in done


def test_an_earlier_count_said_after_the_current_one() -> None:
    """ "toàn tỉnh hiện có 27 xã, phường, thị trấn thực hiện mô hình, tăng từ 12 đơn vị vào năm 2016"."""
    ex = extract(
        "Toàn tỉnh hiện có 27 xã, phường, thị trấn thực hiện mô hình, tăng từ 12 đơn vị vào năm 2016.", cue=True
    )
    assert [(d, t) for d, t, _s, _n, _l in figures_in_order(ex)] == [(27, None), (12, None)]


def test_a_goal_named_as_passed_a_whole_city_and_a_village_rate() -> None:
    """ "…, vượt chỉ tiêu 25% mà Tỉnh ủy đề ra cho năm 2025" keeps the goal; "toàn thành phố" in a text
    on a centrally run city is the city; "hiện tỷ lệ này mới đạt 48,6%" after a village goal is no figure."""
    ex = extract(
        "Tính chung, tỉnh Ninh Thuận có 19/65 xã, phường, thị trấn thực hiện mô hình, tỷ lệ 29,23%, vượt chỉ "
        "tiêu 25% mà Tỉnh ủy đề ra cho năm 2025. Ở cấp thôn, huyện Lục Ngạn đặt mục tiêu có 70% thôn có bí "
        "thư chi bộ đồng thời là trưởng thôn; hiện tỷ lệ này mới đạt 48,6%.",
        cue=True,
        dateline="Thứ hai, 09/09/2024 - 08:00\n\nTin địa phương\n\n",
    )
    assert [(t.share, t.year) for t in ex.targets] == [(0.25, 2025)]
    assert [(d, t, s) for d, t, s, _n, _l in figures_in_order(ex)] == [(19, 65, 0.2923)]
    city = extract_text(
        "Thứ hai, 09/09/2018 - 08:00\n\nTin\n\nTheo Ban Tổ chức Thành ủy Hải Phòng, đến tháng 9/2018, toàn "
        "thành phố có 14/223 xã, phường, thị trấn thực hiện bí thư cấp ủy đồng thời là chủ tịch UBND.\n",
        "d1",
        {},
        national_gazetteer(),
    )
    assert [(p.done, p.scope, p.scope_level) for p in city.progress] == [(14, "Thành phố Hải Phòng", "province")]


def test_units_and_holders_said_other_ways() -> None:
    """A ward list with "Chánh Phú Hòa" (not "Chánh Văn phòng"); "sau các xã A, B và thị trấn C" after
    "vừa là Bí thư Đảng ủy vừa là Chủ tịch UBND"; "cũng duy trì mô hình"; the chairman since 2006
    elected secretary in a later clause; "nguyên Bí thư Đảng bộ kiêm Chủ tịch UBND xã"."""
    ex = extract(
        "Thị xã Bến Cát có 5/8 phường, xã thực hiện, gồm các phường Mỹ Phước, Chánh Phú Hòa, Tân Định, Hòa Lợi "
        "và xã An Tây. Với kết quả này, Hòa An trở thành đơn vị thứ năm của huyện bố trí một đồng chí vừa là "
        "Bí thư Đảng ủy vừa là Chủ tịch UBND, sau các xã Tân Bình, Hiệp Hưng và thị trấn Cây Dương. Trước đó, "
        "thị trấn Tằng Loỏng và xã Xuân Quang cũng duy trì mô hình suốt hai nhiệm kỳ.\n\nỞ xã Hải Quế, bà "
        "Trương Thị Nga giữ chức Chủ tịch UBND xã từ năm 2006; đến tháng 10/2009, bà được Ban Chấp hành Đảng "
        "bộ xã bầu bổ sung làm Bí thư Đảng ủy. Huyện tổ chức lễ truy điệu đồng chí Lại Văn Thịnh, nguyên Bí "
        "thư Đảng bộ kiêm Chủ tịch UBND xã Nhật Tân.",
        cue=True,
    )
    assert {"Mỹ Phước", "Chánh Phú Hòa", "Tân Định", "Hòa Lợi", "An Tây", "Tân Bình", "Hiệp Hưng", "Cây Dương",
            "Tằng Loỏng", "Xuân Quang", "Hải Quế", "Nhật Tân"} <= consolidated(ex)  # fmt: skip
    assert officials(ex)["Trương Thị Nga"] == ("Hải Quế", True)
    assert officials(ex)["Lại Văn Thịnh"] == ("Nhật Tân", True)


def test_more_ways_a_person_comes_to_hold_both_posts() -> None:
    """ "NAME vẫn là Bí thư Đảng ủy kiêm Chủ tịch UBND xã", "NAME tiếp tục vừa là …, vừa là …", "NAME,
    Chủ tịch UBND xã nhiệm kỳ trước, hồi tháng 3 được … bầu bổ sung làm Bí thư Đảng ủy", "NAME, Phó Bí
    thư …, Chủ tịch UBND xã X, từng là Bí thư Đảng ủy kiêm Chủ tịch UBND thị trấn Y (cũ)", "anh NAME,
    người Xơ Đăng, đảm đương đồng thời hai chức danh Bí thư Đảng ủy và Chủ tịch UBND xã Z"."""
    ex = extract(
        "Ở xã Quyết Chiến, bà Hà Thị Nhung vẫn là Bí thư Đảng ủy kiêm Chủ tịch UBND xã. Ở thị trấn Như Quỳnh, "
        "bà Đỗ Thị Thu Hà tiếp tục vừa là Bí thư Đảng ủy, vừa là Chủ tịch UBND thị trấn. Ở xã Nậm Dịch, ông Lù "
        "Văn Thắng, Chủ tịch UBND xã nhiệm kỳ trước, hồi tháng 3 được Ban Chấp hành Đảng bộ xã bầu bổ sung làm "
        "Bí thư Đảng ủy. Ông Điểu Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Thiện Hưng, từng là Bí thư Đảng "
        "ủy kiêm Chủ tịch UBND thị trấn Thanh Bình (cũ). Từ tháng 10/2015, anh A Thương, người Xơ Đăng, đảm "
        "đương đồng thời hai chức danh Bí thư Đảng ủy và Chủ tịch UBND xã Đắk Kôi."
    )
    assert officials(ex) == {
        "Hà Thị Nhung": ("Quyết Chiến", True),
        "Đỗ Thị Thu Hà": ("Như Quỳnh", True),
        "Lù Văn Thắng": ("Nậm Dịch", True),
        "Điểu Minh": ("Thiện Hưng", True),
        "A Thương": ("Đắk Kôi", True),
    }
    assert {"Quyết Chiến", "Như Quỳnh", "Nậm Dịch", "Thanh Bình", "Đắk Kôi"} <= consolidated(ex)


def test_units_in_parentheses_after_a_count_and_a_count_in_words_before_a_list() -> None:
    """ "con số này mới là một xã (Hải Đông)", "mở rộng thêm hai xã Đắk Kôi và Đắk Pne"; a pilot of
    something else ("được chọn thí điểm đại hội trực tiếp bầu bí thư") names no unit of the model."""
    ex = extract(
        "Toàn tỉnh có 7 xã thực hiện mô hình. Ở huyện Hải Hậu, con số này mới là một xã (Hải Đông). Năm 2012, "
        "huyện chọn thị trấn Đắk Rve; đến năm 2015, mở rộng thêm hai xã Đắk Kôi và Đắk Pne. Hai xã Phổ An, Phổ "
        "Thuận được chọn thí điểm đại hội trực tiếp bầu bí thư.",
        cue=True,
    )
    done = consolidated(ex)
    assert {"Hải Đông", "Đắk Kôi", "Đắk Pne"} <= done and not {"Phổ An", "Phổ Thuận"} & done


def test_an_aside_of_who_then_the_posts_and_units_that_split_again() -> None:
    """ "ông NAME, người Raglai, Bí thư Đảng ủy đồng thời là Chủ tịch UBND xã X"; "Đầu nhiệm kỳ, Y là xã
    duy nhất của huyện thực hiện mô hình"; "có 2 đơn vị … đã phải tách lại hai chức danh" is no figure."""
    ex = extract(
        "Ở huyện Khánh Sơn, ông Cao Văn Thọ, người Raglai, Bí thư Đảng ủy đồng thời là Chủ tịch UBND xã Sơn "
        "Bình, thừa nhận khối lượng công việc rất lớn. Đầu nhiệm kỳ 2015-2020, Thượng Quảng là xã duy nhất của "
        "huyện thực hiện mô hình. Báo cáo cũng chỉ ra có 2 đơn vị sau một thời gian thực hiện đã phải tách lại "
        "hai chức danh.",
        cue=True,
    )
    assert officials(ex)["Cao Văn Thọ"] == ("Sơn Bình", True)
    assert {"Sơn Bình", "Thượng Quảng"} <= consolidated(ex)
    assert figures_in_order(ex) == []


def test_a_count_of_communes_meeting_the_new_rural_standard_is_not_a_figure() -> None:
    """ "nâng tổng số xã đạt chuẩn nông thôn mới của huyện lên 15/22 xã" counts another programme."""
    ex = extract(
        "Năm 2016, xã Nhân Mỹ về đích nông thôn mới, nâng tổng số xã đạt chuẩn của huyện lên 15/22 xã.", cue=True
    )
    assert figures_in_order(ex) == []


def test_a_district_secretary_chairman_said_as_both_posts_of_the_sentence_before() -> None:
    """ "… có Bí thư Huyện ủy đồng thời là Chủ tịch UBND huyện. Ông X đảm nhiệm cả hai cương vị này …"."""
    ex = extract(
        "Ba Chẽ cũng là địa phương cấp huyện có Bí thư Huyện ủy đồng thời là Chủ tịch UBND huyện. Ông Nông Quốc "
        "Hải đảm nhiệm cả hai cương vị này từ tháng 9/2016."
    )
    assert officials(ex)["Nông Quốc Hải"] == (None, True)


def test_applying_the_model_is_no_village_and_a_hamlet_still_is() -> None:
    """ "tỉnh áp dụng mô hình …; hiện tỷ lệ này đạt 25%" keeps its share ("áp" folds like "ấp"); after
    "bí thư chi bộ kiêm trưởng ấp", "tỷ lệ này" is the hamlets'."""
    ex = extract("Từ năm 2016, tỉnh áp dụng mô hình ở 40 xã; hiện tỷ lệ này đạt 25%.", cue=True)
    assert [(d, s) for d, _t, s, _n, _l in figures_in_order(ex)] == [(40, None), (None, 0.25)]
    ex = extract("Ở cấp ấp, 120 ấp có bí thư chi bộ kiêm trưởng ấp; hiện tỷ lệ này đạt 61%.", cue=True)
    assert [s for _d, _t, s, _n, _l in figures_in_order(ex)] == []
