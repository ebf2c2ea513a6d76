"""Case work after intake from the command line: records, agreement, attachments, closing, users."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mediation_desk.cli.common import acting, open_store, print_json
from mediation_desk.domain.money import format_amount, to_capitals
from mediation_desk.domain.vocab import OUTCOME_LABELS
from mediation_desk.services import agreements, attachments, case_changes, cases, records, users
from mediation_desk.store import Actor, Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("records", help="列出一个案件的调解记录和调查记录")
    p.add_argument("case_number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_records)

    p = sub.add_parser("agreement", help="显示一个案件现行的调解协议")
    p.add_argument("case_number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_agreement)

    p = sub.add_parser("attach", help="把一个文件作为案件材料加入附件库")
    p.add_argument("case_number")
    p.add_argument("file")
    p.add_argument("--kind", default="evidence", choices=sorted(attachments.KIND_LABELS), help="材料类别")
    p.add_argument("--title", default="")
    p.add_argument("--store-root", help="附件库目录（默认在用户数据目录下）")
    p.set_defaults(handler=run_attach)

    p = sub.add_parser("attachments", help="列出一个案件的附件（按卷宗顺序）")
    p.add_argument("case_number")
    p.set_defaults(handler=run_attachments)

    p = sub.add_parser("attachments-gc", help="删除附件库中已无任何案件引用的文件")
    p.add_argument("--store-root")
    p.add_argument("--min-age", type=float, default=3600, help="只删除至少这么多秒以前写入的文件")
    p.set_defaults(handler=run_gc)

    p = sub.add_parser("close", help="结案")
    p.add_argument("case_number")
    p.add_argument("--outcome", required=True, choices=sorted(OUTCOME_LABELS))
    p.add_argument("--date", type=date.fromisoformat, default=None, help="结案日期（默认今天）")
    p.add_argument("--note", default="", help="结案说明（调解不成、撤回时必填）")
    p.set_defaults(handler=run_close)

    p = sub.add_parser("reopen", help="重新打开已结案件（仅管理员）")
    p.add_argument("case_number")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=run_reopen)

    p = sub.add_parser("users", help="列出用户")
    p.set_defaults(handler=run_users)

    p = sub.add_parser("user-add", help="新增用户（仅管理员）")
    p.add_argument("username")
    p.add_argument("display_name")
    p.add_argument("role", choices=["admin", "mediator", "clerk", "liaison"])
    p.add_argument("--personal-data", action="store_true", help="允许查看完整证件号和电话")
    p.set_defaults(handler=run_user_add)


def _case(args: argparse.Namespace) -> tuple[Store, Actor, int]:
    store = open_store(args)
    actor = acting(store, args)
    return store, actor, cases.find_case_id(store, actor.committee_id, args.case_number)


def run_records(args: argparse.Namespace) -> int:
    store, actor, case_id = _case(args)
    rows = records.list_records(store, actor, case_id)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        kind = records.RECORD_KIND_LABELS[records.RecordKind(r.kind)]
        status = records.RECORD_STATUS_LABELS[records.RecordStatus(r.status)]
        when = r.content.occurred_at.date().isoformat() if r.content.occurred_at else "—"
        print(f"{r.id}\t{kind}\t第{r.version_no}版\t{status}\t{when}\t{r.content.subject}")
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    store, actor, case_id = _case(args)
    a = agreements.current_agreement(store, actor, case_id)
    if a is None:
        print("本案还没有调解协议。")
        return 0
    if args.json:
        print_json(a)
        return 0
    print(f"{a.number}  {agreements.STATUS_LABELS[agreements.AgreementStatus(a.status)]}  "
          f"履行：{agreements.PERFORMANCE_LABELS[agreements.PerformanceStatus(a.performance_status)]}")
    for c in a.clauses:
        print(f"  {c.position}. {c.text}")
    print(f"金额合计：{format_amount(a.total_amount)}元（{to_capitals(a.total_amount)}）  "
          f"履行期限：{a.effective_performance_due or '—'}  份数：{a.copies}")
    return 0


def run_attach(args: argparse.Namespace) -> int:
    store, actor, case_id = _case(args)
    root = Path(args.store_root) if args.store_root else None
    a = attachments.add_attachment(store, actor, case_id, Path(args.file), args.kind,
                                   title=args.title, root=root)
    print(f"{a.id}\t{a.kind_label}\t{a.title}\t{a.sha256[:12]}")
    return 0


def run_attachments(args: argparse.Namespace) -> int:
    store, actor, case_id = _case(args)
    for a in attachments.list_attachments(store, actor, case_id):
        print(f"{a.id}\t{a.kind_label}\t{a.title}\t{a.filename}\t{a.size} 字节")
    return 0


def run_gc(args: argparse.Namespace) -> int:
    store = open_store(args)
    removed = attachments.collect_garbage(store, root=Path(args.store_root) if args.store_root else None,
                                          min_age_seconds=args.min_age)
    print(f"已删除 {len(removed)} 个无引用的附件文件。")
    return 0


def run_close(args: argparse.Namespace) -> int:
    store, actor, case_id = _case(args)
    version = cases.get_case_detail(store, actor, case_id).version
    d = case_changes.close_case(store, actor, case_id, version,
                                case_changes.Closing(args.outcome, args.date or date.today(), note=args.note))
    print(f"{d.case_number} 已结案：{OUTCOME_LABELS[args.outcome].zh}（{d.closed_on}）")
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    store, actor, case_id = _case(args)
    version = cases.get_case_detail(store, actor, case_id).version
    d = case_changes.reopen_case(store, actor, case_id, version, args.reason)
    print(f"{d.case_number} 已重新打开。")
    return 0


def run_users(args: argparse.Namespace) -> int:
    store = open_store(args)
    actor = acting(store, args)
    for u in users.list_users(store, actor):
        full = "，可查看完整个人信息" if u.may_see_personal_data else ""
        print(f"{u.id}\t{u.username}\t{u.display_name}\t{u.role_label}{full}")
    return 0


def run_user_add(args: argparse.Namespace) -> int:
    store = open_store(args)
    actor = acting(store, args)
    u = users.create_user(store, actor, args.username, args.display_name, args.role,
                          may_see_personal_data=args.personal_data)
    print(f"已新增用户 {u.username}（{u.role_label}）")
    return 0
