"""Crawl benchmark (not a test): is a multi-host fetch bound by politeness, not by the client?

    python bench/crawl.py [--hosts 20] [--pages 500] [--delay 0.2] [--frontier 1000000]
    (--pages 0 or --frontier 0 leaves that part out; --delay 0 measures what the client alone can do)

1. Serves HOSTS local sites (one port each = one host, in a separate process) with PAGES article pages each,
   fetches all of them with ``sinmun fetch`` (delay DELAY per host) and reports pages/s against the
   politeness bound HOSTS / DELAY (the bound ignores response time: the delay runs from the end of a
   response, so the real bound is HOSTS / (DELAY + response time)).
2. Extracts the WARC into an archive (``--archive``): the fetch-to-archive rate.
3. Fills a frontier with FRONTIER URLs and reads it back host by host: resident memory at 10 k and at
   FRONTIER URLs (the frontier lives in SQLite, so memory should stay flat).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]


def serve(hosts: int, pages: int) -> None:
    """Child process: HOSTS servers; prints their ports, serves until stdin closes."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import threading
    from crawl_site import DAY, article_html, paragraphs_for, TOPICS

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/robots.txt":
                body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
            else:
                n = int(self.path.rsplit("/", 1)[-1].split(".")[0] or 0)
                body = article_html(f"벤치 기사 {self.server.server_port} {n}", DAY,
                                    paragraphs_for(TOPICS[n % len(TOPICS)], n)).encode()
                kind = "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    servers = [ThreadingHTTPServer(("127.0.0.1", 0), Handler) for _ in range(hosts)]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print(" ".join(str(s.server_address[1]) for s in servers), flush=True)
    sys.stdin.read()


def rss_mib() -> float:
    import psutil
    return psutil.Process().memory_info().rss / 2**20


def fetch_bench(hosts: int, pages: int, delay: float, work: Path) -> None:
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(hosts), "--pages", str(pages)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    ports = child.stdout.readline().split()
    urls = work / "urls.txt"
    urls.write_text("".join(f"http://127.0.0.1:{port}/news/{n}.html\n" for n in range(pages) for port in ports))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    base = [sys.executable, "-c", "from sinmun.cli import main; main()"]
    started = time.monotonic()
    fetched = subprocess.run([*base, "fetch", "-i", str(urls), "-w", str(work / "bench.warc.gz"), "--delay", str(delay),
                              "--max-hosts", str(hosts), "--no-progress", "-q"], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    child.stdin.close()
    child.wait()
    total = hosts * pages
    print(fetched.stdout.splitlines()[0] if fetched.returncode == 0 else fetched.stderr[-2000:])
    print(f"| hosts | pages | delay | seconds | pages/s | bound hosts/delay | ratio |")
    print(f"|---|---|---|---|---|---|---|")
    bound = hosts / delay if delay else float("inf")
    print(f"| {hosts} | {total} | {delay} | {seconds:.1f} | {total / seconds:.1f} | {bound:.0f} "
          f"| {total / seconds / bound:.2f} |")
    started = time.monotonic()
    archived = subprocess.run([*base, "fetch", "-i", str(urls), "-w", str(work / "bench.warc.gz"),
                               "--archive", str(work / "bench.db"), "--no-progress", "-q"],
                              env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    print(f"fetch-to-archive: {total} pages extracted from the WARC into the archive in {seconds:.1f} s "
          f"({total / seconds:.1f} pages/s; nothing refetched){'' if archived.returncode == 0 else archived.stderr[-500:]}")


def frontier_bench(size: int, work: Path) -> None:
    from sinmun.crawl.state import CrawlState, Link

    state = CrawlState(work / "frontier.sqlite")
    hosts = 100
    before = rss_mib()
    started = time.monotonic()
    at_10k = None
    batch = 10_000
    for start in range(0, size, batch):
        links = (Link(f"http://h{n % hosts}.example.co.kr/news/{n}.html") for n in range(start, start + batch))
        with state.transaction():
            state.add(links, lambda url: url.split("/")[2], lambda url: url.split("//", 1)[1], run=1)
        if at_10k is None:
            at_10k = rss_mib()
    added = time.monotonic() - started
    started = time.monotonic()
    reads = sum(len(state.next_items(f"h{h}.example.co.kr", 20)) for h in range(hosts) for _ in range(10))
    read = time.monotonic() - started
    print(f"| frontier URLs | RSS before | RSS at 10 k | RSS at {size:,} | insert URLs/s | batch reads/s |")
    print("|---|---|---|---|---|---|")
    print(f"| {size:,} | {before:.0f} MiB | {at_10k:.0f} MiB | {rss_mib():.0f} MiB | {size / added:,.0f} "
          f"| {reads / 20 / read:,.0f} |")
    state.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--frontier", type=int, default=1_000_000)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.pages)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.pages:
            fetch_bench(args.hosts, args.pages, args.delay, Path(tmp))
        if args.frontier:
            frontier_bench(args.frontier, Path(tmp))


if __name__ == "__main__":
    main()
