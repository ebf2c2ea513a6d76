"""Benchmark: time from launch to a usable main window with a 200,000-case database, against a bare
PySide6 window measured in the same run, and the memory of the running app.

Run: ``python tests/bench/bench_gui_startup.py [--cases 200000] [--runs 5]``. Uses a copy of
``/work/bench-data/cases-200k.sqlite3`` when it is there (never the file itself), otherwise builds
its own database with the demo generator. Each launch is a fresh process (offscreen Qt) that prints
two marker lines (``MEDIATION_DESK_READY_MARKER``): "shown" once the window's frame is on screen and
its event loop idle (it takes clicks and typing, which are kept until the store is open), and
"usable" once the database is open and upgraded, the window has its store and its first page is
built and idle. RSS is read from /proc after the dashboard has loaded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path("/work/bench-data/cases-200k.sqlite3")
SHARED_LOG = Path("/work/bench-data/demo200k.log")
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: print("MEDIATION_DESK_READY", flush=True))
QTimer.singleShot(int(sys.argv[1]), app.quit)
app.exec()
"""


def prepare_db(cases: int, workdir: Path) -> Path:
    target = workdir / "bench.sqlite3"
    if cases == 200_000 and SHARED.exists() and "已生成" in SHARED_LOG.read_text(encoding="utf-8", errors="replace"):
        print(f"copying {SHARED} …", flush=True)
        shutil.copyfile(SHARED, target)
    else:
        print(f"building a {cases:,}-case demo database …", flush=True)
        subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(target), "demo", "--cases", str(cases),
                        "--seed", "7"], cwd=ROOT, check=True)
    # Upgrade once before timing: a first start after an upgrade is not what this measures.
    subprocess.run([sys.executable, "-c", "import sys; from mediation_desk.store import Store; "
                    "from mediation_desk.db.schema import upgrade; upgrade(Store(sys.argv[1]).engine)", str(target)],
                   cwd=ROOT, check=True)
    return target


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (unaffected by other load on the machine)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch(cmd: list[str], env: dict[str, str], settle_ms: int) -> tuple[float, float, float, float, float]:
    """Seconds until the ready marker, RSS then and after ``settle_ms`` (MB), CPU seconds until ready,
    seconds until the window was shown (the bare window prints only the ready marker)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    shown = float("nan")
    for line in proc.stdout:
        if line.startswith("MEDIATION_DESK_SHOWN"):
            shown = time.perf_counter() - started
        if line.startswith("MEDIATION_DESK_READY"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{cmd} exited without becoming ready (exit code {proc.wait()})")
    cpu = cpu_seconds(proc.pid)
    rss_ready = rss_mb(proc.pid)
    time.sleep(settle_ms / 1000 * 0.8)
    rss_settled = rss_mb(proc.pid)
    proc.stdout.read()
    proc.wait(timeout=30)
    return elapsed, rss_ready, rss_settled, cpu, elapsed if shown != shown else shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle-ms", type=int, default=2500, help="how long the app runs after ready")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        workdir = Path(tmp)
        db = prepare_db(args.cases, workdir)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEDIATION_DESK_HOME": str(workdir / "home"),
               "MEDIATION_DESK_READY_MARKER": "1", "MEDIATION_DESK_QUIT_AFTER_READY": str(args.settle_ms),
               "PYTHONPATH": str(ROOT)}
        # An installed app starts from compiled bytecode; a shell that forbids writing it would make
        # every launch recompile the project's modules, which is not what a user's start costs.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_cmd = [sys.executable, "-m", "ui", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE, str(args.settle_ms)]
        launch(app_cmd, env, args.settle_ms)  # warm the OS file cache once, as a second start would
        app_runs, bare_runs = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            bare_runs.append(launch(bare_cmd, env, 300))
            app_runs.append(launch(app_cmd, env, args.settle_ms))
        app_t = statistics.median(r[0] for r in app_runs)
        bare_t = statistics.median(r[0] for r in bare_runs)
        print(f"database: {args.cases:,} cases ({db.stat().st_size / 1e6:,.0f} MB)")
        shown_t = statistics.median(r[4] for r in app_runs)
        print(f"launch to main window shown:  median {shown_t:.3f} s "
              f"(runs: {', '.join(f'{r[4]:.3f}' for r in app_runs)}); {shown_t / bare_t:.1f}x the bare window")
        print(f"launch to usable main window: median {app_t:.3f} s "
              f"(runs: {', '.join(f'{r[0]:.3f}' for r in app_runs)})")
        print(f"bare PySide6 QMainWindow:     median {bare_t:.3f} s "
              f"(runs: {', '.join(f'{r[0]:.3f}' for r in bare_runs)})")
        print(f"ratio app / bare window: {app_t / bare_t:.1f}x")
        app_cpu = statistics.median(r[3] for r in app_runs)
        bare_cpu = statistics.median(r[3] for r in bare_runs)
        print(f"CPU time until ready (independent of other load): app {app_cpu:.2f} s, bare window {bare_cpu:.2f} s, "
              f"ratio {app_cpu / bare_cpu:.1f}x; machine load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        print(f"memory (RSS) of the running app: {statistics.median(r[1] for r in app_runs):.0f} MB when ready, "
              f"{statistics.median(r[2] for r in app_runs):.0f} MB with the dashboard loaded "
              f"(bare window: {statistics.median(r[1] for r in bare_runs):.0f} MB)")


if __name__ == "__main__":
    main()
