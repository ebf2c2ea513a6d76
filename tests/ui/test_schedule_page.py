"""日程: sessions made through the dialog appear as blocks; double bookings are marked; free slots
apply; the week and one session export as .ics; the attention list opens cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from mediation_desk.services import committees, intake, scheduling
from mediation_desk.services.scheduling import ParticipantInput, SessionInput
from tests.core.sched_support import case_parties
from tests.factories import make_id, neighbour_case
from tests.ui.conftest import make_window, save_screen
from ui.formatting import LOCAL_TZ
from ui.qt import QDate, QMessageBox, QTime
from ui.schedule.holiday_dialog import HolidayNoticeDialog
from ui.schedule.page import SchedulePage


def next_workday_at(hour: int) -> datetime:
    """A Tuesday–Thursday of next week, so it is a working day in any year's calendar."""
    d = date.today() + timedelta(days=7)
    d = d - timedelta(days=d.weekday()) + timedelta(days=2)  # Wednesday next week
    return datetime.combine(d, time(hour), tzinfo=LOCAL_TZ)


@pytest.fixture
def setup(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    room = committees.add_room(ui_store, ui_actor, "第一调解室")
    committees.add_room(ui_store, ui_actor, "第二调解室")
    case = intake.create_case(ui_store, ui_actor, neighbour_case(date.today() - timedelta(days=2)))
    window = make_window(qtbot, ui_store, ui_actor)
    page = window.show_page("schedule")
    assert isinstance(page, SchedulePage)
    return window, page, case, room


def fill_dialog(dlg, case_number: str, start: datetime) -> None:  # type: ignore[no-untyped-def]
    dlg.case_search.setText(case_number)
    dlg.case_find.click()
    assert dlg.case_choice.count() == 1
    assert dlg.parties.checked_ids(), "the case's parties are ticked"
    dlg.day.setDate(QDate(start.year, start.month, start.day))
    dlg.start.setTime(QTime(start.hour, 0))
    dlg.end.setTime(QTime(start.hour + 1, 0))
    dlg.mediators.set_checked(dlg.ctx.lookups.current.mediators[0].id)
    dlg.invitees.add("张小明", "亲属")


def dialog_lines(dlg) -> list[str]:  # type: ignore[no-untyped-def]
    return [dlg.conflict_list.item(i).text() for i in range(dlg.conflict_list.count())]


def assert_no_clash(dlg) -> None:  # type: ignore[no-untyped-def]
    """Nothing is double-booked. Rest-time notes may remain: "next week" can fall in a year whose
    holidays are not entered yet, which the dialog says without calling it a conflict."""
    lines = dialog_lines(dlg)
    if dlg.conflicts:
        assert not any(c.blocking for c in dlg.conflicts) and not any(t.startswith("⚠") for t in lines), lines
    else:
        assert lines == ["所选时间没有冲突。"]


def test_new_session_through_the_dialog_shows_its_block(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    window, page, case, _room = setup
    start = next_workday_at(9)
    page.next_week()
    dlg = page.new_session()
    fill_dialog(dlg, case.case_number, start)
    dlg.check_now()
    assert_no_clash(dlg)
    save_screen(dlg, "schedule-session-dialog")
    dlg.buttons.accepted.emit()
    assert not dlg.isVisible()
    assert len(page.data.sessions) == 1
    s = page.data.sessions[0]
    assert {p.kind for p in s.participants} == {"mediator", "party", "invitee"}
    block = page.view.block_for(s.id)
    assert block is not None and block.rect.height() > 20
    assert case.case_number in page.view.tooltip_for(s)
    save_screen(window, "schedule-week")


def test_double_booking_is_shown_and_confirmed(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    window, page, case, room = setup
    other = intake.create_case(ui_store, ui_actor, neighbour_case(
        date.today(), applicant="王五", respondent="赵六", applicant_id=make_id(order="555")))
    start = next_workday_at(10)
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0].id
    scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=1), [ParticipantInput("mediator", mediator_id=mediator)],
        room_id=room))
    page.next_week()
    dlg = page.new_session()
    fill_dialog(dlg, other.case_number, start)
    dlg.mediators.set_checked(mediator)
    dlg.check_now()
    texts = [dlg.conflict_list.item(i).text() for i in range(dlg.conflict_list.count())]
    assert any("第一调解室" in t and case.case_number in t for t in texts), texts
    assert any("调解员" in t for t in texts), texts
    save_screen(dlg, "schedule-session-conflict")
    dlg.buttons.accepted.emit()
    box = dlg.last_box
    assert isinstance(box, QMessageBox) and "冲突" in box.text()
    box.buttons()[0].click()  # 仍然安排
    assert len(page.data.sessions) == 2
    assert set(page.data.conflicts) == {s.id for s in page.data.sessions}
    s = page.data.sessions[0]
    assert "冲突：" in page.view.tooltip_for(s)
    save_screen(window, "schedule-week-conflict")


def test_a_party_booked_in_another_case_is_a_conflict(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    window, page, case, _room = setup
    # 张三 (the same ID number) has a second dispute, with another neighbour.
    second = intake.create_case(ui_store, ui_actor, neighbour_case(date.today(), respondent="赵六"))
    start = next_workday_at(10)
    other_mediator = committees.mediators(ui_store, ui_actor.committee_id)[1].id
    first_parties = case_parties(ui_store, case.case_id)
    scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=1),
        [ParticipantInput("mediator", mediator_id=other_mediator)]
        + [ParticipantInput("party", case_party_id=p) for p in first_parties], place="安宁派出所"))
    page.next_week()
    dlg = page.new_session()
    fill_dialog(dlg, second.case_number, start)
    dlg.check_now()
    clashes = [t for t in dialog_lines(dlg) if t.startswith("⚠")]
    assert clashes == [f"⚠ 当事人张三在{start.month}月{start.day}日 10:00–11:00已参加{case.case_number}的调解"]
    save_screen(dlg, "schedule-party-conflict")
    # Without 张三 the time is free.
    dlg.parties.set_checked(dlg.parties.checked_ids()[0], False)
    dlg.check_now()
    assert_no_clash(dlg)


def test_free_slot_suggestion_is_applied(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    _window, page, case, room = setup
    dlg = page.new_session()
    fill_dialog(dlg, case.case_number, next_workday_at(9))
    dlg.suggest_button.click()
    assert dlg.slot_list.count() >= 1 and dlg.slots
    first = dlg.slots[0]
    dlg.slot_list.itemClicked.emit(dlg.slot_list.item(0))
    a, _b = dlg.times()
    assert a == first.starts_at.astimezone(LOCAL_TZ)
    assert dlg.room_id() == first.room_id
    save_screen(dlg, "schedule-free-slots")


def test_week_and_session_ics_are_written_and_parse(qtbot, setup, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]
    _window, page, case, room = setup
    start = next_workday_at(14)
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0].id
    info = scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=2), [ParticipantInput("mediator", mediator_id=mediator)],
        room_id=room))
    page.next_week()
    week_file, one_file = tmp_path / "week.ics", tmp_path / "one.ics"
    paths = iter([str(week_file), str(one_file)])
    page.ask_path = lambda *_a: next(paths)
    page.export_week_ics()
    page.export_session_ics()
    for f in (week_file, one_file):
        raw = f.read_bytes()
        assert b"\r\n" in raw
        unfolded = raw.decode("utf-8").replace("\r\n ", "")
        lines = unfolded.split("\r\n")
        assert lines[0] == "BEGIN:VCALENDAR" and "END:VCALENDAR" in lines
        events = [ln for ln in lines if ln == "BEGIN:VEVENT"]
        assert len(events) == 1
        assert f"SUMMARY:调解：{case.case_number}" in lines
        assert any(ln.startswith("DTSTART;TZID=Asia/Shanghai:" + start.strftime("%Y%m%dT%H%M%S")) for ln in lines)
        assert f"UID:session-{ui_actor.committee_id}-{info.id}@mediation-desk.local" in lines


def test_drag_moves_a_session(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    _window, page, case, room = setup
    start = next_workday_at(9)
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0].id
    info = scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=1), [ParticipantInput("mediator", mediator_id=mediator)],
        room_id=room))
    page.next_week()
    s = page.session(info.id)
    page.view.request_move(s, start + timedelta(hours=3), room)
    moved = scheduling.get_session(ui_store, ui_actor, info.id)
    assert moved.starts_at == (start + timedelta(hours=3)).astimezone(UTC)


def test_attention_item_opens_its_case(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    case = intake.create_case(ui_store, ui_actor, neighbour_case(date.today() - timedelta(days=40)))
    window = make_window(qtbot, ui_store, ui_actor)
    page = window.show_page("schedule")
    tree = page.attention.tree
    assert tree.topLevelItemCount() >= 1
    assert case.case_number == tree.topLevelItem(0).text(2)
    assert "逾期" in tree.topLevelItem(0).text(0)
    tree.itemActivated.emit(tree.topLevelItem(0), 0)
    assert window.current_key() == "case"


def test_missing_holiday_year_warns_and_admin_enters_the_notice(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, ui_store, ui_actor)
    page = window.show_page("schedule")
    page.monday = date(2098, 9, 29)  # a Monday in a year no calendar data covers
    page.refresh()
    assert not page.banner.isHidden() and "2098" in page.banner_text.text()
    assert not page.banner_button.isHidden()  # the admin may enter the notice
    save_screen(window, "schedule-holiday-warning")
    page.banner_button.click()
    dlg = next(w for w in page.findChildren(HolidayNoticeDialog))
    dlg.holidays.setPlainText("国庆节 2098-10-01 2098-10-07")
    dlg.makeup.setPlainText("2098-09-27 国庆节调休")
    save_screen(dlg, "schedule-holiday-dialog")
    dlg.save()
    assert page.data is not None
    days = {d.day: d for d in page.data.days}
    assert not days[date(2098, 10, 1)].workday and days[date(2098, 10, 1)].label == "国庆节"
    assert page.banner.isHidden()


def test_session_notices_and_week_pdf_are_saved(qtbot, setup, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]
    _window, page, case, room = setup
    start = next_workday_at(15)
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0].id
    detail = scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=1), [ParticipantInput("mediator", mediator_id=mediator)],
        room_id=room))
    assert detail.id
    page.next_week()
    page.ask_dir = lambda *_a: str(tmp_path)
    page.save_notices()
    notices = sorted(p.name for p in tmp_path.glob("调解通知书-*.pdf"))
    assert len(notices) == 2 and any("张三" in n for n in notices) and any("李四" in n for n in notices)
    assert all((tmp_path / n).read_bytes().startswith(b"%PDF") for n in notices)
    pdf = tmp_path / "week.pdf"
    page.ask_path = lambda *_a: str(pdf)
    page.save_week_pdf()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_mouse_drag_moves_and_double_click_opens(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    from ui.qt import QPoint, Qt

    window, page, case, room = setup
    start = next_workday_at(9)
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0].id
    info = scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=1), [ParticipantInput("mediator", mediator_id=mediator)],
        room_id=room))
    page.next_week()
    view = page.view
    block = view.block_for(info.id)
    origin = block.rect.center().toPoint()
    target = QPoint(origin.x(), origin.y() + int(2 * view._hour_height()))  # two hours later, same room
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=origin)
    for step in range(1, 6):
        qtbot.mouseMove(view, QPoint(origin.x(), origin.y() + (target.y() - origin.y()) * step // 5))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    moved = scheduling.get_session(ui_store, ui_actor, info.id)
    assert moved.starts_at == (start + timedelta(hours=2)).astimezone(UTC)
    block = view.block_for(info.id)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    assert window.current_key() == "case"


def test_demo_week_has_blocks_for_its_sessions(qtbot, demo_window):  # type: ignore[no-untyped-def]
    page = demo_window.show_page("schedule")
    assert page.data is not None
    # The demo plans its open cases' sessions within ten days of today: this week or the next two.
    for _ in range(2):
        if page.data.sessions:
            break
        page.next_week()
    assert page.data.sessions, "the demo week has sessions to show"
    in_hours = [s for s in page.data.sessions if 8 <= s.starts_at.astimezone(LOCAL_TZ).hour < 18]
    assert len(page.view.blocks) == len(in_hours)
    save_screen(demo_window, "schedule-demo-week")


def test_session_notices_print_one_copy_per_party(qtbot, setup, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]  # noqa: E501
    from ui.qt import QPrinter
    from ui.schedule import exports

    _window, _page, case, room = setup
    start = next_workday_at(11)
    mediator = committees.mediators(ui_store, ui_actor.committee_id)[0].id
    info = scheduling.create_session(ui_store, ui_actor, SessionInput(
        case.case_id, start, start + timedelta(hours=1), [ParticipantInput("mediator", mediator_id=mediator)],
        room_id=room))
    job = exports.notice_print_job(ui_store, ui_actor, info.id)
    assert job.copies == 2 and job.pdf.startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = exports.print_pdf(job.pdf, printer, job.copies)
    assert pages >= 2 and pages % 2 == 0
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_week_keys_and_person_view(qtbot, setup, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    from ui.qt import Qt

    _window, page, case, room = setup
    first, second = committees.mediators(ui_store, ui_actor.committee_id)[:2]
    start = next_workday_at(9)
    for mediator, hour in ((first, 0), (second, 2)):
        scheduling.create_session(ui_store, ui_actor, SessionInput(
            case.case_id, start + timedelta(hours=hour), start + timedelta(hours=hour + 1),
            [ParticipantInput("mediator", mediator_id=mediator.id)], room_id=room))
    this_monday = page.monday
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.monday == this_monday + timedelta(days=7)
    assert len(page.data.sessions) == 2
    page.mode.setCurrentIndex(page.mode.findData(f"mediator:{second.id}"))
    assert [s.participants[0].name for s in page.data.sessions] == [second.name]
    assert len(page.view.subcolumns()) == 1
    save_screen(page, "schedule-person-view")
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.monday == this_monday
