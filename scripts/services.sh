#!/usr/bin/env bash
# System packages some tests need (installed only when missing). Tests that need a
# service they cannot find are skipped locally, but CI (CI=true) makes them fail.
set -uo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)   # Spark tests (tests/test_spark.py)
[ -n "${SINMUN_SKIP_SERVICES:-}" ] && exit 0
# archive web tests: headless Chromium (driven by Playwright's Python package, never `playwright install`)
# and Korean fonts for readable screenshots
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
# No recommends: for chromium they are desktop services (udev, upower, avahi, printer setup,
# notification daemon) and fonts-liberation, which headless use does not need; fontconfig already
# pulls in a Latin font. 26 packages instead of 116 on Debian 12 for chromium + fonts-noto-cjk.
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
exit 0
