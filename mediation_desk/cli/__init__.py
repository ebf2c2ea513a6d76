"""``python -m mediation_desk``: the core's jobs for administrators and scripts.

Every command takes ``--db URL`` (any SQLAlchemy URL or a file path), falling back to the
``MEDIATION_DESK_DB`` environment variable and then the default file in the user's data directory.
Each command lives in its own module that exposes ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from mediation_desk.errors import UserError
from mediation_desk.logs import setup_logging

# Modules under mediation_desk.cli, each adding its commands; order is the order in --help.
COMMAND_MODULES = [
    "setup_cmds",
    "demo_cmd",
    "case_cmds",
    "casework_cmds",
    "schedule_cmds",
    "document_cmds",
    "exchange_cmds",
]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediation-desk-cli", description="调解室工作台 命令行工具")
    parser.add_argument("--db", help="数据库：SQLAlchemy URL 或 SQLite 文件路径（默认读取 MEDIATION_DESK_DB）")
    parser.add_argument("--committee", type=int, help="调委会编号（数据库中有多个调委会时需要）")
    parser.add_argument("--user", default="admin", help="以哪个用户身份操作（记入审计日志）")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"mediation_desk.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Chinese output must not fail on a console whose encoding is not UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"错误：{exc.message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        from mediation_desk.logs import log_path

        print(f"内部错误，操作未完成。详细信息已记录在 {log_path()}", file=sys.stderr)
        return 1
