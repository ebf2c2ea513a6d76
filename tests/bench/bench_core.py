"""Benchmark of the core (issue: case store, intake and search). Prints the figures; asserts nothing.

    python tests/bench/bench_core.py [--db200k PATH] [--db1m PATH] [--demo-cases N] [--skip-demo]

Without the database paths it builds them with the demo generator (slow at 1,000,000 cases).
Figures: search p50/p95 for two-character names and phone suffixes at each size, the same query as a
plain LIKE scan and the ratio, intake of one case with two parties (median), and demo generation
time and database size.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.services import committees, demo, intake, search  # noqa: E402
from mediation_desk.store import Store  # noqa: E402
from tests.factories import make_id, neighbour_case  # noqa: E402


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def build(path: Path, cases: int) -> float:
    store = Store(f"sqlite:///{path}")
    upgrade(store.engine)
    started = time.perf_counter()
    demo.generate(store, cases, seed=7)
    elapsed = time.perf_counter() - started
    store.dispose()
    return elapsed


def db_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def sample_queries(path: Path, n: int, seed: int = 11) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rng = random.Random(seed)
    names = [r[0] for r in conn.execute("SELECT name FROM party WHERE kind='person' AND length(name)=2 LIMIT 20000")]
    phones = [r[0] for r in conn.execute("SELECT phone FROM party WHERE kind='person' LIMIT 20000")]
    conn.close()
    return rng.sample(names, n), [p[-4:] for p in rng.sample(phones, n)]


def time_search(store: Store, committee_id: int, queries: list[str]) -> tuple[list[float], list[int]]:
    times, hits = [], []
    for q in queries:
        t = time.perf_counter()
        result = search.search(store, committee_id, q, limit=200)
        times.append((time.perf_counter() - t) * 1000)
        hits.append(result.total)
    return times, hits


def time_scan(store: Store, committee_id: int, queries: list[str]) -> list[float]:
    times = []
    for q in queries:
        t = time.perf_counter()
        search.like_scan(store, committee_id, q, limit=200)
        times.append((time.perf_counter() - t) * 1000)
    return times


def bench_search(label: str, path: Path, n: int = 60, scans: int = 5) -> None:
    store = Store(f"sqlite:///{path}")
    committee_id = committees.actor_for(store).committee_id
    names, suffixes = sample_queries(path, n)
    search.search(store, committee_id, names[0])  # warm the page cache once
    for kind, queries in (("two-character name", names), ("phone suffix (4 digits)", suffixes)):
        times, hits = time_search(store, committee_id, queries)
        scan = time_scan(store, committee_id, queries[:scans])
        p50, p95 = pct(times, 50), pct(times, 95)
        ratio = statistics.median(scan) / statistics.median(times[:scans])
        print(f"[{label}] search {kind}: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {n} queries "
              f"(median {statistics.median(hits):.0f} matches); plain LIKE scan median "
              f"{statistics.median(scan):.0f} ms → index is {ratio:.0f}× faster")
    store.dispose()


def bench_intake(path: Path, runs: int = 100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "intake.sqlite3"
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.backup(sqlite3.connect(copy))
        conn.close()
        store = Store(f"sqlite:///{copy}")
        actor = committees.actor_for(store)
        times = []
        for i in range(runs):
            data = neighbour_case(date(2026, 5, 6), applicant=f"测试{i}", applicant_id=make_id(order=f"{i % 1000:03d}"))
            t = time.perf_counter()
            intake.create_case(store, actor, data, today=date(2026, 11, 25))
            times.append((time.perf_counter() - t) * 1000)
        store.dispose()
    print(f"intake of one case with two parties: median {statistics.median(times):.1f} ms, "
          f"p95 {pct(times, 95):.1f} ms over {runs} cases")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db200k", type=Path)
    parser.add_argument("--db1m", type=Path)
    parser.add_argument("--demo-cases", type=int, default=200_000)
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--with-1m", action="store_true", help="build a 1,000,000-case database if --db1m is absent")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="md-bench-"))
    try:
        if not args.skip_demo:
            path = tmp / "demo.sqlite3"
            secs = build(path, args.demo_cases)
            print(f"demo --cases {args.demo_cases}: {secs:.0f} s, database {db_size(path) / 2**20:.0f} MiB")
            args.db200k = args.db200k or (path if args.demo_cases == 200_000 else None)
        db200k = args.db200k or tmp / "200k.sqlite3"
        if not db200k.exists():
            build(db200k, 200_000)
        bench_search("200k", db200k)
        bench_intake(db200k)
        if args.db1m is not None or args.with_1m:
            db1m = args.db1m or tmp / "1m.sqlite3"
            if not db1m.exists():
                build(db1m, 1_000_000)
            bench_search("1M", db1m)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
