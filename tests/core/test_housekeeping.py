"""Planner statistics: optimize() records them on SQLite and is harmless on PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from mediation_desk.services import cases, housekeeping, intake
from mediation_desk.services.cases import CaseFilter
from tests.factories import neighbour_case


def test_optimize_keeps_results_and_records_statistics(store, actor):
    made = intake.create_case(store, actor, neighbour_case(), today=date(2026, 6, 1))
    housekeeping.optimize(store)
    housekeeping.optimize(store)  # twice is fine
    rows = cases.list_cases(store, actor.committee_id, CaseFilter(status="accepted", dispute_type="neighbour"))
    assert [r.id for r in rows] == [made.case_id]
    if store.is_sqlite:
        with store.read() as s:
            assert s.scalar(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'mediation_case'")) > 0
