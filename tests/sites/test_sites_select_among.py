"""select_all_seldom / select_all_among: one walk of the tree, the same answer as select_all."""
from selectolax.lexbor import LexborHTMLParser

from sinmun.sites.base import select_all, select_all_among, select_all_seldom, selector_list

PAGE = """<html><body>
<div class="info-text"><ul><li class="byline writer">홍길동 기자</li><li>김철수 기자</li></ul></div>
<p class="writer">나가람 기자</p><a rel="author" href="/r/1" title="편집국">편집국</a>
<span class="author"> </span>
</body></html>"""

SELECTORS = [
    (".missing", ".writer", ".byline"),
    (".byline", ".writer"),
    (".info-text li", ".writer"),
    ("[rel='author']@href", ".writer"),
    (".author", ".info-text li"),
    (".missing", ".absent"),
]


def test_select_all_among_answers_as_select_all():
    tree = LexborHTMLParser(PAGE)
    for selectors in SELECTORS:
        assert select_all_seldom(tree, selectors) == select_all(tree, selectors), selectors


def test_one_walk_for_several_lists_is_told_apart_by_each_list():
    tree = LexborHTMLParser(PAGE)
    union = SELECTORS[2] + SELECTORS[3]
    found = tree.css(selector_list(union))
    assert select_all_among(found, SELECTORS[2]) == ["홍길동 기자", "김철수 기자"]
    assert select_all_among(found, SELECTORS[3]) == ["/r/1"]
    assert select_all_among([], SELECTORS[0]) == []
