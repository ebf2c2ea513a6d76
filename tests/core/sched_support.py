"""Shared set-up for the scheduling and deadline tests: rooms, an agency with liaisons, cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from mediation_desk.db.models import CaseParty
from mediation_desk.services import committees, intake
from mediation_desk.services.intake import ReferralInput
from mediation_desk.store import Actor, Store
from tests.factories import make_id, neighbour_case

CST = timedelta(hours=8)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A China Standard Time wall-clock time as an aware UTC datetime."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - CST


@dataclass
class Org:
    mediators: list[int]
    rooms: list[int]
    police_id: int
    liaisons: list[int]  # 周警官, 孙明


def org(store: Store, actor: Actor) -> Org:
    rooms = [committees.add_room(store, actor, n) for n in ("第一调解室", "第二调解室")]
    police = committees.add_agency(store, actor, "police", "安宁派出所", [("周警官", "社区民警"), ("孙明", "对接民警")],
                                   feedback_days=15)
    return Org([m.id for m in committees.mediators(store, actor.committee_id)], rooms, police.id,
               [li[0] for li in police.liaisons])


def case(store: Store, actor: Actor, received: date = date(2026, 11, 2), *, n: int = 1, mediator_id: int | None = None,
         referral: ReferralInput | None = None, source: str = "当事人申请") -> int:
    data = neighbour_case(received, applicant=f"张{n}", respondent=f"李{n}", referral=referral, source=source,
                          applicant_id=make_id(order=f"{100 + n:03d}"))
    data.mediator_id = mediator_id
    data.parties[1].id_number = make_id(born="19751212", order=f"{200 + n:03d}")  # a different person per case
    return intake.create_case(store, actor, data, today=date(2026, 11, 25)).case_id


def case_parties(store: Store, case_id: int) -> list[int]:
    with store.read() as s:
        return list(s.scalars(select(CaseParty.id).where(CaseParty.case_id == case_id).order_by(CaseParty.position)))
