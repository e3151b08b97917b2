"""The generic path's body: the whole article when a page splits it into blocks, the lead before it,
no dialogs or bios instead of it, and text in the form search finds it (composed, no soft hyphens,
no ruby readings). The pages are written here; the rules are structural, not per site."""
from __future__ import annotations

import sys
import unicodedata

import sinmun

FILLER = ("The council met on Tuesday evening to discuss the new cycling lanes along the river, and "
          "residents were given time to speak about parking, noise and the cost of the works. ")


def page(body: str, title: str = "Council plans new cycling lanes") -> str:
    return (f"<html><head><title>{title}</title></head><body><header><a href='/'>Home</a></header>"
            f"<h1>{title}</h1>{body}<footer>Contact us</footer></body></html>")


def body_text(html: str) -> str:
    return "\n".join(sinmun.extract(html, "https://news.example.com/2024/cycling").body_paragraphs)


def split_article(sections: int = 3) -> str:
    """One long section, then shorter ones of the same kind, with an ad between them."""
    first = "".join(f"<p>Part one, paragraph {i}. {FILLER}</p>" for i in range(4))
    parts = [f"<section class='story-section'><h2>Background</h2>{first}</section>",
             "<div class='ad-slot'>Advertisement</div>"]
    parts += [f"<section class='story-section'><h2>Step {n}</h2><p>Section {n} says: the mayor "
              f"answered every question about the budget for the lanes and the timetable.</p></section>"
              for n in range(2, sections + 1)]
    return page(f"<div class='story-wrap'><div class='story-inner'>{''.join(parts)}</div></div>"
                "<div class='teaser'><a href='/x'>Other story about another town and its lanes</a></div>")


def test_split_article_keeps_every_section() -> None:
    text = body_text(split_article())
    assert "Part one, paragraph 0." in text
    assert "Section 2 says" in text and "Section 3 says" in text
    assert text.index("Part one") < text.index("Section 2 says") < text.index("Section 3 says")
    assert "Advertisement" not in text


def test_split_article_one_level_up() -> None:
    """Sections hold their text in a body element of their own: the body elements are joined."""
    first = "".join(f"<p>Part one, paragraph {i}. {FILLER}</p>" for i in range(4))
    sections = [f"<section class='chapter'><h2>Start</h2><div class='chapter-body'>{first}</div></section>"]
    sections += [f"<section class='chapter'><h2>Step {n}</h2><div class='chapter-body'><p>Chapter {n} says: "
                 f"the mayor answered every question about the budget for the lanes.</p></div>"
                 f"<div class='share-bar'>Share this</div></section>" for n in (2, 3)]
    text = body_text(page(f"<div class='chapters'>{''.join(sections)}</div>"))
    assert "Part one, paragraph 3." in text and "Chapter 2 says" in text and "Chapter 3 says" in text
    assert "Share this" not in text


def test_lead_block_before_the_body() -> None:
    lead = "<p class='article-lead'>The city will build twelve kilometres of cycling lanes by next summer.</p>"
    article = "".join(f"<p>{FILLER}</p>" for _ in range(3))
    text = body_text(page(f"<div class='post'>{lead}<div class='article-body'>{article}</div></div>"))
    assert text.startswith("The city will build twelve kilometres")


def test_lead_inside_the_header_above_the_body() -> None:
    """The standfirst sits in the article's header, a sibling of the body's wrapper (camelCase class)."""
    header = ("<header class='entryHeader'><span>News</span>"
              "<div class='entryExcerpt'><p>Twelve kilometres of new lanes, paid by the region.</p></div></header>")
    article = "".join(f"<p>{FILLER}</p>" for _ in range(3))
    text = body_text(page(f"<article class='post'>{header}<div class='wrap'><div class='entryContent'>{article}"
                          "</div></div></article>"))
    assert text.startswith("Twelve kilometres of new lanes")
    assert "News" not in text.split("\n")


def test_deck_in_the_page_head_four_levels_up() -> None:
    head = ("<header class='article-head'><div class='title-wrap'><h2 class='article-deck'>"
            "Twelve kilometres of new lanes, paid by the region.</h2></div></header>")
    article = "".join(f"<p>{FILLER}</p>" for _ in range(3))
    text = body_text(page(f"<div class='page'>{head}<div class='main'><div class='col'><div class='copy'>"
                          f"<div class='richtext'>{article}</div></div></div></div></div>"))
    assert text.startswith("Twelve kilometres of new lanes")


def test_split_blocks_of_a_page_builder() -> None:
    """Text modules three levels below repeated columns; per-element classes (with ids) do not count."""
    first = "".join(f"<p>Part one, paragraph {i}. {FILLER}</p>" for i in range(4))

    def column(n: int, text: str) -> str:
        return (f"<div class='pb-column pb-column-1-3'><div class='pb-module pb-text el-{n}9a8b7c'>"
                f"<div class='pb-text-inner'>{text}</div></div></div>")

    columns = column(1, first) + "".join(
        column(n, f"<p>Column {n} says: the mayor answered every question about the lanes.</p>") for n in (2, 3))
    text = body_text(page(f"<div class='pb-row'>{columns}</div>"))
    assert "Part one, paragraph 0." in text and "Column 2 says" in text and "Column 3 says" in text


def test_cookie_dialog_with_long_text_is_not_the_body() -> None:
    notice = "".join(f"<p>We and our {n} partners store and access information on your device, such as "
                     f"cookies, to measure audiences and to personalise the content you see.</p>" for n in range(12))
    dialog = f"<div id='privacy-prompt' class='overlay-box' role='dialog' aria-modal='true'>{notice}</div>"
    article = "".join(f"<p>Paragraph {i}. {FILLER}</p>" for i in range(3))
    text = body_text(page(f"{dialog}<div class='entry'>{article}</div>"))
    assert "Paragraph 0." in text and "Paragraph 2." in text
    assert "partners store" not in text


def test_author_bio_box_is_not_the_body() -> None:
    bio = "".join(f"<p>Jane Roe has written about cities for {n} years and lives by the river with two "
                  f"cats; before that she taught geography at a school in the north.</p>" for n in range(8))
    article = "".join(f"<p>Paragraph {i}. {FILLER}</p>" for i in range(2))
    text = body_text(page(f"<div class='entry'>{article}</div><div class='post-author-bio'>{bio}</div>"))
    assert "Paragraph 0." in text
    assert "Jane Roe" not in text


def test_soft_hyphens_and_decomposed_accents() -> None:
    decomposed = unicodedata.normalize("NFD", "Café Müller in Zürich")
    para = f"<p>Die Stadt\u00adverwaltung plant neue Rad\u00adwege am {decomposed}\u200b und am Fluss. {FILLER}</p>"
    text = body_text(page(f"<div class='entry'>{para}{para}</div>"))
    assert "Die Stadtverwaltung plant neue Radwege am Café Müller in Zürich und am Fluss." in text
    assert "\u00ad" not in text and "\u200b" not in text
    assert unicodedata.is_normalized("NFC", text)


def test_ruby_readings_are_left_out() -> None:
    ruby = "<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>"
    para = f"<p>{ruby}の市役所は新しい自転車道の計画を発表しました。工事は来年の春に始まる予定です。</p>"
    text = body_text(page(f"<div class='entry'>{para * 3}</div>"))
    assert "東京の市役所は新しい自転車道の計画を発表しました。" in text
    assert "とうきょう" not in text


def calls_to_extract(html: str) -> int:
    """Python function calls made by one extract: a deterministic measure of work."""
    count = 0

    def profiler(frame, event, arg):  # noqa: ANN001 - sys.setprofile's signature
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profiler)
    try:
        sinmun.extract(html, "https://news.example.com/2024/cycling")
    finally:
        sys.setprofile(None)
    return count


def test_widening_stays_linear_in_the_number_of_sections() -> None:
    small, large = calls_to_extract(split_article(50)), calls_to_extract(split_article(200))
    assert large < 4 * small * 1.5


def test_a_subtitle_stays_the_subtitle_field_not_the_lead() -> None:
    """Korean pages put the subtitle above the body; the record keeps it apart from the body."""
    head = ("<div class='article-head'><h2 class='subheadline'>Twelve kilometres of new lanes, paid by the "
            "region.</h2></div>")
    article = "".join(f"<p>{FILLER}</p>" for _ in range(3))
    record = sinmun.extract(page(f"{head}<div class='article-body'>{article}</div>"), "https://news.example.com/a")
    assert record.subtitle == "Twelve kilometres of new lanes, paid by the region."
    assert record.body_paragraphs[0].startswith("The council met")
