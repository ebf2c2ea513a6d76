"""录入放假通知: an administrator types in a year's State Council holiday notice.

One line per holiday range (``国庆节 2027-10-01 2027-10-07``) and one per make-up workday
(``2027-09-26 国庆节调休``); the core (``calendar_admin.enter_year_notice``) checks and stores it.
"""

from __future__ import annotations

import re
from datetime import date

from mediation_desk.services import calendar_admin
from mediation_desk.services.calendar_admin import HolidayRange
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import errors_inline
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget
from ui.widgets import ErrorLabel, muted

_DATE = r"(\d{4}-\d{1,2}-\d{1,2})"


def _day(text: str) -> date:
    y, m, d = (int(x) for x in text.split("-"))
    return date(y, m, d)


class HolidayNoticeDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("录入 {year} 年放假通知").format(year=year))
        self.setMinimumSize(560, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("请按国务院办公厅的放假通知录入。每行一段放假：名称 开始日期 结束日期；"
                                       "调休上班日每行一天：日期 说明。")))
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setMaximumWidth(100)
        form.addRow(self.tr("年份"), self.year)
        self.holidays = QPlainTextEdit()
        self.holidays.setPlaceholderText(f"元旦 {year}-01-01 {year}-01-01\n春节 {year}-02-10 {year}-02-17")
        form.addRow(self.tr("放假安排"), self.holidays)
        self.makeup = QPlainTextEdit()
        self.makeup.setPlaceholderText(f"{year}-02-08 春节调休")
        form.addRow(self.tr("调休上班"), self.makeup)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def parsed(self) -> tuple[list[HolidayRange], list[tuple[date, str]], list[str]]:
        holidays, makeup, bad = [], [], []
        for line in self.holidays.toPlainText().splitlines():
            if not line.strip():
                continue
            m = re.fullmatch(rf"\s*(\S+)\s+{_DATE}\s+{_DATE}\s*", line)
            if m is None:
                bad.append(line)
                continue
            holidays.append(HolidayRange(m.group(1), _day(m.group(2)), _day(m.group(3))))
        for line in self.makeup.toPlainText().splitlines():
            if not line.strip():
                continue
            m = re.fullmatch(rf"\s*{_DATE}\s*(.*)", line)
            if m is None:
                bad.append(line)
                continue
            makeup.append((_day(m.group(1)), m.group(2).strip()))
        return holidays, makeup, bad

    def save(self) -> None:
        try:
            holidays, makeup, bad = self.parsed()
        except ValueError:
            self.error.show_messages([self.tr("有日期不存在，请检查。")])
            return
        if bad:
            self.error.show_messages([self.tr("这些行看不懂：{lines}").format(lines="；".join(bad))])
            return
        year = self.year.value()
        self.ctx.tasks.op(lambda: calendar_admin.enter_year_notice(self.ctx.store, self.ctx.actor, year, holidays,
                                                                   makeup),
                          parent=self, write=True).announces(Changes(schedule=True)) \
            .success(lambda _n: self.accept()).failure(errors_inline(self, self.error)).run()
