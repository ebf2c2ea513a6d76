"""Benchmark: the attention list (overdue and due within N days) over 200,000 cases (target: under 200 ms).

Works on a private copy of ``/work/bench-data/cases-200k.sqlite3`` when that file exists (it is never
modified), else builds its own database with the demo generator. The copy is upgraded to the newest
schema first (migration 0002 adds the attention indexes), then ``deadlines.attention`` is timed for the
whole committee and for one mediator.

    python tests/bench/bench_attention.py [--source FILE] [--cases 200000] [--within 7] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from mediation_desk.db.models import Case  # noqa: E402
from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.services import committees, deadlines, demo  # noqa: E402
from mediation_desk.store import Store  # noqa: E402

DEFAULT_SOURCE = Path("/work/bench-data/cases-200k.sqlite3")


def _pct(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(len(ordered) * p / 100) - 1))]


def _time(label: str, runs: int, fn: object) -> None:
    wall, cpu, n = [], [], 0
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        result = fn()  # type: ignore[operator]
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        n = len(result.items)
    print(f"  {label}: {n} of {result.total} items loaded ({result.total_overdue} overdue in all); "
          f"wall p50 {_pct(wall, 50):.1f} ms, p95 {_pct(wall, 95):.1f} ms; CPU p50 {_pct(cpu, 50):.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--cases", type=int, default=200_000, help="cases to generate when there is no source file")
    ap.add_argument("--within", type=int, default=7)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--today", type=date.fromisoformat, help="day the list is computed for (default today)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "attention.sqlite3"
        t0 = time.perf_counter()
        if args.source.exists() and not Path(f"{args.source}.building").exists():
            # SQLite's backup API takes a consistent snapshot even while another process has it open;
            # a plain file copy of a WAL database could catch it half-written.
            src = sqlite3.connect(f"file:{args.source}?mode=ro", uri=True)
            dst = sqlite3.connect(path)
            with dst:
                src.backup(dst, pages=65536)
            src.close()
            dst.close()
            print(f"copied {args.source} in {time.perf_counter() - t0:.1f} s")
            store = Store(f"sqlite:///{path}")
        else:
            store = Store(f"sqlite:///{path}")
            upgrade(store.engine)
            demo.generate(store, args.cases)
            print(f"generated {args.cases} demo cases in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        before, after = upgrade(store.engine)
        print(f"schema {before} -> {after} in {time.perf_counter() - t0:.1f} s")
        committee = committees.committees(store)[0]
        with store.read() as s:
            total = s.scalar(select(func.count(Case.id)))
        mediator = committees.mediators(store, committee.id)[0]
        print(f"attention list over {total} cases, due within {args.within} days ({args.runs} runs each), "
              f"end to end:")
        for label, limit in (("first page of 200 + counts", 200), ("full list", None)):
            _time(f"whole committee, {label}", args.runs,
                  lambda limit=limit: deadlines.attention(store, committee.id, within_days=args.within,
                                                          today=args.today, limit=limit))
            _time(f"one mediator ({mediator.name}), {label}", args.runs,
                  lambda limit=limit: deadlines.attention(store, committee.id, within_days=args.within,
                                                          today=args.today, mediator_id=mediator.id, limit=limit))
        print(f"  target < 200 ms; load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
