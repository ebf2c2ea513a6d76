"""The statistics report as plain tables (headings + rows), shared by the XLSX and PDF writers.

Both writers show the same tables in the same order, so the two files never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from mediation_desk.services.statistics import StatsReport

Cell = str | int | Decimal | None


@dataclass(frozen=True)
class Table:
    title: str
    headings: list[str]
    rows: list[list[Cell]]
    total_row: bool = False  # the last row is a total, shown in bold


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def tables(report: StatsReport) -> list[Table]:
    by_type = Table(
        "一、矛盾纠纷调解情况（按纠纷类型）",
        ["纠纷类型", "受理", "调解成功", "成功率", "书面协议", "口头协议", "协议金额（元）", "协议履行", "司法确认"],
        [[t.label, t.accepted, t.settled, pct(t.success_rate), t.written_agreements, t.oral_agreements, t.amount,
          t.performed, t.judicial_confirmations] for t in [*report.by_type, report.total]],
        total_row=True,
    )
    by_source = Table("二、案件来源", ["案件来源", "受理", "调解成功", "成功率"],
                      [[s.label, s.accepted, s.settled, pct(s.success_rate)] for s in report.by_source])
    by_agency = Table("三、对接单位移送（委派）及反馈",
                      ["对接单位", "类别", "移送件数", "调解成功", "已反馈", "逾期反馈"],
                      [[a.name, a.kind, a.referred, a.settled, a.feedback_sent, a.feedback_overdue]
                       for a in report.by_agency])
    longest = "—" if report.longest_duration_days is None else \
        f"{report.longest_duration_days}（{report.longest_case_number}）"
    others = Table("四、其他指标", ["指标", "数值"], [
        ["排查发现矛盾纠纷（件）", report.found_by_screening],
        ["防止民转刑案件（件）", report.prevented_criminal_cases],
        ["防止民转刑涉及人数（人）", report.prevented_criminal_people],
        ["防止群体性上访（件）", report.prevented_petition_cases],
        ["防止群体性上访涉及人数（人）", report.prevented_petition_people],
        ["已结案件（件）", report.closed_cases],
        ["平均办理天数", "—" if report.average_duration_days is None else str(report.average_duration_days)],
        ["最长办理天数（案件编号）", longest],
        ["本期到期的反馈（件）", report.feedback_due],
        ["逾期反馈（件）", report.feedback_overdue],
    ])
    return [by_type, by_source, by_agency, others]


def title(report: StatsReport) -> str:
    return f"{report.committee}人民调解工作统计表（{report.period.label}）"
