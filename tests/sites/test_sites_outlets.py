"""The major outlets' own-site profiles (yna, joongang, donga, …): each earns its place.

For every fixture page under ``tests/fixtures/<outlet>/`` (the records themselves are checked
field by field in ``test_fixtures.py``):

- the page's URL picks the outlet's profile, and so does its markup alone (no URL);
- the profile gets at least as many fields right as the generic path does on the same page;
- no outlet marker claims a page of another site (the other fixtures, ../shared/eval/ko).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import sinmun
from sinmun import sites
from sinmun.extraction.parse import load

from conftest import FIXTURES, SHARED
from fixture_records import KNOWN_BUGS, SNIPPET_KEYS, actual_value, checked_keys, collapse, expected_value

#: fixture directory -> profile name
OUTLETS = {"yna": "yna", "joongang": "joongang", "donga": "donga", "hani": "hani", "khan": "khan", "hankookilbo": "hankookilbo", "kmib": "kmib", "seoul": "seoul", "segye": "segye", "munhwa": "munhwa", "kookje": "kookje", "mt": "mt", "asiae": "asiae", "mbn": "mbn", "nocutnews": "nocutnews", "jtbc": "jtbc", "hankyung": "hankyung", "osen": "osen", "yonhapnewstv": "yonhapnewstv", "channela": "channela", "bloter": "bloter", "daejonilbo": "daejonilbo", "sedaily": "sedaily", "newsis": "newsis", "news1": "news1", "fnnews": "fnnews", "imaeil": "imaeil", "edaily": "edaily", "etoday": "etoday", "kado": "kado", "dailian": "dailian", "dt": "dt", "sportschosun": "sportschosun", "ohmynews": "ohmynews", "zdnet": "zdnet", "heraldcorp": "heraldcorp", "sportsseoul": "sportsseoul", "etnews": "etnews", "inews24": "inews24", "pressian": "pressian", "busan": "busan", "newspim": "newspim", "xportsnews": "xportsnews", "ajunews": "ajunews", "kwangju": "kwangju"}


def outlet_pages() -> list:
    return [pytest.param(page, id=f"{outlet}/{page.stem}")
            for outlet in OUTLETS for page in sorted((FIXTURES / outlet).glob("*.html"))]


def expected_of(page: Path) -> dict:
    return json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))


def fields_checked(page: Path, expected: dict) -> list[str]:
    """The record's keys, less those a known extractor bug (test_fixtures.KNOWN_BUGS) gets wrong."""
    return [k for k in checked_keys(expected) if f"{page.parent.name}/{page.stem}::{k}" not in KNOWN_BUGS]


def fields_right(page: Path, expected: dict) -> int:
    article = sinmun.extract(page.read_bytes(), url=expected.get("url"))
    right = 0
    for key in fields_checked(page, expected):
        if key in SNIPPET_KEYS:
            body = collapse("\n".join(article.body_paragraphs))
            right += not [s for s in expected[key] if collapse(s) in body]
        else:
            right += actual_value(article, key) == expected_value(expected, key)
    return right


@pytest.mark.parametrize("page", outlet_pages())
def test_url_and_markup_pick_the_outlet_profile(page: Path) -> None:
    expected = expected_of(page)
    name = OUTLETS[page.parent.name]
    assert (sinmun.extract(page.read_bytes(), url=expected["url"]).site or "").split("/")[0] == name
    assert (sinmun.extract(page.read_bytes()).site or "").split("/")[0] == name


@pytest.mark.parametrize("page", outlet_pages())
def test_profile_is_no_worse_than_the_generic_path(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = expected_of(page)
    with_profile = fields_right(page, expected)
    name = OUTLETS[page.parent.name]
    monkeypatch.setattr(sites, "PROFILES", [p for p in sites.PROFILES if p.name != name])
    generic = fields_right(page, expected)
    assert with_profile >= generic
    assert with_profile == len(fields_checked(page, expected))


def other_pages() -> list[Path]:
    pages = [p for p in FIXTURES.rglob("*.htm*") if p.parent.name not in OUTLETS]
    pages += sorted((SHARED / "eval/ko").glob("*/*.html")) if (SHARED / "eval/ko").exists() else []
    return pages


#: profiles of a CMS many outlets share, taking its pages that come without any URL
CMS_FAMILIES = {"ndsoft"}


def test_outlet_markers_claim_no_other_sites_page() -> None:
    outlet_profiles = [p for p in sites.PROFILES if p.name in {*OUTLETS.values(), *CMS_FAMILIES}]
    claimed = []
    for page in other_pages():
        html = load(page.read_bytes()).html[:200_000]
        claimed += [(page.name, p.name) for p in outlet_profiles if p.markers and p.matches_markup(html)]
    assert not claimed


def test_ndsoft_page_without_any_url_takes_the_cms_profile() -> None:
    """Without the page URL or og:url the outlet is unknown: the CMS's profile reads the page, the notice names the press."""
    page = FIXTURES / "bloter" / "bloter-ndsoft-photo-writer.html"
    html = page.read_text(encoding="utf-8")
    html = "\n".join(line for line in html.splitlines() if "og:url" not in line)
    article = sinmun.extract(html.encode("utf-8"))
    assert article.site == "ndsoft/current"
    assert article.press == "블로터"
    assert [(r.name, r.email) for r in article.reporters] == [("홍길동", "gildong@bloter.example")]
    assert article.published == "2025-12-04T10:20:00+09:00"
    assert article.subtitle == "전력 소모 40% 줄여 내년 하반기 양산 목표"


def test_kookje_fixture_is_euc_kr_bytes() -> None:
    """The 국제신문 page is served as EUC-KR: the fixture is EUC-KR bytes that say so, not UTF-8."""
    data = (FIXTURES / "kookje" / "kookje-current-table-photo.html").read_bytes()
    assert b"charset=euc-kr" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "항만 야간 하역" in data.decode("euc-kr")


def test_yonhapnewstv_tip_off_line_leaves_the_body() -> None:
    """연합뉴스TV's "기사문의 및 제보" line inside the text is the outlet's furniture (the sign-off is a known bug)."""
    page = FIXTURES / "yonhapnewstv" / "yonhapnewstv-broadcast-photo.html"
    article = sinmun.extract(page.read_bytes(), url=expected_of(page)["url"])
    body = "\n".join(article.body_paragraphs)
    assert "기사문의 및 제보" not in body and "jebo23" not in body
    assert "노후 전선 교체 비용을" in body


def test_heraldcorp_article_page_without_a_photo_box_takes_the_current_layout() -> None:
    """No ``.article-photo-wrap``, so no current-layout marker: ``article#articleText`` still names the layout."""
    page = FIXTURES / "heraldcorp" / "heraldcorp-current-article.html"
    html = page.read_text(encoding="utf-8")
    start, end = html.index('<div class="article-photo-wrap">'), html.index("</figure></div>") + len("</figure></div>")
    article = sinmun.extract(html[:start] + html[end:], url=expected_of(page)["url"])
    assert article.site == "heraldcorp/current"
    assert article.body_paragraphs == expected_of(page)["body_paragraphs"] and not article.images
