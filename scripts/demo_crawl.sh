#!/usr/bin/env bash
# Crawl the local fake press site (tests/crawl_site.py) for one day: WARC + corpus + archive + errors log.
# Usage: bash scripts/demo_crawl.sh [OUT_DIR]   (needs: pip install -e '.[crawl]')
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"
python="${PYTHON:-python3}"
mkdir -p "$out"
"$python" "$here/tests/crawl_site.py" > "$out/site.url" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$out/site.url" ] && break; sleep 0.1; done
base="$(cat "$out/site.url")"
cat > "$out/outlets.json" <<JSON
{"demo": {"title": "가상일보", "hosts": ["127.0.0.1"],
          "sources": [{"kind": "newsmap", "url": "$base/sitemap_index.xml"},
                      {"kind": "rss", "url": "$base/rss.xml"},
                      {"kind": "list", "url": "$base/list?page={page}"}]}}
JSON
PYTHONPATH="$here/src${PYTHONPATH:+:$PYTHONPATH}" "$python" -c 'from sinmun.cli import main; main()' \
  crawl demo --sources "$out/outlets.json" --since 2025-08-05 --until 2025-08-05 \
  -o "$out/corpus.jsonl" --archive "$out/archive.db" --delay 0.1 --timeout 2 --retries 1 --backoff 0.2
echo "WARC, corpus, archive and errors log in $out"
