"""Take docs/screenshot.png: a demo archive (synthetic articles + the repo's example page) served by
`sinmun serve` and photographed by headless Chromium (Debian's `chromium`, driven by Playwright).

    .venv/bin/python scripts/screenshot.py [--query 전략기술] [--out docs/screenshot.png]
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--query", default="전략기술을")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--article", action="store_true", help="photograph the first hit's article page")
    args = parser.parse_args()
    from sinmun.archive import Archive
    from sinmun.archive.ingest import add_paths
    from sinmun.archive.synthetic import SyntheticNews

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp, "demo.db")
        with Archive(db) as archive:
            archive.add_records(SyntheticNews(seed=7).records(600), source="synthetic")
            add_paths(archive, [str(ROOT / "examples")])
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "sinmun.cli", "serve", "--db", str(db),
                                   "--port", str(port)])
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/static/style.css", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            from urllib.parse import urlencode

            from playwright.sync_api import sync_playwright
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 1000}, device_scale_factor=1)
                page.goto(base + "/?" + urlencode({"q": args.query}))
                page.wait_for_load_state("networkidle")
                if args.article:
                    page.click(".hit h2 a")
                    page.wait_for_load_state("networkidle")
                page.screenshot(path=args.out, full_page=False)
                browser.close()
        finally:
            server.terminate()
            server.wait(10)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
