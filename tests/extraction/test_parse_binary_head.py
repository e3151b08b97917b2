"""The binary-data test on a page's head gives the share's answer, with or without its memchr shortcut."""
from __future__ import annotations

import pytest

from sinmun.errors import NotHtmlError
from sinmun.extraction.parse import _BINARY_HEAD, _binary_head, _control_ratio, load

STORY = "<p>홍길동 기자가 전했다.</p>\n"


@pytest.mark.parametrize("text", [
    "<html><body>" + STORY * 2000,                                   # clean: the shortcut answers
    "<html>" + "\x01" * 10 + STORY * 2000,                           # a few controls: the share answers no
    "\x1b" * 1500 + STORY * 2000,                                    # past 5 % of the head
    STORY * 1000 + "\x07" * 3000,                                    # controls after the head only
    "\ufffd" * 1200 + "<p>x</p>" * 3000,                              # replacement characters count too
    STORY * 1000 + "\ufffd" * 3000,                                  # replacement characters after the head only
    "가" * (_BINARY_HEAD - 10) + "\ufffd" * 2000,                     # the head ends inside them
    "가" * (_BINARY_HEAD - 10) + "\x02" * 2000,                        # the head ends inside the controls
    "\ud800" * 50 + "<p>x</p>" * 10,                                  # lone surrogates (dropped from the bytes)
    "<p>글</p>",
])
def test_the_head_test_is_the_share_of_the_head(text):
    encoded = text.encode("utf-8", "ignore")
    assert _binary_head(text, encoded) == (_control_ratio(text[:_BINARY_HEAD]) > 0.05)


def test_a_text_of_control_characters_is_refused_and_a_clean_page_parses():
    with pytest.raises(NotHtmlError):
        load("\x01\x02\x03" * 3000 + STORY)
    assert load("<html><body>" + STORY * 10).tree.css_first("p") is not None
