"""Field conventions found by probing made-up pages in real-world Korean shapes (issue 10 §1): e-mails paired with
several reporters (and glued to the last sentence), the senior writer's title, breadcrumb titles, the site's name in
brackets, press names written as a host, in brackets or in a 'content is protected by copyright law' notice, and
date lines that write their labels after the dates or AM/PM after the time.

Fixture pages: ``tests/fixtures/conventions/{two-reporters-emails,two-reporters-one-email,senior-writer,
title-breadcrumb-sections,title-site-bracket-tail,press-site-name-host,press-site-name-brackets,
glued-two-reporters,date-labels-after,date-time-pm-after,title-breadcrumb-site,title-site-page-words,
byline-then-photographer,author-meta-two-emails,author-meta-admin,
press-copyright-bracketed,press-copyright-bullet,dateline-bracket-two-reporters,dateline-byline-email,
latin-name-reporter,titled-two-reporters-emails,foreign-name-reporter,date-labels-after-slash}``.
"""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import clean_author, dateline_reporters, find_reporters, split_trailing_byline
from sinmun.extraction.clean import clean_paragraphs
from sinmun.extraction.dates import labelled_dates, parse_date
from sinmun.extraction.presses import clean_press, press_from_copyright
from sinmun.extraction.titles import site_name_in_title, strip_title_decorations


def names(reporters):
    return [(r.name, r.email) for r in reporters]


# ----------------------------------------------------------------- e-mails of several reporters
@pytest.mark.parametrize("line, expected", [
    ("홍길동·김철수 기자 hong@x.example kim@x.example", [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동·김철수 기자 hong@x.example·kim@x.example", [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동, 김철수 기자 (hong@x.example) (kim@x.example)",
     [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    # fewer addresses than names: the nearest, the last names'
    ("홍길동·김철수 기자 | kim@x.example", [("홍길동", None), ("김철수", "kim@x.example")]),
    ("홍길동·김철수 기자 kim@x.example", [("홍길동", None), ("김철수", "kim@x.example")]),
    ("홍길동·김철수·이영희 기자 kim@x.example lee@x.example",
     [("홍길동", None), ("김철수", "kim@x.example"), ("이영희", "lee@x.example")]),
    # one reporter keeps the first address; each byline keeps its own
    ("홍길동 기자 hong@x.example desk@x.example", [("홍길동", "hong@x.example")]),
    ("홍길동 기자 hong@x.example, 김철수 기자 kim@x.example", [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동 기자 | 김철수 기자 kim@x.example", [("홍길동", None), ("김철수", "kim@x.example")]),
])
def test_emails_after_several_names_pair_in_order_and_from_the_nearest(line, expected):
    assert names(find_reporters(line)) == expected


_LAST = "전문가들은 공급 속도가 관건이라고 지적했다."


@pytest.mark.parametrize("glued", [
    "홍길동·김철수 기자 hong@x.example kim@x.example",
    "홍길동, 김철수 기자",
    "홍길동·김철수 기자 | kim@x.example",
    "/홍길동·김철수 기자",
    "홍길동·김철수·이영희 기자 (hong@x.example)",
])
def test_a_byline_of_several_reporters_glued_to_the_last_sentence_is_cut(glued):
    assert split_trailing_byline(f"{_LAST} {glued}") == (_LAST, glued)


@pytest.mark.parametrize("paragraph", [
    "정부는 5일 대책을 발표했다. 홍길동·김철수 기자가 현장을 찾아 주민들의 이야기를 들었다.",
    f"{_LAST} 홍길동 기자 | 사진 김철수",
])
def test_a_sentence_about_reporters_is_no_glued_byline(paragraph):
    assert split_trailing_byline(paragraph) == (paragraph, None)


@pytest.mark.parametrize("line, expected", [
    ("홍길동 기자 | 사진 김철수 기자", [("홍길동", None)]),
    ("글 홍길동 기자 / 사진 김철수 기자", [("홍길동", None)]),
    ("취재 홍길동 기자 | 사진 김철수 기자", [("홍길동", None)]),
    ("가상천 산책로를 걷는 시민들 /홍길동 기자", []),  # a photo caption: its photographer is no reporter
])
def test_the_writers_byline_then_the_photographers_credit(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("author, expected", [
    ("홍길동·김철수 기자 hong@x.example kim@x.example", [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동·김철수 기자 hong@x.example·kim@x.example", [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동·김철수 기자 kim@x.example", [("홍길동", None), ("김철수", "kim@x.example")]),
    ("홍길동 기자 hong@x.example, 김철수 기자 kim@x.example",
     [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동 기자 hong@x.example·김철수 기자", [("홍길동", "hong@x.example"), ("김철수", None)]),
    ("관리자", []),  # the site's administrator, not a person
    ("운영자 admin@x.example", []),
])
def test_meta_authors_pair_emails_in_order_and_name_no_administrator(author, expected):
    assert names(clean_author(author)) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("[가상일보=홍길동·김철수 기자] 정부가 5일 대책을 발표했다.", [("홍길동", None), ("김철수", None)]),
    ("홍길동 기자(hong@x.example) = 정부가 5일 대책을 발표했다.", [("홍길동", "hong@x.example")]),
    ("[서울=가상뉴스] 홍길동 기자(hong@x.example) = 정부가 5일 대책을 발표했다.", [("홍길동", "hong@x.example")]),
    ("(서울=가상뉴스) 홍길동 기자 = 정부가 5일 대책을 발표했다.", [("홍길동", None)]),
    ("정부가 5일 발표했다. 홍길동 기자는 현장에 없었다.", []),
])
def test_opening_datelines_with_several_names_or_an_email(paragraph, expected):
    assert names(dateline_reporters(paragraph)) == expected


@pytest.mark.parametrize("line, expected", [
    ("John Smith 기자 john@x.example", [("John Smith", "john@x.example")]),
    ("가상일보 Mary Kim 기자", [("Mary Kim", None)]),
    ("John Smith 인턴기자", [("John Smith", None)]),
    ("Apple CEO Tim Cook 기자회견", []),  # a press conference, no byline
    ("New York 특파원 홍길동", []),  # before 특파원 a Latin name may be the posting
])
def test_a_latin_name_before_a_korean_reporters_title(line, expected):
    assert names(find_reporters(line)) == expected


# ----------------------------------------------------------------- the senior writer
@pytest.mark.parametrize("line, expected", [
    ("홍길동 대기자 hong@x.example", [("홍길동", "hong@x.example")]),
    ("홍길동 대기자", [("홍길동", None)]),
    ("가상일보 홍길동 대기자", [("홍길동", None)]),
    ("입주 대기자 명단", []),  # a waiting list: the word before is no full name
    ("이식 대기자 3만 명", []),
    ("장기이식 대기자", []),
    ("대기자 hong@x.example", []),
])
def test_a_full_name_before_the_senior_title_is_the_reporter(line, expected):
    assert names(find_reporters(line)) == expected


# ----------------------------------------------------------------- titles
@pytest.mark.parametrize("title, expected", [
    ("제목 내용 < 구의회·행정 < 지역 < 기사본문 - 가상신문", "제목 내용"),
    ("제목 내용 < 국회 < 정치 < 기사본문 - 가상신문", "제목 내용"),
    ("제목 내용 < 교육 문화 < 기사본문 - 가상신문", "제목 내용"),
    ("정부 <청년 주거> 대책 발표 < 사회일반 < 기사본문 - 가상신문", "정부 <청년 주거> 대책 발표"),
    # without the page label, an unknown piece after a "<" may be the headline's own
    ("물가 < 임금 상승률 < 가상신문", "물가 < 임금 상승률"),
])
def test_every_crumb_of_a_breadcrumb_title_goes(title, expected):
    assert strip_title_decorations(title, "가상신문") == expected


@pytest.mark.parametrize("title, expected", [
    # a board CMS's title: the post, the board (and its menu) after ">", then the site
    ("제목 내용 > 자유게시판 | 가상신문", "제목 내용"),
    ("제목 내용 > 보도자료 > 알림마당 | 가상신문", "제목 내용"),
    # no site's name after it, or a piece too long for a board's name: the headline's own
    ("금리 인상 > 물가 상승", "금리 인상 > 물가 상승"),
    ("가상시 공영자전거 > 자전거 정책 새 방향 제시 | 가상신문", "가상시 공영자전거 > 자전거 정책 새 방향 제시"),
])
def test_a_board_name_before_the_site_name_goes(title, expected):
    assert strip_title_decorations(title, "가상신문") == expected


@pytest.mark.parametrize("title, site_name, expected", [
    # the site's name, then its breadcrumb: the sections joined by arrows, or led by a known section
    ("제목 내용 - 가상신문 | 사회 > 교통", "가상신문", "제목 내용"),
    ("제목 내용 | 가상신문 > 사회 > 교통", "가상신문", "제목 내용"),
    ("제목 내용 - 가상신문 - 사회 - 교통", "가상신문", "제목 내용"),
    ("제목 내용 - 가상신문 > 교통", None, "제목 내용"),  # a name ending like an outlet's, without og:site_name
    # no site's name before the arrows, or pieces too long for sections: the headline's own
    ("서울 > 부산 가는 길 - 가상신문", "가상신문", "서울 > 부산 가는 길"),
    ("금리 > 물가 > 임금", "가상신문", "금리 > 물가 > 임금"),
])
def test_a_breadcrumb_after_the_site_name_goes(title, site_name, expected):
    assert strip_title_decorations(title, site_name) == expected


@pytest.mark.parametrize("title, expected", [
    ("제목 내용 [가상일보]", "제목 내용"),
    ("[단독] 제목 내용 [가상일보]", "[단독] 제목 내용"),
    ("제목 내용[가상뉴스24]", "제목 내용"),
    ("제목 내용 [종합]", "제목 내용 [종합]"),
    ("제목 내용 [포토]", "제목 내용 [포토]"),
    ("[가상일보]", None),  # the site's name alone is no title
])
def test_the_sites_name_in_brackets_after_the_headline_goes(title, expected):
    assert strip_title_decorations(title, "가상일보") == expected


@pytest.mark.parametrize("title, site_name, expected", [
    ("제목 내용 - 가상일보 모바일 사이트", "가상일보", "제목 내용"),
    ("제목 내용 - 가상일보 홈페이지", "가상일보", "제목 내용"),
    ("제목 내용 - 가상일보 (gasangilbo.co.kr)", "가상일보", "제목 내용"),
    ("제목 내용 | 가상일보 [www.gasangilbo.co.kr]", "가상일보", "제목 내용"),
    ("제목 내용 - 사이트 개편 (gasangilbo.co.kr)", "가상일보", "제목 내용 - 사이트 개편 (gasangilbo.co.kr)"),
    ("제목 내용 < 사회 < 기사본문 - 가상매일", None, "제목 내용"),  # the breadcrumb names its site last
    ("제목 내용 < 구의회·행정 < 기사본문 - 가상매일", None, "제목 내용"),
    ("제목 내용 - 가상매일", None, "제목 내용 - 가상매일"),  # an unknown name without the breadcrumb: kept
])
def test_site_names_with_page_words_or_after_a_breadcrumb_go(title, site_name, expected):
    assert strip_title_decorations(title, site_name) == expected


@pytest.mark.parametrize("title, expected", [
    ("제목 내용 < 사회 < 기사본문 - 가상매일", "가상매일"),
    ("제목 내용 < 기사본문 - 가상의소리", "가상의소리"),
    ("제목 내용 - 가상매일", None),
])
def test_a_breadcrumb_title_names_its_site(title, expected):
    assert site_name_in_title(title) == expected


# ----------------------------------------------------------------- press names
@pytest.mark.parametrize("name, expected", [
    ("[가상일보]", "가상일보"),
    ("【가상신문】", "가상신문"),
    ("www.gasangilbo.co.kr", None),  # a host, not a name: the copyright line or the title tells
    ("가상일보", "가상일보"),
])
def test_site_names_in_brackets_or_as_a_host(name, expected):
    assert clean_press(name) == expected


@pytest.mark.parametrize("line, expected", [
    ("가상일보의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재, 복사, 배포 등을 금합니다.", "가상일보"),
    ("(주)가상경제의 모든 기사는 저작권법의 보호를 받습니다.", "가상경제"),
    ("가상미디어의 모든 컨텐츠는 저작권법에 의해 보호됩니다.", "가상미디어"),
])
def test_a_notice_that_the_outlets_content_is_protected_names_it(line, expected):
    assert press_from_copyright(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("[가상일보] 무단전재 및 재배포 금지", "가상일보"),
    ("<가상경제> 무단 전재 및 재배포 금지", "가상경제"),
    ("[사진] 무단전재 금지", None),  # a label, not an outlet
    ("[영상] 무단 전재 금지", None),
    ("ⓒ 가상일보 • All rights reserved", "가상일보"),
    ("Copyright ⓒ 가상일보 | 서울시 가상구", "가상일보"),
])
def test_an_outlet_in_brackets_before_the_reuse_notice_or_before_a_bullet(line, expected):
    assert press_from_copyright(line) == expected


def test_the_protection_notice_leaves_the_body_as_copyright():
    notice = "가상일보의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재, 복사, 배포 등을 금합니다."
    cleaned = clean_paragraphs(["가상시가 5일 새 대책을 발표했다. 대책에는 임대주택 공급이 담겼다.",
                                "시는 올해 안에 3천 가구를 공급하겠다고 밝혔다.", notice])
    assert notice not in cleaned.paragraphs
    assert cleaned.copyright == notice


def test_a_story_sentence_about_copyright_law_stays():
    sentence = "법원은 해당 작품이 저작권법의 보호를 받는다고 판단했다."
    cleaned = clean_paragraphs(["가상시가 5일 새 대책을 발표했다. 대책에는 임대주택 공급이 담겼다.", sentence,
                                "시는 올해 안에 3천 가구를 공급하겠다고 밝혔다."])
    assert sentence in cleaned.paragraphs


# ----------------------------------------------------------------- dates
@pytest.mark.parametrize("line, expected", [
    ("2024.03.05 14:22 입력 | 2024.03.05 15:00 수정", {"published": "2024.03.05 14:22", "updated": "2024.03.05 15:00"}),
    ("2024년 3월 5일 14:22 입력 | 2024년 3월 5일 오후 3:00 수정",
     {"published": "2024년 3월 5일 14:22", "updated": "2024년 3월 5일 오후 3:00"}),
    ("2024.03.05 14:22 입력 | 2024.03.05 15:00 수정 정부가 5일 새 대책을 발표했다",
     {"published": "2024.03.05 14:22", "updated": "2024.03.05 15:00"}),
    # labels before their dates, as most lines write them: as before
    ("입력 2024.03.05 14:22 수정 2024.03.05 15:00", {"published": "2024.03.05 14:22", "updated": "2024.03.05 15:00"}),
    ("입력 2024.03.05 14:22 | 수정 2024.03.06 09:00", {"published": "2024.03.05 14:22", "updated": "2024.03.06 09:00"}),
    ("등록 2024.03.05 14:22 | 수정 2024.03.06 09:00", {"published": "2024.03.05 14:22", "updated": "2024.03.06 09:00"}),
])
def test_labels_written_after_their_dates(line, expected):
    assert labelled_dates(line) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024.03.05 02:22 PM", "2024-03-05T14:22:00+09:00"),
    ("2024-03-05 02:22 pm KST", "2024-03-05T14:22:00+09:00"),
    ("2024-03-05 12:05 AM", "2024-03-05T00:05:00+09:00"),
    ("2024-03-05 오후 2:22", "2024-03-05T14:22:00+09:00"),
    ("2024.03.05 10:00 AMERICA", "2024-03-05T10:00:00+09:00"),  # a word, not the half of the day
])
def test_am_or_pm_after_the_time(text, expected):
    assert parse_date(text).iso() == expected


@pytest.mark.parametrize("line, expected", [
    # each label after its date with no separator, glued or spaced: read label first, the update's date went to 입력
    ("2024.05.01 10:20입력 2024.05.01 11:00수정", {"published": "2024.05.01 10:20", "updated": "2024.05.01 11:00"}),
    ("2024.05.01 10:20 입력 2024.05.01 11:00 수정 정부가 1일 새 대책을 발표했다",
     {"published": "2024.05.01 10:20", "updated": "2024.05.01 11:00"}),
    ("2024.05.01 10:20 등록 2024.05.02 09:00 최종수정", {"published": "2024.05.01 10:20", "updated": "2024.05.02 09:00"}),
    # an update label with its own date after it, or with no date before it: as before
    ("입력 2024.05.01 10:20 수정 2024.05.01 11:00", {"published": "2024.05.01 10:20", "updated": "2024.05.01 11:00"}),
    ("기사입력 2024.05.01 10:20 최종수정", {"published": "2024.05.01 10:20"}),
    ("입력 2024.05.01 10:20 시는 2024.05.02 수정안을 낸다", {"published": "2024.05.01 10:20"}),
])
def test_labels_after_their_dates_without_a_separator(line, expected):
    assert labelled_dates(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a publication label after its date with no date after it (tests/fixtures/conventions/
    # date-label-after-update-first)
    ("2025.11.20 10:12 입력", {"published": "2025.11.20 10:12"}),
    ("최종수정 2025.11.21 09:00 | 2025.11.20 10:12 입력", {"updated": "2025.11.21 09:00", "published": "2025.11.20 10:12"}),
    ("조회 120 | 2025-11-20 10:12 기사입력", {"published": "2025-11-20 10:12"}),
    ("2025년 11월 20일 10시 12분 입력", {"published": "2025년 11월 20일 10시 12분"}),
    ("입력 2025년 11월 20일 10시 12분 33초", {"published": "2025년 11월 20일 10시 12분 33초"}),
    ("2025.11.20 10:12 입력된 자료를 고쳤다", {}),  # a word goes on from the label
])
def test_a_publication_label_after_its_date_alone(line, expected):
    assert labelled_dates(line) == expected


def test_a_labelled_time_keeps_its_pm_after_it():
    assert labelled_dates("입력 2024.03.05 02:22 PM") == {"published": "2024.03.05 02:22 PM"}


# ----------------------------------------------------------------- several titled bylines, then their e-mails
@pytest.mark.parametrize("line, expected", [
    ("홍길동 기자·김철수 인턴기자 hong@x.example kim@x.example",
     [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동 기자, 김철수 인턴기자 hong@x.example kim@x.example",
     [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
    ("홍길동 기자 · 김철수·이영희 인턴기자 a@x.example b@x.example c@x.example",
     [("홍길동", "a@x.example"), ("김철수", "b@x.example"), ("이영희", "c@x.example")]),
    # one address only: the nearest name's, as before; each byline with its own address keeps it
    ("홍길동 기자·김철수 인턴기자 kim@x.example", [("홍길동", None), ("김철수", "kim@x.example")]),
    ("홍길동 기자 hong@x.example, 김철수 인턴기자 kim@x.example",
     [("홍길동", "hong@x.example"), ("김철수", "kim@x.example")]),
])
def test_titled_bylines_then_their_emails_pair_in_order(line, expected):
    assert names(find_reporters(line)) == expected


# ----------------------------------------------------------------- transliterated foreign names
@pytest.mark.parametrize("line, expected", [
    ("존 스미스 기자", [("존 스미스", None)]),
    ("존 스미스 기자 john@x.example", [("존 스미스", "john@x.example")]),
    ("서울 존 스미스 기자", [("존 스미스", None)]),
    ("[가상일보 존 스미스 인턴기자]", [("존 스미스", None)]),
    ("메리 앤 스미스 기자", [("메리 앤 스미스", None)]),
    # a Korean name by itself: the word before is the place, the desk or the credit
    ("서울 홍길동 기자", [("홍길동", None)]),
    ("취재 홍길동 기자", [("홍길동", None)]),
    ("정치부 홍길동 기자", [("홍길동", None)]),
    ("사진 홍길동 기자", []),
    ("사진 존 스미스 기자", []),
    ("홍길동 뉴욕 특파원", [("홍길동", None)]),
    # a word that is no name stays none with a word before it
    ("가상 취재 기자", []),
    ("가상 편집부 기자", []),
])
def test_a_spaced_foreign_name_before_the_title(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("line, expected", [
    ("2025.04.19 09:05 입력 / 2025.04.19 16:40 업데이트",
     {"published": "2025.04.19 09:05", "updated": "2025.04.19 16:40"}),
    ("2025.04.19 09:05 입력 / 2025.04.19 16:40 수정", {"published": "2025.04.19 09:05", "updated": "2025.04.19 16:40"}),
    ("2025.04.19 09:05 등록 / 2025.04.19 16:40 최종수정",
     {"published": "2025.04.19 09:05", "updated": "2025.04.19 16:40"}),
    ("2025.04.19 09:05 입력/2025.04.19 16:40 수정", {"published": "2025.04.19 09:05", "updated": "2025.04.19 16:40"}),
    # a slash before no date is no date line's separator: the label after its date is read alone, no update
    ("2025.04.19 09:05 입력 / 홍길동 기자", {"published": "2025.04.19 09:05"}),
])
def test_labels_after_their_dates_with_a_slash(line, expected):
    assert labelled_dates(line) == expected


@pytest.mark.parametrize(("line", "names"), [
    ("글 홍길동 (가상대 교수)", ["홍길동"]),
    ("글 홍길동(가상연구소 연구위원) hong@gasang.example", ["홍길동"]),
    ("글 홍길동 [가상대 교수]", ["홍길동"]),
    ("글·사진 홍길동 (가상대 교수)", ["홍길동"]),  # the writer took the pictures too
    ("글/사진 홍길동 hong@gasang.example", ["홍길동"]),
    ("사진 홍길동", []),
    ("홍길동 칼럼니스트", ["홍길동"]),
    ("홍길동 칼럼니스트 hong@gasang.example", ["홍길동"]),
])
def test_column_writers(line, names):
    """A column's writer signs with the affiliation in brackets or as a columnist (tests/fixtures/conventions/
    column-writer)."""
    assert [r.name for r in find_reporters(line)] == names


@pytest.mark.parametrize(("line", "names"), [
    ("글=홍길동 가상대 교수", ["홍길동"]),
    ("글 홍길동 가상대 보건학과 교수", ["홍길동"]),
    ("글=홍길동 가상연구소 연구위원 hong@gasang.example", ["홍길동"]),
    ("글 홍길동 변호사", ["홍길동"]),
    ("글 홍길동 가상대 교수님과 함께 걸었다", []),  # a sentence, not a writer's line
    ("글 홍길동 가상대 교수진", []),  # the position word must end there
])
def test_a_writers_affiliation_after_the_name(line, names):
    """A contributor's line may carry the affiliation after the name, unbracketed, ending in a position
    (tests/fixtures/conventions/byline-contributor-affiliation)."""
    assert [r.name for r in find_reporters(line)] == names


@pytest.mark.parametrize(("line", "expected"), [
    ("홍길동 PD gildong@gasang.example", [("홍길동", "gildong@gasang.example")]),
    ("홍길동 PD", [("홍길동", None)]),
    ("홍길동 PD는 \"현장을 담고 싶었다\"고 말했다.", []),
    ("홍길동 PDF 파일 내려받기", []),
])
def test_a_producer_signs_like_a_reporter(line, expected):
    """A broadcaster's story signed by its producer names the producer (tests/fixtures/conventions/
    byline-producer-pd); a producer inside a sentence, or a PDF link, names no one."""
    assert [(r.name, r.email) for r in find_reporters(line)] == expected


@pytest.mark.parametrize(("line", "rule"), [
    ("본문", "page-label"), ("기사 본문 영역", "page-label"), ("본문 내용", "page-label"), ("페이지 정보", "page-label"),
    ("본문에 따르면 이 조항은 무효다.", None), ("본문을 보면 알 수 있다", None),
])
def test_a_screen_readers_page_label_is_no_line_of_the_story(line, rule):
    """tests/fixtures/generic-ko/gnuboard-view"""
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize("offered, keys", [
    (["가상시, 버려진 철길 산책로로..."], ("가상시버려진철길산책로로",)),
    (["가상시, 버려진 철길 산책로로… - 가상타임즈"], ("가상시버려진철길산책로로",)),
    (["가상시, 버려진 철길 산책로로"], ()),  # not cut
    (["그래서..."], ()),  # too little kept to say which headline it began
])
def test_titles_the_metadata_cut_short(offered, keys):
    from sinmun.extraction.headline import truncated_keys
    assert truncated_keys(offered) == keys


def test_a_cut_title_gives_way_to_the_whole_headline():
    from selectolax.lexbor import LexborHTMLParser
    from sinmun.extraction.headline import visible_headline
    tree = LexborHTMLParser("<h1>가상시, 버려진 철길 산책로로…내년 봄 개통</h1><h2>가상시, 버려진 철길 매입</h2>")
    assert visible_headline(tree, ["가상시, 버려진 철길 산책로로..."]) == "가상시, 버려진 철길 산책로로…내년 봄 개통"
    other = LexborHTMLParser("<h1>가상군, 새 도서관 문 연다</h1>")
    assert visible_headline(other, ["가상시, 버려진 철길 산책로로..."]) is None
