"""记录: session records (调解记录) and investigation records (调查记录), their versions, and the editor."""

from __future__ import annotations

from datetime import UTC, datetime

from mediation_desk.services import records
from mediation_desk.services.records import RecordKind, RecordView
from ui.case_tabs.base import CaseBundle, CaseTab, ReadOnlyTable, t
from ui.changes import Changes
from ui.context import AppContext
from ui.formatting import fmt_local
from ui.qt import QT_TRANSLATE_NOOP, QHBoxLayout, QLabel, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget
from ui.record_editor import RecordEditor

RECORD_KINDS = {"session_record": QT_TRANSLATE_NOOP("CaseTabs", "调解记录"),
                "investigation_record": QT_TRANSLATE_NOOP("CaseTabs", "调查记录")}
RECORD_STATUS = {"draft": QT_TRANSLATE_NOOP("CaseTabs", "草稿"), "signed": QT_TRANSLATE_NOOP("CaseTabs", "已签字"),
                 "superseded": QT_TRANSLATE_NOOP("CaseTabs", "已更正")}


class RecordsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "记录")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.case_records: list[dict[str, object]] = []
        bar = QHBoxLayout()
        self.new_session_record = QPushButton(self.tr("新建调解记录"))
        self.new_session_record.clicked.connect(lambda: self.create_record(RecordKind.SESSION_RECORD))
        self.new_investigation = QPushButton(self.tr("新建调查记录"))
        self.new_investigation.clicked.connect(lambda: self.create_record(RecordKind.INVESTIGATION_RECORD))
        bar.addWidget(self.new_session_record)
        bar.addWidget(self.new_investigation)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ReadOnlyTable([t(h) for h in (QT_TRANSLATE_NOOP("CaseTabs", "种类"),
                                                   QT_TRANSLATE_NOOP("CaseTabs", "时间"),
                                                   QT_TRANSLATE_NOOP("CaseTabs", "版本"),
                                                   QT_TRANSLATE_NOOP("CaseTabs", "状态"),
                                                   QT_TRANSLATE_NOOP("CaseTabs", "事由"))])
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(self.tr("还没有调解记录或调查记录。点“新建调解记录”记下一次调解的经过，"
                                    "或点“新建调查记录”记下调查核实的情况。"))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        left_layout.addStretch(0)
        self.editor = RecordEditor(ctx)
        self.editor.hide()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 900])
        self.layout_.addWidget(splitter, 1)

    def show_case(self, bundle: CaseBundle) -> None:
        if self.bundle is not None and self.bundle.detail.id != bundle.detail.id:
            self.editor.flush()
            self.editor.record = None
            self.editor.hide()
        self.bundle = bundle
        self.case_records = list(bundle.detail.records)
        rows = [[t(RECORD_KINDS.get(str(x["kind"]), str(x["kind"]))), fmt_local(x["occurred_at"]),  # type: ignore[arg-type]
                 f"v{x['version_no']}", t(RECORD_STATUS.get(str(x["status"]), str(x["status"]))),
                 str(x.get("subject") or "")] for x in self.case_records]
        self.table.blockSignals(True)
        self.table.set_rows(rows)
        self.table.blockSignals(False)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        is_open = bundle.detail.status in ("accepted", "registered")
        self.new_session_record.setEnabled(is_open)
        self.new_investigation.setEnabled(is_open)
        current = self.editor.record
        if current is not None:
            for row, x in enumerate(self.case_records):
                if x["id"] == current.id:
                    self.table.blockSignals(True)
                    self.table.selectRow(row)
                    self.table.blockSignals(False)

    def create_record(self, kind: str) -> None:
        if self.bundle is None:
            return
        case_id = self.bundle.detail.id
        session_id = self.session_for_new_record() if kind == RecordKind.SESSION_RECORD else None
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: records.create_draft(store, actor, case_id, kind, session_id=session_id),
                          parent=self,
                          label=self.tr("正在新建记录…"), write=True) \
            .announces(Changes(cases=True, case_ids=frozenset({case_id}))).success(self.open_record).run()

    def session_for_new_record(self) -> int | None:
        """The latest session that has begun and has no record yet: its time, place and people prefill the record."""
        assert self.bundle is not None
        recorded = {x.get("session_id") for x in self.case_records}
        now = datetime.now(UTC)
        held = [s for s in self.bundle.detail.sessions if s["status"] not in ("cancelled", "postponed")
                and s["id"] not in recorded and s["starts_at"] is not None
                and (s["starts_at"] if s["starts_at"].tzinfo else s["starts_at"].replace(tzinfo=UTC)) <= now]
        return int(held[-1]["id"]) if held else None

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record_id = int(self.case_records[rows[0].row()]["id"])  # type: ignore[call-overload]
        if self.editor.record is not None and self.editor.record.id == record_id:
            return
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: records.get_record(store, actor, record_id), parent=self,
                          label=self.tr("正在读取记录…")).success(self.open_record).run()

    def open_record(self, record: RecordView) -> None:
        self.editor.open_record(record)
        self.editor.show()
