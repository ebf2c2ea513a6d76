from datetime import date

from mediation_desk.services import intake, search
from tests.factories import neighbour_case


def test_intake_then_search_by_name(store, actor):
    result = intake.create_case(store, actor, neighbour_case(), today=date(2026, 6, 1))
    assert result.case_number == "（2026）安调字第001号"
    found = search.search(store, actor.committee_id, "张三")
    assert [r.case_number for r in found.rows] == ["（2026）安调字第001号"]
