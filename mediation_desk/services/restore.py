"""Restoring a backup archive into a new location, upgrading it to the current schema.

The archive is verified first. A target that already holds data is never overwritten unless the
caller says ``force`` — and then only after a safety copy of it has been written next to it. The
restored database is upgraded in place (``db.schema.upgrade``), so a backup made by an older version
opens in this one. SQLite archives restore onto SQLite by file, pg_dump archives onto PostgreSQL with
``pg_restore``; any other pairing goes through the portable JSON export.

A live SQLite database must be closed by the app before it is replaced (the GUI disposes its store
first); this module removes the old file's ``-wal`` and ``-shm`` so they can never be replayed onto
the restored file.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from mediation_desk.config import describe_url, resolve_db_url
from mediation_desk.db.engine import make_engine
from mediation_desk.db.schema import current_revision, upgrade
from mediation_desk.errors import UserError
from mediation_desk.fileio import fsync_dir
from mediation_desk.messages import register
from mediation_desk.services import backup, json_export, json_import
from mediation_desk.services.jobs import Cancel, Progress, check_cancel, report

register("restore.damaged", "备份文件未通过校验，没有恢复：{detail}", "The backup failed verification: {detail}")
register("restore.target_exists",
         "目标数据库“{target}”已有数据，没有覆盖。如确要替换，请确认（--force）；替换前会先保存一份安全副本。",
         "The target “{target}” already holds data and was not overwritten; confirm with --force "
         "(a safety copy is made first).")
register("restore.needs_postgres", "这是 PostgreSQL 的 pg_dump 备份，只能恢复到 PostgreSQL 数据库。",
         "This is a PostgreSQL pg_dump backup; it restores only onto PostgreSQL.")
register("restore.pg_restore_failed", "pg_restore 恢复失败：{detail}", "pg_restore failed: {detail}")


@dataclass(frozen=True)
class RestoreResult:
    url: str
    description: str
    schema_before: str
    schema_after: str
    cases: int
    attachments: int
    safety_copy: Path | None


def _sqlite_has_data(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    engine = make_engine(f"sqlite:///{path}")
    try:
        return not json_import.is_empty(engine)
    finally:
        engine.dispose()


def _stamp() -> str:
    return datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")


def restore(archive: str | Path, to: str, *, force: bool = False, attachments_to: str | Path | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None) -> RestoreResult:
    url = resolve_db_url(to)
    report(progress, 0, 4)
    checked = backup.verify(archive, cancel=cancel)
    if not checked.ok:
        raise UserError("restore.damaged", detail="；".join(checked.problems[:3]))
    manifest = checked.manifest
    assert manifest is not None
    report(progress, 1, 4)
    kind = manifest["database"]["kind"]
    member = manifest["database"]["member"]
    target_sqlite = make_url(url).get_backend_name() == "sqlite"
    if kind == "pg_dump" and target_sqlite:
        raise UserError("restore.needs_postgres")
    safety: Path | None = None
    with zipfile.ZipFile(archive) as zf:
        if target_sqlite:
            target = backup.sqlite_path(url)
            target.parent.mkdir(parents=True, exist_ok=True)
            if _sqlite_has_data(target):
                if not force:
                    raise UserError("restore.target_exists", target=str(target))
                safety = target.with_name(f"{target.stem}.before-restore-{_stamp()}{target.suffix or '.sqlite3'}")
                backup.snapshot_sqlite(target, safety)
            check_cancel(cancel)
            _restore_sqlite(zf, member, kind, target, cancel)
        else:
            safety = _prepare_pg_target(url, force)
            check_cancel(cancel)
            _restore_pg(zf, member, kind, url, cancel)
        report(progress, 3, 4)
        default_att = (backup.sqlite_path(url).parent / "attachments") if target_sqlite else backup.attachments_dir()
        n_att = _restore_attachments(zf, Path(attachments_to) if attachments_to else default_att, cancel)
    engine = make_engine(url)
    try:
        after = current_revision(engine) or ""
        with engine.connect() as conn:
            cases = int(conn.execute(text("SELECT count(*) FROM mediation_case")).scalar() or 0)
    finally:
        engine.dispose()
    report(progress, 4, 4)
    return RestoreResult(url, describe_url(url), manifest.get("schema_revision", ""), after, cases, n_att, safety)


def _extract(zf: zipfile.ZipFile, member: str, dest: Path, cancel: Cancel | None) -> None:
    with zf.open(member) as src, open(dest, "wb") as out:
        while block := src.read(backup.CHUNK):
            check_cancel(cancel)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())


def _restore_sqlite(zf: zipfile.ZipFile, member: str, kind: str, target: Path, cancel: Cancel | None) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".restoring", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        if kind == "sqlite":
            _extract(zf, member, tmp, cancel)
        else:  # the portable export, loaded into a fresh file
            tmp.unlink()
            with tempfile.TemporaryDirectory(prefix=".md-restore-", dir=target.parent) as d:
                export = Path(d) / "export.json"
                _extract(zf, member, export, cancel)
                engine = make_engine(f"sqlite:///{tmp}")
                try:
                    json_import.load_export(engine, export, cancel=cancel)
                finally:
                    engine.dispose()
        engine = make_engine(f"sqlite:///{tmp}")
        try:
            upgrade(engine)  # a backup made by an older version is brought up to this one
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        check_cancel(cancel)
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{tmp}{suffix}")
            # The old database's WAL must never be replayed onto the restored file.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{suffix}")
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        for p in (str(tmp), f"{tmp}-wal", f"{tmp}-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(p)
        raise


def _prepare_pg_target(url: str, force: bool) -> Path | None:
    """Make the target's schema empty; only our own tables are ever dropped, and only when empty or forced."""
    from sqlalchemy import inspect

    from mediation_desk.db.base import Base

    engine = make_engine(url)
    try:
        ours = {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
        foreign = sorted(set(inspect(engine).get_table_names()) - ours)
        if foreign:  # someone else's tables: never drop them
            raise UserError("restore.target_exists", target=f"{describe_url(url)}（{'、'.join(foreign[:5])}）")
        if json_import.is_empty(engine):
            with engine.begin() as conn:  # a migrated but empty store: start from a clean schema
                conn.exec_driver_sql("DROP SCHEMA public CASCADE")
                conn.exec_driver_sql("CREATE SCHEMA public")
            return None
        if not force:
            raise UserError("restore.target_exists", target=describe_url(url))
        from mediation_desk.store import Store

        store = Store(engine=engine)
        safety_dir = backup.config.data_dir() / "backups"
        safety = backup.create_backup(store, safety_dir / f"before-restore-{_stamp()}.zip").path
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        return safety
    finally:
        engine.dispose()


def _restore_pg(zf: zipfile.ZipFile, member: str, kind: str, url: str, cancel: Cancel | None) -> None:
    with tempfile.TemporaryDirectory(prefix=".md-restore-") as d:
        dump = Path(d) / member
        _extract(zf, member, dump, cancel)
        if kind == "pg_dump":
            tool = backup.pg_tool("pg_restore")
            if tool is None:
                raise UserError("restore.pg_restore_failed", detail="找不到 pg_restore")
            args, env = backup._pg_env(url)
            done = subprocess.run([tool, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                                   *args, str(dump)], env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise UserError("restore.pg_restore_failed", detail=done.stderr.strip()[:300])
        else:
            export = dump
            if kind == "sqlite":  # a SQLite backup onto PostgreSQL: upgrade it, then go through JSON
                src = make_engine(f"sqlite:///{dump}")
                try:
                    upgrade(src)
                    export = Path(d) / "export.json"
                    with open(export, "w", encoding="utf-8") as fh:
                        json_export.write_export(src, fh, cancel=cancel)
                finally:
                    src.dispose()
            engine = make_engine(url)
            try:
                json_import.load_export(engine, export, cancel=cancel)
            finally:
                engine.dispose()
        engine = make_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()


def _restore_attachments(zf: zipfile.ZipFile, root: Path, cancel: Cancel | None) -> int:
    """Attachments are added next to what is there; a file already present with the same bytes is kept."""
    n = 0
    for name in zf.namelist():
        if not name.startswith(backup.ATTACHMENTS) or name.endswith("/") or not backup.safe_member(name):
            continue
        dest = root / name[len(backup.ATTACHMENTS):]
        dest.parent.mkdir(parents=True, exist_ok=True)
        check_cancel(cancel)
        tmp = dest.with_name(f".{dest.name}.restoring")
        _extract(zf, name, tmp, cancel)
        os.replace(tmp, dest)
        n += 1
    return n

