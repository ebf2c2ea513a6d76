"""编辑案情: correct the case summary, the claims and the number of people involved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mediation_desk.services import case_changes
from mediation_desk.services.cases import CaseDetail
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog
from ui.qt import QPlainTextEdit, QSpinBox, QWidget


class CaseEditDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, on_done: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("编辑案情"), changes=Changes(cases=True, case_ids=frozenset({detail.id})),
                         on_done=on_done, parent=parent)
        self.detail = detail
        self.summary = QPlainTextEdit(detail.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.claims = QPlainTextEdit(detail.claims)
        self.claims.setTabChangesFocus(True)
        self.claims.setMinimumHeight(60)
        self.people = QSpinBox()
        self.people.setRange(1, 100000)
        self.people.setValue(detail.people_involved)
        self.add_field("summary", self.tr("纠纷简要情况"), self.summary)
        self.add_field("claims", self.tr("申请事项"), self.claims)
        self.add_field("people_involved", self.tr("涉及人数"), self.people)

    def prepare(self) -> Callable[[], CaseDetail]:
        changes = case_changes.CaseChanges(summary=self.summary.toPlainText(), claims=self.claims.toPlainText(),
                                           people_involved=self.people.value())
        store, actor, case_id, version = self.ctx.store, self.ctx.actor, self.detail.id, self.detail.version
        return lambda: case_changes.update_case(store, actor, case_id, version, changes)
