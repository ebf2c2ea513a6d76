"""Statistics: exact figures for hand-made cases, the same figures on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.errors import UserError
from mediation_desk.services import demo, statistics
from mediation_desk.services.statistics import Period
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, close


def test_periods() -> None:
    assert Period.parse("2026-05") == Period("month", 2026, 5)
    assert Period.parse("2026-2").end == date(2026, 2, 28)
    q = Period.parse("2026-q4")
    assert (q.start, q.end, q.label) == (date(2026, 10, 1), date(2026, 12, 31), "2026年第四季度")
    y = Period.parse("2024")
    assert (y.start, y.end, y.label, y.code) == (date(2024, 1, 1), date(2024, 12, 31), "2024年", "2024")
    for bad in ("2026-13", "26-05", "May"):
        with pytest.raises(UserError, match="无法识别"):
            Period.parse(bad)


def test_exact_figures_for_a_quarter(store: Store, actor: Actor) -> None:
    ids = [add_case(store, actor, date(2026, 4, d), order=i, applicant=f"甲{i}", respondent=f"乙{i}")
           for i, d in enumerate((1, 3, 10, 20), start=1)]
    police = add_case(store, actor, date(2026, 5, 6), order=9, referral="安宁派出所", reference="J1")
    outside = add_case(store, actor, date(2026, 7, 1), order=10)
    close(store, actor, ids[0], "written_agreement", date(2026, 4, 11), amount="12000.50", performed=True,
          confirmed=True, prevented_people=3)
    close(store, actor, ids[1], "oral_agreement", date(2026, 4, 5), amount="800")
    close(store, actor, ids[2], "terminated", date(2026, 5, 9))
    close(store, actor, police, "written_agreement", date(2026, 6, 30), amount="0.25", performed=True)
    close(store, actor, outside, "written_agreement", date(2026, 7, 2), amount="99999")
    r = statistics.compute(store, actor, Period.parse("2026-Q2"), today=date(2026, 11, 1))
    neighbour = next(t for t in r.by_type if t.code == "neighbour")
    assert (neighbour.accepted, neighbour.settled, neighbour.written_agreements, neighbour.oral_agreements) == \
        (5, 3, 2, 1)
    assert neighbour.amount == Decimal("12800.75")  # exact: summed in fen
    assert neighbour.performed == 2 and neighbour.judicial_confirmations == 1
    assert neighbour.success_rate == Decimal("60.0")
    assert r.total.accepted == 5 and r.total.amount == Decimal("12800.75")
    assert [t.label for t in r.by_type][:3] == ["婚姻家庭", "邻里", "房屋宅基地"]  # the bureau's row order
    assert next(t for t in r.by_type if t.code == "traffic").success_rate is None
    sources = {s.code: (s.accepted, s.settled) for s in r.by_source}
    assert sources == {"party_application": (4, 2), "police_referral": (1, 1)}
    assert [(a.name, a.referred, a.settled, a.feedback_sent, a.feedback_overdue) for a in r.by_agency] == \
        [("安宁派出所", 1, 1, 0, 1)]
    assert (r.prevented_criminal_cases, r.prevented_criminal_people) == (1, 3)
    # durations: 10, 2, 29 (terminated 4-10 → 5-9) and 55 days (5-6 → 6-30)
    assert r.closed_cases == 4 and r.longest_duration_days == 55
    assert r.average_duration_days == Decimal("24.0")
    assert r.longest_case_number == "（2026）安调字第005号"
    assert (r.feedback_due, r.feedback_overdue) == (1, 1)


def _demo_report(store: Store) -> dict[str, object]:
    summary = demo.generate(store, 400, seed=5, today=date(2026, 6, 30))
    actor = Actor(None, "stats", summary.committee_id)
    out = {}
    for code in ("2025", "2026-Q1", "2026-03"):
        data = asdict(statistics.compute(store, actor, Period.parse(code), today=date(2026, 6, 30)))
        data.pop("generated_at")
        out[code] = data
    return out


@pytest.mark.skipif(not os.environ.get("MEDIATION_DESK_TEST_PG"), reason="needs PostgreSQL")
def test_same_numbers_on_both_back_ends(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    from tests.conftest import _drop_pg, _fresh_pg

    shutil.copyfile(request.getfixturevalue("sqlite_template"), tmp_path / "demo.sqlite3")
    sqlite_store = Store(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    name, url = _fresh_pg(request.getfixturevalue("pg_template"))
    pg_store = Store(url)
    try:
        a, b = _demo_report(sqlite_store), _demo_report(pg_store)
        assert a == b
        year = a["2025"]
        assert isinstance(year, dict) and year["total"]["accepted"] > 20
    finally:
        pg_store.dispose()
        sqlite_store.dispose()
        _drop_pg(name)
