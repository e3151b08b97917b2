"""Site profiles from outside the package: sinmun.sites.register and the 'sinmun.sites' entry point."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import sinmun
from sinmun import sites
from sinmun.sites import SiteProfile

from conftest import ROOT

PAGE = """<html><head><title>가상 지역 소식 | 우리동네신문</title></head><body>
<div class="gnb">홈 정치 경제</div>
<h2 class="head-line">동네 도서관, 주말 야간 개관 시작</h2>
<div id="story-text"><p>우리동네 도서관이 이번 주말부터 밤 10시까지 문을 연다고 5일 밝혔다.</p>
<p>도서관은 야간 이용객을 위해 열람실 조명을 새로 바꿨다.</p></div>
<div class="side">많이 본 뉴스 1 2 3</div></body></html>"""

PROFILE = SiteProfile(name="woori", hosts=("woori-news.example",), press="우리동네신문",
                      title=("h2.head-line",), body=("#story-text",))


@pytest.fixture
def registered():
    saved = list(sites.PROFILES)
    sites.register(PROFILE)
    yield
    sites.PROFILES[:] = saved


def test_a_registered_profile_is_used_for_its_host(registered):
    article = sinmun.extract(PAGE, url="https://www.woori-news.example/a/1")
    assert (article.site, article.press, article.title) == ("woori/current", "우리동네신문", "동네 도서관, 주말 야간 개관 시작")
    assert article.body_paragraphs == ["우리동네 도서관이 이번 주말부터 밤 10시까지 문을 연다고 5일 밝혔다.",
                                       "도서관은 야간 이용객을 위해 열람실 조명을 새로 바꿨다."]


def test_without_the_profile_the_page_takes_the_generic_path():
    assert sinmun.extract(PAGE, url="https://www.woori-news.example/a/1").site is None


def test_register_refuses_what_is_not_a_profile():
    with pytest.raises(TypeError):
        sites.register({"name": "x"})  # type: ignore[arg-type]


def test_an_entry_point_brings_its_profiles(tmp_path):
    (tmp_path / "woori_plugin.py").write_text(
        "from sinmun.sites import SiteProfile\n"
        "PROFILES = [SiteProfile(name='woori', hosts=('woori-news.example',), press='우리동네신문',\n"
        "                        title=('h2.head-line',), body=('#story-text',))]\n", encoding="utf-8")
    info = tmp_path / "woori_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: woori-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[sinmun.sites]\nwoori = woori_plugin\n", encoding="utf-8")
    code = ("import json, sys, sinmun; a = sinmun.extract(sys.stdin.read(), url='https://woori-news.example/a/1');"
            "print(json.dumps([a.site, a.press]))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT / "src")])}
    done = subprocess.run([sys.executable, "-c", code], input=PAGE, capture_output=True, text=True, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["woori/current", "우리동네신문"]
