"""Archive exports in the layout Korean news analysts know: the Korea Press Foundation's BigKinds
download (one row an article: id, date, press, reporters, title, section, people, places,
organisations, keywords, body, URL), as CSV (UTF-8 with BOM, so Excel opens Hangul right), XLSX,
or Parquet (lists kept as lists).

Records are read with :meth:`Archive.get` (the record with its enrichment). The store has no
"every id, in order" reader, so the ids are listed from its ``articles`` table directly.
People, places, organisations and keywords come from sinmun's enrichment (empty for articles added
with --no-enrich until `sinmun archive enrich` runs).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .store import Archive

COLUMNS = ("id", "date", "press", "reporters", "title", "section", "people", "places", "organisations",
           "keywords", "body", "url")
#: BigKinds' own header for each column.
KOREAN_HEADERS = dict(zip(COLUMNS, ("뉴스 식별자", "일자", "언론사", "기고자", "제목", "통합 분류1", "인물", "위치",
                                    "기관", "키워드", "본문", "URL")))
LIST_COLUMNS = ("reporters", "people", "places", "organisations", "keywords")
FORMATS = ("csv", "xlsx", "parquet")
XLSX_CELL_LIMIT = 32_767  # Excel's longest cell
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class ExportFilter:
    press: str | None = None
    since: str | None = None   # YYYY-MM-DD, inclusive
    until: str | None = None


def format_of(path: str, requested: str | None = None) -> str:
    if requested:
        return requested
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"cannot tell the format of {path}: name it .csv, .xlsx or .parquet, or give --format")
    return suffix


def export_rows(archive: Archive, where: ExportFilter = ExportFilter()) -> Iterator[dict[str, Any]]:
    """One BigKinds-style row an article (lists as lists), oldest first."""
    for article_id in _ids(archive, where):
        record = archive.get(article_id)
        if record is not None:
            yield row_of(record)


def _ids(archive: Archive, where: ExportFilter) -> list[str]:
    # store.py offers search() (ranked, capped) and get(id), but no plain listing: read the table.
    clauses, params = [], []
    for clause, value in (("press = ?", where.press), ("day >= ?", where.since), ("day <= ?", where.until)):
        if value:
            clauses.append(clause)
            params.append(value)
    sql = "SELECT id FROM articles" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return [row[0] for row in archive.db.execute(sql + " ORDER BY day, rowid", params)]


def row_of(record: dict[str, Any]) -> dict[str, Any]:
    published = record.get("published") or ""
    return {
        "id": record.get("id"), "date": published[:10].replace("-", "") or None, "press": record.get("press"),
        "reporters": [r.get("name") for r in record.get("reporters") or [] if r.get("name")],
        "title": record.get("title"), "section": record.get("section"),
        "people": list(record.get("people") or []), "places": list(record.get("places") or []),
        "organisations": list(record.get("orgs") or []), "keywords": list(record.get("keywords") or []),
        "body": "\n".join(record.get("body_paragraphs") or []),
        "url": record.get("canonical_url") or record.get("url"),
    }


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """Lists joined with commas, as BigKinds writes them."""
    return {k: ",".join(v) if k in LIST_COLUMNS else v for k, v in row.items()}


def export(archive: Archive, path: str, fmt: str, where: ExportFilter = ExportFilter(),
           korean_headers: bool = True) -> int:
    """Write the export; returns the number of articles."""
    headers = [KOREAN_HEADERS[c] if korean_headers else c for c in COLUMNS]
    rows = export_rows(archive, where)
    writer = {"csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet}[fmt]
    return writer(path, headers, rows)


def _write_csv(path: str, headers: list[str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(headers)
        for count, row in enumerate(rows, 1):
            out.writerow([flat(row)[c] for c in COLUMNS])
    return count


def _write_xlsx(path: str, headers: list[str], rows: Iterator[dict[str, Any]]) -> int:
    from ..extras import require
    openpyxl = require("openpyxl", "export")
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("sinmun")
    sheet.append(headers)
    count = 0
    for count, row in enumerate(rows, 1):
        sheet.append([_xlsx_cell(flat(row)[c]) for c in COLUMNS])
    book.save(path)
    return count


def _xlsx_cell(value: Any) -> Any:
    """Excel refuses control characters and cells over 32,767 characters (a long body is cut there)."""
    if not isinstance(value, str):
        return value
    return _XLSX_ILLEGAL.sub("", value)[:XLSX_CELL_LIMIT]


def _write_parquet(path: str, headers: list[str], rows: Iterator[dict[str, Any]]) -> int:
    from ..extras import require
    pa = require("pyarrow", "corpus")
    import pyarrow.parquet as pq
    types = {c: pa.list_(pa.string()) if c in LIST_COLUMNS else pa.string() for c in COLUMNS}
    schema = pa.schema([(name, types[c]) for name, c in zip(headers, COLUMNS)])
    table = pa.Table.from_pylist([dict(zip(headers, (row[c] for c in COLUMNS))) for row in rows], schema=schema)
    pq.write_table(table, path)
    return table.num_rows
