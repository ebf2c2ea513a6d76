"""Benchmark: conflict check of a new session against 50,000 existing sessions (target: under 10 ms).

Builds its own database (a temporary SQLite file, or ``--db URL``) with rooms, mediators, liaisons
and 50,000 sessions spread over two years of working hours, bulk-inserted; then times
``scheduling.check_conflicts`` for random proposed sessions (a room, two mediators, a liaison and
two parties, some of whom have other cases) and prints p50/p95/max.

    python tests/bench/bench_conflicts.py [--sessions 50000] [--checks 300] [--db URL]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from mediation_desk.db.models import Case, CaseParty, MediationSession, Party, SessionParticipant  # noqa: E402
from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.services import committees, scheduling  # noqa: E402
from mediation_desk.store import Store  # noqa: E402

CST = timedelta(hours=8)


def build(store: Store, sessions: int,
          rng: random.Random) -> tuple[list[int], list[int], list[int], list[int], date]:
    actor = committees.setup_committee(store, name="安宁镇人民调解委员会", short_name="安", first_mediator="王建国")
    for i in range(11):
        committees.add_mediator(store, actor, f"调解员{i + 2}")
    mediators = [m.id for m in committees.mediators(store, actor.committee_id)]
    liaisons: list[int] = []
    for kind, name in (("police", "安宁派出所"), ("court", "安宁法庭"), ("petition", "安宁区信访局")):
        a = committees.add_agency(store, actor, kind, name, [(f"{name}联络员{j}", "") for j in range(3)])
        liaisons += [li[0] for li in a.liaisons]
    rooms = [committees.add_room(store, actor, f"第{i + 1}调解室") for i in range(5)]
    cases = max(1, sessions // 5)
    first_day = date(2025, 1, 6)
    with store.write(actor) as uow:
        s = uow.session
        s.execute(insert(Case), [{"id": i + 1, "committee_id": actor.committee_id, "year": 2025, "serial": i + 1,
                                  "case_number": f"（2025）安调字第{i + 1:06d}号", "dispute_type": "neighbour",
                                  "source": "party_application", "received_on": first_day, "status": "accepted"}
                                 for i in range(cases)])
        # Two parties per case; one person in four has a second dispute, so party clashes can happen.
        people = max(2, cases * 2 * 3 // 4)
        s.execute(insert(Party), [{"id": i + 1, "committee_id": actor.committee_id, "name": f"当事人{i + 1}",
                                   "id_number": None, "sex": None, "birth_date": None, "credit_code": None}
                                  for i in range(people)])
        case_parties = {c: [2 * c - 1, 2 * c] for c in range(1, cases + 1)}
        s.execute(insert(CaseParty), [{"id": cp, "case_id": c, "party_id": 1 + (cp - 1) % people,
                                       "role": "applicant" if cp % 2 else "respondent", "position": (cp + 1) % 2}
                                      for c, ids in case_parties.items() for cp in ids])
        sess_rows, part_rows = [], []
        pid = 1
        for sid in range(1, sessions + 1):
            day = first_day + timedelta(days=rng.randrange(0, 730))
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            start = datetime(day.year, day.month, day.day, rng.choice((8, 9, 10, 11, 14, 15, 16)),
                             rng.choice((0, 30)), tzinfo=UTC) - CST
            case_id = rng.randrange(1, cases + 1)
            sess_rows.append({"id": sid, "case_id": case_id, "room_id": rng.choice(rooms),
                              "starts_at": start, "ends_at": start + timedelta(minutes=rng.choice((60, 90, 120))),
                              "status": rng.choice(("planned", "held", "held", "held", "cancelled"))})
            for m in rng.sample(mediators, rng.choice((1, 1, 2))):
                part_rows.append({"id": pid, "session_id": sid, "kind": "mediator", "mediator_id": m})
                pid += 1
            if rng.random() < 0.4:
                part_rows.append({"id": pid, "session_id": sid, "kind": "liaison", "liaison_id": rng.choice(liaisons)})
                pid += 1
            for cp in case_parties[case_id]:
                part_rows.append({"id": pid, "session_id": sid, "kind": "party", "case_party_id": cp})
                pid += 1
            part_rows.append({"id": pid, "session_id": sid, "kind": "invitee", "name": "亲属", "required": False})
            pid += 1
        for start in range(0, len(sess_rows), 5000):
            s.execute(insert(MediationSession), sess_rows[start:start + 5000])
        for start in range(0, len(part_rows), 5000):
            s.execute(insert(SessionParticipant), part_rows[start:start + 5000])
    return mediators, liaisons, rooms, 2 * cases, first_day


def _pct(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(len(ordered) * p / 100) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=50_000)
    ap.add_argument("--checks", type=int, default=300)
    ap.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        store = Store(url)
        upgrade(store.engine)
        t0 = time.perf_counter()
        mediators, liaisons, rooms, case_parties, first_day = build(store, args.sessions, rng)
        print(f"built {args.sessions} sessions on {store.dialect} in {time.perf_counter() - t0:.1f} s")
        committee_id = committees.committees(store)[0].id
        wall, cpu, found = [], [], 0
        for _ in range(args.checks):
            day = first_day + timedelta(days=rng.randrange(0, 730))
            start = datetime(day.year, day.month, day.day, rng.randrange(8, 17), tzinfo=UTC) - CST
            t, c = time.perf_counter(), time.process_time()
            conflicts = scheduling.check_conflicts(
                store, committee_id, starts_at=start, ends_at=start + timedelta(minutes=90),
                room_id=rng.choice(rooms), mediator_ids=rng.sample(mediators, 2), liaison_ids=[rng.choice(liaisons)],
                case_party_ids=rng.sample(range(1, case_parties + 1), 2))
            wall.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            found += sum(1 for x in conflicts if x.blocking)
        print(f"conflict check, {args.checks} random proposals (room + 2 mediators + 1 liaison + 2 parties; "
              f"{found} clashes found), end to end incl. opening the store's connection:")
        print(f"  wall p50 {_pct(wall, 50):.2f} ms, p95 {_pct(wall, 95):.2f} ms, max {max(wall):.2f} ms; "
              f"CPU p50 {_pct(cpu, 50):.2f} ms (target < 10 ms)")
        print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
