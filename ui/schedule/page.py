"""日程: the week of sessions by room or by person, with the attention list beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from mediation_desk.services import scheduling
from mediation_desk.services.scheduling import Conflict, SessionInfo
from ui import settings
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import confirm, show_message
from ui.formatting import LOCAL_TZ
from ui.qt import (
    QAction,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ui.schedule import exports
from ui.schedule.attention_panel import AttentionPanel
from ui.schedule.data import ViewMode, WeekData, load_week, monday_of
from ui.schedule.holiday_dialog import HolidayNoticeDialog
from ui.schedule.session_dialog import SessionDialog
from ui.schedule.week_view import WeekView

# Asks for a file name to save to: (parent, title, suggested name, filter) -> path or "".
AskPath = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, title: str, name: str, filt: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filt)
    return path


def ask_folder(parent: QWidget, title: str, _name: str, _filt: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, str(Path.home()))


class SchedulePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.monday = monday_of(date.today())
        self.data: WeekData | None = None
        self.ask_path: AskPath = ask_save_path
        self.ask_dir: AskPath = ask_folder
        self.last_box: QMessageBox | None = None
        self.dialog: SessionDialog | None = None
        self._build()
        ctx.changes.changed.connect(self._on_changes)

    # --- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        bar = QHBoxLayout()
        title = QLabel(self.tr("日程"))
        title.setObjectName("pageTitle")
        bar.addWidget(title)
        self.prev_button = self._tool(self.tr("◀ 上一周"), self.previous_week, "Ctrl+Left")
        self.today_button = self._tool(self.tr("本周"), self.this_week, "")
        self.next_button = self._tool(self.tr("下一周 ▶"), self.next_week, "Ctrl+Right")
        for b in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(b)
        self.week_label = QLabel()
        self.week_label.setObjectName("sectionTitle")
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("查看：")))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("按调解室"), "room")
        for m in self.ctx.lookups.current.mediators:
            if m.active:
                self.mode.addItem(self.tr("调解员：{name}").format(name=m.name), f"mediator:{m.id}")
        for a in self.ctx.lookups.current.agencies:
            for lid, name, _title in a.liaisons:
                self.mode.addItem(self.tr("联络员：{name}（{agency}）").format(name=name, agency=a.name),
                                  f"liaison:{lid}")
        self.mode.setMinimumContentsLength(14)
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.mode)
        self.new_button = QPushButton(self.tr("安排调解"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.new_session())
        bar.addWidget(self.new_button)
        self.more = QToolButton()
        self.more.setText(self.tr("导出与打印"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for text, slot in ((self.tr("导出本周日历（.ics）"), self.export_week_ics),
                           (self.tr("打印本周…"), self.print_week),
                           (self.tr("本周存为 PDF…"), self.save_week_pdf)):
            act = QAction(text, self)
            act.triggered.connect(slot)
            self.more.addAction(act)
        bar.addWidget(self.more)
        layout.addLayout(bar)

        self.banner = QFrame()
        self.banner.setObjectName("warningBanner")
        self.banner.setStyleSheet("#warningBanner { background: #fff4e5; border: 1px solid #f0c36d; "
                                  "border-radius: 4px; }")
        brow = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("录入放假通知"))
        self.banner_button.clicked.connect(self.enter_holidays)
        brow.addWidget(self.banner_text, 1)
        brow.addWidget(self.banner_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = split
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.view = WeekView()
        self.view.session_activated.connect(self.ctx.nav.open_case.emit)
        self.view.session_moved.connect(self.move_session)
        self.view_scroll = QScrollArea()
        self.view_scroll.setWidgetResizable(True)
        self.view_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view_scroll.setWidget(self.view)
        ll.addWidget(self.view_scroll, 1)
        self.session_bar = QHBoxLayout()
        self.empty = QLabel(self.tr("本周没有安排调解。点“安排调解”新建；拖动色块可改期，双击色块打开案件。"))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        ll.addWidget(self.empty)
        self.session_bar.addStretch(1)
        self.session_choice = QComboBox()
        self.session_choice.setMinimumContentsLength(18)
        self.session_bar.addWidget(self.session_choice)
        self.session_widgets: list[QWidget] = [self.session_choice]
        for text, slot in ((self.tr("导出此次调解（.ics）"), self.export_session_ics),
                           (self.tr("保存调解通知书…"), self.save_notices),
                           (self.tr("打印调解通知书…"), self.print_notices)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.session_bar.addWidget(button)
            self.session_widgets.append(button)
        ll.addLayout(self.session_bar)
        split.addWidget(left)
        self.attention = AttentionPanel(self.ctx)
        # Narrow enough to leave a two-room week unscrolled on a 1366-px screen; drag it wider or shut.
        self.attention.setMinimumWidth(240)
        split.addWidget(self.attention)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 260])
        state = settings.SCHEDULE_SPLITTER.get()
        if state:
            split.restoreState(state)
        layout.addWidget(split, 1)

    def _tool(self, text: str, slot: Callable[[], None], shortcut: str) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.clicked.connect(slot)
        if shortcut:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            b.setToolTip(shortcut)
        return b

    # --- loading -------------------------------------------------------------------------------------
    def save_layout(self) -> None:
        settings.SCHEDULE_SPLITTER.set(bytes(self.splitter.saveState().data()))

    def page_shown(self) -> None:
        self.refresh()

    def view_mode(self) -> ViewMode:
        # Item data is "room" or "mediator:<id>" / "liaison:<id>" (a string: findData can match it).
        kind, _, pid = str(self.mode.currentData() or "room").partition(":")
        return ViewMode(kind, int(pid) if pid else None)

    def refresh(self) -> None:
        monday, mode = self.monday, self.view_mode()
        self.ctx.tasks.op(lambda: load_week(self.ctx.store, self.ctx.committee_id, monday, mode),
                          parent=self, label=self.tr("正在读取日程…")).success(self.show_week).run()
        self.attention.refresh()

    def show_week(self, data: WeekData) -> None:
        self.data = data
        sunday = data.monday + timedelta(days=6)
        self.week_label.setText(self.tr("{y}年{m1}月{d1}日 – {m2}月{d2}日").format(
            y=data.monday.year, m1=data.monday.month, d1=data.monday.day, m2=sunday.month, d2=sunday.day))
        self.view.show_week(data)
        self.session_choice.clear()
        for s in data.sessions:
            a = s.starts_at.astimezone(LOCAL_TZ)
            self.session_choice.addItem(f"{a.month}月{a.day}日 {a:%H:%M} {s.case_number}", s.id)
        has = bool(data.sessions)
        hint = self.tr("拖动色块可改期，双击色块打开案件；红框表示时间冲突（鼠标停留可查看原因）。")
        self.empty.setText(hint if has else
                           self.tr("本周没有安排调解。点“安排调解”新建；拖动色块可改期，双击色块打开案件。"))
        for w in self.session_widgets:
            w.setVisible(has)
        if data.uncovered_years:
            years = "、".join(str(y) for y in data.uncovered_years)
            self.banner_text.setText(self.tr("{years} 年的法定节假日安排尚未录入，本周只按周末标出休息日，"
                                             "节假日和调休可能不准确。").format(years=years))
            self.banner_button.setVisible(self.ctx.actor.role == "admin")
        self.banner.setVisible(bool(data.uncovered_years))

    def _on_changes(self, changes: Changes) -> None:
        if (changes.schedule or changes.cases or changes.mediators) and self.isVisible():
            self.refresh()

    # --- navigation ----------------------------------------------------------------------------------
    def previous_week(self) -> None:
        self.monday -= timedelta(days=7)
        self.refresh()

    def next_week(self) -> None:
        self.monday += timedelta(days=7)
        self.refresh()

    def this_week(self) -> None:
        self.monday = monday_of(date.today())
        self.refresh()

    # --- sessions ------------------------------------------------------------------------------------
    def new_session(self, start: datetime | None = None, case_id: int | None = None) -> SessionDialog:
        self.dialog = SessionDialog(self.ctx, self, case_id=case_id, start=start)
        self.dialog.saved.connect(lambda _info: self.refresh())
        self.dialog.open()
        return self.dialog

    def session(self, session_id: int) -> SessionInfo | None:
        return next((s for s in self.data.sessions if s.id == session_id), None) if self.data else None

    def move_session(self, session_id: int, start: datetime, room_id: int | None) -> None:
        s = self.session(session_id)
        if s is None:
            return
        end = start + (s.ends_at - s.starts_at)
        mediators = [p.mediator_id for p in s.participants if p.mediator_id is not None]
        liaisons = [p.liaison_id for p in s.participants if p.liaison_id is not None]
        parties = [p.case_party_id for p in s.participants if p.case_party_id is not None]
        self.ctx.tasks.op(lambda: scheduling.check_conflicts(
            self.ctx.store, self.ctx.committee_id, starts_at=start, ends_at=end, room_id=room_id,
            mediator_ids=mediators, liaison_ids=liaisons, case_party_ids=parties, ignore_session_id=s.id),
            parent=self,
        ).success(lambda found: self._confirm_move(s, start, end, room_id, found)).run()

    def _confirm_move(self, s: SessionInfo, start: datetime, end: datetime, room_id: int | None,
                      found: list[Conflict]) -> None:
        blocking = [c for c in found if c.blocking]
        if not blocking:
            self._save_move(s, start, end, room_id, False)
            return
        text = self.tr("改到这个时间有冲突：\n{lines}\n\n仍然改期吗？").format(
            lines="\n".join("· " + c.message for c in blocking))
        self.last_box = confirm(self, text, lambda: self._save_move(s, start, end, room_id, True),
                                yes_text=self.tr("仍然改期"))

    def _save_move(self, s: SessionInfo, start: datetime, end: datetime, room_id: int | None,
                   allow: bool) -> None:
        self.ctx.tasks.op(lambda: scheduling.move_session(self.ctx.store, self.ctx.actor, s.id, s.version,
                                                          starts_at=start, ends_at=end, room_id=room_id,
                                                          allow_conflicts=allow),
                          parent=self, write=True, label=self.tr("正在改期…")).announces(
            Changes(cases=True, case_ids=frozenset({s.case_id}), schedule=True)).run()

    # --- files ---------------------------------------------------------------------------------------
    def _person(self) -> tuple[int | None, int | None, str]:
        mode = self.view_mode()
        name = self.mode.currentText() if mode.kind != "room" else self.tr("调解安排")
        return (mode.person_id if mode.kind == "mediator" else None,
                mode.person_id if mode.kind == "liaison" else None, name)

    def export_week_ics(self) -> None:
        path = self.ask_path(self, self.tr("导出本周日历"), f"调解安排-{self.monday.isoformat()}.ics",
                             self.tr("日历文件 (*.ics)"))
        if not path:
            return
        mediator, liaison, name = self._person()
        monday = self.monday
        self.ctx.tasks.op(lambda: exports.week_ics_file(self.ctx.store, self.ctx.committee_id, monday, Path(path),
                                                        mediator_id=mediator, liaison_id=liaison, name=name),
                          parent=self).success(self._written).run()

    def selected_session_id(self) -> int | None:
        data = self.session_choice.currentData()
        return None if data is None else int(data)

    def export_session_ics(self) -> None:
        sid = self.selected_session_id()
        if sid is None:
            return
        path = self.ask_path(self, self.tr("导出此次调解"), f"调解安排-{sid}.ics", self.tr("日历文件 (*.ics)"))
        if path:
            self.ctx.tasks.op(lambda: exports.session_ics_file(self.ctx.store, self.ctx.actor, sid, Path(path)),
                              parent=self).success(self._written).run()

    def save_notices(self) -> None:
        sid = self.selected_session_id()
        if sid is None:
            return
        folder = self.ask_dir(self, self.tr("选择保存调解通知书的文件夹"), "", "")
        if folder:
            self.ctx.tasks.op(lambda: exports.session_notice_files(self.ctx.store, self.ctx.actor, sid, Path(folder)),
                              parent=self, label=self.tr("正在生成调解通知书…")).success(self._notices_written).run()

    def print_notices(self) -> None:
        sid = self.selected_session_id()
        if sid is not None:
            self.ctx.tasks.op(lambda: exports.notice_print_job(self.ctx.store, self.ctx.actor, sid), parent=self,
                              label=self.tr("正在生成调解通知书…")).success(self._print_notices).run()

    def _print_notices(self, job: exports.NoticePrintJob) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            exports.print_pdf(job.pdf, printer, job.copies)

    def _notices_written(self, files: exports.NoticeFiles) -> None:
        if files.paths:
            self._written(files.paths[0].parent,
                          self.tr("已为 {n} 位当事人各生成一份调解通知书。").format(n=len(files.paths)))

    def _written(self, path: Path, extra: str = "") -> None:
        self.last_box = show_message(self, (extra + "\n" if extra else "") + self.tr("已保存到：{path}").format(
            path=path), warning=False, title=self.tr("已保存"))

    def print_week(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() == QPrintDialog.DialogCode.Accepted:
            exports.print_widget(self.view, printer)

    def save_week_pdf(self) -> None:
        path = self.ask_path(self, self.tr("本周存为 PDF"), f"调解安排-{self.monday.isoformat()}.pdf",
                             self.tr("PDF 文件 (*.pdf)"))
        if path:
            self._written(exports.print_week_pdf(self.view, Path(path)))

    def enter_holidays(self) -> None:
        year = self.data.uncovered_years[0] if self.data and self.data.uncovered_years else self.monday.year
        dlg = HolidayNoticeDialog(self.ctx, year, self)
        dlg.accepted.connect(self.refresh)
        dlg.open()
