"""Regions a text names bare ("Hà Nội hiện có …", "Tại Sóc Sơn, …"), placed by the register's names
at build time: sentences written for this project, each failed before the gazetteer was used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lso_tui.build.register import Register, national_gazetteer
from lso_tui.extract import extract_text
from lso_tui.extract.gazetteer import Gazetteer
from lso_tui.store.db import table_rows
from tests.conftest import run_cli

DATELINE = "Thứ hai, 09/09/2019 - 08:00\n\nTin địa phương\n\n"
CUE = "Mô hình bí thư đảng ủy đồng thời là chủ tịch UBND được nhân rộng. "


def _figures(body: str) -> list[tuple[int | None, int | None, str | None, str | None]]:
    """Each progress figure of *body* with its region and level, the register at hand."""
    ex = extract_text(DATELINE + body + "\n", "d1", {}, national_gazetteer())
    return [(p.done, p.total, p.scope, p.scope_level) for p in ex.progress]


def test_a_centrally_run_city_after_an_opening_phrase_is_the_province() -> None:
    """ "Theo …, Hà Nội hiện có N/M …": the subject comes after a comma, and Hà Nội is a province."""
    body = (
        "Theo số liệu của Ban Tổ chức Thành ủy, Hà Nội hiện có 31/579 xã, phường, thị trấn có bí thư "
        "đảng ủy đồng thời là chủ tịch UBND, đạt 5,35%."
    )
    assert _figures(body) == [(31, 579, "Tỉnh Hà Nội", "province")]


def test_the_goal_of_a_centrally_run_citys_committee_is_the_provinces() -> None:
    """ "Thành ủy Hà Nội đặt mục tiêu …": the committee of a city that is a province."""
    ex = extract_text(
        DATELINE + "Thành ủy Hà Nội đặt mục tiêu đến năm 2025 có ít nhất 15% số đơn vị cấp xã thực hiện "
        "bí thư cấp ủy đồng thời là chủ tịch UBND.\n",
        "d1",
        {},
        national_gazetteer(),
    )
    assert [(t.share, t.year, t.scope_level) for t in ex.targets] == [(0.15, 2025, "province")]


def test_provinces_named_bare_in_parentheses_joined_by_hay() -> None:
    """ "như Hậu Giang (68/75 đơn vị) hay Đồng Tháp (49/143)": each figure is its own province's."""
    body = (
        "Nhiều tỉnh bố trí bí thư đồng thời là chủ tịch UBND cấp xã với tỷ lệ cao, như Hậu Giang "
        "(68/75 đơn vị) hay Đồng Tháp (49/143)."
    )
    assert _figures(body) == [
        (68, 75, "Tỉnh Hậu Giang", "province"),
        (49, 143, "Tỉnh Đồng Tháp", "province"),
    ]


def test_a_bare_name_shared_by_a_province_and_its_city_is_the_province() -> None:
    """ "Mở rộng ra cả khu vực, Thanh Hóa hiện có 27 xã, phường …": the city would be typed ("TP")."""
    body = CUE + "Mở rộng ra cả khu vực, Thanh Hóa hiện có 27 xã, phường thực hiện mô hình này."
    assert _figures(body) == [(27, None, "Tỉnh Thanh Hóa", "province")]


def test_a_sentence_led_by_a_bare_district_name() -> None:
    """ "Tại Sóc Sơn, 5/26 xã …": the register knows Sóc Sơn as a district only."""
    assert _figures(CUE + "Tại Sóc Sơn, 5/26 xã đã thực hiện.") == [(5, 26, "Huyện Sóc Sơn", "district")]


def test_without_the_register_a_bare_name_stays_unplaced() -> None:
    """The extractor holds no place name: with an empty gazetteer the bare subject names nothing."""
    ex = extract_text(DATELINE + "Theo báo cáo, Hà Nội hiện có 31/579 xã thực hiện mô hình.\n", "d1", {}, Gazetteer())
    assert [p.scope_level for p in ex.progress] != ["province"]


def test_the_gazetteer_tells_a_province_from_a_district() -> None:
    """Both-named places (a province and its capital) are left for the text to decide."""
    g = national_gazetteer()
    assert (g.level("Hậu Giang"), g.level("Sóc Sơn"), g.level("Thanh Hóa"), g.level("Xyz")) == (
        "province",
        "district",
        None,
        None,
    )
    assert g.is_province("Thanh Hóa") and g.is_city_province("Hà Nội") and not g.is_city_province("Thanh Hóa")


@pytest.fixture(scope="module")
def register() -> Register:
    """The national register (the same package the build reads)."""
    return Register()


def test_a_bare_town_name_is_placed_on_the_registers_town(tmp_path: Path, register: Register) -> None:
    """ "Tại An Khê, 6/11 phường, xã …" is extracted as a district ("Huyện An Khê"); the register calls
    it a town (thị xã), and the figure is placed on it, not left unplaced."""
    article = tmp_path / "an_khe.txt"
    article.write_text(
        "An Khê nhân rộng mô hình bí thư kiêm chủ tịch\n\nThứ ba, 14/07/2020 - 09:10\n\n"
        "Mô hình bí thư đảng ủy đồng thời là chủ tịch UBND xã được tỉnh Gia Lai nhân rộng từ năm 2018. "
        "Tại An Khê, 6/11 phường, xã đã thực hiện mô hình này.\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.json"
    out = run_cli("build", "--db", str(db), str(article))
    assert out.returncode == 0, out.stdout + out.stderr
    (town,) = [d for d in register.find_districts("An Khê", "Gia Lai") if d.type == "Thị xã"]
    observations = table_rows(json.loads(db.read_text(encoding="utf-8")), "observations")
    assert [(o["scope_code"], o["done"], o["total"]) for o in observations] == [(town.code, 6, 11)]


def test_this_region_and_a_list_opened_by_a_bare_district() -> None:
    """ "Lấy X làm ví dụ. Địa phương này hiện có …" is X's; "Đắk Glong có 4 xã, Tuy Đức 3/6" opens a
    list of figures with a bare district; "Huyện miền núi A Lưới có hai xã là …" is A Lưới's."""
    body = (
        CUE + "Lấy Bến Tre làm ví dụ. Địa phương này hiện có 80/157 xã, phường, thị trấn thực hiện, đạt "
        "50,96%.\n\nĐắk Glong có 4 xã, Tuy Đức 3/6.\n\nHuyện miền núi A Lưới có hai xã là Hồng Kim và A Đớt."
    )
    assert _figures(body) == [
        (80, 157, "Tỉnh Bến Tre", "province"),
        (4, None, "Huyện Đắk Glong", "district"),
        (3, 6, "Huyện Tuy Đức", "district"),
        (2, None, "Huyện A Lưới", "district"),
    ]


def test_a_subject_after_a_connective_sets_its_own_goal() -> None:
    """ "Bến Tre hướng tới 70% …, còn Vĩnh Long đặt chỉ tiêu khoảng 55%": each province its goal."""
    ex = extract_text(
        DATELINE + CUE + "Bến Tre hướng tới 70% vào năm 2025, còn Vĩnh Long đặt chỉ tiêu khoảng 55% trong "
        "cùng thời hạn.\n",
        "d1",
        {},
        national_gazetteer(),
    )
    assert [(t.share, t.scope) for t in ex.targets] == [(0.7, "Tỉnh Bến Tre"), (0.55, "Tỉnh Vĩnh Long")]


def test_the_other_arrangement_and_every_unit_in_words() -> None:
    """ "…, bí thư sẽ kiêm chủ tịch HĐND; hiện đã có 96 đơn vị bố trí theo cách này" counts the other
    arrangement; "Huyện đảo Cô Tô thực hiện ở cả ba đơn vị" is 3 of 3."""
    body = (
        CUE + "Toàn tỉnh có 20 xã thực hiện mô hình này. Ở những nơi chưa làm, bí thư đảng ủy sẽ tiếp tục kiêm "
        "chủ tịch HĐND; hiện đã có 96 đơn vị bố trí theo cách này. Huyện đảo Cô Tô thực hiện ở cả ba đơn vị."
    )
    assert [(d, t) for d, t, _s, _l in _figures(body)] == [(20, None), (3, 3)]


def test_a_city_referred_back_to_and_bare_ratios_after_a_figure() -> None:
    """ "Riêng TP Sóc Trăng, thành phố này có 3/10 phường" is the city's; after a figure, "con số này
    cao hơn: Trà Vinh có 31/106, Vĩnh Long 41/107" and "Huyện Đắk Hà (cũ) đạt 5/11" name no unit but
    count them; "…, nhưng … cả tỉnh mới đạt 22,1%" is the province's share."""
    body = (
        CUE + "Toàn tỉnh Sóc Trăng có 30/109 xã, phường, thị trấn thực hiện. Riêng TP Sóc Trăng, thành phố "
        "này có 3/10 phường thực hiện.\n\nLấy Bến Tre làm ví dụ. Địa phương này hiện có 80/157 xã, phường, "
        "thị trấn thực hiện. So với các tỉnh lân cận, con số này cao hơn hẳn: Trà Vinh có 31/106, Vĩnh Long "
        "41/107. Huyện Đắk Hà (cũ) đạt 5/11.\n\nNghị quyết đặt chỉ tiêu đến năm 2020 đạt 30%, nhưng tính "
        "đến tháng 9/2020, cả tỉnh mới đạt 22,1%, tăng 9 đơn vị so với đầu nhiệm kỳ."
    )
    *named, (done, total, _name, level) = _figures(body)
    assert named == [
        (30, 109, "Tỉnh Sóc Trăng", "province"),
        (3, 10, "Thành phố Sóc Trăng", "district"),
        (80, 157, "Tỉnh Bến Tre", "province"),
        (31, 106, "Tỉnh Trà Vinh", "province"),
        (41, 107, "Tỉnh Vĩnh Long", "province"),
        (5, 11, "Huyện Đắk Hà", "district"),
    ]
    # (which province "cả tỉnh" is: the nearest typed one; a real article speaks of one)
    assert (done, total, level) == (None, None, "province")


def test_units_named_after_the_figure_that_counts_them() -> None:
    """ "Huyện Trần Đề mới có hai xã là A và B", "…, trong khi Đồng Hỷ mới có một xã là C" after a list
    of figures, and "Cùng đợt thực hiện còn có các xã D, E và thị trấn F" after a unit that did it."""
    ex = extract_text(
        DATELINE + CUE + "Thị xã Vĩnh Châu dẫn đầu với 8/10 xã, phường. Huyện Trần Đề mới có hai xã là Lịch "
        "Hội Thượng và Đại Ân 2. Phú Lương có 5/15, trong khi Đồng Hỷ mới có một xã là Hóa Thượng.\n\nXã Tú "
        "Đoạn áp dụng mô hình từ tháng 3/2018. Cùng đợt thực hiện còn có các xã Khuất Xá, Tam Gia và thị "
        "trấn Na Dương.\n",
        "d1",
        {},
        national_gazetteer(),
    )
    done = {u.name for u in ex.units if u.consolidated}
    assert {"Lịch Hội Thượng", "Đại Ân 2", "Hóa Thượng", "Khuất Xá", "Tam Gia", "Na Dương"} <= done
    assert (1, None, "Huyện Đồng Hỷ") in [(p.done, p.total, p.scope) for p in ex.progress]


def test_bare_registered_names_mark_the_region_a_figure_counts() -> None:
    """A district article's "kế hoạch của tỉnh đặt mục tiêu …" is the province the text names bare;
    "Nghệ An, tỉnh có số xã lớn thứ hai cả nước, mới có 58 đơn vị" is Nghệ An's (a ranking is not
    the country); "thị xã Bình Minh của Vĩnh Long đã đạt 100% (8/8 phường, xã)" is the town's;
    "như Quảng Ninh (14 phường, xã), Bạc Liêu (11 xã)" and "tỉnh này từng có 9 xã làm thí điểm"."""
    ex = extract_text(
        DATELINE + "Huyện Đông Sơn\n\nMô hình bí thư đảng ủy đồng thời là chủ tịch UBND được nhân rộng ở huyện "
        "Đông Sơn. Nhìn rộng ra, Thanh Hóa hiện có 22 xã, phường thực hiện mô hình. Kế hoạch của tỉnh đặt mục "
        "tiêu đến năm 2021 có khoảng 15% số xã, phường, thị trấn thực hiện mô hình này.\n\n"
        "Trong khi đó, Nghệ An, tỉnh có số đơn vị cấp xã lớn thứ hai cả nước, mới có 58 đơn vị. Tỉnh này "
        "từng có 9 xã làm thí điểm. Một số nơi mở rộng như Quảng Ninh (14 phường, xã), Bạc Liêu (11 xã). "
        "Thị xã Bình Minh của Vĩnh Long đã đạt 100% (8/8 phường, xã).\n",
        "d1",
        {},
        national_gazetteer(),
    )
    assert [(t.share, t.scope) for t in ex.targets] == [(0.15, "Tỉnh Thanh Hóa")]
    assert [(p.done, p.total, p.scope) for p in ex.progress] == [
        (22, None, "Tỉnh Thanh Hóa"),
        (58, None, "Tỉnh Nghệ An"),
        (9, None, "Tỉnh Nghệ An"),
        (14, None, "Tỉnh Quảng Ninh"),
        (11, None, "Tỉnh Bạc Liêu"),
        (8, 8, "Thị xã Bình Minh"),
    ]


def test_falls_only_so_far_and_one_of_a_districts_units() -> None:
    """ "Hà Tĩnh từ 17 xã giảm còn 3 xã" gives both counts; "Đầu nhiệm kỳ, cả tỉnh chỉ có 11 đơn vị" is a
    count; "Nà Tăm là một trong 4 xã của Tam Đường thực hiện …" counts Tam Đường's; "một trong hai xã
    của huyện bắt đầu thực hiện từ nhiệm kỳ này" counts the new ones, no figure."""
    body = (
        CUE + "Hà Tĩnh từ 17 xã giảm còn 3 xã. Đầu nhiệm kỳ, cả tỉnh Đắk Nông chỉ có 11 đơn vị.\n\nNà Tăm là một "
        "trong 4 xã của Tam Đường thực hiện nhất thể hóa chức danh bí thư đảng ủy và chủ tịch UBND. Thiên Lộc "
        "trở thành một trong hai xã của huyện bắt đầu thực hiện mô hình từ nhiệm kỳ này."
    )
    assert [(d, t, n) for d, t, n, _l in _figures(body)] == [
        (17, None, "Tỉnh Hà Tĩnh"),
        (3, None, "Tỉnh Hà Tĩnh"),
        (11, None, "Tỉnh Đắk Nông"),
        (4, None, "Huyện Tam Đường"),
    ]


def test_a_name_is_looked_up_as_spelt_then_folded_only_when_long() -> None:
    """ "Chủ" (of "Chủ tịch UBND huyện X") is not the town "Chũ"; "Đắk Glong" is the register's "Đăk
    Glong"; a text without diacritics ("Ha Noi") still finds its province."""
    g = national_gazetteer()
    assert g.level("Chủ") is None and g.level("Chũ") == "district"
    assert (g.level("Đắk Glong"), g.level("Ha Noi")) == ("district", "province")
    body = CUE + "Chủ tịch UBND huyện Si Ma Cai Sùng Seo Chứ cho biết huyện có 5/13 xã thực hiện mô hình này."
    assert _figures(body) == [(5, 13, "Huyện Si Ma Cai", "district")]


def test_an_earlier_count_is_dated_by_its_year_and_never_read_as_the_current_one(tmp_path: Path) -> None:
    """ "Toàn tỉnh Quảng Nam hiện có 27 xã …, tăng từ 12 đơn vị vào năm 2016": the store keeps 12 as of
    2016 and 27 as of the article; the report's province counts 27 (it read 12, the later in the text)."""
    article = tmp_path / "quang_nam.txt"
    article.write_text(
        "Quảng Nam nhân rộng mô hình\n\nThứ ba, 14/07/2020 - 09:10\n\nMô hình bí thư đảng ủy đồng thời là chủ "
        "tịch UBND xã được nhân rộng. Toàn tỉnh Quảng Nam hiện có 27 xã, phường, thị trấn thực hiện mô hình, "
        "tăng từ 12 đơn vị vào năm 2016.\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.json"
    assert run_cli("build", "--db", str(db), str(article)).returncode == 0
    observations = table_rows(json.loads(db.read_text(encoding="utf-8")), "observations")
    assert sorted((o["done"], o["as_of"]) for o in observations) == [(12, "2016"), (27, "2020-07")]
    report = json.loads(run_cli("--db", str(db), "report", "--format", "json").stdout)
    (province,) = [r for r in report["regions"] if r["level"] == "province"]
    assert province["stated_done"] == 27


def test_council_sessions_totals_rankings_and_a_headline_goal_restated() -> None:
    """ "HĐND 25/25 xã … đã tổ chức xong kỳ họp" counts councils; "Sau sắp xếp, TP Cần Thơ có 103 xã,
    phường; 100% bí thư … chủ tịch HĐND" is a total; "huyện Bù Đốp là một trong những địa phương đi đầu
    của tỉnh Bình Phước …: 4/7 xã" is the district's; a headline goal the body restates is the body's."""
    text = (
        "Bình Định: Phấn đấu đến năm 2025 có 35% xã, phường, thị trấn nhất thể hóa bí thư - chủ tịch UBND\n\n"
        + DATELINE
        + CUE
        + "Đến ngày 8/7, HĐND 25/25 xã, thị trấn của huyện Hoàng Su Phì đã tổ chức xong kỳ họp thứ nhất. Sau "
        "sắp xếp, TP Cần Thơ có 103 xã, phường; 100% bí thư đảng ủy cấp xã đồng thời giữ chức chủ tịch HĐND. "
        "Trước khi sắp xếp, huyện Bù Đốp là một trong những địa phương đi đầu của tỉnh Bình Phước về nhất thể "
        "hóa: 4/7 xã, thị trấn có bí thư đảng ủy đồng thời là chủ tịch UBND.\n\nNghị quyết Đại hội Đảng bộ "
        "tỉnh Bình Định lần thứ XX đặt chỉ tiêu đến năm 2025 có 35% đơn vị cấp xã thực hiện mô hình.\n"
    )
    ex = extract_text(text, "d1", {}, national_gazetteer())
    assert [(p.done, p.total, p.scope) for p in ex.progress] == [(4, 7, "Huyện Bù Đốp")]
    assert [(t.share, t.scope_level) for t in ex.targets] == [(0.35, "province")]


def test_units_named_after_words_that_count_them_and_neighbours_compared_with() -> None:
    """ "Ở Minh Long, hai đơn vị thực hiện là xã A và xã B"; "Các đơn vị thực hiện gồm: C, D"; "với 6/13
    xã, trong đó có các xã E và F"; "G là xã duy nhất của huyện thực hiện mô hình"; "tỉnh láng giềng Tiền
    Giang (44/172 đơn vị)" is Tiền Giang's, and "Nghị quyết Đại hội Đảng bộ tỉnh …" after it still the
    text's own province; "đạt 21/65 đơn vị và đặt mục tiêu 50%": the 50% is a goal, not the share;
    "so với cuối năm 2020 (81 đơn vị)" is the earlier count, dated 2020."""
    text = (
        DATELINE + CUE + "Ở Minh Long, hai đơn vị thực hiện là xã Long Hiệp và xã Thanh An. Các đơn vị thực hiện "
        "gồm: Ninh Quới, Lộc Ninh và thị trấn Ngan Dừa. Huyện Tánh Linh làm tốt nhất với 6/13 xã, thị trấn, "
        "trong đó có các xã Gia An và Huy Khiêm. Thượng Quảng là xã duy nhất của huyện Nam Đông thực hiện mô "
        "hình.\n\nTỉnh Long An có 30/188 xã thực hiện mô hình. Con số này thấp hơn tỉnh láng giềng Tiền Giang "
        "(44/172 đơn vị). Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI đặt chỉ tiêu đến năm 2025 có khoảng 30% "
        "xã, phường, thị trấn thực hiện mô hình. Tỉnh bạn Ninh Thuận đạt 21/65 đơn vị và đặt mục tiêu 50% vào "
        "năm 2025. Kiên Giang có 98/144 xã thực hiện; so với cuối năm 2020 (81 đơn vị), tăng 17 đơn vị.\n"
    )
    ex = extract_text(text, "d1", {}, national_gazetteer())
    done = {u.name for u in ex.units if u.consolidated}
    assert {"Long Hiệp", "Thanh An", "Ninh Quới", "Lộc Ninh", "Ngan Dừa", "Gia An", "Huy Khiêm", "Thượng Quảng"} <= done
    figures = [(p.done, p.total, p.share, p.scope, p.as_of) for p in ex.progress]
    assert (44, 172, None, "Tỉnh Tiền Giang", "2019-09") in figures
    assert (21, 65, None, "Tỉnh Ninh Thuận", "2019-09") in figures
    assert (81, None, None, "Tỉnh Kiên Giang", "2020") in figures
    assert sorted((t.share, t.scope) for t in ex.targets) == [(0.3, "Tỉnh Long An"), (0.5, "Tỉnh Ninh Thuận")]


def test_a_province_heading_for_a_share_by_a_year() -> None:
    """ "Có tỉnh đặt theo tỷ lệ: Hà Nam hướng tới 40% xã, phường, thị trấn vào năm 2025"."""
    ex = extract_text(
        DATELINE + CUE + "Có tỉnh đặt theo tỷ lệ: Hà Nam hướng tới 40% xã, phường, thị trấn vào năm 2025, trong khi "
        "hiện mới có 11/109 đơn vị.\n",
        "d1",
        {},
        national_gazetteer(),
    )
    assert [(t.share, t.year, t.scope) for t in ex.targets] == [(0.4, 2025, "Tỉnh Hà Nam")]
