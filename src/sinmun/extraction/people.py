"""Helpers of the reporter sources: bylines, datelines and author metadata as reporter lists.

The reporter rule (``FIELD_RULES["reporters"]``): the first source that names anyone decides who the
reporters are; the other sources only lend e-mails to the same names. A lone reporter without an
e-mail takes the one unclaimed e-mail of the byline lines cleaning removed, or, when a byline slot
or the metadata named the reporter (not the article text), of the profile's e-mail slot and the
author meta tags.
"""
from __future__ import annotations

import re

from ..article import Reporter
from .bylines import clean_author, looks_like_a_name, names_the_outlet, other_stories_link
from .clean import EMAIL_RE, add_reporter, dateline_reporters, find_reporters, is_byline_line, normalize_space
from .metadata import Author
from .presses import is_press_name, press_key
from .resolve import Context, Resolution
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..sites.base import _matches_itself, select_all, select_all_among

GENERIC_BYLINE = (".byline", ".reporter", ".writer", ".journalist", ".author", "[rel='author']", "[itemprop='author']",
                  ".info-text li", ".reporter_name", ".name_reporter", ".reporter-name", ".journalist_name",
                  ".journalist-name", ".writer_name", ".writer-name", ".author_name", ".author-name",
                  # a name slot marked by its id alone, often hidden (``<span id="XX_CreatorName"
                  # style="display:none">홍길동</span>``): an id that says whose name it holds
                  "[id$=CreatorName]", "[id$=creatorName]", "[id$=ReporterName]", "[id$=reporterName]",
                  "[id$=reporter_name]", "[id$=WriterName]", "[id$=writerName]", "[id$=writer_name]",
                  "[id$=writeName]", "[id$=WriteName]")
#: the story's dateline is looked for in this many opening paragraphs
DATELINE_PARAGRAPHS = 3
_BARE_NAME = re.compile(r"^[가-힣]{2,4}$")
#: the winning source -> how its lone reporter may find an e-mail: 'page' (removed byline lines, then the
#: profile's e-mail slot and author meta tags), 'bylines' (removed byline lines only, for the lead reporter)
LONE_EMAIL = {"profile byline": "page", "byline markup": "page", "header byline": "page", "author metadata": "page",
              "body text": "bylines"}
_AUTHOR_TAG_WORDS = ("author", "reporter", "email", "byl")


#: a byline this close under a list item that also links another story's headline is that story's
_TEASER_LEVELS = 3
_MIN_HEADLINE_LINK_CHARS = 8


def generic_byline_texts(found: list[LexborNode]) -> list[str]:
    """The texts of the first generic byline selector that matches any of ``found`` (the nodes one walk of
    the tree found), leaving out the bylines of other stories' teasers (a list item holding a headline
    link beside the byline)."""
    return select_all_among([node for node in found if not _in_teaser(node)], GENERIC_BYLINE)


#: the class words of a slot that holds the reporter's name alone (``<span class="writer">홍길동</span>``)
_NAME_SLOT_WORDS = re.compile(r"byline|reporter|write|journalist|creator", re.I)
#: what such a slot may hold that is no one's name
_NO_ONE = {"관리자", "운영자", "편집자", "작성자", "글쓴이", "익명", "담당자", "편집팀", "기자단", "취재팀"}


def name_slot_reporters(nodes: list[LexborNode]) -> list[Reporter]:
    """The names of the first byline slot that holds a name and nothing else (not in another story's
    teaser): the byline of a layout that writes no 기자 after the name."""
    for node in nodes:
        attrs = node.attributes
        label = " ".join(attrs.get(name) or "" for name in ("class", "rel", "id", "itemprop"))
        if not (_NAME_SLOT_WORDS.search(label) or "author" in label):
            continue
        found = _names_alone(node) or _one_name_among_parts(node, _NAME_PARTS)
        if found and not _in_teaser(node):
            return found
    return []


def _names_alone(node: LexborNode) -> list[Reporter]:
    """The names a slot holds when its text is names and nothing else."""
    names = bare_names(node.text(separator=" ", strip=True) or "")
    found: list[Reporter] = []
    for reporter in names:
        if reporter.name not in _NO_ONE:
            add_reporter(found, reporter.name, None)
    return found if len(found) == len(names) else []


def card_reporters(node: LexborNode, text: str) -> list[Reporter]:
    """The reporters a reporter card names (``홍길동 기자``), unless it sits in another story's teaser; a lone
    reporter without an e-mail takes the card's ``mailto:`` link (``<a href="mailto:…">이메일</a>``)."""
    found = find_reporters(text) or _lone_name_in_card(node, text)
    if not found or _in_teaser(node):
        return []
    if len(found) == 1 and not found[0].email:
        found[0].email = _card_email(node)
    return found


#: a card's label that says whose card it is: ``기자``, ``기자 프로필``, ``기자 정보``, ``기자명``
_CARD_LABEL = re.compile(r"(?<![가-힣])기자(?:\s*(?:프로필|정보|소개|명))?(?![가-힣])")
#: the elements of a card that may hold the reporter's name alone
_CARD_PARTS = "strong, b, em, span, p, a, dt, dd, div, h3, h4, h5, li"


def _lone_name_in_card(node: LexborNode, text: str) -> list[Reporter]:
    """The one name a card labelled as a reporter's (``기자 프로필``) shows in an element of its own, with the
    title elsewhere (``<span>기자 프로필</span><strong>홍길동</strong><span>가상일보 사회부</span>``); none when the
    card shows no such name or several."""
    return _one_name_among_parts(node, _CARD_PARTS) if _CARD_LABEL.search(text) else []


#: the elements of a byline slot that may hold the name alone: those whose class says so (``span.name``)
_NAME_PARTS = "[class*=name], [class*=Name]"


def _one_name_among_parts(node: LexborNode, parts: str) -> list[Reporter]:
    """The one name that an element of a byline slot or card (of those ``parts`` selects) shows alone (``<span
    class="name">홍길동</span>`` beside the desk and the e-mail), with the e-mail of its ``mailto:`` link; none for
    several names."""
    names = {part.text(strip=True) for part in node.css(parts)} - {""}
    found = [Reporter(name=name) for name in sorted(names) if looks_like_a_name(name) and name not in _NO_ONE]
    if len(found) != 1:
        return []
    found[0].email = _card_email(node)
    return found


#: the elements that may hold a link to the reporter's other stories, or a heading over a list of them
_OTHER_STORIES_ELEMENTS = "a, h2, h3, h4, h5, strong, dt"
#: a short such element's text: a longer one is a teaser
_MAX_OTHER_STORIES_CHARS = 40


def other_stories_reporters(tree: LexborHTMLParser) -> list[Reporter]:
    """The reporter named by the first link to a reporter's other stories (``홍길동 기자의 다른 기사 보기``) or
    heading over them (``<h3>홍길동 기자의 다른 기사</h3>``) that is in no other story's teaser."""
    for node in tree.css(_OTHER_STORIES_ELEMENTS):
        text = node.text(separator=" ", strip=True) or ""
        if len(text) > _MAX_OTHER_STORIES_CHARS or (found := other_stories_link(text)) is None or _in_teaser(node):
            continue
        reporters: list[Reporter] = []
        add_reporter(reporters, found["name"], None)
        if reporters:
            return reporters
    return []


#: a mailto link's text that says it is an e-mail address (the reporter's): none, the address, "이메일", "E-mail"
_EMAIL_LABEL = re.compile(r"^(?:|[^\s@]+@[^\s@]+|이메일|메일|e-?mail|mail|✉|📧)(?:\s*보내기)?$", re.I)
#: the mailboxes of a newsroom, not of a reporter: tips, the webmaster, general enquiries
_DESK_MAILBOX = re.compile(r"^(?:webmaster|admin|help|info|jebo|tip|tips|contact|master|newsroom|news|press)\b",
                           re.I)


def _card_email(node: LexborNode) -> str | None:
    """The e-mail of a reporter card's ``mailto:`` link labelled as an e-mail (``<a href="mailto:…">이메일</a>``);
    none for a newsroom's mailbox or a link for tips (``기사제보``, ``jebo@…``)."""
    link = node.css_first("a[href^='mailto:']")
    if link is None or not _EMAIL_LABEL.match(link.text(strip=True) or ""):
        return None
    address = EMAIL_RE.search(link.attributes.get("href") or "")
    return address.group() if address and not _DESK_MAILBOX.match(address.group()) else None


def _in_teaser(node: LexborNode) -> bool:
    own = node.text(separator=" ", strip=True) or ""
    ancestor = node.parent
    for _ in range(_TEASER_LEVELS):
        if ancestor is None:
            return False
        if ancestor.tag == "li":
            return any(len(text := (a.text(strip=True) or "")) >= _MIN_HEADLINE_LINK_CHARS and text not in own
                       for a in ancestor.css("a"))
        ancestor = ancestor.parent
    return False


def bare_names(text: str) -> list[Reporter]:
    """A slot that holds only names (``홍길동·김철수``)."""
    parts = [p for p in re.split(r"\s*[·ㆍ,/]\s*|\s+", text.strip()) if p]
    if not 0 < len(parts) <= 4 or not all(_BARE_NAME.match(p) for p in parts):
        return []
    if len(parts) > 1 and not all(looks_like_a_name(p) for p in parts):
        return []  # words of a phrase ("가상시 관계자가 밝혔다"), no names
    return [Reporter(p) for p in parts]


def from_byline_texts(texts: list[str], *, bare: bool) -> list[Reporter]:
    """Reporters of byline slots; ``bare``: a slot of names alone counts (a profile's slot is a byline)."""
    found: list[Reporter] = []
    for text in texts:
        for reporter in find_reporters(text) or (bare_names(text) if bare else []):
            add_reporter(found, reporter.name, reporter.email)
    return found


#: what parts the pieces of a header line: "2025-11-20 ㅣ 홍길동 ㅣ 조회 12", "2025-11-20 10:12 | 홍길동"
_HEADER_BARS = re.compile(r"\s*[|ㅣ│]\s*")
_DATED_PIECE = re.compile(r"(?:19|20)?\d{2}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}")
#: a name written alone in such a line is a whole Korean name of three syllables (two are as often a desk or a
#: section: ``사회``, ``정치``)
_FULL_NAME = re.compile(r"[가-힣]{3}")
#: such a line has this many pieces at most
MAX_HEADER_PIECES = 5


def dated_line_names(texts: list[str]) -> list[Reporter]:
    """The reporter a header line of dates names alone between its bars, without a title (``2025-11-20 ㅣ 홍길동 ㅣ
    조회 12``, ``입력 2025-11-20 10:12 | 홍길동``): one piece a whole Korean name, each other piece with a digit
    in it (a date, a time, a count), one of them a date; the first such line."""
    for text in texts:
        pieces = [piece for piece in _HEADER_BARS.split(text.strip()) if piece]
        if 2 <= len(pieces) <= MAX_HEADER_PIECES and any(_DATED_PIECE.search(piece) for piece in pieces):
            name = _lone_name_among_counts(pieces)
            if name:
                return [Reporter(name=name)]
    return []


def _lone_name_among_counts(pieces: list[str]) -> str | None:
    names = [piece for piece in pieces if _FULL_NAME.fullmatch(piece) and looks_like_a_name(piece)]
    rest = [piece for piece in pieces if piece not in names]
    if len(names) == 1 and names[0] not in _NO_ONE and all(re.search(r"\d", piece) for piece in rest):
        return names[0]
    return None


#: a Latin byline slot's text is shorter than this
MAX_LATIN_BYLINE_CHARS = 120


def latin_byline_reporters(found: list[LexborNode]) -> list[Reporter]:
    """The reporters of the first byline slot, in document order, of a page in a Latin script (``By Kim Chul-soo
    (kcs@x.example)``, ``Jane Doe and John Roe``), read as an author field is
    (:func:`~sinmun.extraction.bylines.clean_author`: outlets, desks, wire titles and labels name no one); not a
    slot in another story's teaser. ``found``: the nodes one walk of the tree found, byline slots among them."""
    selector = ", ".join(GENERIC_BYLINE)
    for node in {n.mem_id: n for n in found}.values():
        if _in_teaser(node) or not _matches_itself(node, selector):
            continue
        text = normalize_space(node.text(separator=" ") or "")
        if len(text) < MAX_LATIN_BYLINE_CHARS and (reporters := clean_author(text)):
            return reporters
    return []


def with_byline_lines(credited: list[Reporter], line_reporters: list[Reporter]) -> list[Reporter]:
    """A story's credited reporters, with the e-mails (and, when it credits none, the names) of its byline lines."""
    reporters = [Reporter(r.name, r.email) for r in credited]
    for reporter in line_reporters:
        if not reporters or any(r.name == reporter.name for r in reporters):
            add_reporter(reporters, reporter.name, reporter.email)
    return reporters


def from_body(paragraphs: list[str], line_reporters: list[Reporter]) -> list[Reporter]:
    """The opening dateline's reporters (``(서울=연합뉴스) 홍길동 기자 =``), then those of removed byline lines."""
    found: list[Reporter] = []
    # the dateline opens the story, which may follow a subtitle line or two the body kept
    dateline = next((r for p in paragraphs[:DATELINE_PARAGRAPHS] if (r := dateline_reporters(p))), [])
    for reporter in dateline + line_reporters:
        add_reporter(found, reporter.name, reporter.email)
    return found


def from_authors(authors: list[Author]) -> list[Reporter]:
    found: list[Reporter] = []
    for person in authors:
        for reporter in clean_author(person["name"]):  # titles, outlets, desks and e-mails taken off
            add_reporter(found, reporter.name, reporter.email or person.get("email"))
    return found


def settle(ctx: Context, resolution: Resolution, removed: list[str]) -> None:
    """The winner's reporters, with e-mails the other sources pair with the same names, and a lone e-mail."""
    winner = resolution.winner
    if winner is None:
        return
    reporters = [Reporter(r.name, r.email) for r in winner.value]
    _lend_emails(reporters, resolution)
    policy = LONE_EMAIL.get(winner.source)
    lone = len(reporters) == 1 or policy == "bylines"
    if policy and lone and reporters and not reporters[0].email:
        reporters[0].email = lone_email(ctx, removed, trust_page_slots=policy == "page" and len(reporters) == 1)
        if reporters[0].email:
            resolution.notes.append(f"lone e-mail {reporters[0].email} given to {reporters[0].name}")
    resolution.value = reporters


def _lend_emails(reporters: list[Reporter], resolution: Resolution) -> None:
    """A reporter without an e-mail takes the one another source pairs with the same name."""
    offered: list[list[Reporter]] = [c.value for c in resolution.offers if c.problem is None]
    for reporter in reporters:
        if reporter.email:
            continue
        reporter.email = next((r.email for found in offered for r in found if r.name == reporter.name and r.email),
                              None)
        if reporter.email:
            resolution.notes.append(f"e-mail of {reporter.name} lent by another source")


def lone_email(ctx: Context, removed: list[str], *, trust_page_slots: bool) -> str | None:
    found = _unclaimed_byline_email(removed)
    if found is not None or not trust_page_slots:
        return found
    return _slot_email(ctx)


def _unclaimed_byline_email(removed: list[str]) -> str | None:
    """The one e-mail of the removed byline lines that no named reporter claims."""
    claimed = {r.email for line in removed for r in find_reporters(line) if r.email}
    in_bylines = [m for line in removed if is_byline_line(line) for m in EMAIL_RE.findall(line) if m not in claimed]
    return in_bylines[0] if len(set(in_bylines)) == 1 else None


def _slot_email(ctx: Context) -> str | None:
    """The first e-mail of the profile's e-mail slot, else of the meta tags meant for the author."""
    profile = ctx.profile
    slots = select_all(ctx.page.tree, profile.reporter_email) if profile and profile.reporter_email else []
    if not slots:  # meta tags meant for the author, not a description that mentions a tip-off address
        slots = [v for k, v in ctx.meta.tags.items() if any(w in k for w in _AUTHOR_TAG_WORDS)]
    found = [m for text in slots for m in EMAIL_RE.findall(text)]
    return found[0] if found else None


def without_press(reporters: list[Reporter], press: str | None) -> list[Reporter]:
    """A byline that names only the outlet (``뉴스타파 webmaster@…``) names no reporter."""
    key = press_key(press or "")
    return [r for r in reporters
            if press_key(r.name) != key and not is_press_name(r.name) and not names_the_outlet(r.name, press)]
