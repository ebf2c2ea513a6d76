"""Benchmark: rendering an agreement (人民调解协议书) as PDF and as DOCX in a running process, against
LibreOffice converting that DOCX to PDF (the route clerks use today).

    python tests/bench/bench_documents.py [--runs 30] [--lo-runs 3]

Builds its own demo database in a temporary folder, so it runs on a clean machine. Prints medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select  # noqa: E402

from mediation_desk.db.models import Agreement  # noqa: E402
from mediation_desk.db.schema import upgrade  # noqa: E402
from mediation_desk.documents import api, case_file  # noqa: E402
from mediation_desk.documents.context import gather  # noqa: E402
from mediation_desk.services import demo  # noqa: E402
from mediation_desk.services.committees import actor_for  # noqa: E402
from mediation_desk.store import Store  # noqa: E402

FONTCONFIG = """<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<alias binding="same"><family>仿宋</family><prefer><family>AR PL UMing CN</family></prefer></alias>
<alias binding="same"><family>宋体</family><prefer><family>AR PL UMing CN</family></prefer></alias>
</fontconfig>"""


def _cpu() -> float:
    """CPU seconds of this process and its finished children (LibreOffice runs as a child)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds. On a shared, loaded machine the wall clock includes
    waiting for a core; CPU time is what the work itself costs."""
    fn()  # warm: fonts registered, template built, modules imported
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), _cpu()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(_cpu() - c)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--lo-runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="md-bench-docs-"))
    try:
        store = Store(f"sqlite:///{work / 'bench.sqlite3'}")
        upgrade(store.engine)
        demo.generate(store, 60, seed=7)
        actor = actor_for(store)
        with store.read() as s:
            case_id = s.scalar(select(Agreement.case_id).where(Agreement.kind == "written").order_by(Agreement.id))
        assert case_id is not None, "the demo data has no written agreement"

        data = gather(store, actor, case_id)
        doc = api.document(data, "agreement")
        settings = data.base["settings"]
        pdf_ms = median_ms(lambda: api.to_bytes(doc, "pdf", settings), args.runs)
        docx_ms = median_ms(lambda: api.to_bytes(doc, "docx", settings), args.runs)
        pdf_all = median_ms(lambda: api.render(store, actor, "agreement", case_id, "pdf"), args.runs)
        docx_all = median_ms(lambda: api.render(store, actor, "agreement", case_id, "docx"), args.runs)
        cf_ms = median_ms(lambda: case_file.case_file_pdf(store, actor, case_id), 3)

        docx_path = work / "agreement.docx"
        docx_path.write_bytes(api.render(store, actor, "agreement", case_id, "docx"))
        (work / "fonts.conf").write_text(FONTCONFIG, encoding="utf-8")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        lo_ms = (float("nan"), float("nan"))
        if soffice:
            env = {**os.environ, "FONTCONFIG_FILE": str(work / "fonts.conf"), "HOME": str(work)}
            cmd = [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{work}/lo-profile",
                   "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx_path)]
            subprocess.run(cmd, check=True, capture_output=True, env=env)  # first start creates the profile
            lo_ms = median_ms(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env), args.lo_runs)
        pages = api.render(store, actor, "agreement", case_id, "pdf").count(b"/Type /Page\n")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"agreement ({pages} pages), median of {args.runs} warm runs in one process (wall / CPU):")
        rows = [("PDF  render (document → bytes)", pdf_ms), ("DOCX render (document → bytes)", docx_ms),
                ("PDF  end to end (read case + fill + render)", pdf_all),
                ("DOCX end to end (read case + fill + render)", docx_all),
                (f"LibreOffice DOCX → PDF (soffice, median of {args.lo_runs})", lo_ms),
                ("whole case file (卷宗) PDF, median of 3", cf_ms)]
        for label, (wall, cpu) in rows:
            print(f"  {label:<48} {wall:8.1f} ms  / {cpu:8.1f} ms")
        for label, ours in (("PDF", pdf_all), ("DOCX", docx_all)):
            print(f"  ratio LibreOffice / our {label} end to end:  {lo_ms[0] / ours[0]:6.1f} × wall,"
                  f" {lo_ms[1] / ours[1]:6.1f} × CPU")
        store.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
