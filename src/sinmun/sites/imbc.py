"""MBC News (imnews.imbc.com), including iMBC 연예 items served there."""
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

PROFILES = [CURRENT]
