"""Which Korean index for FTS5? Recall, precision, index size and query time of four choices.

    .venv/bin/python bench/fts_compare.py [--synthetic 2000]

Corpus: the bodies of the shared real pages (../shared/eval/ko expected records, read in place,
never copied) plus synthetic articles from sinmun.archive.synthetic. Known answers: an article
answers a query when its title+body, with spaces removed, contains the query's stem with spaces
removed (the stem is the query without its particle, written by hand for the fixed queries).
Each query is asked as written with a particle, bare, and with its spacing changed.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sinmun.archive.fts import BigramTokenizer, MorphemeTokenizer, parse_query, strip_particles
from sinmun.archive.synthetic import SyntheticNews

ROOT = Path(__file__).resolve().parents[1]
SHARED_KO = ROOT.parent / "shared" / "eval" / "ko"

#: (stem as a reader types it, particle the query adds). Stems from the real pages and the generator.
STEMS = [("국빈 방미", "를"), ("정상회담", "을"), ("반도체 생태계", "를"), ("원전 수출", "이"), ("전세사기", "를"),
         ("가짜뉴스", "가"), ("신고센터", "를"), ("시내버스", "가"), ("총파업", "을"), ("교통대란", "이"),
         ("공무원", "들이"), ("해외 입양", "은"), ("방울토마토", "는"), ("신공항", "의"), ("양곡법", "을"),
         ("대통령실", "은"), ("안보실장", "과"), ("통신선", "이"), ("광화문 광장", "에서"), ("살인교사", "를"),
         ("전략기술", "을"), ("기준금리", "를"), ("관세 협상", "에서"), ("양자컴퓨터", "가"), ("저출생 대책", "은"),
         ("전기차 배터리", "를"), ("공급망", "이"), ("탄소중립", "을"), ("우주항공", "의"), ("가계부채", "가")]


def load_corpus(synthetic: int) -> list[str]:
    texts = []
    for path in sorted(SHARED_KO.glob("*/*.expected.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        texts.append((record.get("title") or "") + "\n" + "\n".join(record.get("body_paragraphs") or []))
    for record in SyntheticNews(seed=5).records(synthetic):
        texts.append(record["title"] + "\n" + "\n".join(record["body_paragraphs"]))
    return texts


def variants(stem: str, particle: str) -> list[str]:
    """The stem with its particle, bare, and respaced (space removed, or one added mid-word)."""
    joined = stem.replace(" ", "")
    spaced = stem if " " in stem else (joined[:len(joined) // 2] + " " + joined[len(joined) // 2:]
                                       if len(joined) >= 4 else stem)
    out = [stem + particle, stem, joined + particle if " " in stem else spaced + particle]
    return list(dict.fromkeys(out))


class Method:
    def __init__(self, name: str, tokenize: str, index, query) -> None:
        self.name, self.tokenize, self.index, self.query = name, tokenize, index, query


def methods() -> list[Method]:
    bigram, morpheme = BigramTokenizer(), MorphemeTokenizer()

    def raw_words(query: str) -> str | None:
        words = [t.text for t in parse_query(query)]
        return " AND ".join('"' + w.replace('"', '""') + '"' for w in words) or None

    def trigram_words(query: str) -> str | None:
        words = [strip_particles(t.text) for t in parse_query(query)]
        words = [w for w in words if len(w) >= 3]  # shorter strings cannot be asked of a trigram index
        return " AND ".join('"' + w + '"' for w in words) or None

    return [
        Method("unicode61 (default)", "unicode61", lambda t: t, raw_words),
        Method("trigram (built in)", "trigram", lambda t: t, trigram_words),
        Method("kiwipiepy morphemes", "ascii", morpheme.index_text, morpheme.match_query),
        Method("character bigrams", "ascii", bigram.index_text, bigram.match_query),
    ]


def evaluate(method: Method, texts: list[str], queries: list[tuple[str, set[int]]], workdir: Path) -> dict:
    path = workdir / f"{method.name.split()[0]}.db"
    db = sqlite3.connect(path)
    db.execute(f"CREATE VIRTUAL TABLE fts USING fts5(body, content='', tokenize='{method.tokenize}')")
    started = time.perf_counter()
    with db:
        db.executemany("INSERT INTO fts(rowid, body) VALUES (?, ?)", ((i, method.index(t)) for i, t in enumerate(texts)))
    build = time.perf_counter() - started
    db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    db.commit()
    db.execute("VACUUM")
    recalls, precisions, times, missed = [], [], [], []
    for query, relevant in queries:
        started = time.perf_counter()
        expression = method.query(query)
        found = {r[0] for r in db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))} if expression else set()
        times.append((time.perf_counter() - started) * 1000)
        recalls.append(len(found & relevant) / len(relevant))
        if recalls[-1] < 1.0:
            missed.append(f"{query} ({len(found & relevant)}/{len(relevant)})")
        if found:
            precisions.append(len(found & relevant) / len(found))
    db.close()
    return {"method": method.name, "recall": statistics.mean(recalls),
            "perfect_queries": sum(r == 1.0 for r in recalls), "queries": len(queries),
            "precision": statistics.mean(precisions) if precisions else 0.0,
            "index_mb": path.stat().st_size / 1e6, "build_s": build,
            "query_ms_mean": statistics.mean(times), "query_ms_p95": sorted(times)[int(0.95 * (len(times) - 1))], "missed": missed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=2000)
    args = parser.parse_args()
    texts = load_corpus(args.synthetic)
    squashed = [re.sub(r"\s+", "", t) for t in texts]
    queries = []
    for stem, particle in STEMS:
        relevant = {i for i, t in enumerate(squashed) if stem.replace(" ", "") in t}
        if relevant:
            queries += [(q, relevant) for q in variants(stem, particle)]
    strip_particles("준비를")  # load kiwipiepy before timing
    print(f"{len(texts)} articles ({len(texts) - args.synthetic} real), {len(queries)} queries "
          f"from {len(STEMS)} stems")
    print(f"{'method':24} {'recall':>7} {'all found':>10} {'precision':>9} {'index MB':>9} {'build s':>8} "
          f"{'query ms':>9} {'p95 ms':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for method in methods():
            r = evaluate(method, texts, queries, Path(tmp))
            print(f"{r['method']:24} {r['recall']:7.3f} {r['perfect_queries']:>4}/{r['queries']:<5} "
                  f"{r['precision']:9.3f} {r['index_mb']:9.2f} {r['build_s']:8.2f} {r['query_ms_mean']:9.2f} "
                  f"{r['query_ms_p95']:7.2f}")
            if method.name.startswith(("kiwi", "character")):
                print(f"{'':24} missed: {', '.join(r['missed']) or 'none'}")


if __name__ == "__main__":
    main()
