"""台账与统计: ledger export, statistics equal to the service's, the import wizard (dry run,
import, cancel), and backup + verify from the page."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook

from mediation_desk.services import cases, intake, statistics
from mediation_desk.services.statistics import Period
from tests.factories import make_id, neighbour_case
from tests.ledger_fixtures import bad_row, build_rows, write_ledger
from tests.ui.conftest import make_window, save_screen
from ui import progress
from ui.ledger.page import LedgerPage
from ui.qt import QPushButton


def ledger_page(qtbot, store, actor):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, actor)
    page = window.show_page("ledger")
    assert isinstance(page, LedgerPage)
    return window, page


def case_count(store, actor) -> int:  # type: ignore[no-untyped-def]
    return cases.count_cases(store, actor.committee_id)


def test_ledger_export_writes_xlsx(qtbot, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]
    today = date.today()
    intake.create_case(ui_store, ui_actor, neighbour_case(today))
    intake.create_case(ui_store, ui_actor, neighbour_case(today, applicant="王五", respondent="赵六",
                                                          applicant_id=make_id(order="555")))
    window, page = ledger_page(qtbot, ui_store, ui_actor)
    tab = page.ledger
    assert "2 件" in tab.count.text()
    assert tab.full.isEnabled()  # the admin may see personal data
    out = tmp_path / "台账.xlsx"
    tab.ask_path = lambda *_a: str(out)
    tab.export_button.click()
    assert tab.last_result is not None and tab.last_result.rows == 2
    wb = load_workbook(out, read_only=True)
    values = [c for row in wb.active.iter_rows(values_only=True) for c in row if c]
    assert any("张三" in str(v) for v in values) and any("王五" in str(v) for v in values)
    save_screen(window, "ledger-tab")


def test_full_personal_data_checkbox_disabled_without_permission(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]  # noqa: E501
    from dataclasses import replace

    window, _page = ledger_page(qtbot, ui_store, replace(ui_actor, may_see_personal_data=False))
    assert not window.page("ledger").ledger.full.isEnabled()


def test_statistics_tab_matches_the_service(qtbot, ui_store, ui_actor):  # type: ignore[no-untyped-def]
    today = date.today()
    intake.create_case(ui_store, ui_actor, neighbour_case(today))
    intake.create_case(ui_store, ui_actor, neighbour_case(today - timedelta(days=1), applicant="王五",
                                                          respondent="赵六", applicant_id=make_id(order="555")))
    window, page = ledger_page(qtbot, ui_store, ui_actor)
    page.tabs.setCurrentWidget(page.stats)
    tab = page.stats
    tab.set_period(Period("year", today.year))
    tab.compute_button.click()
    expected = statistics.compute(ui_store, ui_actor, Period("year", today.year))
    by_type = tab.tables[0]
    total_row = by_type.rowCount() - 1
    assert by_type.item(total_row, 1).text() == str(expected.total.accepted) == "2"
    assert by_type.item(total_row, 2).text() == str(expected.total.settled)
    labels = {by_type.item(r, 0).text(): by_type.item(r, 1).text() for r in range(by_type.rowCount())}
    for t in expected.by_type:
        assert labels[t.label] == str(t.accepted)
    by_source = tab.tables[1]
    assert sum(int(by_source.item(r, 1).text()) for r in range(by_source.rowCount())) == 2
    save_screen(window, "ledger-statistics")


def test_import_dry_run_shows_problems_then_a_clean_file_imports(qtbot, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]  # noqa: E501
    window, page = ledger_page(qtbot, ui_store, ui_actor)
    page.tabs.setCurrentWidget(page.data)
    bad = write_ledger(tmp_path / "bad.xlsx", build_rows(6), extra=[bad_row(7)])
    wizard = page.data.open_import()
    wizard.set_file(str(bad))
    assert wizard.combos["received_on"].currentText() == "受理日期"
    wizard.dry_button.click()
    report = wizard.report
    assert report is not None and not report.ok
    problem_rows = [r for r in range(wizard.rows.rowCount()) if wizard.rows.item(r, 3).text() != "无"
                    and wizard.rows.item(r, 3).foreground().color().name() == "#c62828"]
    assert len(problem_rows) == len(report.problem_rows) >= 1
    assert "日期" in wizard.rows.item(problem_rows[0], 3).text()
    assert not wizard.import_button.isEnabled()
    save_screen(wizard, "ledger-import-problems")

    good = write_ledger(tmp_path / "good.xlsx", build_rows(6))
    wizard.set_file(str(good))
    wizard.save_name.setText("2023年台账")
    wizard.save_mapping()
    assert wizard.saved.findText("2023年台账") >= 0
    wizard.dry_button.click()
    assert wizard.report is not None and wizard.report.ok and wizard.import_button.isEnabled()
    save_screen(wizard, "ledger-import-clean")
    wizard.import_button.click()
    assert wizard.import_result is not None and wizard.import_result.imported == 6
    assert case_count(ui_store, ui_actor) == 6


def test_cancelling_an_import_leaves_the_cases_unchanged(qtbot, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]  # noqa: E501
    intake.create_case(ui_store, ui_actor, neighbour_case(date.today()))
    _window, page = ledger_page(qtbot, ui_store, ui_actor)
    # More than one write chunk (1000 rows), so Cancel lands after rows were already inserted.
    path = write_ledger(tmp_path / "l.xlsx", build_rows(1200))
    wizard = page.data.open_import()
    wizard.set_file(str(path))
    wizard.dry_button.click()
    assert wizard.report is not None and wizard.report.ok

    def press_cancel_midway(job: progress.ProgressJob) -> None:
        cancel_button = job.dialog.findChild(QPushButton)
        assert cancel_button is not None and cancel_button.text() == "取消"
        job.relay.progressed.connect(lambda done, total: cancel_button.click() if done and done >= total // 2
                                     else None)

    progress.started.job_started.connect(press_cancel_midway)
    try:
        wizard.import_button.click()
    finally:
        progress.started.job_started.disconnect(press_cancel_midway)
    assert wizard.import_result is None
    assert case_count(ui_store, ui_actor) == 1
    assert wizard.import_button.isEnabled()  # the user may try again


def test_backup_and_verify_from_the_page(qtbot, ui_store, ui_actor, tmp_path):  # type: ignore[no-untyped-def]
    intake.create_case(ui_store, ui_actor, neighbour_case(date.today()))
    window, page = ledger_page(qtbot, ui_store, ui_actor)
    page.tabs.setCurrentWidget(page.data)
    tab = page.data
    tab.directory.setText(str(tmp_path / "backups"))
    tab.save_policy()
    assert "尚无" in tab.state_label.text()
    tab.backup_button.click()
    assert tab.last_backup is not None and tab.last_backup.path.exists()
    assert "上次成功备份" in tab.state_label.text()
    assert "上次成功备份" in window.backup_label.text()
    tab.verify(str(tab.last_backup.path))
    assert tab.last_verify is not None and tab.last_verify.ok
    save_screen(window, "ledger-data")

    exported = tmp_path / "all.json"
    tab.ask_save = lambda *_a: str(exported)
    tab.json_button.click()
    assert exported.read_text(encoding="utf-8").startswith("{")

    target = tmp_path / "restored.sqlite3"
    tab.ask_open = lambda *_a: str(tab.last_backup.path)
    tab.ask_save = lambda *_a: str(target)
    tab.restore_button.click()
    assert target.exists() and "共 1 件案件" in tab.last_box.text()
    tab.restore_button.click()  # the target now holds data: ask first, never overwrite silently
    box = tab.last_box
    assert "安全副本" in box.text()
    box.buttons()[0].click()
    assert "已恢复" in tab.last_box.text()
    assert list(tmp_path.glob("restored*.sqlite3*")) and len(list(tmp_path.glob("restored*"))) >= 2


def test_backup_on_exit_follows_the_policy(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    from ui.ledger import options

    options.BACKUP_DIR.set(str(tmp_path / "auto"))
    options.BACKUP_ON_EXIT.set(False)
    window.backup_label.backup_on_exit()
    assert not (tmp_path / "auto").exists() or not list((tmp_path / "auto").glob("*.zip"))
    options.BACKUP_ON_EXIT.set(True)
    window.backup_label.backup_on_exit()
    assert len(list((tmp_path / "auto").glob("*.zip"))) == 1
    window.backup_label.refresh()
    assert "上次成功备份" in window.backup_label.text()


def test_demo_statistics_screen(qtbot, demo_window):  # type: ignore[no-untyped-def]
    page = demo_window.show_page("ledger")
    page.tabs.setCurrentWidget(page.stats)
    page.stats.set_period(Period("year", date.today().year))
    page.stats.compute_button.click()
    assert page.stats.report is not None and page.stats.report.total.accepted > 0
    save_screen(demo_window, "ledger-statistics-demo")


def test_english_screens(qtbot, qapp, demo_store):  # type: ignore[no-untyped-def]
    from ui import i18n

    assert i18n.install_language(qapp, "en")
    try:
        window = make_window(qtbot, demo_store)
        page = window.show_page("ledger")
        assert page.tabs.tabText(1) == "Statistics"
        page.tabs.setCurrentWidget(page.data)
        save_screen(window, "ledger-data-english")
        schedule = window.show_page("schedule")
        assert schedule.new_button.text() == "Schedule session"
        save_screen(window, "schedule-english")
    finally:
        i18n.install_language(qapp, "zh")
