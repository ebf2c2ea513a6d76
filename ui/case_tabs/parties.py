"""当事人: the case's parties with their particulars (ID numbers and phones masked by role)."""

from __future__ import annotations

from mediation_desk.domain.vocab import PartyKind
from ui.case_tabs.base import CaseBundle, TableTab
from ui.context import AppContext
from ui.formatting import fmt_date, role_label, sex_label
from ui.party_edit_dialog import PartyEditDialog
from ui.qt import QT_TRANSLATE_NOOP, QDialog, QHBoxLayout, QPushButton, QWidget


class PartiesTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "当事人")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "身份"), QT_TRANSLATE_NOOP("CaseTabs", "姓名/名称"),
               QT_TRANSLATE_NOOP("CaseTabs", "性别"), QT_TRANSLATE_NOOP("CaseTabs", "年龄"),
               QT_TRANSLATE_NOOP("CaseTabs", "出生日期"), QT_TRANSLATE_NOOP("CaseTabs", "民族"),
               QT_TRANSLATE_NOOP("CaseTabs", "身份证号/信用代码"), QT_TRANSLATE_NOOP("CaseTabs", "电话"),
               QT_TRANSLATE_NOOP("CaseTabs", "代理人"), QT_TRANSLATE_NOOP("CaseTabs", "住址")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "本案还没有登记当事人。")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.dialog: QDialog | None = None
        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("修改当事人信息…"))
        self.edit_button.setToolTip(self.tr("选中一位当事人后修改其身份信息、联系方式和代理人"))
        self.edit_button.clicked.connect(self.edit_selected)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        self.layout_.insertLayout(0, bar)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

    def show_case(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        super().show_case(bundle)
        self.edit_button.setEnabled(bool(bundle.detail.parties) and bundle.detail.status in ("accepted", "registered"))

    def edit_selected(self) -> None:
        if self.bundle is None or not self.bundle.detail.parties:
            return
        rows = self.table.selectionModel().selectedRows()
        party = self.bundle.detail.parties[rows[0].row() if rows else 0]
        self.dialog = PartyEditDialog(self.ctx, self.bundle.detail, party, parent=self)
        self.dialog.open()

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        lang = self.ctx.lang
        out = []
        for p in bundle.detail.parties:
            org = p.kind == PartyKind.ORGANISATION
            out.append([
                role_label(p.role, lang), p.name + (f"（法定代表人 {p.legal_representative}）" if org and
                                                     p.legal_representative else ""),
                sex_label(p.sex, lang), "" if p.age is None else str(p.age), fmt_date(p.birth_date), p.ethnicity,
                p.credit_code if org else p.id_number, p.phone,
                f"{p.agent_name} {p.agent_phone}".strip(), p.address,
            ])
        return out
