"""Where each field of the record comes from: its sources, in precedence order, in one table.

:data:`FIELD_RULES` maps every resolved field to a :class:`~sinmun.extraction.resolve.FieldRule`: the
ordered tuple of sources (the first acceptable offer wins) and what happens to the winner (a reporter
list borrows e-mails the other sources pair with the same names; a time takes the seconds a meta tag
adds to the same minute). The sources are the small functions below, each ``(ctx) -> values``; the
page facts several of them read (the body container, the embedded story, the year reference for dates
written without a year) are computed once per page with ``ctx.once``.

A site profile changes the order for its own layout with ``SiteProfile.sources``
(``{"title": (EMBEDDED_TITLE, PROFILE_TITLE, ...)}``) and may put its own sources in
(``sites/kbs.py``: a photo only the print copy holds).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from selectolax.lexbor import LexborNode

from ..article import Image, RelatedLink, Reporter
from . import arc, flight, nextdata, people, times
from .widgets import is_quotation, pull_quote_lines, year_led_sentence
from .bodies import BodyText, read_page_body, read_story_body
from .bylines import OTHER_STORIES_HINT
from .clean import (Cleaned, is_boilerplate, is_box_heading, is_byline_line, is_copyright, normalize_space,
                    reads_as_prose)
from .dates import When, labelled_dates, script_published
from .metadata import PUBLISHED_TAGS, SECTION_TAGS, UPDATED_TAGS
from .language import detect_language, hangul_count, latin_language
from .headline import header_blocks, heading_under, headline_node, row_under, title_key, visible_headline
from .fragments import DumpText, comment_count_from_text, related_from_text, split_dump, title_from_lead

from .parse import Page
from .presses import (clean_press, domain_from_copyright, names_a_holder, press_from_copyright, press_from_dateline,
                      logo_name, press_from_domain, press_from_logo, press_from_masthead, press_from_own_host,
                      press_from_registration, press_from_meta_tags, press_key, MAX_LOGOS)
from .resolve import ALL, Candidate, Context, FieldRule, Offer, Resolution, Source, source
from .story import EmbeddedStory
from .tail import closing_lines
from .titles import has_separator, heading_before, outer_piece_named, site_name_in_title, strip_title_decorations
from .urls import host_of, join_url
from ..sites.base import select_all, select_all_among, select_first, selector_list

#: the embedded-story readers, tried in order; the first story found is the page's
EMBEDDED_READERS: tuple[Callable[[Page], EmbeddedStory | None], ...] = (arc.read_story, nextdata.read_story,
                                                                      flight.read_story)
#: how warnings name each reader's format
READER_LABELS = {"arc": "Arc", "next": "Next.js", "nuxt": "Nuxt", "next-flight": "Next.js flight"}

PORTAL_HOSTS = {"v.daum.net": "daum", "news.v.daum.net": "daum", "m.news.daum.net": "daum",
                "n.news.naver.com": "naver", "news.naver.com": "naver", "m.news.naver.com": "naver",
                "entertain.naver.com": "naver", "sports.news.naver.com": "naver"}
# Markup only the portals' article pages have; host names would match any page that links there.
PORTAL_MARKERS = {"daum": ("dmcf-ptype",), "naver": ('id="dic_area"', "media_end_head_headline")}
GENERIC_SUBTITLE = ("h2.subheadline", ".subheadline", ".sub_title", ".subtitle", ".sub-title", ".article-subtitle",
                    ".article_subtitle", "[itemprop='alternativeHeadline']")


# ----------------------------------------------------------------- page facts (computed once per page)
def page_body(ctx: Context) -> BodyText | None:
    return ctx.once(_page_body)


def _page_body(ctx: Context) -> BodyText | None:
    return read_page_body(ctx.page, ctx.profile, ctx.page_url)


def story(ctx: Context) -> EmbeddedStory | None:
    return ctx.once(_story)


def _story(ctx: Context) -> EmbeddedStory | None:
    """The first story a reader finds, unless its JSON is malformed (see :func:`story_warnings`)."""
    found = ctx.once(_read_story)
    return found if found is not None and not found.malformed else None


def _read_story(ctx: Context) -> EmbeddedStory | None:
    return next((s for read in EMBEDDED_READERS if (s := read(ctx.page)) is not None), None)


def story_warnings(ctx: Context) -> list[str]:
    """A warning when the page's embedded story is malformed and so ignored."""
    found = ctx.once(_read_story)
    if found is None or not found.malformed:
        return []
    return [f"embedded {READER_LABELS.get(found.source, found.source)} story JSON is malformed; ignored"]


def _story_body(ctx: Context) -> BodyText | None:
    return read_story_body(story(ctx))


def generic_markup(ctx: Context) -> list[LexborNode]:
    """The nodes that a generic subtitle or byline selector matches (the generic path reads both slots):
    one walk of the tree for the two lists, told apart by :func:`~sinmun.sites.base.select_all_among`."""
    return ctx.once(_generic_markup)


def _generic_markup(ctx: Context) -> list[LexborNode]:
    return ctx.page.tree.css(_GENERIC_MARKUP_QUERY)


_CLASS_ONLY = re.compile(r"[a-z0-9]*\.[\w-]+")
_ID_ENDING = re.compile(r"\[id\$=[\w-]+\]")


def grouped_query(selectors: tuple[str, ...]) -> str:
    """One selector list that finds the nodes ``selector_list(selectors)`` finds, in document order (each once,
    where the plain list gives a node once per selector it matches): the class selectors (``.byline``,
    ``h2.subheadline``) under one ``[class]:is(...)`` and the id-ending ones under one ``[id]:is(...)``, so that
    an element without the attribute fails once rather than at each selector (lexbor tries every element
    against each selector of a list in turn). A ``tag.class`` selector is left out when ``.class`` is there:
    it finds a part of what that finds."""
    plain = [s.partition("@")[0] for s in selectors]
    classes = [s for s in plain if _CLASS_ONLY.fullmatch(s) and not (s[0] != "." and s[s.index("."):] in plain)]
    ids = [s for s in plain if _ID_ENDING.fullmatch(s)]
    rest = [s for s in plain if s not in ids and not _CLASS_ONLY.fullmatch(s)]
    groups = [f"[{attr}]:is({', '.join(found)})" for attr, found in (("class", classes), ("id", ids)) if found]
    return ", ".join(groups + rest)


#: the generic subtitle and byline selectors in one query (:func:`grouped_query`)
_GENERIC_MARKUP_QUERY = grouped_query(GENERIC_SUBTITLE + people.GENERIC_BYLINE)


def dump(ctx: Context) -> DumpText | None:
    """The text around the tags of a half-cleaned dump (None for a whole page)."""
    return ctx.once(_dump)


def _dump(ctx: Context) -> DumpText | None:
    return split_dump(ctx.page.html) if ctx.page.is_fragment else None


def body(ctx: Context) -> BodyText:
    """The winning body (see ``FIELD_RULES["body"]``)."""
    value: BodyText = ctx.value("body")
    return value


def _select_first(ctx: Context, slot: str) -> str | None:
    """What the profile's selectors for ``slot`` find first (None without a profile or selectors)."""
    selectors = _slot(ctx, slot)
    return select_first(ctx.page.tree, selectors) if selectors else None


def known_layout(ctx: Context) -> bool:
    """Whether a site profile knows this page's layout: it matched the page and its body selectors (if it has any)
    found the body. A profile whose selectors match nothing (a layout it never saw, older or newer) leaves the
    page to the generic path for the slots it would have named: subtitle and byline markup, the header zone. A body
    read from the story JSON the profile's layout embeds (Arc, Next.js) is its known layout too."""
    profile = ctx.profile
    return profile is not None and (not profile.body or body(ctx).method == "profile"
                                    or body(ctx).method in READER_LABELS)


def _slot(ctx: Context, name: str) -> tuple[str, ...]:
    """The profile's selectors for one slot (``title``, ``byline``, ...); none without a profile."""
    selectors: tuple[str, ...] = getattr(ctx.profile, name) if ctx.profile is not None else ()
    return selectors


# ----------------------------------------------------------------- body
@source("profile body", 0.9)
def PROFILE_BODY(ctx: Context) -> Iterable[BodyText | None]:
    found = page_body(ctx)
    return [found] if found is not None and found.method == "profile" else []


@source("embedded story", 0.9)
def EMBEDDED_BODY(ctx: Context) -> Iterable[BodyText | None]:
    return [ctx.once(_story_body)]


@source("page body", 0.6)
def GENERIC_BODY(ctx: Context) -> Iterable[BodyText | None]:
    found = page_body(ctx)
    return [found] if found is not None and found.method != "profile" else []


def _empty_body() -> BodyText:
    return BodyText([], [], Cleaned(paragraphs=[]), method="none")


def _settle_body(ctx: Context, resolution: Resolution) -> None:
    resolution.warnings += resolution.value.warnings


@source("body", 0.9)
def BODY_PARAGRAPHS(ctx: Context) -> Iterable[list[str]]:
    return [_without_headline(ctx)[len(subtitle_lines_removed(ctx)):]]


def subtitle_lines_removed(ctx: Context) -> list[str]:
    """The body's opening lines that left it as the subtitle (after a repeated headline): headline-like
    lines that open a generic body, and paragraphs that repeat the resolved subtitle."""
    return ctx.once(_subtitle_lines_removed)


def _subtitle_lines_removed(ctx: Context) -> list[str]:
    paragraphs = _without_headline(ctx)
    lead = leading_subtitle(ctx)
    if lead:  # a pull quote under the subtitle lines leaves with them (widgets.pull_quote_lines)
        lead = paragraphs[:len(lead) + pull_quote_lines(paragraphs[len(lead):])]
    rest = paragraphs[len(lead):]
    kept = without_subtitle(rest, ctx.value("subtitle"))
    return lead + rest[:len(rest) - len(kept)]


#: a subtitle repeated at the top of the body spans at most this many of its paragraphs
_MAX_REPEATED_SUBTITLE_PARAGRAPHS = 4
_SPACES_AND_SLASHES = re.compile(r"[\s/]+")


def without_subtitle(paragraphs: list[str], subtitle: str | None) -> list[str]:
    """The body without the opening paragraphs that repeat the subtitle: the deck that layouts print at the
    top of the article text (one block, or its lines one paragraph each) and that the record already has as
    ``subtitle``. Spaces and the `` / `` between subtitle lines are ignored; the body keeps one paragraph
    at least."""
    target = _SPACES_AND_SLASHES.sub("", subtitle) if subtitle else ""
    if not target:
        return paragraphs
    joined = ""
    for count, paragraph in enumerate(paragraphs[:min(_MAX_REPEATED_SUBTITLE_PARAGRAPHS, len(paragraphs) - 1)], 1):
        joined += _SPACES_AND_SLASHES.sub("", paragraph)
        if joined == target:
            return paragraphs[count:]
        if not target.startswith(joined):
            break
    return paragraphs


def _without_headline(ctx: Context) -> list[str]:
    paragraphs = list(body(ctx).paragraphs)
    if paragraphs and paragraphs[0] == ctx.value("title"):
        paragraphs.pop(0)  # the headline repeated inside the container
    return paragraphs


#: how the generic path found a body (a profile's or an embedded story's body has no stray subtitle)
_GENERIC_BODY_METHODS = ("markup", "scoring", "body")
#: a subtitle line is this long, and at most this many of them open the body
_SUBTITLE_CHARS = (8, 100)
_MAX_SUBTITLE_LINES = 3
#: the sentence after a subtitle opens the story: it is this long at least
_MIN_OPENING_CHARS = 30
_HANGUL = re.compile(r"[가-힣]")
_SENTENCE_END = re.compile(r"[.!?。][\"'”’)\]]*\s*$")
_NOT_SUBTITLE_START = tuple("[(<◀▶■□▲△▼※☞●○*#0123456789")
#: a deck's lines may open with a dash ("- 대여소 120곳 새로 만들어", "- 2만원 넘게 …", "―요금은 그대로"): a dash and a
#: space, or a dash and a word (not a negative number: "-30도 한파")
_DASH_LED = re.compile(r"[-―–](?:\s+(?=\S)|(?=[가-힣A-Za-z\"'‘“]))")


def leading_subtitle(ctx: Context) -> list[str]:
    return ctx.once(_leading_subtitle)


def _leading_subtitle(ctx: Context) -> list[str]:
    """The lines that open a generic Korean body before its first sentence: headline-like lines
    (no sentence ending, no label, no byline) that layouts put above the text as a subtitle
    (``공공 배달앱 입점 300곳 넘어 / 상인회 "젊은 손님 늘었다"``). None when the body has fewer than two
    sentences after them."""
    if known_layout(ctx) or body(ctx).method not in _GENERIC_BODY_METHODS:
        return []
    paragraphs = _without_headline(ctx)
    lead: list[str] = []
    for line in paragraphs[:_MAX_SUBTITLE_LINES]:
        if not _is_subtitle_line(line) or lead and pull_quote_lines(paragraphs[len(lead):]):
            break
        lead.append(line)
    rest = paragraphs[len(lead):]
    rest = rest[pull_quote_lines(rest) if lead else 0:]
    return lead if lead and _opens_story(rest) else []


#: a broadcast transcript's speaker label between the subtitle and the story: "[앵커]", "【 앵커멘트 】"
_SPEAKER_LABEL = re.compile(r"[\[【(]\s*[가-힣 ]{1,8}\s*[\]】)]")


def _opens_story(rest: list[str]) -> bool:
    """Whether the lines after a subtitle open the story: a sentence of some length first (after a speaker label
    such as ``[앵커]``), then another sentence, or a short heading and then a sentence."""
    if rest and (_SPEAKER_LABEL.fullmatch(rest[0]) or is_quotation(rest[0].strip())):
        rest = rest[1:]  # "[앵커]", or the story's opening quote on a line of its own
    if len(rest) < 2 or len(rest[0]) < _MIN_OPENING_CHARS or not reads_as_prose(rest[0]):
        return False
    return reads_as_prose(rest[1]) or len(rest) > 2 and len(rest[1]) <= _SUBTITLE_CHARS[1] and reads_as_prose(rest[2])


#: a line that opens with a number is a subtitle ("12월 한 달 … 30곳", "3년 만에 …") unless it is a numbered item,
#: a date, or a day and its time, as a caption or a report's time opens ("10일 오후 가상광장에서 …", "30일 오후 3시
#: 현재"); or it ends as a photo caption does ("… 듣고 있다", "… 착공식 모습")
_NUMBERED_OR_DATED = re.compile(r"\d+\s*[.)\]:]|\d{1,4}\s*[-./년]\s*\d|\d{1,2}일\s*(?:오전|오후|새벽|밤|낮|저녁|정오)"
                                r"|.*(?:있다|모습|전경|풍경)$")


def _is_subtitle_line(line: str) -> bool:
    low, high = _SUBTITLE_CHARS
    if line[:1].isdigit():
        starts_well = not _NUMBERED_OR_DATED.match(line) and not year_led_sentence(line)
    elif line.startswith(("-", "―", "–")):
        starts_well = bool(_DASH_LED.match(line))
    else:
        starts_well = not line.startswith(_NOT_SUBTITLE_START)
    return (low <= len(line) <= high and bool(_HANGUL.search(line)) and starts_well
            and not line.rstrip().endswith((":", "：", ",", "，", "…", "..."))
            and not _SENTENCE_END.search(line) and not _STORY_SENTENCE.search(line) and not is_byline_line(line)
            and not labelled_dates(line) and not _SPEAKER_LABEL.fullmatch(line))  # "【 앵커멘트 】" is the story's


#: a story's sentence that the opening line is, though its last full stop is missing: a sentence ends inside it
#: (``… 연다. 책은 십만 권``), or it ends with a reporting verb (``… 연다고 14일 밝혔다``), which no deck carries
_STORY_SENTENCE = re.compile(r"(?:다|요)[.!?][\"'”’)\]]*\s+\S"
                             r"|(?:밝혔|말했|전했|설명했|강조했|덧붙였|지적했|주장했|발표했|보도했|전망했|내다봤|분석했"
                             r"|당부했|요청했|촉구했|답했)다\s*$")


@source("body", 0.9)
def BODY_IMAGES(ctx: Context) -> Iterable[list[Image]]:
    return [body(ctx).images]


def headline_repeated(ctx: Context) -> bool:
    """True when the body's first line repeats the headline (and so left the body)."""
    return len(_without_headline(ctx)) < len(body(ctx).paragraphs)


# ----------------------------------------------------------------- title
def _og_title(ctx: Context) -> str | None:
    return _strip_site_suffix(ctx, ctx.meta.tags.get("og:title"))


def _title_tag(ctx: Context) -> str | None:
    return _strip_site_suffix(ctx, ctx.meta.title_tag)


def _strip_site_suffix(ctx: Context, title: str | None) -> str | None:
    """A meta or ``<title>`` headline without the site name and section labels around it (None: only those); a
    piece still cut off by a separator goes when the page's footer copyright names it as the outlet, or its logo
    does (:func:`_title_logo_name`)."""
    host = host_of(ctx.page_url)
    headline = strip_title_decorations(title, ctx.meta.site_name, host)
    if headline and has_separator(headline) and _korean_page(ctx) and (
            outlet := ctx.once(_footer_outlet) or ctx.once(_title_logo_name)):
        return strip_title_decorations(title, ctx.meta.site_name, host, outlet)
    return headline


def _footer_outlet(ctx: Context) -> str | None:
    """The outlet the first footer copyright notice names (``Copyright ⓒ 하늘마루. All rights reserved.``)."""
    host = host_of(ctx.page_url)
    return next((press for line in _page_copyright_lines(ctx) if (press := press_from_copyright(line, host=host))),
                None)


def _normal(text: str | None) -> str | None:
    return normalize_space(text) or None if text else None


@source("profile selector", 0.9)
def PROFILE_TITLE(ctx: Context) -> Iterable[str | None]:
    return [_normal(_select_first(ctx, "title"))]


@source("embedded story", 0.9)
def EMBEDDED_TITLE(ctx: Context) -> Iterable[str | None]:
    found = story(ctx)
    return [found.title if found else None]


@source("dump lead", 0.7)
def DUMP_TITLE(ctx: Context) -> Iterable[str | None]:
    text = dump(ctx)
    return [_normal(title_from_lead(text.lead))] if text is not None else []


@source("headline element", 0.85)
def VISIBLE_TITLE(ctx: Context) -> Iterable[str | None]:
    """The headline element's own text, when it is the headline the metadata gives (see
    :func:`headline.visible_headline`)."""
    tags = ctx.meta.tags
    offered = [ctx.meta.ld.headline, tags.get("og:title"), ctx.once(_og_title), ctx.once(_title_tag)]
    found = visible_headline(ctx.page.tree, [t for t in offered if t])
    return [_undecorated_heading(ctx, found)]


def _undecorated_heading(ctx: Context, found: str | None) -> str | None:
    """A heading that repeats the whole decorated ``<title>`` or ``og:title`` (a board's hidden ``<h1>`` holding
    ``제목 > 게시판 | 사이트``) gives the headline in it, without the decorations (None when it holds nothing
    else: ``가상타임즈 | 홈``)."""
    if found is None or not has_separator(found):  # a decorated title has a separator in it
        return found
    key = title_key(found)
    for raw in (ctx.meta.tags.get("og:title"), ctx.meta.title_tag):
        if raw and title_key(raw) == key:
            return _strip_site_suffix(ctx, found)
    return found


@source("json-ld", 0.8)
def JSON_LD_TITLE(ctx: Context) -> Iterable[str | None]:
    return [_strip_site_suffix(ctx, _normal(ctx.meta.ld.headline))]  # "… - Gasang Blog" in JSON-LD too


@source("og:title", 0.7)
def OG_TITLE(ctx: Context) -> Iterable[str | None]:
    return [ctx.once(_og_title)]


@source("h1", 0.5)
def H1_TITLE(ctx: Context) -> Iterable[str | None]:
    node = next((h for h in ctx.page.tree.css("h1") if not _is_site_logo(h)), None)
    text = normalize_space(node.text() or "") if node else ""  # the page's own spaces between inline elements
    return [_undecorated_heading(ctx, text)] if len(text) >= 5 else []


_LOGO = re.compile(r"logo|site[-_]?(?:title|name)|brand|masthead", re.I)
_LOGO_LEVELS = 3


def _is_site_logo(heading: LexborNode) -> bool:
    """An ``<h1>`` that is the site's name in its masthead: a logo or site-title class or id on it or
    just around it, or a link home (``href="/"``) inside it or around it."""
    node: LexborNode | None = heading
    for _ in range(_LOGO_LEVELS):
        if node is None:
            break
        marks = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _LOGO.search(marks) or (node.tag == "a" and node.attributes.get("href") in ("/", "./", "")):
            return True
        node = node.parent
    return heading.css_first('a[href="/"]') is not None


@source("<title>", 0.4)
def TITLE_TAG(ctx: Context) -> Iterable[str | None]:
    """The ``<title>`` without the site's name; nothing when what is left is the site's tagline (``가상일보 - 새로운
    시선, 바른 언론``): on a Korean page with a heading before the body, a piece the page's text never shows."""
    title = ctx.once(_title_tag)
    if title and title != normalize_space(ctx.meta.title_tag or "") and _korean_page(ctx) \
            and ctx.once(_heading_before_body) and title not in _body_text(ctx):
        return []
    return [title]


def _heading_before_body(ctx: Context) -> str | None:
    paragraphs = body(ctx).paragraphs
    return heading_before(ctx.page.tree, paragraphs[0] if paragraphs else None)


def _body_text(ctx: Context) -> str:
    root = ctx.page.tree.body
    return normalize_space(root.text(separator=" ") or "") if root is not None else ""


@source("heading before the body", 0.3)
def HEADING_TITLE(ctx: Context) -> Iterable[str | None]:
    """The heading right before the body's first paragraph, on a page whose title and meta name only the site."""
    return [ctx.once(_heading_before_body)]


# ----------------------------------------------------------------- subtitle
def _subtitle_of(ctx: Context, lines: list[str]) -> str | None:
    title = ctx.value("title")
    lines = [s for s in lines if s != title and len(s) < 300 and not is_box_heading(s)]
    return " / ".join(dict.fromkeys(lines)) if lines else None


@source("profile selector", 0.9)
def PROFILE_SUBTITLE(ctx: Context) -> Iterable[str | None]:
    selectors = _slot(ctx, "subtitle")
    return [_subtitle_of(ctx, select_all(ctx.page.tree, selectors))] if selectors else []


@source("embedded story", 0.9)
def EMBEDDED_SUBTITLE(ctx: Context) -> Iterable[str | None]:
    found = story(ctx)
    return [found.subtitle if found else None]


@source("subtitle markup", 0.5)
def GENERIC_SUBTITLE_SOURCE(ctx: Context) -> Iterable[str | None]:
    if known_layout(ctx):  # a profile names its layout's subtitle, or the layout has none
        return []
    return [_subtitle_of(ctx, select_all_among(generic_markup(ctx), GENERIC_SUBTITLE))]


@source("heading under the headline", 0.5)
def HEADLINE_DECK(ctx: Context) -> Iterable[str | None]:
    """The heading right under the headline, of a lower rank (:func:`sinmun.extraction.headline.heading_under`),
    unless it is a byline or a date line."""
    if known_layout(ctx):
        return []
    node = headline_element(ctx)
    deck = (heading_under(node) or row_under(node)) if node is not None else None
    if deck is None or is_byline_line(deck) or _WRITTEN_BY.match(deck) or labelled_dates(deck) \
            or is_boilerplate(deck):
        return []
    return [_subtitle_of(ctx, [deck])]


#: a byline in a language that writes "by" before the name ("by Jeff Doe Monday, …", "Von Hans Muster")
_WRITTEN_BY = re.compile(r"\s*(?:by|von|par|por|door|di|av|af)\s+\S", re.I)


@source("body's opening lines", 0.45)
def LEADING_SUBTITLE(ctx: Context) -> Iterable[str | None]:
    """The headline-like lines that open a generic body (and so left it)."""
    return [" ".join(leading_subtitle(ctx)) or None]


# ----------------------------------------------------------------- dates
def _profile_line(ctx: Context) -> dict[str, str]:
    """The labelled times (입력/수정) of the profile's date line."""
    line = _select_first(ctx, "date_line")
    return labelled_dates(line) if line else {}


def _dump_line(ctx: Context) -> dict[str, str]:
    text = dump(ctx)
    return labelled_dates(text.lead) if text is not None else {}


def _header_line(ctx: Context) -> dict[str, str]:
    return labelled_dates(times.header_text(ctx.page))


def _dated(ctx: Context, text: str | None) -> list[object]:
    return [times.read(ctx, text)] if text else []


@source("profile selector", 0.9)
def PROFILE_PUBLISHED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, _select_first(ctx, "published"))


@source("profile date line", 0.85)
def DATE_LINE_PUBLISHED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.once(_profile_line).get("published"))


@source("dump lead", 0.7)
def DUMP_PUBLISHED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.once(_dump_line).get("published"))


@source("json-ld", 0.8)
def JSON_LD_PUBLISHED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.meta.ld.published)


@source("meta tags", 0.75)
def META_PUBLISHED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, None if ctx.meta.ld.published else ctx.meta.tag(*PUBLISHED_TAGS))


@source("header text", 0.5)
def HEADER_PUBLISHED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.once(_header_line).get("published"))


@source("header zone", 0.3)
def ZONE_PUBLISHED(ctx: Context) -> Iterable[object]:
    """The date line among the blocks after the headline (``증권 | 2017.04.18 10:15``, ``2024년 3월 5일 (화)``):
    that of a layout that labels it with no 입력/등록 word (:func:`times.zone_date`)."""
    if known_layout(ctx):
        return []
    return times.zone_date(ctx, header_zone(ctx))


@source("time element", 0.3)
def TIME_ELEMENT_PUBLISHED(ctx: Context) -> Iterable[object]:
    """The ``<time datetime>`` of the publication (:func:`times.time_element_date`)."""
    return [] if known_layout(ctx) else _dated(ctx, times.time_element_date(ctx.page))


@source("script data", 0.25)
def SCRIPT_PUBLISHED(ctx: Context) -> Iterable[object]:
    """The publication date only the page's scripts carry (:func:`dates.script_published`)."""
    return _dated(ctx, script_published([node.text() or "" for node in ctx.page.scripts]))


@source("embedded story", 0.8)
def EMBEDDED_PUBLISHED(ctx: Context) -> Iterable[object]:
    found = story(ctx)
    return _dated(ctx, found.published if found else None)


@source("embedded story", 0.8)
def EMBEDDED_UPDATED(ctx: Context) -> Iterable[object]:
    found = story(ctx)
    # The story's own record of its update counts when it is after the publication time, or alone.
    return [times.after_published(ctx, c) for c in _dated(ctx, found.updated if found else None)]


@source("profile selector", 0.9)
def PROFILE_UPDATED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, _select_first(ctx, "updated"))


@source("profile date line", 0.85)
def DATE_LINE_UPDATED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.once(_profile_line).get("updated"))


@source("dump lead", 0.7)
def DUMP_UPDATED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.once(_dump_line).get("updated"))


@source("header text", 0.5)
def HEADER_UPDATED(ctx: Context) -> Iterable[object]:
    # The header's 수정 line counts when no earlier source than the header gave the publication time, or, on a
    # Korean page of an unprofiled layout, when the header's 입력 line gives the same time as that source (the line
    # is this story's; the header's text is read for it only there: it cost 0.35 ms a page on eval/ko)
    published = ctx.resolution("published").winner
    if published is not None and published.source not in (HEADER_PUBLISHED.name, EMBEDDED_PUBLISHED.name,
                                                          ZONE_PUBLISHED.name):
        if known_layout(ctx) or not _korean_page(ctx) \
                or not _same_time(ctx, ctx.once(_header_line).get("published"), published.value):
            return []
    return _dated(ctx, ctx.once(_header_line).get("updated"))


def _same_time(ctx: Context, written: str | None, published: object) -> bool:
    """Whether a date the header writes is the publication time another source gave (to the minute)."""
    offer = times.read(ctx, written) if written else None
    return isinstance(offer, Offer) and isinstance(offer.value, When) and isinstance(published, When) \
        and offer.value.value.replace(second=0, microsecond=0) == published.value.replace(second=0, microsecond=0)


@source("json-ld", 0.8)
def JSON_LD_UPDATED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, ctx.meta.ld.updated)


@source("meta tags", 0.75)
def META_UPDATED(ctx: Context) -> Iterable[object]:
    return _dated(ctx, None if ctx.meta.ld.updated else ctx.meta.tag(*UPDATED_TAGS))


#: page-text date sources whose time a meta tag may complete with its seconds
_DATE_TEXT_SOURCES = ("profile selector", "profile date line", "dump lead", "header zone")
#: sources of an update time the page shows (that may then equal the publication time)
_SHOWN_UPDATE_SOURCES = (*_DATE_TEXT_SOURCES, "header text")
_DATE_META_SOURCES = ("json-ld", "meta tags")


def _settle_published(ctx: Context, resolution: Resolution) -> None:
    times.add_seconds(resolution, _DATE_TEXT_SOURCES, _DATE_META_SOURCES)
    times.add_time_of_day(ctx, resolution, _DATE_META_SOURCES, (TIME_ELEMENT_PUBLISHED, SCRIPT_PUBLISHED))
    if resolution.winner is None:
        no_year = next((c for c in resolution.offers if c.problem == times.NO_YEAR and c.source in _DATE_TEXT_SOURCES),
                       None)
        if no_year is not None:
            resolution.warnings.append(f"publication date {no_year.raw!r} has no year; pass reference_date")
    elif resolution.value.year_inferred:
        resolution.warnings.append(f"year of the publication date inferred from {times.year_reference(ctx)[1]}")


def _settle_updated(ctx: Context, resolution: Resolution) -> None:
    """The first update time (with the seconds a meta tag adds) is news only after the publication time;
    the page's own 수정 line may equal it. (The embedded story's time was compared by its source.)"""
    times.add_seconds(resolution, _SHOWN_UPDATE_SOURCES, _DATE_META_SOURCES)
    winner = resolution.winner
    if winner is not None and winner.source != EMBEDDED_UPDATED.name:
        times.drop_unless_after_published(ctx, resolution, shown=winner.source in _SHOWN_UPDATE_SOURCES)


# ----------------------------------------------------------------- reporters
@source("profile byline", 0.9)
def PROFILE_BYLINE(ctx: Context) -> Iterable[list[Reporter]]:
    selectors = _slot(ctx, "byline")
    return [people.from_byline_texts(select_all(ctx.page.tree, selectors), bare=True)] if selectors else []


@source("embedded story", 0.9)
def EMBEDDED_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    found = story(ctx)
    if found is None:
        return []
    story_body = ctx.once(_story_body)
    return [people.with_byline_lines(found.reporters, story_body.reporters if story_body else [])]


@source("byline markup", 0.6)
def GENERIC_BYLINE(ctx: Context) -> Iterable[list[Reporter]]:
    if known_layout(ctx):  # a profile names its layout's byline, or the layout has none
        return []
    texts = [t for t in people.generic_byline_texts(generic_markup(ctx)) if len(t) < 120]
    return [people.from_byline_texts(texts, bare=False)]


@source("latin byline markup", 0.45)
def LATIN_BYLINE(ctx: Context) -> Iterable[list[Reporter]]:
    """On a page in a Latin script with no author metadata, the names the first byline slot that names anyone
    gives (``By Kim Chul-soo (kcs@x.example)``: no 기자 tells a name there); a later slot is likelier another
    story's teaser."""
    if known_layout(ctx) or ctx.value("language") in ("ko", None):
        return []
    return [people.latin_byline_reporters(generic_markup(ctx))]


@source("body text", 0.7)
def BODY_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    return [people.from_body(ctx.value("body_paragraphs"), body(ctx).reporters)]


_MORE_REPORTERS = re.compile(r"외\s*\d+\s*(?:명|인)")


def header_zone(ctx: Context) -> list[str]:
    return ctx.once(_header_zone)


def _header_zone(ctx: Context) -> list[str]:
    start = headline_element(ctx)
    if start is None:
        return []
    paragraphs = ctx.value("body_paragraphs")
    return header_blocks(ctx.page.tree, ctx.value("title"), paragraphs[0] if paragraphs else None, start=start)


def headline_element(ctx: Context) -> LexborNode | None:
    """The element that holds the title on the page (:func:`sinmun.extraction.headline.headline_node`)."""
    return ctx.once(_headline_element)


def _headline_element(ctx: Context) -> LexborNode | None:
    return headline_node(ctx.page.tree, ctx.value("title"))


@source("header byline", 0.65)
def HEADER_BYLINE(ctx: Context) -> Iterable[list[Reporter]]:
    """A byline among the short blocks between the headline and the body, where unprofiled layouts put it."""
    # a profile names its layout's byline, or the layout has none; the byline patterns are Korean
    if known_layout(ctx) or ctx.value("language") not in ("ko", None):
        return []
    blocks = header_zone(ctx)
    if any(_MORE_REPORTERS.search(block) for block in blocks):  # "홍길동 기자 외 1명": the metadata has them all
        return []
    return [people.from_byline_texts(blocks, bare=False) or people.dated_line_names(blocks)]


@source("name slot", 0.45)
def NAME_SLOT_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    """A byline slot of an unprofiled layout that holds the name alone (``<span class="writer">홍길동</span>``)."""
    if known_layout(ctx) or ctx.value("language") not in ("ko", None):
        return []
    return [people.name_slot_reporters(generic_markup(ctx))]


#: a reporter's card or profile box beside the article (``div.reporter_info``, ``.journalist-card``): a class or
#: id holding ``reporter``/``Reporter`` (one test for ``eporter`` first, passed only by those that may), a class
#: holding ``journalist``, ``byline``, ``writer``, ``author`` or ``profile`` (``div.writer_info``, ``.author-box``,
#: ``div.profile``: a card only when it says 기자)
REPORTER_CARD = ("[class*=eporter]:is([class*=reporter], [class*=Reporter]), [class*=journalist], [class*=byline], "
                 "[class*=writer], [class*=Writer], [class*=author], [class*=profile], [class*=Profile], "
                 "[id*=eporter]:is([id*=reporter], [id*=Reporter])")
#: a card's text is this short: a longer box is a list of other stories
MAX_CARD_CHARS = 200


@source("reporter card", 0.4)
def CARD_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    """The reporter a card or profile box of an unprofiled layout names (``홍길동 기자``, ``홍길동 기자의
    다른 기사``), the first card that names anyone; not a card in another story's teaser."""
    if known_layout(ctx) or ctx.value("language") not in ("ko", None):
        return []
    for node in ctx.page.tree.css(REPORTER_CARD):
        text = node.text(separator=" ", strip=True) or ""
        if len(text) <= MAX_CARD_CHARS and (found := people.card_reporters(node, text)):
            return [found]
    return []


@source("other stories link", 0.35)
def OTHER_STORIES_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    """The reporter a link to their other stories names (``홍길동 기자의 다른 기사 보기``), where an unprofiled layout
    names the reporter nowhere else; the markup is scanned for such a link's words before any element is read."""
    if known_layout(ctx) or ctx.value("language") not in ("ko", None) \
            or not OTHER_STORIES_HINT.search(ctx.page.html):
        return []
    return [people.other_stories_reporters(ctx.page.tree)]


@source("author metadata", 0.6)
def META_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    return [people.from_authors(ctx.meta.authors)]


def _settle_reporters(ctx: Context, resolution: Resolution) -> None:
    people.settle(ctx, resolution, body(ctx).cleaned.removed)


# ----------------------------------------------------------------- press and portal
def _is_portal_url(url: str | None) -> bool:
    return host_of(url) in PORTAL_HOSTS


@source("profile", 1.0)
def PROFILE_PRESS(ctx: Context) -> Iterable[str | None]:
    return [ctx.profile.press if ctx.profile else None]


@source("profile selector", 0.9)
def PROFILE_PRESS_NAME(ctx: Context) -> Iterable[str | None]:
    selectors = _slot(ctx, "press_name")
    return [clean_press(select_first(ctx.page.tree, selectors))] if selectors else []


@source("embedded story", 0.8)
def EMBEDDED_PRESS(ctx: Context) -> Iterable[str | None]:
    found = story(ctx)
    return [clean_press(found.press)] if found else []


@source("json-ld publisher", 0.8)
def JSON_LD_PRESS(ctx: Context) -> Iterable[str | None]:
    return [clean_press(ctx.meta.ld.publisher)]


@source("copyright line", 0.7)
def COPYRIGHT_PRESS(ctx: Context) -> Iterable[str | None]:
    return [press_from_copyright(_article_copyright(ctx), host=host_of(ctx.page_url))]


def _article_copyright(ctx: Context) -> str | None:
    """The record's copyright line when the article's own text or slots hold it: a footer's notice is read for
    the press by :data:`PAGE_COPYRIGHT_PRESS`, in its own rank."""
    found = ctx.resolution("copyright")
    return None if found.winner is None or found.winner.source == PAGE_COPYRIGHT.name else found.value


@source("e-mail domain", 0.6)
def EMAIL_PRESS(ctx: Context) -> Iterable[str | None]:
    reporters: list[Reporter] = ctx.resolution("reporters").value
    return [next((press for r in reporters if r.email and (press := press_from_domain(r.email))), None)]


@source("og:site_name", 0.5)
def SITE_NAME_PRESS(ctx: Context) -> Iterable[str | None]:
    return [] if _is_portal_url(ctx.page_url) else [clean_press(ctx.meta.site_name)]


@source("meta publisher", 0.45)
def META_PUBLISHER_PRESS(ctx: Context) -> Iterable[str | None]:
    return [] if _is_portal_url(ctx.page_url) else [press_from_meta_tags(ctx.meta.tags)]


@source("host", 0.4)
def HOST_PRESS(ctx: Context) -> Iterable[str | None]:
    return [] if _is_portal_url(ctx.page_url) else [press_from_domain(host_of(ctx.page_url))]


@source("outlet host", 0.85)
def OUTLET_HOST_PRESS(ctx: Context) -> Iterable[str | None]:
    """The outlet of a host the domain table knows, on its own site (``www.``, ``m.``, ``news.`` ...): the
    curated name beats a brand in ``og:site_name`` (``ZDNet korea``), a slogan in the copyright line and a
    reporter's e-mail at a sister outlet. Other subdomains may be sister outlets the table lacks."""
    return [] if _is_portal_url(ctx.page_url) else [press_from_own_host(host_of(ctx.page_url))]


#: where a page keeps its copyright notice outside the article text (footers, the portal's press box)
PAGE_COPYRIGHT_SLOTS = ("[class*=copy]", "[id*=copy]", "[class*=Copy]", "footer", "[id*=footer]",
                        "[class*=footer]", "[class*=foot]", "address")


@source("page copyright", 0.3)
def PAGE_COPYRIGHT_PRESS(ctx: Context) -> Iterable[str | None]:
    """The outlet of the first copyright notice elsewhere on the page (a portal's own is never a press)."""
    return [ctx.once(_footer_outlet)]


def _page_copyright_lines(ctx: Context) -> list[str]:
    """The copyright lines of the page's footer and copyright boxes (read once per page: the query lists long
    selectors over the whole tree)."""
    return ctx.once(_read_page_copyright_lines)


def _read_page_copyright_lines(ctx: Context) -> list[str]:
    """The copyright lines of the page's footer slots; without any, on a Korean page, those of its closing lines (a
    footer with no footer or copyright class: ``<p>Copyright ⓒ 가상일보 …</p>`` at the end of the body; the walk
    added 1.6 % to extraction on eval/en-aeb, whose pages mostly have no footer notice, so it is not taken there)."""
    nodes = _footer_nodes(ctx)
    texts = (t.strip() for node in nodes for t in (node.text(separator="\n") or "").split("\n"))
    found = [t for t in texts if is_copyright(t)]
    if found or not _korean_page(ctx):
        return found
    return [t for t in closing_lines(ctx.page.tree) if is_copyright(t)]


def _footer_nodes(ctx: Context) -> list[LexborNode]:
    """The page's footer and copyright boxes (:data:`PAGE_COPYRIGHT_SLOTS`), found once per page."""
    return ctx.once(_find_footer_nodes)


def _find_footer_nodes(ctx: Context) -> list[LexborNode]:
    return ctx.page.tree.css(selector_list(PAGE_COPYRIGHT_SLOTS))


@source("masthead line", 0.55)
def MASTHEAD_PRESS(ctx: Context) -> Iterable[str | None]:
    """The title a Korean internet newspaper registers and prints in its footer (``제호 : 가상일보 | 등록번호 : …``,
    ``매체명 : 가상일보``): the outlet's own Korean name, beside a brand in English or a bare domain elsewhere."""
    if _is_portal_url(ctx.page_url) or not _korean_page(ctx):
        return []
    texts = (node.text(separator=" ") or "" for node in _footer_nodes(ctx))
    return [next((press for text in texts if (press := press_from_masthead(text))), None)]


@source("registration block", 0.2)
def REGISTRATION_PRESS(ctx: Context) -> Iterable[str | None]:
    """The outlet a Korean internet newspaper's registration block names without a 제호 label: its company (``상호 :
    (주)가상타임즈``) or a piece shaped as an outlet's name (``가상타임즈 | 주소 … | 발행인 …``); after every other
    source but a bare domain, as the company may be a group's and not the paper's own name."""
    if _is_portal_url(ctx.page_url) or not _korean_page(ctx):
        return []
    texts = (node.text(separator="\n") or "" for node in _footer_nodes(ctx))
    return [next((press for text in texts if (press := press_from_registration(text))), None)]


def _korean_page(ctx: Context) -> bool:
    """Whether the page says it is Korean (its language, or Hangul in its title): the footer notice is read for
    the copyright field and the title's outlet on such pages (the footer query costs about 2M instructions on a
    large page; measured on eval/en-aeb it added 17 % to extraction)."""
    language = (ctx.meta.language or "").lower()
    return language.startswith("ko") or hangul_count(ctx.meta.title_tag or ctx.meta.tags.get("og:title") or "") > 0


@source("page title", 0.25)
def TITLE_PRESS(ctx: Context) -> Iterable[str | None]:
    """The outlet the ``<title>`` (or ``og:title``) names beside the headline (``제목 - 가상타임즈``)."""
    if _is_portal_url(ctx.page_url):
        return []
    host = host_of(ctx.page_url)
    return [site_name_in_title(ctx.meta.title_tag, ctx.meta.site_name, host)
            or site_name_in_title(ctx.meta.tags.get("og:title"), ctx.meta.site_name, host)]


#: where a page shows the site's logo: an image in a logo box, or an image named as a logo
LOGO_IMAGES = ("[class*=logo] img[alt]", "[id*=logo] img[alt]", "img[alt][class*=logo]", "img[alt][src*=logo]",
               "a[href='/'] img[alt]")
#: where a page may write the site's name as its logo: a logo box, or a link home (``<h1><a href="/">가상면소식지</a>
#: </h1>``)
LOGO_BOXES = ("[class*=logo]", "[id*=logo]", "a[href='/']", "a[rel~=home]")


@source("logo", 0.22)
def LOGO_PRESS(ctx: Context) -> Iterable[str | None]:
    """The outlet the site's logo names in its alternative text (``<img alt="가상일보">``), or a name of any shape
    that the logo and the title both write, or a logo box's own Hangul text shaped as an outlet's name (``<h1
    class="logo"><a href="/">가상일보</a></h1>``), on a page whose title, meta and copyright name none; a portal's
    logo names no press."""
    if _is_portal_url(ctx.page_url):
        return []
    host = host_of(ctx.page_url)
    return [press_from_logo(ctx.once(_logo_alts), host) or clean_press(ctx.once(_title_logo_name))
            or press_from_logo([text for text in ctx.once(_logo_texts) if hangul_count(text)], host)]


def _logo_alts(ctx: Context) -> list[str]:
    return [node.attributes.get("alt") or "" for node in ctx.page.tree.css(selector_list(LOGO_IMAGES))]


def _title_logo_name(ctx: Context) -> str | None:
    """The name the site's logo spells and the ``<title>`` (or ``og:title``) writes beside the headline (``제목 -
    머니가상`` under ``<img alt="머니가상 로고">``): the site's own name, even when nothing in its shape says outlet."""
    titles = (ctx.meta.title_tag, ctx.meta.tags.get("og:title"))
    if not any(has_separator(title) for title in titles if title):
        return None
    for names in ([logo_name(alt) for alt in ctx.once(_logo_alts)[:MAX_LOGOS]], ctx.once(_logo_texts)):
        if found := next((name for title in titles if (name := outer_piece_named(title, names))), None):
            return found
    return None


#: a logo box's own text is the site's name when it is this short: "가상일보", not a menu
MAX_LOGO_TEXT = 20


def _logo_texts(ctx: Context) -> list[str]:
    """The texts of the page's logo boxes and links home written as words, not images (``<h1 class="logo"><a>머니가상
    </a></h1>``)."""
    nodes = ctx.page.tree.css(selector_list(LOGO_BOXES))[:MAX_LOGOS]
    texts = (logo_name(" ".join((node.text() or "").split())) for node in nodes)  # "홈", "HOME": no name
    return [text for text in texts if 2 <= len(text) <= MAX_LOGO_TEXT]


@source("copyright domain", 0.2)
def COPYRIGHT_DOMAIN_PRESS(ctx: Context) -> Iterable[str | None]:
    """An unknown domain the copyright line names (``Copyright © gasangilbo.example``): only when the page
    names its outlet nowhere else (a Hangul name in the title or ``og:site_name`` beats it)."""
    host = host_of(ctx.page_url)
    lines = (line for group in ([ctx.value("copyright")], _page_copyright_lines(ctx)) for line in group)
    return [next((press for line in lines if (press := domain_from_copyright(line, host=host))), None)]


@source("opening dateline", 0.15)
def DATELINE_PRESS(ctx: Context) -> Iterable[str | None]:
    """The outlet the body's opening dateline names (``(서울=연합뉴스)``, ``[OSEN=홍길동 기자]``, ``[아이뉴스24]``):
    wire-style copy's own outlet, taken only when the page names no press anywhere else."""
    return [next((press for p in body(ctx).paragraphs[:people.DATELINE_PARAGRAPHS]
                  if (press := press_from_dateline(p))), None)]


def _settle_press(ctx: Context, resolution: Resolution) -> None:
    _site_name_in_copyright(ctx, resolution)
    _paper_over_company(ctx, resolution)


#: a media company's name rather than its paper's (``가상미디어``, ``가상미디어그룹``, ``가상홀딩스``)
_COMPANY_NAME = re.compile(r"(?:미디어|그룹|홀딩스|커뮤니케이션즈?|네트웍스|코퍼레이션|컴퍼니|"
                           r"media|group|holdings|corporation|company)$", re.I)


def _paper_over_company(ctx: Context, resolution: Resolution) -> None:
    """A copyright that names a media company (``Copyright © 가상미디어``) gives way to the paper that the
    ``<title>`` and the logo both name (``… - 가상신문``, ``<img alt="가상신문">``): the company publishes it."""
    winner = resolution.winner
    if winner is None or winner.source not in (COPYRIGHT_PRESS.name, PAGE_COPYRIGHT_PRESS.name) \
            or not _COMPANY_NAME.search(str(winner.value)):
        return
    title, logo = _first_offer(ctx, resolution, TITLE_PRESS), _first_offer(ctx, resolution, LOGO_PRESS)
    if title is None or logo is None or press_key(title.value) != press_key(logo.value) \
            or press_key(title.value) == press_key(winner.value):
        return
    resolution.notes.append(f"{winner.value!r} of the copyright is a company: its paper {title.value!r} is named by "
                            "the title and the logo")
    resolution.value = title.value


def _first_offer(ctx: Context, resolution: Resolution, read: Source) -> Candidate | None:
    """The first acceptable offer of a source of lower precedence than the winner, read now if the rule did not."""
    offers = [c for c in resolution.offers if c.source == read.name] or read(ctx)
    return next((c for c in offers if c.problem is None), None)


def _site_name_in_copyright(ctx: Context, resolution: Resolution) -> None:
    """A copyright line that also names the ``og:site_name`` outlet names it beside a slogan
    (``ⓒ 경제를 보는 눈, 세계를 보는 창 가상경제``): the site's own name wins."""
    winner, site = resolution.winner, resolution.first(SITE_NAME_PRESS.name)
    if winner is None or site is None or winner.source != COPYRIGHT_PRESS.name or site.value == winner.value:
        return
    line = _article_copyright(ctx) or ""
    if press_key(site.value) in press_key(line):
        resolution.notes.append(f"{site.value!r} of og:site_name is in the copyright line: it names the outlet")
        resolution.value = site.value


@source("profile", 1.0)
def PROFILE_PORTAL(ctx: Context) -> Iterable[str | None]:
    return [ctx.profile.portal if ctx.profile else None]


@source("host", 0.9)
def HOST_PORTAL(ctx: Context) -> Iterable[str | None]:
    return [PORTAL_HOSTS.get(host_of(ctx.page_url))]


@source("portal markup", 0.6)
def MARKUP_PORTAL(ctx: Context) -> Iterable[str | None]:
    if ctx.page_url:  # a known URL off the portals' hosts is no portal page
        return []
    head = ctx.page.html[:300_000]
    return [next((portal for portal, markers in PORTAL_MARKERS.items() if any(m in head for m in markers)), None)]


# ----------------------------------------------------------------- section, copyright, the rest
@source("profile selector", 0.9)
def PROFILE_SECTION(ctx: Context) -> Iterable[str | None]:
    return [_normal(_select_first(ctx, "section"))]


@source("embedded story", 0.9)
def EMBEDDED_SECTION(ctx: Context) -> Iterable[str | None]:
    found = story(ctx)
    return [found.section if found else None]


@source("json-ld", 0.8)
def JSON_LD_SECTION(ctx: Context) -> Iterable[str | None]:
    return [_normal(ctx.meta.ld.section)]


@source("meta tags", 0.7)
def META_SECTION(ctx: Context) -> Iterable[str | None]:
    return [_normal(ctx.meta.tag(*SECTION_TAGS))]


@source("body", 0.9)
def BODY_COPYRIGHT(ctx: Context) -> Iterable[str | None]:
    return [body(ctx).copyright]


@source("page body", 0.8)
def PAGE_BODY_COPYRIGHT(ctx: Context) -> Iterable[str | None]:
    """The notice in the page's own body container, when the text came from an embedded story."""
    found = page_body(ctx)
    return [found.copyright] if found is not None and found is not body(ctx) else []


def profile_copyright(ctx: Context) -> str | None:
    """The first copyright notice the profile's copyright slots hold."""
    texts = select_all(ctx.page.tree, _slot(ctx, "copyright"))
    return next((t for t in texts if is_copyright(t)), None)


@source("profile selector", 0.8)
def PROFILE_COPYRIGHT(ctx: Context) -> Iterable[str | None]:
    return [profile_copyright(ctx)]


@source("page copyright", 0.5)
def PAGE_COPYRIGHT(ctx: Context) -> Iterable[str | None]:
    """The first copyright notice of the page's footer or copyright box, when the article text and the profile
    hold none (``Copyright ⓒ 가상일보. All rights reserved.``, ``ⓒ 가상뉴스(www.…), 무단전재 및 재배포 금지``): on the
    generic path only (a profile says where its site's notice is, and a footer scan costs a query of the tree)."""
    if ctx.profile is not None or not _korean_page(ctx):
        return []
    host = host_of(ctx.page_url)
    return [next((_notice(line) for line in _page_copyright_lines(ctx) if names_a_holder(line, host)), None)]


#: a line's opening cut from a sentence (``or redistributed. ©2019 …``) up to the notice's mark
_SENTENCE_PIECE_BEFORE_MARK = re.compile(r"^[a-z][^ⓒ©]*?(?=[ⓒ©])")
#: separators or an opened bracket the notice's line ends with (``… All rights reserved (``, ``… Times |``)
_DANGLING_END = re.compile(r"[\s|(\[·,–—-]+$")


def _notice(line: str) -> str:
    """A footer line as a copyright notice: without the end of a sentence before its mark, nor a dangling
    separator after it."""
    return _DANGLING_END.sub("", _SENTENCE_PIECE_BEFORE_MARK.sub("", normalize_space(line)))


@source("dump text", 0.6)
def DUMP_COPYRIGHT(ctx: Context) -> Iterable[str | None]:
    # A dump keeps the notice outside the body container: one pass over its text runs.
    if not ctx.page.is_fragment or ctx.page.tree.body is None:
        return []
    lines = (normalize_space(t) for t in ctx.page.tree.body.text(separator="\n").split("\n"))
    return [next((line for line in lines if is_copyright(line)), None)]


@source("profile selector", 0.9)
def PROFILE_COMMENTS(ctx: Context) -> Iterable[int | None]:
    selectors = _slot(ctx, "comment_count")
    count = re.sub(r"[,\s]", "", select_first(ctx.page.tree, selectors) or "") if selectors else ""
    return [int(count)] if count.isdigit() else []


@source("dump tail", 0.6)
def DUMP_COMMENTS(ctx: Context) -> Iterable[int | None]:
    text = dump(ctx)
    return [comment_count_from_text(text.tail)] if text is not None else []


@source("dump tail", 0.6)
def DUMP_RELATED(ctx: Context) -> Iterable[list[RelatedLink]]:
    text = dump(ctx)
    return [related_from_text(text.tail)] if text is not None else []


@source("canonical link", 0.9)
def CANONICAL_LINK(ctx: Context) -> Iterable[str | None]:
    return [ctx.meta.canonical_link]


@source("og:url", 0.8)
def OG_URL(ctx: Context) -> Iterable[str | None]:
    return [None if ctx.meta.canonical_link else ctx.meta.tags.get("og:url")]


@source("embedded story", 0.7)
def EMBEDDED_CANONICAL(ctx: Context) -> Iterable[str | None]:
    found = story(ctx)
    base = f"https://{ctx.profile.hosts[0]}" if ctx.profile is not None and ctx.profile.hosts else ctx.url
    return [join_url(base, found.canonical_url)] if found and found.canonical_url and base else []


@source("body text", 0.9)
def BODY_LANGUAGE(ctx: Context) -> Iterable[str | None]:
    found = detect_language(ctx.value("body_paragraphs"))
    return [latin_language(ctx.value("body_paragraphs"), _declared_language(ctx)) if found == "en" else found]


@source("<html lang>", 0.6)
def DECLARED_LANGUAGE(ctx: Context) -> Iterable[str | None]:
    return [_declared_language(ctx)]


def _declared_language(ctx: Context) -> str | None:
    """The page's ``<html lang>`` without its region (``de-CH`` → ``de``)."""
    return (ctx.meta.language or "").replace("_", "-").split("-")[0].strip().lower() or None


def _empty_list() -> list[object]:
    return []


#: every resolved field: its sources in precedence order, and what happens to the winner.
FIELD_RULES: dict[str, FieldRule] = {
    "body": FieldRule((PROFILE_BODY, EMBEDDED_BODY, GENERIC_BODY), empty=_empty_body, settle=_settle_body),
    "body_paragraphs": FieldRule((BODY_PARAGRAPHS,), empty=_empty_list),
    "images": FieldRule((BODY_IMAGES,), empty=_empty_list),
    "title": FieldRule((PROFILE_TITLE, EMBEDDED_TITLE, DUMP_TITLE, VISIBLE_TITLE, JSON_LD_TITLE, OG_TITLE, H1_TITLE,
                        TITLE_TAG, HEADING_TITLE)),
    "subtitle": FieldRule((PROFILE_SUBTITLE, EMBEDDED_SUBTITLE, GENERIC_SUBTITLE_SOURCE, HEADLINE_DECK,
                           LEADING_SUBTITLE)),
    "published": FieldRule((PROFILE_PUBLISHED, DATE_LINE_PUBLISHED, DUMP_PUBLISHED, JSON_LD_PUBLISHED,
                            META_PUBLISHED, HEADER_PUBLISHED, EMBEDDED_PUBLISHED, ZONE_PUBLISHED,
                            TIME_ELEMENT_PUBLISHED, SCRIPT_PUBLISHED),
                           settle=_settle_published, consult=frozenset(_DATE_META_SOURCES)),
    "updated": FieldRule((EMBEDDED_UPDATED, PROFILE_UPDATED, DATE_LINE_UPDATED, DUMP_UPDATED, HEADER_UPDATED,
                          JSON_LD_UPDATED, META_UPDATED),
                         settle=_settle_updated, consult=frozenset(_DATE_META_SOURCES)),
    "reporters": FieldRule((PROFILE_BYLINE, EMBEDDED_REPORTERS, GENERIC_BYLINE, BODY_REPORTERS, HEADER_BYLINE,
                            META_REPORTERS, NAME_SLOT_REPORTERS, CARD_REPORTERS, OTHER_STORIES_REPORTERS, LATIN_BYLINE),
                           empty=_empty_list, settle=_settle_reporters, consult=ALL),
    "press": FieldRule((PROFILE_PRESS, PROFILE_PRESS_NAME, EMBEDDED_PRESS, OUTLET_HOST_PRESS, JSON_LD_PRESS,
                        COPYRIGHT_PRESS, EMAIL_PRESS, MASTHEAD_PRESS, SITE_NAME_PRESS, META_PUBLISHER_PRESS, HOST_PRESS,
                        PAGE_COPYRIGHT_PRESS,
                        TITLE_PRESS, LOGO_PRESS, REGISTRATION_PRESS, COPYRIGHT_DOMAIN_PRESS, DATELINE_PRESS),
                       settle=_settle_press, consult=frozenset({SITE_NAME_PRESS.name})),
    "portal": FieldRule((PROFILE_PORTAL, HOST_PORTAL, MARKUP_PORTAL)),
    "section": FieldRule((PROFILE_SECTION, EMBEDDED_SECTION, JSON_LD_SECTION, META_SECTION)),
    "copyright": FieldRule((BODY_COPYRIGHT, PAGE_BODY_COPYRIGHT, PROFILE_COPYRIGHT, DUMP_COPYRIGHT, PAGE_COPYRIGHT)),
    "comment_count": FieldRule((PROFILE_COMMENTS, DUMP_COMMENTS)),
    "related": FieldRule((DUMP_RELATED,), empty=_empty_list),
    "canonical_url": FieldRule((CANONICAL_LINK, OG_URL, EMBEDDED_CANONICAL)),
    "language": FieldRule((BODY_LANGUAGE, DECLARED_LANGUAGE)),
}


def prefer(name: str, *first: Source) -> tuple[Source, ...]:
    """The field's default sources with ``first`` moved (or added) to the front, for a profile's own order."""
    return first + tuple(s for s in FIELD_RULES[name].sources if s not in first)


def replace(name: str, old: Source, new: Source) -> tuple[Source, ...]:
    """The field's default sources with ``old`` swapped for a profile's own ``new``."""
    return tuple(new if s == old else s for s in FIELD_RULES[name].sources)


def then(name: str, *more: Source) -> tuple[Source, ...]:
    """The field's default sources, then a profile's own ``more``."""
    return FIELD_RULES[name].sources + more
