"""Backup archives: a consistent snapshot of the database, the attachments, and a manifest.

An archive is a zip file holding ``manifest.json`` (format, app version, schema revision, creation
time, and the size and SHA-256 of every other member), the database and ``attachments/…``:

- SQLite: a snapshot taken with SQLite's online backup API from inside one read transaction, so it is
  consistent while the app (or another process) keeps writing in WAL mode;
- PostgreSQL: ``pg_dump -Fc`` when the tool is on PATH, else the portable JSON export
  (``services.json_export``), which also restores onto SQLite.

The archive is written under a temporary name, fsynced and renamed, so a crash or cancel never
leaves a half archive under the final name. ``verify`` checks every checksum and the database's own
integrity; ``restore`` (see ``services.restore``) never overwrites a database without being told to,
and then only after a safety copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

import mediation_desk
from mediation_desk import config
from mediation_desk.db.models import Case
from mediation_desk.db.schema import current_revision
from mediation_desk.errors import UserError
from mediation_desk.messages import register
from mediation_desk.services import json_export
from mediation_desk.services.jobs import Cancel, Progress, atomic_path, check_cancel, report
from mediation_desk.store import Store

FORMAT = "mediation-desk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ATTACHMENTS = "attachments/"
DB_MEMBERS = {"sqlite": "database.sqlite3", "pg_dump": "database.pgdump", "json": "database.json"}
CHUNK = 1 << 20
ARCHIVE_PREFIX = "mediation-desk-backup-"

register("backup.pg_dump_failed", "pg_dump 备份失败：{detail}", "pg_dump failed: {detail}")
register("backup.unreadable", "备份文件“{path}”无法读取：{detail}", "The backup “{path}” cannot be read: {detail}")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    manifest: dict[str, Any]


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None


def attachments_dir() -> Path:
    return config.data_dir() / "attachments"


def default_archive_name(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{ARCHIVE_PREFIX}{now.astimezone():%Y%m%d-%H%M%S}.zip"


def sqlite_path(url: str) -> Path:
    db = make_url(url).database
    if not db or db == ":memory:":
        raise ValueError("an in-memory database cannot be backed up")
    return Path(db)


# --- snapshot ------------------------------------------------------------------------------------


def snapshot_sqlite(source: Path, target: Path, *, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> None:
    """Copy a live SQLite database consistently, in steps that can report progress and be cancelled.

    The source connection holds one read transaction for the whole copy: in WAL mode writers carry
    on, and the copy is the database as of the moment the transaction began (no restarts)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None, timeout=15)
    dst = sqlite3.connect(target)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()

        def step(_status: int, remaining: int, total: int) -> None:
            check_cancel(cancel)
            report(progress, total - remaining, total)

        src.backup(dst, pages=2048, progress=step)
        src.execute("COMMIT")
        # A self-contained single file: no -wal beside it in the archive.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _pg_env(url: str) -> tuple[list[str], dict[str, str]]:
    u = make_url(url)
    args = ["--host", u.host or "localhost", "--port", str(u.port or 5432), "--username", u.username or ""]
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return args + ["--dbname", u.database or ""], env


def pg_tool(name: str) -> str | None:
    return shutil.which(name)


def snapshot_pg_dump(url: str, target: Path) -> None:
    tool = pg_tool("pg_dump")
    assert tool is not None
    args, env = _pg_env(url)
    done = subprocess.run([tool, "--format=custom", "--no-owner", "--no-privileges", "--file", str(target), *args],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise UserError("backup.pg_dump_failed", detail=done.stderr.strip()[:300])


# --- archive -------------------------------------------------------------------------------------


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def _add_file(zf: zipfile.ZipFile, source: Path, name: str, compress: bool, cancel: Cancel | None,
              on_bytes: Any) -> dict[str, Any]:
    h = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    if compress:
        info._compresslevel = 1  # type: ignore[attr-defined]  # fast: the archive is written on exit too
    with open(source, "rb") as fh, zf.open(info, "w", force_zip64=True) as out:
        while block := fh.read(CHUNK):
            check_cancel(cancel)
            h.update(block)
            out.write(block)
            size += len(block)
            on_bytes(len(block))
    return {"name": name, "size": size, "sha256": h.hexdigest()}


def _attachment_files(root: Path) -> Iterator[tuple[Path, str]]:
    if not root.is_dir():
        return
    for dirpath, _dirs, files in os.walk(root):
        for f in sorted(files):
            full = Path(dirpath) / f
            yield full, ATTACHMENTS + full.relative_to(root).as_posix()


def create_backup(store: Store, out: str | Path, *, attachments: str | Path | None = None, portable: bool = False,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> BackupResult:
    """Write one archive; ``out`` is the archive's path or a directory to put a dated archive in."""
    target = Path(out)
    # A folder (existing, or named without a file suffix) gets a dated archive inside it.
    if target.is_dir() or str(out).endswith(("/", os.sep)) or not target.suffix:
        target = target / default_archive_name()
    att_root = Path(attachments) if attachments is not None else attachments_dir()
    target.parent.mkdir(parents=True, exist_ok=True)
    with store.read() as s:
        cases = int(s.scalar(select(func.count(Case.id))) or 0)
    revision = current_revision(store.engine) or ""
    with tempfile.TemporaryDirectory(prefix=".md-backup-", dir=target.parent) as tmpdir:
        tmp = Path(tmpdir)
        # Progress: the snapshot is the first half, writing the archive the second.
        if store.is_sqlite and not portable:
            kind = "sqlite"
            snapshot_sqlite(sqlite_path(store.url), tmp / DB_MEMBERS[kind], cancel=cancel,
                            progress=(lambda d, t: report(progress, d, 2 * t)) if progress else None)
        elif store.dialect == "postgresql" and not portable and pg_tool("pg_dump"):
            kind = "pg_dump"
            snapshot_pg_dump(store.url, tmp / DB_MEMBERS[kind])
        else:
            kind = "json"
            with open(tmp / DB_MEMBERS[kind], "w", encoding="utf-8") as fh:
                json_export.write_export(store.engine, fh, cancel=cancel)
        check_cancel(cancel)
        members = [(tmp / DB_MEMBERS[kind], DB_MEMBERS[kind], True), *(
            (p, name, False) for p, name in _attachment_files(att_root))]
        total = sum(p.stat().st_size for p, _, _ in members) or 1
        done = [0]

        def on_bytes(n: int) -> None:
            done[0] += n
            report(progress, total + done[0], 2 * total)

        files = []
        with atomic_path(target) as partial:
            with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
                for path, name, compress in members:
                    files.append(_add_file(zf, path, name, compress, cancel, on_bytes))
                manifest = {
                    "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": mediation_desk.__version__,
                    "schema_revision": revision, "created_at": datetime.now(UTC).isoformat(),
                    "backend": store.dialect, "database": {"member": DB_MEMBERS[kind], "kind": kind},
                    "counts": {"cases": cases, "attachments": len(members) - 1}, "files": files,
                }
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    return BackupResult(target, target.stat().st_size, manifest)


# --- verify --------------------------------------------------------------------------------------


def read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(zf.read(MANIFEST).decode("utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError("not a Mediation Desk backup")
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise ValueError(f"made by a newer version (format {data.get('format_version')})")
    return data


def safe_member(name: str) -> bool:
    """Refuse absolute paths and .. so extraction cannot escape its directory."""
    p = Path(name)
    return not p.is_absolute() and ".." not in p.parts and not name.startswith(("/", "\\"))


def _copy_member(zf: zipfile.ZipFile, name: str, out: IO[bytes] | None, cancel: Cancel | None,
                 on_bytes: Any) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with zf.open(name) as src:
        while block := src.read(CHUNK):
            check_cancel(cancel)
            h.update(block)
            size += len(block)
            if out is not None:
                out.write(block)
            on_bytes(len(block))
    return size, h.hexdigest()


def verify(archive: str | Path, *, progress: Progress | None = None, cancel: Cancel | None = None) -> VerifyReport:
    """Check the archive end to end: structure, manifest, every checksum, and the database itself."""
    path = Path(archive)
    problems: list[str] = []
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return VerifyReport(path, False, [f"备份文件已损坏或不完整（可能被截断）：{exc}"])
    with zf, tempfile.TemporaryDirectory(prefix=".md-verify-") as tmpdir:
        try:
            manifest = read_manifest(zf)
        except (KeyError, ValueError, UnicodeDecodeError) as exc:
            return VerifyReport(path, False, [f"备份清单（manifest.json）缺失或无效：{exc}"])
        listed = {f["name"]: f for f in manifest.get("files", [])}
        present = set(zf.namelist()) - {MANIFEST}
        for name in sorted(present - set(listed)):
            problems.append(f"备份中有清单未列出的文件：{name}")
        total = sum(int(f["size"]) for f in listed.values()) or 1
        done = [0]

        def on_bytes(n: int) -> None:
            done[0] += n
            report(progress, done[0], total)

        db_member = manifest["database"]["member"]
        db_copy = Path(tmpdir) / "db"
        for name, f in listed.items():
            if not safe_member(name):
                problems.append(f"备份中的文件名不安全：{name}")
                continue
            if name not in present:
                problems.append(f"备份中缺少文件：{name}")
                continue
            try:
                if name == db_member:
                    with open(db_copy, "wb") as out:
                        size, digest = _copy_member(zf, name, out, cancel, on_bytes)
                else:
                    size, digest = _copy_member(zf, name, None, cancel, on_bytes)
            except (zipfile.BadZipFile, OSError, EOFError, zlib_error()) as exc:
                problems.append(f"文件 {name} 已损坏：{exc}")
                continue
            if size != int(f["size"]) or digest != f["sha256"]:
                problems.append(f"文件 {name} 的校验值不符（大小 {size}，应为 {f['size']}），备份已损坏。")
        if not problems and db_copy.exists():
            problems += _check_database(db_copy, manifest)
    return VerifyReport(path, not problems, problems, manifest)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _check_database(db: Path, manifest: dict[str, Any]) -> list[str]:
    kind = manifest["database"]["kind"]
    if kind == "sqlite":
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                return ["数据库完整性检查未通过：" + "；".join(result[:5])]
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            return [f"数据库文件无法打开：{exc}"]
        finally:
            con.close()
        if (rev[0] if rev else "") != manifest.get("schema_revision", ""):
            return [f"数据库版本（{rev[0] if rev else '无'}）与清单（{manifest.get('schema_revision')}）不符。"]
        return []
    if kind == "pg_dump":
        tool = pg_tool("pg_restore")
        if tool is None:
            return []  # checksums matched; the dump's own structure cannot be read without the tool
        done = subprocess.run([tool, "--list", str(db)], capture_output=True, text=True, check=False)
        return [] if done.returncode == 0 else [f"pg_dump 备份无法读取：{done.stderr.strip()[:200]}"]
    try:
        with open(db, encoding="utf-8") as fh:
            json_export.read_header(fh)
            for meta, rows in json_export.iter_tables(fh):
                n = sum(1 for _ in rows)
                if n != meta.get("row_count"):
                    return [f"导出文件中表 {meta['name']} 的行数不符。"]
    except ValueError as exc:
        return [f"导出文件已损坏：{exc}"]
    return []
