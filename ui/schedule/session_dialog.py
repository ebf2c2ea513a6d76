"""安排调解: the new/edit session dialog with live conflicts and the core's free-slot suggestions.

Opened from the schedule page (the case is searched for) or from a case's 调解 tab (the case is
given and its parties, lead mediator and the referring agency's liaison are ticked in advance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from mediation_desk.errors import ValidationError
from mediation_desk.services import cases as case_service
from mediation_desk.services import committees, scheduling, search
from mediation_desk.services.cases import CaseDetail
from mediation_desk.services.scheduling import Conflict, ParticipantInput, SessionConflictError, SessionInfo, Slot
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import confirm, field_messages
from ui.formatting import LOCAL_TZ
from ui.qt import (
    QColor,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QTime,
    QTimeEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.schedule.people_lists import CheckList, InviteeTable
from ui.widgets import ErrorLabel, heading, muted

OTHER_PLACE = -1


@dataclass(frozen=True)
class DialogSetup:
    rooms: list[tuple[int, str]]
    case: CaseDetail | None


class SessionDialog(QDialog):
    saved = Signal(object)  # SessionInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, case_id: int | None = None,
                 session: SessionInfo | None = None, start: datetime | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.case_id = session.case_id if session else case_id
        self.case: CaseDetail | None = None
        self.conflicts: list[Conflict] = []
        self.slots: list[Slot] = []
        self.last_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("修改调解安排") if session else self.tr("安排调解"))
        self.setMinimumSize(880, 640)
        self._build(start)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check_now)
        ctx.tasks.op(self._load_setup, parent=self).success(self._apply_setup).run()

    # --- building -------------------------------------------------------------------------------
    def _build(self, start: datetime | None) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        case_row = QHBoxLayout()
        self.case_search = QLineEdit()
        self.case_search.setPlaceholderText(self.tr("输入案件编号、当事人姓名或电话查找"))
        self.case_find = QPushButton(self.tr("查找"))
        self.case_choice = QComboBox()
        self.case_choice.setMinimumContentsLength(24)
        case_row.addWidget(self.case_search, 2)
        case_row.addWidget(self.case_find)
        case_row.addWidget(self.case_choice, 3)
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        case_box = QWidget()
        cl = QVBoxLayout(case_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(case_row)
        cl.addWidget(self.case_label)
        form.addRow(self.tr("案件"), case_box)
        self.case_search.returnPressed.connect(self._search_cases)
        self.case_find.clicked.connect(self._search_cases)
        self.case_choice.activated.connect(lambda _i: self._case_chosen())
        fixed = self.case_id is not None
        for w in (self.case_search, self.case_find, self.case_choice):
            w.setVisible(not fixed)

        local = (start or _next_half_hour()).astimezone(LOCAL_TZ)
        if self.session:
            local = self.session.starts_at.astimezone(LOCAL_TZ)
        end_local = self.session.ends_at.astimezone(LOCAL_TZ) if self.session else local + timedelta(hours=1)
        when = QHBoxLayout()
        self.day = QDateEdit(QDate(local.year, local.month, local.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(local.hour, local.minute))
        self.end = QTimeEdit(QTime(end_local.hour, end_local.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        when.addWidget(self.day)
        when.addWidget(QLabel(self.tr("从")))
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("到")))
        when.addWidget(self.end)
        when.addStretch(1)
        form.addRow(self.tr("时间"), when)

        place_row = QHBoxLayout()
        self.room = QComboBox()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("不在调解室时填写地点，如当事人家中"))
        place_row.addWidget(self.room, 1)
        place_row.addWidget(self.place, 2)
        form.addRow(self.tr("调解室"), place_row)

        self.mediators = CheckList()
        self.mediators.set_entries([(m.id, m.name) for m in self.ctx.lookups.current.mediators if m.active])
        form.addRow(self.tr("调解员"), self.mediators)
        self.parties = CheckList()
        form.addRow(self.tr("当事人"), self.parties)
        self.liaisons = CheckList()
        self.liaisons.set_entries([(lid, f"{name}（{a.name}）") for a in self.ctx.lookups.current.agencies
                                   for lid, name, _title in a.liaisons])
        form.addRow(self.tr("联络员"), self.liaisons)
        self.invitees = InviteeTable()
        form.addRow(self.tr("邀请参与人员"), self.invitees)
        self.note = QLineEdit(self.session.note if self.session else "")
        form.addRow(self.tr("备注"), self.note)
        left.addLayout(form)
        self.error = ErrorLabel()
        left.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存安排"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        left.addWidget(self.buttons)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(heading(self.tr("冲突与提醒")))
        self.conflict_list = QListWidget()
        self.conflict_list.setWordWrap(True)
        self.conflict_list.addItem(self.tr("选好时间、调解室和人员后，这里会列出冲突和提醒。"))
        right.addWidget(self.conflict_list, 2)
        right.addWidget(heading(self.tr("空闲时间")))
        right.addWidget(muted(self.tr("按所选调解员、当事人、联络员和时长查找；点击一项即采用。")))
        self.suggest_button = QPushButton(self.tr("查找空闲时间"))
        self.suggest_button.clicked.connect(self.find_slots)
        right.addWidget(self.suggest_button)
        self.slot_list = QListWidget()
        self.slot_list.itemClicked.connect(self._slot_clicked)
        self.slot_list.itemActivated.connect(self._slot_clicked)
        self.slot_list.addItem(self.tr("尚未查找。"))
        right.addWidget(self.slot_list, 2)
        outer.addLayout(right, 2)

        for sig in (self.day.dateChanged, self.start.timeChanged, self.end.timeChanged,
                    self.room.currentIndexChanged, self.mediators.toggled, self.liaisons.toggled,
                    self.parties.toggled):
            sig.connect(self._schedule_check)

    # --- loading ------------------------------------------------------------------------------------
    def _load_setup(self) -> DialogSetup:
        rooms = committees.rooms(self.ctx.store, self.ctx.committee_id)
        case = (case_service.get_case_detail(self.ctx.store, self.ctx.actor, self.case_id)
                if self.case_id is not None else None)
        return DialogSetup(rooms, case)

    def _apply_setup(self, setup: DialogSetup) -> None:
        self.room.blockSignals(True)
        for rid, name in setup.rooms:
            self.room.addItem(name, rid)
        self.room.addItem(self.tr("其他地点（在右侧填写）"), OTHER_PLACE)
        if self.session is not None:
            i = self.room.findData(self.session.room_id if self.session.room_id is not None else OTHER_PLACE)
            self.room.setCurrentIndex(max(i, 0))
            self.place.setText(self.session.place)
        self.room.blockSignals(False)
        if setup.case is not None:
            self._show_case(setup.case)
        self._schedule_check()

    def _show_case(self, case: CaseDetail) -> None:
        self.case, self.case_id = case, case.id
        names = "、".join(p.name for p in case.parties)
        self.case_label.setText(f"{case.case_number}　{names}")
        self.parties.set_entries([(p.case_party_id, f"{p.name}（{_role(p.role)}）") for p in case.parties],
                                 {p.case_party_id for p in case.parties})
        if self.session is not None:
            self._tick_session(self.session)
            return
        if case.mediator_id is not None:
            self.mediators.set_checked(case.mediator_id)
        if case.referral is not None and case.referral.liaison:
            for a in self.ctx.lookups.current.agencies:
                if a.id == case.referral.agency_id:
                    for lid, name, _t in a.liaisons:
                        if name == case.referral.liaison:
                            self.liaisons.set_checked(lid)

    def _tick_session(self, s: SessionInfo) -> None:
        booked_parties = {p.case_party_id for p in s.participants if p.kind == "party"}
        for key in self.parties.checked_ids():
            self.parties.set_checked(key, key in booked_parties)
        for p in s.participants:
            if p.kind == "mediator" and p.mediator_id is not None:
                self.mediators.set_checked(p.mediator_id)
            elif p.kind == "liaison" and p.liaison_id is not None:
                self.liaisons.set_checked(p.liaison_id)
            elif p.kind == "invitee":
                self.invitees.add(p.name, p.capacity)

    def _search_cases(self) -> None:
        text = self.case_search.text().strip()
        if not text:
            return
        self.ctx.tasks.op(lambda: search.search(self.ctx.store, self.ctx.committee_id, text, limit=30),
                          parent=self).success(self._show_found).run()

    def _show_found(self, result: search.SearchResult) -> None:
        self.case_choice.clear()
        for row in result.rows:
            self.case_choice.addItem(f"{row.case_number}　{row.parties}", row.id)
        if not result.rows:
            self.case_label.setText(self.tr("没有找到符合的案件，请换个关键词。"))
            return
        self._case_chosen()

    def _case_chosen(self) -> None:
        cid = self.case_choice.currentData()
        if cid is None:
            return
        self.ctx.tasks.op(lambda: case_service.get_case_detail(self.ctx.store, self.ctx.actor, int(cid)),
                          parent=self).success(self._show_case).run()

    # --- reading the form -------------------------------------------------------------------------
    def times(self) -> tuple[datetime, datetime]:
        d = self.day.date()
        day = date(d.year(), d.month(), d.day())
        a, b = self.start.time(), self.end.time()
        return (datetime.combine(day, time(a.hour(), a.minute()), tzinfo=LOCAL_TZ),
                datetime.combine(day, time(b.hour(), b.minute()), tzinfo=LOCAL_TZ))

    def room_id(self) -> int | None:
        data = self.room.currentData()
        return None if data is None or data == OTHER_PLACE else int(data)

    def participants(self) -> list[ParticipantInput]:
        out = [ParticipantInput("mediator", mediator_id=m) for m in self.mediators.checked_ids()]
        out += [ParticipantInput("party", case_party_id=p) for p in self.parties.checked_ids()]
        out += [ParticipantInput("liaison", liaison_id=x) for x in self.liaisons.checked_ids()]
        out += [ParticipantInput("invitee", name=n, capacity=c) for n, c in self.invitees.entries()]
        return out

    # --- conflicts and free slots ----------------------------------------------------------------------
    def _schedule_check(self) -> None:
        self._check_timer.start()

    def check_now(self) -> None:
        a, b = self.times()
        if b <= a:
            self._show_conflicts([])
            return
        room, mediators, liaisons = self.room_id(), self.mediators.checked_ids(), self.liaisons.checked_ids()
        parties = self.parties.checked_ids()
        ignore = self.session.id if self.session else None
        self.ctx.tasks.op(lambda: scheduling.check_conflicts(
            self.ctx.store, self.ctx.committee_id, starts_at=a, ends_at=b, room_id=room, mediator_ids=mediators,
            liaison_ids=liaisons, case_party_ids=parties, ignore_session_id=ignore),
            parent=self).success(self._show_conflicts).run()

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        self.conflict_list.clear()
        if not conflicts:
            item = QListWidgetItem(self.tr("所选时间没有冲突。"))
            item.setForeground(QColor("#2e7d32"))
            self.conflict_list.addItem(item)
            return
        for c in conflicts:
            item = QListWidgetItem(("⚠ " if c.blocking else "· ") + c.message)
            item.setForeground(QColor("#c62828") if c.blocking else QColor("#9a6b1f"))
            item.setToolTip(c.message)
            self.conflict_list.addItem(item)

    def find_slots(self) -> None:
        a, b = self.times()
        duration = max(b - a, timedelta(minutes=30))
        not_before = max(a.replace(hour=0, minute=0).astimezone(UTC), datetime.now(UTC))
        mediators, liaisons = self.mediators.checked_ids(), self.liaisons.checked_ids()
        parties = self.parties.checked_ids()
        self.ctx.tasks.op(lambda: scheduling.suggest_slots(
            self.ctx.store, self.ctx.committee_id, duration=duration, not_before=not_before,
            mediator_ids=mediators, liaison_ids=liaisons, case_party_ids=parties),
            parent=self).success(self._show_slots).run()

    def _show_slots(self, slots: list[Slot]) -> None:
        self.slots = slots
        self.slot_list.clear()
        if not slots:
            self.slot_list.addItem(self.tr("30 天内没有所有人都空闲的时间，请减少人员或换调解室。"))
        for i, s in enumerate(slots):
            a, b = s.starts_at.astimezone(LOCAL_TZ), s.ends_at.astimezone(LOCAL_TZ)
            item = QListWidgetItem(f"{a.month}月{a.day}日 {a:%H:%M}–{b:%H:%M}　{s.room}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.slot_list.addItem(item)

    def _slot_clicked(self, item: QListWidgetItem) -> None:
        i = item.data(Qt.ItemDataRole.UserRole)
        if i is not None:
            self.apply_slot(self.slots[int(i)])

    def apply_slot(self, s: Slot) -> None:
        a, b = s.starts_at.astimezone(LOCAL_TZ), s.ends_at.astimezone(LOCAL_TZ)
        self.day.setDate(QDate(a.year, a.month, a.day))
        self.start.setTime(QTime(a.hour, a.minute))
        self.end.setTime(QTime(b.hour, b.minute))
        i = self.room.findData(s.room_id)
        if i >= 0:
            self.room.setCurrentIndex(i)
        self.check_now()

    # --- saving ---------------------------------------------------------------------------------------
    def save(self, allow_conflicts: bool = False) -> None:
        if self.case_id is None:
            self.error.show_messages([self.tr("请先查找并选择案件。")])
            return
        a, b = self.times()
        data = scheduling.SessionInput(self.case_id, a, b, self.participants(), self.room_id(),
                                       self.place.text(), self.note.text())
        store, actor, session = self.ctx.store, self.ctx.actor, self.session

        def run() -> SessionInfo:
            if session is None:
                return scheduling.create_session(store, actor, data, allow_conflicts=allow_conflicts)
            return scheduling.update_session(store, actor, session.id, session.version, data,
                                             allow_conflicts=allow_conflicts)

        self.ctx.tasks.op(run, parent=self, write=True, label=self.tr("正在保存调解安排…")).announces(
            Changes(cases=True, case_ids=frozenset({self.case_id}), schedule=True)
        ).success(self._saved).failure(self._failed).run()

    def _saved(self, info: SessionInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, SessionConflictError):
            text = self.tr("这个时间有冲突：\n{lines}\n\n仍然按此时间安排吗？").format(
                lines="\n".join("· " + c.message for c in exc.conflicts))
            self._show_conflicts(exc.conflicts)
            self.last_box = confirm(self, text, lambda: self.save(allow_conflicts=True),
                                    yes_text=self.tr("仍然安排"))
        elif isinstance(exc, ValidationError):
            self.error.show_messages([m for ms in field_messages(exc).values() for m in ms])
        else:
            from ui.dialogs import show_error

            show_error(self, exc)


def _role(code: str) -> str:
    from ui.formatting import role_label

    return role_label(code)


def _next_half_hour() -> datetime:
    now = datetime.now(LOCAL_TZ).replace(second=0, microsecond=0)
    return now + timedelta(minutes=30 - now.minute % 30)
