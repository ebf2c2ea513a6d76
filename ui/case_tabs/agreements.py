"""协议: the case's agreements (written or oral, every version), the editor, signing, reissue and performance."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.services import agreements
from mediation_desk.services.agreements import AgreementKind, AgreementView, ClauseInput
from ui.agreement_editor import AgreementEditor
from ui.case_tabs.base import CaseBundle, CaseTab, ReadOnlyTable, t
from ui.changes import Changes
from ui.context import AppContext
from ui.document_actions import DocumentActions
from ui.formatting import fmt_date
from ui.performance_dialog import PerformanceDialog
from ui.qt import QT_TRANSLATE_NOOP, QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget
from ui.reason_dialog import ReasonDialog
from ui.sign_agreement_dialog import SignAgreementDialog
from ui.widgets import muted

KINDS = {"written": QT_TRANSLATE_NOOP("CaseTabs", "书面协议"), "oral": QT_TRANSLATE_NOOP("CaseTabs", "口头协议")}
STATUS = {"draft": QT_TRANSLATE_NOOP("CaseTabs", "草稿"), "signed": QT_TRANSLATE_NOOP("CaseTabs", "已签订"),
          "superseded": QT_TRANSLATE_NOOP("CaseTabs", "已重新出具")}
PERFORMANCE = {"pending": QT_TRANSLATE_NOOP("CaseTabs", "待履行"), "performed": QT_TRANSLATE_NOOP("CaseTabs", "已履行"),
               "partial": QT_TRANSLATE_NOOP("CaseTabs", "部分履行"),
               "not_performed": QT_TRANSLATE_NOOP("CaseTabs", "未履行")}


class AgreementsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "协议")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.current: AgreementView | None = None
        self.rows: list[dict[str, Any]] = []
        self.dialog: QDialog | None = None
        self.documents = DocumentActions(ctx, self)
        bar = QHBoxLayout()
        self.draft_written = QPushButton(self.tr("起草调解协议书"))
        self.draft_written.clicked.connect(lambda: self.draft(AgreementKind.WRITTEN))
        self.draft_oral = QPushButton(self.tr("登记口头协议"))
        self.draft_oral.clicked.connect(lambda: self.draft(AgreementKind.ORAL))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(lambda: self.save())
        self.sign_button = QPushButton(self.tr("签订…"))
        self.sign_button.clicked.connect(self.ask_sign)
        self.reissue_button = QPushButton(self.tr("重新出具…"))
        self.reissue_button.setToolTip(self.tr("协议有误需要重新出具：生成新版本，原版本保留备查"))
        self.reissue_button.clicked.connect(self.ask_reissue)
        self.performance_button = QPushButton(self.tr("登记履行…"))
        self.performance_button.clicked.connect(self.ask_performance)
        self.preview_button = QPushButton(self.tr("预览"))
        self.preview_button.clicked.connect(lambda: self._doc("preview"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(lambda: self._doc("print"))
        for b in (self.draft_written, self.draft_oral, self.save_button, self.sign_button, self.reissue_button,
                  self.performance_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.print_button)
        self.layout_.addLayout(bar)
        self.empty = QLabel(self.tr("还没有调解协议。双方达成一致后，点“起草调解协议书”填写协议条款；"
                                    "当场履行的简单纠纷可点“登记口头协议”。"))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ReadOnlyTable([t(h) for h in (
            QT_TRANSLATE_NOOP("CaseTabs", "编号"), QT_TRANSLATE_NOOP("CaseTabs", "种类"),
            QT_TRANSLATE_NOOP("CaseTabs", "版本"), QT_TRANSLATE_NOOP("CaseTabs", "状态"),
            QT_TRANSLATE_NOOP("CaseTabs", "金额（元）"), QT_TRANSLATE_NOOP("CaseTabs", "签订日期"),
            QT_TRANSLATE_NOOP("CaseTabs", "履行期限"), QT_TRANSLATE_NOOP("CaseTabs", "履行情况"))])
        self.table.itemSelectionChanged.connect(self._selected)
        top_layout.addWidget(self.table)
        self.state = muted()
        top_layout.addWidget(self.state)
        self.editor = AgreementEditor()
        self.editor.template_chosen.connect(self.insert_template)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([150, 600])  # room for the versions of a reissued agreement
        self.table.setMinimumHeight(105)
        self.splitter = splitter
        self.layout_.addWidget(splitter, 1)

    # --- loading --------------------------------------------------------------------------------
    def show_case(self, bundle: CaseBundle) -> None:
        new_case = self.bundle is None or self.bundle.detail.id != bundle.detail.id
        self.bundle = bundle
        self.rows = list(bundle.detail.agreements)
        self.table.blockSignals(True)
        self.table.set_rows([[x["number"], t(KINDS.get(x["kind"], x["kind"])), f"v{x['version_no']}",
                              t(STATUS.get(x["status"], x["status"])), f"{x['total_amount']:,.2f}",
                              fmt_date(x["signed_on"]), fmt_date(x["performance_due"]),
                              t(PERFORMANCE.get(x["performance_status"], x["performance_status"]))]
                             for x in self.rows])
        self.table.blockSignals(False)
        has = bool(self.rows)
        self.empty.setVisible(not has)
        self.splitter.setVisible(has)
        if new_case:
            self.current = None
        is_open = bundle.detail.status == "accepted"
        live = [x for x in self.rows if x["status"] != "superseded"]
        self.draft_written.setEnabled(is_open and not live)
        self.draft_oral.setEnabled(is_open and not live)
        if has:
            wanted = self.current.id if self.current is not None else live[-1]["id"] if live else self.rows[-1]["id"]
            if self.current is None or all(x["id"] != self.current.id for x in self.rows) or \
                    any(x["id"] == wanted and x["status"] != self.current.status for x in self.rows):
                self.load(int(wanted))
        else:
            self.current = None
        self._update_buttons()
        store, actor, case_id = self.ctx.store, self.ctx.actor, bundle.detail.id
        if new_case:
            self.ctx.tasks.op(lambda: agreements.clause_templates_for(store, actor, case_id), parent=self) \
                .success(self.editor.set_templates).run()

    def load(self, agreement_id: int) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: agreements.get_agreement(store, actor, agreement_id), parent=self,
                          label=self.tr("正在读取协议…")).success(self.show_agreement).run()

    def show_agreement(self, a: AgreementView) -> None:
        self.current = a
        self.editor.show_agreement(a)
        kind = t(KINDS.get(a.kind, a.kind))
        if a.editable:
            self.state.setText(self.tr("{number}（{kind}，第 {n} 版）草稿：填写后点“保存”，"
                                       "双方签字后点“签订”。").format(number=a.number, kind=kind, n=a.version_no))
        else:
            self.state.setText(self.tr("{number}（{kind}，第 {n} 版）已于 {on} 签订，不能修改；需要改动请“重新出具”。")
                               .format(number=a.number, kind=kind, n=a.version_no, on=fmt_date(a.signed_on)))
        for row, x in enumerate(self.rows):
            if x["id"] == a.id:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.current
        draft = a is not None and a.editable
        signed = a is not None and a.status == "signed"
        self.save_button.setEnabled(draft)
        self.sign_button.setEnabled(draft)
        self.reissue_button.setEnabled(signed)
        self.performance_button.setEnabled(signed)
        self.preview_button.setEnabled(a is not None)
        self.print_button.setEnabled(a is not None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            agreement_id = int(self.rows[rows[0].row()]["id"])
            if self.current is None or self.current.id != agreement_id:
                self.load(agreement_id)

    def _announce(self) -> Changes:
        assert self.bundle is not None
        return Changes(cases=True, case_ids=frozenset({self.bundle.detail.id}))

    # --- writing --------------------------------------------------------------------------------
    def draft(self, kind: str) -> None:
        if self.bundle is None:
            return
        store, actor, case_id = self.ctx.store, self.ctx.actor, self.bundle.detail.id
        self.ctx.tasks.op(lambda: agreements.draft_agreement(store, actor, case_id, kind), parent=self,
                          label=self.tr("正在起草协议…"), write=True) \
            .announces(self._announce()).success(self.show_agreement).run()

    def insert_template(self, code: str) -> None:
        if self.bundle is None or self.current is None:
            return
        parties = self.current.parties
        obligor = next((p.party_id for p in parties if p.role == "respondent"), None)
        obligee = next((p.party_id for p in parties if p.party_id != obligor), None)
        store, actor, case_id = self.ctx.store, self.ctx.actor, self.bundle.detail.id

        def add(clause: ClauseInput) -> None:
            row = self.editor.insert_clause(clause, code)
            self.editor.clauses.table.selectRow(row)
            self.editor.clauses.amount_edit(row).setFocus()

        self.ctx.tasks.op(lambda: agreements.clause_from_template(store, actor, case_id, code,
                                                                  obligor_party_id=obligor, obligee_party_id=obligee),
                          parent=self).success(add).run()

    def save(self, then: Any = None) -> None:
        a = self.current
        if a is None or not a.editable:
            return
        content, agreement_id, version = self.editor.content(), a.id, a.edit_version
        store, actor = self.ctx.store, self.ctx.actor

        def saved(view: AgreementView) -> None:
            self.show_agreement(view)
            if then is not None:
                then()

        self.ctx.tasks.op(lambda: agreements.save_agreement(store, actor, agreement_id, content, version),
                          parent=self, label=self.tr("正在保存协议…"), write=True) \
            .announces(self._announce()).success(saved).run()

    def ask_sign(self) -> None:
        def open_dialog() -> None:
            assert self.current is not None
            self.dialog = SignAgreementDialog(self.current, self.sign, self.ctx.lang, parent=self)
            self.dialog.open()

        self.save(open_dialog)

    def sign(self, signed_on: date, party_ids: list[int]) -> None:
        assert self.current is not None
        agreement_id, version = self.current.id, self.current.edit_version
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: agreements.sign_agreement(store, actor, agreement_id, version, signed_on,
                                                            signed_party_ids=party_ids),
                          parent=self, label=self.tr("正在签订协议…"), write=True) \
            .announces(self._announce()).success(self.show_agreement).run()

    def ask_reissue(self) -> None:
        if self.current is None:
            return
        agreement_id = self.current.id
        store, actor = self.ctx.store, self.ctx.actor

        def reissue(reason: str) -> None:
            self.ctx.tasks.op(lambda: agreements.reissue(store, actor, agreement_id, reason), parent=self,
                              label=self.tr("正在重新出具…"), write=True) \
                .announces(self._announce()).success(self.show_agreement).run()

        self.dialog = ReasonDialog(self.tr("重新出具协议"), self.tr("请写明重新出具的原因（原协议保留备查）："),
                                   reissue, parent=self)
        self.dialog.open()

    def ask_performance(self) -> None:
        if self.current is None:
            return
        agreement_id, version = self.current.id, self.current.edit_version
        store, actor = self.ctx.store, self.ctx.actor

        def record(performed: dict[int, date | None]) -> None:
            self.ctx.tasks.op(lambda: agreements.record_performance(store, actor, agreement_id, version, performed),
                              parent=self, label=self.tr("正在登记履行…"), write=True) \
                .announces(self._announce()).success(self.show_agreement).run()

        self.dialog = PerformanceDialog(self.current, record, parent=self)
        self.dialog.open()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # Leaving the tab or the case keeps what was typed (agreements are saved explicitly otherwise).
        if self.editor.dirty:
            self.save()
        super().hideEvent(event)

    def _doc(self, what: str) -> None:
        if self.bundle is None or self.current is None:
            return
        if self.editor.dirty:
            self.save(lambda: self._doc(what))  # print what is on screen
            return
        form = "agreement" if self.current.kind == AgreementKind.WRITTEN else "oral_agreement_register"
        case_id, ids = self.bundle.detail.id, {"agreement_id": self.current.id}
        if what == "preview":
            self.documents.preview(case_id, form, **ids)
        else:
            self.documents.print_(case_id, form, **ids)
