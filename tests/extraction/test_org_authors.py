"""Author strings that name an organisation, the outlet itself or a wire are no reporters; a person
named twice (with and without a middle initial) is one reporter."""
import pytest

import sinmun
from sinmun.extraction.bylines import clean_author, names_the_outlet


@pytest.mark.parametrize("text", [
    "Reuters Staff", "Associated Press", "The Associated Press", "Editorial Board", "The Editorial Board",
    "Admin", "Staff", "The Morning Briefing", "Gasang Publishing Group", "Gasang Institute",
    # a Korean outlet's name romanised
    "Gasang Ilbo", "Gasang Shinmun", "Gasang Sinmun", "Gasang Gyeongje", "Gasang Business Newspaper",
])
def test_organisations_are_no_reporters(text: str) -> None:
    assert clean_author(text) == []


@pytest.mark.parametrize("text, names", [
    ("Jane Doe. Gasang International", ["Jane Doe"]),
    ("Jane Doe. Gasang Times", ["Jane Doe"]),
    ("Dr. Jane Doe", ["Dr. Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Troy L. Smith, Troy Smith", ["Troy L. Smith"]),
    ("Troy Smith, Troy L. Smith", ["Troy L. Smith"]),
    ("Troy Smith, Tony Smith", ["Troy Smith", "Tony Smith"]),
    ("홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("홍길동 MK스포츠 기자", ["홍길동"]),
    ("Hong Gil-dong", ["Hong Gil-dong"]),
])
def test_people_in_author_strings(text: str, names: list[str]) -> None:
    assert [r.name for r in clean_author(text)] == names


@pytest.mark.parametrize("name, outlet, expected", [
    ("Gasang Insider", "Gasang Insider Deutschland", True),
    ("Gasang Insider", "Gasang Insider", True),
    ("Jane Doe", "Gasang Insider", False),
    ("Jane Doe", "Jane Doe's Blog", False),
    ("Jane Doe", None, False),
    ("홍길동", "홍길동 뉴스", False),  # Korean names are the Korean rules' business
])
def test_names_the_outlet(name: str, outlet: str | None, expected: bool) -> None:
    assert names_the_outlet(name, outlet) is expected


def _page(authors: list[str], site: str) -> str:
    metas = "".join(f'<meta name="author" content="{a}">' for a in authors[:1])
    ld = ", ".join(f'{{"@type": "Person", "name": "{a}"}}' for a in authors)
    story = "".join(f"<p>The city council of Gasang voted on {n} new bus lines on Tuesday, the mayor said in a "
                    f"statement after the meeting.</p>" for n in range(4))
    return (f'<html lang="en"><head><meta property="og:site_name" content="{site}">{metas}'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Gasang adds bus lines",'
            f' "author": [{ld}]}}</script></head><body><h1>Gasang adds bus lines</h1>'
            f'<div class="article-body">{story}</div></body></html>')


def test_the_outlet_named_as_an_author_beside_the_reporter_is_dropped() -> None:
    article = sinmun.extract(_page(["Jane Doe", "Gasang Insider"], "Gasang Insider Deutschland"),
                             url="https://www.gasang-insider.example/2024/03/05/gasang-adds-bus-lines-123456")
    assert [r.name for r in article.reporters] == ["Jane Doe"]


def test_the_person_a_blog_is_named_for_stays_its_author() -> None:
    article = sinmun.extract(_page(["Jane Doe"], "Jane Doe's Blog"),
                             url="https://janedoe.example/2024/03/05/gasang-adds-bus-lines")
    assert [r.name for r in article.reporters] == ["Jane Doe"]
