"""Daum News (v.daum.net): the portal's copy of an article from a partner press."""
from .base import SiteProfile

CURRENT = SiteProfile(
    name="daum",
    hosts=("v.daum.net", "news.v.daum.net", "m.news.daum.net"),
    markers=("dmcf-ptype", 'data-tiara-layer="article_body"'),
    portal="daum",
    title=("h3.tit_view", "meta[property='og:title']@content"),
    body=("div.article_view section", "div.article_view"),
    drop=("div.video_frm", "[dmcf-ptype='kakaotv']", "div.layer_body", ".link_related"),
    published=("meta[property='og:regDate']@content",),
    date_line=(".info_view",),
    byline=(".info_view .txt_info:not(:has(.num_date))",),
    section=("section.inner-main > h2.screen_out", "meta[property='article:section']@content"),
    press_name=("meta[property='og:article:author']@content", ".info_cp .thumb_g@alt"),
    copyright=("p[data-translation='true']", ".article_view + p", ".txt_copyright"),
    caption=("figcaption", ".txt_caption"),
)

PROFILES = [CURRENT]
