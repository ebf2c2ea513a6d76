"""Intake through the form: a police-referred neighbour dispute, typed as a clerk would."""

from __future__ import annotations

from datetime import date

from mediation_desk.services import cases, intake
from tests.factories import make_id, neighbour_case
from tests.ui.conftest import save_screen, type_text
from ui.intake_form import IntakeForm
from ui.qt import QComboBox, QLabel, Qt


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered"
    combo.setCurrentIndex(index)


def open_intake(qtbot, window) -> IntakeForm:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.stack.currentWidget()
    assert isinstance(form, IntakeForm)
    return form


def fill_neighbour_dispute(qtbot, form: IntakeForm, applicant_id: str) -> None:  # type: ignore[no-untyped-def]
    choose(form.dispute_type, "邻里")
    choose(form.source, "公安机关移送")
    type_text(qtbot, form.agency.lineEdit(), "安宁派出所")
    type_text(qtbot, form.reference, "J2026110500123")
    type_text(qtbot, form.summary, "张三与李四系邻居，李四在院墙边搭建彩钢棚，雨水流入张三家院内，双方发生争吵。")
    type_text(qtbot, form.claims, "请求拆除彩钢棚。")
    applicant, respondent = form.parties
    type_text(qtbot, applicant.name, "张三")
    type_text(qtbot, applicant.id_number, applicant_id)
    type_text(qtbot, applicant.phone, "13812345678")
    type_text(qtbot, respondent.name, "李四")
    type_text(qtbot, respondent.phone, "13909311234")


def test_police_referred_neighbour_dispute(qtbot, window, ui_store, ui_actor):
    form = open_intake(qtbot, window)
    assert form.reference_caption.isHidden()  # no agency asked for until the source implies one
    fill_neighbour_dispute(qtbot, form, make_id(born="19800101", order="123"))
    assert form.reference_caption.text() == "警情号"

    applicant = form.parties[0]
    assert applicant.sex.currentData() == "male" and not applicant.sex.isEnabled()
    age = date.today().year - 1980 - ((date.today().month, date.today().day) < (1, 1))
    assert applicant.born.text() == f"1980-01-01（{age} 岁）"
    save_screen(window, "intake_filled")

    phone = form.parties[1].phone
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.finished and form.result is not None, form.message.text()
    detail = cases.get_case_detail(ui_store, ui_actor, form.result.case_id)
    assert detail.status == "accepted" and detail.dispute_type == "neighbour"
    assert detail.source == "police_referral"
    assert detail.referral is not None
    assert (detail.referral.agency, detail.referral.reference) == ("安宁派出所", "J2026110500123")
    assert [p.name for p in detail.parties] == ["张三", "李四"]
    # The new case opens, with its number and risk level above it.
    page = window.stack.currentWidget()
    assert page is window.page("case")
    assert page.header.number.text() == form.result.case_number
    assert form.result.case_number in page.notice.text() and "风险等级" in page.notice.text()
    save_screen(window, "case_after_intake")


def test_bad_id_number_is_explained_inline_and_nothing_is_saved(qtbot, window, ui_store, ui_actor):
    form = open_intake(qtbot, window)
    good = make_id()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    fill_neighbour_dispute(qtbot, form, bad)
    error = form.parties[0].errors["id_number"]
    assert not error.isHidden() and "校验位" in error.text()
    assert form.parties[0].born.text() == ""

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert not form.finished
    assert cases.count_cases(ui_store, ui_actor.committee_id) == 0
    assert "校验位" in form.parties[0].errors["id_number"].text()
    assert "没有保存任何内容" in form.message.text()
    save_screen(window, "intake_errors")


def test_missing_fields_are_named_next_to_them(qtbot, window, ui_store, ui_actor):
    form = open_intake(qtbot, window)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "纠纷类型为必填项" in form.errors["dispute_type"].text()
    assert "纠纷简要情况为必填项" in form.errors["summary"].text()
    assert "当事人姓名为必填项" in form.parties[0].errors["name"].text()
    assert cases.count_cases(ui_store, ui_actor.committee_id) == 0


def test_earlier_cases_of_a_repeat_party_are_shown_before_saving(qtbot, window, ui_store, ui_actor):
    repeat_id = make_id(born="19800101", order="123")
    earlier = intake.create_case(ui_store, ui_actor, neighbour_case(date(2026, 3, 2), applicant_id=repeat_id))
    form = open_intake(qtbot, window)
    fill_neighbour_dispute(qtbot, form, repeat_id)

    tree = form.history_tree
    # 张三 by his ID number, 李四 by name and phone: both were parties to the earlier case.
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=3000)
    for i, name in enumerate(["张三", "李四"]):
        top = tree.topLevelItem(i)
        assert name in top.text(0) and "以前有 1 件" in top.text(0) and top.text(0).startswith("⚠")
        assert earlier.case_number in top.child(0).text(0)
    save_screen(window, "intake_history")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result is not None and form.result.case_number != earlier.case_number
    assert cases.count_cases(ui_store, ui_actor.committee_id) == 2


def test_history_found_only_at_save_time_stops_the_first_save(qtbot, window, ui_store, ui_actor):
    repeat_id = make_id(born="19800101", order="123")
    intake.create_case(ui_store, ui_actor, neighbour_case(date(2026, 3, 2), applicant_id=repeat_id))
    form = open_intake(qtbot, window)
    fill_neighbour_dispute(qtbot, form, repeat_id)
    form._history_timer.stop()  # the save comes before the live lookup would have run
    form.history_tree.clear()
    form._shown_history_key = ()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.finished and form.history_tree.topLevelItemCount() == 2
    assert "再按一次" in form.message.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.finished


def test_decline_needs_a_reason(qtbot, window, ui_store, ui_actor):
    form = open_intake(qtbot, window)
    fill_neighbour_dispute(qtbot, form, make_id())
    qtbot.mouseClick(form.decline_radio, Qt.MouseButton.LeftButton)
    assert form.decline_reason.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "不予受理时必须填写理由" in form.errors["decline_reason"].text()
    assert cases.count_cases(ui_store, ui_actor.committee_id) == 0

    type_text(qtbot, form.decline_reason, "该纠纷已由人民法院立案受理。")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result is not None and form.result.status == "declined"
    detail = cases.get_case_detail(ui_store, ui_actor, form.result.case_id)
    assert detail.decline_reason == "该纠纷已由人民法院立案受理。"


def test_parties_can_be_added_and_removed(qtbot, window):
    form = open_intake(qtbot, window)
    qtbot.mouseClick(form.findChild(type(form.save_button), "addRespondent"), Qt.MouseButton.LeftButton)
    assert [p.role.currentData() for p in form.parties] == ["applicant", "respondent", "respondent"]
    assert form.parties[2].title() == "当事人 3"
    qtbot.mouseClick(form.parties[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(form.parties) == 2 and form.parties[1].title() == "当事人 2"
    assert isinstance(form.parties[1].born, QLabel)
