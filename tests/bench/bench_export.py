"""Benchmark: export a 200,000-case ledger to XLSX (and CSV): time and memory.

    python tests/bench/bench_export.py [--cases N] [--db FILE]

Uses a private copy of /work/bench-data/cases-200k.sqlite3 when present, else builds N demo cases.
Memory is read while rows stream (RSS at 10 %, 50 %, 100 %): flat readings mean the rows are not
held in memory; the tracemalloc peak is taken over a 20,000-case export.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.services import ledger, ledger_export  # noqa: E402
from mediation_desk.services.cases import CaseFilter  # noqa: E402
from mediation_desk.services.committees import actor_for  # noqa: E402
from mediation_desk.store import Store  # noqa: E402
from tests.bench._common import peak_rss_mb, private_copy, rss_mb  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as d:
        work = Path(d)
        db = private_copy(work, args.cases, args.db)
        store = Store(f"sqlite:///{db}")
        upgrade(store.engine)
        actor = actor_for(store)
        total = ledger.count(store, actor, ledger.LedgerQuery())
        readings: dict[int, float] = {}

        def progress(done: int, all_: int) -> None:
            for pct in (10, 50, 100):
                if pct not in readings and done * 100 >= pct * all_:
                    readings[pct] = rss_mb()

        base = rss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        res = ledger_export.export_ledger(store, actor, work / "ledger.xlsx", "xlsx", progress=progress)
        xlsx_s, xlsx_cpu = time.perf_counter() - t0, time.process_time() - c0
        xlsx_mb = (work / "ledger.xlsx").stat().st_size / 2**20
        t0, c0 = time.perf_counter(), time.process_time()
        ledger_export.export_ledger(store, actor, work / "ledger.csv", "csv")
        csv_s, csv_cpu = time.perf_counter() - t0, time.process_time() - c0
        csv_mb = (work / "ledger.csv").stat().st_size / 2**20
        # tracemalloc slows Python down; its peak is measured on a 20,000-case slice.
        with store.read() as s:
            from sqlalchemy import text

            cut = s.execute(text("SELECT received_on FROM mediation_case ORDER BY received_on DESC "
                                 "LIMIT 1 OFFSET 20000")).scalar()
        q = ledger.LedgerQuery(CaseFilter(received_from=cut))
        n_slice = ledger.count(store, actor, q)
        tracemalloc.start()
        ledger_export.export_ledger(store, actor, work / "slice.xlsx", "xlsx", q)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print()
        print(f"台账导出（{total:,} 件）")
        print(f"  XLSX：{xlsx_s:.1f} 秒（本进程 CPU {xlsx_cpu:.1f} 秒；{total / xlsx_s:,.0f} 件/秒），"
              f"文件 {xlsx_mb:.1f} MiB，行数 {res.rows:,}")
        print(f"  CSV ：{csv_s:.1f} 秒（CPU {csv_cpu:.1f} 秒；{total / csv_s:,.0f} 件/秒），文件 {csv_mb:.1f} MiB")
        print(f"  RSS：开始 {base:.0f} MiB；导出 10% 时 {readings.get(10, 0):.0f}，50% 时 {readings.get(50, 0):.0f}，"
              f"100% 时 {readings.get(100, 0):.0f} MiB；进程峰值 {peak_rss_mb():.0f} MiB")
        print(f"  tracemalloc 峰值（导出 {n_slice:,} 件）：{traced_peak / 2**20:.1f} MiB")
        store.dispose()


if __name__ == "__main__":
    main()
