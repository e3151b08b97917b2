"""Stage 4: Korean news boilerplate rules.

Decides which text lines are not part of the article (bylines, copyright and reuse
notices, related-article lists, tip, subscription and share prompts, comment widgets,
production credits) and pulls the reporters and the copyright out of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Reporter

HANGUL_NAME = r"[가-힣]{2,4}"
EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
REPORTER_TITLES = ("선임기자", "전문기자", "객원기자", "인턴기자", "수습기자", "사진기자", "영상기자", "기자", "특파원",
                   "논설위원", "논설실장", "편집위원", "선임연구원", "통신원", "에디터", "앵커", "리포터", "캐스터")
# Titles that never name a reporter of the story itself.
_CREW_TITLES = ("영상기자", "사진기자", "촬영기자")
_TITLE = "(?:" + "|".join(REPORTER_TITLES) + ")"

EMAIL_RE = re.compile(EMAIL)
#: a byline is short; longer text (a runaway meta tag) is read only this far.
MAX_BYLINE_CHARS = 500
# "홍길동 기자", "홍길동·김철수 기자", "홍길동, 김철수 기자", "홍길동 기자 gildong@x.kr"
_NAMES_TITLE = re.compile(
    r"(?<![가-힣])(?P<names>" + HANGUL_NAME + r"(?:\s*[·ㆍ,/]\s*" + HANGUL_NAME + r")*)"
    r"\s*(?P<title>" + _TITLE + r")(?![가-힣])"
    r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
)
# "YTN 홍가온 (gaon01@ytn.example)", "홍가온 (gaon@x.kr)"
_NAME_EMAIL = re.compile(r"(?<![가-힣])(?P<names>" + HANGUL_NAME + r")\s*[(\[<]?\s*(?P<email>" + EMAIL + r")")
# "[서울=뉴시스] 홍길동 기자 =", "(서울=연합뉴스) 홍길동 기자 ="
_DATELINE = re.compile(r"^\s*[\[(【]\s*[가-힣A-Za-z ]{1,12}\s*=\s*[가-힣A-Za-z0-9 ]{1,20}[\])】]")

# Marks that make a line a copyright notice wherever they stand...
_COPYRIGHT = re.compile(
    r"(copyright|ⓒ|©|all rights reserved|재배포\s*금지|재배포금지|[<\[(]\s*저작권자|저작권자\s*[(\[]?\s*(?:ⓒ|©|c\b)|"
    r"저작권은\s*(?:제공처|[가-힣A-Za-z]+에\s*있)|AI\s*(?:학습|데이터)\s*(?:및\s*)?(?:활용|이용)?\s*금지)",
    re.I,
)
# ...and words that do so only in a line that is not a sentence of the story.
_COPYRIGHT_WEAK = re.compile(r"(\(c\)\s*[가-힣A-Za-z]|무단\s*전재|무단전재|저작권)", re.I)
# A sentence of running text: ends like Korean prose (…했다. …까요? …니다) possibly in quotes.
_PROSE_END = re.compile(r"[가-힣](?:다|요|죠|까|음|함)\s*[.!?]?[\"'”’)\]]*\s*$|[가-힣](?:다|요)[.!?]\s+\S")


def reads_as_prose(line: str) -> bool:
    return bool(_PROSE_END.search(line))


# Lines that are page furniture whatever they say; the first group only when the line is not
# a sentence of the story (a paragraph may well begin "관련 자료에 따르면…" or quote "좋아요").
_WEAK_BOILERPLATE = [re.compile(p, re.I) for p in (
    r"^\s*(?:관련\s*(?:기사|뉴스|자료|영상|콘텐츠)|연관\s*기사|추천\s*(?:기사|뉴스)|많이\s*본\s*뉴스|인기\s*기사|주요\s*뉴스|이\s*시각\s*(?:추천|주요|인기)\s*뉴스|최신\s*뉴스|함께\s*볼\s*만한\s*뉴스)\b",
    r"^\s*[▶▷☞►➤]\s*",
    r"^\s*(?:■|※|☞|▶)?\s*\[?\s*(?:제보|기사\s*제보|뉴스\s*제보|제보하기)",
    r"기자\s*구독|구독하기|구독\s*(?:신청|하세요|버튼)|채널\s*(?:구독|추가)|네이버에서\s*.*구독|좋아요|공유하기|스크랩|기사\s*(?:추천|공유)|URL\s*복사|링크\s*복사|프린트\s*하기|글자\s*크기",
)]
_BOILERPLATE = [re.compile(p, re.I) for p in (
    r"당신의\s*제보가\s*뉴스가\s*됩니다|제보를\s*기다립니다",
    r"^\s*[\[<【]?\s*(?:카카오톡|카톡|전화|메일|이메일|홈페이지|유튜브|페이스북|인스타그램|트위터|라인|뉴스\s*홈페이지)\s*[\]>】]",
    r"^\s*(?:카카오톡|카톡|전화|메일|이메일)\s*[:：]",
    r"^\s*(?:영상\s*편집|영상\s*취재|영상\s*촬영|영상\s*기자|촬영\s*기자|사진\s*기자|그래픽|디자인|편집|촬영|취재\s*지원|자료\s*제공|화면\s*제공|구성|출처|CG|VJ)\s*[:：ㅣ|]",
    r"^\s*\(?\s*(?:영상편집|영상취재|그래픽)\s*[가-힣 ,]{2,20}\)?\s*$",
    r"^\s*(?:댓글|등록된\s*댓글|로그인한\s*회원만|로그인\s*후|댓글\s*쓰기|의견\s*쓰기|다른\s*기사\s*보기|기사\s*더\s*보기|더보기|목록|이전\s*기사|다음\s*기사|맨\s*위로|TOP)\b",
    r"^\s*(?:이전|다음)\s*$",
    r"뉴스\s*기사에\s*대한\s*저작권\s*및\s*법적\s*책임은",
    r"(?:앱|어플)\s*(?:다운로드|설치)|(?:에서|로)\s*직접\s*확인하세요",
    r"^\s*(?:광고|AD|sponsored|스폰서)\s*$",
    r"^\s*\*?\s*재판매\s*및\s*DB\s*금지",
    r"^\s*\[?\s*(?:사진|자료|그래픽|이미지)\s*[=:]\s*[^\]]{1,30}\]?\s*$",
    r"^\s*[\[(]\s*(?:사진|화면|영상|자료|이미지|그래픽)\s*(?:출처|제공)?\s*[:=：]\s*[^\])]{0,60}[\])]\s*$",
    r"^\s*[\[(]\s*(?:사진|화면|영상|자료|이미지|그래픽)\s*(?:출처|제공)\s*[^\])]{0,60}[\])]\s*$",
    r"^\s*[\[(]\s*(?:영상\s*취재|영상\s*편집|영상\s*촬영|촬영|그래픽|구성|편집|취재)\b[^\])]{0,80}[\])]\s*$",
)]
# Lines after which nothing more of the article follows.
_HARD_STOP = re.compile(
    r"^\s*(?:관련\s*(?:기사|뉴스|자료)|연관\s*기사|추천\s*기사|많이\s*본\s*뉴스|이\s*시각\s*(?:추천|주요|인기)\s*뉴스)",
)
_TIP_PROMPT = re.compile(r"^\s*※\s*'?당신의\s*제보")


@dataclass
class Cleaned:
    paragraphs: list[str]
    reporters: list[Reporter] = field(default_factory=list)
    copyright: str | None = None
    removed: list[str] = field(default_factory=list)
    #: why each line of ``removed`` went (same order and length): the rule's name.
    removed_rules: list[str] = field(default_factory=list)

    def remove(self, line: str, rule: str) -> None:
        self.removed.append(line)
        self.removed_rules.append(rule)


def normalize_space(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u200b", "").split())


def is_copyright(line: str) -> bool:
    if len(line) >= 250:
        return False
    return bool(_COPYRIGHT.search(line)) or (not reads_as_prose(line) and bool(_COPYRIGHT_WEAK.search(line)))


def find_reporters(text: str) -> list[Reporter]:
    """Reporters named in a byline-like text, with e-mails where the text pairs them."""
    found: list[Reporter] = []
    text = text[:MAX_BYLINE_CHARS]
    for match in _NAMES_TITLE.finditer(text):
        if match["title"] in _CREW_TITLES:
            continue
        names = re.split(r"\s*[·ㆍ,/]\s*", match["names"])
        for i, name in enumerate(names):
            email = match["email"] if i == len(names) - 1 else None
            add_reporter(found, name, email)
    for match in _NAME_EMAIL.finditer(text):
        add_reporter(found, match["names"], match["email"])
    credit = _NAME_CREDIT.match(text)
    if credit and not found:
        add_reporter(found, credit["name"], None)
    return found


def add_reporter(found: list[Reporter], name: str, email: str | None) -> None:
    name = name.strip()
    if name in _NOT_NAMES or len(name) < 2:
        return
    for existing in found:
        if existing.name == name:
            existing.email = existing.email or email
            return
    found.append(Reporter(name=name, email=email))


# Hangul words that the byline patterns can take for a name.
_NOT_NAMES = {"취재", "영상", "사진", "뉴스", "담당", "기자", "전문", "객원", "인턴", "수습", "선임", "사회부",
              "정치부", "경제부", "국제부", "문화부", "산업부", "디지털", "편집", "보도", "특파원", "연합뉴스",
              "뉴시스", "뉴스1", "입니다", "이메일", "메일", "구독", "현장", "통신원", "일보", "신문", "방송", "미디어",
              "온라인", "본사"}


_NAME_CREDIT = re.compile(r"^(?P<name>" + HANGUL_NAME + r")\s*/\s*(?:사진|영상|자료|그래픽)\s*(?:제공|출처|편집)?")


def is_byline_line(line: str) -> bool:
    """A short line that only names reporters (and e-mails): ``홍길동 기자 gildong@x.kr``."""
    if len(line) > 90:
        return False
    if _NAME_CREDIT.match(line):
        return True
    if line.rstrip().endswith(("!", "?", "다.", "요.")):
        return False
    rest = _NAMES_TITLE.sub("", line)
    rest = _NAME_EMAIL.sub("", rest)
    rest = EMAIL_RE.sub("", rest)
    rest = re.sub(r"[\s\[\]()<>=·,/|:;.\-]+", "", rest)
    # What may remain: a press name or a dateline word ("YTN", "서울", "뉴시스"); next to an
    # e-mail, a longer outlet line ("◎공감언론 뉴시스 x@newsis.com").
    touched = rest != re.sub(r"[\s\[\]()<>=·,/|:;.\-]+", "", line)
    limit = 20 if EMAIL_RE.search(line) and len(line) < 70 else 8
    return touched and len(rest) <= limit and not rest.endswith(("다", "요", "까"))


def is_boilerplate(line: str) -> bool:
    return boilerplate_rule(line) is not None


def boilerplate_rule(line: str) -> str | None:
    """The name of the rule that makes ``line`` page furniture, or None for article text."""
    if not line:
        return "empty"
    if is_copyright(line):
        return "copyright"
    if len(line) <= 160 and any(p.search(line) for p in _BOILERPLATE):
        return "boilerplate"
    if len(line) <= 160 and not reads_as_prose(line) and any(p.search(line) for p in _WEAK_BOILERPLATE):
        return "furniture"
    return "byline" if is_byline_line(line) else None


_TRAILING_BYLINE = re.compile(
    r"(?<=[.!?\"'”’)])\s*(?P<byline>(?:[\[(]?[가-힣A-Za-z0-9]{0,8}[\])]?\s*)?" + HANGUL_NAME + r"\s*" + _TITLE
    + r"(?:\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?)?|" + HANGUL_NAME + r"\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?)\s*$"
)


def split_trailing_byline(paragraph: str) -> tuple[str, str | None]:
    """Cut a byline glued to the end of a paragraph: ``…밝혔다. 나가람기자 x@dt.example``."""
    match = _TRAILING_BYLINE.search(paragraph)
    if not match or match.start() < 20:
        return paragraph, None
    return paragraph[: match.start()].rstrip(), match["byline"]


def clean_paragraphs(paragraphs: list[str]) -> Cleaned:
    """Drop boilerplate lines, stop at related-article lists, collect reporters and copyright."""
    kept: list[str] = []
    result = Cleaned(paragraphs=kept)
    for index, raw in enumerate(paragraphs):
        line = normalize_space(raw)
        if not line:
            continue
        heading = _HARD_STOP.search(line) and len(line) <= 40 and not reads_as_prose(line)
        if (heading or _TIP_PROMPT.search(line)) and index >= len(paragraphs) // 3:
            rule = "stop:related-list" if heading else "stop:tip-prompt"
            for rest in paragraphs[index:]:
                if rest.strip():
                    result.remove(normalize_space(rest), rule)
            break
        if is_copyright(line):
            result.copyright = result.copyright or line
            result.remove(line, "copyright")
            continue
        furniture = boilerplate_rule(line)
        if furniture:
            for reporter in find_reporters(line):
                add_reporter(result.reporters, reporter.name, reporter.email)
            result.remove(line, furniture)
            continue
        if index >= len(paragraphs) - 3:
            line, byline = split_trailing_byline(line)
            if byline:
                for reporter in find_reporters(byline):
                    add_reporter(result.reporters, reporter.name, reporter.email)
                result.remove(byline, "trailing-byline")
        kept.append(line)
    return result


def dateline_reporters(paragraph: str) -> list[Reporter]:
    """Reporters named in an opening dateline: ``(서울=연합뉴스) 홍길동 기자 = ...``."""
    head = paragraph[:100]
    dateline = _DATELINE.search(head)
    if dateline:
        head = head[dateline.end():]
    elif not re.search(_TITLE + r"\s*=", head):
        return []
    byline = head.split("=", 1)[0] if "=" in head else head[:40]
    spaced = _SPACED_NAMES.match(byline)
    if spaced:  # agency style: "홍길동 김철수 기자 ="
        found: list[Reporter] = []
        for name in re.split(r"[\s·ㆍ,]+", spaced["names"].strip()):
            add_reporter(found, name, None)
        return found
    return find_reporters(byline)


_SPACED_NAMES = re.compile(r"^\s*(?P<names>" + HANGUL_NAME + r"(?:[\s·ㆍ,]+" + HANGUL_NAME + r")+)\s*"
                           + _TITLE + r"\s*$")
