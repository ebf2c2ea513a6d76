"""Several processes take in cases at the same time: every number is unique and none is skipped."""

import multiprocessing as mp
from datetime import date

from sqlalchemy import select

from mediation_desk.db.models import Case
from mediation_desk.services import intake
from mediation_desk.store import Store

PROCESSES = 4
PER_PROCESS = 15


def _worker(url: str, actor, start, results) -> None:
    from tests.factories import make_id, neighbour_case

    store = Store(url)
    start.wait()
    numbers = []
    for i in range(PER_PROCESS):
        data = neighbour_case(date(2026, 5, 6), applicant=f"申请人{i}", applicant_id=make_id(order=f"{i:03d}"))
        numbers.append(intake.create_case(store, actor, data, today=date(2026, 6, 1)).case_number)
    results.put(numbers)
    store.dispose()


def test_concurrent_intake_never_duplicates_numbers(store, actor, db_url):
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(db_url, actor, start, results)) for _ in range(PROCESSES)]
    for p in procs:
        p.start()
    start.set()
    got = [n for _ in procs for n in results.get(timeout=120)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    expected = {f"（2026）安调字第{i:03d}号" for i in range(1, PROCESSES * PER_PROCESS + 1)}
    assert sorted(got) == sorted(expected)
    with store.read() as s:
        assert set(s.scalars(select(Case.case_number))) == expected
