"""Text normalisation: NFC, control-character stripping and diacritic folding for search; the one
way the CLI writes text to a terminal (emit), and spreadsheet-safe CSV cells."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

# C0 controls except tab/newline, DEL, C1 controls, and every format character (Unicode's Cf: bidi
# marks, overrides and isolates, zero-width characters, the soft hyphen, tags, Arabic and other
# scripts' invisible marks). Stripping them stops a name from reordering or hiding what follows it.
_CONTROL_CHARS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_LINE_BREAK_CHARS = "\r\x85\u2028\u2029"  # line ends a terminal or a reader would break at (besides \n)
_SURROGATES = "\ud800-\udfff"  # bytes that were no UTF-8 (a file name, an argument), escaped
_PATTERNS = {
    "control": f"[{_CONTROL_CHARS}]",
    "line break": f"\r\n?|[{_LINE_BREAK_CHARS}]",
    "surrogate": f"[{_SURROGATES}]",
    # What clean() changes: controls and format characters, line ends other than \n, lone surrogates.
    "unclean": f"[{_CONTROL_CHARS}{_LINE_BREAK_CHARS}{_SURROGATES}]",
    "spaces": r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+",
}


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    """One of _PATTERNS, compiled on first use: compiled at import they took ≈ 4 ms of every start
    before the first frame, which uses none of them (clean text takes clean's fast path)."""
    return re.compile(_PATTERNS[name])


def clean(text: str, *, keep_newlines: bool = True) -> str:
    """Return *text* in NFC with control characters removed (the single entry point for untrusted text)."""
    # Fast path, C speed: printable means no control, format (bidi, zero-width) or line-break
    # characters, so NFC is all that could still differ. Most stored strings take this path.
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        return text
    text = unicodedata.normalize("NFC", _pattern("surrogate").sub("\ufffd", text))  # (NFC cannot encode a lone surrogate)
    text = _pattern("line break").sub("\n", text)
    text = _pattern("control").sub("", text)
    if not keep_newlines:
        text = text.replace("\n", " ")
    return text


def scrub(value: object) -> object:
    """Every string in *value* (nested lists and dicts) in NFC without control characters."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items()}
    return value


# A JSON escape is the only way a control character can hide in a parsed string that the raw
# text does not show; \n and \t are allowed (clean keeps them), anything else takes the slow path.
_HIDDEN = re.compile(r"\\[ubfr]")


def json_is_clean(text: str) -> bool:
    """Whether every string parsed from this JSON text is already NFC and free of control characters
    (one pass over the text, instead of a clean of every string parsed from it)."""
    body = text.rstrip("\n")  # the file's own final newline is outside every string
    return _HIDDEN.search(body) is None and is_clean(body)


# What clean() keeps that str.isprintable() refuses: tab, newline and every space but U+0020 (Unicode's
# Zs; the no-break space is common in Vietnamese text).
_KEPT_UNPRINTABLE = "\t\n\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"


def is_clean(text: str) -> bool:
    """Whether clean(text) == text, at C speed for text as lso-tui writes it: the kept characters that
    are not printable are replaced by spaces and the rest checked by str.isprintable (a regex search
    of a 2.4 MB store took ≈ 85 ms, and clean() and a comparison twice that; this takes ≈ 20 ms).
    Text with characters neither printable nor kept (private use, unassigned) is searched."""
    if not unicodedata.is_normalized("NFC", text):
        return False
    probe = text
    for kept in _KEPT_UNPRINTABLE:
        if kept in probe:
            probe = probe.replace(kept, " ")
    return probe.isprintable() or _pattern("unclean").search(text) is None


def emit(*parts: object, err: bool = False, flush: bool = False, one_line: bool = False) -> None:
    """Print *parts* (joined by spaces) with control and bidi characters removed: every line the CLI
    writes goes through here, since any of it may hold text from an article, a store another member
    wrote, a file name or the environment. With *one_line*, line ends become spaces."""
    text = clean(" ".join(str(p) for p in parts), keep_newlines=not one_line)
    print(text, file=sys.stderr if err else sys.stdout, flush=flush)


def emit_line(*parts: object, err: bool = False) -> None:
    """emit, as one line whatever the parts hold: a line end in a name a store or an article gave would
    start a line of its own, a forged one ("… — done")."""
    emit(*parts, err=err, one_line=True)


_FORMULA = re.compile(r"[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?%?")


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text that begins with = + - @, a tab or a CR gets a
    leading apostrophe (as OWASP advises); numbers, and text that is a number, are kept as they are."""
    if not isinstance(value, str):
        return value
    text = clean(value, keep_newlines=False)
    # (after leading spaces too: a CR or LF first became a space, and a spreadsheet may trim it)
    lead = text.lstrip(" \u00a0")
    if _FORMULA.match(lead) and not _NUMBER.fullmatch(lead) and lead != "-":
        return "'" + text
    return text


# ASCII punctuation that Markdown (CommonMark, GitHub's tables, strikethrough and math) reads as markup:
# HTML, links and images, emphasis, code, a table's cell border, a heading's closing marks.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>&|~!#$])")


def markdown_text(value: object) -> str:
    """*value* as the literal text of a Markdown table cell or heading: cleaned to one line, and every
    character Markdown would read as markup backslash-escaped (a name "<img onerror=…>" or "[bấm](…)"
    renders as those characters, never as HTML or a link)."""
    return _MARKDOWN.sub(r"\\\1", clean(str(value), keep_newlines=False))


def squash(text: str) -> str:
    """Collapse runs of horizontal white space (including no-break spaces) to one space and trim."""
    return _pattern("spaces").sub(" ", text).strip()


# The combining diacritics block: all that Vietnamese leaves after NFD. A regex removes them at C
# speed; text still not ASCII afterwards (other scripts' marks) takes the general path.
_MARKS = re.compile("[\u0300-\u036f]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def fold(text: str) -> str:
    """Fold for search: lower case, no diacritics, đ→d, so "tan lien" matches "Tân Liên".

    Folding removes tone marks entirely, so both tone placements ("hóa"/"hoá") fold alike.
    """
    text = _MARKS.sub("", unicodedata.normalize("NFD", text.lower())).replace("đ", "d")
    if not text.isascii():
        if any(unicodedata.category(ch) == "Mn" for ch in _NON_ASCII.findall(text)):
            text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    elif "  " not in text and "\t" not in text and text == text.strip():
        return text  # nothing for squash to do: skip its regex (a 10,000-row index folds ~2× faster)
    return squash(text)


_NOT_KEY = re.compile(r"[^0-9a-z]")


@functools.lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """A compact matching key: folded with every non-alphanumeric character removed (kept for the
    names a build matches again and again: every region of a store against every statement)."""
    return _NOT_KEY.sub("", fold(text))


def normalise_tone(text: str) -> str:
    """Rewrite old-style tone placement (hoá, thuỷ, khoẻ) to the modern one (hóa, thủy, khỏe).

    Matching keeps diacritics meaningful (Lạc ≠ Lắc) while accepting both placements.
    """
    table, pattern = _old_tone()
    return pattern.sub(lambda m: table[m.group(0)], text)


def _old_tone_table() -> dict[str, str]:
    """Build the oa/oe/uy tone-placement table from the five tone marks."""
    marks = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for upper in (False, True):
            a, b = (first.upper(), second) if upper else (first, second)
            for mark in marks:
                old = unicodedata.normalize("NFC", a + b + mark)
                new = unicodedata.normalize("NFC", a + mark + b)
                table[old] = new
    return table


@functools.cache
def _old_tone() -> tuple[dict[str, str], re.Pattern[str]]:
    """The table and its pattern, built on first use (extraction needs them, the dashboard never)."""
    table = _old_tone_table()
    # Only at a syllable end: "hoà" but not "hoàn" (where the mark belongs on the second vowel).
    return table, re.compile("(?:" + "|".join(map(re.escape, table)) + r")(?!\w)")
