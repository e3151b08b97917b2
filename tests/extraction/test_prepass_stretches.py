"""The depth decision from sums of stretches of steps is the decision of the step-by-step bound."""
from __future__ import annotations

import pytest

from sinmun.extraction.prepass import MAX_NESTING, nesting_upper_bound, nests_deeper_than

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
