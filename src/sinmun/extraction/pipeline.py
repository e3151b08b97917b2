"""The pipeline: parse -> site profile -> content -> metadata -> clean -> Article."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .. import sites
from .arc import ANS_START, apply_ans
from ..article import Article, Image, Reporter
from .clean import (EMAIL_RE, is_byline_line, add_reporter, clean_paragraphs, dateline_reporters, find_reporters,
                    is_copyright, normalize_space)
from .content import caption_texts, find_body_node, read_images, read_paragraphs, widen_body
from .dates import When, dates_in_paths, labelled_dates, parse_date, reference_day
from .fragments import comment_count_from_text, related_from_text, split_dump, title_from_lead
from .metadata import PageMeta, read_meta
from .pagekind import judge_page
from . import wayback
from .parse import Page, load
from .presses import clean_press, is_press_name, press_from_copyright, press_from_domain, press_key
from ..sites.base import SiteProfile, select_all, select_first

PORTAL_HOSTS = {"v.daum.net": "daum", "news.v.daum.net": "daum", "m.news.daum.net": "daum",
                "n.news.naver.com": "naver", "news.naver.com": "naver", "m.news.naver.com": "naver",
                "entertain.naver.com": "naver", "sports.news.naver.com": "naver"}
# Markup only the portals' article pages have; host names would match any page that links there.
PORTAL_MARKERS = {"daum": ("dmcf-ptype",), "naver": ('id="dic_area"', "media_end_head_headline")}
GENERIC_BYLINE = (".byline", ".reporter", ".writer", ".journalist", ".author", "[rel='author']",
                  ".info-text li", ".reporter_name", ".name_reporter")
GENERIC_SUBTITLE = ("h2.subheadline", ".subheadline", ".sub_title", ".subtitle", ".sub-title", ".article-subtitle",
                    ".article_subtitle", "[itemprop='alternativeHeadline']")
_TITLE_SUFFIX = re.compile(r"\s*(?:[|｜:]|\s-\s|::|<)\s*[^|｜:<]{1,30}$")
_BARE_NAME = re.compile(r"^[가-힣]{2,4}$")
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")


def extract(html: str | bytes, url: str | None = None, *, reference_date: date | str | None = None,
            charset: str | None = None) -> Article:
    """Extract one news page into an :class:`Article`.

    ``html`` is the page as text or bytes (bytes are decoded by the declared charset or by
    detection). ``url`` helps pick the site profile and resolve relative links;
    ``reference_date`` supplies the year for dates the page writes without one; ``charset`` is the
    HTTP header's charset, when the page came with one.
    Raises :class:`sinmun.errors.SinmunError` for input that is not a page at all, and
    :class:`sinmun.extraction.dates.ReferenceDateError` (a SinmunError) for a ``reference_date`` that names no day.
    """
    html, url, reference_date, capture = wayback.as_original(html, url, reference_date)
    reference = reference_day(reference_date)
    page = load(html, charset)
    meta = read_meta(page.tree)
    page_url = url or meta.canonical_url
    profile = sites.match(page_url, page.html, page.tree, when=reference)
    article = Article(url=url, canonical_url=meta.canonical_url, warnings=list(page.warnings))
    article.site = f"{profile.name}/{profile.version}" if profile else None
    article.warnings += wayback.capture_warnings(capture)
    dump = split_dump(page.html) if page.is_fragment else None

    removed = _read_body(page, profile, article, page_url)
    _read_title(page, profile, meta, dump, article)
    if article.body_paragraphs and article.body_paragraphs[0] == article.title:
        article.body_paragraphs.pop(0)  # the headline repeated inside the container
        article.boilerplate_removed += 1
    _read_dates(page, profile, meta, dump, article, reference)
    _read_people(page, profile, meta, article, removed)
    _read_press(page, profile, meta, article, page_url)
    _drop_press_reporters(article)
    _read_misc(page, profile, meta, dump, article)
    if profile and profile.finish:
        profile.finish(page, article)
    elif profile is None and ANS_START in page.html:
        apply_ans(page, article)
    declared_language = (meta.language or "").split("-")[0].lower()
    article.language = _language(" ".join(article.body_paragraphs)) or declared_language or None
    _judge(article, page, profile, page_url)
    return article


# ----------------------------------------------------------------- body
def _read_body(page: Page, profile: SiteProfile | None, article: Article, base_url: str | None) -> list[str]:
    """Fill body, images, copyright and body bylines; return the lines cleaning removed."""
    node, method = find_body_node(page.tree, profile.body if profile else ())
    if node is None:
        return []
    drop = profile.drop if profile else ()
    parts = [node] if method == "profile" else widen_body(node)
    paragraphs = [p for part in parts for p in read_paragraphs(part, drop)]
    captions = set().union(*(caption_texts(part) for part in parts))
    caption_selectors = profile.caption if profile else ()
    images = _unique_images([i for part in parts for i in read_images(part, base_url, caption_selectors)])
    if profile and profile.lead_images:
        lead = [i for s in profile.lead_images for n in page.tree.css(s)
                for i in read_images(n, base_url, caption_selectors)]
        images = lead + [i for i in images if i.url not in {x.url for x in lead}]
    captions |= {i.caption for i in images if i.caption}
    read = len(paragraphs)
    paragraphs = [p for p in paragraphs if p not in captions]
    caption_lines = read - len(paragraphs)
    cleaned = clean_paragraphs(paragraphs)
    article.body_paragraphs = cleaned.paragraphs
    article.images = images
    article.copyright = cleaned.copyright
    article.reporters = cleaned.reporters
    article.boilerplate_removed = len(cleaned.removed) + caption_lines
    if method == "scoring":
        article.warnings.append("body found by content scoring")
    return cleaned.removed


def _unique_images(images: list[Image]) -> list[Image]:
    """The first of each image URL (a split body's parts may show the same photo)."""
    unique: dict[str, Image] = {}
    for image in images:
        unique.setdefault(image.url, image)
    return list(unique.values())


# ----------------------------------------------------------------- title
def _read_title(page: Page, profile: SiteProfile | None, meta: PageMeta, dump, article: Article) -> None:
    title = select_first(page.tree, profile.title) if profile else None
    if not title and dump is not None:
        title = title_from_lead(dump.lead)
    if not title:
        title = meta.headline or _strip_site_suffix(meta.meta.get("og:title"), meta) or _h1(page)
    if not title:
        title_node = page.tree.css_first("title")
        title = _strip_site_suffix(title_node.text(strip=True) if title_node else None, meta)
    article.title = normalize_space(title) if title else None
    subtitle = select_all(page.tree, profile.subtitle if profile else GENERIC_SUBTITLE)
    subtitle = [s for s in subtitle if s != article.title and len(s) < 300]
    article.subtitle = " / ".join(dict.fromkeys(subtitle)) if subtitle else None


def _strip_site_suffix(title: str | None, meta: PageMeta) -> str | None:
    if not title:
        return None
    title = normalize_space(title)
    site = meta.site_name
    if site and title.endswith(site) and len(title) > len(site) + 5:
        return re.sub(r"[\s|:｜<\-]+$", "", title[: -len(site)]).strip() or title
    if site and title.startswith(site) and len(title) > len(site) + 5:
        return re.sub(r"^[\s|:｜>\-]+", "", title[len(site):]).strip() or title
    stripped = _TITLE_SUFFIX.sub("", title)
    return stripped if len(stripped) >= 8 else title


def _h1(page: Page) -> str | None:
    node = page.tree.css_first("h1")
    text = node.text(strip=True) if node else ""
    return text if len(text) >= 5 else None


# ----------------------------------------------------------------- dates
def _read_dates(page: Page, profile: SiteProfile | None, meta: PageMeta, dump, article: Article,
                reference: date | None) -> None:
    published_text = updated_text = None
    if profile:
        published_text = select_first(page.tree, profile.published)
        updated_text = select_first(page.tree, profile.updated)
        line = select_first(page.tree, profile.date_line) if profile.date_line else None
        if line:
            labelled = labelled_dates(line)
            published_text = published_text or labelled.get("published")
            updated_text = updated_text or labelled.get("updated")
    if dump is not None and not published_text:
        labelled = labelled_dates(dump.lead)
        published_text = labelled.get("published")
        updated_text = updated_text or labelled.get("updated")
    years = _YearSource(page, article, reference)
    published = years.when([published_text, meta.published])
    if published is None:
        labelled = labelled_dates(_header_text(page))
        published = years.when([labelled.get("published")])
        updated_text = updated_text or labelled.get("updated")
    updated = years.when([updated_text, meta.updated])
    if published is None and published_text:
        article.warnings.append(f"publication date {published_text!r} has no year; pass reference_date")
    if published and published.year_inferred:
        article.warnings.append(f"year of the publication date inferred from {years.source}")
    article.published = published.iso() if published else None
    # A modified time equal to the publication time is news only when the page shows it.
    if updated and published and (updated.value > published.value
                                  or updated.value == published.value and updated_text):
        article.updated = updated.iso()


class _YearSource:
    """Where a date written without a year takes it from: the caller's reference date, else
    (looked up only when such a date turns up) the dates written in the page's URLs."""

    def __init__(self, page: Page, article: Article, reference: date | None) -> None:
        self.page, self.article = page, article
        self.reference, self.source = reference, "reference date"
        self.from_urls = False

    def when(self, texts: list[str | None]) -> When | None:
        found = _first_when(texts, self.reference, nearest=self.from_urls)
        if found is not None or self.from_urls or self.reference is not None or not any(texts):
            return found
        self.from_urls = True  # look the URLs up once, and only when a date needs them
        self.reference, source = _reference_from_page(self.page, self.article)
        self.source = source or self.source
        return _first_when(texts, self.reference, nearest=True) if self.reference else None


def _first_when(texts: list[str | None], reference: date | None, *, nearest: bool = False) -> When | None:
    """The first parseable date; a later text that names the same minute may add its seconds."""
    parsed = [parse_date(text, reference, nearest=nearest) for text in texts]
    valid = [w for w in parsed if w is not None and 1990 <= w.value.year <= 2100]
    if not valid:
        return None
    first = valid[0]
    for other in valid[1:]:
        if (first.has_time and other.has_time and other.value.second
                and other.value.replace(second=0) == first.value.replace(second=0)):
            return other
    return first


def _reference_from_page(page: Page, article: Article) -> tuple[date | None, str | None]:
    """A reference date from dates written in the page's URLs (image and link paths)."""
    found = dates_in_paths(page.html)
    urls = " ".join(i.url for i in article.images)
    found += dates_in_paths(urls)
    if not found:
        return None, None
    common, _ = Counter(found).most_common(1)[0]
    return common, "dates in the page's URL paths"


def _header_text(page: Page) -> str:
    """Visible text near the top of the article, where 입력/수정 lines live."""
    body = page.tree.body
    if body is None:
        return ""
    text = body.text(separator=" ", strip=True) or ""
    return text[:20000]


# ----------------------------------------------------------------- people
def _read_people(page: Page, profile: SiteProfile | None, meta: PageMeta, article: Article,
                 removed: list[str]) -> None:
    """Reporters from the profile's byline, else the article text, else metadata.

    The article text names reporters in its opening dateline (``(서울=연합뉴스) 홍길동 기자 =``)
    and in byline lines that cleaning removed; both count, dateline first. The first source
    that names anyone decides who the reporters are; the others only lend e-mails to the
    same names. A lone reporter without an e-mail takes the one unclaimed e-mail of the
    removed byline lines, or of the profile's e-mail slot and the meta tags when the
    profile or the metadata named them.
    """
    from_profile: list[Reporter] = []
    if profile and profile.byline:
        for text in select_all(page.tree, profile.byline):
            for reporter in find_reporters(text) or _bare_names(text):
                add_reporter(from_profile, reporter.name, reporter.email)
    elif profile is None:
        # Common byline slots; without a profile only text with a 기자/e-mail cue counts.
        for text in select_all(page.tree, GENERIC_BYLINE):
            if len(text) < 120:
                for reporter in find_reporters(text):
                    add_reporter(from_profile, reporter.name, reporter.email)
    from_text: list[Reporter] = []
    dateline = dateline_reporters(article.body_paragraphs[0]) if article.body_paragraphs else []
    for reporter in dateline + article.reporters:
        add_reporter(from_text, reporter.name, reporter.email)
    from_meta: list[Reporter] = []
    for person in meta.authors:
        for reporter in find_reporters(person["name"]) or _bare_names(person["name"]):
            add_reporter(from_meta, reporter.name, reporter.email or person.get("email"))
    sources = [from_profile, from_text, from_meta]
    chosen = next((s for s in sources if s), [])
    reporters = [Reporter(r.name, r.email) for r in chosen]
    for reporter in reporters:
        for source in sources:
            match = next((r for r in source if r.name == reporter.name and r.email), None)
            if match and not reporter.email:
                reporter.email = match.email
    if len(reporters) == 1 and not reporters[0].email:
        reporters[0].email = _lone_email(page, profile, meta, removed, chosen is not from_text)
    elif chosen is from_text and reporters and not reporters[0].email:
        # Wire copy ends with the lead reporter's bare e-mail: "(서울=연합뉴스) 홍길동 김철수 기자 = … hong@yna.co.kr"
        reporters[0].email = _lone_email(page, profile, meta, removed, False)
    article.reporters = reporters


def _lone_email(page: Page, profile: SiteProfile | None, meta: PageMeta, removed: list[str],
                trust_page_slots: bool) -> str | None:
    claimed = {m for line in removed for r in find_reporters(line) if r.email for m in [r.email]}
    in_bylines = [m for line in removed if is_byline_line(line) for m in EMAIL_RE.findall(line) if m not in claimed]
    if len(set(in_bylines)) == 1:
        return in_bylines[0]
    if not trust_page_slots:
        return None
    slots = select_all(page.tree, profile.reporter_email) if profile and profile.reporter_email else []
    if not slots:  # meta tags meant for the author, not a description that mentions a tip-off address
        slots = [v for k, v in meta.meta.items() if any(w in k for w in ("author", "reporter", "email", "byl"))]
    found = [m for text in slots for m in EMAIL_RE.findall(text)]
    return found[0] if found else None


def _drop_press_reporters(article: Article) -> None:
    """A byline that names only the outlet (``뉴스타파 webmaster@…``) names no reporter."""
    press = press_key(article.press or "")
    article.reporters = [r for r in article.reporters
                         if press_key(r.name) != press and not is_press_name(r.name)]


def _bare_names(text: str) -> list[Reporter]:
    parts = [p for p in re.split(r"\s*[·ㆍ,/]\s*|\s+", text.strip()) if p]
    if not 0 < len(parts) <= 4 or not all(_BARE_NAME.match(p) for p in parts):
        return []
    return [Reporter(p) for p in parts]


# ----------------------------------------------------------------- press
def _read_press(page: Page, profile: SiteProfile | None, meta: PageMeta, article: Article, url: str | None) -> None:
    if profile and profile.copyright and not article.copyright:
        for text in select_all(page.tree, profile.copyright):
            if is_copyright(text):
                article.copyright = text
                break
    if not article.copyright and page.is_fragment and page.tree.body is not None:
        # A dump keeps the notice outside the body container: one pass over its text runs.
        lines = (normalize_space(t) for t in page.tree.body.text(separator="\n").split("\n"))
        article.copyright = next((line for line in lines if is_copyright(line)), None)
    candidates = [
        profile.press if profile else None,
        clean_press(select_first(page.tree, profile.press_name)) if profile and profile.press_name else None,
        clean_press(meta.publisher),
        press_from_copyright(article.copyright),
        next((press_from_domain(r.email) for r in article.reporters if r.email and press_from_domain(r.email)), None),
        clean_press(meta.site_name) if not _is_portal_url(url) else None,
        press_from_domain(sites.host_of(url)) if not _is_portal_url(url) else None,
    ]
    article.press = next((c for c in candidates if c), None)
    article.portal = (profile.portal if profile else None) or _portal(url, page.html)


def _is_portal_url(url: str | None) -> bool:
    return sites.host_of(url) in PORTAL_HOSTS


def _portal(url: str | None, html: str) -> str | None:
    host = sites.host_of(url)
    if host in PORTAL_HOSTS:
        return PORTAL_HOSTS[host]
    if url:
        return None
    head = html[:300_000]
    for portal, markers in PORTAL_MARKERS.items():
        if any(m in head for m in markers):
            return portal
    return None


# ----------------------------------------------------------------- the rest
def _read_misc(page: Page, profile: SiteProfile | None, meta: PageMeta, dump, article: Article) -> None:
    section = select_first(page.tree, profile.section) if profile else None
    article.section = normalize_space(section or meta.section or "") or None
    if profile and profile.comment_count:
        count = select_first(page.tree, profile.comment_count)
        if count and re.sub(r"[,\s]", "", count).isdigit():
            article.comment_count = int(re.sub(r"[,\s]", "", count))
    if dump is not None:
        article.related = related_from_text(dump.tail)
        if article.comment_count is None:
            article.comment_count = comment_count_from_text(dump.tail)


def _language(text: str) -> str | None:
    if len(text) < 20:
        return None
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    if hangul >= latin * 0.3 and hangul > 10:
        return "ko"
    if latin > hangul:
        return "en"
    return None


def _judge(article: Article, page: Page, profile: SiteProfile | None, url: str | None) -> None:
    article.is_article, reason = judge_page(page, article, profile, url)
    if reason:
        article.warnings.append(f"not an article: {reason}")
    elif not article.title:
        article.warnings.append("no title found")
