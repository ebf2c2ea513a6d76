"""``init``: create or upgrade the database, and optionally set up the committee."""

from __future__ import annotations

import argparse

from mediation_desk.services import committees


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="创建或升级数据库")
    p.add_argument("--committee-name", help="首次设置：调委会名称")
    p.add_argument("--short-name", help="首次设置：案件字号，如“安”")
    p.add_argument("--address", default="")
    p.add_argument("--mediator", default="", help="首次设置：第一位调解员姓名")
    p.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from mediation_desk.db.schema import current_revision, upgrade
    from mediation_desk.store import Store

    store = Store(args.db)
    before = current_revision(store.engine)
    _, after = upgrade(store.engine)
    if before is None:
        print(f"已创建数据库：{store.description}（版本 {after}）")
    elif before != after:
        print(f"已升级数据库：{store.description}（{before} → {after}）")
    else:
        print(f"数据库已是最新版本：{store.description}（版本 {after}）")
    if args.committee_name:
        committees.setup_committee(store, name=args.committee_name, short_name=args.short_name or "",
                                   address=args.address, first_mediator=args.mediator)
        print(f"已设置调委会：{args.committee_name}")
    store.dispose()
    return 0
