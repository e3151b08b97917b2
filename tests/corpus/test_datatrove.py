"""sinmun as a datatrove step: a real local pipeline (JSONL reader -> SinmunExtractor -> JSONL writer),
and datatrove's sandbox timeout dropping a page whose extraction never ends."""
import gzip
import json
import threading

import pytest
from corpus_pages import list_page, story_page

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from sinmun.corpus.datatrove_step import SinmunExtractor  # noqa: E402


def test_reader_sinmun_writer_pipeline(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    docs = [{"id": "1", "text": story_page("rain"), "url": "https://www.sinmun-ilbo.example/news/rain",
             "date": "2025-09-04T00:00:00Z"},
            {"id": "2", "text": list_page(), "url": "https://www.sinmun-ilbo.example/society"}]
    (source / "pages.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    LocalPipelineExecutor([JsonlReader(str(source)), SinmunExtractor(timeout=60), JsonlWriter(str(tmp_path / "out"))],
                          tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()
    written = [json.loads(line) for path in (tmp_path / "out").glob("*.jsonl.gz")
               for line in gzip.decompress(path.read_bytes()).decode().splitlines()]
    assert [d["id"] for d in written] == ["1"]  # the section page is not an article: dropped
    doc = written[0]
    assert doc["text"].startswith("토요일인 오는 6일 남부 지방을 중심으로") and "<p>" not in doc["text"]
    meta = doc["metadata"]
    assert (meta["title"], meta["press"], meta["reporters"], meta["is_article"]) == (
        "주말 남부 많은 비…최대 120㎜ 예보", "신문일보", ["김하늘"], True)
    assert meta["published"].startswith("2025-09-03") and meta["hangul_ratio"] > 0.5
    assert meta["url"] == "https://www.sinmun-ilbo.example/news/rain"


def _never_returns(html, url=None, fetched_at=None):
    if html:  # the warm-up call (empty page) returns; a real page hangs
        threading.Event().wait()
    return {"text": "", "metadata": {"is_article": False}}


def test_a_page_that_never_finishes_is_dropped_by_the_sandbox_timeout():
    step = SinmunExtractor(timeout=1)
    step.extract_function = _never_returns
    out = list(step.run(iter([Document(text=story_page("rain"), id="slow", metadata={})])))
    assert out == [] and step.stats["timeout"].total == 1
    step.extract_function = SinmunExtractor().extract_function  # the sandbox restarts: the next page works
    step.timeout = 120  # a generous limit for the page that must come out (a busy machine is slow)
    out = list(step.run(iter([Document(text=story_page("bridge"), id="ok", metadata={})])))
    assert [d.metadata["title"] for d in out] == ["낡은 육교 세 곳 철거…횡단보도로 바꾼다"]
