"""Is this page one news article, or a home page, list, search result, tag, reporter or gallery page?

The verdict is a small scored rule set over structural signals, never a list of sites:

- the URL's shape: the site root, ``/search`` or ``?query=``, list words (``/list``, ``/section/``,
  ``/tag/``, ``/reporter/``, ``/gallery``), a path or query that is only a date; against them, an
  article id (a long number, a long slug or token) in the last path segments or the query;
- what the page declares: ``og:type`` ``website`` against ``article``, a JSON-LD list type
  (``CollectionPage``, ``ItemList``, ``SearchResultsPage``) against an article type;
- whether a publication time was found (a day the page writes only as its outlet's registration or founding
  date in the colophon, ``등록일자``, is none);
- the headline: none (a page label such as ``댓글``), a reporter's name (``홍길동 기자``), or a link to
  another story of the site (a section front's top teaser taken for the story); a sign-in form beside
  little text; sign-in, subscription, comment and error addresses, front-page scripts;
- the text: a body made of headline links (alone, or several run together in one line, as ``span`` teasers reach
  the body reader), of short lines, or small next to the headline teasers
  that repeat in sibling blocks of one kind (``li`` / ``div.item`` each holding a link and a line,
  ``dt`` headlines with their ``dd`` leads), or made of links to the site's stories each with the line
  under it; against them, paragraphs of prose (long lines that end a sentence and are neither a
  headline, a teaser's line nor the line under a headline link), so that a story beside a sidebar or a
  related-articles block many times its length is still a story;
- a body that is the text of one link to another story (a card list whose links wrap each card's
  headline, whole text and date: the body reader took one card for the story).

A short story under its unlinked, dated headline, which the page's ``<title>`` names, beside a teaser list
many times its length is a story even when the body's measures weighed the list (the body reader may have
taken the list for the story); a section front whose top story looks the same names its section in its title.

A home path with a query naming one item by a short number (``/?p=2895``, ``index.php?newsID=111``)
is a post, not the home page.

Each signal carries a weight (positive: a list, negative: an article) and a reason; a page whose
score reaches :data:`NOT_ARTICLE_SCORE` is not an article, and its reason names the signals that
said so. Too little body text is the first rule, as before; a short body (a breaking-news line,
a photo and its caption, a ``[포토]`` headline over its photo) is still an article when the page strongly
says it is one (without a URL, ``og:type`` article and a publication time are enough).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Article
from ..sites.base import SiteProfile
from .bylines import is_photographer_caption
from .parse import Page

#: a photo article's headline (``[포토] …``, ``[사진] …``, ``[화보] …``): its photo is the story, caption or not
_PHOTO_HEADLINE = re.compile(r"\s*[\[(【<]\s*(?:포토|사진|화보|포토뉴스|PHOTO|Photo|이 한 장의 사진)\s*[\])】>]")
MIN_ARTICLE_CHARS = 80
MIN_PROFILE_ARTICLE_CHARS = 20
#: the least body text of a page that strongly says it is an article (a one-line breaking news item)
MIN_DECLARED_ARTICLE_CHARS = 20
NOT_ARTICLE_SCORE = 3.0
#: the site's root says home page more strongly than any one measure of the text says story: a home page
#: that shows its latest posts in full is still a home page
HOME_URL_WEIGHT = 4.0
#: a score at or below this is strong evidence of an article (a short body is then enough)
STRONG_ARTICLE_SCORE = -3.0
HEADLINE_MIN, HEADLINE_MAX = 10, 120
MAX_ANCHORS = 5000
MAX_PARAGRAPHS = 400
TEASER_GROUP = 5          # sibling blocks of one kind, each with a headline link, that make a teaser list
TEASER_MAX_CHARS = 600    # the longest teaser block: a headline, a lead of a few sentences, a date
MAX_LISTED_POST_CHARS = 3000  # the longest excerpt of a post in a list of sibling <article> elements
TEASER_TRAIL = 3          # elements after a teaser block that may hold its lead and date (``dt`` + ``dd`` ``dd``)
TEASER_CLIMB = 5          # how many ancestors of a headline link may be its teaser block

_LIST_WORDS = {"list", "lists", "section", "sections", "category", "categories", "tag", "tags", "topic",
               "topics", "reporter", "reporters", "author", "authors", "journalist", "journalists", "byline",
               "writer", "writers", "gallery", "galleries", "photos", "series", "archive", "archives", "newslist",
               "articlelist", "subsection", "keyword", "keywords", "people", "ranking", "popular", "latest",
               "breakingnews", "newest", "all", "hashtag"}
#: list words that name a list only as the path's last segment (``/national/articles``; ``/articles/a-slug`` is one)
_LAST_LIST_WORDS = {"articles", "stories", "posts"}
#: a front page's script (``/main/main.naver``, ``/news/home.php``)
_FRONT_PAGE = re.compile(r"(?:main|home)(?:\.[a-z]{2,6})?", re.I)
#: list words whose next segment names the list (``/reporter/12345``, ``/tag/반도체``), not an article
_ARGUMENT_WORDS = {"section", "sections", "category", "categories", "tag", "tags", "topic", "topics", "reporter",
                   "reporters", "author", "authors", "journalist", "journalists", "byline", "writer", "writers",
                   "series", "keyword", "keywords", "people", "hashtag"}
_PERSON_WORDS = {"reporter", "reporters", "author", "authors", "journalist", "journalists", "byline", "writer",
                 "writers", "people"}
_LIST_KEYS = {"tag", "hashtag", "reporter", "reporter_id", "author", "journalist", "writer"}
#: path words of pages that hold no story: sign-in, membership and subscription walls
_ACCOUNT_WORDS = {"login", "logout", "signin", "sign-in", "signup", "sign-up", "member", "members", "membership",
                  "join", "register", "subscribe", "subscription", "paywall", "account", "mypage"}
#: the last path word of a site's own policy pages that hold no story (its privacy policy, terms of use, e-mail and
#: youth policies: ``/policy/privacy.html``, ``/terms``), in a URL that names no article. Words a story's slug may be
#: (``/news/contact``, ``/about``) are not among them.
_SITE_PAGE_WORDS = {"privacy", "privacypolicy", "privacy-policy", "privacy_policy", "terms", "terms-of-use",
                    "terms_of_use", "terms-of-service", "terms_of_service", "tos", "agreement", "policy", "policies",
                    "sitemap", "youthpolicy", "youth_policy", "copyright-policy", "copyright_policy", "emailpolicy",
                    "email_policy", "disclaimer"}
#: path words of a story's comment pages (``/comment/list.html?idxno=123``: the article id only in the query)
_COMMENT_WORDS = {"comment", "comments", "reply", "replies", "cmt"}
#: path words of a site's error page (a story that was removed, a mistyped address)
_ERROR_WORDS = {"error", "errors", "404", "notfound", "not-found", "not_found", "errorpage", "error404"}
#: query keys that track a visit and name nothing on the page (``?NaPm=...``, ``?utm_source=``, ``?fbclid=``)
_TRACKING_KEY = re.compile(r"utm_\w+|napm|fbclid|gclid|dclid|mc_[ce]id|ref|referer|referrer|nclick|returnurl|return_url"
                           r"|redirect|redirect_url|rurl", re.I)
#: a path segment made of list words only (``section_list_all.html``, ``photo-list``)
_LIST_PART = re.compile(r"[_.-]")
_SEARCH_WORDS = {"search", "find", "searchresult", "searchresults"}
_SEARCH_KEYS = {"query", "q", "keyword", "kw", "kwd", "sc_word", "searchword", "search", "sword", "search_text",
                "searchtext", "searchkeyword", "stext", "term", "terms"}
_HOME_PATHS = {"", "index", "main", "home", "default", "news", "index.html", "index.htm", "index.php",
               "main.html", "main.php", "default.aspx", "index.asp", "index.jsp", "m", "mobile"}
_DATE_SEGMENT = re.compile(r"(?:19|20)\d\d(?:[-_.]?(?:0[1-9]|1[0-2])(?:[-_.]?(?:0[1-9]|[12]\d|3[01]))?)?")
_PAGE_KEYS = re.compile(r"page|pg|sid|sec|section|cat|category|code|mode|type|date|day|size|sort|limit|offset",
                        re.I)
_PAGING_KEY = re.compile(r"page|pg|offset|limit|size", re.I)
_LONG_NUMBER = re.compile(r"\d{5,}")
#: query keys that name one item (``?p=2895``, ``newsID=111``, ``wr_id=12``, ``tt_news=477``, ``no=31``,
#: ``document_srl=4521``, ``number=12``, ``ncd=1234``, ``sn=12``)
_ITEM_KEY = re.compile(r"(?:^|[_\[\]-])(?:p|id|no|idx|idxno|seq|num|number|nid|aid|ncd|sn|news|post|article|srl)\]?$"
                       r"|[a-z](?:id|no|idx|seq|srl)$", re.I)
#: query keys that page or pick a list (``pageNo``, ``sid1``, ``cat_id``, ``sec_no``), whole words of the key
_LIST_PARAM = re.compile(r"(?:^|_)(?:page|pg|sid|sec|section|cat|category|code|mode|type|date|day|size|sort|limit|"
                         r"offset|menu|board|bbs|list|tab)(?:_?(?:id|no|num|number|idx|code|seq))?\d*$", re.I)
#: a path segment that names an article viewer (``NewsView``, ``articleView``, ``view``), and the code after it
_VIEW_SCRIPT = re.compile(r"(?:^|[a-z_-])view$", re.I)
_VIEW_CODE = re.compile(r"(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,}")
_SHORT_NUMBER = re.compile(r"\d{1,4}")
#: a query that is a bare article number, with no key (``/articles/?3265041``)
_BARE_ID = re.compile(r"\d{5,}")
#: a path segment that names a list's item by a code (``001``, ``12345``, ``S1N2``)
_CODE = re.compile(r"[A-Za-z0-9_]{1,12}")
_TOKEN_ID = re.compile(r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{12,}")
_LIST_NAME = re.compile(r"(?:^|[_-])(?:list|lists)(?:$|[_.-])|list\.[a-z]{2,5}$|[a-z]List(?:$|\.)")
_DATE_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/?$")
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_LD_LIST = re.compile(r'"@type"\s*:\s*"(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)"')
_LD_ARTICLE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|'
                         r'BlogPosting|LiveBlogPosting|OpinionNewsArticle|ReviewNewsArticle)"')
_SPACE = re.compile(r"\s+")


def _one_spaced(text: str) -> str:
    """``text`` with each run of white space one space, none at its ends (what ``\\s+`` to " " and a strip give)."""
    return " ".join(text.split())


def _spaceless(text: str) -> str:
    """``text`` without its white space (``str.split`` and ``\\s`` take the same characters)."""
    return "".join(text.split())


#: a date or time as teasers show them: 2024.03.05, 03-05 09:00, 5 March 2024, March 5, 2024, 3시간 전, 3월 5일
_TEASER_DATE = re.compile(r"(?:19|20)\d\d\s?[./-]\s?\d{1,2}|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b|\b\d{1,2}:\d\d\b"
                          r"|\b\d{1,2}\.? [A-Z][a-zä]+\.? (?:19|20)\d\d|\b[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d"
                          r"|\d+\s?(?:분|시간|일)\s?전|\d{1,2}월\s?\d{1,2}일|(?:19|20)\d\d년"
                          r"|\b\d+ (?:minutes?|hours?|days?) ago")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)\]]*\s*$")
#: the least length of a paragraph of prose
PROSE_MIN = 50
#: a body with this much prose in this many paragraphs is a story, whatever teaser lists the page holds
#: beside it (a related-articles block, a sidebar, a menu): the weaker and the stronger measure
PROSE_SOME = (3, 250)
PROSE_LONG = (5, 500)
#: a paragraph that is this many headline links or more, run together, covering this share of its text, is a
#: list's line (teasers set side by side in ``span`` elements, which the body reader joins into one paragraph)
LINK_RUN_LEAST = 2
LINK_RUN_SHARE = 0.8
#: the fewest story headline links in a body that is headlines with their leads
STORY_LINKS_LEAST = 3
#: a line shorter than this is a label, a date or a heading (``경제``, ``2025.11.20``), never a sentence of a story
SHORT_LINE = 25
#: a body this much of which is the text of one link to another story is that link's teaser card (of links
#: to other stories, a home's lead and teasers whose links wrap their leads); its weight outweighs what the
#: page declares (og:type article, a date): a card list declares what its site does
LINKED_BODY_SHARE = 0.8
#: the fewest characters (spaces left out) of a body paragraph looked for inside any link to another story
LINKED_PARAGRAPH_LEAST = 8
LINKED_BODY_WEIGHT = 4.0


@dataclass(frozen=True)
class Signal:
    """One observation about the page: a positive weight says list, a negative one says article."""

    weight: float
    reason: str


def judge_page(page: Page, article: Article, profile: SiteProfile | None,
               url: str | None) -> tuple[bool, str | None]:
    """Whether ``article`` (read from ``page``) is one news article; when not, the reason.

    ``url`` is the page's URL (or its canonical URL), None when unknown.
    """
    declared = url_signals(url) + declared_signals(page)
    declared.append(publication_signal(page, article, doubted=any(s.weight > 0 for s in declared)))
    chars = sum(len(p) for p in article.body_paragraphs)
    minimum = MIN_PROFILE_ARTICLE_CHARS if profile and article.title else MIN_ARTICLE_CHARS
    # with no URL to weigh, what the page declares (og:type article, a publication time) is the strong word
    strong = STRONG_ARTICLE_SCORE + (0.0 if url else 1.0)
    if chars < minimum and not _declared_short_article(article, chars, declared + byline_signals(article), strong):
        return False, f"{chars} characters of body text"
    declared += headline_signals(page, article, url, chars)
    if sum(s.weight for s in declared) <= STRONG_ARTICLE_SCORE:
        return True, None  # an article URL that the page's declarations confirm: its text is not weighed
    return _weigh_text(page, article, declared)


#: the labels of a Korean outlet's colophon dates (its registration, founding and first issue: 등록일자, 창간), which
#: every page of the site carries in its footer
_REGISTRATION_LABEL = re.compile(r"(?:등록일자|등록일|등록|창간일?|발행일자|최초\s?발행일?)\s*[:：]?\s*$")
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


def publication_signal(page: Page, article: Article, *, doubted: bool = True) -> Signal:
    """A publication time says story, unless the page writes that day only as its outlet's registration or
    founding date in the colophon (a home page's only date; the day is not a story's). That test reads the
    body's whole text, so it runs only when the page is ``doubted`` (its URL or declarations already say list)."""
    if not article.published:
        return Signal(1.0, "no publication time")
    if doubted and _only_a_registration_date(page, article.published):
        return Signal(1.0, "no publication time (the only date is the outlet's registration date)")
    return Signal(-1.0, "a publication time")


def _only_a_registration_date(page: Page, published: str) -> bool:
    """Whether every place the page's text writes the ``published`` day follows a colophon's registration label."""
    day = _ISO_DAY.match(published)
    body = page.tree.body
    if day is None or body is None:
        return False
    year, month, date = day.groups()
    if not _label_before_year(page.html, year):
        return False  # no label with the year after it anywhere in the markup: the text cannot have one either
    written = re.compile(rf"{year}\s?[./년-]\s?0?{int(month)}\s?[./월-]\s?0?{int(date)}(?!\d)")
    text = _SPACE.sub(" ", body.text(separator=" "))
    found = [m.start() for m in written.finditer(text)]
    return bool(found) and all(_colophon_date(text, at) for at in found)


#: what a colophon writes beside its registration date (a board post's ``등록일 …`` has none of it)
_COLOPHON_WORDS = re.compile(r"등록번호|발행인|편집인|발행처|발행소|제호|청소년\s?보호|사업자")
#: how far from the date such a word may be
_COLOPHON_REACH = 80


def _colophon_date(text: str, at: int) -> bool:
    """The date at ``at`` follows a colophon's label: a founding date's (``창간``), or a registration's or first
    issue's with another colophon entry near it (``등록일 2010.01.01 | 등록번호 가상 아00000``)."""
    label = _REGISTRATION_LABEL.search(text, max(0, at - 12), at)
    if label is None:
        return False
    return label.group().startswith("창간") or bool(
        _COLOPHON_WORDS.search(text, max(0, at - _COLOPHON_REACH), at + _COLOPHON_REACH))


#: the words every :data:`_REGISTRATION_LABEL` holds, and how far after one (in markup) its date may be written
_REGISTRATION_WORDS = ("등록", "창간", "발행")
_LABEL_REACH = 1000


def _label_before_year(html: str, year: str) -> bool:
    """Whether the markup has a registration word with ``year`` written within :data:`_LABEL_REACH` characters
    after it: a few substring searches, where the full test reads the whole body's text."""
    for word in _REGISTRATION_WORDS:
        at = html.find(word)
        while at != -1:
            if html.find(year, at, at + _LABEL_REACH) != -1:
                return True
            at = html.find(word, at + len(word))
    return False


def _weigh_text(page: Page, article: Article, declared: list[Signal]) -> tuple[bool, str | None]:
    """The verdict once the text's signals are added to what the page declares."""
    signals = declared + text_signals(page, article)
    score = sum(s.weight for s in signals)
    if score < NOT_ARTICLE_SCORE:
        return True, None
    if sum(s.weight for s in declared) <= STORY_BESIDE_LIST_SCORE and _story_under_headline(page, article):
        return True, None  # a story under its headline, beside a bigger list: the body's measures weighed the list
    said = sorted((s for s in signals if s.weight > 0), key=lambda s: -s.weight)
    return False, "; ".join(s.reason for s in said) + f" (score {score:g})"


#: what the page declares (its URL, og:type or JSON-LD, a publication time, its headline) must say article
#: at least this strongly for a story under its headline to outweigh a body that is a list
STORY_BESIDE_LIST_SCORE = -2.0
#: the fewest sentences, and characters, of the story under a headline
STORY_SENTENCES_LEAST = 2
#: how many ancestors of the headline are searched for the story text that follows it
STORY_CLIMB = 3
_SENTENCE_STOP = re.compile(r"[.!?。](?=[\"'”’)\]]*(?:\s|$))")


def _story_under_headline(page: Page, article: Article) -> bool:
    """Whether the page's unlinked headline, which its ``<title>`` names, is followed by a date and sentences
    of prose before any headline link: a short story whose text weighs less than a teaser list beside it
    (which the body reader may have taken for the story)."""
    title = _TITLE_SEPARATOR.split(_one_spaced(article.title or ""), 1)[0]
    if len(title) < HEADLINE_LEAST or _headline_link(page, title)[0] is not None or not _page_titled(page, title):
        return False
    heading = next((h for h in page.tree.css("h1, h2, h3") if _one_spaced(h.text(separator=" ")) == title),
                   None)
    if heading is None:
        return False
    story = _text_before_links(heading)  # a story carries its date (a topic page's intro carries none)
    return len(story) >= PROSE_MIN and len(_SENTENCE_STOP.findall(story)) >= STORY_SENTENCES_LEAST and (
        _TEASER_DATE.search(story) is not None)


def _page_titled(page: Page, headline: str) -> bool:
    """Whether the page's ``<title>`` or ``og:title`` names the headline (a section front's names its section)."""
    node = page.tree.css_first("title")
    titles = [node.text()] if node is not None else []
    titles += [m.get("content") or "" for m in page.meta_attributes if m.get("property") == "og:title"]
    return any(headline in _SPACE.sub(" ", t) for t in titles)


def _text_before_links(heading: LexborNode) -> str:
    """The text of the elements after ``heading`` (after it, then after each of its ancestors up to
    :data:`STORY_CLIMB`), up to the first that holds a headline-sized link."""
    texts: list[str] = []
    node: LexborNode | None = heading
    for _ in range(STORY_CLIMB):
        if node is None or node.tag in ("body", "html"):
            break
        sibling = node.next
        while sibling is not None:
            if sibling.tag != "-text" and any(HEADLINE_MIN <= len(a.text(strip=True)) for a in sibling.css("a[href]")):
                return " ".join(texts)
            texts.append(sibling.text(separator=" ", strip=True))
            sibling = sibling.next
        node = node.parent
    return " ".join(texts)


def byline_signals(article: Article) -> list[Signal]:
    """A reporter the story names: with an item's URL and a publication time, what tells a short story (three
    sentences of a brief) from a page's stray text; on a photo story, the photographer its caption credits. Weighed
    for short texts only: a list's teasers name reporters too."""
    if article.reporters:
        return [Signal(-1.0, "a reporter's byline")]
    if any(image.caption and is_photographer_caption(image.caption) for image in article.images):
        return [Signal(-1.0, "a photographer's credit under the photo")]  # a photo story's byline
    return []


def _declared_short_article(article: Article, chars: int, declared: list[Signal], strong: float) -> bool:
    """A breaking-news line or a photo with its caption, on a page whose URL and declarations
    strongly say it is an article (the text's own signals do not count: a short text is the point)."""
    if sum(s.weight for s in declared) > strong or not article.title:
        return False
    return (chars >= MIN_DECLARED_ARTICLE_CHARS or any(i.caption for i in article.images)
            or bool(article.images) and _PHOTO_HEADLINE.match(article.title) is not None)


# ----------------------------------------------------------------- the headline and the page's forms
#: the fewest characters of a story's headline (a title shorter than this is a page label: 댓글, 로그인)
HEADLINE_LEAST = 5
#: a reporter's page names the reporter where a story has its headline (``홍길동 기자``, ``김철수 특파원의 기사``)
_REPORTER_HEADLINE = re.compile(r"[가-힣]{2,4}\s?(?:기자|특파원|선임기자|객원기자|논설위원|전문기자|칼럼니스트|앵커)"
                                r"(?:\s?(?:의 기사|의 뉴스|페이지|프로필|기사 ?목록))?")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|·:]|::)\s+")
#: a page with a password field and less body text than this is a sign-in or subscription wall
SIGN_IN_MAX_CHARS = 600


#: the headline of one of the outlet's own pages, which no story has: who it is, its codes and policies, how to
#: reach it, advertise or subscribe (``회사소개``, ``윤리강령``, ``찾아오시는 길``, ``이용약관``)
_SITE_PAGE_TITLE = re.compile(
    r"(?:회사\s?소개|(?:발행인\s?|대표\s?)?인사말|윤리\s?강령|편집\s?규약|(?:찾아\s?)?오시는\s?길|광고\s?(?:안내|문의)|"
    r"제휴\s?문의|구독\s?(?:신청|안내)|개인\s?정보\s?(?:처리|취급)\s?방침|이용\s?약관|청소년\s?보호\s?정책|저작권\s?정책|"
    r"고충\s?처리인?|조직도|(?:회사\s?)?연혁|이메일\s?무단\s?수집\s?거부|about\s+us|contact\s+us|privacy\s+policy|"
    r"terms\s+of\s+(?:use|service))", re.I)
#: such a headline outweighs a page's prose, as the URL of a policy page does
SITE_PAGE_WEIGHT = 4.0


def headline_signals(page: Page, article: Article, url: str | None, chars: int) -> list[Signal]:
    """A headline that links to another page (a list's top teaser), no headline at all, a sign-in form."""
    signals = []
    # a title that kept the site's name (``홍길동 기자 - 가상뉴스``, ``전국 | 가상뉴스``) is weighed by its first part
    title = _TITLE_SEPARATOR.split(_one_spaced(article.title or ""), 1)[0]
    # a page with little text is looked at for a sign-in form: one walk of the tree finds it and the headings
    headings, password = _headings_and_password(page) if chars < SIGN_IN_MAX_CHARS else (None, False)
    if _SITE_PAGE_TITLE.fullmatch(title):
        signals.append(Signal(SITE_PAGE_WEIGHT, "the headline names one of the site's own pages (회사소개, 이용약관)"))
    elif len(title) < HEADLINE_LEAST:
        signals.append(Signal(1.0, "no headline"))
        if _first_heading_links_a_story(page, url):  # a story's comment or photo page under its headline
            signals.append(Signal(2.0, "the page's first heading links to a story"))
    elif _REPORTER_HEADLINE.fullmatch(title):
        signals.append(Signal(3.0, "the headline is a reporter's name"))
    else:
        heading, target = _headline_link(page, title, headings)
        own = _own_addresses(page, url)
        if heading is not None and _address(target) not in own and _links_a_story(target, url):
            # a linked headline over the whole body in one block is a teaser, whatever the page's address
            weight = 3.0 if own or _holds_body(heading, article) else 2.0
            signals.append(Signal(weight, "the headline links to another page"))
    return signals + _sign_in_and_lone_paragraph(article, title, password)


def _sign_in_and_lone_paragraph(article: Article, title: str, password: bool) -> list[Signal]:
    """A sign-in form (``password``: the page of little text has a password field); one paragraph with no
    date or byline under a headline (a list's intro or a teaser; a bare text page with no headline is not
    weighed so)."""
    signals = []
    if password:
        signals.append(Signal(1.0, "a sign-in form and little text"))
    if len(title) >= HEADLINE_LEAST and len(article.body_paragraphs) == 1 and not (
            article.published or article.reporters):
        signals.append(Signal(1.0, "one paragraph with no date or byline"))
    return signals


def _first_heading_links_a_story(page: Page, url: str | None) -> bool:
    heading = page.tree.css_first("h1") or page.tree.css_first("h2")
    link = heading.css_first("a[href]") if heading is not None else None
    return link is not None and _links_a_story(link.attrs.get("href") or "", url)


def _links_a_story(href: str, url: str | None) -> bool:
    """The link names an article of the same site (not its home page, not another site's video)."""
    target, own = _split(href), _split(url)
    if target is None or target.netloc and own is not None and own.netloc and target.netloc != own.netloc:
        return False
    return any(s.weight < 0 for s in url_signals(href))


def _holds_body(heading: LexborNode, article: Article) -> bool:
    """Whether the heading's parent holds the whole body text and little more (a teaser block)."""
    parent = heading.parent
    if parent is None or not article.body_paragraphs:
        return False
    text = _spaceless(parent.text(separator=" "))
    body = [_spaceless(p) for p in article.body_paragraphs]
    return all(p in text for p in body) and len(text) <= 1.5 * (sum(map(len, body))
                                                                + len(_spaceless(article.title or "")))


def _headline_link(page: Page, title: str,
                   headings: list[LexborNode] | None = None) -> tuple[LexborNode | None, str]:
    """The heading that holds the headline and the ``href`` of the link on or in it ((None, '') when the
    headline is no link). ``headings``: the page's ``h1`` to ``h4`` elements, when they were listed."""
    heading = _headline_heading(page, title, headings)
    if heading is None:
        return None, ""
    link = heading.css_first("a[href]")
    node = heading.parent
    while link is None and node is not None and node.tag not in ("body", "html"):
        link = node if node.tag == "a" and node.attrs.get("href") else None
        node = node.parent
    if link is None or "bookmark" in (link.attrs.get("rel") or ""):
        return None, ""  # no link, or the permalink a blog's post title carries
    href = (link.attrs.get("href") or "").strip()
    return (heading, href) if href and not href.startswith(("#", "javascript:")) else (None, "")


_HEADINGS = "h1, h2, h3, h4"
_HEADINGS_AND_PASSWORD = "h1, h2, h3, h4, input[type=password]"


def _headings_and_password(page: Page) -> tuple[list[LexborNode], bool]:
    """The page's ``h1`` to ``h4`` elements in document order, and whether it has a password field: one walk
    of the tree for both."""
    found = page.tree.css(_HEADINGS_AND_PASSWORD)
    headings = [node for node in found if node.tag_id != _INPUT_TAG_ID]
    return headings, len(headings) < len(found)


def _headline_heading(page: Page, title: str, headings: list[LexborNode] | None = None) -> LexborNode | None:
    """The page's first ``h1`` to ``h4`` element whose text is ``title`` (among ``headings`` when they were
    listed). Else the first heading is read before all are listed: it is the headline's on half the story
    pages, and finding it stops the walk of the tree there."""
    if headings is not None:
        return next((h for h in headings if _one_spaced(h.text(separator=" ")) == title), None)
    first = page.tree.css_first(_HEADINGS)
    if first is None or _one_spaced(first.text(separator=" ")) == title:
        return first
    return next((h for h in page.tree.css(_HEADINGS)[1:] if _one_spaced(h.text(separator=" ")) == title), None)


def _own_addresses(page: Page, url: str | None) -> set[str]:
    """The page's own addresses as :func:`_address` gives them: its URL, canonical link and ``og:url``."""
    found = {url} if url else set()
    for attrs in page.meta_attributes:
        if attrs.get("property") == "og:url" and attrs.get("content"):
            found.add(attrs.get("content") or "")
    canonical = page.canonical_link  # the first canonical link; when it has no href, the first that has one
    if canonical is not None and "href" not in canonical.attributes:
        canonical = page.tree.css_first("link[rel=canonical][href]")
    if canonical is not None:
        found.add(canonical.attrs.get("href") or "")
    return {_address(a) for a in found if a}


def _address(href: str) -> str:
    """A link's path and query, without a trailing slash (a relative link and an absolute one compare)."""
    parts = _split(href)
    if parts is None:
        return href
    return parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")


# ----------------------------------------------------------------- the URL
def url_signals(url: str | None) -> list[Signal]:
    """What the URL's shape says: home, search, list or date-list page, or an article id."""
    parts = _split(url)
    if parts is None:
        return []
    segments = [unquote(s) for s in parts.path.split("/") if s]
    query = parse_qsl(parts.query, keep_blank_values=True)
    keys = {k.lower() for k, _ in query}
    if _is_search(keys, segments):
        return [Signal(3.0, "the URL is a search")]
    article_id = _article_id_at(segments, query)
    no_story = _no_story_path(segments, article_id)
    if no_story is not None:
        return [no_story]
    dated = _is_dated(parts.path, query)
    item = article_id is None and _names_item(query)
    if _views_one(query, item or article_id == len(segments)):
        return [Signal(-1.0, "the URL views one item (a view action in its query)")]  # one script lists and shows
    home = _home_signal(segments, article_id is None and not item, dated)
    if home is not None:
        return [home]
    signal = _list_or_article(segments, keys, article_id, dated)
    if item and signal.weight <= 1.0 and not keys & _LIST_KEYS:
        return [Signal(-1.0, "the URL names an item (query)")]
    return [signal]


#: a query's action key and the values that show one item, not the list (``list.php?mode=view&no=123``)
_ACTION_KEYS = frozenset(("mode", "act", "action", "cmd", "type", "job", "m"))
_VIEW_ACTIONS = frozenset(("view", "read", "detail", "article", "show"))


def _views_one(query: list[tuple[str, str]], names_one: bool) -> bool:
    return names_one and any(key.lower() in _ACTION_KEYS and value.lower() in _VIEW_ACTIONS for key, value in query)


def _home_signal(segments: list[str], names_nothing: bool, dated: bool) -> Signal | None:
    """The site's home page (``/``, ``/index.html``) or a front page's script (``/main/main.naver``), for
    a URL that names no item."""
    if names_nothing and not dated and _is_home_path(segments):
        return Signal(HOME_URL_WEIGHT, "the URL is a home page")
    if names_nothing and segments and _FRONT_PAGE.fullmatch(segments[-1]):
        return Signal(2.0, "the URL is a front page")
    return None


def _no_story_path(segments: list[str], article_id: int | None) -> Signal | None:
    """A sign-in, subscription or error page, or a story's comment page (its id only in the query)."""
    words = {s.lower().rsplit(".", 1)[0] for s in segments}
    if words & _ACCOUNT_WORDS:
        return Signal(3.0, "the URL is a sign-in or subscription page")
    if words & _ERROR_WORDS:
        return Signal(3.0, "the URL is an error page")
    if words & _COMMENT_WORDS and article_id == len(segments):
        return Signal(2.0, "the URL is a story's comment page")
    last = len(segments) - 1  # the last segment taken for an id is that page's name ("terms-of-service")
    if segments and article_id in (None, last) and segments[last].lower().rsplit(".", 1)[0] in _SITE_PAGE_WORDS:
        # outweighs the prose of a long policy, not a publication time with it (a story filed under such a path)
        return Signal(4.0, "the URL is one of the site's policy pages (privacy, terms)")
    return None


def _is_search(keys: set[str], segments: list[str]) -> bool:
    return bool(keys & _SEARCH_KEYS) or any(s.lower() in _SEARCH_WORDS for s in segments)


def _is_home_path(segments: list[str]) -> bool:
    return not segments or len(segments) == 1 and segments[0].lower() in _HOME_PATHS


def _names_item(query: list[tuple[str, str]]) -> bool:
    """A query parameter that names one item by a short number (``?p=2895``, ``&newsID=111``): a post on
    a home path is no home page. Paging and section keys (``page=2``, ``sid=100``) name none."""
    return any(_SHORT_NUMBER.fullmatch(v) and _ITEM_KEY.search(k) and not _LIST_PARAM.search(k) for k, v in query)


def _split(url: str | None) -> SplitResult | None:
    try:
        return urlsplit(url.strip()) if url else None
    except ValueError:
        return None


def _is_dated(path: str, query: list[tuple[str, str]]) -> bool:
    """The path ends in a date (``/2024/03/05/``, ``/news/20240305/``) or a date parameter names one day."""
    last = path.rstrip("/").rsplit("/", 1)[-1]  # a month or a day, not a bare year (``/1927`` is a post id)
    return _DATE_PATH.search(path) is not None or len(last) >= 6 and _DATE_SEGMENT.fullmatch(last) is not None or any(
        _DATE_SEGMENT.fullmatch(v) for k, v in query if "date" in k.lower())


def _list_or_article(segments: list[str], keys: set[str], article_id: int | None, dated: bool) -> Signal:
    list_at = next((i for i, s in enumerate(segments) if s.lower() in _LIST_WORDS or _LIST_NAME.search(s)), None)
    if list_at is None and segments and segments[-1].lower() in _LAST_LIST_WORDS:
        list_at = len(segments) - 1
    if article_id is not None and not _id_names_list(segments, list_at, article_id):
        return Signal(-2.0, "the URL names an article")
    if list_at is not None:
        return Signal(2.0, f"the URL is a list ({segments[list_at]})")
    if keys & _LIST_KEYS:
        return Signal(2.0, "the URL is a list (query)")
    if dated:
        return Signal(2.0, "the URL is a list of one date")
    if len(segments) <= 2 and all(_PLAIN_WORD.fullmatch(s) for s in segments):
        return Signal(1.0, "the URL names no article")
    return Signal(0.0, "the URL says nothing")


def _id_names_list(segments: list[str], list_at: int | None, article_id: int) -> bool:
    """Whether the id the URL holds names a list, not an article: the id of a reporter, tag or section
    after its list word (``/reporter/12345``, ``/journalist/001/12345``), a path segment made of list words
    (``section_list_all.html``), or a query id on a list script (``articleList.html?total=12345``)."""
    if list_at is None:
        return False
    if article_id == len(segments):  # a list script, or a reporter's page script (``/reporter/view.php?id=``)
        return _LIST_NAME.search(segments[-1]) is not None or (
            list_at >= len(segments) - 2 and segments[list_at].lower() in _PERSON_WORDS)
    if all(part.lower() in _LIST_WORDS for part in _LIST_PART.split(segments[article_id].rsplit(".", 1)[0]) if part):
        return True
    names = segments[list_at].lower() in _ARGUMENT_WORDS or _LIST_NAME.search(segments[list_at]) is not None
    return names and article_id > list_at and all(_CODE.fullmatch(s) for s in segments[list_at + 1:])


def _article_id_at(segments: list[str], query: list[tuple[str, str]]) -> int | None:
    """The index of the path segment that holds an article id (len(segments) for one in the query)."""
    for index in range(len(segments) - 1, max(len(segments) - 4, -1), -1):
        segment = segments[index].rsplit(".", 1)[0] if "." in segments[index] else segments[index]
        if _DATE_SEGMENT.fullmatch(segment):
            continue
        if _LONG_NUMBER.search(segment) and not _DATE_SEGMENT.fullmatch(segment.strip("-_")):
            return index
        if _TOKEN_ID.fullmatch(segment) or segment.count("-") + segment.count("_") >= 2:
            return index
        if _follows_viewer_or_day(segments, index, segment):
            return index
    # an article viewer's query names its article whatever the key (``view.php?code=2024030518000000000``)
    viewer = bool(segments) and _VIEW_SCRIPT.search(segments[-1].rsplit(".", 1)[0]) is not None
    if any(_names_by_id(key, value, viewer) or _is_bare_id(key, value) for key, value in query):
        return len(segments)
    return None


def _is_bare_id(key: str, value: str) -> bool:
    """A query that is an article's number alone, with no key (``/articles/?3265041``): no date."""
    return not value and _BARE_ID.fullmatch(key) is not None and _DATE_SEGMENT.fullmatch(key) is None


def _follows_viewer_or_day(segments: list[str], index: int, segment: str) -> bool:
    """The code an article viewer is given (``/NewsView/2D5ABCDEF1``), or what follows a day's path
    (``/2024/03/05/ABCDEFGH/``: that day's story; ``/2024/03/05/page/2/`` pages the day's list)."""
    if index and _VIEW_SCRIPT.search(segments[index - 1]) and _VIEW_CODE.fullmatch(segment):
        return True
    day = "/" + "/".join(segments[index - 3:index])
    return index >= 3 and segment.lower() != "page" and _DATE_PATH.fullmatch(day) is not None


def _names_by_id(key: str, value: str, viewer: bool = False) -> bool:
    """A query parameter that holds an article id (a long number that is no date, page or section code,
    return address (``?returnUrl=/news/view?id=123``) or a visit's tracking code)."""
    if "/" in value or ":" in value or "=" in value or "|" in value or _TRACKING_KEY.fullmatch(key):
        return False
    return bool(_LONG_NUMBER.search(value)) and not _DATE_SEGMENT.fullmatch(value) and (
        viewer and not _PAGING_KEY.match(key) or not _PAGE_KEYS.search(key))


# ----------------------------------------------------------------- what the page declares
def declared_signals(page: Page) -> list[Signal]:
    """``og:type`` and JSON-LD types."""
    signals = []
    og_type = _og_type(page)
    if og_type == "website":
        signals.append(Signal(1.0, "og:type is website"))
    elif og_type.startswith("article"):
        signals.append(Signal(-1.0, "og:type is article"))
    declared = _declared_ld_type(page.html)
    if declared is _LD_ARTICLE:
        signals.append(Signal(-1.0, "JSON-LD declares an article"))
    elif declared is _LD_LIST:
        signals.append(Signal(2.0, "JSON-LD declares a list page"))
    return signals


def _og_type(page: Page) -> str:
    """The ``og:type`` of the page's first meta tag that names one as ``property``, else of the first that
    names one as ``name`` (one pass over the meta tags)."""
    chosen = None
    for attrs in page.meta_attributes:
        if attrs.get("property") == "og:type":
            chosen = attrs
            break
        if chosen is None and attrs.get("name") == "og:type":
            chosen = attrs
    return (chosen.get("content") or "").strip().lower() if chosen is not None else ""


#: JSON-LD types are looked for in the page's first this many characters
_LD_SPAN = 300_000


def _declared_ld_type(html: str) -> re.Pattern[str] | None:
    """:data:`_LD_ARTICLE` when a ``"@type"`` in the page's head declares an article, else :data:`_LD_LIST`
    when one declares a list, else None: ``str.find`` goes from one ``"@type"`` to the next (one pass for
    both), the patterns are only matched where one stands (no copy of the head, no regex scan of every
    character)."""
    listed = False
    at = html.find('"@type"', 0, _LD_SPAN)
    while at >= 0:
        if _LD_ARTICLE.match(html, at):
            return _LD_ARTICLE
        listed = listed or _LD_LIST.match(html, at) is not None
        at = html.find('"@type"', at + 7, _LD_SPAN)
    return _LD_LIST if listed else None


# ----------------------------------------------------------------- the text
@dataclass
class TextShape:
    """Measures of the page's text that tell a story from a list of stories."""

    body_chars: int
    #: body characters in paragraphs that are headline links or lines of teaser blocks
    listed_body_chars: int
    short_lines: float
    teaser_items: int
    teaser_chars: int
    #: paragraphs of the body that read as a story's: long, ending a sentence, neither a headline link,
    #: a teaser's line nor the line under a headline link
    prose_paragraphs: int = 0
    prose_chars: int = 0
    #: paragraphs of the body that are links to stories of the site, and the characters of those and of
    #: the line right under each (a teaser's lead, however the page groups its teasers)
    story_links: int = 0
    story_led_chars: int = 0
    #: how many lines of the body, neither short (:data:`SHORT_LINE`) nor a story link or the lead under one, are
    #: the body's own
    unled_lines: int = 0
    #: the body's first paragraph is a link to a story (a list's top teaser taken for the story)
    body_starts_with_story_link: bool = False
    #: how many links to other stories hold most of the body's text between them (0: they do not): a card
    #: whose link wraps its whole text, or a home's lead story and teasers whose links wrap their leads
    body_in_story_links: int = 0


def text_signals(page: Page, article: Article) -> list[Signal]:
    """Headline links and teaser lines in the body, short lines, teaser mass against the body."""
    shape = text_shape(page, article)
    signals = []
    listed_share = shape.listed_body_chars / max(shape.body_chars, 1)
    if listed_share >= 0.5:
        signals.append(Signal(3.0, f"{listed_share:.0%} of the body text is headline links and teasers"))
    elif listed_share >= 0.3:
        signals.append(Signal(1.0, f"{listed_share:.0%} of the body text is headline links and teasers"))
    if shape.short_lines > 0.8:
        signals.append(Signal(2.0, "the text is a list of short lines"))
    if shape.body_in_story_links == 1:
        signals.append(Signal(LINKED_BODY_WEIGHT, "the body is the text of a link to another story"))
    elif shape.body_in_story_links:
        signals.append(Signal(LINKED_BODY_WEIGHT, f"the body is the text of {shape.body_in_story_links} links to "
                                                  "other stories"))
    story = max(shape.body_chars - shape.listed_body_chars, 1)
    signals += _teaser_signals(shape, story)
    signals += _prose_signals(shape)
    page_chars = _page_chars(page) if story < 300 else 0  # the whole page's text, read only when it can tell
    if page_chars and story / page_chars < 0.05:
        signals.append(Signal(1.0, f"the story text is {story / page_chars:.0%} of the page text"))
    return signals


def _teaser_signals(shape: TextShape, story: int) -> list[Signal]:
    """Teaser blocks that outweigh the story text; a body made of story headlines with their leads."""
    signals = []
    if shape.teaser_items >= 6 * TEASER_GROUP and shape.teaser_chars > 3 * story or (
            shape.teaser_items >= 2 * TEASER_GROUP and shape.teaser_chars > 5 * story):
        signals.append(Signal(2.0, f"{shape.teaser_items} teaser blocks outweigh the story text"))
    elif shape.teaser_items >= 2 * TEASER_GROUP and shape.teaser_chars > 1.5 * story:
        signals.append(Signal(1.0, f"{shape.teaser_items} teaser blocks outweigh the story text"))
    if shape.story_links and shape.story_led_chars >= 0.8 * shape.body_chars and (
            shape.story_links >= STORY_LINKS_LEAST or shape.body_starts_with_story_link):
        # nothing but those: no sentence of the body's own before, between or after them
        alone = shape.story_links >= STORY_LINKS_LEAST and not shape.unled_lines
        signals.append(Signal(3.0 if alone else 2.0, f"the body is {shape.story_links} story headlines with their "
                                                     "leads" + (" and nothing else" if alone else "")))
    return signals


def _prose_signals(shape: TextShape) -> list[Signal]:
    """A story's paragraphs of prose against a list's headlines and teaser lines."""
    found = (shape.prose_paragraphs, shape.prose_chars)
    if found[0] >= PROSE_LONG[0] and found[1] >= PROSE_LONG[1]:
        return [Signal(-2.0, f"{found[0]} paragraphs of prose")]
    if found[0] >= PROSE_SOME[0] and found[1] >= PROSE_SOME[1]:
        return [Signal(-1.0, f"{found[0]} paragraphs of prose")]
    return []


def _page_chars(page: Page) -> int:
    """Characters of the text of the page's ``<body>``."""
    body_node = page.tree.body
    return len(body_node.text(separator=" ", strip=True)) if body_node is not None else 0


def text_shape(page: Page, article: Article) -> TextShape:
    paragraphs = article.body_paragraphs[:MAX_PARAGRAPHS]
    anchors, long_links = _headline_anchors(page)
    texts = {text for text, _ in anchors}
    by_prefix: dict[str, list[str]] = {}
    for text in texts:
        by_prefix.setdefault(text[:HEADLINE_MIN], []).append(text)
    items, leads = _teaser_items(anchors)
    runs = _link_index(texts)
    link_texts = [_link_text(p, texts, by_prefix) for p in paragraphs]
    linked = [t is not None for t in link_texts]
    listed = _listed(paragraphs, linked, leads, runs)
    prose = _prose(paragraphs, linked, listed)
    lengths = [len(p) for p in paragraphs]
    short = sum(1 for n in lengths if n < SHORT_LINE) / len(lengths) if len(lengths) > 3 else 0.0
    story_at = _story_links(link_texts, anchors)
    return TextShape(body_chars=sum(lengths), listed_body_chars=sum(n for n, f in zip(lengths, listed) if f),
                     short_lines=short, teaser_items=len(items), teaser_chars=sum(len(t) for t in items),
                     prose_paragraphs=len(prose), prose_chars=sum(len(p) for p in prose),
                     story_links=len(story_at), story_led_chars=_led_chars(story_at, lengths),
                     unled_lines=_unled_lines(story_at, lengths),
                     body_starts_with_story_link=story_at[:1] == [0],
                     body_in_story_links=_body_in_story_links(page, paragraphs, long_links))


def _body_in_story_links(page: Page, paragraphs: list[str], long_links: list[tuple[str, str]]) -> int:
    """How many links to other stories of the site hold :data:`LINKED_BODY_SHARE` of the body's text between
    them, 0 when they hold less: a list's card whose link wraps its headline, its text and its date, or a
    home's lead story and teasers whose links wrap their leads (a story's own text is never another page's
    link)."""
    body = [_spaceless(p) for p in paragraphs]
    chars = sum(map(len, body))
    if not chars or not long_links:
        return 0
    own = _own_addresses(page, None)
    stories = [text for text, href in long_links if _address(href) not in own and _links_a_story(href, None)]
    holding, inside = _paragraphs_in_links(body, stories)
    return len(holding) if inside >= LINKED_BODY_SHARE * chars else 0


def _paragraphs_in_links(body: list[str], links: list[str]) -> tuple[set[int], int]:
    """Which of the ``links`` texts hold paragraphs of the body, and the characters of the paragraphs they
    hold. A paragraph shorter than :data:`LINKED_PARAGRAPH_LEAST` (a label, a date) is only looked for in
    the links that hold a longer one: a menu's label is found inside some link's text by chance."""
    holding: set[int] = set()
    inside = 0
    for paragraph in (p for p in body if len(p) >= LINKED_PARAGRAPH_LEAST):
        at = next((i for i, text in enumerate(links) if len(text) >= len(paragraph) and paragraph in text), None)
        if at is not None:
            holding.add(at)
            inside += len(paragraph)
    inside += sum(len(p) for p in body if len(p) < LINKED_PARAGRAPH_LEAST and any(p in links[i] for i in holding))
    return holding, inside


def _led_chars(story_at: list[int], lengths: list[int]) -> int:
    """The characters of the story-link paragraphs at ``story_at`` and of the line right under each."""
    return sum(lengths[i] for i in _led_lines(story_at, len(lengths)))


def _led_lines(story_at: list[int], count: int) -> set[int]:
    """The indexes of the story-link paragraphs at ``story_at`` and of the line right under each."""
    return set(story_at) | {i + 1 for i in story_at if i + 1 < count}


def _unled_lines(story_at: list[int], lengths: list[int]) -> int:
    """How many lines that are not short are neither the story-link paragraphs at ``story_at`` nor the line right
    under each (none when there is no story link)."""
    if not story_at:
        return 0
    led = _led_lines(story_at, len(lengths))
    return sum(1 for i, n in enumerate(lengths) if n >= SHORT_LINE and i not in led)


def _story_links(link_texts: list[str | None], anchors: list[tuple[str, LexborNode]]) -> list[int]:
    """The indexes of the paragraphs that are links to stories of the same site (``/news/view?id=123``)."""
    if link_texts and link_texts[0] is None and sum(t is not None for t in link_texts) < STORY_LINKS_LEAST:
        return []  # too few headline links to weigh: the addresses are not read
    hrefs: dict[str, str] = {}
    for text, node in anchors:
        hrefs.setdefault(text, node.attrs.get("href") or "")
    return [i for i, t in enumerate(link_texts) if t is not None and _links_a_story(hrefs.get(t, ""), None)]


def _prose(paragraphs: list[str], linked: list[bool], listed: list[bool]) -> list[str]:
    """The paragraphs of prose that are neither listed nor the line under a headline link."""
    return [p for i, p in enumerate(paragraphs) if not listed[i] and not (i and linked[i - 1]) and _reads_as_prose(p)]


def _listed(paragraphs: list[str], linked: list[bool], teaser_lines: list[str],
            runs: dict[str, list[str]]) -> list[bool]:
    """Which paragraphs are a headline link, a line of a teaser block (spaces ignored: a teaser's
    headline and date run together in a paragraph when no space stands between their elements) or
    headline links run together (:func:`_made_of_links` over ``runs``, the :func:`_link_index`)."""
    teasers = _spaceless("\n".join(teaser_lines))
    listed = []
    for paragraph, is_link in zip(paragraphs, linked):
        compact = _spaceless(paragraph)
        listed.append(is_link or (len(paragraph) >= 4 and compact in teasers) or _made_of_links(compact, runs))
    return listed


def _link_index(texts: set[str]) -> dict[str, list[str]]:
    """The headline links' texts without spaces, by their first :data:`HEADLINE_MIN` characters, longest first."""
    index: dict[str, list[str]] = {}
    for text in texts:
        compact = "".join(text.split())
        if len(compact) >= HEADLINE_MIN:
            index.setdefault(compact[:HEADLINE_MIN], []).append(compact)
    for found in index.values():
        found.sort(key=len, reverse=True)
    return index


def _made_of_links(paragraph: str, index: dict[str, list[str]]) -> bool:
    """Whether the paragraph is headline links run together (a list's ``span`` teasers the body reader joined
    into one line, a headline link and the link of its sub-headline): :data:`LINK_RUN_LEAST` of them or more,
    covering :data:`LINK_RUN_SHARE` of its text. One pass over the text, a look-up at each position (the
    paragraph may come without its spaces already)."""
    if not index:
        return False
    compact = "".join(paragraph.split())
    at = covered = runs = 0
    uncovered_most = (1 - LINK_RUN_SHARE) * len(compact)  # past this many characters outside links: no
    last = len(compact) - HEADLINE_MIN
    starting = index.get
    while at <= last and at - covered <= uncovered_most:
        found = starting(compact[at:at + HEADLINE_MIN])
        text = next((t for t in found if compact.startswith(t, at)), None) if found is not None else None
        if text is None:
            at += 1
            continue
        covered, runs, at = covered + len(text), runs + 1, at + len(text)
    return runs >= LINK_RUN_LEAST and covered >= LINK_RUN_SHARE * len(compact)


def _reads_as_prose(paragraph: str) -> bool:
    """A paragraph of :data:`PROSE_MIN` characters or more that ends a sentence."""
    return len(paragraph) >= PROSE_MIN and _SENTENCE_END.search(paragraph) is not None


def _headline_anchors(page: Page) -> tuple[list[tuple[str, LexborNode]], list[tuple[str, str]]]:
    """Links whose text is headline-sized, with their nodes (the first :data:`MAX_ANCHORS`). A link
    that wraps a whole teaser (a headline element, a lead, a date) counts with its headline's text.
    Second, the links longer than a headline: their text without spaces, and their ``href``."""
    found = []
    long_links = []
    for count, node in enumerate(page.tree.css("a[href]")):
        if count >= MAX_ANCHORS:
            break
        text = _one_spaced(node.text(separator=" "))
        if len(text) > HEADLINE_MAX:
            long_links.append((_spaceless(text), node.attrs.get("href") or ""))
            text = _wrapped_headline(node)
        if HEADLINE_MIN <= len(text) <= HEADLINE_MAX:
            found.append((text, node))
    return found, long_links


def _wrapped_headline(node: LexborNode) -> str:
    """The text of the first headline-sized element a long link holds ('' for none)."""
    for child in node.iter():
        text = _one_spaced(child.text(separator=" "))
        if HEADLINE_MIN <= len(text) <= HEADLINE_MAX:
            return text
    return ""


def _link_text(paragraph: str, texts: set[str], by_prefix: dict[str, list[str]]) -> str | None:
    """The headline link's text when the paragraph is one, maybe followed by a short label (outlet, date)."""
    if paragraph in texts:
        return paragraph
    return next((t for t in by_prefix.get(paragraph[:HEADLINE_MIN], ())
                 if paragraph.startswith(t) and len(t) >= 0.6 * len(paragraph)), None)


def _tag_id_of(name: str) -> int:
    """lexbor's id of the element ``name``: the same in every document for the elements of HTML (a tag id is
    cheaper to read than a tag name, and within one document two elements share an id exactly when they
    share a name)."""
    found = LexborHTMLParser(f"<{name}></{name}>").css_first(name)
    return found.tag_id if found is not None else -1


_A_TAG_ID, _HTML_TAG_ID, _INPUT_TAG_ID = _tag_id_of("a"), _tag_id_of("html"), _tag_id_of("input")


def _teaser_items(anchors: list[tuple[str, LexborNode]]) -> tuple[list[str], list[str]]:
    """The texts of teaser blocks: sibling elements of one kind (``ul > li``, ``div.item``, ``dl > dt``), at
    least :data:`TEASER_GROUP` of them, each a short block led by a headline link.

    Two readings: the blocks whose link is a good part of their text (what weighs as teaser mass against
    the story), and all the blocks a headline leads, each with the lines its page sets after it up to
    the next block (``dt`` headline, ``dd`` lead, ``dd`` date), which tell a body made of teaser lines.
    """
    groups: dict[tuple[int, int, str], dict[int, tuple[LexborNode, str]]] = {}
    # per element, the most climbing steps an earlier link had left there: a link that reaches it with no more
    # would only repeat that link's entries (the first link's text stays), so its climb ends there
    reached: dict[int, int] = {}
    for text, node in anchors:
        block, tag = node, node.tag_id
        for left in range(TEASER_CLIMB, 0, -1):
            mem_id = block.mem_id
            if reached.get(mem_id, 0) >= left:
                break
            reached[mem_id] = left
            parent = block.parent
            if parent is None or (parent_tag := parent.tag_id) == _HTML_TAG_ID:
                break
            if tag != _A_TAG_ID:
                key = (parent.mem_id, tag, block.attrs.get("class") or "")
                groups.setdefault(key, {}).setdefault(mem_id, (block, text))
            block, tag = parent, parent_tag
    items: dict[int, str] = {}
    leads: dict[int, str] = {}
    for members in groups.values():
        if len(members) >= TEASER_GROUP:
            strict, led = _teaser_like(members)
            for mem_id, text in strict:
                items.setdefault(mem_id, text)
            for mem_id, text in led:
                leads.setdefault(mem_id, text)
    return list(items.values()), list(leads.values())


def _teaser_like(members: dict[int, tuple[LexborNode, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The group's blocks as (id, text) when most of them are teasers, in the two readings of
    :func:`_teaser_items` (each empty unless it holds most of the group)."""
    texts = {mem_id: _one_spaced(block.text(separator=" ")) for mem_id, (block, _) in members.items()}
    strict = [(m, texts[m]) for m, (_, link) in members.items()
              if len(texts[m]) <= 400 and len(link) >= 0.15 * len(texts[m])]
    led = []
    for mem_id, (block, link) in members.items():
        text = f"{texts[mem_id]}\n{_lines_after(block, members)}"
        # sibling <article> elements are posts of a list, however long their excerpts
        longest = TEASER_MAX_CHARS if block.tag != "article" else MAX_LISTED_POST_CHARS
        if len(text) <= longest and (len(link) >= 0.15 * len(text) or _led_and_dated(text, link)):
            led.append((mem_id, text))
    least = 0.8 * len(members)
    return strict if len(strict) >= least else [], led if len(led) >= least else []


def _led_and_dated(text: str, link: str) -> bool:
    """A headline over a lead that carries the date of its story, as a list's teaser does (an article's
    sections under linked headings carry none)."""
    return text.find(link, 0, len(link) + 20) >= 0 and _TEASER_DATE.search(text) is not None


def _lines_after(block: LexborNode, members: dict[int, tuple[LexborNode, str]]) -> str:
    """The text of the few elements after a teaser block, up to the group's next block."""
    lines: list[str] = []
    sibling = block.next
    while sibling is not None and len(lines) < TEASER_TRAIL:
        if sibling.mem_id in members:
            break
        if sibling.tag != "-text":
            lines.append(_one_spaced(sibling.text(separator=" ")))
        sibling = sibling.next
    return "\n".join(lines)
