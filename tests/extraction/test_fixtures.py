"""Every fixture page under tests/fixtures comes out as the record written beside it.

A fixture is ``tests/fixtures/<dir>/<name>.(html|htm|txt)`` with ``<name>.expected.json``
next to it. The expected record holds any of the :class:`sinmun.Article` fields; each field
present is compared exactly and is its own test, so one wrong field does not hide the
others. Special keys:

- ``reporters``: a list of ``{name, email}``, compared in order;
- ``images``: a list of ``{url, caption}``, compared in order on those two keys only;
- ``not_in_body``: boilerplate snippets of the page that must not appear in the body
  (paragraphs joined with newlines, whitespace collapsed);
- ``_options``: ``{url, reference_date}`` passed to :func:`sinmun.extract`;
- any other key starting with ``_`` (``_notes``) is ignored.

Known extractor bugs are listed in :data:`KNOWN_BUGS` as strict xfails: the expected
record stays correct, and the test turns red the day the bug is fixed without the
entry being removed.
"""
from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

import sinmun
from sinmun.article import Article
from conftest import FIXTURES
from fixture_records import KNOWN_BUGS, SNIPPET_KEYS, actual_value, checked_keys, collapse, expected_value

PAGE_SUFFIXES = (".html", ".htm", ".txt")


@dataclasses.dataclass(frozen=True)
class Fixture:
    page: Path
    expected_path: Path

    @property
    def name(self) -> str:
        stem = self.expected_path.name[: -len(".expected.json")]
        return f"{self.expected_path.parent.relative_to(FIXTURES).as_posix()}/{stem}"

    def expected(self) -> dict[str, Any]:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))


def discover() -> list[Fixture]:
    """Each ``*.expected.json`` under the fixtures tree with the page beside it."""
    found = []
    for expected in sorted(FIXTURES.rglob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        pages = [expected.with_name(stem + s) for s in PAGE_SUFFIXES if expected.with_name(stem + s).exists()]
        if len(pages) != 1:
            raise RuntimeError(f"{expected}: expected exactly one page {stem}.(html|htm|txt), found {len(pages)}")
        found.append(Fixture(pages[0], expected))
    return found


def cases() -> list:
    params = []
    for fixture in discover():
        for key in checked_keys(fixture.expected()):
            case_id = f"{fixture.name}::{key}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case_id])] if case_id in KNOWN_BUGS else []
            params.append(pytest.param(fixture, key, id=case_id, marks=marks))
    return params


@lru_cache(maxsize=None)
def extracted(page: Path) -> Article:
    expected_path = page.with_name(page.name.rsplit(".", 1)[0] + ".expected.json")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    options = expected.get("_options") or {}
    url = options.get("url") or expected.get("url")
    return sinmun.extract(page.read_bytes(), url=url, reference_date=options.get("reference_date"))


@pytest.mark.parametrize(("fixture", "key"), cases())
def test_fixture_field(fixture: Fixture, key: str) -> None:
    expected = fixture.expected()
    article = extracted(fixture.page)
    if key in SNIPPET_KEYS:
        body = collapse("\n".join(article.body_paragraphs))
        leaked = [s for s in expected[key] if collapse(s) in body]
        assert not leaked, f"boilerplate in the body: {leaked}"
        return
    assert actual_value(article, key) == expected_value(expected, key)


def test_fixtures_exist_for_every_profiled_site() -> None:
    """The site profiles each have at least one fixture page of their own."""
    names = {f.name.split("/")[0] for f in discover()}
    assert {"daum", "naver", "kbs", "imbc", "sbs"} <= names


def test_known_bugs_name_real_cases() -> None:
    """A KNOWN_BUGS entry whose fixture or field disappeared is a stale entry."""
    ids = {f"{f.name}::{k}" for f in discover() for k in checked_keys(f.expected())}
    assert set(KNOWN_BUGS) <= ids, sorted(set(KNOWN_BUGS) - ids)


def test_naver_2020_fixture_is_euc_kr_bytes_from_its_generator() -> None:
    """The 2020 Naver page really is EUC-KR (not UTF-8) and matches the script that writes it."""
    import importlib.util

    folder = FIXTURES / "naver"
    spec = importlib.util.spec_from_file_location("make_naver_2020_euckr", folder / "make_naver_2020_euckr.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    data = (folder / "naver-2020-euckr.html").read_bytes()
    assert data == generator.PAGE.encode("euc-kr")
    assert b'<meta charset="euc-kr">' in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
