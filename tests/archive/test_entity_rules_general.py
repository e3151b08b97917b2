"""General naming patterns of Korean news that the facets must read (invented sentences and names):
anonymised and fictional names, affiliations between a name and its title, datelines, music
groups, public institutes, military bodies and places written with codes, area words or venues."""
from __future__ import annotations

import pytest

kiwipiepy = pytest.importorskip("kiwipiepy")

from sinmun.archive.enrich import analyse, enrichment_of  # noqa: E402


def test_an_anonymised_body_is_no_organisation():
    found = analyse("", "경찰은 모 한빛노조 서부지역본부 부본부장 A씨를 구속했다.")
    assert not found.orgs and not found.people


def test_a_role_played_is_not_a_person():
    found = analyse("", "드라마 ‘빛의 집’ 나가람 역의 배우 홍길동이 웃었다. 최선장(김철수 분)이 등장했다.")
    assert {"홍길동", "김철수"} <= set(found.people)
    assert "나가람" not in found.people
    assert "최선장" not in found.orgs and "최선장" not in found.people


def test_an_independent_keeps_the_name_and_the_title_together():
    found = analyse("", "한빛당을 떠난 홍길동 무소속 의원이 말했다.")
    assert found.titles["홍길동"]["의원"] == 1


def test_a_four_syllable_name_before_ssi():
    found = analyse("", "대구 출신 김나가람씨가 함께했다.")
    assert "김나가람" in found.people


def test_a_foreign_full_name_the_analyser_reads_as_one_word():
    kiwi = kiwipiepy.Kiwi(num_workers=1)
    kiwi.add_user_word("가람 누리", "NNP", 0.0)
    for text in ("가람 누리 감독이 왔다.", "가람 누리는 웃었다."):
        assert "가람 누리" in enrichment_of(kiwi.tokenize(text), text, 0).people, text
    quoted = "영화 ‘가람 누리’에서 울었다."
    assert not enrichment_of(kiwi.tokenize(quoted), quoted, 0).people


def test_an_outlet_in_a_dateline_is_an_organisation():
    found = analyse("", "[KBC=대전, 홍길동 기자] 7일 오후 경기가 열렸다.")
    assert "KBC" in found.orgs and "대전" in found.places and "홍길동" in found.people


def test_a_music_group_in_latin_letters_and_its_member():
    found = analyse("", "그룹 HBX 나래가 활동을 멈춘다.")
    assert "HBX" in found.orgs and "나래" in found.people


def test_a_public_institute_between_a_name_and_a_title():
    found = analyse("", "홍길동 국립한빛원 연구부장입니다.")
    assert "국립한빛원" in found.orgs
    assert "홍길동" in found.people and "홍길동 국립한빛원" not in found.people


def test_military_services_and_missions_are_organisations():
    found = analyse("", "해군은 발표했다. 한빛선교회는 입장을 밝혔다.")
    assert {"해군", "한빛선교회"} <= set(found.orgs)


def test_a_city_with_its_district_code():
    found = analyse("", "두 정상은 워싱턴 DC에서 만났다.")
    assert "워싱턴 DC" in found.places and "DC" not in found.orgs


def test_a_country_market_is_not_a_place():
    found = analyse("", "미국 시장의 유동성이 커졌다.")
    assert "미국" in found.places and "미국 시장" not in found.places


def test_an_area_word_glued_to_a_place_is_dropped():
    found = analyse("", "조직원들은 인천지역을 무대로 활동했다.")
    assert "인천" in found.places and "인천지역" not in found.places


def test_venues_and_capitals_are_places():
    found = analyse("", "선수들은 한빛선수촌에 입촌했다. 한빛기념비를 찾았다. 회담은 프놈펜에서 열렸다.")
    assert {"한빛선수촌", "한빛기념비", "프놈펜"} <= set(found.places)


def test_a_role_is_unnamed_in_all_its_mentions():
    found = analyse("", "홍길동(김철수 분)이 등장했다. 홍길동은 크게 웃었다.")
    assert "김철수" in found.people
    assert "홍길동" not in found.people and "홍길동" not in found.orgs


def test_a_sports_club_is_a_sponsor_and_a_nickname():
    found = analyse("", "HBK 타이거즈와의 격차가 벌어졌다.")
    assert "HBK 타이거즈" in found.orgs


def test_a_numbered_military_unit_is_an_organisation():
    found = analyse("", "육군 31사단 병사가 다쳤다.")
    assert {"육군", "31사단"} <= set(found.orgs)


def test_a_company_or_outlet_named_after_what_it_is():
    found = analyse("", "채굴 기업 ‘가람 누리코인’을 세웠다. 스포츠 신문 ‘나래일보’는 보도했다. "
                        "중국 기업 주룽샤의 회장이 왔다. 그는 ‘빛의 집’을 썼다.")
    assert {"가람 누리코인", "나래일보", "주룽샤"} <= set(found.orgs)
    assert "빛의 집" not in found.orgs and "누리코인" not in found.orgs and "주룽샤" not in found.people


def test_a_loanword_ending_like_an_agency_is_no_organisation():
    found = analyse("", "가상자산 인프라스트럭처 기업이 늘었다.")
    assert not found.orgs


def test_a_city_mayor_is_not_a_market():
    found = analyse("", "대구·김포시장 선거가 열린다. 상인들은 동대문시장에서 만났다.")
    assert "김포시장" not in found.places and "동대문시장" in found.places


def test_a_foreign_name_as_the_subject_without_a_title():
    found = analyse("", "이날 가브리엘 모리스는 웃었다. 한빛 저널은 보도했다.")
    assert "가브리엘 모리스" in found.people and "한빛 저널" not in found.people


def test_the_other_names_of_a_list_of_people():
    found = analyse("", "방송에는 홍길동, 김철수, 박가람, 나래가 출연했다. 서울, 부산, 한빛은행이 참여했다.")
    assert {"홍길동", "김철수", "박가람", "나래"} <= set(found.people)
    assert not {"서울", "부산", "한빛은행"} & set(found.people)
