"""Phrasings met in the thirteenth and fourteenth dev sets (docs/genre.md), written for this project:
officials named by nickname or pronoun, posts before "(cũ), nay là", regions joined by a dash, and
figures said in lists and comparisons. Each failed before the rule that handles it."""

from __future__ import annotations

from lso_tui.model.records import Extraction
from tests.phrasing import article, consolidated, figures, officials

DATELINE = "Thứ tư, 14/04/2021 - 10:00\n\nChính trị\n\n"
CUE = "Bí thư đảng ủy đồng thời là chủ tịch UBND cấp xã là chủ trương lớn của Trung ương. "


def extract(body: str, cue: bool = True) -> Extraction:
    """The body of an article with a dateline (after a sentence naming the model when *cue*), bare
    names looked up in the register as the build does."""
    return article(DATELINE + (CUE if cue else ""), body)


# Officials


def test_a_nickname_is_the_person_it_names() -> None:
    """ "ông Lê Văn Hùng (thường gọi là Tư Hùng)", later "Ông Tư Hùng …": one person, no "Tư Hùng"."""
    ex = extract(
        "Ở xã Long Phú, ông Lê Văn Hùng (thường gọi là Tư Hùng), Bí thư Đảng ủy, Chủ tịch UBND xã, đã gắn bó "
        "với địa phương hơn 20 năm. Ông Tư Hùng làm chủ tịch xã từ năm 2012, được bầu làm bí thư năm 2016."
    )
    assert officials(ex) == {"Lê Văn Hùng": ("Long Phú", True)}


def test_a_given_name_then_an_aside_then_the_former_and_current_posts() -> None:
    """ "Ông Phúc, người dân quen gọi là Út Phúc, nguyên là Bí thư …, Chủ tịch UBND thị trấn X (cũ); …"."""
    ex = extract(
        "Ông Trần Văn Phúc được bầu giữ chức Bí thư Đảng ủy xã Hội An với 100% số phiếu. Ông Phúc, người "
        "dân quen gọi là Út Phúc, nguyên là Bí thư Đảng ủy, Chủ tịch UBND thị trấn Mỹ Luông (cũ)."
    )
    assert officials(ex)["Trần Văn Phúc"][1] is True
    assert "Mỹ Luông" in consolidated(ex)


def test_a_pronoun_with_former_then_current_posts() -> None:
    """ "Ông nguyên là Bí thư …, Chủ tịch UBND xã X (cũ), nay là … xã Y": the unit is Y, both posts held."""
    ex = extract(
        "Ông Đỗ Văn Hòa là một trong những người từng đảm đương hai vai. Ông nguyên là Bí thư Đảng ủy, "
        "Chủ tịch UBND xã Gia Tân (cũ), nay là Bí thư Đảng ủy, Chủ tịch HĐND xã Gia Phong."
    )
    assert officials(ex)["Đỗ Văn Hòa"] == ("Gia Phong", True)


def test_the_posts_before_a_former_units_mark_and_now() -> None:
    """ "nguyên Bí thư …, Chủ tịch UBND xã X (cũ), nay là Phó Bí thư …, Chủ tịch UBND xã Y": unit Y."""
    ex = extract(
        "Ông Lê Minh Tâm, nguyên Bí thư Đảng ủy, Chủ tịch UBND xã Hồng Thủy (cũ), nay là Phó Bí thư Đảng "
        "ủy, Chủ tịch UBND xã Lệ Ninh, kể lại những năm làm hai việc."
    )
    assert officials(ex) == {"Lê Minh Tâm": ("Lệ Ninh", True)}


def test_re_elected_to_a_post() -> None:
    """ "Ông X tái đắc cử Bí thư Huyện ủy": an official."""
    ex = extract("Ông Hà Văn Lực tái đắc cử Bí thư Huyện ủy Định Hóa với 97,2% số phiếu.", cue=False)
    assert "Hà Văn Lực" in officials(ex)


def test_both_posts_after_words_between_the_name_and_them() -> None:
    """ "bà X bước vào nhiệm kỳ thứ hai vừa là Bí thư Đảng ủy, vừa là Chủ tịch UBND xã"."""
    ex = extract(
        "Ở xã Yên Thuận (Hàm Yên), bà Nông Thị Hòa bước vào nhiệm kỳ thứ hai vừa là Bí thư Đảng ủy, vừa "
        "là Chủ tịch UBND xã."
    )
    assert officials(ex)["Nông Thị Hòa"] == ("Yên Thuận", True)


def test_a_bare_commune_post_is_the_paragraphs_commune() -> None:
    """A pronoun's "Chủ tịch UBND xã" is the commune its paragraph named, not the article's most named."""
    ex = extract(
        "Ở xã Tân Bình, ông Phan Văn Hậu bắt đầu ngày làm việc bằng cuộc giao ban. Từ tháng 7/2021, ông vừa "
        "là Bí thư Đảng ủy, vừa là Chủ tịch UBND xã.\n\n"
        "Xã Tân Phong dự kiến thực hiện mô hình vào năm 2023. Ở xã Tân Phong, ông Lý Văn Sang là Phó Bí thư "
        "Đảng ủy, Chủ tịch UBND xã."
    )
    assert officials(ex)["Phan Văn Hậu"] == ("Tân Bình", True)


def test_units_listed_after_a_share_of_units() -> None:
    """ "đã bố trí được một nửa số xã …, gồm: A, B và thị trấn C": A and B are consolidated."""
    ex = extract(
        "Đến nay, huyện Hương Khê đã bố trí được một nửa số xã, thị trấn theo mô hình này, gồm: Phúc Đồng, "
        "Hương Trà và thị trấn Hương Khê."
    )
    assert {"Phúc Đồng", "Hương Trà"} <= consolidated(ex)


# Regions


def test_a_province_named_with_a_dash() -> None:
    """ "Toàn tỉnh Bà Rịa - Vũng Tàu hiện có 27 đơn vị …": the province, not the city Vũng Tàu."""
    ex = extract("Toàn tỉnh Bà Rịa - Vũng Tàu hiện có 27 đơn vị cấp xã thực hiện.")
    assert figures(ex) == {(27, None, None, "Tỉnh Bà Rịa - Vũng Tàu", "province")}


def test_every_unit_of_a_city() -> None:
    """ "Thành phố X đã thực hiện ở cả 8 phường, xã." after a figure: 8 of 8."""
    ex = extract(
        "Toàn tỉnh có 41/122 xã, phường, thị trấn thực hiện mô hình.\n\nHuyện Ba Bể làm tốt nhất. Thành phố "
        "Lạng Sơn đã thực hiện ở cả 8 phường, xã."
    )
    assert (8, 8, None, "Thành phố Lạng Sơn", "district") in figures(ex)


def test_a_country_count_done_this_way_and_its_share() -> None:
    """ "cả nước hiện có hơn 600 xã … làm theo cách này, tức khoảng 5,5% …": one country figure."""
    ex = extract(
        "Theo một hội thảo, cả nước hiện có hơn 600 xã, phường, thị trấn làm theo cách này, tức khoảng 5,5% "
        "tổng số đơn vị cấp xã."
    )
    assert figures(ex) == {(600, None, 0.055, None, "country")}


def test_units_of_a_region_then_how_many_did_it_named() -> None:
    """ "Nam Định, địa phương có 229 xã, phường, thị trấn, mới có 3 đơn vị là xã A, …": 3 of 229."""
    ex = extract(
        "Trong khi đó, Nam Định, địa phương có 229 xã, phường, thị trấn, mới có 3 đơn vị là xã Hải Phúc, "
        "Trực Thuận và Nghĩa Lạc."
    )
    assert figures(ex) == {(3, 229, None, "Tỉnh Nam Định", "province")}


def test_hamlets_are_not_units() -> None:
    """ "cả 7/7 xóm đã có bí thư chi bộ kiêm trưởng xóm": hamlets."""
    ex = extract("Ở xã Hải Phúc, cả 7/7 xóm đã có bí thư chi bộ kiêm trưởng xóm.")
    assert figures(ex) == set()


def test_units_that_kept_the_model() -> None:
    """ "Tỉnh X (cũ) có 2 xã duy trì mô hình đến trước sắp xếp": 2."""
    ex = extract("Tỉnh Hà Nam (cũ) có 2 xã duy trì mô hình đến trước sắp xếp.")
    assert (2, None, None, "Tỉnh Hà Nam", "province") in figures(ex)


def test_regions_paired_are_the_group_right_before_the_figures() -> None:
    """ "Sau X, hai huyện A và B lần lượt có …"; "Ngoài X, hai huyện A và B, mỗi huyện có 2 xã"."""
    ex = extract(
        "Huyện Mai Sơn có 8/22 xã thực hiện. Sau Mai Sơn, hai huyện Mộc Châu và Sông Mã lần lượt có 5/15 "
        "và 3/19 xã, thị trấn. Ngoài Mai Sơn, hai huyện Yên Châu và Phù Yên, mỗi huyện có 2 xã."
    )
    assert figures(ex) == {
        (8, 22, None, "Huyện Mai Sơn", "district"),
        (5, 15, None, "Huyện Mộc Châu", "district"),
        (3, 19, None, "Huyện Sông Mã", "district"),
        (2, None, None, "Huyện Yên Châu", "district"),
        (2, None, None, "Huyện Phù Yên", "district"),
    }


def test_the_country_average_compared_with() -> None:
    """ "Tỷ lệ này cao hơn bình quân chung của cả nước (khoảng 14%).": the country's share."""
    ex = extract(
        "Nghệ An có 73/460 xã, phường, thị trấn thực hiện, đạt 15,87%. Tỷ lệ này cao hơn bình quân chung của "
        "cả nước (khoảng 14%)."
    )
    assert (None, None, 0.14, None, "country") in figures(ex)


def test_a_list_of_counts_over_two_clauses() -> None:
    """ "Huyện A có 9 xã; huyện miền núi B mới có hai xã.": both are counts of the model."""
    ex = extract(
        "Toàn tỉnh có 73/460 đơn vị thực hiện. Huyện Quỳnh Lưu có 9 xã; huyện miền núi Kỳ Sơn mới có hai xã."
    )
    assert (9, None, None, "Huyện Quỳnh Lưu", "district") in figures(ex)
    assert (2, None, None, "Huyện Kỳ Sơn", "district") in figures(ex)


def test_a_share_of_villages_said_of_this_region() -> None:
    """ "… thôn … trưởng thôn; hiện địa phương này đã đạt 89,6%": villages ("địa phương" is no "phường")."""
    ex = extract(
        "Tỉnh cũng phấn đấu 100% thôn, bon, tổ dân phố có bí thư chi bộ đồng thời là trưởng thôn; hiện địa "
        "phương này đã đạt 89,6%."
    )
    assert figures(ex) == set()


def test_units_listed_by_district_are_no_districts_count() -> None:
    """ "xã A (huyện X) và hai xã B, C (huyện Y) cũng đã thực hiện": no count of X or Y."""
    ex = extract(
        "Cùng với Quảng Trực, xã Đắk Ngo (Tuy Đức) và hai xã Quảng Sơn, Đắk Som (Đắk Glong) cũng đã thực "
        "hiện mô hình."
    )
    assert figures(ex) == set()


def test_one_commune_type_word_for_two_communes() -> None:
    """ "gồm thị trấn A, xã B và C": C is a commune too, and consolidated with the others."""
    ex = extract(
        "Trước sắp xếp, huyện Mèo Vạc (cũ) có 3/18 xã, thị trấn thực hiện bí thư đảng ủy đồng thời là chủ "
        "tịch UBND, gồm thị trấn Mèo Vạc, xã Pả Vi và Sủng Trà."
    )
    assert {"Pả Vi", "Sủng Trà"} <= consolidated(ex)


def test_units_where_a_district_did_it_and_units_it_plans() -> None:
    """ "huyện X thực hiện ở các xã A, B": consolidated; "sẽ xem xét thực hiện tại xã C": not."""
    ex = extract(
        "Huyện An Lão có 2/17 xã, thị trấn; huyện Kiến Thụy thực hiện ở các xã Đại Hà, Tân Trào; còn ở quận "
        "Dương Kinh là phường Hòa Nghĩa. Trong quý IV, Ban Thường vụ Huyện ủy sẽ xem xét thực hiện tại xã "
        "Ngũ Đoan."
    )
    assert {"Đại Hà", "Tân Trào", "Hòa Nghĩa"} <= consolidated(ex)
    assert "Ngũ Đoan" not in consolidated(ex)


def test_a_bare_district_word_is_not_the_companion_named_before() -> None:
    """ "Krông Nô cùng huyện Tuy Đức là …. Ở cấp xã, huyện hiện có 12 xã …; 5 đơn vị …": Krông Nô's."""
    ex = extract(
        "HĐND huyện Cư Jút đã bầu Bí thư Huyện ủy giữ chức Chủ tịch UBND huyện.\n\nVới kết quả này, Cư Jút "
        "cùng huyện Đắk Mil là 2/8 đơn vị cấp huyện của tỉnh thực hiện bí thư cấp ủy đồng thời là chủ tịch "
        "UBND.\n\nỞ cấp xã, huyện hiện có 8 xã, thị trấn. Trong số này, 3 đơn vị đã bố trí bí thư đảng ủy "
        "kiêm chủ tịch UBND."
    )
    assert figures(ex) == {(3, 8, None, "Huyện Cư Jút", "district")}
