"""Text normalisation: NFC, control stripping, diacritic-insensitive folding, tone placement."""

from __future__ import annotations

import unicodedata

from lso_tui.text import clean, fold, normalise_tone


def test_fold_ignores_case_diacritics_and_d_bar() -> None:
    """'quang lac', 'Quang Lac' and 'quảng lạc' all fold like 'Quảng Lạc'; đ matches d."""
    target = fold("Quảng Lạc")
    assert fold("quang lac") == fold("Quang Lac") == fold("quảng lạc") == target
    assert fold("Đồng Đăng") == "dong dang"


def test_fold_accepts_both_tone_placements() -> None:
    """'nhat the hoa' finds 'hóa' and 'hoá'."""
    assert fold("nhất thể hóa") == fold("nhất thể hoá") == "nhat the hoa"


def test_normalise_tone_moves_old_placement_only_at_syllable_end() -> None:
    """hoá → hóa and thuỷ → thủy, but 'hoàn' (mark correctly on a) is untouched."""
    assert normalise_tone("hoá thuỷ hoàn Hoà") == "hóa thủy hoàn Hòa"


def test_clean_makes_nfc_and_strips_controls() -> None:
    """NFD becomes NFC; ESC, C1, bidi overrides and zero-width characters are removed."""
    nfd = unicodedata.normalize("NFD", "Quảng Lạc")
    assert clean(nfd) == "Quảng Lạc"
    hostile = "A\x1b]0;title\x07B\x9bC\u202eD\u200bE\x00F"
    assert clean(hostile) == "A]0;titleBCDEF"
    assert clean("a\r\nb") == "a\nb"
