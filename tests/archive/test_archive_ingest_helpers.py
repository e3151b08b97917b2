"""Large JSONL files parsed by helper processes (sinmun.archive.ingest._Helpers) store exactly
what one process stores: the same rows, records, index entries, problems and outcomes."""
import json
import os
import zlib

from sinmun.archive import Archive, ingest

QUERIES = ["반도체", "반도체는", "전략기술", "수출", "홍길동", "gpu", "문단"]


def _dying_helper(*args):  # a helper killed half-way (out of memory, a signal)
    os._exit(1)


def _records(count):
    out = []
    for n in range(count):
        out.append({"title": f"반도체 수출 {n}번째 소식 GPU", "subtitle": "전략 기술" if n % 3 else None,
                    "body_paragraphs": [f"홍길동 기자 반도체는 {n}일 올랐다. AI칩·GPU 5G", "두 번째 문단."],
                    "press": ["신문일보", "바다방송"][n % 2], "section": "경제", "published": f"2025-08-{n % 28 + 1:02d}",
                    "url": f"https://news.example/{n}", "extracted_at": "2025-08-30T00:00:00+00:00",
                    "reporters": [{"name": "홍길동", "email": "gildong@news.example"}] if n % 4 else []})
    return out


def _lines(count):
    """Records with every kind of line mixed in: bad JSON, blank, not an article, a field SQLite
    cannot store, the same article again (unchanged, then edited)."""
    lines = [json.dumps(r, ensure_ascii=False) for r in _records(count)]
    edited = dict(_records(8)[7], body_paragraphs=["고친 문단 전략기술을 다룬다."])
    lines[40:40] = ['{"title": "끊긴 줄"', "", json.dumps({"title": "", "body_paragraphs": []}),
                    json.dumps(dict(_records(1)[0], press={"name": "신문일보"}), ensure_ascii=False),
                    lines[3], json.dumps(edited, ensure_ascii=False),
                    json.dumps({"title": "광고", "is_article": False, "warnings": ["ad"]}, ensure_ascii=False)]
    return "\n".join(lines) + "\n"


def _contents(path):
    with Archive(path) as archive:
        db = archive.db
        db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, instance)")
        return {
            "articles": db.execute("SELECT * FROM articles ORDER BY rowid").fetchall(),
            "records": [(a, zlib.decompress(r)) for a, r in db.execute("SELECT * FROM records ORDER BY article")],
            "reporters": db.execute("SELECT * FROM reporters ORDER BY article, name").fetchall(),
            "index": db.execute("SELECT * FROM temp.vocab ORDER BY term, doc, col, offset").fetchall(),
            "search": [(q, archive.search(q, limit=1000).total, [h.id for h in archive.search(q, limit=1000).hits])
                       for q in QUERIES],
            "sources": db.execute("SELECT path, size, articles FROM sources").fetchall(),
        }


def _add(tmp_path, db, source, monkeypatch, helped):
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0 if helped else 1 << 62)
    monkeypatch.setattr(ingest, "_cpus", lambda: 2)   # helpers on any machine (none on one CPU)
    used = []
    pool = ingest._Helpers.pool
    monkeypatch.setattr(ingest._Helpers, "pool", lambda self: used.append(pool(self)) or used[-1])
    with Archive(tmp_path / db) as archive:
        report = ingest.add_paths(archive, [str(source)], enrich=False, batch_size=97)
    assert any(used) == helped
    return report


def test_helpers_store_what_one_process_stores(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text(_lines(700), encoding="utf-8")  # several chunks and batches
    alone = _add(tmp_path, "alone.db", source, monkeypatch, helped=False)
    helped = _add(tmp_path, "helped.db", source, monkeypatch, helped=True)
    assert helped.problems == alone.problems and len(alone.problems) == 4
    assert helped.stats == alone.stats and (alone.stats.added, alone.stats.updated, alone.stats.unchanged) == (
        700, 1, 1)
    expected = _contents(tmp_path / "alone.db")
    assert _contents(tmp_path / "helped.db") == expected and expected["index"]
    with Archive(tmp_path / "helped.db") as archive:
        archive.db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 0)")
    again = _add(tmp_path, "helped.db", source, monkeypatch, helped=False)   # done: skipped
    assert again.files_skipped == 1 and again.stats.total == 0
    os.utime(source, ns=(1, 1))   # looks changed: read again, unchanged but the article edited in the file
    again = _add(tmp_path, "helped.db", source, monkeypatch, helped=True)
    assert (again.stats.added, again.stats.updated, again.stats.unchanged) == (0, 2, 700)
    assert _contents(tmp_path / "helped.db")["index"] == expected["index"]


def test_no_helpers_on_one_cpu(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "_cpus", lambda: 1)
    assert ingest._Helpers(enabled=True, bigrams=True).pool() is None


def test_a_helper_that_dies_leaves_the_rest_to_this_process(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text(_lines(600), encoding="utf-8")
    alone = _add(tmp_path, "alone.db", source, monkeypatch, helped=False)
    monkeypatch.setattr(ingest, "prepare_lines", _dying_helper)
    helped = _add(tmp_path, "helped.db", source, monkeypatch, helped=True)
    assert helped.problems == alone.problems and helped.stats == alone.stats
    assert _contents(tmp_path / "helped.db") == _contents(tmp_path / "alone.db")


HELPERS_THEN_WAIT = """
import os, sys
from sinmun.archive import ingest
ingest._cpus = lambda: 2
pool = ingest._Helpers(enabled=True, bigrams=False).pool()
pool.submit(os.getpid).result()
print(" ".join(str(pid) for pid in pool._processes), flush=True)
sys.stdin.read()
"""


def _running(pid):
    """Whether the process exists and has not ended (a zombie nobody reaped has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_helpers_end_when_their_parent_is_killed():
    import signal
    import subprocess
    import sys
    import time

    if not os.path.isdir("/proc/self"):
        import pytest
        pytest.skip("needs /proc")
    parent = subprocess.Popen([sys.executable, "-c", HELPERS_THEN_WAIT], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    helpers = [int(pid) for pid in parent.stdout.readline().split()]
    assert helpers and all(map(_running, helpers))
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 120   # generous: the machine may be busy
    while any(map(_running, helpers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, helpers))
