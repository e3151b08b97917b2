"""Query particles are cut by a table (fts.strip_particles), checked here against kiwipiepy's analysis."""
import json
import os
import subprocess
import sys

import pytest

from sinmun.archive.fts import strip_particles

#: Invented query words: nouns alone and with particles, nouns that end in a particle look-alike,
#: names, mixed scripts.
WORDS = """
반도체 반도체가 반도체는 반도체를 반도체의 반도체에 반도체도 반도체만 반도체로 반도체와 반도체에서 반도체까지
반도체부터 반도체처럼 반도체보다 전략기술 전략기술을 전략기술은 전략기술이 전략기술과 전략기술의 전략기술로
전략기술에서는 전략기술이다 전략기술이며 한국은행이 한국은행은 한국은행의 한국은행에 한국은행과 금리가 금리는
기준금리를 정부가 정부는 정부의 정부와 정부에서 국회의 국회는 국회가 국회에서 국가 국가가 국가의 물가 물가가
주가 주가가 평가 재평가 재평가가 전문가 전문가들 전문가들이 전문가가 회의 회의가 회의를 정상회의 정상회의가
정상회의에서 국무회의 합의 합의가 논의 논의를 어린이 어린이가 고양이 원자로 경기도 경기도의 제주도 제주도에서
결과 결과가 결과는 효과 효과를 성과 통과 교과서 보고서 보고서가 서울 서울에서 서울로 서울의 부산에 부산으로
세종시 세종시가 기업들 기업들이 기업들의 학생들은 국민 국민이 국민들 대통령이 대통령은 장관과 총리가
인공지능이 인공지능을 양자컴퓨터가 탄소중립을 공급망이 관세 관세가 관세협상을 협상이 배터리가 아파트가
아파트값이 고속도로 고속도로가 나라 나라가 나라의 하나 하나가 사과 사과가 바다 바다가 광고 광고가 사고가
위원회가 위원장이 대표가 교수는 기자들 사진이 영상을 집에 집에서 집으로 책을 길이 길이가 높이 나이가 차이
아이 아이들 아이가 한미 한미가 북한이 미국과 중국은 유럽연합이 삼성전자가 한빛전자가 누리자동차가 홍길동
홍길동이 홍길동은 김철수가 나가람이 AI칩 AI칩이 AI가 GPU가 5G가 2025년에 코로나19가 K팝이
""".split()

#: Where the table and kiwipiepy differ: one syllable + 이 keeps its particle, since the table needs two
#: syllables before 이 (국가, 길이, 높이, 차이 are whole nouns). Such a query finds only that spelling.
LEFT_ON = {"물이": "물", "달이": "달", "봄이": "봄", "눈이": "눈"}


def analysed(kiwi, word: str) -> str:
    """The word without the particles and endings kiwipiepy finds at its end (the analyser's cut)."""
    cut = len(word)
    for token in reversed(kiwi.tokenize(word)):
        if (token.tag.startswith(("J", "VCP", "EF", "EC")) or token.form == "들") and token.start > 0:
            cut = token.start
        else:
            break
    return word[:cut] if cut > 0 else word


def test_the_table_agrees_with_kiwipiepy_on_query_words():
    kiwipiepy = pytest.importorskip("kiwipiepy")
    kiwi = kiwipiepy.Kiwi()
    assert {w: analysed(kiwi, w) for w in WORDS if strip_particles(w) != analysed(kiwi, w)} == {}
    assert {w: analysed(kiwi, w) for w in LEFT_ON if strip_particles(w) == w} == LEFT_ON


@pytest.mark.parametrize("word, stem", [
    ("반도체가", "반도체"), ("전략기술을", "전략기술"), ("한국은행이", "한국은행"), ("기업들의", "기업"),
    ("국가", "국가"), ("전문가", "전문가"), ("재평가가", "재평가"), ("서울로", "서울"), ("집에서", "집"),
    ("AI가", "AI"), ("가", "가"), ("AI", "AI"), ("나라는", "나라"), ("결과는", "결과"), ("전문가들", "전문가"),
    ("보고", "보고"), ("사고", "사고"), ("정상회의", "정상회의"), ("국회의", "국회"), ("전략기술이라는", "전략기술"),
])
def test_particles_cut_by_the_table(word, stem):
    assert strip_particles(word) == stem


SEARCH_WITHOUT_ANALYSER = """
import json, sys
from sinmun.cli import main
try:
    main(["search", "반도체가", "--db", sys.argv[1], "--format", "json"])
except SystemExit:
    pass
heavy = ("kiwipiepy", "numpy", "scipy", "sinmun.extraction", "sinmun.sites", "sinmun.crawl", "sinmun.corpus")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def test_a_search_with_particles_loads_no_analyser_nor_extraction(tmp_path):
    from sinmun.archive import Archive
    with Archive(tmp_path / "a.db") as archive:
        archive.add_records([{"title": "반도체 수출 늘어", "body_paragraphs": ["홍길동 기자 반도체는 올랐다."]}],
                            enrich=False)
    run = subprocess.run([sys.executable, "-c", SEARCH_WITHOUT_ANALYSER, str(tmp_path / "a.db")],
                         capture_output=True, text=True, env=dict(os.environ), timeout=300)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert '"total": 1' in run.stdout
    assert json.loads(lines[-1]) == []
