"""The generic body takes the prose a page sets before its body container (the first paragraphs
in another page-builder widget, the subheading above the text), and nothing else from there:
no pull quotes, captions, key points that repeat the body, date lines, or text outside the
body's ``<article>``. The pages are written here; the rules are structural, not per site."""
from __future__ import annotations

from pathlib import Path

import sinmun

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "generic"
TEXT = ("The committee agreed on Monday to extend the library's opening hours into the evening, and the "
        "new hours will start in the first week of the next month after staff have been hired. ")


def paragraphs(html: str | bytes) -> list[str]:
    return sinmun.extract(html, "https://news.example.com/2024/05/library-hours").body_paragraphs


def page(before: str, outside: str = "") -> str:
    body = "".join(f"<p>Paragraph {i}. {TEXT}</p>" for i in range(4))
    return (f"<html><head><title>Library opens later</title></head><body>{outside}<article class='post'>"
            f"<h1>Library opens later</h1>{before}<div class='wrap-b'><div class='copy-text'>{body}</div>"
            "</div></article><footer>Contact</footer></body></html>")


def test_page_builder_lead_and_subheading_join_the_body() -> None:
    found = paragraphs((FIXTURES / "builder-columns.html").read_bytes())
    assert found[0].startswith("The little blue ferry")
    assert found[2] == "A new engine and a wider deck"
    assert found[3].startswith("The repairs cost")


def test_key_point_repeating_the_body_stays_out() -> None:
    found = paragraphs((FIXTURES / "builder-columns.html").read_bytes())
    assert "The ferry crossing now takes twelve minutes instead of fifteen." not in found
    assert not any(p.startswith("\u201cWe have waited") for p in found)


def test_korean_lead_in_its_own_block() -> None:
    found = paragraphs((FIXTURES / "builder-korean-lead.html").read_bytes())
    assert found[0].startswith("가상군이 다리로 이어진")
    assert found[2] == "요금은 1천원, 어르신은 무료"


def test_lead_in_another_widget() -> None:
    lead = ("<div class='wrap-a'><div class='widget-x'><p>The town library will stay open until nine "
            "in the evening from next month, the council said.</p></div></div>")
    assert paragraphs(page(lead))[0].startswith("The town library will stay open")


def test_caption_and_date_line_before_the_body_stay_out() -> None:
    before = ("<div class='wrap-a'><p class='date-line'>Posted 12.05.2024 10:00</p>"
              "<div class='photoCaptionText'>Readers in the main hall of the library, which is to open "
              "later in the evening.</div></div>")
    found = paragraphs(page(before))
    assert found[0].startswith("Paragraph 0.")


def test_text_outside_the_article_stays_out() -> None:
    outside = ("<div class='strip'><p>Your settings on this site are kept in small files, and you can "
               "change them whenever you like.</p></div>")
    lead = "<div class='wrap-a'><p>The town library will stay open until nine in the evening.</p></div>"
    found = paragraphs(page(lead, outside))
    assert found[0].startswith("The town library") and not any("settings" in p for p in found)


def test_body_wrapped_in_an_element_named_like_an_aside() -> None:
    """The container's text sits in one element whose class names an aside: it is read all the same."""
    body = "".join(f"<p>Paragraph {i}. {TEXT}</p>" for i in range(4))
    html = ("<html><head><title>Library opens later</title></head><body><h1>Library opens later</h1>"
            f"<div class='article-body'><div class='sidebar-and-content-body'>{body}</div></div></body></html>")
    found = paragraphs(html)
    assert len(found) == 4 and found[0].startswith("Paragraph 0.")


def test_article_only_in_noscript() -> None:
    """A page whose script writes the article keeps a copy in <noscript>: that copy is the body."""
    body = "".join(f"<p>Paragraph {i}. {TEXT}</p>" for i in range(3))
    html = ("<html><head><title>Library opens later</title></head><body><h1>Library opens later</h1>"
            "<div class='post-content'><script>document.write(render(window.post));</script>"
            f"<noscript>{body}</noscript></div></body></html>")
    found = paragraphs(html)
    assert len(found) == 3 and found[2].startswith("Paragraph 2.")


def test_lead_paragraph_in_the_header_joins_but_not_its_subheading_or_date() -> None:
    """A headline block's paragraph is the story's first one; its subheading is the subtitle and
    its date line no prose."""
    header = ("<header class='head-block'><h2 class='sub-line'>Evening hours for readers and students</h2>"
              "<p class='meta'>May 12, 2024 Updated: May 12, 2024 10:35 a.m.</p>"
              "<p class='big-text'>Readers will be able to borrow books until nine in the evening from next "
              "month, after the committee found the money for two more librarians.</p></header>")
    found = paragraphs(page(header))
    assert found[0].startswith("Readers will be able to borrow books")
    assert not any(p.startswith(("Evening hours", "May 12")) for p in found)


def test_posts_split_under_wrappers_without_a_class() -> None:
    """A thread's posts: each text block sits under wrappers with only an id, several levels
    below the repeated post element; every post's text is read, in order."""
    posts = []
    for n in range(3):
        words = " ".join(["the new evening hours suit me well"] * (4 if n == 0 else 2))
        posts.append(f"<li class='post-item' id='p{n}'><div class='post-meta'>member{n}</div>"
                     f"<div id='msg{n}'><div id='inner{n}'><div class='post-text'>Post {n}: {words}, "
                     "and I hope the library keeps them after the summer.</div></div></div></li>")
    html = ("<html><head><title>Evening hours at the library</title></head><body>"
            f"<h1>Evening hours at the library</h1><ol class='thread'>{''.join(posts)}</ol></body></html>")
    found = paragraphs(html)
    assert [p[:7] for p in found if p.startswith("Post ")] == ["Post 0:", "Post 1:", "Post 2:"]


def test_consent_box_is_not_the_article() -> None:
    """A cookie-settings layer with long explanations outweighs a short story; scoring looks
    past it when its first choice lies inside such a layer."""
    explain = " ".join(f"Setting {i}: this small file keeps your choice of language and the size of the text "
                       "on every page you open here." for i in range(12))
    story = "".join(f"<p>Paragraph {i}. {TEXT}</p>" for i in range(2))
    html = ("<html><head><title>Library opens later</title></head><body>"
            f"<div class='site-consent-layer'><div class='wrap'><div class='row'><div class='col'><div class='box'>"
            f"<p>{explain}</p></div></div></div></div></div>"
            f"<h1>Library opens later</h1><div class='main'><div class='story'>{story}</div></div></body></html>")
    found = paragraphs(html)
    assert found and found[0].startswith("Paragraph 0.") and not any("Setting 3" in p for p in found)


def test_lead_block_kept_beside_prose_before_the_body() -> None:
    """A marked intro right before the body stays, though other prose before it joins too."""
    before = ("<div class='wrap-a'><p>The town library will stay open until nine in the evening from next "
              "month, the council said.</p></div><div class='story-intro'>Longer hours from June for every "
              "reader in town</div>")
    found = paragraphs(page(before))
    assert "Longer hours from June for every reader in town" in found
    assert any(p.startswith("The town library") for p in found)
    assert found.index("Longer hours from June for every reader in town") < found.index(
        next(p for p in found if p.startswith("Paragraph 0.")))


def test_subheading_with_an_anchor_id_is_read() -> None:
    """A subheading's id made from its words (``nav_...``) does not make it navigation."""
    body = (f"<p>{TEXT}</p><h3 id='nav_staff_and_money__1'>Staff and money</h3><p>{TEXT}</p>")
    html = ("<html><head><title>Library opens later</title></head><body><h1>Library opens later</h1>"
            f"<div class='article-body'>{body}</div></body></html>")
    assert "Staff and money" in paragraphs(html)


def test_subheading_over_a_list_of_links_stays_out() -> None:
    """``More on this`` and the links under it, inside the body container, are no part of the story."""
    links = "".join(f"<li><a href='/story/{n}'>Another story about the town council, part {n}</a></li>"
                    for n in range(4))
    body = "".join(f"<p>Paragraph {i}. {TEXT}</p>" for i in range(4))
    html = ("<html><head><title>Library opens later</title></head><body><h1>Library opens later</h1>"
            f"<div class='article-body'>{body}<h3>More on this</h3><ul>{links}</ul></div></body></html>")
    found = paragraphs(html)
    assert len(found) == 4 and "More on this" not in found and not any("Another story" in p for p in found)


def test_page_of_link_lists_is_not_emptied() -> None:
    """When the lists of links are most of the container, they are left for the page's judge."""
    boxes = "".join(f"<h3>Section {k}</h3><ul>" + "".join(
        f"<li><a href='/s/{k}/{n}'>Headline number {n} in section {k} of the paper</a></li>" for n in range(5))
        + "</ul>" for k in range(4))
    html = ("<html><head><title>Front page</title></head><body>"
            f"<div class='article-body'><p>{TEXT}</p>{boxes}</div></body></html>")
    assert any("Headline number 0" in p for p in paragraphs(html))
