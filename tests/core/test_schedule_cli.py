import json
from datetime import date

import icalendar

from mediation_desk.cli import main
from mediation_desk.services import scheduling
from mediation_desk.services.scheduling import ParticipantInput, SessionInput
from tests.core.sched_support import at, case, org


def _setup(store, actor):
    o = org(store, actor)
    c1 = case(store, actor, date(2026, 10, 20), n=1, mediator_id=o.mediators[0])  # due 11-19: overdue
    c2 = case(store, actor, date(2026, 11, 2), n=2, mediator_id=o.mediators[1])  # due 12-02
    scheduling.create_session(store, actor, SessionInput(
        c1, at(date(2026, 11, 26), 9), at(date(2026, 11, 26), 10, 30),
        [ParticipantInput("mediator", mediator_id=o.mediators[0]),
         ParticipantInput("liaison", liaison_id=o.liaisons[0])],
        room_id=o.rooms[0]))
    scheduling.create_session(store, actor, SessionInput(
        c2, at(date(2026, 11, 27), 14), at(date(2026, 11, 27), 15),
        [ParticipantInput("mediator", mediator_id=o.mediators[1])], room_id=o.rooms[1]))
    return o


def test_deadlines_command(store, actor, capsys):
    _setup(store, actor)
    assert main(["--db", store.url, "deadlines", "--within", "7", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("逾期 6 天\t2026-11-19\t调解期限\t（2026）安调字第001号\t王建国")
    assert out[1].startswith("7 天后\t2026-12-02\t调解期限\t（2026）安调字第002号\t李秀英")
    assert out[-1] == "已逾期 1 项，7 天内到期 1 项"
    assert main(["--db", store.url, "deadlines", "--within", "7", "--today", "2026-11-25", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[-1] == "已逾期 1 项，7 天内到期 1 项（仅显示最早的 1 项）"
    assert main(["--db", store.url, "deadlines", "--within", "3", "--today", "2026-11-25", "--mediator", "李秀英"]) == 0
    assert capsys.readouterr().out.strip() == "已逾期 0 项，3 天内到期 0 项"
    assert main(["--db", store.url, "deadlines", "--within", "7", "--today", "2026-11-25", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["days_left"], r["overdue"]) for r in rows] == [("mediation", -6, True),
                                                                         ("mediation", 7, False)]


def test_schedule_command_and_ics(store, actor, capsys, tmp_path):
    _setup(store, actor)
    assert main(["--db", store.url, "schedule", "--week", "2026-W48"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2026 年第 48 周（2026-11-23 至 2026-11-29）"
    assert out[1].startswith("11-26 周四 09:00–10:30\t第一调解室\t（2026）安调字第001号\t已安排\t"
                             "调解员：王建国；联络员：周警官")
    assert out[2].startswith("11-27 周五 14:00–15:00\t第二调解室\t（2026）安调字第002号")
    assert out[-1] == "共 2 次"
    ics = tmp_path / "zhou.ics"
    assert main(["--db", store.url, "schedule", "--week", "2026-W48", "--person", "周警官", "--ics", str(ics)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "共 1 次" and "周警官" in out[0]
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["联合调解：（2026）安调字第001号"]
    assert main(["--db", store.url, "schedule", "--week", "2026-W48", "--room", "第二调解室"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "共 1 次"
    assert main(["--db", store.url, "schedule", "--week", "2026-W49"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "共 0 次"
    # Bad input is a user error (exit 2) with a sentence, not a traceback.
    assert main(["--db", store.url, "schedule", "--week", "48"]) == 2
    assert "2026-W48" in capsys.readouterr().err
    assert main(["--db", store.url, "schedule", "--week", "2026-W48", "--person", "没有这个人"]) == 2


def test_holidays_command_enters_a_notice(store, actor, capsys, tmp_path):
    assert main(["--db", store.url, "holidays", "2026"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-01 周四\t放假" in out and "2026-10-10 周六\t上班（调休）" in out
    assert main(["--db", store.url, "holidays", "2027"]) == 0
    assert "2027 年的法定节假日安排尚未录入" in capsys.readouterr().err
    notice = tmp_path / "2027.json"
    notice.write_text(json.dumps({"holidays": [{"name": "元旦", "first": "2027-01-01", "last": "2027-01-03"}],
                                  "workdays": [{"date": "2027-02-14", "name": "春节调休"}]}), encoding="utf-8")
    assert main(["--db", store.url, "holidays", "2027", "--notice", str(notice)]) == 0
    captured = capsys.readouterr()
    assert "已录入 2027 年放假安排" in captured.out and "2027-01-01 周五\t放假 元旦" in captured.out
    assert captured.err == ""
    notice.write_text('{"holidays": [{"first": "2027-01-01"}]}', encoding="utf-8")
    assert main(["--db", store.url, "holidays", "2027", "--notice", str(notice)]) == 2
