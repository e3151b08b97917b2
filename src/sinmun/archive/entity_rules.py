"""People, organisations and places from a kiwipiepy token stream (see :mod:`.enrich`).

The tokens are first grouped into noun compounds (:class:`Chunk`: adjacent noun morphemes with
no space between them, ``과학기술정보통신부``); a compound is *linked* to the one before it when
only spaces separate them, which is how Korean news writes ``name [organisation] title``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeGuard

from . import gazetteer as gz

_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "SH"})
#: Words between a name and its title that do not break them apart (``홍길동 전 장관``).
_TRANSPARENT = frozenset({"전", "현", "前", "現", "故", "고"})
_NNB_BREAKS = frozenset({"씨", "등", "측", "쪽", "님", "군", "양", "명", "개", "일", "년", "월", "시", "분", "번"})
_LOCATIVE = frozenset({"에서", "에", "으로", "로", "까지", "부터", "에서의", "앞"})
_NOT_MINISTRY = frozenset({"남부", "북부", "동부", "서부", "중부", "내부", "외부", "일부", "전부", "간부", "정부"})
_SUBJECT = frozenset({"이", "가", "은", "는", "도"})
#: Particles after ``역`` (role) in ``홍길동 역의 배우``, ``홍길동 역을 맡은``.
_QUOTES = frozenset("'\"‘’“”「」『』<>《》〈〉")
_MILITARY_UNIT = re.compile(r"\d+(?:사단|군단|여단|함대|비행단|전투비행단|특전단)")
#: ``채굴 기업 ‘한빛 코인’``: a name in quotes after a word that says it is a company or an outlet.
_QUOTED_ORG = re.compile(r"(?:" + "|".join(sorted(gz.ORG_DESCRIPTORS, key=len, reverse=True))
                         + r")(?:인|은|이|로|으로)?\s*[‘'“\"]([^‘’'“”\"\n]{2,40}?)\s*(?:\([^)]{1,30}\))?[’'”\"]")
_INSTITUTE_ENDINGS = frozenset("원단대")  # the last syllables :func:`_public_institute` accepts
_LIST_SEPARATORS = frozenset({",", "-", "·", "、"})
_PUBLIC_PREFIXES = ("국립", "국가", "한국", "대한", "중앙")
_ROLE_PARTICLES = frozenset({"의", "을", "를", "으로", "로", "은", "는"})
_ORG_SUFFIX_LENGTHS = tuple(sorted({len(s) for s in gz.ORG_SUFFIXES}, reverse=True))
_ONE_SYLLABLE_ORG = frozenset({"부", "처", "당", "원"})
_TITLE_LENGTHS = tuple(sorted({len(t) for t in gz.TITLES}, reverse=True))
_ADMIN = ("특별자치시", "특별자치도", "특별시", "광역시", "시", "군", "구", "동", "읍", "면", "리", "주", "도")
_VENUES = tuple(s for s in gz.PLACE_SUFFIXES if s not in _ADMIN)
_ADMIN_SET, _VENUE_SET = frozenset(_ADMIN), frozenset(_VENUES)
_ADMIN_LENGTHS = tuple(sorted({len(s) for s in _ADMIN}, reverse=True))
_VENUE_LENGTHS = tuple(sorted({len(s) for s in _VENUES}, reverse=True))
#: Venue endings that Korean given names also end with (``최윤길``, ``이민성``).
_NAME_ENDINGS = frozenset({"길", "로", "성", "만", "강", "섬", "항"})
_ACTING_ADMIN = ("시", "군", "구", "특별시", "광역시", "특별자치시", "특별자치도")
_ALL_PLACES = gz.COUNTRIES | gz.REGIONS | gz.PROVINCES | gz.WORLD_CITIES


@dataclass
class Chunk:
    """One noun compound of the text."""

    text: str  # as written (a trailing ``들`` dropped)
    noun: str  # the noun forms joined (for keywords)
    start: int
    end: int
    ntok: int = 1
    nnp: bool = False  # holds a proper-noun morpheme
    tag: str = ""  # the tag of its last morpheme
    user: dict | None = None  # user-dictionary entry, when the compound is one
    linked: bool = False  # only spaces between the previous compound and this one
    after: str = ""  # the morpheme right after it (its form), "" at a break
    after_tag: str = ""
    last: str = ""  # the form of its last morpheme
    first: str = ""  # the form of its first morpheme
    anonymous: bool = False  # written after ``모`` (``모 한빛노조``): a body or person the text does not name


def chunks_of(tokens: list, text: str) -> list[Chunk]:
    """The noun compounds of an analysed text, in order."""
    chunks: list[Chunk] = []
    asides: list[Chunk] = []  # bracketed glosses, kept out of the name-title sequence
    current: Chunk | None = None
    link_open = False  # nothing but spaces (or transparent words) since the last compound
    skip_until = -1
    for index, token in enumerate(tokens):
        if index <= skip_until:
            continue
        tag = token.tag
        if tag == "MM" and _surname_determiner(tokens, index):
            tag = "NNP"  # ``이/MM 영희/NNG``: the analyser read a surname as ``this``
        elif tag == "NP" and token.form == "우리" and _joined_to_noun(tokens, index):
            tag = "NNP"  # ``우리/NP 한빛당/NNP``: a name beginning with ``우리``
        if tag in _NOUN_TAGS:
            start = token.start
            if current is not None and start == current.end:
                _extend(current, token, tag)
                continue
            current = _new_chunk(token, tag, linked=link_open and bool(chunks))
            current.anonymous = _after_mo(tokens, index)
            chunks.append(current)
            link_open = True
            continue
        if _name_piece(current, token, tag):
            _extend(current, token, tag)  # a name the analyser split: ``김/NNP 건/NNB 희/NNG``
            current.noun = current.noun[: -len(token.form)]
            continue
        if tag == "XSN" and current is not None and token.start == current.end:
            current.end = token.start + token.len  # ``경호원들``: the suffix stays out of the text
            continue
        if _bracketed_acronym(tokens, index):
            asides.append(_new_chunk(tokens[index + 1], "SL", linked=False))
            skip_until = index + 2  # ``한빛연구소(HBR) 소장``: the gloss stands apart
            continue
        skipped = _skippable(tokens, index)
        if skipped >= 0:
            skip_until = skipped  # the compound before stays open for what follows the run
            continue
        if current is not None and not current.after:
            current.after, current.after_tag = token.form, tag
        link_open = False
        current = None
    chunks += asides
    for chunk in chunks:
        chunk.text = text[chunk.start:chunk.start + len(chunk.text)] if chunk.text else chunk.text
    return chunks


def _after_mo(tokens: list, index: int) -> bool:
    """The noun follows ``모`` (``a certain``), which anonymises what it names."""
    return index > 0 and tokens[index - 1].form == "모" and tokens[index - 1].tag == "MM"


def _bracketed_acronym(tokens: list, index: int) -> bool:
    return (tokens[index].form == "(" and index + 2 < len(tokens) and tokens[index + 1].tag == "SL"
            and tokens[index + 2].form == ")")


def _name_piece(current: Chunk | None, token, tag: str) -> TypeGuard[Chunk]:
    """A syllable the analyser split off a name (``김/NNP 건/NNB 희``, ``김/NNP 병/NNG 환/XR``)."""
    if current is None or token.start != current.end or not current.nnp or token.form in _NNB_BREAKS:
        return False
    return (tag == "NNB" and current.tag == "NNP") or (
        tag in ("XR", "MAG") and len(token.form) == 1 and len(current.text) == 2)


def _joined_to_noun(tokens: list, index: int) -> bool:
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.start == token.start + token.len and following.tag == "NNP"


def _surname_determiner(tokens: list, index: int) -> bool:
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (len(token.form) == 1 and token.form in gz.SURNAMES and following is not None
            and following.start == token.start + token.len and following.tag in ("NNG", "NNP")
            and len(following.form) <= 2)


def _new_chunk(token, tag: str, linked: bool) -> Chunk:
    form = token.form
    user = token.user_value if isinstance(token.user_value, dict) else None
    return Chunk(form, form, token.start, token.start + token.len, 1, tag == "NNP", tag, user, linked,
                 last=form, first=form)


def _extend(chunk: Chunk, token, tag: str) -> None:
    chunk.text += token.form
    chunk.noun += token.form
    chunk.end = token.start + token.len
    chunk.ntok += 1
    chunk.nnp |= tag == "NNP"
    chunk.tag = tag
    chunk.last = token.form
    chunk.user = None


def _skippable(tokens: list, index: int) -> int:
    """The last index of a run that keeps a name and its title together, or -1.

    ``전``/``현`` between them (``홍길동 전 장관``) and an age in brackets (``홍길동(45) 씨``).
    """
    token = tokens[index]
    if token.form in _TRANSPARENT and token.tag in ("MM", "NNG", "SH", "XPN", "NNB"):
        return index
    if token.form == "무" and index + 1 < len(tokens) and tokens[index + 1].form == "소속":
        return index + 1  # ``홍길동 무소속 의원``: an independent, between the name and the title
    if token.form == "(" and index + 2 < len(tokens) and tokens[index + 1].tag == "SN" \
            and tokens[index + 2].form == ")":
        return index + 2
    return -1


@dataclass
class Found:
    people: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    titles: dict[str, Counter] = field(default_factory=dict)


def find_entities(chunks: list[Chunk], text: str = "") -> Found:
    """People (with titles), organisations and places named in the compounds (of ``text``)."""
    found = Found()
    used = _unnamed(chunks)
    for i, chunk in enumerate(chunks):
        title = title_of(chunk)
        if i in used:
            continue
        if title:
            _person_before(chunks, i, title, found, used)
        elif chunk.linked and chunk.text in gz.COUNTRIES:
            _foreign_before_country(chunks, i, found, used)
        elif chunk.after == "씨" and _name_before_ssi(chunk):
            found.people[chunk.text] += 1
            used.add(i)
    for i, chunk in enumerate(chunks):
        if i not in used:
            _classify(chunks, i, found, used)
    _titles_before_names(chunks, found)
    _listed_names(chunks, found, used)
    _quoted_orgs(text, found)
    _join(found)
    return found


def _listed_names(chunks: list[Chunk], found: Found, used: set[int]) -> None:
    """In a list of names (``홍길동, 김철수, 나가람이 출연했다``) where two or more are people, the
    other name-shaped proper nouns are people too (stage names, names the analyser split)."""
    start = 0
    while start < len(chunks):
        end = start
        while end + 1 < len(chunks) and chunks[end].after in _LIST_SEPARATORS:
            end += 1
        items = range(start, end + 1)
        if end > start and sum(chunks[k].text in found.people for k in items) >= 2:
            for k in items:
                if k not in used and chunks[k].text not in found.people and _listed_name(chunks[k]):
                    found.people[chunks[k].text] += 1
        start = end + 1


def _listed_name(chunk: Chunk) -> bool:
    text = chunk.text
    split = len(text) == 3 and chunk.ntok >= 2 and chunk.first == text[0] in gz.SURNAMES  # ``김/NNP 철수/NNG``
    return (chunk.nnp and (chunk.ntok == 1 or split) and 2 <= len(text) <= 4 and _hangul(text) and chunk.user is None
            and org_name(chunk) is None and place_name(chunk) is None and title_of(chunk) is None
            and text not in gz.NOT_NAMES)


def _quoted_orgs(text: str, found: Found) -> None:
    """Companies and outlets named in quotes after what they are (``채굴 기업 ‘한빛 코인’``); the
    words of such a name are not people, places or other organisations of their own."""
    for match in _QUOTED_ORG.finditer(text):
        name = match.group(1).strip()
        if not name or name in gz.ORG_COMMON:
            continue
        found.orgs[name] += 1
        squeezed = name.replace(" ", "")
        for counter in (found.people, found.places, found.orgs):
            for value in [v for v in counter if v != name and v.replace(" ", "") in squeezed]:
                del counter[value]


def _unnamed(chunks: list[Chunk]) -> set[int]:
    """Compounds that name no real entity: an anonymised one (``모 한빛노조 지부``, with the
    compounds linked after it) and a fictional role (``홍길동 역의 배우``, ``홍길동(김철수 분)``)."""
    unnamed: set[int] = set()
    for i, chunk in enumerate(chunks):
        if chunk.anonymous or (chunk.linked and i - 1 in unnamed and chunks[i - 1].anonymous
                               and title_of(chunk) is None):
            chunk.anonymous = True
            unnamed.add(i)
        elif i + 1 < len(chunks) and chunks[i + 1].linked:
            unnamed.update(_role_played(chunks, i))
    roles = {chunks[i].text for i in unnamed if not chunks[i].anonymous and chunks[i].text != "역"}
    unnamed.update(i for i, chunk in enumerate(chunks) if chunk.text in roles)  # the role's other mentions
    return unnamed


def _role_played(chunks: list[Chunk], i: int) -> tuple[int, ...]:
    """``홍길동 역의``: the role and ``역``; ``홍길동(김철수 분)`` at ``김철수``: the role before the bracket."""
    chunk, following = chunks[i], chunks[i + 1]
    if following.text == "역" and following.after in _ROLE_PARTICLES and _hangul(chunk.text):
        return (i, i + 1)
    if following.text == "분" and following.after == ")" and i > 0 and chunks[i - 1].after == "(":
        return (i - 1,)
    return ()


def _name_before_ssi(chunk: Chunk) -> bool:
    """A name before ``씨``; there a four-syllable name may have a one-syllable surname (``김나가람 씨``)."""
    text = chunk.text
    return korean_name(chunk) or (len(text) == 4 and chunk.nnp and chunk.ntok == 1 and _hangul(text)
                                  and text[0] in gz.SURNAMES and text not in _ALL_PLACES)


def _titles_before_names(chunks: list[Chunk], found: Found) -> None:
    """Roles written before a name: ``배우 홍길동``, ``가수 겸 배우 홍길동``."""
    for i in range(1, len(chunks)):
        chunk, before = chunks[i], chunks[i - 1]
        if chunk.linked and chunk.text in found.people and before.text in gz.PRE_TITLES:
            found.titles.setdefault(chunk.text, Counter())[before.text] += 1


def _classify(chunks: list[Chunk], i: int, found: Found, used: set[int]) -> None:
    chunk = chunks[i]
    if (chunk.linked or " " in chunk.text) and _person_or_group(chunks, i, found, used):
        return  # (each of those needs a word before it, or a spaced name)
    org = org_name(chunk)
    if org:
        _add_org(chunks, i, org, found, used)
        return
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    if chunk.text in gz.AMBIGUOUS_PLACES and following and following.linked and place_name(following):
        found.places[chunk.text] += 1  # ``경기 한빛시``: the province, not a game
        return
    place = place_name(chunk)
    if place and _place_found(chunks, i, place, found, used):
        return
    if title_of(chunk) is None and _merge_with_next(chunks, i, used):
        found.orgs[chunk.text + " " + chunks[i + 1].text] += 1  # ``한빛주 공대``, ``한빛운수부문 노동조합``
        return
    _untitled_person(chunks, i, found, used)


def _untitled_person(chunks: list[Chunk], i: int, found: Found, used: set[int]) -> None:
    """A name with no title: a Korean one (``홍길동이 말했다``) or a foreign subject (``존 스미스는``)."""
    chunk = chunks[i]
    if title_of(chunk) is None and bare_name(chunk, chunks[i + 1] if i + 1 < len(chunks) else None):
        found.people[chunk.text] += 1
    elif chunk.after_tag in ("JKS", "JX") and _foreign_part(chunk):
        _foreign_subject(chunks, i, found, used)


def _person_or_group(chunks: list[Chunk], i: int, found: Found, used: set[int]) -> bool:
    """A sign-off name, a foreign full name read as one word, or a Latin-letter group and its member."""
    chunk = chunks[i]
    if _sign_off(chunks, i) or _spaced_foreign_name(chunk):
        found.people[chunk.text] += 1
        return True
    if _described_org(chunks, i):
        found.orgs[chunk.text] += 1  # ``중국 기업 한빛완다``
        return True
    if not _group_acronym(chunks, i):
        return False
    found.orgs[chunk.text] += 1  # ``그룹 KBC 홍길``: the group, then its member
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    if following and following.linked and _member_name(following):
        found.people[following.text] += 1
        used.add(i + 1)
    return True


def _place_found(chunks: list[Chunk], i: int, place: str, found: Found, used: set[int]) -> bool:
    """Record the place ``chunks[i]`` names (or the body it heads: ``한빛주 공대``); False when the
    name-shaped word is more likely a person."""
    chunk = chunks[i]
    if _merge_with_next(chunks, i, used):
        found.orgs[chunk.text + " " + chunks[i + 1].text] += 1  # ``한빛주 공대``, ``캐나다 에너지부``
        if place in gz.COUNTRIES:
            found.places[place] += 1
        return True
    if not (not korean_name(chunk) or _venue(place) or _in_place_context(chunks, i)):
        return False
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    if following and following.linked and _place_tail(place, following):
        place = place + " " + following.text  # ``광화문 광장``, ``한빛 DC``
        used.add(i + 1)
    target = found.orgs if _acting(chunks, i, place) else found.places
    target[place] += 1
    return True


def _add_org(chunks: list[Chunk], i: int, org: str, found: Found, used: set[int]) -> None:
    """An organisation; a venue when used as a location (``백악관에서``); ``A B`` when ``B`` is a
    suffixed body written after the organisation or place it belongs to (``한빛시 버스노동조합``)."""
    chunk = chunks[i]
    if org in gz.VENUE_ORGS and chunk.after in _LOCATIVE:
        found.places[org] += 1
        return
    if _merge_with_next(chunks, i, used):
        found.orgs[chunk.text + " " + chunks[i + 1].text] += 1
        return
    found.orgs[org] += 1


def _merge_with_next(chunks: list[Chunk], i: int, used: set[int]) -> bool:
    """``A B`` is one organisation: ``B`` is a suffixed body (``운수노동조합연맹``, ``에너지부``) or a
    bare head word (``공대``) after the organisation, country or proper noun ``A``."""
    chunk = chunks[i]
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    if not following or not following.linked or i + 1 in used or following.text == chunk.text:
        return False
    head_word = following.text in gz.ORG_HEADS
    suffixed = _is_suffixed_org(following)
    ministry = chunk.text in gz.COUNTRIES and len(following.text) >= 3 and following.text.endswith(("부", "성", "청")) \
        and following.text not in gz.ORG_COMMON and following.text[-2:] not in _NOT_MINISTRY
    descriptive = chunk.ntok >= 2 and _hangul(chunk.text) and not chunk.nnp  # ``한빛운수부문 노동조합``
    if ministry or _team_name(chunk, following) or (head_word and chunk.nnp) \
            or (suffixed and (descriptive or org_name(chunk))):
        used.add(i + 1)
        return True
    return False


def _team_name(sponsor: Chunk, nickname: Chunk) -> bool:
    """A sports club: a sponsor's name and a plural nickname (``KBC 타이거즈``, ``한빛 이글스``)."""
    text = nickname.text
    return ((sponsor.tag == "SL" and sponsor.text.isupper()) or sponsor.text in gz.KNOWN_ORGS) and nickname.nnp \
        and nickname.ntok == 1 and len(text) >= 3 and _hangul(text) and text.endswith(("스", "즈", "츠"))


def _is_suffixed_org(chunk: Chunk) -> bool:
    text = chunk.text
    return org_name(chunk) == text and text not in gz.KNOWN_ORGS and text not in gz.ORG_ALIASES \
        and chunk.user is None and not (chunk.nnp and chunk.ntok == 1) and chunk.tag != "SL" and not text[0].isdigit()


def _in_place_context(chunks: list[Chunk], i: int) -> bool:
    """A name-shaped word used as a place: after another place (``한빛시 홍길동``) or before ``에서``."""
    chunk = chunks[i]
    before = chunks[i - 1] if i > 0 and chunk.linked else None
    return chunk.after in _LOCATIVE or bool(before and _address_part(before))


def _place_tail(place: str, following: Chunk) -> bool:
    """A word that continues the place before it: a venue word (``광화문 광장``; a country's
    ``시장`` is a market) or a Latin district code (``워싱턴 DC``)."""
    if following.tag == "SL":
        return following.ntok == 1 and following.text in gz.PLACE_CODES
    return following.text in gz.VENUE_WORDS and not (place in gz.COUNTRIES and following.text == "시장")


def _venue(place: str) -> bool:
    """A place named by a venue ending (``-궁``, ``-산``, ``-역``), which given names seldom have."""
    return any(ending not in _NAME_ENDINGS for ending in _endings(place, _VENUE_LENGTHS, _VENUE_SET))


def _address_part(chunk: Chunk) -> bool:
    return chunk.text in gz.AMBIGUOUS_PLACES or bool(place_name(chunk) and not korean_name(chunk))


def _sign_off(chunks: list[Chunk], i: int) -> bool:
    """A broadcast sign-off: ``한빛뉴스 홍길동입니다``."""
    chunk = chunks[i]
    return (i > 0 and chunk.linked and chunks[i - 1].text.endswith("뉴스") and chunk.after == "이"
            and chunk.after_tag == "VCP" and korean_name(chunk, titled=True))


def _acting(chunks: list[Chunk], i: int, place: str) -> bool:
    """A city or province government that acts: ``서울시는 …``, ``서울시 관계자``."""
    chunk = chunks[i]
    if place in gz.COUNTRIES or not place.endswith(_ACTING_ADMIN) or place in gz.PROVINCES \
            or place.endswith(("동", "읍", "면", "리")):
        return False
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    if following and following.linked and place_name(following):
        return False  # ``한빛시 중앙동``: an address
    if chunk.linked and i > 0 and _address_part(chunks[i - 1]):
        return False  # ``경기 한빛시``: an address
    if place.endswith(("시", "특별시", "광역시", "특별자치시", "특별자치도")):
        return chunk.after not in _LOCATIVE
    return chunk.after in _SUBJECT and chunk.after_tag.startswith(("JKS", "JX"))


def title_of(chunk: Chunk) -> str | None:
    """The title a compound is or ends with (``장관``, ``서울시장``, ``PD``)."""
    text = chunk.text
    if text in gz.TITLES:
        return text
    if chunk.tag not in ("NNG", "SL"):
        return None
    for title in _endings(text, _TITLE_LENGTHS, gz.TITLES):
        if len(title) >= 2:
            prefix = text[: -len(title)]
            if prefix in _ALL_PLACES or prefix in gz.CITIES or prefix.endswith(_ADMIN) or prefix in gz.ORG_ALIASES:
                return text  # ``한빛시장``, ``국방장관``
            if chunk.ntok >= 2 and chunk.last == title and title not in gz.AMBIGUOUS_TITLES:
                return text  # a compound role: ``과학기술정책실장``
    return None


def _person_before(chunks: list[Chunk], i: int, title: str, found: Found, used: set[int]) -> None:
    """``name [organisation|place]… title`` ending at ``chunks[i]``."""
    j = i - 1
    skipped = 0
    while j >= 0 and skipped < 2 and chunks[j + 1].linked and _affiliation(chunks[j]):
        j -= 1
        skipped += 1
    if j < 0 or not chunks[j + 1].linked:
        return
    strong = title not in gz.WEAK_TITLES or skipped > 0  # ``존슨 한빛연구소 소장``: the affiliation vouches
    name, first = _foreign_name(chunks, j) if strong else (None, j)
    if name and " " not in name and korean_name(chunks[j], titled=True):
        name = None  # a Korean name (handled below: two syllables need a proper noun)
    if not name or all(korean_name(chunks[k]) for k in range(first, j + 1)):
        if not korean_name(chunks[j], titled=True):
            return
        name, first = chunks[j].text, j
    found.people[name] += 1
    found.titles.setdefault(name, Counter())[title] += 1
    used.update(range(first, j + 1))
    used.add(i)


def _affiliation(chunk: Chunk) -> bool:
    """An organisation or place written between a name and its title."""
    return bool(org_name(chunk) or (place_name(chunk) and not korean_name(chunk)))


def _foreign_before_country(chunks: list[Chunk], i: int, found: Found, used: set[int]) -> None:
    """``존 스미스 캐나다 …``: a foreign name of two or three words before a country."""
    name, first = _foreign_name(chunks, i - 1)
    if name and " " in name:
        found.people[name] += 1
        used.update(range(first, i))


def _foreign_subject(chunks: list[Chunk], i: int, found: Found, used: set[int]) -> None:
    """``존 스미스는 …``: a foreign name of two or three words as the subject, with no title."""
    if chunks[i].text in gz.ORG_SUFFIXES:
        return  # ``한빛 저널은``: a title of a paper
    name, first = _foreign_name(chunks, i)
    if name and " " in name and not any(k in used for k in range(first, i)):
        found.people[name] += 1
        used.update(range(first, i + 1))


def _foreign_name(chunks: list[Chunk], j: int) -> tuple[str | None, int]:
    """Up to three proper-noun words ending at ``chunks[j]`` (``마크 윌슨``)."""
    parts: list[str] = []
    first = j
    while j >= 0 and len(parts) < 3 and _foreign_part(chunks[j], given=bool(parts)):
        parts.insert(0, chunks[j].text)
        first = j
        if not chunks[j].linked:
            break
        j -= 1
    return (" ".join(parts), first) if parts else (None, first)


def _foreign_part(chunk: Chunk, given: bool = False) -> bool:
    """One word of a foreign name; a given name (before the surname) may be one syllable (``존``)."""
    text = chunk.text
    if " " in text:  # ``가람 누리``: a foreign full name the analyser knows as one proper noun
        return chunk.nnp and chunk.ntok == 1 and len(text) <= 20 and all(_hangul(part) for part in text.split())
    return (chunk.nnp and chunk.ntok == 1 and (1 if given else 2) <= len(text) <= 8 and _hangul(text)
            and chunk.user is None and text not in _ALL_PLACES and text not in gz.CITIES and org_name(chunk) is None
            and place_name(chunk) is None)


def korean_name(chunk: Chunk, titled: bool = False) -> bool:
    """Surname + given name (``홍길동``; two syllables only as one proper noun before a title)."""
    text = chunk.text
    if not _hangul(text) or chunk.user is not None or chunk.ntok > 3:
        return False
    if text in _ALL_PLACES or text in gz.CITIES or text in gz.TITLES or text in gz.ORG_COMMON or text in gz.NOT_NAMES:
        return False
    if text[:-1] in _ALL_PLACES or text[:-1] in gz.CITIES or text in gz.NOT_ORGS:
        return False  # ``한빛시``: a known place and its unit
    if any(syllable in gz.LOANWORD_SYLLABLES for syllable in text[1:]):
        return False  # ``오스카``, ``마이클``: a loanword, not a Korean given name
    if len(text) == 4:
        return text[:2] in gz.SURNAMES2
    if len(text) == 2:
        return titled and chunk.ntok == 1 and chunk.nnp and text[0] in gz.SURNAMES
    return len(text) == 3 and text[0] in gz.SURNAMES and (chunk.nnp or chunk.ntok >= 2)


def bare_name(chunk: Chunk, following: Chunk | None = None) -> bool:
    """A name-shaped proper noun with no title (``홍길동이 말했다``), not the first word of a
    longer foreign name (``마이클 스미스``)."""
    if following is not None and following.linked and _foreign_part(following):
        return False
    return chunk.ntok == 1 and chunk.nnp and len(chunk.text) in (3, 4) and korean_name(chunk) \
        and org_name(chunk) is None


def org_name(chunk: Chunk) -> str | None:
    """The organisation a compound names (canonical form), or None."""
    text = chunk.text
    if chunk.user is not None:
        return gz.org_canonical(chunk.user["name"]) if chunk.user.get("kind") == "org" else None
    if text in gz.NOT_ORGS or text in gz.ORG_COMMON or len(text) < 2 or chunk.tag == "SH":
        return None
    if text.endswith("뉴스") and text[:-2] in gz.KNOWN_ORGS:
        return text[:-2]  # ``MBC뉴스`` in a sign-off
    if text in gz.ORG_ALIASES or text in gz.KNOWN_ORGS:
        return gz.org_canonical(text)
    if text[-1] in _INSTITUTE_ENDINGS and _public_institute(chunk):
        return text
    if text.endswith(gz.ORG_BAD_ENDINGS):
        return None
    if chunk.ntok >= 2 and chunk.tag == "NNP" and chunk.first in gz.KNOWN_ORGS and chunk.first not in gz.NOT_ORGS:
        return text  # a group's company: ``한빛플레이``, ``SK한빛``
    for suffix in _endings(text, _ORG_SUFFIX_LENGTHS, gz.ORG_SUFFIXES):
        return text if _suffix_org(chunk, suffix) else None
    if _acronym_actor(chunk):
        return text  # ``KBC는``, ``KBC의``: an acronym acting or owning
    if chunk.nnp and chunk.ntok == 1 and len(text) >= 3 and text.endswith("대") and _hangul(text):
        return text  # a university's short form: ``한빛대``
    return None


def _one_syllable_org(chunk: Chunk, suffix: str) -> bool:
    """``한빛부``, ``한빛처``, ``한빛당``; not a loanword that ends so (``인프라스트럭처``)."""
    text = chunk.text
    return len(text) >= 3 and (chunk.nnp or chunk.ntok >= 2) and suffix != "원" \
        and not any(syllable in gz.LOANWORD_SYLLABLES for syllable in text[: -len(suffix)])


def _public_institute(chunk: Chunk) -> bool:
    """``국립한빛원``, ``한국한빛원``: a public institute (``-원`` alone ends too many common words);
    ``31사단``: a numbered military unit."""
    text = chunk.text
    if _MILITARY_UNIT.fullmatch(text):
        return True
    return (chunk.nnp and chunk.ntok == 1 and len(text) >= 4 and text.endswith("원")
            and text.startswith(_PUBLIC_PREFIXES))


def _acronym_actor(chunk: Chunk) -> bool:
    """An acronym acting or owning (``KBC는``), or an outlet in a dateline (``[KBC=서울]``)."""
    text = chunk.text
    return (chunk.tag == "SL" and chunk.ntok == 1 and 2 <= len(text) <= 6 and text.isupper() and text.isalpha()
            and text not in gz.NOT_ORG_ACRONYMS
            and (chunk.after_tag in ("JKS", "JX", "JKG", "JC", "JKB") or chunk.after == "="))


def _spaced_foreign_name(chunk: Chunk) -> bool:
    """A foreign full name the analyser read as one proper noun (``가람 누리``), not a quoted title."""
    return " " in chunk.text and _foreign_part(chunk) and org_name(chunk) is None and chunk.after not in _QUOTES


def _described_org(chunks: list[Chunk], i: int) -> bool:
    """A proper noun right after a word that says it is a company or an outlet (``중국 기업 한빛완다``)."""
    chunk = chunks[i]
    return (i > 0 and chunk.linked and chunks[i - 1].text in gz.ORG_DESCRIPTORS and chunk.nnp and chunk.ntok == 1
            and len(chunk.text) >= 2 and chunk.user is None and place_name(chunk) is None
            and chunk.text not in gz.TITLES)


def _group_acronym(chunks: list[Chunk], i: int) -> bool:
    """A music group written in Latin letters after ``그룹``/``밴드`` (``그룹 KBC``)."""
    chunk = chunks[i]
    return (i > 0 and chunk.linked and chunks[i - 1].text in gz.GROUP_WORDS and chunk.tag == "SL"
            and chunk.ntok == 1 and chunk.text not in gz.NOT_ORG_ACRONYMS)


def _member_name(chunk: Chunk) -> bool:
    """A member's (stage) name right after their group: one proper noun of two to four syllables."""
    text = chunk.text
    return (chunk.nnp and chunk.ntok == 1 and 2 <= len(text) <= 4 and _hangul(text) and chunk.user is None
            and org_name(chunk) is None and place_name(chunk) is None and text not in gz.TITLES)


def _suffix_org(chunk: Chunk, suffix: str) -> bool:
    text = chunk.text
    prefix = text[: -len(suffix)]
    if suffix in _ONE_SYLLABLE_ORG:
        return _one_syllable_org(chunk, suffix)
    if suffix in ("공사", "조합", "의회", "연구원", "센터") and not (chunk.nnp or prefix[:2] in ("한국", "대한")
                                                           or prefix in _ALL_PLACES or prefix in gz.CITIES):
        return False
    if suffix in gz.INDUSTRY_SUFFIXES:
        return chunk.nnp or not _hangul(prefix)  # ``한빛바이오``, not the field ``첨단바이오``
    return chunk.nnp or chunk.ntok >= 2 or not _hangul(prefix)


def place_name(chunk: Chunk) -> str | None:
    """The place a compound names, or None."""
    text = chunk.text
    if chunk.user is not None:
        return text if chunk.user.get("kind") == "place" else None
    if text in gz.HANJA_PLACES:
        return gz.HANJA_PLACES[text]
    if text in gz.AMBIGUOUS_PLACES:
        return None  # decided by :func:`_address_place`
    if text in _ALL_PLACES or (text in gz.CITIES and chunk.nnp):
        return text
    if text in gz.PLACE_COMMON or not _hangul(text) or len(text) < 2:
        return None
    if _area_of(chunk):
        return text[: -len(chunk.last)]  # ``한빛지역``: the place, not a venue ending in ``역``
    for suffix in _endings(text, _ADMIN_LENGTHS, _ADMIN_SET):
        prefix = text[: -len(suffix)]
        known = prefix in gz.CITIES or prefix in gz.PROVINCES or prefix in _ALL_PLACES
        unit_apart = chunk.ntok == 2 and chunk.last == suffix  # ``한빛/NNP 구/NNG``
        return text if known or (chunk.nnp and (chunk.ntok == 1 or unit_apart) and len(text) >= 3) else None
    return _venue_name(chunk)


def _venue_name(chunk: Chunk) -> str | None:
    """A place named by a venue ending (``한빛역``, ``한빛광장``), not a city's mayor (``한빛시장``)."""
    text = chunk.text
    for suffix in _endings(text, _VENUE_LENGTHS, _VENUE_SET):
        if _mayor(text, suffix):
            return None
        if len(text) > len(suffix) + 1 and (chunk.nnp or text[: -len(suffix)] in _ALL_PLACES):
            return text
    return None


def _mayor(text: str, suffix: str) -> bool:
    prefix = text[: -len(suffix)]
    return suffix == "시장" and (prefix in gz.PROVINCES or prefix in gz.CITIES)


def _area_of(chunk: Chunk) -> bool:
    """A known place with an area word glued after it (``인천지역``, ``서울일대``)."""
    if chunk.ntok < 2 or chunk.last not in gz.AREA_WORDS:
        return False
    prefix = chunk.text[: -len(chunk.last)]
    return prefix in _ALL_PLACES or prefix in gz.CITIES


def _join(found: Found) -> None:
    """Aliases within one article: ``스미스`` = ``존 스미스``; ``한빛`` = ``한빛그룹``;
    ``민주당`` = ``더불어민주당`` when both occur; a person's name is neither an organisation nor a place."""
    for short in list(found.people):
        longer = [p for p in found.people if p != short and p.endswith(" " + short)]
        if len(longer) == 1:
            _move(found.people, short, longer[0])
            if short in found.titles:
                found.titles.setdefault(longer[0], Counter()).update(found.titles.pop(short))
    for short in list(found.orgs):
        full = gz.ORG_ALIASES.get(short)
        if short in gz.CONTEXT_ALIASES and full is not None and full in found.orgs:
            _move(found.orgs, short, full)
        for suffix in gz.GROUP_SUFFIXES:
            if short + suffix in found.orgs:
                _move(found.orgs, short, short + suffix)
                break
    for name in found.people:
        found.orgs.pop(name, None)
        found.places.pop(name, None)


def _move(counter: Counter, old: str, new: str) -> None:
    if old in counter:
        counter[new] += counter.pop(old)


def _endings(text: str, lengths: tuple[int, ...], table: frozenset[str]) -> Iterator[str]:
    """The words of ``table`` that ``text`` ends with (and is longer than), longest first."""
    size = len(text)
    for length in lengths:
        if length < size and text[size - length:] in table:
            yield text[size - length:]


def _hangul(text: str) -> bool:
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)
