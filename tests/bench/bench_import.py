"""Benchmark: import a 20,000-row Excel ledger (dry run, then the all-or-nothing import).

    python tests/bench/bench_import.py [--rows N]

Builds the ledger with tests/ledger_fixtures.py (merged title and headers, mixed date and amount
forms, several names per cell) and imports it into a fresh SQLite store; with --pg URL also into an
empty PostgreSQL database named by the URL.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.services import committees, ledger_import  # noqa: E402
from mediation_desk.store import Store  # noqa: E402
from tests.bench._common import peak_rss_mb  # noqa: E402
from tests.ledger_fixtures import build_rows, write_ledger  # noqa: E402


def run(store: Store, path: Path, label: str) -> None:
    upgrade(store.engine)
    actor = committees.setup_committee(store, name="安宁镇人民调解委员会", short_name="安", first_mediator="王建国")
    t0, c0 = time.perf_counter(), time.process_time()
    rep = ledger_import.dry_run(store, actor, path, today=date(2026, 11, 1))
    dry, dry_cpu = time.perf_counter() - t0, time.process_time() - c0
    assert rep.ok, rep.problem_rows[:3]
    t0, c0 = time.perf_counter(), time.process_time()
    res = ledger_import.import_ledger(store, actor, path, today=date(2026, 11, 1))
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"  {label}：试运行 {dry:.1f} 秒（本进程 CPU {dry_cpu:.1f} 秒，{len(rep.rows) / dry:,.0f} 行/秒）；"
          f"导入 {full:.1f} 秒（CPU {full_cpu:.1f} 秒，{res.imported / full:,.0f} 件/秒，含读取和校验）；"
          f"案件 {res.imported:,}，新建当事人 {rep.new_parties:,}，协议 {rep.agreements:,}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--pg", help="a PostgreSQL server URL: a scratch database is created there and dropped after")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as d:
        work = Path(d)
        t0 = time.perf_counter()
        path = write_ledger(work / "台账.xlsx", build_rows(args.rows, numbered=0.9))
        print(f"生成 {args.rows:,} 行台账：{time.perf_counter() - t0:.1f} 秒，{path.stat().st_size / 2**20:.1f} MiB")
        print(f"导入 {args.rows:,} 行 Excel 台账")
        store = Store(f"sqlite:///{work / 'import.sqlite3'}")
        run(store, path, "SQLite")
        store.dispose()
        if args.pg:
            import uuid

            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            name = f"md_bench_{uuid.uuid4().hex[:8]}"
            server = make_url(args.pg).set(drivername="postgresql+psycopg")
            admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            try:
                pg = Store(server.set(database=name).render_as_string(hide_password=False))
                run(pg, path, "PostgreSQL")
                pg.dispose()
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
        print(f"  进程峰值 RSS：{peak_rss_mb():.0f} MiB")


if __name__ == "__main__":
    main()
