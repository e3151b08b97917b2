"""Korean reporter bylines: who wrote the story, read from byline lines, datelines and sign-offs.

The patterns here find reporters (a name, and an e-mail where the text pairs one with it) in:

* byline lines: ``홍길동 기자 gildong@x.kr``, ``홍길동·김철수 기자``, ``워싱턴=이영희 특파원``,
  ``YTN 홍가온 (gaon@ytn.example)``, a bare credit line ``차가온 / 사진출처 인스타그램``;
* opening datelines: ``(서울=연합뉴스) 홍길동 기자 = …`` (:func:`dateline_reporters`);
* bylines glued to the end of the last paragraphs (:func:`split_trailing_byline`);
* a name between the outlet and the title, often bracketed at the end of the text:
  ``[홍길동 MBN스타 기자]``, ``(SBS연예뉴스 홍길동 기자)``, ``[OSEN=홍길동 기자]``;
* broadcast sign-ins and sign-offs that stay in the text (:func:`sign_off_reporters`):
  ``홍길동 기자입니다.``, ``연합뉴스 홍길동입니다.``, ``지금까지 KBS 뉴스 홍길동입니다.``;
* meta and JSON-LD author strings (:func:`clean_author`): ``홍길동 MK스포츠 기자(x@y.com)``,
  ``By Jane Doe``, ``Jane Doe. Gasang International`` (the name before its outlet).

Never reporters: photo credits (``사진=홍길동 기자``, ``홍길동 기자 촬영``), desks and teams
(``디지털뉴스부``, ``온라인뉴스팀``, ``iMBC 연예``), outlets and programme names (``뉴스데스크``);
in Latin script, organisations, wires and desks (``Reuters Staff``, ``Associated Press``, ``The
Editorial Board``, ``Admin``) and the outlet under its own name (:func:`names_the_outlet`).
"""
from __future__ import annotations

import re
import unicodedata

from ..article import Reporter

HANGUL_NAME = r"[가-힣]{2,4}"
EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
REPORTER_TITLES = ("선임기자", "전문기자", "객원기자", "인턴기자", "수습기자", "사진기자", "영상기자", "시민기자",
                   "명예기자", "주재기자", "기자", "특파원",
                   "논설위원", "논설실장", "편집위원", "선임연구원", "통신원", "에디터", "앵커", "리포터", "캐스터",
                   "칼럼니스트", "PD",
                   # the newsroom's heads, who sign their columns: "홍길동 편집국장", "홍길동 사회부장" (the desk is
                   # read as a word before the title), "홍길동 산업부 차장"
                   "편집국장", "부국장", "국장", "부장", "차장", "주필")
# Titles that never name a reporter of the story itself.
_CREW_TITLES = ("영상기자", "사진기자", "촬영기자")
#: (a Latin title ends where its letters do: "홍길동 PD", never "PDF")
TITLE = "(?:" + "|".join(title + "(?![A-Za-z])" if title.isascii() else title for title in REPORTER_TITLES) + ")"

EMAIL_RE = re.compile(EMAIL)
#: a byline is short; longer text (a runaway meta tag) is read only this far.
MAX_BYLINE_CHARS = 500
# "홍길동 기자", "홍길동·김철수 기자", "홍길동, 김철수 기자", "홍길동 기자 gildong@x.kr"
_NAMES_TITLE = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<names>" + HANGUL_NAME + r"(?:\s*[·ㆍ,/]\s*" + HANGUL_NAME + r")*)"
    r"\s*(?P<title>" + TITLE + r")(?![가-힣])"
    r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
)
# A foreign name whose last word is one syllable, after a space: "데이비드 리 기자" (read by _match_names, which
# keeps it only when the words before spell a transliterated name with it)
_ONE_SYLLABLE_LAST_WORD_TITLE = re.compile(
    r"(?<=[가-힣]\s)(?P<names>[가-힣])\s*(?P<title>" + TITLE + r")(?![가-힣])"
    r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
)
# "YTN 홍가온 (gaon01@ytn.example)", "홍가온 (gaon@x.kr)"
_NAME_EMAIL = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<names>" + HANGUL_NAME + r")\s*[(\[<]?\s*(?P<email>" + EMAIL + r")")
# "[서울=뉴시스] 홍길동 기자 =", "(서울=연합뉴스) 홍길동 기자 ="
# (the names inside may be several: "[가상일보=홍길동·김철수 기자]")
_DATELINE = re.compile(r"^\s*[\[(【]\s*[가-힣A-Za-z ]{1,12}\s*=\s*[가-힣A-Za-z0-9 ·ㆍ,]{1,24}[\])】]")
# "차가온 / 사진출처 인스타그램", "홍길동 / 화면캡처 유튜브": the writer, then where the pictures come from.
_NAME_CREDIT = re.compile(r"^(?P<name>" + HANGUL_NAME + r")\s*/\s*(?:사진|영상|자료|그래픽|화면|캡처|캡쳐)"
                          r"\s*(?:제공|출처|편집|캡처|캡쳐)?")
# A labelled byline: "기자명 홍길동", "작성자 : 홍길동", "기자 : 홍길동", a broadcast's "취재기자 : 홍길동",
# "취재 : 홍길동" (never a camera crew's "영상취재 : 홍길동": the label starts a word)
_NAME_LABEL = re.compile(r"(?:^|\s|\||\()(?:기자명(?:\s*[:：]|\s)|(?:작성자|(?:취재)?기자|취재)\s*[:：])\s*(?P<name>"
                         + HANGUL_NAME + r")(?![가-힣])")
# A link to the reporter's other stories, where a layout names the reporter only there: "홍길동 기자의 다른 기사 보기",
# "홍길동 기자 다른기사", "홍길동 기자의 기사 모아보기"
_OTHER_STORIES_LINK = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<name>" + HANGUL_NAME + r")\s*" + TITLE
                                 + r"\s*(?:님)?의?\s*(?:다른\s*기사|기사\s*(?:더\s*보기|모아\s*보기|목록|전체\s*보기))")
#: what a page's markup holds when it may have such a link (one scan of the text, before any element is read): the
#: words after the name, loosely
OTHER_STORIES_HINT = re.compile(r"(?:기자|특파원|위원|에디터)\s*(?:님)?의?\s*"
                                r"(?:다른\s*기사|기사\s*(?:더|모아|목록|전체))")
# Lines that name the writer without a title after the name: a citizen reporter's user id ("홍길동(gildong)"),
# the title first ("기자 홍길동", "에디터 홍길동", "기자 홍길동·김철수", "기자 홍길동 gildong@x.kr"), a writer and a
# photographer ("글 홍길동 / 사진 김철수", "글 홍길동 · 사진 김철수 기자": only the writer is a reporter).
_NAME_ID_LINE = re.compile(r"^(?P<names>" + HANGUL_NAME + r")\s*\(\s*[a-z][a-z0-9_.]{2,19}\s*\)(?:\s*(?:시민)?기자)?$")
#: the last word of a contributor's affiliation, written after the name (``가상대 교수``, ``가상연구소 연구위원``)
_POSITION = (r"(?:교수|명예교수|연구원|연구위원|위원|원장|소장|센터장|대표|이사장|회장|박사|변호사|작가|"
             r"평론가|교사|전문의|의원)(?![가-힣])")
_TITLE_FIRST_LINE = re.compile(r"^(?:기자|에디터|기고|[Bb][Yy]|글(?:\s*[·ㆍ,/&]\s*(?:사진|그래픽|영상))?)"
                               r"(?:\s*[=:]\s*|\s+)"
                               r"(?P<names>" + HANGUL_NAME + r"(?:\s*[·ㆍ,]\s*"
                               + HANGUL_NAME + r")*)"
                               # a column's writer with the affiliation in brackets: "글 홍길동 (가상대 교수)"
                               r"(?:\s*[(\[]\s*[^()\[\]@]{2,30}[)\]]"
                               # or after it, the affiliation's last word a position: "글=홍길동 가상대 교수"
                               r"|(?:\s+[가-힣A-Za-z0-9]{1,12}){0,2}\s*" + _POSITION + r")?"
                               r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
                               r"(?:\s*[/,·ㆍ|]\s*(?:사진|그래픽|영상)\s*[=:]?\s*" + HANGUL_NAME
                               + r"(?:\s*(?:사진|영상)?기자)?)?$")
# An outlet written between a name and its title: "MBN스타", "MK스포츠", "SBS연예뉴스", "가상일보", "뉴스1",
# "가상비즈", "가상이코노미스트", "가상TV".
OUTLET_WORD = (r"(?:[A-Za-z][A-Za-z0-9]*[가-힣]{0,6}|"
               r"[가-힣]{0,8}(?:뉴스|일보|신문|방송|경제|스포츠|스타|닷컴|타임스|타임즈|투데이|연예|데일리|아시아|저널|코리아|"
               r"미디어|포스트|헤럴드|비즈|이코노미스트|이코노미|리뷰|인사이트|사이트|와이어|프레스|위크|매거진)"
               r"(?:TV|1|24|21)?|[가-힣]{1,8}TV)")
#: an opening byline without brackets, parted from the story by a bar or an equals sign: "가상일보=홍길동 기자ㅣ…",
#: "가상일보 홍길동 기자 | …", "가상뉴스 홍길동·김철수 기자 = …" (the outlet, then the names: what the bracketed
#: "[가상일보=홍길동 기자]" says)
OPENING_UNBRACKETED_BYLINE = re.compile(
    r"^\s*(?P<inside>(?P<outlet>" + OUTLET_WORD + r")\s*(?:=\s*|\s+)(?P<names>[가-힣]{2,4}"
    r"(?:\s*[·ㆍ,]\s*[가-힣]{2,4}){0,2})\s*(?:기자|특파원))\s*[ㅣ|│=]\s*\S")
# "홍길동 MBN스타 기자", "홍길동 MK스포츠 기자(x@y.com)"
_NAME_OUTLET_TITLE = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<names>" + HANGUL_NAME + r")\s+" + OUTLET_WORD + r"\s*(?P<title>" + TITLE
    + r")(?![가-힣])(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?"
)
_OUTLET = re.compile(OUTLET_WORD)
# Photo credits name a photographer, not a writer: "사진=홍길동 기자", "홍길동 기자 촬영"; a camera crew's
# ("영상=홍길동 기자", "영상취재 홍길동 기자") no more.
_PHOTO_BEFORE = re.compile(r"(?:사진|촬영|화면|그래픽|이미지|영상(?:취재|편집|촬영)?)\s*(?:제공|출처)?\s*[=:/]?\s*$")
_PHOTO_AFTER = re.compile(r"\s*촬영")
_TEXT_AND_PHOTO_BEFORE = re.compile(r"글\s*[·ㆍ,/&]\s*(?:사진|그래픽|영상)\s*[=:/]?\s*$")
# one to three names before one title ("홍길동·김철수 기자"), and their e-mails after it ("hong@x.kr kim@x.kr",
# "| kim@x.kr")
_GLUED_NAMES = HANGUL_NAME + r"(?:\s*[·ㆍ,]\s*" + HANGUL_NAME + r"){0,2}"
_GLUED_EMAILS = (r"(?:\s*\|?\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?"
                 r"(?:\s*[|·ㆍ,]?\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?){0,2})")
#: the place a story was filed from, before its reporter's name: "가상시=" (as the opening "(가상시=연합뉴스)"
#: writes it); never a credit word ("사진=")
_FILED_FROM = (r"(?!(?:사진|영상|자료|그래픽|이미지|화면|출처|제공|촬영|삽화|일러스트|글|정리|진행|구성|대담|사회|"
               r"번역|편집|제작|연출)\s*=)[가-힣]{1,8}\s*=\s*")
_TRAILING_BYLINE = re.compile(
    r"(?<=[.!?\"'”’)])\s*(?P<byline>(?:[\[(]?[가-힣A-Za-z0-9]{0,8}[\])]?\s*)?" + _GLUED_NAMES + r"\s*" + TITLE
    + _GLUED_EMAILS + r"?|" + HANGUL_NAME + r"\s*[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?"
    # after a slash, with the e-mail: "… 밝혔다. /홍길동 기자 x@y.example"; without one at the very end of a story's
    # text (a photo's credit "… 있다./홍길동 기자" leaves as a caption first, unless it ends the text)
    # (the place filed from may come first: "… 밝혔다./가상시=홍길동 기자")
    + r"|/\s*(?:" + _FILED_FROM + r")?" + _GLUED_NAMES + r"\s*" + TITLE + r"(?:" + _GLUED_EMAILS + r"|\s*$)"
    # bracketed, the outlet before or after the name: "[홍길동 MBN스타 기자]", "(SBS연예뉴스 홍길동 기자)"; or the
    # place filed from before it: "(가상시=홍길동 기자)"
    + r"|[\[(]\s*(?:" + _FILED_FROM + r"|" + OUTLET_WORD + r"\s*)?" + HANGUL_NAME
    + r"(?:[\s·ㆍ,]+" + HANGUL_NAME + r"){0,2}\s+(?:"
    + OUTLET_WORD + r"\s*)?" + TITLE
    + r"(?:\s*" + EMAIL + r")?\s*[\])])\s*$"
)
_TITLE_WORD = re.compile(TITLE)
# A Latin-script name before a Korean title, in a Korean story: "John Smith 기자 john@x.kr", "Mary Kim 특파원".
# (A reporter's title only: before 특파원 a Latin name is as likely the posting's place, "New York 특파원".)
_LATIN_NAME_TITLE = re.compile(r"(?<![A-Za-z0-9.])(?P<names>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s*"
                               r"(?P<title>(?:선임|전문|객원|인턴|수습)?기자)(?![가-힣])"
                               r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?")
_LATIN_FULL_NAME = re.compile(r"[A-Z][a-z]+[ -][A-Z]")
# A senior writer: "홍길동 대기자 hong@x.kr". 대기자 is also a common noun (``입주 대기자``, ``이식 대기자``), so
# the word before it must look like a full name (three syllables or more; see :func:`side_by_side_name`).
_SENIOR_WRITER = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<names>[가-힣]{3,4})\s*(?P<title>대기자)(?![가-힣])"
                            r"(?:\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?)?")
_DESK_STEMS = ("정치|경제|사회|국제|문화|산업|디지털|온라인|인터넷|모바일|연예|스포츠|체육|편집|뉴스|보도|"
               "취재|사진|영상|기획|전국|지역|과학|생활|금융|증권|부동산|유통|외신|특집|탐사|이슈|종합|미디어|라이프|엔터")
# Desks, teams, outlets and programmes: never a person's name.
_ORG_WORD = re.compile(r"뉴스|일보|신문|방송|데스크|투데이|닷컴|스포츠|연예|^(?:" + _DESK_STEMS
                       + r")+(?:부|팀|국|센터|본부|취재반)$")
_PUNCTUATION = re.compile(r"[\s\[\]()<>=·,/|:;.\-]+")

# Hangul words that the byline patterns can take for a name.
_NOT_NAMES = {"취재", "영상", "사진", "뉴스", "담당", "기자", "전문", "객원", "인턴", "수습", "선임", "사회부",
              "정치부", "경제부", "국제부", "문화부", "산업부", "디지털", "편집", "보도", "특파원", "연합뉴스",
              "뉴시스", "뉴스1", "입니다", "이메일", "메일", "구독", "현장", "통신원", "일보", "신문", "방송", "미디어",
              "온라인", "본사", "정보", "프로필", "소개", "문의", "제보", "시민", "명예", "대기자", "관리자", "운영자",
              "편집자", "담당자", "작성자", "주재", "영상취재", "사진취재", "영상편집", "취재기자"}
#: portals and platforms, which a portal's author tag writes after the outlet (``뉴스타파 | 네이버``)
_NOT_NAMES |= {"네이버", "카카오", "네이트", "구글", "야후", "유튜브"}
#: the titles of people a story is about, which a sign-off's pattern can take for the name (``가상방송 사장입니다``):
#: no reporter's name. (Titles that also read as a surname and a one-syllable given name, such as 장관 or 차장, are
#: left out: they may be someone's name.)
_NOT_NAMES |= set("""
사장 대표 회장 부회장 부사장 실장 팀장 본부장 위원장 센터장 총리 교수 아나운서 진행자 주필 해설위원
명예교수 연구원 연구위원 이사장 변호사 평론가 전문의 작가 교사
""".split())
#: loanwords that desks, studios, programmes and sponsored sections are named with (``브리핑 스튜디오``, ``디지털
#: 콘텐츠``, ``브랜드 스토리``), spelled as a transliterated name is: never a person's name, alone or in one
_NOT_NAMES |= set("""
스튜디오 콘텐츠 컨텐츠 브리핑 스토리 클럽 라이브 데일리 위클리 매거진 리포트 포토 브랜드 코리아 채널 플러스 센터 그룹
네트워크 데스크 프레스 뉴스룸 인사이드 아카데미 캠페인 리뷰 가이드 토크 포럼 이벤트 트렌드 테크 비즈 마켓 플랫폼 솔루션
파트너스 인터뷰 스페셜 리포터 크리에이터 에디터스 웹툰 팟캐스트 유튜브 오디오 비디오 그래픽스 인포그래픽 팩트체크
""".split())


def nfc(text: str) -> str:
    """``text`` in composed Unicode form (NFC: Hangul written as jamo, as macOS-made text often is, as syllables);
    the same object when it is so already (ASCII text is; other text is asked, a scan far cheaper than a regex's)."""
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def find_reporters(text: str) -> list[Reporter]:
    """Reporters named in a byline-like text, with e-mails where the text pairs them."""
    found: list[Reporter] = []
    text = nfc(text[:MAX_BYLINE_CHARS])
    if is_photographer_caption(text.strip()):
        return found
    kept = [(match, _match_names(text, match)) for match in _title_matches(text)
            if match["title"] not in _CREW_TITLES and not _is_photo_credit(text, match)]
    for name, email in _titled_pairs(text, kept):
        add_reporter(found, name, email)
    for match in _NAME_EMAIL.finditer(text) if "@" in text else ():
        if not _TITLE_SUFFIX.search(match["names"]):  # "리기자 x@y" is a name's last syllable and the title
            add_reporter(found, match["names"], match["email"])
    credit = _NAME_CREDIT.match(text) or (None if found else _NAME_LABEL.search(text) or other_stories_link(text))
    if credit and not found:
        add_reporter(found, credit["name"], None)
    if not found:
        _add_untitled_writer(found, text.strip())
    return found


def other_stories_link(text: str) -> re.Match[str] | None:
    """The name in a link to the reporter's other stories (``홍길동 기자의 다른 기사 보기``: group ``name``); not a
    word that says which reporter (``해당 기자의 다른 기사``): the name must look like one."""
    found = _OTHER_STORIES_LINK.search(text)
    return found if found and looks_like_a_name(found["name"]) else None


# more e-mails after a byline's first one, or its only one after a bar: "hong@x.kr kim@x.kr", "· kim@x.kr", "| kim@x.kr"
_NEXT_EMAIL = re.compile(r"\s*[|·ㆍ,/]?\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?")


#: what joins two name-title bylines of one line: "홍길동 기자·김철수 인턴기자", "홍길동 기자, 김철수 기자"
_BYLINE_JOINER = re.compile(r"\s*[·ㆍ,]\s*")


def _titled_pairs(text: str, kept: list[tuple[re.Match[str], list[str]]]) -> list[tuple[str, str | None]]:
    """The names of the name-title matches with their e-mails: each match's own addresses after its title; but
    bylines joined by a dot or comma, each with its own title and no address, then all their addresses in order
    after the last (``홍길동 기자·김철수 인턴기자 hong@… kim@…``), pair names and addresses in order."""
    pairs: list[tuple[str, str | None]] = []
    run: list[str] = []  # the names of the joined bylines before this match, none of them with an address
    previous: re.Match[str] | None = None
    for match, names in kept:
        emails = _emails_after(text, match)
        joined = previous is not None and bool(_BYLINE_JOINER.fullmatch(text, previous.end(), match.start()))
        if not joined:
            run = []
        if run and len(emails) == len(run) + len(names):
            pairs[-len(run):] = list(zip(run, emails))
            pairs += zip(names, emails[len(run):])
        else:
            pairs += zip(names, spread_emails(emails, len(names)))
        run = run + names if not emails else []
        previous = match
    return pairs


def _emails_after(text: str, match: re.Match[str]) -> list[str]:
    """The addresses written right after a name-title match's title, in order (``홍길동·김철수 기자 hong@x.kr
    kim@x.kr``: one for each name, in the names' order; :func:`spread_emails` gives fewer than the names to the
    last names, the nearest: ``홍길동·김철수 기자 | kim@x.kr`` is 김철수's)."""
    emails: list[str] = []
    pos = match.end("title")
    while "@" in text[pos:pos + 80] and (more := _NEXT_EMAIL.match(text, pos)):
        emails.append(more["email"])
        pos = more.end()
    return emails


def spread_emails(emails: list[str], count: int) -> list[str | None]:
    """``count`` names' e-mails out of the addresses written after them: one each in order, fewer to the last
    names (the nearest to them)."""
    emails = emails[:count]
    return [None] * (count - len(emails)) + list(emails)


# ----------------------------------------------------------------- names written side by side
# "홍길동 김철수 기자": two reporters with only a space between them. The word before a name may as well be the
# dateline's place ("서울 홍길동 기자", "워싱턴 김철수 특파원") or a desk ("정치부 홍길동 기자"), and no morphological
# analyser runs here: a word counts as a name only when it looks like one (a Korean surname first, two to four
# syllables, a two-syllable surname for four) and is no place, desk, outlet or common word.
#: one-syllable Korean surnames, and the two-syllable ones
SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원"
                     "천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용경호")
SURNAMES2 = frozenset(("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"))
#: places a dateline writes before the reporter's name: provinces, cities and counties, capitals and the cities
#: correspondents write from (those whose first syllable is no surname cannot pass for a name and need no entry)
_PLACES = frozenset("""
서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 수도권 영남 호남 충청 전라 경상
강릉 원주 홍천 홍성 횡성 정선 양구 인제 고성 양양 양평 여주 이천 안산 안양 안성 오산 고양 구리 김포 하남 성남 연천
진천 음성 제천 옥천 보은 괴산 단양 증평 공주 천안 아산 서산 당진 보령 부여 서천 논산 계룡 금산 예산 태안 청양 유성
전주 군산 익산 정읍 남원 김제 완주 진안 무주 장수 임실 순창 고창 부안 목포 여수 순천 나주 광양 담양 곡성 구례 고흥
보성 화순 장흥 강진 해남 영암 무안 함평 영광 장성 완도 진도 신안 경주 김천 안동 구미 영주 영천 상주 문경 경산
의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 봉화 울진 울릉 독도 창원 마산 진해 진주 통영 사천 김해 밀양 거제
양산 의령 함안 창녕 남해 하동 산청 함양 거창 합천 기장 울주 서귀포 한라산 송도 판교 분당 일산 동탄 여의도 용산
서초 강남 강서 송파 종로 마포 서대문 동대문 성북 노원 도봉 은평 구로 금천 관악 동작 영등포 양천 광진 성동 중랑 강동
인천공항 김포공항 제주공항 개성 평양 신의주 원산 금강산 남포 함흥 청진 판문점
도쿄 오사카 나고야 고베 오키나와 후쿠오카 삿포로 하노이 호찌민 호치민 방콕 마닐라 양곤 하얼빈 선양 상하이 홍콩 마카오
타이베이 모스크바 민스크 안카라 이스탄불 도하 두바이 리야드 테헤란 카이로 나이로비 라고스 제네바 마드리드 로마
이스라엘 이란 이라크 이집트 인도 한국 남한 북한 유럽 유엔 남미 하와이 오타와 오클랜드 오스틴 호놀룰루
조지아 라오스 모나코 모로코 우간다 남아공 오만 호주 나트랑 나폴리 오데사 오슬로 선전 우한 남양주 양주 용인 남유럽 서유럽
인도양 남극 남산 설악산 지리산 한강 금강 강북 홍대 신촌 명동 마곡 이태원 남대문 성수동 신도림 신대방 구파발 왕십리
노량진 보라매 남가좌 남태령 신사동 한남동 반포동 방배동 도곡동 석촌동 신림동
수원 의정부 부천 광명 평택 동두천 과천 시흥 군포 의왕 파주 화성 포천 가평 춘천 동해 태백 속초 삼척 영월 평창 철원
화천 청주 충주 영동 포항 군위
""".split())
#: words for groups of people, written before or after a reporter's name as the kind of reporter or the beat
#: (``장애인 기자``, ``어린이 기자``) and never a name (those whose first syllable is no surname need no entry)
_PEOPLE_WORDS = frozenset("""
장애인 장애아 노인 노동자 노숙인 노숙자 이주민 이민자 이재민 유학생 유권자 유공자 한국인 고령자 전문가 정치인 기업인
연예인 방송인 경제인 문화인 소비자 구직자 은퇴자 임산부 어린이 어르신 여학생 남학생 고교생 신입생 원주민 이방인 한부모
조부모 유가족 여성 남성 주민 주부 노조 선수 신자 환자
""".split())
#: the endings of a word for a group of people that a Korean given name never has (``노년층``, ``유족들``)
_PEOPLE_ENDINGS = ("층", "족", "들")
#: words a byline writes before names that name no one: roles of the piece, desks' subjects, time words
_NOT_PERSON_WORDS = frozenset("""
정리 진행 구성 대담 사회 편집 기획 연출 취재 보도 사진 영상 촬영 그래픽 삽화 일러스트 번역 감수 자문 제작 글
정치 경제 국제 문화 산업 금융 증권 유통 부동산 연예 스포츠 체육 과학 교육 종합 전국 지역 이슈 기사 단독 특별 공동
이번 이날 이후 이제 이어 지난 지금 오늘 오전 오후 전날 전체 정부 한편 현지 현재 최근 최초 국내 국외 신임 전임 수석
선임 담당 주재 주요 고위 한국 남북 방문 동행 연합 국민 시민 명예 인턴 수습 객원 전문 기자 특파원 논설 위원 본사 본지
기자명 작성자 작성 입력 등록 수정 승인 발행 송고 게재 최종 기사입력 문의 제보 구독 이메일 메일 연락처
인기 최신 모든 소속 전속 우리 고참 신입
""".split())
#: the endings of a town, county or district (``가상시``, ``가상군``): never a person's name
_PLACE_ENDINGS = ("시", "군", "읍", "면")
#: at most this many names written side by side before one title
MAX_SPACED_NAMES = 3
_RUN_BEFORE_NAME = re.compile(r"(?:^|(?<=[^가-힣\s]))\s*(?P<run>(?:[가-힣]{2,5}\s+){1,%d})$" % MAX_SPACED_NAMES)


def looks_like_a_name(word: str) -> bool:
    """A Hangul word that may be a Korean person's name: a surname first, two or three syllables (four after a
    two-syllable surname), and no place, desk, role, outlet or common word."""
    if not 2 <= len(word) <= 4 or not re.fullmatch(r"[가-힣]+", word):
        return False
    surname = word[:2] in SURNAMES2 if len(word) == 4 else word[0] in SURNAMES
    return (surname and word not in _PLACES and word not in _NOT_PERSON_WORDS and word not in _PEOPLE_WORDS
            and not is_not_a_name(word)
            and not (len(word) > 2 and word.endswith(_PLACE_ENDINGS + _ROLE_ENDINGS + _PEOPLE_ENDINGS)))


#: the endings of a role written before names: "편집장", "부국장", "전문위원"
_ROLE_ENDINGS = ("장", "위원")
#: the endings of a place's or an institution's name that a Korean given name hardly ever has: "국방부", "가상청",
#: "박물관", "가상구", "한반도", "남해안", "가상각", "가상역", "가상항", "가상당", "가상씨" (a person's surname alone),
#: the circles of a trade or a beat ("정치권", "금융권", "산업계", "유통가", "조선업")
_PLACE_NOUN_ENDINGS = ("부", "청", "처", "관", "실", "구", "도", "안", "각", "역", "항", "당", "회", "소", "씨",
                       "권", "계", "업", "가")
#: a name written beside another before one title has this many syllables at least: two-syllable words there are
#: far likelier the dateline's place, a desk or a subject (``국회``, ``조선``, ``차장``, ``선거``) than a name
MIN_SIDE_BY_SIDE_SYLLABLES = 3


def side_by_side_name(word: str) -> bool:
    """A word that may be a second reporter's name written beside the first with only a space (``홍길동 김철수
    기자``): it looks like a name, has three syllables or more and no ending of a place's or institution's
    name."""
    return (looks_like_a_name(word) and len(word) >= MIN_SIDE_BY_SIDE_SYLLABLES
            and not word.endswith(_PLACE_NOUN_ENDINGS))


def _opens_a_byline(word: str) -> bool:
    """A word that may stand before a byline's names without being one: a place or a desk (``서울``, ``정치부``,
    ``가상일보``); not a photo or credit word, after which the names are no writers."""
    return (word in _PLACES or word in _PEOPLE_WORDS or word.endswith(_PLACE_ENDINGS) or bool(_ORG_WORD.search(word))
            or len(word) > 2 and word.endswith(_TEAM_ENDINGS + _ROLE_ENDINGS + _PLACE_NOUN_ENDINGS)
            or word in _NOT_PERSON_WORDS and word not in _CREDIT_WORDS)


#: the endings of a desk's or team's name: "특별취재팀", "공동취재단", "탐사보도부"
_TEAM_ENDINGS = ("팀", "부", "국", "단", "반", "센터", "본부")


_CREDIT_WORDS = frozenset(("사진", "영상", "촬영", "그래픽", "삽화", "일러스트", "정리", "진행", "구성", "대담", "사회",
                           "번역", "감수", "자문", "제작", "연출", "편집"))


def _match_names(text: str, match: re.Match[str]) -> list[str]:
    """The names of a name-title match, after those written side by side before it (``홍길동 김철수 기자``). The word
    just before the title, after such names, is a second name only when it looks like one beside another: else it
    says where or what the reporter is (``홍길동 워싱턴 특파원``: the posting; ``홍길동 장애인 기자``: the kind of
    reporter)."""
    if match["names"].isascii():
        return [match["names"]]  # a Latin name ("John Smith 기자"): one person, whatever stands before
    if len(match["names"]) == 1:
        return _names_ending_in_one_syllable(text, match)
    if _heads_a_desk(match):
        return spaced_names_before(text, match.start("names"))  # "홍길동 사회부장": the desk's head is named before
    own = _without_slash_place(re.split(r"\s*([·ㆍ,/])\s*", match["names"]))
    before = spaced_names_before(text, match.start("names"))
    if before and len(own) == 1 and not side_by_side_name(own[0]):
        spelled = [*before, own[0]]  # "마이클 존슨 기자": one foreign name, not 마이클 at the posting 존슨
        if len(spelled) <= MAX_FOREIGN_NAME_WORDS and transliterated(spelled) and not _posting(match, own[0]):
            return [" ".join(spelled)]
        return before
    if not before and len(own) == 1:
        return _lone_name(text, match, own[0])
    return before + own


#: the titles of a newsroom's heads, which a desk's name may be written glued to (``사회부장``, ``편집국장``)
_HEAD_TITLES = ("국장", "부장", "차장")


def _heads_a_desk(match: re.Match[str]) -> bool:
    """A head's title glued to the word before it, which is then the desk (``사회부장``: 사회, ``정치부장``), not a
    name (``홍길동부장`` is one)."""
    return (match["title"] in _HEAD_TITLES and match.end("names") == match.start("title")
            and not looks_like_a_name(match["names"]))


def _without_slash_place(pieces: list[str]) -> list[str]:
    """The names of a byline's names split with their marks kept (``['가상시', '/', '홍길동']``), without a
    dateline's place written before a slash (``대구/홍길동 기자``, ``가상시/홍길동 기자``: the city the story was
    filed from, as ``대구=홍길동 기자`` writes it); ``홍길동/김철수 기자`` is two names."""
    names = pieces[::2]
    if len(pieces) > 2 and pieces[1] == "/" and _is_place(names[0]):
        return names[1:]
    return names


def _is_place(word: str) -> bool:
    """A city, county or district, at home (``대구``, ``가상시``, ``가상군``) or abroad (``워싱턴``)."""
    return word in _PLACES or word in _POSTINGS or len(word) > 2 and word.endswith(_PLACE_ENDINGS)


#: the titles of a reporter posted somewhere, which the posting alone may stand before (``가상일보 파리 특파원``,
#: ``가상일보 포항 주재기자``: no name)
_POSTED_TITLES = ("특파원", "주재기자")


def _lone_name(text: str, match: re.Match[str], word: str) -> list[str]:
    """The name of a match whose names are one word and have no names side by side before them: the word, with the
    words before it when they spell a foreign name with it; a correspondent's word may be the posting alone
    (``가상일보 파리 특파원``: no name)."""
    name = foreign_name_before(text, match.start("names"), word)
    if match["title"] not in _POSTED_TITLES or (" " in name and transliterated(name.split())
                                                  and not _posting(match, word)):
        return [name]
    if _posting(match, word) or word in _PLACES:
        return []
    return [word]


def _names_ending_in_one_syllable(text: str, match: re.Match[str]) -> list[str]:
    """The foreign name that a one-syllable word before the title ends (``데이비드 리 기자``, ``파리=데이비드 리
    특파원``): the words before it from the line's start or a mark, after places, desks, outlets or credit words,
    spell a transliterated name with it (:func:`transliterated`); anything else (``서울 김 기자``, ``그 기자``)
    names nobody."""
    run = _WORDS_BEFORE_NAME.search(text, 0, match.start("names"))
    if run is None:
        return []
    words = _without_opening_words(run["run"].split())
    spelled = [*words, match["names"]]
    return [" ".join(spelled)] if len(words) >= 1 and spells_foreign_name(spelled) else []


#: one-syllable transliterated given names that hold none of the syllables :func:`transliterated` looks for (``존 리``:
#: John Lee); words that are also common Korean words (밥, 샘, 팀) are not in it
ONE_SYLLABLE_GIVEN_NAMES = frozenset("존 폴 잭 톰 짐 빌 벤 댄 론 맷 롭 숀 앤 얀 팻 렌".split())


def spells_foreign_name(words: list[str]) -> bool:
    """:func:`transliterated`, or such a given name and a Korean surname (``존 리``, ``폴 김``: a Korean family name
    after a foreign given name, as Korean-born people abroad write theirs; 이 and 임 are spelled 리 and 림 there)."""
    return transliterated(words) or (len(words) == 2 and words[0] in ONE_SYLLABLE_GIVEN_NAMES
                                     and (words[1] in SURNAMES or words[1] in _SURNAMES_SPELLED_ABROAD))


_SURNAMES_SPELLED_ABROAD = frozenset(("리", "림"))


#: cities correspondents are posted to, written between a correspondent's name and the title (``홍길동 워싱턴
#: 특파원``) and spelled as a foreign name is
_POSTINGS = frozenset("""
워싱턴 뉴욕 베이징 도쿄 파리 런던 모스크바 브뤼셀 베를린 실리콘밸리 로스앤젤레스 시드니 하노이 자카르타 뉴델리
방콕 상하이 홍콩 타이베이 싱가포르 두바이 카이로 프랑크푸르트 제네바 토론토 밴쿠버 시카고 샌프란시스코 워싱턴DC
""".split())


def _posting(match: re.Match[str], word: str) -> bool:
    return match["title"] == "특파원" and word in _POSTINGS


#: the initials (ㄷ ㄹ ㅂ ㅅ ㅈ ㅊ ㅋ ㅌ ㅍ) that, with the vowel ㅡ and no final or ㄴ or ㄹ, spell the syllables of a
#: transliterated foreign name (스, 트, 드, 슨, 클, 브, 르, 즈) that a Korean given name hardly ever has; ``슬`` (슬기)
#: is one a Korean name has
_TRANSLITERATION_INITIALS = frozenset((3, 5, 7, 9, 12, 14, 15, 16, 17))
_HANGUL_BASE, _HANGUL_COUNT, _INITIAL_SPAN, _FINAL_SPAN, _VOWEL_EU, _INITIAL_K = 0xAC00, 11172, 588, 28, 18, 15


def _transliteration_syllable(char: str) -> bool:
    code = ord(char) - _HANGUL_BASE
    if char == "슬" or not 0 <= code < _HANGUL_COUNT:
        return False
    initial, vowel, final = code // _INITIAL_SPAN, code // _FINAL_SPAN % 21, code % _FINAL_SPAN
    return initial == _INITIAL_K or (vowel == _VOWEL_EU and initial in _TRANSLITERATION_INITIALS and final in (0, 4, 8))


def transliterated(words: list[str]) -> bool:
    """Words that spell one transliterated foreign name (``마이클 존슨``, ``존 스미스``): two or three short words,
    none a place, desk or common word, and one with a syllable a Korean given name hardly ever has (ㅋ: 클, 케;
    ㅡ after ㄷ ㄹ ㅂ ㅅ ㅈ ㅊ ㅌ ㅍ: 스, 슨, 드, 트, 르, 브, 즈); Korean names side by side (``홍길동 김철수``) have
    none."""
    return (2 <= len(words) <= MAX_FOREIGN_NAME_WORDS and any(_transliteration_syllable(char) for word in words
                                                              for char in word)
            and all(_foreign_name_word(word) for word in words))


#: a transliterated foreign name is this many words at most (``존 스미스``, ``마리 앤 스미스``), each this long at most
MAX_FOREIGN_NAME_WORDS = 3
MAX_FOREIGN_WORD_SYLLABLES = 4
_WORDS_BEFORE_NAME = re.compile(r"(?:^|(?<=[^가-힣\s]))\s*(?P<run>(?:[가-힣]{1,8}\s+){1,%d})$" % MAX_FOREIGN_NAME_WORDS)


def korean_full_name(word: str) -> bool:
    """A word read as a whole Korean name: a one-syllable surname and one or two syllables, or a two-syllable
    surname and one or two."""
    return 2 <= len(word) <= 3 and word[0] in SURNAMES or 3 <= len(word) <= 4 and word[:2] in SURNAMES2


def foreign_name_before(text: str, start: int, last: str) -> str:
    """``last``, the word before a title at ``start``, with the words before it when they spell a transliterated
    foreign name with it (``존 스미스 기자``: 존 스미스): only when ``last`` is no Korean name by itself (nor a word
    no name is: ``취재``, ``편집부``), the words run from the line's start or a mark, and after places, desks,
    outlets or credit words (``서울``, ``취재``, ``가상일보``, which go) each is a short word that no byline writes
    for another reason. (``마이클 존슨 기자``, whose first word looks like a Korean name, is read by
    :func:`_match_names`: one name when the words are :func:`transliterated`.)"""
    if korean_full_name(last) or not _foreign_name_word(last) or start == 0 or not text[start - 1].isspace():
        return last
    run = _WORDS_BEFORE_NAME.search(text, 0, start)
    if run is None:
        return last
    words = _without_opening_words(run["run"].split())
    if not words or len(words) >= MAX_FOREIGN_NAME_WORDS or any(not _foreign_name_word(word) for word in words):
        return last
    return " ".join([*words, last])


def _without_opening_words(words: list[str]) -> list[str]:
    """``words`` without the places, desks, outlets and credit words a byline may open with (``서울``, ``가상일보``,
    ``취재``)."""
    while words and (_opens_a_byline(words[0]) or words[0] in _CREDIT_WORDS):
        words = words[1:]
    return words


def _foreign_name_word(word: str) -> bool:
    return (len(word) <= MAX_FOREIGN_WORD_SYLLABLES and not is_not_a_name(word) and word not in _NOT_PERSON_WORDS
            and word not in _PEOPLE_WORDS and word not in _PLACES and not word.endswith(_PLACE_ENDINGS))


def spaced_names_before(text: str, start: int) -> list[str]:
    """The names written side by side, with spaces only, before the name at ``start`` (``홍길동 김철수 기자``):
    the words from the line's start or a mark (``=``, a bracket, a date) up to it, after places, desks or outlets
    (``서울 홍길동 김철수 기자``, ``가상일보 특별취재팀 홍길동 김철수 기자``), every one looking like a name; none
    when any does not."""
    if start == 0 or not text[start - 1].isspace():
        return []
    run = _RUN_BEFORE_NAME.search(text, 0, start)
    if run is None:
        return []
    words = run["run"].split()
    while words and not side_by_side_name(words[0]) and (_opens_a_byline(words[0]) or len(words[0]) == 2):
        words = words[1:]  # "서울", "가상일보 특별취재팀", "국회", "국방부"
    return words if all(side_by_side_name(word) for word in words) else []


#: words after 기자 or 글 that make a heading, not a byline (``기자 수첩``, ``글 목록``)
_NOT_WRITERS = {"수첩", "칼럼", "회견", "회견장", "간담회", "노트", "모음", "목록", "쓰기", "보기", "소개", "정보",
                "프로필"}


#: a day (and time) written after a byline, past a separator
_TRAILING_DAY = re.compile(r"\s*[|·ㆍ/]\s*\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?"
                           r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _untitled_writers(line: str) -> tuple[list[str], str | None]:
    """The writers of a line that writes no title after the names (``홍길동(gildong)``, ``기자 홍길동``), and the
    e-mail beside them; no one for a heading (``기자 수첩``)."""
    line = _TRAILING_DAY.sub("", line)  # "By 홍길동 | 2025.11.20 10:12": the byline's day beside it
    match = _TITLE_FIRST_LINE.match(line) or _NAME_ID_LINE.match(line)
    if match is None:
        return [], None
    names = re.split(r"\s*[·ㆍ,]\s*", match["names"])
    if any(name in _NOT_WRITERS or is_not_a_name(name) for name in names):
        return [], None
    return names, match.groupdict().get("email")


def _names_untitled_writer(line: str) -> bool:
    return bool(_untitled_writers(line)[0])


def _add_untitled_writer(found: list[Reporter], line: str) -> None:
    names, email = _untitled_writers(line)
    for i, name in enumerate(names):
        add_reporter(found, name, email if i == len(names) - 1 else None)


def _title_matches(text: str) -> list[re.Match[str]]:
    """Name-title matches in text order; a name with its outlet between (``홍길동 MBN스타 기자``) too.
    Both patterns end in a title word: a text without one is not scanned name by name."""
    if not _TITLE_WORD.search(text):
        return []
    outlet_between = list(_NAME_OUTLET_TITLE.finditer(text))
    # the outlet before the title is no name of its own ("홍길동 가상비즈 기자": no foreign name 홍길동 가상비즈)
    titles_after_outlets = {match.start("title") for match in outlet_between}
    matches = [match for match in _NAMES_TITLE.finditer(text) if match.start("title") not in titles_after_outlets]
    matches += _one_syllable_name_matches(text)
    matches += outlet_between
    if "대기자" in text:
        matches += (m for m in _SENIOR_WRITER.finditer(text) if side_by_side_name(m["names"]))
    if "기자" in text and _LATIN_FULL_NAME.search(text):
        matches += _LATIN_NAME_TITLE.finditer(text)
    matches.sort(key=lambda m: m.start())
    return matches


def _one_syllable_name_matches(text: str) -> list[re.Match[str]]:
    """:data:`_ONE_SYLLABLE_LAST_WORD_TITLE` matches, tried only at the syllable before each title word (the pattern
    opens with a look behind, so a scan would try it at every character)."""
    found: list[re.Match[str]] = []
    for title in _TITLE_WORD.finditer(text):
        at = title.start() - 1
        while at > 0 and text[at].isspace():
            at -= 1
        match = _ONE_SYLLABLE_LAST_WORD_TITLE.match(text, at) if at > 0 else None
        if match is not None and (not found or match.start() >= found[-1].end()):
            found.append(match)
    return found


def _is_photo_credit(text: str, match: re.Match[str]) -> bool:
    """A photographer's credit (``사진=홍길동 기자``, ``사진/홍길동 기자``, ``홍길동 기자 촬영``,
    ``사진 홍길동 김철수 기자``); ``글·사진=홍길동 기자`` names the writer."""
    if _TEXT_AND_PHOTO_BEFORE.search(text, 0, match.start()):
        return False
    if re.split(r"\s*[·ㆍ,/]\s*", match["names"], maxsplit=1)[0] in _PHOTO_WORDS:
        return True  # "사진/홍길동 기자": the credit word inside the names' run
    if _PHOTO_BEFORE.search(text, 0, match.start()) or _PHOTO_AFTER.match(text, match.end()):
        return True
    # the words before the name from the line's start; a foreign name's may be one syllable ("사진 존 스미스 기자")
    before = _RUN_BEFORE_NAME if korean_full_name(match["names"]) or match["names"].isascii() else _WORDS_BEFORE_NAME
    run = before.search(text, 0, match.start()) if match.start() else None
    return run is not None and run["run"].split()[0] in _PHOTO_WORDS


_PHOTO_WORDS = frozenset(("사진", "촬영", "영상", "그래픽", "이미지", "화면"))


#: the photographer's credit closing a caption: "/홍길동 기자", "/ 홍길동 사진기자", "/사진=홍길동 기자",
#: "… 사진 홍길동 기자"
_SLASH_CREDIT = re.compile(r"(?:\s*/\s*(?:사진\s*[=:]?\s*)?|(?<=[.\s])\s*사진\s*[=:]?\s*)" + HANGUL_NAME
                           + r"\s*(?:사진)?기자$")
#: how a caption's one sentence ends: it says what the picture shows ("… 실험하고 있다.", "… 모습이다.")
_CAPTION_SENTENCE_END = re.compile(r"(?:있다|모습|모습이다|보인다|전경|풍경)\.?$")
#: a caption is this long at most, and a phrase caption has this many words at least
MAX_CAPTION_CHARS = 100
MIN_PHRASE_WORDS = 3


def is_photographer_caption(line: str) -> bool:
    """A photo caption that ends with its photographer's slash credit and no e-mail: one sentence saying what the
    picture shows (``연구진이 실험하고 있다./홍길동 기자``) or a phrase of three words or more (``가상천 산책로를 걷는
    시민들 /홍길동 기자``). The credited name is no reporter of the story; a story's last sentence with its byline
    (``… 밝혔다. /홍길동 기자``) is no caption."""
    if len(line) > MAX_CAPTION_CHARS or not line.endswith("기자") or "@" in line:
        return False
    if "/" not in line and "사진" not in line:
        return False
    credit = _SLASH_CREDIT.search(line)
    if credit is None or _TITLE_FIRST_LINE.match(line):
        return False  # no credit, or a writer's line with the photographer's: "글 홍길동 · 사진 김철수 기자"
    before = line[:credit.start()].strip()
    if re.search(r"[.!?]", before.rstrip(".")):
        return False  # more than one sentence: a story's text
    if _TITLE_WORD.search(before) and is_byline_line(before.rstrip(" |/·ㆍ,")):
        return False  # the writer's byline, then the photographer's: "홍길동 기자 | 사진 김철수 기자"
    if _CAPTION_SENTENCE_END.search(before):
        return True
    return not before.endswith(("다", "다.", "요", "요.")) and len(before.split()) >= MIN_PHRASE_WORDS


#: a sentence's end, then a slash byline and nothing more: "… 우려하고 있다./홍길동 기자"
_CLOSING_SLASH_BYLINE = re.compile(r"(?<=[.!?\"'”’])\s*/\s*" + HANGUL_NAME + r"\s*(?:기자|특파원)\s*$")


def ends_with_slash_byline(line: str) -> bool:
    """A line of the story's text closed by a byline after a slash, no e-mail (``… 우려하고 있다./홍길동 기자``):
    the shape of a one-sentence photo caption too, which only the line's place tells apart (the byline ends the
    story's text). A credit (``사진/홍길동 기자``) has no sentence before its slash."""
    return "/" in line and bool(_CLOSING_SLASH_BYLINE.search(line))


def is_not_a_name(word: str) -> bool:
    """A word the byline patterns can take for a name that names no person: a desk or team
    (``디지털뉴스부``, ``연예팀``), an outlet or programme (``뉴스룸``, ``가상일보``), a title (``시민기자``)."""
    return word in _NOT_NAMES or word in REPORTER_TITLES or bool(_ORG_WORD.search(word))


def add_reporter(found: list[Reporter], name: str, email: str | None) -> None:
    """Add ``name`` to ``found`` once; a repeated name only lends its e-mail. A Latin name that another
    one repeats with or without middle initials (``Troy L. Smith``, ``Troy Smith``) is one person, under
    the fuller name."""
    name = name.strip()
    if len(name) < 2 or is_not_a_name(name):
        return
    key = _without_initials(name)
    for existing in found:
        if existing.name == name or key is not None and _without_initials(existing.name) == key:
            existing.email = existing.email or email
            if len(name) > len(existing.name):
                existing.name = name
            return
    found.append(Reporter(name=name, email=email))


def _without_initials(name: str) -> str | None:
    """A Latin name of two or more full words, its middle initials left out (None for any other name)."""
    words = name.split()
    if len(words) < 2 or not name.isascii():
        return None
    middle = [w for w in words[1:-1] if not _INITIAL.fullmatch(w)]
    return " ".join([words[0], *middle, words[-1]]).lower()


#: a sentence's end with more after it: a line of the story with its byline glued on ("… 계획이다. /대구=홍길동 기자
#: x@y"), which :func:`split_trailing_byline` parts, not a byline line
_SENTENCE_THEN_MORE = re.compile(r"(?<=[가-힣])[다요][.!?][\"'”’)]*\s*/?\s*\S")


def is_byline_line(line: str) -> bool:
    """A short line that only names reporters (and e-mails): ``홍길동 기자 gildong@x.kr``."""
    if len(line) > 90:
        return False
    if _NAME_CREDIT.match(line) or _names_untitled_writer(line):
        return True
    if line.rstrip().endswith(("!", "?", "다.", "요.")):
        return False
    if "@" not in line and not _TITLE_WORD.search(line):
        return False  # nothing for the patterns below to take away: not a byline
    if _SENTENCE_THEN_MORE.search(line):
        return False
    rest = _NAME_OUTLET_TITLE.sub("", line)
    rest = _NAMES_TITLE.sub("", rest)
    for match in reversed(_one_syllable_name_matches(rest)):
        rest = rest[:match.start()] + rest[match.end():]
    if "기자" in rest and _LATIN_FULL_NAME.search(rest):
        rest = _LATIN_NAME_TITLE.sub("", rest)
    rest = _NAME_EMAIL.sub("", rest)
    rest = EMAIL_RE.sub("", rest)
    rest = _PUNCTUATION.sub("", rest)
    # What may remain: a press name or a dateline word ("YTN", "서울", "뉴시스"); next to an
    # e-mail, a longer outlet line ("◎공감언론 뉴시스 x@newsis.com").
    touched = rest != _PUNCTUATION.sub("", line)
    limit = 20 if EMAIL_RE.search(line) and len(line) < 70 else 8
    return touched and len(rest) <= limit and not rest.endswith(("다", "요", "까"))


#: a short sentence before a glued byline: "개편안은 이달 말 확정된다." (else a byline this early is the line's own)
_SHORT_SENTENCE = re.compile(r"[^.!?]{6,}[다요][.!?][\"'”’)]*\s*")


def split_trailing_byline(paragraph: str) -> tuple[str, str | None]:
    """Cut a byline glued to the end of a paragraph: ``…밝혔다. 나가람기자 x@dt.example``."""
    match = _TRAILING_BYLINE.search(paragraph)
    if not match or match.start() < 20 and not _SHORT_SENTENCE.fullmatch(paragraph, 0, match.start()):
        return paragraph, None
    return paragraph[: match.start()].rstrip(), match["byline"]


#: an opening bracket naming the outlet and its reporters: "[이데일리 홍길동 기자]", "【가상일보 홍길동 특파원】",
#: "<가상일보 홍길동 기자>", "[가상일보 | 홍길동 기자]" (a bar may part the outlet from the names; no slash or dot,
#: which part names), the place written from before the names ("[가상팩트ㅣ가상시=홍길동 기자]"), an e-mail after
#: the title ("[가상일보 홍길동 기자 x@y.kr]")
_OPENING_BRACKET_BYLINE = re.compile(r"^\s*[\[【<〈《]\s*[가-힣A-Za-z0-9]{1,12}(?:\s*[|ㅣ]\s*|\s+)"
                                     r"(?:[가-힣]{1,8}\s*=\s*)?"
                                     r"(?P<names>" + HANGUL_NAME + r"(?:\s*[·ㆍ,]\s*" + HANGUL_NAME + r")*)"
                                     r"\s*(?:기자|특파원)(?:\s+(?P<email>" + EMAIL + r"))?\s*[\]】>〉》]")


def dateline_reporters(paragraph: str) -> list[Reporter]:
    """Reporters named in an opening dateline: ``(서울=연합뉴스) 홍길동 기자 = ...``."""
    head = paragraph[:100]
    bracket = _OPENING_BRACKET_BYLINE.match(head)
    if bracket:  # "[이데일리 홍길동 기자] …", "[가상일보 홍길동·김철수 기자] …", "[가상일보 홍길동 기자 x@y.kr] …"
        found: list[Reporter] = []
        names = re.split(r"\s*[·ㆍ,]\s*", bracket["names"])
        for i, name in enumerate(names):
            add_reporter(found, name, bracket["email"] if i == len(names) - 1 else None)
        return found
    unbracketed = OPENING_UNBRACKETED_BYLINE.match(head)
    if unbracketed:  # "가상일보=홍길동 기자ㅣ …"
        return find_reporters(unbracketed["inside"].split("=", 1)[-1])
    dateline = _DATELINE.search(head)
    if dateline:
        inside = find_reporters(dateline.group())  # "[OSEN=홍길동 기자] …": the bracket names the reporter
        if inside:
            return inside
        head = head[dateline.end():]
    elif not _TITLE_THEN_EQUALS.search(head):
        return []
    byline = head.split("=", 1)[0] if "=" in head else head[:40]
    return find_reporters(byline)  # agency style too: "홍길동 김철수 기자 =", "워싱턴 김철수 특파원 ="


#: an agency-style byline's end: "홍길동 기자 =", "홍길동 기자(hong@x.kr) ="
_TITLE_THEN_EQUALS = re.compile(TITLE + r"\s*(?:[(\[<]?\s*" + EMAIL + r"\s*[)\]>]?\s*)?=")


# Spoken sign-ins and sign-offs, as the last sentence of a paragraph (a short lead-in allowed):
# "홍길동 기자입니다.", "자세한 내용 홍길동 기자가 보도합니다.", "연합뉴스 홍길동입니다.",
# "지금까지 KBS 뉴스 홍길동입니다." A programme (뉴스데스크, 8뉴스) names the anchor, not a reporter.
# An outlet word: Latin-led (KBS, YTN), Hangul with a Latin part (채널A, 연합뉴스TV) or a Hangul name
# ending like an outlet (연합뉴스, 부산일보); never a bare Hangul word ("저는 홍길동입니다" is an interview).
_SIGN_OUTLET = (r"(?:[A-Z][A-Za-z0-9]{1,9}|[가-힣]{1,6}[A-Z][A-Za-z0-9]{0,4}"
                r"|[가-힣]{1,8}(?:뉴스|방송|일보|신문)(?:TV|1)?)")
_SIGN_OFF = re.compile(
    r"^(?P<lead>[^.!?\"'“”]{0,24}[\s,])?(?:"
    r"(?P<name>[가-힣]{1,4})(?:\s*[,·ㆍ]\s*(?P<name2>[가-힣]{2,4}))?\s*(?:기자|특파원)"
    r"(?:입니다|(?P<past>이었습니다|였습니다)|가\s*(?:보도|전)합니다)"
    r"|" + _SIGN_OUTLET + r"\s*(?:뉴스\s*)?(?P<outlet_name>" + HANGUL_NAME + r")(?:\s*[,·ㆍ]\s*(?P<outlet_name2>"
    + HANGUL_NAME + r"))?(?:입니다|(?P<outlet_past>이었습니다|였습니다))"
    r")\s*[.!]?\s*$"
)
_SENTENCE_ENDS = (".", "!", "?")
_SIGN_OFF_EMAIL = re.compile(r"(?<=[.!])\s*[(\[<]?\s*(?P<email>" + EMAIL + r")\s*[)\]>]?\s*$")
_SIGN_OFF_INNER_EMAIL = re.compile(r"\s*[(\[<]\s*(?P<email>" + EMAIL + r")\s*[)\]>](?=입니다\s*[.!]?\s*$)")
#: a paragraph longer than this holds no sign-off worth reading (a runaway transcript).
MAX_SIGN_OFF_PARAGRAPH = 2000


def last_sentence(paragraph: str) -> str | None:
    """The text after the paragraph's last sentence end (``.``, ``!`` or ``?`` and a space), its own end mark
    kept; the whole paragraph when no sentence ends inside it; none when the last mark inside it is not
    followed by a space (``3.5%``). Looked for from the end: a pattern searched for would be tried at every
    position of the paragraph."""
    tail = paragraph.rstrip()
    inside = tail[:-1] if tail.endswith(_SENTENCE_ENDS) else tail
    last = max(inside.rfind(mark) for mark in _SENTENCE_ENDS)
    if last < 0:
        return tail
    if tail[last + 1].isspace():
        return tail[last + 2:]
    # no sentence starts after that mark: only an empty one after the paragraph's own end mark and a space
    return "" if tail.endswith(_SENTENCE_ENDS) and len(paragraph) > len(tail) else None


def _ends_like_a_sign_off(paragraph: str) -> bool:
    """Whether the text ends as every sign-off does: ``…니다``, then perhaps a full stop or an exclamation
    mark (what :data:`_SIGN_OFF` asks of the end of the last sentence)."""
    tail = paragraph.rstrip()
    if tail.endswith((".", "!")):
        tail = tail[:-1].rstrip()
    return tail.endswith("니다")


def sign_off_reporters(paragraph: str) -> list[Reporter]:
    """The reporter a broadcast sign-in or sign-off names at the end of ``paragraph``.

    ``… 전망입니다. KBS 뉴스 홍길동입니다.`` -> 홍길동. The line stays in the text (it is spoken);
    only the name is taken."""
    if "니다" not in paragraph or len(paragraph) > MAX_SIGN_OFF_PARAGRAPH:
        return []
    # "… 홍길동입니다. (gildong@x.kr)": the address follows the line; "YTN 홍길동[gildong@x.kr]입니다.": it is inside
    email = (_SIGN_OFF_EMAIL.search(paragraph) or _SIGN_OFF_INNER_EMAIL.search(paragraph)) if "@" in paragraph else None
    if email:
        paragraph = paragraph[: email.start()] + paragraph[email.end():]
    if not _ends_like_a_sign_off(paragraph):
        return []  # the last sentence cannot be one (the sentence search is the costly part)
    last = last_sentence(paragraph)
    match = _SIGN_OFF.match(last.strip()) if last is not None else None
    if match is None or _names_a_subject(match["lead"]) or not _signs_off_in_its_tense(match):
        return []
    found: list[Reporter] = []
    names = _signing_names(match)
    for name in names[:-1]:
        add_reporter(found, name, None)
    add_reporter(found, names[-1], email["email"] if email else None)  # the last has the address; one syllable
    return found  # alone (김 기자입니다) names nobody


def _signing_names(match: re.Match[str]) -> list[str]:
    """The names a sign-off signs with: one, or two parted by a comma or a dot (``KBS 뉴스 홍길동, 김철수입니다``,
    ``홍길동·김철수 기자입니다``; the lead-in may hold the first: ``홍길동, 김철수 기자입니다``)."""
    name = _spelled_sign_off_name(match) if match["name"] else match["outlet_name"]
    second = match["name2"] or match["outlet_name2"]
    if second is not None and looks_like_a_name(second):
        return [name, second]
    lead = (match["lead"] or "").rstrip()
    if lead.endswith((",", "·", "ㆍ")):
        before = lead[:-1].split()[-1:]
        if before and looks_like_a_name(before[0]):
            return [before[0], name]
    return [name]


def _signs_off_in_its_tense(match: re.Match[str]) -> bool:
    """A sign-off in the present (``… 홍길동입니다``), or in the past only as a whole sentence or after a sign-off's
    opener (``이상 홍길동 기자였습니다``, ``지금까지 KBS 뉴스 홍길동이었습니다``): any other lead-in makes the past
    tense a sentence about someone (``첫 수상자 역시 가상방송 홍길동이었습니다``); an opener and one word (the outlet)
    before a titled name sign off too (``지금까지 가상방송 홍길동 기자였습니다``)."""
    if not (match["past"] or match["outlet_past"]):
        return True
    lead = (match["lead"] or "").strip(" ,")
    words = lead.split()  # "지금까지 가상방송 홍길동 기자였습니다": the opener, then the outlet
    return not lead or lead in _SIGN_OFF_OPENERS or len(words) == 2 and words[0] in _SIGN_OFF_OPENERS


def _names_a_subject(lead: str | None) -> bool:
    """A sentence's subject before the name (``현재 사장은 가상방송 홍길동입니다``): it says who someone is, and
    no reporter signs off with a topic (은/는) before the name."""
    return lead is not None and any(word.endswith(("은", "는")) for word in lead.split())


#: words a sign-off may open with that are no part of a name: "이상 홍길동 기자였습니다"
_SIGN_OFF_OPENERS = frozenset(("이상", "지금까지", "이어서", "다음은"))


def _spelled_sign_off_name(match: re.Match[str]) -> str:
    """The signing reporter's name with the words before it when they spell one foreign name (``마이클 존슨
    기자입니다``: 마이클 존슨)."""
    words = [w for w in match.string[:match.start("name")].split()[-2:] if w not in _SIGN_OFF_OPENERS]
    for count in range(len(words), 0, -1):
        spelled = [*words[-count:], match["name"]]
        if spells_foreign_name(spelled):
            return " ".join(spelled)
    return match["name"]


# Parts of an author string: "홍길동, 김철수", "홍길동·김철수 기자", "홍길동 / 김철수", "홍길동 및 김철수".
_AUTHOR_PARTS = re.compile(r"\s*(?:[,·ㆍ/;|&]|\s및\s|\sand\s)\s*")
_AUTHOR_NOISE = re.compile(r"[()\[\]<>{}【】\"“”'‘’]")
_TITLE_SUFFIX = re.compile(TITLE + r"$")
_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*\.?|[A-Z]\.")
# Latin words that make an author string an outlet, a desk or an organisation, not a person: wires
# (Associated Press, Reuters Staff) are outlets too, never the story's reporter; so are the romanised words of
# Korean outlets' names (Gasang Ilbo, Gasang Shinmun, Gasang Gyeongje).
_LATIN_ORG_WORDS = {"news", "herald", "times", "daily", "press", "staff", "desk", "team", "editor", "editors",
                    "ilbo", "sinmun", "shinmun", "gyeongje", "kyungje", "kyeongje", "bangsong", "newspaper",
                    "economy", "economic", "financial", "business",
                    "reporter", "reporters", "media", "korea", "service", "agency", "wire", "online", "digital", "tv",
                    "broadcasting", "network", "newsroom", "post", "journal", "tribune", "magazine", "yonhap",
                    "editorial", "board", "international", "insider", "reuters", "bloomberg", "associated", "group",
                    "inc", "llc", "ltd", "company", "corporation", "foundation", "institute", "association", "office",
                    "department", "ministry", "council", "committee", "admin", "administrator", "webmaster",
                    "contributor", "contributors", "writers", "blog", "publishing", "publications", "studio", "studios",
                    "writer", "correspondent", "correspondents", "columnist", "columnists", "photographer", "ap", "afp",
                    "upi", "sport", "sports"}
#: the day a byline line gives after the name ("Jeff Foust Monday, November 18, 2019"): no part of the name
_LATIN_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "updated", "published", "posted"}
#: a person's name never starts with an article (``The Editorial Board``, ``The Water Coolest``)
_LATIN_ARTICLES = {"the", "a", "an"}
#: a full word closing a sentence inside an author string ends the name: ``Jane Doe. Gasang International``
_NAME_END = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
_INITIAL = re.compile(r"[A-Z]\.?")


def clean_author(text: str | None) -> list[Reporter]:
    """The reporters in a meta or JSON-LD author string, cleaned of titles, outlets, desks and e-mails.

    ``홍길동 MK스포츠 기자(x@y.com)`` -> 홍길동 (x@y.com); ``홍길동·김철수 기자`` -> both;
    ``(서울=연합뉴스) 홍길동 기자`` -> 홍길동; ``디지털뉴스부``, ``iMBC 연예``, ``연합뉴스`` -> nobody;
    ``By Jane Doe`` -> Jane Doe. A part's e-mails go with its names in order, fewer with its last names.
    """
    if not text:
        return []
    text = nfc(" ".join(text.split())[:MAX_BYLINE_CHARS])
    if not re.search(r"[가-힣]", text):
        text = _NAME_END.sub(", ", text)  # "Jane Doe. Gasang International": a name, then its outlet
    parts = _AUTHOR_PARTS.split(text)
    if len(parts) > MAX_AUTHORS:  # a runaway tag (a keyword list, a repeated name), not a byline
        return []
    found: list[Reporter] = []
    for name, email in _author_pairs([(_author_names(EMAIL_RE.sub(" ", part)), EMAIL_RE.findall(part))
                                      for part in parts]):
        add_reporter(found, name, email)
    return found


def _author_pairs(parts: list[tuple[list[str], list[str]]]) -> list[tuple[str, str | None]]:
    """The names of an author string's parts with their e-mails: each part's own; but when a part holds more
    addresses than names and the string as many of each (``홍길동·김철수 기자 hong@… kim@…``, split at the dot),
    the string's names and addresses in order."""
    names = [name for part_names, _ in parts for name in part_names]
    emails = [email for _, part_emails in parts for email in part_emails]
    if len(names) > 1 and len(emails) == len(names) and any(len(e) > len(n) for n, e in parts):
        return list(zip(names, emails))
    return [pair for part_names, part_emails in parts
            for pair in zip(part_names, spread_emails(part_emails, len(part_names)))]


#: an author string naming more people than this is no byline
MAX_AUTHORS = 12


def _author_names(part: str) -> list[str]:
    """Person names in one part of an author string (no e-mail in it any more)."""
    part = part.rsplit("=", 1)[-1]  # a dateline "(서울=연합뉴스) 홍길동 기자": what follows the outlet
    words = _AUTHOR_NOISE.sub(" ", part).split()
    if words and words[0].lower() == "by":
        words = words[1:]
    if not re.search(r"[가-힣]", part):
        words = _latin_name_run(words)
        return [" ".join(words)] if _is_latin_person(words) else []
    names = _name_words(words)
    spelled = _spelled_foreign_name(words)
    if spelled:
        return [spelled]  # "마이클 존슨 기자", "워싱턴=존 스미스 특파원"
    if len(names) > 1 and any(side_by_side_name(name) for name in names):
        names = [name for name in names if side_by_side_name(name)]  # "서울 홍길동 기자", "워싱턴 김철수 특파원"
    return names


def _name_words(words: list[str]) -> list[str]:
    """The words of an author string that may be Korean names, their titles cut off; before 특파원 not the posting
    (``가상일보 파리 특파원``: no name)."""
    names = []
    for word in words:
        word = _TITLE_SUFFIX.sub("", word) if word not in REPORTER_TITLES else ""
        if re.fullmatch(HANGUL_NAME, word) and not is_not_a_name(word):
            names.append(word)
    if words and words[-1] == "특파원":
        names = [name for name in names if name not in _POSTINGS]
    return names


def _spelled_foreign_name(words: list[str]) -> str | None:
    """The transliterated foreign name an author string's Hangul words spell, before their title if any (``서울 존
    스미스 기자``, ``마이클 존슨``), places, desks and outlets before it dropped; none when the words are Korean
    names or a correspondent's posting ends them (``홍길동 워싱턴 특파원``)."""
    titled = bool(words) and words[-1] in REPORTER_TITLES
    run = words[:-1] if titled else words
    if not 2 <= len(run) <= MAX_FOREIGN_NAME_WORDS + 2:  # a name of one word, or a long phrase: nothing to spell
        return None
    while run and (_opens_a_byline(run[0]) or run[0] in _CREDIT_WORDS):
        run = run[1:]
    if titled and run and (_ORG_WORD.search(run[-1]) or _OUTLET.fullmatch(run[-1])):
        run = run[:-1]  # the outlet between the name and the title: "마이클 존슨 MK스포츠 기자", "… 가상비즈 기자"
    if not spells_foreign_name(run) or titled and words[-1] == "특파원" and run[-1] in _POSTINGS:
        return None
    return " ".join(run)


def _latin_name_run(words: list[str]) -> list[str]:
    """A Latin author part's words up to a day, a month or a date label after the name (``Jeff Foust Monday``);
    a name written twice over (``Sean Martin Sean Martin``: a slot's visible and hidden copies) once."""
    for at, word in enumerate(words):
        if at >= 2 and word.lower().strip(".") in _LATIN_DAY_WORDS:
            words = words[:at]
            break
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return words


def _is_latin_person(words: list[str]) -> bool:
    """``Jane Doe``, ``J. R. Smith``: two to four capitalised words, none an outlet's, a desk's or an
    organisation's, and no article first."""
    return (2 <= len(words) <= 4 and all(_LATIN_NAME_WORD.fullmatch(w) for w in words)
            and words[0].lower() not in _LATIN_ARTICLES
            and not any(w.lower().strip(".") in _LATIN_ORG_WORDS for w in words))


def names_the_outlet(name: str, outlet: str | None) -> bool:
    """A Latin author that is the outlet, or the outlet's name without its edition or country
    (``Business Insider`` on ``Business Insider Deutschland``): all its words are the outlet's. The
    person an outlet is named for stays (``Jane Doe`` on ``Jane Doe's Blog``)."""
    if not outlet or re.search(r"[가-힣]", name) or re.search(re.escape(name) + r"\s*['’]s\b", outlet):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", name)}
    return bool(words) and words <= {w.lower() for w in re.findall(r"[A-Za-z0-9]+", outlet)}
