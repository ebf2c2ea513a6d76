"""The editor of one 调解记录 / 调查记录, which never loses what was typed.

Two safety nets: every change is written to a local draft file (``mediation_desk.drafts``) after a
short pause, so a crash or a killed process loses at most that pause; and the draft is saved to the
database every ~10 s, when a field loses focus and when the editor is closed. Opening a record whose
local draft is newer than the database offers to restore it. A save based on an old version is
refused by the core; the editor then says so and offers to reload, never overwriting silently.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from mediation_desk.drafts import DraftStore
from mediation_desk.errors import StaleEditError
from mediation_desk.services import records
from mediation_desk.services.records import RecordContent, RecordView
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import confirm, show_error
from ui.formatting import LOCAL_TZ, fmt_local
from ui.qt import (
    QDateTime,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import AutosaveLineEdit, AutosavePlainTextEdit, muted

LOCAL_DEBOUNCE_MS = 800
DATABASE_SAVE_MS = 10_000
TEXT_FIELDS = ("subject", "place", "present", "notices", "body", "facts_checked", "risk_warning", "result",
               "recorder")
MULTILINE = {"notices", "body", "facts_checked", "risk_warning", "result"}


def draft_key(record_id: int) -> str:
    return f"record-{record_id}"


def content_to_dict(c: RecordContent) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(c, name) for name in TEXT_FIELDS}
    out["occurred_at"] = c.occurred_at.isoformat() if c.occurred_at else None
    return out


def content_from_dict(d: dict[str, Any]) -> RecordContent:
    raw = d.get("occurred_at")
    when = datetime.fromisoformat(raw) if raw else None
    return RecordContent(occurred_at=when, **{name: str(d.get(name) or "") for name in TEXT_FIELDS})


class RecordEditor(QWidget):
    """Edits one record; ``changed`` fires after a database write (save, sign, correct)."""

    opened_other = Signal(int)  # a correction created a new version: open it

    def __init__(self, ctx: AppContext, drafts: DraftStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drafts = drafts or DraftStore()
        self.record: RecordView | None = None
        self.version = 0
        self.saved_content: RecordContent | None = None  # what the database holds
        self._loading = False
        self._saving = False
        self._stale = False  # the database has a newer version: no more saves until a reload
        self.recovered_draft: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.status = muted()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status, 1)
        self.sign_button = QPushButton(self.tr("签字确认"))
        self.sign_button.setToolTip(self.tr("当事人和调解员签字后确认；确认后记录不能再修改，只能更正"))
        self.sign_button.clicked.connect(self.ask_sign)
        self.correct_button = QPushButton(self.tr("更正"))
        self.correct_button.setToolTip(self.tr("已签字的记录有误时，生成一个新版本进行更正，原版本保留"))
        self.correct_button.clicked.connect(self.start_correction)
        head.addWidget(self.sign_button)
        head.addWidget(self.correct_button)
        layout.addLayout(head)

        self.banner = QFrame()
        self.banner.setObjectName("noticeBanner")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.recover_button = QPushButton(self.tr("恢复草稿"))
        self.recover_button.clicked.connect(self.recover_draft)
        self.discard_button = QPushButton(self.tr("放弃草稿"))
        self.discard_button.clicked.connect(self.discard_local_draft)
        self.reload_button = QPushButton(self.tr("重新载入"))
        self.reload_button.clicked.connect(self.reload)
        for b in (self.recover_button, self.discard_button, self.reload_button):
            banner_layout.addWidget(b)
        self.banner.hide()
        layout.addWidget(self.banner)

        form_box = QWidget()
        form = QFormLayout(form_box)
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_at.setCalendarPopup(True)
        form.addRow(self.tr("时间"), self.occurred_at)
        labels = {"subject": self.tr("事由"), "place": self.tr("地点"), "present": self.tr("参加人员"),
                  "notices": self.tr("告知事项"), "body": self.tr("当事人陈述 / 调查内容"),
                  "facts_checked": self.tr("查明的事实"), "risk_warning": self.tr("风险提示"),
                  "result": self.tr("调解结果"), "recorder": self.tr("记录人")}
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            widget: AutosaveLineEdit | AutosavePlainTextEdit
            if name in MULTILINE:
                widget = AutosavePlainTextEdit()
                widget.setMinimumHeight(120 if name == "body" else 64)
            else:
                widget = AutosaveLineEdit()
            widget.textChanged.connect(self._edited)
            widget.focus_left.connect(self.save_to_database)
            widget.setObjectName(f"record_{name}")
            self.fields[name] = widget
            form.addRow(labels[name], widget)
        self.occurred_at.dateTimeChanged.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        layout.addWidget(scroll, 1)
        self.save_state = muted()
        layout.addWidget(self.save_state)

        self.local_timer = QTimer(self)
        self.local_timer.setSingleShot(True)
        self.local_timer.setInterval(LOCAL_DEBOUNCE_MS)
        self.local_timer.timeout.connect(self.save_local_draft)
        self.db_timer = QTimer(self)
        self.db_timer.setSingleShot(True)
        self.db_timer.setInterval(DATABASE_SAVE_MS)
        self.db_timer.timeout.connect(self.save_to_database)

    # --- loading --------------------------------------------------------------------------------
    def open_record(self, record: RecordView) -> None:
        if self.record is not None and self.record.id != record.id:
            self.flush()
        self.record = record
        self.version = record.edit_version
        self.saved_content = record.content
        self._show_content(record.content)
        kind = records.RECORD_KIND_LABELS.get(records.RecordKind(record.kind), "")
        self.title.setText(self.tr("{kind}（第 {n} 版）").format(kind=self.tr(kind), n=record.version_no))
        self._apply_state()
        self.banner.hide()
        self._offer_recovery(record)

    def _show_content(self, c: RecordContent) -> None:
        self._loading = True
        try:
            when = c.occurred_at or datetime.now(UTC)
            local = when.astimezone(LOCAL_TZ)
            self.occurred_at.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))
            for name, widget in self.fields.items():
                value = getattr(c, name)
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)
        finally:
            self._loading = False

    def _apply_state(self) -> None:
        r = self.record
        editable = r is not None and r.editable
        for widget in self.fields.values():
            widget.setReadOnly(not editable)
        self.occurred_at.setReadOnly(not editable)
        self.sign_button.setVisible(editable)
        self.correct_button.setVisible(r is not None and r.status == records.RecordStatus.SIGNED)
        if r is None:
            self.status.setText("")
        elif r.status == records.RecordStatus.SIGNED:
            self.status.setText(self.tr("已于 {at} 签字确认，不能再修改；如有错误请点“更正”。").format(
                at=fmt_local(r.signed_at)))
        elif r.status == records.RecordStatus.SUPERSEDED:
            self.status.setText(self.tr("此版本已被更正，仅供查阅。"))
        else:
            self.status.setText(self.tr("草稿：输入会自动保存。"))

    def _offer_recovery(self, record: RecordView) -> None:
        if not record.editable:
            return
        draft = self.drafts.recover(draft_key(record.id))
        if draft is None:
            return
        if content_from_dict(draft.content) == record.content or draft.saved_at <= record.updated_at:
            self.drafts.discard(draft_key(record.id))
            return
        self.recovered_draft = draft.content
        self._show_banner(self.tr("发现本记录在 {at} 未保存到数据库的草稿（程序可能意外关闭）。要恢复吗？").format(
            at=fmt_local(draft.saved_at, "%Y-%m-%d %H:%M:%S")), recover=True)

    def _show_banner(self, text: str, *, recover: bool = False, reload: bool = False) -> None:
        self.banner_text.setText(text)
        self.recover_button.setVisible(recover)
        self.discard_button.setVisible(recover)
        self.reload_button.setVisible(reload)
        self.banner.show()

    def recover_draft(self) -> None:
        if self.recovered_draft is None:
            return
        self._show_content(content_from_dict(self.recovered_draft))
        self.recovered_draft = None
        self.banner.hide()
        self.save_to_database()

    def discard_local_draft(self) -> None:
        if self.record is not None:
            self.drafts.discard(draft_key(self.record.id))
        self.recovered_draft = None
        self.banner.hide()

    def reload(self) -> None:
        if self.record is None:
            return
        record_id = self.record.id
        self.drafts.discard(draft_key(record_id))
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: records.get_record(store, actor, record_id), parent=self,
                          label=self.tr("正在读取记录…")).success(self._reloaded).run()

    def _reloaded(self, record: RecordView) -> None:
        self._stale = False
        self.record = None  # do not flush the refused content over the fresh one
        self.open_record(record)

    # --- editing and saving ---------------------------------------------------------------------
    def content(self) -> RecordContent:
        qdt = self.occurred_at.dateTime()
        d, t = qdt.date(), qdt.time()
        when = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ).astimezone(UTC)
        values = {name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
                  for name, w in self.fields.items()}
        return RecordContent(occurred_at=when, **values)

    def _edited(self, *_args: object) -> None:
        if self._loading or self.record is None or not self.record.editable:
            return
        self.save_state.setText(self.tr("有未保存的修改…"))
        self.local_timer.start()
        if not self.db_timer.isActive():
            self.db_timer.start()

    def dirty(self) -> bool:
        return self.record is not None and self.record.editable and self.content() != self.saved_content

    def save_local_draft(self) -> None:
        self.local_timer.stop()
        if self.record is None or not self.dirty():
            return
        self.drafts.save(draft_key(self.record.id), content_to_dict(self.content()), base_version=self.version)
        self.save_state.setText(self.tr("已暂存到本机 {at}").format(at=datetime.now(LOCAL_TZ).strftime("%H:%M:%S")))

    def save_to_database(self, then: Callable[[], None] | None = None) -> None:
        """Save now if anything changed; ``then`` runs after a successful save (or at once if clean)."""
        self.db_timer.stop()
        if self.record is None or not self.dirty() or self._saving or self._stale:
            if then is not None and not self._saving:
                then()
            return
        self.save_local_draft()
        record_id, version, content = self.record.id, self.version, self.content()
        store, actor = self.ctx.store, self.ctx.actor
        self._saving = True

        def saved(new_version: int) -> None:
            self._saving = False
            self.version = new_version
            self.saved_content = content
            if self.content() == content:
                self.drafts.discard(draft_key(record_id))
            self.save_state.setText(self.tr("已保存 {at}").format(at=datetime.now(LOCAL_TZ).strftime("%H:%M:%S")))
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            self._saving = False
            if isinstance(exc, StaleEditError):
                self._stale = True
                self._show_banner(self.tr("这份记录已在别处被修改，您的修改没有保存到数据库（本机草稿仍保留）。"
                                          "请点“重新载入”查看最新内容后再修改。"), reload=True)
            else:
                show_error(self, exc)

        self.ctx.tasks.op(lambda: records.save_draft(store, actor, record_id, content, version), parent=self,
                          label=self.tr("正在保存记录…"), write=True).success(saved).failure(failed).run()

    def flush(self) -> None:
        """Closing or leaving: keep everything (local draft at once, database in the background)."""
        self.local_timer.stop()
        if self.dirty():
            self.save_local_draft()
            self.save_to_database()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    # --- signing and correcting -----------------------------------------------------------------
    def ask_sign(self) -> None:
        if self.record is None:
            return
        self.confirm_box = confirm(self, self.tr("确认当事人、调解员和记录人都已在记录上签字？确认后记录不能再修改。"),
                                   lambda: self.save_to_database(self._sign), yes_text=self.tr("签字确认"))

    def _sign(self) -> None:
        assert self.record is not None
        record_id, version = self.record.id, self.version
        store, actor = self.ctx.store, self.ctx.actor
        case_id = self.record.case_id
        self.ctx.tasks.op(lambda: records.sign(store, actor, record_id, version), parent=self,
                          label=self.tr("正在签字确认…"), write=True) \
            .announces(Changes(cases=True, case_ids=frozenset({case_id}))).success(self._signed).run()

    def _signed(self, record: RecordView) -> None:
        self.drafts.discard(draft_key(record.id))
        self.record = None
        self.open_record(record)

    def start_correction(self) -> None:
        if self.record is None:
            return
        record_id, case_id = self.record.id, self.record.case_id
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: records.correct(store, actor, record_id), parent=self,
                          label=self.tr("正在生成更正版本…"), write=True) \
            .announces(Changes(cases=True, case_ids=frozenset({case_id}))) \
            .success(self._corrected).run()

    def _corrected(self, record: RecordView) -> None:
        self.open_record(record)
        self.opened_other.emit(record.id)
