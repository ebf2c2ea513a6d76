"""Small builders for exchange tests: cases through intake, outcomes written as a closing would."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text

from mediation_desk.db.base import Base
from mediation_desk.db.models import Agreement, Case, JudicialConfirmation, Referral
from mediation_desk.domain.case_number import agreement_number
from mediation_desk.services.intake import ReferralInput, create_case
from mediation_desk.store import Actor, Store
from tests.factories import make_id, neighbour_case


def add_case(store: Store, actor: Actor, received: date, *, applicant: str = "张三", respondent: str = "李四",
             order: int = 1, referral: str | None = None, reference: str = "") -> int:
    ref = ReferralInput(agency=referral, reference=reference) if referral else None
    data = neighbour_case(received, applicant=applicant, respondent=respondent,
                          applicant_id=make_id(order=f"{order % 1000:03d}"), referral=ref,
                          source="公安机关移送" if referral else "当事人申请",
                          respondent_phone=f"1390931{order % 10000:04d}")
    # Each case's respondent is a different person (the factory reuses one ID number).
    data.parties[1] = replace(data.parties[1], id_number=make_id(born="19751212", order=f"{order % 1000:03d}"))
    return create_case(store, actor, data, today=date(2026, 11, 1)).case_id


def close(store: Store, actor: Actor, case_id: int, outcome: str, closed_on: date, *, amount: str | None = None,
          performed: bool = False, confirmed: bool = False, prevented_people: int = 0,
          feedback_sent: date | None = None) -> None:
    with store.write(actor) as uow:
        s = uow.session
        case = s.get(Case, case_id)
        assert case is not None
        case.status, case.outcome, case.closed_on = "closed", outcome, closed_on
        if prevented_people:
            case.prevented_criminal, case.prevented_criminal_people = True, prevented_people
        if outcome in ("written_agreement", "oral_agreement"):
            a = Agreement(case_id=case_id, kind="written" if outcome == "written_agreement" else "oral",
                          number=agreement_number(case.case_number), status="signed",
                          total_amount=Decimal(amount or "0"), signed_on=closed_on,
                          performance_status="performed" if performed else "pending")
            s.add(a)
            s.flush()
            if confirmed:
                s.add(JudicialConfirmation(case_id=case_id, agreement_id=a.id, decision="confirmed"))
        if feedback_sent:
            ref = s.scalars(select(Referral).where(Referral.case_id == case_id)).one()
            ref.feedback_sent_on = feedback_sent


def fingerprint(store: Store) -> dict[str, object]:
    """Row counts of every table and a checksum of the cases table: equal means unchanged."""
    out: dict[str, object] = {}
    with store.read() as s:
        for table in Base.metadata.sorted_tables:
            out[table.name] = int(s.scalar(select(func.count()).select_from(table)) or 0)
        rows = s.execute(text("SELECT id, case_number, received_on, status, outcome, summary FROM mediation_case "
                              "ORDER BY id")).all()
    out["cases_sha256"] = hashlib.sha256(repr([tuple(map(str, r)) for r in rows]).encode()).hexdigest()
    return out
