"""记录: session records (调解记录) and investigation records (调查记录), with their versions."""

from __future__ import annotations

from ui.case_tabs.base import CaseBundle, TableTab, t
from ui.formatting import fmt_local
from ui.qt import QT_TRANSLATE_NOOP

RECORD_KINDS = {"session_record": QT_TRANSLATE_NOOP("CaseTabs", "调解记录"),
                "investigation_record": QT_TRANSLATE_NOOP("CaseTabs", "调查记录")}
RECORD_STATUS = {"draft": QT_TRANSLATE_NOOP("CaseTabs", "草稿"), "signed": QT_TRANSLATE_NOOP("CaseTabs", "已签字"),
                 "superseded": QT_TRANSLATE_NOOP("CaseTabs", "已更正")}


class RecordsTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "记录")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "种类"), QT_TRANSLATE_NOOP("CaseTabs", "时间"),
               QT_TRANSLATE_NOOP("CaseTabs", "版本"), QT_TRANSLATE_NOOP("CaseTabs", "状态"),
               QT_TRANSLATE_NOOP("CaseTabs", "事由")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "还没有调解记录或调查记录。")

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        return [[t(RECORD_KINDS.get(x["kind"], x["kind"])), fmt_local(x["occurred_at"]), f"v{x['version_no']}",
                 t(RECORD_STATUS.get(x["status"], x["status"])), str(x.get("subject") or "")]
                for x in bundle.detail.records]
