"""sinmun.sites.match: the one-scan marker index decides as the per-marker scan did, and dated layouts.

The reference below is the decision written plainly (``marker in html[:span]`` per marker per profile,
as before the index); the index must agree with it on every page and every marker set, including markers
that are prefixes of others, markers that overlap, tuple markers and markers past the scanned span.
"""
from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from sinmun import extract, sites
from sinmun.sites import SiteProfile
from sinmun.sites.base import Marker
from sinmun.sites.markers import MarkerIndex, MarkersOnDemand, find_each, page_date

from conftest import FIXTURES, SHARED


def plain_has(html: str, marker: Marker, span: int) -> bool:
    head = html[:span]
    return marker in head if isinstance(marker, str) else all(m in head for m in marker)


def reference_match(url, html, tree):
    """The decision written plainly: host first, then markers, then body selectors; among the fitting
    layouts of the first fitting site, the date rule (tested on its own below)."""
    host = sites.host_of(url)
    candidates = [p for p in sites.PROFILES if host and sites._host_matches(host, p)]
    if not candidates:
        if host:
            return None
        candidates = [p for p in sites.PROFILES if any(plain_has(html, m, 200_000) for m in p.markers)]
    if not candidates:
        return None
    fitting = [p for p in candidates if any(plain_has(html, m, 400_000) for m in p.markers)]
    fitting = fitting or [p for p in candidates if any(tree.css_first(s) is not None for s in p.body)]
    if not fitting:
        return candidates[0]
    return sites._in_use([p for p in fitting if p.name == fitting[0].name], html, None)


@pytest.fixture
def restore_profiles():
    saved = list(sites.PROFILES)
    yield
    sites.PROFILES[:] = saved


def pages() -> list[tuple[str, Path]]:
    found = sorted(FIXTURES.rglob("*.html"))
    if (SHARED / "eval" / "ko").exists():
        found += sorted((SHARED / "eval" / "ko").rglob("*.html"))
    return [(p.parent.name + "/" + p.name, p) for p in found]


@pytest.mark.parametrize("name,path", pages(), ids=[n for n, _ in pages()])
def test_the_index_decides_as_the_per_marker_scan(name, path):
    html = path.read_text(encoding="utf-8", errors="replace")
    tree = LexborHTMLParser(html)
    for url in (None, "https://n.news.naver.com/article/001/1", "https://v.daum.net/v/20250101000000000",
                "https://www.chosun.com/a/b/2025/01/01/X/", "https://www.gasang.example/1"):
        assert sites.match(url, html, tree) is reference_match(url, html, tree), url


def random_text(rng: random.Random, alphabet: str, size: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


def test_the_index_agrees_with_in_on_prefixes_overlaps_and_spans():
    rng = random.Random(7)
    for _ in range(300):
        # a tiny alphabet makes prefixes, overlaps and repeats common
        words = [random_text(rng, "ab", rng.randint(1, 4)) for _ in range(rng.randint(1, 5))]
        words += [f'id="{random_text(rng, "ab_", rng.randint(0, 3))}"' for _ in range(rng.randint(0, 4))]
        markers: list[Marker] = [*words, tuple(rng.sample(words, min(2, len(words))))]
        html = random_text(rng, 'ab_id="', rng.randint(0, 60))
        index = MarkerIndex(markers)
        for span in (0, 5, 20, 1000):
            found = index.scan(html, span)
            for marker in markers:
                assert found.has(marker, span) is plain_has(html, marker, span), (markers, html, span, marker)
            for marker in markers:
                assert find_each(html, [marker], span).has(marker, span) is plain_has(html, marker, span)
            on_demand = MarkersOnDemand(html, span)
            for marker in [*markers, *reversed(markers)]:  # asked again: the remembered answer is the same
                assert on_demand.has(marker, span) is plain_has(html, marker, span), (markers, html, span, marker)


class _TextThatCountsFinds(str):
    """A page whose ``find`` calls are recorded (what the marker look-up searched for)."""

    looked_for: list[str]

    def find(self, sub, *args):  # type: ignore[override]
        self.looked_for.append(sub)
        return super().find(sub, *args)


def test_once_a_site_fits_the_markers_of_other_sites_layouts_are_not_looked_for(restore_profiles):
    newer = SiteProfile(name="gasang", hosts=("gasang.example",), markers=('class="gasang-new"',))
    older = SiteProfile(name="gasang", hosts=("gasang.example",), markers=('class="gasang-old"',))
    other = SiteProfile(name="gasang-tv", hosts=("gasang.example",), markers=('class="gasang-tv"',))
    sites.register(newer, older, other)
    page = _TextThatCountsFinds('<html><body><div class="gasang-new">가상의 본문입니다.</div></body></html>')
    page.looked_for = []
    assert sites.match("https://www.gasang.example/1", page, LexborHTMLParser(page)) is newer
    assert 'class="gasang-old"' in page.looked_for  # another layout of the fitting site: tried (the date rule)
    assert 'class="gasang-tv"' not in page.looked_for


def test_a_marker_past_the_discovery_span_does_not_pick_a_profile_without_url():
    filler = "<p>" + "가" * 200_000 + "</p>"
    late = f"<html><body>{filler}<div id=\"dic_area\">본문</div></body></html>"
    early = f"<html><body><div id=\"dic_area\">본문</div>{filler}</body></html>"
    assert sites.match(None, late, LexborHTMLParser("<p></p>")) is None
    assert sites.match(None, early, LexborHTMLParser("<p></p>")).name == "naver"


def test_register_after_a_match_rebuilds_the_index(restore_profiles):
    page = '<html><body><div class="gasang-story-box">가상의 본문입니다.</div></body></html>'
    tree = LexborHTMLParser(page)
    assert sites.match(None, page, tree) is None  # builds the index without the new profile
    profile = SiteProfile(name="gasang", hosts=("gasang.example",), markers=('class="gasang-story-box"',))
    sites.register(profile)
    assert sites.match(None, page, tree) is profile
    sites.PROFILES.remove(profile)  # a direct edit of the list is seen too
    assert sites.match(None, page, tree) is None


def test_a_tuple_marker_needs_all_its_parts(restore_profiles):
    profile = SiteProfile(name="gasang", hosts=("gasang.example",), markers=(('id="g-head"', 'class="g-text"'),))
    sites.register(profile)
    one = '<html><body><h2 id="g-head">제목</h2><div class="x">본문</div></body></html>'
    both = '<html><body><h2 id="g-head">제목</h2><div class="g-text">본문</div></body></html>'
    assert sites.match(None, one, LexborHTMLParser(one)) is None
    assert sites.match(None, both, LexborHTMLParser(both)) is profile


# ----------------------------------------------------------------- dated layouts
OLD = SiteProfile(name="dated", hosts=("dated.example",), version="2015", markers=('class="story"',),
                  body=("div.story",), valid_until=date(2019, 12, 31))
NEW = SiteProfile(name="dated", hosts=("dated.example",), version="2020", markers=('class="story"',),
                  body=("div.story",), valid_from=date(2020, 1, 1))


def dated_page(head: str) -> str:
    return f"<html><head>{head}</head><body><div class=\"story\">가상의 본문입니다.</div></body></html>"


@pytest.fixture
def dated(restore_profiles):
    sites.register(NEW, OLD)


@pytest.mark.parametrize("head,version", [
    ('<meta property="article:published_time" content="2018-05-04T10:00:00+09:00">', "2015"),
    ('<meta property="article:published_time" content="2023-05-04T10:00:00+09:00">', "2020"),
    ('<meta content="2018-05-04T10:00:00+09:00" property="article:published_time">', "2015"),
    ('<meta property="og:regDate" content="20190102103000">', "2015"),
    ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2021-03-01T09:00"}</script>', "2020"),
    ("", "2020"),  # no date: the first (newest) layout
    ('<meta property="article:published_time" content="2019-13-45">', "2020"),  # no such day
])
def test_the_page_date_picks_the_layout_in_use(dated, head, version):
    page = dated_page(head)
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page)).version == version


def test_the_fetch_date_comes_before_the_page_date(dated):
    page = dated_page('<meta property="article:published_time" content="2018-05-04T10:00:00+09:00">')
    tree = LexborHTMLParser(page)
    assert sites.match("https://dated.example/a/1", page, tree, when=date(2024, 1, 1)).version == "2020"
    assert sites.match("https://dated.example/a/1", page, tree, when=date(2016, 1, 1)).version == "2015"


def test_extract_passes_the_reference_date_to_match(dated):
    page = dated_page("")
    assert extract(page, url="https://dated.example/a/1").site == "dated/2020"
    assert extract(page, url="https://dated.example/a/1", reference_date="2017-06-01").site == "dated/2015"


def test_a_layout_dated_on_both_sides_beats_one_open_on_a_side(restore_profiles):
    open_start = SiteProfile(name="dated", hosts=("dated.example",), markers=('class="story"',))
    closed = SiteProfile(name="dated", hosts=("dated.example",), version="2018", markers=('class="story"',),
                         valid_from=date(2018, 1, 1), valid_until=date(2022, 12, 31))
    sites.register(open_start, closed)
    page = dated_page('<meta property="article:published_time" content="2019-05-04T10:00:00+09:00">')
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page)) is closed
    page = dated_page('<meta property="article:published_time" content="2024-05-04T10:00:00+09:00">')
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page)) is open_start


def test_an_older_layout_with_only_a_start_yields_to_the_undated_newest(restore_profiles):
    """The older layout's open end says nobody recorded its replacement, not that it is still served."""
    newest = SiteProfile(name="dated", hosts=("dated.example",), markers=('class="story"',))
    started = SiteProfile(name="dated", hosts=("dated.example",), version="2017", markers=('class="story"',),
                          valid_from=date(2017, 8, 19))
    sites.register(newest, started)
    page = dated_page('<meta property="article:published_time" content="2024-05-04T10:00:00+09:00">')
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page)) is newest
    page = dated_page('<meta property="article:published_time" content="2016-05-04T10:00:00+09:00">')
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page)) is newest


def test_an_older_layout_with_a_known_end_keeps_its_days(restore_profiles):
    newest = SiteProfile(name="dated", hosts=("dated.example",), markers=('class="story"',))
    ended = SiteProfile(name="dated", hosts=("dated.example",), version="2017", markers=('class="story"',),
                        valid_from=date(2017, 8, 19), valid_until=date(2021, 3, 1))
    sites.register(newest, ended)
    page = dated_page('<meta property="article:published_time" content="2019-05-04T10:00:00+09:00">')
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page)) is ended
    assert sites.match("https://dated.example/a/1", page, LexborHTMLParser(page), when=date(2022, 1, 1)) is newest


def test_layouts_of_another_site_are_not_chosen_by_date(restore_profiles):
    first = SiteProfile(name="one", hosts=("one.example",), markers=('class="shared-box"',),
                        valid_from=date(2023, 1, 1))
    second = SiteProfile(name="two", hosts=("two.example",), markers=('class="shared-box"',),
                         valid_until=date(2019, 1, 1))
    sites.register(first, second)
    page = dated_page('<meta property="article:published_time" content="2018-05-04">').replace("story", "shared-box")
    assert sites.match(None, page, LexborHTMLParser(page)) is first


def test_in_use_on_includes_both_ends():
    assert OLD.in_use_on(date(2019, 12, 31)) and not OLD.in_use_on(date(2020, 1, 1))
    assert NEW.in_use_on(date(2020, 1, 1)) and not NEW.in_use_on(date(2019, 12, 31))


def test_page_date_reads_only_the_head_span():
    html = "<html><head></head><body>" + "x" * 1000 + '<meta property="article:published_time" content="2019-01-02">'
    assert page_date(html, 500) is None
    assert page_date(html, 5000) == date(2019, 1, 2)


def test_built_in_multi_version_sites_are_dated():
    by_site: dict[str, list[SiteProfile]] = {}
    for profile in sites.PROFILES:
        by_site.setdefault(profile.name, []).append(profile)
    for name in ("chosun", "mk", "naver", "daum"):
        layouts = by_site[name]
        assert len(layouts) > 1 and any(p.valid_from or p.valid_until for p in layouts), name


HOSTS = ["www.yna.co.kr", "yna.co.kr", "m.yna.co.kr", "xyna.co.kr", "news.example", "a.b.news.example",
         "example", "news.example.", "co.kr", "kr", "", "www.chosun.com", "biz.chosun.com", "chosun.com.evil.example"]


@pytest.mark.parametrize("host", HOSTS)
def test_the_host_index_finds_what_the_host_test_finds(host, restore_profiles):
    sites.register(SiteProfile(name="t-host", version="1", hosts=("news.example", "news.example"), markers=("t-m",)),
                   SiteProfile(name="t-host2", version="1", hosts=("example",), markers=("t-m2",)))
    expected = [p for p in sites.PROFILES if sites._host_matches(host, p)]
    assert sites._INDEX.for_host(host) == expected
    assert all(a is b for a, b in zip(sites._INDEX.for_host(host), expected))


def test_a_profile_replaced_in_place_is_the_one_found(restore_profiles):
    first = SiteProfile(name="t-same", version="1", hosts=("same.example",), markers=("t-s",))
    sites.register(first)
    assert sites._INDEX.for_host("same.example")[0] is first
    twin = SiteProfile(name="t-same", version="1", hosts=("same.example",), markers=("t-s",))
    sites.PROFILES[sites.PROFILES.index(first)] = twin
    assert sites._INDEX.for_host("same.example")[0] is twin
