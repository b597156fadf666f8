"""What a stored article gave is kept between ingests (build/extraction_cache.py): read back equal
to a fresh extraction, used only from the user's own directory, and ignored when it does not read
back. Real files and real `lso-tui` processes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import msgspec
import pytest

from lso_tui.build.extraction_cache import cached, entry_key
from lso_tui.build.tables import extract_file
from lso_tui.model.records import Extraction
from tests.conftest import run_cli

TESTS = Path(__file__).parent
TEXTS = sorted(TESTS.glob("corpus_genre1[0-4]/*.txt"))


def test_every_extraction_reads_back_equal() -> None:
    """An entry is the extraction itself: every field of every labelled text survives the round trip."""
    assert len(TEXTS) > 40
    for path in TEXTS:
        ex = extract_file(path)
        assert msgspec.json.decode(msgspec.json.encode(ex), type=Extraction) == ex, path.name


def _article(tmp_path: Path, name: str, source: Path) -> Path:
    """A copy of *source* in its own folder under *tmp_path*."""
    folder = tmp_path / name
    folder.mkdir()
    return Path(shutil.copy(source, folder / source.name))


def _built_and_ingested(tmp_path: Path, cache: Path, source: Path) -> tuple[Path, Path]:
    """A store built from the shipped article, then *source* (copied) ingested, by real `lso-tui`
    processes keeping extractions in *cache*; the store and the copy."""
    env = {"XDG_CACHE_HOME": str(cache)}
    db = tmp_path / "store.json"
    assert run_cli("--db", str(db), "build", env=env).returncode == 0
    article = _article(tmp_path, "a", source)
    assert run_cli("--db", str(db), "ingest", "--yes", str(article), env=env).returncode == 0
    return db, article


def test_an_ingest_keeps_what_each_stored_article_gave_and_the_next_one_reuses_it(tmp_path: Path) -> None:
    """After ingests, every stored article has an entry; a later ingest with the entries gives the same
    store as one without (before: every ingest extracted every stored article again, and kept nothing)."""
    cache, cold = tmp_path / "cache", tmp_path / "cold"
    env = {"XDG_CACHE_HOME": str(cache)}
    db, _ = _built_and_ingested(tmp_path, cache, TEXTS[0])
    entries = sorted((cache / "lso-tui" / "extractions").glob("*.json"))
    assert len(entries) >= 1  # the shipped article, kept when the ingest rebuilt from it
    twin = tmp_path / "twin.json"
    shutil.copy(db, twin)
    second = _article(tmp_path, "b", TEXTS[1])
    warm = run_cli("--db", str(db), "ingest", "--yes", str(second), env=env)
    fresh = run_cli("--db", str(twin), "ingest", "--yes", str(second), env={"XDG_CACHE_HOME": str(cold)})
    assert warm.returncode == fresh.returncode == 0
    assert db.read_bytes() == twin.read_bytes()
    assert len(list((cache / "lso-tui" / "extractions").glob("*.json"))) > len(entries)


def test_an_entry_that_does_not_read_back_is_extracted_again(tmp_path: Path) -> None:
    """A torn or edited entry is ignored: the fresh extraction is used, and kept in its place."""
    ex = extract_file(TEXTS[2])
    key = entry_key(ex.document.text, ex.document.id, {})
    folder = tmp_path / "own"
    folder.mkdir(mode=0o700)
    (folder / f"{key}.json").write_bytes(b'{"document": 5}')
    got = cached(key, lambda: ex, folder)
    assert got == ex
    assert msgspec.json.decode((folder / f"{key}.json").read_bytes(), type=Extraction) == ex


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX ownership")
@pytest.mark.parametrize("kind", ["group-writable", "symlink"])
def test_a_directory_others_could_write_is_not_used(tmp_path: Path, kind: str) -> None:
    """A planted entry in a directory another user could write (or a link to one) is never read,
    and nothing is written there."""
    ex = extract_file(TEXTS[3])
    key = entry_key(ex.document.text, ex.document.id, {})
    shared = tmp_path / "shared"
    shared.mkdir()
    planted = msgspec.json.encode(ex)  # a valid entry, but planted by someone else
    (shared / f"{key}.json").write_bytes(planted.replace(ex.document.id.encode(), b"dplanted0000"))
    if kind == "group-writable":
        shared.chmod(0o770)
        folder = shared
    else:
        shared.chmod(0o700)
        folder = tmp_path / "link"
        folder.symlink_to(shared)
    before = sorted(p.name for p in shared.iterdir())
    got = cached(key, lambda: ex, folder)
    assert got == ex
    assert sorted(p.name for p in shared.iterdir()) == before


def test_an_article_just_ingested_is_kept_as_the_next_ingest_asks_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article an ingest adds is kept under the key its stored document gives, so the next ingest
    (which rebuilds from every stored article) extracts it no more: before, it missed once, and one
    slow article made the next ingest as slow as itself."""
    import json

    from lso_tui.build.tables import extract_stored

    cache = tmp_path / "cache"
    db, article = _built_and_ingested(tmp_path, cache, TEXTS[3])
    entries = set((cache / "lso-tui" / "extractions").glob("*.json"))
    docs = json.loads(db.read_text(encoding="utf-8"))["documents"].values()
    (doc,) = [d for d in docs if d.get("filename") == article.name]
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    kept = extract_stored(doc)
    assert set((cache / "lso-tui" / "extractions").glob("*.json")) == entries  # read, not extracted and kept
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cold"))
    assert extract_stored(doc) == kept
