"""The field resolvers: precedence as data, lazy reading, profile orders, no state between fields."""
from __future__ import annotations

import ast
from pathlib import Path

import sinmun
from sinmun.article import Article
from sinmun.extraction import arc, fields
from sinmun.extraction.fields import FIELD_RULES
from sinmun.extraction.metadata import read_meta
from sinmun.extraction.parse import load
from sinmun.extraction.pipeline import RESOLVED_FIELDS
from sinmun.extraction.resolve import Context, source
from sinmun.sites import chosun, kbs
from sinmun.sites.base import SiteProfile
from conftest import FIXTURES, ROOT

PARAGRAPH = "<p>홍길동 기자가 전한 이야기는 길게 이어진다. 마을 사람들은 도서관을 다시 열었다고 말했다.</p>"


def _context(html: str, profile: SiteProfile | None = None, *, explain: bool = False, url: str | None = None,
             reference=None) -> Context:
    page = load(html)
    return Context(page, profile=profile, meta=read_meta(page.tree), url=url, page_url=url, reference=reference,
                   rules=FIELD_RULES, explain=explain)


def test_every_resolved_field_of_the_record_has_its_sources_listed_in_one_table():
    record_fields = set(Article.__dataclass_fields__)
    assert set(RESOLVED_FIELDS) <= record_fields
    assert set(RESOLVED_FIELDS) <= set(FIELD_RULES)
    for name, rule in FIELD_RULES.items():
        names = [s.name for s in rule.sources]
        assert names and len(names) == len(set(names)), f"{name}: sources must be named apart: {names}"


def test_sources_after_the_winner_are_not_read_unless_explaining():
    calls = []

    @source("first", 0.9)
    def first(ctx):
        return ["제목 하나"]

    @source("second", 0.5)
    def second(ctx):
        calls.append(1)
        return ["제목 둘"]

    profile = SiteProfile(name="t", hosts=("t.example",), sources={"title": (first, second)})
    html = "<html><body><div class='article_body'>" + PARAGRAPH * 3 + "</div></body></html>"
    assert _context(html, profile).value("title") == "제목 하나"
    assert calls == []
    explained = _context(html, profile, explain=True)
    assert explained.value("title") == "제목 하나"
    assert calls == [1]
    offers = explained.resolution("title").offers
    assert [(o.source, o.value) for o in offers] == [("first", "제목 하나"), ("second", "제목 둘")]


def test_a_date_without_a_year_takes_it_from_the_page_whatever_field_is_asked_first():
    html = ("<html><body><img src='https://img.example/news/202412/30/a.jpg'><div class='article_body'>"
            "<p>입력 12-30 10:32 수정 12-30 11:05</p>" + PARAGRAPH * 3 + "</div></body></html>")
    one, other = _context(html), _context(html)
    first = (one.value("published"), one.value("updated"))
    second = tuple(reversed((other.value("updated"), other.value("published"))))
    assert first == second
    assert first[0].value.year == 2024 and first[0].year_inferred
    assert first[1].value.hour == 11


def test_a_reference_date_gives_the_year_without_looking_at_urls():
    html = ("<html><body><img src='https://img.example/news/201901/02/a.jpg'><div class='article_body'>"
            "<p>입력 12-30 10:32</p>" + PARAGRAPH * 3 + "</div></body></html>")
    article = sinmun.extract(html, reference_date="2025-01-03")
    assert article.published == "2024-12-30T10:32:00+09:00"
    assert "year of the publication date inferred from reference date" in article.warnings


def test_a_profile_can_put_the_embedded_story_first():
    assert chosun.CURRENT.sources["title"][0] is fields.EMBEDDED_TITLE
    assert chosun.CURRENT.sources["body"][0] is fields.EMBEDDED_BODY
    assert fields.EMBEDDED_TITLE not in FIELD_RULES["title"].sources[:1]
    page = FIXTURES / "chosun" / "chosun-fixture-library.html"
    explanation = sinmun.extract(page.read_bytes(), explain=True).explain
    assert explanation.fields["title"].source == "embedded story"
    assert explanation.fields["body_paragraphs"].source == "embedded story"
    # the page's og:title is an alternative the profile order put behind the story
    assert any(o.source == "profile selector" for o in explanation.fields["title"].offers)


def test_a_profile_adds_its_own_source_after_the_defaults():
    assert kbs.V2019.sources["images"] == (fields.BODY_IMAGES, kbs.PRINT_COPY_IMAGE)


def test_no_profile_has_a_finish_hook_any_more():
    assert "finish" not in SiteProfile.__dataclass_fields__


def test_a_profile_whose_body_selectors_match_nothing_falls_back_to_the_generic_path():
    html = ("<html><head><title>마을 도서관이 다시 문을 열었다</title></head><body>"
            "<div class='article_body'>" + PARAGRAPH * 4 + "</div></body></html>")
    article = sinmun.extract(html, url="https://www.mk.co.kr/news/society/11111111")
    assert article.site == "mk/current"
    assert article.is_article and len(article.body_paragraphs) == 4
    assert "profile mk/current: body selectors matched nothing; generic path used" in article.warnings
    explanation = sinmun.extract(html, url="https://www.mk.co.kr/news/society/11111111", explain=True).explain
    assert explanation.fields["body_paragraphs"].source == "page body"


MALFORMED_STORY = ('{"type": "story", "headlines": "not an object", "credits": ["nobody"],'
                   ' "taxonomy": {"primary_section": 3}, "subheadlines": {"basic": ["x"]}, "created_date": 20240101,'
                   ' "content_elements": [3, {"type": "text", "content": {"x": 1}}, {"type": "list", "items": 7},'
                   ' {"type": "image", "url": "https://img.example/a.jpg", "caption": 5, "width": "wide"},'
                   ' {"type": "text", "content": "마을 도서관이 다시 문을 열었다."}]}')


def test_a_malformed_arc_story_is_read_by_shape_and_ignored_with_a_warning():
    html = f"<html><head><script>Fusion.globalContent={MALFORMED_STORY};</script></head><body></body></html>"
    read = arc.read_story(load(html))
    assert read is not None
    assert read.title is None and read.subtitle is None and read.section is None and read.published is None
    assert read.reporters == []
    assert read.paragraphs == ["마을 도서관이 다시 문을 열었다."]
    assert [(i.url, i.caption, i.width) for i in read.images] == [("https://img.example/a.jpg", None, None)]
    assert sorted(read.malformed) == sorted([
        "headlines is not a dict", "subheadlines.basic is not a str", "credits is not a dict",
        "taxonomy.primary_section is not a dict", "content_elements[].items is not a list",
        "content_elements[].image.caption is not a str"])
    article = sinmun.extract(html)
    assert article.body_paragraphs == [] and not article.is_article
    assert "embedded Arc story JSON is malformed; ignored" in article.warnings


def test_a_well_formed_arc_story_has_no_problems():
    html = (FIXTURES / "chosun" / "chosun-fixture-library.html").read_text(encoding="utf-8")
    read = arc.read_story(load(html))
    assert read is not None and read.malformed == [] and read.title


def test_the_resolvers_catch_no_broad_exceptions():
    broad = {"Exception", "BaseException", "TypeError", "AttributeError", "KeyError"}
    own = ["arc.py", "pipeline.py", "metadata.py", "resolve.py", "fields.py", "bodies.py", "times.py", "people.py",
           "explain.py", "story.py"]
    for name in own:
        tree = ast.parse((ROOT / "src" / "sinmun" / "extraction" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler):
                caught = [] if node.type is None else (node.type.elts if isinstance(node.type, ast.Tuple)
                                                       else [node.type])
                names = {getattr(c, "id", None) for c in caught}
                assert node.type is not None and not names & broad, f"{name}:{node.lineno} catches {names}"


def test_a_rule_that_needs_itself_is_a_loud_bug_not_a_silent_value():
    @source("loop", 0.5)
    def loop(ctx):
        return [ctx.value("title")]

    profile = SiteProfile(name="t", hosts=("t.example",), sources={"title": (loop,)})
    ctx = _context("<html><body><p>x</p></body></html>", profile)
    try:
        ctx.value("title")
    except RuntimeError as exc:
        assert "depends on itself" in str(exc)
    else:
        raise AssertionError("a field that depends on itself must raise")


def test_docs_name_the_table_of_sources():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert "FIELD_RULES" in text and "SiteProfile.sources" in text
    assert Path(fields.__file__).name == "fields.py"


def test_the_canonical_link_is_read_whatever_the_case_of_rel():
    html = ("<html><head><link rel='stylesheet' href='/a.css'><link rel='Canonical' href='https://news.example/1'>"
            "</head><body><div class='article_body'>" + PARAGRAPH * 3 + "</div></body></html>")
    assert sinmun.extract(html).canonical_url == "https://news.example/1"
