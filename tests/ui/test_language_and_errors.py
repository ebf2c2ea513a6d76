"""Chinese needs no translation file; English comes from the compiled .qm. Errors are sentences."""

from __future__ import annotations

import logging

import pytest

from mediation_desk.errors import NotFoundError
from mediation_desk.logs import log_path
from tests.ui.conftest import make_window, save_screen
from ui import i18n
from ui.changes import ChangeHub, Changes
from ui.qt import QApplication, QCoreApplication, QMessageBox
from ui.tasks import TaskManager


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install_language(qapp, "en")
    yield
    i18n.install_language(qapp, "zh")


def test_chinese_is_built_in(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)  # no translation files at all
    assert i18n.install_language(qapp, "zh")
    assert QCoreApplication.translate("Actions", "新建受理") == "新建受理"
    assert not i18n.install_language(qapp, "en")  # missing file: stays Chinese, says so in the log
    assert QCoreApplication.translate("Actions", "新建受理") == "新建受理"


def test_english_translation(qtbot, english, ui_store, ui_actor):
    assert QCoreApplication.translate("Actions", "新建受理") == "New case"
    window = make_window(qtbot, ui_store, ui_actor)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Dashboard", "Cases", "Schedule", "Ledger & statistics", "Settings"]
    assert window.windowTitle().startswith("Mediation Desk — ")
    window.show_page("cases")
    save_screen(window, "case_list_english")


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_user_error_is_shown_as_its_sentence(qtbot):
    tasks = TaskManager(ChangeHub(), synchronous=True)
    tasks.op(lambda: (_ for _ in ()).throw(NotFoundError(what="案件", key="（2026）安调字第999号"))).run()
    box = _boxes()[-1]
    assert box.text() == "找不到案件“（2026）安调字第999号”。请检查输入是否正确。"
    box.accept()


def test_bug_is_logged_and_shown_without_traceback(qtbot, caplog):
    tasks = TaskManager(ChangeHub(), synchronous=True)

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR):
        tasks.op(broken).run()
    box = _boxes()[-1]
    assert "意外问题" in box.text() and str(log_path()) in box.text()
    assert "Traceback" not in box.text() and "ZeroDivisionError" not in box.text()
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    box.accept()


def test_threaded_operation_reports_on_the_gui_thread_and_announces_changes(qtbot):
    import threading

    hub = ChangeHub()
    tasks = TaskManager(hub, synchronous=False)
    seen: list[object] = []
    hub.changed.connect(seen.append)
    worker_threads: list[str] = []
    results: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda busy, _label: not busy, timeout=5000):
        tasks.op(work, write=True).announces(Changes(cases=True)).success(
            lambda n: results.append((n, threading.current_thread() is threading.main_thread()))).run()
    assert results == [(42, True)]
    assert worker_threads and worker_threads[0] != threading.main_thread().name
    assert seen == [Changes(cases=True)]


def test_cancelled_operation_drops_its_result(qtbot):
    tasks = TaskManager(ChangeHub(), synchronous=False)
    results: list[int] = []
    token = tasks.op(lambda: 1).success(results.append).run()
    token.cancel()
    qtbot.waitUntil(lambda: token.done, timeout=5000)
    assert results == [] and not tasks.busy
