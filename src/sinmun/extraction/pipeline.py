"""The pipeline: parse -> site profile -> resolve every field from its sources -> judge -> Article.

Which source gives which field, in which order, is :data:`sinmun.extraction.fields.FIELD_RULES`; how
the first acceptable offer wins is :mod:`sinmun.extraction.resolve`; what ``explain=True`` adds is
:mod:`sinmun.extraction.explain`. This module only runs the steps and assembles the record.
"""
from __future__ import annotations

from datetime import date

from .. import sites
from ..article import Article
from .dates import When, reference_day
from .explain import explain_record
from .fields import FIELD_RULES, body, headline_repeated, story_warnings, subtitle_lines_removed
from .large import load_large
from .metadata import read_meta
from . import wayback
from .pagekind import judge_page
from .parse import Page, load
from .people import without_press
from .resolve import Context
from ..sites.base import SiteProfile

#: the fields of the record that are resolved from sources, in record order
RESOLVED_FIELDS = ("title", "subtitle", "published", "updated", "press", "portal", "reporters", "section",
                   "body_paragraphs", "images", "copyright", "related", "comment_count", "canonical_url", "language")
#: the fields whose resolution may warn, in the order their warnings appear in the record
_WARNING_FIELDS = ("body", "published")


def extract(html: str | bytes, url: str | None = None, *, reference_date: date | str | None = None,
            charset: str | None = None, explain: bool = False) -> Article:
    """Extract one news page into an :class:`Article`.

    ``html`` is the page as text or bytes (bytes are decoded by the declared charset or by
    detection). ``url`` helps pick the site profile and resolve relative links;
    ``reference_date`` supplies the year for dates the page writes without one; ``charset`` is the
    HTTP header's charset, when the page came with one. ``explain=True`` reads every source of every
    field and sets :attr:`Article.explain`: the winning source of each field, what the others offered
    and why they lost, and the lines that left the body with the rule that removed each.
    Raises :class:`sinmun.errors.SinmunError` for input that is not a page at all, and
    :class:`sinmun.extraction.dates.ReferenceDateError` (a SinmunError) for a ``reference_date`` that names no day.
    """
    html, url, reference_date, capture = wayback.as_original(html, url, reference_date)
    reference = reference_day(reference_date)
    large = load_large(html, charset)  # a page too big for one tree: read in chunks (sinmun.extraction.large)
    page = large.page if large is not None else load(html, charset)
    meta = read_meta(page)
    page_url = url or meta.canonical_url
    profile = sites.match(page_url, page.html, page.tree, when=reference)
    ctx = Context(page, profile=profile, meta=meta, url=url, page_url=page_url, reference=reference,
                  rules=FIELD_RULES, explain=explain)
    if large is not None:
        large.seed(ctx)
    article = _assemble(ctx)
    at = len(page.warnings)  # a web archive capture says so right after the decoder's warnings
    article.warnings[at:at] = wayback.capture_warnings(capture)
    _judge(article, page, profile, page_url)
    if explain:
        article.explain = explain_record(ctx, article)
    return article


def _assemble(ctx: Context) -> Article:
    """The record from the resolved fields."""
    values = {name: ctx.value(name) for name in RESOLVED_FIELDS}
    values["published"] = _iso(values["published"])
    values["updated"] = _iso(values["updated"])
    values["reporters"] = without_press(values["reporters"], values["press"])
    profile = ctx.profile
    article = Article(**values, url=ctx.url, site=f"{profile.name}/{profile.version}" if profile else None,
                      warnings=list(ctx.page.warnings))
    for name in _WARNING_FIELDS:
        article.warnings += ctx.resolution(name).warnings
    article.warnings += story_warnings(ctx)
    article.boilerplate_removed = len(body(ctx).removed) + headline_repeated(ctx) + len(subtitle_lines_removed(ctx))
    return article


def _iso(when: When | None) -> str | None:
    return when.iso() if when is not None else None


def _judge(article: Article, page: Page, profile: SiteProfile | None, url: str | None) -> None:
    """Is this one news article? (A home page, a list or an empty page is not; :mod:`.pagekind` decides.)"""
    article.is_article, reason = judge_page(page, article, profile, url)
    if reason:
        article.warnings.append(f"not an article: {reason}")
    elif not article.title:
        article.warnings.append("no title found")
