"""案件: the filterable, sortable list of every case, which also shows the global search's results."""

from __future__ import annotations

from mediation_desk.services.cases import CaseFilter
from ui import settings
from ui.case_filter_bar import CaseFilterBar, filter_from_dict
from ui.case_table_model import COLUMNS, CaseTableModel
from ui.changes import Changes
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading, muted

DEFAULT_WIDTHS = {"case_number": 175, "received_on": 95, "parties": 210, "dispute_type": 100, "source": 115,
                  "status": 70, "risk_level": 55, "mediator": 70, "due_on": 95}


class CaseTableView(QTableView):
    """Enter opens the current case, like a double-click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CaseListPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("案件"), "pageTitle"))
        top.addStretch(1)
        new_button = QPushButton(self.tr("新建受理"))
        new_button.setObjectName("primaryButton")
        new_button.clicked.connect(ctx.nav.new_case.emit)
        top.addWidget(new_button)
        layout.addLayout(top)

        self.filters = CaseFilterBar(ctx)
        layout.addWidget(self.filters)
        self.search_banner = QWidget()
        self.search_banner.setObjectName("searchBanner")
        banner = QHBoxLayout(self.search_banner)
        banner.setContentsMargins(10, 6, 10, 6)
        self.search_label = QLabel()
        banner.addWidget(self.search_label, 1)
        clear_search = QPushButton(self.tr("清除搜索，回到全部案件"))
        clear_search.setObjectName("clearSearch")
        clear_search.clicked.connect(self.clear_search)
        banner.addWidget(clear_search)
        self.search_banner.hide()
        layout.addWidget(self.search_banner)

        self.model = CaseTableModel(ctx, page_size=settings.CASE_LIST_PAGE_SIZE.get())
        self.table = CaseTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(COLUMNS):
            header.resizeSection(i, DEFAULT_WIDTHS.get(col.key, 140))
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # newest first
        state = settings.CASE_LIST_HEADER.get()
        if state:
            header.restoreState(state)
        if not self.model.is_sortable(header.sortIndicatorSection()):
            header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)  # tells the model the sort; it queries once reload() is called
        self._sort_indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

        footer = QHBoxLayout()
        self.status_label = muted()
        self.status_label.setObjectName("caseListStatus")
        footer.addWidget(self.status_label, 1)
        layout.addLayout(footer)

        self.model.total_changed.connect(self._show_total)
        self.model.loading_changed.connect(self._show_total)
        self.filters.filter_changed.connect(self.set_filter)
        ctx.changes.changed.connect(self._changed)
        ctx.lookups.changed.connect(self.model.layoutChanged.emit)
        self.filters.set_filter(filter_from_dict(settings.CASE_LIST_FILTERS.get()), emit=False)
        self.model.filter = self.filters.current_filter()
        self.model.reload()

    # --- queries -------------------------------------------------------------------------------
    def set_filter(self, f: CaseFilter) -> None:
        self.search_banner.hide()
        self.model.set_filter(f)

    def search(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.clear_search()
            return
        self.search_label.setText(self.tr("正在搜索“{q}”…").format(q=text))
        self.search_banner.show()
        self.model.set_search(text)

    def clear_search(self) -> None:
        self.search_banner.hide()
        self.model.set_filter(self.filters.current_filter())

    def refresh(self) -> None:
        self.model.reload()

    def page_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.cases:
            if self.isVisible():
                self.model.reload()
            else:
                self._stale = True

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(section):
            # Only indexed columns sort (in SQL); put the arrow back where the rows really are sorted.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            self.ctx_status(self.tr("“{col}”列不能排序。").format(
                col=self.model.headerData(section, Qt.Orientation.Horizontal)))
            return
        self._sort_indicator = (section, order)

    def ctx_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_total(self, *_args: object) -> None:
        m = self.model
        if m.loading and not m.rows:
            text = self.tr("正在读取…")
        elif m.search_text:
            total = m.total if m.total is not None else len(m.rows)
            text = self.tr("搜索“{q}”：找到 {n} 件").format(q=m.search_text, n=f"{total:,}")
            if m.search_capped or total > len(m.rows):
                text += self.tr("，显示最新的 {k} 件，请输入更具体的内容").format(k=len(m.rows))
            self.search_label.setText(text)
        elif m.total is None:
            text = self.tr("已显示 {k} 件，正在统计总数…").format(k=f"{len(m.rows):,}")
        else:
            text = self.tr("共 {n} 件，已显示 {k} 件（向下滚动显示更多）").format(n=f"{m.total:,}",
                                                                     k=f"{len(m.rows):,}") \
                if m.total > len(m.rows) else self.tr("共 {n} 件").format(n=f"{m.total:,}")
        self.status_label.setText(text)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.nav.open_case.emit(self.model.case_id(index.row()))

    def save_layout(self) -> None:
        settings.CASE_LIST_HEADER.set(bytes(self.table.horizontalHeader().saveState().data()))
