"""MBC News (imnews.imbc.com), including iMBC 연예 items served there; the current layout and two older ones.

Versions ``2019`` and ``2015`` (facts from the public just-news article reader's MBC implementation, whose
selectors were those of ``2015`` from its first version, 2015-07-08, until they were changed for ``2019``
on 2019-02-20 ("MBC: Fix parsing problem"), not changed since):

- ``2019``: ``#news_content_1`` holds the headline ``.title`` and the ``.wrap_time`` spans (the
  reporter, then "입력 2019-02-20 10:00" and "수정 …"); the text is ``.cont .body``, with the
  ``div.print_video_img`` print placeholder inside. Dated from 2019-02-20; its end is not dated.
- ``2015``: the headline is ``#content .view-title``; ``#DivPrint`` holds the time
  (``.article-time-date``: "2017-05-02 20:10"), the reporter (``.reporter``) and the text
  (``.view-con``). Dated 2015-07-08 to 2019-02-19.
"""
from datetime import date

from .base import SiteProfile

CURRENT = SiteProfile(
    name="imbc",
    hosts=("imnews.imbc.com", "imbc.com"),
    # the 'nextweb' meta tags of MBC's CMS with the layout's article text box
    markers=(('name="nextweb:createDate"', 'class="news_txt"'),),
    press="MBC",
    title=("h2.art_title", "meta[property='og:title']@content"),
    body=("div.news_txt[itemprop='articleBody']", "div.news_txt"),
    drop=("div.news_img", "p.caption", "[id^='dablewidget']", ".dable_widget"),
    published=("meta[name='nextweb:createDate']@content", ".date .input"),
    updated=("meta[name='nextweb:modDate']@content",),
    byline=("span.writer", "meta[name='nextweb:reporter']@content"),
    reporter_email=("meta[name='nextweb:email']@content",),
    section=("meta[property='article:section']@content", "span.sort"),
    caption=("p.caption",),
)

V2019 = SiteProfile(
    name="imbc",
    version="2019",
    hosts=("imnews.imbc.com",),
    markers=(('id="news_content_1"', "wrap_time"),),
    valid_from=date(2019, 2, 20),
    press="MBC",
    title=("#news_content_1 .title", "meta[property='og:title']@content"),
    body=("#news_content_1 .cont .body",),
    drop=("div.print_video_img", "script", "style"),
    date_line=("#news_content_1 .wrap_time",),
    byline=("#news_content_1 .wrap_time span:first-child",),
)

V2015 = SiteProfile(
    name="imbc",
    version="2015",
    hosts=("imnews.imbc.com",),
    markers=(('id="DivPrint"', "view-con", "article-time-date"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 19),
    press="MBC",
    title=("#content .view-title", "meta[property='og:title']@content"),
    body=("#DivPrint .view-con",),
    drop=("script", "style"),
    published=("#DivPrint .article-time-date",),
    byline=("#DivPrint .reporter",),
)

PROFILES = [CURRENT, V2019, V2015]
