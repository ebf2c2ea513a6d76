"""Loading a JSON export (``services.json_export``) into an empty database, on either back end.

This is the portable path of backup and restore: a PostgreSQL store backed up without ``pg_dump``,
or a backup restored onto the other kind of database. The target is first brought to the export's
own schema revision, the rows are loaded in one transaction, and then the schema is upgraded to the
newest revision, so an export made by an older version loads and upgrades.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Date, Engine, Table, delete, func, insert, select, text

from mediation_desk.db.base import Base
from mediation_desk.db.models import CaseSearch, VocabItem
from mediation_desk.db.schema import alembic_config, upgrade
from mediation_desk.db.types import Money, UTCDateTime
from mediation_desk.errors import UserError
from mediation_desk.messages import register
from mediation_desk.services import json_export
from mediation_desk.services.jobs import Cancel, Progress, check_cancel, report
from mediation_desk.services.search_index import fts_document

BATCH = 2000

register("restore.target_not_empty", "目标数据库“{target}”中已有数据。为防止覆盖，只能恢复到空数据库。",
         "The target database “{target}” already holds data; restore only into an empty database.")
register("restore.bad_export", "文件“{path}”不是完整的调解室工作台导出文件：{detail}",
         "“{path}” is not a complete Mediation Desk export: {detail}")


def _decoder(col: Any) -> Callable[[Any], Any]:
    t = col.type
    if isinstance(t, UTCDateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(t, Money):
        return lambda v: None if v is None else Decimal(v)
    if isinstance(t, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    return lambda v: v


def is_empty(engine: Engine) -> bool:
    """True if no table but the seeded vocabularies holds a row (or no table exists yet)."""
    from sqlalchemy import inspect

    existing = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in existing and table.name != VocabItem.__tablename__:
                if conn.scalar(select(func.count()).select_from(table)):
                    return False
    return True


def load_export(engine: Engine, path: str | Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> dict[str, int]:
    """Load the export at ``path`` into the empty database behind ``engine``; rows per table."""
    if not is_empty(engine):
        raise UserError("restore.target_not_empty", target=str(engine.url.render_as_string(hide_password=True)))
    try:
        with open(path, encoding="utf-8") as fh:
            header = json_export.read_header(fh)
            revision = header.get("schema_revision") or "head"
            cfg = alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
            counts = _load(engine, fh, progress, cancel)
    except (ValueError, KeyError) as exc:
        raise UserError("restore.bad_export", path=str(path), detail=str(exc)[:200]) from exc
    upgrade(engine)  # from the export's revision to the newest
    return counts


def _load(engine: Engine, fh: Any, progress: Progress | None, cancel: Cancel | None) -> dict[str, int]:
    known: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
    counts: dict[str, int] = {}
    done = 0
    with engine.begin() as conn:
        conn.execute(delete(VocabItem))  # the export carries the committee's own vocabularies
        for meta, rows in json_export.iter_tables(fh):
            table = known.get(meta["name"])
            if table is None:
                raise ValueError(f"unknown table {meta['name']}")
            cols = list(meta["columns"])
            keep = [(i, c, _decoder(table.c[c])) for i, c in enumerate(cols) if c in table.c]
            batch: list[dict[str, Any]] = []
            n = 0
            for row in rows:
                batch.append({c: dec(row[i]) for i, c, dec in keep})
                if len(batch) >= BATCH:
                    check_cancel(cancel)
                    conn.execute(insert(table), batch)
                    n += len(batch)
                    done += len(batch)
                    batch = []
                    report(progress, done, 0)
            if batch:
                conn.execute(insert(table), batch)
                n += len(batch)
                done += len(batch)
            if n != meta.get("row_count", n):
                raise ValueError(f"table {meta['name']}: {n} rows, header says {meta['row_count']}")
            counts[table.name] = n
        _rebuild_derived(conn, engine.dialect.name)
    return counts


def _rebuild_derived(conn: Any, dialect: str) -> None:
    """The SQLite gram index is not a model table; PostgreSQL sequences must move past loaded ids."""
    if dialect == "sqlite":
        rows = conn.execute(select(CaseSearch.case_id, CaseSearch.text)).all()
        if rows:
            conn.execute(text("INSERT INTO case_search_fts(rowid, grams) VALUES(:id, :g)"),
                         [{"id": cid, "g": fts_document(t)} for cid, t in rows])
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c["id"].primary_key and table.c["id"].autoincrement in (True, "auto"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                              f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"))
