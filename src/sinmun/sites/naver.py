"""Naver News (n.news.naver.com, and news.naver.com in its 2020 layout).

``CURRENT`` is the ``media_end`` layout (headline ``h2.media_end_head_headline``/``#title_area``, story
``#dic_area``) that the mobile site ``m.news.naver.com`` served first and ``n.news.naver.com`` serves on
every device; an ``m.news.naver.com`` page in it is read by this profile (``tests/fixtures/naver-mobile``).
Its start is left open (the mobile site had it before the PC site); ``V2020``, the PC page of
``news.naver.com/main/read.nhn`` (``#articleTitle``, ``#articleBodyContents``, EUC-KR), was served until 2021.
Portal sub-sites with their own layouts: :mod:`.naver_entertain`, :mod:`.naver_sports`.
"""
from datetime import date

from .base import SiteProfile

CURRENT = SiteProfile(
    name="naver",
    hosts=("n.news.naver.com", "news.naver.com", "m.news.naver.com"),
    markers=('id="dic_area"', "media_end_head_headline"),
    portal="naver",
    title=("#title_area", "h2.media_end_head_headline"),
    body=("#dic_area", "#newsct_article"),
    drop=(".vod_player_wrap", "._VIDEO_AREA_WRAP", ".media_end_summary", ".artical-btm", ".byline", ".end_photo_org",
          ".nbd_table", "span.end_photo_org", "div.ab_photo"),
    subtitle=(".media_end_summary",),
    published=(".media_end_head_info_datestamp_time._ARTICLE_DATE_TIME@data-date-time",
               "span[data-date-time]@data-date-time"),
    updated=("._ARTICLE_MODIFY_DATE_TIME@data-modify-date-time",),
    byline=(".byline_s", ".media_end_head_journalist_name", ".journalistcard_summary_name"),
    section=(".media_end_categorize_item",),
    press_name=(".media_end_head_top_logo img@alt", "meta[name='twitter:creator']@content",
                "meta[property='og:article:author']@content"),
    copyright=(".c_text", ".copyright"),
    caption=("em.img_desc", ".img_desc"),
)

# The layout news.naver.com served until 2021 (read.nhn URLs, EUC-KR pages).
V2020 = SiteProfile(
    name="naver",
    version="2020",
    hosts=("news.naver.com", "m.news.naver.com"),
    markers=(('id="articleBodyContents"', 'id="articleTitle"'),),
    portal="naver",
    title=("#articleTitle",),
    body=("#articleBodyContents",),
    drop=(".end_photo_org", "span.end_photo_org", ".vod_area", "a.link_news", ".link_news"),
    date_line=(".sponsor",),
    byline=(".byline", ".journalistcard_summary_name"),
    section=(".guide_categorization_item",),
    press_name=(".press_logo img@alt", "meta[name='twitter:creator']@content",
                "meta[property='og:article:author']@content"),
    copyright=(".copyright",),
    caption=("em.img_desc",),
    valid_until=date(2021, 12, 31),
)

PROFILES = [CURRENT, V2020]
