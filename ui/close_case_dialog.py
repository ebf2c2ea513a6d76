"""结案: how the case ended, on which day, and (without an agreement) why. The core enforces the rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mediation_desk.domain.vocab import OUTCOME_LABELS
from mediation_desk.services import case_changes
from mediation_desk.services.cases import CaseDetail
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog, date_edit, date_of
from ui.qt import QComboBox, QPlainTextEdit, QWidget


class CloseCaseDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, on_done: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("结案"), ok_text=self.tr("结案"),
                         intro=self.tr("达成协议的，须先签订调解协议书（或登记口头协议）；调解不成或当事人撤回的，"
                                       "请写明结案说明。"),
                         changes=Changes(cases=True, case_ids=frozenset({detail.id}), schedule=True),
                         on_done=on_done, parent=parent)
        self.detail = detail
        self.outcome = QComboBox()
        for code, term in OUTCOME_LABELS.items():
            self.outcome.addItem(term.label(ctx.lang), code)
        self.closed_on = date_edit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.note.setPlaceholderText(self.tr("如：双方分歧较大，经多次调解未能达成一致，告知当事人可向人民法院起诉。"))
        self.add_field("outcome", self.tr("结案方式"), self.outcome)
        self.add_field("closed_on", self.tr("结案日期"), self.closed_on)
        self.add_field("note", self.tr("结案说明"), self.note)

    def prepare(self) -> Callable[[], CaseDetail]:
        closing = case_changes.Closing(str(self.outcome.currentData()), date_of(self.closed_on),
                                       self.note.toPlainText())
        store, actor, case_id, version = self.ctx.store, self.ctx.actor, self.detail.id, self.detail.version
        return lambda: case_changes.close_case(store, actor, case_id, version, closing)
