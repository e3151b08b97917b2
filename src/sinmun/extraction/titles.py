"""Headlines out of ``<title>`` and ``og:title``: the site name and section labels around them removed.

Korean outlets decorate the page title with their name, the section and the page type, on
either side of the headline and with many separators::

    모바일 :: 제목                       제목 : 뉴스 : 동아일보
    제목-정치ㅣ한국일보                   제목 | 세계 | 연합뉴스
    제목 - 머니투데이                     [단독] 제목 < 사회 < 기사본문 - 가상신문

:func:`strip_title_decorations` peels such pieces off the ends, one separator at a time, while
the piece is decoration: the site's name (``site_name`` with or without an article, a domain ending
or a tail word such as ``Blog``; the outlet of ``host`` and the host's own label; across the site
name's own separators, ``… - Gasang - Nord Lions``), any known press name, a name ending like an
outlet's, a portal, a section or page label (Korean, English and the word for news in a few other
languages), and at the end a date. A hyphen between Latin letters is a word's, never a separator
(``Rhein-Neckar``); beside Hangul it separates as Korean titles use it. What is left
keeps its own punctuation (``K-팝``, ``16:9``, quotes, a leading ``[단독]``; a leading ``[가상일보]`` goes
when it is the site's or a known press's name). A title that is
nothing but decoration (the site name alone) is no title: None.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .bylines import nfc
from .presses import PRESS_BY_DOMAIN, clean_press, names_an_outlet_alone, press_from_domain, press_key

# A separator between the headline and a decoration: "::", "|", "ｌ", "ㅣ", "<", ">", "«", "»",
# " - ", "-", " : ", "–", "—". A colon binds only with a space beside it ("16:9" stays whole); a bare
# hyphen only beside Hangul ("제목-정치ㅣ한국일보"): between Latin letters it joins a word ("Rhein-Neckar").
_SEPARATOR = re.compile(r"(\s*(?:::|[|｜ㅣ<>«»–—―]|\s:\s?|:\s|\s-\s|(?<=[가-힣])-|-(?=[가-힣]))\s*)")
# Separators that may follow a decoration at the start ("모바일 :: 제목", "가상일보 | 제목").
_DANGLING = re.compile(r"\s+(?:::|[-|｜–—―:])\s*$")
#: the site's own name in brackets before the headline: "[가상일보] 제목" (a "[단독]" is the headline's)
_BRACKETED_LEAD = re.compile(r"^\[(?P<name>[^\[\]]{2,20})\]\s*(?=\S)")
_LEADING_SEPARATORS = {"::", "|", "｜", "ㅣ", ">", "»", "-"}
_SECTIONS = set("""
뉴스 기사 기사본문 본문 기사보기 모바일 mobile m 홈 home news 정치 경제
사회 세계 국제 문화 연예 스포츠 it 과학 it과학 전국 지역 오피니언
사설 칼럼 라이프 생활 건강 포토 영상 동영상 랭킹 속보 종합 산업
기업 금융 증권 부동산 북한 통일 교육 환경 국방 외교 피플 인물 사람
월드 비즈 비즈니스 테크 게임 방송 엔터 연예가 엔터테인먼트 스타
해외축구 야구 축구 농구 배구 골프 정책 국회 행정 법원 검찰
사건사고 노동 복지 의료 여행 레저 음식 책 공연 전시 미디어 자동차
유통 경제일반 world politics business sports entertainment opinion society culture
economy editorial editorials commentary analysis features obituaries letters tech technology science
health lifestyle travel weather video videos photos blogs
новости новини nachrichten actualités actualites noticias notícias notizie nieuws uutiset wiadomości
""".split())
#: a trailing piece that is a date (``… | DW | 23.05.2011``)
_DATE_PIECE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?$")
#: how the site's own name may end besides its name (``Gasang Blog``, ``gasang.de``, ``Gasang AG``)
_NAME_TAIL = re.compile(r"(?:\.(?:com|net|org|info|io|de|at|ch|fr|it|es|nl|be|pl|hu|uk|co\.uk|com\.au|kr|co\.kr)"
                        r"|\s+(?:blog|magazin|magazine|online|ag|gmbh|e\.\s?v\.?|inc\.?|ltd\.?))$", re.I)
#: the most separators a site's own name may hold (``Rhein-Neckar Löwen``, ``The Anti-June Cleaver``)
_NAME_SEPARATORS = 2
_SECOND_LEVEL = {"co", "com", "or", "ne", "go", "ac", "net", "org"}
_PORTAL = re.compile(r"^(?:네이버|naver|다음|daum|네이트|nate|zum|줌)(?:뉴스|news|스포츠|sports|연예|엔터)?$")
# One word that ends like an outlet's name: "가상신문", "가상일보", "가상경제", "가상TV", "가상뉴스 TV".
_OUTLET_NAME = re.compile(r"^[가-힣A-Za-z0-9○&.]{1,10}(?:일보|신문|뉴스|방송|경제|닷컴|타임스|타임즈|투데이|미디어|"
                          r"데일리|포스트|저널|TV|News|Times|Daily|Herald)(?:\s?(?:TV|1|24))?$")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|kr|co\.kr)$", re.I)
_KNOWN_PRESS_KEYS = {press_key(name) for name in PRESS_BY_DOMAIN.values()}


def strip_title_decorations(title: str | None, site_name: str | None = None, host: str | None = None,
                            outlet: str | None = None) -> str | None:
    """The headline in a page title, without the site name and section labels around it.

    ``site_name`` (``og:site_name``), ``host`` (the page's host) and ``outlet`` (the outlet the page's own
    copyright line names) say which names are the site's own. None when the title is empty or nothing but
    decoration.
    """
    if not title:
        return None
    title = nfc(" ".join(title.split()))
    own = _own_names(nfc(site_name) if site_name else None, host)
    if outlet:
        own |= {press_key(outlet), _own_key(outlet)}
    tokens = _without_trailing(_SEPARATOR.split(title), own)  # text, separator, text, ... text
    lead = len(tokens)
    tokens = _without_leading(tokens, own)
    # "Headline -": a separator with nothing after
    headline = _without_bracketed_name(_DANGLING.sub("", "".join(tokens)).strip(), own)
    if len(tokens) < lead:
        headline = headline.lstrip(".:;· ")  # "Gasang ::. headline": the separator's tail
    if not headline or _is_decoration(headline.strip("[]"), own):  # the site's name alone, maybe in brackets
        return None
    return headline


def has_separator(headline: str) -> bool:
    """A headline still cut in pieces by a title separator (``제목 : 하늘마루``): it may end in a site name only the
    page's own copyright line tells (a plain dash or colon inside a headline is kept unless that line names it)."""
    return _SEPARATOR.search(headline) is not None


def site_name_in_title(title: str | None, site_name: str | None = None, host: str | None = None) -> str | None:
    """The outlet a page title names beside its headline (``제목 - 가상타임즈``, ``가상일보 | 제목``): the
    outermost decoration that reads as an outlet's name (a known press, or a name ending like one), not a
    section, portal or date; None when there is none."""
    if not title:
        return None
    tokens = _SEPARATOR.split(nfc(" ".join(title.split())))
    lead = _BRACKETED_LEAD.match(tokens[0])  # "[가상매일신문] 제목"
    if lead and names_an_outlet_alone(lead["name"]):
        return clean_press(lead["name"])
    if len(tokens) < 3:
        return None
    if (crumbed := _breadcrumb_site(tokens)) and len(crumbed) <= MAX_CRUMB_CHARS:
        return clean_press(crumbed)
    own = _own_names(site_name, host)
    kept = _without_trailing(list(tokens), own)
    pieces = [t.strip() for t in tokens[len(kept) + 1::2]][::-1]  # the cut trailing pieces, outermost first
    led = _without_leading(list(kept), own)
    pieces += [t.strip() for t in kept[:len(kept) - len(led):2]]
    for piece in pieces:
        words = piece.split()
        if len(words) == 2 and words[1].lower() in _SECTIONS:  # "가상일보 모바일"
            piece = words[0]
        if press_key(piece) in _KNOWN_PRESS_KEYS or _is_outlet_name(piece):
            return clean_press(piece)
    return None


def outer_piece_named(title: str | None, names: Iterable[str]) -> str | None:
    """The one of ``names`` that ``title`` writes as its first or last piece, cut off from the headline by a
    separator (``제목 - 머니가상`` with the logo's 머니가상): a name two places of the page agree on, whatever its
    shape; None when the title writes none of them so."""
    tokens = _SEPARATOR.split(nfc(" ".join((title or "").split())))
    if len(tokens) < 3:
        return None
    keys = {key: name for name in names if (key := press_key(name))}
    return next((keys[key] for piece in (tokens[-1], tokens[0]) if (key := press_key(piece.strip())) in keys), None)


def _is_outlet_name(piece: str) -> bool:
    """One word that ends like an outlet's name, maybe with its company suffix (``가상일보사``, ``(주)가상경제``)."""
    return bool(_OUTLET_NAME.match(piece) or _OUTLET_NAME.match(clean_press(piece) or ""))


def _without_trailing(tokens: list[str], own: set[str]) -> list[str]:
    """The title's tokens without the decorations (and dates) at its end, and without a slogan after the site's
    name (``제목 | 가상일보 - 전국 최대 지역신문``)."""
    crumbs = False  # an article-page label cut after a "<": the pieces before it, each after a "<", are sections
    named = False  # the site's own name just cut: the short pieces right before it after a ">" are boards
    while len(tokens) >= 3:
        cut, named_next = _trailing_cut(tokens, own, crumbs, named)
        if not cut:
            break
        crumbs = crumbs or cut == 1 and tokens[-2].strip() == "<" and tokens[-1].strip() in _PAGE_LABELS
        named = named_next
        del tokens[-cut - 1:]
    return tokens


def _trailing_cut(tokens: list[str], own: set[str], crumbs: bool, named: bool) -> tuple[int, bool]:
    """How many tokens end the title as decoration (0: none), and whether they are the site's own name or a board
    written right before it (``제목 > 자유게시판 | 가상신문``)."""
    own_cut = _own_name_span(tokens, own, at_end=True) or _name_then_crumbs(tokens, own)
    if own_cut:
        return own_cut, True
    if named and _is_crumb(tokens, ">"):
        return 1, True
    if _is_decoration(tokens[-1], own) or _DATE_PIECE.match(tokens[-1].strip()) or crumbs and _is_crumb(tokens) \
            or _breadcrumb_site(tokens):
        return 1, _own_key(tokens[-1]) in own
    return _slogan_span(tokens, own), False


#: at most this many sections of a breadcrumb after the site's name (``제목 - 가상일보 | 사회 > 교통``)
MAX_CRUMBS_AFTER_NAME = 3
_ARROWS = frozenset((">", "»"))


def _name_then_crumbs(tokens: list[str], own: set[str]) -> int:
    """How many tokens end the title as the site's name and then its breadcrumb (``제목 - 가상일보 | 사회 > 교통``,
    ``제목 | 가상일보 > 사회 > 교통``, ``제목 - 가상일보 - 사회 - 교통``): the name, a known press or a name ending like
    an outlet's, then one to three short pieces, joined by arrows or led by a section's name; 0 otherwise."""
    for count in range(1, MAX_CRUMBS_AFTER_NAME + 1):
        at = len(tokens) - 1 - 2 * count  # where the name would stand, a headline before it
        if at < 2 or not _is_crumb_piece(tokens[at + 2]):
            return 0
        if not _names_an_outlet(tokens[at].strip(), own):
            continue
        arrows = all(separator.strip() in _ARROWS for separator in tokens[at + 3::2])
        led = tokens[at + 2].strip().lower() in _SECTIONS
        return 2 * count + 1 if led or arrows and (tokens[at + 1].strip() in _ARROWS or count > 1) else 0
    return 0


def _is_crumb_piece(piece: str) -> bool:
    """A piece short enough for a breadcrumb's section or a board's name: one or two words, a few letters."""
    piece = piece.strip()
    return 0 < len(piece) <= MAX_CRUMB_CHARS and len(piece.split()) <= 2


def _names_an_outlet(name: str, own: set[str]) -> bool:
    """A title piece that is the site's own name, a known press, or a name ending like an outlet's."""
    return _own_key(name) in own or press_key(name) in _KNOWN_PRESS_KEYS or _is_outlet_name(name)


#: the page-type labels a breadcrumb title ends with: "제목 < 국회·정당 < 정치 < 기사본문 - 가상일보"
_PAGE_LABELS = frozenset(("기사본문", "기사보기", "본문"))
#: a section's name in such a breadcrumb is this short, in at most two words
MAX_CRUMB_CHARS = 12


def _breadcrumb_site(tokens: list[str]) -> str | None:
    """The site's name that ends a breadcrumb title, after its article-page label (``… < 사회 < 기사본문 -
    가상매일``: 가상매일), whatever the name; None for any other title."""
    if len(tokens) < 5 or tokens[-3].strip() not in _PAGE_LABELS or tokens[-4].strip() != "<":
        return None
    return tokens[-1].strip() or None


def _is_crumb(tokens: list[str], arrow: str = "<") -> bool:
    """The title's last piece is a section of a breadcrumb title (``… < 국회·정당 < 정치 < 기사본문``), or a board's
    name before the site's (``제목 > 자유게시판 | 가상타임즈``, ``arrow`` ``>``): written after the arrow, short, one
    or two words; any name, not only the known section words."""
    return tokens[-2].strip() == arrow and _is_crumb_piece(tokens[-1])


#: a slogan after the site's name is this short
MAX_SLOGAN_CHARS = 30


def _slogan_span(tokens: list[str], own: set[str]) -> int:
    """3 when the title ends with the site's name and then one short piece (its slogan), a headline before them:
    the name and the slogan go; 0 otherwise. A section or column label before the name (``칼럼 - 가상일보 -
    제목``) is no headline: the piece after the name is; unless a headline opens the title before that label
    (``제목 | 사회 | 가상일보 - 가상시 대표 언론``)."""
    slogan = tokens[-1].strip() if len(tokens) >= 5 else ""
    if not slogan or len(slogan) > MAX_SLOGAN_CHARS:
        return 0
    if _is_decoration(tokens[-5].strip(), own) and (len(tokens) < 7 or _is_decoration(tokens[0].strip(), own)):
        return 0
    name = tokens[-3].strip()
    return 3 if name and _names_an_outlet(name, own) else 0


def _without_leading(tokens: list[str], own: set[str]) -> list[str]:
    """The title's tokens without the decorations at its start, each followed by a leading separator."""
    while len(tokens) >= 3 and tokens[1].strip() in _LEADING_SEPARATORS:
        cut = _own_name_span(tokens, own, at_end=False) or (1 if _is_decoration(tokens[0], own) else 0)
        if not cut or tokens[cut].strip() not in _LEADING_SEPARATORS:
            break
        del tokens[:cut + 1]
    return tokens


def _without_bracketed_name(headline: str, own: set[str]) -> str:
    """The headline without the site's name in brackets before or after it (``[가상일보] 제목``, ``제목 [가상일보]``);
    a label in brackets (``[단독]``, ``[종합]``) stays."""
    lead = _BRACKETED_LEAD.match(headline)
    if lead is not None and _names_the_site(lead["name"], own):
        headline = headline[lead.end():]
    tail = _BRACKETED_TAIL.search(headline) if headline.endswith("]") else None
    return headline[:tail.start()] if tail is not None and _names_the_site(tail["name"], own) else headline


#: the site's own name in brackets after the headline: "제목 [가상일보]"
_BRACKETED_TAIL = re.compile(r"(?<=\S)\s*\[(?P<name>[^\[\]]{2,20})\]$")


def _names_the_site(name: str, own: set[str]) -> bool:
    key = press_key(name)
    return key in own or key in _KNOWN_PRESS_KEYS or names_an_outlet_alone(name)


def _own_name_span(tokens: list[str], own: set[str], *, at_end: bool) -> int:
    """How many tokens at the end (or the start) of ``tokens`` spell the site's own name across its
    separators (``Rhein`` ``-`` ``Neckar Löwen``), leaving a headline beside them; 0 when none do."""
    for span in range(2 * _NAME_SEPARATORS + 1, 2, -2):
        if len(tokens) > span + 1 and _own_key("".join(tokens[-span:] if at_end else tokens[:span])) in own:
            return span
    return 0


def _own_key(piece: str) -> str:
    """The key of a piece that may be the site's name, with its domain ending or a tail word
    (``Blog``, ``Magazin``, ``AG``) taken off."""
    piece = piece.strip(" .·@")
    return press_key(_NAME_TAIL.sub("", piece) or piece)


def _own_names(site_name: str | None, host: str | None) -> set[str]:
    """Keys (:func:`press_key`) of the names this site goes by: its ``og:site_name`` (without an
    article, a domain ending or a tail word), its known outlet, and its host's own label."""
    names = {site_name, clean_press(site_name), press_from_domain(host), _host_label(host)}
    if site_name and site_name.lower().startswith("the "):
        names.add(site_name[4:])  # "The Gasang Herald" is also "Gasang Herald"
    keys = {press_key(name) for name in names if name}
    return keys | {_own_key(name) for name in names if name}


def _host_label(host: str | None) -> str | None:
    """The registered label of a host: ``gasang`` of ``www.gasang.de`` or ``news.gasang.co.uk``."""
    labels = [label for label in (host or "").lower().split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else None


def _is_decoration(piece: str, own: set[str]) -> bool:
    """A piece of a title that is the site's name, a press, a portal or a section label."""
    piece = piece.strip(" .·")
    if not piece:
        return True
    key = press_key(piece)
    lower = re.sub(r"[\s/·&,]+", "", piece.lower())
    if key in own or _own_key(piece) in own or key in _KNOWN_PRESS_KEYS:
        return True
    if lower in _SECTIONS or lower.endswith("일반") and len(lower) <= 6:
        return True
    if bool(_PORTAL.match(lower) or _is_outlet_name(piece) or _DOMAIN.match(piece)):
        return True
    if _DOMAIN_AFTER.search(piece):  # "가상일보 (gasangilbo.co.kr)"
        return _is_decoration(_DOMAIN_AFTER.sub("", piece), own)
    return _is_name_and_page_words(piece, own)


def _is_name_and_page_words(piece: str, own: set[str]) -> bool:
    """The site's name with section or page words: "가상일보 모바일", "가상일보 모바일 사이트", "가상일보 - 사회" read
    as one piece."""
    words = piece.split()
    return (2 <= len(words) <= 3 and all(word.lower() in _SECTIONS or word in _PAGE_WORDS for word in words[1:])
            and _is_decoration(words[0], own) and words[0].lower() not in _SECTIONS)


#: words of a page's kind after the site's name: "가상일보 모바일 사이트", "가상일보 홈페이지"
_PAGE_WORDS = frozenset(("사이트", "홈페이지", "웹", "앱", "버전", "모바일웹"))
#: the site's domain in brackets after its name: "가상일보 (gasangilbo.co.kr)"
_DOMAIN_AFTER = re.compile(r"\s*[(\[]\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*[)\]]$", re.I)


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4"))
_HEADING_CLASS = re.compile(r"tit|subject|headline|head_line", re.I)
_LOGO_CLASS = re.compile(r"logo|brand|site[-_]?(?:title|name)", re.I)
#: a heading over the body is this long
_HEADING_CHARS = (8, 200)
#: the walk to the body's first paragraph looks at most at this many elements
MAX_HEADING_WALK = 6000


def heading_before(tree: LexborHTMLParser, first_paragraph: str | None) -> str | None:
    """The last heading (``h1``-``h4`` or a title-classed element) before the body's first paragraph: the
    headline of a page whose ``<title>`` and meta name only the site. Not a link's or a list item's text, not
    the site's logo, not a section label (``많이 본 뉴스``)."""
    start = " ".join((first_paragraph or "").split())[:30]
    root = tree.body
    if len(start) < 10 or root is None:
        return None
    found: str | None = None
    for visited, node in enumerate(root.traverse(include_text=True)):
        if visited > MAX_HEADING_WALK:
            return None
        if node.tag != "-text":
            found = _heading_text(node) or found
            continue
        text = " ".join((node.text_content or "").split())
        if len(text) >= 10 and (text.startswith(start) or start.startswith(text[:30])):
            return found
    return None


def _heading_text(node: LexborNode) -> str | None:
    if node.tag not in _HEADING_TAGS and not _HEADING_CLASS.search(node.attributes.get("class") or ""):
        return None
    text = " ".join((node.text(separator=" ") or "").split())
    if not _HEADING_CHARS[0] <= len(text) <= _HEADING_CHARS[1] or _is_decoration(text, set()):
        return None
    if node.css_first("a[href='/']") is not None or _LOGO_CLASS.search(node.attributes.get("class") or ""):
        return None
    parent = node.parent
    for _ in range(3):
        if parent is None or parent.tag in ("a", "li", "nav"):
            return None if parent is not None else text
        parent = parent.parent
    return text
