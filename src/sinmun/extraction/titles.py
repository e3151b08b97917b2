"""Headlines out of ``<title>`` and ``og:title``: the site name and section labels around them removed.

Korean outlets decorate the page title with their name, the section and the page type, on
either side of the headline and with many separators::

    모바일 :: 제목                       제목 : 뉴스 : 동아일보
    제목-정치ㅣ한국일보                   제목 | 세계 | 연합뉴스
    제목 - 머니투데이                     [단독] 제목 < 사회 < 기사본문 - 가상신문

:func:`strip_title_decorations` peels such pieces off the ends, one separator at a time, while
the piece is decoration: the site's name (``site_name``, the outlet of ``host``, any known
press name, a name ending like an outlet's), a portal, a section or page label. What is left
keeps its own punctuation (``K-팝``, ``16:9``, quotes, a leading ``[단독]``). A title that is
nothing but decoration (the site name alone) is no title: None.
"""
from __future__ import annotations

import re

from .presses import PRESS_BY_DOMAIN, clean_press, press_from_domain, press_key

# A separator between the headline and a decoration: "::", "|", "ｌ", "ㅣ", "<", ">", "«", "»",
# " - ", "-", " : ", "–", "—". A colon binds only with a space beside it ("16:9" stays whole).
_SEPARATOR = re.compile(r"(\s*(?:::|[|｜ㅣ<>«»–—]|\s:\s?|:\s|\s-\s|-)\s*)")
# Separators that may follow a decoration at the start ("모바일 :: 제목", "가상일보 | 제목").
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
economy
""".split())
_PORTAL = re.compile(r"^(?:네이버|naver|다음|daum|네이트|nate|zum|줌)(?:뉴스|news|스포츠|sports|연예|엔터)?$")
# One word that ends like an outlet's name: "가상신문", "가상일보", "가상경제", "가상TV", "가상뉴스 TV".
_OUTLET_NAME = re.compile(r"^[가-힣A-Za-z0-9○&.]{1,10}(?:일보|신문|뉴스|방송|경제|닷컴|타임스|타임즈|투데이|미디어|"
                          r"데일리|TV|News|Times|Daily|Herald)(?:\s?(?:TV|1|24))?$")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|kr|co\.kr)$", re.I)
_KNOWN_PRESS_KEYS = {press_key(name) for name in PRESS_BY_DOMAIN.values()}


def strip_title_decorations(title: str | None, site_name: str | None = None, host: str | None = None) -> str | None:
    """The headline in a page title, without the site name and section labels around it.

    ``site_name`` (``og:site_name``) and ``host`` (the page's host) say which names are the
    site's own. None when the title is empty or nothing but decoration.
    """
    if not title:
        return None
    title = " ".join(title.split())
    own = _own_names(site_name, host)
    tokens = _SEPARATOR.split(title)  # text, separator, text, separator, ... text
    while len(tokens) >= 3 and _is_decoration(tokens[-1], own):
        del tokens[-2:]
    while len(tokens) >= 3 and tokens[1].strip() in _LEADING_SEPARATORS and _is_decoration(tokens[0], own):
        del tokens[:2]
    headline = "".join(tokens).strip()
    if not headline or _is_decoration(headline, own):
        return None
    return headline


def _own_names(site_name: str | None, host: str | None) -> set[str]:
    """Keys (:func:`press_key`) of the names this site goes by."""
    names = {site_name, clean_press(site_name), press_from_domain(host)}
    if site_name and site_name.lower().startswith("the "):
        names.add(site_name[4:])  # "The Gasang Herald" is also "Gasang Herald"
    return {press_key(name) for name in names if name}


def _is_decoration(piece: str, own: set[str]) -> bool:
    """A piece of a title that is the site's name, a press, a portal or a section label."""
    piece = piece.strip(" .·")
    if not piece:
        return True
    key = press_key(piece)
    lower = re.sub(r"[\s/·&,]+", "", piece.lower())
    if key in own or key in _KNOWN_PRESS_KEYS or lower in _SECTIONS or lower.endswith("일반") and len(lower) <= 6:
        return True
    return bool(_PORTAL.match(lower) or _OUTLET_NAME.match(piece) or _DOMAIN.match(piece))
