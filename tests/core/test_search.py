from datetime import date

import pytest

from mediation_desk.services import demo, intake, search
from mediation_desk.services.intake import ReferralInput
from tests.factories import make_id, neighbour_case

TODAY = date(2026, 6, 1)


@pytest.fixture
def three_cases(store, actor):
    a = intake.create_case(store, actor, neighbour_case(date(2026, 3, 1)), today=TODAY)
    b = intake.create_case(store, actor, neighbour_case(
        date(2026, 4, 1), applicant="王五", respondent="张三丰", applicant_id=make_id(order="456"),
        respondent_phone="13987654321",
        summary="王五与张三丰因宅基地界线发生争执，张三丰翻建房屋越界。",
        referral=ReferralInput(agency="安宁派出所", reference="J2026040100777")), today=TODAY)
    c = intake.create_case(store, actor, neighbour_case(
        date(2026, 5, 1), applicant="赵六", respondent="钱七", applicant_id=make_id(order="789"),
        respondent_phone="13700001111", summary="赵六的羊啃食了钱七的麦苗，钱七要求赔偿。"), today=TODAY)
    return a, b, c


def numbers(result):
    return [r.case_number for r in result.rows]


def test_two_character_name_matches_whole_and_inside_longer_names(store, actor, three_cases):
    # 张三 is a party of case 1, and part of 张三丰 in case 2 (newest first).
    assert numbers(search.search(store, actor.committee_id, "张三")) == ["（2026）安调字第002号",
                                                                        "（2026）安调字第001号"]
    assert numbers(search.search(store, actor.committee_id, "张三丰")) == ["（2026）安调字第002号"]


def test_phone_and_id_by_last_digits_or_whole(store, actor, three_cases):
    assert numbers(search.search(store, actor.committee_id, "4321")) == ["（2026）安调字第002号"]
    assert numbers(search.search(store, actor.committee_id, "13700001111")) == ["（2026）安调字第003号"]
    id_tail = make_id(order="789")[-6:]
    assert numbers(search.search(store, actor.committee_id, id_tail)) == ["（2026）安调字第003号"]
    assert numbers(search.search(store, actor.committee_id, "1234")) == ["（2026）安调字第001号"]
    # Every applicant gave the same phone 13812345678 (the factory's default): all three, newest first.
    assert numbers(search.search(store, actor.committee_id, "5678")) == [
        "（2026）安调字第003号", "（2026）安调字第002号", "（2026）安调字第001号"]


def test_case_number_reference_and_facts(store, actor, three_cases):
    assert numbers(search.search(store, actor.committee_id, "（2026）安调字第003号")) == ["（2026）安调字第003号"]
    assert numbers(search.search(store, actor.committee_id, "(2026)安调字第003号")) == ["（2026）安调字第003号"]
    assert numbers(search.search(store, actor.committee_id, "J2026040100777")) == ["（2026）安调字第002号"]
    assert numbers(search.search(store, actor.committee_id, "00777")) == ["（2026）安调字第002号"]
    assert numbers(search.search(store, actor.committee_id, "麦苗")) == ["（2026）安调字第003号"]
    assert numbers(search.search(store, actor.committee_id, "宅基地 越界")) == ["（2026）安调字第002号"]
    assert numbers(search.search(store, actor.committee_id, "派出所")) == ["（2026）安调字第002号"]


def test_no_false_positives_from_scattered_grams(store, actor, three_cases):
    # 三丰 and 张三 both occur in case 2 but "丰张" never does.
    assert search.search(store, actor.committee_id, "丰张").rows == []
    assert search.search(store, actor.committee_id, "不存在的人").total == 0


def test_single_character_and_special_characters(store, actor, three_cases):
    assert "（2026）安调字第003号" in numbers(search.search(store, actor.committee_id, "钱"))
    assert search.search(store, actor.committee_id, "%").rows == []
    assert search.search(store, actor.committee_id, "   ").rows == []


def test_other_committees_cases_are_not_found(store, actor, three_cases):
    from mediation_desk.services.committees import setup_committee

    other = setup_committee(store, name="西河村人民调解委员会", short_name="西")
    intake.create_case(store, other, neighbour_case(), today=TODAY)
    assert len(search.search(store, other.committee_id, "张三").rows) == 1
    assert len(search.search(store, actor.committee_id, "张三").rows) == 2


def test_gram_index_agrees_with_a_plain_scan_on_demo_data(store, actor):
    demo.generate(store, 400, seed=3, committee_id=actor.committee_id, today=TODAY)
    for query in ("王伟", "张", "邻居", "彩钢棚", "李秀", "调字第01", "工地务工", "宅基地"):
        indexed = search.search(store, actor.committee_id, query, limit=1000)
        scanned = search.like_scan(store, actor.committee_id, query, limit=1000)
        assert [r.id for r in indexed.rows] == scanned, query
