"""`archive add` on hostile ground: FIFOs, devices and odd file names; one article is one row
whichever way it came in. Real subprocesses and files.
"""
from __future__ import annotations

import os

from corpus_pages import STORIES, read_jsonl, run_sinmun as sinmun, story_page, write_jsonl

from sinmun.corpus.identity import record_article_id


# ----------------------------------------------------------------- 9, 10. archive add
def test_archive_add_reports_fifos_devices_and_odd_names_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.html")
    os.mkfifo(folder / "pipe.jsonl")
    os.symlink("/dev/zero", folder / "zero.html")
    with open(os.fsencode(folder) + b"/\xff-page.html", "wb") as stream:
        stream.write(story_page("rain").encode())
    (folder / "good.html").write_text(story_page("bridge"), encoding="utf-8")
    result = sinmun("archive", "add", folder, "--db", tmp_path / "a.db", "--no-enrich", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    problems = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(problems) == 3 and all("not a regular file" in line for line in problems)
    assert "2 added" in result.stderr


def test_one_article_is_one_archive_row_whichever_way_it_came_in(tmp_path):
    from sinmun.archive.store import Archive
    page = tmp_path / "page.html"
    page.write_text(story_page("bridge"), encoding="utf-8")
    db = tmp_path / "a.db"
    added = sinmun("archive", "add", page, "--db", db, "--no-enrich", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    pages = write_jsonl(tmp_path / "pages.jsonl", [{"html": story_page("bridge"),
                                                     "url": "https://www.sinmun-ilbo.example/news/bridge"}])
    ran = sinmun("run", pages, "-o", "out.jsonl", "--archive", db, "--workers", "0", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    again = sinmun("archive", "add", tmp_path / "out.jsonl", "--db", db, "--no-enrich", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    extracted = sinmun("extract", page, "--format", "jsonl", cwd=tmp_path)
    (tmp_path / "extracted.jsonl").write_text(extracted.stdout, encoding="utf-8")
    sinmun("archive", "add", tmp_path / "extracted.jsonl", "--db", db, "--no-enrich", cwd=tmp_path)
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    with Archive(db, readonly=True) as archive:
        assert archive.count() == 1
        assert archive.get(record["id"])["title"] == STORIES["bridge"][0]
    assert record_article_id(record) == record["id"]
