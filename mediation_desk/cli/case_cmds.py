"""``intake``, ``search`` and ``show``: taking in a case and finding it again."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mediation_desk.cli.common import acting, open_store, print_json
from mediation_desk.errors import UserError
from mediation_desk.services import cases, intake, intake_json, search, vocabulary


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("intake", help="从 JSON 文件受理登记一个案件，打印案件编号")
    p.add_argument("file", help="案件 JSON 文件（- 表示标准输入）")
    p.add_argument("--register-only", action="store_true", help="只登记，暂不受理")
    p.set_defaults(handler=run_intake)

    p = sub.add_parser("search", help="按编号、姓名、证件号、电话（后几位）、对接单位编号或事实检索案件")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=run_search)

    p = sub.add_parser("show", help="显示一个案件")
    p.add_argument("case_number")
    p.add_argument("--json", action="store_true")
    p.add_argument("--full", action="store_true", help="显示完整证件号和电话（需权限）")
    p.set_defaults(handler=run_show)


def run_intake(args: argparse.Namespace) -> int:
    try:
        raw = Path(args.file).read_text(encoding="utf-8") if args.file != "-" else sys.stdin.read()
    except OSError as exc:
        raise UserError("error.bad_file", path=args.file, detail=exc.strerror or str(exc)) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UserError("error.bad_json", detail=f"第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}") from exc
    case_input = intake_json.parse_case(data)
    store = open_store(args)
    actor = acting(store, args)
    result = intake.create_case(store, actor, case_input, decision="register" if args.register_only else "accept")
    print(result.case_number)
    for h in result.history:
        print(f"提示：当事人“{h.name}”已有 {len(h.earlier)} 起案件（未结 {h.open_cases} 起）", file=sys.stderr)
    if result.risk.level != "low":
        reasons = "；".join(r.text for r in result.risk.reasons)
        print(f"风险等级：{result.risk.level}（{reasons}）", file=sys.stderr)
    return 0


def run_search(args: argparse.Namespace) -> int:
    store = open_store(args)
    actor = acting(store, args)
    result = search.search(store, actor.committee_id, args.text, limit=args.limit)
    if args.json:
        print_json({"query": result.query, "total": result.total, "capped": result.capped,
                    "cases": [{**r.__dict__, "parties": r.parties} for r in result.rows]})
        return 0
    types = vocabulary.labels(store, "dispute_type")
    for r in result.rows:
        print(f"{r.case_number}\t{r.received_on}\t{types.get(r.dispute_type, r.dispute_type)}\t{r.parties}")
    more = "（仅显示最新的匹配）" if result.capped else ""
    print(f"共 {result.total} 件{more}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    actor = acting(store, args)
    case_id = cases.find_case_id(store, actor.committee_id, args.case_number)
    detail = cases.get_case_detail(store, actor, case_id, full_personal_data=args.full)
    if args.json:
        print_json(detail)
        return 0
    types = vocabulary.labels(store, "dispute_type")
    sources = vocabulary.labels(store, "source")
    from mediation_desk.domain.vocab import CASE_STATUS_LABELS, PARTY_ROLE_LABELS, RISK_LABELS

    print(f"案件编号：{detail.case_number}")
    print(f"纠纷类型：{types.get(detail.dispute_type, detail.dispute_type)}    "
          f"来源：{sources.get(detail.source, detail.source)}")
    print(f"受理日期：{detail.received_on}    状态：{CASE_STATUS_LABELS[detail.status].zh}    "
          f"期限：{detail.due_on or '—'}")
    print(f"风险等级：{RISK_LABELS[detail.risk_level].zh}"
          + ("（" + "；".join(r["text"] for r in detail.risk_reasons) + "）" if detail.risk_reasons else ""))
    for p in detail.parties:
        extra = "，".join(x for x in (p.id_number, p.phone, p.address) if x)
        print(f"{PARTY_ROLE_LABELS[p.role].zh}：{p.name}（{extra}）")
    if detail.referral:
        r = detail.referral
        print(f"移送单位：{r.agency}  编号：{r.reference}  反馈期限：{r.feedback_due_on or '—'}")
    print(f"纠纷简要情况：{detail.summary}")
    return 0
