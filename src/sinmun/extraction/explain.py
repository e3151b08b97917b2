"""``extract(..., explain=True)``: the provenance of a record, from the resolutions of its fields.

For every field: the winning source and the value in the record, every other source's offer with its
confidence and why it lost (``lower precedence``, ``rejected: <why>``), the sources that offered
nothing, and what happened to the winner on its way into the record. Then every line that left the
body, with the rule that removed it: the cleaner's rule names (:attr:`Cleaned.removed_rules`), ``caption``
for a paragraph that repeats an image caption, ``repeated headline`` for a first line that repeats the title,
``subtitle`` for the opening lines of a generic body that became the subtitle.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from ..article import Article, Explanation, FieldExplanation, Image, RelatedLink, RemovedLine, Reporter, SourceOffer
from .bodies import BodyText
from .dates import When
from .fields import body, headline_repeated, subtitle_lines_removed
from .resolve import Candidate, Context, Resolution

#: record field -> the resolution that explains it (the body's text comes from the winning body source)
EXPLAINED_BY = {"body_paragraphs": "body"}
HEADLINE_RULE = "repeated headline"
#: the headline-like lines that opened a generic body: moved to ``subtitle`` (not counted as boilerplate)
SUBTITLE_RULE = "subtitle"
MAX_SHOWN_CHARS = 300


def explain_record(ctx: Context, article: Article) -> Explanation:
    from .pipeline import RESOLVED_FIELDS
    explanation = Explanation()
    explanation.fields["url"] = FieldExplanation("url", "caller" if article.url else None, article.url)
    explanation.fields["site"] = FieldExplanation("site", "site profile match" if article.site else None,
                                                  article.site)
    for name in RESOLVED_FIELDS:
        resolution = ctx.resolution(EXPLAINED_BY.get(name, name))
        explanation.fields[name] = _field(name, resolution, getattr(article, name))
    if len(article.reporters) < len(ctx.value("reporters")):
        explanation.fields["reporters"].notes.append("names that are the press's own left the list")
    explanation.removed = [RemovedLine(text, rule) for text, rule in body(ctx).removed]
    explanation.removed[:0] = [RemovedLine(line, SUBTITLE_RULE) for line in subtitle_lines_removed(ctx)]
    if headline_repeated(ctx):
        explanation.removed.insert(0, RemovedLine(body(ctx).paragraphs[0], HEADLINE_RULE))
    return explanation


def _field(name: str, resolution: Resolution, value: Any) -> FieldExplanation:
    winner = resolution.winner
    return FieldExplanation(
        name=name, source=winner.source if winner is not None else None, value=shown(value),
        offers=[_offer(c, winner) for c in resolution.offers], silent=list(resolution.silent),
        notes=list(resolution.notes))


def _offer(candidate: Candidate, winner: Candidate | None) -> SourceOffer:
    if candidate is winner:
        status = "won"
    elif candidate.problem is not None:
        status = f"rejected: {candidate.problem}"
    else:
        status = "lower precedence"
    return SourceOffer(candidate.source, shown(candidate.value), candidate.confidence, status)


def shown(value: Any) -> Any:
    """A value as JSON can hold it and a person can read it."""
    if isinstance(value, When):
        return value.iso()
    if isinstance(value, BodyText):
        chars = sum(len(p) for p in value.paragraphs)
        return f"{len(value.paragraphs)} paragraphs, {chars} characters (found by: {value.method})"
    if isinstance(value, list):
        return [shown(v) for v in value]
    if isinstance(value, Reporter):
        return value.name + (f" <{value.email}>" if value.email else "")
    if isinstance(value, Image | RelatedLink):
        return dataclasses.asdict(value)
    if isinstance(value, str) and len(value) > MAX_SHOWN_CHARS:
        return value[:MAX_SHOWN_CHARS] + "…"
    return value
