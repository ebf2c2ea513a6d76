"""How long the editor's saves take on a big database: record autosave, agreement save, local drafts.

Usage::

    python tests/bench/bench_casework.py [--db COPY_OF_DEMO.sqlite3 | --cases N] [--rounds 50]

With ``--db`` the file is copied to a temporary file first (the original is never modified); without
it a demo database of ``--cases`` cases is generated (``python -m mediation_desk demo``), so the
benchmark runs on a clean machine. Prints median and 95th percentile in milliseconds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from mediation_desk.db.models import Case  # noqa: E402
from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.drafts import DraftStore  # noqa: E402
from mediation_desk.services import agreements, records  # noqa: E402
from mediation_desk.services.committees import actor_for  # noqa: E402
from mediation_desk.store import Store  # noqa: E402


def timed(fn: Callable[[int], object], rounds: int) -> list[float]:
    out = []
    for i in range(rounds):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def report(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name:<42} median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ms)})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="a demo SQLite database to copy (never modified)")
    ap.add_argument("--cases", type=int, default=2000, help="cases to generate when --db is not given")
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-casework-"))
    try:
        path = tmp / "bench.sqlite3"
        if args.db:
            shutil.copyfile(args.db, path)
        else:
            subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(path), "init",
                            "--committee-name", "安宁镇人民调解委员会", "--short-name", "安"], check=True, cwd=ROOT)
            subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(path), "demo", "--cases",
                            str(args.cases)], check=True, cwd=ROOT)
        store = Store(str(path))
        upgrade(store.engine)
        actor = actor_for(store)
        with store.read() as s:
            total = s.scalar(select(func.count(Case.id)))
            case_id = s.scalar(select(Case.id).where(Case.status == "accepted").order_by(Case.id.desc()))
        if case_id is None:
            # A small demo may hold only closed cases; reopen the newest one in this private copy.
            with store.write(actor) as uow:
                case = uow.session.scalars(select(Case).order_by(Case.id.desc())).first()
                assert case is not None
                case.status, case.outcome, case.closed_on = "accepted", None, None
                case_id = case.id
        print(f"database: {total} cases; working on case id {case_id}")

        rec = records.create_draft(store, actor, case_id)
        state = {"v": rec.edit_version}
        base = replace(rec.content, occurred_at=datetime.now(UTC))

        def autosave_changed(i: int) -> None:
            body = "张三称雨水从彩钢棚流入院内，" * 20 + f"第{i}次修改。"
            state["v"] = records.save_draft(store, actor, rec.id, replace(base, body=body), state["v"])

        def autosave_same(i: int) -> None:
            state["v"] = records.save_draft(store, actor, rec.id,
                                            replace(base, body="张三称雨水从彩钢棚流入院内，" * 20 + "定稿。"),
                                            state["v"])

        report("record autosave, text changed", timed(autosave_changed, args.rounds))
        autosave_same(0)
        report("record autosave, nothing changed", timed(autosave_same, args.rounds))

        a = agreements.current_agreement(store, actor, case_id) or agreements.draft_agreement(store, actor, case_id)
        if a.status == "signed":
            a = agreements.reissue(store, actor, a.id, "基准测试")
        if a.status == "draft":
            agreement = {"a": a}

            def save_agreement(i: int) -> None:
                cur = agreement["a"]
                content = replace(cur.content(), clauses=(
                    agreements.ClauseInput("李四拆除彩钢棚。"),
                    agreements.ClauseInput("李四赔偿张三损失。", None, f"{1000 + i}.50"),
                    agreements.ClauseInput("双方和睦相处。"),
                ))
                agreement["a"] = agreements.save_agreement(store, actor, cur.id, content, cur.edit_version)

            report("agreement save (3 clauses, amount changed)", timed(save_agreement, args.rounds))

        drafts = DraftStore(tmp / "drafts")
        report("local draft write (fsync + rename)",
               timed(lambda i: drafts.save(f"record-{rec.id}", {"body": "字" * 5000, "i": i}), args.rounds))
        store.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
