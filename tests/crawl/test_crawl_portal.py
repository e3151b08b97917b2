"""Portal per-day lists (Naver's list.naver?mode=LSD, Daum's breakingnews?regDate=) through a local proxy that
answers for the portals' host names: pagination until a page brings nothing new, URL variants joined."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("httpx")

sys.path.insert(0, str(Path(__file__).parents[1]))  # the shared helpers in tests/
from crawl_site import DAY, PortalProxy  # noqa: E402

from sinmun.cli import main  # noqa: E402
from sinmun.sites.sources import OUTLETS  # noqa: E402


def local_outlets(tmp_path: Path) -> Path:
    """The declared naver/daum outlets with http:// list URLs (the proxy speaks plain HTTP)."""
    data = json.loads(CliRunner().invoke(main, ["sites", "--json"]).output)
    for name in ("naver", "daum"):
        for source in data[name]["sources"]:
            source["url"] = source["url"].replace("https://", "http://")
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def crawl(tmp_path: Path, portal: PortalProxy, outlet: str, section: str) -> tuple[list[dict], list[str]]:
    out = tmp_path / f"{outlet}.jsonl"
    args = ["crawl", outlet, "--sources", str(local_outlets(tmp_path)), "--section", section, "--since", DAY,
            "--until", DAY, "-o", str(out), "--proxy", portal.proxy, "--delay", "0.02", "--no-progress"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return records, [f"{h.host}{h.path}" for h in portal.log.snapshot()]


def test_naver_day_lists_are_paged_and_oid_aid_variants_joined(tmp_path):
    portal = PortalProxy(per_day=5)
    try:
        records, hits = crawl(tmp_path, portal, "naver", "101")
    finally:
        portal.close()
    lists = [h for h in hits if "list.naver" in h]
    assert [h.rsplit("page=", 1)[1] for h in lists] == ["1", "2", "3"]   # page 3 repeats page 2: stop
    articles = [h for h in hits if "/mnews/article/" in h or "read.naver" in h]
    assert len(articles) == 5 and all("/mnews/article/001/" in h for h in articles)
    assert len(records) == 5 and len({r["id"] for r in records}) == 5
    assert all(r["published"].startswith(DAY) for r in records)


def test_daum_day_lists_join_the_news_v_daum_variant(tmp_path):
    portal = PortalProxy(per_day=4)
    try:
        records, hits = crawl(tmp_path, portal, "daum", "society")
    finally:
        portal.close()
    assert [h for h in hits if "breakingnews" in h][0].startswith("news.daum.net/breakingnews/society?regDate=")
    articles = [h for h in hits if "/v/" in h]
    assert len(articles) == 4 and all(h.startswith("v.daum.net/v/") for h in articles)
    assert len(records) == 4


def test_sites_lists_the_declared_outlets():
    output = CliRunner().invoke(main, ["sites"]).output
    for name in OUTLETS:
        assert name in output
    assert "list.naver?mode=LSD" in output and "breakingnews/{section}?regDate={date}" in output
