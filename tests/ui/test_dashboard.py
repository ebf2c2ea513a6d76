"""The dashboard shows counts, deadlines, sessions and referrals; each line opens its case."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from mediation_desk.db.models import MediationSession
from mediation_desk.services import intake
from mediation_desk.services.dashboard import LOCAL_TZ
from mediation_desk.services.intake import ReferralInput
from tests.factories import make_id, neighbour_case
from tests.ui.conftest import make_window, save_screen
from ui.case_detail import CaseDetailPage


def test_dashboard_lists_open_work_and_opens_cases(qtbot, ui_store, ui_actor):
    today = datetime.now(LOCAL_TZ).date()  # the mediation room's today, which the dashboard shows
    referred = intake.create_case(ui_store, ui_actor, neighbour_case(
        today - timedelta(days=3), summary="李四扬言要砍张三家的树，并威胁报复。",
        referral=ReferralInput(agency="安宁派出所", reference="J20261105001")), today=today)
    data = neighbour_case(today - timedelta(days=40), applicant="王五", respondent="赵六",
                          applicant_id=make_id(order="555"), respondent_phone="13900001111")
    data.parties[1].id_number = make_id(born="19700707", order="777")  # not the factory's usual respondent
    other = intake.create_case(ui_store, ui_actor, data, today=today)
    with ui_store.write(ui_actor) as uow:
        starts = datetime.combine(today, time(10, 0), LOCAL_TZ).astimezone(UTC)
        uow.session.add(MediationSession(case_id=referred.case_id, starts_at=starts,
                                         ends_at=starts + timedelta(hours=1), place="第一调解室"))

    window = make_window(qtbot, ui_store, ui_actor)
    page = window.stack.currentWidget()
    assert page.cards["accepted"].text() == "2"
    assert page.sessions_today.tree.topLevelItemCount() == 1
    assert page.sessions_today.tree.topLevelItem(0).text(0) == "10:00"
    assert page.sessions_week.tree.topLevelItemCount() == 1
    assert page.overdue.tree.topLevelItemCount() == 1  # received 40 days ago, 30-day limit
    assert other.case_number in page.overdue.tree.topLevelItem(0).text(1)
    assert page.referrals.tree.topLevelItemCount() == 1
    assert "安宁派出所" in page.referrals.tree.topLevelItem(0).text(2)
    if referred.risk.level == "high":
        assert page.high_risk.tree.topLevelItemCount() == 1
    assert page.due_soon.empty.isHidden() == (page.due_soon.tree.topLevelItemCount() > 0)
    save_screen(window, "dashboard")

    item = page.sessions_today.tree.topLevelItem(0)
    page.sessions_today.tree.itemActivated.emit(item, 0)
    detail = window.stack.currentWidget()
    assert isinstance(detail, CaseDetailPage) and detail.header.number.text() == referred.case_number
    assert detail.tab_widgets[2].table.rowCount() == 1  # the 调解 tab lists the session


def test_dashboard_refreshes_after_an_intake(qtbot, window, ui_store, ui_actor):
    from ui.changes import Changes

    page = window.stack.currentWidget()
    assert page.cards["accepted"].text() == "0"
    intake.create_case(ui_store, ui_actor, neighbour_case(date.today()))
    window.ctx.changes.announce(Changes(cases=True))
    assert page.cards["accepted"].text() == "1"
