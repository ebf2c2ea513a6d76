"""调解: the case's sessions with their status; schedule (joint) sessions, reschedule, postpone,
cancel or mark held — all through ``services.scheduling``."""

from __future__ import annotations

from datetime import UTC, datetime

from mediation_desk.services import scheduling
from mediation_desk.services.scheduling import SessionInfo
from mediation_desk.services.session_calendar import describe_participants
from ui.case_tabs.base import CaseBundle, CaseTab, ReadOnlyTable, t
from ui.changes import Changes
from ui.context import AppContext
from ui.formatting import fmt_local
from ui.qt import QT_TRANSLATE_NOOP, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from ui.schedule.session_dialog import SessionDialog

SESSION_STATUS = {"planned": QT_TRANSLATE_NOOP("CaseTabs", "已安排"), "held": QT_TRANSLATE_NOOP("CaseTabs", "已举行"),
                  "postponed": QT_TRANSLATE_NOOP("CaseTabs", "已延期"),
                  "cancelled": QT_TRANSLATE_NOOP("CaseTabs", "已取消")}
HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "时间"), QT_TRANSLATE_NOOP("CaseTabs", "地点"),
           QT_TRANSLATE_NOOP("CaseTabs", "状态"), QT_TRANSLATE_NOOP("CaseTabs", "备注"),
           QT_TRANSLATE_NOOP("CaseTabs", "参加人员")]  # last: the long column stretches
ALL_TIME = (datetime(1990, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


class SessionsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "调解")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_id: int | None = None
        self.sessions: list[SessionInfo] = []
        self.dialog: SessionDialog | None = None
        bar = QHBoxLayout()
        self.schedule_button = QPushButton(t(QT_TRANSLATE_NOOP("CaseTabs", "安排调解")))
        self.schedule_button.setObjectName("primary")
        self.schedule_button.clicked.connect(self.schedule)
        bar.addWidget(self.schedule_button)
        self.reschedule_button = QPushButton(t(QT_TRANSLATE_NOOP("CaseTabs", "改期…")))
        self.reschedule_button.clicked.connect(self.reschedule)
        bar.addWidget(self.reschedule_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(t(QT_TRANSLATE_NOOP("CaseTabs", "说明："))))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(t(QT_TRANSLATE_NOOP("CaseTabs", "延期或取消的原因（取消时必填）")))
        self.reason.setMinimumWidth(240)
        bar.addWidget(self.reason)
        self.postpone_button = QPushButton(t(QT_TRANSLATE_NOOP("CaseTabs", "延期")))
        self.cancel_button = QPushButton(t(QT_TRANSLATE_NOOP("CaseTabs", "取消调解")))
        self.held_button = QPushButton(t(QT_TRANSLATE_NOOP("CaseTabs", "标记已举行")))
        self.postpone_button.clicked.connect(lambda: self.set_status("postponed"))
        self.cancel_button.clicked.connect(lambda: self.set_status("cancelled"))
        self.held_button.clicked.connect(lambda: self.set_status("held"))
        for b in (self.postpone_button, self.cancel_button, self.held_button):
            bar.addWidget(b)
        self.layout_.addLayout(bar)
        self.table = ReadOnlyTable([t(h) for h in HEADERS])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.reschedule())
        self.layout_.addWidget(self.table, 1)
        self.empty = QLabel(t(QT_TRANSLATE_NOOP(
            "CaseTabs", "还没有安排调解。点“安排调解”选择时间、调解室和参加人员；有移送单位联络员参加即为联合调解。")))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.layout_.addWidget(self.empty)
        self._update_buttons()

    def show_case(self, bundle: CaseBundle) -> None:
        self.case_id = bundle.detail.id
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        cid = self.case_id
        self.ctx.tasks.op(lambda: scheduling.sessions_between(self.ctx.store, self.ctx.committee_id, *ALL_TIME,
                                                              case_id=cid, include_cancelled=True),
                          parent=self).success(self._show).run()

    def _show(self, sessions: list[SessionInfo]) -> None:
        self.sessions = sessions
        rows = []
        for s in sessions:
            people = describe_participants(s).replace("\n", "；")
            rows.append([f"{fmt_local(s.starts_at)}–{fmt_local(s.ends_at, '%H:%M')}", s.where,
                         t(SESSION_STATUS.get(s.status, s.status)), s.note.replace("\n", "；"), people])
        self.table.set_rows(rows)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> SessionInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.sessions[rows[0].row()] if rows and rows[0].row() < len(self.sessions) else None

    def _update_buttons(self) -> None:
        s = self.selected()
        active = s is not None and s.status != "cancelled"
        for b in (self.reschedule_button, self.postpone_button, self.cancel_button, self.held_button):
            b.setEnabled(active)

    def schedule(self) -> SessionDialog | None:
        if self.case_id is None:
            return None
        self.dialog = SessionDialog(self.ctx, self, case_id=self.case_id)
        self.dialog.saved.connect(lambda _i: self.reload())
        self.dialog.open()
        return self.dialog

    def reschedule(self) -> SessionDialog | None:
        s = self.selected()
        if s is None or s.status == "cancelled":
            return None
        self.dialog = SessionDialog(self.ctx, self, session=s)
        self.dialog.saved.connect(lambda _i: self.reload())
        self.dialog.open()
        return self.dialog

    def set_status(self, status: str) -> None:
        s = self.selected()
        if s is None:
            return
        reason = self.reason.text()
        store, actor = self.ctx.store, self.ctx.actor

        def run() -> SessionInfo:
            if status == "cancelled":
                return scheduling.cancel_session(store, actor, s.id, s.version, reason)
            return scheduling.set_status(store, actor, s.id, s.version, status, note=reason)

        self.ctx.tasks.op(run, parent=self, write=True).announces(
            Changes(cases=True, case_ids=frozenset({s.case_id}), schedule=True)
        ).success(self._status_saved).run()

    def _status_saved(self, _info: SessionInfo) -> None:
        self.reason.clear()
        self.reload()
