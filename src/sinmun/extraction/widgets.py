"""Widgets that layouts nobody profiled set inside the article text: ad slots, stock quote boxes and
glossary pop-ups, found by their markup so that :func:`sinmun.extraction.content.read_paragraphs` skips them.

* **Ad slots.** An element whose class or id names an ad (``divMidAd``, ``adBox_mid``, ``google_dfp_mid``,
  ``wp_adbn_root``, ``mt_bn_box``, ``<ins class="adsbygoogle">``, ``dablewidget_…``) holds the slot's fallback
  text (``광고``, ``AD``, a sponsor's line), never the story. Class and id words are split at ``-``, ``_``,
  digits and lower-to-upper case changes (``dfpAd`` is ``dfp`` + ``Ad``). A plain ``ad`` word is trusted only
  on an element with little of the container's text: a CMS may call the story's own wrapper ``CmAdContent``.
* **Embedded ad boxes, by their shape.** Whatever its class (``mask_div``, ``revenue_unit_wrap``, a floated
  ``div`` with none), an element that holds only ad embeds (``iframe``, ``ins``, ``script``) and at most a short
  label that is no sentence (``AD``, ``광고``, a sponsor's name) is an ad slot. An embedded video, post or map
  (an ``iframe`` from a media host) is no ad, nor is a box with a picture in it.
* **Stock quote boxes.** An element whose class names a stock quote (``stocksise``, ``stock-quote``,
  ``stock_info``) beside a company name: its price and change parts (``12,300원 ▲ 5.2%``, ``012345``) go, the
  company name stays in its sentence; a short box of block level goes whole. A quote shows an arrow, 원 or a
  Hangul name: an English page's ticker table (``HD 225.86 -12.99``) is part of its story and stays.
* **Glossary pop-ups.** The explanation a layout inserts beside a term (an inline ``desc``, ``tip`` or
  ``tooltip`` element right after the term's own element, as ``<span class=ict_desc>`` after ``ict_word``;
  a ``tooltiptext``, an element of ``role=tooltip``, a ``glossary`` layer): it goes, the term stays.

* **Summary boxes.** A box a layout sets in the article text under a summary's label (``AI 요약``, ``3줄 요약``,
  ``기사 요약``, ``핵심 요약``): its bullet lines restate the story (often machine-written, with a note saying
  so), and the whole box goes. It is looked for only when such a label is one of the lines read
  (:func:`summary_label`), so a page without one pays nothing.

Lines of text with the same shapes and no markup to tell them (``(광고)``, ``가상전자 012345 ▲1.2%``) are
left to :mod:`sinmun.extraction.clean` (rules ``ad-label`` and ``stock-quote``).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

_WORD_BREAK = re.compile(r"[-_\d\s]+|(?<=[a-z])(?=[A-Z])")
#: words of an ad slot or of a third-party ad or recommendation widget: never the story's own element
_AD_NAMES = frozenset((
    "ads", "adv", "advert", "adverts", "advertise", "advertisement", "adsbygoogle", "adsense", "adfit", "adbn",
    "adslot", "adunit", "adbox", "adarea", "adwrap", "dfp", "banner", "bnr", "sponsor", "sponsored",
    "taboola", "dable", "dablewidget", "criteo", "mobon", "realclick", "outbrain"))
#: an ``ad`` glued to a position word (``txtad``, ``iwmads``, ``viewad``)
_GLUED_AD = re.compile(r"(?:txt|text|view|top|mid|middle|bottom|bot|side|inline|in|sub|gisa|news|art|article|body|"
                       r"iwm|google|kakao|naver|daum)ads?|ads?(?:box|area|wrap|zone|slot|unit|banner|bn)", re.I)
#: ``bn`` (banner) only before a box word: ``mt_bn_box``
_BOX_WORDS = frozenset(("box", "wrap", "area", "zone", "root", "slot"))
#: an element with a plain ``ad`` word is a slot when its text is at most this share of the container's
MAX_AD_SHARE = 0.2
#: or at most this many characters
MAX_AD_CHARS = 200
_STOCK_NAMES = frozenset(("stock", "stocks", "stocksise", "sise", "ticker", "stockinfo", "stockprice", "jongmok"))
#: text that is a quote's number part: prices, changes, percentages, a six-digit ticker code
_QUOTE_TEXT = re.compile(r"[\d,.\s원%▲▼△▽↑↓+\-()|/]*\d[\d,.\s원%▲▼△▽↑↓+\-()|/]*")
#: what a Korean quote shows (an arrow, 원, a Hangul company name): an English page's ticker table is its story's
_KOREAN_QUOTE = re.compile(r"[가-힣▲▼△▽↑↓]")
_TICKER_CODE = re.compile(r"\(?\d{6}\)?")
#: a glossary layer or a tooltip's text (``role=tooltip`` counts as the word ``role:tooltip``)
_GLOSSARY_NAMES = frozenset(("glossary", "tooltiptext", "wordbook", "dictionary", "role:tooltip"))
#: the explanation part of an inline term (``ict_desc`` after ``ict_word``)
_EXPLANATION_NAMES = frozenset(("desc", "explain", "explanation", "layer", "pop", "popup", "tip", "tooltip",
                                "meaning"))
_INLINE_TAGS = frozenset(("span", "a", "em", "b", "strong", "i", "u", "dfn", "abbr", "small", "mark", "font",
                          "sup", "sub"))
#: pieces every word of the names above holds (matched in any ASCII case): only the elements whose class or id
#: holds one, or of ``role=tooltip``, are looked at (:func:`_marked_words`)
_NAME_PIECES = ("ad", "dfp", "banner", "bn", "sponsor", "taboola", "dable", "criteo", "mobon", "realclick",
                "outbrain", "stock", "sise", "ticker", "jongmok", "gloss", "tip", "wordbook", "dictionary", "desc",
                "expla", "layer", "pop", "meaning")
#: (searched in the label with its ASCII letters lowered: a case-sensitive alternation starts only at its letters)
_PIECE = re.compile("|".join(_NAME_PIECES))
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
#: the elements that may be marked: one query in the parser's C code finds them, and their labels are judged
#: once per label (:data:`_MARKED_LABELS`), cheaper than 47 substring selectors tried on every element
_LABELLED = "[class], [id], [role]"


def widget_boxes(container: LexborNode) -> frozenset[int]:
    """The ids of the ad slots, stock quote parts and glossary pop-ups inside ``container``."""
    total: list[int] = []  # the container's text length, read only when a plain ``ad`` word needs it
    found: set[int] = _embed_boxes(container)
    for node in container.css(_LABELLED):
        marked = _marked_words(node)
        if marked is None:
            continue
        words, named_ad = marked
        if not words:
            continue
        if named_ad or ("ad" in words and _small_ad(node, container, total)) or _is_glossary(node, words):
            found.add(node.mem_id)
        elif words & _STOCK_NAMES:
            found.update(_quote_parts(node))
    found.update(quote_box_speakers(container))
    return frozenset(found)


#: a quote box's speaker line (``<blockquote>"…"</blockquote><p class="who">홍길동 가상시장</p>``) is this short
MAX_SPEAKER_CHARS = 40
_SPEAKER_TAGS = frozenset(("p", "div", "span", "cite", "strong", "em", "b"))
_HANGUL = re.compile(r"[가-힣]")


def quote_box_speakers(container: LexborNode) -> set[int]:
    """The speaker lines of quote boxes: a box that holds a ``<blockquote>`` and after it one short line with no
    sentence ending (the speaker's name and title), nothing else. The quote is the story's; its speaker's line
    is no text of it. (Korean pages only: English references keep a pull quote's attribution in the text.)"""
    return {speaker.mem_id for quote in container.css("blockquote") if (speaker := _speaker_line(quote)) is not None}


def _speaker_line(quote: LexborNode) -> LexborNode | None:
    """The one short Korean line after ``quote`` in its box, when the box holds nothing else."""
    if quote.parent is None:
        return None
    blocks = [child for child in quote.parent.iter() if child.tag != "-text" and (child.text(strip=True) or "")]
    if len(blocks) != 2 or blocks[0].mem_id != quote.mem_id or blocks[1].tag not in _SPEAKER_TAGS:
        return None
    speaker = blocks[1].text(strip=True) or ""
    if (len(speaker) <= MAX_SPEAKER_CHARS and _HANGUL.search(speaker) and not _SENTENCE_END.search(speaker)
            and not _SPOKEN_END.search(speaker)):
        return blocks[1]
    return None


#: an embed that may carry an ad; an ``iframe`` from one of ``_MEDIA_HOSTS`` is the story's video, post or map
_EMBEDS = "iframe, ins, script"
_MEDIA_HOSTS = re.compile(r"youtube|youtu\.be|vimeo|dailymotion|tv\.naver|naver\.com/v|tv\.kakao|kakao\.com/embed|"
                          r"facebook\.com|instagram|twitter|x\.com|tiktok|soundcloud|spotify|map", re.I)
#: what an embed's box may be (a paragraph, a cell or a figure is the story's own)
_BOX_TAGS = frozenset(("div", "aside", "section", "center", "span", "ins"))
#: an embed's box is looked for this many levels up
_BOX_LEVELS = 3
#: the most text an ad box's label has
MAX_AD_LABEL_CHARS = 24
_NOT_LABEL_TAGS = frozenset(("script", "style", "noscript", "iframe"))
_PICTURE_TAGS = frozenset(("img", "amp-img", "picture", "video", "figure", "svg", "audio", "object", "embed"))
_SENTENCE_END = re.compile(r"[가-힣](?:다|요)\s*[.!?]\s*$")


def _embed_boxes(container: LexborNode) -> set[int]:
    """The boxes holding only ad embeds and a short label (see the module docstring)."""
    found: set[int] = set()
    labelled: dict[int, bool] = {}  # box id -> whether it holds only a label (embeds share their boxes)
    boxes: dict[int, LexborNode] = {}
    for embed in container.css(_EMBEDS):
        if not _is_story_embed(embed):
            box = _outermost_label_box(embed, container, labelled, boxes)
            if box is not None and (embed.tag != "script" or _says_ad_or_nothing(boxes[box])):
                found.add(box)
    return found


#: what the label of an ad slot says (a box of scripts alone may be a subheading or a byline beside a tracker)
_AD_WORDS = re.compile(r"광고|협찬|후원|스폰서|파트너|제휴|sponsor|advert|promot|partner|\bAD\b|\bPR\b", re.I)


def _says_ad_or_nothing(box: LexborNode) -> bool:
    """A box whose only embeds are scripts counts when its label is empty or names an ad."""
    if box.css_first("iframe, ins") is not None:
        return True
    label = "".join((node.text_content or "").strip() for node in box.traverse(include_text=True)
                    if node.tag == "-text" and node.parent is not None and node.parent.tag not in _NOT_LABEL_TAGS)
    return not label or bool(_AD_WORDS.search(label))


def _is_story_embed(embed: LexborNode) -> bool:
    """An embedded video, post or map, or structured data: part of the story, never an ad."""
    attrs = embed.attributes
    if embed.tag == "iframe":
        return _names_media_host(f"{attrs.get('src') or ''} {attrs.get('data-src') or ''}")
    return embed.tag == "script" and "json" in (attrs.get("type") or "").lower()


_MEDIA_HOSTS_LOWER = re.compile(_MEDIA_HOSTS.pattern)


def _names_media_host(sources: str) -> bool:
    """:data:`_MEDIA_HOSTS` searched in ``sources``; an ASCII text is lowered first and searched case by case
    (an alternation that ignores case is tried at every character, and a data URL is long)."""
    if sources.isascii():
        return _MEDIA_HOSTS_LOWER.search(sources.lower()) is not None
    return _MEDIA_HOSTS.search(sources) is not None


def _outermost_label_box(embed: LexborNode, container: LexborNode, labelled: dict[int, bool],
                         boxes: dict[int, LexborNode]) -> int | None:
    """The id of the outermost box (a few levels up, inside ``container``) that holds only embeds and a label
    (each box found is kept in ``boxes`` by its id)."""
    box = None
    node = embed.parent
    for _ in range(_BOX_LEVELS):
        if node is None or node.mem_id == container.mem_id or node.tag not in _BOX_TAGS:
            break
        if node.mem_id not in labelled:
            labelled[node.mem_id] = _only_a_label(node)
        if not labelled[node.mem_id]:
            break
        box, boxes[node.mem_id], node = node.mem_id, node, node.parent
    return box


def _only_a_label(box: LexborNode) -> bool:
    """``box`` shows no picture and at most a short text that is no sentence (its embeds' own text aside)."""
    label = ""
    for node in box.traverse(include_text=True):
        if node.tag in _PICTURE_TAGS:
            return False
        if node.tag == "-text" and node.parent is not None and node.parent.tag not in _NOT_LABEL_TAGS:
            label += (node.text_content or "").strip()
            if len(label) > MAX_AD_LABEL_CHARS:
                return False
    return not _SENTENCE_END.search(label)


class _Labels(dict[tuple[str, str, bool], tuple[frozenset[str], bool]]):
    """An element's class, id and tooltip role -> its words and whether they name an ad slot, worked out
    once per label (a page repeats a few labels over thousands of elements)."""

    def __missing__(self, key: tuple[str, str, bool]) -> tuple[frozenset[str], bool]:
        if len(self) > 4096:  # hostile pages invent endless class names
            self.clear()
        css_class, css_id, tooltip = key
        words = {w.lower() for w in _WORD_BREAK.split(f"{css_class} {css_id}") if w}
        if tooltip:
            words.add("role:tooltip")
        named_ad = bool(words & _AD_NAMES or any(_GLUED_AD.fullmatch(w) for w in words)
                        or ("bn" in words and words & _BOX_WORDS))
        found = self[key] = (frozenset(words), named_ad)
        return found


_LABELS = _Labels()


class _MarkedNames(dict[str, bool]):
    """A class or id string -> whether it holds one of :data:`_NAME_PIECES` in any ASCII case."""

    def __missing__(self, name: str) -> bool:
        if len(self) > 4096:  # hostile pages invent endless class names
            self.clear()
        lowered = name.lower() if name.isascii() else name.translate(_ASCII_LOWER)
        found = self[name] = _PIECE.search(lowered) is not None
        return found


_MARKED_NAMES = _MarkedNames()


def _marked_words(node: LexborNode) -> tuple[frozenset[str], bool] | None:
    """The words of ``node``'s class and id (and ``role:tooltip``), and whether they name an ad slot; None
    for an element whose class and id hold none of :data:`_NAME_PIECES` (in any ASCII case) and whose role
    is no ``tooltip``: the elements :func:`widget_boxes` looks at."""
    attrs = node.attributes
    css_class, css_id, role = attrs.get("class") or "", attrs.get("id") or "", attrs.get("role") or ""
    tooltip = role.lower() == "tooltip"
    if not (_MARKED_NAMES[css_class] or _MARKED_NAMES[css_id] or (tooltip and role.isascii())):
        return None
    return _LABELS[(css_class, css_id, tooltip)]


def _small_ad(node: LexborNode, container: LexborNode, total: list[int]) -> bool:
    """An element with a plain ``ad`` word is a slot when its text is short, or small beside the container's."""
    size = len(node.text(strip=True) or "")
    if size <= MAX_AD_CHARS:
        return True
    if not total:
        total.append(len(container.text(strip=True) or ""))
    return size <= total[0] * MAX_AD_SHARE


def _is_glossary(node: LexborNode, words: frozenset[str]) -> bool:
    """A glossary layer or tooltip text, or an inline explanation set right after its term's element."""
    if words & _GLOSSARY_NAMES:
        return True
    if node.tag not in _INLINE_TAGS or not words & _EXPLANATION_NAMES:
        return False
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment") and not (before.text_content or "").strip():
        before = before.prev
    return before is not None and before.tag != "-text" and bool(before.text(strip=True))


def _quote_parts(node: LexborNode) -> list[int]:
    """A Korean stock box's number parts (a short box of block level, or one of numbers only: all of it)."""
    text = node.text(strip=True) or ""
    if not _KOREAN_QUOTE.search(text):
        return []
    if _QUOTE_TEXT.fullmatch(text) or node.tag not in _INLINE_TAGS and len(text) <= MAX_AD_CHARS:
        return [node.mem_id] if _QUOTE_TEXT.search(text) else []
    if node.tag not in _INLINE_TAGS:
        return []
    parts = []
    child = node.child
    while child is not None:
        part = "" if child.tag == "-text" else (child.text(strip=True) or "")
        if (_QUOTE_TEXT.fullmatch(part) and _KOREAN_QUOTE.search(part)) or _TICKER_CODE.fullmatch(part):
            parts.append(child.mem_id)
        child = child.next
    return parts


# ----------------------------------------------------------------- pull quotes written as plain lines
# A layout without pull-quote markup writes the quote as a line of its own and its speaker on the next, under the
# subtitle: '"청년이 떠나지 않는 도시를 만들겠다"' then '- 나가람 가상시장' (or '"…" ― 나가람 가상시장' on one
# line). The quote repeats the story's words, and its speaker's line is no text of the story.
_QUOTE_MARKS = {'"': '"', "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』"}
#: a pull quote is this long at most (the quote, with an attribution written on its line)
MAX_PULL_QUOTE_CHARS = 120
#: the speaker's line: a dash, then a name and a title or an organisation (no sentence)
_ATTRIBUTION = re.compile(r"[-–—―~]\s*[가-힣A-Za-z][가-힣A-Za-z0-9·.\s]{1,38}")
_BRACKETED_ATTRIBUTION = re.compile(r"\(\s*[가-힣A-Za-z][가-힣A-Za-z0-9·.\s]{1,38}\)")
_SPOKEN_END = re.compile(r"[다요죠까][.!?]?$")


def is_quotation(text: str) -> bool:
    """A text that is one quotation from its first character to its last (``"…"``, ``“…”``)."""
    close = _QUOTE_MARKS.get(text[:1])
    return close is not None and len(text) > 4 and text.endswith(close) and close not in text[1:-1]


def _is_attribution(line: str) -> bool:
    line = line.strip()
    return (bool(_ATTRIBUTION.fullmatch(line) or _BRACKETED_ATTRIBUTION.fullmatch(line))
            and not _SPOKEN_END.search(line.rstrip(")")))


#: a list's item: a dash, then its text (``- 전기요금 인상``); a line of dashes alone is a separator
_DASH_ITEM = re.compile(r"\s*[-–—―~]\s*[^\s\-–—―~]")


def _is_dash_item(lines: list[str]) -> bool:
    """Whether the (first of the) lines opens with a dash and then text, as the items of a list do (``- 전기요금
    인상``); a lone dash line (``-``, ``―``) separates the quote from the story and is no item."""
    return bool(lines) and bool(_DASH_ITEM.match(lines[0]))


def pull_quote_lines(lines: list[str]) -> int:
    """How many of the first ``lines`` are a pull quote written as text: a quotation line and its speaker's line
    (``"…만들겠다"`` / ``- 나가람 가상시장``), or a quotation with its speaker on its line (``"…" ― 나가람 가상시장``);
    0 when they are not (a quote that opens a sentence of the story, a quotation with no speaker)."""
    if not lines or len(lines[0]) > MAX_PULL_QUOTE_CHARS:
        return 0
    first = lines[0].strip()
    if is_quotation(first):
        speaker = len(lines) > 1 and _is_attribution(lines[1]) and not _is_dash_item(lines[2:3])
        return 2 + _separator_after(lines, 2) if speaker else 0  # a dash item after the dash line: a list
    close = _QUOTE_MARKS.get(first[:1])
    end = first.rfind(close) if close else -1
    if end > 4 and is_quotation(first[:end + 1]) and _is_attribution(first[end + 1:]):
        return 1 + _separator_after(lines, 1)
    return 0


#: a line of dashes alone (``-``, ``―``, ``———``): a separator, never a speaker's line or a list's item
_DASHES_ALONE = re.compile(r"\s*[-–—―~─━]+\s*")


def _separator_after(lines: list[str], count: int) -> int:
    """1 when the line after a pull quote's ``count`` lines is a lone dash line closing the quote, else 0."""
    return int(len(lines) > count and bool(_DASHES_ALONE.fullmatch(lines[count])))


# ----------------------------------------------------------------- a year, then a sentence without its full stop
#: a line that opens with a year (``2024년 …``, ``2024년도 …``, ``2024 …``)
_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}(?:년도?)?\s")
#: the endings of a sentence's predicate (a line ending so is a sentence, its full stop left out)
_PREDICATE_ENDINGS = ("다", "요", "죠", "까")


def year_led_sentence(line: str) -> bool:
    """A line that opens with a year and ends as a sentence's predicate does, without the full stop (``2024년
    가상시에서 태어난 아기가 처음으로 늘었다``): the story's first sentence, no subtitle. A subtitle opening with a
    year is a headline's phrase (``2024년 가상시 예산 12조``) or ends with a quoted remark (``… "늘었다"``)."""
    return bool(_YEAR_OPENING.match(line)) and line.rstrip().endswith(_PREDICATE_ENDINGS)


#: the label a summary box opens with: "AI 요약", "3줄 요약", "세 줄 요약", "기사 요약", "핵심 요약", "요약"
_SUMMARY_LABEL = re.compile(r"\[?\s*(?:ai\s*)?(?:(?:\d|한|두|세)\s*줄|기사|핵심|뉴스|주요\s*내용)?\s*요약"
                            r"(?:쏙|\s*보기)?\s*\]?", re.IGNORECASE)
#: a summary box holds at most this many characters (its label, a few bullet lines and a note)
MAX_SUMMARY_BOX_CHARS = 600


def summary_label(line: str) -> bool:
    """A line that is a summary box's label alone."""
    return len(line) <= 16 and _SUMMARY_LABEL.fullmatch(line.strip()) is not None


def summary_boxes(container: LexborNode) -> frozenset[int]:
    """The ids of the summary boxes inside ``container``: for each element whose text is a summary's label, the
    largest element above it, below ``container``, of at most :data:`MAX_SUMMARY_BOX_CHARS` characters that
    holds more than the label (its bullet lines)."""
    found: set[int] = set()
    for node in container.css(':lexbor-contains("요약")'):
        label = node.text(strip=True) or ""
        if not summary_label(label):
            continue
        box = None
        ancestor = node.parent
        while ancestor is not None and ancestor.mem_id != container.mem_id:
            size = len(ancestor.text(strip=True) or "")
            if size > MAX_SUMMARY_BOX_CHARS:
                break
            if size > len(label):
                box = ancestor
            ancestor = ancestor.parent
        if box is not None:
            found.add(box.mem_id)
    return frozenset(found)
