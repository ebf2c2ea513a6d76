"""Backup, verify and restore: consistent under a concurrent writer, damage detected, nothing overwritten."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from mediation_desk.db.models import VocabItem
from mediation_desk.db.schema import head_revision
from mediation_desk.errors import UserError
from mediation_desk.services import backup, restore
from mediation_desk.services.jobs import Cancelled
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, close, fingerprint

ROOT = Path(__file__).resolve().parents[2]
PG = bool(os.environ.get("MEDIATION_DESK_TEST_PG"))
# Restoring into a SQLite file; PostgreSQL archives (pg_dump) are covered by their own tests below.
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def filled(store: Store, actor: Actor) -> Store:
    for i in range(1, 6):
        cid = add_case(store, actor, date(2026, 3, i), applicant=f"甲{i}", respondent=f"乙{i}", order=i,
                       referral="安宁派出所" if i % 2 else None, reference=f"J{i}")
        if i < 4:
            close(store, actor, cid, "written_agreement", date(2026, 3, 10 + i), amount=f"{i}000.50")
    return store


@pytest.fixture
def attachments(tmp_path: Path) -> Path:
    root = tmp_path / "attachments"
    (root / "ab").mkdir(parents=True)
    (root / "ab" / "ab12.pdf").write_bytes(b"%PDF-1.4 identity proof " * 100)
    (root / "cd").mkdir()
    (root / "cd" / "cd34.jpg").write_bytes(os.urandom(50_000))
    return root


@SQLITE_ONLY
def test_backup_verify_restore_round_trip(filled: Store, attachments: Path, tmp_path: Path) -> None:
    res = backup.create_backup(filled, tmp_path / "backups", attachments=attachments)
    assert res.path.parent == tmp_path / "backups" and res.path.name.startswith("mediation-desk-backup-")
    m = res.manifest
    assert m["format"] == "mediation-desk-backup" and m["schema_revision"] == head_revision()
    assert m["counts"] == {"cases": 5, "attachments": 2}
    with zipfile.ZipFile(res.path) as zf:
        assert json.loads(zf.read("manifest.json")) == m
        names = set(zf.namelist())
    assert {"attachments/ab/ab12.pdf", "attachments/cd/cd34.jpg", "manifest.json"} <= names
    checked = backup.verify(res.path)
    assert checked.ok, checked.problems
    target = tmp_path / "restored" / "store.sqlite3"
    out = restore.restore(res.path, str(target), attachments_to=tmp_path / "restored-att")
    assert out.cases == 5 and out.attachments == 2 and out.safety_copy is None
    assert out.schema_after == head_revision()
    restored = Store(f"sqlite:///{target}")
    assert fingerprint(restored) == fingerprint(filled)
    restored.dispose()
    restored_file = tmp_path / "restored-att" / "cd" / "cd34.jpg"
    assert restored_file.read_bytes() == (attachments / "cd" / "cd34.jpg").read_bytes()


@SQLITE_ONLY
def test_damaged_or_truncated_archives_are_detected(filled: Store, attachments: Path, tmp_path: Path) -> None:
    res = backup.create_backup(filled, tmp_path / "b.zip", attachments=attachments)
    raw = res.path.read_bytes()
    cases = {
        "truncated": raw[: len(raw) * 2 // 3],
        "cut at the end": raw[:-30],
        "flipped byte": raw[:500] + bytes([raw[500] ^ 0xFF]) + raw[501:],
    }
    for label, data in cases.items():
        p = tmp_path / f"{label}.zip"
        p.write_bytes(data)
        checked = backup.verify(p)
        assert not checked.ok, label
        assert any("损坏" in x or "截断" in x or "校验" in x for x in checked.problems), (label, checked.problems)
        with pytest.raises(UserError, match="未通过校验"):
            restore.restore(p, str(tmp_path / f"{label}.sqlite3"))
        assert not (tmp_path / f"{label}.sqlite3").exists()
    # A member whose bytes were replaced consistently (valid zip, wrong content) fails the manifest check.
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(res.path) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, b"tampered" if info.filename.endswith(".pdf") else data)
    checked = backup.verify(forged)
    assert not checked.ok and "校验值不符" in checked.problems[0]
    # A corrupted database inside an otherwise consistent archive fails the integrity check.
    broken_db = tmp_path / "broken.sqlite3"
    with zipfile.ZipFile(res.path) as zf:
        broken_db.write_bytes(zf.read("database.sqlite3"))
    blob = bytearray(broken_db.read_bytes())
    blob[4096 * 2: 4096 * 12] = b"\x5a" * (4096 * 10)  # ten pages of b-tree overwritten
    broken_db.write_bytes(bytes(blob))
    assert any("完整性" in p or "无法打开" in p for p in backup._check_database(broken_db, res.manifest))


@SQLITE_ONLY
def test_restore_never_overwrites_without_force_and_keeps_a_safety_copy(filled: Store, actor: Actor,
                                                                        tmp_path: Path) -> None:
    res = backup.create_backup(filled, tmp_path / "b.zip", attachments=tmp_path / "none")
    target = tmp_path / "live.sqlite3"
    restore.restore(res.path, str(target))
    live = Store(f"sqlite:///{target}")
    from mediation_desk.services.committees import actor_for

    add_case(live, actor_for(live), date(2026, 6, 1), applicant="新甲", respondent="新乙", order=77)
    live_print = fingerprint(live)
    live.dispose()
    with pytest.raises(UserError, match="已有数据"):
        restore.restore(res.path, str(target))
    again = Store(f"sqlite:///{target}")
    assert fingerprint(again) == live_print  # untouched
    again.dispose()
    out = restore.restore(res.path, str(target), force=True)
    assert out.safety_copy is not None and out.safety_copy.exists()
    safety = Store(f"sqlite:///{out.safety_copy}")
    assert fingerprint(safety) == live_print  # the replaced data is kept
    safety.dispose()
    restored = Store(f"sqlite:///{target}")
    assert fingerprint(restored) == fingerprint(filled)
    restored.dispose()


@SQLITE_ONLY
def test_backup_from_an_older_version_restores_and_upgrades(filled: Store, tmp_path: Path) -> None:
    """An older version lacked the newest built-in dispute types; restoring brings the data up to date."""
    with filled.write(Actor(None, "test", 1)) as uow:
        uow.session.execute(delete(VocabItem).where(VocabItem.code.in_(("tourism", "ip", "internet"))))
    res = backup.create_backup(filled, tmp_path / "old.zip", attachments=tmp_path / "none")
    old = tmp_path / "old-version.zip"
    with zipfile.ZipFile(res.path) as src, zipfile.ZipFile(old, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["app_version"] = "0.0.9"
        for info in src.infolist():
            if info.filename != "manifest.json":
                dst.writestr(info, src.read(info.filename))
        dst.writestr("manifest.json", json.dumps(manifest))
    assert backup.verify(old).ok
    target = tmp_path / "upgraded.sqlite3"
    out = restore.restore(old, str(target))
    assert out.schema_after == head_revision() and out.cases == 5
    upgraded = Store(f"sqlite:///{target}")
    with upgraded.read() as s:
        assert {"tourism", "ip", "internet"} <= set(s.scalars(select(VocabItem.code)))
    upgraded.dispose()


def test_cancelled_backup_leaves_no_archive(filled: Store, attachments: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        backup.create_backup(filled, out_dir / "b.zip", attachments=attachments, cancel=cancel)
    assert list(out_dir.iterdir()) == []


WRITER = """
import sys
from mediation_desk.cli import main
sys.exit(main(["--db", sys.argv[1], "demo", "--cases", "10000", "--seed", "3"]))
"""


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_consistent_snapshot_while_another_process_writes(filled: Store, db_url: str, tmp_path: Path) -> None:
    base = fingerprint(filled)["mediation_case"]
    writer = subprocess.Popen([sys.executable, "-c", WRITER, db_url], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        archives = []
        deadline = time.time() + 120
        while writer.poll() is None and time.time() < deadline and len(archives) < 3:
            if fingerprint(filled)["mediation_case"] > base:  # the writer is busy committing batches
                archives.append(backup.create_backup(filled, tmp_path / f"b{len(archives)}.zip",
                                                     attachments=tmp_path / "none").path)
            time.sleep(0.2)
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    assert archives, "the writer finished before a backup could be taken"
    for archive in archives:
        checked = backup.verify(archive)
        assert checked.ok, checked.problems
        target = tmp_path / f"{archive.stem}.sqlite3"
        restore.restore(archive, str(target))
        con = sqlite3.connect(target)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            cases = con.execute("SELECT count(*) FROM mediation_case").fetchone()[0]
            # Demo data commits 2,000 cases per transaction: a consistent snapshot holds whole batches.
            assert (cases - base) % 2000 == 0
            assert con.execute("SELECT count(*) FROM case_search").fetchone()[0] == cases
            assert con.execute("SELECT count(DISTINCT case_id) FROM case_party").fetchone()[0] == cases
        finally:
            con.close()


@pytest.mark.skipif(not PG or not shutil.which("pg_dump"), reason="needs PostgreSQL and pg_dump")
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_backup_with_pg_dump_restores_onto_postgresql(filled: Store, db_url: str, tmp_path: Path,
                                                                  request: pytest.FixtureRequest) -> None:
    from tests.conftest import _drop_pg, _fresh_pg

    res = backup.create_backup(filled, tmp_path / "pg.zip", attachments=tmp_path / "none")
    assert res.manifest["database"]["kind"] == "pg_dump"
    assert backup.verify(res.path).ok
    name, url = _fresh_pg(request.getfixturevalue("pg_template"))
    try:
        out = restore.restore(res.path, url)
        assert out.cases == 5
        target = Store(url)
        assert fingerprint(target) == fingerprint(filled)
        target.dispose()
        with pytest.raises(UserError, match="已有数据"):
            restore.restore(res.path, url)
        with pytest.raises(UserError, match="只能恢复到 PostgreSQL"):
            restore.restore(res.path, str(tmp_path / "x.sqlite3"))
    finally:
        _drop_pg(name)


@pytest.mark.skipif(not PG, reason="needs PostgreSQL")
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_portable_postgresql_backup_restores_onto_sqlite(filled: Store, db_url: str, tmp_path: Path) -> None:
    res = backup.create_backup(filled, tmp_path / "portable.zip", attachments=tmp_path / "none", portable=True)
    assert res.manifest["database"]["kind"] == "json"
    assert backup.verify(res.path).ok
    target = tmp_path / "from-pg.sqlite3"
    out = restore.restore(res.path, str(target))
    assert out.cases == 5
    copy = Store(f"sqlite:///{target}")
    assert fingerprint(copy) == fingerprint(filled)
    copy.dispose()


@pytest.mark.skipif(not PG, reason="needs PostgreSQL")
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_backup_restores_onto_postgresql(filled: Store, db_url: str, tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:
    from tests.conftest import _drop_pg, _fresh_pg

    res = backup.create_backup(filled, tmp_path / "s.zip", attachments=tmp_path / "none")
    name, url = _fresh_pg(request.getfixturevalue("pg_template"))
    try:
        restore.restore(res.path, url)
        target = Store(url)
        assert fingerprint(target) == fingerprint(filled)
        target.dispose()
    finally:
        _drop_pg(name)


@pytest.mark.parametrize("portable", [False, True])
def test_backup_made_at_an_older_schema_revision_restores_and_upgrades(tmp_path: Path, portable: bool) -> None:
    """A store still at the first schema revision (an older version of the app) is backed up; the
    restore upgrades it to the newest revision and keeps every row."""
    from alembic import command

    from mediation_desk.db.schema import alembic_config, current_revision, seed_vocabularies
    from mediation_desk.services.committees import setup_committee

    old = tmp_path / "old.sqlite3"
    store = Store(f"sqlite:///{old}")
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    seed_vocabularies(store.engine)
    assert current_revision(store.engine) == "0001" != head_revision()
    actor = setup_committee(store, name="安宁镇人民调解委员会", short_name="安", first_mediator="王建国")
    add_case(store, actor, date(2024, 5, 6), order=1)
    before = fingerprint(store)
    res = backup.create_backup(store, tmp_path / "old.zip", attachments=tmp_path / "none", portable=portable)
    store.dispose()
    assert res.manifest["schema_revision"] == "0001"
    target = tmp_path / "new.sqlite3"
    out = restore.restore(res.path, str(target))
    assert (out.schema_before, out.schema_after) == ("0001", head_revision())
    restored = Store(f"sqlite:///{target}")
    assert current_revision(restored.engine) == head_revision()
    assert fingerprint(restored) == before
    restored.dispose()
