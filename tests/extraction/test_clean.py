"""Korean byline, copyright and boilerplate rules."""
import pytest

from sinmun.extraction.clean import (boilerplate_rule, clean_paragraphs, dateline_reporters, find_reporters, is_boilerplate,
                                     is_copyright, split_trailing_byline)
from sinmun.extraction.presses import press_from_copyright, press_from_domain


def names(reporters):
    return [(r.name, r.email) for r in reporters]


@pytest.mark.parametrize("line, expected", [
    ("홍길동 기자 gildong@example.co.kr", [("홍길동", "gildong@example.co.kr")]),
    ("홍길동·김철수 기자", [("홍길동", None), ("김철수", None)]),
    ("홍길동, 김철수 기자 kim@example.co.kr", [("홍길동", None), ("김철수", "kim@example.co.kr")]),
    ("워싱턴=이영희 특파원", [("이영희", None)]),
    ("YTN 홍가온 (gaon0101@ytn.example)", [("홍가온", "gaon0101@ytn.example")]),
    ("나가람기자 garam77@dt.example", [("나가람", "garam77@dt.example")]),
    ("차가온 / 사진출처 인스타그램", [("차가온", None)]),
])
def test_find_reporters(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("(서울=연합뉴스) 홍길동 기자 = 정부가 5일 발표했다.", [("홍길동", None)]),
    ("[서울=뉴시스] 홍길동·김철수 기자 = 정부가 5일 발표했다.", [("홍길동", None), ("김철수", None)]),
    ("(워싱턴=연합뉴스) 이영희 특파원 = 미국 정부가 발표했다.", [("이영희", None)]),
    ("정부가 5일 발표했다.", []),
])
def test_dateline_reporters(paragraph, expected):
    assert names(dateline_reporters(paragraph)) == expected


@pytest.mark.parametrize("line", [
    "Copyright © 전자신문. 무단전재 및 재배포 금지.",
    "ⓒ 한국가상 & gasang.example",
    "<저작권자 ⓒ 뉴시스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]",
])
def test_copyright_lines(line):
    assert is_copyright(line)


@pytest.mark.parametrize("line", [
    "기자 구독", "관련기사", "▶ 네이버에서 가상일보 구독하기", "영상편집 : 김가상", "[영상취재 이가상 영상편집 김가상]",
    "※ '당신의 제보가 뉴스가 됩니다'", "[카카오톡] YTN 검색해 채널 추가", "(사진=연합뉴스)", "[사진 출처 : 가상시청 트위터 캡처]",
    "댓글 0", "로그인한 회원만 댓글 등록이 가능합니다.", "공유하기", "◎공감언론 뉴시스 gildong@newsis.example",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "홍가온 기자!", "정부는 관련 기사를 삭제했다고 밝혔다.", "[앵커]", "KBS 뉴스 홍길동입니다.",
    "그는 \"기자 여러분께 감사드린다\"고 말했다.", "[김철수/가상부 대변인 : \"답을 기다리고 있습니다.\"]",
])
def test_article_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_clean_paragraphs_stops_at_related_list_and_keeps_copyright():
    cleaned = clean_paragraphs(["첫 문단이다.", "둘째 문단이다.", "셋째 문단이다.", "박가상 기자 park@gasang.example",
                                "Copyright © 가상일보. 무단전재 및 재배포 금지.", "관련기사", "다른 기사 제목"])
    assert cleaned.paragraphs == ["첫 문단이다.", "둘째 문단이다.", "셋째 문단이다."]
    assert cleaned.copyright == "Copyright © 가상일보. 무단전재 및 재배포 금지."
    assert names(cleaned.reporters) == [("박가상", "park@gasang.example")]
    assert "다른 기사 제목" in cleaned.removed


def test_trailing_byline_is_cut_from_the_last_paragraph():
    text, byline = split_trailing_byline("그는 \"바꿔야 할 오랜 관행\"이라고 말했다. 나가람기자 garam77@dt.example")
    assert text == "그는 \"바꿔야 할 오랜 관행\"이라고 말했다."
    assert byline == "나가람기자 garam77@dt.example"


def test_press_from_copyright_and_domain():
    assert press_from_copyright("Copyright © 전자신문. 무단전재 및 재배포 금지.") == "전자신문"
    assert press_from_copyright("ⓒ SBS & SBS Digital News Lab. : 무단복제 및 재배포 금지") == "SBS"
    assert press_from_copyright("[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]") == "YTN"
    assert press_from_domain("gildong@etnews.com") == "전자신문"
    assert press_from_domain("https://news.kbs.co.kr/news/view.do") == "KBS"


def test_agency_dateline_with_space_separated_names():
    assert names(dateline_reporters("(세종=연합뉴스) 한가상 이가상 기자 = 정부가 발표했다.")) == [("한가상", None), ("이가상", None)]


@pytest.mark.parametrize("line, rule", [
    ("Copyright © 가상일보. 무단전재 및 재배포 금지.", "copyright"),
    ("※ '당신의 제보가 뉴스가 됩니다'", "tip-prompt"),
    ("[카카오톡] 가상TV 검색해 채널 추가", "tip-channel"),
    # a tip box's channels, one a line: a label and a number (or an id) alone
    ("전화 02-000-0000", "tip-channel"), ("☎ 02-123-4567, 팩스 02-123-4568", "tip-channel"),
    ("대표전화 (031) 123-4567", "tip-channel"), ("카톡 okjebo", "tip-channel"),
    ("전화로 02-123-4567에 문의하면 된다.", None), ("카톡 대화방을 열었다.", None),
    ("영상편집 : 김가상", "production-credit"),
    ("[영상취재 이가상 영상편집 김가상]", "production-credit"),
    ("(사진=가상뉴스)", "photo-credit"),
    ("[사진 출처 : 가상시청 트위터 캡처]", "photo-credit"),
    ("댓글 0", "comment-widget"),
    ("이전 기사", "page-nav"),
    ("광고", "ad-label"),
    ("AD", "ad-label"),
    ("관련기사", "related-list"),
    ("▶ 가상일보 앱 바로가기", "arrow-link"),
    ("기자 구독", "subscribe-share"),
    ("URL 복사", "subscribe-share"),
    ("홍길동 기자 gildong@gasang.example", "byline"),
    ("", "empty"),
    ("정부는 관련 기사를 삭제했다고 밝혔다.", None),
])
def test_boilerplate_rule_names(line, rule):
    assert boilerplate_rule(line) == rule


def test_removed_lines_carry_their_rule_names():
    cleaned = clean_paragraphs(["첫 문단이다.", "둘째 문단이다.", "(사진=가상뉴스)", "Copyright © 가상일보. 무단전재 및 재배포 금지.",
                                "셋째 문단은 조금 더 길게 쓴 문장이다. 박가상 기자 park@gasang.example", "관련기사", "다른 기사 제목"])
    assert list(zip(cleaned.removed, cleaned.removed_rules)) == [
        ("(사진=가상뉴스)", "photo-credit"),
        ("Copyright © 가상일보. 무단전재 및 재배포 금지.", "copyright"),
        ("박가상 기자 park@gasang.example", "trailing-byline"),
        ("관련기사", "stop:related-list"),
        ("다른 기사 제목", "stop:related-list"),
    ]


def test_a_related_heading_in_the_first_third_is_removed_but_does_not_stop():
    cleaned = clean_paragraphs(["관련기사", "첫 문단이다.", "둘째 문단이다.", "셋째 문단이다."])
    assert cleaned.paragraphs == ["첫 문단이다.", "둘째 문단이다.", "셋째 문단이다."]
    assert cleaned.removed_rules == ["related-list"]


def test_a_sentence_that_mentions_furniture_words_is_kept():
    assert boilerplate_rule("관련 자료에 따르면 수출이 늘었다.") is None
    assert boilerplate_rule("그는 \"좋아요를 누른 사람이 많았다\"고 말했다.") is None


def test_every_rule_name_is_documented():
    from sinmun.extraction import clean
    names = {n for group in (clean._FURNITURE, clean._WEAK_FURNITURE) for n in group.names.values()}
    names |= {"stop:" + n for n in clean._STOP.names.values()} | {"copyright", "byline", "trailing-byline", "empty"}
    assert all(f"``{name}``" in (clean.__doc__ or "") for name in names), names


def test_normalize_space_knows_normal_text_and_every_unicode_space():
    from sinmun.extraction.clean import normalize_space

    normal = "가상 본문, 이미 한 칸씩 띄어 쓴 줄."
    assert normalize_space(normal) is normal
    for space in ("\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x85", "\xa0", "\u1680", "\u2000", "\u200a",
                  "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"):
        assert normalize_space(f"가상{space}본문") == "가상 본문", repr(space)
    assert normalize_space("가상\u200b본문") == "가상본문"
    assert normalize_space(" 가상  본문 ") == "가상 본문"
    assert normalize_space("") == ""


STORY = ["첫 문단이다.", "둘째 문단이다.", "셋째 문단이다."]


def test_a_byline_right_after_a_stop_names_the_story_reporter_when_the_text_named_none():
    cleaned = clean_paragraphs([*STORY, "※ '여러분의 제보가 뉴스가 됩니다'", "홍길동 기자 hong@gasang.example"])
    assert cleaned.paragraphs == STORY
    assert [(r.name, r.email) for r in cleaned.reporters] == [("홍길동", "hong@gasang.example")]
    assert cleaned.removed_rules == ["stop:tip-prompt", "stop:tip-prompt"]


def test_bylines_after_a_stop_are_other_stories_when_the_text_named_its_reporter_or_they_come_later():
    named = clean_paragraphs([*STORY, "김가상 기자", "관련기사", "홍길동 기자"])
    assert [r.name for r in named.reporters] == ["김가상"]
    later = clean_paragraphs([*STORY, "관련기사", "다른 기사 제목 하나", "다른 기사 제목 둘", "다른 기사 제목 셋", "홍길동 기자"])
    assert later.reporters == []
    headlines = clean_paragraphs([*STORY, "관련기사", "가상시, 새 다리 착공…홍길동 기자가 가 보니"])
    assert headlines.reporters == []
