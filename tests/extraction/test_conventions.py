"""General Korean news conventions (issue 10 §1): reporters, titles, press names, dates.

Each convention is a rule with a unit test here; those that reach the record through today's
pipeline also have a fixture page of their own under ``tests/fixtures/conventions/``.
"""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import clean_author, sign_off_reporters
from sinmun.extraction.clean import boilerplate_rule, clean_paragraphs, dateline_reporters, find_reporters


def names(reporters):
    return [(r.name, r.email) for r in reporters]


# ----------------------------------------------------------------- reporters
@pytest.mark.parametrize("paragraph, expected", [
    ("홍길동 기자입니다.", ["홍길동"]),
    ("[앵커] 정부가 대책을 내놨습니다. 자세한 내용 김철수 기자가 보도합니다.", ["김철수"]),
    ("연합뉴스 홍길동입니다.", ["홍길동"]),
    ("가상뉴스 나가람입니다", ["나가람"]),
    ("정부는 검토를 이어갈 방침입니다. 지금까지 KBS 뉴스 홍길동입니다.", ["홍길동"]),
    ("국회에서 YTN 김철수입니다.", ["김철수"]),
    ("현장에서 연합뉴스TV 나가람입니다.", ["나가람"]),
    ("채널A 뉴스 홍길동입니다.", ["홍길동"]),
    # in the past tense, after a sign-off's opener or as the whole sentence
    ("이상 홍길동 기자였습니다.", ["홍길동"]), ("지금까지 KBS 뉴스 홍길동이었습니다.", ["홍길동"]),
    ("가상방송 뉴스 이수아였습니다.", ["이수아"]),
    # two reporters
    ("KBS 뉴스 홍길동, 김철수입니다.", ["홍길동", "김철수"]), ("가상방송 홍길동·나가람입니다.", ["홍길동", "나가람"]),
    ("홍길동, 김철수 기자입니다.", ["홍길동", "김철수"]), ("홍길동·김철수 기자입니다.", ["홍길동", "김철수"]),
])
def test_broadcast_sign_ins_and_sign_offs_name_the_reporter(paragraph, expected):
    assert [r.name for r in sign_off_reporters(paragraph)] == expected


@pytest.mark.parametrize("paragraph", [
    "안녕하십니까, 뉴스데스크 홍길동입니다.",   # a programme: the anchor, not a reporter
    "8뉴스 홍길동입니다.",
    "이것은 우리 뉴스 서비스입니다.",
    "이번 조치는 정부 방침입니다.",
    "그는 \"KBS 뉴스 홍길동입니다\"라고 말했다.",  # quoted, not signed off
    "홍길동 앵커입니다.",
    "저는 홍길동입니다.",  # an interview: a bare Hangul word is no outlet
    "첫 수상자 역시 가상방송 홍길동이었습니다.",  # the past tense after another lead-in: a sentence about someone
    "당시 사회자는 KBS 홍길동이었습니다.",
])
def test_not_sign_offs(paragraph):
    assert sign_off_reporters(paragraph) == []


def test_a_sign_off_followed_by_its_address_gives_the_reporter_with_it():
    assert names(sign_off_reporters("연합뉴스TV 홍길동입니다. (gildong@yna.example)")) == [
        ("홍길동", "gildong@yna.example")]


def test_a_sign_off_stays_in_the_text_and_names_the_reporter():
    cleaned = clean_paragraphs(["[앵커] 정부가 새 대책을 내놨습니다.", "[기자] 정부는 5일 대책을 발표했습니다.",
                                "지금까지 가상뉴스 홍길동입니다."])
    assert cleaned.paragraphs[-1] == "지금까지 가상뉴스 홍길동입니다."
    assert names(cleaned.reporters) == [("홍길동", None)]


@pytest.mark.parametrize("line, expected", [
    ("[홍길동 MBN스타 기자]", [("홍길동", None)]),
    ("(SBS연예뉴스 홍길동 기자)", [("홍길동", None)]),
    ("홍길동 MK스포츠 기자(gildong@mks.example)", [("홍길동", "gildong@mks.example")]),
    ("[OSEN=홍길동 기자]", [("홍길동", None)]),
    ("홍길동 / 화면캡처 유튜브", [("홍길동", None)]),
    # outlets whose names end in other words than 뉴스, 일보, 경제 ...: …아시아, …데일리, …저널, …코리아, …24
    ("홍길동 가상아시아 기자 gildong@x.example", [("홍길동", "gildong@x.example")]),
    ("[홍길동 가상데일리 기자]", [("홍길동", None)]),
    ("홍길동 가상저널 기자", [("홍길동", None)]),
    ("(가상코리아 홍길동 기자)", [("홍길동", None)]),
    ("홍길동 가상뉴스24 기자", [("홍길동", None)]),
    # …비즈, …이코노미스트, …사이트, …TV: the outlet is no part of a foreign name spelled with the reporter's
    ("홍길동 가상비즈 기자 gildong@x.example", [("홍길동", "gildong@x.example")]),
    ("홍길동 이코노미스트 기자", [("홍길동", None)]),
    ("홍길동 가상딜사이트 기자", [("홍길동", None)]),
    ("[홍길동 가상TV 기자]", [("홍길동", None)]),
])
def test_bracketed_and_outlet_bylines(line, expected):
    assert names(find_reporters(line)) == expected
    assert boilerplate_rule(line) == "byline"


@pytest.mark.parametrize("author, expected", [
    ("홍길동 가상비즈 기자", ["홍길동"]),
    ("마이클 존슨 가상비즈 기자", ["마이클 존슨"]),
    ("마이클 존슨 기자", ["마이클 존슨"]),
])
def test_an_author_field_drops_the_outlet_before_the_title(author, expected):
    assert [r.name for r in clean_author(author)] == expected


@pytest.mark.parametrize("line, expected", [
    ("홍길동 사회부장", ["홍길동"]),
    ("홍길동 편집국장 gildong@x.example", ["홍길동"]),
    ("홍길동 산업부 차장", ["홍길동"]),
    ("홍길동 부국장 겸 정치부장", ["홍길동"]),
    ("홍길동 주필", ["홍길동"]),
    ("홍길동부장", ["홍길동"]),
    # a head named in the story is no byline
    ("가상전자 홍길동 부장은 수요가 늘었다고 말했다.", []),
    ("이날 행사에는 가상시 홍길동 국장이 참석했다.", []),
])
def test_a_newsroom_head_signs_a_column(line, expected):
    assert [r.name for r in find_reporters(line)] == expected


def test_an_outlet_glued_to_the_title_word_is_no_name():
    """``MBN스타 기자`` once gave a reporter named 스타."""
    assert "스타" not in [r.name for r in find_reporters("[홍길동 MBN스타 기자]")]


@pytest.mark.parametrize("paragraph, expected", [
    ("[OSEN=홍길동 기자] 배우 김가상이 새 영화에 출연한다.", [("홍길동", None)]),
    ("(서울=뉴스1) 홍길동 기자 = 정부가 5일 대책을 발표했다.", [("홍길동", None)]),
])
def test_outlet_prefixed_datelines(paragraph, expected):
    assert names(dateline_reporters(paragraph)) == expected


@pytest.mark.parametrize("line, rule", [
    ("(사진=홍길동 기자)", "photo-credit"),
    ("사진=홍길동 기자", "photo-credit"),
    ("(홍길동 기자 촬영)", "photo-credit"),
    ("홍길동 기자 촬영", "photo-credit"),
])
def test_photo_credits_are_not_reporters(line, rule):
    assert find_reporters(line) == []
    assert boilerplate_rule(line) == rule
    cleaned = clean_paragraphs(["정부가 5일 대책을 발표했다.", line, "시장은 관망세를 보였다."])
    assert cleaned.reporters == [] and cleaned.removed_rules == [rule]


@pytest.mark.parametrize("text", ["디지털뉴스부 기자", "온라인뉴스팀 기자", "연예팀 기자", "사회부 기자", "iMBC 연예"])
def test_desks_and_teams_are_not_reporters(text):
    assert find_reporters(text) == []
    assert clean_author(text) == []


@pytest.mark.parametrize("text, expected", [
    ("홍길동 MK스포츠 기자(gildong@mks.example)", [("홍길동", "gildong@mks.example")]),
    ("홍길동 기자", [("홍길동", None)]),
    ("홍길동기자", [("홍길동", None)]),
    ("홍길동", [("홍길동", None)]),
    ("홍길동·김철수 기자", [("홍길동", None), ("김철수", None)]),
    ("홍길동, 김철수 기자 cs@gasang.example", [("홍길동", None), ("김철수", "cs@gasang.example")]),
    ("홍길동 / 김철수", [("홍길동", None), ("김철수", None)]),
    ("정치부 홍길동 선임기자 gildong@gasang.example", [("홍길동", "gildong@gasang.example")]),
    ("(서울=가상뉴스) 홍길동 기자", [("홍길동", None)]),
    ("[OSEN=홍길동 기자]", [("홍길동", None)]),
    ("By Jane Doe", [("Jane Doe", None)]),
    ("디지털뉴스부", []),
    ("온라인뉴스팀", []),
    ("iMBC 연예", []),
    ("연합뉴스", []),
    ("뉴스룸", []),        # a programme
    ("Yonhap News", []),
    ("gildong@gasang.example", []),
    ("", []),
    (None, []),
])
def test_clean_author(text, expected):
    assert names(clean_author(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("홍길동 가상시 주재기자", [("홍길동", None)]),         # a resident correspondent, the posting before the title
    ("홍길동 가상군 주재기자 gildong@gasang.example", [("홍길동", "gildong@gasang.example")]),
    ("가상시=홍길동 주재기자", [("홍길동", None)]),
    ("홍길동 가상시 주재 기자", []),                        # 주재 is no name
])
def test_resident_correspondents(text, expected):
    assert names(find_reporters(text)) == expected


# ----------------------------------------------------------------- press
@pytest.mark.parametrize("line, press", [
    ("저작권자 © 가상일보사 무단전재 및 재배포 금지", "가상일보"),
    ("Copyright ⓒ 가상일보사 All rights reserved.", "가상일보"),
    ("Copyright ⓒ 2016 가상신문사. All Rights Reserved.", "가상신문"),
    ("Copyright ⓒ ㈜가상경제신문 All rights reserved", "가상경제신문"),
    ("Copyright ⓒ (주)가상일보 All rights reserved", "가상일보"),
    ("© 주식회사 가상미디어", "가상미디어"),
    ("Copyright (c) Gasang Co., Ltd. All rights reserved.", "Gasang"),
    ("Copyright ⓒ 저작권자 가상경제 무단전재 및 재배포 금지", "가상경제"),
    ("ⓒ 저작권자 가상신문, 무단전재 및 재배포 금지", "가상신문"),
    ("저작권자 ⓒ '가상 전문가그룹' 가상미디어(www.gasang.example), 무단전재 및 재배포금지", "가상미디어"),
    ("Copyright © All rights reserved.", None),
    ("Copyright © 저작권자 All rights reserved", None),
    ("ⓒ 스포츠조선, 무단전재 및 재배포 금지", "스포츠조선"),
    ("Copyright ⓒ sportschosun.com All rights reserved", "스포츠조선"),
    ("Copyright ⓒ chosun.com", "조선일보"),
    # the site's domain after the outlet's name is no part of it
    ("Copyright ⓒ 가상일보 www.gasang.co.kr All rights reserved.", "가상일보"),
    ("ⓒ 가상일보 gasang.example", "가상일보"),
    ("Copyright ⓒ 가상일보 http://www.gasang.co.kr", "가상일보"),
    ("Copyright ⓒ 스포츠조선 www.sportschosun.com", "스포츠조선"),  # once 스포츠조선 스포츠조선
    ("Copyright ⓒ 조선일보 sports.chosun.com", "스포츠조선"),  # the sister's domain, after its parent
    ("Copyright © www.gasang.example", None),  # a web server's label names no one
])
def test_press_from_copyright_names_the_outlet(line, press):
    from sinmun.extraction.presses import press_from_copyright
    assert press_from_copyright(line) == press


@pytest.mark.parametrize("name, press", [
    ("대전일보사", "대전일보"), ("(주)가상일보", "가상일보"), ("㈜가상일보", "가상일보"), ("주식회사 가상미디어", "가상미디어"),
    ("가상방송(주)", "가상방송"), ("가상경제신문사", "가상경제신문"), ("저작권자", None), ("Copyright", None),
    ("All rights reserved", None), ("가상뉴스 | 다음뉴스", "가상뉴스"), ("sportschosun.com", "스포츠조선"),
    ("Snopes.com", "Snopes.com"), ("회사", "회사"),
])
def test_clean_press(name, press):
    from sinmun.extraction.presses import clean_press
    assert clean_press(name) == press


@pytest.mark.parametrize("tags, press", [
    ({"publisher": "가상도민일보"}, "가상도민일보"),
    ({"dc.publisher": "Gasang Daily News"}, "Gasang Daily News"),
    ({"copyright": "Copyright (c) 가상일보 All rights reserved"}, "가상일보"),
    ({"author": "가상일보"}, "가상일보"),
    ({"author": "홍길동"}, None),  # a person
    ({"author": "KWCH"}, None),  # a code or a desk in Latin letters: no outlet's shape
    ({"publisher": "GSNG"}, None),
    ({"publisher": "https://www.facebook.com/gasang"}, None),
    ({"copyright": "All rights reserved"}, None),
])
def test_press_from_publisher_meta_tags(tags, press):
    from sinmun.extraction.presses import press_from_meta_tags
    assert press_from_meta_tags(tags) == press


@pytest.mark.parametrize("alt, name", [
    ("가상일보 로고", "가상일보"), ("가상일보 모바일", "가상일보"), ("가상일보 - 새로운 시선", "가상일보"),
    ("가상일보 | 지역의 힘", "가상일보"), ("가상일보 메인으로 이동", "가상일보"), ("한·미 정상회담", "한·미 정상회담"),
])
def test_a_logos_name_without_its_words_and_slogan(alt, name):
    from sinmun.extraction.presses import logo_name
    assert logo_name(alt) == name


def test_sister_outlets_are_told_apart_by_host():
    from sinmun.extraction.presses import press_from_copyright, press_from_domain
    assert press_from_domain("https://sports.chosun.com/news/1") == "스포츠조선"
    assert press_from_domain("https://www.chosun.com/national/1") == "조선일보"
    assert press_from_domain("https://sports.donga.com/article/1") == "스포츠동아"
    # the parent named on the sister's host gives way to the sister, never the other way round
    assert press_from_copyright("Copyright ⓒ 조선일보 & chosun.com", host="sports.chosun.com") == "스포츠조선"
    assert press_from_copyright("ⓒ 스포츠조선, 무단전재 및 재배포 금지", host="www.chosun.com") == "스포츠조선"
    assert press_from_copyright("Copyright ⓒ 조선일보 & chosun.com", host="www.chosun.com") == "조선일보"
    assert press_from_copyright("Copyright ⓒ 조선일보 & sportschosun.com") == "스포츠조선"
    assert press_from_copyright("Copyright ⓒ 조선일보 & chosun.com") == "조선일보"


# ----------------------------------------------------------------- dates
@pytest.mark.parametrize("text, published", [
    ("기사입력 2018-08-25 15:24", "2018-08-25T15:24:00+09:00"),
    ("입력 : 2018.09.28 17:32", "2018-09-28T17:32:00+09:00"),
    ("기사입력 2017.05.12 오후 02:09", "2017-05-12T14:09:00+09:00"),
    ("등록 2016.03.02 09:11", "2016-03-02T09:11:00+09:00"),
    ("승인 2019.01.01 12:00", "2019-01-01T12:00:00+09:00"),
    ("기사승인 2019.01.01 12:00", "2019-01-01T12:00:00+09:00"),
    ("기사입력 :[ 2018-08-25 15:24 ]", "2018-08-25T15:24:00+09:00"),   # the bracketed table cell
    ("기사입력 | 2018-08-25 15:24", "2018-08-25T15:24:00+09:00"),
    ("입력시간 ㅣ 2018-08-25 15:24", "2018-08-25T15:24:00+09:00"),
    ("등록일 : 18-08-25 15:24", "2018-08-25T15:24:00+09:00"),            # a two-digit year
    ("Posted : 2018-08-25 15:24", "2018-08-25T15:24:00+09:00"),
    # the weekday written out between the day and the time
    ("발행 2018년 8월 25일 토요일 오후 3:24", "2018-08-25T15:24:00+09:00"),
    ("입력 2018년 8월 25일(토요일) 15:24", "2018-08-25T15:24:00+09:00"),
])
def test_older_table_layout_dates(text, published):
    from sinmun.extraction.dates import labelled_dates, parse_date
    found = labelled_dates(text)
    assert parse_date(found["published"]).iso() == published


@pytest.mark.parametrize("tag, value", [
    ("og:published_time", "2018-08-25T15:24:00+0900"), ("dcterms.date", "2018-08-25T15:24:00+09:00"),
    ("dc.date.issued", "2018-08-25T15:24:00+09:00"), ("sailthru.date", "2018-08-25 15:24:00"),
])
def test_more_published_meta_tags(tag, value):
    import sinmun
    page = (f'<html><head><meta charset="utf-8"><meta name="{tag}" content="{value}"><title>t</title></head><body>'
            '<h1>가상군, 꾸러미 배송 시작</h1><div class="article-text"><p>가상군이 지역 농가의 제철 농산물을 꾸러미로 묶어 '
            '매달 집으로 보내는 정기 배송을 시작한다.</p><p>꾸러미에는 채소와 과일, 잡곡 등 7∼8가지가 담긴다.</p></div>'
            '</body></html>')
    assert sinmun.extract(page).published == "2018-08-25T15:24:00+09:00"


def test_older_layout_updated_dates():
    from sinmun.extraction.dates import labelled_dates, parse_date
    found = labelled_dates("승인 2019.01.01 12:00 | 최종수정 2019.01.02 08:00")
    assert parse_date(found["published"]).iso() == "2019-01-01T12:00:00+09:00"
    assert parse_date(found["updated"]).iso() == "2019-01-02T08:00:00+09:00"


@pytest.mark.parametrize("text, iso", [
    ("18-08-25 15:24", "2018-08-25T15:24:00+09:00"), ("18.08.25", "2018-08-25"), ("99.12.31", "1999-12-31"),
])
def test_two_digit_years(text, iso):
    from sinmun.extraction.dates import parse_date
    assert parse_date(text).iso() == iso


@pytest.mark.parametrize("text", ["1.2.3", "v10.5.3", "2.5.1 버전", "3.14.15", "12.30"])
def test_version_numbers_are_no_dates(text):
    from sinmun.extraction.dates import parse_date
    assert parse_date(text) is None


# ----------------------------------------------------------------- titles
@pytest.mark.parametrize("title, site_name, host, headline", [
    ("모바일 :: 정부, 새 대책 발표", None, None, "정부, 새 대책 발표"),
    ("정부, 새 대책 발표 : 뉴스 : 동아일보", None, None, "정부, 새 대책 발표"),
    ("정부, 새 대책 발표-정치ㅣ한국일보", None, None, "정부, 새 대책 발표"),
    ("정부, 새 대책 발표 | 세계 | 연합뉴스", None, None, "정부, 새 대책 발표"),
    ("정부, 새 대책 발표 - 머니투데이", None, None, "정부, 새 대책 발표"),
    ("[단독] 정부, 새 대책 발표 < 사회 < 기사본문 - 가상신문", None, None, "[단독] 정부, 새 대책 발표"),
    ("새 대책 발표 - IT/과학 - 가상경제", None, None, "새 대책 발표"),
    ("새 대책 발표 | 가상매거진", "가상매거진", None, "새 대책 발표"),
    ("가상매거진 | 새 대책 발표", "가상매거진", None, "새 대책 발표"),
    ("새 감독 선임 : 스포츠조선", None, "sports.chosun.com", "새 감독 선임"),
    ("새 대책 발표 - chosun.com", None, None, "새 대책 발표"),
    ("새 대책 발표 : 네이버 뉴스", None, None, "새 대책 발표"),
    ("Government unveils plan - World - Gasang Herald", "The Gasang Herald", None, "Government unveils plan"),
    # the headline keeps its own punctuation
    ("K-팝 스타, 16:9 화면으로 - 가상일보", None, None, "K-팝 스타, 16:9 화면으로"),
    ("코로나-19 확진자 늘어", None, None, "코로나-19 확진자 늘어"),
    ("홍길동 \"사실무근\"", None, None, "홍길동 \"사실무근\""),
    ("트럼프 - 가짜 뉴스", None, None, "트럼프 - 가짜 뉴스"),
    ("수출 - 다음 달 반등", None, None, "수출 - 다음 달 반등"),
    ("새 대책 - 가상 | 가상매거진", "가상매거진", None, "새 대책 - 가상"),
])
def test_strip_title_decorations(title, site_name, host, headline):
    from sinmun.extraction.titles import strip_title_decorations
    assert strip_title_decorations(title, site_name=site_name, host=host) == headline


@pytest.mark.parametrize("title, site_name", [
    ("가상매거진", "가상매거진"), ("연합뉴스", None), ("뉴스 : 동아일보", None), ("가상일보 | 뉴스", None), ("", None), (None, None),
])
def test_the_site_name_alone_is_no_title(title, site_name):
    from sinmun.extraction.titles import strip_title_decorations
    assert strip_title_decorations(title, site_name=site_name) is None


@pytest.mark.parametrize("paragraph, byline", [
    ("배우가 새 드라마에 출연한다고 소속사가 밝혔다. [홍길동 MBN스타 기자]", "[홍길동 MBN스타 기자]"),
    ("배우가 새 드라마에 출연한다고 소속사가 밝혔다. (SBS연예뉴스 홍길동 기자)", "(SBS연예뉴스 홍길동 기자)"),
    ("배우가 새 드라마에 출연한다고 소속사가 밝혔다. [홍길동 기자]", "[홍길동 기자]"),
    ("배우가 새 드라마에 출연한다고 소속사가 밝혔다. (가상일보 홍길동 기자 gildong@gasang.example)",
     "(가상일보 홍길동 기자 gildong@gasang.example)"),
])
def test_bracketed_bylines_glued_to_the_last_paragraph(paragraph, byline):
    from sinmun.extraction.clean import split_trailing_byline
    text, cut = split_trailing_byline(paragraph)
    assert cut == byline and text == "배우가 새 드라마에 출연한다고 소속사가 밝혔다."
    assert [r.name for r in find_reporters(cut)] == ["홍길동"]


def test_a_glued_photo_credit_is_not_cut_as_a_byline():
    from sinmun.extraction.clean import split_trailing_byline
    assert split_trailing_byline("배우가 새 드라마에 출연한다고 소속사가 밝혔다. (사진=홍길동 기자)")[1] is None


@pytest.mark.parametrize("line, rule", [
    ("[사진=가상일보 홍길동 기자]", "photo-credit"),
    ("[영상취재 : 김철수 기자 / 영상편집 : 나가람]", "production-credit"),
    ("영상취재 : 김철수 기자", "production-credit"),
])
def test_crew_and_photo_credit_lines_name_no_reporter(line, rule):
    cleaned = clean_paragraphs(["정부가 5일 대책을 발표했다.", line, "시장은 관망세를 보였다."])
    assert cleaned.removed_rules == [rule] and cleaned.reporters == []


@pytest.mark.parametrize("paragraph, expected", [
    ("[가상일보 홍길동 기자] 가상시가 올해 공공 와이파이를 늘린다.", ["홍길동"]),
    ("[가상일보 홍길동·김철수 기자] 가상시가 올해 공공 와이파이를 늘린다.", ["홍길동", "김철수"]),
    ("【가상일보 나가람 특파원】 가상국 정부가 새 예산안을 냈다.", ["나가람"]),
    ("[가상팩트ㅣ가상시=홍길동 기자] 가상시가 올해 공공 와이파이를 늘린다.", ["홍길동"]),  # the place written from
    ("[가상팩트 | 가상시=홍길동·김철수 기자] 가상시가 올해 공공 와이파이를 늘린다.", ["홍길동", "김철수"]),
])
def test_an_opening_bracket_with_outlet_and_names_gives_the_reporters(paragraph, expected):
    assert [r.name for r in dateline_reporters(paragraph)] == expected


def test_an_opening_bracket_may_hold_the_reporters_address():
    found = dateline_reporters("[가상일보 홍길동 기자 gildong@gasang.example] 가상시가 올해 공공 와이파이를 늘린다.")
    assert [(r.name, r.email) for r in found] == [("홍길동", "gildong@gasang.example")]
    found = dateline_reporters("[가상일보 홍길동·김철수 기자 kim@gasang.example] 가상시가 올해 공공 와이파이를 늘린다.")
    assert [(r.name, r.email) for r in found] == [("홍길동", None), ("김철수", "kim@gasang.example")]


@pytest.mark.parametrize("line", ["가상뉴스TV 기사문의 및 제보 : 카톡/라인 jebo00", "기사문의 및 제보: tip@example.com",
                                  "당신이 담은 순간이 뉴스입니다", "◇ 제보 : 카톡 가상일보 / 전화 02-123-4567",
                                  "◆ 제보하기", "● 기사제보: tip@example.com"])
def test_tip_off_lines_are_furniture(line):
    assert boilerplate_rule(line) == "tip-prompt"


@pytest.mark.parametrize("line", ["◇ 제보 잇따라", "◆ 제보자 늘어난 까닭"])
def test_a_subheading_about_tips_is_no_tip_off_line(line):
    assert boilerplate_rule(line) is None


def test_a_runaway_author_tag_names_nobody():
    assert clean_author("홍길동·" * 50) == []
    assert names(clean_author("홍길동, 김철수, 나가람 기자")) == [("홍길동", None), ("김철수", None), ("나가람", None)]
