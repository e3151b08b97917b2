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
from .fields import FIELD_RULES, body, headline_repeated, story_warnings
from .metadata import read_meta
from .parse import Page, load
from .people import without_press
from .resolve import Context
from ..sites.base import SiteProfile

MIN_ARTICLE_CHARS = 80
MIN_PROFILE_ARTICLE_CHARS = 20
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
    reference = reference_day(reference_date)
    page = load(html, charset)
    meta = read_meta(page.tree)
    page_url = url or meta.canonical_url
    profile = sites.match(page_url, page.html, page.tree)
    ctx = Context(page, profile=profile, meta=meta, url=url, page_url=page_url, reference=reference,
                  rules=FIELD_RULES, explain=explain)
    article = _assemble(ctx)
    _judge(article, page, profile)
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
    article.boilerplate_removed = len(body(ctx).removed) + headline_repeated(ctx)
    return article


def _iso(when: When | None) -> str | None:
    return when.iso() if when is not None else None


def _judge(article: Article, page: Page, profile: SiteProfile | None) -> None:
    """Is this one news article? (A home page, a list or an empty page is not.)"""
    chars = sum(len(p) for p in article.body_paragraphs)
    # A known article layout may carry a two-line video item; elsewhere that little text is no article.
    if chars < (MIN_PROFILE_ARTICLE_CHARS if profile and article.title else MIN_ARTICLE_CHARS):
        article.is_article = False
        article.warnings.append(f"not an article: {chars} characters of body text")
    elif not article.title:
        article.warnings.append("no title found")
    if article.is_article and len(article.body_paragraphs) > 3:
        lengths = [len(p) for p in article.body_paragraphs]
        short = sum(1 for n in lengths if n < 25)
        if short / len(lengths) > 0.8:
            article.is_article = False
            article.warnings.append("not an article: the text is a list of short lines (a list or home page)")
