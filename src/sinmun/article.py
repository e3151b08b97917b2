"""The record sinmun makes of one page: :class:`Article` and its parts."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Reporter:
    name: str
    email: str | None = None


@dataclass
class Image:
    url: str
    caption: str | None = None
    alt: str | None = None
    width: int | None = None


@dataclass
class RelatedLink:
    """A link the page offers next to the article: ``rel`` is prev, next or related."""

    rel: str
    title: str
    url: str | None = None
    date: str | None = None


@dataclass
class SourceOffer:
    """What one source offered for a field, and what became of it: ``won``, ``lower precedence``
    (an earlier source won) or ``rejected: <why>``."""

    source: str
    value: Any
    confidence: float
    status: str


@dataclass
class FieldExplanation:
    """Where one field of the record came from."""

    name: str
    #: the winning source (None: no source offered a value)
    source: str | None
    #: the field's value in the record
    value: Any
    #: every offer read, in precedence order
    offers: list[SourceOffer] = field(default_factory=list)
    #: sources read that offered nothing
    silent: list[str] = field(default_factory=list)
    #: what became of the winner's value on its way into the record (e-mails lent, seconds added)
    notes: list[str] = field(default_factory=list)


@dataclass
class RemovedLine:
    """A line that left the body, and the rule that removed it."""

    text: str
    rule: str


@dataclass
class Explanation:
    """Provenance of a record (``extract(..., explain=True)``): each field's sources, the lines removed."""

    fields: dict[str, FieldExplanation] = field(default_factory=dict)
    removed: list[RemovedLine] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    """One news page as a structured record.

    Datetimes are ISO 8601 strings in KST (``+09:00``) when the time is known and plain
    ``YYYY-MM-DD`` dates when only the day is. ``is_article`` is false for pages that are
    not a single news article (home pages, lists, empty pages); ``warnings`` explains
    anything sinmun had to guess.
    """

    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    updated: str | None = None
    press: str | None = None
    portal: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    section: str | None = None
    body_paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    copyright: str | None = None
    related: list[RelatedLink] = field(default_factory=list)
    comment_count: int | None = None
    canonical_url: str | None = None
    url: str | None = None
    language: str | None = None
    site: str | None = None
    is_article: bool = True
    warnings: list[str] = field(default_factory=list)
    #: lines removed from the body container: boilerplate and caption lines (a corpus quality signal).
    boilerplate_removed: int = 0

    @property
    def explain(self) -> Explanation | None:
        """Provenance of the fields, set by ``extract(..., explain=True)``; None otherwise.

        Not a field of the record: :meth:`to_dict` carries it (as ``"explain"``) only when it is set.
        """
        found: Explanation | None = self.__dict__.get("_explain")
        return found

    @explain.setter
    def explain(self, value: Explanation | None) -> None:
        self.__dict__["_explain"] = value

    @property
    def body(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body_paragraphs)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.explain is not None:
            data["explain"] = self.explain.to_dict()
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (unknown keys are ignored)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["reporters"] = [Reporter(**r) for r in values.get("reporters") or []]
        values["images"] = [Image(**i) for i in values.get("images") or []]
        values["related"] = [RelatedLink(**r) for r in values.get("related") or []]
        return cls(**values)

    def to_text(self) -> str:
        """Plain text: title, subtitle, then the body paragraphs."""
        head = [s for s in (self.title, self.subtitle) if s]
        return "\n\n".join(head + self.body_paragraphs) + "\n"

    def to_markdown(self) -> str:
        lines: list[str] = [f"# {self.title or '(untitled)'}", ""]
        if self.subtitle:
            lines += [f"*{self.subtitle}*", ""]
        meta = self._markdown_meta()
        if meta:
            lines += [" · ".join(meta), ""]
        if self.reporters:
            names = ", ".join(r.name + (f" <{r.email}>" if r.email else "") for r in self.reporters)
            lines += [f"By {names}", ""]
        for image in self.images:
            lines += [f"![{_md_escape(image.caption or image.alt or '')}]({image.url})", ""]
            if image.caption:
                lines += [f"*{image.caption}*", ""]
        for paragraph in self.body_paragraphs:
            lines += [paragraph, ""]
        if self.copyright:
            lines += [f"<small>{self.copyright}</small>", ""]
        lines += self._markdown_related()
        source = self.canonical_url or self.url
        if source:
            lines += [f"Source: <{source}>", ""]
        return "\n".join(lines)

    def _markdown_meta(self) -> list[str]:
        """The press (via the portal), the times and the section, for the line under the headline."""
        meta = []
        if self.press:
            meta.append(self.press + (f" via {self.portal}" if self.portal else ""))
        if self.published:
            meta.append(f"published {self.published}")
        if self.updated:
            meta.append(f"updated {self.updated}")
        if self.section:
            meta.append(self.section)
        return meta

    def _markdown_related(self) -> list[str]:
        if not self.related:
            return []
        lines = ["## Related", ""]
        for link in self.related:
            target = f"[{link.title}]({link.url})" if link.url else link.title
            lines.append(f"- {link.rel}: {target}" + (f" ({link.date})" if link.date else ""))
        return lines + [""]


def _md_escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")
