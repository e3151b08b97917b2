"""Home pages, lists, search results, tag, reporter and gallery pages are not articles; short
articles, photo articles, live blogs and articles with long link lists still are."""
from pathlib import Path

import pytest

import sinmun
from sinmun.extraction.pagekind import TextShape, _teaser_signals, _unled_lines, url_signals
from conftest import FIXTURES

NONARTICLE = FIXTURES / "nonarticle"
LIST_PAGES = ["portal-home", "press-home", "section-list", "date-list", "search-results", "tag-page",
              "reporter-page", "gallery-list", "portal-section-dated", "search-snippets", "reporter-articles",
              "gallery-index", "section-wrapped-links"]
#: the articles of the folder, each a page that a list-minded rule could take for a list
ARTICLE_PAGES = ["breaking-short", "photo-caption", "related-links", "live-blog", "related-long", "short-big-sidebar"]


def _folder_counts() -> tuple[int, int]:
    """(articles, non-articles) among the folder's expected records (this file's pages and the ko-* ones)."""
    import json
    kinds = [json.loads(p.read_text(encoding="utf-8"))["is_article"] for p in NONARTICLE.glob("*.expected.json")]
    return sum(kinds), len(kinds) - sum(kinds)


def _page(name: str) -> bytes:
    return (NONARTICLE / f"{name}.html").read_bytes()


@pytest.mark.parametrize("name", LIST_PAGES)
def test_list_pages_are_told_by_their_structure_without_a_url(name: str) -> None:
    """With no URL to go by, the text's shape (headline links, teaser blocks, short lines) decides."""
    article = sinmun.extract(_page(name))
    assert article.is_article is False
    reasons = [w for w in article.warnings if w.startswith("not an article: ")]
    assert len(reasons) == 1 and "headline links and teasers" in reasons[0]


@pytest.mark.parametrize("name", ["related-long", "short-big-sidebar"])
def test_a_story_beside_a_mass_of_teasers_is_still_an_article_without_a_url(name: str) -> None:
    """A related-articles block or a sidebar of teasers with leads outweighs the story, but the story's
    paragraphs of prose say article."""
    article = sinmun.extract(_page(name))
    assert article.is_article is True, article.warnings


def _story_beside_a_sidebar(date: str = "") -> str:
    story = "".join(f"<p>{STORY_SENTENCE} 가상시는 {n}번째 구간 공사를 올해 안에 마치고 결과를 시민들에게 알리겠다고 밝혔다.</p>"
                    for n in range(6))
    side = "".join(f"<li><a href='/news/{n}'>가상시 시내버스 노선 {n}번 배차 간격 조정</a> <span>03.05</span></li>"
                   for n in range(60))
    return (f"<html><head><meta property='og:type' content='website'>{date}</head><body><h1>가상시 산책로 조명 설치</h1>"
            f"<div class='article_body'>{story}</div><aside><ul class='side-list'>{side}</ul></aside></body></html>")


STORY_SENTENCE = "가상시가 도심 하천을 따라 이어지는 산책로 구간에 야간 조명과 비상벨을 새로 설치한다."


def test_paragraphs_of_prose_outweigh_a_sidebar_of_teaser_links() -> None:
    """No date, og:type website, no URL and a sidebar of 60 teasers far longer than the story: six
    paragraphs of prose still make it an article, and the judge says what it weighed."""
    from sinmun.extraction import pagekind
    from sinmun.extraction.parse import load
    html = _story_beside_a_sidebar()
    article = sinmun.extract(html)
    reasons = [s.reason for s in pagekind.text_signals(load(html), article)]
    assert article.is_article is True, article.warnings
    assert "6 paragraphs of prose" in reasons and any("teaser blocks outweigh" in r for r in reasons)


def test_a_home_page_showing_its_latest_post_in_full_is_still_a_home_page() -> None:
    article = sinmun.extract(_story_beside_a_sidebar(), url="https://www.gasang-ilbo.example/")
    assert article.is_article is False and "the URL is a home page" in article.warnings[-1]


def test_a_section_list_that_claims_og_type_article_is_still_a_list() -> None:
    article = sinmun.extract(_page("section-list"), url="https://www.gasang-ilbo.example/politics")
    assert article.is_article is False
    assert "teaser" in article.warnings[-1]


@pytest.mark.parametrize("url, weight", [
    ("https://www.gasang-ilbo.example/", 4.0),
    ("https://www.gasang-ilbo.example/index.html", 4.0),
    ("https://news.gasang.example/news", 4.0),
    ("https://www.gasang-ilbo.example/?page=2", 4.0),
    ("https://www.gasang-ilbo.example/index.php?sid1=100", 4.0),
    ("https://blog.gasang.example/?p=2895", -1.0),
    ("https://www.gasang.example/index.php?site=news_comments&newsID=111", -1.0),
    ("https://www.gasang.example/index.php?id=30&tx_ttnews%5Btt_news%5D=477", -1.0),
    ("https://www.gasang.example/bbs/board.php?bo_table=news&wr_id=12", -1.0),
    ("https://www.gasang.example/index.php?mid=local&document_srl=4521", -1.0),   # XpressEngine's post
    ("https://www.gasang.example/index.php?number=12", -1.0),
    ("https://www.gasang.example/?ncd=1234", -1.0),
    ("https://www.gasang.example/news/?sn=12", -1.0),
    ("https://www.gasang.example/?page_number=2", 4.0),  # a page of the home list
    ("https://www.gasang.example/index.php?mid=local&page=2", 4.0),
    ("https://www.gasang.example/news/view.php?no=3021", -1.0),
    ("https://www.gasang.example/news/list.php?cat_id=3", 2.0),
    ("https://www.gasang.example/reporter/list?reporter_id=12", 2.0),
    ("https://www.gasang-ilbo.example/search/?query=%EC%A0%95%EC%B1%85", 3.0),
    ("https://search.gasang.example/result?q=x&page=2", 3.0),
    ("https://www.gasang-ilbo.example/section/politics", 2.0),
    ("https://news.gasang.example/section/100", 2.0),
    ("https://www.gasang-ilbo.example/news/articleList.html?sc_section_code=S1N1&view_type=sm", 2.0),
    ("https://www.gasang-ilbo.example/tag/%EB%B0%98%EB%8F%84%EC%B2%B4", 2.0),
    ("https://www.gasang-ilbo.example/reporter/12345", 2.0),
    ("https://www.gasang-ilbo.example/news/view?tag=ev", 2.0),
    ("https://www.gasang-ilbo.example/2024/03/05/", 2.0),
    ("https://www.gasang-ilbo.example/news?date=20240305", 2.0),
    ("https://www.gasang-ilbo.example/politics", 1.0),
    ("https://www.gasang-ilbo.example/policy/privacy.html", 4.0),
    ("https://www.gasang-ilbo.example/terms-of-service", 4.0),
    ("https://www.gasang-ilbo.example/company/youthpolicy.html", 4.0),
    ("https://www.gasang-ilbo.example/news/contact", 1.0),
    ("https://www.gasang-ilbo.example/news/articleView.html?idxno=123456", -2.0),
    ("https://news.gasang.example/article/001/0012345678", -2.0),
    ("https://www.gasang.example/politics/2024/03/05/ABCDEFGH12345678/", -2.0),
    ("https://www.gasang.example/topics/topics_social/2024/03/05/ABCDEFGH12345678/", -2.0),
    ("https://www.gasang.example/2019/11/18/asian-market-latest/index.html", -2.0),
    ("https://www.gasang.example/photo/20240305000123", -2.0),
    ("https://www.gasang.example/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003012345", -2.0),
    ("https://www.gasang.example/view/AKR20240305000100001", -2.0),
    ("https://sports.gasang.example/news?oid=076&aid=0004123456", -2.0),
])
def test_url_shapes(url: str, weight: float) -> None:
    assert [s.weight for s in url_signals(url)] == [weight]


def test_no_url_or_a_broken_one_says_nothing() -> None:
    assert url_signals(None) == [] and url_signals("http://[::1") == []


def test_a_short_text_is_no_article_unless_the_page_says_it_is_one() -> None:
    """The breaking-news line is an article at its own URL; the same text with nothing declaring
    an article is not."""
    url = "https://www.gasang-ilbo.example/news/articleView.html?idxno=30001"
    assert sinmun.extract(_page("breaking-short"), url=url).is_article
    bare = "<html><body><div class='article_body'><p>5일 오후 가상시 동쪽 바다에서 규모 4.1의 지진이 발생했다.</p></div></body></html>"
    article = sinmun.extract(bare, url=url)
    assert article.is_article is False
    assert article.warnings[-1].endswith("characters of body text")


def test_reason_names_the_signals() -> None:
    article = sinmun.extract(_page("search-results"), url="https://www.gasang-ilbo.example/search/?query=x")
    reason = article.warnings[-1]
    assert reason.startswith("not an article: the URL is a search") and "score" in reason


def test_fixture_folder_holds_the_list_pages_and_the_tricky_articles() -> None:
    names = {p.name[: -len(".expected.json")] for p in Path(NONARTICLE).glob("*.expected.json")}
    assert set(LIST_PAGES) | set(ARTICLE_PAGES) <= names


# ----------------------------------------------------------------- sinmun run --articles-only
def _folder_of_pages(tmp_path: Path) -> Path:
    """The fixture pages, as a crawl would store them: JSONL lines with their URLs."""
    import json
    lines = []
    for expected in sorted(NONARTICLE.glob("*.expected.json")):
        record = json.loads(expected.read_text(encoding="utf-8"))
        html = expected.with_name(expected.name.replace(".expected.json", ".html")).read_text(encoding="utf-8")
        lines.append(json.dumps({"html": html, "url": record["url"]}, ensure_ascii=False))
    pages = tmp_path / "pages.jsonl"
    pages.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pages


def _read_jsonl(path: Path) -> list[dict]:
    import json
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_run_keeps_non_articles_out_by_default_and_counts_them(tmp_path: Path) -> None:
    from sinmun.corpus import RunConfig, run_corpus
    pages = _folder_of_pages(tmp_path)
    out = tmp_path / "corpus.jsonl"
    summary = run_corpus(RunConfig([str(pages)], str(out), workers=0))
    records = _read_jsonl(out)
    articles, lists = _folder_counts()
    assert (summary.articles_out, summary.non_articles) == (articles, lists)
    assert all(r["is_article"] for r in records)
    log = _read_jsonl(Path(f"{out}.errors.jsonl"))
    assert [e["reason"] for e in log] == ["not-article"] * lists
    assert all("not an article: " in e["message"] for e in log)


def test_run_keep_non_articles_writes_them_flagged(tmp_path: Path) -> None:
    from sinmun.corpus import RunConfig, run_corpus
    pages = _folder_of_pages(tmp_path)
    out = tmp_path / "corpus.jsonl"
    summary = run_corpus(RunConfig([str(pages)], str(out), workers=0, articles_only=False, dedup="mark"))
    records = _read_jsonl(out)
    flagged = [r for r in records if r["is_article"] is False]
    articles, lists = _folder_counts()
    assert (summary.articles_out, summary.non_articles, len(flagged)) == (articles, lists, lists)
    assert len(records) == articles + lists
    assert all(r["dup_cluster"] is None for r in flagged)  # lists are not clustered with stories
    assert not Path(f"{out}.errors.jsonl").exists() or not _read_jsonl(Path(f"{out}.errors.jsonl"))


def test_run_command_prints_and_records_the_non_article_count(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys
    pages = _folder_of_pages(tmp_path)
    src = str(Path(__file__).resolve().parents[2] / "src")  # this checkout's sinmun, whatever is installed
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = tmp_path / "corpus.jsonl"
    articles, lists = _folder_counts()
    for flag in ("--articles-only", "--keep-non-articles"):
        result = subprocess.run([sys.executable, "-m", "sinmun.cli", "run", str(pages), "-o", str(out), "--workers", "0",
                                 "--overwrite", flag], capture_output=True, text=True, cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert f"non-articles   {lists}" in result.stdout
        assert ("kept in the output" in result.stdout) == (flag == "--keep-non-articles")
        state = json.loads(Path(f"{out}.state.json").read_text(encoding="utf-8"))
        assert state["summary"]["non_articles"] == lists
        assert len(_read_jsonl(out)) == articles + (0 if flag == "--articles-only" else lists)


# ----------------------------------------------------------------- lists in other shapes, and an article like them
EXCERPT = ("The city council of Gasang voted on Tuesday to extend the night bus network to the northern districts, "
           "after residents complained for years about the lack of late connections. The mayor said the first lines "
           "would start in spring and that fares would stay the same for at least two years. ")


def test_flat_search_results_headings_with_snippets_and_dates_are_a_list() -> None:
    """No element around each result: a heading link, then its snippet and date as siblings."""
    results = "".join(f"<h3><a href='/p/{i}'>Gasang council extends night buses, part {i}</a></h3>"
                      f"<p>{EXCERPT[:220]}…</p><span>March {i + 1}, 2024</span>" for i in range(20))
    article = sinmun.extract(f"<html><body><form><input name='s'></form><div class='results'>{results}</div>"
                             "</body></html>")
    assert article.is_article is False and "headline links and teasers" in article.warnings[-1]


def test_a_blog_archive_of_sibling_posts_with_long_excerpts_is_a_list() -> None:
    posts = "".join(f"<article class='post'><h2><a href='/2024/03/{i:02d}/gasang-bus-{i}/'>Gasang council extends "
                    f"night buses, part {i}</a></h2><div class='entry-meta'>March {i + 1}, 2024 by Jane Doe</div>"
                    f"<div class='entry-summary'><p>{EXCERPT * 2}</p></div></article>" for i in range(10))
    html = f"<html><body><main id='main'>{posts}</main></body></html>"
    assert sinmun.extract(html).is_article is False
    assert sinmun.extract(html, url="https://blog.gasang.example/category/buses/").is_article is False


def test_an_article_whose_sections_have_linked_headings_is_still_an_article() -> None:
    """A buying guide: each section under a heading that links to the product, with no date in it."""
    para = ("The Gasang Widget Pro is light, quiet and cheap to run, and in our tests it lasted two full days on one "
            "charge. It lacks a timer, but for most kitchens it is the one we would buy first.")
    sections = "".join(f"<div class='item'><h2><a href='https://shop.example/w{i}'>Gasang Widget Pro {3000 + i} "
                       f"Deluxe</a></h2><p>{para}</p></div>" for i in range(6))
    html = (f"<html><body><h1>The best kitchen widgets</h1><div class='article-body'><p>{para} We tried twenty.</p>"
            f"{sections}</div></body></html>")
    assert sinmun.extract(html).is_article is True


def _brief(byline: str) -> str:
    return ("<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>가상시 새 공원 개장</title></head><body>"
            "<h1>가상시 새 공원 개장</h1><p class='date'>입력 2025.06.07 10:00</p><div class='article-body'>"
            "<p>가상시가 강변에 새 공원을 열었다.</p><p>공원에는 산책로와 놀이터가 들어섰다고 시는 7일 밝혔다.</p>"
            f"<p>입장료는 받지 않는다.</p>{byline}</div></body></html>")


def test_a_short_brief_with_its_byline_at_an_item_url_is_an_article() -> None:
    """Three sentences under the generic minimum: the story's byline, with the item's URL and the publication
    time, says article (tests/fixtures/conventions/short-brief-with-byline); without the byline, or at the site's
    root, the text is still too short to tell."""
    item = "https://www.gasang.example/news/articleView.html?idxno=9"
    assert sinmun.extract(_brief("<p>홍길동 기자 hong@gasang.example</p>"), url=item).is_article is True
    assert sinmun.extract(_brief(""), url=item).is_article is False
    assert sinmun.extract(_brief("<p>홍길동 기자</p>"), url="https://www.gasang.example/").is_article is False


@pytest.mark.parametrize(("story_at", "lengths", "unled"), [
    ([1, 4, 7], [2, 20, 60, 10, 20, 60, 10, 20, 60, 10], 0),  # a heading, then headline, lead, date three times
    ([1, 3, 5], [70, 20, 60, 20, 60, 20, 60], 1),  # an intro sentence of the body's own first
    ([], [70, 80], 0),
])
def test_lines_of_the_bodys_own_beside_its_story_links(story_at, lengths, unled) -> None:
    assert _unled_lines(story_at, lengths) == unled


def test_a_body_of_nothing_but_story_headlines_and_leads_weighs_more() -> None:
    """tests/fixtures/nonarticle/ko-section-three-teasers-dated-url: with no headline and no publication time, three
    teasers alone under a dated URL are a list; an intro sentence of the body's own keeps the lighter weight."""
    shape = {"listed_body_chars": 0, "short_lines": 0.3, "teaser_items": 0, "teaser_chars": 0}
    alone = TextShape(body_chars=300, story_links=3, story_led_chars=260, unled_lines=0, **shape)
    with_intro = TextShape(body_chars=330, story_links=3, story_led_chars=280, unled_lines=1, **shape)
    assert [s.weight for s in _teaser_signals(alone, 40)] == [3.0]
    assert [s.weight for s in _teaser_signals(with_intro, 50)] == [2.0]


@pytest.mark.parametrize("url, weight", [
    ("https://www.gasang.example/news/list.php?mode=view&no=123", -1.0),     # one script lists and shows
    ("https://www.gasang.example/board/list.php?act=read&idx=20250101123", -1.0),
    ("https://www.gasang.example/news/list.php?mode=list&page=2", 2.0),
    ("https://www.gasang.example/news/list.php?mode=view", 2.0),              # a view of nothing named
    ("https://www.gasang.example/news/list.php?idx=5555", 2.0),
])
def test_a_view_action_in_the_query_names_one_item(url, weight):
    assert [s.weight for s in url_signals(url)] == [weight]


@pytest.mark.parametrize("title, site_page", [
    ("회사소개", True), ("회사 소개 - 가상일보", True), ("발행인 인사말", True), ("윤리강령", True), ("찾아오시는 길", True),
    ("개인정보처리방침", True), ("About Us", True), ("광고안내 | 가상일보", True),
    ("가상일보, 새 회사소개 영상 공개", False), ("이용약관 바꾼 가상플랫폼, 이용자 반발", False), ("연혁 100년 가상학교", False),
])
def test_a_headline_naming_the_sites_own_page_says_no_story(title, site_page):
    html = (f"<html><head><title>{title}</title></head><body><h2>{title}</h2><div class='txt'>"
            + "<p>가상일보는 2001년 창간한 지역 신문으로, 지역의 소식을 빠르고 정확하게 전하는 것을 목표로 삼고 있습니다.</p>" * 3
            + "</div></body></html>")
    article = sinmun.extract(html, url="https://www.gasang.example/company/page.html")
    reasons = " ".join(article.warnings)
    assert ("the site's own pages" in reasons) is site_page
