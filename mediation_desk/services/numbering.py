"""Case-number allocation inside the case's own transaction: never a duplicate, even across processes.

The counter row is bumped with a single UPDATE ... RETURNING; the row lock (PostgreSQL) or the
write lock taken by BEGIN IMMEDIATE (SQLite) serialises concurrent writers.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mediation_desk.db.models import CaseNumberCounter


def next_serial(session: Session, committee_id: int, year: int) -> int:
    dialect = session.get_bind().dialect.name
    ins = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(ins(CaseNumberCounter).values(committee_id=committee_id, year=year, last_serial=0)
                    .on_conflict_do_nothing())
    serial = session.execute(
        update(CaseNumberCounter)
        .where(CaseNumberCounter.committee_id == committee_id, CaseNumberCounter.year == year)
        .values(last_serial=CaseNumberCounter.last_serial + 1)
        .returning(CaseNumberCounter.last_serial)
    ).scalar_one()
    return int(serial)


def reserve_block(session: Session, committee_id: int, year: int, count: int) -> int:
    """Reserve ``count`` serials at once (bulk import, demo data); returns the first of them."""
    dialect = session.get_bind().dialect.name
    ins = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(ins(CaseNumberCounter).values(committee_id=committee_id, year=year, last_serial=0)
                    .on_conflict_do_nothing())
    last = session.execute(
        update(CaseNumberCounter)
        .where(CaseNumberCounter.committee_id == committee_id, CaseNumberCounter.year == year)
        .values(last_serial=CaseNumberCounter.last_serial + count)
        .returning(CaseNumberCounter.last_serial)
    ).scalar_one()
    return int(last) - count + 1
