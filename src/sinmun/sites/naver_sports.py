"""Naver Sports (스포츠): a partner outlet's story as the portal's sports section shows it.

Two layouts, told apart by markup:

- ``NEWSEND`` — ``m.sports.naver.com/<sport>/article/<oid>/<aid>``: the script-built "news end" page it
  shares with entertainment (:func:`.naver_entertain.newsend_profile`: ``h2.NewsEndMain_article_title…``
  headline, story in ``#comp_news_article div._article_content``).
- ``V2018`` — ``sports.news.naver.com/news.nhn?oid=…&aid=…`` (later ``/news?oid=…``): in
  ``#content div.news_headline`` the headline ``h4.title``, a line ``div.info`` with the times
  (``기사입력 2018.08.23 오후 06:36``, then ``최종수정 …``) and the outlet's logo ``span#pressLogo img``
  whose ``alt`` is its name; the story in ``div#newsEndContents``, which also holds the source line
  (``p.source``, 기사제공 …), the reporter box, the copyright and promotions. Public crawler projects read
  this layout from 2018 to at least late 2021; the switch-over day is not known, so the ranges are left
  open and the markup decides.

The press is the original outlet (the logo's name), never 네이버 스포츠; ``portal`` is ``naver``. Where the
knowledge came from: the selectors public Naver crawler projects (Python scrapy/BeautifulSoup and R rvest
scrapers on GitHub) use for these pages; no page of theirs was copied.
"""
from .base import SiteProfile
from .naver_entertain import newsend_profile

NEWSEND = newsend_profile("naver-sports", ("m.sports.naver.com", "sports.naver.com", "sports.news.naver.com"))

V2018 = SiteProfile(
    name="naver-sports",
    version="2018",
    hosts=("sports.news.naver.com", "m.sports.naver.com", "sports.naver.com"),
    markers=(('id="newsEndContents"', 'class="news_headline"'),),
    portal="naver",
    title=("div.news_headline h4.title", "h4.title"),
    body=("div#newsEndContents",),
    drop=("p.source", ".news_end_btn", ".reporter_area", ".copyright", ".promotion", ".end_photo_org",
          "span.end_photo_org", ".vod_area"),
    date_line=("div.news_headline div.info",),
    byline=(".reporter_area .reporter", ".byline"),
    press_name=("div.news_headline span#pressLogo img@alt", "span#pressLogo img@alt",
                "meta[name='twitter:creator']@content"),
    copyright=("#newsEndContents .copyright", ".copyright"),
    caption=("em.img_desc", ".img_desc"),
)

PROFILES = [NEWSEND, V2018]
