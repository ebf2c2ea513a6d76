"""The case-work commands, run through the CLI's entry point against a real database."""

from __future__ import annotations

from mediation_desk.cli import main
from tests.core.casework import new_case


def test_attach_list_close_reopen(store, actor, tmp_path, capsys):
    new_case(store, actor)
    number = "（2026）安调字第001号"
    db = ["--db", store.url]
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 100)
    root = tmp_path / "blobs"
    assert main([*db, "attach", number, str(photo), "--kind", "evidence", "--store-root", str(root)]) == 0
    assert main([*db, "attachments", number]) == 0
    out = capsys.readouterr().out
    assert "证据材料" in out and "现场照片.jpg" in out
    assert main([*db, "close", number, "--outcome", "terminated", "--date", "2026-05-20"]) == 2
    assert "必须写明原因" in capsys.readouterr().err
    assert main([*db, "close", number, "--outcome", "terminated", "--date", "2026-05-20",
                 "--note", "已引导诉讼"]) == 0
    assert "已结案" in capsys.readouterr().out
    assert main([*db, "reopen", number, "--reason", "登记错误"]) == 0
    assert main([*db, "agreement", number]) == 0
    assert "还没有调解协议" in capsys.readouterr().out
    assert main([*db, "user-add", "lixy", "李秀英", "liaison"]) == 0
    assert main([*db, "--user", "lixy", "close", number, "--outcome", "withdrawn", "--date", "2026-05-21",
                 "--note", "撤回"]) == 2
    assert "没有“结案”的权限" in capsys.readouterr().err
