"""Benchmark: how long the case list takes to show results after a filter (or sort) change, at
1,000,000 cases — through the real Qt model, its worker thread and a real table view.

Run: ``python tests/bench/bench_case_list.py [--cases 1000000]``. The database, in order of
preference: ``--db PATH`` (copied unless ``--in-place``); a copy of ``/work/bench-data/cases-1m.sqlite3``
once it is complete (no ``.building`` marker next to it); a copy of the 200,000-case demo database
with its cases repeated until there are ``--cases`` of them (same committee, new ids and case
numbers, same parties and referrals); or, on a clean machine, a demo database it builds itself.
The copy is upgraded (migration 0002 adds the case-list indexes) before anything is timed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_1M = Path("/work/bench-data/cases-1m.sqlite3")
SHARED_200K = Path("/work/bench-data/cases-200k.sqlite3")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def inflate(path: Path, target_cases: int) -> None:
    """Repeat the cases (with their party links and referrals) until there are ``target_cases``."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    base = conn.execute("SELECT max(id), count(*) FROM mediation_case").fetchone()
    max_case, n_cases = int(base[0]), int(base[1])
    max_cp = int(conn.execute("SELECT max(id) FROM case_party").fetchone()[0])
    max_ref = int(conn.execute("SELECT coalesce(max(id), 0) FROM referral").fetchone()[0])
    copies = -(-target_cases // n_cases) - 1
    remaining = target_cases - n_cases
    special = {
        "mediation_case": {"id": "id + {k} * {mc}", "serial": "serial + {k} * 1000000",
                           "case_number": "case_number || '-' || {k}"},
        "case_party": {"id": "id + {k} * {mcp}", "case_id": "case_id + {k} * {mc}"},
        "referral": {"id": "id + {k} * {mr}", "case_id": "case_id + {k} * {mc}"},
    }
    for k in range(1, copies + 1):
        take = min(n_cases, remaining)
        remaining -= take
        limit_case = f"(SELECT id FROM mediation_case WHERE id <= {max_case} ORDER BY id LIMIT 1 OFFSET {take - 1})"
        for table, exprs in special.items():
            cols = _columns(conn, table)
            values = [exprs.get(c, c).format(k=k, mc=max_case, mcp=max_cp, mr=max_ref) for c in cols]
            key = "id" if table == "mediation_case" else "case_id"
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} FROM {table} "
                         f"WHERE {key} <= {limit_case}")
        conn.commit()
        print(f"  … {n_cases + (k - 1) * n_cases + take:,} cases", flush=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def prepare(args: argparse.Namespace, workdir: Path) -> Path:
    if args.db and args.in_place:
        db = Path(args.db)
    else:
        db = workdir / "bench.sqlite3"
        source = Path(args.db) if args.db else None
        if source is None and SHARED_1M.exists() and not SHARED_1M.with_name(SHARED_1M.name + ".building").exists():
            source = SHARED_1M
        if source is not None:
            print(f"copying {source} …", flush=True)
            shutil.copyfile(source, db)
        elif SHARED_200K.exists():
            print(f"copying {SHARED_200K} and repeating its cases up to {args.cases:,} …", flush=True)
            shutil.copyfile(SHARED_200K, db)
            inflate(db, args.cases)
        else:
            print(f"building a {args.cases:,}-case demo database (this takes a while) …", flush=True)
            subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(db), "demo", "--cases",
                            str(args.cases), "--seed", "7"], cwd=ROOT, check=True)
    from mediation_desk.db.schema import ensure_current
    from mediation_desk.store import Store

    started = time.perf_counter()
    store = Store(str(db))
    if ensure_current(store.engine):
        print(f"upgraded the database in {time.perf_counter() - started:.1f} s", flush=True)
    store.dispose()
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--db", help="use this database (copied first unless --in-place)")
    parser.add_argument("--in-place", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="md-bench-list-", dir=os.environ.get("TMPDIR", "/tmp")) as tmp:
        workdir = Path(tmp)
        os.environ["MEDIATION_DESK_HOME"] = str(workdir / "home")
        db = prepare(args, workdir)
        run(db)


def run(db: Path) -> None:
    from mediation_desk.services.cases import CaseFilter, count_cases
    from mediation_desk.services.committees import actor_for, agencies, mediators
    from mediation_desk.store import Store
    from ui.app import build_main_window, create_application
    from ui.case_list import CaseListPage
    from ui.qt import QEventLoop, QTimer

    app = create_application()
    store = Store(str(db))
    actor = actor_for(store)
    total = count_cases(store, actor.committee_id)
    window = build_main_window(store, actor)  # threaded tasks, as in the app
    window.resize(1366, 800)
    window.show()
    page = window.show_page("cases")  # the real page: filter bar, table view, status line
    assert isinstance(page, CaseListPage)
    model = page.model
    loop0 = QEventLoop()
    model.page_loaded.connect(loop0.quit)
    loop0.exec()  # the page's own first query
    model.page_loaded.disconnect(loop0.quit)

    def shown(change) -> float:  # type: ignore[no-untyped-def]
        """Seconds from the change until the first page is in the model and the view has laid it out."""
        loop = QEventLoop()
        model.page_loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        started = time.perf_counter()
        change()
        loop.exec()
        app.processEvents()  # the view's relayout after the reset
        elapsed = time.perf_counter() - started
        model.page_loaded.disconnect(loop.quit)
        window.ctx.tasks.wait_for_done()  # let the background count finish before the next change
        app.processEvents()
        return elapsed

    police = next(a.id for a in agencies(store, actor.committee_id) if a.kind == "police")
    mediator = mediators(store, actor.committee_id)[1].id
    year = date.today().year
    scenarios: list[tuple[str, CaseFilter]] = [
        ("状态 = 调解中", CaseFilter(status="accepted")),
        ("状态 = 已结案", CaseFilter(status="closed")),
        ("纠纷类型 = 邻里", CaseFilter(dispute_type="neighbour")),
        ("纠纷类型 = 知识产权 (rare)", CaseFilter(dispute_type="ip")),
        ("来源 = 公安机关移送", CaseFilter(source="police_referral")),
        ("移送单位 = 派出所", CaseFilter(agency_id=police)),
        ("调解员", CaseFilter(mediator_id=mediator)),
        ("风险 = 高", CaseFilter(risk_level="high")),
        ("受理日期 = last year", CaseFilter(received_from=date(year - 1, 1, 1), received_to=date(year - 1, 12, 31))),
        ("状态 + 类型 + 来源", CaseFilter(status="closed", dispute_type="marriage_family", source="court_delegation")),
        ("类型 + 日期范围", CaseFilter(dispute_type="labour", received_from=date(year - 3, 1, 1))),
        ("no filter", CaseFilter()),
    ]
    print(f"database: {db.stat().st_size / 1e9:.1f} GB, {total:,} cases")
    bar = page.filters
    shown(lambda: bar.set_filter(CaseFilter(status="accepted")))  # warm up the worker and the caches once
    print("filter change in the filter bar → first page shown in the case list (threaded, as in the app):")
    cold, warm = [], []
    for name, f in scenarios:
        first = shown(lambda f=f: bar.set_filter(f))
        second = shown(lambda: bar.set_filter(CaseFilter())) and shown(lambda f=f: bar.set_filter(f))
        cold.append(first)
        warm.append(second)
        print(f"  {name:28} first {first * 1000:7.1f} ms   again {second * 1000:7.1f} ms   rows {model.rowCount()}")
    print(f"  median first {statistics.median(cold) * 1000:.1f} ms, again {statistics.median(warm) * 1000:.1f} ms; "
          f"slowest first {max(cold) * 1000:.1f} ms")
    print("sort change (header click) → first page shown:")
    shown(lambda: bar.set_filter(CaseFilter()))
    for key in ("case_number", "due_on", "risk_level", "status", "dispute_type", "received_on"):
        t = shown(lambda key=key: model.set_sort(key, True))
        print(f"  {key:28} {t * 1000:7.1f} ms")
    t = shown(lambda: model.fetchMore(model.index(0, 0).parent()))
    print(f"scrolling: next page of 200 appended in {t * 1000:.1f} ms")
    started = time.perf_counter()
    n = count_cases(store, actor.committee_id, CaseFilter(status="closed"))
    print(f"(background count of 已结案 = {n:,} took {(time.perf_counter() - started) * 1000:.0f} ms; "
          "the list does not wait for it)")
    window.ctx.tasks.wait_for_done()
    store.dispose()


if __name__ == "__main__":
    main()
