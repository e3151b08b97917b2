#!/usr/bin/env python3
"""sinmun's generic path on trafilatura's public evaluation set, scored by trafilatura's own method.

    python bench/trafilatura_eval.py [--data DIR] [--download] [--tools sinmun,trafilatura,readability]
                                     [--reps 2] [--limit N] [--quote] [--out bench/results]

The set is the one in trafilatura's repository (https://github.com/adbar/trafilatura): ``tests/evaldata.json``
(990 multilingual pages, each with up to six 'with' snippets that belong to the main text and up to six
'without' snippets that do not) and the HTML files in ``tests/cache`` and ``tests/eval``. It is never part of
this repository: ``--data`` points to a trafilatura checkout (or its ``tests`` folder, or a bare git directory,
read with ``git cat-file``); without ``--data`` the script looks in ``$XDG_CACHE_HOME/sinmun-bench/trafilatura``
and, with ``--download``, clones it there first (``git clone --depth 1``).

The scoring is the one of trafilatura's ``tests/eval_common.py`` (re-implemented here): outputs and snippets are
whitespace-normalised, a 'with' snippet found as a substring of the output is a true positive (else a false
negative), a 'without' snippet found is a false positive (else a true negative); precision, recall, F1 and
accuracy are computed over the counts of all pages, and a tool that raises on a page scores it as empty output.
Each tool gets the page's bytes, as in trafilatura's comparison; trafilatura runs with that comparison's
settings (``fast=False, include_comments=False, include_tables=True, include_formatting=False``: body text, no
title); sinmun's output is its body paragraphs joined by newlines (no title either; the row "sinmun +subtitle"
scores the same run with the subtitle line prepended: the deck under the headline, which sinmun's record keeps in
its own field and the other tools' text holds; "sinmun +title" with the title line prepended); readability's summary HTML is turned into text.

Speed: one warm-up pass per tool (the scored one), then ``--reps`` timed passes interleaved across tools,
this single thread pinned to one CPU; pages/s = pages / median CPU seconds of a pass.

Then it analyses sinmun's false negatives: where each missed snippet lives in the page (heading, list item,
table cell, quote, caption, paragraph; inside or outside the part of the page sinmun's body came from) and
whether trafilatura found it. ``<out>/trafilatura-eval.md`` has the tables and examples,
``<out>/trafilatura-eval.json`` every page's counts and misses. The set's text is not copied into them: snippets
are named by their index in the page's list (``with[2]``) unless ``--quote`` asks for the text (local analysis).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import load_average, machine_info, pin_to_one_cpu, quiet_peers, tool_versions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "bench" / "results"
REPO_URL = "https://github.com/adbar/trafilatura"
CACHE_DATA = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sinmun-bench" / "trafilatura"
HOW_TO_GET = (f"get the data with `git clone --depth 1 {REPO_URL}` and pass --data PATH_TO_CLONE, "
              f"or run with --download (clones into {CACHE_DATA})")
DEFAULT_TOOLS = ("sinmun", "trafilatura", "readability")
HTML_DIRS = ("cache", "eval")          # trafilatura resolves a page's file in tests/cache, then tests/eval
TRAFILATURA_OPTS = {"include_comments": False, "include_tables": True, "include_formatting": False}
QUOTE_CHARS = 90
MAX_EXAMPLES = 12


class BenchError(Exception):
    """A problem with the inputs (no data, bad data, unknown tool): one line to the user."""


def norm(text: str) -> str:
    """Whitespace-normalised text, as trafilatura's scorer compares it."""
    return re.sub(r"\s+", " ", text).strip()


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = norm(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- the data
@dataclass
class EvalPage:
    url: str
    file: str
    html: bytes
    with_: list[str]
    without: list[str]


class GitSource:
    """Files of a git directory's HEAD, read with one ``git cat-file --batch``."""

    def __init__(self, git_dir: Path) -> None:
        self.git_dir = git_dir

    def git(self, *args: str, data: bytes | None = None) -> bytes:
        proc = subprocess.run(["git", f"--git-dir={self.git_dir}", *args], input=data, capture_output=True)
        if proc.returncode:
            raise BenchError(f"git {args[0]} in {self.git_dir} failed: {proc.stderr.decode(errors='replace').strip()}")
        return proc.stdout

    def names(self) -> set[str]:
        listed = self.git("ls-tree", "-r", "-z", "--name-only", "HEAD", "tests/")
        return set(listed.decode("utf-8", "surrogateescape").split("\0")) - {""}

    def read_many(self, paths: list[str]) -> dict[str, bytes]:
        out = self.git("cat-file", "--batch", data="".join(f"HEAD:{p}\n" for p in paths).encode("utf-8", "surrogateescape"))
        blobs, pos = {}, 0
        for path in paths:
            header_end = out.index(b"\n", pos)
            size = int(out[pos:header_end].split()[2])
            blobs[path] = out[header_end + 1: header_end + 1 + size]
            pos = header_end + 1 + size + 1
        return blobs

    def describe(self) -> str:
        return self.git("rev-parse", "HEAD").decode().strip()


class DirSource:
    """Files under a trafilatura checkout's root (``tests/...`` paths)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> set[str]:
        tests = self.root / "tests"
        found = {"tests/evaldata.json"} if (tests / "evaldata.json").is_file() else set()
        for sub in HTML_DIRS:
            if (tests / sub).is_dir():
                found |= {f"tests/{sub}/{p.name}" for p in (tests / sub).iterdir() if p.is_file()}
        return found

    def read_many(self, paths: list[str]) -> dict[str, bytes]:
        return {p: (self.root / p).read_bytes() for p in paths}

    def describe(self) -> str:
        proc = subprocess.run(["git", "-C", str(self.root), "rev-parse", "HEAD"], capture_output=True, text=True)
        return proc.stdout.strip() if proc.returncode == 0 else "unknown (not a git checkout)"


def open_source(path: Path) -> GitSource | DirSource:
    """A checkout root, its ``tests`` folder, or a (bare) git directory."""
    if (path / "tests" / "evaldata.json").is_file():
        return DirSource(path)
    if path.name == "tests" and (path / "evaldata.json").is_file():
        return DirSource(path.parent)
    if (path / "HEAD").is_file() and (path / "objects").is_dir():
        return GitSource(path)
    raise BenchError(f"{path} holds neither tests/evaldata.json nor a git directory; {HOW_TO_GET}")


def download(target: Path) -> None:
    """``git clone --depth 1`` of trafilatura into target (replacing an unfinished earlier attempt)."""
    if shutil.which("git") is None:
        raise BenchError("--download needs git, which is not installed")
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"cloning {REPO_URL} into {target} ...", file=sys.stderr, flush=True)
    proc = subprocess.run(["git", "clone", "--quiet", "--depth", "1", REPO_URL, str(target)],
                          capture_output=True, text=True)
    if proc.returncode:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise BenchError(f"could not clone {REPO_URL} (offline?): {last}")


def resolve_data(data: Path | None, want_download: bool) -> Path:
    if data is not None:
        if not data.exists():
            raise BenchError(f"--data {data} does not exist; {HOW_TO_GET}")
        return data
    if not (CACHE_DATA / "tests" / "evaldata.json").is_file():
        if not want_download:
            raise BenchError(f"no evaluation data given; {HOW_TO_GET}")
        download(CACHE_DATA)
    return CACHE_DATA


def load_pages(source: GitSource | DirSource, limit: int | None) -> tuple[list[EvalPage], dict[str, Any]]:
    """The annotated pages, in URL order (as trafilatura reads them), and facts about the data."""
    names = source.names()
    if "tests/evaldata.json" not in names:
        raise BenchError(f"tests/evaldata.json is missing from the data; {HOW_TO_GET}")
    raw = source.read_many(["tests/evaldata.json"])["tests/evaldata.json"]
    try:
        items = json.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise BenchError(f"tests/evaldata.json is not valid JSON: {exc}") from None
    urls = sorted(items)[:limit] if limit else sorted(items)
    paths = {u: next((f"tests/{d}/{items[u]['file']}" for d in HTML_DIRS
                      if f"tests/{d}/{items[u]['file']}" in names), None) for u in urls}
    missing = [items[u]["file"] for u in urls if paths[u] is None]
    if missing:
        raise BenchError(f"{len(missing)} HTML files are missing from the data, e.g. {missing[0]}")
    blobs = source.read_many(sorted(set(paths.values())))
    pages = [EvalPage(u, items[u]["file"], blobs[paths[u]], list(items[u]["with"]), list(items[u]["without"]))
             for u in urls]
    meta = {"commit": source.describe(), "evaldata_sha256": hashlib.sha256(raw).hexdigest(),
            "annotated_pages": len(items)}
    return pages, meta


# ---------------------------------------------------------------- the tools
@dataclass
class Tool:
    """A tool: run(html bytes, url) -> raw output; views(raw) -> {row name: text scored}."""
    name: str
    run: Callable[[bytes, str], Any]
    views: Callable[[Any], dict[str, str]]


def sinmun_tool() -> Tool:
    import sinmun

    def views(article: Any) -> dict[str, str]:
        body = "\n".join(article.body_paragraphs)
        return {"sinmun": body, "sinmun +subtitle": f"{article.subtitle or ''}\n{body}",
                "sinmun +title": f"{article.title or ''}\n{body}"}

    return Tool("sinmun", lambda html, url: sinmun.extract(html, url), views)


def trafilatura_tool(fast: bool = False) -> Tool:
    from trafilatura import extract

    name = "trafilatura fast" if fast else "trafilatura"
    return Tool(name, lambda html, url: extract(html, fast=fast, **TRAFILATURA_OPTS), lambda text: {name: text or ""})


BLOCK_TAGS = ("p", "div", "li", "br", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
              "dd", "dt", "figcaption", "section", "article")


def summary_text(summary: str) -> str:
    """readability's summary HTML as text, a newline after each block (so snippets match text, not markup)."""
    import lxml.html

    if not summary.strip():
        return ""
    tree = lxml.html.fromstring(summary)
    for element in tree.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def readability_tool() -> Tool:
    from readability import Document
    from trafilatura.utils import decode_file  # the decoding trafilatura's comparison gives readability

    return Tool("readability", lambda html, url: summary_text(Document(decode_file(html)).summary()),
                lambda text: {"readability": text})


TOOL_FACTORIES: dict[str, Callable[[], Tool]] = {
    "sinmun": sinmun_tool, "trafilatura": trafilatura_tool, "trafilatura-fast": lambda: trafilatura_tool(True),
    "readability": readability_tool}
DISTRIBUTIONS = {"sinmun": "sinmun", "trafilatura": "trafilatura", "trafilatura-fast": "trafilatura",
                 "readability": "readability-lxml"}


def build_tools(names: list[str]) -> tuple[list[Tool], dict[str, str]]:
    tools, unavailable = [], {}
    for name in names:
        if name not in TOOL_FACTORIES:
            raise BenchError(f"unknown tool {name!r}; choose from {', '.join(TOOL_FACTORIES)}")
        try:
            tool = TOOL_FACTORIES[name]()
            tool.run(b"<html><body><p>warm up</p></body></html>", "https://example.com/")
            tools.append(tool)
        except ImportError as exc:
            unavailable[name] = f"not installed ({exc.name or exc})"
        except Exception:  # noqa: BLE001 - the warm-up page may be rejected; the tool itself loaded
            tools.append(tool)
    return tools, unavailable


# ---------------------------------------------------------------- scoring and running
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 0.0
        return {"precision": p, "recall": r, "f1": f1, "accuracy": (self.tp + self.tn) / total if total else 0.0}


@dataclass
class PageScore:
    """How one row did on one page: its counts, the 'with' snippets it missed, the 'without' ones it kept."""
    counts: Counts
    missed: list[str]
    leaked: list[str]
    chars: int
    error: str | None = None


def score_text(page: EvalPage, text: str | None, error: str | None = None) -> PageScore:
    output = norm(text or "")
    missed = [w for w in page.with_ if norm(w) not in output]
    leaked = [w for w in page.without if norm(w) in output]
    counts = Counts(len(page.with_) - len(missed), len(leaked), len(missed), len(page.without) - len(leaked))
    return PageScore(counts, missed, leaked, len(output), error)


def run_once(tool: Tool, page: EvalPage) -> tuple[Any, str | None]:
    try:
        return tool.run(page.html, page.url), None
    except Exception as exc:  # noqa: BLE001 - a tool failing on a page scores it as empty output
        return None, f"{type(exc).__name__}: {exc}"[:200]


def scored_pass(tool: Tool, pages: list[EvalPage]) -> tuple[dict[str, list[PageScore]], list[Any]]:
    """The warm-up pass: every page once; per row, the page scores; and the raw outputs (for the analysis)."""
    rows: dict[str, list[PageScore]] = {}
    raws = []
    for page in pages:
        raw, error = run_once(tool, page)
        raws.append(raw)
        views = tool.views(raw) if raw is not None else None
        for row in tool.views(tool_empty(tool)) if views is None else views:
            text = views[row] if views is not None else None
            rows.setdefault(row, []).append(score_text(page, text, error))
    return rows, raws


def tool_empty(tool: Tool) -> Any:
    """A stand-in output, only to learn the names of a tool's rows when it raised on a page."""
    if tool.name == "sinmun":
        return type("Empty", (), {"body_paragraphs": [], "title": ""})()
    return ""


def timed_pass(tool: Tool, pages: list[EvalPage]) -> tuple[float, float]:
    """CPU and wall-clock seconds of one pass over the pages."""
    cpu, wall = time.process_time(), time.perf_counter()
    for page in pages:
        run_once(tool, page)
    return time.process_time() - cpu, time.perf_counter() - wall


def total(scores: list[PageScore]) -> Counts:
    counts = Counts()
    for s in scores:
        counts.add(s.counts)
    return counts


# ---------------------------------------------------------------- where sinmun's misses live
KIND_BY_TAG = {**{f"h{i}": "heading" for i in range(1, 7)}, "li": "list item", "dt": "list item",
               "dd": "list item", "td": "table cell", "th": "table cell", "caption": "table cell",
               "blockquote": "quote", "q": "quote", "figcaption": "caption", "figure": "caption",
               "pre": "code", "code": "code", "p": "paragraph"}
REGION_TAGS = {"header", "footer", "nav", "aside", "form"}
DROP_TAGS = ["script", "style", "noscript", "template", "svg"]
PARTIAL_CHARS = 25   # a miss whose first or last 25 characters are in the output is "altered", not dropped


def node_text(node: Any) -> tuple[str, str]:
    """The node's text, joined without and with a space between text nodes (markup may split words)."""
    return norm(node.text(deep=True, separator="")), norm(node.text(deep=True, separator=" "))


def holds(node: Any, needle: str) -> bool:
    return any(needle in form for form in node_text(node))


def deepest_holder(root: Any, needle: str) -> Any | None:
    """The deepest element whose text contains needle (following the first child that does)."""
    if root is None or not needle or not holds(root, needle):
        return None
    node = root
    while True:
        child = next((c for c in node.iter(include_text=False) if holds(c, needle)), None)
        if child is None:
            return node
        node = child


def ancestors(node: Any) -> list[Any]:
    chain = []
    while node is not None and node.tag not in ("html", "-undef"):
        chain.append(node)
        node = node.parent
    return chain


def label(node: Any) -> str:
    ident = f"#{node.id}" if node.id else ""
    classes = (node.attributes.get("class") or "").split()
    return node.tag + ident + "".join(f".{c}" for c in classes[:2])


def common_ancestor(nodes: list[Any]) -> Any | None:
    chains = [[n.mem_id for n in reversed(ancestors(node))] for node in nodes]
    if not chains:
        return None
    by_id = {n.mem_id: n for node in nodes for n in ancestors(node)}
    shared = None
    for ids in zip(*chains):
        if len(set(ids)) != 1:
            break
        shared = ids[0]
    return by_id.get(shared) if shared is not None else None


def body_container(body: Any, paragraphs: list[str]) -> Any | None:
    """The smallest element holding the first, middle and last of sinmun's paragraphs: where the body came from."""
    picks = [paragraphs[0], paragraphs[len(paragraphs) // 2], paragraphs[-1]] if paragraphs else []
    nodes = [n for n in (deepest_holder(body, norm(p)[:80]) for p in picks) if n is not None]
    return common_ancestor(nodes)


def kind_of(holder: Any) -> tuple[str, list[str]]:
    """The snippet's kind (nearest heading/list/table/quote/caption/code/paragraph ancestor) and regions."""
    chain = ancestors(holder)
    kind = next((KIND_BY_TAG[n.tag] for n in chain if n.tag in KIND_BY_TAG), "other block (div/span/text)")
    regions = sorted({n.tag for n in chain if n.tag in REGION_TAGS})
    return kind, regions


@dataclass
class Miss:
    file: str
    snippet: str
    cause: str
    index: int = 0                 # the snippet's position in the page's 'with' list
    kind: str = ""
    where: str = ""
    holder_chars: int = 0
    regions: list[str] = field(default_factory=list)
    container: str = ""
    trafilatura_found: bool | None = None
    sinmun_start: str = ""
    branch: str = ""               # outside: what the snippet's branch is (split body, lead block, ...)
    levels_up: int | None = None   # outside: how far above the container its nearest common ancestor with the snippet is

    def to_dict(self, quote_text: bool) -> dict[str, Any]:
        fields = dict(self.__dict__)
        if not quote_text:  # the set's text stays out of committed results: the snippet by its index only
            del fields["snippet"], fields["sinmun_start"]
        return fields


def page_tree(html: bytes) -> tuple[Any, str]:
    """The page's tree without scripts and styles, and the text that was in its scripts (unescaped)."""
    from selectolax.lexbor import LexborHTMLParser

    from sinmun.extraction.parse import decode_bytes

    tree = LexborHTMLParser(decode_bytes(html)[0])
    scripts = " ".join(node.text(deep=True) for node in tree.css("script, template, noscript"))
    tree.strip_tags(DROP_TAGS)
    return tree, norm(html_unescape(scripts))


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text.replace("\\u003c", "<").replace("\\u003e", ">").replace('\\"', '"'))


INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def canonical(text: str) -> str:
    """NFC without soft hyphens and zero-width characters (trafilatura's output is NFC)."""
    import unicodedata

    return norm(INVISIBLE.sub("", unicodedata.normalize("NFC", text)))


def without_ruby(tree: Any) -> str:
    """The body's text with ruby annotations (<rt>, <rp>) left out."""
    from selectolax.lexbor import LexborHTMLParser

    copy = LexborHTMLParser(tree.body.html if tree.body is not None else "")
    copy.strip_tags(["rt", "rp"])
    return norm(copy.body.text(deep=True, separator="")) if copy.body is not None else ""


def unlocated_cause(tree: Any, scripts: str, needle: str, holder: Any | None) -> str:
    if holder is not None or (tree.head is not None and holds(tree.head, needle)):
        return "only in <title>/<head>"
    if tree.body is not None and tree.body.css_first("rt") is not None and needle in without_ruby(tree):
        return "split by ruby annotations (<rt>)"
    if needle in scripts or canonical(needle) in canonical(scripts):
        return "only inside a <script>/<template> (JSON-LD, JS data, template)"
    return "not in the page's visible text"


def levels_to_common(container: Any, holder_ids: set[int]) -> int:
    """Steps from the container up to the first of its ancestors that also holds the snippet."""
    return next((i for i, n in enumerate(ancestors(container)) if n.mem_id in holder_ids), len(ancestors(container)))


def distance_bucket(levels: int | None) -> str:
    if levels is None:
        return "unknown"
    return {1: "1 (a sibling of the container)", 2: "2 levels up"}.get(levels, "3-4 levels up" if levels <= 4 else
                                                                      "5+ levels up (elsewhere in the page)")


LEAD_WORDS = re.compile(r"lead|intro|teaser|excerpt|summary|perex|bajada|chapo|standfirst|preface|subtitle|"
                        r"subline|subhead|dek\b|deck|abstract|kicker|description", re.I)


def block_kind(node: Any) -> tuple[str, frozenset[str]]:
    return node.tag, frozenset((node.attributes.get("class") or "").split())


def outside_branch(container: Any, holder: Any, kind: str) -> str:
    """What the snippet's element is, seen from sinmun's container: another block of the container's own kind
    (the body is split into sibling blocks and sinmun took one), a lead/intro/summary block, or something else."""
    container_ids = {n.mem_id for n in ancestors(container)}
    below_join = ancestors(holder)
    below_join = below_join[: next((i for i, n in enumerate(below_join) if n.mem_id in container_ids), len(below_join))]
    distinctive = bool(block_kind(container)[1]) or container.tag in ("section", "article")
    if distinctive and any(block_kind(n) == block_kind(container) for n in below_join):
        return "a block like the container (body split into sibling blocks)"
    names = " ".join(f"{n.id or ''} {n.attributes.get('class') or ''}" for n in below_join)
    if LEAD_WORDS.search(names):
        return "a lead/intro/summary block"
    return {"heading": "a heading", "caption": "a caption"}.get(kind, "another part of the page")


def explain_miss(page: EvalPage, snippet: str, article: Any, parsed: tuple[Any, str], container: Any | None) -> Miss:
    tree, scripts = parsed
    body_text = norm("\n".join(article.body_paragraphs)) if article is not None else ""
    needle = norm(snippet)
    miss = Miss(page.file, snippet, "", page.with_.index(snippet), sinmun_start=quote(body_text, 70))
    if article is None:
        miss.cause = "sinmun raised"
    elif not body_text:
        miss.cause = "empty body" + ("" if article.is_article else " (is_article false)")
    elif canonical(needle) in canonical(body_text):
        miss.cause = "in the output in another Unicode form (decomposed accents, soft hyphens)"
        return miss
    elif needle[:PARTIAL_CHARS] in body_text or needle[-PARTIAL_CHARS:] in body_text:
        miss.cause = "partly in output (text altered or split)"
    holder = deepest_holder(tree.body, needle)
    if holder is None or holder.tag == "title":  # a stray <title> in the body is still the page title
        miss.cause = miss.cause or unlocated_cause(tree, scripts, needle, holder)
        return miss
    miss.kind, miss.regions = kind_of(holder)
    miss.where = " > ".join(label(n) for n in reversed(ancestors(holder)[:4]))
    miss.holder_chars = len(node_text(holder)[1])
    miss.container = label(container) if container is not None else ""
    holder_ids = {n.mem_id for n in ancestors(holder)}
    inside = container is not None and container.mem_id in holder_ids
    if container is not None and not inside:
        miss.levels_up = levels_to_common(container, holder_ids)
        miss.branch = outside_branch(container, holder, miss.kind)
    miss.cause = miss.cause or ("inside the body's container, dropped" if inside else "outside the body's container")
    return miss


def analyse_misses(pages: list[EvalPage], articles: list[Any], sinmun_rows: list[PageScore],
                   trafilatura_rows: list[PageScore] | None) -> list[Miss]:
    misses = []
    for i, (page, article, score) in enumerate(zip(pages, articles, sinmun_rows)):
        if not score.missed:
            continue
        try:
            found = page_misses(page, article, score.missed)
        except Exception as exc:  # noqa: BLE001 - an odd page must not stop the report
            found = [Miss(page.file, s, f"not analysed ({type(exc).__name__}: {exc})"[:120]) for s in score.missed]
        for miss in found:
            if trafilatura_rows is not None:
                miss.trafilatura_found = miss.snippet not in trafilatura_rows[i].missed
        misses.extend(found)
    return misses


def page_misses(page: EvalPage, article: Any, missed: list[str]) -> list[Miss]:
    parsed = page_tree(page.html)
    body = parsed[0].body
    paragraphs = list(article.body_paragraphs) if article is not None else []
    container = body_container(body, paragraphs) if body is not None else None
    return [explain_miss(page, snippet, article, parsed, container) for snippet in missed]


# ---------------------------------------------------------------- the run
@dataclass
class Run:
    pages: list[EvalPage]
    rows: dict[str, list[PageScore]]                 # row name -> per-page scores
    row_tool: dict[str, str]                         # row name -> the tool whose run it scores
    cpu: dict[str, list[float]] = field(default_factory=dict)    # tool -> CPU seconds per timed pass
    wall: dict[str, list[float]] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def pages_per_s(self, tool: str) -> float | None:
        seconds = self.cpu.get(tool)
        return len(self.pages) / statistics.median(seconds) if seconds and statistics.median(seconds) else None


def run_bench(pages: list[EvalPage], tools: list[Tool], reps: int, log: Callable[[str], None]) -> Run:
    run = Run(pages, {}, {})
    raws: dict[str, list[Any]] = {}
    for tool in tools:
        log(f"{tool.name}: scored pass over {len(pages)} pages")
        rows, raws[tool.name] = scored_pass(tool, pages)
        run.rows.update(rows)
        run.row_tool.update({row: tool.name for row in rows})
    for rep in range(reps):
        for tool in tools:
            cpu, wall = timed_pass(tool, pages)
            run.cpu.setdefault(tool.name, []).append(cpu)
            run.wall.setdefault(tool.name, []).append(wall)
            log(f"{tool.name}: timed pass {rep + 1}/{reps}: {cpu:.1f} s CPU")
    if "sinmun" in run.rows:
        log("analysing sinmun's false negatives")
        run.misses = analyse_misses(pages, raws["sinmun"], run.rows["sinmun"], run.rows.get("trafilatura"))
    return run


# ---------------------------------------------------------------- reports
def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def row_summary(run: Run, row: str) -> dict[str, Any]:
    scores = run.rows[row]
    counts = total(scores)
    tool = run.row_tool[row]
    pps, sinmun_pps = run.pages_per_s(tool), run.pages_per_s("sinmun")
    return {**counts.scores(), **counts.__dict__, "tool": tool,
            "errors": sum(1 for s in scores if s.error), "empty": sum(1 for s in scores if not s.chars),
            "pages_per_s": pps, "sinmun_speedup": sinmun_pps / pps if pps and sinmun_pps else None}


def summary_table(run: Run) -> list[str]:
    lines = ["| tool | precision | recall | F1 | accuracy | TP | FP | FN | TN | errors | empty | pages/s "
             "| sinmun speed × |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in run.rows:
        s = row_summary(run, row)
        same_run = row != s["tool"]
        lines.append(f"| {row} | {fmt(s['precision'])} | {fmt(s['recall'])} | {fmt(s['f1'])} | "
                     f"{fmt(s['accuracy'])} | {s['tp']} | {s['fp']} | {s['fn']} | {s['tn']} | {s['errors']} | "
                     f"{s['empty']} | {'(same run)' if same_run else fmt(s['pages_per_s'], 1)} | "
                     f"{'' if same_run or s['tool'] == 'sinmun' else fmt(s['sinmun_speedup'], 1)} |")
    lines += [f"| {name} | not available: {cell(why)} |" + " |" * 11 for name, why in run.unavailable.items()]
    return lines


def counted(misses: list[Miss], key: Callable[[Miss], str]) -> list[tuple[str, int, int]]:
    """(group, misses, of which trafilatura found) per group, largest first."""
    groups = Counter(key(m) for m in misses)
    found = Counter(key(m) for m in misses if m.trafilatura_found)
    return [(g, n, found[g]) for g, n in groups.most_common()]


def miss_tables(misses: list[Miss]) -> list[str]:
    lines = [f"### sinmun's false negatives ({len(misses)} 'with' snippets missed)", "",
             "By cause (the first that applies: sinmun raised; empty body; in the output in another Unicode form; "
             "partly in the output; not in the body's text (head, ruby, scripts); outside the element holding "
             "sinmun's first, middle and last paragraphs; inside it but dropped):", "",
             "| cause | missed | trafilatura found |", "|---|---|---|"]
    lines += [f"| {g} | {n} | {f} |" for g, n, f in counted(misses, lambda m: m.cause)]
    located = [m for m in misses if m.kind]
    lines += ["", "Where the located snippets live (nearest heading/list/table/quote/caption/code/paragraph "
              "ancestor), inside or outside the body's container:", "",
              "| kind | inside: missed | inside: trafilatura found | outside: missed | outside: trafilatura found |",
              "|---|---|---|---|---|"]
    inside = {g: (n, f) for g, n, f in counted([m for m in located if m.cause.startswith("inside")], lambda m: m.kind)}
    outside = {g: (n, f) for g, n, f in counted([m for m in located if m.cause.startswith("outside")],
                                                lambda m: m.kind)}
    for kind in sorted(set(inside) | set(outside), key=lambda k: -(inside.get(k, (0, 0))[0] + outside.get(k, (0, 0))[0])):
        i, o = inside.get(kind, (0, 0)), outside.get(kind, (0, 0))
        lines.append(f"| {kind} | {i[0]} | {i[1]} | {o[0]} | {o[1]} |")
    outside_misses = [m for m in located if m.cause.startswith("outside")]
    lines += ["", "Outside ones, by how far above sinmun's container the snippet's branch joins it:", "",
              "| distance | missed | trafilatura found |", "|---|---|---|"]
    lines += [f"| {g} | {n} | {f} |" for g, n, f in sorted(counted(outside_misses, lambda m: distance_bucket(m.levels_up)))]
    lines += ["", "Outside ones, by what the snippet's branch is (checked in this order):", "",
              "| branch | missed | trafilatura found |", "|---|---|---|"]
    lines += [f"| {g} | {n} | {f} |" for g, n, f in counted(outside_misses, lambda m: m.branch)]
    short = [m for m in located if m.holder_chars < 100]
    lines += ["", f"Snippets whose element holds under 100 characters: {len(short)} of {len(located)} located; "
              f"in a header/footer/nav/aside/form: {sum(1 for m in located if m.regions)}."]
    return lines


def page_level(run: Run) -> list[str]:
    """How sinmun's misses spread over pages: all of a page's snippets missed points at the wrong node."""
    pairs = list(zip(run.pages, run.rows["sinmun"], run.rows.get("trafilatura") or [None] * len(run.pages)))
    some = [(p, s, t) for p, s, t in pairs if s.missed]
    every = [(p, s, t) for p, s, t in some if len(s.missed) == len(p.with_)]
    clean_t = sum(1 for _, _, t in every if t is not None and not t.missed)
    return ["", f"Pages: sinmun misses at least one snippet on {len(some)} of {len(run.pages)}, every snippet on "
            f"{len(every)} ({sum(len(s.missed) for _, s, _ in every)} snippets; trafilatura misses none on "
            f"{clean_t} of those)."]


def examples(misses: list[Miss]) -> list[Miss]:
    """Up to MAX_EXAMPLES misses trafilatura found, taken in turn from each cause and kind."""
    pool: dict[str, list[Miss]] = {}
    for m in misses:
        if m.trafilatura_found is not False:
            pool.setdefault(f"{m.cause}/{m.kind}", []).append(m)
    picked: list[Miss] = []
    while pool and len(picked) < MAX_EXAMPLES:
        for key in list(pool):
            picked.append(pool[key].pop(0))
            if not pool[key]:
                del pool[key]
            if len(picked) == MAX_EXAMPLES:
                break
    return picked


def example_table(misses: list[Miss], quote_text: bool) -> list[str]:
    header = "| page | snippet | cause | where in the page | sinmun's body container |"
    lines = ["", "Examples (snippets trafilatura found; `with[i]` is the page's i-th 'with' snippet in evaldata.json):",
             "", header + (" sinmun's body starts |" if quote_text else ""),
             "|---|---|---|---|---|" + ("---|" if quote_text else "")]
    for m in examples(misses):
        snippet = cell(quote(m.snippet, 60)) if quote_text else f"with[{m.index}]"
        start = f" {cell(m.sinmun_start)} |" if quote_text else ""
        detail = "".join(f", {part}" for part in (m.kind, m.branch) if part)
        lines.append(f"| {cell(m.file)} | {snippet} | {m.cause}{detail} "
                     f"| {cell(m.where)} | {cell(m.container)} |{start}")
    return lines


def worst_pages(run: Run, row: str = "sinmun", limit: int = 15) -> list[str]:
    scored = sorted(zip(run.pages, run.rows[row]), key=lambda ps: (-ps[1].counts.fn - ps[1].counts.fp, ps[0].file))
    lines = ["", f"### Pages where {row} misses or leaks most", "",
             "| page | missed | leaked | trafilatura missed | trafilatura leaked | sinmun output chars |",
             "|---|---|---|---|---|---|"]
    traf = dict(zip((p.url for p in run.pages), run.rows.get("trafilatura", [])))
    for page, score in scored[:limit]:
        t = traf.get(page.url)
        lines.append(f"| {cell(page.file)} | {score.counts.fn}/{len(page.with_)} | {score.counts.fp}/"
                     f"{len(page.without)} | {t.counts.fn if t else '–'} | {t.counts.fp if t else '–'} | {score.chars} |")
    return lines


def run_note(meta: dict[str, Any]) -> str:
    m = meta["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
    return (f"Measured {meta['date']} on {m['cpu_model']} ({m['nproc']} CPUs, one thread pinned to CPU "
            f"{m['pinned_cpu']}, load average {m['load_before']} before and {m['load_after']} after), Python "
            f"{m['python']}; data: {REPO_URL} at {meta['data']['commit'][:12]}; one scored pass, then pages/s = "
            f"pages / median CPU time of {meta['reps']} timed passes. {versions}.")


def markdown(run: Run, meta: dict[str, Any], quote_text: bool = False) -> str:
    n_with = sum(len(p.with_) for p in run.pages)
    n_without = sum(len(p.without) for p in run.pages)
    lines = [f"## trafilatura's evaluation set: {len(run.pages)} pages, {n_with} 'with' and {n_without} "
             "'without' snippets", "", *summary_table(run), "", run_note(meta), "",
             "Scored as trafilatura's `tests/eval_common.py` does: whitespace-normalised substring matching; a "
             "'with' snippet found is a TP (else FN), a 'without' snippet found an FP (else TN); totals over all "
             "pages. Body text only for every tool (trafilatura's comparison settings: `fast=False, "
             "include_comments=False, include_tables=True, include_formatting=False`); `sinmun +subtitle` scores the "
             "same sinmun run with its subtitle (the deck or standfirst under the headline, which sinmun keeps out "
             "of the body and in its own field, and which the other tools' text holds) prepended, `sinmun +title` "
             "with its title prepended. `empty`: pages with no output.", ""]
    if run.misses:
        lines += miss_tables(run.misses) + page_level(run) + example_table(run.misses, quote_text)
    if "sinmun" in run.rows:
        lines += worst_pages(run)
    return "\n".join(lines) + "\n"


def page_json(page: EvalPage, run: Run, i: int, quote_text: bool) -> dict[str, Any]:
    def shown(snippets: list[str], pool: list[str]) -> list[Any]:
        return list(snippets) if quote_text else [pool.index(s) for s in snippets]

    rows = {row: {**scores[i].counts.__dict__, "missed": shown(scores[i].missed, page.with_),
                  "leaked": shown(scores[i].leaked, page.without),
                  "chars": scores[i].chars, "error": scores[i].error} for row, scores in run.rows.items()}
    return {"file": page.file, "url": page.url, "rows": rows}


def report_json(run: Run, meta: dict[str, Any], quote_text: bool = False) -> dict[str, Any]:
    tools = {row: row_summary(run, row) for row in run.rows}
    for row in tools:
        tool = run.row_tool[row]
        tools[row] |= {"cpu_seconds": run.cpu.get(tool), "wall_seconds": run.wall.get(tool)}
    return {**meta, "pages": len(run.pages), "tools": tools, "unavailable": run.unavailable,
            "snippets_quoted": quote_text, "misses": [m.to_dict(quote_text) for m in run.misses],
            "per_page": [page_json(p, run, i, quote_text) for i, p in enumerate(run.pages)]}


# ---------------------------------------------------------------- command line
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, help="a trafilatura checkout (or its tests folder, or a git directory)")
    parser.add_argument("--download", action="store_true", help=f"clone {REPO_URL} into {CACHE_DATA} if needed")
    parser.add_argument("--tools", default=",".join(DEFAULT_TOOLS),
                        help=f"comma-separated, from {', '.join(TOOL_FACTORIES)}")
    parser.add_argument("--reps", type=int, default=2, help="timed passes per tool (default 2)")
    parser.add_argument("--limit", type=int, help="only the first N pages (in URL order)")
    parser.add_argument("--quote", action="store_true",
                        help="quote the set's snippets and sinmun's text in the reports (for local analysis; the "
                             "committed results name snippets by index only)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the .md and .json files go")
    args = parser.parse_args(argv)
    if args.reps < 0 or (args.limit is not None and args.limit < 1):
        parser.error("--reps must be >= 0 and --limit >= 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    try:
        data = resolve_data(args.data, args.download)
        pages, data_meta = load_pages(open_source(data), args.limit)
        names = [t.strip() for t in args.tools.split(",") if t.strip()]
        cpu = pin_to_one_cpu()
        with quiet_peers():
            tools, unavailable = build_tools(names)
            meta = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "reps": args.reps,
                    "machine": machine_info(cpu), "versions": tool_versions_for(names), "data": data_meta}
            run = run_bench(pages, tools, args.reps, log)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    run.unavailable = unavailable
    meta["machine"]["load_after"] = load_average()
    write(run, meta, args.out, args.quote)
    return 0


def tool_versions_for(names: list[str]) -> dict[str, str]:
    dists = tool_versions([DISTRIBUTIONS.get(n, n) for n in names])
    return {name: dists[DISTRIBUTIONS.get(name, name)] for name in names}


def write(run: Run, meta: dict[str, Any], out: Path, quote_text: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    text = markdown(run, meta, quote_text)
    (out / "trafilatura-eval.md").write_text(text, encoding="utf-8")
    (out / "trafilatura-eval.json").write_text(
        json.dumps(report_json(run, meta, quote_text), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(text)
    print(f"wrote {out / 'trafilatura-eval.md'} and trafilatura-eval.json")


if __name__ == "__main__":
    sys.exit(main())
