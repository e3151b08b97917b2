"""`sinmun sites` lists every site profile, the README's coverage table is generated from the same data,
and every profile module under sinmun/sites is registered."""
from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
from datetime import date

from click.testing import CliRunner

import sinmun.sites
from sinmun.cli import main
from sinmun.sites import BUILT_IN, SiteProfile
from sinmun.sites.catalog import catalog, markdown_table
from sinmun.sites.sources import OUTLETS

from conftest import ROOT


def load_script():
    spec = importlib.util.spec_from_file_location("sites_table", ROOT / "scripts" / "sites_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_table_is_the_registry():
    script = load_script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert script.current(readme) == script.section(), "run: python scripts/sites_table.py"


def test_a_profile_added_without_regenerating_makes_the_readme_stale():
    script = load_script()
    readme_section = script.current((ROOT / "README.md").read_text(encoding="utf-8"))
    added = SiteProfile(name="gasang", hosts=("gasang.example",), press="가상일보")
    assert markdown_table(catalog([*BUILT_IN, added])) not in readme_section
    assert markdown_table(catalog(list(BUILT_IN))) in readme_section


def test_every_profile_module_is_in_the_module_list():
    listed = set(sinmun.sites._MODULES)
    for info in pkgutil.iter_modules(sinmun.sites.__path__):
        module = importlib.import_module(f"sinmun.sites.{info.name}")
        if isinstance(getattr(module, "PROFILES", None), list):
            assert info.name in listed, f"{info.name} has PROFILES but is not in sinmun.sites._MODULES"
            assert all(p in BUILT_IN for p in module.PROFILES)


def test_sites_json_lists_every_profile_with_its_dated_layouts():
    result = CliRunner().invoke(main, ["sites", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = {site["name"]: site for site in json.loads(result.output)}
    for profile in BUILT_IN:
        site = listed[profile.name]
        assert set(profile.hosts) <= set(site["hosts"])
        layout = next(x for x in site["layouts"] if x["version"] == profile.version)
        assert layout["valid_from"] == (profile.valid_from.isoformat() if profile.valid_from else None)
        assert layout["valid_until"] == (profile.valid_until.isoformat() if profile.valid_until else None)
    assert listed["chosun"]["outlet"] == "조선일보"
    assert listed["naver-sports"]["portal"] == "naver"
    assert {"valid_from": "2018-01-01", "valid_until": "2022-12-31", "version": "2018"} in listed["daum"]["layouts"]


def test_sites_table_shows_profiles_layout_dates_and_crawl_outlets():
    result = CliRunner().invoke(main, ["sites"])
    assert result.exit_code == 0, result.output
    for profile in BUILT_IN:
        assert profile.name in result.output
    assert "from 2022-01-01" in result.output and "until 2020-12-31" in result.output
    for name in OUTLETS:
        assert name in result.output


def test_sites_markdown_is_the_readme_table_and_json_flag_keeps_the_sources_shape():
    markdown = CliRunner().invoke(main, ["sites", "--format", "markdown"]).output
    assert markdown == markdown_table(catalog(list(BUILT_IN)))
    sources = json.loads(CliRunner().invoke(main, ["sites", "--json"]).output)
    assert set(sources) == set(OUTLETS) and all("sources" in o for o in sources.values())


def test_layout_dates_read_as_words():
    layouts = {x.version: x.dates for s in catalog(list(BUILT_IN)) if s.name == "daum" for x in s.layouts}
    assert layouts == {"current": "from 2022-01-01", "2018": "2018-01-01 – 2022-12-31"}
    undated = catalog([SiteProfile(name="x", hosts=("x.example",), valid_until=date(2020, 1, 1))])
    assert undated[0].layouts[0].dates == "until 2020-01-01" and undated[0].outlet == "x"
