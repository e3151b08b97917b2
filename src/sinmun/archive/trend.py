"""Trends: a query's hits per day or week, overall or per press/section, as a table or a PNG chart."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO

from .store import Archive, Filters

TOTAL = "전체"
#: Korean-capable fonts, first found wins (Debian: fonts-noto-cjk; macOS; Windows).
KOREAN_FONTS = ["Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic",
                "Noto Sans CJK JP", "Noto Sans CJK SC"]


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
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    available = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [name for name in KOREAN_FONTS if name in available]
    with plt.rc_context({"font.family": fonts + ["sans-serif"] if fonts else ["sans-serif"],
                         "axes.unicode_minus": False}):
        figure, axes = plt.subplots(figsize=(width, height), dpi=110)
        x = [date.fromisoformat(p) for p in result.periods]
        if len(result.series) == 1:  # one series: bars read best for counts
            values = next(iter(result.series.values()))
            axes.bar(x, values, width=5.5 if result.interval == "week" else 0.8, color="#0b5cad")
        for group, values in result.series.items() if len(result.series) > 1 else ():
            axes.plot(x, values, marker="o" if len(x) < 40 else None, markersize=3, linewidth=1.8, label=group)
        axes.set_title(f"‘{result.query}’ 기사 수 ({'주' if result.interval == 'week' else '일'}별)"
                       if result.query else "기사 수", fontsize=11, loc="left")
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", alpha=0.3)
        axes.set_ylim(bottom=0)
        axes.yaxis.get_major_locator().set_params(integer=True)
        if len(result.series) > 1:
            axes.legend(frameon=False, fontsize=8, ncol=min(4, len(result.series)))
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(target, format="png")
        plt.close(figure)


def png_bytes(result: Trend) -> bytes:
    buffer = io.BytesIO()
    plot_png(result, buffer)
    return buffer.getvalue()
