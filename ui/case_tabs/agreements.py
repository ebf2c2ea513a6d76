"""协议: written and oral agreements, amounts, performance."""

from __future__ import annotations

from ui.case_tabs.base import CaseBundle, TableTab, t
from ui.case_tabs.records import RECORD_STATUS
from ui.formatting import fmt_date
from ui.qt import QT_TRANSLATE_NOOP

KINDS = {"written": QT_TRANSLATE_NOOP("CaseTabs", "书面协议"), "oral": QT_TRANSLATE_NOOP("CaseTabs", "口头协议")}
PERFORMANCE = {"pending": QT_TRANSLATE_NOOP("CaseTabs", "待履行"), "performed": QT_TRANSLATE_NOOP("CaseTabs", "已履行"),
               "partial": QT_TRANSLATE_NOOP("CaseTabs", "部分履行"),
               "not_performed": QT_TRANSLATE_NOOP("CaseTabs", "未履行")}


class AgreementsTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "协议")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "编号"), QT_TRANSLATE_NOOP("CaseTabs", "种类"),
               QT_TRANSLATE_NOOP("CaseTabs", "状态"), QT_TRANSLATE_NOOP("CaseTabs", "金额（元）"),
               QT_TRANSLATE_NOOP("CaseTabs", "签订日期"), QT_TRANSLATE_NOOP("CaseTabs", "履行期限"),
               QT_TRANSLATE_NOOP("CaseTabs", "履行情况")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "还没有调解协议。")

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        return [[x["number"], t(KINDS.get(x["kind"], x["kind"])), t(RECORD_STATUS.get(x["status"], x["status"])),
                 f"{x['total_amount']:,.2f}", fmt_date(x["signed_on"]), fmt_date(x["performance_due"]),
                 t(PERFORMANCE.get(x["performance_status"], x["performance_status"]))]
                for x in bundle.detail.agreements]
