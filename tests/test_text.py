"""Text normalisation: NFC, control stripping, diacritic-insensitive folding, tone placement."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from lso_tui.text import clean, fold, is_clean, normalise_tone


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


def test_is_clean_says_what_clean_would_change_for_every_character() -> None:
    """is_clean (the store's check on load) agrees with clean for every code point between letters:
    controls, format characters, line ends and surrogates are unclean, every space and private-use or
    unassigned character is kept."""
    import sys

    wrong = [c for c in range(sys.maxunicode + 1) if is_clean(f"a{chr(c)}b") != (clean(f"a{chr(c)}b") == f"a{chr(c)}b")]
    assert wrong == []
    assert is_clean("Quảng\u00a0Lạc\tx\ny") and not is_clean("a\r\nb") and not is_clean(unicodedata.normalize("NFD", "ạ"))


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(st.characters(codec="utf-8") | st.sampled_from(["\u00a0", "\u0323", "\u202e", "\r", "\n", "\ue000", "\U000e0041", "\u0378"])))
def test_is_clean_agrees_with_clean(text: str) -> None:
    """Property: whatever a string holds (marks that NFC would compose among them), is_clean(text) is
    clean(text) == text."""
    assert is_clean(text) == (clean(text) == text)
