"""One page in, one outcome out: the corpus record (or the reason there is none).

Shared by ``sinmun run`` (in worker processes) and the Spark job (in executors), so both
produce the same records.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..article import Article
from ..extraction.dates import parse_date
from .dedup import Signature, signature
from ..errors import SinmunError
from ..extraction.pipeline import extract
from .identity import article_id, canonical_url_key  # noqa: F401  (canonical_url_key: re-exported)
from ..io.files import read_page_file
from ..io.pages import InputProblem, PageInput
from .limits import PAGE_TIME_LIMIT, time_limit
from .pii import redact_article
from .quality import quality_signals

KST = timezone(timedelta(hours=9))
ARTICLE, NON_ARTICLE, ERROR, SKIPPED, DUPLICATE = "article", "non-article", "error", "skipped", "duplicate"
# Fields a corpus record has besides the Article's own.
EXTRA_FIELDS = ("id", "source", "fetched_at", "hangul_ratio", "chars", "paragraphs", "boilerplate_removed",
                "pii_redacted", "dup_cluster", "duplicate")


@dataclass(frozen=True)
class RecordOptions:
    redact_pii: str | None = None   # None, "body" or "all" (see sinmun.corpus.pii)
    dedup: bool = False             # compute a duplicate signature for each record
    #: seconds one page may take (an alarm in this process: it stops Python code, not native code;
    #: ``sinmun run`` workers are also killed by the parent when they overrun, see sinmun.corpus.pool)
    page_timeout: float | None = PAGE_TIME_LIMIT
    #: a page that is not an article still gets its record (flagged ``is_article: false``), as a non-article outcome
    keep_non_articles: bool = False


@dataclass
class Outcome:
    """What became of one page: ``status`` is article, non-article, error or skipped."""

    source: str
    status: str
    record: dict[str, Any] | None = None
    reason: str | None = None
    message: str | None = None
    url: str | None = None
    signature: Signature | None = None
    pii: Counter[str] = field(default_factory=Counter)

    def log_entry(self) -> dict[str, Any]:
        """The errors-log line for a page that is not in the output."""
        return {"source": self.source, "status": self.status, "reason": self.reason, "message": self.message,
                "url": self.url}


def build_outcome(page: PageInput | InputProblem, options: RecordOptions = RecordOptions()) -> Outcome:
    """Extract one page; never raises (a bug anywhere becomes an ``internal`` error for this page)."""
    try:
        return _build_outcome(page, options)
    except Exception as exc:  # a bug must not cost the batch its other pages
        return Outcome(page.source, ERROR, reason="internal", message=f"{type(exc).__name__}: {exc}",
                       url=page.url)


def _build_outcome(page: PageInput | InputProblem, options: RecordOptions) -> Outcome:
    if isinstance(page, InputProblem):
        return Outcome(page.source, page.status, reason=page.reason, message=page.message, url=page.url)
    try:
        html = page.html if page.html is not None else read_page_file(Path(page.path or ""))
    except OSError as exc:
        return Outcome(page.source, ERROR, reason="unreadable", message=exc.strerror or str(exc), url=page.url)
    try:
        with time_limit(options.page_timeout):
            article = extract(html, url=page.url, reference_date=reference_date_of(page.fetched_at),
                              charset=page.charset)
    except SinmunError as exc:
        return Outcome(page.source, ERROR, reason=exc.reason, message=str(exc), url=page.url)
    if not article.is_article and not options.keep_non_articles:
        return Outcome(page.source, NON_ARTICLE, reason="not-article", message="; ".join(article.warnings),
                       url=page.url)
    pii = redact_article(article, options.redact_pii) if options.redact_pii else Counter()
    record = corpus_record(article, page.source, page.fetched_at)
    record["pii_redacted"] = sum(pii.values())
    if not article.is_article:
        return Outcome(page.source, NON_ARTICLE, record=record, reason="not-article",
                       message="; ".join(article.warnings), url=page.url, pii=pii)
    sig = signature(article.body_paragraphs) if options.dedup else None
    return Outcome(page.source, ARTICLE, record=record, url=page.url, signature=sig, pii=pii)


def corpus_record(article: Article, source: str, fetched_at: str | None = None) -> dict[str, Any]:
    """The Article's fields plus id, source and quality signals (dup fields unset)."""
    record: dict[str, Any] = {"id": record_id(article), "source": source, "fetched_at": fetched_at}
    record.update(article.to_dict())
    record.update(quality_signals(article))
    record.update({"pii_redacted": 0, "dup_cluster": None, "duplicate": None})
    return record


def record_id(article: Article) -> str:
    """A stable id: a hash of the canonical URL (or the page URL), else of the normalized body
    (the one identity of sinmun.corpus.identity, shared with the archive)."""
    return article_id(article.canonical_url, article.url, article.body_paragraphs, article.title)


def reference_date_of(fetched_at: str | None) -> date | None:
    """The KST day of a fetch time (WARC-Date or a JSONL ``fetched_at``); None when unreadable."""
    if not fetched_at:
        return None
    try:
        moment = datetime.fromisoformat(fetched_at.strip())
    except ValueError:
        try:
            when = parse_date(fetched_at)
        except (ValueError, OverflowError):
            return None
        return when.value.date() if when else None
    try:
        return (moment.astimezone(KST) if moment.tzinfo else moment).date()
    except OverflowError:  # 9999-12-31T23:59:59-12:00 is past datetime.max in Korean time
        return moment.date()
