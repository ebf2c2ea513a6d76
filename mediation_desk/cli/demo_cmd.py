"""``demo``: fill the database with realistic demo data."""

from __future__ import annotations

import argparse
import sys
import time

from mediation_desk.cli.common import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="生成演示数据（可指定规模和随机种子，结果可重复）")
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from mediation_desk.services import demo

    store = open_store(args)
    started = time.perf_counter()
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r已生成 {done}/{total} 件", end="", file=sys.stderr, flush=True)

    summary = demo.generate(store, args.cases, args.seed, committee_id=args.committee, progress=progress)
    if tty:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"已生成 {summary.cases} 件演示案件（{summary.first_case_number} … {summary.last_case_number}），"
          f"用时 {elapsed:.1f} 秒")
    return 0
