"""The dashboard overview and the case list's filters and sort orders, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from mediation_desk.db.models import MediationSession
from mediation_desk.services import cases, dashboard, intake
from mediation_desk.services.cases import CaseFilter
from mediation_desk.services.dashboard import LOCAL_TZ
from mediation_desk.services.intake import ReferralInput
from tests.factories import make_id, neighbour_case

TODAY = date(2026, 6, 10)  # a Wednesday


def _case(store, actor, received: date, applicant: str, order: str, **kw):  # type: ignore[no-untyped-def]
    data = neighbour_case(received, applicant=applicant, applicant_id=make_id(order=order), **kw)
    data.parties[1].id_number = make_id(born="19700101", order=order)
    return intake.create_case(store, actor, data, today=TODAY)


def test_dashboard_overview(store, actor):
    referred = _case(store, actor, TODAY - timedelta(days=2), "甲", "101",
                     referral=ReferralInput(agency="安宁派出所", reference="J1"))
    overdue = _case(store, actor, TODAY - timedelta(days=45), "乙", "102")
    soon = _case(store, actor, TODAY - timedelta(days=27), "丙", "103")
    declined = intake.create_case(store, actor, neighbour_case(TODAY, applicant="丁",
                                                               applicant_id=make_id(order="104")),
                                  decision="decline", decline_reason="已起诉", today=TODAY)
    with store.write(actor) as uow:
        for case_id, day, hour in ((referred.case_id, TODAY, 9), (overdue.case_id, TODAY + timedelta(days=2), 15),
                                   (soon.case_id, TODAY + timedelta(days=9), 10)):
            starts = datetime.combine(day, time(hour), LOCAL_TZ).astimezone(UTC)
            uow.session.add(MediationSession(case_id=case_id, starts_at=starts, ends_at=starts + timedelta(hours=1)))

    d = dashboard.dashboard(store, actor.committee_id, TODAY)
    assert d.status_counts == {"accepted": 3, "declined": 1}
    assert d.open_cases == 3
    assert [x.case_id for x in d.sessions_today] == [referred.case_id]
    assert d.sessions_today[0].starts_at.astimezone(LOCAL_TZ).hour == 9
    assert [x.case_id for x in d.sessions_week] == [referred.case_id, overdue.case_id]  # next week's is not
    assert [r.id for r in d.overdue] == [overdue.case_id]
    assert [r.id for r in d.due_soon] == [soon.case_id]
    assert [(x.case_id, x.agency, x.reference, x.overdue) for x in d.referrals_awaiting] == [
        (referred.case_id, "安宁派出所", "J1", False)]
    assert declined.case_id not in {r.id for r in d.overdue + d.due_soon}


def test_case_list_filters_and_sorts(store, actor):
    made = [_case(store, actor, TODAY - timedelta(days=i * 10), f"人{i}", f"{200 + i}",
                  referral=ReferralInput(agency="安宁派出所", reference=f"J{i}") if i % 2 else None)
            for i in range(6)]
    cid = actor.committee_id
    newest_first = [r.id for r in cases.list_cases(store, cid)]
    assert newest_first == [m.case_id for m in made]
    agency_id = cases.get_case_detail(store, actor, made[1].case_id).referral.agency_id
    by_agency = cases.list_cases(store, cid, CaseFilter(agency_id=agency_id))
    assert [r.id for r in by_agency] == [made[1].case_id, made[3].case_id, made[5].case_id]
    assert cases.count_cases(store, cid, CaseFilter(agency_id=agency_id)) == 3
    oldest_number_first = [r.case_number for r in cases.list_cases(store, cid, sort="case_number", descending=False)]
    assert oldest_number_first == sorted(oldest_number_first)
    page2 = cases.list_cases(store, cid, offset=2, limit=2)
    assert [r.id for r in page2] == newest_first[2:4]
    for key in cases.SORT_COLUMNS:
        rows = cases.list_cases(store, cid, CaseFilter(status="accepted", dispute_type="neighbour"), sort=key)
        assert sorted(r.id for r in rows) == sorted(m.case_id for m in made)
