"""The command line, run as a real process against a real database."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_id

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, db: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MEDIATION_DESK_DB": db, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "mediation_desk", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=120, cwd=ROOT)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.sqlite3"
    done = cli("init", "--committee-name", "安宁镇人民调解委员会", "--short-name", "安", "--mediator", "王建国",
               db=str(path))
    assert done.returncode == 0, done.stderr
    assert "已创建数据库" in done.stdout and "已设置调委会" in done.stdout
    return str(path)


CASE = {
    "dispute_type": "邻里",
    "source": "公安机关移送",
    "received_on": "2026-05-06",
    "summary": "张三与李四系邻居，因院墙边搭建彩钢棚排水问题发生争执。",
    "referral": {"agency": "安宁派出所", "reference": "J2026050600123"},
    "parties": [
        {"role": "applicant", "name": "张三", "id_number": make_id(), "phone": "13812345678",
         "address": "安宁镇东关村"},
        {"role": "respondent", "name": "李四", "phone": "13909311234"},
    ],
}


def test_intake_prints_number_then_search_and_show_find_it(db, tmp_path):
    f = tmp_path / "case.json"
    f.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    done = cli("intake", str(f), db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "（2026）安调字第001号"

    found = cli("search", "李四", "--json", db=db)
    assert found.returncode == 0, found.stderr
    payload = json.loads(found.stdout)
    assert payload["total"] == 1 and payload["cases"][0]["case_number"] == "（2026）安调字第001号"

    shown = cli("show", "(2026)安调字第001号", "--json", db=db)
    detail = json.loads(shown.stdout)
    assert detail["referral"]["reference"] == "J2026050600123"
    assert detail["parties"][0]["phone"] == "138****5678"
    text = cli("show", "（2026）安调字第001号", db=db).stdout
    assert "安宁派出所" in text and "申请人：张三" in text


def test_bad_input_exits_non_zero_with_the_message_and_writes_nothing(db, tmp_path):
    bad = {**CASE, "received_on": "2026-13-40",
           "parties": [{**CASE["parties"][0], "id_number": "62040219800101123X"}, CASE["parties"][1]]}
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    done = cli("intake", str(f), db=db)
    assert done.returncode == 2
    assert "受理日期" in done.stderr
    assert cli("search", "张三", db=db).stdout.strip().endswith("共 0 件")

    f.write_text("{not json", encoding="utf-8")
    done = cli("intake", str(f), db=db)
    assert done.returncode == 2 and "不是有效的 JSON" in done.stderr

    done = cli("intake", str(tmp_path / "missing.json"), db=db)
    assert done.returncode == 2 and "无法读取文件" in done.stderr


def test_id_error_is_named(db, tmp_path):
    bad = {**CASE, "parties": [{**CASE["parties"][0], "id_number": make_id()[:17] + "Y"}, CASE["parties"][1]]}
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    done = cli("intake", str(f), db=db)
    assert done.returncode == 2 and "身份证号码" in done.stderr


def test_commands_without_a_committee_say_what_to_do(tmp_path):
    done = cli("search", "张三", db=str(tmp_path / "empty.sqlite3"))
    assert done.returncode == 2 and "还没有调委会" in done.stderr


def test_demo_is_deterministic(tmp_path):
    outs = []
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.sqlite3")
        assert cli("demo", "--cases", "60", "--seed", "5", db=db).returncode == 0
        outs.append(cli("search", "调字", "--json", "--limit", "100", db=db).stdout)
    assert outs[0] == outs[1]
    assert json.loads(outs[0])["total"] == 60
