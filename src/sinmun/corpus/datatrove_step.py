"""sinmun as a datatrove pipeline step (the 'datatrove' extra): HTML documents in, article text out.

>>> from datatrove.executor import LocalPipelineExecutor
>>> from datatrove.pipeline.readers import WarcReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from sinmun.corpus.datatrove_step import SinmunExtractor
>>> LocalPipelineExecutor([WarcReader("s3://commoncrawl/crawl-data/CC-MAIN-2025-38/segments/",
...                                   glob_pattern="*/warc/*.warc.gz"),
...                        SinmunExtractor(timeout=5), JsonlWriter("out/")], tasks=64).run()

Each document's ``text`` (the page HTML, as datatrove's readers leave it) becomes the article
body, and ``metadata`` gains title, press, published, updated, reporters, section, is_article,
warnings and the quality signals. Extraction runs in datatrove's sandbox process: a page
that takes longer than ``timeout`` seconds is dropped (stat ``timeout``) and the process is
restarted, so one pathological page cannot stall a task.
"""
from __future__ import annotations

from typing import Any

from ..extras import require

require("datatrove", "datatrove")

from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox  # noqa: E402
from datatrove.utils.typeshelper import StatHints  # noqa: E402


def extract_fields(html: str, url: str | None = None, fetched_at: str | None = None) -> dict[str, Any]:
    """The article text and metadata of one page (runs in the sandbox process); never raises."""
    from ..errors import SinmunError
    from ..extraction.pipeline import extract
    from .quality import quality_signals
    from .records import reference_date_of
    if not html:
        return {"text": "", "metadata": {"is_article": False, "sinmun_error": "empty"}}
    try:
        article = extract(html, url=url, reference_date=reference_date_of(fetched_at))
    except SinmunError as exc:
        return {"text": "", "metadata": {"is_article": False, "sinmun_error": exc.reason}}
    metadata = {"title": article.title, "press": article.press, "published": article.published,
                "updated": article.updated, "section": article.section,
                "reporters": [r.name for r in article.reporters], "is_article": article.is_article,
                "warnings": list(article.warnings), **quality_signals(article)}
    return {"text": article.body, "metadata": metadata}


class SinmunExtractor(BaseExtractor):
    """Korean news pages -> article body in ``doc.text``, fields in ``doc.metadata``.

    ``keep_non_articles``: also forward pages that are not articles (``is_article`` False,
    empty text is then dropped all the same, as by every datatrove extractor).
    """

    name = "📰 sinmun"
    _requires_dependencies = ["selectolax"]

    def __init__(self, timeout: float = 5.0, keep_non_articles: bool = False) -> None:
        super().__init__(timeout)
        self.keep_non_articles = keep_non_articles
        self.extract_function = extract_fields

    def extract(self, text: str) -> str:
        return self.extract_function(text)["text"]

    def run(self, data, rank: int = 0, world_size: int = 1):
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None, None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    result = self._extract_in(sandbox, doc)
                if result is None:
                    continue
                if not result["text"] or not (result["metadata"]["is_article"] or self.keep_non_articles):
                    self.stat_update(StatHints.dropped)
                    continue
                doc.text = result["text"]
                doc.metadata.update(result["metadata"])
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc

    def _extract_in(self, sandbox: ExtractorSandbox, doc) -> dict[str, Any] | None:
        """The sandbox's answer, or None (counted as timeout / broken_process / clean_error)."""
        arguments = (doc.text, doc.metadata.get("url"), _fetch_date(doc.metadata))
        try:
            return sandbox.process_document(arguments, self.extract_function)
        except TimeoutError:
            self.stat_update("timeout")
        except EOFError:
            self.stat_update("broken_process")
        except Exception:  # noqa: BLE001  (a bug in one page must not end the task)
            self.stat_update("clean_error")
        return None


def _fetch_date(metadata: dict[str, Any]) -> str | None:
    value = metadata.get("date") or metadata.get("fetched_at")
    return str(value) if value else None
