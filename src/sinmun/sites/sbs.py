"""SBS News (news.sbs.co.kr)."""
from .base import SiteProfile

CURRENT = SiteProfile(
    name="sbs",
    hosts=("news.sbs.co.kr", "sbs.co.kr"),
    markers=(('id="news-title"', 'class="w_article_title"'),),
    press="SBS",
    title=("h1#news-title", "meta[property='og:title']@content"),
    body=("div.text_area[itemprop='articleBody']", "div.main_text .text_area", "div.text_area"),
    lead_images=("div.w_article_mainimg",),
    drop=("button", ".b_expand", ".article_image"),
    published=("meta[itemprop='datePublished']@content", "span.date span"),
    updated=("meta[property='article:modified_time']@content",),
    byline=("a.name[rel='author']", ".w_article_writer .name"),
    reporter_email=("a.email_v2[href^='mailto:']@href", "span[itemprop='email']@content"),
    section=("meta[property='article:section']@content",),
    copyright=(".copyright_area2 p.copy", ".copyright_area p.copy"),
)

PROFILES = [CURRENT]
