"""매일경제 (www.mk.co.kr): the article page served since 2022 (``/news/<section>/<id>``).

The header holds the section (``span.cate``), the headline (``h2.news_ttl``), one ``dl.author``
per reporter (``dt.name`` "X 기자" + ``dd.email``) and the 입력/수정 times; the body is
``div.news_cnt_detail_wrap[itemprop=articleBody]``, which opens with the subtitle lines
(``div.mid_title``) and holds ``<p refid>`` paragraphs, ``div.border_org`` subheadings and
``div.thumb_area`` figures (caption in ``span.thum_figure_txt``). Print-edition stories put
bare text runs separated by ``<br><br>`` in the same container. Other layouts seen on the site
use a ``div.article_body[itemprop=articleBody]`` body, ``p.summary_line`` subtitle lines,
``div.image`` figures captioned by ``p.caption``, ``div.ad_wrap`` ads and an ``li.author`` byline.
"""
from datetime import date

from .base import SiteProfile

CURRENT = SiteProfile(
    name="mk",
    hosts=("www.mk.co.kr", "m.mk.co.kr"),
    markers=('class="news_cnt_detail_wrap"',),
    press="매일경제",
    title=("div.news_detail_head_group h2.news_ttl", "h2.news_ttl", "meta[property='taboola:title']@content"),
    subtitle=("div.news_cnt_detail_wrap div.mid_title .midtitle_text", "div.mid_title .midtitle_text",
              "[itemprop='articleBody'] p.summary_line"),
    body=("div.news_cnt_detail_wrap[itemprop='articleBody']", "div.news_cnt_detail_wrap",
          "div[itemprop='articleBody']"),
    drop=("div.mid_title", "p.summary_line", "div.thumb_area", "div.image", "#refTotal", ".ad_contents", ".ad_wrap",
          "button", ".is_blind"),
    published=("div.time_area dl.registration:nth-of-type(1) dd", "meta[property='article:published_time']@content"),
    updated=("div.time_area dl.registration:nth-of-type(2) dd",),
    byline=("div.news_detail_head_group dl.author", "dl.author", "li.author"),
    section=("div.news_detail_head_group span.cate", "span.cate"),
    caption=("figcaption .thum_figure_txt", "figcaption", "p.caption"),
    valid_from=date(2022, 1, 1),
)

# news.mk.co.kr until 2022 (``newsRead.php?no=…``, EUC-KR pages): headline and subtitle in
# ``#top_header``, byline and times in ``div.news_title_author`` (``li.author``, ``li.lasttime``
# "입력 : 2019.12.30 17:38:56", ``li.lasttime1`` "수정 : …"), text in ``div#article_body``.
# The press is left to the page: MK's sister sites used the same template.
V2019 = SiteProfile(
    name="mk",
    version="2019",
    hosts=("news.mk.co.kr", "www.mk.co.kr", "m.mk.co.kr"),
    markers=('class="news_title_author"',),
    title=("#top_header h1", ".news_title_text h1"),
    subtitle=("#top_header h2", ".news_title_text h2"),
    body=("div#article_body", ".art_txt"),
    drop=(".ad_wrap", ".ad_boxm", "button"),
    published=("div.news_title_author li.lasttime",),
    updated=("div.news_title_author li.lasttime1",),
    byline=("div.news_title_author li.author",),
    valid_until=date(2022, 12, 31),
)

PROFILES = [CURRENT, V2019]
