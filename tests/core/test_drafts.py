"""The editor's local draft store: atomic writes, recovery after a killed process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from mediation_desk import drafts
from mediation_desk.drafts import DraftStore

ROOT = Path(__file__).resolve().parents[2]


def test_save_recover_list_discard(tmp_path):
    store = DraftStore(tmp_path / "d")
    assert store.recover("record-1") is None and store.list() == []
    store.save("record-1", {"body": "张三称：雨水流入院内。\n李四称：愿意改建。"}, base_version=3)
    store.save("agreement-7", {"facts": "邻里纠纷"})
    got = store.recover("record-1")
    assert got is not None
    assert got.content["body"].endswith("愿意改建。") and got.base_version == 3
    assert {d.key for d in store.list()} == {"record-1", "agreement-7"}
    assert store.discard("record-1") is True
    assert store.discard("record-1") is False
    assert [d.key for d in store.list()] == ["agreement-7"]


def test_default_root_is_under_the_data_dir():
    from mediation_desk import config

    assert DraftStore().root == config.data_dir() / "drafts"


def test_keys_with_unsafe_characters_do_not_collide(tmp_path):
    store = DraftStore(tmp_path)
    store.save("record/1", {"body": "a"})
    store.save("record:1", {"body": "b"})
    assert store.recover("record/1").content == {"body": "a"}  # type: ignore[union-attr]
    assert store.recover("record:1").content == {"body": "b"}  # type: ignore[union-attr]
    assert all("/" not in p.name and ":" not in p.name for p in tmp_path.iterdir())


_BLOCKED_WRITER = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, sys.argv[3])
    from pathlib import Path
    from mediation_desk.drafts import DraftStore
    ready = Path(sys.argv[2])
    def stuck_replace(src, dst):
        # The new draft is fully written and synced to its temporary file; die before the rename.
        ready.write_text("ready")
        time.sleep(60)
    os.replace = stuck_replace
    DraftStore(Path(sys.argv[1])).save("record-1", {"body": "新的内容" * 1000})
""")


def test_killed_writer_leaves_previous_draft_intact(tmp_path):
    root = tmp_path / "drafts"
    store = DraftStore(root)
    store.save("record-1", {"body": "之前保存的内容"}, base_version=2)
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", _BLOCKED_WRITER, str(root), str(ready), str(ROOT)])
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert proc.poll() is None, "writer exited early"
            assert time.monotonic() < deadline, "writer never got to the rename"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    temps = [p for p in root.iterdir() if p.name.startswith(".tmp-")]
    assert len(temps) == 1  # the killed writer's complete but never renamed file
    got = store.recover("record-1")
    assert got is not None and got.content == {"body": "之前保存的内容"} and got.base_version == 2
    # A later start tidies the leftover once it is old enough to belong to no live writer.
    old = time.time() - drafts.STALE_TEMP_SECONDS - 5
    os.utime(temps[0], (old, old))
    assert [d.key for d in store.list()] == ["record-1"]
    assert not temps[0].exists()


_LOOP_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from pathlib import Path
    from mediation_desk.drafts import DraftStore
    store = DraftStore(Path(sys.argv[1]))
    n = 0
    while True:
        n += 1
        # Large enough that a kill often lands in the middle of a write.
        store.save("record-9", {"n": n, "body": ("第%d稿" % n) * 40000}, base_version=n)
""")


def test_writer_killed_at_any_moment_leaves_a_whole_draft(tmp_path):
    root = tmp_path / "drafts"
    for delay in (0.3, 0.45, 0.6):
        proc = subprocess.Popen([sys.executable, "-c", _LOOP_WRITER, str(root), str(ROOT)])
        deadline = time.monotonic() + 30
        while not (root.exists() and any(p.name.endswith(".draft.json") for p in root.iterdir())):
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        got = DraftStore(root).recover("record-9")
        assert got is not None
        n = got.content["n"]
        assert got.base_version == n and got.content["body"] == f"第{n}稿" * 40000
        raw = json.loads(DraftStore(root).path_for("record-9").read_text(encoding="utf-8"))
        assert raw["key"] == "record-9"
