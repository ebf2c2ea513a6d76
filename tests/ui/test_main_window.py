"""The shell: navigation by keyboard, remembered layout, the title bar."""

from __future__ import annotations

from tests.ui.conftest import make_window
from ui import settings
from ui.case_list import CaseListPage
from ui.dashboard import DashboardPage
from ui.ledger.page import LedgerPage
from ui.qt import QApplication, Qt
from ui.schedule.page import SchedulePage


def test_navigation_shortcuts_and_title(qtbot, window, ui_store):
    assert "安宁镇人民调解委员会" in window.windowTitle() and ui_store.description in window.windowTitle()
    assert window.db_label.text() == ui_store.description
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    expected = {Qt.Key.Key_1: "dashboard", Qt.Key.Key_2: "cases", Qt.Key.Key_3: "schedule", Qt.Key.Key_4: "ledger",
                Qt.Key.Key_5: "settings"}
    for key, page_key in expected.items():
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == page_key
        assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == page_key
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), SchedulePage)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), LedgerPage)


def test_clicking_the_navigation_switches_pages(qtbot, window):
    item = window.nav.item(1)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(window.stack.currentWidget(), CaseListPage)


def test_window_layout_and_columns_are_remembered(qtbot, ui_store, ui_actor):
    first = make_window(qtbot, ui_store, ui_actor)
    first.resize(1100, 700)
    first.splitter.setSizes([230, 870])
    qtbot.keyClick(first, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    cases = first.stack.currentWidget()
    cases.table.horizontalHeader().resizeSection(2, 333)
    nav_width = first.splitter.sizes()[0]
    size = (first.width(), first.height())
    assert size == (1100, 700)
    first.close()
    assert settings.MAIN_GEOMETRY.get() and settings.CASE_LIST_HEADER.get()

    second = make_window(qtbot, ui_store, ui_actor, size=None)
    assert (second.width(), second.height()) == size
    assert second.splitter.sizes()[0] == nav_width
    assert second.current_key() == "cases"  # the last page shown
    assert second.stack.currentWidget().table.horizontalHeader().sectionSize(2) == 333


def test_refresh_and_counts(qtbot, demo_window):
    assert demo_window.count_label.text() == "共 300 件案件"
    qtbot.keyClick(demo_window, Qt.Key.Key_F5)
    assert demo_window.count_label.text() == "共 300 件案件"
    assert demo_window.busy_bar.isHidden()  # synchronous tasks finish before control returns


def test_quit_shortcut_closes_the_window(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert window not in [w for w in QApplication.topLevelWidgets() if w.isVisible()]
