"""The outlet of a host or an e-mail address: the longest domain of the table that ends it at a dot."""
from __future__ import annotations

import pytest

from sinmun.extraction.presses import PRESS_BY_DOMAIN, press_from_domain

DOMAINS = sorted(PRESS_BY_DOMAIN)[:40]


@pytest.mark.parametrize("domain", DOMAINS)
def test_a_domain_its_subdomains_and_addresses_name_its_outlet(domain):
    name = PRESS_BY_DOMAIN[domain]
    assert press_from_domain(domain) == name
    assert press_from_domain("news." + domain) == press_from_domain("a.b." + domain) == name
    assert press_from_domain("gildong@" + domain.upper()) == name
    assert press_from_domain(f"https://www.{domain}/article/1") == name


@pytest.mark.parametrize("domain", DOMAINS)
def test_a_host_that_only_ends_in_the_letters_of_a_domain_is_not_it(domain):
    assert press_from_domain("x" + domain) in (None, press_from_domain(domain.partition(".")[2] or "-"))
    assert press_from_domain(domain + ".example") is None


def test_the_longest_domain_wins():
    nested = [(d, p) for d in PRESS_BY_DOMAIN for p in PRESS_BY_DOMAIN if d != p and d.endswith("." + p)]
    for longer, shorter in nested:
        assert press_from_domain("www." + longer) == PRESS_BY_DOMAIN[longer]


def test_no_host_no_outlet():
    assert press_from_domain(None) is None
    assert press_from_domain("") is None
    assert press_from_domain("x.example") is None


@pytest.mark.parametrize(("name", "key"), [("가상 뉴스", "가상"), ("Gasang NEWS", "gasang"), ("뉴스", "뉴스"),
                                           ("가상 일보\n", "가상일보"), ("Gasang\u00a0News\n", "gasang"),
                                           ("뉴스 가상", "뉴스가상"), ("newsroom", "newsroom")])
def test_a_press_key_has_no_spaces_or_case_and_no_trailing_news(name, key):
    from sinmun.extraction.presses import press_key
    assert press_key(name) == key
