"""The top-level command group imports the crawl commands' module only when one of them is looked up."""
import importlib
import subprocess
import sys

from sinmun.cli import LazyCommands, main


def test_the_lazy_names_are_the_crawl_commands():
    crawl = importlib.import_module("sinmun.cli.crawl")
    assert {c.name for c in crawl.COMMANDS} == {"fetch", "crawl", "sites"}
    assert all(name in main.commands for name in ("fetch", "crawl", "sites", "search", "extract"))
    assert main.get_command(None, "sites") is crawl.COMMANDS[2]


def test_a_lazy_command_loads_on_lookup_and_listing():
    commands = LazyCommands({"sites": ".crawl", "fetch": ".crawl", "crawl": ".crawl"})
    assert "sites" in commands and len(commands) == 3
    assert commands.get("fetch").name == "fetch"
    assert commands.modules == {} and sorted(commands) == ["crawl", "fetch", "sites"]
    assert commands.get("nothing") is None and "nothing" not in commands


def test_importing_the_cli_imports_no_site_profile():
    code = "import sys, sinmun.cli; print([m for m in sys.modules if m.startswith(('sinmun.sites', 'sinmun.crawl'))])"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "[]"
