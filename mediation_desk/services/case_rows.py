"""Light case rows for lists and search results, fetched in a fixed number of queries per page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import TextClause, select, text
from sqlalchemy.orm import Session

from mediation_desk.db.models import Agency, Case, CaseParty, Mediator, Party, Referral


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_number: str
    received_on: date
    dispute_type: str
    source: str
    status: str
    risk_level: str
    applicants: str
    respondents: str
    mediator: str
    due_on: date | None
    outcome: str | None
    agency: str
    reference: str

    @property
    def parties(self) -> str:
        return f"{self.applicants} — {self.respondents}" if self.respondents else self.applicants


def ids_in(column: str, ids: Iterable[int]) -> TextClause:
    """``column IN (1, 2, …)`` with the ids written into the SQL.

    Hundreds of bound parameters cost more to prepare than the query takes to run; the values are
    forced to ``int``, so nothing but digits reaches the statement."""
    return text(f"{column} IN ({', '.join(str(int(i)) for i in ids)})")


def load_rows(session: Session, ids: Sequence[int]) -> list[CaseRow]:
    """Rows for ``ids``, in the order given."""
    if not ids:
        return []
    cases = {c.id: c for c in session.execute(
        select(Case.id, Case.case_number, Case.received_on, Case.dispute_type, Case.source, Case.status,
               Case.risk_level, Case.due_on, Case.outcome, Mediator.name.label("mediator"))
        .outerjoin(Mediator, Mediator.id == Case.mediator_id).where(ids_in("mediation_case.id", ids))
    )}
    names: dict[tuple[int, str], list[str]] = defaultdict(list)
    for case_id, role, name in session.execute(
        select(CaseParty.case_id, CaseParty.role, Party.name).join(Party, Party.id == CaseParty.party_id)
        .where(ids_in("case_party.case_id", ids)).order_by(CaseParty.case_id, CaseParty.position)
    ):
        names[(case_id, "respondent" if role == "respondent" else "applicant")].append(name)
    refs = {r.case_id: (r.name, r.reference) for r in session.execute(
        select(Referral.case_id, Agency.name, Referral.reference).join(Agency, Agency.id == Referral.agency_id)
        .where(ids_in("referral.case_id", ids)))}
    out = []
    for cid in ids:
        c = cases.get(cid)
        if c is None:
            continue
        agency, reference = refs.get(cid, ("", ""))
        out.append(CaseRow(
            id=c.id, case_number=c.case_number, received_on=c.received_on, dispute_type=c.dispute_type,
            source=c.source, status=c.status, risk_level=c.risk_level,
            applicants="、".join(names[(cid, "applicant")]), respondents="、".join(names[(cid, "respondent")]),
            mediator=c.mediator or "", due_on=c.due_on, outcome=c.outcome, agency=agency, reference=reference,
        ))
    return out
