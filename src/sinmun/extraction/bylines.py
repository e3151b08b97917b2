"""Korean reporter bylines: who wrote the story, read from byline lines, datelines and sign-offs.

The patterns here find reporters (a name, and an e-mail where the text pairs one with it) in:

* byline lines: ``홍길동 기자 gildong@x.kr``, ``홍길동·김철수 기자``, ``워싱턴=이영희 특파원``,
  ``YTN 홍가온 (gaon@ytn.example)``, a bare credit line ``차가온 / 사진출처 인스타그램``;
* opening datelines: ``(서울=연합뉴스) 홍길동 기자 = …`` (:func:`dateline_reporters`);
* bylines glued to the end of the last paragraphs (:func:`split_trailing_byline`).
"""
from __future__ import annotations

import re

from ..article import Reporter

HANGUL_NAME = r"[가-힣]{2,4}"
EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
REPORTER_TITLES = ("선임기자", "전문기자", "객원기자", "인턴기자", "수습기자", "사진기자", "영상기자", "기자", "특파원",
                   "논설위원", "논설실장", "편집위원", "선임연구원", "통신원", "에디터", "앵커", "리포터", "캐스터")
# Titles that never name a reporter of the story itself.
_CREW_TITLES = ("영상기자", "사진기자", "촬영기자")
TITLE = "(?:" + "|".join(REPORTER_TITLES) + ")"

EMAIL_RE = re.compile(EMAIL)
#: a byline is short; longer text (a runaway meta tag) is read only this far.
MAX_BYLINE_CHARS = 500
# "홍길동 기자", "홍길동·김철수 기자", "홍길동, 김철수 기자", "홍길동 기자 gildong@x.kr"
_NAMES_TITLE = re.compile(
    r"(?<![가-힣])(?P<names>" + HANGUL_NAME + r"(?:\s*[·ㆍ,/]\s*" + HANGUL_NAME + r")*)"
    r"\s*(?P<title>" + TITLE + r")(?![가-힣])"
    r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
)
# "YTN 홍가온 (gaon01@ytn.example)", "홍가온 (gaon@x.kr)"
_NAME_EMAIL = re.compile(r"(?<![가-힣])(?P<names>" + HANGUL_NAME + r")\s*[(\[<]?\s*(?P<email>" + EMAIL + r")")
# "[서울=뉴시스] 홍길동 기자 =", "(서울=연합뉴스) 홍길동 기자 ="
_DATELINE = re.compile(r"^\s*[\[(【]\s*[가-힣A-Za-z ]{1,12}\s*=\s*[가-힣A-Za-z0-9 ]{1,20}[\])】]")
_NAME_CREDIT = re.compile(r"^(?P<name>" + HANGUL_NAME + r")\s*/\s*(?:사진|영상|자료|그래픽)\s*(?:제공|출처|편집)?")
_SPACED_NAMES = re.compile(r"^\s*(?P<names>" + HANGUL_NAME + r"(?:[\s·ㆍ,]+" + HANGUL_NAME + r")+)\s*"
                           + TITLE + r"\s*$")
_TRAILING_BYLINE = re.compile(
    r"(?<=[.!?\"'”’)])\s*(?P<byline>(?:[\[(]?[가-힣A-Za-z0-9]{0,8}[\])]?\s*)?" + HANGUL_NAME + r"\s*" + TITLE
    + r"(?:\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?)?|" + HANGUL_NAME + r"\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?)\s*$"
)
_TITLE_WORD = re.compile(TITLE)
_PUNCTUATION = re.compile(r"[\s\[\]()<>=·,/|:;.\-]+")

# Hangul words that the byline patterns can take for a name.
_NOT_NAMES = {"취재", "영상", "사진", "뉴스", "담당", "기자", "전문", "객원", "인턴", "수습", "선임", "사회부",
              "정치부", "경제부", "국제부", "문화부", "산업부", "디지털", "편집", "보도", "특파원", "연합뉴스",
              "뉴시스", "뉴스1", "입니다", "이메일", "메일", "구독", "현장", "통신원", "일보", "신문", "방송", "미디어",
              "온라인", "본사"}


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
    """Add ``name`` to ``found`` once; a repeated name only lends its e-mail."""
    name = name.strip()
    if name in _NOT_NAMES or len(name) < 2:
        return
    for existing in found:
        if existing.name == name:
            existing.email = existing.email or email
            return
    found.append(Reporter(name=name, email=email))


def is_byline_line(line: str) -> bool:
    """A short line that only names reporters (and e-mails): ``홍길동 기자 gildong@x.kr``."""
    if len(line) > 90:
        return False
    if _NAME_CREDIT.match(line):
        return True
    if line.rstrip().endswith(("!", "?", "다.", "요.")):
        return False
    if "@" not in line and not _TITLE_WORD.search(line):
        return False  # nothing for the patterns below to take away: not a byline
    rest = _NAMES_TITLE.sub("", line)
    rest = _NAME_EMAIL.sub("", rest)
    rest = EMAIL_RE.sub("", rest)
    rest = _PUNCTUATION.sub("", rest)
    # What may remain: a press name or a dateline word ("YTN", "서울", "뉴시스"); next to an
    # e-mail, a longer outlet line ("◎공감언론 뉴시스 x@newsis.com").
    touched = rest != _PUNCTUATION.sub("", line)
    limit = 20 if EMAIL_RE.search(line) and len(line) < 70 else 8
    return touched and len(rest) <= limit and not rest.endswith(("다", "요", "까"))


def split_trailing_byline(paragraph: str) -> tuple[str, str | None]:
    """Cut a byline glued to the end of a paragraph: ``…밝혔다. 나가람기자 x@dt.example``."""
    match = _TRAILING_BYLINE.search(paragraph)
    if not match or match.start() < 20:
        return paragraph, None
    return paragraph[: match.start()].rstrip(), match["byline"]


def dateline_reporters(paragraph: str) -> list[Reporter]:
    """Reporters named in an opening dateline: ``(서울=연합뉴스) 홍길동 기자 = ...``."""
    head = paragraph[:100]
    dateline = _DATELINE.search(head)
    if dateline:
        head = head[dateline.end():]
    elif not re.search(TITLE + r"\s*=", head):
        return []
    byline = head.split("=", 1)[0] if "=" in head else head[:40]
    spaced = _SPACED_NAMES.match(byline)
    if spaced:  # agency style: "홍길동 김철수 기자 ="
        found: list[Reporter] = []
        for name in re.split(r"[\s·ㆍ,]+", spaced["names"].strip()):
            add_reporter(found, name, None)
        return found
    return find_reporters(byline)
