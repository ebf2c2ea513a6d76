"""``render``, ``case-file`` and ``forms``: printing a case's documents from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediation_desk.cli.common import acting, open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from mediation_desk.documents.definitions import FORM_CODES

    p = sub.add_parser("render", help="生成一个案件的文书（PDF 或 DOCX）")
    p.add_argument("form", choices=FORM_CODES, metavar="FORM", help="文书代码：" + "、".join(FORM_CODES))
    p.add_argument("--case", required=True, dest="case_number", help="案件编号，如 （2026）安调字第012号")
    p.add_argument("--format", choices=("pdf", "docx"), help="默认按 --out 的扩展名")
    p.add_argument("--out", required=True, help="输出文件")
    p.add_argument("--agreement-version", type=int, help="协议书的版本号（默认为现行版本）")
    p.set_defaults(handler=run_render)

    p = sub.add_parser("case-file", help="生成案件的完整卷宗 PDF（封面、卷内目录、全部文书、封底）")
    p.add_argument("case_number")
    p.add_argument("--out", required=True)
    p.add_argument("--attachments", help="附件文件所在目录（图片附件将装订进卷宗）")
    p.set_defaults(handler=run_case_file)

    p = sub.add_parser("forms", help="列出可生成的文书")
    p.set_defaults(handler=run_forms)


def _agreement_id(store: object, case_id: int, version: int | None) -> int | None:
    if version is None:
        return None
    from sqlalchemy import select

    from mediation_desk.db.models import Agreement
    from mediation_desk.errors import NotFoundError
    from mediation_desk.store import Store

    assert isinstance(store, Store)
    with store.read() as s:
        aid = s.scalar(select(Agreement.id).where(Agreement.case_id == case_id, Agreement.version_no == version))
    if aid is None:
        raise NotFoundError(what="协议书版本", key=str(version))
    return int(aid)


def run_render(args: argparse.Namespace) -> int:
    from mediation_desk.documents import api
    from mediation_desk.services.cases import find_case_id

    store = open_store(args)
    actor = acting(store, args)
    case_id = find_case_id(store, actor.committee_id, args.case_number)
    fmt = args.format or Path(args.out).suffix.lower().lstrip(".")
    path = api.render_to_path(store, actor, args.form, case_id, args.out, fmt,
                              agreement_id=_agreement_id(store, case_id, args.agreement_version))
    print(path)
    return 0


def run_case_file(args: argparse.Namespace) -> int:
    from mediation_desk.documents.case_file import case_file_pdf
    from mediation_desk.services.cases import find_case_id

    store = open_store(args)
    actor = acting(store, args)
    case_id = find_case_id(store, actor.committee_id, args.case_number)
    _pdf, result = case_file_pdf(store, actor, case_id, args.out,
                                 attachment_dir=Path(args.attachments) if args.attachments else None)
    for e in result.entries:
        print(f"{e.n:>2}  {e.title}\t{e.pages or '—'}\t{e.note}")
    print(f"共 {result.pages} 页 → {result.path}", file=sys.stderr)
    return 0


def run_forms(args: argparse.Namespace) -> int:
    from mediation_desk.documents.api import form_titles

    for code, title in form_titles().items():
        print(f"{code}\t{title}")
    return 0
