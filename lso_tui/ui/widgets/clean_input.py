"""An Input that keeps its text NFC and free of control characters as it is typed or pasted.

A Vietnamese input method may send a base letter and then a combining tone mark (NFD); composed
here, the cursor and backspace move over whole letters ("Quảng" → "Quản", never "Qủng")."""

from __future__ import annotations

import unicodedata

from textual.widgets import Input

from lso_tui.text import clean


class CleanInput(Input):
    """Input whose value is always NFC without control characters."""

    def replace(self, text: str, start: int, end: int) -> None:
        """Insert cleaned text, then compose the value, keeping the cursor after the same letters."""
        super().replace(clean(text, keep_newlines=False), start, end)
        if not unicodedata.is_normalized("NFC", self.value):
            before = unicodedata.normalize("NFC", self.value[: self.cursor_position])
            self.value = unicodedata.normalize("NFC", self.value)
            self.cursor_position = len(before)
