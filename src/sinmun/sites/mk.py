"""매일경제 (www.mk.co.kr): the article page served since 2022 (``/news/<section>/<id>``).

The header holds the section (``span.cate``), the headline (``h2.news_ttl``), one ``dl.author``
per reporter (``dt.name`` "X 기자" + ``dd.email``) and the 입력/수정 times; the body is
``div.news_cnt_detail_wrap[itemprop=articleBody]``, which opens with the subtitle lines
(``div.mid_title``) and holds ``<p refid>`` paragraphs, ``div.border_org`` subheadings and
``div.thumb_area`` figures (caption in ``span.thum_figure_txt``). Print-edition stories put
bare text runs separated by ``<br><br>`` in the same container.
"""
from .base import SiteProfile

CURRENT = SiteProfile(
    name="mk",
    hosts=("www.mk.co.kr", "m.mk.co.kr"),
    markers=('class="news_cnt_detail_wrap"',),
    press="매일경제",
    title=("div.news_detail_head_group h2.news_ttl", "h2.news_ttl", "meta[property='taboola:title']@content"),
    subtitle=("div.news_cnt_detail_wrap div.mid_title .midtitle_text", "div.mid_title .midtitle_text"),
    body=("div.news_cnt_detail_wrap[itemprop='articleBody']", "div.news_cnt_detail_wrap"),
    drop=("div.mid_title", "div.thumb_area", "#refTotal", ".ad_contents", "button", ".is_blind"),
    published=("div.time_area dl.registration:nth-of-type(1) dd", "meta[property='article:published_time']@content"),
    updated=("div.time_area dl.registration:nth-of-type(2) dd", "meta[property='article:modified']@content"),
    byline=("div.news_detail_head_group dl.author", "dl.author"),
    section=("div.news_detail_head_group span.cate", "span.cate"),
    caption=("figcaption .thum_figure_txt", "figcaption"),
)

PROFILES = [CURRENT]
