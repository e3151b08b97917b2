"""Trends: a query's hits per day or week, overall or per press/section, as a table or a PNG chart."""
from __future__ import annotations

import io
import shutil
import subprocess
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .store import Archive, Filters

TOTAL = "전체"
#: Korean-capable fonts, first found wins (Debian: fonts-noto-cjk; macOS; Windows).
KOREAN_FONTS = ["Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic",
                "Noto Sans CJK JP", "Noto Sans CJK SC"]
#: Where those fonts usually are, tried when fontconfig's ``fc-match`` is missing or finds none.
KOREAN_FONT_FILES = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                     "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc",
                     "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
                     "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
                     "/System/Library/Fonts/AppleSDGothicNeo.ttc", "C:/Windows/Fonts/malgun.ttf"]
#: Syllables a font must draw to count as Korean-capable.
HANGUL_PROBE = "가힣기사수"


@dataclass
class Trend:
    """Hit counts: ``series[group][i]`` is the count in ``periods[i]``."""

    query: str
    interval: str
    periods: list[str]
    series: dict[str, list[int]]

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.series.values())

    def rows(self) -> list[list[str | int]]:
        """Table rows: period, then one count per group."""
        return [[p] + [self.series[g][i] for g in self.series] for i, p in enumerate(self.periods)]

    def to_dict(self) -> dict:
        return {"query": self.query, "interval": self.interval, "periods": self.periods, "series": self.series}


def trend(archive: Archive, query: str, filters: Filters | None = None, *, interval: str = "day",
          by: str | None = None, top: int = 6) -> Trend:
    """Counts per period with empty periods filled in; with ``by``, the ``top`` groups plus 기타 (others)."""
    counts = archive.counts(query, filters, interval=interval, by=by)
    periods = _all_periods([p for p, _, _ in counts], interval)
    totals: dict[str, int] = {}
    for _, group, n in counts:
        totals[group or TOTAL] = totals.get(group or TOTAL, 0) + n
    kept = sorted(totals, key=lambda g: (-totals[g], g))[:top]
    index = {p: i for i, p in enumerate(periods)}
    series: dict[str, list[int]] = {g: [0] * len(periods) for g in kept}
    for period, group, n in counts:
        name = group or TOTAL
        if name not in series:
            series.setdefault("기타", [0] * len(periods))
            name = "기타"
        series[name][index[period]] += n
    return Trend(query, interval, periods, series)


def weekly(daily: Trend) -> Trend:
    """A day trend regrouped into weeks (starting on Monday): the same counts as asking for
    ``interval="week"``, without a second pass over the hits."""
    if daily.interval == "week":
        return daily
    starts = [(date.fromisoformat(p) - timedelta(days=date.fromisoformat(p).weekday())).isoformat()
              for p in daily.periods]
    periods = _all_periods(starts, "week")
    index = {p: i for i, p in enumerate(periods)}
    series = {}
    for group, values in daily.series.items():
        weeks = [0] * len(periods)
        for start, n in zip(starts, values):
            weeks[index[start]] += n
        series[group] = weeks
    return Trend(daily.query, "week", periods, series)


def _all_periods(seen: list[str], interval: str) -> list[str]:
    if not seen:
        return []
    first, last = date.fromisoformat(min(seen)), date.fromisoformat(max(seen))
    step = timedelta(days=7 if interval == "week" else 1)
    periods = []
    while first <= last:
        periods.append(first.isoformat())
        first += step
    return periods


def plot_png(result: Trend, target: str | Path | BinaryIO, *, width: float = 9.0, height: float = 2.6) -> None:
    """Draw the trend as a line chart (one line per group) into a PNG file or stream."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.font_manager import FontProperties
    from matplotlib.ticker import MaxNLocator

    font_file = korean_font_file()
    # a family given as a list: one string would be read as a fontconfig pattern, where "sans-serif" does not parse
    font = FontProperties(fname=font_file) if font_file else FontProperties(family=["sans-serif"])
    with plt.rc_context({"font.family": [font.get_name(), "sans-serif"], "axes.unicode_minus": False}), \
            warnings.catch_warnings():
        # without a Korean font every Hangul glyph warns once: the command says so in one line instead
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        figure, axes = plt.subplots(figsize=(width, height), dpi=110)
        x = [date.fromisoformat(p) for p in result.periods]
        if len(result.series) == 1:  # one series: bars read best for counts
            values = next(iter(result.series.values()))
            # matplotlib converts dates through its units registry, which its stubs do not model
            axes.bar(x, values, width=5.5 if result.interval == "week" else 0.8,  # type: ignore[arg-type]
                     color="#0b5cad")
        for group, values in result.series.items() if len(result.series) > 1 else ():
            axes.plot(x, values, marker="o" if len(x) < 40 else None,  # type: ignore[arg-type]  # dates: as above
                      markersize=3, linewidth=1.8, label=group)
        axes.set_title(f"‘{result.query}’ 기사 수 ({'주' if result.interval == 'week' else '일'}별)"
                       if result.query else "기사 수", fontproperties=font, fontsize=11, loc="left")
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", alpha=0.3)
        axes.set_ylim(bottom=0)
        locator = axes.yaxis.get_major_locator()
        if isinstance(locator, MaxNLocator):   # the default AutoLocator is one
            locator.set_params(integer=True)
        if len(result.series) > 1:
            legend_font = font.copy()
            legend_font.set_size(8)
            axes.legend(frameon=False, prop=legend_font, ncol=min(4, len(result.series)))
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(target, format="png")
        plt.close(figure)


def png_bytes(result: Trend) -> bytes:
    buffer = io.BytesIO()
    plot_png(result, buffer)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def korean_font_file() -> str | None:
    """A font file that draws Hangul, registered with matplotlib; None when the system has none.

    Chosen by file, not by family name: matplotlib's font cache (``fontlist-*.json``) may predate
    the Korean fonts, and then a name lookup silently falls back to a font that draws boxes.
    """
    from matplotlib import font_manager
    for path in _candidate_font_files():
        if _draws_hangul(path):
            font_manager.fontManager.addfont(path)
            return path
    return None


def _candidate_font_files() -> Iterator[str]:
    """fontconfig's answers for the Korean families, then the usual paths, then matplotlib's cache."""
    fc_match = shutil.which("fc-match")
    if fc_match:
        yield from _fontconfig_files(fc_match)
    yield from KOREAN_FONT_FILES
    from matplotlib import font_manager
    yield from (f.fname for f in font_manager.fontManager.ttflist if f.name in KOREAN_FONTS)


def _fontconfig_files(fc_match: str) -> Iterator[str]:
    for family in KOREAN_FONTS:
        try:
            found = subprocess.run([fc_match, "-f", "%{file}", f"{family}:lang=ko"], capture_output=True,
                                   text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return
        if found:
            yield found


def _draws_hangul(path: str) -> bool:
    """True when the font file exists and has a glyph for every probe syllable."""
    from matplotlib.ft2font import FT2Font
    if not Path(path).is_file():
        return False
    try:
        face = FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    return all(face.get_char_index(ord(c)) for c in HANGUL_PROBE)
