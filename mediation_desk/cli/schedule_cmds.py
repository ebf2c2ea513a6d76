"""``deadlines``, ``schedule`` and ``holidays``: the attention list, a week's sessions, the holiday calendar."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from mediation_desk import messages
from mediation_desk.cli.common import acting, open_store, print_json
from mediation_desk.errors import UserError
from mediation_desk.services import calendar_admin, deadlines, scheduling, session_calendar
from mediation_desk.services.calendar_admin import HolidayRange

messages.register("cli.bad_week", "周次“{value}”格式不对，请写成 2026-W48 这样。",
                  "Week “{value}” is malformed; write it like 2026-W48.")
messages.register("cli.no_room", "找不到调解室“{value}”。", "No room “{value}”.")
messages.register("cli.no_person", "找不到调解员或联络员“{value}”。", "No mediator or liaison “{value}”.")
messages.register("cli.ambiguous_person", "“{value}”对应多人：{names}。请写全名或用编号。",
                  "“{value}” matches several people: {names}. Use the full name or the id.")
messages.register("cli.bad_notice", "放假通知文件格式不对：{detail}", "The holiday notice file is malformed: {detail}")

WEEKDAYS = "一二三四五六日"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("deadlines", help="列出已逾期和 N 天内到期的事项（调解期限、反馈、履行、回访、司法确认、转办）")
    p.add_argument("--within", type=int, default=7, metavar="N", help="列出 N 天内到期的事项（默认 7）")
    p.add_argument("--mediator", help="只看某位调解员（姓名或编号）")
    p.add_argument("--today", type=date.fromisoformat, help="以哪一天为今天（默认今天，YYYY-MM-DD）")
    p.add_argument("--limit", type=int, help="只列出最早到期的前 N 项（合计仍按全部计算）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_deadlines)

    p = sub.add_parser("schedule", help="显示一周的调解安排，可导出 iCalendar (.ics)")
    p.add_argument("--week", required=True, help="ISO 周次，如 2026-W48")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--room", help="只看某个调解室（名称或编号）")
    who.add_argument("--person", help="只看某位调解员或联络员（姓名或编号）")
    p.add_argument("--ics", metavar="PATH", help="同时导出为 .ics 文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_schedule)

    p = sub.add_parser("holidays", help="查看某年的节假日数据；用 --notice 录入国务院放假通知")
    p.add_argument("year", type=int)
    p.add_argument("--notice", metavar="FILE",
                   help='JSON：{"holidays": [{"name": "元旦", "first": "2027-01-01", "last": "2027-01-01"}], '
                        '"workdays": [{"date": "2027-02-07", "name": "春节调休"}]}')
    p.set_defaults(handler=run_holidays)


def parse_week(text: str) -> date:
    m = re.fullmatch(r"(\d{4})-?[Ww](\d{1,2})", text.strip())
    if not m:
        raise UserError("cli.bad_week", value=text)
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError as exc:
        raise UserError("cli.bad_week", value=text) from exc


def _person(store: scheduling.Store, committee_id: int, text: str) -> scheduling.PersonRef:
    found = scheduling.find_people(store, committee_id, text)
    exact = [p for p in found if p.name == text.strip() or str(p.id) == text.strip()]
    found = exact or found
    if not found:
        raise UserError("cli.no_person", value=text)
    if len(found) > 1:
        raise UserError("cli.ambiguous_person", value=text,
                        names="、".join(f"{p.name}（{p.detail}，编号 {p.id}）" for p in found))
    return found[0]


def run_deadlines(args: argparse.Namespace) -> int:
    store = open_store(args)
    actor = acting(store, args)
    mediator_id = None
    if args.mediator:
        person = _person(store, actor.committee_id, args.mediator)
        if person.kind != "mediator":
            raise UserError("cli.no_person", value=args.mediator)
        mediator_id = person.id
    result = deadlines.attention(store, actor.committee_id, within_days=args.within, mediator_id=mediator_id,
                                 today=args.today, limit=args.limit)
    for w in result.warnings:
        print(f"提示：{w}", file=sys.stderr)
    if args.json:
        print_json([{**i.__dict__, "kind_label": i.kind_label, "overdue": i.overdue} for i in result.items])
        return 0
    for i in result.items:
        when = f"逾期 {-i.days_left} 天" if i.overdue else ("今天到期" if i.days_left == 0 else f"{i.days_left} 天后")
        print(f"{when}\t{i.due_on}\t{i.kind_label}\t{i.case_number}\t{i.mediator or '—'}\t{i.detail}".rstrip())
    shown = f"（仅显示最早的 {len(result.items)} 项）" if result.truncated else ""
    print(f"已逾期 {result.total_overdue} 项，{args.within} 天内到期 {result.total - result.total_overdue} 项{shown}")
    return 0


def run_schedule(args: argparse.Namespace) -> int:
    monday = parse_week(args.week)
    store = open_store(args)
    actor = acting(store, args)
    room_id = mediator_id = liaison_id = None
    title = f"{monday.isocalendar().year} 年第 {monday.isocalendar().week} 周"
    if args.room:
        room = scheduling.find_room(store, actor.committee_id, args.room)
        if room is None:
            raise UserError("cli.no_room", value=args.room)
        room_id, title = room[0], f"{room[1]} {title}"
    if args.person:
        person = _person(store, actor.committee_id, args.person)
        mediator_id = person.id if person.kind == "mediator" else None
        liaison_id = person.id if person.kind == "liaison" else None
        title = f"{person.name} {title}"
    start, end, tz = scheduling.local_week(store, actor.committee_id, monday)
    sessions = scheduling.sessions_between(store, actor.committee_id, start, end, room_id=room_id,
                                           mediator_id=mediator_id, liaison_id=liaison_id, include_cancelled=True)
    if args.json:
        print_json(sessions)
    else:
        print(f"{title}（{monday} 至 {monday + timedelta(days=6)}）")
        for s in sessions:
            a, b = s.starts_at.astimezone(tz), s.ends_at.astimezone(tz)
            people = session_calendar.describe_participants(s).replace("\n", "；")
            print(f"{a:%m-%d} 周{WEEKDAYS[a.weekday()]} {a:%H:%M}–{b:%H:%M}\t{s.where}\t{s.case_number}\t"
                  f"{scheduling.STATUS_LABELS[s.status]}\t{people}")
        print(f"共 {len(sessions)} 次")
    if args.ics:
        text = session_calendar.week_ics(store, actor.committee_id, monday, room_id=room_id, mediator_id=mediator_id,
                                         liaison_id=liaison_id, name=title)
        try:
            Path(args.ics).write_bytes(text.encode("utf-8"))
        except OSError as exc:
            raise UserError("error.bad_file", path=args.ics, detail=exc.strerror or str(exc)) from exc
        print(f"已导出到 {args.ics}", file=sys.stderr)
    return 0


def _read_notice(path: str) -> tuple[list[HolidayRange], list[tuple[date, str]]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError("error.bad_file", path=path, detail=exc.strerror or str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise UserError("error.bad_json", detail=f"第 {exc.lineno} 行：{exc.msg}") from exc
    try:
        holidays = [HolidayRange(h["name"], date.fromisoformat(h["first"]),
                                 date.fromisoformat(h.get("last", h["first"]))) for h in data.get("holidays", [])]
        workdays = [(date.fromisoformat(w["date"]), w.get("name", "调休上班")) for w in data.get("workdays", [])]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UserError("cli.bad_notice", detail=str(exc)) from exc
    return holidays, workdays


def run_holidays(args: argparse.Namespace) -> int:
    store = open_store(args)
    if args.notice:
        actor = acting(store, args)
        holidays, workdays = _read_notice(args.notice)
        calendar_admin.enter_year_notice(store, actor, args.year, holidays, workdays)
        print(f"已录入 {args.year} 年放假安排。")
    cal = calendar_admin.get_calendar(store)
    if not cal.is_covered(args.year):
        print(f"提示：{calendar_admin.coverage(store, [args.year])[0].message()}", file=sys.stderr)
        return 0
    day = date(args.year, 1, 1)
    while day.year == args.year:
        if cal.holiday_name(day) or cal.is_makeup_workday(day):
            kind = "上班（调休）" if cal.is_makeup_workday(day) else f"放假 {cal.holiday_name(day)}"
            print(f"{day} 周{WEEKDAYS[day.weekday()]}\t{kind}")
        day += timedelta(days=1)
    return 0
