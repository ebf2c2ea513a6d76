"""司法确认 dialogs: the joint application (30-day window checked by the core) and the court's decision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from mediation_desk.services import judicial
from mediation_desk.services.judicial import ConfirmationView
from ui.case_tabs.base import t
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog, date_edit, date_of
from ui.qt import QCheckBox, QComboBox, QLineEdit, QWidget


class ApplyDialog(FormDialog):
    def __init__(self, ctx: AppContext, case_id: int, agreement_id: int, deadline: date | None,
                 on_done: Callable[[Any], None] | None = None, parent: QWidget | None = None) -> None:
        intro = self.tr("双方当事人应自调解协议生效之日起三十日内共同向人民法院申请司法确认。")
        if deadline is not None:
            intro += self.tr("本协议最迟 {deadline} 申请。").format(deadline=deadline.isoformat())
        super().__init__(ctx, self.tr("申请司法确认"), intro=intro, ok_text=self.tr("登记申请"),
                         changes=Changes(cases=True, case_ids=frozenset({case_id})), on_done=on_done, parent=parent)
        self.agreement_id = agreement_id
        self.court = QLineEdit()
        self.court.setPlaceholderText(self.tr("如：安宁区人民法院"))
        self.applied_on = date_edit()
        self.force = QCheckBox(self.tr("仍然登记（已超过申请期限）"))
        self.force_reason = QLineEdit()
        self.force_reason.setPlaceholderText(self.tr("仅在超过期限仍需登记时填写原因"))
        self.force_reason.setEnabled(False)
        self.force.toggled.connect(self.force_reason.setEnabled)
        self.add_field("court", self.tr("受理法院"), self.court)
        self.add_field("applied_on", self.tr("申请日期"), self.applied_on)
        self.add_field("force", "", self.force)
        self.add_field("force_reason", self.tr("超期登记原因"), self.force_reason)

    def prepare(self) -> Callable[[], ConfirmationView]:
        store, actor, aid = self.ctx.store, self.ctx.actor, self.agreement_id
        court, on = self.court.text(), date_of(self.applied_on)
        force = self.force_reason.text() if self.force.isChecked() else ""
        return lambda: judicial.apply(store, actor, aid, court=court, applied_on=on, force_reason=force)


class DecisionDialog(FormDialog):
    def __init__(self, ctx: AppContext, c: ConfirmationView, on_done: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记法院决定"), changes=Changes(cases=True, case_ids=frozenset({c.case_id})),
                         on_done=on_done, parent=parent)
        self.confirmation = c
        self.number = QLineEdit(c.court_case_number)
        self.number.setPlaceholderText(self.tr("如：（2026）甘0402民特123号"))
        self.decision = QComboBox()
        for code, label in judicial.DECISION_LABELS.items():
            self.decision.addItem(t(label), code)
        self.decision.setCurrentIndex(max(0, self.decision.findData(c.decision)))
        self.decided_on = date_edit(c.decided_on)
        self.add_field("court_case_number", self.tr("法院案号"), self.number)
        self.add_field("decision", self.tr("决定"), self.decision)
        self.add_field("decided_on", self.tr("裁定日期"), self.decided_on)

    def prepare(self) -> Callable[[], ConfirmationView]:
        c = self.confirmation
        store, actor = self.ctx.store, self.ctx.actor
        number, decision = self.number.text(), str(self.decision.currentData())
        decided = None if decision == "pending" else date_of(self.decided_on)
        return lambda: judicial.record_court_result(store, actor, c.id, c.version, court_case_number=number,
                                                    decision=decision, decided_on=decided)
