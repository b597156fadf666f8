"""`lso-tui edit`: validated, audited edits kept apart from article facts; bad input changes nothing."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli


def edit(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`lso-tui --db DB edit ARGS` in a real process."""
    return run_cli("--db", str(db), "edit", *args, env=env)


def log(db: Path) -> list[dict[str, object]]:
    """The audit log as printed by `edit log`."""
    out = edit(db, "log", "--format", "json")
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_recording_a_consolidation_moves_progress_and_is_audited(db: Path) -> None:
    """A third unit consolidated in late 06/2020: 3 of 8, as of that month; the audit says who and what."""
    result = edit(
        db,
        "unit",
        "05986",
        "--consolidated",
        "yes",
        "--since",
        "2020-06",
        "--part",
        "late",
        env={"SUDO_USER": "thu.nguyen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["ok 1 unit 05986 consolidated", "ok 2 unit 05986 since"]
    summary = run_cli("--db", str(db), "summary").stdout
    # the same number as the dashboard ("3/8 = 37,5%"), not rounded to 38%
    assert "3/8 = 37.5% toward 4/8 = 50%" in summary and "as of 2020-06" in summary
    first, second = log(db)
    assert first["who"] == "thu.nguyen" and first["old"] is None and first["new"] is True
    assert second["new"] == {"iso": "2020-06", "precision": "month", "part": "late"}
    assert str(first["tool"]).startswith("lso-tui ") and str(first["when"]).startswith("20")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("unit", "05986", "--since", "2020-13"), "not a real date"),
        (("unit", "05986", "--since", "2020", "--part", "late"), "needs a month"),
        (("unit", "05986", "--part", "late"), "needs --since"),
        (("unit", "99999", "--consolidated", "yes"), "no unit '99999'"),
        (("unit", "05986"), "nothing to change"),
        (("target", "nope", "--share", "50%"), "no target 'nope'"),
        (("add-target", "--scope-code", "178", "--share", "150%", "--year", "2025"), "at most 100%"),
        (("add-target", "--scope-code", "178", "--share", "0", "--year", "2025"), "more than 0%"),
        (
            ("add-target", "--scope-code", "999", "--share", "60%", "--year", "2025"),
            "no province or district",
        ),
        (("add-target", "--scope", "province:Atlantis", "--share", "60%", "--year", "2025"), "no province"),
        (("add-target", "--scope", "district:", "--share", "60%", "--year", "2025"), "no province"),
        (("add-target", "--scope-code", "178", "--share", "60%", "--year", "1800"), "between 2000 and 2100"),
        (("add-official", "--name", " ", "--unit", "05986", "--titles", "Bí thư"), "name: must not be empty"),
        (("add-official", "--name", "A B", "--unit", "05986", "--titles", " ; "), "at least one title"),
        (("official", "x", "--unit", "05986"), "no official 'x'"),
        (("undo",), "nothing of"),
    ],
)
def test_invalid_edits_change_nothing(db: Path, args: tuple[str, ...], needle: str) -> None:
    """One clear line, exit 2, and the store byte for byte as it was."""
    before = db.read_bytes()
    result = edit(db, *args)
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and needle in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_add_official_and_target_then_undo(db: Path) -> None:
    """Additions show in the summary; undo takes back one's own last edit and logs it."""
    assert (
        edit(
            db,
            "add-official",
            "--name",
            "Hoàng Văn Mới",
            "--unit",
            "05986",
            "--titles",
            "Bí thư Đảng ủy; Chủ tịch UBND",
            "--both",
            "yes",
        ).returncode
        == 0
    )
    assert edit(db, "add-target", "--scope-code", "178", "--share", "100%", "--year", "2025").returncode == 0
    summary = run_cli("--db", str(db), "summary").stdout
    assert "Hoàng Văn Mới: Bí thư Đảng ủy, Chủ tịch UBND" in summary and "by 2025-12-31" in summary
    undo = edit(db, "undo")
    assert undo.returncode == 0 and undo.stdout == "undone: edit 3 (target edit-178-2025-100 *)\n"
    assert "by 2025-12-31" not in run_cli("--db", str(db), "summary").stdout
    entries = log(db)
    # A holder of both posts made the unit consolidated in the same command (edit 2, still in force).
    assert [(e["op"], e["kind"]) for e in entries] == [
        ("add", "official"), ("set", "unit"), ("add", "target"), ("undo", "target")
    ]  # fmt: skip
    assert [e["undone"] for e in entries[:3]] == [False, False, True]


def test_rebuilding_from_the_article_keeps_edits(db: Path) -> None:
    """Article facts are rebuilt; the edits table is carried over untouched."""
    assert edit(db, "unit", "05989", "--consolidated", "no").returncode == 0
    assert run_cli("build", "--db", str(db)).returncode == 0
    assert [e["record"] for e in log(db)] == ["05989"]
    assert "xã Quảng Lạc: not consolidated" in run_cli("--db", str(db), "summary").stdout


def test_batch_acknowledges_each_edit(db: Path) -> None:
    """`edit batch -` applies line by line, printing one ack per applied change."""
    lines = "unit 05986 --consolidated yes\n# a comment\n\nunit 05992 --consolidated yes\n"
    out = subprocess.run(
        [sys.executable, "-m", "lso_tui", "--db", str(db), "edit", "batch", "-"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["ok 1 unit 05986 consolidated", "ok 2 unit 05992 consolidated"]


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_modes_whatever_the_umask(tmp_path: Path, built_store: Path, umask: int) -> None:
    """0600 in a private directory; 0660 in a setgid group directory; the lock likewise."""
    private, shared = tmp_path / "private", tmp_path / "shared"
    private.mkdir(mode=0o700)
    shared.mkdir()
    shared.chmod(0o2770)
    script = (
        f"import os; os.umask({umask}); from lso_tui.cli.main import main; "
        f"raise SystemExit(main(['build', '--db', {str(private / 's.json')!r}]) or "
        f"main(['build', '--db', {str(shared / 's.json')!r}]))"
    )
    assert subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True).returncode == 0
    for directory, mode in ((private, 0o600), (shared, 0o660)):
        for name in ("s.json", "s.json.lock"):
            assert stat.S_IMODE((directory / name).stat().st_mode) == mode, (directory, name, oct(umask))


def test_symlinks_and_world_writable_places_are_refused(tmp_path: Path, db: Path) -> None:
    """A symlinked store or lock, or a world-writable store or directory: one line, nothing touched."""
    link = tmp_path / "link.json"
    link.symlink_to(db)
    before = db.read_bytes()
    result = edit(link, "unit", "05986", "--consolidated", "yes")
    assert result.returncode == 2 and "symbolic link" in result.stderr and db.read_bytes() == before
    lockdir = tmp_path / "l"
    lockdir.mkdir()
    (lockdir / "store.json").write_bytes(before)
    (lockdir / "store.json.lock").symlink_to(tmp_path / "elsewhere")
    result = edit(lockdir / "store.json", "unit", "05986", "--consolidated", "yes")
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert not (tmp_path / "elsewhere").exists()
    open_dir = tmp_path / "open"
    open_dir.mkdir()
    open_dir.chmod(0o777)
    (open_dir / "store.json").write_bytes(before)
    result = edit(open_dir / "store.json", "unit", "05986", "--consolidated", "yes")
    assert result.returncode == 2 and "world-writable" in result.stderr
    db.chmod(0o666)
    result = edit(db, "unit", "05986", "--consolidated", "yes")
    assert result.returncode == 2 and "world-writable" in result.stderr and db.read_bytes() == before
    os.chmod(db, 0o600)


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_disk_full_at_any_step_keeps_the_store(db: Path, step: str) -> None:
    """ENOSPC at write, fsync or rename: one line, exit 2, the store byte-identical, no temp file."""
    edit(db, "unit", "05971", "--consolidated", "no")  # backups are rotated by the first write
    before = db.read_bytes()
    result = edit(db, "unit", "05986", "--consolidated", "yes", env={"LSO_TUI_FAULT": step})
    assert result.returncode == 2 and "No space left on device" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert db.read_bytes() == before
    assert not list(db.parent.glob(".store.json.*.tmp"))


def test_unwritable_directory_is_a_clear_error(tmp_path: Path, db: Path) -> None:
    """A directory the user cannot write: one line, exit 2, the store byte-identical, nothing left."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="lso-ro-"))  # pytest's own tmp dirs are 0700: nobody can't enter
    base.chmod(0o755)
    target = base / "store.json"
    target.write_bytes(db.read_bytes())
    target.chmod(0o644)
    argv = [
        sys.executable,
        "-m",
        "lso_tui",
        "--db",
        str(target),
        "edit",
        "unit",
        "05986",
        "--consolidated",
        "yes",
    ]
    if os.geteuid() == 0:  # root ignores permissions: run as nobody
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv is needed to drop root")
        drop = ["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"]
        probe = subprocess.run(
            [*drop, sys.executable, "-c", "import lso_tui.store.db"], capture_output=True, cwd="/"
        )
        if probe.returncode != 0:  # a checkout inside a private (0700) directory: nobody cannot read it
            pytest.skip("the checkout is not readable by an unprivileged user here")
        argv = [*drop, *argv]
    before = target.read_bytes()
    result = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2, result.stderr
    assert "read-only for you" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == before and sorted(p.name for p in base.iterdir()) == ["store.json"]
    shutil.rmtree(base)


def test_a_broken_store_can_be_restored_from_its_newest_good_backup(db: Path) -> None:
    """A store that does not parse is kept; `restore` puts the newest good backup in its place."""
    assert edit(db, "unit", "05986", "--consolidated", "yes").returncode == 0  # rotates a backup
    db.write_bytes(b'{"_meta": {"1": {"schema": 1}}, "units": {"1": ')
    broken = db.read_bytes()
    result = run_cli("--db", str(db), "summary")
    assert result.returncode == 2 and "does not parse" in result.stderr and "restore" in result.stderr
    assert db.read_bytes() == broken
    fixed = run_cli("--db", str(db), "restore")
    assert fixed.returncode == 0, fixed.stderr
    assert run_cli("--db", str(db), "summary").returncode == 0
    (aside,) = db.parent.glob("store.json.broken-*")
    assert aside.read_bytes() == broken
    again = run_cli("--db", str(db), "restore")
    assert again.returncode == 2 and "nothing to restore" in again.stderr


def test_planted_temp_symlinks_are_neither_followed_nor_trusted(tmp_path: Path, db: Path) -> None:
    """Symlinks named like our temp files: an edit neither writes through them nor deletes their target."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    for name in (".store.json.abc123.tmp", ".store.json.zzz.tmp"):
        (db.parent / name).symlink_to(victim)
    assert edit(db, "unit", "05986", "--consolidated", "yes").returncode == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert load_ok(db)


def load_ok(db: Path) -> bool:
    """The store parses."""
    from lso_tui.store.file import load

    return load(db) is not None


def test_read_only_directory_even_as_root(tmp_path: Path, db: Path) -> None:
    """An immutable directory (chattr +i) refuses even root, as a read-only mount would: one line."""
    import shutil

    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    ro = tmp_path / "ro"
    ro.mkdir()
    target = ro / "store.json"
    target.write_bytes(db.read_bytes())
    if subprocess.run(["chattr", "+i", str(ro)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem has no immutable attribute")
    try:
        before = target.read_bytes()
        result = edit(target, "unit", "05986", "--consolidated", "yes")
        assert result.returncode == 2 and "read-only for you" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert target.read_bytes() == before and [p.name for p in ro.iterdir()] == ["store.json"]
    finally:
        subprocess.run(["chattr", "-i", str(ro)], check=True)


def test_edits_over_parsed_records_copy_on_write() -> None:
    """An edit's checks lay edits over the parsed records without changing them (they are written back)."""
    from lso_tui.edits.apply import apply_edits

    units = [{"code": "a", "consolidated": None}, {"code": "b", "consolidated": None}]
    before = [dict(u) for u in units]
    parsed = list(units)
    tables: dict[str, list[dict[str, object]]] = {"units": units, "officials": [], "targets": []}
    edit = {"kind": "unit", "record": "a", "field": "consolidated", "op": "set", "who": "x", "when": "t"}
    apply_edits(tables, [{**edit, "new": True, "id": 1}, {**edit, "new": False, "id": 2}], True)
    assert parsed == before and parsed[0] is not tables["units"][0]
    assert tables["units"][0]["consolidated"] is False and tables["units"][1] is parsed[1]
    assert tables["units"][0]["edited"]["consolidated"]["source_value"] is None


def test_a_store_in_a_directory_anyone_may_write_is_read_but_never_written(tmp_path: Path, db: Path) -> None:
    """A sticky world-writable directory (/tmp's kind): another user could make the lock or a temp file
    there first and deny every edit, so edits are refused in one line; reading still works."""
    sticky = tmp_path / "sticky"
    sticky.mkdir()
    before = db.read_bytes()
    (sticky / "store.json").write_bytes(before)
    sticky.chmod(0o1777)
    try:
        result = edit(sticky / "store.json", "unit", "05986", "--consolidated", "yes")
        assert result.returncode == 2 and "anyone may write" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert (sticky / "store.json").read_bytes() == before
        assert not (sticky / "store.json.lock").exists()
        assert run_cli("--db", str(sticky / "store.json"), "summary").returncode == 0
    finally:
        sticky.chmod(0o700)


def test_restore_keeps_the_broken_store_under_a_name_no_file_has(db: Path) -> None:
    """Files already named STORE.broken-TIME (a restore a second before, or planted by another member)
    are neither overwritten nor a reason to refuse: the broken store goes aside as -2, -3, … (the
    restore refused, naming its temp file)."""
    import time

    assert edit(db, "unit", "05986", "--consolidated", "yes").returncode == 0  # rotates a backup
    db.write_bytes(b'{"_meta": {"1": {"schema": 1}}, "units": {"1": ')
    broken = db.read_bytes()
    now = int(time.time())
    planted = {db.with_name(f"store.json.broken-{t}{k}"): f"planted {t}{k}".encode() for t in range(now, now + 6) for k in ("", "-2")}
    for path, data in planted.items():
        path.write_bytes(data)
    fixed = run_cli("--db", str(db), "restore")
    assert fixed.returncode == 0, fixed.stderr
    assert all(path.read_bytes() == data for path, data in planted.items())
    (aside,) = [p for p in db.parent.glob("store.json.broken-*") if p not in planted]
    assert aside.read_bytes() == broken and aside.name.endswith("-3")
    assert run_cli("--db", str(db), "summary").returncode == 0


def test_restore_with_every_aside_name_taken_refuses_and_changes_nothing(db: Path) -> None:
    """All a hundred names of the broken store's copy taken: one line, exit 2, nothing changed."""
    import time

    assert edit(db, "unit", "05986", "--consolidated", "yes").returncode == 0
    db.write_bytes(b'{"units": ')
    now = int(time.time())
    for t in range(now, now + 4):
        for n in range(1, 101):
            db.with_name(f"store.json.broken-{t}" + (f"-{n}" if n > 1 else "")).write_bytes(b"planted")
    names = sorted(p.name for p in db.parent.iterdir())
    result = run_cli("--db", str(db), "restore")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "move them away" in result.stderr and ".tmp" not in result.stderr
    assert db.read_bytes() == b'{"units": ' and sorted(p.name for p in db.parent.iterdir()) == names
