"""Benchmark: loading the schedule's busiest week (sessions, days and each session's double bookings)
the way the week view does on its worker, from a 200,000-case demo database.

Run: ``python tests/bench/bench_week_view.py [--db PATH] [--runs 7]``. Uses a copy of PATH (default
``/work/bench-data/cases-200k.sqlite3``), never the file itself. Its demo sessions clash a lot, which
is the hard case for the red frames: every session's clashes are listed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mediation_desk.db.schema import ensure_current  # noqa: E402
from mediation_desk.services import committees, scheduling  # noqa: E402
from mediation_desk.store import Store  # noqa: E402
from ui.schedule.data import ViewMode, load_week, monday_of  # noqa: E402

SHARED = Path("/work/bench-data/cases-200k.sqlite3")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=SHARED)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--weeks", type=int, default=60, help="how many weeks back to look for the busiest")
    args = ap.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: build one with `python -m mediation_desk --db PATH demo --cases 200000`")
        return 2
    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        copy = Path(tmp) / "week.sqlite3"
        shutil.copyfile(args.db, copy)
        store = Store(f"sqlite:///{copy}")
        ensure_current(store.engine)
        committee_id = committees.committees(store)[0].id
        busiest, most = monday_of(date.today()), -1
        for back in range(args.weeks):
            monday = monday_of(date.today()) - timedelta(weeks=back)
            start, end, _tz = scheduling.local_week(store, committee_id, monday)
            count = len(scheduling.sessions_between(store, committee_id, start, end))
            if count > most:
                busiest, most = monday, count
        times, data = [], None
        for _ in range(args.runs):
            t = time.perf_counter()
            data = load_week(store, committee_id, busiest, ViewMode())
            times.append((time.perf_counter() - t) * 1000)
        assert data is not None
        print(f"busiest week of the last {args.weeks}: {busiest}, {most} sessions, "
              f"{len(data.conflicts)} of them with a double booking")
        print(f"load_week (by room): median {statistics.median(times):.1f} ms, "
              f"min {min(times):.1f} ms over {args.runs} runs")
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
