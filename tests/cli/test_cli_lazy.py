"""The top-level command group imports the crawl and sites commands' modules only when one of them is looked up."""
import importlib
import subprocess
import sys

from sinmun.cli import LazyCommands, main


def test_the_lazy_names_are_the_crawl_and_sites_commands():
    crawl = importlib.import_module("sinmun.cli.crawl")
    sites = importlib.import_module("sinmun.cli.sites")
    assert {c.name for c in crawl.COMMANDS} == {"fetch", "crawl"}
    assert [c.name for c in sites.COMMANDS] == ["sites"]
    assert all(name in main.commands for name in ("fetch", "crawl", "sites", "search", "extract"))
    assert main.get_command(None, "sites") is sites.COMMANDS[0]
    assert main.get_command(None, "crawl") is next(c for c in crawl.COMMANDS if c.name == "crawl")


def test_a_lazy_command_loads_on_lookup_and_listing():
    commands = LazyCommands({"sites": ".sites", "fetch": ".crawl", "crawl": ".crawl"})
    assert "sites" in commands and len(commands) == 3
    assert commands.get("fetch").name == "fetch"
    assert commands.modules == {"sites": ".sites"}  # fetch's module brought crawl along, not sites
    assert sorted(commands) == ["crawl", "fetch", "sites"] and commands.modules == {}
    assert commands.get("nothing") is None and "nothing" not in commands


def test_importing_the_cli_imports_no_site_profile():
    code = "import sys, sinmun.cli; print([m for m in sys.modules if m.startswith(('sinmun.sites', 'sinmun.crawl'))])"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "[]"


def test_the_search_path_imports_no_other_command_module():
    """``sinmun search`` pays for the archive commands only: run, extract, spark and bench load on lookup."""
    code = ("import sys, sinmun.cli; print(sorted(m for m in sys.modules if m in ('sinmun.cli.corpus', "
            "'sinmun.cli.extract', 'sinmun.cli.spark', 'sinmun.cli.bench', 'sinmun.extraction')))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "[]"
    for name in ("run", "extract", "spark", "bench"):
        command = main.get_command(None, name)
        assert command is not None and command.name == name
    assert importlib.import_module("sinmun.cli.corpus").run_command is main.get_command(None, "run")
