"""First run: the setup dialog creates the committee and its first mediator."""

from __future__ import annotations

from mediation_desk.services import committees
from tests.ui.conftest import save_screen, type_text
from ui.first_run import FirstRunDialog
from ui.qt import QLabel, Qt


def test_setup_creates_the_committee(qtbot, ui_store):
    dialog = FirstRunDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "平安街道人民调解委员会")
    type_text(qtbot, dialog.short_name, "平")
    type_text(qtbot, dialog.address, "平安街道建设路 6 号")
    type_text(qtbot, dialog.seal_text, "平安街道人民调解委员会")
    type_text(qtbot, dialog.first_mediator, "周文华")
    save_screen(dialog, "first_run")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert committees.count_committees(ui_store) == 1
    info = committees.committees(ui_store)[0]
    assert (info.name, info.short_name, info.address) == ("平安街道人民调解委员会", "平", "平安街道建设路 6 号")
    assert [m.name for m in committees.mediators(ui_store, info.id)] == ["周文华"]
    assert dialog.actor is not None and dialog.actor.committee_id == info.id


def test_missing_short_name_is_explained_inline_and_nothing_is_created(qtbot, ui_store):
    dialog = FirstRunDialog(ui_store)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.name.setFocus()
    type_text(qtbot, dialog.name, "平安街道人民调解委员会")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter moves on to the next field
    assert dialog.short_name.hasFocus()
    assert dialog.isVisible() and dialog.errors["short_name"].isHidden()  # the default button did not fire
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    error = dialog.errors["short_name"]
    assert not error.isHidden() and "字号为必填项" in error.text()
    assert committees.count_committees(ui_store) == 0
    assert all(isinstance(e, QLabel) for e in dialog.errors.values())
