"""The case's 调解 tab: schedule a joint session pre-filled from the case, then postpone, cancel
or mark held."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from mediation_desk.services import committees, intake, scheduling
from mediation_desk.services.intake import ReferralInput
from mediation_desk.services.scheduling import ParticipantInput, SessionInput
from tests.factories import neighbour_case
from tests.ui.conftest import make_window, save_screen
from ui.case_tabs.sessions import SessionsTab
from ui.formatting import LOCAL_TZ
from ui.qt import QDate, QTime


def sessions_tab(window):  # type: ignore[no-untyped-def]
    detail = window.stack.currentWidget()
    tab = next(w for w in detail.tab_widgets if isinstance(w, SessionsTab))
    detail.tabs.setCurrentWidget(tab)
    return tab


def test_schedule_a_joint_session_prefilled_from_the_case(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    committees.add_room(ui_store, ui_actor, "第一调解室")
    agency = committees.add_agency(ui_store, ui_actor, "police", "安宁派出所", liaisons=[("刘警官", "民警")])
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[1]
    data = neighbour_case(date.today(), referral=ReferralInput(agency_id=agency.id, liaison_id=agency.liaisons[0][0],
                                                               reference="J1"))
    data.mediator_id = mediator.id
    created = intake.create_case(ui_store, ui_actor, data)

    window = make_window(qtbot, ui_store, ui_actor)
    window.open_case(created.case_id)
    tab = sessions_tab(window)
    assert tab.table.isHidden() and not tab.empty.isHidden()
    dlg = tab.schedule()
    assert dlg is not None
    assert len(dlg.parties.checked_ids()) == 2, "both parties are booked"
    assert dlg.liaisons.checked_ids() == [agency.liaisons[0][0]], "the referring agency's liaison is booked"
    assert dlg.mediators.checked_ids() == [mediator.id], "the lead mediator is booked"
    start = datetime.combine(date.today() + timedelta(days=1), time(9), tzinfo=LOCAL_TZ)
    dlg.day.setDate(QDate(start.year, start.month, start.day))
    dlg.start.setTime(QTime(9, 0))
    dlg.end.setTime(QTime(10, 30))
    save_screen(dlg, "sessions-tab-dialog")
    dlg.buttons.accepted.emit()
    assert tab.table.rowCount() == 1
    assert "联络员：刘警官（安宁派出所）" in tab.table.item(0, 4).text()
    assert tab.table.item(0, 2).text() == "已安排"
    save_screen(window, "sessions-tab")

    tab.table.selectRow(0)
    tab.postpone_button.click()
    assert tab.table.item(0, 2).text() == "已延期"
    tab.table.selectRow(0)
    tab.cancel_button.click()  # no reason: the core refuses, nothing changes
    assert tab.table.item(0, 2).text() == "已延期"
    tab.reason.setText("当事人已自行和解")
    tab.table.selectRow(0)
    tab.cancel_button.click()
    assert tab.table.item(0, 2).text() == "已取消"
    assert "当事人已自行和解" in tab.table.item(0, 3).text()


def test_mark_a_past_session_held(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    created = intake.create_case(ui_store, ui_actor, neighbour_case(date.today() - timedelta(days=3)))
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0]
    start = datetime.now(UTC) - timedelta(days=1)
    scheduling.create_session(ui_store, ui_actor, SessionInput(
        created.case_id, start, start + timedelta(hours=1), [ParticipantInput("mediator", mediator_id=mediator.id)],
        place="当事人家中"), allow_conflicts=True)
    window = make_window(qtbot, ui_store, ui_actor)
    window.open_case(created.case_id)
    tab = sessions_tab(window)
    assert tab.table.rowCount() == 1 and not tab.held_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.held_button.isEnabled()
    tab.held_button.click()
    assert tab.table.item(0, 2).text() == "已举行"
