"""``sinmun extract --explain``: each page's provenance as a table (rich when installed, else plain text)."""
from __future__ import annotations

import importlib.util
from typing import IO, Any

from ..article import Article, Explanation

MAX_CELL = 120
#: columns of the field table
HEADER = ("field", "source", "value", "other sources (value, confidence, why it lost)")


def write_explanations(named: list[tuple[str, Article]], stream: IO[str]) -> None:
    for source, article in named:
        if article.explain is None:
            continue
        if importlib.util.find_spec("rich") is not None:
            _write_rich(source, article.explain, stream)
        else:
            _write_plain(source, article.explain, stream)


def short(value: Any) -> str:
    """A value in one short line."""
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        text = "; ".join(short(v) for v in value)
        text = f"{len(value)}: {text}" if len(value) > 1 else text
    elif isinstance(value, dict):
        text = str(value.get("url") or value.get("title") or value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def field_rows(explanation: Explanation) -> list[tuple[str, str, str, str]]:
    rows = []
    for name, found in explanation.fields.items():
        others = [f"{o.source}: {short(o.value)} ({o.confidence:.2f}, {o.status})"
                  for o in found.offers if o.status != "won"]
        if found.silent:
            others.append("offered nothing: " + ", ".join(found.silent))
        others += [f"note: {n}" for n in found.notes]
        rows.append((name, found.source or "—", short(found.value), "\n".join(others)))
    return rows


def _write_rich(source: str, explanation: Explanation, stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, width=200 if not stream.isatty() else None, highlight=False, markup=False,
                      emoji=False)
    table = Table(title=Text(source), show_lines=True)
    for header in HEADER:
        table.add_column(header, no_wrap=header in ("field", "source"), overflow="fold")
    for row in field_rows(explanation):
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)
    if explanation.removed:
        console.print(Text(f"{source}: lines removed from the body"))
        removed = Table()
        removed.add_column("rule", no_wrap=True)
        removed.add_column("line", overflow="fold")
        for line in explanation.removed:
            removed.add_row(Text(line.rule), Text(short(line.text)))
        console.print(removed)


def _write_plain(source: str, explanation: Explanation, stream: IO[str]) -> None:
    stream.write(f"== {source}\n")
    for name, winner, value, others in field_rows(explanation):
        stream.write(f"{name:<16} {winner:<20} {value}\n")
        for other in others.splitlines():
            stream.write(f"{'':<38}{other}\n")
    if explanation.removed:
        stream.write("-- lines removed from the body\n")
        for line in explanation.removed:
            stream.write(f"{line.rule:<20} {short(line.text)}\n")
    stream.write("\n")
