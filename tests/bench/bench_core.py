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
from mediation_desk.services import committees, demo, intake, search, search_index  # noqa: E402
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


def inflate(source: Path, target: Path, cases: int) -> float:
    """A ``cases``-sized copy of ``source`` made by repeating its cases with their parties' links and
    search entries (every gram document rebuilt), much faster than generating that many new cases."""
    started = time.perf_counter()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.create_function("fts_doc", 1, search_index.fts_document, deterministic=True)
    max_case, n = dst.execute("SELECT max(id), count(*) FROM mediation_case").fetchone()
    max_cp = dst.execute("SELECT max(id) FROM case_party").fetchone()[0]
    cols = [r[1] for r in dst.execute("PRAGMA table_info(mediation_case)")]
    k = 1
    while n * (k + 1) <= cases:
        off = k * max_case
        exprs = {"id": f"id + {off}", "serial": f"serial + {k * 100000}",
                 "case_number": f"case_number || '-{k}'"}
        dst.execute(f"INSERT INTO mediation_case ({', '.join(cols)}) SELECT "
                    f"{', '.join(exprs.get(c, c) for c in cols)} FROM mediation_case WHERE id <= {max_case}")
        dst.execute(f"INSERT INTO case_party (id, case_id, party_id, role, position, agent_name, agent_kind, "
                    f"agent_id_number, agent_phone, agent_authority) SELECT id + {k * max_cp}, case_id + {off}, "
                    f"party_id, role, position, agent_name, agent_kind, agent_id_number, agent_phone, agent_authority "
                    f"FROM case_party WHERE case_id <= {max_case}")
        dst.execute(f"INSERT INTO case_search (case_id, text) SELECT case_id + {off}, text FROM case_search "
                    f"WHERE case_id <= {max_case}")
        dst.execute(f"INSERT INTO search_key (key_rev, case_id) SELECT key_rev, case_id + {off} FROM search_key "
                    f"WHERE case_id <= {max_case}")
        dst.execute(f"INSERT INTO case_search_fts (rowid, grams) SELECT case_id + {off}, fts_doc(text) "
                    f"FROM case_search WHERE case_id <= {max_case}")
        dst.commit()
        k += 1
        print(f"  … {n * k:,} cases", flush=True)
    dst.close()
    return time.perf_counter() - started


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
        # First pass: pages not yet in SQLite's cache; second pass: the steady state of a running app.
        cold, hits = time_search(store, committee_id, queries)
        times, _ = time_search(store, committee_id, queries)
        scan = time_scan(store, committee_id, queries[:scans])
        p50, p95 = pct(times, 50), pct(times, 95)
        ratio = statistics.median(scan) / statistics.median(times[:scans])
        print(f"[{label}] search {kind}: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {n} queries "
              f"(first pass p50 {pct(cold, 50):.1f} ms, p95 {pct(cold, 95):.1f} ms; median "
              f"{statistics.median(hits):.0f} matches); plain LIKE scan median "
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
            # Two new people each time, as at most intakes (a repeat party adds its history lookup).
            data = neighbour_case(date(2026, 5, 6), applicant=f"测试甲{i}", respondent=f"测试乙{i}",
                                  applicant_id=make_id("620102", "19900101", f"{i % 1000:03d}"),
                                  respondent_phone=f"139{i:08d}")
            data.parties[1].id_number = make_id("620103", "19850505", f"{i % 1000:03d}")
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
    parser.add_argument("--with-1m", action="store_true",
                        help="without --db1m, make a 1,000,000-case database by repeating the 200k one")
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
                secs = inflate(db200k, db1m, 1_000_000)
                print(f"1M database made from the 200k one in {secs:.0f} s ({db_size(db1m) / 2**20:.0f} MiB)")
            bench_search("1M", db1m)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
