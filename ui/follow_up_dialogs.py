"""回访 dialogs: plan a follow-up, record what a visit found."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from mediation_desk.services import follow_ups
from mediation_desk.services.follow_ups import FollowUpView, VisitInput
from ui.case_tabs.base import t
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog, date_edit, date_of
from ui.qt import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget


def _combo(labels: dict[str, str], first: str = "") -> QComboBox:
    combo = QComboBox()
    if first:
        combo.addItem(first, "")
    for code, label in labels.items():
        combo.addItem(t(label), code)
    return combo


class PlanFollowUpDialog(FormDialog):
    def __init__(self, ctx: AppContext, case_id: int, due: date | None,
                 on_done: Callable[[Any], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("安排回访"), ok_text=self.tr("安排"),
                         intro=self.tr("回访日期默认为协议签订后按本委员会设置的天数；也可另选日期。"),
                         changes=Changes(cases=True, case_ids=frozenset({case_id}), schedule=True),
                         on_done=on_done, parent=parent)
        self.case_id = case_id
        self.due = date_edit(due)
        self.method = _combo(follow_ups.METHOD_LABELS)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("默认：了解调解协议履行情况"))
        self.add_field("due_on", self.tr("回访日期"), self.due)
        self.add_field("method", self.tr("回访方式"), self.method)
        self.add_field("reason", self.tr("回访事由"), self.reason)

    def prepare(self) -> Callable[[], FollowUpView]:
        store, actor, case_id = self.ctx.store, self.ctx.actor, self.case_id
        due, method, reason = date_of(self.due), str(self.method.currentData()), self.reason.text()
        return lambda: follow_ups.plan_follow_up(store, actor, case_id, due_on=due, method=method, reason=reason)


class VisitDialog(FormDialog):
    def __init__(self, ctx: AppContext, f: FollowUpView, visitor: str,
                 on_done: Callable[[Any], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记回访"), changes=Changes(cases=True, case_ids=frozenset({f.case_id}),
                                                                 schedule=True), on_done=on_done, parent=parent)
        self.follow_up = f
        self.visited_on = date_edit()
        self.method = _combo(follow_ups.METHOD_LABELS)
        self.method.setCurrentIndex(max(0, self.method.findData(f.method)))
        self.performance = _combo(follow_ups.VISIT_PERFORMANCE_LABELS)
        self.satisfaction = _combo(follow_ups.SATISFACTION_LABELS, self.tr("（未问）"))
        self.visitor = QLineEdit(visitor)
        self.lawsuit = QCheckBox(self.tr("当事人已就本纠纷起诉"))
        self.new_risk = QLineEdit()
        self.new_risk.setPlaceholderText(self.tr("没有可不填"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        for name, label, widget in (
            ("visited_on", self.tr("回访日期"), self.visited_on), ("method", self.tr("回访方式"), self.method),
            ("performance", self.tr("履行情况"), self.performance),
            ("satisfaction", self.tr("满意程度"), self.satisfaction), ("visitor", self.tr("回访人"), self.visitor),
            ("lawsuit", "", self.lawsuit), ("new_risk", self.tr("新的风险隐患"), self.new_risk),
            ("note", self.tr("回访情况"), self.note),
        ):
            self.add_field(name, label, widget)

    def prepare(self) -> Callable[[], FollowUpView]:
        visit = VisitInput(visited_on=date_of(self.visited_on), performance=str(self.performance.currentData()),
                           visitor=self.visitor.text(), method=str(self.method.currentData()),
                           satisfaction=str(self.satisfaction.currentData()), lawsuit=self.lawsuit.isChecked(),
                           new_risk=self.new_risk.text(), note=self.note.toPlainText())
        store, actor, fid, version = self.ctx.store, self.ctx.actor, self.follow_up.id, self.follow_up.version
        return lambda: follow_ups.record_visit(store, actor, fid, version, visit)
