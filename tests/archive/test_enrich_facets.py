"""Enrichment facets on invented articles: people apart from titles, real organisations, places,
aliases joined, and the batch API equal to one-by-one analysis."""
from __future__ import annotations

import pytest

pytest.importorskip("kiwipiepy")

from sinmun.archive.enrich import analyse, analyse_many  # noqa: E402

TITLE = "홍길동 과학기술정보통신부 장관, 한빛전자 방문"
BODY = """홍길동 과학기술정보통신부 장관은 3일 서울 강남구 역삼동에서 김철수 한빛전자 사장을 만났다.
이 자리에서 대한민국 대통령의 메시지가 전달됐고, 국민의힘 원내대표는 논평을 냈다.
문체부는 별도 자료를 냈고, 이영희(45) 씨는 법인카드 사용 내역을 공개했다.
행사는 이태원과 부산 해운대구에서도 열렸으며 미국과 일본 대표단이 참석했다.
한빛신문 박민수 기자"""


@pytest.fixture(scope="module")
def enriched():
    return analyse(TITLE, BODY)


def test_people_are_names_with_titles_kept_apart(enriched):
    assert {"홍길동", "김철수", "이영희", "박민수"} <= set(enriched.people)
    assert enriched.titles["홍길동"]["장관"] >= 1
    assert "사장" in enriched.titles["김철수"] and "기자" in enriched.titles["박민수"]
    assert not any(" " in name for name in enriched.people)


def test_bare_titles_are_not_people(enriched):
    for value in enriched.people:
        assert not value.endswith(("대통령", "원내대표", "장관", "사장")), value
    assert "대한민국" not in enriched.people and "국민의힘" not in enriched.people


def test_organisations_are_organisations(enriched):
    assert {"과학기술정보통신부", "한빛전자", "국민의힘", "한빛신문"} <= set(enriched.orgs)
    for not_an_org in ("법인카드", "이태원", "홍길동", "김철수", "대통령", "원내대표"):
        assert not_an_org not in enriched.orgs, not_an_org


def test_places_are_found(enriched):
    assert {"서울", "강남구", "역삼동", "이태원", "부산", "해운대구", "미국", "일본"} <= set(enriched.places)
    assert not set(enriched.places) & {"홍길동", "한빛전자", "법인카드"}


def test_aliases_are_joined(enriched):
    assert "문화체육관광부" in enriched.orgs and "문체부" not in enriched.orgs
    short = analyse("", "과기정통부와 식약처, 국힘이 입장을 냈다.")
    assert {"과학기술정보통신부", "식품의약품안전처", "국민의힘"} <= set(short.orgs)


def test_foreign_surname_joins_the_full_name():
    found = analyse("", "존 스미스 미국 국무장관이 방한했다. 스미스 장관은 회담 뒤 떠났다.")
    assert "존 스미스" in found.people and "스미스" not in found.people
    assert found.titles["존 스미스"]["국무장관"] == 1 and found.titles["존 스미스"]["장관"] == 1


def test_city_government_acting_is_an_organisation_and_an_address_a_place():
    found = analyse("", "김포시는 예산을 늘린다고 밝혔다. 행사는 경기 김포시 중앙동에서 열린다.")
    assert "김포시" in found.orgs and "김포시" in found.places


def test_batch_gives_the_same_results_as_one_by_one(enriched):
    articles = [(TITLE, BODY), ("", "박철민 한빛은행 행장은 광주에서 발언했다."), ("", ""),
                ("정치 단신", "최민호 의원이 한빛당을 떠났다.")] * 20
    batch = analyse_many(articles, workers=1)
    one_by_one = [analyse(title, body) for title, body in articles]
    assert batch == one_by_one
    assert batch[0] == enriched and batch[2].nouns == {}


def test_title_words_count_double_for_keywords(enriched):
    assert enriched.nouns["한빛전자"] == 2 + 1  # once in the title, once in the body


def test_names_split_or_glossed_by_the_analyser_still_join_their_titles():
    found = analyse("", "김도윤 전 장관과 박서연(38) 씨, 마이클 존슨 한빛연구소(HBR) 소장이 참석했다.")
    assert {"김도윤", "박서연", "마이클 존슨"} <= set(found.people)
    assert found.titles["김도윤"]["장관"] == 1 and found.titles["마이클 존슨"]["소장"] == 1
    assert "HBR" not in found.people


def test_anonymised_people_are_not_people():
    found = analyse("", "A 씨와 유 모 씨는 조 씨를 만났다.")
    assert not found.people


def test_broadcast_sign_off_names_the_reporter():
    found = analyse("", "협상은 다음 주에 재개됩니다. 한빛뉴스 정다은입니다.")
    assert "정다은" in found.people


def test_a_venue_body_is_a_place_where_it_is_a_location():
    found = analyse("", "백악관은 성명을 냈다. 회담은 백악관에서 열렸다.")
    assert "백악관" in found.orgs and "백악관" in found.places


def test_platforms_and_generic_bodies_are_not_organisations():
    found = analyse("", "그는 페이스북에 글을 올렸다. 정부와 여당, 경찰은 미국 정부와 협의했다.")
    assert not set(found.orgs) & {"페이스북", "정부", "여당", "경찰", "미국 정부"}
    assert "미국" in found.places


def test_two_word_bodies_are_one_organisation():
    found = analyse("", "캐나다 에너지부는 한빛주 공대와 협약을 맺었다.")
    assert "캐나다 에너지부" in found.orgs and "한빛주 공대" in found.orgs
    assert "캐나다" in found.places


def test_empty_and_missing_text():
    empty = analyse("", "")
    assert not (empty.nouns or empty.people or empty.orgs or empty.places)
    assert analyse(None, None) == empty  # type: ignore[arg-type]


def test_roles_written_before_a_name_are_titles():
    found = analyse("", "배우 정하윤은 투수 오준혁과 함께 시구했다.")
    assert found.titles["정하윤"]["배우"] == 1 and found.titles["오준혁"]["투수"] == 1


def test_a_province_short_form_is_a_place_only_in_an_address():
    game = analyse("", "한빛타이거즈는 어제 경기에서 이겼다.")
    address = analyse("", "행사는 경기 김포시에서 열렸다.")
    assert "경기" not in game.places and "경기" in address.places and "김포시" in address.places


def test_generic_banks_are_not_organisations():
    found = analyse("", "시중은행들은 금리를 올렸고 한국은행은 동결했다.")
    assert "한국은행" in found.orgs and "시중은행" not in found.orgs


@pytest.mark.parametrize("word", ["유튜브", "이마트", "오스카"])
def test_loanwords_shaped_like_names_are_not_people(word):
    found = analyse("", f"{word}가 화제다. {word}에 대해 이야기했다.")
    assert word not in found.people


def test_islands_and_palaces_are_places_not_people_or_organisations():
    found = analyse("", "울릉도가 붐볐다. 경복궁이 열렸다. 최윤길이 출연했다.")
    assert {"울릉도", "경복궁"} <= set(found.places)
    assert not set(found.orgs) & {"울릉도", "경복궁"} and "경복궁" not in found.people
    assert "최윤길" in found.people


def test_corporate_endings_and_names_beginning_with_uri():
    found = analyse("", "한빛이앤씨와 한국미래연구센터, 우리한빛당이 협약을 맺었다.")
    assert {"한빛이앤씨", "한국미래연구센터", "우리한빛당"} <= set(found.orgs)
