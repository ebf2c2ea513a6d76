"""A complete, documented JSON export of the store (every table), streamed row by row.

The format is described in ``docs/json-export.md``. The file is valid JSON, and it is laid out with
one table header and one row per line, so :mod:`services.json_import` reads it back in constant
memory. ``schema_revision`` is the Alembic revision of the tables, so a reader knows their shape.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, Table, func, select

import mediation_desk
from mediation_desk.db.base import Base
from mediation_desk.db.schema import current_revision
from mediation_desk.services.jobs import Cancel, Progress, atomic_path, check_cancel, report
from mediation_desk.store import Store

FORMAT = "mediation-desk-export"
FORMAT_VERSION = 1
BATCH = 5000


@dataclass(frozen=True)
class JsonExportResult:
    path: Path
    tables: dict[str, int]  # rows per table
    schema_revision: str


def tables() -> list[Table]:
    """Every table of the model in dependency order (parents before children)."""
    return list(Base.metadata.sorted_tables)


def encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)  # exact; "12000.50"
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=encode)


def export_json(store: Store, out: str | Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> JsonExportResult:
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        counts, revision = write_export(store.engine, fh, progress=progress, cancel=cancel)
    return JsonExportResult(Path(out), counts, revision)


def write_export(engine: Engine, fh: IO[str], *, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> tuple[dict[str, int], str]:
    """Write the export of ``engine``'s database to ``fh`` from one consistent read transaction."""
    revision = current_revision(engine) or ""
    counts: dict[str, int] = {}
    with engine.connect() as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            # One snapshot for every table, so rows that refer to each other are exported together.
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        sizes = {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}
        total = sum(sizes.values())
        header = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": mediation_desk.__version__,
                  "schema_revision": revision, "exported_at": datetime.now(UTC).isoformat(),
                  "source_dialect": engine.dialect.name}
        fh.write(_dumps(header)[:-1] + ',"tables":[\n')
        done = 0
        report(progress, 0, total)
        for i, table in enumerate(tables()):
            cols = [c.name for c in table.columns]
            meta = {"name": table.name, "columns": cols, "row_count": sizes[table.name]}
            fh.write(("," if i else "") + _dumps(meta)[:-1] + ',"rows":[\n')
            n = 0
            pk = list(table.primary_key.columns)
            result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*pk))
            for part in result.partitions():
                check_cancel(cancel)
                fh.write("".join(("," if n + k else "") + _dumps([encode(v) for v in row]) + "\n"
                                 for k, row in enumerate(part)))
                n += len(part)
                done += len(part)
                report(progress, done, total)
            fh.write("]}\n")
            counts[table.name] = n
        fh.write("]}\n")
    return counts, revision


def read_header(fh: IO[str]) -> dict[str, Any]:
    """The export's header (format, versions, revision) from its first line."""
    line = fh.readline()
    if not line.endswith('"tables":[\n'):
        raise ValueError("not a mediation-desk export")
    header: dict[str, Any] = json.loads(line[: -len(',"tables":[\n')] + "}")
    if header.get("format") != FORMAT:
        raise ValueError("not a mediation-desk export")
    return header


def iter_tables(fh: IO[str]) -> Iterator[tuple[dict[str, Any], Iterator[list[Any]]]]:
    """After :func:`read_header`: each table's header and an iterator over its rows (consume it first)."""
    while True:
        line = fh.readline()
        if line.startswith("]}"):
            return
        if not line.endswith('"rows":[\n'):
            raise ValueError("damaged export: table header expected")
        meta: dict[str, Any] = json.loads(line.lstrip(",")[: -len(',"rows":[\n')] + "}")
        yield meta, _rows(fh)


def _rows(fh: IO[str]) -> Iterator[list[Any]]:
    while True:
        line = fh.readline()
        if not line:
            raise ValueError("damaged export: file ends inside a table")
        if line.startswith("]}"):
            return
        yield json.loads(line.lstrip(","))
