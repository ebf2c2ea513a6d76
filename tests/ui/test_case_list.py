"""The case list: paging model, filters, sorting, search, and opening a case."""

from __future__ import annotations

from mediation_desk.services import cases, search
from mediation_desk.services.cases import CaseFilter
from tests.ui.conftest import save_screen, type_text
from ui.case_detail import CaseDetailPage
from ui.case_list import CaseListPage
from ui.case_table_model import COLUMNS, CaseTableModel
from ui.qt import QModelIndex, Qt


def column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def cases_page(qtbot, window) -> CaseListPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, CaseListPage)
    return page


def test_model_passes_the_model_tester_and_pages_on_demand(qtmodeltester, demo_window):
    ctx = demo_window.ctx
    model = CaseTableModel(ctx, page_size=120)
    model.reload()
    assert len(model.rows) == 120 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 300 and not model.canFetchMore(QModelIndex())
    assert model.total == 300
    newest = cases.list_cases(ctx.store, ctx.committee_id, limit=1)[0]
    assert model.data(model.index(0, column("case_number"))) == newest.case_number


def test_filter_by_status_and_dispute_type(qtbot, demo_window):
    page = cases_page(qtbot, demo_window)
    ctx = demo_window.ctx
    page.filters.status.setCurrentIndex(page.filters.status.findText("已结案"))
    page.filters.dispute_type.setCurrentIndex(page.filters.dispute_type.findText("邻里"))
    wanted = CaseFilter(status="closed", dispute_type="neighbour")
    expected = cases.count_cases(ctx.store, ctx.committee_id, wanted)
    assert 0 < expected < 300
    assert page.model.filter == wanted
    assert page.model.rowCount() == expected
    texts = {(page.model.data(page.model.index(r, column("status"))),
              page.model.data(page.model.index(r, column("dispute_type")))) for r in range(page.model.rowCount())}
    assert texts == {("已结案", "邻里")}
    assert page.status_label.text() == f"共 {expected} 件"
    save_screen(demo_window, "case_list_filtered")
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.filter == CaseFilter() and page.model.total == 300


def test_date_range_and_risk_filters(qtbot, demo_window):
    from ui.qt import QDate

    page = cases_page(qtbot, demo_window)
    ctx = demo_window.ctx
    page.filters.received_from.setDate(QDate(2024, 1, 1))
    page.filters.received_to.setDate(QDate(2024, 12, 31))
    page.filters.risk.setCurrentIndex(page.filters.risk.findText("一般"))
    f = page.model.filter
    assert (f.received_from.isoformat(), f.received_to.isoformat(), f.risk_level) == ("2024-01-01", "2024-12-31", "low")
    assert page.model.rowCount() == cases.count_cases(ctx.store, ctx.committee_id, f)
    received = [page.model.rows[r].received_on.year for r in range(page.model.rowCount())]
    assert received and set(received) == {2024}


def test_sort_by_clicking_headers(qtbot, demo_window):
    page = cases_page(qtbot, demo_window)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, column("case_number")))
    assert page.model.sort_key == "case_number"
    numbers = [r.case_number for r in page.model.rows]
    assert numbers == sorted(numbers, reverse=page.model.descending)
    # A column without an index does not sort; the arrow stays where the rows are sorted.
    before = (page.model.sort_key, page.model.descending, header.sortIndicatorSection())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, column("parties")))
    assert (page.model.sort_key, page.model.descending, header.sortIndicatorSection()) == before
    assert "不能排序" in page.status_label.text()


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from ui.qt import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_global_search_shows_results_in_the_list(qtbot, demo_window):
    ctx = demo_window.ctx
    some = cases.list_cases(ctx.store, ctx.committee_id, limit=5)[3]
    name = some.applicants.split("、")[0]
    box = demo_window.search_box
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    type_text(qtbot, box, name)
    qtbot.keyClick(box, Qt.Key.Key_Return)

    page = demo_window.stack.currentWidget()
    assert isinstance(page, CaseListPage) and page.model.search_text == name
    expected = search.search(ctx.store, ctx.committee_id, name, limit=500)
    assert [r.id for r in page.model.rows] == [r.id for r in expected.rows]
    assert some.id in {r.id for r in page.model.rows}
    assert not page.search_banner.isHidden() and name in page.search_label.text()
    save_screen(demo_window, "case_list_search")
    qtbot.mouseClick(page.search_banner.findChild(type(page.filters.clear_button), "clearSearch"),
                     Qt.MouseButton.LeftButton)
    assert page.model.search_text == "" and page.search_banner.isHidden()


def test_enter_opens_the_case_with_its_tabs(qtbot, demo_window):
    page = cases_page(qtbot, demo_window)
    ctx = demo_window.ctx
    page.table.setFocus()
    page.table.selectRow(2)
    wanted = page.model.rows[2]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    detail = demo_window.stack.currentWidget()
    assert isinstance(detail, CaseDetailPage)
    assert detail.header.number.text() == wanted.case_number
    titles = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert titles == ["当事人", "移送与反馈", "调解", "记录", "协议", "回访", "文书", "附件", "历史"]
    parties_tab = detail.tab_widgets[0]
    full = cases.get_case_detail(ctx.store, ctx.actor, wanted.id)
    assert parties_tab.table.rowCount() == len(full.parties)
    assert parties_tab.table.item(0, 1).text().startswith(full.parties[0].name)
    save_screen(demo_window, "case_detail")
    detail.tabs.setCurrentIndex(7)
    save_screen(demo_window, "case_detail_history")
    qtbot.keyClick(demo_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert demo_window.stack.currentWidget() is page


def test_double_click_opens_a_case_with_sessions_and_agreement(qtbot, demo_window):
    page = cases_page(qtbot, demo_window)
    ctx = demo_window.ctx
    row = next(i for i, r in enumerate(page.model.rows) if r.outcome == "written_agreement")
    page.table.scrollTo(page.model.index(row, 0))
    rect = page.table.visualRect(page.model.index(row, 0))
    # A real double-click starts with a press: the view only activates the row it was pressed on.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = demo_window.stack.currentWidget()
    assert isinstance(detail, CaseDetailPage)
    full = cases.get_case_detail(ctx.store, ctx.actor, page.model.rows[row].id)
    agreements_tab = detail.tab_widgets[4]
    assert agreements_tab.table.rowCount() == len(full.agreements) > 0
    assert agreements_tab.table.item(0, 0).text() == full.agreements[0]["number"]
    detail.tabs.setCurrentIndex(4)
    save_screen(demo_window, "case_detail_agreement")


def test_threaded_loading_delivers_pages_on_the_gui_thread(qtbot, demo_store):
    from mediation_desk.services.committees import actor_for
    from ui.app import build_main_window

    window = build_main_window(demo_store, actor_for(demo_store), synchronous=False)
    qtbot.addWidget(window)
    model = CaseTableModel(window.ctx, page_size=50)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.reload()
    assert model.rowCount() == 50
    qtbot.waitUntil(lambda: model.total == 300, timeout=5000)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    # A newer query wins even if an older one finishes later.
    model.set_filter(CaseFilter(status="declined"))
    model.set_filter(CaseFilter(status="closed"))
    qtbot.waitUntil(lambda: not model.loading and model.total is not None, timeout=5000)
    assert {r.status for r in model.rows} == {"closed"}
    window.ctx.tasks.wait_for_done()
