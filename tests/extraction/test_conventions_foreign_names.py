"""Spaced foreign names before a title (issue 10 §1): ``마이클 존슨 기자`` is one reporter, 마이클 존슨, in the text and
in meta authors alike, while Korean names side by side (``홍길동 김철수 기자``) stay two reporters and a
correspondent's posting (``홍길동 워싱턴 특파원``) stays out of the name.

Fixture pages: ``tests/fixtures/conventions/{foreign-name-spaced-reporter,foreign-name-correspondent,
foreign-name-correspondent-posting,foreign-name-meta-author,spaced-korean-reporters,foreign-name-one-syllable-last,
correspondent-posting-only,author-meta-studio,foreign-given-name-korean-surname}``."""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import clean_author, spells_foreign_name, transliterated
from sinmun.extraction.clean import find_reporters, sign_off_reporters


@pytest.mark.parametrize(("line", "names"), [
    ("마이클 존슨 기자", ["마이클 존슨"]),
    ("마이클 존슨 기자 mj@gasang.example", ["마이클 존슨"]),
    ("존 스미스 특파원", ["존 스미스"]),
    ("워싱턴=존 스미스 특파원", ["존 스미스"]),
    ("서울 데이비드 존슨 기자", ["데이비드 존슨"]),
    ("홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("홍길동 기자", ["홍길동"]),
    ("홍길동 워싱턴 특파원", ["홍길동"]),
    ("홍길동 장애인 기자", ["홍길동"]),
    ("남궁민수 기자", ["남궁민수"]),
])
def test_spaced_foreign_names_in_bylines(line, names):
    assert [r.name for r in find_reporters(line)] == names


@pytest.mark.parametrize(("author", "names"), [
    ("마이클 존슨 기자", ["마이클 존슨"]),
    ("마이클 존슨 특파원", ["마이클 존슨"]),
    ("마이클 존슨", ["마이클 존슨"]),
    ("마이클 존슨 GS스포츠 기자", ["마이클 존슨"]),
    ("마이클 존슨 mj@gasang.example", ["마이클 존슨"]),
    ("홍길동 김철수", ["홍길동", "김철수"]),
    ("(워싱턴=가상뉴스) 존 스미스 특파원", ["존 스미스"]),
    ("홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("홍길동 워싱턴 특파원", ["홍길동"]),
    ("서울 홍길동 기자", ["홍길동"]),
])
def test_spaced_foreign_names_in_meta_authors(author, names):
    assert [r.name for r in clean_author(author)] == names


@pytest.mark.parametrize(("words", "expected"), [
    (["마이클", "존슨"], True), (["존", "스미스"], True), (["케빈", "리"], True),
    (["홍길동", "김철수"], False), (["이슬기", "박하늘"], False), (["홍길동"], False),
])
def test_transliterated(words, expected):
    assert transliterated(words) is expected


@pytest.mark.parametrize(("paragraph", "name"), [
    ("가상시가 새 다리를 놓습니다. 마이클 존슨 기자입니다.", "마이클 존슨"),
    ("가상시가 새 다리를 놓습니다. 가상뉴스 존 스미스 기자입니다.", "존 스미스"),
    ("가상시가 새 다리를 놓습니다. 이상 스미스 기자입니다.", "스미스"),
    ("가상시가 새 다리를 놓습니다. 홍길동 기자입니다.", "홍길동"),
])
def test_spaced_foreign_names_in_sign_offs(paragraph, name):
    assert [r.name for r in sign_off_reporters(paragraph)] == [name]


@pytest.mark.parametrize(("line", "names"), [
    ("데이비드 리 기자", ["데이비드 리"]),
    ("데이비드 리 기자 dl@gasang.example", ["데이비드 리"]),
    ("파리=데이비드 리 특파원", ["데이비드 리"]),
    ("서울 케빈 리 기자", ["케빈 리"]),
    ("홍길동 기자·데이비드 리 기자", ["홍길동", "데이비드 리"]),
    ("데이비드 리기자 dl@gasang.example", ["데이비드 리"]),  # not 리기자 from the name-and-e-mail pattern
    ("서울 김 기자", []),  # a surname alone names nobody
    ("그 기자", []),
    ("스타트업 전 기자", []),
    ("가상일보 파리 특파원", []),  # the posting, no name
    ("홍길동 파리 특파원", ["홍길동"]),
])
def test_foreign_names_ending_in_one_syllable_and_postings_alone(line, names):
    assert [r.name for r in find_reporters(line)] == names


@pytest.mark.parametrize(("author", "names"), [
    ("데이비드 리 기자", ["데이비드 리"]),
    ("가상일보 파리 특파원", []),
    ("홍길동 파리 특파원", ["홍길동"]),
])
def test_one_syllable_last_word_and_posting_in_meta_authors(author, names):
    assert [r.name for r in clean_author(author)] == names


@pytest.mark.parametrize(("paragraph", "names"), [
    ("가상항이 새 부두를 엽니다. 데이비드 리 기자입니다.", ["데이비드 리"]),
    ("가상항이 새 부두를 엽니다. 김 기자입니다.", []),
])
def test_sign_off_of_a_name_ending_in_one_syllable(paragraph, names):
    assert [r.name for r in sign_off_reporters(paragraph)] == names


@pytest.mark.parametrize("author", ["브리핑 스튜디오", "포토 스튜디오", "디지털 콘텐츠", "브랜드 스토리", "데일리 브리핑",
                                    "뉴스 스튜디오"])
def test_loanword_desks_and_studios_are_no_reporters(author):
    assert clean_author(author) == []
    assert find_reporters(author + " 기자") == []


@pytest.mark.parametrize("author, names", [("크리스 브라운", ["크리스 브라운"]), ("마이클 존슨 기자", ["마이클 존슨"])])
def test_foreign_names_stay_beside_the_loanword_desks(author, names):
    assert [r.name for r in clean_author(author)] == names



@pytest.mark.parametrize(("line", "names"), [
    ("존 리 기자", ["존 리"]),
    ("존 리 기자 jl@gasang.example", ["존 리"]),
    ("가상시=존 리 특파원", ["존 리"]),
    ("서울 폴 김 기자", ["폴 김"]),
    ("그 리 기자", []),  # no given name: nobody
    ("팀 리 기자", []),  # 팀 is a team, not Tim
    ("존 스미스 기자", ["존 스미스"]),
])
def test_one_syllable_given_name_and_korean_surname(line, names):
    assert [r.name for r in find_reporters(line)] == names


def test_one_syllable_given_name_in_meta_authors_and_sign_offs():
    assert [r.name for r in clean_author("존 리 기자")] == ["존 리"]
    assert [r.name for r in clean_author("가상일보 앤 박 특파원")] == ["앤 박"]
    assert [r.name for r in sign_off_reporters("가상항이 새 부두를 엽니다. 존 리 기자입니다.")] == ["존 리"]


@pytest.mark.parametrize(("words", "spelled"), [
    (["존", "리"], True), (["폴", "김"], True), (["존", "가상"], False), (["그", "리"], False), (["김", "리"], False),
])
def test_spells_foreign_name(words, spelled):
    assert spells_foreign_name(words) is spelled
