"""The depth decision from sums of stretches of steps is the decision of the step-by-step bound."""
from __future__ import annotations

import pytest

from sinmun.extraction.prepass import MAX_NESTING, flatten_deep_nesting, nesting_upper_bound, nests_deeper_than

MARKUPS = [
    "<div>" * 600 + "글" + "</div>" * 600,
    "<div><span>" * 256 + "글",
    "<div><span>" * 257 + "글",
    ("<div>" * 300 + "</div>" * 300) * 8,  # every stretch climbs far, the walk never passes the limit
    "</div>" * 300 + "<div>" * 600,  # down, then up past the start: the range counts both sides
    "<p><li><br><img src=x><td>" * 900,  # tags that do not nest by themselves
    "<script>" + "<div>" * 900 + "</script><!-- " + "<div>" * 900 + " --><div>글</div>",
    "<DIV>" * 300 + "<Div >" * 300,
    "",
]


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("limit", [0, 1, 100, MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1])
def test_the_stretch_decision_is_the_bound_against_the_limit(markup, limit):
    for html in (markup, markup.encode()):
        assert nests_deeper_than(html, limit) == (nesting_upper_bound(html) > limit)


def test_the_bound_counts_the_walk_on_both_sides_of_its_start():
    assert nesting_upper_bound("</div>" * 300 + "<div>" * 600) == 600
    assert nesting_upper_bound("</a>") == 1
    assert nesting_upper_bound("<br><p></p>") == 0


@pytest.mark.parametrize("markup", [
    "<html><body>" + "<div></b>" * 2000 + "글",            # closes of a name never opened
    "<html><body>" + "<span></div>" * 2000 + "글",         # closes of a name opened nowhere near
    "<html><body>" + "<div></b>" * 1000 + "<b></div>" * 1000 + "글",  # the closes balanced after the peak
])
def test_closing_tags_that_close_nothing_do_not_hide_depth(markup):
    # one running sum over all names stays flat on these pages while the parser nests ever deeper
    assert nesting_upper_bound(markup) >= 1000
    assert nests_deeper_than(markup, MAX_NESTING)
    flattened, dropped = flatten_deep_nesting(markup)
    assert dropped > 0 and flattened.endswith("글")


def test_a_name_beyond_the_coded_ones_counts_its_opening_tags_only():
    names = [f"x-tag{i}" for i in range(200)]  # more names than step codes: the last ones share a code
    markup = "".join(f"<{name}></{name}>" for name in names) * 3
    assert nesting_upper_bound(markup) >= 0  # no error, and a bound
    deep = "".join(f"<{name}>" for name in names * 4)
    assert nests_deeper_than(deep, MAX_NESTING)
