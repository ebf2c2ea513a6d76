"""``export``, ``import``, ``backup``, ``verify`` and ``restore``: data leaving and returning safely."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from mediation_desk.cli.common import acting, open_store
from mediation_desk.services.jobs import Progress


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="导出台账（xlsx/csv）、统计表（xlsx/pdf）或全部数据（json）")
    p.add_argument("what", choices=("ledger", "stats", "json"))
    p.add_argument("--format", dest="fmt", help="ledger: xlsx|csv；stats: xlsx|pdf；json: json")
    p.add_argument("--out", required=True, help="输出文件路径")
    p.add_argument("--period", help="统计期间：2026-05（月）、2026-Q2（季度）或 2026（年）")
    p.add_argument("--full", action="store_true", help="台账中显示完整证件号和电话（需权限）")
    p.add_argument("--status")
    p.add_argument("--type", dest="dispute_type", help="纠纷类型代码")
    p.add_argument("--source", help="案件来源代码")
    p.add_argument("--from", dest="received_from", type=date.fromisoformat, help="受理日期起（2026-01-01）")
    p.add_argument("--to", dest="received_to", type=date.fromisoformat, help="受理日期止")
    p.add_argument("--progress", action="store_true", help="在标准输出打印进度行")
    p.set_defaults(handler=run_export)

    p = sub.add_parser("import", help="导入 Excel 台账（先用 --dry-run 试运行）")
    p.add_argument("what", choices=("ledger",))
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="只检查并逐行报告，不写入")
    p.add_argument("--mapping", help="列映射 JSON 文件（不指定时自动识别表头）")
    p.add_argument("--save-mapping", help="把本次使用的列映射保存到此文件，供下次使用")
    p.add_argument("--progress", action="store_true", help="在标准输出打印进度行")
    p.set_defaults(handler=run_import)

    p = sub.add_parser("backup", help="备份数据库和附件到一个归档文件，打印归档路径")
    p.add_argument("--out", required=True, help="归档文件路径，或存放归档的目录")
    p.add_argument("--attachments", help="附件目录（默认为数据目录下的 attachments）")
    p.add_argument("--portable", action="store_true", help="用可移植的 JSON 格式保存数据库")
    p.add_argument("--progress", action="store_true")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("verify", help="校验备份归档是否完整可用")
    p.add_argument("archive")
    p.set_defaults(handler=run_verify)

    p = sub.add_parser("restore", help="把备份恢复到新的位置（不会覆盖已有数据，除非 --force）")
    p.add_argument("archive")
    p.add_argument("--to", required=True, help="目标数据库：SQLite 文件路径或 PostgreSQL URL")
    p.add_argument("--force", action="store_true", help="目标已有数据时仍然替换（会先保存安全副本）")
    p.add_argument("--attachments-to", help="附件恢复到此目录")
    p.set_defaults(handler=run_restore)


def _progress(args: argparse.Namespace, label: str) -> Progress | None:
    if getattr(args, "progress", False):
        def to_stdout(done: int, total: int) -> None:
            print(f"进度 {label} {done}/{total}", flush=True)
        return to_stdout
    if not sys.stderr.isatty():
        return None

    def to_tty(done: int, total: int) -> None:
        print(f"\r{label} {done}/{total}", end="", file=sys.stderr, flush=True)
    return to_tty


def run_export(args: argparse.Namespace) -> int:
    store = open_store(args)
    if args.what == "json":
        from mediation_desk.services import json_export

        jres = json_export.export_json(store, args.out, progress=_progress(args, "导出"))
        rows = sum(jres.tables.values())
        print(f"已导出 {rows} 行（{len(jres.tables)} 张表，数据库版本 {jres.schema_revision}）：{jres.path}")
        return 0
    actor = acting(store, args)
    if args.what == "ledger":
        from mediation_desk.services import ledger, ledger_export
        from mediation_desk.services.cases import CaseFilter

        query = ledger.LedgerQuery(CaseFilter(status=args.status, dispute_type=args.dispute_type, source=args.source,
                                              received_from=args.received_from, received_to=args.received_to),
                                   full_personal_data=args.full)
        res = ledger_export.export_ledger(store, actor, args.out, args.fmt or "xlsx", query,
                                          progress=_progress(args, "导出"))
        if args.full and not res.personal_data_full:
            print("提示：您的账号无权查看完整个人信息，证件号码和电话已部分隐藏。", file=sys.stderr)
        print(f"已导出台账 {res.rows} 件：{res.path}")
        return 0
    from mediation_desk.services import statistics, stats_export

    if not args.period:
        print("错误：导出统计表需要 --period（如 2026-05、2026-Q2、2026）。", file=sys.stderr)
        return 2
    period = statistics.Period.parse(args.period)
    sres = stats_export.export_stats(store, actor, period, args.out, args.fmt or "xlsx")
    t = sres.report.total
    print(f"已导出{period.label}统计表：受理 {t.accepted} 件，调解成功 {t.settled} 件：{sres.path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from mediation_desk.services import ledger_import, ledger_layout

    store = open_store(args)
    actor = acting(store, args)
    mapping = ledger_layout.load_mapping(args.mapping) if args.mapping else None
    progress = _progress(args, "导入")
    if args.dry_run:
        rep = ledger_import.dry_run(store, actor, args.file, mapping, progress=progress)
        _print_report(rep)
        if args.save_mapping:
            print(f"列映射已保存：{ledger_layout.save_mapping(rep.mapping, args.save_mapping)}")
        return 0 if rep.ok else 3
    try:
        res = ledger_import.import_ledger(store, actor, args.file, mapping, progress=progress)
    except ledger_import.ImportRejected as exc:
        _print_report(exc.report, problems_only=True)
        raise
    if args.save_mapping:
        print(f"列映射已保存：{ledger_layout.save_mapping(res.report.mapping, args.save_mapping)}")
    print(f"已导入 {res.imported} 件案件（{res.first_case_number} … {res.last_case_number}）")
    return 0


def _print_report(rep: object, problems_only: bool = False) -> None:
    from mediation_desk.services.ledger_import import ImportReport

    assert isinstance(rep, ImportReport)
    print(f"文件：{rep.path}（工作表“{rep.sheet}”）")
    print("列映射：" + "，".join(f"{k}←“{v}”" for k, v in rep.mapping.columns.items()))
    for r in rep.rows:
        if problems_only and not r.problems:
            continue
        if r.problems:
            print(f"第 {r.row_number} 行 ✗ " + r.problems[0])
            for more in r.problems[1:]:
                print(f"第 {r.row_number} 行 ✗ {more}")
        else:
            print(f"第 {r.row_number} 行 ✓ {r.description}")
        for w in r.warnings:
            print(f"第 {r.row_number} 行 ! {w}")
    bad = len(rep.problem_rows)
    print(f"共 {len(rep.rows)} 行：可导入 {rep.cases} 件，需更正 {bad} 行；新建当事人 {rep.new_parties} 名，"
          f"沿用已有当事人 {rep.reused_parties} 次，协议 {rep.agreements} 份，移送记录 {rep.referrals} 条")
    if rep.new_agencies:
        print("将新建对接单位：" + "、".join(rep.new_agencies))
    if rep.new_mediators:
        print("将新建调解员：" + "、".join(rep.new_mediators))


def run_backup(args: argparse.Namespace) -> int:
    from mediation_desk.services import backup

    store = open_store(args)
    res = backup.create_backup(store, args.out, attachments=Path(args.attachments) if args.attachments else None,
                               portable=args.portable, progress=_progress(args, "备份"))
    print(res.path)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from mediation_desk.services import backup

    rep = backup.verify(args.archive)
    if rep.ok:
        m = rep.manifest or {}
        print(f"备份完好：{rep.path}（{m.get('created_at', '')}，程序版本 {m.get('app_version')}，"
              f"数据库版本 {m.get('schema_revision')}，案件 {m.get('counts', {}).get('cases')} 件）")
        return 0
    print(f"备份有问题：{rep.path}", file=sys.stderr)
    for p in rep.problems:
        print(f"  - {p}", file=sys.stderr)
    return 3


def run_restore(args: argparse.Namespace) -> int:
    from mediation_desk.services import restore

    res = restore.restore(args.archive, args.to, force=args.force, attachments_to=args.attachments_to)
    if res.safety_copy:
        print(f"原数据库已保存安全副本：{res.safety_copy}")
    upgraded = "" if res.schema_before == res.schema_after else \
        f"（已从 {res.schema_before} 升级到 {res.schema_after}）"
    print(f"已恢复到 {res.description}：案件 {res.cases} 件，附件 {res.attachments} 个{upgraded}")
    return 0
