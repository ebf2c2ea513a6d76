"""Whole journeys through the GUI, as a clerk and a mediator would click them.

(a) first run → the police station and its liaison registered in 设置 → intake of a police-referred
    neighbour dispute → a joint session with the police liaison booked in the case's 调解 tab → the session
    record written and signed in the editor → the agreement drafted with a template clause and an amount
    (live capitals) → printed to PDF (read back with pdftotext) → a follow-up → closed → feedback recorded.
(b) a court-delegated case that ends without agreement: terminated with a note, feedback letter saved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from mediation_desk.documents import api
from mediation_desk.services import cases, intake, referrals
from mediation_desk.services.intake import ReferralInput
from tests.factories import make_id, neighbour_case
from tests.ui.conftest import make_window, save_screen, type_text
from tests.ui.journey_helpers import click, click_box_button, dialog_errors, open_tab, pdf_text, press_ok, same_pages
from tests.ui.test_intake_form import fill_neighbour_dispute, open_intake
from ui.case_tabs.agreements import AgreementsTab
from ui.case_tabs.attachments import AttachmentsTab
from ui.case_tabs.documents import DocumentsTab
from ui.case_tabs.follow_ups import FollowUpsTab
from ui.case_tabs.history import HistoryTab
from ui.case_tabs.parties import PartiesTab
from ui.case_tabs.records import RecordsTab
from ui.case_tabs.referral import ReferralTab
from ui.case_tabs.sessions import SessionsTab
from ui.first_run import FirstRunDialog
from ui.qt import QDate, QLineEdit, QPrintDialog, Qt, QTime


def first_run(qtbot, store):  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "安宁镇人民调解委员会")
    type_text(qtbot, dialog.short_name, "安")
    type_text(qtbot, dialog.address, "安宁镇人民路 18 号")
    type_text(qtbot, dialog.seal_text, "安宁镇人民调解委员会")
    type_text(qtbot, dialog.first_mediator, "王建国")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None
    return dialog.actor


def register_police_station(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """设置 → 调解室, then 对接单位与联络员: the station that refers cases, and its officer who joins sessions."""
    settings_page = window.show_page("settings")
    rooms = settings_page.rooms
    assert "还没有登记调解室" in rooms.room_list.text()
    click(qtbot, rooms.add_button)  # no name: told so, nothing added
    assert "调解室名称为必填项" in rooms.error.text()
    type_text(qtbot, rooms.new_room, "调解室")
    qtbot.keyClick(rooms.new_room, Qt.Key.Key_Return)
    assert rooms.room_list.text() == "调解室" and rooms.new_room.text() == ""
    box = settings_page.agencies
    box.kind.setCurrentIndex(box.kind.findData("police"))
    type_text(qtbot, box.agency_name, "安宁派出所")
    click(qtbot, box.add_agency_button)
    assert box.tree.topLevelItemCount() == 1 and box.selected_agency_id() is not None
    type_text(qtbot, box.liaison_name, "赵警官")
    type_text(qtbot, box.liaison_title, "社区民警")
    click(qtbot, box.add_liaison_button)
    station = box.tree.topLevelItem(0)
    assert station.text(0) == "安宁派出所" and station.child(0).text(0) == "赵警官"
    save_screen(settings_page, "settings_agencies")


def tick(qtbot, checklist, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tick the entry ``text`` of a check list with the keyboard (Space), as a click on its box would."""
    item = next(checklist.item(i) for i in range(checklist.count()) if checklist.item(i).text() == text)
    checklist.setFocus()
    checklist.setCurrentItem(item)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def schedule_joint_session(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """调解 tab → 安排调解: yesterday morning in the mediation room, with the police liaison ticked."""
    tab = open_tab(qtbot, page, SessionsTab)
    click(qtbot, tab.schedule_button)
    dlg = tab.dialog
    assert dlg is not None and dlg.isVisible()
    assert len(dlg.parties.checked_ids()) == 2, "both parties are booked"
    assert dlg.mediators.checked_ids() == [], "no mediator was assigned at intake"
    tick(qtbot, dlg.mediators, "王建国")
    tick(qtbot, dlg.liaisons, "赵警官（安宁派出所）")
    yesterday = date.today() - timedelta(days=1)  # the session has taken place: its record comes next
    dlg.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dlg.start.setTime(QTime(9, 0))
    dlg.end.setTime(QTime(11, 0))
    assert dlg.room.currentText() == "调解室"
    save_screen(dlg, "journey_session_dialog")
    click(qtbot, dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert not dlg.isVisible(), dlg.error.text()
    assert tab.table.rowCount() == 1
    assert "联络员：赵警官（安宁派出所）" in tab.table.item(0, 4).text()
    save_screen(tab, "tab_sessions")


def test_police_referred_neighbour_dispute_from_intake_to_feedback(qtbot, ui_store, tmp_path):
    actor = first_run(qtbot, ui_store)
    window = make_window(qtbot, ui_store, actor)
    register_police_station(qtbot, window)
    form = open_intake(qtbot, window)
    fill_neighbour_dispute(qtbot, form, make_id(born="19800101", order="123"))
    form.parties[1].phone.setFocus()
    qtbot.keyClick(form.parties[1].phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.result is not None, form.message.text()
    case_id = form.result.case_id
    page = window.page("case")
    assert window.stack.currentWidget() is page and page.case_id == case_id
    schedule_joint_session(qtbot, page)
    save_screen(window, "journey_case_header")

    # 当事人
    parties = open_tab(qtbot, page, PartiesTab)
    save_screen(parties, "tab_parties")

    # 记录: a session record prefilled from the session, written and signed.
    records = open_tab(qtbot, page, RecordsTab)
    save_screen(records, "tab_records_empty")
    click(qtbot, records.new_session_record)
    editor = records.editor
    assert editor.isVisible() and editor.record is not None
    assert "赵警官" in editor.fields["present"].text() and editor.fields["place"].text() == "调解室"
    body = editor.fields["body"]
    body.setFocus()
    type_text(qtbot, body, "申请人张三称：李四搭建的彩钢棚使雨水流入其院内。被申请人李四称：愿意整改。")
    type_text(qtbot, editor.fields["facts_checked"], "彩钢棚排水口朝向张三院内属实。")
    type_text(qtbot, editor.fields["result"], "双方达成协议，李四拆除彩钢棚并赔偿损失。")
    qtbot.wait(900)  # the local draft is written after a short pause
    assert editor.drafts.recover(f"record-{editor.record.id}") is not None
    save_screen(records, "tab_records_editor")
    click(qtbot, editor.sign_button)
    click_box_button(qtbot, "签字确认")
    assert editor.record.status == "signed"
    assert editor.fields["body"].isReadOnly() and not editor.sign_button.isVisible()
    assert editor.correct_button.isVisible()
    assert editor.drafts.recover(f"record-{editor.record.id}") is None

    # 协议: a template clause, an amount with its capitals shown live, signed with the checklist.
    agreements_tab = open_tab(qtbot, page, AgreementsTab)
    save_screen(agreements_tab, "tab_agreements_empty")
    click(qtbot, agreements_tab.draft_written)
    ed = agreements_tab.editor
    actions = {a.objectName().removeprefix("template_"): a for a in ed.template_menu.actions()}
    assert {"remove_structure", "compensate_loss"} <= set(actions)
    actions["compensate_loss"].trigger()
    clauses = ed.clauses
    assert clauses.table.rowCount() == 1
    amount = clauses.amount_edit(0)
    qtbot.keyClicks(amount, "1200")
    assert clauses.capitals_label(0).text() == "人民币壹仟贰佰元整"
    assert "1,200.00" in clauses.total.text() and "人民币壹仟贰佰元整" in clauses.total.text()
    assert "李四" in clauses.table.item(0, 0).text() and "人民币壹仟贰佰元整（1,200.00元）" in \
        clauses.table.item(0, 0).text()
    qtbot.keyClicks(amount, "x")
    assert clauses.capitals_label(0).text() == "金额格式不对"
    qtbot.keyClick(amount, Qt.Key.Key_Backspace)
    clauses.due_edit(0).setDate(clauses.due_edit(0).date().currentDate().addDays(10))
    type_text(qtbot, ed.performance_method, "银行转账")
    save_screen(agreements_tab, "tab_agreements_editor")
    click(qtbot, agreements_tab.sign_button)
    dialog = agreements_tab.dialog
    assert not dialog.ok.isEnabled()  # the checklist first
    save_screen(dialog, "dialog_sign_agreement")
    for box in [*dialog.checks.values(), dialog.mediator]:
        click(qtbot, box)
    assert all(b.isChecked() for b in dialog.checks.values()) and dialog.mediator.isChecked()
    click(qtbot, dialog.ok)
    assert agreements_tab.current is not None and agreements_tab.current.status == "signed"
    assert agreements_tab.current.total_amount == 1200

    # 打印 through the print dialog, to a PDF file.
    printed = tmp_path / "agreement.pdf"
    with qtbot.waitSignal(agreements_tab.documents.printed):
        click(qtbot, agreements_tab.print_button)
        print_dialog = agreements_tab.documents.last_dialog
        assert isinstance(print_dialog, QPrintDialog)
        # No printer on the test machine: the system dialog offers "Print to File (PDF)"; type a file name.
        filename = print_dialog.findChild(QLineEdit, "filename")
        filename.selectAll()
        qtbot.keyClicks(filename, str(printed))
        press_ok(qtbot, print_dialog)
    # What was printed is the agreement: its pages look like the rendered PDF, whose text is checked.
    source = tmp_path / "source.pdf"
    source.write_bytes(api.render(ui_store, actor, "agreement", case_id, "pdf"))
    flat = re.sub(r"\s+", "", pdf_text(source))
    assert "人民调解协议书" in flat and "人民币壹仟贰佰元整" in flat and "李四" in flat
    assert same_pages(printed, source, tmp_path)

    # 回访
    follow = open_tab(qtbot, page, FollowUpsTab)
    save_screen(follow, "tab_follow_ups_empty")
    click(qtbot, follow.plan_button)
    follow.dialog.due.setDate(follow.dialog.due.date().currentDate())
    save_screen(follow.dialog, "dialog_plan_follow_up")
    press_ok(qtbot, follow.dialog)
    click(qtbot, follow.visit_button)
    visit = follow.dialog
    visit.performance.setCurrentIndex(visit.performance.findData("not_due"))
    visit.satisfaction.setCurrentIndex(visit.satisfaction.findData("satisfied"))
    assert visit.visitor.text() == ""  # no mediator assigned at intake: the form asks
    press_ok(qtbot, visit)
    assert visit.isVisible() and "回访人" in visit.errors["visitor"].text()
    type_text(qtbot, visit.visitor, "王建国")
    type_text(qtbot, visit.note, "电话回访，双方表示满意，李四正在拆除彩钢棚。")
    save_screen(visit, "dialog_visit")
    press_ok(qtbot, visit)
    assert not visit.isVisible(), dialog_errors(visit)
    assert follow.data is not None and follow.data.follow_ups[0].done
    save_screen(follow, "tab_follow_ups")

    # 结案, then 反馈 to the police station.
    click(qtbot, page.case_actions.close_button)
    close = page.case_actions.dialog
    close.outcome.setCurrentIndex(close.outcome.findData("written_agreement"))
    save_screen(close, "dialog_close_case")
    press_ok(qtbot, close)
    assert not close.isVisible(), dialog_errors(close)
    assert cases.get_case_detail(ui_store, actor, case_id).status == "closed"
    assert page.header.status.text() == "已结案" or page.header.status.text()

    referral = open_tab(qtbot, page, ReferralTab)
    assert "还剩" in referral.state.text() or "逾期" in referral.state.text()
    click(qtbot, referral.feedback_button)
    fb = referral.dialog
    assert "达成协议" in fb.text.toPlainText()
    save_screen(fb, "dialog_feedback")
    press_ok(qtbot, fb)
    assert not fb.isVisible(), dialog_errors(fb)
    assert referrals.get_referral(ui_store, actor, case_id).state == "sent"
    assert "已于" in referral.state.text()
    save_screen(referral, "tab_referral")

    documents = open_tab(qtbot, page, DocumentsTab)
    lines = [documents.list.item(i).text() for i in range(documents.list.count())]
    assert any(x.startswith("人民调解记录 — ") and "第1版" in x for x in lines)
    assert any(x.startswith("人民调解协议书 — （2026）安调协字第001号") for x in lines)
    documents.select_form("session_record")
    saved = tmp_path / "session-record.docx"
    click(qtbot, documents.docx_button)
    documents.documents.last_dialog.fileSelected.emit(str(saved))
    from docx import Document

    assert "申请人张三称" in "\n".join(p.text for p in Document(str(saved)).paragraphs) + "".join(
        c.text for tbl in Document(str(saved)).tables for row in tbl.rows for c in row.cells)
    save_screen(documents, "tab_documents")
    history = open_tab(qtbot, page, HistoryTab)
    texts = [history.table.item(r, 3).text() for r in range(history.table.rowCount())]
    assert any("状态：调解中 → 已结案" in x for x in texts)
    save_screen(history, "tab_history")
    save_screen(open_tab(qtbot, page, AttachmentsTab), "tab_attachments_empty")


def test_court_delegated_case_ends_without_agreement(qtbot, window, ui_store, ui_actor, tmp_path: Path):
    data = neighbour_case(date.today() - timedelta(days=5), source="人民法院委派",
                          referral=ReferralInput(agency="安宁区人民法院", reference="（2026）甘0402民初1234号",
                                                 received_on=date.today() - timedelta(days=5)))
    created = intake.create_case(ui_store, ui_actor, data)
    window.ctx.nav.open_case.emit(created.case_id)
    page = window.page("case")
    assert page.header.number.text() == created.case_number

    click(qtbot, page.case_actions.close_button)
    close = page.case_actions.dialog
    close.outcome.setCurrentIndex(close.outcome.findData("terminated"))
    press_ok(qtbot, close)  # no note: the core refuses, the reason appears under the field
    assert close.isVisible() and not close.errors["note"].isHidden()
    assert "必须写明原因" in close.errors["note"].text()
    save_screen(close, "dialog_close_case_error")
    type_text(qtbot, close.note, "双方对赔偿数额分歧较大，经两次调解未能达成一致，已告知当事人依法起诉。")
    press_ok(qtbot, close)
    assert not close.isVisible(), dialog_errors(close)
    detail = cases.get_case_detail(ui_store, ui_actor, created.case_id)
    assert (detail.status, detail.outcome) == ("closed", "terminated")

    referral = open_tab(qtbot, page, ReferralTab)
    click(qtbot, referral.save_button)
    target = tmp_path / "反馈函.docx"
    referral.documents.last_dialog.fileSelected.emit(str(target))
    assert target.exists() and target.stat().st_size > 1000
    from docx import Document

    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "安宁区人民法院" in text or "调解结果反馈函" in text
