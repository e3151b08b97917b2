"""The trend chart draws Korean, not boxes, even when matplotlib's font cache predates the Korean fonts.

matplotlib looks fonts up by family name in its cache (``fontlist-*.json`` in MPLCONFIGDIR); a
cache written before fonts-noto-cjk was installed has no Korean family, and a name lookup then
falls back to DejaVu Sans, which draws every syllable as the same .notdef box. The chart picks
its font by file instead. Each check runs in a fresh interpreter with such a stale cache.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sinmun.archive.trend import HANGUL_PROBE, _draws_hangul, korean_font_file

SRC = Path(__file__).resolve().parents[2] / "src"
KOREAN_MARKERS = ("CJK", "Nanum", "KR", "Gothic", "Hangul")

DRAW = """
import sys
from sinmun.archive.trend import Trend, plot_png, korean_font_file
for query, target in zip(sys.argv[1:3], sys.argv[3:5]):
    plot_png(Trend(query, "day", ["2025-08-01", "2025-08-02"], {"전체": [1, 2]}), target)
print(korean_font_file() or "")
"""


def need_korean_font() -> str:
    found = korean_font_file()
    if not found:
        if os.environ.get("CI"):
            pytest.fail("no Korean font in CI (scripts/services.sh installs fonts-noto-cjk)")
        pytest.skip("no Korean font on this machine")
    return found


def stale_cache(config_dir: Path) -> int:
    """Build matplotlib's font cache in ``config_dir``, then drop every Korean font from it, as a
    cache written before the Korean fonts were installed would be. Returns how many were dropped."""
    env = dict(os.environ, MPLCONFIGDIR=str(config_dir))
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=True, timeout=300)
    (cache,) = config_dir.glob("fontlist-*.json")
    fonts = json.loads(cache.read_text(encoding="utf-8"))
    kept = [f for f in fonts["ttflist"] if not any(m in f["name"] + f["fname"] for m in KOREAN_MARKERS)]
    dropped = len(fonts["ttflist"]) - len(kept)
    fonts["ttflist"] = kept
    cache.write_text(json.dumps(fonts), encoding="utf-8")
    return dropped


def draw_two_titles(tmp_path: Path, first: str, second: str) -> tuple[bytes, bytes, str]:
    config = tmp_path / "mplconfig"
    config.mkdir()
    stale_cache(config)
    env = dict(os.environ, MPLCONFIGDIR=str(config), PYTHONPATH=str(SRC))
    targets = [tmp_path / "first.png", tmp_path / "second.png"]
    done = subprocess.run([sys.executable, "-c", DRAW, first, second, *map(str, targets)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return targets[0].read_bytes(), targets[1].read_bytes(), done.stdout.strip()


def pixels(png: bytes):
    import io

    from matplotlib.image import imread
    return imread(io.BytesIO(png), format="png")


def test_the_chosen_font_draws_hangul():
    path = need_korean_font()
    assert _draws_hangul(path)
    from matplotlib.ft2font import FT2Font
    assert all(FT2Font(path).get_char_index(ord(c)) for c in HANGUL_PROBE + "전략기술반도체")
    assert not _draws_hangul(str(Path(sys.modules["matplotlib"].__file__).parent
                                 / "mpl-data/fonts/ttf/DejaVuSans.ttf"))  # the fallback draws boxes


def test_different_korean_titles_draw_differently_with_a_stale_font_cache(tmp_path):
    need_korean_font()
    first, second, used = draw_two_titles(tmp_path, "전략기술", "반도체칩")  # same length, other syllables
    assert used and _draws_hangul(used)
    a, b = pixels(first), pixels(second)
    assert a.shape == b.shape
    assert (a != b).any(), "both titles drew the same pixels: boxes (tofu) instead of Korean"


def test_the_stale_cache_really_lacks_the_korean_fonts(tmp_path):
    need_korean_font()
    config = tmp_path / "mplconfig"
    config.mkdir()
    assert stale_cache(config) > 0
    env = dict(os.environ, MPLCONFIGDIR=str(config), PYTHONPATH=str(SRC))
    names = subprocess.run([sys.executable, "-c", "from matplotlib import font_manager as f;"
                            "print('|'.join(sorted({x.name for x in f.fontManager.ttflist})))"],
                           env=env, capture_output=True, text=True, timeout=300).stdout
    assert "DejaVu Sans" in names and "CJK" not in names and "Nanum" not in names


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")  # the boxes this test accepts
def test_a_machine_without_a_korean_font_still_gets_a_chart(tmp_path, monkeypatch):
    """Without a Korean font the chart is drawn in matplotlib's default sans-serif (Hangul as boxes, but a
    PNG, not an error)."""
    import sinmun.archive.trend as trend

    monkeypatch.setattr(trend, "korean_font_file", lambda: None)
    target = tmp_path / "chart.png"
    trend.plot_png(trend.Trend("반도체", "day", ["2025-08-01", "2025-08-02"], {"전체": [1, 2]}), target)
    assert target.read_bytes().startswith(b"\x89PNG")
