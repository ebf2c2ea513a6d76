"""Shared helpers for the exchange benchmarks: a private copy of the 200k database, memory readings."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

BENCH_DB = Path("/work/bench-data/cases-200k.sqlite3")
ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    """Current resident set size in MiB (Linux), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def private_copy(workdir: Path, cases: int, source: Path | None = None) -> Path:
    """A copy of the 200k demo database (never the original), or a freshly generated one of ``cases``."""
    from mediation_desk.services.backup import snapshot_sqlite

    target = workdir / "bench.sqlite3"
    src = source or BENCH_DB
    if src.exists() and cases == 200_000:
        print(f"复制基准数据库 {src} …", flush=True)
        snapshot_sqlite(src, target)  # the online backup API: safe even if someone has it open
        return target
    print(f"生成 {cases} 件演示数据 …", flush=True)
    subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(target), "demo", "--cases", str(cases)],
                   cwd=ROOT, check=True, env=dict(os.environ))
    return target
