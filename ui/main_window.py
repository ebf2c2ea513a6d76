"""The main window: navigation on the left, pages on the right, global search, status bar.

It only places things: pages come from ``ui.pages``, actions from ``ui.actions``, work from the
views themselves. Requests between views travel through ``ctx.nav`` and ``ctx.changes``.
"""

from __future__ import annotations

from typing import Any

from mediation_desk.services import cases as case_service
from ui import settings
from ui.actions import ActionId, ActionRegistry
from ui.changes import Changes
from ui.context import AppContext
from ui.pages import PageSpec, default_pages
from ui.qt import (
    QCloseEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QToolBar,
    QWidget,
)

BUSY_DELAY_MS = 150  # operations quicker than this show no busy indicator


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, pages: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.specs = pages or default_pages()
        self.registry = ActionRegistry(self)
        self._pages: dict[str, QWidget] = {}
        self._history: list[str] = []
        self._build()
        self._connect()
        self.retranslate()
        self._restore_layout()
        self.refresh_counts()

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.committee_label = QLabel()
        self.committee_label.setObjectName("committeeLabel")
        bar.addWidget(self.committee_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(340)
        bar.addWidget(self.search_box)
        bar.addAction(self.registry[ActionId.NEW_CASE])
        bar.widgetForAction(self.registry[ActionId.NEW_CASE]).setObjectName("newCaseButton")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(140)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self.specs:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1000])
        self.setCentralWidget(self.splitter)

        status = self.statusBar()
        self.db_label = QLabel(self.ctx.store.description)
        self.db_label.setObjectName("dbLabel")
        self.count_label = QLabel()
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # an indeterminate "working" bar
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.hide()
        # Quick operations finish before the indicator would appear: no flicker, no relayout.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._busy_text = ""
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.count_label)
        from ui.ledger.backup_status import BackupStatusLabel  # last good backup; runs the automatic backups

        self.backup_label = BackupStatusLabel(self.ctx)
        status.addPermanentWidget(self.backup_label)

    def _connect(self) -> None:
        a = self.registry
        a[ActionId.NEW_CASE].triggered.connect(self.new_case)
        a[ActionId.SEARCH].triggered.connect(self.focus_search)
        a[ActionId.REFRESH].triggered.connect(self.refresh_current)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.GO_BACK].triggered.connect(self.go_back)
        for spec in self.specs:
            a[spec.action].triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        self.search_box.returnPressed.connect(lambda: self.run_search(self.search_box.text()))
        nav = self.ctx.nav
        nav.open_case.connect(self.open_case)
        nav.open_case_notice.connect(self.open_case)
        nav.new_case.connect(self.new_case)
        nav.show_page.connect(self.show_page)
        nav.search.connect(self.run_search)
        nav.go_back.connect(self.go_back)
        self.ctx.tasks.busy_changed.connect(self._busy_changed)
        self.ctx.changes.changed.connect(self._data_changed)
        self.ctx.lookups.changed.connect(self._update_title)

    def retranslate(self) -> None:
        self.registry.retranslate()
        for row, spec in enumerate(self.specs):
            item = self.nav.item(row)
            item.setText(spec.translated_title())
            item.setToolTip(self.registry[spec.action].toolTip())
        # Wide enough for the longest title in the current language (English ones are longer).
        self.nav.setMinimumWidth(max(140, self.nav.sizeHintForColumn(0) + 48))
        self.search_box.setPlaceholderText(self.tr("搜索案号、姓名、电话/身份证尾号、警情号…（Ctrl+F）"))
        self._update_title()

    def _update_title(self) -> None:
        committee = self.ctx.lookups.current.committee
        self.committee_label.setText(committee.name)
        self.setWindowTitle(self.tr("调解室工作台 — {name} — {db}").format(name=committee.name,
                                                                     db=self.ctx.store.description))

    # --- pages ---------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            widget = self._make_page(key)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def _make_page(self, key: str) -> QWidget:
        for spec in self.specs:
            if spec.key == key:
                return spec.factory(self.ctx)
        if key == "case":
            from ui.case_detail import CaseDetailPage

            return CaseDetailPage(self.ctx)
        if key == "intake":
            from ui.intake_form import IntakeForm

            return IntakeForm(self.ctx)
        raise KeyError(key)

    def current_key(self) -> str:
        for key, widget in self._pages.items():
            if widget is self.stack.currentWidget():
                return key
        return ""

    def show_page(self, key: str) -> QWidget:
        current = self.current_key()
        widget = self.page(key)
        if current and current != key:
            self._history.append(current)
            del self._history[:-20]
        self.stack.setCurrentWidget(widget)
        # The case and intake pages belong to 案件 in the navigation.
        nav_key = "cases" if key in ("case", "intake") else key
        row = next((i for i, s in enumerate(self.specs) if s.key == nav_key), -1)
        if row >= 0:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
            if nav_key == key:
                settings.LAST_PAGE.set(key)
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        return widget

    def show_initial_page(self) -> None:
        last = settings.LAST_PAGE.get()
        self.show_page(last if any(s.key == last for s in self.specs) else "dashboard")

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_page(self.specs[row].key)

    def go_back(self) -> None:
        while self._history:
            key = self._history.pop()
            if key in self._pages and not getattr(self._pages[key], "finished", False):
                self.show_page(key)
                self._history.pop()  # show_page pushed the page we left; going back must not loop
                return
        self.show_page("dashboard")

    def open_case(self, case_id: int, notice: str = "") -> None:
        page: Any = self.show_page("case")
        page.load(case_id, notice)

    def new_case(self) -> None:
        page: Any = self.page("intake")
        if getattr(page, "finished", False):
            # A saved or cancelled form is replaced by a fresh one; an unfinished one is kept.
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._pages["intake"]
        self.show_page("intake")

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self, text: str) -> None:
        if self.search_box.text() != text:
            self.search_box.setText(text)
        page: Any = self.show_page("cases")
        page.search(text)

    def refresh_current(self) -> None:
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()
        self.refresh_counts()

    # --- status bar ----------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        store, committee = self.ctx.store, self.ctx.committee_id
        self.ctx.tasks.op(lambda: case_service.count_cases(store, committee), parent=self,
                          label=self.tr("正在统计案件…")).success(self._show_count).run()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("共 {n} 件案件").format(n=f"{total:,}"))

    def _busy_changed(self, busy: bool, label: str) -> None:
        self._busy_text = label
        if busy:
            if self.busy_bar.isVisible():
                self.busy_label.setText(label)
            elif not self._busy_timer.isActive():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()
            self.busy_label.setText("")

    def _show_busy(self) -> None:
        if self.ctx.tasks.busy:
            self.busy_label.setText(self._busy_text)
            self.busy_bar.show()

    def _data_changed(self, changes: Changes) -> None:
        if changes.cases:
            self.refresh_counts()

    # --- remembered layout ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = settings.MAIN_GEOMETRY.get()
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.MAIN_STATE.get()
        if state:
            self.restoreState(state)
        split = settings.MAIN_SPLITTER.get()
        if split:
            self.splitter.restoreState(split)

    def save_layout(self) -> None:
        settings.MAIN_GEOMETRY.set(bytes(self.saveGeometry().data()))
        settings.MAIN_STATE.set(bytes(self.saveState().data()))
        settings.MAIN_SPLITTER.set(bytes(self.splitter.saveState().data()))
        for widget in self._pages.values():
            save = getattr(widget, "save_layout", None)
            if callable(save):
                save()
        settings.qsettings().sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        self.ctx.tasks.wait_for_done(3000)
        super().closeEvent(event)

