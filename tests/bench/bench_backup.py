"""Benchmark: back up and verify a 200,000-case database (archive size, times), then restore it.

    python tests/bench/bench_backup.py [--cases N] [--db FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.services import backup, restore  # noqa: E402
from mediation_desk.store import Store  # noqa: E402
from tests.bench._common import peak_rss_mb, private_copy  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--no-restore", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as d:
        work = Path(d)
        db = private_copy(work, args.cases, args.db)
        store = Store(f"sqlite:///{db}")
        upgrade(store.engine)
        size = db.stat().st_size / 2**20
        t0, c0 = time.perf_counter(), time.process_time()
        res = backup.create_backup(store, work / "backup.zip", attachments=work / "no-attachments")
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        checked = backup.verify(res.path)
        vtook, vcpu = time.perf_counter() - t0, time.process_time() - c0
        assert checked.ok, checked.problems
        print()
        print(f"备份与校验（{res.manifest['counts']['cases']:,} 件，数据库 {size:.0f} MiB）")
        print(f"  备份：{took:.1f} 秒（本进程 CPU {cpu:.1f} 秒），归档 {res.size / 2**20:.0f} MiB"
              f"（压缩到 {100 * res.size / 2**20 / size:.0f}%）")
        print(f"  校验（SHA-256 + 解压 + PRAGMA integrity_check）：{vtook:.1f} 秒（CPU {vcpu:.1f} 秒）")
        if not args.no_restore:
            t0 = time.perf_counter()
            out = restore.restore(res.path, str(work / "restored.sqlite3"))
            print(f"  恢复到新文件（含校验和升级）：{time.perf_counter() - t0:.1f} 秒，案件 {out.cases:,}")
        print(f"  进程峰值 RSS：{peak_rss_mb():.0f} MiB")
        store.dispose()


if __name__ == "__main__":
    main()
