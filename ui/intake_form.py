"""新建受理: the keyboard-first intake form.

Tab and Enter move through the fields, Ctrl+S saves. Problems come back from the core's
``intake.validate`` and appear in Chinese next to the field at fault; the parties' earlier cases
(``intake.party_history``) are shown as soon as a party is identified and always before saving.
The decision — 受理 or 不予受理 with a reason — goes to ``intake.create_case``.
"""

from __future__ import annotations

import re
from datetime import date

from mediation_desk.domain.vocab import REFERENCE_LABELS, SOURCE_AGENCY_KIND
from mediation_desk.errors import ValidationError
from mediation_desk.services import intake
from mediation_desk.services.intake import CaseInput, IntakeResult, PartyHistory, ReferralInput
from ui import settings
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import field_messages, show_error
from ui.formatting import fmt_date, risk_label, role_label, status_label
from ui.party_editor import PartyEditor
from ui.qt import (
    QAction,
    QButtonGroup,
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import ErrorLabel, FormLineEdit, heading, muted

PARTY_FIELD = re.compile(r"^parties\[(\d+)\]\.(\w+)$")


class IntakeForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.finished = False  # saved or cancelled: the main window starts a fresh form next time
        self.result: IntakeResult | None = None
        self.history: list[PartyHistory] = []
        self._shown_history_key: tuple[int, ...] = ()
        self.parties: list[PartyEditor] = []
        self.errors: dict[str, ErrorLabel] = {}
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(300)
        self._history_timer.timeout.connect(self.lookup_history)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("新建受理"), "pageTitle"))
        top.addStretch(1)
        tip = muted(self.tr("Tab 或回车到下一项，Ctrl+S 保存"))
        tip.setWordWrap(False)
        top.addWidget(tip)
        outer.addLayout(top)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("intakeSplitter")
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = settings.INTAKE_SPLITTER.get()
        if state:
            self.splitter.restoreState(state)
        outer.addWidget(self.splitter, 1)

        save = QAction(self)
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.add_party("applicant")
        self.add_party("respondent")
        self._source_changed()
        ctx.lookups.changed.connect(self._fill_choices)

    # --- layout --------------------------------------------------------------------------------
    def _build_left(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(heading(self.tr("纠纷情况")))
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.dispute_type = QComboBox()
        self.source = QComboBox()
        self.received_on = QDateEdit()
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setDate(QDate.currentDate())
        self.agency = QComboBox()
        self.agency.setEditable(True)
        self.agency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reference = FormLineEdit()
        self.reference_caption = QLabel(self.tr("编号"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("双方关系、纠纷起因和经过、目前状况"))
        self.summary.setFixedHeight(96)
        self.claims = QPlainTextEdit()
        self.claims.setTabChangesFocus(True)
        self.claims.setPlaceholderText(self.tr("申请人的请求，每行一项"))
        self.claims.setFixedHeight(64)
        self.mediator = QComboBox()
        self._fill_choices()
        rows: list[tuple[str, QLabel | str, QWidget]] = [
            ("dispute_type", self.tr("纠纷类型"), self.dispute_type), ("source", self.tr("案件来源"), self.source),
            ("received_on", self.tr("受理日期"), self.received_on),
            ("referral.agency", self.tr("移送单位"), self.agency),
            ("referral.reference", self.reference_caption, self.reference),
            ("summary", self.tr("纠纷简要情况"), self.summary), ("claims", self.tr("申请事项"), self.claims),
            ("mediator_id", self.tr("调解员"), self.mediator),
        ]
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget in rows:
            widget.setObjectName(key.replace("referral.", ""))
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            error = ErrorLabel()
            self.errors[key] = error
            box.addWidget(error)
            caption = label if isinstance(label, QLabel) else QLabel(label)
            form.addRow(caption, cell)
            self._rows[key] = (caption, cell)
        layout.addLayout(form)
        self.source.currentIndexChanged.connect(self._source_changed)

        parties_top = QHBoxLayout()
        parties_top.addWidget(heading(self.tr("当事人")))
        parties_top.addStretch(1)
        add_applicant = QPushButton(self.tr("＋ 申请人"))
        add_applicant.setObjectName("addApplicant")
        add_applicant.clicked.connect(lambda: self.add_party("applicant"))
        add_respondent = QPushButton(self.tr("＋ 被申请人"))
        add_respondent.setObjectName("addRespondent")
        add_respondent.clicked.connect(lambda: self.add_party("respondent"))
        for button in (add_applicant, add_respondent):
            button.setAutoDefault(False)
            parties_top.addWidget(button)
        layout.addLayout(parties_top)
        self.parties_error = ErrorLabel()
        self.errors["parties"] = self.parties_error
        layout.addWidget(self.parties_error)
        self.parties_box = QVBoxLayout()
        layout.addLayout(self.parties_box)
        layout.addStretch(1)
        return scroll

    def _build_right(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("intakeSide")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(heading(self.tr("当事人既往案件")))
        self.history_note = muted(self.tr("输入当事人的身份证号（或姓名和电话）后，这里会列出其以前的案件。"))
        layout.addWidget(self.history_note)
        self.history_tree = QTreeWidget()
        self.history_tree.setObjectName("historyTree")
        self.history_tree.setHeaderLabels([self.tr("案件"), self.tr("受理日期"), self.tr("状态")])
        self.history_tree.itemActivated.connect(self._history_activated)
        header = self.history_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.history_tree, 1)

        layout.addWidget(heading(self.tr("受理决定")))
        self.accept_radio = QRadioButton(self.tr("受理"))
        self.accept_radio.setObjectName("acceptRadio")
        self.decline_radio = QRadioButton(self.tr("不予受理"))
        self.decline_radio.setObjectName("declineRadio")
        self.accept_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.accept_radio)
        group.addButton(self.decline_radio)
        radios = QHBoxLayout()
        radios.addWidget(self.accept_radio)
        radios.addWidget(self.decline_radio)
        radios.addStretch(1)
        layout.addLayout(radios)
        self.decline_reason = QLineEdit()
        self.decline_reason.setObjectName("decline_reason")
        self.decline_reason.setPlaceholderText(self.tr("不予受理的理由（将写入告知书）"))
        self.decline_reason.setEnabled(False)
        layout.addWidget(self.decline_reason)
        self.errors["decline_reason"] = ErrorLabel()
        layout.addWidget(self.errors["decline_reason"])
        self.decline_radio.toggled.connect(self.decline_reason.setEnabled)
        self.general_error = ErrorLabel()
        self.errors[""] = self.general_error
        layout.addWidget(self.general_error)
        self.message = QLabel()
        self.message.setObjectName("noticeBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("取消"))
        cancel.setObjectName("cancelButton")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return panel

    def _fill_choices(self) -> None:
        lookups, lang = self.ctx.lookups.current, self.ctx.lang
        for combo, entries in ((self.dispute_type, lookups.dispute_types), (self.source, lookups.sources)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("请选择…"), None)
            for e in entries:
                if e.active:
                    combo.addItem(e.label(lang), e.code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        current_mediator = self.mediator.currentData()
        self.mediator.clear()
        self.mediator.addItem(self.tr("稍后指定"), None)
        for m in lookups.mediators:
            if m.active:
                self.mediator.addItem(m.name, m.id)
        self.mediator.setCurrentIndex(max(self.mediator.findData(current_mediator), 0))

    # --- parties -------------------------------------------------------------------------------
    def add_party(self, role: str) -> PartyEditor:
        editor = PartyEditor(role)
        editor.identity_changed.connect(self._history_timer.start)
        editor.remove_requested.connect(self.remove_party)
        self.parties.append(editor)
        self.parties_box.addWidget(editor)
        self._renumber()
        return editor

    def remove_party(self, editor: PartyEditor) -> None:
        if len(self.parties) <= 1:
            return
        self.parties.remove(editor)
        editor.setParent(None)
        editor.deleteLater()
        self._renumber()
        self._history_timer.start()

    def _renumber(self) -> None:
        for i, editor in enumerate(self.parties):
            editor.set_title(i)
            editor.setObjectName(f"party{i}")
            editor.remove_button.setEnabled(len(self.parties) > 1)

    # --- referral ------------------------------------------------------------------------------
    def _source_changed(self) -> None:
        code = self.source.currentData()
        kind = SOURCE_AGENCY_KIND.get(code or "")
        for key in ("referral.agency", "referral.reference"):
            caption, cell = self._rows[key]
            caption.setVisible(kind is not None)
            cell.setVisible(kind is not None)
        if kind is None:
            return
        self.reference_caption.setText(REFERENCE_LABELS.get(kind, self.tr("编号")))
        typed = self.agency.currentText()
        self.agency.clear()
        for a in self.ctx.lookups.current.agencies:
            if a.kind == kind:
                self.agency.addItem(a.name, a.id)
        self.agency.setEditText(typed)

    # --- building the input --------------------------------------------------------------------
    def case_input(self, *, only_valid_ids: bool = False) -> CaseInput:
        d = self.received_on.date()
        referral = None
        if SOURCE_AGENCY_KIND.get(self.source.currentData() or ""):
            name = self.agency.currentText().strip()
            index = self.agency.findText(name)
            referral = ReferralInput(agency=name, agency_id=self.agency.itemData(index) if index >= 0 else None,
                                     reference=self.reference.text())
        return CaseInput(
            dispute_type=self.dispute_type.currentData() or "", source=self.source.currentData() or "",
            received_on=date(d.year(), d.month(), d.day()), summary=self.summary.toPlainText(),
            claims=self.claims.toPlainText(), referral=referral, mediator_id=self.mediator.currentData(),
            parties=[p.to_input(only_valid_ids=only_valid_ids) for p in self.parties],
        )

    # --- earlier cases -------------------------------------------------------------------------
    def lookup_history(self) -> None:
        store, committee = self.ctx.store, self.ctx.committee_id
        parties = self.case_input(only_valid_ids=True).parties
        self.ctx.tasks.op(lambda: intake.party_history(store, committee, parties), parent=self,
                          label=self.tr("正在查找当事人的既往案件…")).success(self.show_history).run()

    @staticmethod
    def history_key(history: list[PartyHistory]) -> tuple[int, ...]:
        return tuple(sorted({r.id for h in history for r in h.earlier}))

    def show_history(self, history: list[PartyHistory]) -> None:
        self.history = history
        self._shown_history_key = self.history_key(history)
        self.history_tree.clear()
        lang = self.ctx.lang
        for h in history:
            role = role_label(self.parties[h.index].role.currentData(), lang) if h.index < len(self.parties) else ""
            text = self.tr("{name}（{role}）：以前有 {n} 件").format(name=h.name, role=role, n=len(h.earlier))
            if h.open_cases:
                text += self.tr("，{k} 件未结").format(k=h.open_cases)
            if h.flagged:
                text = "⚠ " + text
            top = QTreeWidgetItem([text])
            for r in h.earlier:
                child = QTreeWidgetItem([f"{r.case_number} {r.parties}", fmt_date(r.received_on),
                                         status_label(r.status, lang)])
                child.setData(0, Qt.ItemDataRole.UserRole, r.id)
                child.setToolTip(0, child.text(0))
                top.addChild(child)
            self.history_tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes effect once the item is in the tree
            top.setExpanded(True)
        if history:
            self.history_note.setText(self.tr("以下当事人以前来过，请核对是否为同一纠纷、有无未结案件。"))
        else:
            self.history_note.setText(self.tr("没有找到这些当事人以前的案件。"))

    def _history_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id:
            self.ctx.nav.open_case.emit(int(case_id))

    # --- saving --------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        for editor in self.parties:
            editor.show_errors({})
        self.message.hide()

    def show_problems(self, exc: ValidationError) -> None:
        by_field = field_messages(exc)
        per_party: dict[int, dict[str, list[str]]] = {}
        general: list[str] = []
        first: QWidget | None = None
        for key, messages in by_field.items():
            m = PARTY_FIELD.match(key)
            if m and int(m.group(1)) < len(self.parties):
                per_party.setdefault(int(m.group(1)), {})[m.group(2)] = messages
            elif key in self.errors:
                self.errors[key].show_messages(messages)
                first = first or self._rows.get(key, (None, None))[1]
            else:
                general += messages
        for index, fields in sorted(per_party.items()):
            self.parties[index].show_errors(fields)
            first = first or self.parties[index].first_error_widget()
        self.general_error.show_messages(general)
        self.message.setText(self.tr("有 {n} 处需要更正，已在相应位置用红字标出；没有保存任何内容。").format(
            n=len(exc.problems)))
        self.message.show()
        if first is not None:
            target = first.findChild(QWidget) if not first.focusPolicy() else first
            (target or first).setFocus()

    def save(self) -> None:
        if self.finished:
            return
        self.clear_errors()
        self.save_button.setEnabled(False)
        data = self.case_input()
        store, committee = self.ctx.store, self.ctx.committee_id

        def check() -> tuple[CaseInput, list[PartyHistory]]:
            cleaned = intake.validate(store, data)
            return cleaned, intake.party_history(store, committee, cleaned.parties)

        self.ctx.tasks.op(check, parent=self, label=self.tr("正在检查…")) \
            .success(self._checked).failure(self._failed).run()

    def _checked(self, checked: tuple[CaseInput, list[PartyHistory]]) -> None:
        cleaned, history = checked
        if history and self.history_key(history) != self._shown_history_key:
            # Earlier cases the user has not seen yet: show them and let the user decide.
            self.show_history(history)
            self.message.setText(self.tr("当事人以前有案件（见右侧列表）。请核对后再按一次“保存”。"))
            self.message.show()
            self.save_button.setEnabled(True)
            return
        decision = "decline" if self.decline_radio.isChecked() else "accept"
        reason = self.decline_reason.text()
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: intake.create_case(store, actor, cleaned, decision=decision,
                                                     decline_reason=reason),
                          parent=self, label=self.tr("正在保存…"), write=True) \
            .announces(lambda r: Changes(cases=True, case_ids=frozenset({r.case_id}), agencies=True)) \
            .success(self._saved).failure(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems(exc)
        else:
            show_error(self, exc)

    def _saved(self, result: IntakeResult) -> None:
        self.result = result
        self.finished = True
        lang = self.ctx.lang
        reasons = "；".join(r.text for r in result.risk.reasons)
        verdict = self.tr("已受理") if result.status == "accepted" else status_label(result.status, lang)
        notice = self.tr("{verdict}：案号 {number}。风险等级：{risk}").format(
            verdict=verdict, number=result.case_number, risk=risk_label(result.risk.level, lang))
        if reasons:
            notice += self.tr("（{reasons}）").format(reasons=reasons)
        self.message.setText(notice)
        self.message.show()
        self.ctx.nav.open_case_notice.emit(result.case_id, notice)

    def cancel(self) -> None:
        self.finished = True
        self.ctx.nav.go_back.emit()

    def save_layout(self) -> None:
        settings.INTAKE_SPLITTER.set(bytes(self.splitter.saveState().data()))
