"""Korean press names and the web domains that identify them.

A press name is the outlet's own name: never a label of the copyright line (``저작권자``,
``Copyright``, ``All rights reserved``), without its corporate form (``대전일보사`` -> 대전일보,
``(주)``, ``㈜``, ``주식회사``, ``Co., Ltd.``). Sister outlets of one group (스포츠조선 and 조선일보,
스포츠동아 and 동아일보...) are told apart by their own hosts and by the copyright line: a
sister's name or domain is never shortened to the parent's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .bylines import OPENING_UNBRACKETED_BYLINE, nfc

#: domain suffix -> press name as the outlet writes it.
PRESS_BY_DOMAIN: dict[str, str] = {
    "yna.co.kr": "연합뉴스", "yonhapnews.co.kr": "연합뉴스", "yonhapnewstv.co.kr": "연합뉴스TV",
    "newsis.com": "뉴시스", "news1.kr": "뉴스1", "etnews.com": "전자신문", "chosun.com": "조선일보",
    "tvchosun.com": "TV조선", "joongang.co.kr": "중앙일보", "joins.com": "중앙일보", "donga.com": "동아일보",
    "hani.co.kr": "한겨레", "khan.co.kr": "경향신문", "kmib.co.kr": "국민일보", "seoul.co.kr": "서울신문",
    "segye.com": "세계일보", "hankookilbo.com": "한국일보", "munhwa.com": "문화일보", "mk.co.kr": "매일경제",
    "hankyung.com": "한국경제", "sedaily.com": "서울경제", "mt.co.kr": "머니투데이", "edaily.co.kr": "이데일리",
    "asiae.co.kr": "아시아경제", "fnnews.com": "파이낸셜뉴스", "heraldcorp.com": "헤럴드경제",
    "dt.co.kr": "디지털타임스",
    "zdnet.co.kr": "지디넷코리아", "bloter.net": "블로터", "kbs.co.kr": "KBS", "imbc.com": "MBC", "mbc.co.kr": "MBC",
    "sbs.co.kr": "SBS", "ytn.co.kr": "YTN", "jtbc.co.kr": "JTBC", "joins.com.jtbc": "JTBC", "mbn.co.kr": "MBN",
    "ichannela.com": "채널A", "newstapa.org": "뉴스타파", "ohmynews.com": "오마이뉴스", "pressian.com": "프레시안",
    "nocutnews.co.kr": "노컷뉴스", "cbs.co.kr": "CBS", "kyunghyang.com": "경향신문", "inews24.com": "아이뉴스24",
    "ddaily.co.kr": "디지털데일리", "biz.chosun.com": "조선비즈", "koreaherald.com": "코리아헤럴드",
    "koreatimes.co.kr": "코리아타임스", "kookje.co.kr": "국제신문", "busan.com": "부산일보", "imaeil.com": "매일신문",
    "yeongnam.com": "영남일보", "kwnews.co.kr": "강원일보", "jnilbo.com": "전남일보", "sisain.co.kr": "시사IN",
    "mediatoday.co.kr": "미디어오늘", "newspim.com": "뉴스핌", "dailian.co.kr": "데일리안", "ajunews.com": "아주경제",
    "wowtv.co.kr": "한국경제TV", "sbscnbc.co.kr": "SBS Biz", "osen.co.kr": "OSEN", "xportsnews.com": "엑스포츠뉴스",
    "starnewskorea.com": "스타뉴스", "sportsseoul.com": "스포츠서울", "etoday.co.kr": "이투데이",
    # sister outlets on their own hosts (the longest matching domain wins over the parent's)
    "sports.chosun.com": "스포츠조선", "sportschosun.com": "스포츠조선", "sports.donga.com": "스포츠동아",
    "sports.khan.co.kr": "스포츠경향", "sportsworldi.com": "스포츠월드", "isplus.com": "일간스포츠",
    "isplus.joins.com": "일간스포츠", "mksports.co.kr": "MK스포츠", "star.mk.co.kr": "스타투데이",
    "tenasia.hankyung.com": "텐아시아", "sportshankook.co.kr": "스포츠한국", "hankooki.com": "한국일보",
    "jtbc.joins.com": "JTBC", "daejonilbo.com": "대전일보", "kwangju.co.kr": "광주일보",
}
#: parent outlet -> its sister outlets: a page of a sister is never the parent's.
SISTER_OUTLETS: dict[str, tuple[str, ...]] = {
    "조선일보": ("스포츠조선", "TV조선", "조선비즈"), "동아일보": ("스포츠동아", "채널A"), "경향신문": ("스포츠경향",),
    "세계일보": ("스포츠월드",), "중앙일보": ("일간스포츠", "JTBC"), "매일경제": ("MK스포츠", "스타투데이", "MBN"),
    "한국일보": ("스포츠한국",), "한국경제": ("텐아시아", "한국경제TV"),
}

#: spellings that name the same press; the value is the name sinmun reports.
PRESS_ALIASES: dict[str, str] = {
    "매일경제신문": "매일경제", "mk": "매일경제", "매경": "매일경제", "조선일보사": "조선일보", "chosun": "조선일보",
    "조선닷컴": "조선일보", "tvchosun": "TV조선", "tv chosun": "TV조선", "kbs뉴스": "KBS", "kbs news": "KBS",
    "mbc뉴스": "MBC", "mbc news": "MBC", "imbc": "MBC", "sbs뉴스": "SBS", "sbs news": "SBS", "ytn news": "YTN",
    "etnews": "전자신문", "전자신문사": "전자신문", "yonhap": "연합뉴스", "연합": "연합뉴스", "jtbc news": "JTBC",
    "디지털타임스 dt": "디지털타임스",
}
# Names that are sites or portals, never the press of an article.
NOT_PRESS = {"daum", "다음", "daum 뉴스", "다음뉴스", "naver", "네이버", "네이버 뉴스", "naver news", "네이버뉴스",
             "news", "뉴스", "카카오", "kakao", "google", "youtube"}


def press_from_domain(host_or_email: str | None) -> str | None:
    if not host_or_email:
        return None
    host = host_or_email.rsplit("@", 1)[-1].lower().strip(" .>")
    host = re.sub(r"^https?://", "", host).split("/")[0]
    # the longest domain of the table that is the host or ends it after a dot: the host's own suffixes
    # from each dot on, longest first, looked up in the table
    at = 0
    while at >= 0:
        name = PRESS_BY_DOMAIN.get(host[at:])
        if name is not None:
            return name
        at = host.find(".", at)
        at = at + 1 if at >= 0 else -1
    return None


#: host prefixes under which an outlet's domain is still the outlet's own site
_OWN_SITE_PREFIXES = ("www.", "m.", "news.", "mnews.", "mobile.", "view.", "amp.")


def press_from_own_host(host: str | None) -> str | None:
    """The outlet of ``host`` when it is a domain of the table itself or that domain under a prefix of
    the outlet's own site (``www.``, ``m.``, ``news.`` ...); None for any other subdomain."""
    host = (host or "").lower().strip(".")
    for prefix in ("", *_OWN_SITE_PREFIXES):
        if host.startswith(prefix) and host[len(prefix):] in PRESS_BY_DOMAIN:
            return PRESS_BY_DOMAIN[host[len(prefix):]]
    return None


# Words of a copyright line that are labels, never the outlet ("저작권자 ⓒ 가상일보").
_LABEL = re.compile(r"^(?:(?:저작권자|copyright|all\s+rights\s+reserved|all\s+rights|by)\b|ⓒ|©|\(c\))\s*|"
                    r"\s*\b(?:all\s+rights\s+reserved|all\s+rights)\.?$", re.I)
_CORPORATE = re.compile(r"^(?:주식회사|\(주\)|㈜)\s*|\s*(?:주식회사|\(주\)|㈜)$|"
                        r"\s*,?\s*\b(?:co\.?,?\s*ltd|inc|corp|ltd)\.?$", re.I)
# "대전일보사", "가상신문사": the company that publishes the outlet.
_COMPANY = re.compile(r"(?<=일보|신문|방송|통신|경제|뉴스)사$")
_DOMAIN = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*"
                     r"\.(?:com|net|org|kr|co\.kr|or\.kr))\b", re.I)
MAX_PRESS_CHARS = 30
#: a name wholly in brackets: "[가상일보]", "【가상신문】"
_BRACKETED = re.compile(r"^[\[【〔<]\s*(?P<name>[^\[\]【】〔〕<>]+?)\s*[\]】〕>]$")
#: a Korean broadcaster's news site named after it: "가상방송 뉴스", "가상TV 뉴스", "GBS 뉴스" (the outlet is the
#: broadcaster; an English outlet's own name, "GBS News", stays whole)
#: broadcasters write three letters or more (a two-letter "IT 뉴스", "AI 뉴스" is a subject's news site)
_BROADCAST_NEWS = re.compile(r"^(?P<outlet>[가-힣][가-힣A-Za-z0-9]{0,10}(?:방송|TV)|[A-Z][A-Z0-9]{2,5})\s+뉴스$")


#: words a site adds to its name in ``og:site_name`` that are no part of it: "가상일보 홈페이지", "가상일보 인터넷판",
#: "가상일보 모바일", the name in Latin letters after it ("가상일보(Gasang Ilbo)"), an English "NEWS" after 뉴스
_SITE_WORDS = re.compile(r"(?<=\S)\s+(?:공식\s*)?(?:홈페이지|인터넷판|모바일(?:\s*(?:웹|판|사이트|뉴스))?|웹사이트)$"
                         r"|(?<=[가-힣])\s*\([A-Za-z][A-Za-z0-9 .&'-]*\)$|(?<=뉴스)\s+news$", re.I)


@lru_cache(maxsize=4096)
def clean_press(name: str | None) -> str | None:
    """Normalise a press name taken from metadata: drop portal parts, labels and the corporate form.
    (Remembered: a page asks for the same few names many times, from its title pieces and its metadata.)"""
    if not name:
        return None
    parts = [p.strip() for p in re.split(r"\s*[|｜:]\s*|\s+-\s+", nfc(" ".join(name.split()))) if p.strip()]
    parts = [p for p in parts if not _is_portal_name(p)]
    if not parts:
        return None
    name = _strip_decoration(_BRACKETED.sub(r"\g<name>", parts[0]))  # "[가상일보]": the name in its brackets
    name = _SITE_WORDS.sub("", name)
    name = _BROADCAST_NEWS.sub(r"\g<outlet>", name)  # "가상방송 뉴스", "GBS News": the broadcaster
    # "sportschosun.com": the outlet the domain belongs to, if known; an unknown "www." host is no name at all
    if _DOMAIN.fullmatch(name):
        name = press_from_domain(name) or ("" if name.lower().startswith("www.") else name)
    alias = PRESS_ALIASES.get(name.lower())
    if alias:
        return alias
    return name if name and len(name) <= MAX_PRESS_CHARS and not is_label(name) else None


def _is_portal_name(part: str) -> bool:
    lower = part.lower()
    return lower in NOT_PRESS or lower.startswith(("daum", "naver"))


def _strip_decoration(name: str) -> str:
    """Labels and corporate forms off a name: ``저작권자 ⓒ (주)가상일보사`` -> ``가상일보``."""
    previous = None
    while name != previous:
        previous = name
        name = _LABEL.sub("", name).strip(" .,")
        name = _CORPORATE.sub("", name).strip(" .,")
    return _COMPANY.sub("", name)


def is_label(name: str) -> bool:
    """A word of a copyright line that is no outlet: ``저작권자``, ``Copyright``, ``All rights reserved``."""
    return bool(re.fullmatch(r"\d+|all|by|the|copyright|저작권자|all rights(?: reserved)?|무단전재.*|재배포.*",
                             name.strip(" .,"), re.I))


#: a Hangul or Latin word that ends as outlets' names do (``가상뉴스``, ``가상일보``, ``뉴스1``, ``MK스포츠``)
_OUTLET_SHAPE = re.compile(r"(?:[가-힣A-Za-z]{0,8}(?:뉴스|일보|신문|방송|경제|타임스|타임즈|투데이|닷컴|미디어|저널|"
                           r"데일리|포스트|통신|스포츠|코리아|티비|TV))(?:\d{1,3}|TV)?")
#: an outlet's name as a notice without a copyright mark writes it (``가상일보``, ``가상일보사``, ``Gasang Ilbo``)
_NAME_BESIDE_NOTICE = (r"(?:(?:\(주\)|㈜|주식회사)?\s*" + _OUTLET_SHAPE.pattern + r"사?"
                       r"|(?-i:(?!(?:About|Contact|Privacy|Terms|Home|Site|Policy|Powered|Designed)\b)"
                       r"[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}))")
# A slogan in quotes before the name: "저작권자 ⓒ '가상 전문가그룹' 가상미디어".
_SLOGAN = r"(?:['‘\"“][^'’\"”]{1,30}['’\"”]\s*)?"
#: a word that is a domain, after a space (``gasang.example``, ``www.gasang.co.kr``, ``http://gasang.com``)
_DOMAIN_WORD = r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?!\.)"
_COPYRIGHT_PRESS = [
    re.compile(r"(?:copyright|ⓒ|©|\(c\))\s*(?:\d{4}[\s,.-]*)?(?:by\s+)?(?:ⓒ|©\s*)?"
               r"(?:\d{4}(?:\s*[-~]\s*\d{4})?[\s,.]+)?(?!무단|재배포|www\.)" + _SLOGAN
               + r"(?P<press>(?:\(주\)\s*)?[가-힣A-Za-z0-9㈜][가-힣A-Za-z0-9 .㈜]{0,24}?)"
               # (a domain after the name ends it: "ⓒ 가상일보 www.gasang.example")
               r"\s*(?:[.,&:•|]|all rights|무단|$|\]|>|\s-\s|\(|co\.|inc\.|corp|(?<=\s)(?="
               + _DOMAIN_WORD + r"))", re.I),
    re.compile(r"저작권자\s*[\(\[]?\s*(?:ⓒ|©|c)?\s*[\)\]]?\s*" + _SLOGAN
               + r"(?P<press>(?:\(주\)\s*)?[가-힣A-Za-z0-9㈜][가-힣A-Za-z0-9 ㈜]{0,20}?)\s*(?:[,.>\]]|무단|$|\s-\s)",
               re.I),
    re.compile(r"(?P<press>[가-힣A-Za-z0-9]{2,20})\s*(?:ⓒ|©)", re.I),
    # a sentence naming the owner: "본 기사는 가상일보의 저작물입니다", "이 기사의 저작권은 가상일보에 있습니다"
    re.compile(r"기사는\s*(?P<press>(?:\(주\)\s*)?[가-힣A-Za-z0-9㈜][가-힣A-Za-z0-9 ㈜]{0,20}?)\s*의\s*저작물"),
    # the outlet in brackets before the reuse notice: "[가상일보] 무단전재 및 재배포 금지"
    re.compile(r"^\s*[\[<(【]\s*(?!(?:사진|포토|자료|그래픽|영상|동영상|이미지|출처|제공|화면|촬영|도표|일러스트|삽화)\s*[\]>)】])"
               r"(?P<press>[가-힣A-Za-z0-9]{2,20})\s*[\]>)】]\s*무단\s*전재"),
    # "가상일보의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, …"
    re.compile(r"(?P<press>(?:\(주\)\s*)?[가-힣A-Za-z0-9㈜]{2,20})\s*의\s*모든\s*(?:콘텐츠|컨텐츠|기사)"
               r"(?:\s*\([^)]{1,10}\))?\s*[는은]\s*저작권법"),
    re.compile(r"저작권은\s*(?!제공처|해당|각\s|언론사)"
               r"(?P<press>(?:\(주\)\s*)?[가-힣A-Za-z0-9㈜][가-힣A-Za-z0-9 ㈜]{0,20}?)\s*에\s*있"),
    # the name alone before the notice or after it, with no copyright mark: "가상일보. All rights reserved.",
    # "All rights reserved by 가상일보", "가상일보 무단전재 및 재배포 금지"; a name shaped as an outlet's there, or
    # capitalised Latin words (``회사소개 All rights reserved``, ``Powered by … All rights reserved`` name none)
    re.compile(r"^\s*(?P<press>" + _NAME_BESIDE_NOTICE + r")\s*[.,]?\s*"
               r"(?:all\s+rights\s+reserved|무단\s*(?:전재|복제))", re.I),
    re.compile(r"all\s+rights\s+reserved\s+by\s+(?P<press>" + _NAME_BESIDE_NOTICE + r")\s*(?:[.,]|$)", re.I),
]


_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d{2}$")

#: the registered title in an internet newspaper's footer: "제호 : 가상일보 | 등록번호 : …", "매체명: 가상일보 ·"
_MASTHEAD = re.compile(r"(?:제호|매체명|신문명|사이트명)\s*[:：]\s*(?P<press>[^\s|·:：,/()\[\]<>]"
                       r"[^|·:：,/()\[\]<>]{0,24}?)\s*(?=[|·:：,/()\[\]<>]|\s{2}|\s(?:등록|발행|편집|대표|주소|전화)|$)")


def press_from_masthead(text: str) -> str | None:
    """The outlet the footer's registration block names as its title (``제호 : 가상일보사 | 등록번호 …`` ->
    가상일보), or None."""
    found = _MASTHEAD.search(nfc(text))
    press = clean_press(found["press"]) if found else None
    return press if press and not is_label(press) else None


#: the labels of an internet newspaper's registration block (two of them make a footer text one)
_REGISTRATION_LABEL = re.compile(r"발행인|편집인|등록번호|등록일|청소년\s*보호\s*책임자|사업자\s*등록\s*번호|"
                                 r"대표\s*전화|발행일|발행소|주소\s*[:：]?|대표(?:자|이사)?\s*[:：]|전화\s*[:：]|"
                                 # a road address: "가상시 중앙로 1", "가상구 가상길 12"
                                 r"[가-힣]{1,6}[시도군구]\s+[가-힣0-9]{1,10}(?:로|길)\s*\d")
#: the company the block names: "상호 : (주)가상타임즈", "법인명: 가상일보사"
_COMPANY_NAME = re.compile(r"(?:상호|법인명|회사명)\s*[:：]?\s*(?P<press>(?:\(주\)|㈜|주식회사)?\s*[가-힣A-Za-z0-9]"
                           r"[가-힣A-Za-z0-9 ]{0,20}?)\s*(?=[|·ㆍ,/\n]|\s{2}|\s(?:등록|발행|편집|대표|주소|전화)|$)")
_REGISTRATION_PIECES = re.compile(r"\s*[|·ㆍ\n]\s*")
_CORPORATE_MARK = re.compile(r"^(?:\(주\)|㈜|주식회사)\s*")
#: the company's ``사`` after a paper's name (``가상일보사``)
_CORPORATE_SUFFIX = re.compile(r"(?<=[보문송])사$")


def press_from_registration(text: str) -> str | None:
    """The outlet a footer's registration block names without a 제호 label (:func:`press_from_masthead`): its
    company (``상호 : (주)가상타임즈``), else a piece of the block shaped as an outlet's name (``가상타임즈 | 가상시
    가상로 12 | 발행인·편집인 …``). None unless the text holds two of the block's labels (발행인, 등록번호, …)."""
    text = nfc(text)
    if len(_REGISTRATION_LABEL.findall(text)) < 2:
        return None
    found = _COMPANY_NAME.search(text)
    candidates = [found["press"]] if found else []
    candidates += [piece for piece in _REGISTRATION_PIECES.split(text)
                   if _OUTLET_SHAPE.fullmatch(_CORPORATE_SUFFIX.sub("", _CORPORATE_MARK.sub("", piece)))
                   and not _KIND_OF_PAPER.fullmatch(piece)]
    for candidate in candidates:
        press = clean_press(candidate)
        if press and not is_label(press):
            return press
    return None


def press_from_copyright(line: str | None, host: str | None = None) -> str | None:
    """The outlet a copyright line names: ``Copyright © 가상일보사. All rights reserved.`` -> 가상일보.

    A domain in the line names its outlet (``ⓒ sportschosun.com`` -> 스포츠조선); labels are
    skipped (``Copyright ⓒ 저작권자 가상신문`` -> 가상신문). A parent named beside a sister's
    domain, or on a sister's ``host``, gives way to the sister (조선일보 on ``sports.chosun.com``
    -> 스포츠조선); a sister is never shortened to its parent. A domain the table does not know
    (``Copyright © gasangilbo.example``) names no outlet here: :func:`domain_from_copyright`.
    """
    press, bare_domain = _copyright_press(line, host)
    return None if bare_domain else press


def domain_from_copyright(line: str | None, host: str | None = None) -> str | None:
    """What a copyright line naming only an unknown domain names (``Copyright © gasangilbo.example``
    -> gasangilbo): a last resort, after any name the page writes in Hangul or in full."""
    press, bare_domain = _copyright_press(line, host)
    return press if bare_domain else None


#: the word ``copyright`` as the whole mark of a line: a link to the site's policy (``Copyright Policy``) when
#: nothing else of a notice (a sign, a year, ``all rights reserved``, a reuse ban) stands beside it
_WORD_MARK_ONLY = re.compile(r"^\s*copyright\b(?![^ⓒ©]*(?:ⓒ|©|\(c\)|\d{4}|rights|무단|재배포))", re.I)


def names_a_holder(line: str, host: str | None = None) -> bool:
    """A copyright notice that names who holds the rights (``Copyright ⓒ 가상일보. All rights reserved.``,
    ``ⓒ gasangilbo.example``): not a sign or a year alone (``©``, ``© 2019``), nor a policy link."""
    if _WORD_MARK_ONLY.match(line):
        return False
    press, _ = _copyright_press(line, host)
    return press is not None


#: what follows a name that is the first label of a domain (``gasangilbo`` of ``gasangilbo.example``)
_DOMAIN_TAIL = re.compile(r"\.(?!all\b)[a-z][a-z0-9-]*", re.I)


def _copyright_press(line: str | None, host: str | None) -> tuple[str | None, bool]:
    """The outlet the line names, and whether that is only an unknown domain's first label."""
    if not line:
        return None, False
    line = nfc(line)
    in_line = [press for m in _DOMAIN.finditer(line) if (press := press_from_domain(m["domain"]))]
    # a domain no table knows stays as its name alone (``www.gasangilbo.co.kr`` -> ``gasangilbo.co.kr``: the
    # web server's label names no outlet)
    line = _DOMAIN.sub(lambda m: press_from_domain(m["domain"]) or m["domain"], line)
    for pattern in _COPYRIGHT_PRESS:
        for match in pattern.finditer(line):
            press = _without_domain_outlet(clean_press(_TRAILING_YEAR.sub("", match["press"])), in_line)
            if press and not is_label(press):
                bare_domain = press.isascii() and bool(_DOMAIN_TAIL.match(line, match.end("press")))
                return sister_of(press, [press_from_domain(host), *in_line]), bare_domain
    return None, False


def _without_domain_outlet(press: str | None, in_line: list[str]) -> str | None:
    """A name read from a copyright line without the outlet of a domain written after it (``ⓒ 가상일보
    gasang.example``, the domain read as its outlet: ``가상일보 가상일보``; ``ⓒ 조선일보 sports.chosun.com``: 조선일보,
    which the sister then replaces)."""
    for outlet in in_line:
        if press and press.endswith(" " + outlet):
            return press[:-len(outlet) - 1].rstrip() or press
    return press


def sister_of(press: str, others: list[str | None]) -> str:
    """``press``, or the first of ``others`` (the host's outlet, domains in the line) that is a
    sister outlet of ``press``: 조선일보 on a 스포츠조선 page is 스포츠조선."""
    sisters = SISTER_OUTLETS.get(press, ())
    return next((other for other in others if other in sisters), press)


def press_key(name: str) -> str:
    """A press name for comparison: no spaces or case, a trailing 뉴스/NEWS dropped."""
    key = "".join(name.lower().split())
    for tail in _KEY_TAILS:
        if key.endswith(tail):
            return key[:-len(tail)] or key
    return key


_KEY_TAILS = ("뉴스", "news")


_KNOWN_PRESS_KEYS = {press_key(n) for n in PRESS_BY_DOMAIN.values()}


def is_press_name(name: str) -> bool:
    return press_key(name) in _KNOWN_PRESS_KEYS


# ----------------------------------------------------------------- the outlet of an opening dateline
# Wire-style copy opens with its outlet in brackets: "(서울=연합뉴스) 홍길동 기자 =", "【서울=뉴시스】",
# "[서울=가상뉴스]" (place = outlet), "[OSEN=홍길동 기자]" (outlet = byline), "[아이뉴스24 홍길동 기자]" (outlet,
# byline), "[아이뉴스24]".
_OPENING_BRACKET = re.compile(r"^\s*[\[(【〔]\s*(?P<inside>[^\[\]()【】〔〕]{2,40}?)\s*[\])】〕]")
#: endings that make a bracketed word alone an outlet (``[가상일보]``, ``[가상뉴스24]``); ``[포토뉴스]``,
#: ``[생활경제]`` are labels of a section or a column
_OWN_NAME_ENDINGS = re.compile(r"(?:일보|신문|타임스|타임즈|투데이|닷컴|데일리|통신|\d{1,3})$")
#: words of section and column labels that end like an outlet
_LABEL_STEMS = re.compile(r"^(?:포토|카드|영상|그래픽|속보|단독|오늘의|주간|월간|이슈|지역|종합|생활|연예|정치|사회|"
                          r"국제|헬스|날씨|교통|인터뷰|기획|특집|영문|모바일|온라인)")
#: a bracketed word alone that says what kind of paper a piece is from, not which: "[경제신문]", "[어린이신문]",
#: "[대학신문]" (a column's or a corner's label)
_KIND_OF_PAPER = re.compile(r"(?:경제|어린이|청소년|대학|학교|학급|마을|가족|교회|사내|지방|전문|인터넷)(?:신문|일보)")
_CREDIT_LABEL = re.compile(r"(?:사진|자료|그래픽|영상|출처|제공|이미지|화면|촬영|도표|표|일러스트|삽화)"
                           r"(?:\s*(?:제공|출처))?")
_LATIN_OUTLET = re.compile(r"[A-Z][A-Za-z0-9]{1,11}(?:[가-힣]{0,6})")
_BYLINE_REST = re.compile(r"[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*\s*(?:기자|특파원|기자단|객원기자|인턴기자)")


def press_from_dateline(paragraph: str | None) -> str | None:
    """The outlet an opening dateline names (``(서울=연합뉴스)`` -> 연합뉴스, ``[OSEN=홍길동 기자]`` -> OSEN,
    ``[가상뉴스24 홍길동 기자]`` -> 가상뉴스24), or None: a place, a section label (``[단독]``, ``[포토뉴스]``) or a
    column's name (``[홍길동의 경제 읽기]``) names no outlet."""
    match = _OPENING_BRACKET.match(paragraph or "")
    if match is None:
        return _unbracketed_outlet(paragraph or "")
    inside = " ".join(match["inside"].split())
    if "=" in inside and opens_an_agency_photo_caption(inside, (paragraph or "")[match.end():]):
        return None  # "[AFP=연합뉴스] 시민들이 행진하고 있다.": who passed the picture on, not the page's outlet
    if "=" in inside:  # "서울=연합뉴스", "OSEN=홍길동 기자", "세종=가상경제 홍길동 기자"
        name = _outlet_beside_equals(*(part.strip() for part in inside.split("=", 1)))
    else:  # "아이뉴스24 홍길동 기자", "아이뉴스24"
        name = _outlet_before_byline(inside) if " " in inside else inside
    alone = " " not in inside and "=" not in inside
    press = clean_press(name) if name and _is_outlet_word(name, alone=alone) else None
    return press if press and not _is_portal_name(press) else None


def _unbracketed_outlet(paragraph: str) -> str | None:
    """The outlet of an opening byline without brackets: ``가상일보=홍길동 기자ㅣ …`` -> 가상일보."""
    unbracketed = OPENING_UNBRACKETED_BYLINE.match(paragraph)
    if unbracketed is None:
        return None
    press = clean_press(unbracketed["outlet"])
    return press if press and not _is_portal_name(press) else None


#: a news agency whose picture another outlet passes on, left of the ``=`` in a caption's credit: ``[AFP=연합뉴스]``,
#: ``(워싱턴 AP=뉴스1)``, ``[EPA 연합뉴스=가상일보]``
_AGENCY_LEFT = re.compile(r"(?:^|\s)(?:AFP|AP|EPA|UPI|Reuters|dpa|ANSA|Xinhua|Getty(?:\s?Images)?|"
                          r"로이터|신화|교도|타스|게티이미지)(?:통신|코리아)?(?:\s+\S+)?$", re.I)
#: the byline a caption may carry before its sentence: "홍길동 기자 ="
_CAPTION_BYLINE = re.compile(r"^\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*")
#: how a caption's one sentence ends: it says what the picture shows ("… 행진하고 있다.", "… 모습.")
_CAPTION_END = re.compile(r"(?:있다|모습|모습이다|보인다|전경|풍경)\.?$")
#: a caption after its credit is this long at most
MAX_AGENCY_CAPTION_CHARS = 150


def opens_an_agency_photo_caption(inside: str, rest: str) -> bool:
    """A bracket ``inside`` that credits an agency's picture (an agency left of ``=``: ``AFP=연합뉴스``) before the
    ``rest`` of a photo caption: nothing, or one short sentence saying what the picture shows (``시민들이 행진하고
    있다.``). The outlet right of ``=`` passed the picture on; the page may be another's. A story translated from the
    agency's copy (``(파리 AFP=연합뉴스) … 발표했다. …``) opens with its own dateline."""
    if not _AGENCY_LEFT.search(inside.split("=", 1)[0].strip()):
        return False
    rest = _CAPTION_BYLINE.sub("", rest.strip(), count=1)
    if not rest:
        return True
    sentence = rest.rstrip(".")
    return (len(rest) <= MAX_AGENCY_CAPTION_CHARS and not re.search(r"[.!?]", sentence)
            and bool(_CAPTION_END.search(rest)))


def _outlet_beside_equals(left: str, right: str) -> str | None:
    """The outlet of ``left=right`` in a dateline: the right part (``서울=연합뉴스``, ``세종=가상경제 홍길동 기자``),
    else the left one before a byline (``OSEN=홍길동 기자``); none after a credit label (``사진=가상일보``)."""
    if _CREDIT_LABEL.fullmatch(left):
        return None  # "(사진=가상일보)", "[자료=가상통신]": who took or gave a picture
    name = _outlet_before_byline(right) if _BYLINE_REST.search(right) else right
    if name and _is_outlet_word(name, alone=False):
        return name
    return left if _BYLINE_REST.fullmatch(right) else None


def _outlet_before_byline(text: str) -> str | None:
    """``가상경제`` of ``가상경제 홍길동 기자``: the word before a byline that is the rest of ``text``."""
    first, _, rest = text.partition(" ")
    return first if rest and _BYLINE_REST.fullmatch(rest) else None


#: meta tags that name the site's publisher (``<meta name="publisher" content="가상일보">``)
PUBLISHER_TAGS = ("publisher", "dc.publisher", "copyright", "author")


def press_from_meta_tags(tags: dict[str, str]) -> str | None:
    """The outlet the page's publisher, copyright or author meta tag names: a publisher's name; a copyright notice's
    holder (or the name alone); an author only when shaped as an outlet's name (``가상일보``, never a person's). A
    link (``article:publisher``'s page) names none."""
    for key in PUBLISHER_TAGS:
        value = tags.get(key)
        if not value or value.startswith(("http:", "https:", "//")):
            continue
        name = (press_from_copyright(value) if key == "copyright" else None) or clean_press(value)
        if name and _names_the_publisher(key, name):
            return name
    return None


def _names_the_publisher(key: str, name: str) -> bool:
    """Whether the name a publisher tag (``key``) gives is an outlet's: any name for a publisher tag, an outlet's
    shape for a copyright tag, and for an author tag (a person's, a desk's or an outlet's name) a Hangul outlet's
    shape."""
    if key == "author":
        return bool(re.search(r"[가-힣]", name)) and _is_outlet_word(name, alone=False)
    if key == "copyright":
        return _is_outlet_word(name, alone=False) or is_press_name(name)
    return _reads_as_a_name(name)


def _reads_as_a_name(name: str) -> bool:
    """A publisher tag's value that reads as a name: a few Hangul words, or Latin words of which the first is
    capitalised and there are two or more (an opaque code such as ``KWCHCIK`` names no one)."""
    words = name.split()
    if re.search(r"[가-힣]", name):
        return len(words) <= 3
    return 2 <= len(words) <= 5 and words[0][:1].isupper()


def names_an_outlet_alone(word: str) -> bool:
    """A bracketed word alone that names an outlet (``[가상일보]``, ``[가상뉴스24]``, a known press), not a section
    or column label (``[포토뉴스]``, ``[단독]``)."""
    return _is_outlet_word(word, alone=True)


def _is_outlet_word(word: str, *, alone: bool) -> bool:
    """A word that names an outlet: one the domain table knows, or one shaped like an outlet's name. Alone in its
    bracket, a name must end as only outlets do (``일보``, ``타임스``, a number) and start as no label does."""
    if not word or " " in word or len(word) > MAX_PRESS_CHARS:
        return False
    if is_press_name(word):
        return True
    if alone:
        return (bool(_OWN_NAME_ENDINGS.search(word)) and not _LABEL_STEMS.match(word) and len(word) >= 3
                and not _KIND_OF_PAPER.fullmatch(word))
    return bool(_OUTLET_SHAPE.fullmatch(word) or _LATIN_OUTLET.fullmatch(word)) and not _LABEL_STEMS.match(word)


# ----------------------------------------------------------------- the outlet of the site's logo
#: what a logo's alternative text adds to the outlet's name: "가상일보 로고", "가상일보 logo", "가상일보 홈"
_LOGO_WORDS = re.compile(r"(?:\s*(?:로고|logo|홈|home|메인|main|바로가기|으로\s*이동|홈으로|홈페이지|모바일|"
                         r"mobile))+\s*$", re.I)
#: what parts a logo's name from its slogan: "가상일보 - 새로운 시선", "가상일보 | 지역의 힘"
_LOGO_SLOGAN = re.compile(r"\s+[-|｜:]\s+.*$")
#: a Latin logo text that names an outlet is its acronym ("GBS"), not a word ("Menu", "Search")
_LOGO_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
#: at most this many logo images are read
MAX_LOGOS = 6


def logo_name(alt: str) -> str:
    """A logo's alternative text without its trailing logo words or slogan (``가상일보 로고 홈``, ``가상일보 모바일``,
    ``가상일보 - 새로운 시선`` -> 가상일보)."""
    return _LOGO_WORDS.sub("", _LOGO_SLOGAN.sub("", " ".join(alt.split())))


def press_from_logo(alts: list[str], host: str | None = None) -> str | None:
    """The outlet the site's logo names in its alternative text (``<img alt="가상일보 로고">`` -> 가상일보): the first
    alt, the logo words taken off, that is shaped like an outlet's name in one word or is a known press (a box's
    phrase, ``실시간 뉴스``, ``많이 본 뉴스``, ``SNS 공유``, names none). A Latin acronym counts when the site's
    ``host`` (if given) spells it (``GBS`` on ``www.gbs.example``; ``TOP``, ``AD`` or ``PDF`` buttons name no one)."""
    for alt in alts[:MAX_LOGOS]:
        name = logo_name(alt)
        acronym = bool(_LOGO_ACRONYM.fullmatch(name)) and (host is None or name.lower() in host.lower())
        if name and (is_press_name(name) or acronym
                     or re.search(r"[가-힣]", name) and _is_outlet_word(name, alone=False)):
            press = clean_press(name)
            if press and not _is_portal_name(press):
                return press
    return None
