"""A trailing (or leading) piece of a title that is the site's own name in any of its spellings, a
section label or a date is decoration; hyphens inside Latin words and names are not separators."""
import pytest

import sinmun
from sinmun.extraction.titles import strip_title_decorations


@pytest.mark.parametrize("title, site_name, host, expected", [
    # the site's name holding a hyphen, or a separator of its own
    ("Simple hiking kit - The Gasang-Valley Cleaver", "The Gasang-Valley Cleaver", None, "Simple hiking kit"),
    ("Ticket sale opens - Gasang - Nord Lions", "Gasang - Nord Lions", None, "Ticket sale opens"),
    ("Gasang-Nord Lions - Ticket sale opens", "Gasang-Nord Lions", None, "Ticket sale opens"),
    # the site's name with a domain ending or a tail word, or the host's own label
    ("Rain all week | Gasangblatt", "Gasangblatt.de", None, "Rain all week"),
    ("Rain all week - Gasang Circle Blog", "Gasang Circle", None, "Rain all week"),
    ("Rain all week - gasang online", "@gasang", None, "Rain all week"),
    ("Rain all week - La Gasanga", None, "www.lagasanga.it", "Rain all week"),
    ("Rain all week | GSN", None, "news.gsn.co.uk", "Rain all week"),
    # section labels in English and in other languages, a trailing date
    ("The Gasang view on buses: a city on the move | Editorial", "the Gasang", None,
     "The Gasang view on buses: a city on the move"),
    ("Главное за неделю: новости", None, None, "Главное за неделю"),
    ("Buses return | GSN | 23.05.2011", "GSN.COM", None, "Buses return"),
    # a dangling separator, a separator's tail after a leading site name
    ("Heated jackets tested -", None, None, "Heated jackets tested"),
    ("GASANG-MEDIA ::. Templates for shops", "GASANG-MEDIA", None, "Templates for shops"),
    # Latin hyphens join words: nothing here is decoration
    ("Gasang-Valley drivers strike again", "Gasang", None, "Gasang-Valley drivers strike again"),
    ("Loans-Rates: what they cost | Gasangkredit", "Loans", "www.gasangkredit.de", "Loans-Rates: what they cost"),
    ("15 years of gasang-mirabile.net — gasang-mirabile.net", "gasang-mirabile.net", None,
     "15 years of gasang-mirabile.net"),
])
def test_site_names_and_labels_around_the_headline(title: str, site_name: str | None, host: str | None,
                                                   expected: str) -> None:
    assert strip_title_decorations(title, site_name, host) == expected


@pytest.mark.parametrize("title, expected", [
    ("가상시 버스 개편-정치ㅣ한국일보", "가상시 버스 개편"),
    ("가상시 버스 개편 - 정치ㅣ한국일보", "가상시 버스 개편"),
    ("K-팝 스타 인기", "K-팝 스타 인기"),
    ("모바일 :: 가상시 버스 개편", "가상시 버스 개편"),
])
def test_korean_rules_stay(title: str, expected: str) -> None:
    assert strip_title_decorations(title, "가상일보") == expected


def test_the_site_name_alone_is_no_title() -> None:
    assert strip_title_decorations("Gasang-Nord Lions", "Gasang-Nord Lions") is None


def test_a_json_ld_headline_loses_its_site_name_too() -> None:
    html = ('<html lang="en"><head><meta property="og:site_name" content="Gasang Circle">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Buses return to the old town - Gasang Circle Blog"}</script></head><body>'
            '<div class="article-body"><p>The buses of Gasang return to the old town on Monday after two years '
            'of works on its streets, the city said.</p><p>Six lines will stop at the market square again, '
            'and night buses will run on weekends from next month.</p></div></body></html>')
    assert sinmun.extract(html).title == "Buses return to the old town"
