"""What the 工作台 (dashboard) shows: cases by status, high-risk and due cases, today's and this
week's sessions, referrals still waiting for feedback.

Small on purpose: when ``services.scheduling`` and ``services.deadlines`` land, the session and
deadline lists delegate to them and this module only assembles the overview.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_desk.db.models import Agency, Case, MediationSession, Referral, Room
from mediation_desk.domain.vocab import CaseStatus
from mediation_desk.services.case_rows import CaseRow, load_rows
from mediation_desk.store import Store

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
OPEN_STATUSES = (CaseStatus.REGISTERED.value, CaseStatus.ACCEPTED.value)


@dataclass(frozen=True)
class SessionItem:
    session_id: int
    case_id: int
    case_number: str
    parties: str
    starts_at: datetime  # timezone-aware UTC; shown in local time
    ends_at: datetime
    place: str
    status: str


@dataclass(frozen=True)
class ReferralItem:
    case_id: int
    case_number: str
    parties: str
    agency: str
    reference: str
    feedback_due_on: date | None
    overdue: bool


@dataclass(frozen=True)
class Dashboard:
    today: date
    status_counts: dict[str, int]
    high_risk: list[CaseRow] = field(default_factory=list)
    overdue: list[CaseRow] = field(default_factory=list)
    due_soon: list[CaseRow] = field(default_factory=list)
    sessions_today: list[SessionItem] = field(default_factory=list)
    sessions_week: list[SessionItem] = field(default_factory=list)
    referrals_awaiting: list[ReferralItem] = field(default_factory=list)

    @property
    def open_cases(self) -> int:
        return sum(self.status_counts.get(s, 0) for s in OPEN_STATUSES)


def local_day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """UTC instants from the start of ``first`` to the end of ``last``, in China Standard Time."""
    start = datetime.combine(first, time.min, LOCAL_TZ).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, LOCAL_TZ).astimezone(UTC)
    return start, end


def dashboard(store: Store, committee_id: int, today: date | None = None, *, days_ahead: int = 7,
              limit: int = 30) -> Dashboard:
    today = today or datetime.now(LOCAL_TZ).date()
    with store.read() as s:
        counts = {str(status): int(n) for status, n in s.execute(
            select(Case.status, func.count()).where(Case.committee_id == committee_id).group_by(Case.status))}
        open_case = (Case.committee_id == committee_id) & Case.status.in_(OPEN_STATUSES)
        high = list(s.scalars(select(Case.id).where(open_case, Case.risk_level == "high")
                              .order_by(Case.received_on.desc(), Case.id.desc()).limit(limit)))
        overdue = list(s.scalars(select(Case.id).where(open_case, Case.due_on < today)
                                 .order_by(Case.due_on, Case.id).limit(limit)))
        soon = list(s.scalars(select(Case.id).where(open_case, Case.due_on >= today,
                                                    Case.due_on <= today + timedelta(days=days_ahead))
                              .order_by(Case.due_on, Case.id).limit(limit)))
        monday = today - timedelta(days=today.weekday())
        return Dashboard(
            today=today, status_counts=counts, high_risk=load_rows(s, high), overdue=load_rows(s, overdue),
            due_soon=load_rows(s, soon),
            sessions_today=_sessions(s, committee_id, today, today, limit),
            sessions_week=_sessions(s, committee_id, monday, monday + timedelta(days=6), limit * 3),
            referrals_awaiting=_referrals(s, committee_id, today, limit),
        )


def _sessions(s: Session, committee_id: int, first: date, last: date, limit: int) -> list[SessionItem]:
    start, end = local_day_bounds(first, last)
    rows = s.execute(
        select(MediationSession, Case.case_number, Room.name)
        .join(Case, Case.id == MediationSession.case_id)
        .outerjoin(Room, Room.id == MediationSession.room_id)
        .where(Case.committee_id == committee_id, MediationSession.starts_at >= start,
               MediationSession.starts_at < end, MediationSession.status != "cancelled")
        .order_by(MediationSession.starts_at, MediationSession.id).limit(limit)).all()
    parties = {r.id: r.parties for r in load_rows(s, sorted({m.case_id for m, _n, _r in rows}))}
    return [SessionItem(m.id, m.case_id, number, parties.get(m.case_id, ""), m.starts_at, m.ends_at,
                        room or m.place, m.status) for m, number, room in rows]


def _referrals(s: Session, committee_id: int, today: date, limit: int) -> list[ReferralItem]:
    rows = s.execute(
        select(Referral.case_id, Case.case_number, Agency.name, Referral.reference, Referral.feedback_due_on)
        .join(Case, Case.id == Referral.case_id).join(Agency, Agency.id == Referral.agency_id)
        .where(Case.committee_id == committee_id, Referral.feedback_sent_on.is_(None),
               Case.status != CaseStatus.DECLINED.value)
        .order_by(Referral.feedback_due_on, Referral.case_id).limit(limit)).all()
    parties = {r.id: r.parties for r in load_rows(s, [r.case_id for r in rows])}
    return [ReferralItem(r.case_id, r.case_number, parties.get(r.case_id, ""), r.name, r.reference,
                         r.feedback_due_on, r.feedback_due_on is not None and r.feedback_due_on < today)
            for r in rows]
