"""The main window: navigation on the left, pages on the right, global search, status bar.

It only places things: pages come from ``ui.pages``, actions from ``ui.actions``, work from the
views themselves. Requests between views travel through ``ctx.nav`` and ``ctx.changes``.

The window is built in two steps so it can appear before the database is open: the frame
(navigation, search box, status bar) needs nothing from the store; :meth:`MainWindow.attach` hands
it the :class:`AppContext` once the store is ready. Pages asked for in between are remembered and
shown on attach, so nothing the user clicks or types during start-up is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui import settings
from ui.actions import ActionId, ActionRegistry
from ui.changes import Changes
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
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.context import AppContext

BUSY_DELAY_MS = 150  # operations quicker than this show no busy indicator


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None, pages: list[PageSpec] | None = None, *,
                 db_description: str = "") -> None:
        super().__init__()
        self._ctx: AppContext | None = None
        self._db_description = ctx.store.description if ctx is not None else db_description
        self.setObjectName("mainWindow")
        self.specs = pages or default_pages()
        self.registry = ActionRegistry(self)
        self._pages: dict[str, QWidget] = {}
        self._history: list[str] = []
        self._pending_page = ""  # asked for before the store was open
        self._pending_search: str | None = None
        self._build()
        self._connect_frame()
        self.retranslate()
        self._restore_layout()
        if ctx is not None:
            self.attach(ctx)

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the main window has no store yet")
        return self._ctx

    @property
    def attached(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: AppContext) -> None:
        """Connect the frame to an open store; shows the page asked for while it was opening."""
        self._ctx = ctx
        self._db_description = ctx.store.description
        self.db_label.setText(self._db_description)
        self._connect_store()
        from ui.ledger.backup_status import BackupStatusLabel  # last good backup; runs the automatic backups

        self.backup_label = BackupStatusLabel(ctx)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._update_title()
        self.refresh_counts()
        if self.isVisible() or self._pending_page:
            self.show_initial_page()
        if self._pending_search is not None:
            text, self._pending_search = self._pending_search, None
            self.run_search(text)

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
        self._opening: QWidget | None = self._opening_page()
        self.stack.addWidget(self._opening)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1000])
        self.setCentralWidget(self.splitter)

        status = self.statusBar()
        self.db_label = QLabel(self.tr("正在打开数据库 {db}…").format(db=self._db_description))
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

    def _opening_page(self) -> QWidget:
        """What the page area shows for the moment between the window appearing and the store opening."""
        page = QWidget()
        page.setObjectName("page_opening")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel(self.tr("正在打开数据库…"))
        label.setObjectName("emptyState")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setMaximumWidth(240)
        bar.setMaximumHeight(6)
        bar.setTextVisible(False)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _connect_frame(self) -> None:
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

    def _connect_store(self) -> None:
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
        if self._ctx is None:
            self.setWindowTitle(self.tr("调解室工作台 — {db}").format(db=self._db_description))
            return
        committee = self.ctx.lookups.current.committee
        self.committee_label.setText(committee.name)
        self.setWindowTitle(self.tr("调解室工作台 — {name} — {db}").format(name=committee.name,
                                                                     db=self._db_description))

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

    def show_page(self, key: str) -> QWidget | None:
        if self._ctx is None:  # still opening: remember the choice and show it on attach
            self._pending_page = key
            self._select_nav(key)
            return None
        current = self.current_key()
        widget = self.page(key)
        if current and current != key:
            self._history.append(current)
            del self._history[:-20]
        self.stack.setCurrentWidget(widget)
        if self._opening is not None:
            self.stack.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None
        if self._select_nav(key):
            settings.LAST_PAGE.set(key)
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        return widget

    def show_initial_page(self) -> None:
        if self._pending_page:
            key, self._pending_page = self._pending_page, ""
            self.show_page(key)
            return
        last = settings.LAST_PAGE.get()
        self.show_page(last if any(s.key == last for s in self.specs) else "dashboard")

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_page(self.specs[row].key)

    def _select_nav(self, key: str) -> bool:
        """Highlight the navigation entry of ``key``; True if the page is a navigation entry itself."""
        nav_key = "cases" if key in ("case", "intake") else key  # they belong to 案件
        row = next((i for i, s in enumerate(self.specs) if s.key == nav_key), -1)
        if row >= 0:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return row >= 0 and nav_key == key

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
        if self._ctx is None:
            self.show_page("intake")
            return
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
        if page is None:  # the store is still opening; the search runs on attach
            self._pending_search = text
            return
        page.search(text)

    def refresh_current(self) -> None:
        if self._ctx is None:
            return
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()
        self.refresh_counts()

    # --- status bar ----------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        from mediation_desk.services import cases as case_service

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
        if self._ctx is not None:
            self._ctx.tasks.wait_for_done(3000)
        super().closeEvent(event)

