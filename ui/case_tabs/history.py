"""历史: the case's audit trail — who changed what, and when."""

from __future__ import annotations

from typing import Any

from ui.case_tabs.base import CaseBundle, TableTab, t
from ui.formatting import fmt_local
from ui.qt import QT_TRANSLATE_NOOP

ACTIONS = {"create": QT_TRANSLATE_NOOP("CaseTabs", "新建"), "update": QT_TRANSLATE_NOOP("CaseTabs", "修改"),
           "accept": QT_TRANSLATE_NOOP("CaseTabs", "受理"), "decline": QT_TRANSLATE_NOOP("CaseTabs", "不予受理"),
           "close": QT_TRANSLATE_NOOP("CaseTabs", "结案"), "sign": QT_TRANSLATE_NOOP("CaseTabs", "签字确认"),
           "key_case_plan": QT_TRANSLATE_NOOP("CaseTabs", "包案方案")}


def _summary(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    parts = []
    for key, value in values.items():
        if isinstance(value, list):
            value = "、".join(str(v) for v in value)
        parts.append(f"{key}={value}")
    return "；".join(parts)[:300]


class HistoryTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "历史")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "时间"), QT_TRANSLATE_NOOP("CaseTabs", "操作人"),
               QT_TRANSLATE_NOOP("CaseTabs", "操作"), QT_TRANSLATE_NOOP("CaseTabs", "对象"),
               QT_TRANSLATE_NOOP("CaseTabs", "内容")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "没有变更记录。")

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        return [[fmt_local(e.at), e.username, t(ACTIONS.get(e.action, e.action)), e.entity,
                 _summary(e.after) or _summary(e.before)]
                for e in bundle.history]
