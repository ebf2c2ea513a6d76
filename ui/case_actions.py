"""The case's own actions above its tabs: 编辑案情, 结案, 重新打开 (administrators)."""

from __future__ import annotations

from mediation_desk.services import case_changes, users
from mediation_desk.services.cases import CaseDetail
from ui.case_edit_dialog import CaseEditDialog
from ui.changes import Changes
from ui.close_case_dialog import CloseCaseDialog
from ui.context import AppContext
from ui.qt import QDialog, QObject, QPushButton, QWidget
from ui.reason_dialog import ReasonDialog


class CaseActions(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = parent
        self.detail: CaseDetail | None = None
        self.dialog: QDialog | None = None
        self.edit_button = QPushButton(self.tr("编辑案情…"))
        self.edit_button.clicked.connect(self.edit)
        self.close_button = QPushButton(self.tr("结案…"))
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("重新打开…"))
        self.reopen_button.clicked.connect(self.reopen)

    def buttons(self) -> list[QPushButton]:
        return [self.edit_button, self.close_button, self.reopen_button]

    def show_case(self, d: CaseDetail) -> None:
        self.detail = d
        is_open = d.status in ("accepted", "registered")
        self.edit_button.setVisible(is_open and users.allowed(self.ctx.actor, users.Action.EDIT_CASE))
        self.close_button.setVisible(is_open and users.allowed(self.ctx.actor, users.Action.CLOSE_CASE))
        self.reopen_button.setVisible(d.status == "closed" and
                                      users.allowed(self.ctx.actor, users.Action.REOPEN_CASE))

    def edit(self) -> None:
        if self.detail is not None:
            self.dialog = CaseEditDialog(self.ctx, self.detail, parent=self.page)
            self.dialog.open()

    def close_case(self) -> None:
        if self.detail is not None:
            self.dialog = CloseCaseDialog(self.ctx, self.detail, parent=self.page)
            self.dialog.open()

    def reopen(self) -> None:
        d = self.detail
        if d is None:
            return
        store, actor = self.ctx.store, self.ctx.actor

        def run(reason: str) -> None:
            self.ctx.tasks.op(lambda: case_changes.reopen_case(store, actor, d.id, d.version, reason),
                              parent=self.page, label=self.tr("正在重新打开案件…"), write=True) \
                .announces(Changes(cases=True, case_ids=frozenset({d.id}), schedule=True)).run()

        self.dialog = ReasonDialog(self.tr("重新打开案件"), self.tr("请写明重新打开的原因（如结案登记有误）："), run,
                                   parent=self.page)
        self.dialog.open()
