"""The press a footer names without a copyright mark: a notice with the outlet's name beside it, and a company's
registration block with its address (issue 10 §1)."""
from __future__ import annotations

import pytest

import sinmun

from sinmun.extraction.presses import press_from_copyright, press_from_registration


@pytest.mark.parametrize("line, press", [("가상일보 all rights reserved", "가상일보"), ("가상일보. All Rights Reserved.", "가상일보"),
                                         ("All rights reserved by 가상일보", "가상일보"),
                                         ("가상일보 무단전재 및 재배포 금지", "가상일보"),
                                         ("(주)가상일보사 All rights reserved", "가상일보"),
                                         ("Gasang Ilbo. All rights reserved.", "Gasang Ilbo")])
def test_a_notice_without_a_mark_names_the_outlet_beside_it(line, press):
    assert press_from_copyright(line) == press


@pytest.mark.parametrize("line", ["All rights reserved", "2025. All rights reserved.", "회사소개 All rights reserved",
                                  "Powered by Gasang CMS. All rights reserved", "Contact Us All rights reserved",
                                  "기사 무단전재 및 재배포 금지", "무단전재 및 재배포 금지", "모든 권리 보유 All rights reserved"])
def test_a_notice_beside_no_outlets_name_names_none(line):
    assert press_from_copyright(line) is None


@pytest.mark.parametrize("block, press", [
    ("(주)가상일보사 · 주소 가상시 중앙로 1 · 대표전화 02-000-0000", "가상일보"),
    ("상호 : 가상일보 | 대표 : 홍길동 | 등록번호 : 가상 아00001", "가상일보"),
    ("가상일보 | 가상시 중앙로 1 | 발행·편집인 홍길동", "가상일보"),
])
def test_a_registration_block_with_an_address_names_the_company(block, press):
    assert press_from_registration(block) == press


@pytest.mark.parametrize("block", ["가상일보 | 구독신청", "주소 가상시 중앙로 1", "가상시 중앙로 1 | 대표전화 02-000-0000"])
def test_one_label_or_no_outlet_shaped_piece_names_no_company(block):
    assert press_from_registration(block) is None


COMPANY_PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>가상시 공영자전거 늘린다{suffix}</title>
</head><body><div class="top"><a class="logo" href="/"><img src="/logo.png" alt="{logo}"></a></div><div class="view">
<h1>가상시 공영자전거 늘린다</h1><div class="date">입력 2025.11.20 10:12</div><div class="article-body">
<p>가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.</p><p>시는 대여소 120곳을 새로 만들기로 했다.</p>
<p>이용 요금은 지금과 같다. 홍길동 기자</p></div></div><footer>Copyright © {holder}. All rights reserved.</footer>
</body></html>"""


@pytest.mark.parametrize("holder, suffix, logo, press", [
    ("가상미디어", " - 가상신문", "가상신문", "가상신문"),            # a company; its paper in the title and the logo
    ("가상미디어그룹", " | 가상신문", "가상신문", "가상신문"),
    ("가상미디어", " - 가상신문", "가상광장", "가상미디어"),          # title and logo disagree: the copyright stays
    ("가상미디어", "", "가상신문", "가상미디어"),                    # the title names no outlet
    ("가상일보", " - 가상신문", "가상신문", "가상일보"),              # not a company's name: the copyright stays
])
def test_a_media_companys_copyright_gives_way_to_the_paper_title_and_logo_name(holder, suffix, logo, press):
    html = COMPANY_PAGE.format(holder=holder, suffix=suffix, logo=logo)
    assert sinmun.extract(html, url="https://www.gasang.example/news/articleView.html?idxno=1").press == press
