"""Stage 4: Korean news boilerplate rules.

Decides which text lines are not part of the article (bylines, copyright and reuse
notices, related-article lists, tip, subscription and share prompts, comment widgets,
production credits) and pulls the reporters and the copyright out of them. The reporter
patterns live in :mod:`sinmun.extraction.bylines` (re-exported here).

Each line is classified once: every rule group is one compiled alternation whose named
groups are the rules, so ``match.lastgroup`` names the rule that fired. The name is stable
and goes to :attr:`Cleaned.removed_rules` (``sinmun extract --explain`` shows it):

``copyright``
    a copyright or reuse notice (``Copyright ©``, ``ⓒ``, ``무단전재 및 재배포 금지``); its first
    occurrence becomes the record's ``copyright``.
``tip-prompt``, ``tip-channel``
    a tip-off prompt (``당신의 제보가 뉴스가 됩니다``, ``[제보하기]``) and the channels listed
    for it (``[카카오톡] …``, ``전화: …``, ``이메일 : …``, a line of a label and a number alone: ``전화 02-000-0000``).
``production-credit``
    production staff (``영상편집 : …``, ``[영상취재 … 영상편집 …]``, ``그래픽 …``, ``출처:``).
``photo-credit``
    a photo, image or screen source (``(사진=연합뉴스)``, ``[사진 출처 : …]``, ``(홍길동 기자 촬영)``);
    names in it are not reporters of the story.
``photo-caption``
    a caption that ends with its photo's credit (a bracketed one only in a line that is no sentence)
    (``… 모습 /가상시 제공``, ``… 충전소. [사진=가상에너지]``, ``사진=가상일보 DB``).
``dated-caption``
    a wire photo's caption closed by the day the picture was taken, after a sentence's end, and maybe its credit
    and e-mail (``(서울=연합뉴스) 홍길동 기자 = 1일 … 쉬고 있다. 2025.8.1 hong@yna.example``, ``… 2025.08.01.
    [공동취재] photo@newsis.example``, ``… 2025.8.1/뉴스1``); names in it are not reporters of the story, and the
    line stays when it is all the text there is (a photo story).
``comment-widget``, ``page-nav``
    comment boxes (``댓글 0``, ``로그인한 회원만…``) and navigation (``목록``, ``이전 기사``, ``TOP``).
``portal-notice``, ``app-prompt``, ``ad-label``, ``reuse-notice``
    a portal's liability notice or its note on the outlet's section (``이 기사는 언론사에서 … 섹션으로
    분류했습니다``), "install the app" prompts, an ad slot's text (a lone ``광고``/``AD``, ``(광고)``,
    ``광고 영역``, ``광고 문의 …`` in a line that is no sentence), ``재판매 및 DB 금지``.
``tag-list``, ``support-prompt``
    the story's tags (``#가상시 #도서관``, ``태그 : …``, ``키워드: …``) and a prompt to pay for the journalism
    (``후원하기``, ``소중한 후원이 좋은 기사를 만듭니다``).
``editorial-note``
    an editor's note on how the story came to be (``※ 이 기사는 … 지원을 받아 작성됐습니다``, ``이 기사는 … 유료
    서비스에 먼저 공개됐습니다``, ``* 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다``); names in it are not
    the story's reporters.
``end-mark``
    the mark that closes a wire story (``(끝)``, ``<끝>``, ``/끝/``).
``player-time``
    a media player's clock left in the text (``00:00 / 01:30``).
``reaction-prompt``
    a reaction widget's question or a prompt that hangs on the reader's liking (``이 기사를 어떻게 생각하시나요?``,
    ``기사가 마음에 드셨다면 구독해 주세요``).
``page-label``
    a screen reader's label of a part of the page, shown as a line of its own (``본문``, ``기사 본문 영역``,
    ``페이지 정보``).
``date-line``
    a line of the article's labelled dates alone (``입력 2019.03.05 03:00 | 수정 2019.03.05 09:41``), unless it is
    all the text there is (a container that holds only the date line is a wrong one; emptying it says less).
``stock-quote``
    a stock quote widget's line (``가상전자 012345 ▲1.2%``, ``가상전자 12,300원 ▲ 5.2%``); a sentence that
    quotes a price stays.
``related-list``, ``arrow-link``, ``subscribe-share``
    (only in lines that do not read as a sentence of the story) a related/popular-news
    heading, a ``▶``-led link line, subscribe/like/share/print buttons (and, in any line, a prompt to follow the
    outlet elsewhere: ``네이버 메인에서 가상일보를 받아보세요``, ``구글 뉴스에서 … 팔로우``, ``뉴스레터 신청``); in
    Latin script too (``Read more: …``, ``Zobacz także``, ``Siehe auch: …``, ``Like it? Share it!``, ``Drucken``,
    ``Join our newsletter …``).
``rating-widget``, ``author-box``
    (likewise) a star-rating widget's line (``(12 Stimmen: 4,5 von 5) Loading...``) and an author box's label
    alone (``About the author``, ``Über den Autor``); a blog's post footer (``This entry was posted in … and tagged
    …``, ``Permalink``) goes as a ``tag-list`` and its closed comment box (``Comments are closed.``) as a
    ``comment-widget``.
``byline``
    a line that only names reporters (``홍길동 기자 gildong@x.kr``); its reporters are kept.
``trailing-byline``
    a byline cut from the end of one of the last paragraphs (``…밝혔다. 나가람기자 x@dt.kr``).
``stop:related-list``, ``stop:tip-prompt``
    a related-article heading or a tip prompt after the first third of the text: it and
    every line after it go.
``empty``
    (from :func:`boilerplate_rule` only) an empty line.

A kept line may still name a reporter: a broadcast sign-in or sign-off (``… 홍길동 기자입니다.``,
``지금까지 KBS 뉴스 홍길동입니다.``) is spoken text and stays, and its reporter joins
:attr:`Cleaned.reporters` (:func:`sign_off_reporters`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..article import Reporter
from .dates import DATE_TOKEN
from .bylines import (EMAIL, EMAIL_RE, HANGUL_NAME, MAX_BYLINE_CHARS, REPORTER_TITLES, add_reporter, clean_author,
                      dateline_reporters, ends_with_slash_byline, find_reporters, is_byline_line, is_not_a_name,
                      is_photographer_caption, looks_like_a_name, nfc,
                      sign_off_reporters,
                      split_trailing_byline)

__all__ = ["EMAIL", "EMAIL_RE", "HANGUL_NAME", "MAX_BYLINE_CHARS", "REPORTER_TITLES", "Cleaned", "add_reporter",
           "clean_author",
           "boilerplate_rule", "clean_paragraphs", "dateline_reporters", "find_reporters", "is_boilerplate",
           "is_byline_line", "is_copyright", "normalize_space", "reads_as_prose", "sign_off_reporters",
           "split_trailing_byline"]

#: lines longer than this are text, whatever furniture word they hold; copyright notices may be longer.
MAX_FURNITURE_CHARS = 160
MAX_COPYRIGHT_CHARS = 250
#: a related-list heading that stops the text is this short.
MAX_STOP_HEADING_CHARS = 40

# Marks that make a line a copyright notice wherever they stand (on the lower-cased line)... (In an ASCII line only
# ``copyright`` and ``all rights reserved`` can match, and of the weak marks only ``(c)``: see _Line.copyright.)
# (Every alternative of a searched pattern starts with a literal character, so that the regex engine skips
# ahead to those characters instead of trying the whole pattern at every position of the line.)
_COPYRIGHT = re.compile(
    r"copyright|ⓒ|©|all rights reserved|재배포\s*금지|재배포금지|<\s*저작권자|\[\s*저작권자|\(\s*저작권자|"
    r"저작권자\s*[(\[]?\s*(?:ⓒ|©|c\b)|"
    r"저작권은\s*(?:제공처|[가-힣a-z]+에\s*있)|기사는\s*[가-힣a-z0-9㈜()]{1,20}(?:\s[가-힣a-z0-9]{1,10})?의\s*저작물|모든\s*(?:콘텐츠|컨텐츠|기사)(?:\s*\([^)]{1,10}\))?\s*(?:는|은)\s*저작권법|ai\s*(?:학습|데이터)\s*(?:및\s*)?(?:활용|이용)?\s*금지"
)
# ...and words that do so only in a line that is not a sentence of the story.
_COPYRIGHT_WEAK = re.compile(r"\(c\)\s*[가-힣a-z]|무단\s*전재|무단전재|저작권")
#: either of them: one scan tells most lines, which hold no mark at all, from those that need a closer look
_COPYRIGHT_ANY = re.compile(f"{_COPYRIGHT.pattern}|{_COPYRIGHT_WEAK.pattern}")
# A sentence of running text: ends like Korean prose (…했다. …까요? …니다) possibly in quotes.
# (Written to start with the ending's own syllable, which the regex engine skips to, and the Hangul syllable
# before it looked back at: led by ``[가-힣]``, a match was tried at every syllable of the line.)
_PROSE_END = re.compile(r"[다요죠까음함](?<=[가-힣].)(?:\s*[.!?]?[\"'”’)\]]*\s*$|(?<=[다요])[.!?]\s+\S)")


class _RuleGroup:
    """Named rules compiled as one alternation: ``head`` rules match at the start of the line (after
    spaces), ``anywhere`` rules anywhere in it. A rule ``tip-prompt`` is the group ``tip_prompt``; a
    name may come more than once (its later groups get a suffix ``__2``...).

    The head rules are one ``match`` (tried once, at the start) and the anywhere rules one
    ``search`` whose first characters the regex engine can skip to. Patterns are written in lower
    case and run on the lower-cased line (``re.I`` would stop the engine from skipping ahead).

    The engine skips ahead only in a pattern whose alternatives start with literal characters; named
    groups hide them. So the anywhere rules are also compiled as one plain alternation (written so that
    each alternative starts with a literal): its search finds where the first rule matches, and the
    named alternation, matched at that place, says which rule it is."""

    def __init__(self, head: Sequence[tuple[str, str]], anywhere: Sequence[tuple[str, str]] = ()) -> None:
        self._seen: dict[str, int] = {}
        self.names: dict[str | None, str] = {}  # group -> rule name
        self.head = re.compile(r"\s*(?:" + "|".join(self._branch(n, p) for n, p in head) + ")") if head else None
        self.anywhere = re.compile("|".join(self._branch(n, p) for n, p in anywhere)) if anywhere else None
        self._anywhere_plain = re.compile("|".join(p for _, p in anywhere)) if anywhere else None

    def _branch(self, name: str, pattern: str) -> str:
        if re.search(r"[A-Z]", pattern):
            raise ValueError(f"rule {name}: write the pattern in lower case: {pattern}")
        self._seen[name] = self._seen.get(name, 0) + 1
        group = name.replace("-", "_") + (f"__{self._seen[name]}" if self._seen[name] > 1 else "")
        self.names[group] = name
        return f"(?P<{group}>{pattern})"

    def find(self, folded: str) -> str | None:
        """The name of the first rule that matches the lower-cased line, or None."""
        match = self.head.match(folded) if self.head else None
        if match is None and self.anywhere is not None and self._anywhere_plain is not None:
            found = self._anywhere_plain.search(folded)
            match = self.anywhere.match(folded, found.start()) if found else None
        return self.names[match.lastgroup] if match else None


# An editor's note on how the story came to be, which is not its text (on the lower-cased line, of at most
# MAX_FURNITURE_CHARS): led by a note mark, any "this story/column/piece ..." line in the polite form ("※ 이 기사는
# 가상재단의 지원을 받아 작성됐습니다.", "* 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다."); with no mark, a
# "이 기사는/본 기사는 ..." line in the polite form that says how it was funded, first published, translated or
# written ("이 기사는 2025년 5월 1일 08시 유료 서비스에 먼저 공개됐습니다."). Story sentences are in the plain form
# (…했다), and a note is one line of its own.
_NOTE_MARK = r"(?:※|\*|■|◆|☞|▶|\[\s*알림\s*\]|알림\s*[:：])"
_NOTE_SUBJECT = (r"(?:(?:이|본|해당|위|이번)\s*)?(?:기사|글|칼럼|콘텐츠|컨텐츠|원고|기고문?|연재|코너|보도|"
                 r"외부\s*(?:필자|기고자?)의\s*(?:원고|기고|칼럼|글))\s*(?:는|은)\s")
_NOTE_END = r"(?:니다|음|함|됨)\s*\.?\s*[\])]?\s*$"
_NOTE_SAYS = (r"(?=.{0,140}?(?:지원|기금|후원|협찬|지면|게재|출고|선공개|먼저\s*(?:공개|보도|송고)|송고|인공지능|ai|"
              r"번역|제휴|편집\s*방향|프리미엄|유료|실린|실렸|작성|제작|재구성|요약|발췌))")
EDITORIAL_NOTE = (r"[\[(]?\s*" + _NOTE_MARK + r"\s*[\[(]?\s*" + _NOTE_SUBJECT + r".{0,140}?" + _NOTE_END
                  + r"|[\[(]?\s*(?:이|본)\s*기사는\s" + _NOTE_SAYS + r".{0,140}?" + _NOTE_END)


#: a Korean telephone number: "02-000-0000", "(031) 000-0000", "1588-0000"
_PHONE = r"(?:\(?0\d{1,3}\)?[-.\s)]?\d{3,4}[-.\s]?\d{4}|1\d{3}-\d{4})"
# Lines that are page furniture whatever they say (in lines of at most MAX_FURNITURE_CHARS).
_FURNITURE = _RuleGroup(head=[
    ("editorial-note", EDITORIAL_NOTE),
    # the story's tags: "#가상시 #도서관", "태그 : 가상시, 도서관", "키워드: …"
    ("tag-list", r"#[^\s#]+(?:\s*#[^\s#]+)*\s*$|(?:관련\s*)?(?:태그|키워드|tags?|keywords?)\s*[:：]"),
    ("tip-channel", r"[\[<【]?\s*(?:카카오톡|카톡|전화|메일|이메일|홈페이지|유튜브|페이스북|인스타그램|트위터|라인|"
                    r"뉴스\s*홈페이지)\s*[\]>】]"),
    ("tip-channel", r"(?:카카오톡|카톡|전화|메일|이메일)\s*[:：]"),
    # a channel alone on its line: "전화 02-000-0000", "☎ 02-000-0000, 팩스 02-000-0001", "카톡 okjebo"
    ("tip-channel", r"(?:☎|대표\s*)?(?:전화|tel\.?|팩스|fax|☎)\s*[:：.]?\s*" + _PHONE
                    + r"(?:\s*[,/|·]\s*(?:전화|tel\.?|팩스|fax)?\s*[:：.]?\s*" + _PHONE + r")*\s*$"),
    ("tip-channel", r"(?:카카오톡|카톡)(?:\s*(?:채널|아이디|id))?\s*[a-z0-9_@.-]{2,20}\s*$"),
    ("tip-prompt", r"(?:[가-힣a-z0-9]{1,10}\s*)?기사\s*문의\s*(?:및|&|·)?\s*제보"),
    ("production-credit", r"(?:영상\s*편집|영상\s*취재|영상\s*촬영|영상\s*기자|촬영\s*기자|"
                          r"사진\s*기자|그래픽|디자인|편집|촬영|취재\s*지원|자료\s*제공|화면\s*제공|구성|출처|cg|vj)\s*[:：ㅣ|]"),
    ("production-credit", r"\(?\s*(?:영상편집|영상취재|그래픽)\s*[가-힣 ,]{2,20}\)?\s*$"),
    # a broadcast's credits led by its reporter, with or without colons: "취재 홍길동, 영상 김철수", "취재 홍길동 /
    # 촬영 김철수", "[취재 홍길동 / 영상편집 김철수]", "취재기자 : 홍길동 / 영상취재 : …", "취재 홍길동" alone
    # (without a colon a name of three syllables: "취재 후기", "취재 현장" are a story's subheadings)
    ("production-credit", r"[\[(]?\s*취재(?:기자)?(?:\s*[:：]\s*[가-힣]{2,4}|\s+[가-힣]{3})(?![가-힣])"
                          r"(?:(?:\s*[,/·|]\s*|\s+)(?:영상\s*취재|영상\s*편집|영상|촬영|편집|그래픽|cg|구성|제작|사진)"
                          r"(?:기자)?\s*[:：]?\s*[가-힣a-z0-9·, ]{2,30}?)*\s*[\])]?\s*$"),
    ("comment-widget", r"(?:댓글|등록된\s*댓글|로그인한\s*회원만|로그인\s*후|댓글\s*쓰기|의견\s*쓰기)\b"),
    ("page-nav", r"(?:다른\s*기사\s*보기|기사\s*더\s*보기|더보기|목록|이전\s*기사|다음\s*기사|맨\s*위로|top)\b"),
    ("page-nav", r"(?:이전|다음)\s*$"),
    ("ad-label", r"(?:[\[(<【〈-]\s*)?(?:광고|ad|advertisement|sponsored|스폰서|협찬)\s*(?:[\])>】〉-]\s*)?$"),
    ("ad-label", r"(?:광고\s*(?:영역|배너|닫기|보기|건너뛰기)|ad\s*loading\.*|advertisement\s*-\s*scroll.*)\s*$"),
    # a stock quote widget's line: a company, maybe its six-digit code, maybe a price, and the change (each led
    # by a look for the mark the quote must hold, ▲ or %: without it the words and digits, which both sets
    # take, were split every way before the rule failed)
    ("stock-quote", r"(?=[^▲▼△▽↑↓]*+[▲▼△▽↑↓])[가-힣a-z0-9&·.]+(?: [가-힣a-z0-9&·.]+){0,3}\s*(?:\(?\d{6}\)?\s*"
                    r"(?:[\d,.]+\s*원?\s*)?|[\d,.]*\d\s*원?\s*)[▲▼△▽↑↓]\s*[\d,.]+\s*%?\s*"
                    r"(?:\(\s*[+-]?[\d,.]+\s*%\s*\))?\s*$"),
    ("stock-quote", r"(?=[^%]*+%)[가-힣a-z0-9&·.]+(?: [가-힣a-z0-9&·.]+){0,3}\s*\(?\d{6}\)?\s*(?:[\d,.]+\s*원?\s*)?"
                    r"[+-]\s*[\d,.]+\s*%\s*$"),
    ("reuse-notice", r"\*?\s*재판매\s*및\s*db\s*금지"),
    # a screen reader's label of the page's parts, left visible to the reader by its CSS alone: "본문",
    # "기사 본문 영역", "페이지 정보" (GNU board's board view writes both as headings)
    ("page-label", r"(?:기사\s*)?본문(?:\s*(?:내용|영역|시작))?\s*$|페이지\s*정보\s*$"),
    ("end-mark", r"(?:[\[(<〈【/-]\s*끝\s*[\])>〉】/-]|끝)\s*$"),
    # a reaction widget's question, a prompt that hangs on the reader's liking: "이 기사를 어떻게 생각하시나요?",
    # "기사가 마음에 드셨다면 구독해 주세요", "기사가 유익하셨나요?"
    ("reaction-prompt", r"이\s*기사(?:를|에\s*대해)?\s*어떻게\s*생각하(?:시나요|세요|십니까)\s*\??\s*$"
                        r"|(?:이\s*)?기사가?\s*(?:마음에\s*드셨|유익하셨|도움이\s*되셨)(?:다면|나요|습니까)"),
    # a media player's clock: "00:00 / 01:30", or "00:00" before it plays
    ("player-time", r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\s*$|00:00\s*$"),
    # a comment box's count of characters typed, before any: "0 / 400", "0/1000자"
    ("comment-widget", r"0\s*/\s*\d{3,4}\s*(?:자|bytes?)?\s*$"),
    # the outlet's channels listed by name: "가상일보 공식 SNS [페이스북] [인스타그램]"
    ("tip-channel", r"(?:[가-힣a-z0-9]{1,12}\s*)?(?:공식\s*)?sns\s*(?:[\[<【]\s*(?:페이스북|인스타그램|유튜브|트위터|"
                    r"카카오톡|틱톡|x)\s*[\]>】]\s*)+$"),
    ("photo-credit", r"\[?\s*(?:사진|자료|그래픽|이미지)\s*[=:]\s*[^\]]{1,30}\]?\s*$"),
    ("photo-credit", r"[\[(]?\s*[가-힣]{2,4}\s*기자\s*촬영\s*[\])]?\s*$"),
    ("photo-credit", r"[\[(]\s*(?:사진|화면|영상|자료|이미지|그래픽)\s*(?:출처|제공)?\s*[:=：]"
                     r"\s*[^\])]{0,60}[\])]\s*$"),
    ("photo-credit", r"[\[(]\s*(?:사진|화면|영상|자료|이미지|그래픽)\s*(?:출처|제공)\s*[^\])]{0,60}[\])]\s*$"),
    ("production-credit", r"[\[(]\s*(?:영상\s*취재|영상\s*편집|영상\s*촬영|촬영|그래픽|구성|편집|취재)\b"
                          r"[^\])]{0,80}[\])]\s*$"),
], anywhere=[
    # each alternative opens with its literal, so that the engine skips ahead to the group's first characters
    ("tip-prompt", r"당신의\s*제보가\s*뉴스가\s*됩니다|여러분의\s*제보가\s*뉴스가\s*됩니다|제보를\s*기다립니다"
                   r"|당신이\s*담은\s*순간이\s*뉴스"),
    ("portal-notice", r"뉴스\s*기사에\s*대한\s*저작권\s*및\s*법적\s*책임은"),
    # a portal's note on the outlet's own section: "이 기사는 언론사에서 사회 섹션으로 분류했습니다."
    ("portal-notice", r"기사는\s*언론사에서\s*[^\s]{1,12}\s*섹션으로\s*분류(?:했|되었|됐)습니다"),
    ("app-prompt", r"앱\s*(?:다운로드|설치)|어플\s*(?:다운로드|설치)|에서\s*직접\s*확인하세요|로\s*직접\s*확인하세요"),
    # a prompt to follow the outlet elsewhere: "네이버 메인에서 가상일보를 받아보세요", "구글 뉴스에서 … 팔로우하세요",
    # "가상일보 뉴스레터 신청하기", "카카오톡 친구 추가하고 …"
    ("subscribe-share", r"메인에서\s*[^\s]{1,20}\s*받아\s*보세요|구글\s*뉴스에서\s*.{0,30}?팔로우"
                        r"|뉴스레터\s*(?:신청|구독)|친구\s*추가(?:하고|하기|하세요)"),
    # a prompt to pay for the journalism: "후원하기", "독자 여러분의 소중한 후원이 좋은 기사를 만듭니다"
    ("support-prompt", r"후원\s*(?:하기|하세요|해\s*주세요)"
                       r"|후원(?:이|은|으로)\s*.{0,20}?(?:기사|저널리즘|언론)(?:을|를)?\s*(?:만듭니다|지킵니다|만드는)"
                       # "독자님의 후원금은 기사 작성에 큰 힘이 됩니다"
                       r"|후원금?(?:이|은)\s*.{0,20}?(?:기사|취재|저널리즘|언론).{0,10}?힘이\s*됩니다"),
    ("page-nav", r"기사\s*목록\s*(?:전체\s*)?보기\s*$"),
])
# The same, only when the line is not a sentence of the story (a paragraph may well begin
# "관련 자료에 따르면…" or quote "좋아요").
_WEAK_FURNITURE = _RuleGroup(head=[
    ("related-list", r"[\[【〈<]?\s*(?:관련\s*(?:기사|뉴스|자료|영상|콘텐츠)|연관\s*기사|추천\s*(?:기사|뉴스)|"
                     r"많이\s*본\s*(?:뉴스|기사)|인기\s*기사|주요\s*뉴스|이\s*시각\s*(?:추천|주요|인기)\s*뉴스|최신\s*뉴스|함께\s*볼\s*만한\s*뉴스)\b"),
    ("tip-prompt", r"(?:■|※|☞|▶)?\s*\[?\s*(?:제보|기사\s*제보|뉴스\s*제보|제보하기)"),
    # after a bullet that also marks subheadings (◇ 제보 잇따라), only the label: "◇ 제보 : …", "◆ 제보하기"
    ("tip-prompt", r"[□◆◇●]\s*\[?\s*(?:기사\s*|뉴스\s*)?제보(?:하기|\s*[:：])"),
    ("arrow-link", r"[▶▷☞►➤]\s*"),
    ("related-list", r"(?:당신이\s*)?관심\s*(?:있을|가질)\s*만한|함께\s*(?:보면\s*좋은|읽으면\s*좋은)|"
                     r"[가-힣]{2,4}\s*기자의\s*(?:다른|주요|최신|인기)?\s*(?:뉴스|기사)"),
    ("ad-label", r"(?:[■□◆◇●※]\s*)?광고\s*(?:및|/|·|&)?\s*(?:제휴\s*)?문의"),
    # a pointer to another story: "Read more: …", "Lesen Sie auch: …", or the label alone
    ("related-list", r"(?:read\s+more|see\s+also|also\s+read|read\s+also|related|lesen\s+sie\s+(?:auch|mehr)|"
                     r"auch\s+interessant|(?:à\s+)?lire\s+aussi|voir\s+aussi|lee\s+también|leia\s+também|"
                     r"leggi\s+anche|zobacz\s+(?:też|także|również)|czytaj\s+(?:też|także|również)|veja\s+também|"
                     r"siehe\s+auch|explore\s+further|mehr\s+zum\s+thema)\s*(?::.{0,120}|$)"),
    ("related-list", r"weitere\s+informationen\s*:?\s*$"),
    # the same in Latin script: a share, print or newsletter prompt ("Like it? Share it!", "Möchten Sie den Artikel
    # teilen?", "Join our newsletter …", "Drucken" alone)
    # (each alternative led by a literal: the engine passes over one whose first letter is not the line's)
    ("subscribe-share", r"like\s+it\?\s*share\s+it\s*[!.]?\s*$|"
                        r"share\s+(?:it|this(?:\s+(?:article|story|post))?)\s*[!:.?]?\s*$|"
                        r"möchten\s+sie\s+(?:den|diesen)\s+(?:artikel|beitrag)\s+teilen|"
                        r"(?:den|diesen)\s+(?:artikel|beitrag)\s+(?:mit\s+anderen\s+)?teilen|"
                        + "|".join(rf"{word}\s*$" for word in ("print", "drucken", "imprimer", "imprimir", "stampa",
                                                              "drukuj", "share", "teilen", "partager", "compartir",
                                                              "condividi", "udostępnij")) + "|"
                        + "|".join(rf"{verb}\s+our\s+(?:free\s+)?(?:daily\s+|weekly\s+)?newsletters?\b"
                                   for verb in ("join", r"sign\s+up\s+for", r"subscribe\s+to")) + "|"
                        r"verpasse\s+keine\s+(?:news|neuigkeiten|artikel)\b|"
                        r"newsletter\s+(?:abonnieren|bestellen)\s*$"),
    # a blog's comment box closed: "Comments are closed.", "Kommentarfeed | Kommentare geschlossen | Trackback-URL"
    ("comment-widget", "|".join(rf"{words}\.?\s*(?:\|[^|]{{0,40}})?$" for words in (
        r"comments\s+are\s+closed", r"kommentare\s+geschlossen", r"kommentarfeed\s*\|\s*kommentare\s+geschlossen"))),
    # a blog's post footer: "This entry was posted in … and tagged …", "Dieser Eintrag wurde veröffentlicht in …",
    # "Permalink https://…", "About the author"
    ("tag-list", r"this\s+entry\s+was\s+posted\s|dieser\s+eintrag\s+wurde\s+(?:.{0,60}\s)?veröffentlicht\s|"
                 r"perma(?:link|lien)\b\s*:?\s*(?:https?://[^\s]+)?\s*$"),
    ("author-box", "|".join(rf"{label}\s*:?\s*$" for label in (
        r"about\s+the\s+author", r"über\s+den\s+autor(?:in)?", r"à\s+propos\s+de\s+l['’]auteur",
        r"sobre\s+(?:o|el)\s+autor"))),
], anywhere=[
    # a star-rating widget: "War der Artikel nützlich? (95 Stimmen: 4,73 von 5) Loading...", "(Noch keine
    # Bewertungen) Loading..." (searched from its bracket: a pattern led by ".{0,100}" is tried at every character)
    ("rating-widget", r"\)\s*loading(?:\.{3}|…)\s*$"),
    ("subscribe-share", r"기자\s*구독|구독하기|구독\s*(?:신청|하세요|버튼)|채널\s*(?:구독|추가)|"
                        r"네이버에서\s*.*구독|좋아요|공유하기|스크랩|기사\s*(?:추천|공유)|url\s*복사|링크\s*복사|프린트\s*하기|글자\s*크기"),
])
# A photo caption: text that ends with the photo's credit ("…진열하고 있다. 사진=가상일보 db", "… 모습 /가상시 제공"),
# which no sentence of the story does; a bracketed credit ("… 충전소. [사진=가상에너지]") only on a line that is no
# sentence (a sentence may carry one). Looked for only in lines that hold one of the credit words.
_CAPTION_CREDIT = re.compile(
    r"(?:[.]\s+|/\s*)(?:사진\s*[=:]\s*)?[가-힣a-z0-9·&]{1,15}(?:\s[가-힣a-z0-9·&]{1,15}){0,2}\s*(?:제공|db)\s*$|"
    r"(?:^|[.\s/])사진\s*(?:제공)?\s*[=:]\s*[^.=]{1,30}$")
_CAPTION_BRACKET_CREDIT = re.compile(r"[\[(]\s*(?:사진|자료|그래픽|이미지|화면)\s*(?:제공|출처)?\s*[=:：]?[^\])]{0,40}"
                                     r"[\])]\s*$")
_CREDIT_WORD = re.compile(r"제공|db|사진|자료|그래픽|이미지|화면")
#: a credit closes the line: only this many characters of its end are looked at
_CREDIT_TAIL_CHARS = 64


# A caption credited to its photographer after a slash, with no e-mail: "가상시청 앞 정류장 /홍길동 기자" (the text
# before the slash a phrase of two words or more, not one name: "홍길동/김철수 기자" is a byline).
_CAPTION_PHOTOGRAPHER = re.compile(r"\S\s+\S[^/]*?\s*/\s*[가-힣]{2,4}\s*(?:사진)?기자\s*$")


# A byline of the writer, then the photographer: "글=홍길동 기자 / 사진=김철수 기자", "홍길동 기자 사진=김철수 기자",
# "홍길동 기자(사진=김철수 기자)" (no caption's credit).
_WRITER_THEN_CREDIT = re.compile(r"\s*글\s*[=:]?\s*[가-힣]{2,4}\s*(?:기자)?\s*[/,·ㆍ|]|"
                                 r"\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*[/,·ㆍ|]?\s*[(\[]?\s*(?:사진|영상|그래픽)\s*[=:]?\s*"
                                 r"[가-힣]{2,4}\s*(?:사진|영상)?기자\s*[)\]]?\s*$")


def _caption_rule(line: _Line) -> str | None:
    if _WRITER_THEN_CREDIT.match(line.folded):
        return None
    if is_photographer_caption(line.text):  # a sentence too: "… 있다. /홍길동 기자", "… 있다./사진=홍길동 기자"
        return "photo-caption"
    tail = line.folded[-_CREDIT_TAIL_CHARS:]
    if not _CREDIT_WORD.search(tail):
        # (not two bylines parted by the slash: "홍길동 기자 / 김철수 기자")
        if ("기자" in tail and "@" not in line.text and not line.prose and _CAPTION_PHOTOGRAPHER.search(tail)
                and not is_byline_line(line.text.rpartition("/")[0].strip())):
            return "photo-caption"
        return None
    if _CAPTION_CREDIT.search(tail) or (_CAPTION_BRACKET_CREDIT.search(tail) and not line.prose):
        return "photo-caption"
    return None


# A wire photo's caption, closed by the day it was taken and maybe its credit and e-mail: "(서울=연합뉴스) 홍길동 기자 =
# 1일 오후 … 쉬고 있다. 2025.8.1 hong@yna.example", "… 있다. 2025.08.01. [공동취재] photo@newsis.example",
# "… 있다. 2025.8.1/뉴스1". (A story's dateline paragraph, "(서울=연합뉴스) 홍길동 기자 = 정부가 …했다.", ends in no
# stamp.)
# The stamp follows a sentence's end (or a bracketed credit after it); the regex engine skips ahead to its digits.
_CAPTION_STAMP = re.compile(
    r"(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?P<credit>(?:\s*/\s*(?:사진\s*=\s*)?[가-힣a-z0-9]{1,12})?"
    r"(?:\s*[\[(][^\])]{1,40}[\])])*(?:\s*[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)*)\s*$")
#: what the stamp follows: a sentence's end, then a space (or a bracketed credit); one that ends with no stop ("… 최다
#: 2024.03.20", a teaser's headline and its date) only when a credit follows the stamp
_BEFORE_STAMP = re.compile(r"(?:(?P<stop>[.!?])[\"'”’)\]]*|다)(?:\s*[\[(][^\])]{1,40}[\])])?\s+$")
#: the stamp and its credits are in this many characters of the line's end; such a caption is this long at most
_STAMP_TAIL_CHARS = 120
MAX_DATED_CAPTION_CHARS = 400


def is_dated_caption(folded: str) -> bool:
    """A wire photo's caption closed by its date stamp (``… 있다. 2025.8.1 hong@yna.example``), on the lower-cased
    line: the stamp, after a sentence of at least two words."""
    if len(folded) > MAX_DATED_CAPTION_CHARS:
        return False
    start = max(0, len(folded) - _STAMP_TAIL_CHARS)
    if folded.find("20", start) < 0 and folded.find("19", start) < 0:
        return False  # no year for a stamp to start with (two finds cost less than the stamp's search)
    stamp = _CAPTION_STAMP.search(folded, start)
    if stamp is None:
        return False
    before = folded[:stamp.start()]
    end = _BEFORE_STAMP.search(before, max(0, stamp.start() - 50))
    return end is not None and " " in before.strip() and bool(end["stop"] or stamp["credit"])


# Lines after which nothing more of the article follows.
_STOP = _RuleGroup(head=[
    ("related-list", r"(?:관련\s*(?:기사|뉴스|자료)|연관\s*기사|추천\s*기사|많이\s*본\s*(?:뉴스|기사)|"
                     r"이\s*시각\s*(?:추천|주요|인기)\s*뉴스)"),
    ("tip-prompt", r"※\s*'?(?:당신|여러분)의\s*제보"),
])


@dataclass
class Cleaned:
    paragraphs: list[str]
    reporters: list[Reporter] = field(default_factory=list)
    copyright: str | None = None
    removed: list[str] = field(default_factory=list)
    #: why each line of ``removed`` went (same order and length): the rule's name (see the module docstring).
    removed_rules: list[str] = field(default_factory=list)

    def remove(self, line: str, rule: str) -> None:
        self.removed.append(line)
        self.removed_rules.append(rule)


def normalize_space(text: str) -> str:
    """Runs of white space (no-break spaces too) as one space; zero-width spaces dropped; the text in composed
    Unicode form (NFC: Hangul written as jamo, as macOS-made text often is, as syllables).

    Text that is already so comes back as the same object: a body read from the page is, and is
    not copied again (a 20 MB page holds its paragraphs once). Printable text (no white space but the
    ASCII space, no zero-width space: every other space is a separator or control character) with no
    double, leading or trailing space is so, and is known without splitting it; ASCII text is composed, and
    other text is asked (:func:`unicodedata.is_normalized`, a scan cheaper than ``isprintable``'s).
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return nfc(text)
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    normal = nfc(" ".join(text.split()))
    return text if normal == text else normal  # the new copy goes at once: the caller keeps the text it had



def reads_as_prose(line: str) -> bool:
    return not line.isascii() and bool(_PROSE_END.search(line))  # its endings are Hangul syllables


class _Line:
    """One line being classified; its lower-cased form and whether it reads as prose are worked
    out at most once."""

    __slots__ = ("text", "folded", "_prose")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.lower()
        self._prose: bool | None = None

    @property
    def prose(self) -> bool:
        if self._prose is None:  # every ending of _PROSE_END is a Hangul syllable: an ASCII line has none
            self._prose = not self.text.isascii() and bool(_PROSE_END.search(self.text))
        return self._prose

    def copyright(self) -> bool:
        if len(self.text) >= MAX_COPYRIGHT_CHARS:
            return False
        folded = self.folded
        if folded.isascii():  # every other mark of the rules is a Hangul word, ⓒ or ©
            if "copyright" in folded or "all rights reserved" in folded:
                return True
            return "(c)" in folded and bool(_COPYRIGHT_WEAK.search(folded)) and not self.prose
        mark = _COPYRIGHT_ANY.search(folded)
        if mark is None:
            return False
        # no mark of either kind starts before this one: a strong mark is looked for from there on
        return bool(_COPYRIGHT.search(folded, mark.start())) or not self.prose

    def stop_rule(self) -> str | None:
        """``stop:<rule>`` when the line is a heading or prompt after which the article is over."""
        rule = _STOP.find(self.folded)
        if rule == "related-list" and (len(self.text) > MAX_STOP_HEADING_CHARS or self.prose):
            return None
        return "stop:" + rule if rule else None

    def rule(self) -> str | None:
        """The rule that makes the line page furniture, or None for article text."""
        if not self.text:
            return "empty"
        if self.copyright():
            return "copyright"
        if is_dated_caption(self.folded):
            return "dated-caption"
        if len(self.text) <= MAX_FURNITURE_CHARS:
            rule = _FURNITURE.find(self.folded) or _caption_rule(self)
            if rule is None and not self.prose:
                rule = _WEAK_FURNITURE.find(self.folded)
            if rule is not None:
                return rule
        if len(self.text) <= MAX_DATE_LINE_CHARS and _DATE_LINE.fullmatch(self.text):
            return "date-line"
        text = self.text
        bylined = is_byline_line(text) or _is_desk_byline(text) or _dated_byline(text) or _byline_then_prompt(text)
        return "byline" if bylined else None


# A line of the article's dates alone: "입력 2019.03.05 03:00 | 수정 2019.03.05 09:41", "금융입력 : 2025.12.08 …",
# "| 기사입력 … | 최종수정 …" (a bar left over from the header's byline before it),
# a broadcast's "방송일 2025.12.02 20:10", a board's "작성일 …", "게시일 …"
_DATE_LABEL = (r"(?:기사입력|입력|등록|최종수정|기사수정|수정|업데이트|승인|기사승인|송고|게재|발행|기사전송|"
               r"작성|방송|게시)")
_LABELLED_DATES = (r"(?:" + _DATE_LABEL + r"(?:\s?(?:일시|시간|일자)|일)?\s*[:：|ㅣ]?\s*[\[(]?\s*" + DATE_TOKEN
                   + r"\s*[\])]?\s*[|ㅣ·/,]?\s*)+")
# ... and the print page the story ran on ("| 본지 8면"); or the date first, then 송고: "2017/10/11 09:41 송고"
# ... or the office that put it out and the view count, after a bar: "등록일 2025-04-07 11:20 | 가상군청 공보실",
# "| 조회 12" (a reporter there makes the line a byline: "입력 … | 홍길동 기자")
_VIEW_COUNT = r"조회(?:수)?\s*[:：]?\s*[\d,]+\s*회?"
_OFFICE = r"(?![^|ㅣ·/]*(?:기자|특파원))[가-힣A-Za-z]{1,12}(?:\s[가-힣A-Za-z]{1,12}){0,2}"
_AFTER_DATES = r"(?:(?<=[|ㅣ·/])\s*(?:" + _VIEW_COUNT + "|" + _OFFICE + r")\s*[|ㅣ·/]?\s*){0,3}"
_DATE_LINE = re.compile(r"(?:[|ㅣ·]\s*)?(?:[가-힣]{1,6}?\s*)?" + _LABELLED_DATES
                        + r"(?:(?:본지|지면)\s*[A-Z]?\d{1,2}\s*면|" + _AFTER_DATES + r")?|" + DATE_TOKEN + r"\s*송고")
#: the date line inside a longer byline line: "홍길동 기자 기사입력 2020.09.14. 10:20:31" (no word before its label)
_DATES_IN_BYLINE = re.compile(_LABELLED_DATES)
#: such a line is this short
MAX_DATE_LINE_CHARS = 100


def _dated_byline(line: str) -> bool:
    """A byline with the date line beside it: ``입력 2024.03.05 10:00 홍길동 기자``, ``홍길동 기자 | 입력 …``."""
    if len(line) > MAX_DATE_LINE_CHARS or "기자" not in line and "@" not in line:
        return False
    dates = _DATES_IN_BYLINE.search(line)
    if dates is None or dates.start() and dates.end() < len(line):
        return False
    rest = (line[:dates.start()] + line[dates.end():]).strip(" |ㅣ·/,")
    return bool(rest) and is_byline_line(rest)


# A byline that names a desk or team, not a person: "온라인뉴스팀 기자", "가상일보 디지털뉴스부 news@x.example".
_DESK_BYLINE = re.compile(r"(?:[\[(]?[가-힣A-Za-z0-9]{1,10}[\])]?\s+)?"
                          r"(?P<desk>[가-힣]{1,12}(?:부|팀|국|센터|본부|취재반))\s*(?:기자)?"
                          r"\s*[(\[<]?\s*(?:" + EMAIL + r")?\s*[)\]>]?")


def _is_desk_byline(line: str) -> bool:
    match = _DESK_BYLINE.fullmatch(line) if len(line) <= MAX_STOP_HEADING_CHARS * 2 else None
    return match is not None and is_not_a_name(match["desk"])


#: the mark that opens a prompt or a pointer (``▶ 제보하기``, ``※ 기사 제보``, ``☞ 관련 기사``)
_PROMPT_MARK = re.compile(r"[▶▷☞※■►]")


def _byline_then_prompt(line: str) -> bool:
    """A byline with page furniture after it on one line: ``홍길동 기자 ▶ 제보하기: 카카오톡``."""
    mark = _PROMPT_MARK.search(line) if len(line) <= MAX_DATE_LINE_CHARS else None
    if mark is None or not mark.start():
        return False
    head = line[:mark.start()].rstrip(" |/·")
    return bool(head) and is_byline_line(head) and _Line(line[mark.start():]).rule() is not None


def is_copyright(line: str) -> bool:
    return _Line(line).copyright()


def is_boilerplate(line: str) -> bool:
    return boilerplate_rule(line) is not None


def boilerplate_rule(line: str) -> str | None:
    """The name of the rule that makes ``line`` page furniture, or None for article text."""
    return _Line(line).rule()


def is_box_heading(line: str) -> bool:
    """Whether ``line`` heads a box of other stories (``관련기사``, ``많이 본 기사``, ``이 시각 주요뉴스``): a related
    list's heading, after which a story's text would stop."""
    found = _Line(line)
    return found.stop_rule() is not None or found.rule() == "related-list"


def clean_paragraphs(paragraphs: list[str]) -> Cleaned:
    """Drop boilerplate lines, stop at related-article lists, collect reporters and copyright."""
    result = Cleaned(paragraphs=[])
    may_stop_from = len(paragraphs) // 3
    trailing_from = len(paragraphs) - 3
    resume = 0  # a related box set inside the story ends before this line
    for index, raw in enumerate(paragraphs):
        text = normalize_space(raw)
        if not text:
            continue
        if index < resume:
            result.remove(text, "related-list")
            continue
        line = _Line(text)
        stop = line.stop_rule() if index >= may_stop_from else None
        if stop == "stop:related-list" and (resume := story_resumes_after(paragraphs, index)):
            result.remove(text, "related-list")
            continue
        if stop:
            _cut_from(result, paragraphs[index:], stop)
            break
        rule = _unless_it_ends_the_story(line.rule(), paragraphs, index)
        if rule and not (rule in _ALONE_KEPT and len(paragraphs) == 1):  # a date line alone is all the text found
            _remove_line(result, text, rule)
            continue
        if index >= trailing_from:
            text, byline = split_trailing_byline(text)
            if byline:
                _collect_reporters(result, byline)
                result.remove(byline, "trailing-byline")
        for reporter in sign_off_reporters(text):  # spoken: the line stays, its reporter counts
            add_reporter(result.reporters, reporter.name, reporter.email)
        result.paragraphs.append(text)
    return result


#: a related box inside the story lists this many headlines at most
MAX_BOX_HEADLINES = 6
#: ... each this short
MAX_BOX_HEADLINE_CHARS = 80
#: the story resumes after the box when this many lines of prose follow it
MIN_RESUMED_PROSE = 2


def story_resumes_after(paragraphs: list[str], index: int) -> int:
    """Where the story's text resumes after a related-list heading at ``index`` that a layout set inside it
    (``관련기사`` / two or three headlines / the story goes on): after one to :data:`MAX_BOX_HEADLINES` short lines
    that are no prose, when every line after them is prose or page furniture and two at least are prose (a list of
    other stories' teasers interleaves its headlines with their leads); 0 when the heading ends the story."""
    at = index + 1
    while (at < len(paragraphs) and at - index <= MAX_BOX_HEADLINES
           and _is_box_headline(normalize_space(paragraphs[at]))):
        at += 1
    rest = [_Line(text) for raw in paragraphs[at:] if (text := normalize_space(raw))]
    if at == index + 1 or sum(line.prose for line in rest) < MIN_RESUMED_PROSE:
        return 0
    return at if all(line.prose or line.rule() for line in rest) else 0


def _is_box_headline(text: str) -> bool:
    return 0 < len(text) <= MAX_BOX_HEADLINE_CHARS and not reads_as_prose(text)


#: a byline this many lines after a stop (a tip prompt, a related-list heading) may still be the story's
BYLINE_AFTER_STOP_LINES = 3


def _cut_from(result: Cleaned, rest: list[str], stop: str) -> None:
    """Remove the lines from a stop on; when the text named no reporter, a byline line right after the stop
    (``※ 제보 …`` then ``홍길동 기자 x@y``) still names the story's: lines further on are other stories'."""
    lines = [normalize_space(line) for line in rest if line.strip()]
    for line in lines:
        result.remove(line, stop)
    if not result.reporters:
        for line in lines[1:1 + BYLINE_AFTER_STOP_LINES]:
            if is_byline_line(line):
                _collect_reporters(result, line)


def _unless_it_ends_the_story(rule: str | None, paragraphs: list[str], index: int) -> str | None:
    """``rule``, or None when it takes the story's last sentence and its slash byline for a photo caption
    (``… 요구하고 있다./홍길동 기자``, :func:`ends_with_slash_byline`, with only page furniture after it: a copyright
    line, a related list, blanks): the line is the story's, and :func:`split_trailing_byline` cuts its byline."""
    if rule != "photo-caption" or index < len(paragraphs) - 3 or not ends_with_slash_byline(paragraphs[index]):
        return rule
    for later in paragraphs[index + 1:]:
        line = _Line(normalize_space(later))
        if line.text and line.stop_rule():
            break  # a related list: the text ended
        if line.text and not line.rule():
            return rule  # more of the text follows: a picture's caption
    return None


#: rules whose lines name people who are not the story's reporters (photographers, camera and edit crews).
_CREDIT_RULES = {"photo-credit", "photo-caption", "dated-caption", "production-credit", "editorial-note"}
#: rules whose line stays when it is all the text there is: a container that holds only the date line is a wrong one
#: (emptying it says less), and a photo story's one caption is its text
_ALONE_KEPT = {"date-line", "dated-caption"}


#: the reporter's own part of a broadcast's credit line: 취재, not the camera's 영상취재
_REPORTING_CREDIT = re.compile(r"(?<!영상)(?<!영상\s)취재(?:기자)?\s*[:=：]?\s*(?P<name>[가-힣]{2,4})(?![가-힣])")


def _remove_line(result: Cleaned, text: str, rule: str) -> None:
    if rule == "copyright":
        byline, notice = _byline_before_copyright(text)
        result.copyright = result.copyright or notice
        if byline:
            _collect_reporters(result, byline)
    elif rule not in _CREDIT_RULES:
        _collect_reporters(result, text)
    elif rule == "production-credit":
        for reporting in _REPORTING_CREDIT.finditer(text):  # "( 취재 : 홍길동 / 영상편집 : 김철수 )": the reporter
            if looks_like_a_name(reporting["name"]):
                add_reporter(result.reporters, reporting["name"], None)
    result.remove(text, rule)


#: what may stand between a byline and the copyright notice after it on one line
_BEFORE_COPYRIGHT_PUNCT = " <[(|/·-"


def _byline_before_copyright(text: str) -> tuple[str, str]:
    """The byline that opens a copyright line (``홍길동 기자 x@y.com ⓒ 가상일보, 무단 전재 및 재배포 금지``), which
    names the story's reporter, and the notice: the words before the notice's first mark, when they read as a
    byline; else no byline and the whole line."""
    mark = _COPYRIGHT_ANY.search(text.lower())
    if mark is None or not mark.start():
        return "", text
    before = text[:mark.start()].rstrip(_BEFORE_COPYRIGHT_PUNCT)
    if before and is_byline_line(before):
        return before, text[len(before):].lstrip(" |/·-")
    return "", text


def _collect_reporters(result: Cleaned, text: str) -> None:
    for reporter in find_reporters(text):
        add_reporter(result.reporters, reporter.name, reporter.email)
