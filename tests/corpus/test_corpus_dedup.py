"""--dedup: exact copies by normalized body hash, near copies (wire stories) by MinHash LSH."""
from corpus_pages import STORIES, article_page, read_jsonl, story_page, write_jsonl

from sinmun import extract
from sinmun.corpus import RunConfig, run_corpus
from sinmun.corpus.dedup import Deduplicator, normalize, signature


def wire_copy(site: str, dateline: str) -> str:
    """The wire story as another outlet runs it: own dateline, byline and press name."""
    title, paragraphs = STORIES["wire"]
    edited = [f"({dateline}=연합뉴스) 박민수 기자 = {paragraphs[0]}"] + paragraphs[1:]
    return article_page(title, edited, f"https://{site}/news/1", press="다른신문", reporter="박민수 기자 p@x.example")


def test_exact_near_and_distinct():
    index = Deduplicator()
    bodies = {name: extract(html).body_paragraphs for name, html in {
        "wire": story_page("wire"), "wire-spaced": story_page("wire").replace("석 달", "석  달"),
        "wire-seoul": wire_copy("a.example", "서울"), "rain": story_page("rain"), "bridge": story_page("bridge"),
    }.items()}
    results = {name: index.classify(name, signature(body)) for name, body in bodies.items()}
    assert results == {"wire": ("wire", None), "wire-spaced": ("wire", "exact"), "wire-seoul": ("wire", "near"),
                       "rain": ("rain", None), "bridge": ("bridge", None)}
    assert len(index) == 3


def test_normalization_ignores_spacing_punctuation_and_width():
    assert normalize(["반도체 수출, 18% 늘어!"]) == normalize(["반도체수출 18%늘어"]) == normalize(["반도체 수출 １８ 늘어"])


def _pages(tmp_path):
    return write_jsonl(tmp_path / "p.jsonl", [
        {"html": story_page("wire")}, {"html": story_page("rain")}, {"html": wire_copy("b.example", "세종")},
        {"html": story_page("wire", url="https://c.example/copy")}, {"html": story_page("bridge")},
    ])


def test_mark_keeps_every_record_with_its_cluster(tmp_path):
    summary = run_corpus(RunConfig([str(_pages(tmp_path))], str(tmp_path / "o.jsonl"), workers=0, dedup="mark"))
    records = read_jsonl(tmp_path / "o.jsonl")
    first = records[0]["id"]
    assert [(r["dup_cluster"] == first, r["duplicate"]) for r in records] == [
        (True, None), (False, None), (True, "near"), (True, "exact"), (False, None)]
    assert records[1]["dup_cluster"] == records[1]["id"]
    assert (summary.duplicates, summary.duplicates_dropped, summary.articles_out) == (2, 0, 5)


def test_keep_first_logs_the_dropped_copies(tmp_path):
    summary = run_corpus(RunConfig([str(_pages(tmp_path))], str(tmp_path / "o.jsonl"), workers=2,
                                   dedup="keep-first"))
    assert [r["title"] for r in read_jsonl(tmp_path / "o.jsonl")] == [
        STORIES[k][0] for k in ("wire", "rain", "bridge")]
    log = read_jsonl(tmp_path / "o.jsonl.errors.jsonl")
    assert [(e["source"].rsplit(":", 1)[1], e["reason"]) for e in log] == [("3", "near-duplicate"),
                                                                          ("4", "exact-duplicate")]
    assert (summary.duplicates, summary.duplicates_dropped, summary.articles_out) == (2, 2, 3)
