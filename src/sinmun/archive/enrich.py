"""Enrichment from kiwipiepy's analysis: nouns (for keywords), people with titles, organisations.

People are written the way Korean news names them: a name followed by a title, possibly
with the organisation in between (``배경훈 과학기술정보통신부 장관`` -> ``배경훈 장관``,
``마이클 크라치오스 백악관 과학기술정책실장`` -> ``마이클 크라치오스 실장``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .fts import analyse as morphemes

KEYWORDS_PER_ARTICLE = 10

#: Titles, longest first so ``부총리`` wins over ``총리`` and ``원내대표`` over ``대표``.
TITLES = tuple(sorted("""
대통령 부통령 국무총리 총리 부총리 장관 부장관 차관 차관보 실장 비서실장 수석 비서관 대변인 특보 보좌관 대사 총영사
의원 국회의원 의장 부의장 원내대표 대표 최고위원 위원장 부위원장 위원 사무총장 총장 총재 부총재 청장 처장 원장 부원장
본부장 국장 차장 지사 시장 구청장 군수 교육감 회장 부회장 사장 부사장 대표이사 이사장 이사 전무 상무 사외이사
교수 연구원 연구위원 박사 소장 센터장 감독 코치 선수 판사 검사 검사장 검찰총장 변호사 대법원장 헌법재판소장 재판관
주석 국왕 여왕 왕세자 총서기 국방장관 국무장관 재무장관 상무장관 외무장관 외교장관 경제부총리 대표팀감독 단장 팀장
""".split(), key=len, reverse=True))
_NOT_PEOPLE_TITLES = {"기자", "특파원", "앵커", "논설위원", "리포터"}

#: Endings that make a proper-noun compound an organisation.
ORG_SUFFIXES = tuple(sorted("""
부 처 청 원 위원회 공사 공단 은행 그룹 전자 하이닉스 자동차 증권 보험 카드 건설 화학 텔레콤 통신 중공업 조선
당 대학교 대학 연구원 연구소 협회 재단 기구 국회 의회 법원 검찰청 경찰청 거래소 센터 포럼 연합 백악관 대사관
공화당 민주당 일보 신문 방송 뉴스 기업 지주 홀딩스 바이오 제약 에너지 은행연합회 상공회의소 연맹 위원 본부
""".split(), key=len, reverse=True))
_GENERIC_ORGS = {"정부", "일부", "내부", "외부", "전부", "본부", "병원", "대학", "위원", "학원", "기업", "신문", "방송",
                 "뉴스", "회사", "센터", "포럼", "당", "원", "부", "처", "청", "연구원", "은행", "재단", "협회",
                 "공사", "공단", "대학교", "기관", "지원", "인원", "직원", "회원", "동원", "확인원", "전원"}
_NOUN_TAGS = ("NNG", "NNP")
_COMPOUND_TAGS = ("NNG", "NNP", "SL", "SN", "SH", "XSN")


@dataclass
class Word:
    """One noun compound: adjacent noun morphemes with no space between them."""

    text: str
    start: int
    end: int
    proper: bool  # contains a proper-noun morpheme
    parts: list[str] = field(default_factory=list)


@dataclass
class Enrichment:
    nouns: Counter = field(default_factory=Counter)
    people: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)


def analyse(title: str, body: str) -> Enrichment:
    """Nouns (title counts double), people with titles, and organisations of one article."""
    enrichment = Enrichment()
    for text, weight in ((title, 2), (body, 1)):
        if not text:
            continue
        words = noun_words(text)
        for word in words:
            if len(word.text) >= 2 and not word.text.isdigit():
                enrichment.nouns[word.text] += weight
        for i, word in enumerate(words):
            person = person_at(words, i, text)
            if person:
                enrichment.people[person] += 1
            if is_org(word):
                enrichment.orgs[word.text] += 1
    return enrichment


def noun_words(text: str) -> list[Word]:
    """Noun compounds of ``text`` in order: ``과학기술정보통신부`` stays one word."""
    words: list[Word] = []
    current: Word | None = None
    for token in morphemes(text):
        if token.tag.startswith(_COMPOUND_TAGS) and (token.tag != "XSN" or current):
            if current and token.start == current.end:
                current.text += token.form if token.tag != "XSN" else ""
                current.end = token.start + token.len
                current.proper |= token.tag == "NNP"
                current.parts.append(token.form)
                continue
            if token.tag == "XSN":
                continue
            current = Word(token.form, token.start, token.start + token.len, token.tag == "NNP", [token.form])
            words.append(current)
        else:
            current = None
            words.append(Word("", token.start, token.start + token.len, False))  # a break in the noun chain
    return words


def title_of(word: Word) -> str | None:
    """The title a word ends with: ``과학기술정책실장`` -> ``실장``."""
    for title in TITLES:
        if word.text.endswith(title):
            return title
    return None


def person_at(words: list[Word], i: int, text: str) -> str | None:
    """``name [organisation] title`` ending at ``words[i]``, as ``name title``."""
    word = words[i]
    title = title_of(word) if word.text and word.text not in _NOT_PEOPLE_TITLES else None
    if not title:
        return None
    j = i - 1
    skipped = 0
    while j >= 0 and skipped < 2 and words[j].text and _is_org_or_place(words[j]) and _spaced(words[j], words[j + 1], text):
        j -= 1
        skipped += 1
    name_parts: list[str] = []
    while j >= 0 and len(name_parts) < 3:
        candidate = words[j]
        if not (candidate.text and candidate.proper and 2 <= len(candidate.text) <= 6
                and len(candidate.parts) <= 2 and not _is_org_or_place(candidate)
                and _spaced(candidate, words[j + 1], text)):
            break
        name_parts.insert(0, candidate.text)
        j -= 1
    if not name_parts:
        return None
    if len(name_parts) > 1 and all(len(p) <= 4 and _is_korean_name(p) for p in name_parts):
        name_parts = name_parts[-1:]  # two Korean names in a row: keep the one next to the title
    return " ".join(name_parts) + " " + title


def _spaced(left: Word, right: Word, text: str) -> bool:
    """True when only spaces separate two words."""
    return left.end <= right.start and text[left.end:right.start].strip() == ""


_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용")


def _is_korean_name(text: str) -> bool:
    return 2 <= len(text) <= 4 and text[0] in _SURNAMES


def _is_org_or_place(word: Word) -> bool:
    return is_org(word) or word.text in _PLACES


_PLACES = {"미국", "한국", "중국", "일본", "북한", "러시아", "영국", "프랑스", "독일", "대만", "인도", "서울", "부산",
           "한미", "한중", "한일", "미중", "유럽", "우리", "정부", "국내", "해외", "현지", "당시", "이날", "전날", "최근"}


def is_org(word: Word) -> bool:
    """A noun compound that names an organisation (``산업통상자원부``, ``삼성전자``, ``백악관``)."""
    text = word.text
    if not text or text in _GENERIC_ORGS or len(text) < 2 or title_of(word) == text:
        return False
    for suffix in ORG_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return len(suffix) >= 2 or (len(text) >= 3 and (word.proper or len(text) >= 4))
        if text == suffix and len(suffix) >= 3 and word.proper:
            return True
    return False
