"""Korean conventions of lines in the text of pages nobody profiled (issue 10 §1): a caption credited to its
photographer after a slash, sentences naming who owns the story, a citizen reporter's byline, bylines that write
the title first, and the end marks of wire stories. The fixture pages are under ``tests/fixtures/generic-ko/``."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.bylines import find_reporters, is_byline_line
from sinmun.extraction.clean import boilerplate_rule
from sinmun.extraction.presses import domain_from_copyright, press_from_copyright

STORY = ["<p>가상시가 다음 달 새 버스 노선 세 개를 연다.</p>",
         "<p>시는 출퇴근 시간 배차 간격을 10분으로 줄인다고 밝혔다. 새 노선은 가상역과 산업단지를 잇는다.</p>",
         "<p>요금은 지금과 같고, 환승 할인도 그대로 적용된다고 시 관계자는 설명했다.</p>"]


def extract(inner: str, head: str = "", title: str = "가상시, 새 버스 노선 연다") -> sinmun.Article:
    html = (f"<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<h1>가상시, 새 버스 노선 연다</h1><div class='article_body'>{inner}</div></body></html>")
    return sinmun.extract(html, "https://www.gasang.example/news/3")


# ----------------------------------------------------------------- captions credited to the photographer
@pytest.mark.parametrize("caption", ["가상시청 앞 버스 정류장 /홍길동 기자", "새 노선을 달릴 전기버스 / 홍길동 사진기자",
                                     "가상역 환승센터 모습. /홍길동기자"])
def test_a_caption_credited_to_its_photographer_leaves_the_body_and_names_no_reporter(caption):
    article = extract(STORY[0] + f"<p><img src='/p.jpg'></p><p>{caption}</p>" + STORY[1] + STORY[2])
    assert article.body_paragraphs == [p[3:-4] for p in STORY]
    assert article.reporters == []


@pytest.mark.parametrize("line", ["홍길동/김철수 기자", "/홍길동 기자", "홍길동 기자 gildong@gasang.example"])
def test_bylines_with_a_slash_stay_bylines(line):
    assert boilerplate_rule(line) == "byline"


def test_a_sentence_that_ends_with_a_slashed_byline_stays_text():
    """``… 밝혔다. /홍길동 기자`` is a story's last sentence with its byline, not a caption."""
    assert boilerplate_rule("시는 출퇴근 시간 배차 간격을 줄인다고 밝혔다. /홍길동 기자") != "photo-caption"


# ----------------------------------------------------------------- who owns the story
@pytest.mark.parametrize("line, press", [
    ("본 기사는 가상일보의 저작물입니다", "가상일보"), ("이 기사는 가상경제신문의 저작물로 무단 전재를 금합니다", "가상경제신문"),
    ("이 기사의 저작권은 가상일보에 있습니다", "가상일보"), ("<저작권자 ⓒ 가상일보, 무단전재 및 재배포 금지>", "가상일보"),
])
def test_a_sentence_on_who_owns_the_story_is_a_copyright_line_naming_the_press(line, press):
    assert boilerplate_rule(line) == "copyright"
    assert press_from_copyright(line) == press


def test_a_copyright_sentence_leaves_the_body_and_gives_the_press():
    article = extract("".join(STORY) + "<p>본 기사는 가상일보의 저작물입니다</p>")
    assert len(article.body_paragraphs) == 3
    assert article.press == "가상일보"


def test_the_provider_owning_the_rights_is_no_press():
    assert press_from_copyright("이 기사의 저작권은 제공처에 있습니다") is None


# ----------------------------------------------------------------- a copyright line naming an unknown domain
@pytest.mark.parametrize("line", ["Copyright © gasangilbo.example All rights reserved.",
                                  "Copyright © gasangilbo.co.kr. All rights reserved."])
def test_an_unknown_domain_in_the_copyright_line_is_only_a_last_resort(line):
    assert press_from_copyright(line) is None
    assert domain_from_copyright(line) == "gasangilbo"


@pytest.mark.parametrize("line, press", [("Copyright © Gasang Times. All rights reserved.", "Gasang Times"),
                                         ("Copyright © GTN.All rights reserved.", "GTN")])
def test_a_latin_outlet_name_before_a_full_stop_is_no_domain(line, press):
    assert press_from_copyright(line) == press


def test_the_hangul_outlet_name_beats_a_copyright_domain():
    head = "<meta property='og:site_name' content='가상일보'>"
    article = extract("".join(STORY) + "<p>Copyright © gasangilbo.example All rights reserved.</p>", head=head)
    assert article.press == "가상일보"
    titled = extract("".join(STORY) + "<p>Copyright © gasangilbo.example All rights reserved.</p>",
                     title="가상시, 새 버스 노선 연다 - 가상일보")
    assert titled.press == "가상일보"


def test_a_copyright_domain_still_names_the_press_when_nothing_else_does():
    article = extract("".join(STORY) + "<p>Copyright © gasangilbo.example All rights reserved.</p>")
    assert article.press == "gasangilbo"


def test_a_named_copyright_beats_the_site_name_as_before():
    head = "<meta property='og:site_name' content='가상포털'>"
    assert extract("".join(STORY) + "<p>Copyright © 가상일보. All rights reserved.</p>", head=head).press == "가상일보"


# ----------------------------------------------------------------- citizen reporters, title-first bylines
@pytest.mark.parametrize("line, name", [
    ("홍길동(gildong)", "홍길동"), ("홍길동 (gildong_77)", "홍길동"), ("홍길동 시민기자", "홍길동"),
    ("기자 홍길동", "홍길동"), ("기자 : 홍길동", "홍길동"), ("글 홍길동 / 사진 김철수", "홍길동"),
    ("홍길동(gildong) 시민기자", "홍길동"), ("글=홍길동 기자 / 사진=김철수 기자", "홍길동"),
    ("글 홍길동 · 사진 김철수 기자", "홍길동"), ("글 홍길동·사진 김철수 사진기자", "홍길동"),
])
def test_bylines_without_a_title_after_the_name(line, name):
    assert is_byline_line(line)
    assert [r.name for r in find_reporters(line)] == [name]


@pytest.mark.parametrize("line", ["기자 홍길동 · 김철수", "기자 홍길동, 김철수"])
def test_a_title_first_byline_of_two_reporters(line):
    assert is_byline_line(line)
    assert [r.name for r in find_reporters(line)] == ["홍길동", "김철수"]


def test_a_title_before_an_e_mail_is_no_name():
    assert [(r.name, r.email) for r in find_reporters("홍길동 시민기자 gildong@gasang.example")] == [
        ("홍길동", "gildong@gasang.example")]
    assert [r.name for r in find_reporters("홍길동 인턴기자 gildong@gasang.example")] == ["홍길동"]


@pytest.mark.parametrize("line", ["글=홍길동 기자 / 사진=김철수 기자", "홍길동 기자 사진=김철수 기자",
                                  "홍길동 기자 / 사진 김철수 기자", "글 홍길동 · 사진 김철수 기자"])
def test_a_writer_and_photographer_line_is_a_byline_not_a_caption(line):
    assert boilerplate_rule(line) == "byline"
    assert [r.name for r in find_reporters(line)] == ["홍길동"]


@pytest.mark.parametrize("line", ["홍길동 기자 / 김철수 기자", "홍길동 기자/김철수 기자"])
def test_two_bylines_parted_by_a_slash_are_a_byline_not_a_caption(line):
    assert boilerplate_rule(line) == "byline"
    assert [r.name for r in find_reporters(line)] == ["홍길동", "김철수"]


@pytest.mark.parametrize("line", ["가상시청 앞 정류장 사진=김철수 기자", "가상시청 앞 정류장 /김철수 기자"])
def test_a_caption_closed_by_its_photographer_stays_a_caption(line):
    assert boilerplate_rule(line) == "photo-caption"
    assert find_reporters(line) == []


def test_a_title_first_byline_keeps_its_e_mail():
    assert [(r.name, r.email) for r in find_reporters("기자 홍길동 gildong@gasang.example")] == [
        ("홍길동", "gildong@gasang.example")]


@pytest.mark.parametrize("line", ["기자 수첩", "기자 회견", "기자회견", "글 목록", "홍길동(60)", "가상시(市)", "시민 기자단"])
def test_headings_and_ages_are_no_bylines(line):
    assert find_reporters(line) == []


@pytest.mark.parametrize("byline", ["<p>홍길동(gildong)</p>", "<p>홍길동 시민기자</p>"])
def test_a_citizen_reporters_byline_gives_the_reporter_and_leaves_the_body(byline):
    article = extract(byline + "".join(STORY))
    assert [r.name for r in article.reporters] == ["홍길동"]
    assert len(article.body_paragraphs) == 3


@pytest.mark.parametrize("opening", ["[가상일보 홍길동 기자] ", "홍길동 기자 = "])
def test_opening_bylines_name_the_reporter(opening):
    article = extract(f"<p>{opening}{STORY[0][3:]}" + STORY[1] + STORY[2])
    assert [r.name for r in article.reporters] == ["홍길동"]


# ----------------------------------------------------------------- end marks
@pytest.mark.parametrize("line", ["(끝)", "<끝>", "[끝]", "/끝/", "- 끝 -", "끝"])
def test_the_end_mark_of_a_story_is_furniture(line):
    assert boilerplate_rule(line) == "end-mark"
    assert len(extract("".join(STORY) + f"<p>{line.replace('<', '&lt;').replace('>', '&gt;')}</p>").body_paragraphs) == 3


@pytest.mark.parametrize("line", ["끝까지 간다", "경기는 연장 끝에 끝났다.", "(끝말잇기)"])
def test_lines_with_the_word_end_stay(line):
    assert boilerplate_rule(line) is None
