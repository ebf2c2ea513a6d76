"""附件: files kept with the case (identity proofs, evidence, receipts)."""

from __future__ import annotations

from ui.case_tabs.base import CaseBundle, CaseTab, t
from ui.context import AppContext
from ui.qt import QT_TRANSLATE_NOOP, QLabel, QWidget


class AttachmentsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "附件")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        label = QLabel(t(QT_TRANSLATE_NOOP(
            "CaseTabs", "这里将列出本案的附件：身份证明、授权委托书、证据材料、履行凭证等，并可按卷宗顺序整理。")))
        label.setObjectName("emptyState")
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.layout_.addStretch(1)

    def show_case(self, bundle: CaseBundle) -> None:
        """Nothing to show yet: the core does not list attachments in the case detail."""
