"""Rendering, printing and the case file really run on the worker threads (the other GUI tests run
tasks inline): the window stays responsive and results arrive on the GUI thread."""

from __future__ import annotations

from datetime import date

from mediation_desk.services import intake
from tests.factories import neighbour_case
from tests.ui.journey_helpers import click, open_tab, page_count, press_ok
from ui.case_tabs.documents import DocumentsTab
from ui.pdf_preview import PdfPreviewDialog
from ui.qt import QLineEdit, QPrintDialog


def test_preview_print_and_case_file_on_worker_threads(qtbot, ui_store, ui_actor, tmp_path):
    from ui.app import build_main_window

    window = build_main_window(ui_store, ui_actor, synchronous=False)
    qtbot.addWidget(window)
    window.resize(1366, 820)
    window.show_initial_page()
    window.show()
    created = intake.create_case(ui_store, ui_actor, neighbour_case(date(2026, 5, 6)))
    window.ctx.nav.open_case.emit(created.case_id)
    page = window.page("case")
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10000)
    tab = open_tab(qtbot, page, DocumentsTab)
    qtbot.waitUntil(lambda: tab.list.count() > 0, timeout=20000)  # the forms the case offers, from a worker
    tab.select_form("rights_notice")
    assert tab.current_form() == "rights_notice"

    click(qtbot, tab.preview_button)
    assert window.ctx.tasks.busy  # rendering has been handed to a worker
    qtbot.waitUntil(lambda: isinstance(tab.documents.last_dialog, PdfPreviewDialog), timeout=20000)
    assert tab.documents.last_dialog.page_count() >= 1
    tab.documents.last_dialog.accept()

    out = tmp_path / "notice.pdf"
    click(qtbot, tab.print_button)
    qtbot.waitUntil(lambda: isinstance(tab.documents.last_dialog, QPrintDialog), timeout=20000)
    dialog = tab.documents.last_dialog
    filename = dialog.findChild(QLineEdit, "filename")
    filename.selectAll()
    qtbot.keyClicks(filename, str(out))
    with qtbot.waitSignal(tab.documents.printed, timeout=30000) as printed:
        press_ok(qtbot, dialog)
    assert printed.args[0] >= 1 and page_count(out) == printed.args[0]

    steps: list[int] = []
    tab.progress_changed.connect(lambda s, _n: steps.append(s))
    whole = tmp_path / "case.pdf"
    click(qtbot, tab.case_file_button)
    tab.documents.last_dialog.fileSelected.emit(str(whole))
    qtbot.waitUntil(lambda: tab.progress is None, timeout=60000)
    assert whole.exists() and steps == sorted(steps) and len(steps) >= 3
    assert window.ctx.tasks.wait_for_done(10000)
