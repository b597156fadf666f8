"""Bad input: one clear line on stderr, exit code 2, never a traceback. Good variants still work."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import run_cli


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 writes Vietnamese: base letter (with its hat) plus a tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def _assert_one_line_error(result, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 2, nothing on stdout, a single stderr line that says what is wrong."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert needle in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t\n", "empty file"),
        ("binary.bin", bytes(range(256)) * 10, "binary file"),
        ("noise.bin", bytes(range(128, 256)) * 20, "not valid UTF-8"),
        ("nul.txt", b"abc\x00def ghi jkl", "binary file"),
        ("cp1258.txt", _cp1258("Nhất thể hóa ở xã Tân Liên"), "not valid UTF-8"),
        ("utf16.txt", "Nhất thể hóa".encode("utf-16"), "UTF-16"),
        ("utf16be.txt", "Nhất thể hóa".encode("utf-16-be"), "UTF-16"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    """Each kind of unreadable article is named in one line."""
    f = tmp_path / name
    f.write_bytes(content)
    for args in (
        ("extract", str(f)),
        ("extract", str(f), "--json"),
        ("build", "--db", str(tmp_path / "s.json"), str(f)),
    ):
        _assert_one_line_error(run_cli(*args), needle)
    assert not (tmp_path / "s.json").exists()


def test_missing_path_and_directory(tmp_path: Path) -> None:
    """A path that does not exist, and a directory."""
    _assert_one_line_error(run_cli("extract", str(tmp_path / "nope.txt")), "no such file")
    _assert_one_line_error(run_cli("extract", str(tmp_path)), "is a directory")


def test_fifty_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    """A 50 MB file is refused by size before it is read."""
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    _assert_one_line_error(run_cli("extract", str(f), timeout=30), "too large")


def test_bom_is_accepted_and_nfd_gives_the_same_records(tmp_path: Path, shipped: Path) -> None:
    """A UTF-8 BOM is skipped; NFD input yields exactly the records of the NFC original."""
    text = shipped.read_text(encoding="utf-8")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    results = [run_cli("extract", str(p), "--json") for p in (shipped, bom, nfd)]
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    outs = [json.loads(r.stdout) for r in results]
    for o in outs:
        o["document"].pop("outlet")  # the shipped file has a metadata sidecar, the copies do not
        o["document"].pop("id")
    assert outs[0]["units"] == outs[1]["units"] == outs[2]["units"]
    assert outs[0]["officials"] == outs[1]["officials"] == outs[2]["officials"]
    assert outs[0]["targets"] == outs[2]["targets"]


def test_control_characters_never_reach_the_output(tmp_path: Path) -> None:
    """ESC and C1 bytes in an article are stripped where the text enters."""
    f = tmp_path / "hostile.txt"
    f.write_text(
        "Thứ hai, 09/09/2019\n\nTiêu đề \x1b]0;pwned\x07 bài báo\n\n"
        + "Nội dung dài " * 30
        + "\nÔng Nguyễn Văn \x1b[2JAn, Bí thư Đảng ủy, Chủ tịch UBND xã Tân\x9b Liên cho biết: tốt.\n",
        encoding="utf-8",
    )
    result = run_cli("extract", str(f), "--json")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert "\\u001b" not in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    """argparse's own usage error also exits 2 without a traceback."""
    result = run_cli("frobnicate")
    assert result.returncode == 2 and "Traceback" not in result.stderr
