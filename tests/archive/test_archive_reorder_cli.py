"""``sinmun archive reorder``: the archive rebuilt in place (or into --out) with rowids in
publication order, the same articles and search results, no stale WAL left beside it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from sinmun.archive import Archive, Filters, reorder
from sinmun.cli import main

from test_archive_reorder import build

QUERIES = [("반도체", {}), ("협력", {"since": "2025-02-10", "until": "2025-05-03"}), ("", {"press": "신문일보"})]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def hits(path: Path) -> list[set[str]]:
    with Archive(path, readonly=True) as archive:
        return [{hit.id for hit in archive.search(query, Filters(**filters), limit=500).hits}
                for query, filters in QUERIES]


def test_reorder_in_place_keeps_articles_and_results(tmp_path):
    db = tmp_path / "news.db"
    build(db, 300)
    before = hits(db)
    assert all(before)  # every query finds something, so equal results mean something
    result = run("archive", "reorder", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "300 articles" in result.output
    assert not Path(str(db) + ".reorder-tmp").exists()
    with sqlite3.connect(db) as connection:
        assert reorder.ordered_through(connection) == 300
        days = [row[0] for row in connection.execute("SELECT day FROM articles ORDER BY rowid")]
    dated = [day for day in days if day]
    assert dated == sorted(dated)
    assert hits(db) == before


def test_reorder_to_out_leaves_the_archive_and_refuses_an_existing_file(tmp_path):
    db, out = tmp_path / "news.db", tmp_path / "ordered.db"
    build(db, 120)
    assert run("archive", "reorder", "--db", str(db), "--out", str(out)).exit_code == 0
    with sqlite3.connect(db) as connection:
        assert reorder.ordered_through(connection) == 0
    assert hits(out) == hits(db)
    again = run("archive", "reorder", "--db", str(db), "--out", str(out))
    assert again.exit_code == 2 and "exists" in again.output and "Traceback" not in again.output


def test_reorder_of_a_missing_archive_is_one_line(tmp_path):
    result = run("archive", "reorder", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2
    assert "Traceback" not in result.output and not (tmp_path / "none.db").exists()
