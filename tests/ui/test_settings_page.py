"""Settings: the committee's particulars and time limits persist; mediators can be added; the
language choice is remembered; a destructive reset asks first."""

from __future__ import annotations

from mediation_desk.services import committees
from tests.ui.conftest import save_screen, type_text
from ui import settings
from ui.qt import QApplication, QMessageBox, Qt
from ui.settings_page import SettingsPage


def settings_page(qtbot, window) -> SettingsPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


def test_committee_settings_persist(qtbot, window, ui_store, ui_actor):
    page = settings_page(qtbot, window)
    page.fields["seal_text"].clear()
    type_text(qtbot, page.fields["seal_text"], "安宁镇人民调解委员会（章）")
    type_text(qtbot, page.fields["letterhead"], "安宁镇人民调解委员会文书")
    page.limits["mediation_days"].setValue(45)
    page.limits["feedback_days"].setValue(20)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    info = committees.get_committee(ui_store, ui_actor.committee_id)
    assert info.seal_text == "安宁镇人民调解委员会（章）"
    assert info.letterhead == "安宁镇人民调解委员会文书"
    assert (info.settings["mediation_days"], info.settings["feedback_days"]) == (45, 20)
    assert page.saved_label.text() == "已保存。"
    # A second save works on the new version (optimistic locking).
    page.limits["follow_up_days"].setValue(10)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert committees.get_committee(ui_store, ui_actor.committee_id).settings["follow_up_days"] == 10
    save_screen(window, "settings")


def test_blank_name_is_refused_inline(qtbot, window, ui_store, ui_actor):
    page = settings_page(qtbot, window)
    page.fields["short_name"].clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "字号为必填项" in page.errors["short_name"].text()
    assert committees.get_committee(ui_store, ui_actor.committee_id).short_name == "安"


def test_add_mediator(qtbot, window, ui_store, ui_actor):
    page = settings_page(qtbot, window)
    type_text(qtbot, page.new_mediator, "赵丽娟")
    type_text(qtbot, page.new_roster, "甘调证20200011")
    qtbot.keyClick(page.new_mediator, Qt.Key.Key_Return)
    names = [m.name for m in committees.mediators(ui_store, ui_actor.committee_id)]
    assert names == ["王建国", "李秀英", "赵丽娟"]
    assert "赵丽娟（甘调证20200011，兼职）" in page.mediator_list.text()
    assert [m.name for m in window.ctx.lookups.current.mediators][-1] == "赵丽娟"
    assert page.new_mediator.text() == ""


def test_reset_limits_asks_first(qtbot, window, ui_store, ui_actor):
    page = settings_page(qtbot, window)
    page.limits["mediation_days"].setValue(60)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(page.findChild(type(page.save_button), "resetLimits"), Qt.MouseButton.LeftButton)
    box = _open_box("confirmBox")
    assert "恢复为默认值" in box.text()
    box.reject()  # 取消: nothing changes
    assert committees.get_committee(ui_store, ui_actor.committee_id).settings["mediation_days"] == 60

    qtbot.mouseClick(page.findChild(type(page.save_button), "resetLimits"), Qt.MouseButton.LeftButton)
    box = _open_box("confirmBox")
    yes = next(b for b in box.buttons() if b.text() == "恢复默认")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert committees.get_committee(ui_store, ui_actor.committee_id).settings["mediation_days"] == 30
    assert page.limits["mediation_days"].value() == 30


def test_language_choice_is_remembered(qtbot, window):
    page = settings_page(qtbot, window)
    assert settings.LANGUAGE.get() == "zh"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert settings.LANGUAGE.get() == "en"
    box = _open_box("messageBox")
    assert "重新启动" in box.text()
    box.accept()
    settings.reset_backend()  # read back from the file, as the next start would
    assert settings.LANGUAGE.get() == "en"


def _open_box(name: str) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name
             and w.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_agencies_and_liaisons_are_registered_and_offered_to_the_session_dialog(qtbot, window, ui_store, ui_actor):
    page = settings_page(qtbot, window)
    box = page.agencies
    assert box.tree.isHidden() and not box.empty.isHidden()  # an empty state that says what the box is for
    assert not box.add_liaison_button.isEnabled()  # no agency to add a liaison to
    qtbot.mouseClick(box.add_agency_button, Qt.MouseButton.LeftButton)
    assert "对接单位名称为必填项" in box.error.text()
    assert committees.agencies(ui_store, ui_actor.committee_id) == []
    box.kind.setCurrentIndex(box.kind.findData("court"))
    type_text(qtbot, box.agency_name, "安宁区人民法院")
    qtbot.keyClick(box.agency_name, Qt.Key.Key_Return)
    assert box.error.text() == "" and box.add_liaison_button.isEnabled()
    qtbot.mouseClick(box.add_liaison_button, Qt.MouseButton.LeftButton)  # no name yet
    assert "联络员姓名为必填项" in box.error.text()
    type_text(qtbot, box.liaison_name, "陈法官")
    type_text(qtbot, box.liaison_title, "立案庭法官")
    qtbot.keyClick(box.liaison_title, Qt.Key.Key_Return)
    [court] = committees.agencies(ui_store, ui_actor.committee_id)
    assert court.kind == "court" and [(n, t) for _i, n, t in court.liaisons] == [("陈法官", "立案庭法官")]
    assert window.ctx.lookups.current.agencies == [court]  # the session dialog's list of liaisons
    assert box.tree.topLevelItem(0).text(1) == "人民法院/法庭"
