"""--dedup: exact copies by normalized body hash, near copies (wire stories) by MinHash LSH."""
from corpus_pages import STORIES, article_page, read_jsonl, story_page, write_jsonl

from sinmun import extract
from sinmun.corpus import RunConfig, run_corpus
from sinmun.corpus.dedup import HASH_DTYPE, Deduplicator, normalize, signature


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


def test_lsh_bands_are_datasketchs_for_every_threshold():
    from datasketch.lsh import _optimal_param

    from sinmun.corpus.dedup import lsh_params
    for threshold in (0.3, 0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        assert lsh_params(threshold, 128) == _optimal_param(threshold, 128, 0.5, 0.5), threshold
    assert lsh_params(0.8, 64) == _optimal_param(0.8, 64, 0.5, 0.5)


def test_signatures_estimate_the_jaccard_similarity_of_the_shingles():
    import random

    import numpy as np

    from sinmun.corpus.dedup import shingles
    rng = random.Random(5)
    base = "".join(rng.choice("가나다라마바사아자차카타파하") for _ in range(3000))
    for cut in (300, 1200, 2400):
        edited = base[:cut] + "".join(rng.choice("거너더러머버서") for _ in range(3000 - cut))
        a, b = shingles(base), shingles(edited)
        true = len(a & b) / len(a | b)
        left, right = (np.frombuffer(signature([t]).minhash, dtype=HASH_DTYPE) for t in (base, edited))
        assert abs(float((left == right).mean()) - true) < 0.12, (cut, true)


def test_deduplicating_imports_neither_datasketch_nor_scipy():
    import subprocess
    import sys
    code = ("import sys; from sinmun.corpus.dedup import Deduplicator, signature; d = Deduplicator(); "
            "d.classify('a', signature(['반도체 수출이 늘었다'])); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'datasketch', 'scipy'}))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
