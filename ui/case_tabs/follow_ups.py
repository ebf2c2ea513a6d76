"""回访: planned and done follow-up visits."""

from __future__ import annotations

from ui.case_tabs.agreements import PERFORMANCE
from ui.case_tabs.base import CaseBundle, TableTab, t
from ui.formatting import fmt_date
from ui.qt import QT_TRANSLATE_NOOP


class FollowUpsTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "回访")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "应回访日期"), QT_TRANSLATE_NOOP("CaseTabs", "回访日期"),
               QT_TRANSLATE_NOOP("CaseTabs", "履行情况"), QT_TRANSLATE_NOOP("CaseTabs", "备注")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "还没有回访。协议签订后会按期限安排回访。")

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        return [[fmt_date(x["due_on"]), fmt_date(x["visited_on"]) or t(QT_TRANSLATE_NOOP("CaseTabs", "未回访")),
                 t(PERFORMANCE.get(x["performance"], x["performance"])) if x["performance"] else "",
                 str(x.get("note") or "")]
                for x in bundle.detail.follow_ups]
